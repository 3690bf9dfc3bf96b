"""The window's size and splitter positions, remembered outside the vault.

``ui.json`` in the app's platform config folder (``platformdirs``, e.g.
``~/.config/fieldintake/ui.json``) holds only numbers: the window's width and
height, whether it was maximised, and a few splitter sizes under fixed keys
("interviews"). No case data, no user name, no path: it is shared by every
user of the machine and readable before unlock, so it must say nothing about
anyone. The file is read bounded and checked; anything odd falls back to the
defaults, and a failure to write it never stops a lock.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QSplitter

from fieldintake.app.jsonlimits import loads_bounded
from fieldintake.errors import FieldintakeError
from fieldintake.fsutil import atomic_write_bytes, ensure_private_dir

FILE_NAME = "ui.json"
DEFAULT_SIZE = QSize(1280, 720)  # fits a 1366×768 laptop with its panel and window frame
MAX_BYTES = 4096
SPLITTER_KEYS = frozenset({"interviews"})
_MIN, _MAX = 200, 20_000


def default_path() -> Path:
    return Path(platformdirs.user_config_dir("fieldintake", appauthor=False)) / FILE_NAME


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """``wanted``, shrunk to the screen's free area (less a little for the window frame)."""
    if available.isEmpty():
        return wanted
    return QSize(max(_MIN, min(wanted.width(), available.width() - 16)),
                 max(_MIN, min(wanted.height(), available.height() - 40)))


def _size(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and _MIN <= value <= _MAX else None


@dataclass
class WindowLayout:
    """Numbers only (see the module docstring); kept by the controller across locks."""

    width: int | None = None
    height: int | None = None
    maximized: bool = False
    splitters: dict[str, list[int]] = field(default_factory=dict)
    path: Path | None = None  # None: remembered for this run only (tests)

    @classmethod
    def load(cls, path: Path | None) -> WindowLayout:
        layout = cls(path=path)
        if path is None:
            return layout
        try:
            with path.open("rb") as fh:
                raw = fh.read(MAX_BYTES + 1)
            data = loads_bounded(raw.decode("utf-8")) if len(raw) <= MAX_BYTES else None
        except (OSError, ValueError):
            return layout
        if not isinstance(data, dict):
            return layout
        layout.width, layout.height = _size(data.get("width")), _size(data.get("height"))
        layout.maximized = data.get("maximized") is True
        splitters = data.get("splitters")
        if isinstance(splitters, dict):
            for key in SPLITTER_KEYS:
                sizes = splitters.get(key)
                if isinstance(sizes, list) and 2 <= len(sizes) <= 4 and all(
                        isinstance(s, int) and not isinstance(s, bool) and 0 <= s <= _MAX for s in sizes):
                    layout.splitters[key] = list(sizes)
        return layout

    def window_size(self, available: QRect) -> QSize:
        wanted = QSize(self.width, self.height) if self.width and self.height else DEFAULT_SIZE
        return fitted_size(wanted, available)

    def remember_window(self, size: QSize, maximized: bool) -> None:
        self.maximized = maximized
        if not maximized:
            self.width, self.height = _size(size.width()), _size(size.height())

    def remember_splitter(self, key: str, splitter: QSplitter) -> None:
        """Restore ``splitter`` to the sizes last seen under ``key`` and follow it from now on."""
        if key not in SPLITTER_KEYS:
            raise KeyError(key)
        if key in self.splitters and len(self.splitters[key]) == splitter.count():
            splitter.setSizes(self.splitters[key])
        splitter.splitterMoved.connect(lambda _pos, _index: self._moved(key, splitter))

    def _moved(self, key: str, splitter: QSplitter) -> None:
        sizes = splitter.sizes()
        if sizes and sizes[0] > 0:  # a list collapsed for lack of room is not the user's choice
            self.splitters[key] = sizes

    def save(self) -> bool:
        """Write the file; False (and nothing raised) if it cannot be written."""
        if self.path is None:
            return True
        payload = {"width": self.width, "height": self.height, "maximized": self.maximized,
                   "splitters": {k: v for k, v in self.splitters.items() if k in SPLITTER_KEYS}}
        try:
            ensure_private_dir(self.path.parent)
            atomic_write_bytes(self.path, json.dumps(payload, indent=2).encode("utf-8") + b"\n")
        except (OSError, FieldintakeError):
            return False
        return True
