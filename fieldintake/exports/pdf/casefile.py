"""Rendering a case file: content, one layout pass, exhibit pages drawn in, one clean write."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from collections.abc import Callable
from typing import Any

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from pypdf.generic import ArrayObject, ByteStringObject, DictionaryObject, NameObject, create_string_object
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer
from reportlab.platypus.doctemplate import BaseDocTemplate, PageTemplate
from reportlab.platypus.frames import Frame

from fieldintake.app.attachments import display_name
from fieldintake.app.model import Case
from fieldintake.errors import Cancelled
from fieldintake.exports.pdf import exhibits as ex
from fieldintake.exports.pdf import pdfa
from fieldintake.exports.pdf.authenticity import authenticity_flowables
from fieldintake.exports.pdf.content import Grid, Part, case_parts, extra_parts
from fieldintake.exports.pdf.fonts import register_fonts
from fieldintake.exports.pdf.integrity import exhibit_entries, how_to_check, integrity_lines, merge_notes, signature_lines
from fieldintake.exports.pdf.labels import label
from fieldintake.exports.pdf.layout import (
    FullPage, Heading, PageContext, UprightImage, canvas_class, grid_table, pairs_table, part_flowables, text,
)
from fieldintake.exports.pdf.glyphs import glyph_warnings
from fieldintake.exports.pdf.numbering import Numbering
from fieldintake.exports.pdf.photoslip import photo_slip
from fieldintake.exports.pdf.options import CaseFileParts, PdfOptions
from fieldintake.exports.pdf.styles import (
    FRAME_HEIGHT, FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, PAGE, Styles, make_styles,
)
from fieldintake.exports.pdf.values import utc_text

PRODUCER = "fieldintake"


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int
    sha256: str
    warnings: tuple[str, ...] = ()  # fields with characters no font can draw (glyphs.py)


STEPS = 1000  # progress is reported as (done, STEPS): reading 0-100, layout 100-900, exhibit pages 900-990


class _Progress:
    """Maps each phase onto its share of STEPS, never going backwards; checks cancel at each report."""

    def __init__(self, options: PdfOptions) -> None:
        self._options = options
        self._last = 0

    def phase(self, start: int, stop: int, done: int, total: int) -> None:
        if self._options.cancel is not None and self._options.cancel():
            raise Cancelled("Cancelled.")
        value = start + (stop - start) * min(done, total) // max(total, 1)
        if self._options.progress is not None and value > self._last:
            self._last = value
            self._options.progress(value, STEPS)


class _Doc(BaseDocTemplate):
    """Reports progress and honours cancel between flowables."""

    def __init__(self, buffer: io.BytesIO, progress: _Progress, total: int, **kwargs: Any) -> None:
        super().__init__(buffer, **kwargs)
        self._progress = progress
        self._total = total
        self._done = 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        self._done += 1
        if self._done % 10 == 0:
            self._progress.phase(100, 900, self._done, self._total)


def render_case_file(parts: CaseFileParts, options: PdfOptions | None = None) -> RenderedPdf:
    options = options or PdfOptions()
    register_fonts()
    generated = options.generated_at()
    case = parts.case
    lang = options.lang
    attachments = list(case.attachments) if options.include_exhibits else []
    content = case_parts(case, parts.template, lang)
    progress = _Progress(options)
    exhibits = ex.load_exhibits(attachments, parts.read_exhibit, options.max_exhibit_bytes,
                                lambda done: progress.phase(0, 100, done, len(attachments)),
                                leave_out=frozenset(options.leave_out))
    styles = make_styles()
    title = options.title_override or label("case_file", lang)
    ctx = PageContext(
        numbering=Numbering(lang, options.bates_prefix, options.bates_start, options.bates_digits),
        header_left=f"{case.reference} · {title}",
        header_right=label("confidential_short", lang) if options.confidential else "",
        contents_title=label("contents", lang),
    )
    flow = _cover(case, options, title, generated, styles)
    body = part_flowables(content, ctx, styles)
    body += _exhibit_flowables(exhibits, ctx, styles, lang) if options.include_exhibits else []
    body += part_flowables(extra_parts(options.extra_pages), ctx, styles)
    if parts.custody is not None and exhibits:
        body += authenticity_flowables(case, exhibits, parts.custody, options, generated, ctx, styles)
    notes = merge_notes(parts.conflicts, list(parts.disclosures), lang)
    lines = integrity_lines(case, exhibits, parts.audit_head, options, generated, notes)
    lines += signature_lines(options)
    body += _integrity_flowables(lines, ctx, styles, lang)
    body += [Paragraph(text(p), styles.note) for p in how_to_check(options, exhibits)]
    ctx.plan_toc()
    for _ in range(ctx.toc_pages):
        flow.append(FullPage(ctx))
    flow.extend(body)
    buffer = io.BytesIO()
    doc = _Doc(buffer, progress, len(flow), pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
               topMargin=MARGIN_TOP,
               bottomMargin=MARGIN_BOTTOM, invariant=1, title="", author="", creator=PRODUCER, producer=PRODUCER)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(flow, canvasmaker=canvas_class(ctx))
    archive = pdfa_step(options, exhibits, parts)
    data = _finish(buffer.getvalue(), exhibits, ctx, title, generated, progress, lang, archive)
    if options.signer is not None:  # the last step, on the finished bytes: nothing may change them after
        data = options.signer.sign(data, generated, exhibit_entries(exhibits))
    progress.phase(0, STEPS, 1, 1)
    return RenderedPdf(data, ctx.pages, hashlib.sha256(data).hexdigest(), tuple(glyph_warnings(case, content)))


def _cover(case: Case, options: PdfOptions, title: str, generated: datetime, styles: Styles) -> list[Flowable]:
    lang = options.lang
    rows = [
        (label("reference", lang), case.reference),
        (label("title", lang), case.title),
        (label("client", lang), case.client_name),
        (label("organisation", lang), options.organisation),
        (label("preparer", lang), options.preparer),
        (label("date", lang), generated.strftime("%Y-%m-%d")),
    ]
    flow: list[Flowable] = [
        Spacer(1, 60),
        Paragraph(text(case.reference), styles.cover_kicker),
        Paragraph(text(title), styles.cover_title),
        pairs_table([r for r in rows if r[1]], styles),
    ]
    if options.confidential:
        flow.append(Paragraph(text(label("confidential", lang)), styles.cover_mark))
    flow.append(PageBreak())
    return flow


def _exhibit_flowables(exhibits: list[ex.Exhibit], ctx: PageContext, styles: Styles, lang: str) -> list[Flowable]:
    index_part = Part(label("exhibits_index", lang), 0, new_page=True)
    flow = part_flowables([index_part], ctx, styles)
    if not exhibits:
        return flow + [Paragraph(text(label("no_exhibits", lang)), styles.note)]
    widths = [FRAME_WIDTH * w for w in (0.11, 0.37, 0.16, 0.14, 0.22)]
    header = [label(k, lang) for k in ("exhibit", "file_name", "media_type", "size", "imported")]
    rows: list[list[str]] = []
    for e in exhibits:
        a = e.attachment
        left_out = f"\n{label('left_out_short', lang)}" if e.kind == "left_out" else ""
        rows.append([e.number, display_name(a.file_name) + (f"\n{a.description}" if a.description else "") + left_out,
                     a.media_type, str(a.size), utc_text(a.imported_at)])
        rows.append(["", f"SHA-256 {a.sha256}", "", "", ""])
    table = grid_table(Grid(header, rows), styles, widths)
    for r in range(2, len(rows) + 1, 2):  # the hash on its own line, in the mono face, across the row
        table._cellvalues[r][1] = Paragraph(text(rows[r - 1][1]), styles.mono)
    table.setStyle([("SPAN", (1, r), (4, r)) for r in range(2, len(rows) + 1, 2)]
                   + [("LINEBELOW", (0, r), (-1, r), 0, colors.white) for r in range(1, len(rows) + 1, 2)])
    flow.append(table)
    for e in exhibits:
        heading = f"{label('exhibit', lang)} {e.number}: {display_name(e.attachment.file_name)}"
        index = len(ctx.toc)
        ctx.toc.append((1, heading))
        flow.append(PageBreak())
        heading_flow = Heading(ctx, index, text(heading), styles.h1)
        if e.kind == "image":
            flow.append(heading_flow)
            flow.append(_image(e))
            if e.reduced_from is not None:
                flow.append(Paragraph(text(label("reduced", lang, w=e.reduced_from[0], h=e.reduced_from[1])),
                                      styles.note))
            flow.extend(photo_slip(e.data, lang, styles))
        elif e.kind == "pdf":
            flow.append(heading_flow)
            for page in range(e.pages):
                if page:
                    flow.append(PageBreak())
                caption = f"{label('exhibit', lang)} {e.number} — {label('exhibit_page', lang, x=page + 1, y=e.pages)}"
                flow.append(FullPage(ctx, caption, (e.number, page), ex.page_size(e, page)))
        else:
            flow.append(heading_flow)
            flow.append(pairs_table([("SHA-256", e.attachment.sha256), (label("media_type", lang), e.attachment.media_type)],
                                    styles, mono=True))
            note = {"unreadable": lambda: label("not_readable", lang, reason=e.reason),
                    "left_out": lambda: label("left_out", lang)}.get(e.kind, lambda: label("not_reproduced", lang))()
            flow.append(Paragraph(text(note), styles.note))
    return flow


def _image(e: ex.Exhibit) -> Flowable:
    """Scaled to the page width (or the room under the heading), small images not blown up past 3x."""
    width, height = e.image_size
    shown_w, shown_h = (height, width) if e.orientation in (6, 8) else (width, height)
    scale = min(FRAME_WIDTH / shown_w, (FRAME_HEIGHT - 60) / shown_h, 3.0)
    assert e.data is not None
    return UprightImage(e.data, (width, height), e.orientation, scale)


def _integrity_flowables(lines: list[tuple[str, str]], ctx: PageContext, styles: Styles, lang: str) -> list[Flowable]:
    flow = part_flowables([Part(label("integrity", lang), 0, new_page=True)], ctx, styles)
    flow.append(Paragraph(text(label("integrity_intro", lang)), styles.note))
    flow.append(Spacer(1, 6))
    for caption, value in lines:
        flow.append(Paragraph(text(caption), styles.label))
        flow.append(Paragraph(text(value), styles.mono))
        flow.append(Spacer(1, 5))
    return flow


def _notice(message: str, slot: ex.Slot) -> Any:
    """A page with ``message`` in ``slot``, to draw where an exhibit page could not be."""
    buffer = io.BytesIO()
    styles = make_styles()
    canvas = Canvas(buffer, pagesize=PAGE, invariant=1)
    paragraph = Paragraph(text(message), styles.note)
    _, height = paragraph.wrap(slot.width, slot.height)
    paragraph.drawOn(canvas, slot.x, slot.y + slot.height - height)
    canvas.showPage()
    canvas.save()
    return PdfReader(io.BytesIO(buffer.getvalue())).pages[0]


def pdfa_step(options: PdfOptions, exhibits: list[ex.Exhibit], parts: CaseFileParts) -> Callable[..., None] | None:
    """What makes the file PDF/A (``options.pdfa``), applied in ``_finish`` before its one write."""
    level = options.pdfa
    if not level:
        return None
    originals = pdfa.originals(exhibits, parts.read_exhibit, options.max_exhibit_bytes) if options.pdfa == "3b" else []
    return lambda writer, title: pdfa.apply(writer, level=level, title=title, producer=PRODUCER,
                                            generated=options.generated_at(), originals=originals)


def _finish(data: bytes, exhibits: list[ex.Exhibit], ctx: PageContext, title: str, generated: datetime,
            progress: _Progress, lang: str = "en", archive: Callable[..., None] | None = None) -> bytes:
    """Exhibit pages drawn into their slots; clean metadata; a deterministic /ID; one revision."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    by_number = {e.number: e for e in exhibits}
    slots = sorted(ctx.slots.items(), key=lambda kv: kv[1].page)
    for done, ((number, index), slot) in enumerate(slots, 1):
        target = writer.pages[slot.page - 1]
        exhibit = by_number[number]
        try:
            ex.place_page(target, exhibit, index, slot)
        except Exception:  # pypdf raises many types; one exhibit page must not cost the whole file
            target.merge_page(_notice(label("page_failed", lang, sha256=exhibit.attachment.sha256), slot))
        target.compress_content_streams()
        progress.phase(900, 990, done, len(slots))
    root = writer._root_object
    for name in ("/Metadata", "/OpenAction", "/AA", "/Names", "/AcroForm", "/PageLabels", "/Outlines"):
        if name in root:
            del root[NameObject(name)]
    stamp = generated.strftime("D:%Y%m%d%H%M%SZ")
    full_title = f"{title} {ctx.header_left.split(' · ')[0]}"
    writer._info = DictionaryObject({
        NameObject("/Title"): create_string_object(full_title),
        NameObject("/Producer"): create_string_object(PRODUCER),
        NameObject("/Creator"): create_string_object(PRODUCER),
        NameObject("/CreationDate"): create_string_object(stamp),
        NameObject("/ModDate"): create_string_object(stamp),
    })
    digest = hashlib.sha256(data)
    for e in exhibits:
        digest.update(e.attachment.sha256.encode("ascii"))
    file_id = ByteStringObject(digest.digest()[:16])
    writer._ID = ArrayObject([file_id, file_id])
    if archive is not None:
        archive(writer, full_title)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
