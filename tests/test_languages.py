"""Languages: one normaliser; "ru_RU" is Russian in every part of a file, "kk" is Kazakh, "xx" is refused."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldintake.app import languages
from fieldintake.app.users import Session, UserStore
from fieldintake.errors import InvalidInput, UnsupportedLanguage
from fieldintake.cli import pdf as cli_pdf
from fieldintake.cli import urgent as cli_urgent
from fieldintake.exports import summary
from fieldintake.exports.pdf import PdfOptions
from fieldintake.exports.urgent import assemble
from tests.conftest import PASSPHRASE
from tests.helpers import parse_with
from tests.pdf_support import flat, make_case
from tests.redaction_data import build_case

STAMP = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def session(store: UserStore) -> Iterator[Session]:
    with store.create("alice", PASSPHRASE).session as s:
        yield s


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return flat(unicodedata.normalize("NFC", " ".join(page.extract_text() or "" for page in reader.pages)))


@pytest.mark.parametrize(("tag", "code"), [("ru", "ru"), ("ru_RU", "ru"), ("ru-RU", "ru"), ("RU", "ru"),
                                           ("kk_KZ.UTF-8", "kk"), ("uk-UA", "uk"), ("en_GB", "en")])
def test_a_tag_names_its_base_language(tag: str, code: str) -> None:
    assert languages.normalise(tag) == code


@pytest.mark.parametrize("tag", ["xx", "", "de_DE", "r" * 5000])
def test_a_language_nothing_is_written_in_is_refused_not_english(tag: str) -> None:
    with pytest.raises(UnsupportedLanguage, match="en, ru, kk, uk") as caught:
        languages.normalise(tag)
    assert isinstance(caught.value, InvalidInput) and len(str(caught.value)) < 200
    with pytest.raises(UnsupportedLanguage):
        PdfOptions(lang=tag)


def test_a_summary_for_ru_RU_has_a_russian_title_over_its_russian_log(session: Session) -> None:
    case_id = build_case(session)
    result = summary.redact(session, case_id, audience="lawyer", lang="ru_RU")
    text = _text(summary.render_summary(session, result, PdfOptions(lang="ru_RU", timestamp=STAMP), record=False).data)
    assert "Обезличенная справка для" in text and "Журнал обезличивания" in text
    assert "Redacted summary for" not in text and "Redaction log" not in text


def test_an_urgent_request_in_ru_RU_is_russian_and_in_kk_is_refused(session: Session) -> None:
    case_id = build_case(session)
    case = session.cases.get(case_id)
    assert assemble(case, session.templates, lang="ru_RU", state_code="KZ", forum="cat").lang == "ru"
    with pytest.raises(UnsupportedLanguage, match="en, ru"):
        assemble(case, session.templates, lang="kk", state_code="KZ", forum="cat")
    with pytest.raises(SystemExit):
        parse_with(cli_urgent.register, ["urgent", case_id, "--lang", "kk", "--check"])


class _Ctx:
    def __init__(self, store: UserStore) -> None:
        self.store = store

    def open_session(self) -> Session:
        return self.store.unlock("alice", PASSPHRASE)


@pytest.mark.parametrize(("tag", "words", "not_words"), [
    ("kk", ("Іс материалдары", "Мазмұны"), ("Case file", "Contents")),
    ("ru_RU", ("Материалы дела",), ("Case file",)),
])
def test_the_pdf_command_renders_the_language_asked_for(store: UserStore, tmp_path: Path, tag: str,
                                                        words: tuple[str, ...], not_words: tuple[str, ...]) -> None:
    with store.create("alice", PASSPHRASE).session as s:
        ref, _ = make_case(s)
    target = tmp_path / "case.pdf"
    args = parse_with(cli_pdf.register, ["pdf", ref, "-o", str(target), "--lang", tag, "--unsigned",
                                         "--timestamp", "2026-11-22T10:00:00Z"])
    assert args.lang == languages.normalise(tag)
    assert args.handler(args, _Ctx(store)) == 0
    text = _text(target.read_bytes())
    for word in words:
        assert word in text, word
    for word in not_words:
        assert word not in text, word


def test_the_pdf_command_refuses_an_unknown_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_with(cli_pdf.register, ["pdf", "x", "-o", "y.pdf", "--lang", "xx"])
    assert "'xx' is not available here" in capsys.readouterr().err
