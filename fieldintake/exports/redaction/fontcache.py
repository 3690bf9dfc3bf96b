"""Each font of a PDF parsed once while the leak check reads the file back, not once per page.

pypdf's ``PageObject.extract_text`` rebuilds every font of a page (its
ToUnicode map, widths) on each page, although a summary's pages share the
same three font objects: for a 96-page summary that is a fifth of the read-back.
Inside :func:`fonts_parsed_once` the first parse of a font object is reused
for the same object on later pages of the same file. The text extracted is the
same (the same object gives the same parse; the one attribute pypdf sets on a
parsed font afterwards, the default space width, is set to the same value each
time). Outside that block, and in other threads, pypdf behaves as it ships;
the cached fonts (which hold only a font's character map) are dropped on exit.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_parsed: contextvars.ContextVar[dict[int, tuple[Any, Any]] | None] = contextvars.ContextVar(
    "fieldintake_parsed_fonts", default=None)
_installed = False


def _install() -> None:
    """Wrap ``Font.from_font_resource`` once; without that API (another pypdf) nothing is cached."""
    global _installed
    if _installed:
        return
    _installed = True
    try:
        from pypdf.generic._font import Font
    except ImportError:  # pragma: no cover - a pypdf without the Font class: parse per page as before
        return
    original = getattr(Font, "from_font_resource", None)
    if original is None or getattr(original, "_fieldintake_cached", False):  # pragma: no cover
        return
    parse = original.__func__

    def from_font_resource(cls: type, pdf_font_dict: Any) -> Any:
        cache = _parsed.get()
        if cache is None:
            return parse(cls, pdf_font_dict)
        hit = cache.get(id(pdf_font_dict))
        if hit is not None and hit[0] is pdf_font_dict:  # the object is held, so its id is not reused
            return hit[1]
        font = parse(cls, pdf_font_dict)
        cache[id(pdf_font_dict)] = (pdf_font_dict, font)
        return font

    from_font_resource._fieldintake_cached = True  # type: ignore[attr-defined]
    Font.from_font_resource = classmethod(from_font_resource)  # type: ignore[method-assign,assignment]


@contextmanager
def fonts_parsed_once() -> Iterator[None]:
    """While in this block (this thread only), a font object already parsed is not parsed again."""
    _install()
    token = _parsed.set({})
    try:
        yield
    finally:
        _parsed.reset(token)
