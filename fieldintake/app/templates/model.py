"""A form template as immutable data: sections of fields, with labels in several languages.

Built only by :mod:`fieldintake.app.templates.loader`, after the file passed the
JSON Schema and the semantic checks, so code holding a :class:`Template` may
trust that every id it names exists and has a suitable type.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field as dc_field
from functools import cached_property
from typing import Any

from fieldintake.app import languages
from fieldintake.app.audiences import AUDIENCES
from fieldintake.app.templates.codes import country_name, language_name

FIELD_TYPES = (
    "text",
    "long_text",
    "date",
    "datetime",
    "number",
    "yes_no",
    "single_choice",
    "multi_choice",
    "country",
    "language",
    "phone",
    "repeat",
)
CHOICE_TYPES = ("single_choice", "multi_choice")
SENSITIVITIES = ("identifying", "sensitive", "shareable")
PII_KINDS = (
    "name",
    "alias",
    "birth_date",
    "birth_place",
    "document_number",
    "phone",
    "email",
    "address",
    "place",
    "messenger",
    "other",
)
DEADLINE_KINDS = (
    "appeal",
    "hearing",
    "removal",
    "asylum_decision",
    "interim_measures",
    "document_expiry",
    "other",
)
INTERVIEW_KEYS = ("date", "place", "interviewer", "language", "interpreter")
CONSENT_AUDIENCES = AUDIENCES  # one consent answer per audience
CONSENT_KEYS = ("record", *CONSENT_AUDIENCES, "date", "how", "withdrawn", "ngo_names", "withdrawn_date")
LABEL_LANGUAGES = ("en", "ru", "kk", "uk")


@dataclass(frozen=True)
class Text:
    """One label in several languages; ``en`` and ``ru`` always exist."""

    en: str
    ru: str
    kk: str | None = None
    uk: str | None = None

    def get(self, lang: str) -> str:
        """The text in ``lang`` ("ru", "ru_RU", "kk-KZ" ...), else English (a template need not translate all)."""
        code = languages.base(lang)
        value = getattr(self, code, None) if code in LABEL_LANGUAGES else None
        return value or self.en

    def as_dict(self) -> dict[str, str]:
        return {k: v for k in LABEL_LANGUAGES if (v := getattr(self, k))}


@dataclass(frozen=True)
class Option:
    id: str
    label: Text


@dataclass(frozen=True)
class ShowIf:
    """Show a field only when another field's answer meets ``op``.

    ``sibling`` is true when ``field`` names a sub-field of the same repeat row;
    ``target`` is that field itself (always one that comes earlier in the form).
    """

    field: str
    op: str  # "equals" | "in" | "contains" | "is_set"
    value: Any  # for "in": a tuple
    sibling: bool
    target: Field = dc_field(compare=False, repr=False)


@dataclass(frozen=True)
class Field:
    id: str
    type: str
    label: Text
    sensitivity: str
    help: Text | None = None
    required: bool = False
    pii: str | None = None
    show_if: ShowIf | None = None
    deadline: str | None = None
    multiple: bool = False
    partial: bool = False
    options: tuple[Option, ...] = ()
    fields: tuple[Field, ...] = ()
    min_rows: int = 0

    def option(self, option_id: str) -> Option:
        for option in self.options:
            if option.id == option_id:
                return option
        raise KeyError(f"{self.id} has no option {option_id!r}")

    def coded_text(self, value: object, lang: str) -> str | None:
        """The words for one coded answer (an option's label, a country's or a language's name)
        in ``lang``; None when this field's answers are not codes. An unknown code reads as itself."""
        if self.type in ("single_choice", "multi_choice"):
            try:
                return self.option(str(value)).label.get(lang)
            except KeyError:
                return str(value)
        if self.type == "country":
            return country_name(str(value), lang)
        if self.type == "language":
            return language_name(str(value), lang)
        return None

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    def sub_field(self, field_id: str) -> Field:
        for sub in self.fields:
            if sub.id == field_id:
                return sub
        raise KeyError(f"{self.id} has no sub-field {field_id!r}")


@dataclass(frozen=True)
class Section:
    id: str
    label: Text
    fields: tuple[Field, ...]
    help: Text | None = None


@dataclass(frozen=True)
class Template:
    id: str
    version: int
    title: Text
    description: Text
    sections: tuple[Section, ...]
    interview_fields: Mapping[str, str] = dc_field(default_factory=dict)
    consent: Mapping[str, str] = dc_field(default_factory=dict)
    client_name_fields: tuple[str, ...] = ()
    urgency_field: str | None = None
    source: str = dc_field(default="", compare=False)  # where it was loaded from, for messages

    def __hash__(self) -> int:
        return hash((self.id, self.version))

    @property
    def key(self) -> tuple[str, int]:
        return (self.id, self.version)

    @cached_property
    def fields(self) -> tuple[Field, ...]:
        """Top-level fields of every section, in form order (the keys of an answers object). Worked out
        once per template (a template is frozen): checking a bulk import's answers asks for it thousands
        of times."""
        return tuple(f for s in self.sections for f in s.fields)

    def iter_fields(self) -> Iterator[tuple[str, Field]]:
        """Every field in form order: ``("documents", group)``, then ``("documents[].number", sub)``."""
        for top in self.fields:
            yield top.id, top
            for sub in top.fields:
                yield f"{top.id}[].{sub.id}", sub

    def field(self, path: str) -> Field:
        """A top-level field by id, or a sub-field by ``group[].sub`` (as from :meth:`iter_fields`)."""
        group_id, sep, sub_id = path.partition("[].")
        for top in self.fields:
            if top.id == group_id:
                return top.sub_field(sub_id) if sep else top
        raise KeyError(f"Template {self.id} v{self.version} has no field {path!r}")

    def has_field(self, path: str) -> bool:
        try:
            self.field(path)
        except KeyError:
            return False
        return True

    def section_of(self, field_id: str) -> Section:
        for section in self.sections:
            if any(f.id == field_id for f in section.fields):
                return section
        raise KeyError(f"Template {self.id} v{self.version} has no field {field_id!r}")
