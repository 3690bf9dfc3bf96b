"""Search terms for the vault's full-text index: one person, many spellings.

A name reaches the vault as Качкуркин, Качкуркиной, Kachkurkin or Kačkurkin,
and a caseworker types whichever comes to mind. SQLite's own tokenizer cannot
join those, and sqlcipher3 cannot register a Python tokenizer, so the work is
done here, when a text is saved: every word becomes two terms stored in a
contentless FTS5 table, and a query is turned into the same terms.

Every word (a run of letters and digits; inner apostrophes dropped) gives:

``exact``: the word's stem in its own script. Cyrillic: the Russian Snowball
stem of the folded word (Ё→Е, Ukrainian І→И, Ї→ЙИ, Є→Е, Ґ→Г; Kazakh Ә→А, Ғ→Г,
Қ→К, Ң→Н, Ө→О, Ұ Ү→У, Һ→Х; the Chechen palochka Ӏ, and a Latin I, l or 1
typed in its place inside a Cyrillic word, dropped). Latin: the English
Snowball stem (arrested → arrest) of the word with diacritics spelled out
(č→ch, š→sh, ž→zh, ş→sh, ä→a ...). Matching here is precise.

``sound``: a script-neutral skeleton of the word's Russian stem, so spellings
meet across transliteration systems. A Latin word is first read back into
Cyrillic, accepting several systems at once (longest letter group first):
shch/sch→Щ/Ш, tsch/tch/ch/cz/č→Ч, zh/ž and French "jou"→Ж(у), kh/h→Х,
ts/tz→Ц, ya/ja/ia→Я, yu/ju/iu/iou→Ю, ye/je/yo/jo→Е, yi→ЙИ, ou→У, w→В, x→КС, c→Ц
before e/i/y else К, y after a consonant→Ы, j/y/i after a vowel→Й. The
Cyrillic stem is then reduced to consonant classes:

* vowels, Й, Ь and Ъ are dropped, except that a word-initial vowel is kept as
  a class (А О Я → a, Е Э → e, И Ы Й → i, У Ю → u), so Aleksandr, Alexander,
  Oleksandr, Александр and Олександр all give ``alksndr``, and Yulia, Yuliya,
  Iuliia, Julia and Юлия give ``ul``. Vowels are where the systems disagree
  most (ia/ya/ja, ou/u, unstressed о/а, Ukrainian и/і, English -er);
* Ж Ш Щ Ч → x: German writes Ж and Ш as sch (Schukow), French Ж as j
  (Joukov) and Ш as ch, English Ч as ch;
* З С Ц → s (German s is З, German z is Ц); В Ф → v (-ow, -off, -ov);
  Г Х → h (Ukrainian Г is written h: Ihor, Olha; Х is kh or h: Hadizhat);
* doubled letters count once (Анна, Ivanoff).

Russian inflection is removed by the Snowball stemmer before the skeleton is
made, so Качкуркину and Kachkurkina meet Качкуркин. Snowball treats -ов/-ев
as a plural ending (Иванов → иван but Иванова → иванов), and cuts names in
-ана/-яна unevenly (Светлана → светла, Светланой → светлан), so names get a
rule first: a word ending in -ов/-ев/-ин/-ын/-ан/-ян plus a case ending (-а
-у -ым -ом -ой -ою -е -ы -ых -ыми) is reduced to that -ов/-ин/-ан form. A capitalised
word in a text, and every query word, gets that form only (Иван does not
find Иванов); a lowercase word in a text also keeps Snowball's stem, so
"город" still finds "городов". Adjectival surnames (-ский/-ская/-цкий) are
adjectives to Snowball already.

A query word matches a text word when either term is equal; both columns
count in bm25, the exact one more, so same-spelling matches rank first and
the looser sound matches follow. Known looseness: short skeletons (Юлия and
Ула are both ``ul``), Жуков/Шуков/Чуков, Г/Х pairs; known gap: a query
"городов" does not find "город". Latin ch is read both as Ч and as Х (German and
Czech Chramov, Chadischat), and c not before e/i/y as К and as Ц (Czech Cvetkova);
č is always Ч. Phone numbers give digit terms (``phoneterms``); a query may be
widened by one-key typing errors (``typo_candidates``). Words of one
letter are not indexed. Digits and other scripts are kept as they are.

No transliteration library is used: they implement one standard each,
mostly Cyrillic→Latin, while the skeleton needs many Latin systems read back
at once and folded into classes; the tables here are the whole of it.
Nothing is cached beyond one call, so no case words outlive the call.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import snowballstemmer

from fieldintake.app import phoneterms

FTS_TABLE = "search_terms"

#: The recommended table: terms only (contentless), rowid = the indexed
#: record's rowid. The raw text stays in its own table; FTS5 cannot
#: highlight a raw column by matches in a terms column, so snippets come
#: from :func:`highlight`. Our terms are plain letters and digits, so
#: unicode61 keeps each one as a single token; diacritics are already handled.
CREATE_FTS_TABLE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "exact, sound, content='', contentless_delete=1, "
    "tokenize='unicode61 remove_diacritics 0')"
)
#: Weights for bm25(): an exact match counts three times a sound match.
RANK = f"bm25({FTS_TABLE}, 3.0, 1.0)"
INSERT_SQL = f"INSERT INTO {FTS_TABLE} (rowid, exact, sound) VALUES (?, ?, ?)"
DELETE_SQL = f"DELETE FROM {FTS_TABLE} WHERE rowid = ?"
#: Parameters: match_query(...) and a limit. Best first.
SEARCH_SQL = f"SELECT rowid, {RANK} AS score FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY score LIMIT ?"

MAX_QUERY_WORDS = 12
MAX_WORD_CHARS = 64
MIN_PREFIX_CHARS = 3  # a shorter prefix would scan most of the index

_COMBINING = "\u0300-\u036f\u0483-\u0489"
_TOKEN = re.compile(rf"[^\W_](?:[^\W_]|[{_COMBINING}]|['’ʼ](?=[^\W_]))*")
_APOSTROPHES = str.maketrans("", "", "'’ʼ")

# --- folding tables ----------------------------------------------------------

_CYR_FOLD = str.maketrans(
    {
        "ё": "е", "і": "и", "ї": "йи", "є": "е", "ґ": "г", "ў": "у",
        "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х",
        "ӏ": None, "Ӏ": None,
    }
)  # fmt: skip
_LATIN_IN_CYR = str.maketrans(
    {
        "A": "А", "a": "а", "B": "В", "C": "С", "c": "с", "E": "Е", "e": "е", "H": "Н",
        "K": "К", "k": "к", "M": "М", "O": "О", "o": "о", "P": "Р", "p": "р", "T": "Т",
        "X": "Х", "x": "х", "y": "у", "Y": "У", "i": "і",
        "I": None, "l": None, "1": None,  # written for the palochka Ӏ
    }
)  # fmt: skip
_CYR_IN_LATIN = str.maketrans(
    {
        "А": "A", "а": "a", "В": "B", "С": "C", "с": "c", "Е": "E", "е": "e", "Н": "H",
        "К": "K", "к": "k", "М": "M", "О": "O", "о": "o", "Р": "P", "р": "p", "Т": "T",
        "Х": "X", "х": "x", "у": "y", "У": "Y", "І": "I", "і": "i",
    }
)  # fmt: skip
_LATIN_SPELLED = str.maketrans(
    {
        "č": "ch", "ć": "ch", "ç": "ch", "š": "sh", "ś": "sh", "ş": "sh", "ș": "sh",
        "ž": "zh", "ź": "zh", "ż": "zh", "ł": "l", "ı": "y", "ß": "ss", "æ": "ae", "ø": "o",
        "œ": "oe", "đ": "d", "ð": "d", "þ": "th",
    }
)  # fmt: skip
#: For the sound column only: č is Ч in every system, so it must not become an ambiguous "ch".
_LATIN_SOUND = str.maketrans(
    {
        "č": "tsch", "ć": "tsch", "ç": "tsch", "š": "sh", "ś": "sh", "ş": "sh", "ș": "sh",
        "ž": "zh", "ź": "zh", "ż": "zh", "ł": "l", "ı": "y", "ß": "ss", "æ": "ae", "ø": "o",
        "œ": "oe", "đ": "d", "ð": "d", "þ": "th",
    }
)  # fmt: skip
#: Letter groups read two ways: ch is Ч in English and Х in German, Czech and Polish (Chramov,
#: Michail); a c not before e/i/y is К in English and Ц in Czech and Polish (Cvetkov).
_AMBIGUOUS = {"\x01": ("ч", "х"), "\x02": ("к", "ц")}
MAX_READINGS = 8
_LAT_TO_CYR = {
    "shch": "щ", "tsch": "ч", "sch": "ш", "tch": "ч", "jou": "жу", "iou": "ю",
    "zh": "ж", "kh": "х", "ch": "\x01", "sh": "ш", "cz": "ч", "sz": "ш", "ts": "ц", "tz": "ц",
    "ck": "к", "ph": "ф", "th": "т", "qu": "кв", "ou": "у", "gh": "г",
    "ya": "я", "ja": "я", "ia": "я", "yu": "ю", "ju": "ю", "iu": "ю",
    "ye": "е", "je": "е", "yo": "е", "jo": "е", "yi": "йи",
    "ay": "ай", "ey": "ей", "oy": "ой", "uy": "уй", "iy": "ий", "yy": "ый",
    "aj": "ай", "ej": "ей", "oj": "ой", "uj": "уй", "ij": "ий", "yj": "ый",
    "ai": "аи", "oi": "ой", "ce": "це", "ci": "ци", "cy": "цы",
    "a": "а", "b": "б", "c": "\x02", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х",
    "i": "и", "j": "й", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п",
    "q": "к", "r": "р", "s": "с", "t": "т", "u": "у", "v": "в", "w": "в", "x": "кс",
    "y": "ы", "z": "з",
}  # fmt: skip
_LAT_GROUP = re.compile("|".join(sorted(_LAT_TO_CYR, key=len, reverse=True)))

_SOUND_CLASS = {
    "б": "b", "в": "v", "ф": "v", "г": "h", "х": "h", "д": "d", "ж": "x", "ш": "x",
    "щ": "x", "ч": "x", "з": "s", "с": "s", "ц": "s", "к": "k", "л": "l", "м": "m",
    "н": "n", "п": "p", "р": "r", "т": "t",
}  # fmt: skip
_INITIAL_CLASS = {
    "а": "a", "о": "a", "я": "a", "е": "e", "э": "e", "и": "i", "ы": "i", "й": "i",
    "у": "u", "ю": "u",
}  # fmt: skip
_SILENT = frozenset("аоуыэяеюийьъ")

_SURNAME = re.compile(r"(.{2,}?(?:ов|ев|ин|ын|ан|ян))(?:а|у|ым|ом|ой|ою|е|ы|ых|ыми)?")


def _readings(latin: str) -> tuple[str, ...]:
    """A Latin word read back into Cyrillic, once per reading of its ambiguous letter groups."""
    text = _LAT_GROUP.sub(lambda m: _LAT_TO_CYR[m.group(0)], latin)
    slots = [i for i, c in enumerate(text) if c in _AMBIGUOUS]
    if not slots:
        return (text,)
    if len(slots) > 3:  # every slot read the same way: two readings, not 2**n
        choices: list[tuple[str, ...]] = [tuple(_AMBIGUOUS[text[i]][k] for i in slots) for k in (0, 1)]
    else:
        choices = list(itertools.product(*(_AMBIGUOUS[text[i]] for i in slots)))[:MAX_READINGS]
    out = []
    for choice in choices:
        chars = list(text)
        for i, letter in zip(slots, choice):
            chars[i] = letter
        out.append("".join(chars))
    return tuple(out)


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _drop_marks(word: str) -> str:
    """Stray combining marks only: precomposed letters (Й) stay as they are."""
    return "".join(c for c in word if not unicodedata.combining(c))


def _strip_marks(word: str) -> str:
    return _drop_marks(unicodedata.normalize("NFD", word))


def _skeleton(stem: str) -> str:
    out: list[str] = []
    prev = ""
    for i, ch in enumerate(stem):
        if i == 0 and ch in _INITIAL_CLASS:
            out.append(_INITIAL_CLASS[ch])
            continue
        if ch in _SILENT:
            prev = "" if ch not in "ьъ" else prev
            continue
        cls = _SOUND_CLASS.get(ch, ch)
        if cls != prev:
            out.append(cls)
        prev = cls
    return "".join(out)


@dataclass(frozen=True, slots=True)
class WordTerms:
    exact: tuple[str, ...]
    sound: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class IndexTerms:
    """What to store for one text: the two terms columns, in this order."""

    exact: str
    sound: str


class _Analyzer:
    """Stemmers and a word cache for one call: never shared, never kept."""

    def __init__(self) -> None:
        self._ru = snowballstemmer.stemmer("russian")
        self._en = snowballstemmer.stemmer("english")
        self._cache: dict[tuple[str, bool], WordTerms | None] = {}
        self.text_words: dict[str, WordTerms | None] = {}  # the words of texts, by the token alone

    def word(self, token: str, *, query: bool) -> WordTerms | None:
        key = (token, query)
        if key in self._cache:
            return self._cache[key]
        terms = self._analyse(token, query=query)
        self._cache[key] = terms
        return terms

    def _ru_stems(self, word: str, *, surname_only: bool) -> tuple[str, ...]:
        m = _SURNAME.fullmatch(word)
        if m is None:
            return (self._ru.stemWord(word),)
        base = m.group(1)
        if surname_only:
            return (base,)
        stem = self._ru.stemWord(word)
        return (base,) if stem == base else (base, stem)

    def _analyse(self, token: str, *, query: bool) -> WordTerms | None:
        if not token.isascii():
            token = unicodedata.normalize("NFC", token)
        token = token.translate(_APOSTROPHES)[:MAX_WORD_CHARS]
        cyr = sum(1 for c in token if _is_cyrillic(c))
        is_cyr = cyr * 2 >= len(token)
        if cyr:
            token = token.translate(_LATIN_IN_CYR if is_cyr else _CYR_IN_LATIN)
        if len(token) < 2:
            return None
        surname_only = query or token[0].isupper()
        word = token.lower()
        if any(c.isdigit() for c in word):
            code = _strip_marks(word)
            return WordTerms((code,), (code,))
        if is_cyr:
            word = _drop_marks(word.translate(_CYR_FOLD))
            stems = self._ru_stems(word, surname_only=surname_only)
            return WordTerms(stems, tuple(dict.fromkeys(_skeleton(s) for s in stems)))
        latin = _strip_marks(word.translate(_LATIN_SPELLED))
        if latin.isascii() and latin.isalpha():
            heard = _strip_marks(word.translate(_LATIN_SOUND))
            stems = tuple(s for reading in _readings(heard if heard.isascii() and heard.isalpha() else latin)
                          for s in self._ru_stems(reading, surname_only=surname_only))
            return WordTerms((self._en.stemWord(latin),), tuple(dict.fromkeys(_skeleton(s) for s in stems)))
        other = _strip_marks(word)
        return WordTerms((other,), (other,)) if other else None


_UNSEEN = WordTerms((), ())

#: A word cache to share between highlighters for the length of one task, then drop.
WordAnalysis = _Analyzer


def _tokens(text: str) -> Iterator[re.Match[str]]:
    return _TOKEN.finditer(text)


def index_terms(text: str, *, analysis: WordAnalysis | None = None) -> IndexTerms:
    """The terms to store for ``text`` (a title and body may simply be joined).

    ``analysis``: a word cache shared over many texts for the length of one task (a rebuild of
    the index), then dropped.
    """
    analyzer = analysis if analysis is not None else _Analyzer()
    exact: list[str] = []
    sound: list[str] = []
    seen = analyzer.text_words  # the hot loop of indexing: one dict lookup a word
    for token in _TOKEN.findall(text):
        terms = seen.get(token, _UNSEEN)
        if terms is _UNSEEN:
            terms = seen[token] = analyzer.word(token, query=False)
        if terms is not None:
            exact += terms.exact
            sound += terms.sound
    exact.extend(phoneterms.text_terms(text))
    return IndexTerms(" ".join(exact), " ".join(sound))


@dataclass(frozen=True, slots=True)
class _QueryWord:
    exact: tuple[str, ...]
    sound: tuple[str, ...]  # empty when a prefix would be too short to be useful, or for a number
    prefix: bool
    number: bool = False  # a phone number: matched in a text by its digits (``phoneterms``)

    def matches(self, terms: WordTerms) -> bool:
        if self.prefix:
            return any(t.startswith(e) for t in terms.exact for e in self.exact) or any(
                t.startswith(s) for t in terms.sound for s in self.sound
            )
        return any(e in terms.exact for e in self.exact) or any(s in terms.sound for s in self.sound)

    def expression(self, expand: Expand | None = None) -> str | None:
        """This word's part of a MATCH; None when ``expand`` says no indexed term has its prefix."""
        # Terms hold only letters and digits, so the quotes cannot be broken out of.
        if not self.prefix:
            parts = [f'exact : "{e}"' for e in self.exact] + [f'sound : "{s}"' for s in self.sound]
            return f"({' OR '.join(parts)})"
        parts = []
        for column, terms in (("exact", self.exact), ("sound", self.sound)):
            for term in terms:
                found = expand(term) if expand is not None else None
                if found is None:
                    parts.append(f'{column} : "{term}"*')
                else:
                    parts += [f'{column} : "{t}"' for t in found]
        return f"({' OR '.join(parts)})" if parts else None


# --- typing errors: one key off, on an English or a Russian keyboard ----------------------------

_LAYOUTS = (("qwertyuiop", "asdfghjkl", "zxcvbnm"), ("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"))
_VOWELS = frozenset("aeiouyаеёиоуыэюяьъ")
TYPO_MIN_CHARS = 5  # a shorter word has too many one-key neighbours that are other words
MAX_TYPO_TERMS = 160  # per query word
MAX_TYPO_WORDS = 3  # words of one query widened: a long pasted query stays one cheap lookup

#: The terms to match in place of a prefix, or None to leave the prefix to FTS5. FTS5 merges
#: every doclist of a prefix in full before the first row (~6 ms for a word in 10,000 cases),
#: while an OR of terms is read lazily, as far as a LIMIT needs (``search`` counts that way).
Expand = Callable[[str], Sequence[str] | None]


def _keyboard_neighbours() -> dict[str, str]:
    """Each key's neighbours: left, right, the two above and the two below (rows are staggered)."""
    out: dict[str, str] = {}
    for rows in _LAYOUTS:
        for r, row in enumerate(rows):
            for i, ch in enumerate(row):
                near = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
                if r > 0:
                    near += [rows[r - 1][j] for j in (i, i + 1) if j < len(rows[r - 1])]
                if r + 1 < len(rows):
                    near += [rows[r + 1][j] for j in (i - 1, i) if 0 <= j < len(rows[r + 1])]
                out[ch] = "".join(near)
    return out


_NEIGHBOURS = _keyboard_neighbours()


def typo_candidates(token: str) -> list[str]:
    """The words ``token`` would be had one key been a consonant next to the one pressed."""
    word = token.lower()
    if len(word) < TYPO_MIN_CHARS or not word.isalpha():
        return []
    out: list[str] = []
    for i, ch in enumerate(word):
        for near in _NEIGHBOURS.get(ch, ""):
            if near not in _VOWELS:
                out.append(word[:i] + near + word[i + 1 :])
    return list(dict.fromkeys(out))


def _with_typos(word: _QueryWord, token: str, analyzer: _Analyzer) -> _QueryWord | None:
    """``word`` widened by its one-key neighbours; None when the word is too short for that."""
    if word.prefix or word.number:
        return None
    # Only the neighbours' exact stems: their sound skeletons would join a typing error to a
    # transliteration and find look-alike names (measured on tests/search_eval: 2 extra cases).
    exact = dict.fromkeys(word.exact)
    for candidate in typo_candidates(token):
        terms = analyzer.word(candidate, query=True)
        if terms is None:
            continue
        exact.update(dict.fromkeys(terms.exact))
        if len(exact) + len(word.sound) >= MAX_TYPO_TERMS:
            break
    if len(exact) == len(word.exact):
        return None
    return _QueryWord(tuple(exact), word.sound, False)


def _query_words(user_text: str, analyzer: _Analyzer, *, prefix_last: bool, typos: bool = False) -> list[_QueryWord]:
    words: list[_QueryWord] = []
    seen: set[_QueryWord] = set()

    def add(word: _QueryWord) -> bool:
        if word not in seen:
            seen.add(word)
            words.append(word)
        return len(words) == MAX_QUERY_WORDS

    rest = user_text
    cuts = {b for m in _tokens(user_text) for b in range(m.start() + 1, m.end())}
    for start, end, digits in phoneterms.runs(user_text, query=True):
        if start not in cuts and end not in cuts:
            # The number is whole words: it is searched as a number only. A number that starts
            # or ends inside a word (26 digits, "тел87021112233") keeps that word too, as the
            # index holds both.
            rest = rest[:start] + " " * (end - start) + rest[end:]
        if add(_QueryWord(digits, (), False, number=True)):
            return words
    matches = list(_tokens(rest))
    widened = 0
    for i, m in enumerate(matches):
        terms = analyzer.word(m.group(0), query=True)
        if terms is None:
            continue
        exact, sound = terms.exact[0], terms.sound
        starred = rest[m.end() : m.end() + 1] == "*"
        typing = prefix_last and i == len(matches) - 1
        prefix = (starred or typing) and len(exact) >= MIN_PREFIX_CHARS
        if prefix:
            if typing and not starred:
                # An unfinished word has no meaningful stem: match it as typed.
                typed = analyzer.word(m.group(0), query=False)
                exact = typed.exact[0] if typed else exact
            sound = tuple(s for s in sound if len(s) >= MIN_PREFIX_CHARS)
        word = _QueryWord((exact,), sound, prefix)
        if typos and widened < MAX_TYPO_WORDS:
            wide = _with_typos(word, m.group(0), analyzer)
            if wide is not None:
                word, widened = wide, widened + 1
        if add(word):
            break
    return words if widened or not typos else []


def match_query(user_text: str, *, prefix_last: bool = False, typos: bool = False,
                analysis: WordAnalysis | None = None, expand: Expand | None = None) -> str | None:
    """An FTS5 MATCH expression: every word must match, in any order.

    Operators, quotes and punctuation in ``user_text`` are never passed on: only
    our own terms reach FTS5, each quoted. A word followed by ``*`` (three
    letters or more) is matched as a prefix; ``prefix_last`` does that for the
    last word, for search as you type. A phone number is one word, however it is
    typed. ``typos``: each word of five letters or more also matches the words one
    key away (a consonant next to a key pressed), and None when no word is that
    long. None when nothing searchable is left.

    ``analysis``: a word cache shared with the page's highlighters, then dropped. ``expand``:
    the terms a prefix stands for (``Expand``); None also when a prefix stands for none.
    """
    analyzer = analysis if analysis is not None else _Analyzer()
    words = _query_words(user_text, analyzer, prefix_last=prefix_last, typos=typos)
    if not words:
        return None
    parts = [w.expression(expand) for w in words]
    if any(p is None for p in parts):
        return None
    return " AND ".join(p for p in parts if p is not None)


class Highlighter:
    """Marks one query's matches in many texts (a page of results), sharing the word analysis.

    Keep one for one page and drop it: it holds the words it has seen.
    """

    def __init__(self, user_query: str, *, analysis: WordAnalysis | None = None, typos: bool = False) -> None:
        # Several highlighters over the same texts (the redaction's name detectors) may share
        # one analysis, so each word of the texts is analysed once; drop it with them.
        self._analyzer = analysis if analysis is not None else _Analyzer()
        self._words = _query_words(user_query, self._analyzer, prefix_last=False, typos=typos)
        if typos and not self._words:
            self._words = _query_words(user_query, self._analyzer, prefix_last=False)
        self._numbers = [w for w in self._words if w.number]
        self._hit: dict[str, bool] = {}  # a token seen, and whether the query matches it

    def _matches(self, token: str) -> bool:
        hit = self._hit.get(token)
        if hit is None:
            terms = self._analyzer.word(token, query=False)
            hit = terms is not None and any(w.matches(terms) for w in self._words)
            self._hit[token] = hit
        return hit

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Start and end offsets in ``text`` of the words the query matches."""
        if not self._words:
            return []
        matches = self._matches
        only_numbers = len(self._numbers) == len(self._words)
        spans = [] if only_numbers else [m.span() for m in _tokens(text) if matches(m.group(0))]
        if self._numbers:
            wanted = {t for w in self._numbers for t in w.exact}
            numbers = [(s, e) for s, e, terms in phoneterms.runs(text) if wanted.intersection(terms)]
            if numbers:
                spans = [sp for sp in spans if not any(s <= sp[0] and sp[1] <= e for s, e in numbers)]
                spans = sorted(spans + numbers)
        return spans

    def first_snippet(self, text: str, *, max_chars: int = 160, mark: tuple[str, str] = ("[", "]"),
                      ellipsis: str = "…") -> str | None:
        """A passage around the first match, or None when nothing matches: for a page of results.

        Reads ``text`` only up to a passage's length past the first match, so a hit in a long
        narrative costs what comes before it, not the whole narrative.
        """
        if not self._words:
            return None
        if self._numbers:
            spans = self.spans(text)
        else:
            spans = []
            until = -1
            matches = self._matches
            for m in _tokens(text):
                if until >= 0 and m.start() > until:
                    break
                if matches(m.group(0)):
                    spans.append(m.span())
                    if until < 0:
                        until = m.start() + max_chars
        if not spans:
            return None
        return self._cut(text, spans, max_chars, mark, ellipsis)

    def snippet(
        self, text: str, *, max_chars: int = 160, mark: tuple[str, str] = ("[", "]"), ellipsis: str = "…"
    ) -> str:
        """See :func:`highlight`."""
        return self._cut(text, self.spans(text), max_chars, mark, ellipsis)

    @staticmethod
    def _cut(text: str, spans: list[tuple[int, int]], max_chars: int, mark: tuple[str, str], ellipsis: str) -> str:
        lo, hi = _window(text, spans, max(1, max_chars))
        pieces: list[str] = [ellipsis] if lo > 0 else []
        pos = lo
        for start, end in spans:
            if start < lo or end > hi:
                continue
            pieces.append(text[pos:start])
            pieces.append(f"{mark[0]}{text[start:end]}{mark[1]}")
            pos = end
        pieces.append(text[pos:hi])
        if hi < len(text):
            pieces.append(ellipsis)
        return " ".join("".join(pieces).split())


def match_spans(text: str, user_query: str) -> list[tuple[int, int]]:
    """Start and end offsets in ``text`` of the words the query would match."""
    return Highlighter(user_query).spans(text)


def _window(text: str, spans: list[tuple[int, int]], max_chars: int) -> tuple[int, int]:
    """The stretch of at most ``max_chars`` holding the most matches, cut between words."""
    if len(text) <= max_chars:
        return 0, len(text)
    first = last = 0
    best = 0
    j = 0
    for i, (start, _) in enumerate(spans):
        j = max(j, i)
        while j + 1 < len(spans) and spans[j + 1][1] - start <= max_chars:
            j += 1
        if j - i + 1 > best:
            best, first, last = j - i + 1, start, spans[j][1]
    slack = max(0, max_chars - (last - first))
    lo = max(0, first - slack // 3)
    hi = min(len(text), lo + max_chars)
    lo = max(0, hi - max_chars)
    if lo > 0 and not text[lo - 1].isspace():
        space = text.find(" ", lo, first if best else hi)
        lo = space + 1 if space != -1 else lo
    if hi < len(text) and not text[hi].isspace():
        space = text.rfind(" ", max(lo, last), hi)
        hi = space if space != -1 else hi
    return lo, hi


def highlight(
    text: str,
    user_query: str,
    *,
    max_chars: int = 160,
    mark: tuple[str, str] = ("[", "]"),
    ellipsis: str = "…",
) -> str:
    """A short passage of ``text`` around the matches, matched words marked.

    The passage is the stretch of ``max_chars`` holding the most matched
    words, cut between words, with ``ellipsis`` where the text goes on;
    whitespace is collapsed. Plain text: for HTML, escape the pieces yourself
    from :func:`match_spans`. For a page of results use one
    :class:`Highlighter`.
    """
    return Highlighter(user_query).snippet(text, max_chars=max_chars, mark=mark, ellipsis=ellipsis)
