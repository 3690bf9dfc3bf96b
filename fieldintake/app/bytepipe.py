"""A bounded in-memory byte pipe between the age thread and the tar parser.

pyrage's ``decrypt_io`` pushes plaintext into ``write()``; ``tarfile``
pulls with ``read()``. The writer blocks while the pipe holds ``limit``
bytes, so memory stays bounded; ``abort()`` from the reading side makes the
next (or the blocked) ``write()`` raise, which ends the age thread.
"""

from __future__ import annotations

import io
import threading
from collections import deque
from typing import Any


class PipeAborted(BrokenPipeError):
    """The reading side gave up; the age thread stops on this."""


class BytePipe(io.RawIOBase):
    def __init__(self, limit: int = 1024 * 1024) -> None:
        self._limit = limit
        self._cond = threading.Condition()
        self._chunks: deque[bytes] = deque()
        self._size = 0
        self._offset = 0  # bytes of the first chunk already read
        self._closed_by_writer = False
        self._aborted = False
        self.writer_error: BaseException | None = None

    # --- the age thread's side ---------------------------------------------

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        with self._cond:
            while self._size >= self._limit and not self._aborted:
                self._cond.wait()
            if self._aborted:
                raise PipeAborted("the bundle reader was closed")
            self._chunks.append(chunk)
            self._size += len(chunk)
            self._cond.notify_all()
        return len(chunk)

    def end(self, error: BaseException | None) -> None:
        """The writer is done: cleanly (``None``) or with ``error``."""
        with self._cond:
            self._closed_by_writer = True
            self.writer_error = error
            self._cond.notify_all()

    @property
    def aborted(self) -> bool:
        return self._aborted

    # --- the parser's side -------------------------------------------------

    def read_some(self, n: int) -> bytes:
        """Up to ``n`` bytes, from one written chunk; ``b""`` once the writer has ended and all is read.

        If the writer ended with an error, that error is raised once the
        buffered bytes are consumed.
        """
        with self._cond:
            while not self._chunks and not self._closed_by_writer:
                self._cond.wait()
            if not self._chunks:
                if self.writer_error is not None:
                    raise self.writer_error
                return b""
            head, start = self._chunks[0], self._offset
            if start == 0 and len(head) <= n:
                self._chunks.popleft()  # the common case: a whole chunk, handed over without a copy
                out = head
            else:  # part of one chunk: only those bytes are copied (a short read, as ``read`` allows)
                out = head[start : start + n]
                if start + len(out) == len(head):
                    self._chunks.popleft()
                    self._offset = 0
                else:
                    self._offset = start + len(out)
            self._size -= len(out)
            self._cond.notify_all()
            return out

    def abort(self) -> None:
        with self._cond:
            self._aborted = True
            self._chunks.clear()
            self._size = self._offset = 0
            self._cond.notify_all()
