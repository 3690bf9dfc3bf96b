"""The ``fieldintake`` command: the same services the desktop app uses.

Errors print one line on stderr and exit non-zero; ``--debug`` shows the
traceback too.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from fieldintake.app import terminal
from fieldintake.cli import cases as cli_cases, contacts as cli_contacts, prompts
from fieldintake.version import VersionAction
from fieldintake.app.clock import local_display
from fieldintake.app.core import Core
from fieldintake.app.hardening import harden_process
from fieldintake.app.users import Session
from fieldintake.crypto.kdf import PRODUCTION
from fieldintake.errors import AuditChainBroken, FieldintakeError, InvalidInput, VaultCorrupt

Handler = Callable[[argparse.Namespace, "Context"], int]


class Context:
    """What one CLI invocation works with: its arguments and the core (the same one the GUI opens)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.core = Core.open(args.home)
        self.home = self.core.home
        self.store = self.core.users

    def user_name(self) -> str:
        return self.home.default_user(self.args.user)

    def open_session(self) -> Session:
        name = self.user_name()
        self.home.existing_user(name)
        passphrase = prompts.secret(prompts.PASSPHRASE_ENV, f"Passphrase for {name}: ")
        session = self.store.unlock(name, passphrase)
        if session.rollback:
            sys.stderr.write(f"fieldintake: warning: {session.rollback} See: fieldintake audit verify\n")
        return session


def out(text: str = "") -> None:
    sys.stdout.write(text + "\n")


# --- users ---------------------------------------------------------------


def cmd_user_create(args: argparse.Namespace, ctx: Context) -> int:
    passphrase = prompts.new_secret(prompts.PASSPHRASE_ENV, f"New passphrase for {args.name}: ")
    created = ctx.store.create(args.name, passphrase)
    with created.session:
        out(f"Created user '{args.name}' in {ctx.home.root}.")
        out()
        out("Recovery key, shown only this once. Write it on paper and keep it apart from this computer;")
        out("with it you can open the vault if you forget the passphrase or the keyring is lost:")
        out()
        out("    " + created.recovery_key)
        out()
        out(created.binding.describe())
        if ctx.store.policy is not PRODUCTION:
            out("Warning: test KDF profile in use: this passphrase is weakly protected. Never use it for real data.")
    return 0


def cmd_user_list(args: argparse.Namespace, ctx: Context) -> int:
    for name in ctx.store.names():
        status = ctx.store.binding_of(name)
        out(f"{name}\t{'device-bound' if status.bound else 'not device-bound'}")
    return 0


def cmd_user_passwd(args: argparse.Namespace, ctx: Context) -> int:
    name = ctx.user_name()
    ctx.home.existing_user(name)
    old = prompts.secret(prompts.PASSPHRASE_ENV, f"Current passphrase for {name}: ")
    with ctx.store.unlock(name, old) as session:
        new = prompts.new_secret(prompts.NEW_PASSPHRASE_ENV, "New passphrase: ")
        session.change_passphrase(old, new)
    out(f"Passphrase changed for '{name}'.")
    return 0


def cmd_user_recover(args: argparse.Namespace, ctx: Context) -> int:
    ctx.home.existing_user(args.name)
    key = prompts.secret(prompts.RECOVERY_ENV, f"Recovery key for {args.name}: ")
    from fieldintake.crypto import recovery

    recovery.parse(key)  # report a mistyped group before asking for anything else
    new = prompts.new_secret(prompts.NEW_PASSPHRASE_ENV, "New passphrase: ")
    with ctx.store.recover(args.name, key, new) as session:
        out(f"Recovered '{args.name}': the new passphrase is set.")
        out(session.binding.describe())
    return 0


def cmd_identity(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        card = session.card()
        if args.qr:
            cli_contacts.write_qr(card.to_text(), args.qr)
            sys.stderr.write(f"QR code of your card written to {args.qr}.\n")
        sys.stdout.write(card.to_text())
        out()
        out(f"Fingerprint: {card.fingerprint}")
        out("Compare it aloud or in person before trusting a card.")
    return 0


# --- audit and checks ----------------------------------------------------


def cmd_audit_log(args: argparse.Namespace, ctx: Context) -> int:
    from fieldintake.app import audit

    with ctx.open_session() as session, session.vault.read() as conn:
        for e in reversed(audit.entries(conn, limit=args.limit)):
            target = f"{e.object_type} {e.object_id}".strip()
            out(f"#{e.seq}\t{local_display(e.ts)}\t{e.actor}\t{e.action}\t{target}")
    return 0


def cmd_audit_verify(args: argparse.Namespace, ctx: Context) -> int:
    from fieldintake.app import audit

    expect = audit.parse_expectation(args.expect) if args.expect is not None else None
    with ctx.open_session() as session:
        if args.accept_current:
            count, head = session.accept_current_head()
            out(f"This vault's audit log ({count} entries, head {head}) is now the one this computer expects.")
            return 0
        report = session.vault.audit_report(expect)
        rollback = session.rollback
    if not report.ok:
        raise AuditChainBroken(" ".join(report.problems))
    if rollback:
        raise AuditChainBroken(f"{rollback} If you restored this vault on purpose, confirm with:"
                               " fieldintake audit verify --accept-current")
    out(f"Audit log intact: {report.count} entries, head {report.count}:{report.head}.")
    if expect is not None:
        out(f"It holds the expected entry #{expect[0]} ({expect[1][:16]}…).")
    if not ctx.store.device.available:
        out("Note: no secure keyring on this system, so a rolled-back copy of the vault folder is only caught"
            " with --expect COUNT:HEAD (from a PDF's integrity page or a bundle you sent).")
    return 0


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.open_session() as session:
        problems = session.vault.integrity_problems()
        rollback = session.rollback
    if problems:
        raise VaultCorrupt("Vault check failed: " + "; ".join(problems[:5]))
    if rollback:
        raise AuditChainBroken(f"Vault check failed: {rollback}")
    out("Vault check passed: every page decrypts and authenticates, and the database structure is sound.")
    return 0


def cmd_erase(args: argparse.Namespace, ctx: Context) -> int:
    name = args.user or os.environ.get("FIELDINTAKE_USER")
    if not name:
        raise InvalidInput("Name the user to erase with --user NAME.")
    ctx.home.existing_user(name)
    if not args.yes and not prompts.confirm(
        f"This destroys every case of '{name}' for good. Type the user name to confirm:", name
    ):
        raise InvalidInput("Not confirmed: nothing was erased.")
    ctx.store.erase(name)
    out(f"Erased '{name}': the keys are destroyed and the vault files removed.")
    return 0


# --- parser --------------------------------------------------------------


def _global_options(parser: argparse.ArgumentParser, default: str | None) -> None:
    """``default`` None on the main parser; SUPPRESS on commands, so they don't reset it."""
    parser.add_argument("--home", default=default, help="folder holding the users' vaults (default: $FIELDINTAKE_HOME or the platform's)")
    parser.add_argument("--user", default=default, help="user to act as (default: $FIELDINTAKE_USER, or the only user)")
    parser.add_argument("--debug", action="store_true", default=False if default is None else default, help="show tracebacks on errors")


Registrar = Callable[[Any, Callable[..., argparse.ArgumentParser], argparse.ArgumentParser], None]


def build_parser(registrars: Sequence[Registrar] = ()) -> argparse.ArgumentParser:
    """The core commands, plus those each registrar adds (cases, handover, PDFs, the GUI)."""
    parser = argparse.ArgumentParser(
        prog="fieldintake",
        description="Offline, encrypted intake interviews and case files. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action=VersionAction)
    _global_options(parser, None)
    # The same options after the command too (`fieldintake erase --user NAME`).
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Handler, help_text: str, parent: argparse._SubParsersAction = sub) -> argparse.ArgumentParser:  # type: ignore[type-arg]
        p: argparse.ArgumentParser = parent.add_parser(name, help=help_text, description=help_text, parents=[common])
        p.set_defaults(handler=handler)
        return p

    user = sub.add_parser("user", help="create, list and manage users", parents=[common]).add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = add("create", cmd_user_create, "create a user (prints the recovery key once)", user)
    p.add_argument("name")
    add("list", cmd_user_list, "list the users in this home", user)
    add("passwd", cmd_user_passwd, "change the passphrase", user)
    p = add("recover", cmd_user_recover, "set a new passphrase with the recovery key", user)
    p.add_argument("name")

    p = add("identity", cmd_identity, "print your public contact card and fingerprint")
    p.add_argument("--qr", metavar="FILE.png", help="also write the card as a QR code image")

    audit_p = sub.add_parser("audit", help="the audit log", parents=[common]).add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = add("log", cmd_audit_log, "list audit entries, oldest first", audit_p)
    p.add_argument("--limit", type=int, default=None, help="only the newest N entries")
    p = add("verify", cmd_audit_verify, "check the audit chain for edited, deleted or rolled-back entries", audit_p)
    p.add_argument("--expect", metavar="COUNT:HEAD",
                   help="also require entry COUNT with hash HEAD (as printed on a PDF's integrity page or in a bundle)")
    p.add_argument("--accept-current", action="store_true",
                   help="after restoring an earlier copy on purpose: make its audit head the one this computer expects")

    cli_cases.register(sub, add, common)
    cli_contacts.register(sub, add, common)
    for registrar in registrars:
        registrar(sub, add, common)

    add("check", cmd_check, "check the vault's encryption and structure")
    p = add("erase", cmd_erase, "emergency erase of a user's vault (destroys the keys first)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return parser


def main(argv: Sequence[str] | None = None, registrars: Sequence[Registrar] = (), default: Handler | None = None) -> int:
    """Run one command; ``default`` runs when none is given (the GUI, from the top-level entry point).
    Everything it prints goes through ``terminal.SafeStream``: external text cannot drive the terminal."""
    with terminal.safe_output():
        return _main(argv, registrars, default)


def _main(argv: Sequence[str] | None, registrars: Sequence[Registrar], default: Handler | None) -> int:
    harden_process()
    parser = build_parser(registrars)
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", default)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args, Context(args))
    except FieldintakeError as exc:
        if args.debug:
            traceback.print_exc()
        sys.stderr.write(f"fieldintake: {' '.join(str(exc).split())}\n")  # always one line
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("fieldintake: interrupted; nothing was changed.\n")
        return 130
    except Exception as exc:  # a bug: still one line unless --debug
        if args.debug:
            traceback.print_exc()
        else:
            sys.stderr.write(f"fieldintake: internal error ({type(exc).__name__}); run with --debug for details.\n")
        return 70


if __name__ == "__main__":
    sys.exit(main())
