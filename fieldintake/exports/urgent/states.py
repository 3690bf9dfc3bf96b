"""The table of states and the UN complaint procedures they accepted (``states.yaml``), and the forum choice.

Kept as data so a lawyer can correct it without touching code; every entry
carries its date, its source and whether it still needs checking, and the
request prints that next to the forum it uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from fieldintake.errors import InvalidInput

FORUMS = ("cat", "hrc")
PROCEDURE_OF = {"cat": "cat_art22", "hrc": "iccpr_op1"}
STATUSES = ("accepted", "not_accepted", "denounced")


@dataclass(frozen=True)
class Procedure:
    status: str
    date: str | None
    checked: bool  # False: the table says "verify"
    source: str  # the source's full name

    @property
    def open(self) -> bool:
        return self.status == "accepted"


@dataclass(frozen=True)
class State:
    code: str
    names: dict[str, str]
    cat_art22: Procedure
    iccpr_op1: Procedure
    coe: bool
    note: str = ""

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en") or self.code

    def procedure(self, forum: str) -> Procedure:
        return getattr(self, PROCEDURE_OF[forum])  # type: ignore[no-any-return]


@dataclass(frozen=True)
class StateTable:
    as_of: str
    prepared_by: str
    sources: dict[str, str]
    states: dict[str, State]

    def get(self, code: str) -> State:
        state = self.states.get(code.strip().upper())
        if state is None:
            known = ", ".join(sorted(self.states))
            raise InvalidInput(f"The state table has no entry for '{code[:10]}' (known: {known}).")
        return state


def _procedure(raw: Any, where: str, sources: dict[str, str]) -> Procedure:
    if not isinstance(raw, dict) or raw.get("status") not in STATUSES:
        raise ValueError(f"{where}: status must be one of {', '.join(STATUSES)}")
    source = str(raw.get("source", ""))
    if source not in sources:
        raise ValueError(f"{where}: unknown source {source!r}")
    date = raw.get("date")
    return Procedure(raw["status"], str(date) if date else None, str(raw.get("checked")) == "yes", sources[source])


def parse_table(text: str) -> StateTable:
    """Parse and check a table; a malformed entry is named, not skipped."""
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict):
        raise ValueError("the state table is not a mapping")
    sources = {str(s["id"]): str(s["name"]) for s in doc.get("sources", [])}
    states: dict[str, State] = {}
    for code, raw in (doc.get("states") or {}).items():
        where = f"states.{code}"
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), dict):
            raise ValueError(f"{where}: needs a name in en and ru")
        states[str(code)] = State(
            str(code), {str(k): str(v) for k, v in raw["name"].items()},
            _procedure(raw.get("cat_art22"), f"{where}.cat_art22", sources),
            _procedure(raw.get("iccpr_op1"), f"{where}.iccpr_op1", sources),
            bool(raw.get("coe")), str(raw.get("note") or "").strip(),
        )
    if not doc.get("as_of"):
        raise ValueError("the state table needs the date of its data (as_of)")
    return StateTable(str(doc["as_of"]), str(doc.get("prepared_by", "")), sources, states)


@cache
def load_table() -> StateTable:
    return parse_table(resources.files(__package__).joinpath("states.yaml").read_text(encoding="utf-8"))


def open_forums(state: State) -> list[str]:
    return [f for f in FORUMS if state.procedure(f).open]


def choose_forum(state: State, wanted: str | None = None) -> str:
    """The forum for a request against ``state``: the one asked for if the state accepted it, else the first open one.

    The Committee against Torture comes first: article 3 of the Convention forbids removal to a risk of
    torture without exception, and its interim-measures practice is made for removals.
    """
    available = open_forums(state)
    if wanted is not None:
        if wanted not in FORUMS:
            raise InvalidInput(f"Forum must be one of {', '.join(FORUMS)}.")
        if wanted not in available:
            other = f" Open route: {available[0]}." if available else " No UN complaint route is recorded as open."
            raise InvalidInput(f"{state.name('en')} has not accepted the {FORUM_NAMES['en'][wanted]} procedure "
                               f"(state table of {load_table().as_of}).{other}")
        return wanted
    if not available:
        raise InvalidInput(f"No UN complaint route is recorded as open for {state.name('en')}.")
    return available[0]


FORUM_NAMES = {
    "en": {"cat": "Committee against Torture (article 22 of the Convention)",
           "hrc": "Human Rights Committee (Optional Protocol to the ICCPR)"},
    "ru": {"cat": "Комитет против пыток (статья 22 Конвенции)",
           "hrc": "Комитет по правам человека (Факультативный протокол к МПГПП)"},
}
