"""The few preferences needed before unlock, in ``HOME/ui.json``.

Only the UI language lives here: it must be known to draw the unlock
screen. Everything per user (and anything sensitive) goes into the
encrypted vault instead.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from fieldintake.app.jsonlimits import loads_bounded
from fieldintake.app.paths import Home
from fieldintake.fsutil import atomic_write_bytes, ensure_private_dir

FILE_NAME = "ui.json"
DEFAULT_LANGUAGE = "en"
MAX_BYTES = 4096  # it holds one language tag


@dataclass
class UiPrefs:
    language: str = DEFAULT_LANGUAGE

    @classmethod
    def load(cls, home: Home) -> UiPrefs:
        """Defaults if the file is missing or unreadable: a broken ui.json must not lock anyone out."""
        try:
            with (home.root / FILE_NAME).open("rb") as fh:
                raw = fh.read(MAX_BYTES + 1)
            data = loads_bounded(raw.decode("utf-8")) if len(raw) <= MAX_BYTES else None
        except (OSError, ValueError):  # TooDeep and UnicodeDecodeError are ValueErrors
            return cls()
        language = data.get("language") if isinstance(data, dict) else None
        return cls(language=language if isinstance(language, str) and language else DEFAULT_LANGUAGE)

    def save(self, home: Home) -> None:
        ensure_private_dir(home.root)
        payload = json.dumps({"language": self.language}, indent=2).encode("utf-8") + b"\n"
        atomic_write_bytes(home.root / FILE_NAME, payload)
