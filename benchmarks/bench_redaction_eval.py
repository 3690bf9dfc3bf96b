"""Redaction quality on the evaluation corpus, per category and language, plus speed (``make bench``).

Prints forms leaked / total (recorded values, and values no field records:
with certain hits only, and after accepting every suggestion), words removed
that were not identifying / total words, seconds per summary, and the time
of a cold 20-interview summary including loading the models (fresh process).
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from benchmarks.redaction_corpus import load, run_case
from benchmarks.report import Row

NAME_CATEGORIES = {"unrecorded_name", "lowercase", "kazakh", "ukrainian", "chechen"}

COLD_SUMMARY = r"""
import copy, random, shutil, sys, tempfile, time
from pathlib import Path
start = time.perf_counter()
from keyring.backends.fail import Keyring
from benchmarks.casedata import narrative
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.exports import summary
from fieldintake.exports.pdf import PdfOptions
from tests.case_data import FULL_ANSWERS
tmp = Path(tempfile.mkdtemp())
store = UserStore(Home(tmp), policy=FAST_FOR_TESTS, device=DeviceSecrets(Keyring()))
with store.create("bench", "benchmark passphrase with enough words 2026").session as s:
    case = s.cases.create("Summary benchmark", urgency="critical")
    s.cases.add_person(case.id, "client", "Качкуркин Тимур Асланович", name_latin="Kachkurkin Timur")
    rng = random.Random(3)
    for _ in range(20):
        answers = copy.deepcopy(FULL_ANSWERS)
        answers["narrative"] = narrative(rng, "Качкуркина", 3000)
        s.cases.add_interview(case.id, "deportation-risk", answers=answers)
    t0 = time.perf_counter()
    result = summary.redact(s, case.id, audience="un-body", skip_review=True)
    t1 = time.perf_counter()
    rendered = summary.render_summary(s, result, PdfOptions(), record=False)
    t2 = time.perf_counter()
    result = summary.redact(s, case.id, audience="un-body", skip_review=True)
    t3 = time.perf_counter()
    summary.render_summary(s, result, PdfOptions(), record=False)
    t4 = time.perf_counter()
print(t1 - t0, t2 - t1, t3 - t2, t4 - t3, rendered.pages)
shutil.rmtree(tmp, ignore_errors=True)
"""


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b}"


def evaluate(quick: bool = False) -> tuple[list[str], dict[str, float]]:
    from fieldintake.app.templates.registry import TemplateRegistry

    templates = TemplateRegistry()
    docs = load()
    if quick:
        docs = docs[::3]
    outcomes = [run_case(d, templates) for d in docs]
    table: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    names: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for o in outcomes:
        lang = o.doc["lang"]
        for cat in o.doc["categories"]:
            row = table[(cat, lang)]
            row["words"] += o.words
            row["over"] += o.over_words
            row["cases"] += 1
            row["seconds_ms"] += int(o.seconds * 1000)
        for s in o.doc["must_not_survive"]:
            row = table[(s["category"], lang)]
            kind = "rec" if s["recorded"] else "unrec"
            row[f"{kind}_total"] += 1
            row[f"{kind}_leak_certain"] += s in o.leaks_certain
            row[f"{kind}_leak_accepted"] += s in o.leaks_accepted
            if not s["recorded"] and s["category"] in NAME_CATEGORIES | {"transliteration"} and not any(c.isdigit() for c in s["text"]):
                names[lang]["total"] += 1
                names[lang]["caught"] += s not in o.leaks_accepted
    lines = ["category / language     recorded leaked   unrecorded leaked (certain only → all suggestions accepted)"
             "   over-redaction   ms/summary"]
    for (cat, lang), r in sorted(table.items()):
        over = f"{r['over']}/{r['words']} ({100 * r['over'] / max(r['words'], 1):.1f}%)"
        ms = r["seconds_ms"] / max(r["cases"], 1)
        lines.append(f"{cat:<16} {lang:<4}   {_ratio(r['rec_leak_accepted'], r['rec_total']):>8}   "
                     f"{_ratio(r['unrec_leak_certain'], r['unrec_total']):>6} → {_ratio(r['unrec_leak_accepted'], r['unrec_total']):<6}"
                     f"   {over:>20}   {ms:6.1f}")
    totals = {
        "recorded_leaks": sum(r["rec_leak_accepted"] for r in table.values()),
        "recorded_total": sum(r["rec_total"] for r in table.values()),
        "unrecorded_leaks": sum(r["unrec_leak_accepted"] for r in table.values()),
        "unrecorded_total": sum(r["unrec_total"] for r in table.values()),
        "over": sum(o.over_words for o in outcomes) / max(sum(o.words for o in outcomes), 1),
        "seconds": sum(o.seconds for o in outcomes) / max(len(outcomes), 1),
        "cases": len(outcomes),
    }
    lines.append("")
    for lang, r in sorted(names.items()):
        lines.append(f"unrecorded person names caught, {lang}: {r['caught']}/{r['total']} "
                     f"({100 * r['caught'] / max(r['total'], 1):.1f}%)")
        totals[f"names_{lang}"] = r["caught"] / max(r["total"], 1)
    for name in ("generated", "handwritten"):
        mine = [o for o in outcomes if o.doc["set"] == name]
        total = [s for o in mine for s in o.doc["must_not_survive"]]
        rec = [s for s in total if s["recorded"]]
        leaks_rec = sum(s in o.leaks_accepted for o in mine for s in o.doc["must_not_survive"] if s["recorded"])
        leaks_unrec = sum(s in o.leaks_accepted for o in mine for s in o.doc["must_not_survive"] if not s["recorded"])
        leaks_unrec_certain = sum(s in o.leaks_certain for o in mine for s in o.doc["must_not_survive"]
                                  if not s["recorded"])
        words = sum(o.words for o in mine)
        over = sum(o.over_words for o in mine)
        lines.append(f"{name} set, {len(mine)} cases: recorded leaked {leaks_rec}/{len(rec)}; unrecorded leaked "
                     f"{leaks_unrec_certain}/{len(total) - len(rec)} certain only, {leaks_unrec}/{len(total) - len(rec)} "
                     f"after accepting all; over-redaction {over}/{words} ({100 * over / max(words, 1):.1f}%)")
        totals[f"{name}_recorded_leaks"] = leaks_rec
    leaked = [(o.doc["id"], s["text"]) for o in outcomes for s in o.leaks_accepted]
    if leaked:
        lines.append("still leaked after accepting every suggestion: " + "; ".join(f"{i}: {t}" for i, t in leaked))
    return lines, totals


def run(quick: bool) -> list[Row]:
    lines, totals = evaluate(quick)
    print("\n".join(lines), flush=True)
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", COLD_SUMMARY], cwd=root, capture_output=True, text=True, check=True)
    redact_cold, render_cold, redact_warm, render_warm, pages = out.stdout.split()
    cold = float(redact_cold) + float(render_cold)
    warm = float(redact_warm) + float(render_warm)
    return [
        Row(f"redaction eval: recorded values leaked ({totals['cases']} cases)", totals["recorded_leaks"], None,
            f"of {totals['recorded_total']} forms", "0", unit="forms"),
        Row("redaction eval: unrecorded values leaked, all suggestions accepted", totals["unrecorded_leaks"], None,
            f"of {totals['unrecorded_total']} forms", "names ≥95% ru, ≥90% uk/kk/en", unit="forms"),
        *[Row(f"redaction eval: unrecorded names caught ({k[6:]})", 100 * v, None, "after accepting suggestions",
              "≥95 % ru, ≥90 % others", unit="%") for k, v in totals.items() if k.startswith("names_")],
        Row("redaction eval: over-redaction", 100 * totals["over"], None, "non-identifying words removed / words",
            "≤ 3 %", unit="%"),
        Row("redaction eval: one account, suggestions included", totals["seconds"], None, "models warm", "-"),
        Row(f"summary, 20 interviews, cold ({pages} pages)", cold, warm, "incl. loading the models; ref: warm",
            "< 2 s"),
    ]


if __name__ == "__main__":
    rows = run("--quick" in sys.argv)
    for r in rows:
        print(r)
    _ = time
