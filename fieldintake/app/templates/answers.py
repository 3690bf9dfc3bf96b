"""An interview's answers checked against its template, and cleaned into the stored form.

Answers are one JSON object over all sections, ``{field_id: value}``; a repeat
group's value is a list of rows ``{sub_field_id: value}``. ``cleaned`` holds
the normalised values only: hidden fields (``show_if`` not met), empty values
and empty rows are left out. A value that cannot be read is an error and is
left out of ``cleaned`` too, so a caller must not store ``cleaned`` in place of
what was typed while there are errors. A phone number that does not parse is
kept as typed with a warning: what the client said is never lost.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field as dc_field
from datetime import date, datetime, timezone
from typing import Any

import phonenumbers

from fieldintake.app.templates.codes import is_country, language_code
from fieldintake.app.templates.model import Field, ShowIf, Template

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"\d{4}")
_YEAR_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_PLAUSIBLE_YEARS = range(1900, 2101)


@dataclass(frozen=True)
class Problem:
    """One finding about one answer; ``path`` is like ``documents[1].number``."""

    path: str
    message: str
    code: str = "invalid"  # a stable word the GUI may translate: invalid, unknown, required, hidden, phone, year


@dataclass(frozen=True)
class ValidationResult:
    errors: list[Problem] = dc_field(default_factory=list)
    warnings: list[Problem] = dc_field(default_factory=list)
    cleaned: dict[str, Any] = dc_field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


class InvalidValue(ValueError):
    """A value that is not of the form its field takes."""


def is_empty(value: Any) -> bool:
    """Unanswered: None, blank text, an empty list or row. ``False`` and ``0`` are answers."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple)):
        return all(is_empty(v) for v in value)
    if isinstance(value, Mapping):
        return all(is_empty(v) for v in value.values())
    return False


# --- visibility ------------------------------------------------------------


def is_visible(field: Field, answers: Mapping[str, Any], row: Mapping[str, Any] | None = None) -> bool:
    """Whether ``field`` is shown given the answers so far.

    ``row`` is the repeat row that ``field`` belongs to, when it is a sub-field.
    A field whose condition names a hidden field is hidden too.
    """
    condition = field.show_if
    if condition is None:
        return True
    target_row = row if condition.sibling else None
    if not is_visible(condition.target, answers, target_row):
        return False
    scope = (row or {}) if condition.sibling else answers
    return condition_holds(condition, scope.get(condition.field))


def condition_holds(condition: ShowIf, value: Any) -> bool:
    if condition.op == "is_set":
        return (not is_empty(value)) == bool(condition.value)
    if is_empty(value):
        return False
    if condition.op == "equals":
        return _same(value, condition.value)
    if condition.op == "in":
        return any(_same(value, wanted) for wanted in condition.value)
    if condition.op == "contains":
        return isinstance(value, (list, tuple)) and any(_same(item, condition.value) for item in value)
    raise ValueError(f"unknown show_if operator {condition.op!r}")


def _same(a: Any, b: Any) -> bool:
    # True == 1 in Python; a yes/no answer must not match a number.
    return type(a) is type(b) and a == b if isinstance(a, bool) or isinstance(b, bool) else a == b


# --- one value -------------------------------------------------------------


def clean_value(field: Field, raw: Any, *, default_region: str = "KZ") -> tuple[Any, str | None]:
    """The stored form of one non-repeat answer, and a warning if any.

    Raises :class:`InvalidValue` with a message for the caseworker.
    """
    kind = field.type
    if kind in ("text", "long_text"):
        return _text(raw, multiline=kind == "long_text"), None
    if kind == "date":
        return _date(raw, partial=field.partial)
    if kind == "datetime":
        return _datetime(raw), None
    if kind == "number":
        if isinstance(raw, bool) or not isinstance(raw, (int, float)) or not math.isfinite(raw):
            raise InvalidValue("Expected a number.")
        return raw, None
    if kind == "yes_no":
        if not isinstance(raw, bool):
            raise InvalidValue("Expected yes or no (true or false).")
        return raw, None
    if kind == "single_choice":
        if not isinstance(raw, str) or raw not in field.option_ids:
            raise InvalidValue(f"{raw!r} is not one of the choices: {', '.join(field.option_ids)}.")
        return raw, None
    if kind == "multi_choice":
        if not isinstance(raw, (list, tuple)):
            raise InvalidValue("Expected a list of choices.")
        unknown = [v for v in raw if not isinstance(v, str) or v not in field.option_ids]
        if unknown:
            raise InvalidValue(f"Not among the choices: {', '.join(map(repr, unknown))}.")
        chosen = set(raw)
        return [o for o in field.option_ids if o in chosen], None
    if kind in ("country", "language"):
        one = _country if kind == "country" else _language
        if not field.multiple:
            return one(raw), None
        items = [raw] if isinstance(raw, str) else raw
        if not isinstance(items, (list, tuple)):
            raise InvalidValue(f"Expected a list of {kind} codes.")
        return list(dict.fromkeys(one(item) for item in items if not is_empty(item))), None
    if kind == "phone":
        return _phone(raw, default_region)
    raise InvalidValue(f"A {kind} field has no single value.")


def _text(raw: Any, *, multiline: bool) -> str:
    if not isinstance(raw, str):
        raise InvalidValue("Expected text.")
    text = unicodedata.normalize("NFC", raw)
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def _date(raw: Any, *, partial: bool) -> tuple[str, str | None]:
    if not isinstance(raw, str):
        raise InvalidValue("Expected a date as YYYY-MM-DD.")
    text = raw.strip()
    if _DATE.fullmatch(text):
        try:
            year = date.fromisoformat(text).year
        except ValueError:
            raise InvalidValue(f"{text} is not a date in the calendar.") from None
    elif partial and (_YEAR.fullmatch(text) or _YEAR_MONTH.fullmatch(text)):
        year = int(text[:4])
    else:
        form = "YYYY-MM-DD, or YYYY-MM or YYYY when the day is not known" if partial else "YYYY-MM-DD"
        raise InvalidValue(f"Expected a date as {form}.")
    warning = None if year in _PLAUSIBLE_YEARS else f"Check the year: {year}."
    return text, warning


def _datetime(raw: Any) -> str:
    if not isinstance(raw, str) or "T" not in raw:
        raise InvalidValue("Expected a date and time as YYYY-MM-DDTHH:MM:SSZ.")
    try:
        moment = datetime.fromisoformat(raw.strip())
    except ValueError:
        raise InvalidValue("Expected a date and time as YYYY-MM-DDTHH:MM:SSZ.") from None
    if moment.tzinfo is None:
        raise InvalidValue("A date and time needs its time zone (Z for UTC).")
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _country(raw: Any) -> str:
    if not isinstance(raw, str) or not is_country(raw.strip()):
        raise InvalidValue(f"{raw!r} is not an ISO 3166-1 two-letter country code.")
    return raw.strip().upper()


def _language(raw: Any) -> str:
    code = language_code(raw) if isinstance(raw, str) else None
    if code is None:
        raise InvalidValue(f"{raw!r} is not an ISO 639 language code.")
    return code


def _phone(raw: Any, default_region: str) -> tuple[str, str | None]:
    if not isinstance(raw, str):
        raise InvalidValue("Expected a phone number as text.")
    typed = unicodedata.normalize("NFC", raw).strip()
    try:
        number = phonenumbers.parse(typed, default_region)
    except phonenumbers.NumberParseException:
        return typed, "Not recognised as a phone number; kept as typed."
    if not phonenumbers.is_valid_number(number):
        return typed, "Not a valid phone number for its country; kept as typed."
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), None


# --- a whole interview -----------------------------------------------------


def validate_answers(
    template: Template, answers: Any, *, default_region: str = "KZ", complete: bool = False
) -> ValidationResult:
    """Check and normalise an interview's answers.

    Without ``complete`` (autosave) missing answers are fine; with it (the
    caseworker marks the interview complete) every shown required field and
    each repeat group's ``min_rows`` must be answered.
    """
    result = ValidationResult()
    if not isinstance(answers, Mapping):
        result.errors.append(Problem("", "The answers must be an object of field ids to values."))
        return result
    known = {f.id for f in template.fields}
    for key in answers:
        if key not in known:
            result.errors.append(Problem(str(key), "No such field in this template.", "unknown"))
    cleaned = result.cleaned
    for top in template.fields:
        raw = answers.get(top.id)
        # Conditions are read from what is already cleaned: its targets come earlier, and a
        # hidden target has been dropped, so hiding carries down chains of conditions.
        if not is_visible(top, cleaned):
            if not is_empty(raw):
                result.warnings.append(Problem(top.id, _HIDDEN, "hidden"))
            continue
        if top.type == "repeat":
            rows = _clean_rows(top, raw, cleaned, result, default_region, complete)
            if rows:
                cleaned[top.id] = rows
            needed = max(top.min_rows, 1 if top.required else 0)
            if complete and len(rows) < needed:
                entries = "one entry" if needed == 1 else f"{needed} entries"
                result.errors.append(Problem(top.id, f"Add at least {entries}.", "required"))
            continue
        _clean_one(top, raw, top.id, cleaned, result, default_region, complete)
    return result


_HIDDEN = "Not shown because of an earlier answer; this answer is not kept."


def _clean_one(
    field: Field,
    raw: Any,
    path: str,
    into: dict[str, Any],
    result: ValidationResult,
    default_region: str,
    complete: bool,
) -> None:
    if is_empty(raw):
        if complete and field.required:
            result.errors.append(Problem(path, "This answer is required.", "required"))
        return
    try:
        value, warning = clean_value(field, raw, default_region=default_region)
    except InvalidValue as exc:
        result.errors.append(Problem(path, str(exc)))
        return
    if warning:
        result.warnings.append(Problem(path, warning, "phone" if field.type == "phone" else "year"))
    if not is_empty(value):
        into[field.id] = value
    elif complete and field.required:
        result.errors.append(Problem(path, "This answer is required.", "required"))


def _clean_rows(
    group: Field,
    raw: Any,
    top: Mapping[str, Any],
    result: ValidationResult,
    default_region: str,
    complete: bool,
) -> list[dict[str, Any]]:
    if is_empty(raw):
        return []
    if not isinstance(raw, (list, tuple)):
        result.errors.append(Problem(group.id, "Expected a list of entries."))
        return []
    known = {sub.id for sub in group.fields}
    rows: list[dict[str, Any]] = []
    for index, raw_row in enumerate(raw):
        base = f"{group.id}[{index}]"
        if not isinstance(raw_row, Mapping):
            result.errors.append(Problem(base, "Expected an entry with its own answers."))
            continue
        if is_empty(raw_row):
            continue
        for key in raw_row:
            if key not in known:
                result.errors.append(Problem(f"{base}.{key}", "No such field in this entry.", "unknown"))
        row: dict[str, Any] = {}
        for sub in group.fields:
            path = f"{base}.{sub.id}"
            value = raw_row.get(sub.id)
            if not is_visible(sub, top, row):
                if not is_empty(value):
                    result.warnings.append(Problem(path, _HIDDEN, "hidden"))
                continue
            _clean_one(sub, value, path, row, result, default_region, complete)
        if row:
            rows.append(row)
    return rows
