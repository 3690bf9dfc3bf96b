"""The language models behind suggested hits, loaded lazily and once.

Russian named entities come from natasha's news NER model (slovnet over the
navec embeddings, both shipped inside the natasha wheel: nothing is fetched).
natasha's own package imports pymorphy2, whose ``MorphAnalyzer`` fails on
Python 3.11, so natasha is never imported: its model files are located with
``importlib.util.find_spec`` (which does not run the package) and loaded with
slovnet and navec directly, as natasha's ``NewsNERTagger`` does. Morphology
(Name/Surn/Patr tags, every case form of a name) is pymorphy3 with its
Russian and Ukrainian dictionaries.

Nothing here is imported when the app starts: the models load on first use
(about 0.3 s and 100 MB; the embedding without navec's own word dictionary and
similarity tables, which the NER never reads), once per process, under a lock. In the window
the first redaction (the consent check run in a worker when a summary or bundle tab is first
shown) loads them, so the window never waits for them; :func:`preload` does it on its own.
"""

from __future__ import annotations

import importlib.util
import sys
import tarfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldintake.errors import RedactionModelsMissing as ModelsMissing

NER_MODEL = "data/model/slovnet_ner_news_v1.tar"
EMBEDDING = "data/emb/navec_news_v1_1B_250K_300d_100q.tar"
MAX_NER_CHARS = 20_000  # one call's text; longer texts are cut at paragraph or sentence ends


@dataclass
class Models:
    ner: Any  # slovnet.NER with navec attached
    morph_ru: Any  # pymorphy3.MorphAnalyzer(lang="ru")
    morph_uk: Any  # pymorphy3.MorphAnalyzer(lang="uk")


@dataclass
class Morphology:
    ru: Any
    uk: Any


_lock = threading.Lock()
_ner: Any = None
_morph: Morphology | None = None


def _natasha_root() -> Path:
    frozen = Path(getattr(sys, "_MEIPASS", "")) / "natasha"  # the packaged app carries only its model files
    if getattr(sys, "frozen", False) and (frozen / NER_MODEL).is_file():
        return frozen
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ModelsMissing("The redaction models are not installed (the natasha package is missing).")
    return Path(next(iter(spec.submodule_search_locations)))


def load_embedding(path: str) -> Any:
    """navec's embedding as slovnet's NER uses it: its id and its quantised vectors (indexes and codes).

    ``Navec.load`` also builds the embedding's own word dictionary (250,000 words; the NER model
    carries its own vocabulary) and the norms and products used for similarity, neither of which
    the NER reads: about a third of the model's load time, skipped here.
    """
    from navec.meta import Meta
    from navec.navec import META, PQ_, Navec
    from navec.pq import PQ

    class _Vectors(PQ):  # type: ignore[misc]
        def precompute(self) -> None:
            """The similarity tables: not used by the NER."""

    with tarfile.open(path) as tar:
        meta = Meta.from_file(tar.extractfile(META))
        Meta.check_protocol(meta.protocol)
        vectors = _Vectors.from_file(tar.extractfile(PQ_))
    return Navec(meta, None, vectors)


def _load_ner() -> Any:
    try:
        import navec  # noqa: F401 - only to say which package is missing
        from slovnet import NER
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ModelsMissing(f"The redaction models cannot be loaded ({exc.name} is missing).") from exc
    root = _natasha_root()
    try:
        ner = NER.load(str(root / NER_MODEL))
        ner.navec(load_embedding(str(root / EMBEDDING)))
    except (OSError, ValueError, KeyError, tarfile.TarError) as exc:
        raise ModelsMissing("The redaction models are damaged; reinstall fieldintake.") from exc
    return ner


def _load_morphology() -> Morphology:
    try:
        import pymorphy3
        return Morphology(pymorphy3.MorphAnalyzer(lang="ru"), pymorphy3.MorphAnalyzer(lang="uk"))
    except (ImportError, ValueError, OSError) as exc:  # pragma: no cover - a broken install
        raise ModelsMissing("The morphology dictionaries (pymorphy3-dicts-ru, -uk) cannot be loaded.") from exc


def morphology() -> Morphology:
    """pymorphy3 for Russian and Ukrainian, loaded on first call (about 0.3 s)."""
    global _morph
    if _morph is None:
        with _lock:
            if _morph is None:
                _morph = _load_morphology()
    return _morph


def ner() -> Any:
    """The NER model, loaded on first call (about 0.3 s); other threads wait for that one load."""
    global _ner
    if _ner is None:
        with _lock:
            if _ner is None:
                _ner = _load_ner()
    return _ner


def models() -> Models:
    """Everything, loaded."""
    m = morphology()
    return Models(ner(), m.ru, m.uk)


def preload() -> None:
    """Load the models now (call it from a worker thread, never the GUI thread)."""
    morphology()
    ner()


def loaded() -> bool:
    return _ner is not None and _morph is not None


def entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, PER|LOC|ORG) found by the NER model, in order; long texts in pieces."""
    out: list[tuple[int, int, str]] = []
    for offset, piece in _pieces(text):
        for start, end, kind in _entities_cached(piece):
            out.append((offset + start, offset + end, kind))
    return out


_CACHE_MAX = 4096
_cache: dict[str, tuple[tuple[int, int, str], ...]] = {}


def _entities_cached(piece: str) -> tuple[tuple[int, int, str], ...]:
    found = _cache.get(piece)
    if found is None:
        prefetch([piece])
        found = _cache[piece]
    return found


def forget() -> None:
    """Drop the model's results (they hold the case's text)."""
    with _lock:
        _cache.clear()


def prefetch(texts: list[str]) -> None:
    """Run the model over many texts at once (batched: about twice as fast as one by one)."""
    pieces = list(dict.fromkeys(p for t in texts for _, p in _pieces(t) if p not in _cache))
    if not pieces:
        return
    model = ner()
    with _lock:
        results = list(model.map(pieces))
        if len(_cache) + len(pieces) > _CACHE_MAX:
            _cache.clear()
        for piece, markup in zip(pieces, results):
            _cache[piece] = tuple((s.start, s.stop, s.type) for s in markup.spans)


def _pieces(text: str) -> list[tuple[int, str]]:
    """The text cut into paragraphs of bounded size, each with its offset."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        while len(line) > MAX_NER_CHARS:
            cut = line.rfind(". ", 0, MAX_NER_CHARS)
            cut = cut + 1 if cut > 0 else MAX_NER_CHARS
            out.append((pos, line[:cut]))
            pos, line = pos + cut, line[cut:]
        if line.strip():
            out.append((pos, line))
        pos += len(line)
    return out
