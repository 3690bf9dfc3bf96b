"""CLI commands for backups, restore and border mode (``backup …``, ``travel …``)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from fieldintake.app import backupsettings
from fieldintake.cli import prompts
from fieldintake.app.clock import local_display
from fieldintake.errors import BackupForged, BackupKeyMissing, InvalidInput
from fieldintake.exports import backup

if TYPE_CHECKING:
    from fieldintake.app.users import Session
    from fieldintake.cli.commands import Context

T = TypeVar("T")


def _out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def _target(args: argparse.Namespace, session: Session) -> Path:
    if args.output:
        return Path(args.output)
    folder = backupsettings.status(session.vault).folder
    if not folder:
        raise InvalidInput("Say where to write the backup: -o FILE (or set a backup folder: fieldintake backup remind --folder DIR).")
    # No user name in the file name: the file may travel.
    return Path(folder) / f"backup-{datetime.now(UTC):%Y%m%d-%H%M%S}{backup.EXTENSION}"


def _create(ctx: Context, session: Session, make: Callable[[], T]) -> T:
    """Run ``make()``; if the vault lacks its backup key, ask for the recovery key once and retry."""
    try:
        return make()
    except BackupKeyMissing:
        text = prompts.secret(prompts.RECOVERY_ENV, f"Recovery key for {session.name} (asked once, to set up backups): ")
        backup.learn_recovery_key(ctx.store, session, text)
        return make()


def cmd_backup_create(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        target = _target(args, session)
        result = _create(ctx, session, lambda: backup.create_backup(session, target, escrow=args.escrow or ()))
    _out(str(result.path))
    names = ", ".join(r.name or r.age for r in result.recipients[1:])
    sys.stderr.write(
        f"Backup {result.backup_id}: {result.attachments} attachment file(s), {result.size} bytes, "
        f"SHA-256 {result.sha256}. Opens with: {names}.\n"
    )
    return 0


def _key(args: argparse.Namespace) -> backup.BackupKey:
    if getattr(args, "identity", None):
        return backup.key_from_identity_file(Path(args.identity))
    return backup.key_from_recovery(prompts.secret(prompts.RECOVERY_ENV, "Recovery key: "))


def _describe(summary: backup.BackupSummary) -> None:
    m = summary.meta
    _out(f"Backup:      {summary.backup_id}, made {local_display(m.created_at)}")
    _out(f"User:        {m.user_name} ({m.display_name}), signed by fingerprint {summary.signer.fingerprint}")
    _out(f"Opens with:  {', '.join(summary.recipients)}")
    _out(f"Contents:    the vault (schema {m.schema_version}) and {summary.attachments} attachment file(s), {summary.size} bytes")


def cmd_backup_verify(args: argparse.Namespace, ctx: Context) -> int:
    if args.identity or args.recovery:
        summary = backup.verify_backup(Path(args.file), _key(args))
    else:
        with ctx.open_session() as session:
            own = backup.BackupKey(session.identity.age_identity, None, "own key")
            summary = backup.verify_backup(Path(args.file), own)
            if summary.signer.verify_key != session.identity.verify_key:
                raise BackupForged("This backup was not signed by your vault: refused.")
    _describe(summary)
    _out("Backup verified: decrypted to the end; signature and every file's SHA-256 match. Nothing was written.")
    return 0


def _restore(args: argparse.Namespace, ctx: Any, travel: bool) -> int:
    key = _key(args)
    new = prompts.new_secret(prompts.NEW_PASSPHRASE_ENV, "New passphrase: ")

    def confirm(question: str) -> bool:
        return bool(args.yes) or prompts.confirm(f"{question} Type 'replace' to confirm:", "replace")

    result = backup.restore_backup(ctx.store, Path(args.file), key, new, as_name=args.as_name,
                                   replace=bool(getattr(args, "replace", False)), confirm=confirm)
    verb = "Brought back" if travel else "Restored"
    _out(f"{verb} '{result.name}' from the backup of {local_display(result.summary.meta.created_at)}"
         f"{' (the previous vault was replaced)' if result.replaced else ''}.")
    _out()
    _out("New recovery key, shown only this once (the old one no longer opens this vault or new backups).")
    _out("Write it on paper and keep it apart from this computer:")
    _out()
    _out("    " + result.recovery_key)
    _out()
    _out(result.binding.describe())
    return 0


def cmd_backup_restore(args: argparse.Namespace, ctx: Context) -> int:
    return _restore(args, ctx, travel=False)


def cmd_travel_restore(args: argparse.Namespace, ctx: Context) -> int:
    return _restore(args, ctx, travel=True)


def cmd_backup_status(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        status = backupsettings.status(session.vault)
    last = status.last_at.astimezone().strftime("%Y-%m-%d %H:%M") if status.last_at else "never"
    _out(f"Last backup: {last}")
    _out(f"Remind every: {status.remind_days} day(s)" if status.remind_days else "Reminders: off")
    _out(f"Backup folder: {status.folder or '(not set)'}")
    _out(f"Backup key: {'set' if status.ready else 'not set yet (the next backup asks for the recovery key once)'}")
    if status.overdue():
        _out("Warning: no backup within the reminder period. Make one: fieldintake backup create")
    return 0


def cmd_backup_remind(args: argparse.Namespace, ctx: Context) -> int:
    if args.days < 0:
        raise InvalidInput("--days is 0 (off) or more.")
    with ctx.open_session() as session:
        current = backupsettings.status(session.vault)
        folder = args.folder if args.folder is not None else current.folder
        if folder:
            folder = str(Path(folder).expanduser().absolute())
        backupsettings.set_reminder(session.vault, folder=folder, remind_days=args.days)
    _out(f"Backup reminder: every {args.days} day(s)." if args.days else "Backup reminders are off.")
    return 0


def cmd_travel_prepare(args: argparse.Namespace, ctx: Context) -> int:
    name = ctx.user_name()
    if not args.yes and not prompts.confirm(
        f"This hands the whole vault of '{name}' to '{args.to}' and then ERASES it from this computer. "
        "Type the user name to confirm:", name
    ):
        raise InvalidInput("Not confirmed: nothing was written or erased.")
    session = ctx.open_session()
    try:
        target = Path(args.output)
        result = _create(ctx, session, lambda: backup.prepare_travel(ctx.store, session, args.to, target))
    finally:
        session.close()  # already closed after a successful erase; safe twice
    _out(str(result.backup.path))
    sys.stderr.write(
        f"Backup {result.backup.backup_id} verified (opens with your recovery key and '{result.contact}'); "
        f"the vault of '{result.erased}' is erased from this computer. Move the backup file off this computer "
        "(hand it to the contact) and delete it here.\n"
    )
    return 0


def _identity_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--identity", metavar="FILE",
                   help="open with an age identity file (an escrow contact's key) instead of the recovery key")


def register(sub: Any, add: Any, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("backup", help="back up, verify and restore the whole vault", parents=[common])
    actions = group.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    p = add("create", cmd_backup_create, "write an encrypted, signed backup of the whole vault", actions)
    p.add_argument("-o", "--output", metavar="FILE", help="the backup file (default: a new file in the backup folder)")
    p.add_argument("--escrow", action="append", metavar="CONTACT", help="a contact who may also open it (repeatable)")
    p = add("verify", cmd_backup_verify, "check a backup completely without writing anything", actions)
    p.add_argument("file")
    p.add_argument("--recovery", action="store_true", help="open with the recovery key (default: your vault's key)")
    _identity_option(p)
    p = add("restore", cmd_backup_restore, "restore a backup onto this computer (new passphrase, new recovery key)", actions)
    p.add_argument("file")
    _identity_option(p)
    p.add_argument("--as", dest="as_name", metavar="NAME", help="restore under another user name")
    p.add_argument("--replace", action="store_true", help="replace this user's vault here if the backup is newer")
    p.add_argument("--yes", action="store_true", help="do not ask before replacing")
    add("status", cmd_backup_status, "when the last backup was made, and the reminder", actions)
    p = add("remind", cmd_backup_remind, "set the backup reminder and folder", actions)
    p.add_argument("--days", type=int, required=True, help="remind when the last backup is older (0 = off)")
    p.add_argument("--folder", metavar="DIR", help="where new backups go by default")

    group = sub.add_parser("travel", help="border mode: hand the vault to a contact and erase it here", parents=[common])
    actions = group.add_subparsers(dest="travel_command", metavar="ACTION", required=True)
    p = add("prepare", cmd_travel_prepare, "back up to a contact, verify, then erase the vault here", actions)
    p.add_argument("--to", required=True, metavar="CONTACT", help="the contact who keeps the backup")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the backup file to hand over")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p = add("restore", cmd_travel_restore, "bring the vault back after the crossing", actions)
    p.add_argument("file")
    _identity_option(p)
    p.add_argument("--as", dest="as_name", metavar="NAME", help="restore under another user name")

