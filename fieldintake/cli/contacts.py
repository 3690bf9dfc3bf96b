"""CLI commands for contacts, and the QR code of a contact card."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import Any, TYPE_CHECKING

import segno

from fieldintake.app.clock import local_display
from fieldintake.app.contacts import read_card_source
from fieldintake.app.terminal import field
from fieldintake.fsutil import atomic_write_bytes

if TYPE_CHECKING:
    from fieldintake.cli.commands import Context


def qr_png(text: str, scale: int = 4) -> bytes:
    """The QR code of ``text`` as PNG bytes, made in memory."""
    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def write_qr(text: str, path: str | Path) -> None:
    atomic_write_bytes(Path(path), qr_png(text), mode=0o644)


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def cmd_contact_add(args: argparse.Namespace, ctx: Context) -> int:
    source = read_card_source(args.card)
    with ctx.open_session() as session:
        contact = session.contacts.add(args.name, source)
    _out(f"Added {field(contact.name)}: fingerprint {contact.fingerprint} (unverified).")
    if not contact.can_verify:
        _out("A bare recipient: bundles to it are encrypted, but nothing can be verified as coming from it.")
    _out("Compare the fingerprint with them in person or aloud, then: fieldintake contact verify " + field(repr(contact.name)))
    return 0


def cmd_contact_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        for c in session.contacts.list():
            mark = "verified" if c.verified else "unverified"
            kind = "card" if c.can_verify else "recipient only"
            _out(f"{field(c.name)}\t{c.fingerprint}\t{mark}\t{kind}\t{local_display(c.added_at)}")
    return 0


def cmd_contact_verify(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        contact = session.contacts.get(args.name)
        if args.fingerprint and "".join(args.fingerprint.split()) != "".join(contact.fingerprint.split()):
            from fieldintake.errors import InvalidInput

            raise InvalidInput(f"The fingerprint you typed does not match {field(contact.name)}'s: not marked verified.")
        session.contacts.set_verified(args.name, not args.undo)
    _out(f"{field(contact.name)} is now marked {'unverified' if args.undo else 'verified'}.")
    return 0


def cmd_contact_remove(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        session.contacts.remove(args.name)
    _out(f"Removed {field(args.name)}.")
    return 0


def register(sub: Any, add: Any, common: argparse.ArgumentParser) -> None:
    contact = sub.add_parser("contact", help="the people you hand cases over to", parents=[common])
    contact_sub = contact.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    p = add("add", cmd_contact_add, "add a contact from a card (text, file or QR image) or a recipient", contact_sub)
    p.add_argument("name")
    p.add_argument("card", metavar="CARD_TEXT|FILE", help="card text, age1… or ssh-… recipient, a text file or a QR image")
    add("list", cmd_contact_list, "list contacts with their fingerprints", contact_sub)
    p = add("verify", cmd_contact_verify, "mark a contact verified after comparing the fingerprint", contact_sub)
    p.add_argument("name")
    p.add_argument("--fingerprint", help="the fingerprint they read out to you; checked before marking")
    p.add_argument("--undo", action="store_true", help="mark unverified again")
    p = add("remove", cmd_contact_remove, "remove a contact", contact_sub)
    p.add_argument("name")
