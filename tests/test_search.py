"""Search through the case store: scripts, transliteration, inflection, filters, snippets."""

from __future__ import annotations

import pytest

from fieldintake.app.users import UserStore
from tests.case_data import NARRATIVE
from tests.conftest import PASSPHRASE


@pytest.fixture
def cases(store: UserStore):
    with store.create("alice", PASSPHRASE).session as s:
        a = s.cases.create("Expulsion after a documents check", urgency="critical", tags=["deserter"])
        s.cases.add_interview(a.id, "deportation-risk", answers={"narrative": NARRATIVE})
        b = s.cases.create("Refugee status appeal", urgency="normal", tags=["appeal"])
        s.cases.add_person(b.id, "client", "Олександр Гнатюк", name_latin="Oleksandr Hnatiuk")
        c = s.cases.create("Extradition request from Uzbekistan", urgency="high")
        s.cases.update(c.id, notes="Client fears torture; Interpol diffusion reported.")
        s.cases.update(c.id, status="closed")
        yield s.cases, {"a": a.id, "b": b.id, "c": c.id}


def ids(hits) -> list[str]:
    return [h.case.id for h in hits]


@pytest.mark.parametrize(
    "query",
    ["Качкуркин", "качкуркин", "КАЧКУРКИН", "Kachkurkin", "Katchkourkine", "Качкуркину", "Kachkurkina", "Kačkurkin"],
)
def test_a_name_in_any_script_and_form_finds_the_case(cases, query: str) -> None:
    store, case = cases
    hits = store.search(query)
    assert ids(hits) == [case["a"]]


def test_latin_finds_cyrillic_and_cyrillic_finds_latin(cases) -> None:
    store, case = cases
    assert ids(store.search("Aleksandr")) == [case["b"]]
    assert ids(store.search("Гнатюк")) == [case["b"]]
    assert ids(store.search("Hnatyuk")) == [case["b"]]


def test_all_words_must_match_and_unrelated_words_find_nothing(cases) -> None:
    store, case = cases
    assert ids(store.search("Качкуркин Almaty")) == [case["a"]]
    assert ids(store.search("Качкуркин Uzbekistan")) == []
    assert store.search("") == [] and store.search("   ") == []
    assert ids(store.search("Иванченко")) == []


def test_filters_combine_with_search(cases) -> None:
    store, case = cases
    assert ids(store.search("torture")) == [case["c"]]
    assert ids(store.search("torture", status="open")) == []
    assert ids(store.search("appeal", tag="appeal")) == [case["b"]]
    assert ids(store.search("Kachkurkin", urgency="normal")) == []


def test_snippets_show_the_original_text_with_the_match_marked(cases) -> None:
    store, _ = cases
    [hit] = store.search("Kachkurkin")
    assert hit.where == "narrative"
    assert "[Качкуркин]" in hit.snippet
    [hit] = store.search("torture")
    assert hit.where == "notes" and "[torture]" in hit.snippet


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", "a OR", ")(", "-x", "^", "col:val", "🙂", "\u0301"])
def test_hostile_queries_never_raise(cases, query: str) -> None:
    store, _ = cases
    assert isinstance(store.search(query), list)


def test_search_follows_edits(cases) -> None:
    store, case = cases
    store.update(case["c"], title="Extradition request from Tajikistan")
    assert ids(store.search("Tajikistan")) == [case["c"]]
    assert ids(store.search("Uzbekistan")) == []


def test_a_very_broad_query_lists_the_most_recently_changed_first(cases, monkeypatch) -> None:
    from fieldintake.app import search as search_module

    store, case = cases
    monkeypatch.setattr(search_module, "RANK_AT_MOST", 1)
    store.update(case["b"], notes="appeal and expulsion")  # b changed last
    store.update(case["a"], notes="expulsion")             # then a
    hits = store.search("expulsion")
    assert ids(hits) == [case["a"], case["b"]] and all(h.score == 0.0 for h in hits)
    assert ids(store.search("expulsion", urgency="normal")) == [case["b"]]


@pytest.mark.parametrize("limit", [1, 2, 50])
def test_newest_first_is_the_same_whether_the_cases_are_walked_or_the_matches_sorted(cases, monkeypatch,
                                                                                     limit: int) -> None:
    from fieldintake.app import search as search_module

    store, case = cases
    monkeypatch.setattr(search_module, "RANK_AT_MOST", 1)
    more = [store.create(f"Expulsion appeal {i}", urgency="normal" if i % 2 else "high").id for i in range(4)]
    for ref in [more[2], case["c"], more[0], case["a"], more[3]]:  # changed in this order: newest last
        store.update(ref, notes="expulsion feared")
    expected = [more[3], case["a"], more[0], case["c"], more[2], more[1]][:limit]
    walked = ids(store.search("expulsion", limit=limit))
    walked_normal = ids(store.search("expuls", limit=limit, urgency="normal"))  # a prefix, as typed
    monkeypatch.setattr(search_module, "WALK_AT_MOST", 0)  # every match sorted by SQLite instead
    assert walked == ids(store.search("expulsion", limit=limit)) == expected
    assert walked_normal == ids(store.search("expuls", limit=limit, urgency="normal"))
    assert walked_normal == [more[3], more[1]][:limit]


@pytest.mark.parametrize("setting", [{}, {"WALK_AT_MOST": 0}, {"EXPAND_AT_MOST": 0}, {"RANGED_TERMS": 0}])
def test_newest_first_finds_the_longer_words_a_prefix_stands_for(cases, monkeypatch, setting) -> None:
    """Walked with the query as typed ("kachkur"), a case with only "Kachkurkina" is found through
    the prefix's terms read from the index; sorted by SQLite, walked over every row, or not asked
    about batch by batch, the answer is the same."""
    from fieldintake.app import search as search_module
    from fieldintake.app import searchwalk

    store, case = cases
    monkeypatch.setattr(search_module, "RANK_AT_MOST", 1)
    old = [store.create(f"Kachkur family {i}").id for i in range(2)]  # the word itself
    new = store.create("Kachkurkina appeal").id  # only a longer word with the prefix, and the newest
    spelled: list[str] = []
    terms_with_prefix = searchwalk._terms_with_prefix

    def counted(conn, prefix: str):
        spelled.append(prefix)
        return terms_with_prefix(conn, prefix)

    monkeypatch.setattr(searchwalk, "_terms_with_prefix", counted)
    for name, value in setting.items():
        monkeypatch.setattr(search_module if hasattr(search_module, name) else searchwalk, name, value)
    assert ids(store.search("Kachkur", limit=10)) == [new, old[1], old[0], case["a"]]
    assert ids(store.search("Kachkur", limit=2)) == [new, old[1]]
    assert bool(spelled) == (not setting or "EXPAND_AT_MOST" in setting)


def test_a_walk_that_guessed_wrong_reads_every_match_once_and_finds_the_same(cases, monkeypatch) -> None:
    """The older cases match and the ten newer do not: the density guessed from the oldest rows is
    wrong for the newest, and after a few batches the walk stops asking batch by batch."""
    from fieldintake.app import search as search_module
    from fieldintake.app import searchwalk

    store, _case = cases
    monkeypatch.setattr(search_module, "RANK_AT_MOST", 1)
    monkeypatch.setattr(searchwalk, "BATCH", 2)
    old = [store.create(f"Deportation order {i}").id for i in range(2)]
    for i in range(10):
        store.create(f"Unrelated {i}")
    asked: list[list[int]] = []
    rows_among = searchwalk._rows_among

    def counted(conn, expression: str, nums: list[int]):
        asked.append(nums)
        return rows_among(conn, expression, nums)

    monkeypatch.setattr(searchwalk, "_rows_among", counted)
    assert ids(store.search("deportation order", limit=1)) == [old[1]]
    # The first batch asked about without the prefix, then with it spelled out; 10 cases, then every row.
    assert len(asked) == 6 and asked[0] == asked[1] and all(len(nums) == 2 for nums in asked)
    assert ids(store.search("deportation order", limit=2)) == [old[1], old[0]]
