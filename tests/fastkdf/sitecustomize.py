"""Tests only: the fast KDF profile for the CLI (or any fieldintake code) run as a child process.

tests/conftest.py puts this folder on the children's PYTHONPATH, so Python imports
this module at start-up; with ``FIELDINTAKE_TEST_KDF=1`` in the child's environment
it sets ``fieldintake.app.core.KDF_PROFILE`` before the command runs. The product
itself never reads that variable: outside the test suite this file is not on the
path (it is not part of the package), so a normal start always gets production.
"""

import os

if os.environ.get("FIELDINTAKE_TEST_KDF") == "1":
    from fieldintake.app import core
    from fieldintake.crypto.kdf import FAST_FOR_TESTS

    core.KDF_PROFILE = FAST_FOR_TESTS
