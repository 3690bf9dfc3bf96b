"""The embedded Unicode fonts (DejaVu, see fonts/LICENSE-DejaVu.txt), and a fallback for what DejaVu lacks.

DejaVu has no Chinese, Japanese or Korean characters (names of Kazakhs from
Xinjiang arrive in Chinese characters). Runs of characters DejaVu lacks are
drawn in a fallback font found on the system at run time: Droid Sans Fallback
(Debian/Ubuntu ``fonts-droid-fallback``, Apache 2.0, TrueType outlines, 7 MB,
what reportlab can embed), or WenQuanYi Micro Hei (``fonts-wqy-microhei``), or
the file named by ``FIELDINTAKE_FALLBACK_FONT``. Noto Sans CJK is not used: its
outlines are CFF, which reportlab cannot embed. What neither font has is
reported by ``unrenderable`` so exports warn, naming the field.

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
    cmap = font.face.charToGlyph
    return {c for c in set(text) if c.isprintable() and not c.isspace() and ord(c) not in cmap}


FALLBACK = "FieldintakeFallback"
FALLBACK_ENV = "FIELDINTAKE_FALLBACK_FONT"
FALLBACK_FILES = (
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",  # Debian, Ubuntu: fonts-droid-fallback
    "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",  # Fedora
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",  # Debian, Ubuntu: fonts-wqy-microhei
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",  # Fedora
)


def fallback_candidates() -> list[str]:
    import os

    chosen = os.environ.get(FALLBACK_ENV, "").strip()
    return ([chosen] if chosen else []) + list(FALLBACK_FILES)


@cache
def fallback_font() -> str | None:
    """Register the first fallback font found (once; it takes ~0.3 s); None when none is installed."""
    import os

    for path in fallback_candidates():
        if os.path.isfile(path):
            try:
                pdfmetrics.registerFont(TTFont(FALLBACK, path, subfontIndex=0))
            except Exception:  # a damaged or CFF font file: try the next
                continue
            return FALLBACK
    return None


@cache
def _cmap(name: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


def _drawable(c: str) -> bool:
    return c.isspace() or not c.isprintable() or ord(c) in _cmap(SANS)


def with_fallback(markup: str) -> str:
    """Paragraph markup with each run of characters DejaVu lacks set in the fallback font (when one has them)."""
    if markup.isascii() or all(_drawable(c) for c in set(markup)):  # each distinct character once
        return markup
    name = fallback_font()
    if name is None:
        return markup
    other = _cmap(name)
    out: list[str] = []
    run: list[str] = []
    for c in markup:
        if not _drawable(c) and ord(c) in other:
            run.append(c)
            continue
        if run:
            out.append(f'<font name="{name}">{"".join(run)}</font>')
            run = []
        out.append(c)
    if run:
        out.append(f'<font name="{name}">{"".join(run)}</font>')
    return "".join(out)


def unrenderable(text: str) -> set[str]:
    """Characters neither DejaVu nor the fallback font can draw (they would print as empty boxes)."""
    if text.isascii():
        return set()
    lacking = {c for c in set(text) if not _drawable(c)}
    if not lacking:
        return set()
    name = fallback_font()
    other = _cmap(name) if name else frozenset()
    return {c for c in lacking if ord(c) not in other}
