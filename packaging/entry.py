"""Frozen entry point: the one executable is both the desktop app and the CLI."""

import multiprocessing
import sys

from fieldintake.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
