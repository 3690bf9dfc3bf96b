"""Country and language lists with real names in en, ru and kk."""

from __future__ import annotations

from fieldintake.app.templates import (
    COMMON_LANGUAGES,
    countries,
    country_name,
    is_country,
    is_language,
    language_code,
    language_name,
    languages,
)


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def test_russian_country_names_are_present() -> None:
    assert country_name("KZ", "ru") == "Казахстан"
    assert country_name("kz", "en") == "Kazakhstan"
    assert country_name("KZ", "kk") == "Қазақстан"
    assert country_name("UA", "ru") == "Украина"
    assert ("RU", "Россия") in countries("ru")
    assert ("KZ", "Kazakhstan") in countries("en_GB")


def test_every_country_has_a_russian_name() -> None:
    listed = countries("ru")
    assert len(listed) >= 249
    assert all(_cyrillic(name) for _, name in listed)
    assert [name for _, name in listed] == sorted((name for _, name in listed), key=str.casefold)


def test_country_codes() -> None:
    assert is_country("KZ") and is_country("ge")
    assert not is_country("XX") and not is_country("KAZ") and not is_country("SU")
    assert country_name("XX", "ru") == "XX"


def test_languages_start_with_the_common_ones_in_order() -> None:
    listed = languages("ru")
    assert [code for code, _ in listed[: len(COMMON_LANGUAGES)]] == list(COMMON_LANGUAGES)
    assert COMMON_LANGUAGES[:4] == ("ru", "kk", "uk", "ce")
    assert dict(listed)["ce"] == "чеченский"
    assert dict(listed)["inh"] == "ингушский"
    assert len(listed) > 180
    assert len({code for code, _ in listed}) == len(listed)


def test_every_listed_language_has_a_russian_name() -> None:
    assert all(_cyrillic(name) for _, name in languages("ru"))
    assert language_name("rsl", "ru") == "русский жестовый язык"


def test_kazakh_names_fall_back_to_russian_before_english() -> None:
    assert language_name("kk", "kk") == "қазақ тілі"
    assert all(_cyrillic(name) for _, name in languages("kk"))
    assert language_name("ce", "en") == "Chechen"


def test_language_codes_are_639_1_where_one_exists_else_639_3() -> None:
    assert language_code("rus") == "ru"
    assert language_code("ger") == "de"  # ISO 639-2/B
    assert language_code("KAZ") == "kk"
    assert language_code("inh") == "inh"
    assert language_code("zz") is None and language_code("Russian") is None
    assert is_language("ru") and not is_language("rus")


def test_coded_answers_read_as_words_in_the_language_asked() -> None:
    """One reading for the summary preview and the case history (they each had a copy)."""
    from fieldintake.app.templates.model import Field, Option, Text

    label = Text("Field", "Поле")
    choice = Field("f", "single_choice", label, "normal", options=(Option("yes_risk", Text("At risk", "Под угрозой")),))
    assert choice.coded_text("yes_risk", "ru") == "Под угрозой"
    assert choice.coded_text("gone", "en") == "gone"
    assert Field("c", "country", label, "normal").coded_text("KZ", "ru") == "Казахстан"
    assert Field("l", "language", label, "normal").coded_text("kk", "en") == "Kazakh"
    assert Field("t", "text", label, "normal").coded_text("KZ", "ru") is None
