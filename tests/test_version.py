"""``--version`` and the About box name the commit: baked into a build, from git in a checkout, else unknown."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from fieldintake import __version__, version

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def fresh() -> None:
    version.build_commit.cache_clear()
    yield
    version.build_commit.cache_clear()


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def test_a_checkout_reports_its_head_and_whether_it_was_changed() -> None:
    head = git("rev-parse", "HEAD")
    changed = bool(git("status", "--porcelain", "--untracked-files=no"))
    assert version.build_commit() == head + ("-dirty" if changed else "")
    assert version.version_line() == f"fieldintake {__version__} (commit {head[:12]}{'-dirty' if changed else ''})"


def test_the_cli_prints_the_commit() -> None:
    out = subprocess.run([sys.executable, "-m", "fieldintake.cli", "--version"], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    assert out.stdout == version.version_line() + "\n"
    assert git("rev-parse", "HEAD")[:12] in out.stdout


def test_a_build_reports_what_was_baked_in_not_the_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    baked = types.ModuleType("fieldintake._build")
    baked.COMMIT = "0123456789abcdef0123456789abcdef01234567"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fieldintake._build", baked)
    assert version.version_line() == f"fieldintake {__version__} (commit 0123456789ab)"


def test_outside_a_checkout_it_says_unknown(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(version, "ROOT", tmp_path)  # an installed copy: no .git beside it
    assert version.build_commit() == "unknown"
    assert version.version_line().endswith("(commit unknown)")


def test_without_git_it_says_unknown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    assert version.build_commit() == "unknown"


def test_a_foreign_repository_is_not_taken_for_ours(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """fieldintake copied into some other git repository (no pyproject.toml of ours there) is not from git."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    monkeypatch.setattr(version, "ROOT", tmp_path)
    assert version.build_commit() == "unknown"


def test_short_commit_keeps_the_dirty_mark() -> None:
    assert version.short_commit("89abcdef0123456789abcdef0123456789abcdef-dirty") == "89abcdef0123-dirty"
    assert version.short_commit("unknown") == "unknown"
