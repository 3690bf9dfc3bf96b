"""The tar layer: a POSIX (pax) stream written on demand, read with limits.

Writing is pull-based (age pulls plaintext from us), so the tar bytes are
produced by a generator rather than by ``tarfile`` pushing into a file.
Headers come from ``tarfile.TarInfo.tobuf`` with fixed metadata, so nothing
about the sender's machine (owner, group, clock, permissions) leaks.
"""

from __future__ import annotations

import tarfile
from collections.abc import Iterator

from fieldintake.errors import BundleTampered

BLOCK = tarfile.BLOCKSIZE
RECORD = tarfile.RECORDSIZE
MEMBER_MODE = 0o600
MAX_EXTENDED_HEADER = 4 * 1024  # the same bound as the tar gate (targate.MAX_PAX_RECORDS), a second line


def member_header(path: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(path)
    info.size = size
    info.mtime = mtime
    info.mode = MEMBER_MODE
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.type = tarfile.REGTYPE
    return info.tobuf(format=tarfile.PAX_FORMAT, encoding="utf-8", errors="strict")


def padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


def end_of_archive(written: int) -> bytes:
    """Two zero blocks, then zeros up to a whole record, as tar writes it."""
    end = written + 2 * BLOCK
    return b"\0" * (2 * BLOCK + (-end % RECORD))


def tar_size(members: list[tuple[str, int]], mtime: int) -> int:
    """The exact size of the tar stream: known before a byte is read."""
    total = 0
    for path, size in members:
        total += len(member_header(path, size, mtime)) + size + len(padding(size))
    return total + len(end_of_archive(total))


class BoundedTarInfo(tarfile.TarInfo):
    """Refuses extended headers larger than a limit before reading them.

    ``tarfile`` reads a pax or GNU long-name header into memory whole; a
    hostile bundle could declare one of gigabytes. ``_proc_member`` is the
    dispatch point tarfile has used since Python 2.
    """

    def _proc_member(self, tarfile_: tarfile.TarFile) -> tarfile.TarInfo:
        extended = (tarfile.XHDTYPE, tarfile.XGLTYPE, tarfile.SOLARIS_XHDTYPE,
                    tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK)
        if self.type in extended and self.size > MAX_EXTENDED_HEADER:
            raise BundleTampered("The bundle contains an oversized tar header: refused.")
        member: tarfile.TarInfo = super()._proc_member(tarfile_)  # type: ignore[misc]
        return member


def chunks_of(data: bytes, size: int) -> Iterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i : i + size]
