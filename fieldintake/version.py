"""Which fieldintake this is: the version and the commit it was built from.

A packaged build carries ``fieldintake/_build.py``, written by ``scripts/package.py`` into the
staged copy it builds from (never into a checkout). A development checkout asks git. Anything
else (an installed wheel, a copied folder) says "unknown" rather than guessing.
"""

from __future__ import annotations

import argparse
import functools
import subprocess
import sys
from pathlib import Path
from typing import Any

from fieldintake import __version__

ROOT = Path(__file__).resolve().parent.parent
UNKNOWN = "unknown"
DIRTY = "-dirty"


def _from_build() -> str | None:
    try:
        from fieldintake import _build  # type: ignore[attr-defined]  # only in packaged builds
    except ImportError:
        return None
    return str(_build.COMMIT)


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True,
                          timeout=10, stdin=subprocess.DEVNULL).stdout.strip()


def _from_checkout() -> str | None:
    """HEAD of the checkout this module runs from, ``-dirty`` when tracked files differ from it."""
    if not ((ROOT / ".git").exists() and (ROOT / "pyproject.toml").is_file()):
        return None
    try:
        commit = _git("rev-parse", "--verify", "HEAD")
        dirty = _git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return None
    return commit + (DIRTY if dirty else "")


@functools.cache
def build_commit() -> str:
    """The full commit id (40 hex digits, maybe ``-dirty``), or ``unknown``."""
    return _from_build() or _from_checkout() or UNKNOWN


def short_commit(commit: str | None = None) -> str:
    commit = build_commit() if commit is None else commit
    if commit == UNKNOWN:
        return commit
    dirty = commit.endswith(DIRTY)
    return commit.removesuffix(DIRTY)[:12] + (DIRTY if dirty else "")


def version_line() -> str:
    """What ``fieldintake --version`` prints."""
    return f"fieldintake {__version__} (commit {short_commit()})"


class VersionAction(argparse.Action):
    """``--version``, asking git only when it is used (not on every command)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the version and the commit it was built from, and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        sys.stdout.write(version_line() + "\n")
        parser.exit()
