"""Vaults with a bit of everything, and a way to compare two of them completely."""

from __future__ import annotations

import io
import os
import subprocess
from pathlib import Path
from typing import Any

from fieldintake.app import backupsettings, interchange
from fieldintake.app.users import Session

# Settings that belong to one recovery key or to the source laptop's last backup: replaced, not restored.
NOT_RESTORED_SETTINGS = (*backupsettings.OWN_KEYS, backupsettings.LAST_AT)


def fill_vault(session: Session, tmp: Path, *, attachment_bytes: int = 200_000, cases: int = 2) -> dict[str, bytes]:
    """Cases with interviews, revisions, people, deadlines, attachments, marks, contacts and settings.

    Returns attachment id -> original bytes. Invented people only.
    """
    originals: dict[str, bytes] = {}
    for i in range(cases):
        case = session.cases.create(f"Тестовое дело {i}", urgency="high", notes="Заметки об интервью " * 5)
        session.cases.update(case.id, notes=f"Исправлено {i}: Марат Жаксыбеков (вымышленный)")
        session.cases.add_person(case.id, "client", f"Олжас Вымышленный {i}")
        interview = session.cases.add_interview(case.id, "deportation-risk", answers={"narrative": "Рассказ " * 50})
        session.cases.save_answers(interview.id, {"narrative": "Исправленный рассказ " * 40}, coalesce=False)
        session.cases.add_deadline(case.id, "hearing", "Суд", "2027-01-15T09:00:00Z")
        session.cases.add_redaction_mark(case.id, "notes", 0, 9)
        data = os.urandom(attachment_bytes + i)
        source = tmp / f"evidence-{i}.bin"
        source.write_bytes(data)
        attachment = session.attachments.add(case.id, source, description="скан паспорта")
        originals[attachment.id] = data
    session.vault.set_setting("ui.theme", "dark")
    backupsettings.set_reminder(session.vault, folder=str(tmp), remind_days=3)
    return originals


def add_age_contact(session: Session, tmp: Path, name: str = "Escrow org") -> Path:
    """A contact made from a key of the real age-keygen; returns the identity file."""
    key_file = tmp / f"{name.replace(' ', '-')}.key"
    subprocess.run(["age-keygen", "-o", str(key_file)], check=True, capture_output=True)
    public = subprocess.run(["age-keygen", "-y", str(key_file)], check=True, capture_output=True, text=True).stdout
    session.contacts.add(name, public.strip())
    return key_file


def tables(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the vault (FTS shadow tables included)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with session.vault.read() as conn:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
        for name in names:
            rows = conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
            out[name] = [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in rows]
    return out


def assert_same_vault(before: Session, after: Session, originals: dict[str, bytes],
                      later_in_source: tuple[str, ...] = ()) -> None:
    """Every case, revision, attachment byte, audit entry, contact and setting; the restore appended to the chain."""
    a, b = tables(before), tables(after)
    assert set(a) == set(b)
    a_audit, b_audit = [r for r in a.pop("audit") if r[3] not in later_in_source], b.pop("audit")
    assert b_audit[: len(a_audit)] == a_audit, "the audit chain was not carried over intact"
    assert [row[3] for row in b_audit[len(a_audit):]][0] == "backup.restored"
    a_settings = [r for r in a.pop("settings") if r[0] not in NOT_RESTORED_SETTINGS]
    b_settings = [r for r in b.pop("settings") if r[0] not in NOT_RESTORED_SETTINGS]
    assert a_settings == b_settings and a_settings, "settings differ"
    a.pop("meta"), b.pop("meta")  # audit head and count: checked through the chain above
    for name in a:
        assert a[name] == b[name], f"table {name} differs after restore"
    for summary in before.cases.list(limit=None):
        assert interchange.to_doc(after.cases.get(summary.id)) == interchange.to_doc(before.cases.get(summary.id))
        assert after.cases.history(summary.id) == before.cases.history(summary.id)
    for attachment_id, data in originals.items():
        sink = io.BytesIO()
        after.attachments.read_into(attachment_id, sink)
        assert sink.getvalue() == data
    assert after.vault.integrity_problems() == []
    assert after.vault.audit_report().ok
    assert after.card().to_text() == before.card().to_text()

