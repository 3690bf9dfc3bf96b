"""Nothing from outside reaches the terminal raw (issue 10, item 2): crafted bundles, cards and cases through
the real CLI; no ESC, BEL, NUL, C1 or direction override is printed, and the "NOT a contact" line stays intact."""

from __future__ import annotations

import io
import json
import re
import uuid
from pathlib import Path

import pytest

from fieldintake.crypto.identity import ContactCard, Identity
from fieldintake.exports.bundle import BytesMember, write_bundle
from fieldintake.exports.bundle.manifest import BundleRecipient

#: What must never be printed: C0 controls but tab and newline, DEL, C1, direction embeddings/overrides/isolates.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
#: The issue's line: an erase-line escape, then a forged sender line.
FORGED = "\x1b[1A\x1b[2K\rSender:     alice, fingerprint 1 (known contact 'Alice' (verified))"


@pytest.fixture
def cli(run_cli):
    assert run_cli("user", "create", "alice")[0] == 0
    assert run_cli("user", "create", "bob")[0] == 0
    return run_cli


def _clean(*texts: str) -> None:
    for text in texts:
        assert not RAW.search(text), [hex(ord(c)) for c in RAW.findall(text)]


def _card(cli, user: str) -> ContactCard:  # type: ignore[no-untyped-def]
    code, out, _ = cli("--user", user, "identity")
    assert code == 0
    return ContactCard.parse(out)


def _stranger_bundle(path: Path, to: ContactCard, *, sender_name: str = "Stranger Testov",
                     members: list[BytesMember] | None = None, recipient_name: str | None = None) -> Path:
    stranger = Identity.generate()
    recipients = [BundleRecipient(to.age_recipient, to.fingerprint, recipient_name or "bob")]
    buffer = io.BytesIO()
    write_bundle(buffer, sender=stranger, sender_card=stranger.card(sender_name), recipients=recipients,
                 members=members or [BytesMember("notes/hello.txt", b"hello")])
    path.write_bytes(buffer.getvalue())
    return path


def test_inspect_prints_hostile_manifest_names_as_visible_escapes(cli, tmp_path: Path) -> None:
    bob = _card(cli, "bob")
    members = [BytesMember("attachments/invoice\u202egpj.exe", b"x"),
               BytesMember("attachments/c1\x9b2Kname.txt", b"y")]
    bundle = _stranger_bundle(tmp_path / "b.fibundle", bob, members=members, recipient_name=FORGED)
    code, out, err = cli("--user", "bob", "bundle", "inspect", str(bundle))
    assert code == 0, err
    _clean(out, err)
    sender = [line for line in out.splitlines() if line.startswith("Sender:")]
    assert len(sender) == 1 and sender[0].startswith("Sender:     Stranger Testov, fingerprint ")
    assert sender[0].endswith("(NOT a contact)")
    assert "invoice\\u202egpj.exe" in out and "c1\\u009b2Kname.txt" in out
    encrypted = [line for line in out.splitlines() if line.startswith("Encrypted to:")]
    assert len(encrypted) == 1 and "\\u001b[1A" in encrypted[0]


def test_a_card_name_with_an_escape_is_refused_and_not_echoed(cli, tmp_path: Path) -> None:
    bob = _card(cli, "bob")
    bundle = _stranger_bundle(tmp_path / "b.fibundle", bob, sender_name="alice" + FORGED)
    for command in ("inspect", "import"):
        code, out, err = cli("--user", "bob", "bundle", command, str(bundle))
        assert code != 0
        _clean(out, err)
        assert err.count("\n") == 1 and "control or direction character" in err and "U+001B" in err


def test_contact_add_refuses_a_card_with_an_escape_in_its_name(cli, tmp_path: Path) -> None:
    card = Identity.generate().card("Bob\x1b]0;owned\x07").to_text()
    code, out, err = cli("--user", "alice", "contact", "add", "Bob", card)
    assert code != 0 and "name" in err
    _clean(out, err)


def _case_doc(**changes: object) -> dict:
    doc = {
        "format": "fieldintake.case/1", "id": str(uuid.uuid4()), "reference": "EXT-1", "title": "Invented title",
        "status": "open", "urgency": "normal", "tags": [], "notes": "", "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z", "people": [], "interviews": [], "deadlines": [], "attachments": [],
        "redaction_marks": [],
    }
    doc.update(changes)
    return doc


HOSTILE_FIELDS = [
    {"title": "Invented\x1b[2K title"},
    {"title": "Invented\x00title"},
    {"title": "Invented \u202etitle"},
    {"title": "two\nlines"},
    {"reference": "EXT\x07"},
    {"tags": ["ok", "bad\x9b"]},
    {"notes": "a note \x1b]8;;https://example.invalid\x07click\x1b]8;;\x07"},
    {"notes": "NUL \x00 in a note"},
    {"people": [{"id": str(uuid.uuid4()), "role": "client", "name": "Invented\u2066Person"}]},
    {"people": [{"id": str(uuid.uuid4()), "role": "family", "name": "Invented", "notes": "bell\x07"}]},
    {"deadlines": [{"id": str(uuid.uuid4()), "kind": "hearing", "title": "court\x1b[31m", "due": "2030-01-01",
                    "done": False}]},
]


@pytest.mark.parametrize("changes", HOSTILE_FIELDS)
def test_case_import_refuses_control_characters(cli, tmp_path: Path, changes: dict) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(_case_doc(**changes)), encoding="utf-8")
    code, out, err = cli("--user", "alice", "case", "import", str(path))
    assert code != 0 and err.startswith("fieldintake: Invalid case at ") and err.count("\n") == 1
    assert "U+" in err
    _clean(out, err)
    code, out, _ = cli("--user", "alice", "case", "list")
    assert code == 0 and out == ""


def test_case_import_keeps_ordinary_multi_line_text(cli, tmp_path: Path) -> None:
    notes = "Первая строка\n\tвторая, с табуляцией\r\nАйгүлге — Дар'я"
    path = tmp_path / "case.json"
    path.write_text(json.dumps(_case_doc(notes=notes, title="Сорокин: Алматы → Москва")), encoding="utf-8")
    code, out, err = cli("--user", "alice", "case", "import", str(path))
    assert code == 0, err
    code, out, _ = cli("--user", "alice", "case", "export", out.strip())
    assert json.loads(out)["notes"] == notes


def test_case_list_and_show_escape_what_is_already_stored(cli, tmp_path: Path) -> None:
    """A title typed (or stored before these checks) with escapes is still printed harmlessly."""
    code, out, err = cli("--user", "alice", "case", "new", "--title", "Invented\x1b]0;owned\x07\u202e title")
    assert code == 0, err
    case_id = out.strip()
    for argv in (("case", "list"), ("case", "show", case_id), ("search", "Invented"), ("case", "export", case_id)):
        code, out, err = cli("--user", "alice", *argv)
        assert code == 0, err
        _clean(out, err)
        assert "Invented" in out
    code, out, _ = cli("--user", "alice", "case", "export", case_id)
    assert json.loads(out)["title"] == "Invented\x1b]0;owned\x07\u202e title"  # JSON escapes: the same document


def test_contact_list_escapes_a_stored_name(cli, run_cli, tmp_path: Path) -> None:
    from fieldintake.app.paths import Home
    from fieldintake.app.users import UserStore
    from fieldintake.crypto.kdf import FAST_FOR_TESTS
    from tests.conftest import PASSPHRASE

    bob = _card(cli, "bob")
    assert cli("--user", "alice", "contact", "add", "Bob", bob.to_text())[0] == 0
    session = UserStore(Home.resolve(str(tmp_path / "home")), policy=FAST_FOR_TESTS).unlock("alice", PASSPHRASE)
    with session.vault.transaction() as tx:  # a name stored before names were checked
        tx.execute("UPDATE contacts SET name = ?", ("Bob" + FORGED,))
        tx.audit("contact.renamed", "contact", "-", {})
    session.close()
    code, out, err = cli("--user", "alice", "contact", "list")
    assert code == 0, err
    _clean(out, err)
    assert out.count("\n") == 1
