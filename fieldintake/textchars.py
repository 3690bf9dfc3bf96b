"""Characters that change how text looks rather than what it says, and what to do with them.

Text from outside (contact cards, bundles, case documents, file names) may
carry terminal escapes (ESC, BEL, OSC sequences), NUL, C1 controls, or
direction overrides ("invoice\u202egpj.exe"); shown raw they let a sender
overwrite or reorder what the user reads. Below every layer (no Qt, no db),
so the card parser, the services and the CLI share one definition.
"""

from __future__ import annotations

import re
import unicodedata

from fieldintake.errors import InvalidInput

#: Embeddings, overrides and isolates: they reorder the text that follows them.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Direction marks: invisible, harmless in running text, out of place in a name.
BIDI_MARKS = frozenset("\u200e\u200f\u061c")
#: Markup characters refused in names (the GUI shows plain text; this keeps names honest elsewhere too).
NAME_MARKUP = frozenset("<>")
#: How long a contact's name may be, in characters.
NAME_MAX = 100

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def is_control(ch: str) -> bool:
    """C0, DEL or C1."""
    return bool(_CONTROL.fullmatch(ch))


def is_invisible_format(ch: str) -> bool:
    """Unicode format characters (Cf: bidi controls, zero-width spaces, tag characters), and line or paragraph
    separators, which some terminals and renderers treat as line breaks. The zero-width (non-)joiners are
    left alone: emoji sequences and Persian words need them, and they hide nothing."""
    return unicodedata.category(ch) in ("Cf", "Zl", "Zp") and ch not in "\u200c\u200d"


def describe(ch: str) -> str:
    """A character as a reader can name it: U+202E RIGHT-TO-LEFT OVERRIDE."""
    return f"U+{ord(ch):04X}" + (f" {unicodedata.name(ch)}" if unicodedata.name(ch, "") else "")


def visible(text: str, keep: str = "") -> str:
    """``text`` with every control and format character replaced by a visible escape (``\\u001b``).

    The escape is JSON's, so a JSON document stays the same document; characters in ``keep``
    (say ``"\\n\\t"`` for a whole screen of output) pass through.
    """
    out: list[str] = []
    for ch in text:
        if ch in keep or not (is_control(ch) or is_invisible_format(ch) or 0xD800 <= ord(ch) <= 0xDFFF):
            out.append(ch)
            continue
        code = ord(ch)
        if code > 0xFFFF:
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
        else:
            out.append(f"\\u{code:04x}")
    return "".join(out)


def check_name(name: str, what: str = "A name", limit: int = NAME_MAX) -> str:
    """A person's or organisation's name as shown to others: refused (``InvalidInput``) when too long, or with
    markup (< >), control, direction or other invisible format characters. Returns it as given."""
    if len(name) > limit:
        raise InvalidInput(f"{what} is {len(name)} characters long; at most {limit} are allowed.")
    for ch in name:
        if ch in NAME_MARKUP:
            raise InvalidInput(f"{what} may not contain the markup character {ch!r}.")
        if is_control(ch) or is_invisible_format(ch) or ch in BIDI_MARKS:
            raise InvalidInput(f"{what} contains an invisible control or direction character ({describe(ch)}).")
    return name


def first_unsafe(text: str, *, multiline: bool) -> str | None:
    """The first character a field of this kind may not hold, or None.

    Everywhere: C0 controls (except tab, newline and carriage return in multi-line text), DEL and C1.
    In single-line fields also line breaks, tabs, and the direction embeddings, overrides and isolates
    (legitimate right-to-left text needs them, if at all, only in running text)."""
    found = (_UNSAFE_MULTILINE if multiline else _UNSAFE_SINGLE_LINE).search(text)
    return found.group(0) if found is not None else None


# One scan in C instead of a Python loop per character: a bulk import checks every answer of every case.
_UNSAFE_MULTILINE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_UNSAFE_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
