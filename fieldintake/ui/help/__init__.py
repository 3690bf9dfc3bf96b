"""The guides in the app: the caseworker's and the lawyer's, offline, in the UI language.

The guides are Markdown files packaged beside this module (``<guide>.<lang>.md``),
shown read-only in ``GuideDialog``: Markdown without HTML, no image or other
resource loaded from anywhere, and a link is never opened (a click does nothing).
A language without its own copy falls back (Kazakh and Ukrainian to Russian,
then English) and the dialog says so. ``ShortcutsDialog`` lists the keys from the
window's actual ``QAction`` objects, so the list cannot drift from the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

GUIDES = ("caseworker", "lawyer")
FALLBACK = {"kk": ("ru", "en"), "uk": ("ru", "en"), "ru": ("en",), "en": ()}
MAX_CHARS = 200_000


@dataclass(frozen=True)
class GuideText:
    text: str
    language: str  # the language of the text (may differ from the one asked for)


def guide_text(guide: str, language: str) -> GuideText:
    """The guide in ``language``, else in the first fallback that exists."""
    if guide not in GUIDES:
        raise KeyError(guide)
    for code in (language, *FALLBACK.get(language, ("en",))):
        source = resources.files(__name__).joinpath(f"{guide}.{code}.md")
        if source.is_file():
            return GuideText(source.read_text(encoding="utf-8")[:MAX_CHARS], code)
    raise FileNotFoundError(f"{guide}.en.md")
