"""How strong a new passphrase must be, and how strong one is (for the meter).

zxcvbn estimates guesses from dictionaries and patterns; a Russian or Kazakh
phrase is judged by its length and character classes, which is fair.
"""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

from fieldintake.errors import WeakPassphrase

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable: moderate protection from offline slow-hash attack"
_MAX_CHECKED = 100  # zxcvbn is slow on very long input; beyond this length is plenty


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    advice: str


def strength(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0, False, f"Use at least {MIN_LENGTH} characters; a few unrelated words work well.")
    result = zxcvbn(passphrase[:_MAX_CHECKED])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    advice = feedback.get("warning") or " ".join(feedback.get("suggestions") or [])
    if len(passphrase) < MIN_LENGTH:
        return Strength(min(score, 2), False, f"Use at least {MIN_LENGTH} characters; a few unrelated words work well.")
    if score < MIN_SCORE:
        return Strength(score, False, advice or "Too easy to guess: add another unrelated word.")
    return Strength(score, True, advice)


def require_strong(passphrase: str) -> None:
    verdict = strength(passphrase)
    if not verdict.acceptable:
        raise WeakPassphrase(f"That passphrase is too weak. {verdict.advice}".strip())
