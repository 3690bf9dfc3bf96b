"""Process hardening done once at start-up, for the CLI and the GUI alike."""

from __future__ import annotations

import sys


def harden_process() -> None:
    """No core dumps: a crash must not write the keys in memory to disk."""
    if sys.platform == "win32":
        return
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            PR_SET_DUMPABLE = 4
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)  # also keeps other users' ptrace out
        except (OSError, AttributeError):
            pass
