"""Importing many cases at once: a folder of case JSON files, a JSON Lines file, or a CSV with a mapping.

Organisations arrive with years of cases in spreadsheets and KoboToolbox/ODK
exports, so a source is hostile input like any other: its size, each line's
or row's size, each CSV field and the number of records are bounded before
anything is parsed; a line that is not UTF-8 is reported by its number; every
case goes through the single import's checks (``interchange.validate``: the
schema, text safety, each answer against its template).

Records are imported in batches (``BATCH`` cases, one unit of work and one
audit entry per batch). A bad record fails its batch: nothing of that batch is
written, every bad record of it is reported by line and reason, and the
import stops there. With ``skip_bad`` bad records are reported and left out,
and the rest is imported.

Resuming: each batch's transaction also stores how many records of the source
are done (``bulk_imports``, keyed by the source's name and its mapping), with a
digest of those records. Running the same import again skips them (after
checking that they did not change) and continues after the last committed
batch; a killed or failed run never imports a case twice.

CSV mapping (JSON or TOML)::

    {"template": "deportation-risk", "version": 1,
     "columns": {"Name": "answers.client_name_native",
                 "Priority": {"to": "urgency", "values": {"1": "critical", "2": "high"}},
                 "Born": {"to": "answers.birth_date", "date_format": "%d.%m.%Y"},
                 "Languages": {"to": "answers.languages", "split": " "}},
     "title": "Intake {Name}", "tags": ["kobo-2026"]}

``to`` is ``title``, ``urgency``, ``status``, ``notes``, ``tags`` or ``answers.<field id>`` of a
top-level field; ``values`` maps cells to stored values (choices, yes/no as true/false); ``split``
makes a list; ``date_format`` (``strptime``) reads dates and times into ISO form (times as UTC).
Each row becomes one case with one interview; empty cells are left out.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import tomllib
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, BinaryIO

from fieldintake.app import interchange, jsonlimits
from fieldintake.app.casecommands import next_reference
from fieldintake.app.cases import CaseStore
from fieldintake.app.clock import utc_now
from fieldintake.app.progress import Cancel, Progress
from fieldintake.app.templates import Template
from fieldintake.app.vault import Transaction
from fieldintake.errors import Cancelled, FieldintakeError, InvalidInput, NotFound

#: Cases per transaction: large enough that commits and audit entries are rare, small enough that a failed
#: batch loses little work and a transaction's memory stays small.
BATCH = 500
MAX_BATCH = 5000
#: A source file (a JSON Lines or CSV file; each file of a folder is a record).
MAX_SOURCE_BYTES = 1 << 30
#: One line, row or case file: a case of three long interviews is some tens of KB.
MAX_RECORD_BYTES = 4 << 20
#: Records in one source.
MAX_RECORDS = 1_000_000
#: A mapping file.
MAX_MAPPING_BYTES = 256 << 10
#: How many bad records one report lists.
MAX_REPORTED = 50

_PLACEHOLDER = re.compile(r"\{([^{}]{1,200})\}")
_CASE_TARGETS = ("title", "urgency", "status", "notes", "tags")
_ID_NAMESPACE = uuid.UUID("0b7f3c52-61d4-4e0e-a3a1-7f2d8c4b9e10")


@dataclass(frozen=True)
class BadRecord:
    line: int  # the record's first line in the source (the file's number in a folder, from 1)
    where: str  # the file and line, as printed
    reason: str


@dataclass
class BulkResult:
    total: int = 0  # records in the source
    already: int = 0  # records a previous run had done
    imported: int = 0  # cases created or merged by this run
    skipped: list[BadRecord] = field(default_factory=list)  # left out (``skip_bad``)
    batches: int = 0
    finished: bool = False


class BulkImportFailed(InvalidInput):
    """A batch had bad records: nothing of it was written; earlier batches were (and are resumed from)."""

    def __init__(self, message: str, bad: list[BadRecord], result: BulkResult) -> None:
        super().__init__(message)
        self.bad = bad
        self.result = result


@dataclass(frozen=True)
class _Record:
    line: int
    where: str
    raw: bytes  # what the progress digest covers
    doc: dict[str, Any] | None
    error: str | None = None
    fresh_reference: bool = False  # made from a row: gets the next reference of this vault


# --- the mapping ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    name: str
    to: str
    values: Mapping[str, Any]
    split: str | None
    date_format: str | None


@dataclass(frozen=True)
class ColumnMapping:
    template: Template
    columns: tuple[_Column, ...]
    title: str
    tags: tuple[str, ...]
    urgency: str
    text: bytes  # as read: part of what identifies the import


def load_mapping(path: Path, store: CaseStore) -> ColumnMapping:
    """A column mapping from a JSON or TOML file, checked against its template."""
    data = _read_bounded(path, MAX_MAPPING_BYTES, "The mapping")
    try:
        text = data.decode("utf-8")
        raw = jsonlimits.loads_bounded(text, tomllib.loads if path.suffix.lower() == ".toml" else json.loads)
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"The mapping {path.name} is not UTF-8 text.") from exc
    except jsonlimits.TooDeep as exc:
        raise InvalidInput(f"The mapping {path.name} is {exc}.") from None
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        raise InvalidInput(f"The mapping {path.name} is not valid {'TOML' if path.suffix.lower() == '.toml' else 'JSON'}:"
                           f" {str(exc).splitlines()[0][:200]}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("template"), str) or not isinstance(raw.get("columns"), dict):
        raise InvalidInput(f"The mapping {path.name} needs a \"template\" (an id) and \"columns\" (column -> target).")
    try:
        version = raw.get("version")
        template = (store.templates.get(raw["template"], version) if isinstance(version, int)
                    else store.templates.latest(raw["template"]))
    except (NotFound, KeyError) as exc:
        raise InvalidInput(f"The mapping names the unknown template {str(raw['template'])[:80]!r}.") from exc
    fields = {f.id: f for f in template.fields}
    columns = []
    for name, spec in raw["columns"].items():
        spec = {"to": spec} if isinstance(spec, str) else spec
        if not isinstance(spec, dict) or not isinstance(spec.get("to"), str):
            raise InvalidInput(f"The mapping of column {name[:80]!r} needs a target (\"to\").")
        to = spec["to"]
        if to not in _CASE_TARGETS and not (to.startswith("answers.") and to[8:] in fields):
            raise InvalidInput(f"The mapping of column {name[:80]!r} names {to[:80]!r}, which is neither a case field"
                               f" ({', '.join(_CASE_TARGETS)}) nor answers.<a field of {template.id}>.")
        if to.startswith("answers.") and fields[to[8:]].type == "repeat":
            raise InvalidInput(f"Column {name[:80]!r}: a repeated group ({to[8:]}) cannot come from one cell.")
        values = spec.get("values", {})
        if not isinstance(values, dict):
            raise InvalidInput(f"The value map of column {name[:80]!r} must map cells to values.")
        split, date_format = spec.get("split"), spec.get("date_format")
        if (split is not None and not isinstance(split, str)) or (date_format is not None and not isinstance(date_format, str)):
            raise InvalidInput(f"Column {name[:80]!r}: split and date_format are text.")
        columns.append(_Column(str(name), to, values, split or None, date_format))
    tags = raw.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise InvalidInput("The mapping's tags are a list of text.")
    return ColumnMapping(template, tuple(columns), str(raw.get("title", "Imported case, line {line}")), tuple(tags),
                    str(raw.get("urgency", "normal")), data)


def _cell(column: _Column, template: Template, cell: str) -> Any:
    value: Any = cell.strip()
    if column.split is not None:
        items = [v.strip() for v in value.split(column.split) if v.strip()]
        return [column.values.get(v, v) for v in items]
    if value in column.values:
        return column.values[value]
    kind = template.field(column.to[8:]).type if column.to.startswith("answers.") else "text"
    if column.date_format and kind in ("date", "datetime"):
        try:
            parsed = datetime.strptime(value, column.date_format)
        except ValueError as exc:
            raise InvalidInput(f"{value[:40]!r} is not a date as {column.date_format}.") from exc
        if kind == "date":
            return parsed.date().isoformat()
        return parsed.replace(tzinfo=parsed.tzinfo or timezone.utc).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if kind == "yes_no":
        lowered = value.lower()
        if lowered in ("yes", "true", "1", "да", "иә", "так"):
            return True
        if lowered in ("no", "false", "0", "нет", "жоқ", "ні"):
            return False
    if kind == "number":
        try:
            return int(value) if value.lstrip("-").isdigit() else float(value)
        except ValueError:
            return value  # the template's check names it
    if kind == "multi_choice":
        return [v for v in value.split() if v]  # KoboToolbox/ODK write several choices separated by spaces
    return value


def _row_doc(mapping: ColumnMapping, row: Mapping[str, str], key: str, line: int) -> dict[str, Any]:
    now = utc_now()
    case: dict[str, Any] = {"urgency": mapping.urgency, "status": "open", "notes": "", "tags": list(mapping.tags)}
    answers: dict[str, Any] = {}
    for column in mapping.columns:
        cell = row.get(column.name) or ""
        if not cell.strip():
            continue
        try:
            value = _cell(column, mapping.template, cell)
        except InvalidInput as exc:
            raise InvalidInput(f"column {column.name[:80]!r}: {exc}") from None
        if column.to.startswith("answers."):
            answers[column.to[8:]] = value
        elif column.to == "tags":
            case["tags"] += value if isinstance(value, list) else [value]
        else:
            case[column.to] = value
    if "title" not in case:
        cells = {k: (v or "").strip() for k, v in row.items() if isinstance(k, str)} | {"line": str(line)}
        # Plain substitution, not str.format: a pattern could reach attributes of the cells.
        case["title"] = _PLACEHOLDER.sub(lambda m: cells.get(m.group(1), ""), mapping.title).strip()[:500] or f"Line {line}"
    case_id = str(uuid.uuid5(_ID_NAMESPACE, key))
    return {
        "format": interchange.FORMAT, "id": case_id, "reference": "import", **case,
        "created_at": now, "updated_at": now, "people": [],
        "interviews": [{"id": str(uuid.uuid5(_ID_NAMESPACE, key + "|interview")),
                        "template": {"id": mapping.template.id, "version": mapping.template.version},
                        "status": "draft", "answers": answers, "created_at": now, "updated_at": now}],
        "deadlines": [], "attachments": [], "redaction_marks": [],
    }


# --- reading sources -----------------------------------------------------------------------


def _read_bounded(path: Path, limit: int, what: str) -> bytes:
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except FileNotFoundError as exc:
        raise NotFound(f"No file {path}.") from exc
    except IsADirectoryError as exc:
        raise InvalidInput(f"{what} {path} is a folder, not a file.") from exc
    if len(data) > limit:
        raise InvalidInput(f"{what} {path.name} is larger than {limit >> 10} KiB; refused.")
    return data


def _lines(f: BinaryIO, name: str) -> Iterator[tuple[int, bytes]]:
    """Numbered physical lines, each bounded; the file as a whole bounded too."""
    total = 0
    number = 0
    while True:
        line = f.readline(MAX_RECORD_BYTES + 1)
        if not line:
            return
        number += 1
        total += len(line)
        if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
            raise InvalidInput(f"{name}: line {number} is longer than {MAX_RECORD_BYTES >> 20} MiB; refused.")
        if total > MAX_SOURCE_BYTES:
            raise InvalidInput(f"{name} is larger than {MAX_SOURCE_BYTES >> 20} MiB; refused.")
        yield number, line


def _jsonl_records(path: Path) -> Iterator[_Record]:
    with _open(path) as f:
        for number, line in _lines(f, path.name):
            if not line.strip():
                continue
            yield _doc_record(number, f"{path.name}:{number}", line)


def _doc_record(line: int, where: str, raw: bytes, data: bytes | None = None) -> _Record:
    try:
        text = (raw if data is None else data).decode("utf-8")
    except UnicodeDecodeError as exc:
        return _Record(line, where, raw, None, f"not UTF-8 text (byte {exc.start + 1})")
    try:
        doc = interchange.parse(text, "the record")
    except InvalidInput as exc:
        return _Record(line, where, raw, None, str(exc))
    return _Record(line, where, raw, doc if isinstance(doc, dict) else {"_not_an_object": doc})


def _folder_records(path: Path) -> Iterator[_Record]:
    names = sorted(p for p in path.iterdir() if p.suffix.lower() == ".json" and p.is_file())
    if len(names) > MAX_RECORDS:
        raise InvalidInput(f"{path.name} holds more than {MAX_RECORDS} case files; import it in parts.")
    for number, file in enumerate(names, start=1):
        with _open(file) as f:
            data = f.read(MAX_RECORD_BYTES + 1)
        if len(data) > MAX_RECORD_BYTES:
            yield _Record(number, file.name, file.name.encode() + b"\0" + data[:64],
                          None, f"larger than {MAX_RECORD_BYTES >> 20} MiB; refused")
            continue
        yield _doc_record(number, file.name, file.name.encode() + b"\0" + data, data)


def _csv_records(path: Path, mapping: ColumnMapping, key: str) -> Iterator[_Record]:
    csv.field_size_limit(MAX_RECORD_BYTES)
    with _open(path) as f:
        numbered = _lines(f, path.name)
        starts: list[int] = []
        current: list[bytes] = []

        def text_lines() -> Iterator[str]:
            for number, line in numbered:
                if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]  # a spreadsheet's byte order mark
                try:
                    text = line.decode("utf-8")
                except UnicodeDecodeError as exc:
                    raise InvalidInput(f"{path.name}: line {number} is not UTF-8 text (byte {exc.start + 1} of the"
                                       " line); save the sheet as UTF-8 CSV. Nothing of this batch was written.") from exc
                starts.append(number)
                current.append(line)
                yield text

        reader = csv.reader(text_lines())
        try:
            header = next(reader)
        except StopIteration:
            raise InvalidInput(f"{path.name} is empty.") from None
        except csv.Error as exc:
            raise InvalidInput(f"{path.name}: line 1: {exc}.") from exc
        missing = [c.name for c in mapping.columns if c.name not in header]
        if missing:
            raise InvalidInput(f"{path.name} has no column {missing[0][:80]!r}, which the mapping names.")
        while True:
            starts.clear()
            current.clear()
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                line = starts[0] if starts else 0
                yield _Record(line, f"{path.name}:{line}", b"".join(current), None, str(exc))
                continue
            line = starts[0]
            raw = b"".join(current)
            where = f"{path.name}:{line}"
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                yield _Record(line, where, raw, None, f"{len(row)} cells where the header has {len(header)}")
                continue
            try:
                doc = _row_doc(mapping, dict(zip(header, row)), f"{key}|{hashlib.sha256(raw).hexdigest()}|{line}", line)
            except InvalidInput as exc:
                yield _Record(line, where, raw, None, str(exc))
                continue
            yield _Record(line, where, raw, doc, fresh_reference=True)


def _open(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")
    except FileNotFoundError as exc:
        raise NotFound(f"No file {path}.") from exc
    except IsADirectoryError as exc:
        raise InvalidInput(f"{path} is a folder; a folder of case files is imported as it is.") from exc


# --- progress markers (this module's own table) --------------------------------------------


def _marker(tx: Transaction, key: str) -> tuple[int, str, bool] | None:
    row = tx.execute("SELECT done, done_digest, finished FROM bulk_imports WHERE source_key = ?", (key,)).fetchone()
    return (int(row[0]), str(row[1]), bool(row[2])) if row is not None else None


def _save_marker(tx: Transaction, key: str, name: str, done: int, digest: str, imported: int, skipped: int,
                 finished: bool) -> None:
    now = utc_now()
    tx.execute(
        "INSERT INTO bulk_imports (source_key, source_name, done, done_digest, imported, skipped, finished,"
        " started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_key) DO UPDATE SET"
        " done = excluded.done, done_digest = excluded.done_digest, imported = imported + excluded.imported,"
        " skipped = skipped + excluded.skipped, finished = excluded.finished, updated_at = excluded.updated_at",
        (key, name, done, digest, imported, skipped, int(finished), now, now),
    )


# --- the import ----------------------------------------------------------------------------


def import_many(
    store: CaseStore,
    source: Path,
    *,
    mapping: Path | None = None,
    skip_bad: bool = False,
    batch: int = BATCH,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> BulkResult:
    """Import every case of ``source`` (a folder, ``.jsonl`` or, with ``mapping``, ``.csv``), batch by batch.

    Raises ``BulkImportFailed`` naming the bad records of the first batch that had any (without
    ``skip_bad``); what was committed before stays, and running the same call again continues.
    """
    if not 1 <= batch <= MAX_BATCH:
        raise InvalidInput(f"A batch is 1 to {MAX_BATCH} cases.")
    records, key = _source(store, source, mapping)
    result = BulkResult()
    with store.vault.transaction() as tx:
        marker = _marker(tx, key)
        tx.audit("case.bulk_import_started", "import", key[:16], {"source": source.name,
                                                                   "resumed_at": marker[0] if marker else 0})
    already, expected, _ = marker or (0, "", False)
    running = hashlib.sha256()
    pending: list[_Record] = []
    total_hint = _count_hint(source, mapping)
    position = 0
    for record in _bounded(records, source.name):
        position += 1
        if position <= already:
            running.update(hashlib.sha256(record.raw).digest())
            if position == already and running.hexdigest() != expected:
                raise InvalidInput(f"{source.name} changed in the part already imported (its first {already}"
                                   " records): nothing more was imported. Import the changed file under a new name.")
            result.already += 1
            continue
        pending.append(record)
        if len(pending) >= batch:
            _commit(store, key, source.name, pending, running, position, skip_bad, result)
            pending = []
            if progress is not None:
                progress(position, max(total_hint, position))
            if cancel is not None and cancel():
                raise Cancelled(f"Cancelled after {position} records; running the same import again continues.")
    if already and position < already:
        raise InvalidInput(f"{source.name} holds fewer records ({position}) than a previous run imported ({already}).")
    if pending or marker is None or not marker[2]:  # a finished import run again writes nothing more
        _commit(store, key, source.name, pending, running, position, skip_bad, result, finished=True)
    result.total = position
    result.finished = True
    if progress is not None:
        progress(position, position)
    return result


def _bounded(records: Iterable[_Record], name: str) -> Iterator[_Record]:
    for count, record in enumerate(records, start=1):
        if count > MAX_RECORDS:
            raise InvalidInput(f"{name} holds more than {MAX_RECORDS} records; import it in parts.")
        yield record


def _count_hint(source: Path, mapping: Path | None) -> int:
    """Roughly how many records (for progress only): lines, or files of a folder."""
    try:
        if source.is_dir():
            return sum(1 for p in source.iterdir() if p.suffix.lower() == ".json")
        with open(source, "rb") as f:
            return max(0, sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b"")) - (mapping is not None))
    except OSError:
        return 0


def _source(store: CaseStore, source: Path, mapping: Path | None) -> tuple[Iterator[_Record], str]:
    """The records and the key the import's progress is kept under (the source's name and its mapping)."""
    if not source.exists():
        raise NotFound(f"No file or folder {source}.")
    name = str(source.resolve())
    if source.is_dir():
        if mapping is not None:
            raise InvalidInput("A mapping is for a CSV file; a folder holds case JSON files.")
        return _folder_records(source), _key("folder", name, b"")
    if source.stat().st_size > MAX_SOURCE_BYTES:
        raise InvalidInput(f"{source.name} is larger than {MAX_SOURCE_BYTES >> 20} MiB; refused.")
    if source.suffix.lower() == ".csv" or mapping is not None:
        if mapping is None:
            raise InvalidInput("A CSV file needs a column mapping (--mapping FILE.json or .toml).")
        loaded = load_mapping(mapping, store)
        # Cases are named by the mapping and the row's content and line, not by where the file is: the same
        # file imported again from elsewhere meets its cases here (merged, unchanged), not copies of them.
        return _csv_records(source, loaded, hashlib.sha256(loaded.text).hexdigest()), _key("csv", name, loaded.text)
    return _jsonl_records(source), _key("jsonl", name, b"")


def _key(kind: str, name: str, mapping: bytes) -> str:
    return hashlib.sha256(f"{kind}\0{name}\0".encode() + mapping).hexdigest()


def _commit(store: CaseStore, key: str, name: str, records: list[_Record], running: Any, position: int,
            skip_bad: bool, result: BulkResult, *, finished: bool = False) -> None:
    """Check every record of the batch, then write the good ones and the marker in one unit."""
    checked: list[tuple[_Record, dict[str, Any]]] = []
    bad: list[BadRecord] = []
    for record in records:
        if record.doc is None:
            bad.append(BadRecord(record.line, record.where, (record.error or "unreadable").rstrip(".")))
            continue
        try:
            checked.append((record, interchange.validate(record.doc, store.templates)))
        except FieldintakeError as exc:
            bad.append(BadRecord(record.line, record.where, str(exc).rstrip(".")))
    if bad and not skip_bad:
        shown = "; ".join(f"{b.where}: {b.reason}" for b in bad[:3])
        more = f" (and {len(bad) - 3} more)" if len(bad) > 3 else ""
        raise BulkImportFailed(
            f"{len(bad)} bad record(s) in the batch from {records[0].where}: {shown}{more}. Nothing of this batch"
            " was written; fix them (or use --skip-bad) and run the same import again to continue.", bad[:MAX_REPORTED],
            result)
    for record in records:  # on a failure below the import stops: the digest is not used again
        running.update(hashlib.sha256(record.raw).digest())
    with store.change("case.bulk_imported", importing=True, origin=f"bulk:{name}") as uow:
        for record, doc in checked:
            if record.fresh_reference:  # a spreadsheet row: numbered like a case made here
                doc["reference"] = next_reference(store.vault, uow.tx)
            try:
                interchange.import_case(store, doc, origin=f"file:{name}", audited=False, validated=True)
            except FieldintakeError as exc:  # an id taken by another case here: known only when writing
                raise BulkImportFailed(f"{record.where}: {exc} Nothing of this batch was written.",
                                       [BadRecord(record.line, record.where, str(exc))], result) from exc
        _save_marker(uow.tx, key, name, position, running.hexdigest(), len(checked), len(bad), finished)
        uow.audit("case.bulk_imported", "import", key[:16],
                  {"source": name, "cases": len(checked), "skipped": len(bad),
                   "lines": [records[0].line, records[-1].line] if records else [], "done": position})
    result.imported += len(checked)
    result.skipped += bad
    result.batches += 1
