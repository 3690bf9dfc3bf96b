"""Scheduled removals: the open deadline of kind ``removal`` each case has, and the hours left until it.

Removals happen within hours, so the case list and the case view count them
down in hours; a removal given as a date alone counts to the start of that day
(UTC), the earliest it can happen.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime, timezone

from fieldintake.app import caserows
from fieldintake.app.model import Deadline
from fieldintake.app.vault import Vault

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


def next_removals(vault: Vault, now: datetime | None = None) -> dict[str, str]:
    """``case_id -> due`` of each case's next open removal (one query, for the case list)."""
    with vault.read() as conn:
        by_case = caserows.open_deadlines_by_case(conn, REMOVAL)
    found = {case_id: next_removal(items, now) for case_id, items in by_case.items()}
    return {case_id: d.due for case_id, d in found.items() if d is not None}


def countdown_text(due: str, now: datetime | None = None) -> str:
    """``"in 17 h"``-style words are the UI's; this is the number with its sign, for the CLI and tests."""
    hours = hours_left(due, now)
    return f"{hours} h" if hours >= 0 else f"{-hours} h ago"


# --- the next thing to do ----------------------------------------------------------

ACTION_KINDS = ("removal", "hearing", "appeal", "interim_measures", "asylum_decision")


def passed(deadline: Deadline, now: datetime | None = None) -> bool:
    """Past its moment; a date alone lasts until the end of that day."""
    hours = hours_left(deadline.due, now)
    return hours < (-24 if len(deadline.due) == 10 else 0)


def next_action(deadlines: Iterable[Deadline], now: datetime | None = None) -> Deadline | None:
    """The deadline a case list should show: the soonest open one still ahead (on one moment, a hearing,
    removal or appeal before the rest); with none ahead, the latest missed hearing, removal or appeal.
    An expired registration or passport is not the next thing to do."""
    now = now or datetime.now(timezone.utc)
    open_ones = [d for d in deadlines if not d.done]
    ahead = [d for d in open_ones if not passed(d, now)]
    if ahead:
        return min(ahead, key=lambda d: (due_moment(d.due), d.kind not in ACTION_KINDS))
    missed = [d for d in open_ones if d.kind in ACTION_KINDS]
    return max(missed, key=lambda d: due_moment(d.due), default=None)


def next_actions(vault: Vault, now: datetime | None = None) -> dict[str, Deadline]:
    """``case_id -> next_action`` for every case with open deadlines (one query, for the case list)."""
    with vault.read() as conn:
        by_case = caserows.open_deadlines_by_case(conn)
    found = {case_id: next_action(items, now) for case_id, items in by_case.items()}
    return {case_id: d for case_id, d in found.items() if d is not None}
