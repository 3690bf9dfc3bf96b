"""A backup written by schema 4 / format fieldintake.backup/1 keeps restoring in later versions.

Never regenerate tests/fixtures/backup-v1.fibackup: add a new fixture when the format or schema changes.
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from fieldintake.app import schema
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.exports import backup
from tests.conftest import NEW_PASSPHRASE

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_schema_4_backup_fixture_restores(tmp_path: Path, store: UserStore) -> None:
    info = json.loads((FIXTURES / "backup-v1.json").read_text(encoding="utf-8"))
    fresh = UserStore(Home(tmp_path / "later"), policy=FAST_FOR_TESTS, device=store.device)
    summary = backup.verify_backup(FIXTURES / "backup-v1.fibackup", backup.key_from_recovery(info["recovery_key"]))
    assert summary.backup_id == info["backup_id"] and summary.meta.schema_version == info["schema_version"]
    result = backup.restore_backup(fresh, FIXTURES / "backup-v1.fibackup", backup.key_from_recovery(info["recovery_key"]),
                                   NEW_PASSPHRASE)
    assert result.name == info["user"]
    with fresh.unlock(info["user"], NEW_PASSPHRASE) as s:
        assert schema.version(s.vault._conn) == schema.LATEST
        assert s.card().fingerprint == info["fingerprint"]
        assert s.cases.get(info["case_id"]).title == info["case_title"]
        sink = io.BytesIO()
        s.attachments.read_into(info["attachment_id"], sink)
        assert hashlib.sha256(sink.getvalue()).hexdigest() == info["attachment_sha256"]
        assert s.vault.get_setting("organisation") == info["settings"]["organisation"]
        assert s.vault.integrity_problems() == []
        report = s.vault.audit_report()
        assert report.ok, report.problems
