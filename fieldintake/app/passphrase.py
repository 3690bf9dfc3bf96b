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


TOO_SHORT = f"Use at least {MIN_LENGTH} characters; a few unrelated words work well."
TOO_EASY = "Too easy to guess: add another unrelated word."


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    advice: str
    #: The advice sentence by sentence, each as zxcvbn or this module words it: the UI translates them one by one.
    notes: tuple[str, ...] = ()


def _verdict(score: int, acceptable: bool, notes: list[str]) -> Strength:
    return Strength(score, acceptable, " ".join(notes), tuple(notes))


def strength(passphrase: str) -> Strength:
    if not passphrase:
        return _verdict(0, False, [TOO_SHORT])
    result = zxcvbn(passphrase[:_MAX_CHECKED])
    score = int(result["score"])
    feedback = result.get("feedback") or {}
    warning = str(feedback.get("warning") or "")
    notes = [warning] if warning else [str(s) for s in feedback.get("suggestions") or [] if s]
    if len(passphrase) < MIN_LENGTH:
        return _verdict(min(score, 2), False, [TOO_SHORT])
    if score < MIN_SCORE:
        return _verdict(score, False, notes or [TOO_EASY])
    return _verdict(score, True, notes)


def require_strong(passphrase: str) -> None:
    verdict = strength(passphrase)
    if not verdict.acceptable:
        raise WeakPassphrase(f"That passphrase is too weak. {verdict.advice}".strip())
