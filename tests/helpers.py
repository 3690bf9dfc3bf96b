"""Small helpers shared by tests."""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any


def snapshot(root: Path) -> dict[str, str]:
    """Every file under ``root`` with the SHA-256 of its bytes."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def files_containing(root: Path, marker: str) -> list[str]:
    """Files under ``root`` holding ``marker`` as UTF-8 or UTF-16 (either byte order)."""
    needles = [marker.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    hits = []
    for p in sorted(root.rglob("*")):
        if p.is_file():
            data = p.read_bytes()
            if any(n in data for n in needles):
                hits.append(str(p.relative_to(root)))
    return hits


def parse_with(register: Callable[..., None], argv: list[str]) -> argparse.Namespace:
    """``argv`` parsed by a parser holding only the commands one CLI module registers."""
    parser = argparse.ArgumentParser(prog="fieldintake")
    sub = parser.add_subparsers(dest="command")
    common = argparse.ArgumentParser(add_help=False)

    def add(name: str, handler: Any, help_text: str, parent: Any = sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_text, parents=[common])
        p.set_defaults(handler=handler)
        return p

    register(sub, add, common)
    return parser.parse_args(argv)


def count_encrypt_children(monkeypatch: Any) -> list[object]:
    """Every age ``EncryptChild`` started while the test runs, in order: the real class, counted."""
    from fieldintake.crypto import agechild

    started: list[object] = []
    real = agechild.EncryptChild

    def counted(*args: Any, **kw: Any) -> object:
        child = real(*args, **kw)
        started.append(child)
        return child

    monkeypatch.setattr(agechild, "EncryptChild", counted)
    return started
