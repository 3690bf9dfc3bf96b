"""What the CLI prints cannot drive the terminal.

Names, titles, notes and member paths come from other people's bundles,
cards and case files. Printed raw, an ESC sequence can erase the "NOT a
contact" line and write "known contact" over it, an OSC sequence can set the
window title or a hyperlink, and a right-to-left override reorders what
follows. So every byte the CLI writes passes through ``SafeStream``
(installed by ``safe_output`` for the whole run), which turns control and
format characters into visible JSON-style escapes (``\\u001b``) and keeps
newlines and tabs. Within a line, ``field`` also escapes newlines and tabs,
so a value cannot start a line of its own or shift the columns after it.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from fieldintake.textchars import visible


def field(value: object) -> str:
    """One external value inside a line of output: nothing in it can break the line or move the cursor."""
    return visible(str(value))


class SafeStream(io.TextIOBase):
    """A text stream that writes what it is given with controls and format characters made visible."""

    def __init__(self, inner: TextIO) -> None:
        super().__init__()
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(visible(text, keep="\n\t"))
        return len(text)

    def flush(self) -> None:
        self._inner.flush()

    def isatty(self) -> bool:
        return self._inner.isatty()

    def fileno(self) -> int:
        return self._inner.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._inner, "encoding", "utf-8") or "utf-8"

    @property
    def inner(self) -> TextIO:
        return self._inner


@contextmanager
def safe_output() -> Iterator[None]:
    """sys.stdout and sys.stderr go through ``SafeStream`` until the block ends."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(saved[0]), SafeStream(saved[1])
    try:
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        sys.stdout, sys.stderr = saved
