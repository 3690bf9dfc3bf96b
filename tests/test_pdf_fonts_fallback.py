"""Every character renders: Chinese names through the fallback font, and a warning naming the field otherwise."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from fieldintake.app.users import UserStore
from fieldintake.exports.pdf import PdfOptions, parts_from_session, render_case_file
from fieldintake.exports.pdf import fonts
from tests.conftest import PASSPHRASE
from tests.pdf_support import flat, make_case, page_texts

STAMP = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)
CHINESE = "努尔兰·阿合买提"  # an invented Kazakh name from Xinjiang, in Chinese characters
CUNEIFORM = "\U00012000\U00012001"  # a script no installed font here has


@pytest.fixture
def session(store: UserStore) -> Any:
    created = store.create("alice", PASSPHRASE)
    yield created.session
    created.session.close()


@pytest.fixture
def fresh_fallback() -> Any:
    fonts.fallback_font.cache_clear()
    yield
    fonts.fallback_font.cache_clear()


def _case_with(session: Any, text: str) -> str:
    ref, _ = make_case(session, exhibits=False)
    interview = session.cases.get(ref).interviews[0]
    session.cases.save_answers(interview.id, {**interview.answers, "client_aliases": f"Nurlan\n{text}"})
    return ref


def _base_fonts(data: bytes) -> set[str]:
    found = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            found.add(str(font.get_object().get("/BaseFont")))
    return found


def test_chinese_characters_are_drawn_with_the_fallback_font(session: Any, fresh_fallback: Any) -> None:
    assert fonts.fallback_font() is not None, "install fonts-droid-fallback (Debian) for CJK fallback"
    ref = _case_with(session, CHINESE)
    result = render_case_file(parts_from_session(session, ref), PdfOptions(timestamp=STAMP))
    assert CHINESE in flat(" ".join(page_texts(result.data)))
    assert any("Droid" in f or "WenQuanYi" in f or "wqy" in f.lower() for f in _base_fonts(result.data))
    assert result.warnings == ()
    assert fonts.unrenderable(CHINESE) == set()


def test_without_a_fallback_font_the_export_warns_naming_the_field(session: Any, fresh_fallback: Any,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "FALLBACK_FILES", ())
    monkeypatch.delenv(fonts.FALLBACK_ENV, raising=False)
    ref = _case_with(session, CHINESE)
    result = render_case_file(parts_from_session(session, ref), PdfOptions(timestamp=STAMP))
    [warning] = result.warnings
    assert "Other names" in warning or "alias" in warning.lower()
    assert "U+52AA" in warning and "empty boxes" in warning


def test_a_script_no_font_has_is_named_in_a_warning(session: Any, fresh_fallback: Any) -> None:
    ref = _case_with(session, CUNEIFORM)
    result = render_case_file(parts_from_session(session, ref), PdfOptions(timestamp=STAMP))
    assert len(result.warnings) == 1 and "U+12000" in result.warnings[0]


def test_the_pdf_command_prints_the_warning(session: Any, fresh_fallback: Any, store: UserStore, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    from tests.test_pdf_cli import _Ctx, _parse

    ref = _case_with(session, CUNEIFORM)
    session.close()
    args = _parse(["pdf", ref, "-o", str(tmp_path / "c.pdf"), "--unsigned"])
    assert args.handler(args, _Ctx(store)) == 0
    assert "Warning:" in capsys.readouterr().err
