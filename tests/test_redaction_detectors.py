"""The detectors: what they find, and the ordinary words and numbers they leave alone."""

from __future__ import annotations

import pytest

from fieldintake.exports.redaction.detectors import Detector, Hit, Sources, merge

SOURCES = Sources(
    people=[("client", ["Качкуркин Тимур Асланович", "KACHKURKIN TIMUR", "Тима"]), ("wife", ["Качкуркина Алия"])],
    phones=["+77015550123"],
    documents=["75 1234567", "АК 0000001"],
    birth_dates=["1994-02-17"],
    addresses=["ул. Вымышленная, д. 1, кв. 2, Алматы"],
    birth_places=["Saratov, Saratov oblast, Russia"],
    places=["Temporary detention centre, Almaty"],
)


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(SOURCES)


def _found(detector: Detector, text: str) -> list[tuple[str, str]]:
    return [(text[h.start:h.end], h.category) for h in detector.hits(text)]


@pytest.mark.parametrize("text", [
    "He is charged under art. 337 Criminal Code RF and art. 517 CoAO RK.",
    "ст. 337 УК РФ, ст. 517 КоАП РК; part 2 of art. 328",
    "The hearing is on 2026-11-25 at 10:00, the appeal deadline 25.11.2026, removal 2026-11-23T05:00:00Z.",
    "In Almaty I was stopped for a documents check on 3 March 2025.",
    "He came to Almaty in 2022; 30 days, 48 hours, 12 years, 100000 tenge fine.",
    "It is short. The team met at the Temple, time was short. Тема разговора: тьма и свет. Тимуровцы помогали.",
    "Brother said the police came twice; the summons was left with neighbours.",
    "Case CAT/0000/2026 was registered; the court file 2-1234/2026 is pending.",
    "Russia requested extradition; he is a citizen of Russia.",
])
def test_no_false_positives(detector: Detector, text: str) -> None:
    assert _found(detector, text) == []


@pytest.mark.parametrize("text", [
    "+7 (701) 555-01-23", "8 701 555 0123", "+77015550123", "87015550123", "7015550123",
    "+7 701 555 01 23", "+380 44 123 4567", "+996 555 123 456", "+998 90 123 45 67", "8 (495) 123-45-67",
])
def test_phones_in_many_formats(detector: Detector, text: str) -> None:
    assert _found(detector, f"Call {text} now") == [(text, "phone")]


@pytest.mark.parametrize("text", [
    "1994-02-17", "17.02.1994", "17/02/1994", "17.2.1994", "17.02.94", "17 февраля 1994", "17 февраля 1994 г.",
    "17 февраля 1994 года", "February 17, 1994", "17 February 1994", "17 Feb 1994", "Feb. 17, 1994",
    "17th of February 1994", "17 лютого 1994",
])
def test_the_date_of_birth_in_many_formats(detector: Detector, text: str) -> None:
    assert _found(detector, f"born {text}.") == [(text, "birth_date")]


def test_a_name_in_every_form_and_script_is_one_person(detector: Detector) -> None:
    text = ("Качкуркин, Качкуркина, Качкуркину, Качкуркиным, Kachkurkin, KACHKURKIN, Kačkurkin, Тимура, Timur, "
            "Тимой, Тима, Т.А. Качкуркин, Качкуркин Т. А.")
    hits = Detector(SOURCES).hits(text)
    assert [text[h.start:h.end] for h in hits] == [
        "Качкуркин", "Качкуркина", "Качкуркину", "Качкуркиным", "Kachkurkin", "KACHKURKIN", "Kačkurkin",
        "Тимура", "Timur", "Тимой", "Тима", "Т.А. Качкуркин", "Качкуркин Т. А."]
    assert {h.key for h in hits} == {"client"}


def test_a_full_name_goes_to_the_person_most_of_it_belongs_to(detector: Detector) -> None:
    text = "Алия Качкуркина and Aliya met Качкуркин Тимур."
    assert [(text[h.start:h.end], h.key) for h in detector.hits(text)] == [
        ("Алия Качкуркина", "wife"), ("Aliya", "wife"), ("Качкуркин Тимур", "client")]


def test_known_over_redaction_of_short_names_across_scripts(detector: Detector) -> None:
    """Short names match other scripts by sound (Алия: Aliya), so a capitalised "Time" goes with Тима."""
    assert _found(detector, "Time is short.") == [("Time", "name")]


def test_recorded_names_in_lowercase_chat_text_are_found(detector: Detector) -> None:
    """Chat transcripts are lowercase: a recorded name is found in any case form ("качкуркину")."""
    assert _found(detector, "тимур and качкуркину written in lowercase") == [("тимур", "name"), ("качкуркину", "name")]
    assert _found(detector, "время тимуровцев и тема") == []  # other words stay


def test_documents_addresses_places_emails_handles(detector: Detector) -> None:
    text = ("Passport 75 1234567 and 751234567, military ID АК 0000001 (typed AK-0000001), IIN 940217300123, "
            "internal passport 45 06 123456, KZ passport N12345678. Address: ул. Вымышленная, д. 1, кв. 2; "
            "also ул. Абая 10, кв. 5 and 221B Baker Street. From Saratov (Саратова); held in Temporary detention "
            "centre, Almaty. Mail t.k@example.org or @tk_invented.")
    assert _found(detector, text) == [
        ("75 1234567", "document"), ("751234567", "document"), ("АК 0000001", "document"),
        ("AK-0000001", "document"), ("940217300123", "document"), ("45 06 123456", "document"),
        ("N12345678", "document"), ("ул. Вымышленная, д. 1, кв. 2", "address"), ("ул. Абая 10, кв. 5", "address"),
        ("221B Baker Street", "address"), ("Saratov", "place"), ("Саратова", "place"),
        ("Temporary detention centre, Almaty", "place"), ("t.k@example.org", "email"),
        ("@tk_invented", "messenger")]


def test_overlapping_hits_become_one_and_the_stronger_kind_wins() -> None:
    hits = [Hit(0, 5, "place"), Hit(3, 9, "name", "client"), Hit(12, 14, "phone")]
    assert merge(hits) == [Hit(0, 9, "name", "client"), Hit(12, 14, "phone")]
