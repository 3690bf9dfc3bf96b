"""The embedded Unicode fonts (DejaVu, see fonts/LICENSE-DejaVu.txt).

Standard PDF fonts know no Cyrillic; a TrueType font embedded (as a subset)
shows any script the font covers and lets a text extractor read it back.
reportlab keeps registered fonts in its own registry; registering is idempotent.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

SANS = "FieldintakeSans"
SANS_BOLD = "FieldintakeSans-Bold"
MONO = "FieldintakeMono"
_FILES = {SANS: "DejaVuSans.ttf", SANS_BOLD: "DejaVuSans-Bold.ttf", MONO: "DejaVuSansMono.ttf"}


def font_path(name: str) -> str:
    return str(resources.files(__package__).joinpath("fonts").joinpath(_FILES[name]))


@cache
def register_fonts() -> None:
    for name in _FILES:
        pdfmetrics.registerFont(TTFont(name, font_path(name)))
    for bold, italic, face in ((0, 0, SANS), (1, 0, SANS_BOLD), (0, 1, SANS), (1, 1, SANS_BOLD)):
        addMapping(SANS, bold, italic, face)
    # A canvas starts each page by selecting its base font; reportlab's default, Helvetica, is not embedded
    # (PDF/A forbids that): start with ours, which reportlab selects only when text is drawn.
    rl_config.canvas_basefontname = SANS


def missing_glyphs(text: str, name: str = SANS) -> set[str]:
    """Characters of ``text`` the font has no glyph for (they would print as boxes)."""
    register_fonts()
    font = pdfmetrics.getFont(name)
    cmap = font.face.charToGlyph  # type: ignore[attr-defined]
    return {c for c in set(text) if c.isprintable() and not c.isspace() and ord(c) not in cmap}
