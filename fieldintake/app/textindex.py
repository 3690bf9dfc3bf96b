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
Ула are both ``ul``), Жуков/Шуков/Чуков, Г/Х pairs; known gaps: German ch
(Chadischat) and a query "городов" does not find "город". Words of one
letter are not indexed. Digits and other scripts are kept as they are.

No transliteration library is used: they implement one standard each,
mostly Cyrillic→Latin, while the skeleton needs many Latin systems read back
at once and folded into classes; the tables here are the whole of it.
Nothing is cached beyond one call, so no case words outlive the call.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import snowballstemmer

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
_LAT_TO_CYR = {
    "shch": "щ", "tsch": "ч", "sch": "ш", "tch": "ч", "jou": "жу", "iou": "ю",
    "zh": "ж", "kh": "х", "ch": "ч", "sh": "ш", "cz": "ч", "sz": "ш", "ts": "ц", "tz": "ц",
    "ck": "к", "ph": "ф", "th": "т", "qu": "кв", "ou": "у", "gh": "г",
    "ya": "я", "ja": "я", "ia": "я", "yu": "ю", "ju": "ю", "iu": "ю",
    "ye": "е", "je": "е", "yo": "е", "jo": "е", "yi": "йи",
    "ay": "ай", "ey": "ей", "oy": "ой", "uy": "уй", "iy": "ий", "yy": "ый",
    "aj": "ай", "ej": "ей", "oj": "ой", "uj": "уй", "ij": "ий", "yj": "ый",
    "ai": "ай", "oi": "ой", "ce": "це", "ci": "ци", "cy": "цы",
    "a": "а", "b": "б", "c": "к", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х",
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
            as_cyr = _LAT_GROUP.sub(lambda m: _LAT_TO_CYR[m.group(0)], latin)
            stems = self._ru_stems(as_cyr, surname_only=surname_only)
            return WordTerms((self._en.stemWord(latin),), tuple(dict.fromkeys(_skeleton(s) for s in stems)))
        other = _strip_marks(word)
        return WordTerms((other,), (other,)) if other else None


#: A word cache to share between highlighters for the length of one task, then drop.
WordAnalysis = _Analyzer


def _tokens(text: str) -> Iterator[re.Match[str]]:
    return _TOKEN.finditer(text)


def index_terms(text: str, analyzer: _Analyzer | None = None) -> IndexTerms:
    """The terms to store for ``text`` (a title and body may simply be joined).

    ``analyzer``: a word cache shared by the texts of one task (a commit indexing many cases), dropped after it."""
    analyzer = analyzer or _Analyzer()
    exact: list[str] = []
    sound: list[str] = []
    for m in _tokens(text):
        terms = analyzer.word(m.group(0), query=False)
        if terms is not None:
            exact.extend(terms.exact)
            sound.extend(terms.sound)
    return IndexTerms(" ".join(exact), " ".join(sound))


@dataclass(frozen=True, slots=True)
class _QueryWord:
    exact: str
    sound: str  # "" when a prefix would be too short to be useful
    prefix: bool

    def matches(self, terms: WordTerms) -> bool:
        if self.prefix:
            return any(t.startswith(self.exact) for t in terms.exact) or bool(
                self.sound and any(t.startswith(self.sound) for t in terms.sound)
            )
        return self.exact in terms.exact or self.sound in terms.sound

    def expression(self) -> str:
        # Terms hold only letters and digits, so the quotes cannot be broken out of.
        star = "*" if self.prefix else ""
        exact = f'exact : "{self.exact}"{star}'
        return f'({exact} OR sound : "{self.sound}"{star})' if self.sound else f"({exact})"


def _query_words(user_text: str, analyzer: _Analyzer, *, prefix_last: bool) -> list[_QueryWord]:
    words: list[_QueryWord] = []
    seen: set[_QueryWord] = set()
    matches = list(_tokens(user_text))
    for i, m in enumerate(matches):
        terms = analyzer.word(m.group(0), query=True)
        if terms is None:
            continue
        exact, sound = terms.exact[0], terms.sound[0]
        starred = user_text[m.end() : m.end() + 1] == "*"
        typing = prefix_last and i == len(matches) - 1
        prefix = (starred or typing) and len(exact) >= MIN_PREFIX_CHARS
        if prefix:
            if typing and not starred:
                # An unfinished word has no meaningful stem: match it as typed.
                typed = analyzer.word(m.group(0), query=False)
                exact = typed.exact[0] if typed else exact
            if len(sound) < MIN_PREFIX_CHARS:
                sound = ""
        word = _QueryWord(exact, sound, prefix)
        if word in seen:
            continue
        seen.add(word)
        words.append(word)
        if len(words) == MAX_QUERY_WORDS:
            break
    return words


def match_query(user_text: str, *, prefix_last: bool = False) -> str | None:
    """An FTS5 MATCH expression: every word must match, in any order.

    Operators, quotes and punctuation in ``user_text`` are never passed on: only
    our own terms reach FTS5, each quoted. A word followed by ``*`` (three
    letters or more) is matched as a prefix; ``prefix_last`` does that for the
    last word, for search as you type. None when nothing searchable is left.
    """
    words = _query_words(user_text, _Analyzer(), prefix_last=prefix_last)
    if not words:
        return None
    return " AND ".join(w.expression() for w in words)


class Highlighter:
    """Marks one query's matches in many texts (a page of results), sharing the word analysis.

    Keep one for one page and drop it: it holds the words it has seen.
    """

    def __init__(self, user_query: str, *, analysis: WordAnalysis | None = None) -> None:
        # Several highlighters over the same texts (the redaction's name detectors) may share
        # one analysis, so each word of the texts is analysed once; drop it with them.
        self._analyzer = analysis if analysis is not None else _Analyzer()
        self._words = _query_words(user_query, self._analyzer, prefix_last=False)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Start and end offsets in ``text`` of the words the query matches."""
        if not self._words:
            return []
        spans: list[tuple[int, int]] = []
        for m in _tokens(text):
            terms = self._analyzer.word(m.group(0), query=False)
            if terms is not None and any(w.matches(terms) for w in self._words):
                spans.append(m.span())
        return spans

    def snippet(
        self, text: str, *, max_chars: int = 160, mark: tuple[str, str] = ("[", "]"), ellipsis: str = "…"
    ) -> str:
        """See :func:`highlight`."""
        spans = self.spans(text)
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
