"""A ~200-page case file, beside reportlab laying out the same paragraphs directly in the same run."""

from __future__ import annotations

import copy
import io
import time
from dataclasses import replace
from datetime import datetime, timezone

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks.report import Row
from fieldintake.app.model import Case, Interview
from fieldintake.app.templates import TemplateRegistry
from fieldintake.exports.pdf import CaseFileParts, PdfOptions, render_case_file
from fieldintake.exports.pdf.content import Grid, Pairs, case_parts
from fieldintake.crypto.identity import Identity
from fieldintake.exports.pdf.fonts import register_fonts
from fieldintake.exports.pdf.signing import Preparer
from fieldintake.exports.pdf.layout import text
from fieldintake.exports.pdf.styles import make_styles
from tests.case_data import FULL_ANSWERS, NARRATIVE

STAMP = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)


def _case(interviews: int, paragraphs: int) -> Case:
    case = Case("bench", "FI-2026-0001", "Benchmark case", "open", "critical", ["bench"], "", STAMP.isoformat(),
                STAMP.isoformat(), client_name="Качкуркин Тимур Асланович")
    for number in range(interviews):
        answers = copy.deepcopy(FULL_ANSWERS)
        answers["narrative"] = "\n\n".join(f"{k + 1}. {NARRATIVE}" for k in range(paragraphs))
        case.interviews.append(Interview(f"i{number}", "deportation-risk", 1, "complete", answers,
                                         "2026-11-20T09:30:00Z", "2026-11-20T09:30:00Z"))
    return case


def _reference(case: Case, registry: TemplateRegistry) -> bytes:
    """The same text as plain paragraphs (headings, labels, values, narratives), same font; no tables or numbering."""
    register_fonts()
    styles = make_styles()
    flow = []
    for part in case_parts(case, registry.get, "en"):
        flow.append(Paragraph(text(part.heading), styles.h0 if part.level == 0 else styles.h1))
        for block in part.blocks:
            if isinstance(block, Pairs):
                flow.extend(Paragraph(text(f"{k}: {v}"), styles.cell) for k, v in block.rows)
            elif isinstance(block, Grid):
                flow.extend(Paragraph(text(" | ".join(row)), styles.cell) for row in [block.header, *block.rows])
            else:
                flow.append(Paragraph(text(block.caption), styles.caption))
                flow.extend(Paragraph(text(chunk), styles.body) for chunk in block.text.split("\n\n") if chunk)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(flow)
    return buffer.getvalue()


def _best(fn, repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def run(quick: bool) -> list[Row]:
    interviews = 4 if quick else 38
    case = _case(interviews, paragraphs=14)
    registry = TemplateRegistry()
    parts = CaseFileParts(case, registry.get, None, (1, "0" * 64))
    options = PdfOptions(timestamp=STAMP)
    repeat = 1 if quick else 3
    render_case_file(parts, options)  # fonts loaded and parsed once, as in a running app
    ours, result = _best(lambda: render_case_file(parts, options), repeat)
    ref, _ = _best(lambda: _reference(case, registry), repeat)
    pages = result.pages  # type: ignore[attr-defined]
    signed_options = replace(options, signer=Preparer(Identity.generate(), "Benchmark preparer"))
    render_case_file(parts, signed_options)  # pyHanko imported once, as in a running app
    signed, _ = _best(lambda: render_case_file(parts, signed_options), repeat)
    return [Row(f"pdf case file ({pages} pages)", ours, ref, "reportlab: same text as paragraphs, plain SimpleDocTemplate",
                "< 3 s and <= 1.3x reportlab"),
            Row(f"pdf case file, signed ({pages} pages)", signed, ours, "the same file unsigned, same run",
                "<= 1.2x unsigned")]
