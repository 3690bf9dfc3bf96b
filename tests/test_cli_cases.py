"""The case commands of the CLI, end to end in one process."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from tests.case_data import FULL_ANSWERS


@pytest.fixture
def cli(run_cli):
    assert run_cli("user", "create", "alice")[0] == 0
    return run_cli


def test_new_list_show_history(cli) -> None:
    code, out, err = cli("case", "new", "--title", "Expulsion order", "--urgency", "critical", "--tag", "deserter")
    assert code == 0, err
    case_id = out.strip()
    assert len(case_id) == 36 and "Created case FI-" in err
    code, out, _ = cli("case", "list", "--json")
    [row] = json.loads(out)
    assert (row["id"], row["urgency"], row["tags"]) == (case_id, "critical", ["deserter"])
    assert cli("case", "list", "--urgency", "low")[1] == ""
    code, out, _ = cli("case", "show", row["reference"])
    assert code == 0 and "Expulsion order" in out and case_id in out
    code, out, _ = cli("case", "show", case_id[:8], "--json")
    assert json.loads(out)["format"] == "fieldintake.case/2"
    code, out, _ = cli("case", "history", case_id)
    assert code == 0 and "case" in out


def test_import_export_round_trip(cli, tmp_path: Path) -> None:
    _, out, _ = cli("case", "new", "--title", "Source", "--template", "deportation-risk")
    case_id = out.strip()
    _, exported, _ = cli("case", "export", case_id)
    doc = json.loads(exported)
    doc["interviews"][0]["answers"] = copy.deepcopy(FULL_ANSWERS) | {"client_phone": "+77015550123"}
    doc["id"] = "11111111-2222-4333-8444-555555555555"
    for item in doc["interviews"]:
        item["id"] = "11111111-2222-4333-8444-666666666666"
    path = tmp_path / "case.json"
    path.write_text(json.dumps(doc, ensure_ascii=False))
    code, out, err = cli("case", "import", str(path))
    assert code == 0, err
    assert out.strip() == doc["id"]
    _, again, _ = cli("case", "export", doc["id"])
    again_doc = json.loads(again)
    assert again_doc["interviews"] == doc["interviews"] and again_doc["title"] == doc["title"]


def test_import_refuses_bad_input_with_one_line(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "fieldintake.case/1", "id": 5}')
    code, out, err = cli("case", "import", str(bad))
    assert code == 2 and out == "" and err.count("\n") == 1 and "Invalid case at" in err
    code, _, err = cli("case", "import", str(tmp_path / "missing.json"))
    assert code == 3 and "No file" in err
    assert cli("case", "list")[1] == ""


def test_attachments_search_deadlines_templates(cli, tmp_path: Path) -> None:
    _, out, _ = cli("case", "new", "--title", "Качкуркин: expulsion", "--urgency", "critical")
    case_id = out.strip()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 invented scan")
    code, out, err = cli("attach", "add", case_id, str(scan), "--sensitivity", "sensitive")
    assert code == 0, err
    attachment_id = out.strip()
    code, out, _ = cli("attach", "list", case_id)
    assert attachment_id in out and "application/pdf" in out and "sensitive" in out
    copy_path = tmp_path / "copy.pdf"
    code, _, err = cli("attach", "get", case_id, attachment_id[:8], "-o", str(copy_path))
    assert code == 0, err
    assert copy_path.read_bytes() == scan.read_bytes()
    code, out, _ = cli("search", "Kachkurkin", "--json")
    [hit] = json.loads(out)
    assert hit["id"] == case_id and "[Качкуркин]" in hit["snippet"]
    cli("case", "new", "--title", "Nothing due")
    code, out, _ = cli("deadlines", "--days", "30")
    assert code == 0 and out == ""
    code, out, _ = cli("template", "list")
    assert "deportation-risk\tv1" in out
    code, out, _ = cli("template", "show", "deportation-risk", "--lang", "ru")
    assert code == 0 and "hearings[].at" in out and "deadline:hearing" in out
