"""The ``verify`` command: is this case file what it says it is? One line per check; exit 1 on any failure."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TYPE_CHECKING

from fieldintake.errors import InvalidInput, NotFound
from fieldintake.exports.pdf.verify import MAX_PDF_BYTES, verify_pdf

if TYPE_CHECKING:
    from fieldintake.cli.commands import Context


def cmd_verify(args: argparse.Namespace, ctx: Context) -> int:
    path = Path(args.file)
    folder = Path(args.exhibits) if args.exhibits else None
    if folder is not None and not folder.is_dir():
        raise NotFound(f"No folder {folder}.")
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise NotFound(f"No file {path}.") from exc
    if size > MAX_PDF_BYTES:
        raise InvalidInput(f"{path} is larger than {MAX_PDF_BYTES >> 20} MB: not checked.")
    checks = verify_pdf(path.read_bytes(), folder)
    for check in checks:
        sys.stdout.write(check.line() + "\n")
    return 0 if all(c.ok for c in checks) else 1


def register(sub: Any, add: Any, common: argparse.ArgumentParser) -> None:
    p = add("verify", cmd_verify, "check a case file's signature, that it was not changed, and its exhibits", sub)
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--exhibits", metavar="DIR", help="folder with the exhibit files, to compare their SHA-256")
