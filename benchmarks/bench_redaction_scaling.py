"""Redaction time against the number of name hits in one text (issue 10, item 8: it was quadratic).

The initials look-behind searched from the start of the text for every hit;
now it looks only at the few characters before the name. Reported: the time
for N and 2N hits, and their ratio (about 2 when linear, about 4 when
quadratic), measured in the same run.
"""

from __future__ import annotations

import time

from benchmarks.report import Row
from fieldintake.exports.redaction.detectors import Detector, Sources


def _time(detector: Detector, hits: int) -> float:
    text = " ".join(f"Сказал Т. А. Качкуркин слово {i}." for i in range(hits))
    start = time.perf_counter()
    found = detector.hits(text)
    elapsed = time.perf_counter() - start
    assert len(found) >= hits
    return elapsed


def run(quick: bool) -> list[Row]:
    detector = Detector(Sources(people=[("client", ["Качкуркин Тимур"])]))
    n = 2_000 if quick else 10_000
    small, large = _time(detector, n), _time(detector, 2 * n)
    return [Row(f"redaction of one text, {2 * n} name hits (ref: {n})", large, small,
                "ratio ≈ 2 when linear, ≈ 4 when quadratic", "ratio < 2.5")]
