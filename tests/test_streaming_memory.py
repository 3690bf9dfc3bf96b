"""Memory stays bounded on a large attachment: export, redacted export, import, backup and restore (issue 18).

Each step runs in a child process (``tests/streaming_child.py``) whose peak
RSS (``VmHWM``: the child's own; ``ru_maxrss`` of a fork inherits the large
pytest parent's) must stay within ``BOUND_MIB`` of its baseline after
unlocking. The attachment is 2 GiB by default; ``FI_STREAM_MIB`` makes it
smaller for a quick run. Not timed: only memory is asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
SIZE_MIB = int(os.environ.get("FI_STREAM_MIB", "2048"))
BOUND_MIB = 100
CHILD_BOUND_MIB = 120
"""The age child of a backup or restore (crypto/agechild.py): a fresh interpreter, pyrage and a few MiB of buffers."""

pytestmark = pytest.mark.slow


def _child(*args: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "tests.streaming_child", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stderr[-3000:]
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("streaming")
    _child("setup", str(path), str(SIZE_MIB))
    return path


def _bounded(result: dict[str, Any]) -> None:
    grown = result["peak_mib"] - result["baseline_mib"]
    print(f"{result['step']}: baseline {result['baseline_mib']:.0f} MiB, peak {result['peak_mib']:.0f} MiB "
          f"(+{grown:.0f}), {result['seconds']:.1f} s")
    assert grown <= BOUND_MIB, result
    assert result["children_peak_mib"] <= CHILD_BOUND_MIB, result


def test_export(root: Path) -> None:
    result = _child("export", str(root))
    assert result["bundle_bytes"] > SIZE_MIB * 1024 * 1024
    _bounded(result)


def test_redacted_export(root: Path) -> None:
    result = _child("redacted", str(root))
    photos = [m for m in result["members"] if m.startswith("attachments/")]
    assert len(photos) == 3 and not any(m.endswith("evidence.bin") for m in result["members"])
    assert result["bundle_bytes"] < 64 * 1024 * 1024  # cleaned: the padding after each JPEG is gone
    _bounded(result)


def test_import(root: Path) -> None:
    if not (root / "full.fibundle").exists():
        _child("export", str(root))
    result = _child("import", str(root))
    assert result["cases"] == ["created"]
    _bounded(result)


def test_backup(root: Path) -> None:
    result = _child("backup", str(root))
    assert result["backup_bytes"] > SIZE_MIB * 1024 * 1024
    assert result["children_peak_mib"] > 0  # encrypted in the age child, whose peak is measured too
    _bounded(result)


def test_restore(root: Path) -> None:
    if not (root / "vault.fibackup").exists():
        _child("backup", str(root))
    result = _child("restore", str(root))
    assert result["children_peak_mib"] > 0
    _bounded(result)
