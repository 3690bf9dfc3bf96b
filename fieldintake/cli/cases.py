"""CLI commands for cases, attachments, search, deadlines and templates."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldintake.app import interchange, languages
from fieldintake.cli import prompts
from fieldintake.app.attachments import display_name
from fieldintake.app.photometa import read_metadata
from fieldintake.app.clock import local_display
from fieldintake.app.model import STATUSES, URGENCIES, Attachment, CaseSummary
from fieldintake.app.terminal import field
from fieldintake.errors import InvalidInput, NotFound

if TYPE_CHECKING:
    from fieldintake.app.users import Session
    from fieldintake.cli.commands import Context


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def _summary_doc(s: CaseSummary) -> dict[str, Any]:
    return {"id": s.id, "reference": s.reference, "title": s.title, "client": s.client_name, "status": s.status,
            "urgency": s.urgency, "tags": list(s.tags), "next_due": s.next_due, "updated_at": s.updated_at}


def _summary_line(s: CaseSummary) -> str:
    due = s.next_due or "-"
    return "\t".join(field(v) for v in (s.reference, s.urgency, s.status, due, s.title, s.client_name, s.id))


def cmd_case_new(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        case = session.cases.create(args.title, urgency=args.urgency, tags=args.tag or ())
        if args.template:
            session.cases.add_interview(case.id, args.template)
        _out(case.id)
        sys.stderr.write(f"Created case {case.reference}.\n")
    return 0


def cmd_case_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        rows = session.cases.list(status=args.status, urgency=args.urgency, tag=args.tag,
                                  due_within_days=args.due_within, limit=args.limit)
    if args.json:
        _json([_summary_doc(r) for r in rows])
    else:
        for r in rows:
            _out(_summary_line(r))
    return 0


def cmd_case_show(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        case = session.cases.get(args.case)
        if args.json:
            _json(interchange.to_doc(case))
            return 0
        _out(f"{field(case.reference)}  {field(case.title)}")
        _out(f"  id:       {case.id}")
        _out(f"  status:   {case.status}    urgency: {case.urgency}    tags: {field(', '.join(case.tags)) or '-'}")
        _out(f"  client:   {field(case.client_name) or '-'}")
        _out(f"  created:  {local_display(case.created_at)}    changed: {local_display(case.updated_at)}")
        for p in case.people:
            _out(f"  person:   {p.role}: {field(' / '.join(p.all_names))}")
        for i in case.interviews:
            _out(f"  interview {i.id[:8]}: {field(i.template_id)} v{i.template_version}, {i.status}, {len(i.answers)} answers")
        for d in case.deadlines:
            _out(f"  deadline: {d.due}  {field(d.kind)}: {field(d.title)}{'  (done)' if d.done else ''}")
        for a in case.attachments:
            _out(f"  attachment {a.id[:8]}: {display_name(a.file_name)} ({a.media_type}, {a.size} bytes, sha256 {a.sha256})")
        if case.notes:
            _out("  notes:")
            for line in case.notes.splitlines():
                _out("    " + line)
    return 0


def cmd_case_import(args: argparse.Namespace, ctx: Context) -> int:
    path = Path(args.file)
    if args.file != "-" and (path.is_dir() or path.suffix.lower() in (".jsonl", ".csv") or args.mapping):
        return _bulk_import(args, ctx, path)
    try:
        text = sys.stdin.buffer.read() if args.file == "-" else path.read_bytes()
    except FileNotFoundError as exc:
        raise NotFound(f"No file {path}.") from exc
    doc = interchange.parse(text, "stdin" if args.file == "-" else str(path))
    with ctx.open_session() as session:
        result = interchange.import_case(session.cases, doc, origin=f"file:{path.name}")
    _out(result.case_id)
    if result.created:
        sys.stderr.write(f"Imported case {field(result.reference)}.\n")
    else:
        sys.stderr.write(f"Case {field(result.reference)} already existed: merged; {len(result.changed)} item(s) changed,"
                         f" {len(result.conflicts)} in conflict (see 'case conflicts').\n")
        for path_ in result.changed:
            sys.stderr.write(f"  {field(path_)}\n")
    return 0


def _bulk_import(args: argparse.Namespace, ctx: Any, path: Path) -> int:
    from fieldintake.app import bulkimport

    def progress(done: int, total: int) -> None:
        sys.stderr.write(f"\r{done}/{total} records" if sys.stderr.isatty() else "")

    with ctx.open_session() as session:
        result = bulkimport.import_many(session.cases, path, mapping=Path(args.mapping) if args.mapping else None,
                                        skip_bad=args.skip_bad, batch=args.batch, progress=progress)
    for bad in result.skipped:
        sys.stderr.write(f"skipped {field(bad.where)}: {field(bad.reason)}\n")
    resumed = f" (continued after {result.already} already imported)" if result.already else ""
    sys.stderr.write(f"Imported {result.imported} case(s) from {field(path.name)} in {result.batches} batch(es){resumed};"
                     f" {len(result.skipped)} bad record(s) skipped.\n")
    return 0


def cmd_case_export(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        case = session.cases.get(args.case)
        sys.stdout.write(interchange.dumps(interchange.export_doc(session.cases, args.case)))
        sys.stdout.flush()  # written (a closed pipe raises here): only then audited
        with session.vault.transaction() as tx:
            tx.audit("case.exported", "case", case.id, {"format": "interchange-json"})
    return 0


def cmd_case_history(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        history = session.cases.history(args.case)
    for r in reversed(history):
        origin = f"  (from {field(r.origin)})" if r.origin else ""
        _out(f"{local_display(r.ts)}\t{field(r.author)}\t{r.object_type}\t{field(r.path)}{origin}")
        if args.values:
            _out(f"    was: {json.dumps(r.old, ensure_ascii=False)}")
            _out(f"    now: {json.dumps(r.new, ensure_ascii=False)}")
    return 0


def cmd_attach_add(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        a = session.attachments.add(args.case, Path(args.file), sensitivity=args.sensitivity,
                                    description=args.description or "")
    _out(a.id)
    sys.stderr.write(f"Added {display_name(a.file_name)} ({a.size} bytes, sha256 {a.sha256}).\n")
    if a.media_type.startswith("image/"):
        with open(args.file, "rb") as source:
            meta = read_metadata(source)
        if meta is not None:
            sys.stderr.write(f"This photo records: {meta.summary()}.\n")
            if meta.reveals_place:
                sys.stderr.write("Warning: its GPS position shows where it was taken; the case file lists it and "
                                 "keeps the photo unchanged.\n")
    return 0


def cmd_attach_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        for a in session.attachments.list(args.case):
            _out(f"{a.id}\t{display_name(a.file_name)}\t{a.media_type}\t{a.size}\t{a.sensitivity}\t{a.sha256}\t{local_display(a.imported_at)}")
    return 0


def cmd_attach_get(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        session.cases.resolve(args.case)
        attachment, case_id = session.attachments.get(args.attachment)
        if case_id != session.cases.resolve(args.case):
            raise NotFound(f"Attachment '{args.attachment}' is not part of case '{args.case}'.")
        written = session.attachments.save_copy(attachment.id, Path(args.output))
    sys.stderr.write(f"Saved {written} (SHA-256 verified: {attachment.sha256}).\n")
    return 0


# --- attach remove / replace (branch attach-people) ---------------------------------------------

def _attachment_of(session: Session, case_ref: str, attachment_ref: str) -> Attachment:
    attachment, case_id = session.attachments.get(attachment_ref)
    if case_id != session.cases.resolve(case_ref):
        raise NotFound(f"Attachment '{attachment_ref}' is not part of case '{case_ref}'.")
    return attachment


def _confirmed(args: argparse.Namespace, question: str) -> None:
    if not args.yes and not prompts.confirm(f"{question} Type yes to confirm:", "yes"):
        raise InvalidInput("Not confirmed: nothing was changed.")


def cmd_attach_remove(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        a = _attachment_of(session, args.case, args.attachment)
        _confirmed(args, f"Remove {display_name(a.file_name)} (sha256 {a.sha256}) and shred its file?")
        session.attachments.remove(a.id)
    sys.stderr.write(f"Removed {display_name(a.file_name)}: its file is shredded; history keeps its SHA-256 "
                     f"{a.sha256}.\n")
    return 0


def cmd_attach_replace(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        old = _attachment_of(session, args.case, args.attachment)
        _confirmed(args, f"Replace {display_name(old.file_name)} by {display_name(Path(args.file).name)} and shred "
                         "the old file?")
        new = session.attachments.replace(old.id, Path(args.file)).value
    _out(new.id)
    sys.stderr.write(f"Replaced {display_name(old.file_name)} by {display_name(new.file_name)} ({new.size} bytes, "
                     f"sha256 {new.sha256}); the old file is shredded, history keeps its SHA-256 {old.sha256}.\n")
    return 0


def register_attach_removal(attach_sub: Any, add: Callable[..., argparse.ArgumentParser]) -> None:
    """``attach remove`` and ``attach replace``: self-contained, to move with the ``attach`` commands."""
    p = add("remove", cmd_attach_remove, "remove an attachment (its file is shredded; history keeps its hash)",
            attach_sub)
    p.add_argument("case", metavar="CASE")
    p.add_argument("attachment", metavar="ATTACHMENT")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = add("replace", cmd_attach_replace,
            "a new version of an attachment from FILE, keeping its description and sensitivity (prints its id)",
            attach_sub)
    p.add_argument("case", metavar="CASE")
    p.add_argument("attachment", metavar="ATTACHMENT")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    query = " ".join(args.query)
    with ctx.open_session() as session:
        hits = session.cases.search(query, limit=args.limit, status=args.status, urgency=args.urgency, tag=args.tag,
                                    due_within_days=args.due_within)
    if args.json:
        _json([_summary_doc(h.case) | {"score": h.score, "where": h.where, "snippet": h.snippet} for h in hits])
    else:
        for h in hits:
            _out(_summary_line(h.case))
            if h.snippet:
                _out(f"    {field(h.where)}: {field(h.snippet)}")
    return 0


def cmd_deadlines(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        items = session.cases.upcoming_deadlines(args.days)
    if args.json:
        _json([{"case": i.case_id, "reference": i.reference, "urgency": i.urgency, "due": i.deadline.due,
                "kind": i.deadline.kind, "title": i.deadline.title} for i in items])
    else:
        for i in items:
            _out("\t".join(field(v) for v in (i.deadline.due, i.reference, i.deadline.kind, i.deadline.title, i.case_title)))
    return 0


def cmd_template_list(args: argparse.Namespace, ctx: Context) -> int:
    from fieldintake.app.templates import TemplateRegistry

    registry = TemplateRegistry(ctx.home.templates_dir)
    for t in registry.all():
        _out(f"{t.id}\tv{t.version}\t{t.title.get(args.lang)}")
    for problem in registry.problems:
        sys.stderr.write(f"fieldintake: skipped a template: {problem}\n")
    return 0


def cmd_template_show(args: argparse.Namespace, ctx: Context) -> int:
    from fieldintake.app.templates import TemplateRegistry

    registry = TemplateRegistry(ctx.home.templates_dir)
    t = registry.get(args.id, args.version) if args.version else registry.latest(args.id)
    _out(f"{t.id} v{t.version}: {t.title.get(args.lang)}")
    for section in t.sections:
        _out(f"\n[{section.id}] {section.label.get(args.lang)}")
        for path, f in _fields(section.fields):
            flags = [f.type, f.sensitivity] + (["required"] if f.required else []) + (
                [f"deadline:{f.deadline}"] if f.deadline else [])
            _out(f"  {path:<40} {f.label.get(args.lang)}  ({', '.join(flags)})")
    return 0


def _fields(fields: Any, prefix: str = "") -> Any:
    for f in fields:
        yield prefix + f.id, f
        if f.fields:
            yield from _fields(f.fields, prefix + f.id + "[].")


def register(sub: Any, add: Any, common: argparse.ArgumentParser) -> None:
    case = sub.add_parser("case", help="create, list, show, import and export cases", parents=[common])
    case_sub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    p = add("new", cmd_case_new, "create a case (prints its id)", case_sub)
    p.add_argument("--title", required=True)
    p.add_argument("--urgency", choices=URGENCIES, default="normal")
    p.add_argument("--tag", action="append", help="a tag (repeat for several)")
    p.add_argument("--template", help="also start an interview with this template (e.g. deportation-risk)")
    p = add("list", cmd_case_list, "list cases, most urgent first", case_sub)
    _filter_options(p)
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true")
    p = add("show", cmd_case_show, "show a case (ID: UUID, unique prefix or reference)", case_sub)
    p.add_argument("case", metavar="ID")
    p.add_argument("--json", action="store_true", help="the fieldintake.case/2 document (without ancestry)")
    p = add("import", cmd_case_import, "import a case from fieldintake.case/2 or /1 JSON, merged into the case if it exists (prints its id)", case_sub)
    p.add_argument("file", metavar="FILE.json", help="a file, or - for standard input; a folder of case files, a"
                   " .jsonl file (one case a line) or a .csv file (with --mapping) imports many, in batches")
    p.add_argument("--mapping", metavar="MAP.json|MAP.toml", help="for a CSV: which column goes to which answer")
    p.add_argument("--skip-bad", action="store_true", help="leave out bad records (reported) instead of stopping")
    p.add_argument("--batch", type=int, default=500, help="cases per transaction (default 500)")
    p = add("export", cmd_case_export, "write a case as fieldintake.case/2 JSON (with its ancestry) to standard output", case_sub)
    p.add_argument("case", metavar="ID")
    p = add("history", cmd_case_history, "every change to a case, oldest first", case_sub)
    p.add_argument("case", metavar="ID")
    p.add_argument("--values", action="store_true", help="also print the old and new values")

    attach = sub.add_parser("attach", help="attachments of a case", parents=[common])
    attach_sub = attach.add_subparsers(dest="attach_command", metavar="ACTION", required=True)
    p = add("add", cmd_attach_add, "encrypt a file into the case (prints the attachment id)", attach_sub)
    p.add_argument("case", metavar="CASE")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sensitivity", choices=("identifying", "sensitive", "shareable"), default="identifying")
    p.add_argument("--description")
    p = add("list", cmd_attach_list, "list a case's attachments", attach_sub)
    p.add_argument("case", metavar="CASE")
    p = add("get", cmd_attach_get, "save a verified copy of an attachment", attach_sub)
    p.add_argument("case", metavar="CASE")
    p.add_argument("attachment", metavar="ATTACHMENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    register_attach_removal(attach_sub, add)

    p = add("search", cmd_search, "full-text search across cases (any script, any word form)", sub)
    p.add_argument("query", nargs="+")
    _filter_options(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")

    p = add("deadlines", cmd_deadlines, "upcoming deadlines and hearings across open cases, soonest first", sub)
    p.add_argument("--days", type=int, help="only those due within N days (overdue ones always show)")
    p.add_argument("--json", action="store_true")

    template = sub.add_parser("template", help="interview templates", parents=[common])
    template_sub = template.add_subparsers(dest="template_command", metavar="ACTION", required=True)
    p = add("list", cmd_template_list, "list the templates available", template_sub)
    p.add_argument("--lang", default="en")
    p = add("show", cmd_template_show, "show a template's sections and fields", template_sub)
    p.add_argument("id")
    p.add_argument("--version", type=int)
    p.add_argument("--lang", default="en")


def _filter_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--urgency", choices=URGENCIES)
    p.add_argument("--tag")
    p.add_argument("--due-within", type=int, metavar="DAYS", help="only cases with a deadline within N days")



