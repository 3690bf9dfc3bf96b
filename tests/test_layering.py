"""The core runs headless: layers only import downwards, and only the ui imports Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken." in result.stdout


def test_the_core_imports_without_qt() -> None:
    # walk_packages imports every package it descends into, so never descend into ui.
    code = (
        "import sys, pkgutil, importlib, fieldintake\n"
        "for top in pkgutil.iter_modules(fieldintake.__path__, 'fieldintake.'):\n"
        "    if top.name == 'fieldintake.ui':\n"
        "        continue\n"
        "    module = importlib.import_module(top.name)\n"
        "    for m in pkgutil.walk_packages(getattr(module, '__path__', []), top.name + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
