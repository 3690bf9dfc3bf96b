"""CLI commands for what arrives from others: conflicts, held updates, and what left the vault (ledger)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TYPE_CHECKING

from fieldintake.app import conflicts
from fieldintake.app.clock import local_display
from fieldintake.errors import InvalidInput

if TYPE_CHECKING:
    from fieldintake.cli.commands import Context

MAX_SHOWN = 400


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _safe(value: Any, limit: int = MAX_SHOWN) -> str:
    """A value from someone else's bundle, on one line and without terminal controls."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)
    return text if len(text) <= limit else text[:limit] + "…"


def _when(at: str) -> str:
    try:
        return local_display(at)
    except ValueError:
        return _safe(at, 40)


def cmd_case_conflicts(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        found = conflicts.unresolved(session.cases, args.case)
        held = conflicts.held(session.cases, args.case)
        diffs = {h.id: conflicts.held_diff(session.cases, h.id) for h in held}
    if not found:
        _out("No unresolved conflicts.")
    for c in found:
        _out(c.unit)
        for n, v in enumerate(c.versions, 1):
            shown = "(removed)" if v.value is None else _safe(v.value)
            _out(f"  {n}. {shown}\n     by {_safe(v.who or '?', 80)} ({_safe(v.by, 40)}), {_when(v.at)}")
    for h in held:
        _out(f"Held update {h.id}: from {_safe(h.sender_name, 80)} ({h.sender}), {_when(h.at)}: {h.reason}."
             f" It would change:")
        for d in diffs[h.id]:
            _out(f"  {d.unit}\n    here:   {'(none)' if d.ours is None else _safe(d.ours)}"
                 f"\n    theirs: {'(none)' if d.theirs is None else _safe(d.theirs)}")
        _out(f"  Accept it (merged, two-sided changes become conflicts): fieldintake case accept {h.id}")
    return 0


def cmd_case_resolve(args: argparse.Namespace, ctx: Context) -> int:
    value: Any = conflicts._MISSING
    if args.value is not None:
        try:
            value = json.loads(args.value)
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"--value must be JSON (a text in quotes: '\"…\"'): {exc.msg}.") from exc
    with ctx.open_session() as session:
        kept = conflicts.resolve(session.cases, args.case, args.item, keep=args.keep, value=value)
    _out(f"Resolved {args.item}: {_safe(kept)}")
    return 0


def cmd_case_accept(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        result, left_out = conflicts.accept_held(session.cases, args.held)
    _out(f"{result.reference}\t{result.status}: {len(result.changed)} item(s) changed,"
         f" {len(result.conflicts)} in conflict\t{result.case_id}")
    for name in left_out:
        sys.stderr.write(f"Attachment not included (ask the sender to send it again): {_safe(name, 120)}\n")
    return 0


def cmd_case_ledger(args: argparse.Namespace, ctx: Context) -> int:
    from fieldintake.app import ledger

    with ctx.open_session() as session:
        entries = ledger.of_case(session.vault, session.cases.resolve(args.case))
    if not entries:
        _out("Nothing of this case has left the vault.")
    for e in entries:
        ack = f"acknowledged {_when(e.acknowledged_at)}" if e.acknowledged_at else "not acknowledged"
        what = e.kind + (f" for {e.audience}" if e.audience else "") + f" ({e.redaction})"
        _out(f"{_when(e.at)}\t{what}\tto {_safe(e.recipients or '-', 200)}\t{ack}\t{e.bundle_id or e.sha256[:16]}")
    return 0


def _case_actions(sub: Any) -> Any:
    """The ``case`` command's sub-commands (made by cli_cases), to add to."""
    case = sub.choices["case"]
    return next(a for a in case._actions if isinstance(a, argparse._SubParsersAction))


def register(sub: Any, add: Any, common: argparse.ArgumentParser) -> None:
    actions = _case_actions(sub)
    p = add("conflicts", cmd_case_conflicts, "items changed on two sides, with each value, who and when", actions)
    p.add_argument("case", metavar="CASE")
    p = add("resolve", cmd_case_resolve, "settle a conflict: keep one version or give the value", actions)
    p.add_argument("case", metavar="CASE")
    p.add_argument("item", metavar="ITEM", help="as listed by 'case conflicts' (e.g. title, interviews/<id>/answers/narrative)")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--keep", type=int, metavar="N", help="keep version N as listed")
    group.add_argument("--value", metavar="JSON", help="an edited value, as JSON")
    p = add("accept", cmd_case_accept, "merge an update held from someone the case was not exchanged with", actions)
    p.add_argument("held", type=int, metavar="HELD_ID", help="as listed by 'case conflicts'")
    p = add("ledger", cmd_case_ledger, "what of a case left the vault, to whom, when, and whether acknowledged", actions)
    p.add_argument("case", metavar="CASE")
