"""A broad query's most recently changed matches, found by walking the cases newest first (issue 18).

When very many cases match, search lists the most recently changed (``search.RANK_AT_MOST``).
Sorting every match costs what the matches cost (~12 ms for 10,000: SQLite puts each in a
temporary index and looks it up). Here the cases are read newest first, a batch at a time,
and FTS5 is asked only about the row numbers of each batch (``rowid BETWEEN``, which it
seeks to), until enough match: a broad query reads a few dozen rows whatever the vault's size.

FTS5 merges a prefix's doclists in full before its first row, whatever rows are asked for,
so the batches are asked about the query without its prefix first (fewer rows, never others:
``lower``). A case that is not among those may still match through a longer word with the
prefix; the prefix is then spelled out as the terms the index holds (``fts5vocab``, nothing
stored) or, when they are too many, every row of the query is read once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from fieldintake.app import textindex
from fieldintake.app.caserows import Executes

#: Cases read at a time; the walk stops when enough match.
BATCH = 64
#: FTS5 look-ups per batch: its row numbers are cut into at most this many ranges, at the widest gaps.
RANGES = 4
#: Batches are asked about only for a query of at most this many terms.
RANGED_TERMS = 12
#: A prefix with more terms than this is read in full instead (a short one: "деп" in a large vault).
EXPAND_AT_MOST = 8

_TABLE = textindex.FTS_TABLE
_VOCAB = f"temp.{_TABLE}_instances"
_PLAIN = re.compile(r"[0-9a-zа-я]+")  # terms FTS5's tokenizer reads back as themselves
_LAST = "\U0010ffff"  # after every character

#: Makes the query's expression again with its prefixes spelled out (``textindex.Expand``).
Respell = Callable[[textindex.Expand], str | None]


def newest(conn: Executes, expression: str, where: str, args: Sequence[Any], limit: int, *,
           lower: str | None, prefixed: bool, respell: Respell, walk: float) -> list[str]:
    """The ids of the ``limit`` most recently changed cases that ``expression`` matches.

    ``lower``: ``expression`` without its prefixes (matching some of the same rows and no others),
    or None; ``prefixed``: whether ``expression`` has any; ``respell`` makes ``expression`` with
    a prefix's terms in its place; ``walk``: about how many cases are read before enough match.
    """
    sure = lower if lower is not None else expression  # its rows match
    exact = lower is None  # whether they are all that match
    # Each FTS5 query costs a look-up of each term: asking about each batch pays when a batch or
    # two is all that is read, and the query is a few terms (not a typing error's 160).
    ranged = walk <= 2 * BATCH and sure.count('"') <= 2 * RANGED_TERMS and (lower is not None or not prefixed)
    every: set[int] | None = None  # all the rows of ``sure``, once read
    if not ranged:
        every, exact = (_all_rows(conn, sure), exact) if lower is not None or not prefixed else \
            (_all_rows(conn, expression), True)
    out: list[str] = []
    read = 0
    cursor = conn.execute(f"SELECT id, num FROM cases INDEXED BY cases_updated{where} ORDER BY updated_at DESC",
                          args)
    try:
        while len(out) < limit:
            batch = cursor.fetchmany(max(BATCH, 2 * (limit - len(out))))
            if not batch:
                break
            read += len(batch)
            if every is None and read > 4 * max(walk, BATCH):
                # The guess was wrong (the newest cases seldom match): read every row once instead
                # of asking batch after batch, so the walk never costs more than the matches do.
                every, exact = _all_rows(conn, expression), True
            nums = [int(num) for _, num in batch]
            rows = every if every is not None else _rows_among(conn, sure, nums)
            for case_id, num in batch:
                if num not in rows and not exact:  # perhaps through a longer word with the prefix
                    spelled = _respelled(conn, respell) if every is None else None
                    if spelled is not None:
                        sure, rows = spelled, _rows_among(conn, spelled, nums)
                    else:
                        every = rows = _all_rows(conn, expression)
                    exact = True
                if num in rows:
                    out.append(str(case_id))
                    if len(out) == limit:
                        break
    finally:
        cursor.close()
    return out


def _respelled(conn: Executes, respell: Respell) -> str | None:
    """``expression`` with every prefix spelled out as its terms, or None when one cannot be."""
    whole = True

    def expand(prefix: str) -> list[str] | None:
        nonlocal whole
        terms = _terms_with_prefix(conn, prefix)
        whole = whole and terms is not None
        return terms

    spelled = respell(expand)
    return spelled if whole else None


def _rows_among(conn: Executes, expression: str, nums: list[int]) -> set[int]:
    """The rows ``expression`` matches among ``nums`` (and others between them)."""
    ordered = sorted(set(nums))
    gaps = sorted(range(1, len(ordered)), key=lambda i: ordered[i] - ordered[i - 1], reverse=True)
    cuts = sorted(gaps[: RANGES - 1])
    found: set[int] = set()
    start = 0
    for cut in [*cuts, len(ordered)]:
        found.update(r[0] for r in conn.execute(
            f"SELECT rowid FROM {_TABLE} WHERE {_TABLE} MATCH ? AND rowid BETWEEN ? AND ?",
            (expression, ordered[start], ordered[cut - 1])))
        start = cut
    return found


def _all_rows(conn: Executes, expression: str) -> set[int]:
    return {r[0] for r in conn.execute(f"SELECT rowid FROM {_TABLE} WHERE {_TABLE} MATCH ?", (expression,))}


def _terms_with_prefix(conn: Executes, prefix: str) -> list[str] | None:
    """The indexed terms starting with ``prefix``, or None to leave the prefix to FTS5 (too many,
    or not plain letters and digits, which the tokenizer might read back otherwise)."""
    if not _PLAIN.fullmatch(prefix):
        return None
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCAB} USING fts5vocab(main, {_TABLE}, 'instance')")
    terms: list[str] = []
    low = prefix
    while len(terms) <= EXPAND_AT_MOST:
        row = conn.execute(f"SELECT term FROM {_VOCAB} WHERE term >= ? AND term < ? LIMIT 1",
                           (low, prefix + _LAST)).fetchone()
        if row is None:
            return terms
        term = str(row[0])
        if not _PLAIN.fullmatch(term):
            return None
        terms.append(term)
        low = term + "\x01"  # the next term: none holds a character below that
    return None
