"""The few preferences needed before unlock, in ``HOME/ui.json``.

Only the UI language lives here: it must be known to draw the unlock
screen. Everything per user (and anything sensitive) goes into the
encrypted vault instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from fieldintake.app.paths import Home
from fieldintake.fsutil import atomic_write_bytes, ensure_private_dir

FILE_NAME = "ui.json"
DEFAULT_LANGUAGE = "en"


@dataclass
class UiPrefs:
    language: str = DEFAULT_LANGUAGE

    @classmethod
    def load(cls, home: Home) -> UiPrefs:
        """Defaults if the file is missing or unreadable: a broken ui.json must not lock anyone out."""
        try:
            data = json.loads((home.root / FILE_NAME).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        language = data.get("language") if isinstance(data, dict) else None
        return cls(language=language if isinstance(language, str) and language else DEFAULT_LANGUAGE)

    def save(self, home: Home) -> None:
        ensure_private_dir(home.root)
        payload = json.dumps({"language": self.language}, indent=2).encode("utf-8") + b"\n"
        atomic_write_bytes(home.root / FILE_NAME, payload)
