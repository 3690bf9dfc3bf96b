"""The ``fieldintake`` entry point: every layer's commands in one CLI.

``commands`` holds the parser and the core commands; each other module of
this package registers its group here. Without a command, the desktop app
opens (imported lazily: a build without the GUI still runs the CLI).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any, TYPE_CHECKING

from fieldintake.cli import backup as cli_backup, bundle as cli_bundle, commands as core, merge as cli_merge
from fieldintake.cli import pdf as cli_pdf, redact as cli_redact, urgent as cli_urgent, verify as cli_verify
from fieldintake.errors import FieldintakeError

if TYPE_CHECKING:
    from fieldintake.cli.commands import Context


def cmd_gui(args: argparse.Namespace, ctx: Context) -> int:
    try:
        from fieldintake.ui.main import run
    except ImportError as exc:
        if "fieldintake.ui.main" not in str(exc):
            raise
        raise FieldintakeError("The desktop app is not part of this build; use the commands in 'fieldintake --help'.") from exc
    return int(run(ctx.core, debug=ctx.args.debug))


def _gui(sub: Any, add: Any, common: argparse.ArgumentParser) -> None:
    add("gui", cmd_gui, "open the desktop app (also what 'fieldintake' alone does)", sub)


REGISTRARS = [cli_merge.register, cli_bundle.register, cli_pdf.register, cli_redact.register, cli_backup.register,
              cli_urgent.register, cli_verify.register, _gui]


def main(argv: Sequence[str] | None = None) -> int:
    return core.main(argv, REGISTRARS, default=cmd_gui)


if __name__ == "__main__":
    sys.exit(main())
