"""Phone numbers as search terms: one number, however it is typed.

A number is saved as +77021112233 (a phone field cleans it to E.164) or as
typed in a narrative ("8 (702) 111-22-33"), and searched as any of those or as
"702 111 22 33". Each run of digits and separators that reads as a number
gives digit-only terms: its national significant number (7021112233), the
E.164 digits (77021112233) and the national form's digits (87021112233, a
Ukrainian 0671234567), all as one token each; a run of nine digits or more
that does not parse keeps its joined digits. A query's number is turned into
the national significant number (or its joined digits), so every way of
typing it meets every way of storing it. Parsing uses ``phonenumbers`` with
Kazakhstan as the default region, as the phone fields do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

DEFAULT_REGION = "KZ"
#: Digits with the separators people type between them; at most 24 characters, so a long
#: table of figures is not read as one number.
_RUN = re.compile(r"\+?\d(?:[\d \t().\-‐–]{5,22})\d")
_DIGITS = re.compile(r"\d")
MIN_DIGITS = 7
JOINED_AT = 9  # a run this long is kept as its digits even when it is not a valid number


def _parsed(run: str) -> tuple[str, ...]:
    try:
        number = phonenumbers.parse(run, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return ()
    if not phonenumbers.is_valid_number(number):
        return ()
    nsn = phonenumbers.national_significant_number(number)
    e164 = f"{number.country_code}{nsn}"
    national = "".join(_DIGITS.findall(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)))
    return tuple(dict.fromkeys((nsn, e164, national)))


def runs(text: str, *, query: bool = False) -> Iterator[tuple[int, int, tuple[str, ...]]]:
    """Each number in ``text``: start, end and its terms.

    ``query``: the terms a typed number looks for (its national significant number and its
    joined digits) instead of every form to store.
    """
    for m in _RUN.finditer(text):
        digits = "".join(_DIGITS.findall(m.group(0)))
        if len(digits) < MIN_DIGITS:
            continue
        terms = _parsed(m.group(0))
        if query:
            terms = terms[:1]
        if len(digits) >= JOINED_AT and digits not in terms:
            terms = (*terms, digits)
        if terms:
            yield m.start(), m.end(), terms


def text_terms(text: str) -> list[str]:
    """The terms of every number in ``text``, to store beside its words."""
    if _RUN.search(text) is None:
        return []
    return [t for _s, _e, terms in runs(text) for t in terms]
