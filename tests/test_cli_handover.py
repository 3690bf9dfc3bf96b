"""Contacts and bundles from the command line, between two users in one home."""

from __future__ import annotations

from pathlib import Path

import pytest



@pytest.fixture
def cli(run_cli):
    assert run_cli("user", "create", "alice")[0] == 0
    assert run_cli("user", "create", "bob")[0] == 0
    return run_cli


def test_card_by_qr_code_then_a_bundle_from_alice_to_bob(cli, tmp_path: Path) -> None:
    qr = tmp_path / "bob-card.png"
    code, card_text, err = cli("--user", "bob", "identity", "--qr", str(qr))
    assert code == 0 and qr.read_bytes().startswith(b"\x89PNG")
    code, out, err = cli("--user", "alice", "contact", "add", "Bob Lawyer", str(qr))
    assert code == 0, err
    fingerprint = card_text.split("Fingerprint: ")[1].splitlines()[0]
    assert fingerprint in out
    code, _, err = cli("--user", "alice", "contact", "verify", "Bob Lawyer", "--fingerprint", "00000 00000 00000 00000 00000")
    assert code != 0 and "does not match" in err
    assert cli("--user", "alice", "contact", "verify", "Bob Lawyer", "--fingerprint", fingerprint)[0] == 0
    code, out, _ = cli("--user", "alice", "contact", "list")
    assert "Bob Lawyer" in out and "\tverified\t" in out

    _, out, _ = cli("--user", "alice", "case", "new", "--title", "Handed over")
    case_id = out.strip()
    bundle = tmp_path / "case.fibundle"
    code, out, err = cli("--user", "alice", "bundle", "export", case_id, "--to", "Bob Lawyer", "-o", str(bundle))
    assert code == 0, err
    code, out, _ = cli("--user", "bob", "bundle", "inspect", str(bundle))
    assert code == 0 and "Signature:  valid" in out and "NOT a contact" in out
    code, _, err = cli("--user", "bob", "bundle", "import", str(bundle))
    assert code != 0 and "not one of your contacts" in err and err.count("\n") == 1
    code, out, err = cli("--user", "bob", "bundle", "import", str(bundle), "--trust-new-sender")
    assert code == 0, err
    assert case_id in out and "unverified contact" in err
    code, _, err = cli("--user", "bob", "bundle", "import", str(bundle))
    assert code != 0 and "imported before" in err


def test_an_update_a_receipt_and_the_ledger_from_the_command_line(cli, tmp_path: Path) -> None:
    for me, other, name in (("alice", "bob", "Bob"), ("bob", "alice", "Alice")):
        card = cli("--user", other, "identity")[1]
        card_file = tmp_path / f"{other}.card"
        card_file.write_text(card[card.index("fieldintake-card"):] if "fieldintake-card" in card else card)
        assert cli("--user", me, "contact", "add", name, str(card_file))[0] == 0
    case_id = cli("--user", "alice", "case", "new", "--title", "Both ways")[1].strip()
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    first = tmp_path / "first.fibundle"
    assert cli("--user", "alice", "bundle", "export", case_id, "--to", "Bob", "-o", str(first))[0] == 0
    code, out, err = cli("--user", "bob", "bundle", "import", str(first), "--receipt", str(outbox))
    assert code == 0 and "Receipt for the sender written" in err, err
    [receipt] = list(outbox.iterdir())
    code, out, err = cli("--user", "alice", "bundle", "import", str(receipt))
    assert code == 0 and "Receipt from Bob" in out, err
    code, out, _ = cli("--user", "alice", "case", "ledger", case_id)
    assert code == 0 and "bundle (full)" in out and "to Bob" in out and "acknowledged" in out
    assert "not acknowledged" not in out
