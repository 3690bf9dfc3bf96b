"""Private scratch folders beside the users' vaults, removed after use.

``HOME/.staging/`` is on the same file system as ``HOME/users/``, so a
restored vault moves into place with one atomic rename, and it is not a
user folder, so nothing half-written is ever listed as a user. Each scratch
folder holds a lock while in use; what a killed process left is removed by
``sweep`` (run when a backup or restore starts, and when the app opens).

Replacing an existing vault takes two renames (old folder out, new one in).
``swap.json`` names the user before the first; if the process dies between
the two, ``sweep`` moves the old vault back, so the previous state stays.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

from fieldintake.app.lockfile import VaultLock
from fieldintake.app.paths import Home, check_user_name
from fieldintake.errors import InvalidInput, VaultInUse
from fieldintake.fsutil import atomic_write_bytes, ensure_private_dir, fsync_dir, shred_file

DIR_NAME = ".staging"
LOCK_NAME = "busy.lock"
SWAP_NAME = "swap.json"
OLD_NAME = "old"


def root(home: Home) -> Path:
    return home.root / DIR_NAME


@contextlib.contextmanager
def scratch(home: Home, kind: str) -> Iterator[Path]:
    """A new private folder, locked while in use and removed afterwards."""
    sweep(home)
    ensure_private_dir(home.root)
    base = ensure_private_dir(root(home))
    path = ensure_private_dir(base / f"{kind}-{secrets.token_hex(8)}")
    lock = VaultLock(path / LOCK_NAME).acquire()
    try:
        yield path
    finally:
        try:
            remove(path)
        finally:
            lock.release()
        _remove_if_empty(base)


def remove(path: Path) -> None:
    """Delete a scratch folder; key files in it are overwritten first."""
    if not path.exists():
        return
    for key_file in path.rglob("keys.json"):
        shred_file(key_file)
    shutil.rmtree(path, ignore_errors=True)


def mark_swap(work: Path, name: str) -> None:
    atomic_write_bytes(work / SWAP_NAME, json.dumps({"user": name}).encode())


def _roll_back(home: Home, work: Path) -> None:
    try:
        name = check_user_name(str(json.loads((work / SWAP_NAME).read_text())["user"]))
    except (OSError, ValueError, KeyError, TypeError, InvalidInput):
        return
    old, target = work / OLD_NAME, home.user(name).dir
    if old.is_dir() and not target.exists():
        os.rename(old, target)
        fsync_dir(target.parent)


def sweep(home: Home) -> None:
    """Undo an interrupted swap and remove what killed backups or restores left."""
    base = root(home)
    if not base.is_dir():
        return
    for leftover in base.iterdir():
        if not leftover.is_dir():
            continue
        try:
            lock = VaultLock(leftover / LOCK_NAME).acquire()
        except (VaultInUse, OSError):
            continue  # another process is using it
        try:
            _roll_back(home, leftover)
            remove(leftover)
        finally:
            lock.release()
    _remove_if_empty(base)


def _remove_if_empty(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.rmdir()
