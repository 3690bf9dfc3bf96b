"""``python -m fieldintake.cli``: the same entry point as the ``fieldintake`` script."""

import sys

from fieldintake.cli.entry import main

if __name__ == "__main__":  # imported, not run, by tools that walk the package (tests/test_layering.py)
    sys.exit(main())
