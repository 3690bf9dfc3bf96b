"""The ``fieldintake`` entry point: every layer's commands in one CLI.

The core (``app.cli``) must not import the export layer or the GUI, so the
commands are assembled here, above all layers. Without a command, the
desktop app opens.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from fieldintake.app import cli as core
from fieldintake.app import cli_merge
from fieldintake.errors import FieldintakeError
from fieldintake.exports import cli_backup, cli_bundle, cli_pdf, cli_redact, cli_urgent, cli_verify


def cmd_gui(args: argparse.Namespace, ctx: Any) -> int:
    try:
        from fieldintake.ui.main import run
    except ImportError as exc:
        if "fieldintake.ui.main" not in str(exc):
            raise
        raise FieldintakeError("The desktop app is not part of this build; use the commands in 'fieldintake --help'.") from exc
    return int(run(ctx.home, ctx.store, debug=ctx.args.debug))


def _gui(sub: Any, add: Any, common: argparse.ArgumentParser) -> None:
    add("gui", cmd_gui, "open the desktop app (also what 'fieldintake' alone does)", sub)


REGISTRARS = [cli_merge.register, cli_bundle.register, cli_pdf.register, cli_redact.register, cli_backup.register,
              cli_urgent.register, cli_verify.register, _gui]


def main(argv: Sequence[str] | None = None) -> int:
    return core.main(argv, REGISTRARS, default=cmd_gui)


if __name__ == "__main__":
    sys.exit(main())
