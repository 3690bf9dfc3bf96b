"""The installer build: the PyInstaller folder starts headless and works on a fresh home."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from fieldintake import __version__

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("package")
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "packaging" / "fieldintake.spec"), "--noconfirm",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build")],
        cwd=ROOT, check=True, capture_output=True,
    )
    binary = out / "dist" / "fieldintake" / ("fieldintake.exe" if os.name == "nt" else "fieldintake")
    assert binary.is_file()
    return binary


@pytest.mark.slow
def test_the_built_binary_runs_headless(built: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDINTAKE_")}
    env.update(FIELDINTAKE_HOME=str(tmp_path / "home"), FIELDINTAKE_TEST_KDF="1",
               FIELDINTAKE_PASSPHRASE="violet kettle marching under 7 bridges", QT_QPA_PLATFORM="offscreen")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(built), *args], env=env, capture_output=True, text=True, timeout=120)

    assert run("--version").stdout.strip() == f"fieldintake {__version__}"
    assert run("user", "create", "alice").returncode == 0
    checked = run("check")
    assert checked.returncode == 0 and "Vault check passed" in checked.stdout, checked.stderr
    assert run("template", "list").stdout.startswith("deportation-risk\tv1")  # packaged data files
    case_id = run("case", "new", "--title", "Қазақша тест", "--template", "deportation-risk").stdout.strip()
    pdf = run("pdf", case_id, "-o", str(tmp_path / "case.pdf"))  # the packaged font
    assert pdf.returncode == 0, pdf.stderr
    assert (tmp_path / "case.pdf").read_bytes().startswith(b"%PDF")
