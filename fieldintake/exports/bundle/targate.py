"""A gate in front of ``tarfile``: every tar header is checked, in bounded time, before tarfile sees it.

Python's ``tarfile`` spends quadratic time on a crafted pax header
(CVE-2024-6232: 64 KiB of digits cost seconds inside ``tarfile.open``,
before the manifest's signature is checked), recurses once per chained
extended header (``RecursionError`` after ~1000) and raises ``ValueError``
on a malformed sparse map. None of that is needed: the writer
(``tarstream.member_header``, ``TarInfo.tobuf(PAX_FORMAT)``) emits only

* ustar headers (magic ``ustar\\0`` version ``00``) of type ``0`` (a regular
  file) with an octal size, an empty link name and an empty prefix, and
* at most one pax extended header (type ``x``) right before such a header,
  holding only ``path`` (names over 100 bytes or not ASCII) and ``size``
  (members of 8 GiB or more), a few hundred bytes for a 1024-byte name,

then two zero blocks. The gate reads the stream one header at a time,
parses pax records itself with linear code, and passes on only what the
writer could have made; anything else is ``BundleTampered`` with one clear
line. Member data is passed through untouched, counted, so a member that
declares more bytes than the stream holds ends as "truncated", not as a
tarfile ``ReadError``.

The bundle reader uses :class:`GatedTar`: the same checks, then only
``TarInfo.frombuf`` of tarfile (on the checked header block), and member data
read straight into the caller's buffer. :class:`TarGate` passes the checked
stream on to ``tarfile.open`` itself (the hostile-input tests and bench).
"""

from __future__ import annotations

import io
import tarfile
from typing import Any, Protocol

from fieldintake.errors import BundleTampered
from fieldintake.exports.bundle.manifest import MAX_PATH_BYTES

BLOCK = 512
MAX_PAX_RECORDS = 4 * 1024
"""Bytes of pax records accepted in one extended header; the writer's largest is ~1.1 KiB."""
PAX_KEYS = frozenset({"path", "size"})
_USTAR_MAGIC = b"ustar\x0000"
_OCTAL = frozenset(b"01234567")
_DIGITS = frozenset(b"0123456789")
_MAX_SIZE_DIGITS = 20


class _Source(Protocol):
    def read(self, n: int = -1) -> bytes: ...


def _refuse(why: str) -> BundleTampered:
    return BundleTampered(f"The bundle's archive {why}: refused as a damaged or hostile file.")


def _octal(field: bytes, what: str) -> int:
    text = field.split(b"\0", 1)[0].strip(b" ")
    if not text or not set(text) <= _OCTAL:
        raise _refuse(f"has a tar header with an unreadable {what}")
    return int(text, 8)


def _checksum_ok(block: bytes) -> bool:
    stored = block[148:156].split(b"\0", 1)[0].strip(b" ")
    if not stored or not set(stored) <= _OCTAL:
        return False
    return int(stored, 8) == sum(block[:148]) + 8 * 32 + sum(block[156:])


def parse_pax_records(data: bytes) -> dict[str, str]:
    """The records of one pax extended header, parsed in linear time; only the writer's keys."""
    records: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        space = data.find(b" ", pos, pos + _MAX_SIZE_DIGITS + 1)
        digits = data[pos:space] if space > pos else b""
        if not digits or not set(digits) <= _DIGITS or digits.startswith(b"0"):
            raise _refuse("has a malformed pax extended header")
        end = pos + int(digits)
        if end > len(data) or end <= space + 2 or data[end - 1 : end] != b"\n":
            raise _refuse("has a malformed pax extended header")
        key_raw, eq, value_raw = data[space + 1 : end - 1].partition(b"=")
        try:
            key, value = key_raw.decode("utf-8"), value_raw.decode("utf-8")
        except UnicodeDecodeError:
            raise _refuse("has a pax extended header that is not UTF-8") from None
        if not eq or key not in PAX_KEYS:
            raise _refuse(f"has a pax extended header with a field the writer never makes ({key[:40]!r})")
        if key in records:
            raise _refuse(f"has a pax extended header that sets {key!r} twice")
        if key == "path" and len(value_raw) > MAX_PATH_BYTES:
            raise _refuse(f"has a member name longer than {MAX_PATH_BYTES} bytes")
        if key == "size" and (not value_raw or not set(value_raw) <= _DIGITS or len(value_raw) > _MAX_SIZE_DIGITS):
            raise _refuse("has a pax extended header with an unreadable size")
        records[key] = value
        pos = end
    return records


class TarGate(io.RawIOBase):
    """Reads a tar stream for ``tarfile``, checking each header first (see the module docstring)."""

    def __init__(self, source: _Source) -> None:
        super().__init__()
        self._src = source
        self._pending = memoryview(b"")
        self._data_left = 0  # member bytes (with padding) still to pass through
        self._pax: dict[str, str] | None = None  # the extended header waiting for its member
        self._ended = False
        self.headers = 0

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        data = self.read(len(target))
        target[: len(data)] = data
        return len(data)

    def read(self, n: int | None = -1) -> bytes:
        size = 64 * 1024 if n is None or n < 0 else n
        if size == 0:
            return b""
        if not self._pending and not self._data_left and not self._ended:
            self._next_header()
        if self._pending:
            out = bytes(self._pending[:size])
            self._pending = self._pending[len(out) :]
            return out
        if self._ended:
            return self._src.read(size)  # after the archive's end: the reader checks it is only zeros
        data = self._src.read(min(size, self._data_left))
        if not data:
            raise BundleTampered("The bundle is truncated: a file in it is shorter than its tar header says.")
        self._data_left -= len(data)
        return data

    def _exact(self, n: int) -> bytes:
        return read_exact(self._src, n)

    def _next_header(self) -> None:
        block = self._exact(BLOCK)
        if len(block) < BLOCK:
            raise BundleTampered("The bundle is truncated: its archive ends inside a tar header.")
        if block.count(0) == BLOCK:
            if self._pax is not None:
                raise _refuse("ends right after an extended header")
            self._ended = True
            self._pending = memoryview(block)
            return
        self.headers += 1
        kind, size = check_block(block)
        if kind == b"x":
            if self._pax is not None:
                raise _refuse("has chained extended headers (one extended header after another)")
            data = _pax_data(size, self._exact)
            self._pax = parse_pax_records(data[:size])
            self._pending = memoryview(block + data)
            return
        pax, self._pax = self._pax, None
        size = _pax_size(pax, size)
        self._data_left = size + (-size % BLOCK)
        self._pending = memoryview(block)


def read_exact(src: _Source | _DataSource, n: int) -> bytes:
    """``n`` bytes from ``src``, fewer only at its end (a pipe may give less per read)."""
    parts, got = [], 0
    while got < n:
        chunk = src.read(n - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def check_block(block: bytes) -> tuple[bytes, int]:
    """The checks of one (non-zero) header block: its kind (``0`` or ``x``) and the size it declares."""
    if not _checksum_ok(block):
        raise _refuse("has a tar header with a wrong checksum")
    kind = block[156:157]
    if block[257:265] != _USTAR_MAGIC:
        raise _refuse("has a tar header that is not POSIX ustar")
    if kind not in (b"0", b"x"):
        raise BundleTampered(
            f"The bundle contains a tar entry of type {kind.decode('latin-1')!r} (a link, folder, device, "
            "sparse file or global/GNU header), which is not a plain file: refused."
        )
    if block[157:257].count(0) != 100 or block[345:500].count(0) != 155:
        raise _refuse("has a tar header with a link name or name prefix the writer never makes")
    return kind, _octal(block[124:136], "size")


def _pax_data(size: int, exact: Any) -> bytes:
    if size > MAX_PAX_RECORDS:
        raise BundleTampered(
            f"The bundle contains an oversized tar header ({size} bytes; at most {MAX_PAX_RECORDS}): refused."
        )
    padded = size + (-size % BLOCK)
    data: bytes = exact(padded)
    if len(data) < padded:
        raise BundleTampered("The bundle is truncated: its archive ends inside a tar header.")
    return data


def _pax_size(pax: dict[str, str] | None, size: int) -> int:
    if pax is not None and "size" in pax:
        if size != 0:
            raise _refuse("gives a file two different sizes")
        return int(pax["size"])
    return size


class _DataSource(Protocol):
    def read(self, n: int) -> bytes: ...

    def readinto(self, target: Any) -> int: ...


class GatedTar:
    """The bundle reader's tar layer: the gate's checks, then tarfile's header parser, then the data as it is.

    ``tarfile``'s stream mode copies every member byte about three times
    (its record buffer is joined and sliced on each read, then buffered again
    per member): most of a restore's own time. Here each header goes through
    the gate's checks above, then ``tarfile.TarInfo.frombuf`` parses those
    checked 512 bytes (the numeric fields, the checksum, the name) with the
    pax ``path``/``size`` applied, and member data goes from the source
    straight into the caller's buffer.
    """

    def __init__(self, source: _DataSource) -> None:
        self._src = source
        self._left = 0  # bytes of the current member not yet read
        self._pad = 0  # its padding to the next block
        self._ended = False
        self.headers = 0

    def next(self) -> tarfile.TarInfo | None:
        """The next member's header (the rest of the current member skipped); ``None`` at the archive's end."""
        self._discard(self._left + self._pad)
        self._left = self._pad = 0
        if self._ended:
            return None
        pax: dict[str, str] | None = None
        while True:
            block = self._exact(BLOCK)
            if len(block) < BLOCK:
                raise BundleTampered("The bundle is truncated: its archive ends inside a tar header.")
            if block.count(0) == BLOCK:
                if pax is not None:
                    raise _refuse("ends right after an extended header")
                self._ended = True
                return None
            self.headers += 1
            kind, size = check_block(block)
            if kind != b"x":
                break
            if pax is not None:
                raise _refuse("has chained extended headers (one extended header after another)")
            pax = parse_pax_records(_pax_data(size, self._exact)[:size])
        size = _pax_size(pax, size)
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
        except (tarfile.HeaderError, ValueError):
            raise BundleTampered("The bundle's archive is damaged.") from None
        if pax is not None and "path" in pax:
            info.name = pax["path"]
        info.size = size
        self._left, self._pad = size, -size % BLOCK
        return info

    def readinto(self, target: Any) -> int:
        """Bytes of the current member into ``target``; ``0`` at its end."""
        view = memoryview(target)
        n = min(len(view), self._left)
        if n <= 0:
            return 0
        got = self._src.readinto(view[:n])
        if not got:
            raise _truncated()
        self._left -= got
        return got

    def read(self, n: int) -> bytes:
        """Up to ``n`` bytes of the current member (fewer from a pipe); ``b""`` at its end."""
        n = min(n, self._left)
        if n <= 0:
            return b""
        data = self._src.read(n)
        if not data:
            raise _truncated()
        self._left -= len(data)
        return data

    def trailing(self, n: int) -> bytes:
        """After the archive's end: what follows (the reader checks it is zeros)."""
        return self._src.read(n)

    def _exact(self, n: int) -> bytes:
        return read_exact(self._src, n)

    def _discard(self, n: int) -> None:
        while n > 0:
            chunk = self._src.read(min(n, 1024 * 1024))
            if not chunk:
                raise _truncated()
            n -= len(chunk)


def _truncated() -> BundleTampered:
    return BundleTampered("The bundle is truncated: a file in it is shorter than its tar header says.")
