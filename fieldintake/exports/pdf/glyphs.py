"""Never silent boxes: the fields whose text has characters no embedded font can draw, named for a warning."""

from __future__ import annotations

from collections.abc import Iterable

from fieldintake.app.attachments import display_name
from fieldintake.app.model import Case
from fieldintake.exports.pdf.content import Grid, Pairs, Part, Prose
from fieldintake.exports.pdf.fonts import unrenderable

MAX_WARNINGS = 50


def _texts(case: Case, parts: Iterable[Part]) -> Iterable[tuple[str, str]]:
    yield "Case title", case.title
    yield "Client", case.client_name
    for attachment in case.attachments:
        yield "Attachment file name", attachment.file_name
        yield "Attachment description", attachment.description
    for part in parts:
        for block in part.blocks:
            if isinstance(block, Pairs):
                for label, value in block.rows:
                    yield f"{part.heading} › {label}", value
            elif isinstance(block, Grid):
                for row in block.rows:
                    for header, value in zip(block.header, row):
                        yield f"{part.heading} › {header}", value
            elif isinstance(block, Prose):
                yield f"{part.heading} › {block.caption}", block.text


def glyph_warnings(case: Case, parts: Iterable[Part]) -> list[str]:
    """One line per field with characters that would print as empty boxes, e.g. to show before saving."""
    warnings: list[str] = []
    seen: set[str] = set()
    for where, value in _texts(case, parts):
        missing = unrenderable(value or "")
        if not missing or where in seen:
            continue
        seen.add(where)
        shown = " ".join(f"U+{ord(c):04X}" for c in sorted(missing)[:5])
        warnings.append(f"{display_name(where)}: {len(missing)} character(s) no font here can draw ({shown}); "
                        "they will show as empty boxes. Install a font that has them (docs/lawyer-guide.md).")
        if len(warnings) >= MAX_WARNINGS:
            break
    return warnings
