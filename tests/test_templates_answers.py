"""Answers: every field type's stored form, repeat groups, show_if and completeness."""

from __future__ import annotations

from typing import Any

import pytest

from fieldintake.app.templates import FIELD_TYPES, Template, is_visible, parse_template, validate_answers


def label(en: str) -> dict[str, str]:
    return {"en": en, "ru": f"{en} (ru)"}


def f(field_id: str, kind: str, **extra: Any) -> dict[str, Any]:
    return {"id": field_id, "type": kind, "label": label(field_id), "sensitivity": "sensitive", **extra}


def options(*ids: str) -> list[dict[str, Any]]:
    return [{"id": i, "label": label(i)} for i in ids]


@pytest.fixture(scope="module")
def template() -> Template:
    return parse_template(
        {
            "id": "every-type",
            "version": 1,
            "title": label("Every type"),
            "description": label("One field of each type"),
            "sections": [
                {
                    "id": "all",
                    "label": label("All"),
                    "fields": [
                        f("t", "text", required=True),
                        f("lt", "long_text"),
                        f("d", "date"),
                        f("dp", "date", partial=True),
                        f("dt", "datetime"),
                        f("n", "number"),
                        f("yn", "yes_no"),
                        f("sc", "single_choice", options=options("open", "closed", "other")),
                        f("mc", "multi_choice", options=options("x", "y", "z")),
                        f("c", "country"),
                        f("cm", "country", multiple=True),
                        f("lang", "language"),
                        f("lm", "language", multiple=True),
                        f("p", "phone"),
                        f(
                            "r",
                            "repeat",
                            min_rows=2,
                            fields=[
                                f("kind", "single_choice", options=options("a", "other")),
                                f("kind_other", "text", required=True, show_if={"field": "kind", "equals": "other"}),
                                f("when", "date", required=True),
                                f("where", "text", show_if={"field": "yn", "equals": True}),
                            ],
                        ),
                        f("detail", "text", required=True, show_if={"field": "yn", "equals": True}),
                        f("more", "text", show_if={"field": "detail", "is_set": True}),
                        f("why", "long_text", show_if={"field": "mc", "contains": "z"}),
                        f("closing", "text", show_if={"field": "sc", "in": ["open", "closed"]}),
                    ],
                }
            ],
        },
        "every-type.yaml",
    )


ROUND_TRIPS = [
    ("t", "Иванов Иван Иванович"),
    ("lt", "First line.\nSecond line."),
    ("d", "2025-03-14"),
    ("dp", "2022-09"),
    ("dp", "2022"),
    ("dt", "2025-03-14T09:30:00Z"),
    ("n", 3),
    ("n", 2.5),
    ("yn", True),
    ("yn", False),
    ("sc", "closed"),
    ("mc", ["x", "z"]),
    ("c", "KZ"),
    ("cm", ["RU", "UA"]),
    ("lang", "ce"),
    ("lang", "inh"),
    ("lm", ["ru", "kk"]),
    ("p", "+77011234567"),
]


@pytest.mark.parametrize(("field_id", "value"), ROUND_TRIPS, ids=[f"{k}={v!r}" for k, v in ROUND_TRIPS])
def test_each_type_round_trips(template: Template, field_id: str, value: Any) -> None:
    result = validate_answers(template, {field_id: value})
    assert result.errors == [] and result.warnings == []
    assert result.cleaned == {field_id: value}


def test_the_round_trips_cover_every_field_type(template: Template) -> None:
    covered = {template.field(field_id).type for field_id, _ in ROUND_TRIPS} | {"repeat"}
    assert covered == set(FIELD_TYPES)


NORMALISED = [
    ("p", "8 701 123 45 67", "+77011234567"),
    ("p", "+7 (701) 123-45-67", "+77011234567"),
    ("p", "+380 44 123 4567", "+380441234567"),
    ("c", "kz", "KZ"),
    ("cm", "ua", ["UA"]),
    ("cm", ["RU", "ru", "KZ"], ["RU", "KZ"]),
    ("lang", "rus", "ru"),
    ("lang", "CHE", "ce"),
    ("lm", ["rus", "ru", "kaz"], ["ru", "kk"]),
    ("dt", "2025-03-14T14:30:00+05:00", "2025-03-14T09:30:00Z"),
    ("dt", "2025-03-14T09:30:00.250Z", "2025-03-14T09:30:00Z"),
    ("mc", ["z", "x", "z"], ["x", "z"]),
    ("t", "  Серге\u0438\u0306  ", "Сергей"),  # a decomposed й becomes one character
    ("lt", "one\r\ntwo\r\n", "one\ntwo"),
]


@pytest.mark.parametrize(("field_id", "given", "stored"), NORMALISED, ids=[f"{k}={v!r}" for k, v, _ in NORMALISED])
def test_values_are_normalised(template: Template, field_id: str, given: Any, stored: Any) -> None:
    result = validate_answers(template, {field_id: given})
    assert result.errors == [] and result.warnings == []
    assert result.cleaned == {field_id: stored}


def test_a_phone_for_another_region_uses_the_default_region(template: Template) -> None:
    result = validate_answers(template, {"p": "8 (912) 345-67-89"}, default_region="RU")
    assert result.cleaned == {"p": "+79123456789"}


@pytest.mark.parametrize("typed", ["ask for Aigerim at the shop", "+7 701", "12"])
def test_a_phone_that_does_not_parse_is_kept_as_typed_with_a_warning(template: Template, typed: str) -> None:
    result = validate_answers(template, {"p": f" {typed} "})
    assert result.errors == []
    assert result.cleaned == {"p": typed}
    assert [(w.path, w.code) for w in result.warnings] == [("p", "phone")]


INVALID = [
    ("t", 5),
    ("d", "2025-02-30"),
    ("d", "14.03.2025"),
    ("d", "2025-03"),
    ("dp", "2025-13"),
    ("dt", "2025-03-14T09:30:00"),
    ("dt", "2025-03-14"),
    ("n", "3"),
    ("n", True),
    ("n", float("nan")),
    ("yn", "yes"),
    ("yn", 1),
    ("sc", "archived"),
    ("mc", "x"),
    ("mc", ["x", "w"]),
    ("c", "XX"),
    ("c", "KAZ"),
    ("lang", "zz"),
    ("lang", "Russian"),
    ("p", 77011234567),
    ("r", {"when": "2025-01-01"}),
]


@pytest.mark.parametrize(("field_id", "value"), INVALID, ids=[f"{k}={v!r}" for k, v in INVALID])
def test_invalid_values_are_errors_and_left_out(template: Template, field_id: str, value: Any) -> None:
    result = validate_answers(template, {field_id: value})
    assert [e.path for e in result.errors] == [field_id]
    assert field_id not in result.cleaned


def test_an_unlikely_year_is_a_warning(template: Template) -> None:
    result = validate_answers(template, {"d": "0202-03-14"})
    assert result.errors == [] and result.cleaned == {"d": "0202-03-14"}
    assert [(w.path, w.code) for w in result.warnings] == [("d", "year")]


def test_unknown_fields_are_errors(template: Template) -> None:
    result = validate_answers(template, {"t": "x", "nickname": "y"})
    assert [(e.path, e.code) for e in result.errors] == [("nickname", "unknown")]
    assert result.cleaned == {"t": "x"}


def test_answers_must_be_an_object(template: Template) -> None:
    assert validate_answers(template, ["t"]).errors[0].path == ""


def test_empty_values_are_dropped(template: Template) -> None:
    result = validate_answers(template, {"t": "  ", "lt": "", "mc": [], "cm": [], "c": None, "r": [{}, {"when": ""}]})
    assert result.ok and result.cleaned == {}


def test_false_and_zero_are_answers_not_empty(template: Template) -> None:
    assert validate_answers(template, {"yn": False, "n": 0}).cleaned == {"yn": False, "n": 0}


def test_repeat_rows_are_cleaned_and_errors_carry_the_row_index(template: Template) -> None:
    answers = {
        "r": [
            {"kind": "a", "when": "2025-01-02"},
            {"kind": "a", "when": "02.01.2025"},
            {},
            {"kind": "b", "when": "2025-01-04", "colour": "red"},
            "not a row",
        ]
    }
    result = validate_answers(template, answers)
    assert [(e.path, e.code) for e in result.errors] == [
        ("r[1].when", "invalid"),
        ("r[3].colour", "unknown"),
        ("r[3].kind", "invalid"),
        ("r[4]", "invalid"),
    ]
    assert result.cleaned == {"r": [{"kind": "a", "when": "2025-01-02"}, {"kind": "a"}, {"when": "2025-01-04"}]}


def test_complete_mode_checks_required_fields_and_min_rows(template: Template) -> None:
    answers = {"t": "x", "r": [{"kind": "a"}]}
    assert validate_answers(template, answers).ok
    result = validate_answers(template, answers, complete=True)
    assert [(e.path, e.code) for e in result.errors] == [("r[0].when", "required"), ("r", "required")]
    fixed = {"t": "x", "r": [{"when": "2025-01-01"}, {"when": "2025-01-02"}]}
    assert validate_answers(template, fixed, complete=True).ok


def test_required_top_level_field_missing_only_matters_when_complete(template: Template) -> None:
    assert validate_answers(template, {}).ok
    errors = validate_answers(template, {}, complete=True).errors
    assert [(e.path, e.code) for e in errors] == [("t", "required"), ("r", "required")]


def test_a_hidden_field_is_dropped_and_not_required(template: Template) -> None:
    answers = {"t": "x", "yn": False, "detail": "kept by the form while hidden"}
    result = validate_answers(template, answers, complete=True)
    assert "detail" not in result.cleaned
    assert not any(e.path == "detail" for e in result.errors)
    assert [(w.path, w.code) for w in result.warnings] == [("detail", "hidden")]


def test_a_shown_required_field_is_reported_in_complete_mode(template: Template) -> None:
    result = validate_answers(template, {"t": "x", "yn": True}, complete=True)
    assert ("detail", "required") in [(e.path, e.code) for e in result.errors]
    assert validate_answers(template, {"t": "x", "yn": True, "detail": "d"}).cleaned["detail"] == "d"


def test_hiding_carries_down_a_chain_of_conditions(template: Template) -> None:
    answers = {"yn": False, "detail": "d", "more": "m"}
    assert "more" not in validate_answers(template, answers).cleaned
    assert not is_visible(template.field("more"), answers)
    shown = {"yn": True, "detail": "d", "more": "m"}
    assert validate_answers(template, shown).cleaned == shown
    assert is_visible(template.field("more"), shown)


def test_contains_and_in_conditions(template: Template) -> None:
    why, closing = template.field("why"), template.field("closing")
    assert is_visible(why, {"mc": ["x", "z"]}) and not is_visible(why, {"mc": ["x"]}) and not is_visible(why, {})
    assert is_visible(closing, {"sc": "open"}) and not is_visible(closing, {"sc": "other"})
    result = validate_answers(template, {"mc": ["x"], "why": "w", "sc": "closed", "closing": "c"})
    assert result.cleaned == {"mc": ["x"], "sc": "closed", "closing": "c"}


def test_show_if_inside_a_repeat_on_a_sibling(template: Template) -> None:
    kind_other = template.field("r[].kind_other")
    assert is_visible(kind_other, {}, {"kind": "other"})
    assert not is_visible(kind_other, {}, {"kind": "a"})
    answers = {
        "t": "x",
        "r": [
            {"kind": "other", "when": "2025-01-01"},
            {"kind": "a", "kind_other": "dropped", "when": "2025-01-02"},
        ],
    }
    result = validate_answers(template, answers, complete=True)
    assert [(e.path, e.code) for e in result.errors] == [("r[0].kind_other", "required")]
    assert [(w.path, w.code) for w in result.warnings] == [("r[1].kind_other", "hidden")]
    assert result.cleaned["r"][1] == {"kind": "a", "when": "2025-01-02"}


def test_show_if_inside_a_repeat_on_a_top_level_field(template: Template) -> None:
    where = template.field("r[].where")
    assert is_visible(where, {"yn": True}, {}) and not is_visible(where, {"yn": False}, {"where": "w"})
    rows = [{"when": "2025-01-01", "where": "Almaty"}]
    assert validate_answers(template, {"yn": True, "detail": "d", "r": rows}).cleaned["r"] == rows
    assert validate_answers(template, {"yn": False, "r": rows}).cleaned["r"] == [{"when": "2025-01-01"}]


def test_a_yes_no_condition_is_not_met_by_a_number(template: Template) -> None:
    assert not is_visible(template.field("detail"), {"yn": 1})
