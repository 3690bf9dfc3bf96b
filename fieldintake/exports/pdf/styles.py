"""Typography: one calm sans-serif, a clear hierarchy, tables with light rules."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from fieldintake.exports.pdf.fonts import MONO, SANS, SANS_BOLD

PAGE = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 22 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5c5c5c")
RULE = colors.HexColor("#b8b8b8")
SHADE = colors.HexColor("#f1f1ee")
MARK = colors.HexColor("#8a1c1c")
TOC_LINE = 15.0


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle
    caption: ParagraphStyle
    mono: ParagraphStyle
    h0: ParagraphStyle
    h1: ParagraphStyle
    cover_kicker: ParagraphStyle
    cover_title: ParagraphStyle
    cover_mark: ParagraphStyle
    note: ParagraphStyle


def make_styles() -> Styles:
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13.5, textColor=INK, alignment=TA_LEFT,
                          spaceAfter=5)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.8, leading=11.8, spaceAfter=0)
    return Styles(
        body=body,
        cell=cell,
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=SANS_BOLD, fontSize=8, leading=10.5),
        label=ParagraphStyle("label", parent=cell, textColor=MUTED),
        caption=ParagraphStyle("caption", parent=body, fontName=SANS_BOLD, fontSize=8.5, leading=11, textColor=MUTED,
                               spaceBefore=6, spaceAfter=3),
        mono=ParagraphStyle("mono", parent=cell, fontName=MONO, fontSize=8, leading=10.5),
        h0=ParagraphStyle("h0", parent=body, fontName=SANS_BOLD, fontSize=15, leading=19, spaceBefore=0,
                          spaceAfter=10),
        h1=ParagraphStyle("h1", parent=body, fontName=SANS_BOLD, fontSize=11.5, leading=15, spaceBefore=14,
                          spaceAfter=6),
        cover_kicker=ParagraphStyle("kicker", parent=body, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=6),
        cover_title=ParagraphStyle("cover_title", parent=body, fontName=SANS_BOLD, fontSize=22, leading=28,
                                   spaceAfter=18),
        cover_mark=ParagraphStyle("cover_mark", parent=body, fontName=SANS_BOLD, fontSize=10, leading=14,
                                  textColor=MARK, borderColor=MARK, borderWidth=0.8, borderPadding=8, leftIndent=8, rightIndent=8,
                                  spaceBefore=28),
        note=ParagraphStyle("note", parent=body, textColor=MUTED, fontSize=8.8, leading=12),
    )
