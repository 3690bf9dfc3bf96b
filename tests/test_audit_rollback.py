"""Issue 10 item 7: a rolled-back vault, a page splice, and plaintext exports that left no trace.

The attacks: an earlier copy of the user folder put back; older versions of the
vault's pages written over the current ones (page HMACs carry no version, so
SQLCipher's own check passes). Caught by the audit head kept in the keyring
(outside the vault) and by ``audit verify --expect COUNT:HEAD`` with a head
taken from a PDF or a bundle made earlier.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from fieldintake.app import audit
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.cli import main
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from tests.conftest import PASSPHRASE
from tests.keyring_memory import MemoryKeyring


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    home = tmp_path / "home"
    monkeypatch.setenv("FIELDINTAKE_PASSPHRASE", PASSPHRASE)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--home", str(home), *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    run.home = home  # type: ignore[attr-defined]
    code, _, err = run("user", "create", "alice")
    assert code == 0, err
    return run


def _new_case(cli, title: str) -> str:
    code, out, err = cli("case", "new", "--title", title)
    assert code == 0, err
    return out.strip().split()[0]


def _head(cli) -> str:
    code, out, err = cli("audit", "verify")
    assert code == 0, err
    return re.search(r"head (\d+:[0-9a-f]{64})", out).group(1)


def _audit_actions(cli) -> list[str]:
    code, out, err = cli("audit", "log")
    assert code == 0, err
    return [line.split("\t")[3] for line in out.splitlines()]


def test_a_rolled_back_user_folder_is_caught_by_the_keyring_head(cli, tmp_path: Path) -> None:
    user_dir = cli.home / "users" / "alice"
    _new_case(cli, "Before the copy")
    earlier = tmp_path / "earlier-copy"
    shutil.copytree(user_dir, earlier)
    _new_case(cli, "After the copy: the entry the rollback removes")
    shutil.rmtree(user_dir)
    shutil.copytree(earlier, user_dir)  # the attacker puts the earlier copy back

    code, _, err = cli("check")
    assert code != 0 and "rolled back" in err, err
    code, _, err = cli("audit", "verify")
    assert code != 0 and "rolled back" in err and "--accept-current" in err, err
    code, out, err = cli("case", "list")  # every command warns, none refuses to show the data
    assert code == 0 and "warning:" in err and "rolled back" in err
    # A restore done on purpose is confirmed once, and recorded.
    assert cli("audit", "verify", "--accept-current")[0] == 0
    assert cli("check")[0] == 0
    assert "audit.rollback_accepted" in _audit_actions(cli)


def test_expect_catches_a_rollback_without_any_keyring(cli, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    user_dir = cli.home / "users" / "alice"
    _new_case(cli, "Before the copy")
    earlier = tmp_path / "earlier-copy"
    shutil.copytree(user_dir, earlier)
    _new_case(cli, "After the copy")
    printed = _head(cli)  # e.g. from the integrity page of a PDF filed with a court
    shutil.rmtree(user_dir)
    shutil.copytree(earlier, user_dir)
    for account in [a for a in memory_keyring.entries if a[1].startswith("audit-head:")]:
        del memory_keyring.entries[account]  # no keyring record to compare with
    assert cli("audit", "verify")[0] == 0  # the chain itself is intact...
    code, _, err = cli("audit", "verify", "--expect", printed)
    assert code != 0 and "rolled back" in err, err  # ...but the entry on the PDF is gone
    code, _, err = cli("audit", "verify", "--expect", "12:nothex")
    assert code != 0 and "COUNT:HEAD" in err


def test_a_page_splice_with_older_pages_is_caught(cli, tmp_path: Path) -> None:
    db = cli.home / "users" / "alice" / "vault.db"
    _new_case(cli, "One")
    old_pages = db.read_bytes()
    _new_case(cli, "Two: this entry leaves the chain")
    printed = _head(cli)
    new_pages = bytearray(db.read_bytes())
    size = 4096
    spliced = 0
    for offset in range(0, min(len(old_pages), len(new_pages)), size):
        if old_pages[offset:offset + size] != new_pages[offset:offset + size]:
            new_pages[offset:offset + size] = old_pages[offset:offset + size]
            spliced += 1
    del new_pages[len(old_pages):]
    assert spliced >= 1
    db.write_bytes(bytes(new_pages))
    code, _, err = cli("audit", "verify")
    assert code != 0 and ("rolled back" in err or "not the one" in err), err
    code, _, err = cli("audit", "verify", "--expect", printed)
    assert code != 0, err


def test_the_pdf_integrity_page_and_the_bundle_manifest_carry_the_head(cli, tmp_path: Path) -> None:
    case_id = _new_case(cli, "Head carried")
    pdf = tmp_path / "case.pdf"
    assert cli("pdf", case_id, "-o", str(pdf))[0] == 0
    text = "".join(page.extract_text() or "" for page in PdfReader(str(pdf)).pages[-1:])
    printed = re.search(r"(\d+):\s*([0-9a-f]{64})", text)
    assert printed, text
    # The PDF's head is the chain before its own export entry: --expect takes it as it is printed.
    assert cli("audit", "verify", "--expect", f"{printed.group(1)}:{printed.group(2)}")[0] == 0


def test_plaintext_exports_are_audited_only_once_written(cli, tmp_path: Path) -> None:
    case_id = _new_case(cli, "Exported")
    scan = tmp_path / "scan.bin"
    scan.write_bytes(b"invented scan " * 1000)
    code, out, err = cli("attach", "add", case_id, str(scan))
    attachment_id = out.strip()
    before = _audit_actions(cli)
    assert cli("pdf", case_id, "-o", str(tmp_path / "full.pdf"))[0] == 0
    assert cli("attach", "get", case_id, attachment_id, "-o", str(tmp_path / "copy.bin"))[0] == 0
    assert cli("case", "export", case_id)[0] == 0
    after = _audit_actions(cli)
    # ("case.versioned": a case export first stamps the case's version for merges, issue 12.)
    exports = [a for a in after[len(before):] if a != "case.versioned"]
    assert exports == ["casefile.exported", "attachment.saved_copy", "case.exported"]
    # Exports that fail leave no entry.
    missing = tmp_path / "no-such-folder" / "x.pdf"
    assert cli("pdf", case_id, "-o", str(missing))[0] != 0
    assert cli("attach", "get", case_id, attachment_id, "-o", str(missing))[0] != 0
    assert _audit_actions(cli) == after


def test_bundle_audit_head(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    from fieldintake.exports import handover
    from fieldintake.exports.bundle import reader

    store = UserStore(Home(tmp_path / "home"), policy=FAST_FOR_TESTS, device=DeviceSecrets(memory_keyring))
    with store.create("alice", PASSPHRASE).session as alice, store.create("bob", PASSPHRASE).session as bob:
        alice.contacts.add("Bob", bob.card().to_text())
        case = alice.cases.create("Handed over")
        head = alice.vault.audit_head()
        written = handover.export_bundle(alice, [case.id], tmp_path / "x.fibundle", contacts=["Bob"])
        with open(written.path, "rb") as src:
            inspected = reader.inspect_bundle(src, identity=bob.identity)
        # The head when the bundle was made: after the case's version stamp (issue 12), before its own entry.
        count, digest = inspected.audit_head
        assert count >= head[0]
        with alice.vault.read() as conn:
            assert audit.hash_at(conn, count) == digest
