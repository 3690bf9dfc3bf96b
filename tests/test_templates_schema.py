"""Template files: the schema and semantic checks refuse broken ones with file, path and reason."""

from __future__ import annotations

import copy
import json
from importlib import resources
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from fieldintake.app.templates import (
    TemplateRegistry,
    load_template_file,
    parse_template,
    parse_template_text,
    schema,
)
from fieldintake.app.templates.loader import template_files
from fieldintake.errors import InvalidInput, InvalidTemplate, NotFound


def label(en: str) -> dict[str, str]:
    return {"en": en, "ru": f"{en} (ru)"}


def minimal(template_id: str = "sample", version: int = 1) -> dict[str, Any]:
    return {
        "id": template_id,
        "version": version,
        "title": label("Sample"),
        "description": label("A small template for tests"),
        "sections": [
            {
                "id": "main",
                "label": label("Main"),
                "fields": [
                    {"id": "name", "type": "text", "label": label("Name"), "sensitivity": "identifying", "pii": "name"},
                    {"id": "detained", "type": "yes_no", "label": label("Detained"), "sensitivity": "sensitive"},
                    {
                        "id": "status",
                        "type": "single_choice",
                        "label": label("Status"),
                        "sensitivity": "shareable",
                        "options": [{"id": "open", "label": label("Open")}, {"id": "closed", "label": label("Closed")}],
                    },
                    {
                        "id": "hearings",
                        "type": "repeat",
                        "label": label("Hearings"),
                        "sensitivity": "sensitive",
                        "fields": [
                            {"id": "at", "type": "datetime", "label": label("When"), "sensitivity": "sensitive"},
                        ],
                    },
                ],
            }
        ],
        "client_name_fields": ["name"],
        "urgency_field": "status",
    }


def fields(data: dict[str, Any]) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = data["sections"][0]["fields"]
    return result


def test_minimal_template_is_accepted() -> None:
    template = parse_template(minimal(), "sample.yaml")
    assert template.key == ("sample", 1)
    assert [path for path, _ in template.iter_fields()] == ["name", "detained", "status", "hearings", "hearings[].at"]
    assert template.field("hearings[].at").type == "datetime"


def test_the_schema_itself_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
    assert schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def _without(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda d: fields(d)[1].pop(key)


def _set(index: int, **values: Any) -> Callable[[dict[str, Any]], None]:
    return lambda d: fields(d)[index].update(values)


BROKEN: list[tuple[str, Callable[[dict[str, Any]], None], str, str]] = [
    ("missing sensitivity", _without("sensitivity"), "sections[0].fields[1]", "'sensitivity' is a required property"),
    ("duplicate id", _set(1, id="name"), "sections[0].fields[1].id", "field id 'name' is already used"),
    (
        "show_if to unknown field",
        _set(1, show_if={"field": "nowhere", "equals": True}),
        "sections[0].fields[1].show_if.field",
        "'nowhere' is not a field of this template",
    ),
    (
        "show_if to a later field",
        _set(1, show_if={"field": "status", "equals": "open"}),
        "sections[0].fields[1].show_if.field",
        "comes later",
    ),
    (
        "show_if to a missing option",
        _set(3, show_if={"field": "status", "equals": "archived"}),
        "sections[0].fields[3].show_if.equals",
        "not a possible answer to 'status'",
    ),
    (
        "show_if with two operators",
        _set(3, show_if={"field": "status", "equals": "open", "is_set": True}),
        "sections[0].fields[3].show_if",
        "exactly one of",
    ),
    ("options missing on a choice", lambda d: fields(d)[2].pop("options"), "sections[0].fields[2]", "'options'"),
    ("bad type", _set(0, type="texty"), "sections[0].fields[0].type", "'texty' is not one of"),
    ("label missing ru", lambda d: fields(d)[0]["label"].pop("ru"), "sections[0].fields[0].label", "'ru' is a required"),
    ("kz instead of kk", lambda d: fields(d)[0]["label"].update(kz="Аты"), "sections[0].fields[0].label", "'kz'"),
    ("bad id", _set(0, id="Name"), "sections[0].fields[0].id", "not a valid id"),
    ("deadline on text", _set(0, deadline="appeal"), "sections[0].fields[0].deadline", "cannot be a deadline"),
    ("pii on a sensitive field", _set(1, pii="name"), "sections[0].fields[1].pii", "sensitivity: identifying"),
    ("options on text", _set(0, options=[{"id": "a", "label": label("A")}]), "sections[0].fields[0].options", "no options"),
    ("multiple on text", _set(0, multiple=True), "sections[0].fields[0].multiple", "several values"),
    (
        "duplicate option",
        lambda d: fields(d)[2]["options"].append({"id": "open", "label": label("Again")}),
        "sections[0].fields[2].options[2].id",
        "option id 'open' is already used",
    ),
    (
        "repeat in a repeat",
        lambda d: fields(d)[3]["fields"].append(
            {"id": "inner", "type": "repeat", "label": label("In"), "sensitivity": "sensitive", "fields": [fields(d)[0]]}
        ),
        "sections[0].fields[3].fields[1].type",
        "cannot hold another repeat",
    ),
    (
        "duplicate sub-field",
        lambda d: fields(d)[3]["fields"].append(dict(fields(d)[3]["fields"][0])),
        "sections[0].fields[3].fields[1].id",
        "sub-field id 'at' is already used",
    ),
    ("urgency not a choice", lambda d: d.update(urgency_field="detained"), "urgency_field", "needs single_choice"),
    ("mapped id missing", lambda d: d.update(consent={"record": "agreed"}), "consent.record", "'agreed' is not"),
    ("mapping a sub-field", lambda d: d.update(interview_fields={"date": "at"}), "interview_fields.date", "sub-fields"),
    ("unknown mapping key", lambda d: d.update(consent={"press": "detained"}), "consent", "'press' was unexpected"),
    ("client name not identifying", lambda d: d.update(client_name_fields=["detained"]), "client_name_fields[0]", "text"),
    ("version zero", lambda d: d.update(version=0), "version", "less than the minimum"),
]


@pytest.mark.parametrize(("case", "breaks", "path", "reason"), BROKEN, ids=[c[0] for c in BROKEN])
def test_broken_templates_are_refused_with_path_and_reason(
    case: str, breaks: Callable[[dict[str, Any]], None], path: str, reason: str, tmp_path: Path
) -> None:
    data = copy.deepcopy(minimal())
    breaks(data)
    file = tmp_path / "broken.yaml"
    file.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InvalidTemplate) as caught:
        load_template_file(file)
    error = caught.value
    assert isinstance(error, InvalidInput)
    assert any(p == path and reason in r for p, r in error.problems), error.problems
    message = str(error)
    assert str(file) in message and path in message and reason in message


def test_a_show_if_inside_a_repeat_may_name_an_earlier_sibling_or_a_top_level_field() -> None:
    data = minimal()
    fields(data)[3]["fields"] += [
        {"id": "court", "type": "text", "label": label("Court"), "sensitivity": "sensitive",
         "show_if": {"field": "at", "is_set": True}},
        {"id": "where", "type": "text", "label": label("Where"), "sensitivity": "sensitive",
         "show_if": {"field": "detained", "equals": True}},
    ]  # fmt: skip
    template = parse_template(data, "ok.yaml")
    court = template.field("hearings[].court")
    assert court.show_if is not None and court.show_if.sibling and court.show_if.target.id == "at"
    where = template.field("hearings[].where")
    assert where.show_if is not None and not where.show_if.sibling and where.show_if.target.id == "detained"


def test_a_sub_field_cannot_depend_on_its_own_group_or_a_later_sibling() -> None:
    data = minimal()
    fields(data)[3]["fields"][0]["show_if"] = {"field": "court", "is_set": True}
    fields(data)[3]["fields"].append({"id": "court", "type": "text", "label": label("C"), "sensitivity": "sensitive"})
    fields(data)[3]["fields"][1]["show_if"] = {"field": "hearings", "is_set": True}
    with pytest.raises(InvalidTemplate) as caught:
        parse_template(data, "x.yaml")
    reasons = dict(caught.value.problems)
    assert "not an earlier sub-field" in reasons["sections[0].fields[3].fields[0].show_if.field"]
    assert "its own repeat group" in reasons["sections[0].fields[3].fields[1].show_if.field"]


def test_contains_needs_a_list_and_equals_needs_a_single_value() -> None:
    data = minimal()
    fields(data)[3]["show_if"] = {"field": "status", "contains": "open"}
    with pytest.raises(InvalidTemplate, match="use equals or in"):
        parse_template(data, "x.yaml")


def test_a_key_given_twice_in_yaml_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "twice.yaml"
    file.write_text("id: a\nid: b\n", encoding="utf-8")
    with pytest.raises(InvalidTemplate, match="given twice"):
        load_template_file(file)


def test_the_shipped_templates_reader_keeps_the_rules() -> None:
    """The package's own files are read with libyaml (faster at every unlock): a key given twice is
    still refused, and the result is the pure-Python reader's, field for field."""
    with pytest.raises(InvalidTemplate, match="given twice"):
        parse_template_text("id: a\nid: b\n", "builtin/twice.yaml", shipped=True)
    text = yaml.safe_dump(minimal("both"), allow_unicode=True)
    assert parse_template_text(text, "x.yaml", shipped=True) == parse_template_text(text, "x.yaml")
    shipped = resources.files("fieldintake.app.templates").joinpath("builtin")
    for entry in template_files(shipped):
        assert load_template_file(entry, shipped=True) == load_template_file(entry), entry.name


def test_unreadable_yaml_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidTemplate, match=r"bad\.yaml.*cannot be read as YAML"):
        parse_template_text("id: [unclosed", str(tmp_path / "bad.yaml"))


def test_json_templates_are_accepted(tmp_path: Path) -> None:
    file = tmp_path / "sample.v1.json"
    file.write_text(json.dumps(minimal(), ensure_ascii=False), encoding="utf-8")
    assert load_template_file(file).key == ("sample", 1)


def _write(folder: Path, name: str, data: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_broken_user_template_is_reported_and_skipped_while_the_rest_load(tmp_path: Path) -> None:
    broken = minimal("broken")
    del fields(broken)[0]["sensitivity"]
    _write(tmp_path, "broken.yaml", broken)
    _write(tmp_path, "good.yaml", minimal("good"))
    (tmp_path / "notes.txt").write_text("not a template", encoding="utf-8")
    registry = TemplateRegistry(tmp_path)
    assert registry.latest("deportation-risk").version >= 1
    assert registry.latest("good").id == "good"
    assert [p.source for p in registry.problems] == [str(tmp_path / "broken.yaml")]
    assert "sensitivity" in str(registry.problems[0])
    with pytest.raises(NotFound):
        registry.latest("broken")


@pytest.mark.parametrize("name, text", [
    ("deep.yaml", "id: " + "[" * 5000 + "]" * 5000 + "\n"),
    ("deep.json", '{"id": ' + "[" * 5000 + "]" * 5000 + "}"),
    ("shallower.yaml", "id: " + "[" * 900 + "]" * 900 + "\n"),  # parses; the schema check recursed past the limit
])
def test_a_deeply_nested_user_template_is_reported_and_the_rest_load(tmp_path: Path, name: str, text: str) -> None:
    """The attack: a template file of nested brackets in the organisation's template folder raised
    RecursionError, which escaped the per-file check and kept every vault from opening."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    _write(tmp_path, "good.yaml", minimal("good"))
    registry = TemplateRegistry(tmp_path)
    assert registry.latest("good").id == "good"
    assert [p.source for p in registry.problems] == [str(tmp_path / name)]
    assert "nested too deeply" in str(registry.problems[0])


def test_two_versions_of_one_template_are_both_kept(tmp_path: Path) -> None:
    _write(tmp_path, "sample.v1.yaml", minimal("sample", 1))
    newer = minimal("sample", 2)
    fields(newer).append({"id": "notes", "type": "long_text", "label": label("Notes"), "sensitivity": "sensitive"})
    _write(tmp_path, "sample.v2.yaml", newer)
    registry = TemplateRegistry(tmp_path)
    assert not registry.problems
    assert not registry.get("sample", 1).has_field("notes")
    assert registry.get("sample", 2).has_field("notes")
    assert registry.latest("sample").version == 2
    assert registry.versions("sample") == [1, 2]
    assert [t.key for t in registry.all() if t.id == "sample"] == [("sample", 2)]
    with pytest.raises(NotFound, match="version 3"):
        registry.get("sample", 3)


def test_a_user_file_cannot_replace_a_released_version(tmp_path: Path) -> None:
    _write(tmp_path, "sample.yaml", minimal("sample", 1))
    _write(tmp_path, "sample-copy.yaml", minimal("sample", 1))
    _write(tmp_path, "fake-default.yaml", minimal("deportation-risk", 1))
    registry = TemplateRegistry(tmp_path)
    reasons = {Path(p.source).name: str(p) for p in registry.problems}
    assert set(reasons) == {"sample.yaml", "fake-default.yaml"}  # sample-copy.yaml sorts first and wins
    assert "builtin/deportation-risk.v1.yaml" in reasons["fake-default.yaml"]
    assert registry.get("deportation-risk", 1).source == "builtin/deportation-risk.v1.yaml"


def test_a_missing_templates_folder_is_fine(tmp_path: Path) -> None:
    registry = TemplateRegistry(tmp_path / "templates")
    assert not registry.problems
    assert [t.id for t in registry.all()] == ["deportation-risk"]


def test_the_example_in_the_docs_is_a_valid_template() -> None:
    docs = Path(__file__).resolve().parent.parent / "docs" / "templates.md"
    example = docs.read_text(encoding="utf-8").split("```yaml\n", 1)[1].split("```", 1)[0]
    template = parse_template_text(example, "docs/templates.md")
    assert template.key == ("shelter-intake", 1)
    assert template.field("detention_place").show_if is not None
    assert template.field("hearings[].at").deadline == "hearing"
