"""Scheduled removals: the open deadline of kind ``removal`` each case has, and the hours left until it.

Removals happen within hours, so the case list and the case view count them
down in hours; a removal given as a date alone counts to the start of that day
(UTC), the earliest it can happen.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime, timezone

from fieldintake.app.model import Deadline

REMOVAL = "removal"


def due_moment(due: str) -> datetime:
    """A deadline's due value as a UTC moment (a date alone: 00:00 UTC of that day)."""
    if len(due) == 10:
        day = date.fromisoformat(due)
        return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    moment = datetime.fromisoformat(due.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def hours_left(due: str, now: datetime | None = None) -> int:
    """Whole hours until ``due``, rounded down (negative once it has passed)."""
    now = now or datetime.now(timezone.utc)
    return math.floor((due_moment(due) - now).total_seconds() / 3600)


def next_removal(deadlines: Iterable[Deadline], now: datetime | None = None) -> Deadline | None:
    """The soonest open removal that has not yet passed by more than a day (a date alone lasts the whole day)."""
    now = now or datetime.now(timezone.utc)
    open_ones = [d for d in deadlines if d.kind == REMOVAL and not d.done and hours_left(d.due, now) > -24]
    # on one day, a removal with its time is the more precise record of the same removal
    return min(open_ones, key=lambda d: (due_moment(d.due).date(), len(d.due) == 10, due_moment(d.due)), default=None)


def next_removals(vault: object, now: datetime | None = None) -> dict[str, str]:
    """``case_id -> due`` of each case's next open removal (one query, for the case list)."""
    rows = vault.query(  # type: ignore[attr-defined]
        "SELECT case_id, id, kind, title, due, done FROM deadlines WHERE kind = ? AND done = 0", (REMOVAL,))
    by_case: dict[str, list[Deadline]] = {}
    for case_id, did, kind, title, due, done in rows:
        by_case.setdefault(case_id, []).append(Deadline(did, kind, title, due, bool(done)))
    found = {case_id: next_removal(items, now) for case_id, items in by_case.items()}
    return {case_id: d.due for case_id, d in found.items() if d is not None}


def countdown_text(due: str, now: datetime | None = None) -> str:
    """``"in 17 h"``-style words are the UI's; this is the number with its sign, for the CLI and tests."""
    hours = hours_left(due, now)
    return f"{hours} h" if hours >= 0 else f"{-hours} h ago"
