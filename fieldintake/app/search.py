"""Full-text search over cases, across scripts and Russian inflection.

Each case is one row of the contentless FTS5 table ``search_terms`` (rowid =
``cases.num``) holding the normalised terms of its title, tags, notes,
people's names and every text answer; ``textindex`` makes the terms. Snippets
are cut from the original text in Python, since the index holds none.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from fieldintake.app import caserows, formdata, textindex
from fieldintake.app.model import CaseSummary
from fieldintake.app.templates.registry import TemplateRegistry
from fieldintake.app.vault import Transaction, Vault

SNIPPET_CHARS = 160


@dataclass(frozen=True)
class SearchHit:
    case: CaseSummary
    score: float
    where: str  # which text the snippet is from: "title", "notes", "person", an answer path
    snippet: str


def _case_texts(title: str, tags: list[str], notes: str, people: Iterable[tuple[str, dict[str, Any]]],
                forms: Iterable[tuple[str, Any, dict[str, Any]]]) -> Iterator[tuple[str, str]]:
    yield "title", title
    if tags:
        yield "tags", " ".join(tags)
    for _role, data in people:
        names = [data.get("name") or "", data.get("name_latin") or "", *(data.get("aliases") or [])]
        yield "person", " ".join(n for n in names if n)
        if data.get("notes"):
            yield "person notes", data["notes"]
    if notes:
        yield "notes", notes
    for _interview_id, template, answers in forms:
        for unit in formdata.text_units(template, answers):
            yield unit.path, unit.text


def _units(title: str, tags: list[str], notes: str, people: list[tuple[str, dict[str, Any]]],
           forms: list[tuple[str, Any, dict[str, Any]]]) -> dict[str, str]:
    """The case's text in parts that change independently (an autosave touches one interview)."""
    units = {"case": "\n".join(t for _, t in _case_texts(title, tags, notes, people, []))}
    for interview_id, template, answers in forms:
        units[f"interview:{interview_id}"] = "\n".join(u.text for u in formdata.text_units(template, answers))
    return units


def reindex(tx: Transaction, case_id: str, people: list[tuple[str, dict[str, Any]]],
            forms: list[tuple[str, Any, dict[str, Any]]], analyzer: textindex.WordAnalysis | None = None) -> None:
    """Refresh the case's row in the index, analysing only the parts whose text changed (``analyzer``: a word
    cache shared by the cases of one commit)."""
    num, title, tags, notes = caserows.search_row(tx, case_id)
    cached = {
        r[0]: (r[1], r[2], r[3])
        for r in tx.execute("SELECT unit, digest, exact, sound FROM search_units WHERE case_id = ?", (case_id,))
    }
    exact, sound = [], []
    units = _units(title, tags, notes, people, forms)
    for unit, text in units.items():
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
        if unit in cached and cached[unit][0] == digest:
            e, s = cached[unit][1], cached[unit][2]
        else:
            terms = textindex.index_terms(text, analyzer)
            e, s = terms.exact, terms.sound
            tx.execute(
                "INSERT INTO search_units (case_id, unit, digest, exact, sound) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (case_id, unit) DO UPDATE SET digest = excluded.digest, exact = excluded.exact,"
                " sound = excluded.sound",
                (case_id, unit, digest, e, s),
            )
        exact.append(e)
        sound.append(s)
    for gone in cached.keys() - units.keys():
        tx.execute("DELETE FROM search_units WHERE case_id = ? AND unit = ?", (case_id, gone))
    tx.execute(textindex.DELETE_SQL, (num,))
    tx.execute(textindex.INSERT_SQL, (num, " ".join(exact), " ".join(sound)))


#: Above this many matching cases, ranking them all costs more than it tells: the most
#: recently changed come first instead (a broad query like "депортация" in a large vault).
RANK_AT_MOST = 2000


class Cases(Protocol):
    """What search needs of the case store (``CaseStore``, which imports this module)."""

    @property
    def templates(self) -> TemplateRegistry: ...

    def filter_clause(self, status: str | None = None, urgency: str | None = None, tag: str | None = None,
                      due_within_days: int | None = None, ids: Sequence[str] | None = None
                      ) -> tuple[str, list[Any]]: ...

    def list(self, *, ids: Sequence[str] | None = None, limit: int | None = 100) -> list[CaseSummary]: ...


def search(
    vault: Vault, cases: Cases, query: str, *, limit: int = 50, snippets: int = 10, **filters: Any
) -> list[SearchHit]:
    """Best first (bm25), or newest first for very broad queries; ``filters`` as for ``CaseStore.list``."""
    expression = textindex.match_query(query, prefix_last=True)
    if expression is None:
        return []
    where, args = cases.filter_clause(**filters)
    table = textindex.FTS_TABLE
    # How many match, up to the limit: in the index's own order (a descending order over an OR of
    # prefix terms costs ten times more).
    matches = vault.query(f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?", (expression, RANK_AT_MOST + 1))
    if not matches:
        return []
    if len(matches) <= RANK_AT_MOST:
        rows = vault.query(
            f"SELECT c.id, {textindex.RANK} AS score FROM {table} JOIN cases c ON c.num = {table}.rowid"
            f" WHERE {table} MATCH ?{where.replace(' WHERE ', ' AND ', 1)} ORDER BY score LIMIT ?",
            [expression, *args, limit],
        )
    else:
        rows = vault.query(
            f"SELECT id, 0.0 FROM cases WHERE num IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"
            f"{where.replace(' WHERE ', ' AND ', 1)} ORDER BY updated_at DESC LIMIT ?",
            [expression, *args, limit],
        )
    if not rows:
        return []
    summaries = {s.id: s for s in cases.list(ids=[r[0] for r in rows], limit=None)}
    highlighter = textindex.Highlighter(query)
    hits = []
    for rank, (case_id, score) in enumerate(rows):
        where_found, snippet = _snippet(vault, cases, case_id, highlighter) if rank < snippets else ("", "")
        hits.append(SearchHit(summaries[case_id], float(score), where_found, snippet))
    return hits


def _snippet(vault: Vault, cases: Cases, case_id: str, highlighter: textindex.Highlighter) -> tuple[str, str]:
    """The first text of the case that the query matches, cut around the matches."""
    with vault.read() as conn:
        _num, title, tags, notes = caserows.search_row(conn, case_id)
        people = [(p.role, p.data()) for p in caserows.load_people(conn, case_id)]
        interviews = caserows.load_interviews(conn, case_id)
    forms = [(i.id, cases.templates.get(i.template_id, i.template_version), i.answers) for i in interviews]
    for where, text in _case_texts(title, tags, notes, people, forms):
        if highlighter.spans(text):
            return where, highlighter.snippet(text, max_chars=SNIPPET_CHARS)
    return "", ""
