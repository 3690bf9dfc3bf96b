"""Languages: one test of which language a tag names.

Tags arrive as ``ru``, ``ru_RU``, ``ru-RU``, ``RU`` or ``kk_KZ.UTF-8`` (from the
CLI, the UI's locale, stored options). Every output (case file, summary,
redaction log, urgent request) asks here, so a Russian log never sits under an
English title and a tag nothing is written in is refused, not rendered in English.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence

from fieldintake.errors import UnsupportedLanguage

#: The languages of the files' own words (case files, summaries, logs, placeholders).
LANGUAGES: tuple[str, ...] = ("en", "ru", "kk", "uk")
#: Urgent requests to UN committees are written in the committees' working languages we have.
URGENT_LANGUAGES: tuple[str, ...] = ("en", "ru")
MAX_TAG = 35  # BCP 47 tags are short; anything longer is not one


def base(tag: str) -> str:
    """The language part of a tag, lower case: ``ru_RU`` / ``ru-RU`` / ``RU`` / ``ru_RU.UTF-8`` -> ``ru``."""
    return str(tag)[:MAX_TAG].strip().split(".", 1)[0].replace("-", "_").split("_", 1)[0].lower()


def normalise(tag: str, supported: Sequence[str] = LANGUAGES) -> str:
    """The base language of ``tag`` if output can be written in it; else ``UnsupportedLanguage``."""
    code = base(tag)
    if code not in supported:
        shown = str(tag)[:MAX_TAG]
        raise UnsupportedLanguage(f"Language {shown!r} is not available here: use one of {', '.join(supported)}.")
    return code


def cli_type(supported: Sequence[str] = LANGUAGES) -> Callable[[str], str]:
    """An argparse ``type=`` for ``--lang``: ``ru_RU`` is taken as ``ru``; ``xx`` is refused with the choices."""

    def parse(text: str) -> str:
        try:
            return normalise(text, supported)
        except UnsupportedLanguage as exc:
            raise argparse.ArgumentTypeError(str(exc)) from exc

    return parse
