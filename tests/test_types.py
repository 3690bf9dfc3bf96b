"""The type checker in ``make test``: mypy, strict as configured in pyproject.toml, on crypto, app, exports and the CLI.

Its cache lives in .mypy_cache at the top of the tree, so a rerun checks only what changed (a few seconds).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("fieldintake.crypto", "fieldintake.app", "fieldintake.exports", "fieldintake.cli")


def test_crypto_app_and_exports_pass_mypy() -> None:
    command = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
               "--cache-dir", str(ROOT / ".mypy_cache"), "--no-color-output", "--no-error-summary"]
    for package in PACKAGES:
        command += ["-p", package]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"mypy found type errors:\n{done.stdout}{done.stderr}"
