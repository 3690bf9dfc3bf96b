"""The case file, the redacted summary and their own words in Kazakh and Ukrainian, read back with pypdf."""

from __future__ import annotations

import copy
import io
import unicodedata
from datetime import datetime, timezone

import pytest
from pypdf import PdfReader

from fieldintake.app.users import Session, UserStore
from fieldintake.errors import LeakFound
from fieldintake.exports import summary
from fieldintake.exports.pdf import PdfOptions, parts_from_session, render_case_file
from fieldintake.exports.pdf import custody, integrity, labels, photoslip
from fieldintake.exports.pdf.fonts import MONO, SANS, SANS_BOLD, missing_glyphs
from fieldintake.exports.redaction import log as redaction_log
from fieldintake.exports.redaction import leakcheck, placeholders
from tests.conftest import PASSPHRASE
from tests.pdf_support import flat, make_case
from tests.redaction_data import ANSWERS, build_case

STAMP = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)

# What a reader must find, in the file's own words and the template's.
CASE_FILE_WORDS = {
    "kk": ("Іс материалдары", "Мазмұны", "Қосымшалар тізімі", "Тұтастық туралы мәліметтер", "Сұхбат 1",
           "Клиенттің өз сөзімен баяндауы", "ҚҰПИЯ", "өте шұғыл", "сот отырысы", "беттің"),
    "uk": ("Матеріали справи", "Зміст", "Перелік додатків", "Відомості про цілісність", "Інтерв’ю 1",
           "Розповідь клієнта своїми словами", "КОНФІДЕНЦІЙНО", "критична", "засідання", "Сторінка 1 з"),
}
SUMMARY_WORDS = {
    "kk": ("иесіздендірілген анықтама", "Иесіздендіру журналы", "Ағып кетуді тексеру"),
    "uk": ("Знеособлена довідка для", "Журнал знеособлення", "Перевірка витоків"),
}


@pytest.fixture
def session(store: UserStore):
    with store.create("alice", PASSPHRASE).session as s:
        yield s


def pypdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return flat(unicodedata.normalize("NFC", " ".join(page.extract_text() or "" for page in reader.pages)))


def own_words(lang: str) -> list[str]:
    """Every fixed text the PDFs can print in ``lang``."""
    words = [text.get(lang) for text in (*labels._L.values(), *labels._CODES.values())]
    words += [*custody.words(lang).values(), *integrity.SIGNATURE_WORDS[lang].values(), *photoslip.WORDS[lang].values()]
    words += [*redaction_log._TEXT[lang].values(), *(placeholders.word(c, lang) for c in placeholders.CATEGORIES)]
    words += [summary.TITLES[lang], summary.LOG_HEADINGS[lang], *summary.AUDIENCE_NAMES[lang].values()]
    return words


@pytest.mark.parametrize("lang", ["kk", "uk"])
def test_every_fixed_text_is_written_in_the_language_and_the_fonts_draw_it(lang: str) -> None:
    words = own_words(lang)
    english = [text.en for text in (*labels._L.values(), *labels._CODES.values())]
    assert len(words) >= 150
    copied = [w for w in words if w in english and w not in ("SHA-256", "e-mail")]
    assert copied == [], "left in English"
    for font in (SANS, SANS_BOLD, MONO):
        assert missing_glyphs(" ".join(words), font) == set(), font


def test_the_fonts_have_every_kazakh_and_ukrainian_letter() -> None:
    letters = "әғқңөұүһі ӘҒҚҢӨҰҮҺІ єіїґ’ ЄІЇҐ"
    for font in (SANS, SANS_BOLD, MONO):
        assert missing_glyphs(letters, font) == set(), font


@pytest.mark.parametrize("lang", ["kk", "uk"])
def test_court_case_file_in_kazakh_and_ukrainian(session: Session, lang: str) -> None:
    ref, _ = make_case(session)
    data = render_case_file(parts_from_session(session, ref), PdfOptions(lang=lang, timestamp=STAMP)).data
    text = pypdf_text(data)
    for words in CASE_FILE_WORDS[lang]:
        assert words in text, words
    assert "Index of exhibits" not in text and "Integrity record" not in text
    assert "Перечень приложений" not in text  # not the Russian file either
    assert "\ufffd" not in text  # no character the extractor could not map (a .notdef box)
    assert "әке, ғалым, қала, аң, өмір, ұл, үй, һәм, іс" in text and "їжак, ґанок, єнот" in text


@pytest.mark.parametrize("lang", ["kk", "uk"])
def test_redacted_summary_in_kazakh_and_ukrainian(session: Session, lang: str) -> None:
    case_id = build_case(session)
    result = summary.redact(session, case_id, audience="lawyer", lang=lang)
    pdf = summary.render_summary(session, result, PdfOptions(lang=lang, timestamp=STAMP))
    text = pypdf_text(pdf.data)
    for words in (*SUMMARY_WORDS[lang], summary.audience_name("lawyer", lang), labels.label("contents", lang)):
        assert words in text, words
    assert f"[{placeholders.word('name', lang)} 1]" in text  # the client, by placeholder in the same language
    assert "Redaction log" not in text and "Журнал обезличивания" not in text
    assert "\ufffd" not in text


def test_a_kazakh_summary_is_not_refused_for_names_that_stem_like_kazakh_words(session: Session) -> None:
    """The leak check stems words the Russian way: "және" (and) looks like Жанна, "алу" (taking) like Али.
    The file's own Kazakh words avoid them, so naming a relative Жанна or Али does not block the summary."""
    case_id = build_case(session)
    session.cases.add_person(case_id, "family", "Жанна Нурланқызы", relation="sister")
    session.cases.add_person(case_id, "family", "Али Асанов", relation="cousin")
    result = summary.redact(session, case_id, audience="lawyer", lang="kk")
    text = pypdf_text(summary.render_summary(session, result, PdfOptions(lang="kk", timestamp=STAMP)).data)
    assert "Жанна" not in text and "Али" not in text
    assert "Иесіздендіру журналы" in text


def test_a_kazakh_summary_is_not_refused_for_a_name_that_is_a_word_of_the_templates_own_labels(
        session: Session) -> None:
    """A relative named Адам (a Chechen given name; "адам" is also Kazakh for "person") and the UN body
    chosen as "Адам құқықтары жөніндегі комитет": the leak check found the name in the template's own
    label and refused every Kazakh summary of the case. The template's phrases are not case data; the
    name written in the case's own text is still found."""
    answers = copy.deepcopy(ANSWERS)
    answers["interim_measures"] = "hrc"
    case_id = build_case(session, answers)
    session.cases.add_person(case_id, "family", "Адам Мусаев", relation="cousin")
    result = summary.redact(session, case_id, audience="lawyer", lang="kk")
    text = pypdf_text(summary.render_summary(session, result, PdfOptions(lang="kk", timestamp=STAMP)).data)
    assert "Адам құқықтары жөніндегі комитет" in text
    assert "Мусаев" not in text

    # The same name in the case's own words, not as the whole label, is still a leak.
    forms = summary.leak_forms(result)
    fixed = summary.fixed_phrases(session, result, "kk")
    with pytest.raises(LeakFound):
        leakcheck.check_text("Адам келді. Адам құқықтары жөніндегі комитет", forms, "a test", fixed=fixed)
    leakcheck.check_text("БҰҰ Адам құқықтары\nжөніндегі комитет", forms, "a test", fixed=fixed)
