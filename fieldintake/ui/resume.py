"""Where the user was when an idle lock came: the page, case, tab and field, as ids only.

After an idle (or system, or Lock-action) lock and the next unlock by the same
user, the window goes back there. It is kept in the controller's memory and,
across the relaunch that follows a lock (ui/safety/relaunch.py), in the new
process's environment (``FIELDINTAKE_RESUME``, read and removed at start, so
no child process inherits it): never on the disk. It holds ids, not data: a
user name (shown on the unlock screen anyway), a page key, a case and an
interview UUID, a tab key and a template field id or a widget's name. A panic
lock, a quit and border mode forget it.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass

from fieldintake.app.paths import check_user_name
from fieldintake.errors import InvalidInput

RESUME_ENV = "FIELDINTAKE_RESUME"
MAX_CHARS = 600
_KEY = re.compile(r"^[a-z_]{1,32}$")
_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")
_FIELD = re.compile(r"^(field|widget):[A-Za-z0-9_.\-\[\]]{1,120}$")


@dataclass(frozen=True)
class Place:
    user: str
    page: str
    case_id: str | None = None
    tab: str | None = None
    interview_id: str | None = None
    field: str | None = None  # "field:<template field id>" or "widget:<attribute of the tab>"

    def encode(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def decode(cls, text: str | None) -> Place | None:
        """The place, or None for anything not exactly what ``encode`` writes (bounded, checked)."""
        if not text or len(text) > MAX_CHARS:
            return None
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict) or set(data) != {"user", "page", "case_id", "tab", "interview_id", "field"}:
            return None
        checks = {"page": _KEY, "case_id": _ID, "tab": _KEY, "interview_id": _ID, "field": _FIELD}
        for key, pattern in checks.items():
            value = data[key]
            if value is None and key != "page":
                continue
            if not isinstance(value, str) or not pattern.fullmatch(value):
                return None
        user = data["user"]
        try:
            check_user_name(user if isinstance(user, str) else "")
        except InvalidInput:
            return None
        return cls(**data)

    @classmethod
    def take_from_env(cls) -> Place | None:
        """Read and remove the place a locked predecessor left in our environment."""
        return cls.decode(os.environ.pop(RESUME_ENV, None))

    def put_in_env(self) -> None:
        os.environ[RESUME_ENV] = self.encode()


def forget_env() -> None:
    os.environ.pop(RESUME_ENV, None)
