"""The ``pdf`` command through its own argparse registration (the lead hooks it into the entry point)."""

from __future__ import annotations

import argparse
import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from fieldintake.app.users import UserStore
from fieldintake.errors import InvalidInput
from fieldintake.cli import pdf as cli_pdf
from tests.conftest import PASSPHRASE
from tests.pdf_support import flat, make_case, page_texts
from tests.helpers import parse_with


class _Ctx:
    def __init__(self, store: UserStore) -> None:
        self.store = store

    def open_session(self) -> Any:
        return self.store.unlock("alice", PASSPHRASE)


def _parse(argv: list[str]) -> argparse.Namespace:
    return parse_with(cli_pdf.register, argv)


@pytest.fixture
def case_ref(store: UserStore) -> str:
    created = store.create("alice", PASSPHRASE)
    with created.session as session:
        session.vault.set_setting("organisation", "Invented Legal Aid")
        ref, _ = make_case(session)
    return ref


def test_pdf_command_writes_the_file_and_reports_it(store: UserStore, case_ref: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out" / "case.pdf"
    target.parent.mkdir()
    argv = ["pdf", case_ref, "-o", str(target), "--lang", "ru", "--bates-prefix", "ALM-", "--bates-start", "7",
            "--timestamp", "2026-11-22T10:00:00Z", "--preparer", "Lawyer C."]
    args = _parse(argv)
    assert args.handler(args, _Ctx(store)) == 0
    data = target.read_bytes()
    pages = len(PdfReader(io.BytesIO(data)).pages)
    line = capsys.readouterr().out.strip()
    assert line == f"{target}\t{pages} pages\tsha256 {hashlib.sha256(data).hexdigest()}"
    assert sorted(p.name for p in target.parent.iterdir()) == ["case.pdf"]  # no temp file left beside it
    assert target.stat().st_mode & 0o077 == 0
    cover = page_texts(data)[0]
    assert "Invented Legal Aid" in cover and "Lawyer C." in cover and "ALM-000007" in cover
    args = _parse(argv)
    args.handler(args, _Ctx(store))
    # the first export went into the audit chain: the second file's custody record and
    # audit head show it (same input otherwise)
    again = target.read_bytes()
    assert again != data and "включено в выгруженные материалы дела" in flat(" ".join(page_texts(again)))


def test_pdf_command_refuses_a_timestamp_without_zone(store: UserStore, case_ref: str, tmp_path: Path) -> None:
    args = _parse(["pdf", case_ref, "-o", str(tmp_path / "x.pdf"), "--timestamp", "2026-11-22T10:00:00"])
    with pytest.raises(InvalidInput):
        args.handler(args, _Ctx(store))
    assert not (tmp_path / "x.pdf").exists()
