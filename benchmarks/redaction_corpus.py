"""The evaluation corpus (tests/redaction_corpus/cases) as real cases, run through the real redaction engine."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldintake.app.model import Case, Interview, Person
from fieldintake.app.templates.registry import TemplateRegistry
from fieldintake.exports.redaction import engine, redact_case
from fieldintake.exports.redaction.detectors import Detector
from fieldintake.exports.redaction.lexicon import fold

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "redaction_corpus"
CASES = CORPUS / "cases"  # generated (generate.py)
HANDWRITTEN = CORPUS / "handwritten"  # written by hand after the detectors were tuned, never tuned on
TEMPLATE = "deportation-risk"
_WORD = re.compile(r"[^\W_](?:[^\W_]|['’ʼ](?=[^\W_]))*")
CONSENT = {"consent_record": True, "consent_lawyer": True, "consent_unhcr": True, "consent_un_body": True,
           "interview_at": "2026-11-20T09:30:00Z"}


def load() -> list[dict[str, Any]]:
    docs = []
    for folder, name in ((CASES, "generated"), (HANDWRITTEN, "handwritten")):
        for p in sorted(folder.glob("*.json")):
            doc = json.loads(p.read_text(encoding="utf-8"))
            doc.setdefault("set", name)
            docs.append(doc)
    return docs


def to_case(doc: dict[str, Any], templates: TemplateRegistry) -> Case:
    template = templates.latest(TEMPLATE)
    recorded = dict(doc["recorded"])
    answers = CONSENT | recorded | {"narrative": doc["account"]}
    people = [Person(id="p1", role="client", name=recorded.get("client_name_native", ""),
                     name_latin=recorded.get("client_name_passport", ""),
                     birth_date=recorded.get("birth_date"))]
    interview = Interview("i1", TEMPLATE, template.version, "complete", answers, "2026-11-20T09:00:00Z",
                          "2026-11-20T09:00:00Z")
    return Case(id=f"c-{doc['id']}", reference=doc["id"], title="Evaluation case", status="open", urgency="normal",
                tags=[], notes="", created_at="2026-11-20T09:00:00Z", updated_at="2026-11-20T09:00:00Z",
                client_name=people[0].name, people=people, interviews=[interview])


def survives(secret: str, text: str) -> bool:
    """Whether ``secret`` (or, for numbers, seven of its digits in a row) is still in ``text``."""
    digits = re.sub(r"\D", "", secret)
    if len(digits) >= 6:
        runs = [re.sub(r"\D", "", m.group(0)) for m in re.finditer(r"\d[\d\s().\-/]*\d|\d", text)]
        window = min(7, len(digits))
        return any(digits[i:i + window] in run for run in runs for i in range(len(digits) - window + 1))
    pattern = rf"(?<!\w){re.escape(fold(secret))}(?!\w)"
    return re.search(pattern, fold(text)) is not None


@dataclass
class Outcome:
    doc: dict[str, Any]
    certain_text: str  # the account redacted with certain hits only (suggestions off)
    accepted_text: str  # ... and with every suggestion accepted
    words: int = 0
    removed_words: int = 0
    over_words: int = 0
    seconds: float = 0.0
    leaks_certain: list[dict[str, Any]] = field(default_factory=list)
    leaks_accepted: list[dict[str, Any]] = field(default_factory=list)


def run_case(doc: dict[str, Any], templates: TemplateRegistry) -> Outcome:
    import time

    case = to_case(doc, templates)
    certain = redact_case(case, templates, audience="lawyer", author="eval", suggest=False)
    start = time.perf_counter()
    accepted = redact_case(case, templates, audience="lawyer", author="eval", skip_review=True)
    seconds = time.perf_counter() - start
    out = Outcome(doc, certain.case.interviews[0].answers.get("narrative", ""),
                  accepted.case.interviews[0].answers.get("narrative", ""), seconds=seconds)
    out.leaks_certain = [s for s in doc["must_not_survive"] if survives(s["text"], out.certain_text)]
    out.leaks_accepted = [s for s in doc["must_not_survive"] if survives(s["text"], out.accepted_text)]
    # Over-redaction: words inside a removal that are not part of any identifying string.
    sources, _people, _pending, _pass1 = engine._with_suggestions(case, templates, "lawyer", (), True)
    account = doc["account"]
    hits = Detector(sources).hits(account)
    identifying = []
    folded = fold(account)
    for s in doc["must_not_survive"]:
        for m in re.finditer(re.escape(fold(s["text"])), folded):
            identifying.append((m.start(), m.end()))
    for m in _WORD.finditer(account):
        out.words += 1
        if any(h.start < m.end() and m.start() < h.end for h in hits):
            out.removed_words += 1
            if not any(a < m.end() and m.start() < b for a, b in identifying):
                out.over_words += 1
    return out
