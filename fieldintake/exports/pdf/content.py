"""The case file as plain parts and blocks, before any layout.

Kept apart from reportlab so the table of contents is known before the
pages are laid out (one layout pass), and so tests can read the structure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from dataclasses import dataclass, field

from fieldintake.app.deadlinetitles import deadline_title
from fieldintake.app.derived import case_people
from fieldintake.app.model import Case, Interview, Person
from fieldintake.app.templates import Field, Template, is_empty
from fieldintake.exports.pdf.labels import code, label
from fieldintake.exports.pdf.options import ExtraPage, TemplateLookup
from fieldintake.exports.pdf.values import due_text, format_value, utc_text


@dataclass(frozen=True)
class Pairs:
    """Label and value, two columns."""

    rows: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Grid:
    """A table with a header row (repeat groups, people, deadlines)."""

    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    mono_columns: Sequence[int] = ()


@dataclass(frozen=True)
class Prose:
    """A long text under a small caption, split into paragraphs."""

    caption: str
    text: str


@dataclass
class Part:
    heading: str
    level: int  # 0: a part of the file, 1: a section inside it
    blocks: list[Pairs | Grid | Prose] = field(default_factory=list)
    new_page: bool = False


def case_parts(case: Case, template: TemplateLookup, lang: str) -> list[Part]:
    parts = [_overview(case, lang)]
    people = [entry.person for entry in case_people(case, _Lookup(template), lang)]  # also those interviews name
    if people:
        parts.append(_people(people, lang))
    if case.deadlines:
        parts.append(_deadlines(case, lang, template))
    for number, interview in enumerate(case.interviews, 1):
        parts.extend(_interview(interview, template(interview.template_id, interview.template_version), number, lang))
    return parts


def extra_parts(pages: Sequence[ExtraPage]) -> list[Part]:
    result = []
    for page in pages:
        blocks: list[Pairs | Grid | Prose] = [Prose("", p) for p in page.paragraphs]
        if page.rows:
            blocks.append(Grid(page.rows[0], page.rows[1:]))
        result.append(Part(page.heading, 0, blocks, new_page=True))
    return result


def _overview(case: Case, lang: str) -> Part:
    rows = [
        (label("reference", lang), case.reference),
        (label("title", lang), case.title),
        (label("client", lang), case.client_name),
        (label("status", lang), code(case.status, lang)),
        (label("urgency", lang), code(case.urgency, lang)),
        (label("tags", lang), ", ".join(case.tags)),
        (label("created", lang), utc_text(case.created_at)),
        (label("updated", lang), utc_text(case.updated_at)),
    ]
    blocks: list[Pairs | Grid | Prose] = [Pairs([r for r in rows if r[1]])]
    if case.notes.strip():
        blocks.append(Prose(label("notes", lang), case.notes))
    return Part(label("overview", lang), 0, blocks, new_page=True)


def _people(people: list[Person], lang: str) -> Part:
    header = [label(k, lang) for k in ("name", "name_latin", "role", "relation", "birth_date", "aliases", "notes")]
    rows = [[p.name, p.name_latin, code(p.role, lang), p.relation, p.birth_date or "", "; ".join(p.aliases), p.notes]
            for p in people]
    return Part(label("people", lang), 0, [_drop_empty_columns(header, rows)])


class _Lookup:
    """``deadline_title`` asks ``templates.get(id, version)``; the renderer has a plain lookup function."""

    def __init__(self, lookup: TemplateLookup) -> None:
        self.get = lookup


def _deadlines(case: Case, lang: str, template: TemplateLookup) -> Part:
    ordered = sorted(case.deadlines, key=lambda d: (d.due, d.title))
    header = [label(k, lang) for k in ("due", "kind", "title", "done", "notes")]
    lookup = _Lookup(template)
    rows = [[due_text(d.due), code(d.kind, lang), deadline_title(d, case, lookup, lang), label("yes" if d.done else "no", lang),
             d.notes] for d in ordered]
    return Part(label("deadlines", lang), 0, [_drop_empty_columns(header, rows)])


def _interview(interview: Interview, template: Template, number: int, lang: str) -> list[Part]:
    answers = interview.answers
    keys = dict(template.interview_fields)
    facts: list[tuple[str, str]] = [(label("form", lang), f"{template.title.get(lang)} (v{template.version})")]
    for key, caption in (("date", "interview_date"), ("place", "interview_place"), ("interviewer", "interviewer"),
                         ("language", "interview_language"), ("interpreter", "interpreter")):
        field_id = keys.get(key)
        if field_id and not is_empty(answers.get(field_id)):
            facts.append((label(caption, lang), format_value(template.field(field_id), answers[field_id], lang)))
    facts.append((label("interview_status", lang), code(interview.status, lang)))
    heading = f"{label('interview', lang, n=number)}: {template.title.get(lang)}"
    parts = [Part(heading, 0, [Pairs(facts)], new_page=True)]
    shown = set(keys.values())
    for section in template.sections:
        blocks = _section_blocks([f for f in section.fields if f.id not in shown], answers, lang)
        if blocks:
            parts.append(Part(section.label.get(lang), 1, blocks))
    return parts


def _section_blocks(fields: Sequence[Field], answers: dict[str, Any], lang: str) -> list[Pairs | Grid | Prose]:
    blocks: list[Pairs | Grid | Prose] = []
    pairs: list[tuple[str, str]] = []

    def flush() -> None:
        if pairs:
            blocks.append(Pairs(list(pairs)))
            pairs.clear()

    for f in fields:
        value: Any = answers.get(f.id)
        if is_empty(value):
            continue
        if f.type == "repeat":
            header = [s.label.get(lang) for s in f.fields]
            rows = [[format_value(s, row.get(s.id), lang) for s in f.fields] for row in value]
            grid = _drop_empty_columns(header, rows)
            if grid.header:
                flush()
                blocks.extend([Prose(f.label.get(lang), ""), grid])
        elif f.type == "long_text":
            flush()
            blocks.append(Prose(f.label.get(lang), str(value)))
        else:
            pairs.append((f.label.get(lang), format_value(f, value, lang)))
    flush()
    return blocks


def _drop_empty_columns(header: Sequence[str], rows: Sequence[Sequence[str]]) -> Grid:
    keep = [i for i in range(len(header)) if any(row[i] for row in rows)]
    return Grid([header[i] for i in keep], [[row[i] for i in keep] for row in rows])


