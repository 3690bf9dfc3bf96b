"""Recovery keys: 256 random bits a person can copy by hand.

Written as 13 groups of five Crockford base32 characters (no I, L, O or U,
case-insensitive). Each group is four data characters and one check
character (Luhn mod 32 over the group's position and its data), so a typing
mistake is reported with the group it is in, and a group copied into the
wrong place is caught too.
"""

from __future__ import annotations

import os

from fieldintake.errors import InvalidInput, MistypedRecoveryKey

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
# Crockford's forgiving reading of look-alikes.
_VALUE.update({"O": 0, "I": 1, "L": 1})

KEY_BYTES = 32
DATA_CHARS = 4
GROUPS = 13  # 13 × 4 × 5 bits = 260 bits: 256 of key, 4 zero bits of padding
_N = len(ALPHABET)


def generate() -> bytes:
    return os.urandom(KEY_BYTES)


def _check_char(position: int, data: list[int]) -> int:
    """Luhn mod N: catches every single substitution and adjacent swap."""
    factor = 2
    total = 0
    for value in reversed([position % _N, *data]):
        addend = factor * value
        factor = 1 if factor == 2 else 2
        total += addend // _N + addend % _N
    return (_N - total % _N) % _N


def encode(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("recovery key must be 32 bytes")
    bits = int.from_bytes(key, "big") << 4
    digits = [(bits >> (5 * i)) & 31 for i in reversed(range(GROUPS * DATA_CHARS))]
    groups = []
    for g in range(GROUPS):
        data = digits[g * DATA_CHARS : (g + 1) * DATA_CHARS]
        chars = "".join(ALPHABET[d] for d in data) + ALPHABET[_check_char(g, data)]
        groups.append(chars)
    return "-".join(groups)


def parse(text: str) -> bytes:
    """Read a recovery key as a person typed it: any case, spaces or dashes."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    per_group = DATA_CHARS + 1
    if len(cleaned) != GROUPS * per_group:
        raise InvalidInput(
            f"A recovery key has {GROUPS} groups of {per_group} characters; "
            f"this one has {len(cleaned)} characters."
        )
    digits: list[int] = []
    for g in range(GROUPS):
        group = cleaned[g * per_group : (g + 1) * per_group]
        values = [_VALUE.get(ch) for ch in group]
        if any(v is None for v in values) or values[-1] != _check_char(g, values[:-1]):  # type: ignore[arg-type]
            raise MistypedRecoveryKey(
                f"Group {g + 1} of the recovery key ({group}) is mistyped: check it against your copy."
            )
        digits.extend(v for v in values[:-1])  # type: ignore[misc]
    bits = 0
    for d in digits:
        bits = (bits << 5) | d
    if bits & 0xF:
        raise MistypedRecoveryKey(
            f"Group {GROUPS} of the recovery key is mistyped: check it against your copy."
        )
    return (bits >> 4).to_bytes(KEY_BYTES, "big")
