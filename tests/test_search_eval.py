"""Search quality on the evaluation set (tests/search_eval): phones, German and Czech spellings, typing errors.

The same scorer prints these figures in ``make bench``. The typing errors of the set are checked to
be what they claim (one consonant key replaced by a neighbour), so the set cannot drift into easy cases.
"""

from __future__ import annotations

import pytest

from fieldintake.app import search, textindex
from fieldintake.app.users import UserStore
from tests.conftest import PASSPHRASE
from tests.search_eval.scorer import build, evaluate, load


@pytest.fixture(scope="module")
def outcome(tmp_path_factory):
    from keyring.backends.fail import Keyring as FailKeyring

    from fieldintake.app.paths import Home
    from fieldintake.crypto.device import DeviceSecrets
    from fieldintake.crypto.kdf import FAST_FOR_TESTS

    store = UserStore(Home(tmp_path_factory.mktemp("eval")), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
    cases, queries = load()
    with store.create("eval", PASSPHRASE).session as session:
        ids = build(session, cases)
        yield evaluate(session.cases, ids, queries)


def test_every_typing_error_of_the_set_is_one_neighbouring_consonant() -> None:
    cases, queries = load()
    by_key = {c["key"]: c for c in cases}
    for typo, key in queries["typo"]:
        words = {m.group(0).lower() for m in textindex._tokens(by_key[key]["client"] + " " + by_key[key]["narrative"])}
        assert words & set(textindex.typo_candidates(typo)), typo
        assert typo.lower() not in words


def test_a_phone_number_finds_its_case_however_it_is_typed(outcome) -> None:
    assert outcome.found["phone"] == outcome.total["phone"] == 15, outcome.misses


def test_german_and_czech_spellings_find_the_case(outcome) -> None:
    assert outcome.recall("translit") >= 0.95, outcome.misses


def test_a_typing_error_still_finds_the_case(outcome) -> None:
    assert outcome.recall("typo") >= 0.9, outcome.misses


def test_typing_errors_do_not_flood_the_results(outcome) -> None:
    # Other cases returned, on average per query: a typing error widens only a few words, and only
    # when the exact words find few cases; broad queries are never widened.
    assert outcome.extra["typo"] / outcome.total["typo"] <= 1.0, outcome.extra
    assert outcome.extra["phone"] == 0
    assert outcome.broad_widened == []
    assert outcome.rank_ok == outcome.rank_total == 1


def test_widening_is_capped(outcome, monkeypatch) -> None:
    assert search.TYPOS_AT_MOST <= 10 and search.TYPOS_BELOW <= 3
    assert textindex.match_query("суд", typos=True) is None  # too short to widen
    words = textindex._query_words("Храмов Чернов Жуков Щербаков Харитонов Ткаченко", textindex.WordAnalysis(),
                                   prefix_last=False, typos=True)
    assert sum(len(w.exact) > 1 for w in words) == textindex.MAX_TYPO_WORDS
    assert all(len(w.exact) + len(w.sound) <= textindex.MAX_TYPO_TERMS + 2 for w in words)


def test_numbers_in_a_query_are_bounded_and_never_raise() -> None:
    for query in ["1" * 5000, "+7 (" * 400, "8-" * 900 + "1", "+" + "9" * 40, "702 111 22 33 " * 50]:
        expression = textindex.match_query(query, prefix_last=True)
        assert expression is None or expression.count("exact") <= 2 * textindex.MAX_QUERY_WORDS
