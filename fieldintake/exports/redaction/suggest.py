"""Suggested hits: people, places and organisations that no field of the case records.

A model or a rule only guesses, so these are shown for review instead of
being removed silently (docs/redaction.md, "Two kinds of hits"):

* Russian named entities (PER, LOC, ORG) from natasha's news model;
* Russian and Ukrainian morphology (pymorphy3): a word tagged as a given
  name, surname or patronymic, also in lowercase chat text; a capitalised
  word inside a sentence that no dictionary knows;
* Kazakh rules: patronymics in -ұлы/-улы/-қызы/-кызы, a known given name with
  a Kazakh case ending (Даниярдың, Айгүлге, Бауыржанмен);
* Chechen: a capitalised word written with the palochka (Ӏ, or I, l, 1 typed for it);
* English: capitalised words after a title (Mr, Dr, Judge, Officer, Captain …),
  and Russian role words before a name (майор, участковый, судья …).

Each suggestion is one word, keyed by its dictionary form, so Бекетов,
Бекетова and бекетову are one decision. Large cities, countries, states'
bodies and role words are never suggested.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from fieldintake.exports.redaction import lexicon, models
from fieldintake.exports.redaction.lexicon import fold

KINDS = ("name", "place", "org")
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’ʼ](?=[^\W\d_])|-(?=[^\W\d_]))*")
_UK_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_KK_LETTERS = re.compile(r"[әғқңөұүһӘҒҚҢӨҰҮҺ]")
_SURNAME_ENDING = re.compile(r"(?:ов|ев|ёв|ин|ын|ова|ева|ина|ына|ову|еву|ину|овым|евым|иным|ский|ская|цкий|цкая|енко"
                             r"|ук|юк|чук|швили|дзе|ян|янц|ец|ович|евич|овна|евна|ична|бек|беков|бекова|ұлы|улы"
                             r"|қызы|кызы|уулу|кызы|заде|оглы)$")
_LOWER_SURNAME = re.compile(r"(?:ов|ев|ин|ын)(?:а|у|ым|ом|е|ой|ых|ы)?$")
_EN_TITLE = re.compile(
    r"(?<![\w])(?:" + "|".join(lexicon.EN_TITLES) + r")\.?\s+"
    r"((?:[A-Z][a-z'’\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’\-]+|[A-Z]\.)){0,2})"
)
_CYR_TITLE = re.compile(
    r"(?<![\w])(?:" + "|".join(sorted(lexicon.CYR_TITLES, key=len, reverse=True)) + r")\s+"
    r"((?:[А-ЯЁІЇЄҐӘҒҚҢӨҰҮҺӀ][\w'’ʼӀ\-]+)(?:\s+[А-ЯЁІЇЄҐӘҒҚҢӨҰҮҺӀ][\w'’ʼӀ\-]+){0,2})",
    re.IGNORECASE,
)
_KK_SEPARATE_PATRONYMIC = re.compile(r"(?<![\w])([А-ЯЁӘҒҚҢӨҰҮҺ][\w\-]+)\s+(?:ұлы|улы|қызы|кызы)(?!\w)")
#: Verbs whose subject is a person (speech, contact, coming and going, knowing): a word that reads as a
#: name and as an ordinary noun ("роман", "вера", "слава") is taken for the name when one follows it and
#: agrees with it ("роман передал", "вера сказала", "слава пришёл"); "роман вышел" (a novel came out) is not.
_PERSON_VERBS = frozenset("""сказать говорить передать передавать позвонить звонить перезвонить написать писать
ответить отвечать спросить спрашивать попросить просить предупредить предупреждать обещать пообещать узнать
знать увидеть видеть услышать слышать решить помочь помогать прийти приходить приехать приезжать уехать уйти
забрать встретить встречать ждать подождать сообщить рассказать рассказывать объяснить предложить посоветовать
советовать отправить прислать скинуть кинуть плакать бояться сбежать убежать вернуться позвать звать
договориться обещать привезти отвезти забирать сидеть ночевать жить уволиться дезертировать
сказати говорити передати подзвонити дзвонити написати писати відповісти спитати попросити попередити обіцяти
дізнатися знати бачити побачити почути вирішити допомогти прийти приїхати поїхати піти забрати зустріти чекати
повідомити розповісти повернутися""".split())
#: In the present or future the verb shows no gender: only speech and contact count ("вера говорит").
_SPEECH_VERBS = frozenset("""сказать говорить передать передавать позвонить звонить перезвонить написать писать
ответить отвечать спросить спрашивать попросить просить предупредить обещать пообещать сообщить рассказать
сказати говорити передати подзвонити дзвонити написати писати відповісти спитати попросити повідомити""".split())
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_SENTENCE_END = set(".!?…\n:;\"«»()[]—–-")


@dataclass(frozen=True)
class Found:
    """One suggested word in one text."""

    start: int
    end: int
    kind: str  # name | place | org
    key: str  # the word's dictionary form, folded: the unit of a decision
    source: str  # ner | morphology | kazakh | chechen | title


@dataclass
class Suggestion:
    """One decision for the reviewer: a word (in all its forms) and where it was met."""

    kind: str
    key: str
    text: str  # the first form met, as written
    source: str
    count: int = 0
    places: list[tuple[str, int, int]] = field(default_factory=list)  # (path of the text, start, end)
    contexts: list[str] = field(default_factory=list)  # a few snippets, the word marked with »«
    forms: list[str] = field(default_factory=list)  # every form met, as written

    @property
    def id(self) -> str:
        """Short and stable for the CLI: the same word gives the same id in every run."""
        return hashlib.sha256(f"{self.kind}\x00{self.key}".encode()).hexdigest()[:8]


def _cyrillic(word: str) -> bool:
    return sum("\u0400" <= c <= "\u04ff" for c in word) * 2 >= len(word)


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


@lru_cache(maxsize=65536)
def _parses(word: str, uk: bool) -> tuple[tuple[str, frozenset[str], float, bool], ...]:
    """(normal form, grammemes, score, known) of each reading of ``word``."""
    m = models.morphology()
    analyzer = m.uk if uk else m.ru
    w = fold(word).replace("ӏ", "")
    return tuple((fold(p.normal_form), frozenset(p.tag.grammemes), float(p.score), bool(p.is_known))
                 for p in analyzer.parse(w)[:6])


def lemma(word: str, *, uk: bool = False) -> str:
    """The key of a suggestion: a name reading's dictionary form, else the folded word."""
    if not _cyrillic(word):
        return fold(word)
    word = lexicon.same_length_palochka(word)
    if "Ӏ" in word or "ӏ" in word:
        return fold(word)
    stem = kazakh_stem(word)
    if stem is not None:
        return fold(stem)
    parses = _parses(word, uk or bool(_UK_LETTERS.search(word)))
    for wanted in ("Surn", "Patr", "Name"):
        for normal, tags, _score, _known in parses:
            if wanted in tags:
                return normal
    return parses[0][0] if parses else fold(word)


def kazakh_stem(word: str) -> str | None:
    """A known Kazakh (or Chechen) given name with a Kazakh case ending cut off, or the name itself."""
    folded = fold(word)
    if folded in lexicon.GIVEN_NAMES_KK:
        return word
    for ending in lexicon.KAZAKH_ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            stem = folded[: -len(ending)]
            if stem in lexicon.GIVEN_NAMES_KK:
                return word[: len(stem)]
    return None


def _never(word: str) -> bool:
    f = fold(word)
    return (f in lexicon.ROLE_WORDS or f in lexicon.PUBLIC_BODIES or f in lexicon.BIG_PLACES
            or f in lexicon.NOT_NAMES or len(f) < 2)


class SuggestionFinder:
    """Finds suggested words in one text at a time; the models load on first use."""

    def __init__(self, countries: Iterable[str] = ()) -> None:
        self._countries = frozenset(fold(c) for c in countries)

    def _skip_place(self, word: str) -> bool:
        if fold(word) in self._countries or _never(word):
            return True
        lemmas = {lemma(word), lemma(word, uk=True)}
        return bool(lemmas & lexicon.BIG_PLACES) or bool(lemmas & self._countries)

    def find(self, text: str) -> list[Found]:
        if not text or not any(c.isalpha() for c in text):
            return []
        text = lexicon.same_length_palochka(text)
        uk_text = len(_UK_LETTERS.findall(text)) >= 2
        out: dict[tuple[int, int], Found] = {}

        def add(start: int, end: int, kind: str, source: str) -> None:
            word = text[start:end]
            if (start, end) in out or _never(word):
                return
            out[(start, end)] = Found(start, end, kind, lemma(word, uk=uk_text), source)

        tokens = list(_TOKEN.finditer(text))
        out_of_names: set[tuple[int, int]] = set()
        cyrillic_text = sum("\u0400" <= c <= "\u04ff" for c in text) >= 3
        if cyrillic_text:
            starts = [m.start() for m in tokens]
            for start, end, kind in models.entities(text):
                if kind == "LOC":  # a place is never taken for a name by the morphology below (Львова)
                    out_of_names.update((m.start(), m.end()) for m in tokens if start <= m.start() < end)
                first = max(0, bisect.bisect_right(starts, start) - 1)
                for m in tokens[first:]:
                    if m.start() >= end:
                        break
                    if m.end() <= start:
                        continue
                    word = m.group(0)
                    if kind == "PER":
                        if word[:1].isupper() or self._word(text, m.start(), word, uk_text) is not None:
                            add(m.start(), m.end(), "name", "ner")
                    elif kind == "ORG" and word[:1].isupper() \
                            and self._word(text, m.start(), word, uk_text) not in (None, "morphology-unknown"):
                        add(m.start(), m.end(), "name", "ner")
                    elif not _cyrillic(word):
                        continue  # a Russian model's place or organisation in Latin letters is mostly noise
                    elif kind == "LOC" and not self._skip_place(word) and word[:1].isupper():
                        add(m.start(), m.end(), "place", "ner")
                    elif kind == "ORG" and word[:1].isupper() and not self._skip_place(word) \
                            and not (word.isupper() and len(word) <= 5):
                        add(m.start(), m.end(), "org", "ner")
        for regex, source in ((_EN_TITLE, "title"), (_CYR_TITLE, "title"), (_KK_SEPARATE_PATRONYMIC, "kazakh")):
            for m in regex.finditer(text):
                for w in _TOKEN.finditer(text, m.start(1), m.end(1)):
                    if w.group(0)[:1].isupper() and len(w.group(0)) >= 2:
                        add(w.start(), w.end(), "name", source)
        for m in tokens:
            if (m.start(), m.end()) in out or (m.start(), m.end()) in out_of_names:
                continue
            word = m.group(0)
            verdict = self._word(text, m.start(), word, uk_text)
            if verdict is not None:
                add(m.start(), m.end(), "name", verdict)
        return sorted(out.values(), key=lambda f: f.start)

    def _word(self, text: str, start: int, word: str, uk_text: bool) -> str | None:
        """Why this word is a name (the source), or None."""
        if len(word) < 3 or not _cyrillic(word) or _never(word):
            return None
        upper = word[:1].isupper()
        if word.isupper() and len(word) <= 4:
            return None  # an abbreviation
        if "Ӏ" in word and upper:
            return "chechen"
        if lexicon.PATRONYMIC.search(word) and upper:
            return "kazakh" if re.search(r"(ұлы|улы|қызы|кызы)$", fold(word)) else "morphology"
        if kazakh_stem(word) is not None and (upper or fold(word) not in _COMMON_LOWER):
            return "kazakh"
        initial = _sentence_start(text, start)
        uk = uk_text or bool(_UK_LETTERS.search(word))
        parses = _parses(word, uk)
        if not parses:
            return None
        if uk:  # Ukrainian text: a name reading in either dictionary counts (Богдан, Тарас)
            parses = parses + _parses(word, False)
        top_normal, top_tags, _top_score, top_known = parses[0]
        if upper and not initial:
            if any(tags & _NAME_TAGS and score >= 0.05 for _n, tags, score, _k in parses):
                return "morphology"
            if not top_known and not any("Geox" in tags for _n, tags, _s, _k in parses):
                return "morphology-unknown"  # a capitalised word no dictionary knows, inside a sentence
            return None
        # lowercase (chat transcripts) or the first word of a sentence: only a clear name reading
        if top_tags & {"Name", "Patr"} and top_known:
            return "morphology"
        if "Surn" in top_tags and (_SURNAME_ENDING.search(fold(word)) or top_known) and len(word) >= 5:
            return "morphology"
        if _KK_LETTERS.search(word) is None and not upper and not top_known and len(word) >= 6 \
                and _LOWER_SURNAME.search(fold(word)):
            return "morphology"  # a lowercase word no dictionary knows, shaped like a surname (лужину, ершовым)
        if self._name_by_its_verb(text, start + len(word), parses, uk):
            return "morphology-context"
        return None

    @staticmethod
    def _name_by_its_verb(text: str, end: int, parses: tuple[tuple[str, frozenset[str], float, bool], ...],
                          uk: bool) -> bool:
        """A name reading in the nominative with a person's verb right after it, agreeing in gender."""
        genders = {g for _n, tags, score, _k in parses if "Name" in tags and "nomn" in tags and score >= 0.02
                   for g in ("masc", "femn") if g in tags or "ms-f" in tags}
        if not genders:
            return False
        m = _NEXT_WORD.match(text, end)
        if m is None:
            return False
        for normal, tags, _score, _known in _parses(m.group(1), uk):
            if "VERB" not in tags or normal not in _PERSON_VERBS or "indc" not in tags:
                continue
            if "past" in tags and "sing" in tags and genders & tags:
                return True
            if ("pres" in tags or "futr" in tags) and "3per" in tags and "sing" in tags and normal in _SPEECH_VERBS:
                return True
        return False


#: Lowercase words that look like a Kazakh name with an ending but are ordinary words.
_COMMON_LOWER = frozenset({"дана", "адам", "ислам", "алия", "арман", "улан", "дамир"})


def gather(found: Iterable[tuple[str | None, str, Found]], decided: set[tuple[str, str]],
           context_chars: int = 40) -> list[Suggestion]:
    """One :class:`Suggestion` per (kind, key) not yet decided, in order of first appearance."""
    out: dict[tuple[str, str], Suggestion] = {}
    for path, text, f in found:
        if (f.kind, f.key) in decided:
            continue
        s = out.get((f.kind, f.key))
        word = text[f.start:f.end]
        if s is None:
            s = out[(f.kind, f.key)] = Suggestion(f.kind, f.key, word, f.source)
        s.count += 1
        if word not in s.forms:
            s.forms.append(word)
        if path is not None and len(s.places) < 20:
            s.places.append((path, f.start, f.end))
        if len(s.contexts) < 3:
            left = text[max(0, f.start - context_chars):f.start].replace("\n", " ")
            right = text[f.end:f.end + context_chars].replace("\n", " ")
            s.contexts.append(f"…{left}»{word}«{right}…")
    return list(out.values())
