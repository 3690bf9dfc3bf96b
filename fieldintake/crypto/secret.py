"""Overwriting secrets in memory once they are no longer needed.

Keys live in ``bytearray`` buffers that :func:`wipe` zeroes. Some secrets
arrive as immutable ``bytes`` or ``str`` (a passphrase typed into a widget, a
key a library returns): :func:`scrub` overwrites those in place too, on
CPython, where the object layout is known. That is best-effort (the library
may have made copies of its own), so the GUI also ends a lock by re-executing
the process: nothing of the old session survives that.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

_CPYTHON = sys.implementation.name == "cpython"


def wipe(buffer: bytearray | memoryview | None) -> None:
    """Zero a mutable buffer in place."""
    if buffer is None:
        return
    view = memoryview(buffer).cast("B")
    view[:] = bytes(len(view))


def _str_layout(text: str) -> tuple[int, int]:
    """(offset of the characters, bytes per character) of a compact CPython str."""
    widest = max(map(ord, text))
    if widest < 0x80:
        return sys.getsizeof("") - 1, 1
    kind = 1 if widest < 0x100 else 2 if widest < 0x10000 else 4
    sample = chr(0xE9) if kind == 1 else chr(0x100) if kind == 2 else chr(0x10000)
    return sys.getsizeof(sample) - 2 * kind, kind


def scrub(value: Any) -> None:
    """Overwrite an immutable ``bytes`` or ``str`` secret in place (CPython only; others: wiped if mutable).

    Only for objects this code owns: never a literal, an interned string or
    one still used as a dictionary key.
    """
    if value is None:
        return
    if isinstance(value, (bytearray, memoryview)):
        wipe(value)
        return
    if not _CPYTHON or len(value) < 2:  # 0- and 1-length objects are shared singletons
        return
    if isinstance(value, bytes):
        ctypes.memset(id(value) + sys.getsizeof(b"") - 1, 0, len(value))
    elif isinstance(value, str):
        offset, kind = _str_layout(value)
        ctypes.memset(id(value) + offset, 0, len(value) * kind)


def hex_key_literal(key: bytes | bytearray) -> bytearray:
    """``x'…'`` for SQLCipher's raw-key API, built in a wipeable buffer (never a str or hex copy)."""
    digits = b"0123456789abcdef"
    out = bytearray(3 + 2 * len(key))
    out[0:2] = b"x'"
    for i, byte in enumerate(key):
        out[2 + 2 * i] = digits[byte >> 4]
        out[3 + 2 * i] = digits[byte & 0xF]
    out[-1] = ord("'")
    return out
