"""A redacted summary of a case with 20 interviews: redaction plus rendering, goal < 2 s."""

from __future__ import annotations

import copy
import shutil
import tempfile
import time
from pathlib import Path

from keyring.backends.fail import Keyring as FailKeyring

from benchmarks.casedata import narrative
from benchmarks.report import Row
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.exports import summary
from fieldintake.exports.pdf import PdfOptions


def run(quick: bool) -> list[Row]:
    import random

    from tests.case_data import FULL_ANSWERS  # the full invented interview: every field answered

    tmp = Path(tempfile.mkdtemp(prefix="fi-summary-"))
    try:
        store = UserStore(Home(tmp), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
        with store.create("bench", "benchmark passphrase with enough words 2026").session as s:
            case = s.cases.create("Summary benchmark", urgency="critical")
            s.cases.add_person(case.id, "client", "Качкуркин Тимур Асланович", name_latin="Kachkurkin Timur")
            rng = random.Random(3)
            for _ in range(20):
                answers = copy.deepcopy(FULL_ANSWERS)
                answers["narrative"] = narrative(rng, "Качкуркина", 3000)
                s.cases.add_interview(case.id, "deportation-risk", answers=answers)
            best = float("inf")
            pages = 0
            for _ in range(1 if quick else 3):
                start = time.perf_counter()
                result = summary.redact(s, case.id, audience="un-body", skip_review=True)
                rendered = summary.render_summary(s, result, PdfOptions(), record=False)
                best = min(best, time.perf_counter() - start)
                pages = rendered.pages
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return [Row(f"redacted summary, 20 interviews ({pages} pages)", best, None, "redaction + rendering", "< 2 s")]
