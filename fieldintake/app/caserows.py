"""Every SQL statement on the case tables, and the one mapping of their rows to the model.

The case tables are ``cases`` (with ``case_tags``), ``people``, ``interviews``,
``deadlines``, the rows of ``attachments`` (their encrypted files are
``app.attachments``'s) and ``redaction_marks``. Each entity's columns are
named once here and its rows mapped by those names, so a column added or
reordered changes one place. Writes take the open ``Transaction``; reads take
a transaction or a reading connection (``Vault.read()``), anything that
``execute``s.

Nothing here audits, records revisions or refreshes what is derived: the unit
of work (``app.unitofwork``) does that around these statements.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from fieldintake.app.model import Attachment, Case, CaseSummary, Deadline, DeadlineItem, Interview, Person, RedactionMark

Row = Sequence[Any]  # one row as SQLite gives it: str, int, float, bytes or None in each column


class Cursor(Protocol):
    def fetchone(self) -> Row | None: ...

    def fetchall(self) -> list[Row]: ...

    def fetchmany(self, size: int = ..., /) -> list[Row]: ...

    def close(self) -> None: ...

    def __iter__(self) -> Iterator[Row]: ...


class Executes(Protocol):
    """A ``Transaction`` or a reading connection."""

    def execute(self, sql: str, args: Sequence[object] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[object]], /) -> Cursor: ...


def _one(c: Executes, sql: str, args: Sequence[object]) -> Row:
    """The row a query must give (a count, or a row of a case the caller knows is there)."""
    row = c.execute(sql, args).fetchone()
    if row is None:
        raise LookupError(f"no row for: {sql}")
    return row


def _dumps(value: object, *, sort_keys: bool = False) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=sort_keys)


def _select(columns: Sequence[str], table: str) -> str:
    return f"SELECT {', '.join(_quoted(c) for c in columns)} FROM {table}"


def _quoted(column: str) -> str:
    return f'"{column}"' if column == "end" else column


def _named(columns: Sequence[str], row: Sequence[Any]) -> dict[str, Any]:
    return dict(zip(columns, row, strict=True))


# --- cases --------------------------------------------------------------------------------

CASE_COLUMNS = ("id", "reference", "title", "status", "urgency", "tags", "notes", "created_at", "updated_at",
                "client_name", "origin")
SUMMARY_COLUMNS = ("id", "reference", "title", "client_name", "status", "urgency", "tags", "next_due", "updated_at")
#: The case's own fields a user edits (``update_case`` writes only these).
CASE_FIELDS = ("title", "status", "urgency", "tags", "notes")


def _case(row: Sequence[Any]) -> Case:
    r = _named(CASE_COLUMNS, row)
    r["tags"] = json.loads(r["tags"])
    r["origin"] = json.loads(r["origin"]) if r["origin"] else None
    return Case(**r)


def _summary(row: Sequence[Any]) -> CaseSummary:
    r = _named(SUMMARY_COLUMNS, row)
    r["tags"] = tuple(json.loads(r["tags"]))
    return CaseSummary(**r)


def find_case_ids(c: Executes, ref: str) -> list[str]:
    """Cases whose id or reference is ``ref`` exactly."""
    return [str(r[0]) for r in c.execute("SELECT id FROM cases WHERE id = ? OR reference = ? COLLATE NOCASE", (ref, ref))]


def case_ids_starting(c: Executes, prefix: str, limit: int = 2) -> list[str]:
    return [str(r[0]) for r in c.execute("SELECT id FROM cases WHERE id LIKE ? LIMIT ?", (prefix + "%", limit))]


def case_exists(c: Executes, case_id: str) -> bool:
    return c.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None


def load_case(c: Executes, case_id: str) -> Case | None:
    """The case's own row (no people, interviews...: ``load_full_case`` adds them)."""
    row = c.execute(f"{_select(CASE_COLUMNS, 'cases')} WHERE id = ?", (case_id,)).fetchone()
    return None if row is None else _case(row)


def load_full_case(c: Executes, case_id: str) -> Case | None:
    case = load_case(c, case_id)
    if case is not None:
        case.people = load_people(c, case_id)
        case.interviews = load_interviews(c, case_id)
        case.deadlines = load_deadlines(c, case_id)
        case.attachments = load_attachments(c, case_id)
        case.redaction_marks = load_marks(c, case_id)
    return case


def copy_of(c: Executes, case_id: str) -> str | None:
    """The case a read-only redacted copy was made from (None: not a copy, or no such case)."""
    row = c.execute("SELECT copy_of FROM cases WHERE id = ?", (case_id,)).fetchone()
    return str(row[0]) if row and row[0] else None


def case_row_state(c: Executes, case_id: str) -> tuple[bool, str | None]:
    """Whether the case exists, and what it is a copy of."""
    row = c.execute("SELECT copy_of FROM cases WHERE id = ?", (case_id,)).fetchone()
    return (row is not None, str(row[0]) if row and row[0] else None)


def reference_of(c: Executes, case_id: str) -> str:
    return str(_one(c, "SELECT reference FROM cases WHERE id = ?", (case_id,))[0])


def references_like(c: Executes, stem: str) -> list[str]:
    return [str(r[0]) for r in c.execute("SELECT reference FROM cases WHERE reference LIKE ?", (stem + "%",))]


def next_reference(c: Executes, prefix: str, year: int) -> str:
    """The next free reference of the year: FI-2026-0007 after FI-2026-0006."""
    stem = f"{prefix}-{year}-"
    numbers = [int(r[len(stem):]) for r in references_like(c, stem) if r[len(stem):].isdigit()]
    return f"{stem}{max(numbers, default=0) + 1:04d}"


def reference_taken(c: Executes, reference: str) -> bool:
    return c.execute("SELECT 1 FROM cases WHERE reference = ?", (reference,)).fetchone() is not None


def insert_case(c: Executes, case: Case, *, copy_of: str | None = None) -> None:
    c.execute(
        "INSERT INTO cases (id, reference, title, status, urgency, tags, notes, origin, created_at, updated_at, copy_of)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (case.id, case.reference, case.title, case.status, case.urgency, _dumps(case.tags), case.notes,
         _dumps(case.origin) if case.origin else None, case.created_at, case.updated_at, copy_of),
    )
    _write_tags(c, case.id, case.tags)


def _update_columns(c: Executes, table: str, allowed: Sequence[str], row_id: str, fields: Mapping[str, Any],
                    encode: Callable[[str, Any], object] = lambda _column, value: value) -> None:
    """``UPDATE table SET`` the ``fields`` given (each one of ``allowed``) of one row."""
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ValueError(f"not a column of {table} to update: {', '.join(sorted(unknown))}")
    if fields:
        names = sorted(fields)
        c.execute(f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in names)} WHERE id = ?",
                  (*[encode(k, fields[k]) for k in names], row_id))


def update_case(c: Executes, case_id: str, fields: Mapping[str, Any]) -> None:
    """Set some of the case's own fields (``CASE_FIELDS``); tags also re-file the case under its tags."""
    _update_columns(c, "cases", CASE_FIELDS, case_id, fields,
                    lambda column, value: _dumps(value) if column == "tags" else value)
    if "tags" in fields:
        c.execute("DELETE FROM case_tags WHERE case_id = ?", (case_id,))
        _write_tags(c, case_id, fields["tags"])


def _write_tags(c: Executes, case_id: str, tags: Iterable[str]) -> None:
    rows = [(case_id, tag.casefold()) for tag in tags]
    if rows:
        c.executemany("INSERT INTO case_tags (case_id, tag) VALUES (?, ?)", rows)


def set_derived(c: Executes, case_id: str, client_name: str, next_due: str | None, updated_at: str) -> None:
    c.execute("UPDATE cases SET client_name = ?, next_due = ?, updated_at = ? WHERE id = ?",
              (client_name, next_due, updated_at, case_id))


def derived_of(c: Executes, case_id: str) -> tuple[str, str | None]:
    """The client's name and next deadline stored for the case list."""
    row = c.execute("SELECT client_name, next_due FROM cases WHERE id = ?", (case_id,)).fetchone()
    return (str(row[0] or ""), row[1]) if row else ("", None)


def set_updated_at(c: Executes, case_id: str, updated_at: str) -> None:
    c.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (updated_at, case_id))


def search_row(c: Executes, case_id: str) -> tuple[int, str, list[str], str]:
    """The index row number and the case's own texts (title, tags, notes)."""
    num, title, tags, notes = _one(c, "SELECT num, title, tags, notes FROM cases WHERE id = ?", (case_id,))
    return int(num), str(title), list(json.loads(tags)), str(notes)


def search_rows_of(c: Executes, case_ids: Sequence[str]) -> dict[str, tuple[int, str, list[str], str]]:
    """``search_row`` of each of ``case_ids`` (a page of search results), in one query."""
    marks = ",".join("?" * len(case_ids))
    rows = c.execute(f"SELECT id, num, title, tags, notes FROM cases WHERE id IN ({marks})", list(case_ids))
    return {str(r[0]): (int(r[1]), str(r[2]), list(json.loads(r[3])), str(r[4])) for r in rows}


def all_case_ids(c: Executes) -> list[str]:
    """Every case, in index order (a rebuild of the search index)."""
    return [str(r[0]) for r in c.execute("SELECT id FROM cases ORDER BY num").fetchall()]


def filter_clause(
    status: str | None = None,
    urgency: str | None = None,
    tag: str | None = None,
    due_before: str | None = None,
    ids: Sequence[str] | None = None,
) -> tuple[str, list[object]]:
    """A ``WHERE`` over ``cases`` (values already checked by the caller)."""
    clauses: list[str] = []
    args: list[object] = []
    if status:
        clauses.append("status = ?")
        args.append(status)
    if urgency:
        clauses.append("urgency = ?")
        args.append(urgency)
    if tag:
        clauses.append("id IN (SELECT case_id FROM case_tags WHERE tag = ?)")
        args.append(" ".join(tag.split()).casefold())
    if due_before is not None:
        clauses.append("next_due IS NOT NULL AND next_due <= ?")
        args.append(due_before)
    if ids is not None:
        clauses.append(f"id IN ({','.join('?' * len(ids))})")
        args.extend(ids)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), args


def list_summaries(c: Executes, where: str, args: Sequence[object], limit: int | None, offset: int) -> list[CaseSummary]:
    """Most urgent first, then soonest deadline, then most recently changed."""
    sql = (
        f"{_select(SUMMARY_COLUMNS, 'cases')}{where} ORDER BY CASE urgency WHEN 'critical' THEN 0 WHEN 'high' THEN 1"
        " WHEN 'normal' THEN 2 ELSE 3 END, next_due IS NULL, next_due, updated_at DESC"
    )
    values = list(args)
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        values += [limit, offset]
    return [_summary(r) for r in c.execute(sql, values)]


def count_cases(c: Executes, where: str, args: Sequence[object]) -> int:
    return int(_one(c, f"SELECT count(*) FROM cases{where}", list(args))[0])


def case_of(c: Executes, table: str, object_id: str) -> str | None:
    """The case an item (person, interview, deadline, attachment, redaction mark) belongs to."""
    if table not in ITEM_TABLES:
        raise ValueError(f"not a case item table: {table}")
    row = c.execute(f"SELECT case_id FROM {table} WHERE id = ?", (object_id,)).fetchone()
    return str(row[0]) if row else None


ITEM_TABLES = ("people", "interviews", "deadlines", "attachments", "redaction_marks")


def item_of_another_case(c: Executes, table: str, case_id: str, ids: Sequence[str]) -> str | None:
    """One of ``ids`` that another case here already uses in ``table`` (None: none does)."""
    if table not in ITEM_TABLES:
        raise ValueError(f"not a case item table: {table}")
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        row = c.execute(
            f"SELECT id FROM {table} WHERE case_id != ? AND id IN ({','.join('?' * len(chunk))}) LIMIT 1",
            (case_id, *chunk),
        ).fetchone()
        if row:
            return str(row[0])
    return None


def delete_parts(c: Executes, case_id: str) -> None:
    """People, interviews, hand-entered deadlines and redaction marks (an import writes them anew)."""
    c.execute("DELETE FROM people WHERE case_id = ?", (case_id,))
    c.execute("DELETE FROM interviews WHERE case_id = ?", (case_id,))
    c.execute("DELETE FROM deadlines WHERE case_id = ? AND source = 'manual'", (case_id,))
    c.execute("DELETE FROM redaction_marks WHERE case_id = ?", (case_id,))


# --- people -------------------------------------------------------------------------------

PERSON_COLUMNS = ("id", "role", "data", "created_at")


def _person(row: Sequence[Any]) -> Person:
    r = _named(PERSON_COLUMNS, row)
    return Person(id=r["id"], role=r["role"], **json.loads(r["data"]), created_at=r["created_at"])


def load_people(c: Executes, case_id: str) -> list[Person]:
    return [_person(r) for r in c.execute(f"{_select(PERSON_COLUMNS, 'people')} WHERE case_id = ? ORDER BY position",
                                          (case_id,))]


def load_people_of(c: Executes, case_ids: Sequence[str]) -> dict[str, list[Person]]:
    """``load_people`` of each of ``case_ids``, in one query."""
    out: dict[str, list[Person]] = {case_id: [] for case_id in case_ids}
    marks = ",".join("?" * len(case_ids))
    for r in c.execute(f"{_select((*PERSON_COLUMNS, 'case_id'), 'people')} WHERE case_id IN ({marks})"
                       " ORDER BY case_id, position", list(case_ids)):
        out[str(r[-1])].append(_person(r[:-1]))
    return out


def load_person(c: Executes, person_id: str) -> Person | None:
    row = c.execute(f"{_select(PERSON_COLUMNS, 'people')} WHERE id = ?", (person_id,)).fetchone()
    return None if row is None else _person(row)


def count_people(c: Executes, case_id: str) -> int:
    return int(_one(c, "SELECT count(*) FROM people WHERE case_id = ?", (case_id,))[0])


def insert_person(c: Executes, case_id: str, person: Person, position: int, now: str) -> None:
    c.execute(
        "INSERT INTO people (id, case_id, position, role, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (person.id, case_id, position, person.role, _dumps(person.data()), person.created_at or now, now),
    )


def update_person(c: Executes, person_id: str, role: str, data: Mapping[str, Any], now: str) -> None:
    c.execute("UPDATE people SET role = ?, data = ?, updated_at = ? WHERE id = ?",
              (role, _dumps(dict(data)), now, person_id))


def delete_person(c: Executes, person_id: str) -> None:
    c.execute("DELETE FROM people WHERE id = ?", (person_id,))


# --- interviews ---------------------------------------------------------------------------

INTERVIEW_COLUMNS = ("id", "template_id", "template_version", "status", "answers", "created_at", "updated_at")


def _interview(row: Sequence[Any]) -> Interview:
    r = _named(INTERVIEW_COLUMNS, row)
    r["answers"] = json.loads(r["answers"])
    return Interview(**r)


def load_interviews(c: Executes, case_id: str) -> list[Interview]:
    return [_interview(r) for r in c.execute(
        f"{_select(INTERVIEW_COLUMNS, 'interviews')} WHERE case_id = ? ORDER BY position", (case_id,))]


def load_interviews_of(c: Executes, case_ids: Sequence[str]) -> dict[str, list[Interview]]:
    """``load_interviews`` of each of ``case_ids``, in one query."""
    out: dict[str, list[Interview]] = {case_id: [] for case_id in case_ids}
    marks = ",".join("?" * len(case_ids))
    for r in c.execute(f"{_select((*INTERVIEW_COLUMNS, 'case_id'), 'interviews')} WHERE case_id IN ({marks})"
                       " ORDER BY case_id, position", list(case_ids)):
        out[str(r[-1])].append(_interview(r[:-1]))
    return out


def load_interview(c: Executes, interview_id: str) -> tuple[str, Interview] | None:
    """The interview and the case it belongs to, in one read."""
    row = c.execute(f"{_select((*INTERVIEW_COLUMNS, 'case_id'), 'interviews')} WHERE id = ?",
                    (interview_id,)).fetchone()
    return None if row is None else (str(row[-1]), _interview(row[:-1]))


def count_interviews(c: Executes, case_id: str) -> int:
    return int(_one(c, "SELECT count(*) FROM interviews WHERE case_id = ?", (case_id,))[0])


_INSERT_INTERVIEW = ("INSERT INTO interviews (id, case_id, position, template_id, template_version, status, answers,"
                     " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _interview_row(case_id: str, interview: Interview, position: int) -> tuple[object, ...]:
    return (interview.id, case_id, position, interview.template_id, interview.template_version, interview.status,
            _dumps(interview.answers, sort_keys=True), interview.created_at, interview.updated_at)


def insert_interview(c: Executes, case_id: str, interview: Interview, position: int) -> None:
    c.execute(_INSERT_INTERVIEW, _interview_row(case_id, interview, position))


def insert_interviews(c: Executes, case_id: str, interviews: Sequence[Interview], first: int = 0) -> None:
    """Several interviews of one case in one statement, at positions ``first``, ``first + 1``..."""
    if interviews:
        c.executemany(_INSERT_INTERVIEW, [_interview_row(case_id, i, first + n) for n, i in enumerate(interviews)])


def update_answers(c: Executes, interview_id: str, answers: Mapping[str, Any], now: str) -> None:
    c.execute("UPDATE interviews SET answers = ?, updated_at = ? WHERE id = ?",
              (_dumps(dict(answers), sort_keys=True), now, interview_id))


def update_interview_status(c: Executes, interview_id: str, status: str, now: str) -> None:
    c.execute("UPDATE interviews SET status = ?, updated_at = ? WHERE id = ?", (status, now, interview_id))


# --- deadlines ----------------------------------------------------------------------------

DEADLINE_COLUMNS = ("id", "kind", "title", "due", "done", "notes", "source", "source_ref")
#: What a user may change of a hand-entered deadline.
DEADLINE_FIELDS = ("kind", "title", "due", "done", "notes")


def _deadline(row: Sequence[Any]) -> Deadline:
    r = _named(DEADLINE_COLUMNS, row)
    r["done"] = bool(r["done"])
    return Deadline(**r)


def load_deadlines(c: Executes, case_id: str) -> list[Deadline]:
    return [_deadline(r) for r in c.execute(
        f"{_select(DEADLINE_COLUMNS, 'deadlines')} WHERE case_id = ? ORDER BY due, id", (case_id,))]


def load_open_deadlines(c: Executes, case_id: str) -> list[Deadline]:
    return [_deadline(r) for r in c.execute(
        f"{_select(DEADLINE_COLUMNS, 'deadlines')} WHERE case_id = ? AND done = 0", (case_id,))]


def open_deadlines_by_case(c: Executes, kind: str | None = None) -> dict[str, list[Deadline]]:
    """Every open deadline (of ``kind``, if given), by case: one query for the case list."""
    sql = f"{_select((*DEADLINE_COLUMNS, 'case_id'), 'deadlines')} WHERE done = 0"
    rows = c.execute(sql + " AND kind = ?", (kind,)) if kind is not None else c.execute(sql)
    by_case: dict[str, list[Deadline]] = {}
    for r in rows:
        by_case.setdefault(str(r[-1]), []).append(_deadline(r[:-1]))
    return by_case


def load_deadline(c: Executes, deadline_id: str) -> Deadline | None:
    row = c.execute(f"{_select(DEADLINE_COLUMNS, 'deadlines')} WHERE id = ?", (deadline_id,)).fetchone()
    return None if row is None else _deadline(row)


_INSERT_DEADLINE = ("INSERT INTO deadlines (id, case_id, kind, title, due, done, notes, source, source_ref)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _deadline_row(case_id: str, d: Deadline) -> tuple[object, ...]:
    return (d.id, case_id, d.kind, d.title, d.due, int(d.done), d.notes, d.source, d.source_ref)


def insert_deadline(c: Executes, case_id: str, d: Deadline) -> None:
    c.execute(_INSERT_DEADLINE, _deadline_row(case_id, d))


def insert_deadlines(c: Executes, case_id: str, deadlines: Sequence[Deadline]) -> None:
    """Several deadlines of one case in one statement."""
    if deadlines:
        c.executemany(_INSERT_DEADLINE, [_deadline_row(case_id, d) for d in deadlines])


def update_deadline(c: Executes, deadline_id: str, fields: Mapping[str, Any]) -> None:
    _update_columns(c, "deadlines", DEADLINE_FIELDS, deadline_id, fields,
                    lambda column, value: int(value) if column == "done" else value)


def delete_deadline(c: Executes, deadline_id: str) -> None:
    c.execute("DELETE FROM deadlines WHERE id = ?", (deadline_id,))


def answer_deadlines_done(c: Executes, case_id: str) -> dict[str, bool]:
    """Which deadlines taken from answers were marked done, by the answer they come from."""
    return {str(r[0]): bool(r[1]) for r in c.execute(
        "SELECT source_ref, done FROM deadlines WHERE case_id = ? AND source = 'answer'", (case_id,))}


def delete_answer_deadlines(c: Executes, case_id: str) -> None:
    c.execute("DELETE FROM deadlines WHERE case_id = ? AND source = 'answer'", (case_id,))


def upcoming_deadlines(c: Executes, due_before: str | None, include_done: bool) -> list[DeadlineItem]:
    """Deadlines of open cases, soonest first."""
    columns = ", ".join(f"d.{_quoted(col)}" for col in DEADLINE_COLUMNS)
    sql = (f"SELECT {columns}, c.id, c.reference, c.title, c.urgency FROM deadlines d JOIN cases c ON c.id = d.case_id"
           " WHERE c.status = 'open'")
    args: list[object] = []
    if not include_done:
        sql += " AND d.done = 0"
    if due_before is not None:
        sql += " AND d.due <= ?"
        args.append(due_before)
    sql += " ORDER BY d.due, c.reference"
    n = len(DEADLINE_COLUMNS)
    return [DeadlineItem(r[n], r[n + 1], r[n + 2], r[n + 3], _deadline(r[:n])) for r in c.execute(sql, args)]


# --- attachments (their rows; the encrypted files are app.attachments') ---------------------

ATTACHMENT_COLUMNS = ("id", "file_name", "media_type", "size", "sha256", "imported_at", "sensitivity", "description",
                      "interview_id", "blob_id")
#: What a user may change of an attachment's record.
ATTACHMENT_FIELDS = ("sensitivity", "description", "interview_id")


def _attachment(row: Sequence[Any]) -> Attachment:
    return Attachment(**_named(ATTACHMENT_COLUMNS, row))


def load_attachments(c: Executes, case_id: str) -> list[Attachment]:
    return [_attachment(r) for r in c.execute(
        f"{_select(ATTACHMENT_COLUMNS, 'attachments')} WHERE case_id = ? ORDER BY imported_at, id", (case_id,))]


def find_attachments(c: Executes, ref: str) -> list[tuple[Attachment, str]]:
    """Attachments whose id is ``ref`` or starts with it, each with its case."""
    rows = c.execute(f"{_select((*ATTACHMENT_COLUMNS, 'case_id'), 'attachments')} WHERE id = ? OR id LIKE ?",
                     (ref, ref.lower() + "%")).fetchall()
    return [(_attachment(r[:-1]), str(r[-1])) for r in rows]


def attachment_ids(c: Executes, case_id: str) -> set[str]:
    return {str(r[0]) for r in c.execute("SELECT id FROM attachments WHERE case_id = ?", (case_id,))}


def blob_ids(c: Executes) -> set[str]:
    """Every blob an attachment refers to."""
    return {str(r[0]) for r in c.execute("SELECT blob_id FROM attachments")}


def blob_in_use(c: Executes, blob_id: str) -> bool:
    return c.execute("SELECT 1 FROM attachments WHERE blob_id = ?", (blob_id,)).fetchone() is not None


def insert_attachment(c: Executes, case_id: str, a: Attachment) -> None:
    c.execute(
        "INSERT INTO attachments (id, case_id, interview_id, blob_id, file_name, media_type, size, sha256,"
        " imported_at, sensitivity, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (a.id, case_id, a.interview_id, a.blob_id, a.file_name, a.media_type, a.size, a.sha256, a.imported_at,
         a.sensitivity, a.description),
    )


def update_attachment(c: Executes, attachment_id: str, fields: Mapping[str, Any]) -> None:
    _update_columns(c, "attachments", ATTACHMENT_FIELDS, attachment_id, fields)


# --- attachments: removing and replacing (their files are shredded by app.attachments after commit) ---

def load_attachment(c: Executes, attachment_id: str) -> tuple[Attachment, str] | None:
    """The attachment whose id is exactly ``attachment_id``, with its case."""
    row = c.execute(f"{_select((*ATTACHMENT_COLUMNS, 'case_id'), 'attachments')} WHERE id = ?",
                    (attachment_id,)).fetchone()
    return None if row is None else (_attachment(row[:-1]), str(row[-1]))


def delete_attachment(c: Executes, attachment_id: str) -> None:
    c.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))


# --- redaction marks ----------------------------------------------------------------------

MARK_COLUMNS = ("id", "path", "start", "end", "text", "label", "created_at")


def _mark(row: Sequence[Any]) -> RedactionMark:
    return RedactionMark(**_named(MARK_COLUMNS, row))


def load_marks(c: Executes, case_id: str) -> list[RedactionMark]:
    return [_mark(r) for r in c.execute(
        f"{_select(MARK_COLUMNS, 'redaction_marks')} WHERE case_id = ? ORDER BY created_at, id", (case_id,))]


def insert_mark(c: Executes, case_id: str, m: RedactionMark) -> None:
    c.execute(
        'INSERT INTO redaction_marks (id, case_id, path, start, "end", text, label, created_at)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (m.id, case_id, m.path, m.start, m.end, m.text, m.label, m.created_at),
    )


def update_mark_label(c: Executes, mark_id: str, label: str) -> None:
    c.execute("UPDATE redaction_marks SET label = ? WHERE id = ?", (label, mark_id))


def delete_mark(c: Executes, mark_id: str) -> None:
    c.execute("DELETE FROM redaction_marks WHERE id = ?", (mark_id,))
