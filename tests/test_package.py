"""The release build (scripts/package.py): the PyInstaller folder starts headless on a fresh home; the
archive beside it has fixed order, times, owners and modes; SHA256SUMS and the SBOM describe it.

The folder is built once, from this environment's packages. Two whole builds compared byte for byte,
from the hashed lock, are `make package-check` (about ten minutes here, so not part of `make test`);
this suite checks that the archive step alone gives the same bytes from one folder however its files
were copied, touched or re-permissioned.
"""

from __future__ import annotations

import calendar
import gzip
import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from packaging.utils import canonicalize_name

from fieldintake import __version__

ROOT = Path(__file__).resolve().parents[1]


def load_package_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("package_script", ROOT / "scripts" / "package.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


package = load_package_script()


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def expected_commit() -> str:
    dirty = git("status", "--porcelain", "--untracked-files=no")
    return git("rev-parse", "HEAD") + ("-dirty" if dirty else "")


@dataclass(frozen=True)
class Built:
    folder: Path
    archive: Path
    sbom: Path
    sums: Path
    commit: str  # asked of git just before the build
    epoch: int

    @property
    def binary(self) -> Path:
        """The executable that speaks on a terminal: the CLI one on Windows, inside the .app on macOS."""
        if sys.platform == "win32":
            return self.folder / "fieldintake-cli.exe"
        if sys.platform == "darwin":
            return self.folder / "Contents" / "MacOS" / "fieldintake"
        return self.folder / "fieldintake"


@dataclass(frozen=True)
class Member:
    name: str
    mtime: int
    mode: int
    owners: tuple[int, int, str, str]
    link: bool


def members(archive: Path) -> list[Member]:
    """The entries of a .tar.gz or (Windows) .zip, in archive order."""
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as zf:
            return [Member(i.filename.rstrip("/"), int(calendar.timegm((*i.date_time, 0, 0, -1))),
                           (i.external_attr >> 16) & 0o777, (0, 0, "", ""), False) for i in zf.infolist()]
    with tarfile.open(archive) as tar:
        return [Member(m.name, int(m.mtime), m.mode, (m.uid, m.gid, m.uname, m.gname), m.issym())
                for m in tar.getmembers()]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    out = tmp_path_factory.mktemp("package")
    commit, epoch = expected_commit(), int(git("log", "-1", "--format=%ct", "HEAD"))
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "package.py"), "build", "--out", str(out / "dist"),
         "--work", str(out / "build"), "--sbom-python", str(package.default_sbom_python())],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stderr
    folder, archive, sbom, sums = (Path(line) for line in done.stdout.split())
    assert folder.is_dir()
    return Built(folder, archive, sbom, sums, commit, epoch)


@pytest.mark.slow
def test_the_built_binary_runs_headless(built: Built, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDINTAKE_")}
    env.update(FIELDINTAKE_HOME=str(tmp_path / "home"), FIELDINTAKE_TEST_KDF="1",
               FIELDINTAKE_PASSPHRASE="violet kettle marching under 7 bridges", QT_QPA_PLATFORM="offscreen")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(built.binary), *args], env=env, capture_output=True, text=True, timeout=120,
                              cwd=tmp_path)  # not in a checkout: the commit must come from the build

    short = built.commit[:12] + ("-dirty" if built.commit.endswith("-dirty") else "")
    assert run("--version").stdout.strip() == f"fieldintake {__version__} (commit {short})"
    assert run("user", "create", "alice").returncode == 0
    checked = run("check")
    assert checked.returncode == 0 and "Vault check passed" in checked.stdout, checked.stderr
    assert run("template", "list").stdout.startswith("deportation-risk\tv1")  # packaged data files
    case_id = run("case", "new", "--title", "Қазақша тест", "--template", "deportation-risk").stdout.strip()
    pdf = run("pdf", case_id, "-o", str(tmp_path / "case.pdf"))  # the packaged font
    assert pdf.returncode == 0, pdf.stderr
    assert (tmp_path / "case.pdf").read_bytes().startswith(b"%PDF")
    named = run("case", "new", "--title", "Майор Бекетов допросил Сергея Иванова").stdout.strip()
    suggested = run("redact", "suggest", named)  # the packaged language models and dictionaries
    assert suggested.returncode == 0 and "Бекетов" in suggested.stdout, suggested.stderr
    summary = run("pdf", named, "--redacted", "--audience", "lawyer", "--override-consent", "packaging test",
                  "--skip-review", "-o", str(tmp_path / "summary.pdf"))  # the leak check reads it back with PDFium
    assert summary.returncode == 0, summary.stderr
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")


def test_the_build_left_the_checkout_alone(built: Built) -> None:
    """The commit is baked into the staged copy only: a checkout never carries a stale _build.py."""
    assert not (ROOT / "fieldintake" / "_build.py").exists()


@pytest.mark.slow
def test_the_archive_has_fixed_order_times_owners_and_modes(built: Built) -> None:
    epoch = built.epoch
    if built.archive.suffix == ".gz":
        assert built.archive.read_bytes()[4:8] == b"\0\0\0\0"  # gzip header: no time
    listed = members(built.archive)
    names = [m.name for m in listed]
    assert names == sorted(names)
    if built.archive.suffix == ".zip":
        epoch -= epoch % 2  # zip keeps times to two seconds
    assert {(m.mtime, m.owners) for m in listed} == {(epoch, (0, 0, "", ""))}
    assert {m.mode for m in listed if not m.link} <= {0o755, 0o644}
    top = f"fieldintake-{__version__}-{package.platform_tag()}/{built.folder.name}"
    by_name = {m.name: m for m in listed}
    assert by_name[f"{top}/{built.binary.relative_to(built.folder).as_posix()}"].mode == 0o755
    if sys.platform.startswith("linux"):
        assert f"{top.rsplit('/', 1)[0]}/fieldintake.desktop" in by_name
    shipped = {p.relative_to(built.folder).as_posix() for p in built.folder.rglob("*")}
    assert {n.removeprefix(f"{top}/") for n in names if n.startswith(f"{top}/")} == shipped


@pytest.mark.slow
def test_archiving_a_copied_touched_folder_again_gives_the_same_bytes(built: Built, tmp_path: Path) -> None:
    copy = tmp_path / "copy" / built.folder.name
    shutil.copytree(built.folder, copy, symlinks=True)  # new inodes, another path
    now = time.time()
    for path in copy.rglob("*"):
        os.utime(path, (now, now), follow_symlinks=False)
    some_file = next(p for p in sorted(copy.rglob("*.py*")) if p.is_file() and not p.is_symlink())
    some_file.chmod(0o600)  # a stricter umask on another machine
    prefix = f"fieldintake-{__version__}-{package.platform_tag()}"
    inputs = [(f"{prefix}/{copy.name}", copy)]
    if sys.platform.startswith("linux"):
        inputs += [(f"{prefix}/fieldintake.desktop", ROOT / "packaging" / "fieldintake.desktop"),
                   (f"{prefix}/fieldintake.svg", ROOT / "packaging" / "fieldintake.svg")]
    again = package.archive(inputs, tmp_path, prefix, built.epoch)
    assert hashlib.sha256(again.read_bytes()).hexdigest() == hashlib.sha256(built.archive.read_bytes()).hexdigest()


@pytest.mark.slow
def test_sha256sums_checks_with_the_standard_tool(built: Built) -> None:
    lines = [line.split("  ", 1) for line in built.sums.read_text().splitlines()]
    assert sorted(name for _, name in lines) == sorted([built.archive.name, built.sbom.name])
    for digest, name in lines:
        assert hashlib.sha256((built.sums.parent / name).read_bytes()).hexdigest() == digest
    # What an organisation runs (packaging/README.md): sha256sum on Linux, shasum on macOS.
    tool = ["sha256sum", "--check", "--strict"] if shutil.which("sha256sum") else ["shasum", "-a", "256", "-c"]
    if shutil.which(tool[0]):
        checked = subprocess.run([*tool, built.sums.name], cwd=built.sums.parent, capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.slow
def test_the_sbom_lists_what_ships_at_the_versions_built(built: Built) -> None:
    from importlib import metadata

    bom = json.loads(built.sbom.read_text())
    assert bom["bomFormat"] == "CycloneDX"
    components = {canonicalize_name(c["name"]): c for c in bom["components"]}
    for name in ("pyside6", "cryptography", "sqlcipher3", "keyring", "pyrage", "reportlab", "pyinstaller"):
        assert components[name]["version"] == metadata.version(name), name
        assert components[name]["purl"].startswith(f"pkg:pypi/{name}@")
    for not_shipped in ("pytest", "hypothesis", "import-linter", "cyclonedx-bom", "pip"):
        assert not_shipped not in components
    root = bom["metadata"]["component"]
    assert (root["name"], root["version"]) == ("fieldintake", __version__)
    assert root["properties"] == [{"name": "fieldintake:commit", "value": built.commit}]


def test_the_archive_step_alone_ignores_times_owners_modes_and_gzip_time(tmp_path: Path) -> None:
    """Fast and without a build: two folders that differ only in what must not matter."""
    def tree(top: Path, mode: int, when: float) -> Path:
        (top / "app" / "_internal").mkdir(parents=True)
        (top / "app" / "app").write_bytes(b"\x7fELF binary")
        (top / "app" / "app").chmod(0o755)
        (top / "app" / "_internal" / "b.txt").write_text("Қазақша")
        (top / "app" / "_internal" / "a.txt").write_text("данные")
        (top / "app" / "_internal" / "a.txt").chmod(mode)
        for path in top.rglob("*"):
            os.utime(path, (when, when))
        return top / "app"

    first = package.archive_tar([("x/app", tree(tmp_path / "one", 0o644, 1_000_000))], tmp_path / "1.tar.gz", 1_700_000_000)
    time.sleep(1.1)  # a different second for gzip and tar, were they to record it
    second = package.archive_tar([("x/app", tree(tmp_path / "two", 0o600, 2_000_000))], tmp_path / "2.tar.gz", 1_700_000_000)
    assert first.read_bytes() == second.read_bytes()
    with gzip.open(first) as raw, tarfile.open(fileobj=raw) as tar:
        assert [m.name for m in tar.getmembers()] == ["x/app", "x/app/_internal", "x/app/_internal/a.txt",
                                                    "x/app/_internal/b.txt", "x/app/app"]
    zipped = [package.archive_zip([("x/app", tmp_path / name / "app")], tmp_path / f"{name}.zip", 1_700_000_000)
              for name in ("one", "two")]
    assert zipped[0].read_bytes() == zipped[1].read_bytes()
