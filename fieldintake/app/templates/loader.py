"""Reading template files: JSON Schema first, then the checks that need the whole template.

Every refusal is an :class:`~fieldintake.errors.InvalidTemplate` naming the
file, the place inside it (``sections[2].fields[4].show_if.field``) and why,
so whoever wrote the template can fix it without reading this code.
"""

from __future__ import annotations

import dataclasses
import json
from types import MappingProxyType
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from fieldintake.app.jsonlimits import MAX_DEPTH, too_deep
from fieldintake.app.templates.answers import InvalidValue, clean_value
from fieldintake.app.templates.model import (
    CHOICE_TYPES,
    Field,
    Option,
    Section,
    ShowIf,
    Template,
    Text,
)
from fieldintake.errors import InvalidTemplate

TEMPLATE_SUFFIXES = (".yaml", ".yml", ".json")
MAX_TEMPLATE_BYTES = 2 * 1024 * 1024
_PACKAGE = "fieldintake.app.templates"

# Which field types each mapping may point at.
_INTERVIEW_TYPES = {
    "date": ("datetime", "date"),
    "place": ("text", "long_text"),
    "interviewer": ("text",),
    "language": ("language",),
    "interpreter": ("text",),
}
_CONSENT_TYPES = {
    "record": ("yes_no",),
    "lawyer": ("yes_no",),
    "unhcr": ("yes_no",),
    "ngo": ("yes_no",),
    "un-body": ("yes_no",),
    "public": ("yes_no",),
    "date": ("date",),
    "how": ("single_choice",),
    "withdrawn": ("yes_no",),
    "ngo_names": ("text", "long_text"),
    "withdrawn_date": ("date",),
}


# --- reading files ---------------------------------------------------------


class _StrictLoader(yaml.SafeLoader):
    """Safe YAML that refuses a key given twice instead of keeping the last one silently."""


def _mapping_without_duplicates(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    loader.flatten_mapping(node)
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            duplicate = key in seen
            seen.add(key)
        except TypeError:
            continue  # unhashable: construct_mapping reports it
        if duplicate:
            raise yaml.constructor.ConstructorError(
                "while reading a mapping", node.start_mark, f"the key {key!r} is given twice", key_node.start_mark
            )
    mapping: dict[Any, Any] = loader.construct_mapping(node, deep=deep)
    return mapping


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


class _ShippedLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same rules with libyaml's parser, for the templates shipped inside the package only.

    libyaml reads the built-in template about seven times faster than the pure-Python
    parser (a third of a second at every unlock otherwise). Its composer recurses in C with
    no depth limit, so a file from outside (an organisation's template folder) stays with
    ``_StrictLoader``, where deep nesting ends as a ``RecursionError`` we report.
    """


_ShippedLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {key!r} is given twice")
        result[key] = value
    return result


def parse_template_text(text: str, source: str, *, shipped: bool = False) -> Template:
    """A template from the text of a YAML or JSON file (JSON is read as JSON when ``source`` ends in .json).

    ``shipped``: the text is one of the package's own files (read with libyaml, ``_ShippedLoader``).
    """
    try:
        if source.endswith(".json"):
            data = json.loads(text, object_pairs_hook=_json_object)
        else:
            data = yaml.load(text, Loader=_ShippedLoader if shipped else _StrictLoader)  # noqa: S506 - safe loaders
    except (yaml.YAMLError, ValueError) as exc:
        kind = "JSON" if source.endswith(".json") else "YAML"
        raise InvalidTemplate(source, [("", f"cannot be read as {kind}: {' '.join(str(exc).split())}")]) from None
    except RecursionError:  # thousands of nested brackets: the parser gives up on its stack
        raise InvalidTemplate(source, [("", f"is nested too deeply (more than {MAX_DEPTH} levels)")]) from None
    if too_deep(data):  # the schema check and the builder recurse too, with less stack to spare
        raise InvalidTemplate(source, [("", f"is nested too deeply (more than {MAX_DEPTH} levels)")])
    return parse_template(data, source)


def load_template_file(path: Path | Traversable, source: str | None = None, *, shipped: bool = False) -> Template:
    source = source or str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidTemplate(source, [("", f"cannot be read: {exc.strerror or exc}")]) from None
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise InvalidTemplate(source, [("", f"is larger than {MAX_TEMPLATE_BYTES // (1024 * 1024)} MiB")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidTemplate(source, [("", "is not UTF-8 text")]) from None
    return parse_template_text(text, source, shipped=shipped)


def template_files(folder: Path | Traversable) -> list[Path | Traversable]:
    """The template files in a folder (not its sub-folders), by name; hidden and editor files skipped."""
    found = [
        entry
        for entry in folder.iterdir()
        if entry.is_file() and not entry.name.startswith(".") and entry.name.lower().endswith(TEMPLATE_SUFFIXES)
    ]
    return sorted(found, key=lambda entry: entry.name)


def builtin_templates() -> Iterator[Template]:
    """The templates shipped with fieldintake; a broken one is a bug and raises."""
    yield from _builtin()


@lru_cache(maxsize=1)
def _builtin() -> tuple[Template, ...]:
    """Read once a process: a ``Template`` is frozen, so every session in the process can share them."""
    folder = resources.files(_PACKAGE).joinpath("builtin")
    return tuple(load_template_file(entry, f"builtin/{entry.name}", shipped=True) for entry in template_files(folder))


# --- checking --------------------------------------------------------------


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = resources.files(_PACKAGE).joinpath("template.schema.json").read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(schema())


def format_path(parts: Sequence[str | int]) -> str:
    """``["sections", 2, "fields", 4, "id"]`` -> ``sections[2].fields[4].id``."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def parse_template(data: Any, source: str) -> Template:
    """A checked :class:`Template` from already-parsed data, or :class:`InvalidTemplate` with every problem found."""
    errors = sorted(_validator().iter_errors(data), key=_document_order)
    if errors:
        raise InvalidTemplate(source, [(format_path(list(e.absolute_path)), _schema_reason(e)) for e in errors])
    builder = _Builder(data)
    template = builder.template(source)
    if builder.problems:
        raise InvalidTemplate(source, builder.problems)
    return template


def _document_order(error: jsonschema.ValidationError) -> tuple[list[tuple[int, int, str]], str]:
    return [(0, p, "") if isinstance(p, int) else (1, 0, p) for p in error.absolute_path], error.message


def _schema_reason(error: jsonschema.ValidationError) -> str:
    if error.validator == "pattern" and error.absolute_path and error.absolute_path[-1] in ("id", "field"):
        return f"{error.instance!r} is not a valid id: use lower-case letters, digits and _, starting with a letter"
    if error.validator in ("minProperties", "maxProperties") and "show_if" in error.absolute_path:
        return "show_if takes 'field' and exactly one of equals, in, contains, is_set"
    return str(error.message)


class _Builder:
    """Builds the model in form order, noting every semantic problem on the way.

    Building in order is what resolves ``show_if``: a condition may only name a
    field that has already been built (an earlier field, or an earlier
    sub-field of the same row), which also rules out cycles.
    """

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.problems: list[tuple[str, str]] = []
        self.top: dict[str, Field] = {}
        self.top_paths: dict[str, str] = {}
        self.all_top_ids = {f["id"] for s in data["sections"] for f in s["fields"]}
        self.all_sub_ids = {sub["id"] for s in data["sections"] for f in s["fields"] for sub in f.get("fields", ())}

    def problem(self, path: str, reason: str) -> None:
        self.problems.append((path, reason))

    def template(self, source: str) -> Template:
        data = self.data
        sections = []
        section_paths: dict[str, str] = {}
        for si, raw_section in enumerate(data["sections"]):
            path = f"sections[{si}]"
            sid = raw_section["id"]
            if sid in section_paths:
                self.problem(f"{path}.id", f"section id '{sid}' is already used at {section_paths[sid]}")
            section_paths.setdefault(sid, path)
            fields = []
            for fi, raw_field in enumerate(raw_section["fields"]):
                fpath = f"{path}.fields[{fi}]"
                fid = raw_field["id"]
                if fid in self.top_paths:
                    self.problem(f"{fpath}.id", f"field id '{fid}' is already used at {self.top_paths[fid]}")
                built = self.field(raw_field, fpath, siblings=None, group=None)
                fields.append(built)
                self.top.setdefault(fid, built)
                self.top_paths.setdefault(fid, fpath)
            sections.append(
                Section(id=sid, label=_text(raw_section["label"]), help=_opt_text(raw_section), fields=tuple(fields))
            )
        interview = dict(data.get("interview_fields", {}))
        consent = dict(data.get("consent", {}))
        for key, fid in interview.items():
            self.mapped(f"interview_fields.{key}", fid, _INTERVIEW_TYPES[key])
        for key, fid in consent.items():
            self.mapped(f"consent.{key}", fid, _CONSENT_TYPES[key])
        names = tuple(data.get("client_name_fields", ()))
        for i, fid in enumerate(names):
            found = self.mapped(f"client_name_fields[{i}]", fid, ("text", "long_text"))
            if found is not None and found.sensitivity != "identifying":
                self.problem(f"client_name_fields[{i}]", f"'{fid}' holds the client's name: make it identifying")
        urgency = data.get("urgency_field")
        if urgency is not None:
            self.mapped("urgency_field", urgency, ("single_choice",))
        return Template(
            id=data["id"],
            version=data["version"],
            title=_text(data["title"]),
            description=_text(data["description"]),
            sections=tuple(sections),
            interview_fields=MappingProxyType(interview),
            consent=MappingProxyType(consent),
            client_name_fields=names,
            urgency_field=urgency,
            source=source,
        )

    def mapped(self, path: str, fid: str, types: tuple[str, ...]) -> Field | None:
        found = self.top.get(fid)
        if found is None:
            where = " (sub-fields cannot be mapped)" if fid in self.all_sub_ids else ""
            self.problem(path, f"'{fid}' is not a top-level field of this template{where}")
            return None
        if found.type not in types:
            self.problem(path, f"'{fid}' is a {found.type} field; this needs {' or '.join(types)}")
        return found

    def field(self, raw: Mapping[str, Any], path: str, siblings: dict[str, Field] | None, group: str | None) -> Field:
        kind = raw["type"]
        self.check_attributes(raw, path, nested=siblings is not None)
        subs: list[Field] = []
        if kind == "repeat" and siblings is None:
            row: dict[str, Field] = {}
            sub_paths: dict[str, str] = {}
            for ki, raw_sub in enumerate(raw.get("fields", ())):
                kpath = f"{path}.fields[{ki}]"
                kid = raw_sub["id"]
                if kid in sub_paths:
                    self.problem(f"{kpath}.id", f"sub-field id '{kid}' is already used at {sub_paths[kid]}")
                sub = self.field(raw_sub, kpath, siblings=row, group=raw["id"])
                subs.append(sub)
                row.setdefault(kid, sub)
                sub_paths.setdefault(kid, kpath)
        options = []
        seen_options: dict[str, int] = {}
        for oi, raw_option in enumerate(raw.get("options", ())):
            oid = raw_option["id"]
            if oid in seen_options:
                self.problem(f"{path}.options[{oi}].id", f"option id '{oid}' is already used at options[{seen_options[oid]}]")
            seen_options.setdefault(oid, oi)
            options.append(Option(id=oid, label=_text(raw_option["label"])))
        built = Field(
            id=raw["id"],
            type=kind,
            label=_text(raw["label"]),
            help=_opt_text(raw),
            sensitivity=raw["sensitivity"],
            required=raw.get("required", False),
            pii=raw.get("pii"),
            deadline=raw.get("deadline"),
            multiple=raw.get("multiple", False),
            partial=raw.get("partial", False),
            options=tuple(options),
            fields=tuple(subs),
            min_rows=raw.get("min_rows", 0),
        )
        if "show_if" in raw:
            show_if = self.show_if(raw["show_if"], f"{path}.show_if", built, siblings, group)
            built = dataclasses.replace(built, show_if=show_if)
        return built

    def check_attributes(self, raw: Mapping[str, Any], path: str, nested: bool) -> None:
        kind = raw["type"]
        if kind == "repeat" and nested:
            self.problem(f"{path}.type", "a repeat group cannot hold another repeat group")
        if "options" in raw and kind not in CHOICE_TYPES:
            self.problem(f"{path}.options", f"a {kind} field has no options (only single_choice and multi_choice do)")
        if "fields" in raw and kind != "repeat":
            self.problem(f"{path}.fields", f"a {kind} field has no sub-fields (only repeat does)")
        if "min_rows" in raw and kind != "repeat":
            self.problem(f"{path}.min_rows", f"a {kind} field has no rows (only repeat does)")
        if "deadline" in raw and kind not in ("date", "datetime"):
            self.problem(f"{path}.deadline", f"a {kind} field cannot be a deadline (only date and datetime can)")
        if raw.get("multiple") and kind not in ("country", "language"):
            self.problem(f"{path}.multiple", f"a {kind} field cannot hold several values (only country and language)")
        if raw.get("partial") and kind != "date":
            self.problem(f"{path}.partial", f"a {kind} field cannot be partial (only date can)")
        if raw.get("partial") and "deadline" in raw:
            self.problem(f"{path}.partial", "a deadline needs the full date: remove partial")
        if "pii" in raw and raw["sensitivity"] != "identifying":
            self.problem(f"{path}.pii", "a field with a pii kind holds an identifying value: set sensitivity: identifying")

    def show_if(
        self,
        raw: Mapping[str, Any],
        path: str,
        owner: Field,
        siblings: dict[str, Field] | None,
        group: str | None,
    ) -> ShowIf | None:
        name = raw["field"]
        op = next(key for key in raw if key != "field")
        value = raw[op]
        target = None
        sibling = False
        if name == owner.id:
            self.problem(f"{path}.field", "a field cannot depend on itself")
            return None
        if siblings is not None and name in siblings:
            target, sibling = siblings[name], True
        elif name in self.top and name != group:
            target = self.top[name]
        if target is None:
            self.problem(f"{path}.field", self.missing_target(name, group))
            return None
        if op == "is_set":
            return ShowIf(field=name, op=op, value=value, sibling=sibling, target=target)
        if target.type == "repeat":
            self.problem(f"{path}.{op}", f"'{name}' is a repeat group: only is_set can test it")
            return None
        many = target.type == "multi_choice" or target.multiple
        if op == "contains" and not many:
            self.problem(f"{path}.contains", f"'{name}' holds one value: use equals or in")
            return None
        if op in ("equals", "in") and many:
            self.problem(f"{path}.{op}", f"'{name}' holds a list: use contains")
            return None
        one = dataclasses.replace(target, multiple=False)
        if op == "in":
            values = tuple(self.condition_value(one, v, f"{path}.in[{i}]") for i, v in enumerate(value))
            return ShowIf(field=name, op=op, value=values, sibling=sibling, target=target)
        if target.type == "multi_choice":
            if value not in target.option_ids:
                self.problem(f"{path}.contains", f"{value!r} is not an option of '{name}'")
            return ShowIf(field=name, op=op, value=value, sibling=sibling, target=target)
        cleaned = self.condition_value(one, value, f"{path}.{op}")
        return ShowIf(field=name, op=op, value=cleaned, sibling=sibling, target=target)

    def condition_value(self, target: Field, value: Any, path: str) -> Any:
        try:
            cleaned, _ = clean_value(target, value)
        except InvalidValue as exc:
            self.problem(path, f"not a possible answer to '{target.id}': {exc}")
            return value
        return cleaned

    def missing_target(self, name: str, group: str | None) -> str:
        if name == group:
            return f"a sub-field cannot depend on its own repeat group '{name}'"
        if name in self.all_top_ids:
            return f"'{name}' comes later in the form: show_if may only refer to an earlier field"
        if name in self.all_sub_ids:
            if group is not None:
                return f"'{name}' is not an earlier sub-field of this entry (nor a top-level field)"
            return f"'{name}' is inside a repeat group: a top-level field cannot depend on it"
        return f"'{name}' is not a field of this template"


def _text(raw: Mapping[str, str]) -> Text:
    return Text(en=raw["en"], ru=raw["ru"], kk=raw.get("kk"), uk=raw.get("uk"))


def _opt_text(raw: Mapping[str, Any]) -> Text | None:
    return _text(raw["help"]) if "help" in raw else None
