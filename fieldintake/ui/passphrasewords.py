"""The passphrase meter's advice in the interface's language.

zxcvbn words its feedback in English only; its sentences are a fixed set,
listed here so lupdate puts them in our catalogues. A sentence we do not know
(a newer zxcvbn) is shown as zxcvbn wrote it rather than hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldintake.app.passphrase import TOO_EASY, TOO_SHORT

CONTEXT = "passphrase"

# Every sentence zxcvbn 4.x's feedback.py can return, word for word.
ZXCVBN_SENTENCES = (
    QT_TRANSLATE_NOOP("passphrase", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("passphrase", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("passphrase", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Predictable substitutions like '@' instead of 'a' don't help very much."),
    QT_TRANSLATE_NOOP("passphrase", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("passphrase", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("passphrase", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("passphrase", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("passphrase", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("passphrase", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("passphrase", 'Repeats like "aaa" are easy to guess.'),
    QT_TRANSLATE_NOOP("passphrase", 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    QT_TRANSLATE_NOOP("passphrase", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("passphrase", "This is a very common password."),
    QT_TRANSLATE_NOOP("passphrase", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("passphrase", 'Sequences like "abc" or "6543" are easy to guess.'),
    QT_TRANSLATE_NOOP("passphrase", "Avoid sequences."),
    QT_TRANSLATE_NOOP("passphrase", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("passphrase", "Avoid recent years."),
    QT_TRANSLATE_NOOP("passphrase", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("passphrase", "Avoid dates and years that are associated with you."),
)
OUR_SENTENCES = {
    TOO_SHORT: QT_TRANSLATE_NOOP("passphrase", "Use at least 12 characters; a few unrelated words work well."),
    TOO_EASY: QT_TRANSLATE_NOOP("passphrase", "Too easy to guess: add another unrelated word."),
}


def translated_advice(notes: tuple[str, ...]) -> str:
    """The meter's advice sentences, each in the interface's language where we have it."""
    return " ".join(QCoreApplication.translate(CONTEXT, OUR_SENTENCES.get(note, note)) for note in notes)
