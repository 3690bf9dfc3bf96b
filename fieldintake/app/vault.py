"""The SQLCipher vault: one encrypted database per user.

Opened with the user's data key as a raw key, so SQLCipher's own PBKDF2 is
not on the unlock path (Argon2id already stretched the passphrase). Every
write goes through ``Vault.transaction()``, which refuses to commit a change
that has no audit entry.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from fieldintake.app import audit, schema
from fieldintake.app.audit import AuditEntry
from fieldintake.crypto.secret import hex_key_literal, wipe
from fieldintake.errors import CodecMissing, StorageError, VaultCorrupt
from fieldintake.fsutil import PRIVATE_FILE


class Transaction:
    """A write transaction; ``audit()`` records what it does in the chain.

    ``sealed``: the last audit entry whose head may have been handed out (printed on a
    PDF's integrity page, put in a bundle manifest, recorded in the keyring, shown by
    ``audit verify``); ``audit_burst`` never lets a later save join it.
    """

    def __init__(self, conn: Any, actor: str, sealed: int = 0) -> None:
        self._conn = conn
        self._actor = actor
        self._sealed = sealed
        self.audited = False

    def execute(self, sql: str, args: Any = ()) -> Any:
        return self._conn.execute(sql, args)

    def executemany(self, sql: str, rows: Any) -> Any:
        return self._conn.executemany(sql, rows)

    def audit(
        self, action: str, object_type: str, object_id: str = "", detail: dict[str, Any] | None = None
    ) -> audit.AuditEntry:
        self.audited = True
        return audit.append(self._conn, self._actor, action, object_type, object_id, detail)

    def audit_burst(
        self, action: str, object_type: str, object_id: str, detail: dict[str, Any], fields: Sequence[str]
    ) -> AuditEntry:
        """An autosave that continues a burst: the burst's own entry if it already says this, else a new one.

        The chain stays append-only: nothing is rewritten. The save joins the newest entry only when
        that entry is the same actor's same action on the same object, names every field in
        ``fields``, and was written after the last head handed out (``sealed``).
        """
        head = audit.burst_head(self._conn, self._actor, action, object_type, object_id, detail, fields,
                                after=self._sealed)
        if head is None:
            return self.audit(action, object_type, object_id, detail)
        self.audited = True
        return head


def _set_key(conn: Any, dek: bytes | bytearray, *, rekey: bool = False) -> None:
    """Hand SQLCipher the raw key through its C API: the ``x'…'`` literal lives in a buffer wiped here,
    never in a Python str (a ``PRAGMA key`` statement would stay in the statement cache)."""
    literal = hex_key_literal(dek)
    try:
        (conn.reset_key if rekey else conn.set_key)(literal)
    finally:
        wipe(literal)


def _damaged_pages(conn: Any) -> list[str]:
    """Pages failing their HMAC, when the key itself is right (page 1 authenticates); else []."""
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.Error:
        return []
    if not problems or any(p.rstrip().endswith(" page 1") for p in problems):
        return []  # a wrong key (or a damaged header): every page fails, page 1 first
    return problems


#: No prepared statements kept between calls. With ``cipher_memory_security`` SQLCipher wraps every
#: heap allocation in mlock/munlock (and wipes it on free): two system calls each. SQLite's per-connection
#: lookaside memory takes the small allocations without them, but cached statements hold it: with
#: Python's 128-statement cache full, each row an import writes cost about 12 heap allocations, and a
#: bulk import spent half its time in mlock/munlock (issue 18). Preparing a statement again is cheaper.
CACHED_STATEMENTS = 0


def _connect(path: Path, dek: bytes | bytearray) -> Any:
    # SQLite gives -wal and -shm the database file's mode: make that 0600 first.
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE))
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False,
                              cached_statements=CACHED_STATEMENTS)
    try:
        # Before the key: no SQLCipher log lines on stderr, and wipe freed memory.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_memory_security = ON")
        _set_key(conn, dek)
        row = conn.execute("PRAGMA cipher_version").fetchone()
        if not row or not str(row[0]).startswith("4."):
            raise CodecMissing(
                "The SQLite library in use cannot encrypt (no SQLCipher 4 codec). Refusing to store anything."
            )
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cache_size = -32768")  # 32 MiB of decrypted pages: search and lists stay warm
    except sqlcipher3.DatabaseError as exc:
        damaged = _damaged_pages(conn)
        conn.close()
        if damaged:
            raise VaultCorrupt("The vault is damaged: " + "; ".join(damaged[:5]) + ". Restore it from a backup.") from exc
        raise VaultCorrupt(f"The vault database cannot be read ({exc}). It is damaged or not this user's.") from exc
    except BaseException:
        conn.close()
        raise
    return conn


class Vault:
    def __init__(self, conn: Any, path: Path, actor: str) -> None:
        self._conn = conn
        self.path = path
        self.actor = actor
        self._lock = threading.RLock()
        self._depth = 0
        self._tx: Transaction | None = None
        # The newest audit entry whose head may be known outside: entries up to it are never joined by a save.
        # Read at the first write, not here: opening must not read tables (``check`` opens a damaged vault).
        self._sealed: int | None = None
        # Called before every write; raises (``VaultErased``) when the vault's files are gone.
        self.guard: Callable[[], None] | None = None

    @classmethod
    def open(cls, path: Path, dek: bytes | bytearray, actor: str) -> Vault:
        conn = _connect(path, dek)
        try:
            schema.migrate(conn)
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            raise VaultCorrupt(f"The vault could not be upgraded ({exc}).") from exc
        except BaseException:
            conn.close()
            raise
        return cls(conn, path, actor)

    # --- reading ---------------------------------------------------------

    @contextlib.contextmanager
    def read(self) -> Iterator[Any]:
        """The connection, for reads; serialised with writers from other threads."""
        with self._lock:
            yield self._conn

    def query(self, sql: str, args: Any = ()) -> list[Any]:
        with self._lock:
            rows: list[Any] = self._conn.execute(sql, args).fetchall()
            return rows

    # --- writing ---------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One atomic write. Nested calls join the outer transaction."""
        with self._lock:
            if self._tx is not None:
                self._depth += 1
                try:
                    yield self._tx
                finally:
                    self._depth -= 1
                return
            if self.guard is not None:
                self.guard()
            if self._sealed is None:  # everything written before this session is sealed
                self._sealed = audit.head(self._conn)[0]
            before = self._conn.total_changes
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.OperationalError as exc:
                raise StorageError(f"Could not start a write: {exc}.") from exc
            tx = Transaction(self._conn, self.actor, self._sealed)
            self._tx = tx
            try:
                yield tx
                if self._conn.total_changes != before and not tx.audited:
                    raise AssertionError("a vault write without an audit entry")
                self._conn.execute("COMMIT")
            except BaseException as exc:
                with contextlib.suppress(sqlcipher3.Error):
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlcipher3.OperationalError) and "full" in str(exc).lower():
                    raise StorageError("The disk is full: the change was not saved.") from exc
                raise
            finally:
                self._tx = None

    # --- settings (encrypted, per user) ------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        rows = self.query("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as tx:
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
            tx.audit("setting.changed", "setting", key)

    # --- checks ----------------------------------------------------------

    def integrity_problems(self) -> list[str]:
        """SQLCipher's page HMAC check, then SQLite's structural check."""
        with self._lock:
            problems: list[str] = []
            for pragma in ("wal_checkpoint(PASSIVE)", "cipher_integrity_check", "quick_check"):
                try:
                    rows = [str(r[0]) for r in self._conn.execute(f"PRAGMA {pragma}")]
                except sqlcipher3.DatabaseError as exc:  # the very damage the check exists to report
                    problems.append(f"{pragma.split('(')[0]}: {exc}")
                    continue
                if pragma == "cipher_integrity_check":
                    problems.extend(rows)
                elif pragma == "quick_check" and rows != ["ok"]:
                    problems.extend(rows)
            return problems

    def audit_report(self, expect: tuple[int, str] | None = None) -> audit.AuditReport:
        """The chain checked entry by entry; with ``expect`` (COUNT, HEAD) also that entry #COUNT is HEAD."""
        with self._lock:
            report = audit.verify(self._conn, expect)
            self._sealed = max(self._sealed or 0, report.count)
            return report

    def audit_head(self) -> tuple[int, str]:
        """The chain's (count, head). Whoever asks may record it: from now on it is sealed."""
        with self._lock:
            head = audit.head(self._conn)
            self._sealed = max(self._sealed or 0, head[0])
            return head

    # --- keys ----------------------------------------------------------

    def rekey(self, new_dek: bytes | bytearray) -> None:
        """Re-encrypt every page in place under ``new_dek`` (one transaction: a crash leaves the old key).

        The WAL is emptied before (no old-key frames get carried along) and
        after (the new pages are written back over the old ones in the file).
        """
        with self._lock:
            if self._tx is not None:
                raise AssertionError("rekey inside a transaction")
            try:
                self._checkpoint()
                _set_key(self._conn, new_dek, rekey=True)
                self._checkpoint()
            except sqlcipher3.OperationalError as exc:
                if "full" in str(exc).lower():
                    raise StorageError("The disk is full: the vault was not re-encrypted.") from exc
                raise StorageError(f"Could not re-encrypt the vault: {exc}.") from exc

    def _checkpoint(self) -> None:
        row = self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if row is not None and row[0] != 0:
            raise StorageError("The vault is busy: could not write its journal back. Nothing was changed.")

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(sqlcipher3.Error):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._conn.close()
                self._conn = None
