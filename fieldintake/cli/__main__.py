"""``python -m fieldintake.cli``: the same entry point as the ``fieldintake`` script."""

import sys

from fieldintake.cli.entry import main

sys.exit(main())
