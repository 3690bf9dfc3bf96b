"""The release build refuses a Python whose tarfile has CVE-2024-6232 (issue 10, item 5)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldintake.pythoncheck import release_problem, tarfile_is_fixed

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("version", "fixed"), [
    ((3, 11, 7), False), ((3, 11, 9), False), ((3, 11, 10), True), ((3, 11, 14), True),
    ((3, 12, 5), False), ((3, 12, 6), True), ((3, 13, 0), True), ((3, 14, 2), True),
])
def test_versions(version: tuple[int, int, int], fixed: bool) -> None:
    assert tarfile_is_fixed(version) is fixed
    assert (release_problem(version) is None) is fixed


def test_the_message_names_the_version_and_the_fix() -> None:
    problem = release_problem((3, 11, 7))
    assert problem is not None and "3.11.7" in problem and "CVE-2024-6232" in problem and "3.11.10" in problem


def test_the_spec_refuses_a_release_with_this_python_when_it_has_the_bug(tmp_path: Path) -> None:
    """Runs only the spec's check (PyInstaller's globals stubbed), with FIELDINTAKE_RELEASE=1."""
    spec = (ROOT / "packaging" / "fieldintake.spec").read_text()
    check = spec[: spec.index("from PyInstaller")] + spec[spec.index("ROOT = "): spec.index("datas = []")]
    script = tmp_path / "check.py"
    script.write_text(f"SPECPATH = {str(ROOT / 'packaging')!r}\n" + check)
    env = {**os.environ, "FIELDINTAKE_RELEASE": "1"}
    done = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True)
    if tarfile_is_fixed():
        assert done.returncode == 0, done.stderr
    else:
        assert done.returncode != 0 and "CVE-2024-6232" in done.stderr
        env.pop("FIELDINTAKE_RELEASE")
        warned = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True)
        assert warned.returncode == 0 and "WARNING" in warned.stderr
