"""``attach remove`` and ``attach replace``: a confirmation unless --yes, one clear line, ``check`` passes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest


@pytest.fixture
def cli(run_cli):
    assert run_cli("user", "create", "alice")[0] == 0
    return run_cli


def _case_with_file(cli, tmp_path: Path) -> tuple[str, str]:
    case_id = cli("case", "new", "--title", "Removal")[1].strip()
    scan = tmp_path / "wrong-scan.pdf"
    scan.write_bytes(b"%PDF-1.4 invented scan of the wrong person")
    code, out, err = cli("attach", "add", case_id, str(scan), "--description", "passport")
    assert code == 0, err
    return case_id, out.strip()


def test_remove_asks_then_removes_and_check_passes(cli, tmp_path: Path) -> None:
    case_id, attachment_id = _case_with_file(cli, tmp_path)
    code, out, err = cli("attach", "remove", case_id, attachment_id[:8])  # no terminal to answer: refused
    assert code != 0 and out == "" and err.count("\n") == 1 and "Not confirmed: nothing was changed." in err
    assert attachment_id in cli("attach", "list", case_id)[1]
    code, out, err = cli("attach", "remove", case_id, attachment_id[:8], "--yes")
    assert code == 0, err
    assert err.count("\n") == 1 and "Removed wrong-scan.pdf: its file is shredded" in err
    assert cli("attach", "list", case_id)[1] == ""
    code, out, _ = cli("case", "history", case_id)
    assert code == 0 and "attachment\tattachment" in out
    code, out, _ = cli("check")
    assert code == 0 and "passed" in out
    code, out, err = cli("attach", "remove", case_id, attachment_id, "--yes")
    assert code != 0 and err.count("\n") == 1 and "No attachment" in err and "Traceback" not in err


def test_replace_prints_the_new_id_and_keeps_the_description(cli, tmp_path: Path) -> None:
    case_id, attachment_id = _case_with_file(cli, tmp_path)
    better = tmp_path / "right-scan.pdf"
    better.write_bytes(b"%PDF-1.4 invented scan of the right person")
    code, out, err = cli("attach", "replace", case_id, attachment_id, str(better), "--yes")
    assert code == 0, err
    new_id = out.strip()
    assert new_id != attachment_id and err.count("\n") == 1 and "Replaced wrong-scan.pdf by right-scan.pdf" in err
    [row] = cli("attach", "list", case_id)[1].splitlines()
    assert row.startswith(new_id) and hashlib.sha256(better.read_bytes()).hexdigest() in row
    code, out, _ = cli("case", "show", case_id, "--json")
    assert '"description": "passport"' in out
    code, out, err = cli("attach", "replace", case_id, new_id, str(tmp_path / "missing.pdf"), "--yes")
    assert code != 0 and err.count("\n") == 1 and "No file" in err
    assert cli("check")[0] == 0
