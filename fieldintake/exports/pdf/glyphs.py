"""Never silent boxes: the fields whose text has characters no embedded font can draw, named for a warning."""

from __future__ import annotations

from collections.abc import Iterable

from fieldintake.app.attachments import display_name
from fieldintake.app.model import Case
from fieldintake.exports.pdf.content import Grid, Pairs, Part, Prose
from fieldintake.exports.pdf.fonts import unrenderable

MAX_WARNINGS = 50
_PLACES_NAMED = 5  # fields named in one warning


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
    """One line per set of characters that would print as empty boxes, naming every field that holds them
    (a name shown in People and in the interview is one problem, one font to install), e.g. to show before
    saving."""
    places: dict[frozenset[str], list[str]] = {}
    for where, value in _texts(case, parts):
        missing = unrenderable(value or "")
        if not missing:
            continue
        found = places.setdefault(frozenset(missing), [])
        if where not in found:
            found.append(where)
    warnings: list[str] = []
    for chars, wheres in list(places.items())[:MAX_WARNINGS]:
        shown = " ".join(f"U+{ord(c):04X}" for c in sorted(chars)[:5])
        named = "; ".join(display_name(w) for w in wheres[:_PLACES_NAMED])
        if len(wheres) > _PLACES_NAMED:
            named += f" (and {len(wheres) - _PLACES_NAMED} more)"
        warnings.append(f"{named}: {len(chars)} character(s) no font here can draw ({shown}); "
                        "they will show as empty boxes. Install a font that has them (docs/lawyer-guide.md).")
    return warnings
