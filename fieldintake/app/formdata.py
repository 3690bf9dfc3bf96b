"""What the case store needs to know about answers, asked of their template.

Cleaning, completeness, the client's names, deadlines taken from dated
answers, and the text units search and redaction read: all driven by the
template's declarations, so no field id is hard-coded here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from fieldintake.app import answerpaths
from fieldintake.app.model import PERSON_ROLES, Case, Person
from fieldintake.app.templates import Field, Template, validate_answers
from fieldintake.errors import InvalidInput

TEXT_TYPES = ("text", "long_text")


def _problems(problems: list[Any], limit: int = 5) -> str:
    shown = "; ".join(f"{p.path}: {p.message}" if p.path else p.message for p in problems[:limit])
    more = f" (and {len(problems) - limit} more)" if len(problems) > limit else ""
    return shown + more


def clean(template: Template, answers: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Normalised answers and warnings; invalid answers refuse the save, naming each field."""
    result = validate_answers(template, answers)
    if result.errors:
        raise InvalidInput(f"Some answers are not valid: {_problems(result.errors)}.")
    return result.cleaned, [f"{w.path}: {w.message}" for w in result.warnings]


def require_complete(template: Template, answers: dict[str, Any]) -> None:
    result = validate_answers(template, answers, complete=True)
    if result.errors:
        raise InvalidInput(f"The interview is not complete: {_problems(result.errors)}.")


def walk(template: Template, answers: dict[str, Any]) -> Iterator[tuple[str, Field, Any]]:
    """Every answered leaf: ``(path, field, value)``, paths like ``hearings[1].date``."""
    for top in template.fields:
        value = answers.get(top.id)
        if value is None:
            continue
        if top.type == "repeat":
            for index, row in enumerate(value):
                for sub in top.fields:
                    if sub.id in row:
                        yield answerpaths.field_path(top.id, index, sub.id), sub, row[sub.id]
        else:
            yield top.id, top, value


def client_names(template: Template, answers: dict[str, Any]) -> list[str]:
    names: list[str] = []
    for field_id in template.client_name_fields:
        value = answers.get(field_id)
        if isinstance(value, str) and value.strip():
            names.append(value.strip())
        elif isinstance(value, list):
            names.extend(v.strip() for v in value if isinstance(v, str) and v.strip())
    return names


def answer_deadlines(template: Template, answers: dict[str, Any]) -> Iterator[tuple[str, str, str, str]]:
    """``(path, kind, title, due)`` for every answered date field that is a deadline."""
    from fieldintake.app.deadlinetitles import answer_title

    for path, field, value in walk(template, answers):
        if field.deadline and isinstance(value, str) and value:
            yield path, field.deadline, answer_title(template, path, answers, "en"), value


@dataclass(frozen=True)
class TextUnit:
    path: str  # a field path within an interview (answerpaths), e.g. ``hearings[1].date``
    field: Field
    text: str

    @property
    def is_name(self) -> bool:
        return self.field.pii in ("name", "alias")


def text_units(template: Template, answers: dict[str, Any]) -> Iterator[TextUnit]:
    """Free text and chosen options (in English and Russian), as search and redaction read them."""
    for path, field, value in walk(template, answers):
        if field.type in TEXT_TYPES and isinstance(value, str):
            yield TextUnit(path, field, value)
        elif field.type in ("single_choice", "multi_choice"):
            chosen = value if isinstance(value, list) else [value]
            labels = []
            for option_id in chosen:
                try:
                    option = field.option(option_id)
                except KeyError:
                    continue
                labels.extend([option.label.en, option.label.ru])
            if labels:
                yield TextUnit(path, field, " ".join(labels))


def check_due(text: str) -> str:
    """A deadline's due date: a date, or a date-time stored in UTC."""
    text = str(text).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InvalidInput(f"Not a date (YYYY-MM-DD) or date-time: {text!r}.") from exc
    if moment.tzinfo is None:
        raise InvalidInput(f"Give a time zone with the time (for example {text}+05:00 or {text}Z).")
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def answer_at(answers: Any, field_path: str) -> Any:
    """The value at a field path (``narrative``, ``family[1].notes``) of an interview's answers; None if absent."""
    value = answers
    for step in answerpaths.steps(field_path):
        try:
            value = value[step]
        except (KeyError, IndexError, TypeError):
            return None
    return value


def text_at(case: Case, path: str) -> str:
    """The text a redaction mark points into: ``title``, ``notes`` or ``interviews/<id>/answers/<path>``."""
    if path in ("title", "notes"):
        return str(getattr(case, path))
    unit = answerpaths.parse_unit_path(path)
    if unit is not None:
        interview = next((i for i in case.interviews if i.id == unit.interview_id), None)
        if interview is not None:
            value = answer_at(interview.answers, unit.field_path)
            if isinstance(value, str):
                return value
    raise InvalidInput(f"No text at {path!r} in this case.")


# --- the people an interview names (branch attach-people) ------------------------------------------

#: A person an interview names: the path of the answer (or repeat row) it comes from, and the person.
NamedInAnswers = tuple[str, Person]


def people_named(template: Template, answers: dict[str, Any], lang: str = "en") -> list[NamedInAnswers]:
    """The persons the structured answers name, driven by the template's declarations:

    - the client, from ``client_name_fields`` (first name field: ``name``, second: ``name_latin``,
      alias fields: ``aliases``) and a top-level ``pii: birth_date`` field;
    - one person per row of a repeat group with a ``pii: name`` field; a sub-field named like a
      person's field (``relation``, ``notes``) fills it; the role is the group's id when that is a
      role (``family``, ``contact``), else ``contact``;
    - every other top-level ``pii: name`` field (an interpreter, a lawyer): a contact, its label as relation.
    """
    found: list[NamedInAnswers] = []  # people of repeat rows (family...), then single names (a lawyer)
    single: list[NamedInAnswers] = []
    client = Person(id="", role="client", name="")
    client_fields = set(template.client_name_fields)
    for top in template.fields:
        value = answers.get(top.id)
        if value is None:
            continue
        if top.id in client_fields:
            _fill_name(client, top, value)
        elif top.type == "repeat":
            role = top.id if top.id in PERSON_ROLES and top.id != "client" else "contact"
            for index, row in enumerate(value):
                person = Person(id="", role=role, name="")
                for sub in top.fields:
                    if sub.id in row:
                        _fill_name(person, sub, row[sub.id])
                if person.all_names:
                    found.append((answerpaths.field_path(top.id, index), _named_person(person)))
        elif top.pii == "birth_date" and isinstance(value, str):
            client.birth_date = value
        elif top.pii == "name" and isinstance(value, str) and value.strip():
            single.append((top.id, Person(id="", role="contact", name=value.strip(), relation=top.label.get(lang))))
    if client.all_names:
        found.insert(0, ("client", _named_person(client)))
    return found + single


def _fill_name(person: Person, fld: Field, value: Any) -> None:
    lines = [line.strip() for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)
             for line in v.splitlines() if line.strip()]
    if fld.pii == "name" and lines:
        if not person.name:
            person.name = lines[0]
        elif not person.name_latin:
            person.name_latin = lines[0]
    elif fld.pii == "alias":
        person.aliases.extend(line for line in lines if line not in person.aliases)
    elif fld.pii == "birth_date" and isinstance(value, str):
        person.birth_date = value
    elif fld.id in ("relation", "notes") and isinstance(value, str):
        setattr(person, fld.id, value.strip())


def _named_person(person: Person) -> Person:
    """A person known only by aliases is shown under the first of them."""
    if not person.name:
        person.name = person.name_latin or person.aliases[0]
        person.name_latin = "" if person.name == person.name_latin else person.name_latin
    return person
