"""Pages: flowables for parts and blocks, and a canvas that numbers pages after layout.

One layout pass. The canvas keeps each finished page until the end, when the
total is known; then it draws the header, "Page X of Y", the Bates number and
the contents (whose entries were numbered during layout) on every page.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from fieldintake.exports.pdf.content import Grid, Pairs, Part, Prose
from fieldintake.exports.pdf.exhibits import Slot, fit
from fieldintake.exports.pdf.fonts import MONO, SANS, SANS_BOLD, with_fallback
from fieldintake.exports.pdf.numbering import Numbering
from fieldintake.exports.pdf.styles import (
    FRAME_HEIGHT, FRAME_WIDTH, INK, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, PAGE, RULE, SHADE, TOC_LINE, Styles,
)


def text(value: str) -> str:
    """Plain text as paragraph markup: escaped, line breaks kept."""
    return with_fallback(escape(value).replace("\n", "<br/>"))


def toc_lines_per_page() -> int:
    """Contents lines on one page, with room above the footer rule."""
    return int((FRAME_HEIGHT - 36) // TOC_LINE)


@dataclass
class PageContext:
    """What the canvas needs at the end: shared by the flowables that fill it during layout."""

    numbering: Numbering
    header_left: str
    header_right: str
    contents_title: str
    toc: list[tuple[int, str]] = field(default_factory=list)  # (level, heading)
    toc_pages: int = 0
    heading_pages: dict[int, int] = field(default_factory=dict)
    slots: dict[tuple[str, int], Slot] = field(default_factory=dict)
    pages: int = 0

    def plan_toc(self) -> None:
        per_page = toc_lines_per_page()
        first = per_page - 3
        extra = max(0, len(self.toc) - first)
        self.toc_pages = 1 + math.ceil(extra / per_page)


class Heading(Paragraph):
    """A part or section heading that notes its page for the contents."""

    def __init__(self, ctx: PageContext, index: int, markup: str, style: Any) -> None:
        super().__init__(markup, style)
        self._ctx = ctx
        self._index = index

    def draw(self) -> None:
        self._ctx.heading_pages[self._index] = self.canv.getPageNumber()
        super().draw()


class FullPage(Flowable):
    """Takes a whole frame: a reserved contents page, or the slot for one exhibit page."""

    def __init__(self, ctx: PageContext, caption: str = "", key: tuple[str, int] | None = None,
                 framed: tuple[float, float] | None = None) -> None:
        super().__init__()
        self._ctx = ctx
        self._caption = caption
        self._key = key
        self._framed = framed  # the exhibit page's size: a hairline frame shows its edges

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height
        if avail_height < FRAME_HEIGHT / 2:  # too little room left: ask for a fresh page
            return avail_width, FRAME_HEIGHT + 1
        return avail_width, avail_height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        if self._caption:
            canvas.setFont(SANS_BOLD, 9)
            canvas.setFillColor(MUTED)
            canvas.drawString(0, top - 10, self._caption)
            top -= 18
        if self._key is not None:
            x, y = canvas.absolutePosition(0, 0)
            self._ctx.slots[self._key] = Slot(canvas.getPageNumber(), x, y, self.width, top)
        if self._framed is not None and min(self._framed) > 0:
            dx, dy, scale = fit(self.width, top, *self._framed)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.rect(dx, dy, self._framed[0] * scale, self._framed[1] * scale, stroke=1, fill=0)


class UprightImage(Flowable):
    """An image drawn as its EXIF orientation says, from the original bytes (nothing re-encoded)."""

    def __init__(self, data: bytes, stored: tuple[float, float], orientation: int, scale: float) -> None:
        super().__init__()
        self._data = data
        self._stored = (stored[0] * scale, stored[1] * scale)
        self._orientation = orientation
        turned = orientation in (6, 8)
        self.width, self.height = (self._stored[1], self._stored[0]) if turned else self._stored

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        if self._orientation == 3:
            canvas.translate(self.width, self.height)
            canvas.rotate(180)
        elif self._orientation == 6:  # stored turned left: turn it right
            canvas.translate(0, self.height)
            canvas.rotate(-90)
        elif self._orientation == 8:
            canvas.translate(self.width, 0)
            canvas.rotate(90)
        canvas.drawImage(ImageReader(io.BytesIO(self._data)), 0, 0, *self._stored)
        canvas.restoreState()


def part_flowables(parts: Sequence[Part], ctx: PageContext, styles: Styles) -> list[Flowable]:
    flow: list[Flowable] = []
    for part in parts:
        index = len(ctx.toc)
        ctx.toc.append((part.level, part.heading))
        style = styles.h0 if part.level == 0 else styles.h1
        if part.new_page:
            flow.append(PageBreakIfNotEmpty())
        heading = Heading(ctx, index, text(part.heading), style)
        blocks = [f for block in part.blocks for f in block_flowables(block, styles)]
        if blocks:  # keep a heading with the start of what follows it
            flow.append(KeepTogether([heading, blocks[0]], maxHeight=FRAME_HEIGHT * 0.4))
            flow.extend(blocks[1:])
        else:
            flow.append(heading)
    return flow


def block_flowables(block: Pairs | Grid | Prose, styles: Styles) -> list[Flowable]:
    if isinstance(block, Pairs):
        return [pairs_table(block.rows, styles)]
    if isinstance(block, Grid):
        return [grid_table(block, styles)]
    out: list[Flowable] = []
    if block.caption:
        out.append(Paragraph(text(block.caption), styles.caption))
    for chunk in (c.strip() for c in block.text.split("\n\n")):
        if chunk:
            out.append(Paragraph(text(chunk), styles.body))
    return out


def cell(value: str, style: Any, width: float) -> str | Paragraph:
    """A plain string when it fits on one line (cheap to lay out), else a wrapping paragraph."""
    if "\n" not in value and stringWidth(value, style.fontName, style.fontSize) <= width:
        return value
    return Paragraph(text(value), style)


def _cell_fonts(style: Any, cells: tuple[tuple[int, int], tuple[int, int]]) -> list[tuple[Any, ...]]:
    """Table style commands so that plain-string cells look like their paragraph style."""
    start, stop = cells
    return [("FONTNAME", start, stop, style.fontName), ("FONTSIZE", start, stop, style.fontSize),
            ("LEADING", start, stop, style.leading), ("TEXTCOLOR", start, stop, style.textColor)]


CELL_PADDING = 10


def pairs_table(rows: Sequence[tuple[str, str]], styles: Styles, mono: bool = False) -> Table:
    value_style = styles.mono if mono else styles.cell
    widths = [FRAME_WIDTH * 0.32, FRAME_WIDTH * 0.68]
    data = [[cell(k, styles.label, widths[0] - CELL_PADDING), cell(v, value_style, widths[1] - CELL_PADDING)]
            for k, v in rows]
    table = Table(data, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle(_cell_fonts(styles.label, ((0, 0), (0, -1))) + _cell_fonts(value_style, ((1, 0), (1, -1))) + [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.35, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]))
    table.spaceAfter = 6
    return table


def grid_table(grid: Grid, styles: Styles, widths: Sequence[float] | None = None) -> Table:
    mono = set(grid.mono_columns)
    count = max(1, len(grid.header))
    widths = list(widths) if widths else [FRAME_WIDTH / count] * count
    data: list[list[Any]] = [[cell(h, styles.cell_head, widths[i] - 8) for i, h in enumerate(grid.header)]]
    for row in grid.rows:
        data.append([cell(v, styles.mono if i in mono else styles.cell, widths[i] - 8) for i, v in enumerate(row)])
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    fonts = _cell_fonts(styles.cell_head, ((0, 0), (-1, 0))) + _cell_fonts(styles.cell, ((0, 1), (-1, -1)))
    for column in mono:
        fonts += _cell_fonts(styles.mono, ((column, 1), (column, -1)))
    table.setStyle(TableStyle(fonts + [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 0.5, RULE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    table.spaceAfter = 8
    return table


def spacer(height: float) -> Spacer:
    return Spacer(1, height)


def canvas_class(ctx: PageContext) -> type[Canvas]:
    """A canvas that holds pages until the total is known, then decorates each one."""

    class NumberingCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            ctx.pages = total
            for state in self._held:
                self.__dict__.update(state)
                decorate(self, ctx, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberingCanvas


def decorate(canvas: Canvas, ctx: PageContext, total: int) -> None:
    page = canvas.getPageNumber()
    width, height = PAGE
    canvas.saveState()
    top = height - MARGIN_TOP + 9
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, top - 3, width - MARGIN_X, top - 3)
    canvas.setFillColor(INK)
    canvas.setFont(SANS_BOLD, 8)
    canvas.drawString(MARGIN_X, top + 2, ctx.header_left)
    canvas.setFont(SANS, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawRightString(width - MARGIN_X, top + 2, ctx.header_right)
    bottom = MARGIN_BOTTOM - 12
    canvas.line(MARGIN_X, bottom + 10, width - MARGIN_X, bottom + 10)
    canvas.setFont(SANS, 8)
    canvas.drawString(MARGIN_X, bottom, ctx.numbering.page_of(page, total))
    canvas.setFillColor(INK)
    canvas.setFont(MONO, 8.5)
    canvas.drawRightString(width - MARGIN_X, bottom, ctx.numbering.bates(page))
    canvas.restoreState()
    first_toc = 2
    if first_toc <= page < first_toc + ctx.toc_pages:
        _draw_contents(canvas, ctx, page - first_toc)


def _draw_contents(canvas: Canvas, ctx: PageContext, sheet: int) -> None:
    per_page = toc_lines_per_page()
    first = per_page - 3
    start, stop = (0, first) if sheet == 0 else (first + (sheet - 1) * per_page, first + sheet * per_page)
    y = PAGE[1] - MARGIN_TOP - 20
    canvas.saveState()
    if sheet == 0:
        canvas.setFont(SANS_BOLD, 15)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN_X, y, ctx.contents_title)
        y -= 3 * TOC_LINE
    right = PAGE[0] - MARGIN_X
    for index in range(start, min(stop, len(ctx.toc))):
        level, heading = ctx.toc[index]
        number = str(ctx.heading_pages.get(index, ""))
        font, size = (SANS_BOLD, 9.5) if level == 0 else (SANS, 9)
        indent = 0 if level == 0 else 14
        room = right - MARGIN_X - indent - stringWidth(number, SANS, 9) - 24
        shown = _fit(heading, font, size, room)
        canvas.setFont(font, size)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN_X + indent, y, shown)
        canvas.setFont(SANS, 9)
        canvas.drawRightString(right, y, number)
        lead_from = MARGIN_X + indent + stringWidth(shown, font, size) + 6
        lead_to = right - stringWidth(number, SANS, 9) - 6
        if lead_to > lead_from:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.6)
            canvas.setDash(0.6, 2.4)
            canvas.line(lead_from, y + 1, lead_to, y + 1)
            canvas.setDash()
        y -= TOC_LINE
    canvas.restoreState()


def _fit(value: str, font: str, size: float, room: float) -> str:
    if stringWidth(value, font, size) <= room:
        return value
    while value and stringWidth(value + "…", font, size) > room:
        value = value[:-1]
    return value.rstrip() + "…"
