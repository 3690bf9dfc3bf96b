"""The leak check: a rendered summary read back and searched for every value that was removed.

Redaction removes values before rendering; this checks the result anyway,
with tools other than the ones that made it. The pages' text is extracted
by PDFium (pypdfium2: the engine of Chrome's PDF viewer and of the preview in
this app, so the text a reader's viewer shows; twelve times faster than
pypdf's extractor; pdfminer as well on request: slower still, so the tests use
it); the metadata and every decompressed stream are read with pypdf (the XMP,
attached files, content streams, and any Flate stream in the bytes whatever
the cross-reference table says), and each removed value is looked for in all
its forms:

* name words: every case form (pymorphy3's lexeme), Latin transliterations
  (the search index's script-neutral skeleton, so Trofimov, Trofimoff and
  Трофимову meet), Ё read as Е, any letter case, the palochka and its look-alikes;
* numbers (phones, documents, dates): the digits alone, whatever spacing or
  punctuation is between them, a phone's national number without its prefix;
* other values (addresses, places, marks): the whole phrase, any spacing and case.

A hit refuses the export with :class:`LeakFound`, which names the field or
detector and where the value was found, never the value itself.

The file's own fixed phrases (the template's labels and choices in the output
language) are not case data: where one is printed whole, its words are set
aside before the search, so "Адам құқықтары жөніндегі комитет" (the Human
Rights Committee) does not read as a relative named Адам. Only phrases of two
words or more are set aside, and only where all their words stand together: the
same name anywhere else is still found.
"""

from __future__ import annotations

import io
import re
import threading
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from fieldintake.app.textindex import index_terms
from fieldintake.errors import LeakFound
from fieldintake.exports.redaction import lexicon
from fieldintake.exports.redaction.lexicon import fold

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’ʼ](?=[^\W\d_]))*")
_PHRASE = re.compile(r"[^\W_]+")
_DIGIT_RUN = re.compile(r"\d(?:[ \t().\-/+]{0,2}\d)*")
_NAME_LABELS = ("recorded name", "suggested name", "detector: name")
MIN_DIGITS = 6
_MAX_OBJECTS = 200_000
_ADDRESS_WORDS = frozenset("""улица улицы улице проспект переулок микрорайон бульвар набережная шоссе квартира дом
корпус строение район область город поселок посёлок село деревня street avenue road lane flat apartment house
district region city village town office көшесі даңғылы пәтер ауданы облысы""".split())
MIN_SOUND = 5
_LAT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
        "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ә": "a", "ғ": "g", "қ": "k", "ң": "n",
        "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "ӏ": "", "'": ""}


@dataclass(frozen=True)
class Form:
    label: str  # the field or detector that removed the value
    kind: str  # word | digits | phrase
    text: str  # folded
    sound: bool = False  # also by the script-neutral skeleton (words of five letters or more, in the other script)


@dataclass(frozen=True)
class _WordKey:
    exact: str
    sound: str
    cyrillic: bool


def _cyr(word: str) -> bool:
    return sum("\u0400" <= c <= "\u04ff" for c in word) * 2 >= len(word)


@lru_cache(maxsize=65536)
def _key(word: str) -> _WordKey:
    terms = index_terms(word)
    exact = terms.exact.split()
    sound = terms.sound.split()
    return _WordKey(exact[0] if exact else "", sound[0] if sound else "", _cyr(word))


def _latin(word: str) -> str:
    return "".join(_LAT.get(c, c) for c in fold(word))


def _lexeme(word: str) -> list[str]:
    """Every case form of a Russian or Ukrainian word (itself if it has none)."""
    if not _cyr(word):
        return [fold(word)]
    from fieldintake.exports.redaction.models import morphology

    m = morphology()
    out = {fold(word)}
    for analyzer in (m.ru, m.uk):
        for parse in analyzer.parse(fold(word))[:2]:
            if {"Name", "Surn", "Patr"} & set(parse.tag.grammemes) or not parse.is_known:
                out.update(fold(f.word) for f in parse.lexeme)
    return sorted(out)


def forms_of(removed: Iterable[tuple[str, str]]) -> list[Form]:
    """Every form to look for, from (label, value) pairs; role words and short words are not looked for."""
    forms: dict[tuple[str, str], Form] = {}
    lexemes: dict[str, list[str]] = {}  # each word's case forms once per call (a name recurs in many values)

    def lexeme(word: str) -> list[str]:
        if word not in lexemes:
            lexemes[word] = _lexeme(word)
        return lexemes[word]

    def add(label: str, kind: str, text: str, sound: bool = False) -> None:
        forms.setdefault((kind, text), Form(label, kind, text, sound))

    for label, value in dict.fromkeys(removed):  # the same value removed in many places: once
        value = lexicon.same_length_palochka(value)
        digits = re.sub(r"\D", "", value)
        if len(digits) >= MIN_DIGITS:
            add(label, "digits", digits[-10:] if len(digits) > 10 else digits)
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):  # an ISO date: also day-month-year orders
                y, mo, d = value.strip().split("-")
                for order in (d + mo + y, mo + d + y, d + mo + y[2:]):
                    add(label, "digits", order)
        words = [w for w in _WORD.findall(value) if len(w) >= 3 and not lexicon.is_role_word(w)]
        if label in _NAME_LABELS or label.startswith("name field: "):
            for word in words:
                for form in lexeme(word):
                    add(label, "word", form, sound=len(word) >= MIN_SOUND)
                    # Latin spellings of every case form of a long name; of a short one (Тима), only its own
                    # (its case forms spelled in Latin are English words: тиме, "time").
                    if _cyr(form) and (len(word) >= MIN_SOUND or form == fold(word)):
                        add(label, "word", _latin(form))
        elif words:
            add(label, "phrase", " ".join(fold(w) for w in _PHRASE.findall(value)))
            if "address" in label or label == "birth place":  # a street or a birth village alone points to a person
                for word in words:
                    if len(word) >= MIN_SOUND and fold(word) not in lexicon.BIG_PLACES \
                            and fold(word) not in _ADDRESS_WORDS:
                        for form in lexeme(word):
                            add(label, "word", form)
    return list(forms.values())


def _tokens(text: str) -> list[str]:
    return _WORD.findall(lexicon.same_length_palochka(text))


@dataclass(frozen=True)
class FixedPhrases:
    """Phrases the renderer prints from its own words, by their first word (folded)."""

    by_first: dict[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def of(cls, phrases: Iterable[str]) -> FixedPhrases:
        grouped: dict[str, set[tuple[str, ...]]] = {}
        for phrase in phrases:
            words = tuple(fold(w) for w in _tokens(phrase))
            if len(words) >= 2:
                grouped.setdefault(words[0], set()).add(words)
        # The longest first, so a phrase inside a longer one never cuts the longer one short.
        return cls({k: tuple(sorted(v, key=len, reverse=True)) for k, v in grouped.items()})


NO_FIXED = FixedPhrases({})


def set_aside(text: str, fixed: FixedPhrases) -> str:
    """``text`` with every whole fixed phrase blanked out (any spacing or line break between its words)."""
    if not fixed.by_first:
        return text
    text = lexicon.same_length_palochka(text)
    matches = list(_WORD.finditer(text))
    folded = [fold(m.group(0)) for m in matches]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(matches):
        for words in fixed.by_first.get(folded[i], ()):
            if tuple(folded[i:i + len(words)]) == words:
                spans.append((matches[i].start(), matches[i + len(words) - 1].end()))
                i += len(words)
                break
        else:
            i += 1
    if not spans:
        return text
    out: list[str] = []
    last = 0
    for start, end in spans:
        out.append(text[last:start])
        out.append(" ")
        last = end
    out.append(text[last:])
    return "".join(out)


def find(text: str, forms: list[Form], *, loose: bool = True) -> Form | None:
    """The first form found in ``text``, or None.

    ``loose=False`` (raw PDF streams, where font programs and coordinates look like words and
    numbers by chance): only the exact folded forms and whole phrases.
    """
    tokens = _tokens(text)
    folded = [fold(t) for t in tokens]
    words = {f.text: f for f in forms if f.kind == "word"}
    by_exact: dict[str, Form] = {}
    by_sound: dict[str, Form] = {}
    for f in words.values():
        k = _key(f.text)
        if len(f.text) >= 3 and k.exact:
            by_exact.setdefault(k.exact, f)
        if f.sound and len(k.sound) >= 4:
            by_sound.setdefault(k.sound, f)
    for token, f_token in dict(zip(tokens, folded)).items():  # each distinct word once
        if len(token) < 3:
            continue
        if f_token in words:
            return words[f_token]
        if not loose:
            continue
        k = _key(token)
        if k.exact in by_exact:
            return by_exact[k.exact]
        if len(token) >= MIN_SOUND and k.sound in by_sound and _cyr(by_sound[k.sound].text) != k.cyrillic:
            return by_sound[k.sound]
    joined = " " + " ".join(fold(t) for t in _PHRASE.findall(lexicon.same_length_palochka(text))) + " "
    for f in forms:
        if f.kind == "phrase" and f" {f.text} " in joined:
            return f
    if not loose:
        return None
    runs = [re.sub(r"\D", "", m.group(0)) for m in _DIGIT_RUN.finditer(text)]
    for f in forms:
        if f.kind == "digits" and any(f.text in run for run in runs):
            return f
    return None


def pdf_texts(data: bytes, *, second_extractor: bool = False) -> list[tuple[str, bool]]:
    """What a PDF holds as text, each with whether to match loosely: the pages' text (PDFium; with
    ``second_extractor`` also pdfminer's, about ten times slower) and the metadata loosely; every
    decompressed stream (XMP, attached files, content) exactly."""
    from pdfminer.high_level import extract_text
    from pypdf import PdfReader
    from pypdf.generic import DictionaryObject

    out: list[tuple[str, bool]] = [(text, True) for text in page_texts(data)]
    reader = PdfReader(io.BytesIO(data))
    if reader.metadata:
        out.extend((str(v), True) for v in reader.metadata.values())
    if second_extractor:
        try:
            out.append((extract_text(io.BytesIO(data)), True))
        except Exception as exc:  # noqa: BLE001 - pdfminer raises many types; then the check cannot vouch for it
            raise LeakFound("The leak check could not read the file back, so it is not exported.") from exc
    ids = sorted({i for table in getattr(reader, "xref", {}).values() for i in table}
                 | set(getattr(reader, "xref_objStm", {})))
    contents: set[int | None] = set()  # page content streams: their text is read by the extractor above
    for page in reader.pages:
        refs = page.get("/Contents")
        refs = refs if isinstance(refs, list) else [refs]
        contents.update(getattr(r, "idnum", None) for r in refs)
    for obj_id in ids[:_MAX_OBJECTS]:
        if obj_id in contents:
            continue
        try:
            obj = reader.get_object(obj_id)
        except Exception:  # noqa: BLE001 - a free or missing object number
            continue
        if isinstance(obj, DictionaryObject) and (any(k in obj for k in ("/Length1", "/Length2", "/Length3"))
                                                         or obj.get("/Subtype") in ("/Image", "/Type1C", "/CIDFontType0C",
                                                                                    "/OpenType")):
            continue  # a font program or an image: binary; glyphs are read through the extracted text
        if obj is not None and hasattr(obj, "get_data"):
            try:
                raw = obj.get_data()
            except Exception:  # noqa: BLE001 - a filter pypdf cannot decode: read the raw bytes
                raw = bytes(getattr(obj, "_data", b""))
            out.append((raw.decode("latin-1"), False))
            out.append((raw.decode("utf-8", errors="ignore"), False))
            if raw.startswith(b"\xfe\xff"):
                out.append((raw.decode("utf-16-be", errors="ignore"), False))
    if data.count(b"%%EOF") > 1:  # an incremental update: older objects may hide behind the last table
        out.append((_raw_inflated(data), False))
    return out


_pdfium_lock = threading.Lock()  # PDFium is not thread-safe: one document at a time in this process


def page_texts(data: bytes) -> list[str]:
    """Each page's text as PDFium reads it; a file it cannot open is refused, never passed."""
    import pypdfium2

    with _pdfium_lock:
        try:
            document = pypdfium2.PdfDocument(data)
        except pypdfium2.PdfiumError as exc:
            raise LeakFound("The leak check could not read the file back, so it is not exported.") from exc
        try:
            texts = []
            for index in range(len(document)):
                page = document[index]
                try:
                    textpage = page.get_textpage()
                    try:
                        texts.append(textpage.get_text_range())
                    finally:
                        textpage.close()
                finally:
                    page.close()
            return texts
        finally:
            document.close()


def _raw_inflated(data: bytes) -> str:
    """Every Flate stream in the file's bytes, inflated, whatever the cross-reference table says."""
    out: list[str] = []
    for m in re.finditer(rb"stream\r?\n", data):
        start = m.end()
        try:
            out.append(zlib.decompressobj().decompress(data[start:start + 8_000_000], 20_000_000).decode("latin-1"))
        except zlib.error:
            continue
    return "\n".join(out)


def check_pdf(data: bytes, forms: list[Form], where: str, *, fixed: FixedPhrases = NO_FIXED,
              second_extractor: bool = False) -> None:
    """Refuse with :class:`LeakFound` if any form is in the PDF ``data``."""
    texts = pdf_texts(data, second_extractor=second_extractor)
    try:
        for loose in (True, False):
            hit = find(set_aside("\n".join(t for t, kind in texts if kind is loose), fixed), forms, loose=loose)
            if hit is not None:
                raise _refusal(hit, where)
    finally:
        _key.cache_clear()  # it holds the document's words


def check_text(text: str, forms: list[Form], where: str, *, fixed: FixedPhrases = NO_FIXED) -> None:
    try:
        hit = find(set_aside(text, fixed), forms)
    finally:
        _key.cache_clear()  # it holds the document's words
    if hit is not None:
        raise _refusal(hit, where)


def _refusal(form: Form, where: str) -> LeakFound:
    return LeakFound(f"Export refused: a value removed by the redaction ({form.label}) is still in {where}. "
                     "Nothing was written; mark or remove it, or leave that file out.")


_MACHINE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32,64}"
                      r"|\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?")


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def check_doc(doc: object, forms: list[Form], where: str) -> None:
    """A redacted case document (interchange JSON): every string in it, ids, hashes and timestamps set aside."""
    text = "\n".join(_MACHINE.sub(" ", v) for v in _strings(doc))
    check_text(text, forms, where)
