"""Search quality on invented cases of every script: recall per kind of query, and flooding.

Used by ``tests/test_search_eval.py`` (which holds the targets) and by ``make bench``
(``benchmarks/bench_search.py`` prints the same figures). ``cases.json`` holds the cases,
``queries.json`` each query and the case it must find.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
FOUND_WITHIN = 10  # a case counts as found when it is among the first hits shown


def load() -> tuple[list[dict[str, Any]], dict[str, Any]]:
    cases = json.loads((HERE / "cases.json").read_text(encoding="utf-8"))["cases"]
    queries = json.loads((HERE / "queries.json").read_text(encoding="utf-8"))
    return cases, queries


def build(session: Any, cases: list[dict[str, Any]]) -> dict[str, str]:
    """The cases in ``session``'s vault, through the service; key → case id."""
    ids = {}
    for item in cases:
        answers: dict[str, Any] = {"client_name_native": item["client"], "narrative": item["narrative"]}
        if "phone" in item:
            answers["client_phone"] = item["phone"]
        with session.change("case.created") as uow:
            case = uow.cases.create(item["title"])
            uow.cases.add_interview(case.id, "deportation-risk", answers=answers)
        ids[item["key"]] = case.id
    return ids


@dataclass
class Outcome:
    found: dict[str, int] = field(default_factory=dict)  # kind → queries whose case was found
    total: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    extra: dict[str, int] = field(default_factory=dict)  # kind → other cases returned, summed over its queries
    rank_ok: int = 0
    rank_total: int = 0
    broad_widened: list[str] = field(default_factory=list)  # broad queries that got cases through typing errors

    def recall(self, kind: str) -> float:
        return self.found.get(kind, 0) / max(self.total.get(kind, 0), 1)

    def lines(self) -> list[str]:
        out = [f"{kind}: {self.found[kind]}/{self.total[kind]} found, {self.extra[kind]} other cases returned"
               for kind in self.total]
        out.append(f"typing error ranked below the exact hit: {self.rank_ok}/{self.rank_total}")
        out.append(f"broad queries widened by typing errors: {len(self.broad_widened)}")
        if self.misses:
            out.append("missed: " + "; ".join(self.misses))
        return out


def evaluate(cases_store: Any, ids: dict[str, str], queries: dict[str, Any]) -> Outcome:
    """Run every query of ``queries`` through ``cases_store.search``."""
    from fieldintake.app import search

    outcome = Outcome()
    for kind in ("phone", "translit", "typo"):
        outcome.total[kind] = outcome.found[kind] = outcome.extra[kind] = 0
        for query, key in queries[kind]:
            got = [h.case.id for h in cases_store.search(query, limit=20)]
            outcome.total[kind] += 1
            if ids[key] in got[:FOUND_WITHIN]:
                outcome.found[kind] += 1
            else:
                outcome.misses.append(f"{kind} {query!r} → {key}")
            outcome.extra[kind] += len([g for g in got if g != ids[key]])
    for query, first, then in queries["rank"]:
        got = [h.case.id for h in cases_store.search(query, limit=20)]
        outcome.rank_total += 1
        outcome.rank_ok += got[:2] == [ids[first], ids[then]]
    for query in queries["broad"]:
        got = cases_store.search(query, limit=50)
        expression = search.textindex.match_query(query, prefix_last=True)
        exact = {r[0] for r in cases_store.vault.query(
            f"SELECT c.id FROM {search.textindex.FTS_TABLE} JOIN cases c ON c.num = {search.textindex.FTS_TABLE}.rowid"
            f" WHERE {search.textindex.FTS_TABLE} MATCH ?", (expression,))}
        if any(h.case.id not in exact for h in got):
            outcome.broad_widened.append(query)
    return outcome
