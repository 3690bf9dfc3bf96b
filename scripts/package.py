"""Build a release anyone can rebuild and check: the PyInstaller folder, a reproducible archive,
SHA256SUMS and a CycloneDX SBOM of what is inside.

    python scripts/package.py build [--out dist]    # `make package` (in .venv-package, from the lock)
    python scripts/package.py check                 # `make package-check`: build twice, compare
    python scripts/package.py archive FOLDER        # archive a signed app folder again, new SHA256SUMS

The build runs from a staged copy of the checkout's files (``git ls-files``), so the commit baked
into ``fieldintake/_build.py`` never lands in a checkout. Everything that could differ between two
builds of one commit is fixed: file times (SOURCE_DATE_EPOCH, the commit's time), order, owners
and modes in the archive, the gzip header, Python's hash seed, and the build's own paths.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import os
import platform
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = "fieldintake"
ZIP_EPOCH_MIN = 315532800  # 1980-01-01: zip cannot store an earlier time


def git(*args: str, cwd: Path = ROOT) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH if set, else the commit's time: two builds of one commit agree."""
    given = os.environ.get("SOURCE_DATE_EPOCH")
    return int(given) if given else int(git("log", "-1", "--format=%ct", "HEAD"))


def commit() -> str:
    """HEAD, with ``-dirty`` when tracked files differ from it (such a build is not a release)."""
    dirty = git("status", "--porcelain", "--untracked-files=no")
    return git("rev-parse", "--verify", "HEAD") + ("-dirty" if dirty else "")


def version(root: Path = ROOT) -> str:
    text = (root / APP / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit("fieldintake/__init__.py has no __version__")
    return found.group(1)


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(platform.machine().lower(), platform.machine().lower())
    return f"{system}-{machine}"


def normal_mode(path: Path) -> int:
    """0755 for folders and executables, 0644 for the rest: what a umask or a copy changed goes."""
    mode = path.lstat().st_mode
    if stat.S_ISDIR(mode) or mode & 0o111:
        return 0o755
    return 0o644


def stage(dest: Path, epoch: int, built_from: str) -> Path:
    """Copy the checkout's files (tracked, and new ones not ignored) to ``dest`` and bake in the commit."""
    names = git("ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    for name in sorted(n for n in names if n):
        source = ROOT / name
        if not source.is_file():  # deleted in the checkout, not yet committed
            continue
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        target.chmod(normal_mode(source))
    (dest / APP / "_build.py").write_text(
        f'"""Written by scripts/package.py into the build only."""\n\nCOMMIT = "{built_from}"\n', encoding="utf-8")
    for path in sorted(dest.rglob("*"), reverse=True):
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    return dest


def pyinstaller(staged: Path, dist: Path, work: Path, epoch: int) -> Path:
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
    work.mkdir(parents=True, exist_ok=True)
    log = work / "pyinstaller.log"
    with log.open("w", encoding="utf-8") as out:
        done = subprocess.run(
            [sys.executable, "-m", "PyInstaller", str(staged / "packaging" / f"{APP}.spec"), "--noconfirm", "--clean",
             "--distpath", str(dist), "--workpath", str(work)],
            cwd=staged, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    if done.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
        raise SystemExit("PyInstaller failed (full log: {}):\n{}".format(log, "\n".join(tail)))
    return dist / (f"{APP}.app" if sys.platform == "darwin" else APP)


def _walk(arcname: str, path: Path) -> Iterator[tuple[str, Path]]:
    yield arcname, path
    if path.is_dir() and not path.is_symlink():
        for child in sorted(os.listdir(path)):
            yield from _walk(f"{arcname}/{child}", path / child)


def entries(members: list[tuple[str, Path]]) -> list[tuple[str, Path]]:
    """Every file and folder under ``members`` (arcname, path), in one fixed order."""
    return sorted((item for arcname, path in members for item in _walk(arcname, path)), key=lambda e: e[0])


def archive_tar(members: list[tuple[str, Path]], out: Path, epoch: int) -> Path:
    """A .tar.gz whose bytes depend only on the files' names, contents and executable bits."""
    with out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        with tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
            for arcname, path in entries(members):
                info = tarfile.TarInfo(arcname)
                info.mtime, info.uid, info.gid, info.uname, info.gname = epoch, 0, 0, "", ""
                if path.is_symlink():
                    info.type, info.linkname, info.mode = tarfile.SYMTYPE, os.readlink(path), 0o777
                    tar.addfile(info)
                elif path.is_dir():
                    info.type, info.mode = tarfile.DIRTYPE, 0o755
                    tar.addfile(info)
                else:
                    info.size, info.mode = path.stat().st_size, normal_mode(path)
                    with path.open("rb") as fh:
                        tar.addfile(info, fh)
    return out


def archive_zip(members: list[tuple[str, Path]], out: Path, epoch: int) -> Path:
    """The same for Windows, as a .zip (Explorer opens it without extra tools)."""
    stamp = time.gmtime(max(epoch, ZIP_EPOCH_MIN))[:6]
    with zipfile.ZipFile(out, "w") as zf:
        for arcname, path in entries(members):
            is_dir = path.is_dir() and not path.is_symlink()
            info = zipfile.ZipInfo(arcname + ("/" if is_dir else ""), date_time=stamp)
            info.create_system = 3  # Unix, so the modes below are read
            info.external_attr = ((stat.S_IFDIR | 0o755) if is_dir else (stat.S_IFREG | normal_mode(path))) << 16
            if is_dir:
                zf.writestr(info, b"")
                continue
            info.compress_type = zipfile.ZIP_DEFLATED
            with path.open("rb") as src, zf.open(info, "w", force_zip64=True) as dst:
                shutil.copyfileobj(src, dst, 1 << 20)
    return out


def archive(members: list[tuple[str, Path]], out_dir: Path, name: str, epoch: int) -> Path:
    if sys.platform == "win32":
        return archive_zip(members, out_dir / f"{name}.zip", epoch)
    return archive_tar(members, out_dir / f"{name}.tar.gz", epoch)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_sums(files: list[Path], out: Path) -> Path:
    """SHA256SUMS in the format `sha256sum -c` reads."""
    lines = "".join(f"{sha256(f)}  {f.name}\n" for f in sorted(files, key=lambda p: p.name))
    out.write_text(lines, encoding="utf-8", newline="\n")  # LF on Windows too, for sha256sum -c
    return out


def shipped_distributions(pyproject: Path) -> set[str]:
    """The distributions whose code is inside the package: the runtime closure, and PyInstaller's bootloader."""
    import tomllib
    from importlib import metadata

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    todo = [Requirement(r) for r in tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]]
    seen = {"pyinstaller"}
    while todo:
        requirement = todo.pop()
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        name = canonicalize_name(requirement.name)
        if name in seen:
            continue
        seen.add(name)
        todo += [Requirement(r) for r in metadata.requires(requirement.name) or []]
    return seen


def write_sbom(staged: Path, out: Path, epoch: int, built_from: str, sbom_python: Path) -> Path:
    """CycloneDX JSON of the build environment (by cyclonedx-py from its own venv), keeping what ships."""
    from packaging.utils import canonicalize_name

    raw = out.with_suffix(".all.json")
    subprocess.run(
        [str(sbom_python), "-m", "cyclonedx_py", "environment", "--output-reproducible", "--of", "JSON",
         "--pyproject", str(staged / "pyproject.toml"), "-o", str(raw), sys.executable],
        check=True, capture_output=True, env={**os.environ, "SOURCE_DATE_EPOCH": str(epoch)},
    )
    bom = json.loads(raw.read_text(encoding="utf-8"))
    raw.unlink()
    keep = shipped_distributions(staged / "pyproject.toml")
    bom["components"] = sorted((c for c in bom.get("components", []) if canonicalize_name(c["name"]) in keep),
                               key=lambda c: canonicalize_name(c["name"]))
    refs = {c["bom-ref"] for c in bom["components"]}
    root = bom["metadata"]["component"]
    root["version"] = version(staged)
    root["properties"] = [{"name": "fieldintake:commit", "value": built_from}]
    bom["metadata"]["properties"] = [{"name": "python", "value": platform.python_version()},
                                     {"name": "platform", "value": platform_tag()}]
    refs.add(root["bom-ref"])
    bom["dependencies"] = [
        {**d, "dependsOn": sorted(r for r in d.get("dependsOn", []) if r in refs)}
        for d in bom.get("dependencies", []) if d["ref"] in refs
    ]
    out.write_text(json.dumps(bom, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8", newline="\n")
    return out


def build(out: Path, work: Path, sbom_python: Path, staged: Path | None = None) -> list[Path]:
    """The app folder in ``out``, and beside it the archive, its SBOM and SHA256SUMS."""
    if not sbom_python.exists():
        raise SystemExit(f"package: no SBOM tool at {sbom_python}: run `make test` or `make package` (they set up .venv-sbom)")
    if staged is None:
        shutil.rmtree(work, ignore_errors=True)
        staged = stage_checkout(work / "src")
    epoch, built_from = staged_identity(staged)
    folder = pyinstaller(staged, out, work / "pyinstaller", epoch)
    name = release_name(staged)
    packed = archive(release_members(name, folder, staged), out, name, epoch)
    sbom = write_sbom(staged, out / f"{name}.cdx.json", epoch, built_from, sbom_python)
    sums = write_sums([packed, sbom], out / "SHA256SUMS")
    return [folder, packed, sbom, sums]


def stage_checkout(dest: Path) -> Path:
    epoch, built_from = source_date_epoch(), commit()
    if built_from.endswith("-dirty"):
        print("package: the checkout has uncommitted changes; this build is marked -dirty, not a release",
              file=sys.stderr)
    stage(dest, epoch, built_from)
    (dest / ".source-date-epoch").write_text(str(epoch), encoding="utf-8")
    os.utime(dest / ".source-date-epoch", (epoch, epoch))
    return dest


def staged_identity(staged: Path) -> tuple[int, str]:
    """The time and commit a staged copy was made with (so both builds of a check use the same)."""
    epoch = int((staged / ".source-date-epoch").read_text(encoding="utf-8"))
    found = re.search(r'^COMMIT = "([^"]+)"$', (staged / APP / "_build.py").read_text(encoding="utf-8"), re.MULTILINE)
    assert found is not None
    return epoch, found.group(1)


def release_name(staged: Path) -> str:
    return f"{APP}-{version(staged)}-{platform_tag()}"


def release_members(name: str, folder: Path, staged: Path) -> list[tuple[str, Path]]:
    members = [(f"{name}/{folder.name}", folder)]
    if sys.platform.startswith("linux"):
        members += [(f"{name}/{APP}.desktop", staged / "packaging" / f"{APP}.desktop"),
                    (f"{name}/{APP}.svg", staged / "packaging" / f"{APP}.svg")]
    return members


def differences(a: Path, b: Path) -> list[str]:
    """Every file that differs between two built folders (what to fix when archives differ)."""
    def hashes(top: Path) -> dict[str, str]:
        return {str(p.relative_to(top)): (os.readlink(p) if p.is_symlink() else sha256(p))
                for p in top.rglob("*") if p.is_file() or p.is_symlink()}
    left, right = hashes(a), hashes(b)
    return sorted(k for k in left.keys() | right.keys() if left.get(k) != right.get(k))


def check(base: Path, sbom_python: Path) -> int:
    """Build twice, in two different folders, and compare the archives byte for byte.

    Both copies are staged first, so a commit or an edit during the check cannot make them differ.
    """
    shutil.rmtree(base, ignore_errors=True)
    staged = {run: stage_checkout(base / run / "build" / "src") for run in ("a", "b")}
    results = []
    for run in ("a", "b"):
        started = time.monotonic()
        results.append(build(base / run / "dist", base / run / "build", sbom_python, staged=staged[run]))
        print(f"package-check: build {run} took {time.monotonic() - started:.0f} s", file=sys.stderr)
    (folder_a, archive_a, sbom_a, _), (folder_b, archive_b, sbom_b, _) = results
    same = archive_a.read_bytes() == archive_b.read_bytes() and sbom_a.read_bytes() == sbom_b.read_bytes()
    if same:
        print(f"package-check: identical, sha256 {sha256(archive_a)}  {archive_a.name}")
        return 0
    differing = differences(folder_a, folder_b)
    print(f"package-check: the two builds differ in {len(differing)} file(s):", *differing[:50], sep="\n  ")
    return 1


def rearchive(folder: Path, out: Path) -> list[Path]:
    """Archive a folder again after signing its executables (Windows, macOS): same rules, new sums."""
    epoch = source_date_epoch()
    name = release_name(ROOT)
    packed = archive(release_members(name, folder, ROOT), out, name, epoch)
    sums = write_sums([p for p in out.iterdir() if p.name.startswith(f"{name}.")], out / "SHA256SUMS")
    return [packed, sums]


def default_sbom_python() -> Path:
    given = os.environ.get("FIELDINTAKE_SBOM_PYTHON")
    if given:
        return Path(given)
    venv = ROOT / ".venv-sbom"
    return venv / "Scripts" / "python.exe" if sys.platform == "win32" else venv / "bin" / "python"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/package.py")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the folder, the archive, its SBOM and SHA256SUMS")
    b.add_argument("--out", type=Path, default=ROOT / "dist")
    b.add_argument("--work", type=Path, default=ROOT / "build" / "package")
    c = sub.add_parser("check", help="build twice in two folders and compare the archives")
    c.add_argument("--base", type=Path, default=ROOT / "build" / "package-check")
    r = sub.add_parser("archive", help="archive a (signed) app folder again, and rewrite SHA256SUMS")
    r.add_argument("folder", type=Path)
    r.add_argument("--out", type=Path, default=ROOT / "dist")
    for command in (b, c):
        command.add_argument("--sbom-python", type=Path, default=default_sbom_python(),
                             help="the Python of the venv holding cyclonedx-bom (default: .venv-sbom)")
    args = parser.parse_args(argv)
    if args.command == "check":
        return check(args.base, args.sbom_python)
    if args.command == "archive":
        for path in rearchive(args.folder, args.out):
            print(path)
        return 0
    for path in build(args.out, args.work, args.sbom_python):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
