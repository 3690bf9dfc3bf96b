"""Control characters are refused where a case document's format does not allow them.

A case file from outside (``case import``, a bundle) is checked before
anything is stored: no C0 control but tab, newline and carriage return in
multi-line text (notes, descriptions, answers), none at all in single-line
fields (titles, names, references, tags, kinds), no DEL or C1 anywhere, and no
direction embeddings, overrides or isolates in single-line fields. What is
still shown later goes through the display and terminal layers anyway; this
keeps the stored record honest and names the field that was wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldintake.errors import InvalidInput
from fieldintake.textchars import describe, first_unsafe

#: Keys whose values are running text (several lines are fine).
MULTILINE_KEYS = frozenset({"notes", "description", "text", "narrative"})


def _where(path: list[str | int]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def check_case_text(doc: Any) -> None:
    """Raise ``InvalidInput`` naming the first string in ``doc`` with a character its field may not hold.

    Answers are free text chosen by a template (a narrative has several lines), so strings under
    ``answers`` are checked as multi-line; object keys are checked as single-line.
    """
    stack: list[tuple[Any, list[str | int], bool]] = [(doc, [], False)]
    while stack:
        value, path, multiline = stack.pop()
        if isinstance(value, str):
            bad = first_unsafe(value, multiline=multiline)
            if bad is not None:
                kind = "multi-line text" if multiline else "a single-line field"
                raise InvalidInput(f"Invalid case at {_where(path)}: {describe(bad)} is not allowed in {kind}.")
        elif isinstance(value, Mapping):
            for key, item in value.items():
                key = str(key)
                bad = first_unsafe(key, multiline=False)
                if bad is not None:
                    raise InvalidInput(f"Invalid case at {_where(path)}: a key holds {describe(bad)}.")
                inner = multiline or key in MULTILINE_KEYS or key == "answers"
                stack.append((item, [*path, key], inner))
        elif isinstance(value, list):
            stack.extend((item, [*path, i], multiline) for i, item in enumerate(value))
