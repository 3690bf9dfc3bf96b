"""Each detector of issue 11 on its own cases: models, morphology, Kazakh, Chechen, English, patterns."""

from __future__ import annotations

import copy

import pytest

from fieldintake.exports.redaction import redact_case
from fieldintake.exports.redaction.detectors import Detector, Sources, iin_valid, real_name_words
from fieldintake.exports.redaction.suggest import SuggestionFinder
from tests.redaction_data import ANSWERS


@pytest.fixture(scope="module")
def finder() -> SuggestionFinder:
    return SuggestionFinder()


def _found(finder: SuggestionFinder, text: str) -> list[tuple[str, str]]:
    return [(text[f.start:f.end], f.kind) for f in finder.find(text)]


def _words(finder: SuggestionFinder, text: str) -> set[str]:
    return {w for w, _ in _found(finder, text)}


def test_russian_people_places_and_organisations(finder) -> None:
    text = ("Майор Бекетов и участковый Жаксыбеков пришли к соседке Марине Петровне Глушко. "
            "Я работал в ТОО «Алматы-Строй», родители живут в Шортанды. МВД и КНБ меня искали в Алматы.")
    found = dict(_found(finder, text))
    assert {found[w] for w in ("Бекетов", "Жаксыбеков", "Марине", "Петровне", "Глушко")} == {"name"}
    assert found["Алматы-Строй"] == "org" and found["Шортанды"] == "place"
    assert not {"МВД", "КНБ", "Алматы", "ТОО", "Майор"} & set(found)  # public bodies, big cities, titles


def test_lowercase_names_in_a_chat(finder) -> None:
    words = _words(finder, "вчера звонил бекетов, сказал что женя с димой придут к трофимову вечером")
    assert {"бекетов", "женя", "димой", "трофимову"} <= words
    assert not {"вчера", "звонил", "вечером", "придут"} & words


def test_a_name_that_is_also_an_ordinary_word_by_the_verb_after_it(finder) -> None:
    """"роман" is a novel first and a name 7 % of the time; a person's verb agreeing with it decides."""
    words = _words(finder, "[12:21] роман передал что их ищут\n[12:25] вера сказала ждать\n"
                           "слава пришёл поздно. віра сказала чекати. надежда позвонит")
    assert {"роман", "вера", "слава", "віра", "надежда"} <= words
    ordinary = _words(finder, "роман вышел в прошлом году. вера помогает жить. "
                              "роман сказала она. надежда есть")  # a novel came out; faith; no agreement; hope
    assert not {"роман", "вера", "надежда"} & ordinary


def test_kazakh_endings_and_patronymics(finder) -> None:
    words = _words(finder, "Даниярдың інісі Айгүлге хат жазды. Бауыржанмен сөйлестік. Нұрлан Серікұлы келді. "
                           "Апам Асель Болатқызы маған хабарласты.")
    assert {"Даниярдың", "Айгүлге", "Бауыржанмен", "Нұрлан", "Серікұлы", "Асель", "Болатқызы"} <= words
    assert not {"інісі", "Апам", "маған"} & words


def test_chechen_palochka_and_its_look_alikes(finder) -> None:
    words = _words(finder, "Ӏаьлий и его брат 1аьлий, а также Iийса и lумар уехали.")
    assert {"Ӏаьлий", "1аьлий", "Iийса", "lумар"} <= words


def test_english_names_after_titles(finder) -> None:
    words = _words(finder, "Officer Johnson and Judge Mary Collins heard it; Dr. Brown signed. The officer left.")
    assert {"Johnson", "Mary", "Collins", "Brown"} <= words and "The" not in words


def test_ukrainian_names_with_apostrophes(finder) -> None:
    words = _words(finder, "Сусідка Дар’я Коваленко сказала, що Богдан поїхав до Львова з паном Петренком.")
    assert {"Дар’я", "Коваленко", "Богдан", "Петренком"} <= words and "Львова" not in words


def test_role_words_in_a_name_field_are_not_names() -> None:
    assert real_name_words("переводчик") == []
    assert real_name_words("Переводчик") == []
    assert real_name_words("не знаю") == []
    assert real_name_words("Мороз Иван") == ["Мороз", "Иван"]
    assert real_name_words("адвокат Нурланова") == ["Нурланова"]


def test_the_interpreter_case_from_the_issue() -> None:
    """An interpreter's name field holding "переводчик" turned every "переводчик" in the text into a name."""
    from fieldintake.app.model import Case, Interview, Person
    from fieldintake.app.templates.registry import TemplateRegistry

    templates = TemplateRegistry()
    answers = copy.deepcopy(ANSWERS) | {"interpreter": "переводчик",
                                        "narrative": "Переводчик опоздал, и переводчик не переводил судью."}
    template = templates.latest("deportation-risk")
    case = Case("c1", "FI-1", "t", "open", "normal", [], "", "2026-01-01", "2026-01-01", "Качкуркин Тимур",
                [Person("p1", "client", "Качкуркин Тимур")],
                [Interview("i1", "deportation-risk", template.version, "complete", answers, "2026-01-01", "2026-01-01")])
    result = redact_case(case, templates, audience="lawyer", author="t", suggest=False)
    assert result.case.interviews[0].answers["narrative"] == "Переводчик опоздал, и переводчик не переводил судью."


def test_a_suggested_cyrillic_name_is_found_in_latin_too() -> None:
    detector = Detector(Sources(people=[("suggested:trofimov", ["Трофимов"])]))
    text = "Trofimov, Trofimow and Trofimoff are Трофимову."
    assert [text[h.start:h.end] for h in detector.hits(text)] == ["Trofimov", "Trofimow", "Trofimoff", "Трофимову"]


def test_diminutives_of_a_recorded_given_name() -> None:
    detector = Detector(Sources(people=[("client", ["Сорокин Евгений"])]))
    text = "Все зовут его Женя, а мама звала Женей. Жена ушла."
    assert [text[h.start:h.end] for h in detector.hits(text)] == ["Женя", "Женей"]


@pytest.mark.parametrize("text, category", [
    ("звоните 8 (702) 111-22-33 вечером", "phone"), ("звоните 87021112233 вечером", "phone"),
    ("пиши t.me/free_fox12 или https://t.me/joinchat/AbCd", "messenger"), ("страница vk.com/id123456", "messenger"),
    ("почта ivan(at)example.org", "email"), ("ИИН 940217 300 124 в протоколе", "document"),
    ("паспорт серия 12 34 № 567890", "document"), ("номер № 7712345", "document"),
    ("машина 512 KZA 02 стояла", "vehicle"), ("на номерах А123ВС 777 RUS", "vehicle"),
    ("живём на Сейфуллина 12", "address"), ("мкр. Самал-2, д. 5, кв. 17", "address"), ("ЖК «Нурлы Тау»", "address"),
    ("мама родилась 12 мая 1961 года", "birth_date"), ("Илья, 03.06.88 г.р., приехал", "birth_date"),
    ("жена — уроженка г. Темиртау", "place"), ("родился в посёлке Шортанды", "place"),
])
def test_patterns(text: str, category: str) -> None:
    hits = Detector(Sources()).hits(text)
    assert category in [h.category for h in hits], [(text[h.start:h.end], h.category) for h in hits]


def test_iin_check_digit() -> None:
    assert iin_valid("940217300124")
    assert not iin_valid("940217300125") and not iin_valid("94021730012")
    assert Detector(Sources()).hits("номер дела 100 200 3000") == []  # not an IIN: wrong check digit
