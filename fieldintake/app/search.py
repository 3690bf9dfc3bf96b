"""Full-text search over cases, across scripts and Russian inflection.

Each case is one row of the contentless FTS5 table ``search_terms`` (rowid =
``cases.num``) holding the normalised terms of its title, tags, notes,
people's names, every text answer and every phone number; ``textindex`` makes
the terms (``phoneterms`` those of numbers). Snippets are cut from the original
text in Python, since the index holds none, and only for the hits shown first.

A query's words must all match; when that finds fewer than ``TYPOS_BELOW``
cases, words of five letters or more are tried again one key off (a typing
error), and at most ``TYPOS_AT_MOST`` such cases follow the exact ones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from fieldintake.app import caserows, formdata, searchwalk, textindex
from fieldintake.app.caserows import Executes
from fieldintake.app.schema import v007_search_rebuild
from fieldintake.app.model import CaseSummary
from fieldintake.app.templates.registry import TemplateRegistry
from fieldintake.app.progress import Cancel, Progress
from fieldintake.app.vault import Transaction, Vault
from fieldintake.errors import Cancelled

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
        for path, value in _phones(template, answers):
            yield path, value


def _phones(template: Any, answers: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """The phone answers (not text units, so redaction treats them as it always has)."""
    for path, field, value in formdata.walk(template, answers):
        if field.type == "phone" and isinstance(value, str) and value:
            yield path, value


def _units(title: str, tags: list[str], notes: str, people: list[tuple[str, dict[str, Any]]],
           forms: list[tuple[str, Any, dict[str, Any]]]) -> dict[str, str]:
    """The case's text in parts that change independently (an autosave touches one interview)."""
    units = {"case": "\n".join(t for _, t in _case_texts(title, tags, notes, people, []))}
    for interview_id, template, answers in forms:
        texts = [u.text for u in formdata.text_units(template, answers)]
        texts += [value for _path, value in _phones(template, answers)]
        units[f"interview:{interview_id}"] = "\n".join(texts)
    return units


def reindex(tx: Transaction, case_id: str, people: list[tuple[str, dict[str, Any]]],
            forms: list[tuple[str, Any, dict[str, Any]]], *, analysis: textindex.WordAnalysis | None = None) -> None:
    """Refresh the case's row in the index, analysing only the parts whose text changed."""
    num, title, tags, notes = caserows.search_row(tx, case_id)
    cached = {
        r[0]: (r[1], r[2], r[3])
        for r in tx.execute("SELECT unit, digest, exact, sound FROM search_units WHERE case_id = ?", (case_id,))
    }
    exact, sound = [], []
    units = _units(title, tags, notes, people, forms)
    changed = []
    for unit, text in units.items():
        digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
        if unit in cached and cached[unit][0] == digest:
            e, s = cached[unit][1], cached[unit][2]
        else:
            terms = textindex.index_terms(text, analysis=analysis)
            e, s = terms.exact, terms.sound
            changed.append((case_id, unit, digest, e, s))
        exact.append(e)
        sound.append(s)
    if changed:  # one statement for the case's parts (a bulk import writes four a case)
        tx.executemany(
            "INSERT INTO search_units (case_id, unit, digest, exact, sound) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (case_id, unit) DO UPDATE SET digest = excluded.digest, exact = excluded.exact,"
            " sound = excluded.sound",
            changed,
        )
    gone = [(case_id, unit) for unit in cached.keys() - units.keys()]
    if gone:
        tx.executemany("DELETE FROM search_units WHERE case_id = ? AND unit = ?", gone)
    tx.execute(textindex.DELETE_SQL, (num,))
    tx.execute(textindex.INSERT_SQL, (num, " ".join(exact), " ".join(sound)))


def _parts(tx: Executes, templates: TemplateRegistry, case_id: str
           ) -> tuple[list[tuple[str, dict[str, Any]]], list[tuple[str, Any, dict[str, Any]]]]:
    people = [(p.role, p.data()) for p in caserows.load_people(tx, case_id)]
    forms = [(i.id, templates.get(i.template_id, i.template_version), i.answers)
             for i in caserows.load_interviews(tx, case_id)]
    return people, forms


#: A rebuild reports its progress, and looks whether it is to stop, every so many cases.
REBUILD_STEP = 100


def rebuild(tx: Transaction, templates: TemplateRegistry, *, progress: Progress | None = None,
            cancel: Cancel | None = None) -> int:
    """Every case's terms made again (the analysis changed); returns how many cases.

    ``progress`` hears ``(cases done, cases)``; ``cancel`` true stops it with ``Cancelled``, and the
    caller's transaction then leaves the index as it was (about 6 ms a case: 10,000 take a minute).
    """
    tx.execute("DELETE FROM search_units")
    tx.execute(f"DELETE FROM {textindex.FTS_TABLE}")
    ids = caserows.all_case_ids(tx)
    analysis = textindex.WordAnalysis()  # shared by the whole rebuild, dropped with it
    for done, case_id in enumerate(ids):
        if done % REBUILD_STEP == 0:
            if cancel is not None and cancel():
                raise Cancelled("Cancelled: the search index was not rebuilt; it will be at the next search.")
            if progress is not None:
                progress(done, len(ids))
        reindex(tx, case_id, *_parts(tx, templates, case_id), analysis=analysis)
    if progress is not None:
        progress(len(ids), len(ids))
    # One segment instead of the dozen a rebuild leaves: every term is then one look-up, which
    # halves a common word's reading and a typing error's 160 terms (~1 s for 10,000 cases).
    tx.execute(f"INSERT INTO {textindex.FTS_TABLE} ({textindex.FTS_TABLE}) VALUES ('optimize')")
    return len(ids)


def rebuild_if_stale(vault: Vault, templates: TemplateRegistry, *, progress: Progress | None = None,
                     cancel: Cancel | None = None) -> bool:
    """Rebuild the index if a schema step asked for it (``schema.v007``); True when it did.

    Cancelled (``rebuild``), nothing is changed and the index stays stale for the next search.
    """
    key = v007_search_rebuild.STALE_KEY
    if not vault.query("SELECT 1 FROM meta WHERE key = ?", (key,)):
        return False
    with vault.transaction() as tx:
        if not tx.execute("SELECT 1 FROM meta WHERE key = ?", (key,)).fetchall():
            return False  # another thread rebuilt it meanwhile
        count = rebuild(tx, templates, progress=progress, cancel=cancel)
        tx.execute("DELETE FROM meta WHERE key = ?", (key,))
        tx.audit("search.rebuilt", "vault", "", {"cases": count})
    return True


#: Above this many matching cases, ranking them all costs more than it tells: the most
#: recently changed come first instead (a broad query like "депортация" in a large vault).
#: bm25 costs about 50 µs a match (more for a prefix), so ranking stays within a few ms.
RANK_AT_MOST = 200


class Cases(Protocol):
    """What search needs of the case store (``CaseStore``, which imports this module)."""

    @property
    def templates(self) -> TemplateRegistry: ...

    def filter_clause(self, status: str | None = None, urgency: str | None = None, tag: str | None = None,
                      due_within_days: int | None = None, ids: Sequence[str] | None = None
                      ) -> tuple[str, list[Any]]: ...

    def list(self, *, ids: Sequence[str] | None = None, limit: int | None = 100) -> list[CaseSummary]: ...


#: Typing errors are tried only when the words as typed find fewer cases than this, and add
#: at most so many cases, after the exact ones: a broad query is never flooded.
TYPOS_BELOW = 3
TYPOS_AT_MOST = 10


#: Newest first is found by walking the cases newest first (``searchwalk``) when about this many
#: rows would be read to find enough matches (a broad query: a few dozen); else by sorting them.
WALK_AT_MOST = 1000


def _ranked(vault: Vault, expression: str, where: str, args: list[Any], limit: int,
            lower: str | None = None, respell: searchwalk.Respell | None = None) -> list[tuple[str, float]]:
    """(case id, score) of the best ``limit`` matches: bm25, or newest first when very many match.

    ``lower``: ``expression`` without its prefixes (some of the same rows, no others), cheaper to
    count, since FTS5 merges a prefix in full before the first row: when that alone finds very
    many, so does ``expression``. ``respell``: ``expression`` with its prefixes spelled out.
    """
    table = textindex.FTS_TABLE
    # How many match, up to the limit: in the index's own order (a descending order over an OR
    # of prefix terms costs ten times more).
    count = f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?"
    with vault.read() as conn:
        prefixed = lower is not None
        matches = conn.execute(count, (lower, RANK_AT_MOST + 1)).fetchall() if lower is not None else []
        if len(matches) <= RANK_AT_MOST:
            lower = None  # no help: a walk would read all of expression's rows once
            matches = conn.execute(count, (expression, RANK_AT_MOST + 1)).fetchall()
        if not matches:
            return []
        if len(matches) <= RANK_AT_MOST:
            rows = conn.execute(
                f"SELECT c.id, {textindex.RANK} AS score FROM {table} JOIN cases c ON c.num = {table}.rowid"
                f" WHERE {table} MATCH ?{where.replace(' WHERE ', ' AND ', 1)} ORDER BY score LIMIT ?",
                [expression, *args, limit],
            ).fetchall()
            return [(str(r[0]), float(r[1])) for r in rows]
        # Very many: the newest. Walking the cases newest first reads about limit / density rows,
        # the density guessed from where the counted rows ended (row numbers are given in order).
        walk = limit * int(matches[-1][0]) / len(matches)
        if walk <= WALK_AT_MOST:
            found = searchwalk.newest(conn, expression, where, args, limit, lower=lower, prefixed=prefixed,
                                      respell=respell or (lambda _expand: None), walk=walk)
        else:
            found = [str(r[0]) for r in conn.execute(
                f"SELECT id FROM cases WHERE num IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"
                f"{where.replace(' WHERE ', ' AND ', 1)} ORDER BY updated_at DESC LIMIT ?",
                [expression, *args, limit],
            )]
    return [(case_id, 0.0) for case_id in found]


def search(
    vault: Vault, cases: Cases, query: str, *, limit: int = 50, snippets: int = 10, **filters: Any
) -> list[SearchHit]:
    """Best first (bm25), or newest first for very broad queries; ``filters`` as for ``CaseStore.list``.

    Cases found only through a typing error come after the others (``TYPOS_BELOW``).
    """
    analysis = textindex.WordAnalysis()  # one word cache for the queries and snippets of this call
    expression = textindex.match_query(query, prefix_last=True, analysis=analysis)
    if expression is None or limit <= 0:
        return []
    where, args = cases.filter_clause(**filters)
    lower = textindex.match_query(query, prefix_last=True, analysis=analysis, expand=lambda term: [term])

    def respell(expand: textindex.Expand) -> str | None:
        return textindex.match_query(query, prefix_last=True, analysis=analysis, expand=expand)

    rows = _ranked(vault, expression, where, args, limit, lower if lower != expression else None, respell)
    exact = len(rows)
    if exact < min(TYPOS_BELOW, limit):
        widened = textindex.match_query(query, typos=True, analysis=analysis)
        if widened is not None:
            found = {case_id for case_id, _ in rows}
            more = [r for r in _ranked(vault, widened, where, args, TYPOS_AT_MOST + exact) if r[0] not in found]
            rows += more[: min(TYPOS_AT_MOST, limit - exact)]
    if not rows:
        return []
    summaries = {s.id: s for s in cases.list(ids=[r[0] for r in rows], limit=None)}
    shown = [case_id for case_id, _ in rows[: max(0, snippets)]]
    with vault.read() as conn:  # the texts of the hits with a snippet: three queries, not three a hit
        own = caserows.search_rows_of(conn, shown) if shown else {}
        people = caserows.load_people_of(conn, shown) if shown else {}
        interviews = caserows.load_interviews_of(conn, shown) if shown else {}
    highlighters = [textindex.Highlighter(query, analysis=analysis)]
    hits = []
    for rank, (case_id, score) in enumerate(rows):
        where_found, snippet = "", ""
        if rank < snippets:
            if rank == exact:
                highlighters.append(textindex.Highlighter(query, analysis=analysis, typos=True))
            _num, title, tags, notes = own[case_id]
            forms = [(i.id, cases.templates.get(i.template_id, i.template_version), i.answers)
                     for i in interviews[case_id]]
            texts = _case_texts(title, tags, notes, [(p.role, p.data()) for p in people[case_id]], forms)
            where_found, snippet = _snippet(texts, highlighters[-1])
        hits.append(SearchHit(summaries[case_id], score, where_found, snippet))
    return hits


def _snippet(texts: Iterable[tuple[str, str]], highlighter: textindex.Highlighter) -> tuple[str, str]:
    """The first text of the case that the query matches, cut around the matches."""
    for where, text in texts:
        snippet = highlighter.first_snippet(text, max_chars=SNIPPET_CHARS)
        if snippet is not None:
            return where, snippet
    return "", ""
