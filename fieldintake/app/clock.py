"""UTC timestamps as stored everywhere in the vault (ISO 8601, ``Z``)."""

from __future__ import annotations

from datetime import datetime, timezone


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def local_display(text: str) -> str:
    """A stored UTC time as the user's local time, to the second."""
    return parse_utc(text).astimezone().strftime("%Y-%m-%d %H:%M:%S %z")
