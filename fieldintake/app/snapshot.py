"""A consistent copy of an open vault, and turning such a copy into a vault.

``export`` runs ``sqlcipher_export`` into a new database keyed with a fresh
random key, while holding the vault's lock (no write can interleave; other
processes are kept out by the vault lock), and hard-links the attachment
blobs the copy refers to, so an attachment deleted meanwhile is still in
the backup. ``adopt`` re-keys a restored copy to a new data key.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from fieldintake.app import schema
from fieldintake.app.vault import Vault
from fieldintake.errors import SchemaTooNew, VaultCorrupt
from fieldintake.fsutil import PRIVATE_FILE, ensure_private_dir, fsync_dir


@dataclass(frozen=True)
class Snapshot:
    db: Path
    key: bytes
    schema_version: int
    blobs: tuple[Path, ...]  # hard links (or copies) of the referenced blob files


def _raw_key(key: bytes | bytearray) -> str:
    return f"x'{key.hex()}'"


def export(vault: Vault, blobs_dir: Path, target_dir: Path, key: bytes) -> Snapshot:
    """Write ``target_dir/vault.db`` (keyed with ``key``) and ``target_dir/blobs/*``."""
    ensure_private_dir(target_dir)
    db = target_dir / "vault.db"
    os.close(os.open(db, os.O_RDWR | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    linked: list[Path] = []
    with vault.read() as conn:
        conn.execute("ATTACH DATABASE ? AS snap KEY ?", (str(db), _raw_key(key)))
        try:
            # A scratch copy: no journal and no fsync per page (one fsync below); a crash just discards it.
            conn.execute("PRAGMA snap.journal_mode = OFF")
            conn.execute("PRAGMA snap.synchronous = OFF")
            conn.execute("SELECT sqlcipher_export('snap')")
            version = schema.version(conn)
            conn.execute(f"PRAGMA snap.user_version = {int(version):d}")
            blob_ids = [r[0] for r in conn.execute("SELECT blob_id FROM snap.attachments ORDER BY blob_id")]
        finally:
            conn.execute("DETACH DATABASE snap")
        _fsync(db)
        target_blobs = ensure_private_dir(target_dir / "blobs")
        for blob_id in blob_ids:
            source, copy = blobs_dir / blob_id, target_blobs / blob_id
            try:
                os.link(source, copy)
            except FileNotFoundError:
                raise VaultCorrupt(f"The attachment file {blob_id} is missing from the vault: run 'fieldintake check'.") from None
            except OSError:
                shutil.copyfile(source, copy)
            linked.append(copy)
    return Snapshot(db, key, version, tuple(linked))


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _open(db: Path, key: bytes) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA cipher_memory_security = ON")
    conn.execute(f"PRAGMA key = \"{_raw_key(key)}\"")
    return conn


@dataclass(frozen=True)
class SnapshotIdentity:
    user_id: str
    display_name: str
    age_secret: str
    signing_seed: bytes


def adopt(db: Path, snapshot_key: bytes, new_key: bytes | bytearray) -> SnapshotIdentity:
    """Check a restored copy and re-key it to ``new_key``; returns its identity row.

    Raises ``VaultCorrupt`` for a copy that does not open or fails its
    integrity check, ``SchemaTooNew`` for one from a newer program.
    """
    conn = _open(db, snapshot_key)
    try:
        try:
            version = schema.version(conn)
            if version > schema.LATEST:
                raise SchemaTooNew(
                    f"This backup holds a vault from a newer fieldintake (schema {version}; this program knows "
                    f"{schema.LATEST}). Update the program, then restore it."
                )
            problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
            quick = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
            if problems or quick != ["ok"]:
                raise VaultCorrupt("The vault inside the backup is damaged: " + "; ".join((problems + quick)[:3]))
            row = conn.execute("SELECT user_id, display_name, age_secret, signing_seed FROM identity WHERE id = 1").fetchone()
            if row is None:
                raise VaultCorrupt("The vault inside the backup has no identity keys.")
            conn.execute(f"PRAGMA rekey = \"{_raw_key(new_key)}\"")
        except sqlcipher3.DatabaseError as exc:
            raise VaultCorrupt(f"The vault inside the backup cannot be read ({exc}).") from None
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            conn.close()
    _fsync(db)
    fsync_dir(db.parent)
    return SnapshotIdentity(str(row[0]), str(row[1]), str(row[2]), bytes(row[3]))
