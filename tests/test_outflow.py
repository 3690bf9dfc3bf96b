"""Data leaving the vault is recorded only once the file exists, on every route (app/outflow.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import pytest

from fieldintake.app import audit, outflow
from fieldintake.app.users import Session, UserStore
from fieldintake.errors import StorageError
from fieldintake.exports import summary
from fieldintake.exports.pdf import PdfOptions
from tests.conftest import PASSPHRASE
from tests.redaction_data import build_case

EXPORTED = ("casefile.exported", "redaction.exported", "redaction.bundled", "bundle.exported")
STAMP = "2026-11-22T10:00:00Z"


def _exported(store: UserStore) -> list[str]:
    with store.unlock("alice", PASSPHRASE) as session, session.vault.read() as conn:
        return [e.action for e in audit.entries(conn) if e.action in EXPORTED]


@pytest.fixture
def case_ref(store: UserStore) -> str:
    with store.create("alice", PASSPHRASE).session as session:
        return session.cases.get(build_case(session)).reference


def test_deliver_records_only_after_the_write_and_removes_an_unrecorded_file(tmp_path: Path) -> None:
    recorded: list[int] = []

    def broken(out: BinaryIO) -> int:
        out.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(StorageError):
        outflow.deliver(tmp_path / "a.pdf", broken, recorded.append)
    assert recorded == [] and list(tmp_path.iterdir()) == []

    def refuse() -> None:
        raise RuntimeError("audit chain unavailable")

    with pytest.raises(RuntimeError):
        outflow.deliver_bytes(tmp_path / "b.pdf", b"%PDF-", refuse)
    assert list(tmp_path.iterdir()) == []  # not recorded: not handed over
    assert outflow.deliver_bytes(tmp_path / "c.pdf", b"%PDF-", lambda: recorded.append(1)) == tmp_path / "c.pdf"
    assert recorded == [1] and (tmp_path / "c.pdf").read_bytes() == b"%PDF-"


@pytest.mark.parametrize("redacted", [False, True], ids=["case-file", "summary"])
def test_the_pdf_command_to_an_unwritable_path_leaves_no_exported_entry(
        store: UserStore, case_ref: str, run_cli, tmp_path: Path, redacted: bool) -> None:  # type: ignore[no-untyped-def]
    extra = ["--redacted", "--audience", "lawyer", "--skip-review"] if redacted else []
    target = tmp_path / "no-such-folder" / "out.pdf"
    code, out, err = run_cli("pdf", case_ref, "-o", str(target), "--unsigned", "--timestamp", STAMP, *extra)
    assert code != 0 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert not target.exists() and _exported(store) == []
    # the same command to a writable path is recorded, once
    code, _, err = run_cli("pdf", case_ref, "-o", str(tmp_path / "out.pdf"), "--unsigned", "--timestamp", STAMP, *extra)
    assert code == 0, err
    assert _exported(store) == ["redaction.exported" if redacted else "casefile.exported"]


def test_a_bundle_to_an_unknown_contact_leaves_no_entry_and_no_file(
        store: UserStore, case_ref: str, run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.fibundle"
    code, _, err = run_cli("bundle", "export", case_ref, "--to", "Nobody Mistyped", "-o", str(target),
                           "--redacted", "--audience", "lawyer")
    assert code != 0 and "Traceback" not in err
    assert not target.exists() and _exported(store) == []


def test_a_redacted_bundle_that_cannot_be_written_leaves_no_entry(
        store: UserStore, case_ref: str, run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FIELDINTAKE_BUNDLE_PASSPHRASE", "a long invented bundle passphrase 42")
    target = tmp_path / "no-such-folder" / "out.fibundle"
    code, _, err = run_cli("bundle", "export", case_ref, "--passphrase", "-o", str(target),
                           "--redacted", "--audience", "lawyer")
    assert code != 0 and "Traceback" not in err, err
    assert _exported(store) == []


@pytest.fixture
def session(store: UserStore) -> Iterator[Session]:
    with store.create("alice", PASSPHRASE).session as s:
        yield s


def test_a_summary_that_fails_leaves_no_entry(session: Session, tmp_path: Path) -> None:
    result = summary.redact(session, build_case(session), audience="lawyer", skip_review=True)
    with pytest.raises(StorageError):
        summary.write_summary(session, result, PdfOptions(), tmp_path / "missing" / "s.pdf")
    with session.vault.read() as conn:
        assert [e.action for e in audit.entries(conn) if e.action in EXPORTED] == []
    summary.write_summary(session, result, PdfOptions(), tmp_path / "s.pdf")
    with session.vault.read() as conn:
        assert [e.action for e in audit.entries(conn) if e.action in EXPORTED] == ["redaction.exported"]
