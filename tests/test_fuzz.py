"""Fuzzing the parsers that read what others hand us: only our own clear errors come out.

JSON case documents, template files, contact cards and bundles (mutated real
ones) must never crash with anything but a ``FieldintakeError``, never hang,
and never write to the vault.
"""

from __future__ import annotations

import copy
import io
import json
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldintake.app import interchange
from fieldintake.app.templates import TemplateRegistry, parse_template, parse_template_text
from fieldintake.crypto.identity import ContactCard, Identity
from fieldintake.errors import FieldintakeError, InvalidTemplate
from fieldintake.exports.bundle import BytesMember, inspect_bundle, write_bundle
from tests.case_data import FULL_ANSWERS

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


def only_clear_errors(action) -> None:
    """Either it works, or it raises one of our errors with a one-line message for the user."""
    try:
        action()
    except FieldintakeError as exc:
        message = str(exc)
        assert message and "\n" not in message.strip() or isinstance(exc, InvalidTemplate), message


@pytest.fixture(scope="module")
def templates() -> TemplateRegistry:
    return TemplateRegistry(None)


def _valid_doc() -> dict:
    return {
        "format": "fieldintake.case/1", "id": "11111111-2222-4333-8444-555555555555", "reference": "FI-2026-0001",
        "title": "Fuzz", "status": "open", "urgency": "high", "tags": [], "notes": "",
        "created_at": "2026-11-20T10:00:00Z", "updated_at": "2026-11-20T10:00:00Z", "people": [],
        "interviews": [{"id": "11111111-2222-4333-8444-666666666666",
                        "template": {"id": "deportation-risk", "version": 1}, "status": "draft",
                        "answers": copy.deepcopy(FULL_ANSWERS),
                        "created_at": "2026-11-20T10:00:00Z", "updated_at": "2026-11-20T10:00:00Z"}],
        "deadlines": [], "attachments": [], "redaction_marks": [],
    }


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


ALL_PATHS = [p for p in _paths(_valid_doc()) if p]


@FUZZ
@given(st.sampled_from(ALL_PATHS), json_values)
def test_case_documents_with_any_value_anywhere(templates, path, value) -> None:
    doc = _valid_doc()
    node = doc
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    only_clear_errors(lambda: interchange.validate(json.loads(json.dumps(doc)), templates))


@FUZZ
@given(st.binary(max_size=300))
def test_case_json_bytes(templates, data) -> None:
    only_clear_errors(lambda: interchange.validate(interchange.parse(data, "fuzz"), templates))


BUILTIN = resources.files("fieldintake.app.templates").joinpath("builtin/deportation-risk.v1.yaml").read_text("utf-8")


@FUZZ
@given(st.integers(min_value=0, max_value=len(BUILTIN) - 1), st.text(max_size=8))
def test_template_text_with_an_edit_anywhere(position, insert) -> None:
    only_clear_errors(lambda: parse_template_text(BUILTIN[:position] + insert + BUILTIN[position + len(insert):], "fuzz.yaml"))


@FUZZ
@given(json_values)
def test_template_data_of_any_shape(data) -> None:
    only_clear_errors(lambda: parse_template(data, "fuzz.json"))


CARD = Identity.generate().card("Fuzz").to_text()


@FUZZ
@given(st.integers(min_value=0, max_value=len(CARD) - 1), st.text(max_size=6))
def test_contact_cards_with_an_edit_anywhere(position, insert) -> None:
    only_clear_errors(lambda: ContactCard.parse(CARD[:position] + insert + CARD[position + 1:]))


@pytest.fixture(scope="module")
def bundle() -> tuple[bytes, Identity]:
    sender, recipient = Identity.generate(), Identity.generate()
    out = io.BytesIO()
    write_bundle(out, sender=sender, sender_card=sender.card("Sender"), recipients=[recipient.age_recipient],
                 members=[BytesMember("cases/x.json", json.dumps(_valid_doc()).encode() * 40)])
    return out.getvalue(), recipient


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mutated_bundles(bundle, data) -> None:
    raw, recipient = bundle
    mutated = bytearray(raw)
    kind = data.draw(st.sampled_from(["flip", "truncate", "insert"]))
    at = data.draw(st.integers(min_value=0, max_value=len(raw) - 1))
    if kind == "flip":
        mutated[at] ^= data.draw(st.integers(min_value=1, max_value=255))
    elif kind == "truncate":
        del mutated[at:]
    else:
        mutated[at:at] = data.draw(st.binary(min_size=1, max_size=16))
    with pytest.raises(FieldintakeError):
        inspect_bundle(io.BytesIO(bytes(mutated)), identity=recipient)


def test_the_unmutated_bundle_is_fine(bundle) -> None:
    raw, recipient = bundle
    assert inspect_bundle(io.BytesIO(raw), identity=recipient).signature_valid


