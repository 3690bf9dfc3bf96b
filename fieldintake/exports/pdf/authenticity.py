"""The certificate of authenticity page: per exhibit its hash, acquisition and custody, then the declaration."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from reportlab.platypus import Flowable, Paragraph, Spacer

from fieldintake.app.attachments import display_name
from fieldintake.app.model import Case
from fieldintake.exports.pdf.content import Grid, Part
from fieldintake.exports.pdf.custody import CustodyEvent, event_text, words
from fieldintake.exports.pdf.exhibits import Exhibit
from fieldintake.exports.pdf.layout import PageContext, grid_table, pairs_table, part_flowables, text
from fieldintake.exports.pdf.options import PdfOptions
from fieldintake.exports.pdf.styles import FRAME_WIDTH, Styles
from fieldintake.exports.pdf.values import utc_text


def acquisition(case: Case, exhibit: Exhibit, events: Sequence[CustodyEvent], lang: str) -> str:
    """When and by whom: the 'added' entry of the audit chain, or the bundle the case came in."""
    w = words(lang)
    added = next((e for e in events if e.kind == "added"), None)
    if added is not None:
        return f"{utc_text(added.ts)} {w['by'].format(actor=added.actor)}"
    received = next((e for e in events if e.kind == "received"), None)
    if received is not None:
        return f"{utc_text(exhibit.attachment.imported_at)}; {w['received']} {received.detail}"
    return utc_text(exhibit.attachment.imported_at)


def authenticity_flowables(case: Case, exhibits: list[Exhibit], custody: Mapping[str, Sequence[CustodyEvent]],
                           options: PdfOptions, generated: datetime, ctx: PageContext, styles: Styles) -> list[Flowable]:
    lang = options.lang
    w = words(lang)
    flow = part_flowables([Part(w["title"], 0, new_page=True)], ctx, styles)
    flow.append(Paragraph(text(w["intro"]), styles.note))
    flow.append(Spacer(1, 6))
    rows: list[list[str]] = []
    for e in exhibits:
        events = list(custody.get(e.attachment.id, ()))
        later = [event_text(ev, lang) for ev in events if ev.kind != "added"]
        rows.append([e.number, display_name(e.attachment.file_name), acquisition(case, e, events, lang),
                     "\n".join(later) or w["none"]])
        rows.append(["", f"SHA-256 {e.attachment.sha256}", "", ""])
    table = grid_table(Grid([w["exhibit"], w["file"], w["acquired"], w["custody"]], rows), styles,
                       [FRAME_WIDTH * x for x in (0.1, 0.3, 0.25, 0.35)])
    table.setStyle([("SPAN", (1, r), (3, r)) for r in range(2, len(rows) + 1, 2)])
    flow.append(table)
    flow.append(Spacer(1, 12))
    name = options.preparer or w["nobody"]
    org = w["org"].format(org=options.organisation) if options.organisation else ""
    flow.append(Paragraph(text(w["declaration"].format(name=name, org=org, ref=case.reference)), styles.body))
    flow.append(Spacer(1, 8))
    flow.append(pairs_table([(w["name_line"], options.preparer), (w["date_line"], generated.strftime("%Y-%m-%d")),
                             (w["sign_line"], "")], styles))
    return flow
