"""Countries (ISO 3166-1 alpha-2) and languages (ISO 639) with names in en, ru and kk.

Which codes exist comes from pycountry (the ISO lists as kept by Debian's
iso-codes); names come from CLDR via babel (everyday names: "Россия",
"Қазақстан"), then iso-codes' own translations, then the English ISO name.
A language is written with its ISO 639-1 code where it has one ("ru"),
otherwise ISO 639-3 ("inh" for Ingush).
"""

from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry
from babel import Locale, UnknownLocaleError

from fieldintake.app import languages as language_tags

# The languages a caseworker here meets most, shown first in pickers.
COMMON_LANGUAGES = ("ru", "kk", "uk", "ce", "en", "ky", "uz", "tg", "be", "az", "hy", "ka")

# Languages without a two-letter code that people at risk in the region speak:
# the North Caucasus, Russia's republics, Central Asia, Crimea, and Russian Sign Language.
_REGIONAL = (
    "inh", "ady", "kbd", "krc", "lez", "dar", "kum", "lbe", "tab", "nog", "crh", "sah", "tyv",
    "bua", "xal", "udm", "mhr", "mdf", "myv", "kaa", "dng", "alt", "kjh", "rsl",
)  # fmt: skip


# Russian names that neither CLDR nor iso-codes has yet, for regional languages above.
_RU_NAMES = {
    "dng": "дунганский",
    "kjh": "хакасский",
    "lbe": "лакский",
    "mhr": "луговой марийский",
    "rsl": "русский жестовый язык",
    "tab": "табасаранский",
}
# Where a name is missing in one language, the next one a reader is likely to know.
_FALLBACK = {"kk": "ru"}


def _base_lang(lang: str) -> str:
    return language_tags.base(lang) or "en"


@lru_cache(maxsize=8)
def _cldr(lang: str) -> Locale | None:
    try:
        return Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return None


@lru_cache(maxsize=16)
def _iso_translation(domain: str, lang: str) -> gettext.NullTranslations:
    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


# --- countries -------------------------------------------------------------


def is_country(code: str) -> bool:
    return isinstance(code, str) and len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


def country_name(code: str, lang: str = "en") -> str:
    """The country's name in ``lang`` (Kazakh falls back to Russian, then English).

    The code itself if it is not an ISO 3166-1 code.
    """
    country = pycountry.countries.get(alpha_2=code.upper()) if isinstance(code, str) and len(code) == 2 else None
    if country is None:
        return code
    base = _base_lang(lang)
    for candidate in (base, _FALLBACK.get(base), "en"):
        if candidate and (name := _country_name_in(country, candidate)):
            return name
    return country.name


def _country_name_in(country: object, lang: str) -> str | None:
    code, iso_name = country.alpha_2, country.name  # type: ignore[attr-defined]
    locale = _cldr(lang)
    if locale is not None and (name := locale.territories.get(code)):
        return str(name)
    iso = _iso_translation("iso3166-1", lang).gettext(iso_name)
    return iso if iso != iso_name or lang == "en" else None


def countries(lang: str = "en") -> list[tuple[str, str]]:
    """Every ISO 3166-1 country as ``(code, name)``, sorted by name in ``lang``."""
    return list(_countries(_base_lang(lang)))


@lru_cache(maxsize=8)
def _countries(lang: str) -> tuple[tuple[str, str], ...]:
    named = [(c.alpha_2, country_name(c.alpha_2, lang)) for c in pycountry.countries]
    return tuple(sorted(named, key=lambda pair: pair[1].casefold()))


# --- languages -------------------------------------------------------------


def language_code(code: str) -> str | None:
    """The canonical code (639-1, else 639-3) for any ISO 639 code; None if unknown."""
    if not isinstance(code, str):
        return None
    code = code.strip().lower()
    found = None
    if len(code) == 2:
        found = pycountry.languages.get(alpha_2=code)
    elif len(code) == 3:
        found = pycountry.languages.get(alpha_3=code) or pycountry.languages.get(bibliographic=code)
    if found is None:
        return None
    return str(getattr(found, "alpha_2", None) or found.alpha_3)


def is_language(code: str) -> bool:
    return language_code(code) == code


def language_name(code: str, lang: str = "en") -> str:
    """The language's name in ``lang`` (Kazakh falls back to Russian, then English).

    The code itself if it is not an ISO 639 code.
    """
    canonical = language_code(code)
    if canonical is None:
        return code
    base = _base_lang(lang)
    for candidate in (base, _FALLBACK.get(base), "en"):
        if candidate and (name := _language_name_in(canonical, candidate)):
            return name
    return canonical


def _language_name_in(canonical: str, lang: str) -> str | None:
    locale = _cldr(lang)
    if locale is not None and (name := locale.languages.get(canonical)):
        return str(name)
    if lang == "ru" and canonical in _RU_NAMES:
        return _RU_NAMES[canonical]
    record = pycountry.languages.get(alpha_2=canonical) if len(canonical) == 2 else None
    record = record or pycountry.languages.get(alpha_3=canonical)
    if record is None:
        return None
    iso = _iso_translation("iso639-3", lang).gettext(record.name)
    return iso if iso != record.name or lang == "en" else None


def languages(lang: str = "en") -> list[tuple[str, str]]:
    """Languages for a picker as ``(code, name)``: the common ones first, then the rest by name.

    The rest are every language with a two-letter code plus the regional ones
    above; :func:`language_code` accepts any ISO 639-3 code all the same.
    """
    return list(_languages(_base_lang(lang)))


@lru_cache(maxsize=8)
def _languages(lang: str) -> tuple[tuple[str, str], ...]:
    rest = {getattr(record, "alpha_2", "") for record in pycountry.languages} | set(_REGIONAL)
    rest -= {"", *COMMON_LANGUAGES}
    first = [(code, language_name(code, lang)) for code in COMMON_LANGUAGES]
    others = sorted(((code, language_name(code, lang)) for code in rest), key=lambda pair: pair[1].casefold())
    return tuple(first + others)
