"""Bulk import: mapped CSV, JSON Lines and folders, in batches, resumable, hostile input bounded."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from fieldintake.app import audit, bulkimport, interchange
from fieldintake.app.bulkimport import BulkImportFailed, import_many
from fieldintake.errors import InvalidInput
from tests.conftest import PASSPHRASE

MAPPING = {
    "template": "deportation-risk",
    "version": 1,
    "title": "Intake {Name}",
    "tags": ["kobo-2026"],
    "columns": {
        "Name": "answers.client_name_native",
        "Born": {"to": "answers.birth_date", "date_format": "%d.%m.%Y"},
        "Interpreter": {"to": "answers.interpreter_needed", "values": {"da": True, "net": False}},
        "Priority": {"to": "urgency", "values": {"1": "critical", "2": "high", "3": "normal"}},
        "Languages": {"to": "answers.languages", "split": " "},
    },
}
HEADER = "Name,Born,Interpreter,Priority,Languages\n"


@pytest.fixture
def session(store):
    s = store.create("alice", PASSPHRASE).session
    yield s
    s.close()


def _row(i: int, born: str = "03.04.1990") -> str:
    return f"Абенов Тимур {i},{born},da,{1 + i % 3},ru kk\n"


def _csv(tmp_path: Path, rows: list[str], mapping: dict | None = None) -> tuple[Path, Path]:
    source = tmp_path / "kobo.csv"
    source.write_text(HEADER + "".join(rows), encoding="utf-8")
    m = tmp_path / "mapping.json"
    m.write_text(json.dumps(mapping or MAPPING), encoding="utf-8")
    return source, m


def _doc(i: int) -> dict:
    now = "2026-03-01T09:00:00Z"
    return {"format": "fieldintake.case/2", "id": str(uuid.UUID(int=i + 1, version=4)), "reference": f"ORG-{i}",
            "title": f"Case {i}", "status": "open", "urgency": "normal", "tags": [], "notes": "",
            "created_at": now, "updated_at": now, "people": [],
            "interviews": [{"id": str(uuid.UUID(int=(1 << 64) + i * 3 + k, version=4)),
                            "template": {"id": "deportation-risk", "version": 1}, "status": "draft",
                            "answers": {"client_name_native": f"Гнатюк {i}", "narrative": f"повестка {i}"},
                            "created_at": now, "updated_at": now} for k in range(3)],
            "deadlines": [], "attachments": [], "redaction_marks": []}


def _jsonl(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps(_doc(i), ensure_ascii=False) + "\n" for i in range(n)), encoding="utf-8")
    return path


def _actions(session) -> list[str]:
    return [e.action for e in audit.entries(session.vault._conn)]


def test_csv_with_a_mapping_imports_one_case_per_row(session, tmp_path: Path) -> None:
    source, mapping = _csv(tmp_path, [_row(i) for i in range(5)])
    seen: list[tuple[int, int]] = []
    result = import_many(session.cases, source, mapping=mapping, batch=2, progress=lambda d, t: seen.append((d, t)))
    assert (result.imported, result.batches, result.finished) == (5, 3, True)
    assert seen[-1] == (5, 5)
    cases = session.cases.list()
    assert len(cases) == 5 and len({c.reference for c in cases}) == 5
    assert all(c.reference.startswith("FI-") for c in cases)
    case = session.cases.get(next(c.id for c in cases if c.title == "Intake Абенов Тимур 1"))
    assert case.urgency == "high" and case.tags == ["kobo-2026"]
    answers = case.interviews[0].answers
    assert answers["birth_date"] == "1990-04-03" and answers["interpreter_needed"] is True
    assert answers["languages"] == ["ru", "kk"]
    actions = _actions(session)
    assert actions.count("case.bulk_imported") == 3 and "case.imported" not in actions  # one entry per batch
    assert session.cases.search("Абенов")


def test_bad_rows_are_reported_by_line_and_fail_only_their_batch(session, tmp_path: Path) -> None:
    rows = [_row(i) for i in range(6)]
    rows[4] = _row(4, born="31.02.1990")  # line 6: no such date
    rows[5] = "Someone,,maybe,2,\n"  # line 7: maybe is not yes or no
    source, mapping = _csv(tmp_path, rows)
    with pytest.raises(BulkImportFailed) as failed:
        import_many(session.cases, source, mapping=mapping, batch=3)
    assert [b.line for b in failed.value.bad] == [6, 7]
    assert "kobo.csv:6" in str(failed.value) and "31.02.1990" in str(failed.value)
    assert "interpreter_needed" in failed.value.bad[1].reason
    assert len(session.cases.list()) == 3  # the first batch (lines 2-4); nothing of lines 5-7
    result = import_many(session.cases, source, mapping=mapping, batch=3, skip_bad=True)
    assert result.already == 3 and result.imported == 1 and [b.line for b in result.skipped] == [6, 7]
    assert len(session.cases.list()) == 4


def test_resume_after_a_failure_mid_run_imports_the_rest_exactly_once(session, tmp_path: Path, monkeypatch) -> None:
    source = _jsonl(tmp_path, 10)
    real = interchange.import_case
    calls = {"n": 0}

    def dies_at_the_eighth(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 8:
            raise KeyboardInterrupt  # as good as a kill: the batch's transaction rolls back
        return real(*args, **kwargs)

    monkeypatch.setattr(interchange, "import_case", dies_at_the_eighth)
    with pytest.raises(KeyboardInterrupt):
        import_many(session.cases, source, batch=3)
    assert len(session.cases.list()) == 6
    monkeypatch.setattr(interchange, "import_case", real)
    result = import_many(session.cases, source, batch=3)
    assert (result.already, result.imported) == (6, 4)
    ids = sorted(c.id for c in session.cases.list())
    assert ids == sorted(_doc(i)["id"] for i in range(10))
    again = import_many(session.cases, source, batch=3)
    assert (again.already, again.imported, again.batches) == (10, 0, 0) and len(session.cases.list()) == 10


def test_a_changed_source_is_not_resumed_over(session, tmp_path: Path) -> None:
    source, mapping = _csv(tmp_path, [_row(i) for i in range(4)])
    import_many(session.cases, source, mapping=mapping, batch=2)
    source.write_text(HEADER + _row(9) + "".join(_row(i) for i in range(1, 4)), encoding="utf-8")
    with pytest.raises(InvalidInput, match="changed in the part already imported"):
        import_many(session.cases, source, mapping=mapping, batch=2)
    assert len(session.cases.list()) == 4


def test_folder_of_case_files(session, tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    for i in range(3):
        (folder / f"case-{i}.json").write_text(json.dumps(_doc(i)), encoding="utf-8")
    (folder / "readme.txt").write_text("not a case")
    result = import_many(session.cases, folder)
    assert result.imported == 3
    assert {c.reference for c in session.cases.list()} == {"ORG-0", "ORG-1", "ORG-2"}


def test_jsonl_bad_line_names_its_number(session, tmp_path: Path) -> None:
    source = _jsonl(tmp_path, 3)
    lines = source.read_bytes().splitlines(keepends=True)
    lines.insert(1, b'{"format": "fieldintake.case/2", "id": 5}\n')
    lines.insert(2, b"\xff\xfe not utf-8\n")
    source.write_bytes(b"".join(lines))
    with pytest.raises(BulkImportFailed) as failed:
        import_many(session.cases, source)
    assert [(b.line, b.where) for b in failed.value.bad] == [(2, "cases.jsonl:2"), (3, "cases.jsonl:3")]
    assert "not UTF-8" in failed.value.bad[1].reason and "Invalid case at" in failed.value.bad[0].reason
    assert session.cases.list() == []


def test_hostile_sizes_are_refused_with_a_clear_error(session, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(bulkimport, "MAX_RECORD_BYTES", 2000)
    source, mapping = _csv(tmp_path, [_row(1), "x" * 5000 + ",,,,\n"])
    with pytest.raises(InvalidInput, match=r"kobo.csv: line 3 is longer than"):
        import_many(session.cases, source, mapping=mapping)
    quoted = tmp_path / "quoted.csv"  # one field over many short lines: the CSV field limit
    quoted.write_text(HEADER + '"' + "a\n" * 1500 + '",,,,\n', encoding="utf-8")
    with pytest.raises(BulkImportFailed, match="field larger than field limit"):
        import_many(session.cases, quoted, mapping=mapping)
    monkeypatch.setattr(bulkimport, "MAX_RECORDS", 3)
    many = _jsonl(tmp_path, 5)
    with pytest.raises(InvalidInput, match="more than 3 records"):
        import_many(session.cases, many)
    with pytest.raises(InvalidInput, match="A batch is 1 to"):
        import_many(session.cases, many, batch=100_000)
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes(HEADER.encode() + _row(1).encode() + "Müller,,,,\n".encode("latin-1"))
    with pytest.raises(InvalidInput, match="line 3 is not UTF-8"):
        import_many(session.cases, latin1, mapping=mapping)
    assert session.cases.list() == []


def test_mapping_problems_are_named(session, tmp_path: Path) -> None:
    source, mapping = _csv(tmp_path, [_row(1)], MAPPING | {"columns": {"Name": "answers.no_such_field"}})
    with pytest.raises(InvalidInput, match="no_such_field"):
        import_many(session.cases, source, mapping=mapping)
    source, mapping = _csv(tmp_path, [_row(1)], MAPPING | {"columns": {"Missing": "title"}})
    with pytest.raises(InvalidInput, match="has no column 'Missing'"):
        import_many(session.cases, source, mapping=mapping)
    toml = tmp_path / "mapping.toml"
    toml.write_text('template = "deportation-risk"\n[columns]\nName = "answers.client_name_native"\n')
    assert import_many(session.cases, source, mapping=toml).imported == 1
    with pytest.raises(InvalidInput, match="needs a column mapping"):
        import_many(session.cases, source)


def test_cli_imports_a_csv_and_fails_with_one_line(run_cli, tmp_path: Path) -> None:
    assert run_cli("user", "create", "alice")[0] == 0
    source, mapping = _csv(tmp_path, [_row(i) for i in range(3)])
    code, out, err = run_cli("case", "import", str(source), "--mapping", str(mapping))
    assert code == 0, err
    assert "Imported 3 case(s) from kobo.csv in 1 batch(es)" in err
    code, out, err = run_cli("case", "import", str(source))
    assert code == 2 and out == "" and err.count("\n") == 1 and "needs a column mapping" in err
    (tmp_path / "other").mkdir()
    bad, mapping = _csv(tmp_path / "other", [_row(1, born="99.99.1990")])
    code, out, err = run_cli("case", "import", str(bad), "--mapping", str(mapping))
    assert code == 2 and err.count("\n") == 1 and "kobo.csv:2" in err and "Traceback" not in err


def test_the_same_csv_from_elsewhere_meets_its_cases_instead_of_copying_them(session, tmp_path: Path) -> None:
    source, mapping = _csv(tmp_path, [_row(i) for i in range(3)], MAPPING | {"title": "{Name.__class__} {Name} {line}"})
    import_many(session.cases, source, mapping=mapping)
    titles = sorted(c.title for c in session.cases.list())
    assert titles == [f"Абенов Тимур {i} {i + 2}" for i in range(3)]  # no attribute of a cell reaches the title
    (tmp_path / "copy").mkdir()
    moved = tmp_path / "copy" / "kobo.csv"
    moved.write_bytes(source.read_bytes())
    result = import_many(session.cases, moved, mapping=mapping)
    assert result.already == 0 and len(session.cases.list()) == 3


@pytest.mark.parametrize("suffix, text", [
    (".json", '{"template": "deportation-risk", "columns": {"Name": ' + "[" * 50_000 + "]" * 50_000 + "}}"),
    (".toml", 'template = "deportation-risk"\nx = ' + "[" * 50_000 + "]" * 50_000 + "\n"),
])
def test_a_deeply_nested_mapping_is_refused_in_one_line(session, tmp_path: Path, suffix: str, text: str) -> None:
    """A crafted mapping file (an organisation's spreadsheet comes with one) nests past Python's
    recursion limit: a clear error, not a RecursionError traceback."""
    source, _ = _csv(tmp_path, [_row(1)])
    mapping = tmp_path / f"deep{suffix}"
    mapping.write_text(text)
    with pytest.raises(InvalidInput, match="nested too deeply"):
        import_many(session.cases, source, mapping=mapping)
