"""After a lock, start over: the process replaces itself with a fresh copy at the unlock screen.

Closing the vault drops our references to the keys, but Python, Qt and the
crypto libraries leave copies behind in freed memory (a typed passphrase, the
age identity read from the vault, decrypted text in widgets). ``execv`` ends
the process image: nothing of the unlocked session survives into the new one,
which knows nothing but the unlock screen. The caller clears the clipboard
first (a new process cannot take back what the old one copied).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

RELAUNCHED_ENV = "FIELDINTAKE_RELAUNCHED"  # set for the new process (it shows the unlock screen; for tests)
NO_RELAUNCH_ENV = "FIELDINTAKE_NO_RELAUNCH"  # "1": lock in place (debugging; the GUI tests' own controllers)


def command_line() -> list[str]:
    """How this process was started: the frozen binary, or the interpreter with its original options."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.orig_argv[1:]]


def relaunch(execv: Callable[[str, list[str]], object] = os.execv) -> None:
    """Replace this process with a fresh start of the same program (does not return)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    os.environ[RELAUNCHED_ENV] = "1"
    if getattr(sys, "frozen", False):
        # PyInstaller (6.9+): start as a new instance, not as a child of the old bootloader's unpacked copy.
        os.environ["PYINSTALLER_RESET_ENVIRONMENT"] = "1"
    argv = command_line()
    execv(argv[0], argv)


def relaunch_hook() -> Callable[[], None] | None:
    """What the desktop app's controller calls after a lock; None when turned off."""
    return None if os.environ.get(NO_RELAUNCH_ENV) == "1" else relaunch
