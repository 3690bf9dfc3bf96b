"""Finding identifying values in free text, so they can be removed.

Two kinds of detector: values the case itself names (the client's and family
members' names, phones, document numbers, the date of birth, addresses,
places, hand-marked spans), looked for wherever they recur and in whatever
form; and patterns that identify on their own (phone numbers, e-mail
addresses, passport-like numbers, street addresses, messenger handles).

Names are matched word by word with the search index's own analysis
(:mod:`fieldintake.app.textindex`), so Качкуркин also finds Качкуркину,
Kachkurkin and KACHKURKIN. To keep ordinary words, a name word in the text
must start with a capital letter, and words of fewer than five letters must
match exactly (Тима finds Тимой, not "тема" or "team"); words of one or two
letters are never looked for. Adjacent name words become one hit, given to
the person most of them belong to. See docs/redaction.md for the limits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import phonenumbers
from babel.dates import get_month_names

from fieldintake.app.templates import countries
from fieldintake.app.textindex import Highlighter, WordAnalysis, index_terms
from fieldintake.exports.redaction import lexicon
from fieldintake.exports.redaction.lexicon import fold

PHONE_REGIONS = ("KZ", "RU", "UA", "KG", "UZ")
MIN_NAME_CHARS = 3
MIN_SOUND_CHARS = 5  # shorter name words must match exactly, not only by sound

#: When hits overlap they become one; the merged hit takes the first category here.
PRIORITY = ("marked", "name", "phone", "document", "email", "messenger", "birth_date", "address", "vehicle", "place",
            "organisation", "other")
_RANK = {c: i for i, c in enumerate(PRIORITY)}

_APOSTROPHE = re.compile(r"['’ʼ]")
_WORD = re.compile(r"[^\W_](?:[^\W_]|['’ʼ](?=[^\W_]))*")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z][A-Za-z0-9_]{4,31}\b")
_DIGIT_RUN = re.compile(r"(?<![\w+])\+?\d[\d\s().\-]{5,}\d(?!\w)")
_DOCUMENT_PATTERNS = (
    # Russian internal passport: 45 06 123456; foreign passport: 75 1234567.
    re.compile(r"(?<![\w.,/-])\d{2}\s?\d{2}\s?№?\s?\d{6}(?![\w/-]|[.,]\d)"),
    re.compile(r"(?<![\w.,/-])\d{2}\s?№?\s?\d{7}(?![\w/-]|[.,]\d)"),
    # One or two capital letters and 6-9 digits: АК 0000001, N12345678, ID cards.
    re.compile(r"(?<![\w.,/-])[A-ZА-ЯЁ]{1,2}\s?№?\s?\d{6,9}(?![\w/-]|[.,]\d)"),
    # Kazakh IIN/BIN and other 12-digit personal numbers.
    re.compile(r"(?<![\w.,/-])\d{12}(?![\w/-]|[.,]\d)"),
)
_STREET_RU = re.compile(
    r"(?<!\w)(?:ул\.|ул\b|улиц[аеуы]|пр\.|пр-т|просп\.|проспект[аеу]?|пер\.|переул(?:ок|ке|ка)|мкр\.?|микрорайон[аеу]?"
    r"|б-р|бульвар[аеу]?|наб\.|набережн(?:ая|ой)|шоссе|көшесі|даңғылы)"
    r"\s*[А-ЯЁA-Z0-9«\"][\w«»\"-]*(?:\s+[А-ЯЁA-Z«\"][\w«»\"-]*){0,2}"
    r"(?:,?\s*(?:д\.|дом)?\s*\d+[а-яa-z]?(?:/\d+)?)?(?:,?\s*(?:кв\.|квартира|оф\.)\s*\d+)?",
)
_HOUSE_RU = re.compile(r"(?<!\w)(?:д\.|дом|кв\.|квартира|үй|пәтер|ш/а|корп\.|корпус)\s*№?\s*\d+[а-яa-z]?(?:/\d+)?(?!\w)",
                       re.IGNORECASE)
# "живём на Сейфуллина 12", "адрес: Абая 150/2", "ЖК «Нурлы Тау»", "мкр. Самал-2"
_STREET_BARE = re.compile(r"(?<!\w)(?:на|по|адрес[уе]?:?|жил[аи]?\s+на|живу\s+на|живём\s+на|живем\s+на)\s+"
                          r"(?P<addr>[А-ЯЁӘҒҚҢӨҰҮҺ][\w\-]+(?:\s+[А-ЯЁӘҒҚҢӨҰҮҺ][\w\-]+)?,?\s+\d{1,4}[а-яa-z]?(?:/\d+)?)(?!\w)")
_COMPLEX = re.compile(r"(?<!\w)(?:ЖК|жк|ЖМ|мкр\.?|микрорайон[аеу]?|ш/а|шағын\s+аудан[ыі]?)\s*«?[А-ЯЁA-Z0-9][\w\- ]{0,30}?»?"
                      r"(?:[-\s]?\d+)?(?=[,.;\s)]|$)")
#: Telegram, VK, Instagram and other profile links, and e-mails written "name(at)example.org".
_PROFILE_LINK = re.compile(r"(?<![\w.])(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|vk\.com|instagram\.com|facebook\.com"
                           r"|fb\.com|ok\.ru|wa\.me|x\.com|twitter\.com|tiktok\.com)/[@\w.\-+/]+", re.IGNORECASE)
_EMAIL_AT = re.compile(r"(?<![\w.+-])[\w.+-]+\s?[\[(]\s?(?:at|собака)\s?[\])]\s?[A-Za-z0-9-]+(?:\s?(?:\.|[\[(]\s?dot\s?[\])]|\s+dot\s+)\s?[A-Za-z0-9-]+)+",
                       re.IGNORECASE)
#: "№ 567890", "номер 12345678": a number of six digits or more after a number sign is a document.
_NUMBER_SIGN = re.compile(r"(?<!\w)(?:№|N°|No\.)\s?[A-ZА-ЯЁ]{0,2}\s?\d{6,10}(?!\w)")
#: Car plates: Kazakh (123 ABC 02, 123ABC02, A 123 BCD), Russian (А123ВС 77, А 123 ВС 777).
_PLATE_LETTERS = "ABEKMHOPCTXYАВЕКМНОРСТУХ"
_CAR_PLATES = (
    re.compile(r"(?<![\w-])\d{3}\s?[A-Z]{2,3}\s?\d{2}(?![\w-])"),
    re.compile(rf"(?<![\w-])[{_PLATE_LETTERS}]\s?\d{{3}}\s?[{_PLATE_LETTERS}]{{2}}\s?\d{{2,3}}(?:\s?RUS)?(?![\w-])"),
    re.compile(r"(?<![\w-])[A-Z]\s?\d{3}\s?[A-Z]{3}(?![\w-])"),
)
#: An IIN written with spaces or dashes (940217 300 123); the digits must pass its check digit.
_IIN_SPACED = re.compile(r"(?<![\w.,/-])\d{2,6}(?:[\s-]\d{1,6}){1,5}(?![\w/-]|[.,]\d)")
#: A date of birth that no field records: after "родился", "д.р.", "born", "туған" and the like.
_BIRTH_TRIGGER = (r"(?:родил(?:ся|ась)|рожд(?:ения|ён|ен|ена)|д\.\s?р\.|г\.\s?р\.|дата\s+рождения|народи(?:вся|лася)"
                  r"|born(?:\s+on)?|date\s+of\s+birth|DOB|туған(?:\s+күні)?|туылған)")
_DATE_ANY = (r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}"
             r"|\d{1,2}\s+[A-Za-zА-Яа-яЁёІіЇїЄєҒғҚқҢңӨөҰұҮүҺһӘә]{3,10}\.?\s+\d{4}(?:\s*(?:г\.|года|ж\.|жылы))?"
             r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
             r"|\d{4}\s+(?:г\.|года|жылы|ж\.)(?:\s+\d{1,2}\s+[а-яәғқңөұүһі]{3,10})?)")
_BIRTH_DATE_PATTERN = re.compile(rf"(?<=\b){_BIRTH_TRIGGER}[:,]?\s+(?:в\s+|on\s+|in\s+)?(?P<date>{_DATE_ANY})"
                                 rf"|(?P<date2>{_DATE_ANY})\s*(?:г\.\s?р\.|года\s+рождения|р\.\s?н\.|туған)",
                                 re.IGNORECASE)
#: A birth place that no field records: "родился в посёлке Шортанды", "уроженец г. Темиртау", "born in Rudny".
_BIRTH_PLACE_PATTERN = re.compile(
    r"(?:родил(?:ся|ась)|уроженец|уроженка|народи(?:вся|лася)|born|туған\s+жері|место\s+рождения:?)"
    r"(?:\s+(?:в|во|у|in|at))?(?:\s+(?:\d{4}\s+году\s+в|городе|г\.|селе|с\.|посёлке|поселке|пос\.|п\.|ауле|деревне|станице|town\s+of|village\s+of))?"
    r"\s+(?P<place>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-']+(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w\-']+)?)",
)
_STREET_EN = re.compile(
    r"(?<!\w)\d+[A-Za-z]?,?\s+(?:[A-Z][\w'-]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Boulevard|Blvd\.)"
    r"(?:,?\s*(?:apt\.?|apartment|flat)\s*\d+\w?)?"
    r"|(?<!\w)(?:[A-Z][\w'-]*\s+){1,3}(?:Street|Avenue|Road|Lane|Boulevard)(?:,?\s*\d+\w?)?(?:,?\s*(?:apt\.?|apartment|flat)\s*\d+\w?)?"
)
_HOMOGLYPHS = {c: f"[{c}{o}]" for c, o in zip("ABEKMHOPCTXY", "АВЕКМНОРСТХУ")} | {
    o: f"[{c}{o}]" for c, o in zip("ABEKMHOPCTXY", "АВЕКМНОРСТХУ")
}


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    category: str
    key: str = ""  # the person, for names


@dataclass
class Sources:
    """The identifying values a case names, gathered from its structured fields."""

    people: list[tuple[str, list[str]]] = field(default_factory=list)  # (person key, names), client first
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    birth_dates: list[str] = field(default_factory=list)  # YYYY-MM-DD
    addresses: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    messengers: list[str] = field(default_factory=list)
    others: list[str] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)
    mark_kinds: dict[str, str] = field(default_factory=dict)  # mark text -> placeholder category ("marked")
    organisations: list[str] = field(default_factory=list)  # accepted or pending suggestions


def name_words(value: str) -> list[str]:
    return [m.group(0) for m in _WORD.finditer(value) if len(m.group(0)) >= MIN_NAME_CHARS]


@lru_cache(maxsize=65536)
def _exact_term(word: str) -> str:
    terms = index_terms(word).exact.split()
    return terms[0] if terms else ""


@lru_cache(maxsize=4096)
def _name_forms(word: str) -> tuple[str, ...]:
    """Every case form of a given name (its Name reading in pymorphy3), folded."""
    from fieldintake.exports.redaction.models import morphology

    forms = {fold(word)}
    for parse in morphology().ru.parse(fold(word)):
        if "Name" in parse.tag.grammemes:
            forms.update(fold(f.word) for f in parse.lexeme)
            break
    return tuple(sorted(forms))


def real_name_words(value: str) -> list[str]:
    """The words of a name field that can be a name: not a role word or title ("переводчик", "Mr").

    A value made only of ordinary dictionary words with no name reading
    ("сосед", "не знаю") holds no name at all, so none of its words is looked for.
    """
    words = [w for w in name_words(value) if not lexicon.is_role_word(w)]
    if words and all(_ordinary_word(w) for w in words):
        return []
    return words


def _ordinary_word(word: str) -> bool:
    """A lowercase Russian dictionary word with no given-name, surname or patronymic reading."""
    if not word.islower() or not _cyrillic(word):
        return False
    from fieldintake.exports.redaction.models import morphology

    parses = morphology().ru.parse(fold(word))
    return bool(parses) and parses[0].is_known and not any(
        {"Name", "Surn", "Patr", "Geox"} & set(p.tag.grammemes) for p in parses)


def _cyrillic(word: str) -> bool:
    return sum("\u0400" <= c <= "\u04ff" for c in word) * 2 >= len(word)


class _WordMatcher:
    """One name word, in every form the search index treats as the same word.

    Short words (under five letters) match by sound only in the other script
    (Алия: Aliya), else exactly, so Тима does not take "Тема" or "Тьма".
    """

    def __init__(self, word: str, analysis: WordAnalysis | None = None) -> None:
        self.word = word
        self._highlighter = Highlighter(word, analysis=analysis)
        self._exact = set(index_terms(word).exact.split())
        self._long = len(word) >= MIN_SOUND_CHARS
        self._cyrillic = _cyrillic(word)

    def _accepts(self, found: str) -> bool:
        if not found[0].isupper():
            return False
        if self._long or _cyrillic(found) != self._cyrillic:
            return True
        return bool(self._exact & set(index_terms(found).exact.split()))

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        # Also with apostrophes read as spaces (same offsets), so "Тимур's" gives Тимур.
        split = _APOSTROPHE.sub(" ", text)
        candidates = set(self._highlighter.spans(text))
        if split != text:
            candidates.update(self._highlighter.spans(split))
        for start, end in sorted(candidates):
            if self._accepts(text[start:end]):
                yield start, end


def _flexible(value: str) -> str:
    """``value`` as a regex: any run of spaces for a space, case ignored by the caller."""
    parts = [re.escape(p) for p in value.split()]
    body = r"\s+".join(parts)
    left = r"(?<!\w)" if value[:1].isalnum() else ""
    right = r"(?!\w)" if value[-1:].isalnum() else ""
    return left + body + right


def _document_regex(value: str) -> re.Pattern[str] | None:
    chars = [c for c in value if c.isalnum()]
    if len(chars) < 4:
        return None
    body = r"[\s\-№]*".join(_HOMOGLYPHS.get(c.upper(), re.escape(c)) for c in chars)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _month_names() -> tuple[tuple[str, ...], ...]:
    """Month names, wide and short, in the languages of the field (from CLDR via Babel); index 0 = January."""
    months: list[set[str]] = [set() for _ in range(12)]
    for locale in ("en", "ru", "uk", "kk"):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context=context, locale=locale).items():
                    months[number - 1].add(name.rstrip(".").lower())
    return tuple(tuple(sorted(m, key=len, reverse=True)) for m in months)


def _birth_date_regex(iso: str) -> re.Pattern[str] | None:
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return None
    d, m, y = day.day, day.month, day.year
    dd = rf"0?{d}" if d < 10 else str(d)
    mm = rf"0?{m}" if m < 10 else str(m)
    yy = rf"(?:{y}|{y % 100:02d})"
    month = "|".join(re.escape(n) for n in _month_names()[m - 1])
    forms = [
        rf"{y}[-./]{mm}[-./]{dd}",
        rf"{dd}[-./]{mm}[-./]{yy}",
        rf"{mm}/{dd}/{yy}",  # US order
        rf"{dd}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{month})\.?,?\s+{y}(?:\s*(?:г\.|года|года?\b|ж\.))?",
        rf"(?:{month})\.?\s+{dd}(?:st|nd|rd|th)?,?\s+{y}",
    ]
    return re.compile(rf"(?<![\w.-])(?:{'|'.join(forms)})(?![\w]|[.-]\d)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    return frozenset(name.casefold() for lang in ("en", "ru") for _, name in countries(lang))


def _address_parts(value: str) -> list[str]:
    """The precise parts of an address (street, house, flat): those with a digit or a street word."""
    parts = [value.strip()]
    for line in value.splitlines():
        line = line.strip()
        if line:
            parts.append(line)
            for piece in line.split(","):
                piece = piece.strip()
                if piece and (any(c.isdigit() for c in piece) or _STREET_RU.search(piece) or _STREET_EN.search(piece)):
                    parts.append(piece)
    return list(dict.fromkeys(p for p in parts if len(p) >= 3))


class Detector:
    """Every detector for one case's values; ``hits(text)`` gives non-overlapping hits, in order."""

    def __init__(self, sources: Sources, *, patterns: bool = True) -> None:
        self._with_patterns = patterns  # False: only the values of ``sources`` (no phone, e-mail, street patterns)
        self._owner_cache: dict[str, str | None] = {}
        self._analysis = WordAnalysis()  # every word of the case analysed once, for all detectors
        self._people: list[tuple[str, list[_WordMatcher]]] = []
        seen_words: dict[str, _WordMatcher] = {}
        self._loose: dict[str, str] = {}  # exact term of a name word -> person, for lowercase and Kazakh forms
        self._forms: dict[str, str] = {}  # folded word form -> person (diminutives, in each of their case forms)
        for key, names in sources.people:
            matchers = []
            for name in names:
                for word in real_name_words(name):
                    matcher = seen_words.setdefault(word.casefold(), _WordMatcher(word, self._analysis))
                    if matcher not in matchers:
                        matchers.append(matcher)
                    exact = _exact_term(word)
                    if len(exact) >= 3:
                        self._loose.setdefault(exact, key)
                    for diminutive in lexicon.DIMINUTIVES.get(fold(word), ()):
                        # Matched by its own case forms only: the stem of Женя is the stem of "жена".
                        for form in _name_forms(diminutive):
                            self._forms.setdefault(form, key)
            if matchers:
                self._people.append((key, matchers))
        self._rank = {key: i for i, (key, _) in enumerate(self._people)}
        self._exact: list[tuple[re.Pattern[str], str]] = []
        for value in sources.documents:
            regex = _document_regex(value)
            if regex is not None:
                self._exact.append((regex, "document"))
        for category, values in (("organisation", sources.organisations), ("email", sources.emails),
                                 ("messenger", sources.messengers),
                                 ("other", sources.others)):
            for value in values:
                if value.strip():
                    self._exact.append((re.compile(_flexible(value), re.IGNORECASE), category))
        # Hand marks: each shows as the placeholder of its kind; a name mark is one person of its own.
        self._marked: dict[str, tuple[re.Pattern[str], str, str]] = {}
        for value in sources.marks:
            if value.strip():
                category = sources.mark_kinds.get(value, "marked")
                key = f"mark:{value.casefold()}" if category == "name" else ""
                self._marked[value.casefold()] = (re.compile(_flexible(value), re.IGNORECASE), category, key)
        for value in sources.addresses:
            for part in _address_parts(value):
                self._exact.append((re.compile(_flexible(part), re.IGNORECASE), "address"))
        self._place_words: list[_WordMatcher] = []
        countries_ = _country_names()
        for value in [*sources.places, *sources.birth_places]:
            if value.strip():
                self._exact.append((re.compile(_flexible(value), re.IGNORECASE), "place"))
                if len(name_words(value)) == 1:
                    self._place_words.append(_WordMatcher(name_words(value)[0], self._analysis))
        for value in sources.birth_places:
            for piece in value.split(","):
                piece = piece.strip()
                if piece and piece.casefold() not in countries_:
                    self._exact.append((re.compile(_flexible(piece), re.IGNORECASE), "place"))
                    if len(name_words(piece)) == 1:
                        self._place_words.append(_WordMatcher(name_words(piece)[0], self._analysis))
        self._mark_words = [_WordMatcher(w, self._analysis) for w in sources.marks
                            if len(name_words(w)) == 1 and w.strip() == name_words(w)[0] and w[:1].isupper()
                            and len(w) >= MIN_SOUND_CHARS]
        # The same value in many interviews needs one detector, not one per interview.
        self._exact = list({(r.pattern, c): (r, c) for r, c in self._exact}.values())
        self._place_words = list({m.word.casefold(): m for m in self._place_words}.values())
        self._mark_words = list({m.word.casefold(): m for m in self._mark_words}.values())
        self._birth_dates = [r for r in (_birth_date_regex(v) for v in dict.fromkeys(sources.birth_dates))
                             if r is not None]
        self._phone_numbers = {n for n in (_national_number(p) for p in sources.phones) if n}

    # --- the detectors --------------------------------------------------------

    def _names(self, text: str) -> Iterator[Hit]:
        owners: dict[tuple[int, int], set[str]] = {}
        for key, matchers in self._people:
            for matcher in matchers:
                for span in matcher.spans(text):
                    owners.setdefault(span, set()).add(key)
        if self._loose or self._forms:
            for m in _WORD.finditer(lexicon.same_length_palochka(text)):
                span = (m.start(), m.end())
                if span in owners:
                    continue
                owner = self._forms.get(fold(m.group(0))) or self._loose_owner(m.group(0))
                if owner is not None:
                    owners.setdefault(span, set()).add(owner)
        if not owners:
            return
        spans = sorted(owners)
        run: list[tuple[int, int]] = [spans[0]]
        for span in spans[1:]:
            if text[run[-1][1]:span[0]].strip(" \t-") == "":
                run.append(span)
            else:
                yield self._name_run(text, run, owners)
                run = [span]
        yield self._name_run(text, run, owners)

    def _loose_owner(self, word: str) -> str | None:
        """The person a lowercase form (chat text: "бекетову") or a Kazakh-inflected form (Даниярдың) belongs to."""
        if word in self._owner_cache:
            return self._owner_cache[word]
        owner = self._loose_owner_of(word)
        self._owner_cache[word] = owner
        return owner

    def _loose_owner_of(self, word: str) -> str | None:
        if len(word) < 3 or not _cyrillic(word):
            return None  # Latin lowercase words are mostly inside e-mails and links, found by their own patterns
        if not word[:1].isupper() and len(word) >= 4:
            key = self._loose.get(_exact_term(word))
            if key is not None:
                return key
        folded = fold(word)
        for ending in lexicon.KAZAKH_ENDINGS:
            if folded.endswith(ending) and len(folded) - len(ending) >= 3:
                key = self._loose.get(_exact_term(word[: len(folded) - len(ending)]))
                if key is not None:
                    return key
        return None

    def _name_run(self, text: str, run: list[tuple[int, int]], owners: dict[tuple[int, int], set[str]]) -> Hit:
        counts: dict[str, int] = {}
        for span in run:
            for key in owners[span]:
                counts[key] = counts.get(key, 0) + 1
        key = min(counts, key=lambda k: (-counts[k], self._rank[k]))
        start, end = run[0][0], run[-1][1]
        # Only the few characters before the name can hold initials ("Т. А. "): looking from the
        # start of the text made every hit cost the whole text (issue 10, item 8).
        before = _INITIALS_BEFORE.search(text, max(0, start - _INITIALS_WINDOW), start)
        if before is not None:
            start = before.start()
        after = _INITIALS_AFTER.match(text, end)
        if after is not None:
            end = after.end()
        return Hit(start, end, "name", key)

    def _phones(self, text: str) -> Iterator[Hit]:
        for region in PHONE_REGIONS:
            for match in phonenumbers.PhoneNumberMatcher(text, region):
                yield Hit(match.start, match.end, "phone")
        if self._phone_numbers:
            for m in _DIGIT_RUN.finditer(text):
                digits = re.sub(r"\D", "", m.group(0))
                if any(len(n) >= 6 and digits.endswith(n) for n in self._phone_numbers):
                    yield Hit(m.start(), m.end(), "phone")

    def _patterns(self, text: str) -> Iterator[Hit]:
        for m in _EMAIL.finditer(text):
            yield Hit(m.start(), m.end(), "email")
        for m in _EMAIL_AT.finditer(text):
            yield Hit(m.start(), m.end(), "email")
        for m in _PROFILE_LINK.finditer(text):
            yield Hit(m.start(), m.end(), "messenger")
        for m in _NUMBER_SIGN.finditer(text):
            yield Hit(m.start(), m.end(), "document")
        for m in _IIN_SPACED.finditer(text):
            if iin_valid(re.sub(r"\D", "", m.group(0))):
                yield Hit(m.start(), m.end(), "document")
        for regex in _CAR_PLATES:
            for m in regex.finditer(text):
                yield Hit(m.start(), m.end(), "vehicle")
        for m in _STREET_BARE.finditer(text):
            yield Hit(m.start("addr"), m.end("addr"), "address")
        for m in _COMPLEX.finditer(text):
            yield Hit(m.start(), m.end(), "address")
        for m in _BIRTH_DATE_PATTERN.finditer(text):
            group = "date" if m.group("date") else "date2"
            yield Hit(m.start(group), m.end(group), "birth_date")
        for m in _BIRTH_PLACE_PATTERN.finditer(text):
            if fold(m.group("place")) not in _country_names():
                yield Hit(m.start("place"), m.end("place"), "place")
        for m in _HANDLE.finditer(text):
            yield Hit(m.start(), m.end(), "messenger")
        for regex in _DOCUMENT_PATTERNS:
            for m in regex.finditer(text):
                yield Hit(m.start(), m.end(), "document")
        for regex in (_STREET_RU, _HOUSE_RU, _STREET_EN):
            for m in regex.finditer(text):
                yield Hit(m.start(), m.end(), "address")

    def _values(self, text: str) -> Iterator[Hit]:
        for regex, category in self._exact:
            for m in regex.finditer(text):
                if m.end() > m.start():
                    yield Hit(m.start(), m.end(), category)
        for regex in self._birth_dates:
            for m in regex.finditer(text):
                yield Hit(m.start(), m.end(), "birth_date")
        for matcher in self._place_words:
            for start, end in matcher.spans(text):
                yield Hit(start, end, "place")
        for regex, category, key in self._marked.values():
            for m in regex.finditer(text):
                if m.end() > m.start():
                    yield Hit(m.start(), m.end(), category, key)
        for matcher in self._mark_words:
            _regex, category, key = self._marked.get(matcher.word.casefold(), (None, "marked", ""))
            for start, end in matcher.spans(text):
                yield Hit(start, end, category, key)

    def hits(self, text: str) -> list[Hit]:
        if not text:
            return []
        # The palochka typed as I, l or 1 is read as Ӏ (same offsets), so "1аьлий" is the recorded Ӏаьлий.
        words = lexicon.same_length_palochka(text)
        found = [*self._names(words), *self._values(words)]
        if self._with_patterns:
            found.extend([*self._phones(text), *self._patterns(text)])
        return merge(found)


_INITIALS_BEFORE = re.compile(r"(?<!\w)(?:[A-ZА-ЯЁ]\.\s?){1,2}\s*$")
_INITIALS_WINDOW = 16  # "А. Б." with any spacing fits well within this
_INITIALS_AFTER = re.compile(r"\s*(?<!\w\w)(?:[A-ZА-ЯЁ]\.\s?){0,1}[A-ZА-ЯЁ]\.(?!\w)")


def iin_valid(digits: str) -> bool:
    """The Kazakh IIN's check digit (the 12th), by the two weight rounds of its standard."""
    if len(digits) != 12 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    check = sum(d[i] * (i + 1) for i in range(11)) % 11
    if check == 10:
        check = sum(d[i] * ((i + 2) % 11 + 1) for i in range(11)) % 11
        if check == 10:
            return False
    return check == d[11]


def _national_number(value: str) -> str | None:
    for region in PHONE_REGIONS:
        try:
            parsed = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        return str(parsed.national_number)
    digits = re.sub(r"\D", "", value)
    return digits or None


def merge(hits: Iterable[Hit]) -> list[Hit]:
    """Overlapping hits become one covering all of them (never a partial removal)."""
    ordered = sorted(hits, key=lambda h: (h.start, -h.end))
    merged: list[Hit] = []
    for hit in ordered:
        if merged and hit.start < merged[-1].end:
            last = merged[-1]
            best = last if _RANK[last.category] <= _RANK[hit.category] else hit
            merged[-1] = Hit(last.start, max(last.end, hit.end), best.category, best.key)
        else:
            merged.append(hit)
    return merged
