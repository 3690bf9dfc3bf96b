"""The evaluation corpus: enough varied cases, and no recorded value survives in any of them."""

from __future__ import annotations

import pytest

from benchmarks.redaction_corpus import load, run_case
from fieldintake.app.templates.registry import TemplateRegistry

REQUIRED = {"unrecorded_name", "lowercase", "kazakh", "ukrainian", "chechen", "transliteration", "diminutive",
            "phone", "telegram", "iin", "passport", "car_plate", "address", "birth_date", "birth_place"}
DOCS = load()


def test_the_corpus_covers_every_category() -> None:
    assert len(DOCS) >= 40
    assert REQUIRED <= {c for d in DOCS for c in d["categories"]}
    assert {"ru", "uk", "kk", "ce", "en"} <= {d["lang"] for d in DOCS}
    for d in DOCS:
        assert d["must_not_survive"], d["id"]
        for s in d["must_not_survive"]:
            assert s["text"].casefold() in d["account"].casefold(), (d["id"], s["text"])


@pytest.mark.parametrize("doc", DOCS, ids=[d["id"] for d in DOCS])
def test_no_recorded_value_survives(doc) -> None:
    outcome = run_case(doc, TemplateRegistry())
    assert [s["text"] for s in outcome.leaks_accepted if s["recorded"]] == []
    assert [s["text"] for s in outcome.leaks_certain if s["recorded"]] == []  # certain hits alone suffice for these
