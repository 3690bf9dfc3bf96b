"""The labelled placeholders that stand where removed values were.

One summary keeps one :class:`Placeholders`: every form of one person's name
gets the same ``[name N]``, so a reader can follow who did what without
learning who they are. Numbers are handed out in order of first use, the
client being reserved ``[name 1]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldintake.app import languages

#: Categories of removed values, in the order the log lists them.
CATEGORIES = (
    "name",
    "phone",
    "email",
    "document",
    "birth_date",
    "address",
    "vehicle",
    "place",
    "organisation",
    "messenger",
    "other",
    "marked",
)

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "name": "name", "phone": "phone", "email": "e-mail", "document": "document no.",
        "birth_date": "date of birth", "address": "address", "vehicle": "car plate", "place": "place", "organisation": "organisation",
        "messenger": "messenger",
        "other": "removed", "marked": "marked",
    },
    "ru": {
        "name": "имя", "phone": "телефон", "email": "e-mail", "document": "номер документа",
        "birth_date": "дата рождения", "address": "адрес", "vehicle": "номер машины", "place": "место",
        "organisation": "организация", "messenger": "мессенджер",
        "other": "удалено", "marked": "скрыто",
    },
    "kk": {
        "name": "аты", "phone": "телефон", "email": "e-mail", "document": "құжат нөмірі",
        "birth_date": "туған күні", "address": "мекенжай", "vehicle": "көлік нөмірі", "place": "орын",
        "organisation": "ұйым", "messenger": "мессенджер",
        "other": "алынып тасталды", "marked": "жасырылды",
    },
    "uk": {
        "name": "ім’я", "phone": "телефон", "email": "e-mail", "document": "номер документа",
        "birth_date": "дата народження", "address": "адреса", "vehicle": "номер машини", "place": "місце",
        "organisation": "організація", "messenger": "месенджер",
        "other": "вилучено", "marked": "приховано",
    },
}

#: Which placeholder a field's ``pii`` kind gets when the whole field is replaced.
PII_CATEGORY = {
    "name": "name",
    "alias": "name",
    "birth_date": "birth_date",
    "birth_place": "place",
    "document_number": "document",
    "phone": "phone",
    "email": "email",
    "address": "address",
    "place": "place",
    "messenger": "messenger",
    "other": "other",
}


#: The kinds a caseworker gives a hand mark, and the placeholder each gets in a summary ("[place]",
#: "[name 2]"); a mark of kind "other" (or from before kinds could be chosen) shows as "[marked]".
MARK_KINDS = ("name", "place", "phone", "document", "other")
_MARK_CATEGORY = {"name": "name", "place": "place", "phone": "phone", "document": "document"}


def mark_category(label: str) -> str:
    """The placeholder category of a hand mark's kind."""
    return _MARK_CATEGORY.get(label, "marked")


def word(category: str, lang: str) -> str:
    return _WORDS[languages.normalise(lang, tuple(_WORDS))][category]


@dataclass
class Placeholders:
    lang: str = "en"
    _numbers: dict[str, int] = field(default_factory=dict)

    def reserve(self, person_key: str) -> None:
        """Give ``person_key`` the next number now (the client: 1)."""
        self._numbers.setdefault(person_key, len(self._numbers) + 1)

    def name(self, person_key: str) -> str:
        self.reserve(person_key)
        return f"[{word('name', self.lang)} {self._numbers[person_key]}]"

    def of(self, category: str) -> str:
        return f"[{word(category, self.lang)}]"
