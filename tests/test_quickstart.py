"""The README's Quick start on a fresh machine: a clone without ``age`` is told what to install, or gets it.

``scripts/system-deps`` runs first in ``make test`` and ``make run``. These tests run it (and ``make test``
in a fresh clone) with ``age`` taken off PATH. The package managers are stand-ins that only record what
they were asked: a test must not install packages from the network, and the real ``apt-get`` path was
run by hand on this machine (see packaging/README.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "system-deps"
AGE = ("age", "age-keygen")


def shadow_path(tmp_path: Path, without: tuple[str, ...], stand_ins: dict[str, str] | None = None) -> Path:
    """A PATH folder linking every executable of PATH except ``without``, plus stand-in scripts."""
    shadow = tmp_path / "bin"
    shadow.mkdir()
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        if not folder or not Path(folder).is_dir():
            continue
        for entry in Path(folder).iterdir():
            target = shadow / entry.name
            if entry.name in without or entry.name in (stand_ins or {}) or target.exists() or target.is_symlink():
                continue  # a stand-in is never a link: writing it must not go through to the real tool
            if entry.is_file() and os.access(entry, os.X_OK):
                target.symlink_to(entry)
    for name, body in (stand_ins or {}).items():
        script = shadow / name
        assert not script.is_symlink()  # would write through to the system's own tool
        script.write_text("#!/bin/sh\n" + body)
        script.chmod(0o755)
    return shadow


def recorder(log: Path, then: str = "") -> str:
    """A stand-in package manager: appends its arguments to ``log``, then runs ``then``."""
    return f'echo "$*" >> "{log}"\n{then}\n'


def run(args: list[str], shadow: Path, cwd: Path = ROOT, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "FIELDINTAKE_NO_INSTALL"}
    env.update(PATH=str(shadow), **extra)
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_a_fresh_clone_without_age_stops_at_once_with_one_line(tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, capture_output=True)
    # This checkout's Quick-start files, so an edit is tested before it is committed.
    shutil.copy2(ROOT / "Makefile", clone / "Makefile")
    shutil.copytree(ROOT / "scripts", clone / "scripts", dirs_exist_ok=True)
    shadow = shadow_path(tmp_path, without=AGE)

    result = run(["make", "test"], shadow, cwd=clone, FIELDINTAKE_NO_INSTALL="1")

    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "Traceback" not in output and "FileNotFoundError" not in output
    told = [line for line in result.stderr.splitlines() if line.startswith("fieldintake needs")]
    assert told == ["fieldintake needs age age-keygen: install with: sudo apt-get install age"], output
    assert not (clone / ".venv").exists()  # stopped before setting anything up


def test_the_script_is_committed_executable() -> None:
    staged = subprocess.run(["git", "ls-files", "-s", "scripts/system-deps"], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout
    assert staged.startswith("100755 "), "scripts/system-deps must be committed with its executable bit"


def test_with_root_and_apt_it_installs_what_is_missing_then_checks_again(tmp_path: Path) -> None:
    log = tmp_path / "apt.log"
    # The stand-in "installs" age by putting it on PATH, as the real package would.
    install_age = 'if [ "$1" = install ]; then for t in age age-keygen; do ln -s /bin/true "$(dirname "$0")/$t"; done; fi'
    shadow = shadow_path(tmp_path, without=(*AGE, "sudo"), stand_ins={"apt-get": recorder(log, install_age)})

    result = run([str(SCRIPT), "test"], shadow)

    if os.geteuid() != 0:  # no root and no sudo: the one line instead
        assert result.returncode == 1 and "sudo apt-get install age" in result.stderr
        assert not log.exists()
        return
    assert result.returncode == 0, result.stderr
    assert log.read_text().splitlines() == ["update -qq", "install -y -qq --no-install-recommends age"]
    assert result.stderr == "system-deps: installing age\n"


def test_nothing_missing_means_no_package_manager_call(tmp_path: Path) -> None:
    log = tmp_path / "apt.log"
    shadow = shadow_path(tmp_path, without=(), stand_ins={"apt-get": recorder(log)})

    result = run([str(SCRIPT), "test"], shadow)

    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert not log.exists()  # no `apt-get update` when everything is there


def test_a_failing_install_is_one_line(tmp_path: Path) -> None:
    log = tmp_path / "apt.log"
    fail = 'if [ "$1" = install ]; then echo "E: Unable to locate package age" >&2; exit 100; fi'
    shadow = shadow_path(tmp_path, without=(*AGE, "sudo"), stand_ins={"apt-get": recorder(log, fail)})

    result = run([str(SCRIPT), "test"], shadow)

    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) <= 2  # "installing ..." then the one line
    assert result.stderr.strip().splitlines()[-1].endswith("install with: sudo apt-get install age")


@pytest.mark.parametrize(("manager", "line"), [
    ("dnf", "fieldintake needs age age-keygen: install with: sudo dnf install age"),
    ("brew", "fieldintake needs age age-keygen: install with: brew install age"),
])
def test_other_systems_are_told_their_own_command(tmp_path: Path, manager: str, line: str) -> None:
    log = tmp_path / f"{manager}.log"
    shadow = shadow_path(tmp_path, without=(*AGE, "apt-get", "dnf", "brew"), stand_ins={manager: recorder(log)})

    result = run([str(SCRIPT), "test"], shadow)

    assert (result.returncode, result.stderr) == (1, line + "\n")
    assert not log.exists()  # only apt installs by itself; dnf and brew are left to the user


def test_a_system_without_a_known_package_manager_gets_the_names(tmp_path: Path) -> None:
    shadow = shadow_path(tmp_path, without=(*AGE, "apt-get", "dnf", "brew"))

    result = run([str(SCRIPT), "test"], shadow)

    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "age age-keygen" in result.stderr and "Debian names: age" in result.stderr


def test_ci_holds_no_list_of_its_own() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    commands = [line for line in ci.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert commands == ['set -euo pipefail', 'cd "$(dirname "$0")/.."', "exec make test"]
