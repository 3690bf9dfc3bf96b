"""The two callbacks long work below the UI takes: one declaration for app, exports and the CLI.

The UI's worker hands them in (``ui/workers.py``: ``progress.update`` and
``progress.cancelled``); the work reports ``(done, total)`` and asks between
steps whether the user wants it stopped.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
"""``(done, total)``: how far the work is, in its own units (bytes, pages, members)."""

Cancel = Callable[[], bool]
"""True once the user asked to stop: the work raises ``Cancelled`` and leaves the previous state."""
