"""The code paths the Windows and macOS builds take, exercised on Linux where they can be.

Where the code branches on ``sys.platform``, the branch is run with the platform set; the only stand-in
is ``msvcrt`` (Windows' C runtime, which Linux lacks), emulating its byte-range lock semantics.
Keyring backend choice is tested with crypto/device.py itself.
"""

from __future__ import annotations

import importlib.util
import os
import stat
import subprocess
import sys
import types
from pathlib import Path

import pytest
import yaml

from fieldintake import fsutil
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.errors import VaultInUse
from tests.conftest import PASSPHRASE, child_pythonpath
from tests.keyring_memory import MemoryKeyring

ROOT = Path(__file__).resolve().parents[1]
NAMES = ("Әлия Сейітқызы", "Олена Коваленко", "Фёдор")  # invented people, as user folders on a laptop


# --- file locks: the msvcrt branch of app/lockfile.py ---------------------------------------------

class FakeMsvcrt(types.ModuleType):
    """msvcrt.locking's contract: lock ``nbytes`` from the fd's position; a range locked through
    another handle fails at once with LK_NBLCK; unlocking a range this handle does not hold fails."""

    LK_NBLCK, LK_UNLCK = 2, 0

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int, int], int] = {}  # (device, inode, offset) -> fd

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        info = os.fstat(fd)
        key = (info.st_dev, info.st_ino, os.lseek(fd, 0, os.SEEK_CUR))
        assert nbytes == 1
        if mode == self.LK_NBLCK:
            if key in self.held:
                raise PermissionError(13, "Permission denied")  # what Windows raises for a held range
            self.held[key] = fd
        elif mode == self.LK_UNLCK:
            if self.held.get(key) != fd:
                raise PermissionError(13, "Permission denied")
            del self.held[key]


@pytest.fixture
def windows_lockfile(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """app/lockfile.py as imported on Windows, in a module of its own (the real one stays as is)."""
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(sys, "platform", "win32")
    spec = importlib.util.spec_from_file_location("lockfile_on_windows", ROOT / "fieldintake" / "app" / "lockfile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(sys, "platform", "linux")
    module.fake = fake  # type: ignore[attr-defined]
    return module


def test_on_windows_a_second_open_of_a_vault_is_refused(windows_lockfile: types.ModuleType, tmp_path: Path) -> None:
    assert windows_lockfile._lock.__module__ == "lockfile_on_windows"
    path = tmp_path / NAMES[0] / "vault.lock"
    path.parent.mkdir()
    first = windows_lockfile.VaultLock(path).acquire()
    with pytest.raises(VaultInUse, match="in use by another fieldintake"):
        windows_lockfile.VaultLock(path).acquire()
    first.release()
    assert not windows_lockfile.fake.held
    again = windows_lockfile.VaultLock(path).acquire()  # released for real: it can be taken again
    assert again.held
    again.release()


def test_on_windows_unlock_finds_the_locked_byte_even_after_the_position_moved(
        windows_lockfile: types.ModuleType, tmp_path: Path) -> None:
    lock = windows_lockfile.VaultLock(tmp_path / "vault.lock").acquire()
    os.write(lock._fd, b"pid")  # anything that moves the position must not strand the lock
    lock.release()
    assert not windows_lockfile.fake.held


def test_on_posix_the_lock_is_real_between_processes(tmp_path: Path) -> None:
    from fieldintake.app.lockfile import VaultLock

    path = tmp_path / NAMES[1] / "vault.lock"
    path.parent.mkdir()
    with VaultLock(path):
        other = subprocess.run(
            [sys.executable, "-c", "import sys; from fieldintake.app.lockfile import VaultLock; "
             "from fieldintake.errors import VaultInUse\n"
             "try:\n VaultLock(__import__('pathlib').Path(sys.argv[1])).acquire()\n"
             "except VaultInUse:\n sys.exit(3)", str(path)],
            cwd=ROOT, capture_output=True, text=True)
    assert other.returncode == 3, other.stderr


# --- private files and folders: fsutil's win32 branches ---------------------------------------------

def test_on_windows_private_dirs_are_left_to_the_profile_acl(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Windows has no mode bits to tighten (the user profile's ACL protects it); chmod is not attempted."""
    folder = tmp_path / NAMES[0]
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    monkeypatch.setattr(fsutil.sys, "platform", "win32")
    fsutil.ensure_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    monkeypatch.setattr(fsutil.sys, "platform", "linux")
    fsutil.ensure_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_on_windows_a_rename_needs_no_directory_fsync(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Windows cannot open a folder for fsync: that step is skipped there, and the write still lands."""
    monkeypatch.setattr(fsutil.sys, "platform", "win32")
    fsutil.fsync_dir(tmp_path / "no such folder")  # not opened at all
    target = tmp_path / NAMES[2] / "keys.json"
    target.parent.mkdir()
    fsutil.atomic_write_bytes(target, b"{}")
    assert target.read_bytes() == b"{}"
    assert [p.name for p in target.parent.iterdir()] == ["keys.json"]  # no temp file left
    monkeypatch.setattr(fsutil.sys, "platform", "linux")
    with pytest.raises(FileNotFoundError):
        fsutil.fsync_dir(tmp_path / "no such folder")


def test_private_files_are_owner_only_under_a_non_ascii_name(tmp_path: Path) -> None:
    target = tmp_path / NAMES[0] / "Қосымша.pdf"
    target.parent.mkdir()
    old_umask = os.umask(0)  # the mode must come from us, not from a kind umask
    try:
        fsutil.atomic_write_bytes(target, b"%PDF")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


# --- homes under non-ASCII user names ----------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_a_vault_works_under_a_non_ascii_home(tmp_path: Path, memory_keyring: MemoryKeyring, name: str) -> None:
    home = Home(tmp_path / name / ".local" / "share" / "fieldintake")
    store = UserStore(home, policy=FAST_FOR_TESTS, device=DeviceSecrets(memory_keyring))
    store.create("alice", PASSPHRASE).session.close()
    session = store.unlock("alice", PASSPHRASE)
    try:
        assert (home.root / "users" / "alice" / "vault.db").is_file()
    finally:
        session.close()
    assert stat.S_IMODE(home.user("alice").dir.stat().st_mode) == 0o700


def test_the_default_home_follows_a_non_ascii_profile(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    profile = tmp_path / NAMES[1]
    monkeypatch.setenv("HOME", str(profile))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert Home.resolve().root == profile / ".local" / "share" / "fieldintake"


def test_the_cli_works_under_a_non_ascii_home_in_the_c_locale(tmp_path: Path) -> None:
    """A minimal system (LANG unset, C locale): paths are still UTF-8, errors are one line."""
    env = {"PATH": os.environ["PATH"], "LC_ALL": "C", "LANG": "C", "PYTHONPATH": child_pythonpath(),
           "FIELDINTAKE_HOME": str(tmp_path / NAMES[0]), "FIELDINTAKE_TEST_KDF": "1",
           "FIELDINTAKE_PASSPHRASE": PASSPHRASE, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "fieldintake.cli", *args], env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=120)

    created = cli("user", "create", "alice")
    assert created.returncode == 0, created.stderr
    checked = cli("check")
    assert checked.returncode == 0 and "Vault check passed" in checked.stdout, checked.stderr
    missing = cli("--user", "bob", "check")
    assert missing.returncode != 0 and "Traceback" not in missing.stderr
    assert NAMES[0] in missing.stderr  # the home's name comes back intact, not as escapes


# --- the build: spec branches, archive format ---------------------------------------------------------

class Recorder:
    """Stands in for PyInstaller's build steps (Analysis, EXE, ...) while the spec is evaluated."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...], dict[str, object]]] = []

    def step(self, kind: str):  # type: ignore[no-untyped-def]
        def record(*args: object, **kwargs: object) -> types.SimpleNamespace:
            self.calls.append((kind, args, kwargs))
            return types.SimpleNamespace(**{"pure": [], "scripts": [], "binaries": [], "datas": [], **kwargs, "kind": kind})
        return record

    def of(self, kind: str) -> list[dict[str, object]]:
        return [kwargs for k, _, kwargs in self.calls if k == kind]


def evaluate_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> Recorder:
    recorder = Recorder()
    namespace = {"SPECPATH": str(ROOT / "packaging"), "__file__": str(ROOT / "packaging" / "fieldintake.spec")}
    namespace |= {kind: recorder.step(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    hooks = types.ModuleType("PyInstaller.utils.hooks")  # the real ones start a Python per call: a build's job
    hooks.collect_data_files = lambda *a, **k: []  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda *a, **k: []  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda *a, **k: []  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    try:
        exec(compile((ROOT / "packaging" / "fieldintake.spec").read_text(), "fieldintake.spec", "exec"), namespace)
    finally:
        monkeypatch.setattr(sys, "platform", "linux")
    return recorder


def test_the_windows_build_has_a_windowed_app_and_a_console_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = evaluate_spec(monkeypatch, "win32")
    assert [(e["name"], e["console"]) for e in spec.of("EXE")] == [("fieldintake", False), ("fieldintake-cli", True)]
    assert all(str(e["icon"]).endswith("fieldintake.png") and Path(str(e["icon"])).is_file() for e in spec.of("EXE"))
    assert not spec.of("BUNDLE")
    (collect,) = [args for kind, args, _ in spec.calls if kind == "COLLECT"]
    assert [getattr(a, "kind", None) for a in collect[:2]] == ["EXE", "EXE"]  # both in one folder


def test_the_macos_build_is_an_app_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldintake import __version__

    spec = evaluate_spec(monkeypatch, "darwin")
    assert [(e["name"], e["console"]) for e in spec.of("EXE")] == [("fieldintake", False)]
    (bundle,) = spec.of("BUNDLE")
    assert bundle["name"] == "fieldintake.app" and bundle["version"] == __version__
    assert bundle["info_plist"]["CFBundleShortVersionString"] == __version__  # type: ignore[index]


def test_the_linux_build_is_one_console_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = evaluate_spec(monkeypatch, "linux")
    assert [(e["name"], e["console"], e["icon"]) for e in spec.of("EXE")] == [("fieldintake", True, None)]
    assert not spec.of("BUNDLE")


def load_package_script() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("package_script", ROOT / "scripts" / "package.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("platform", "machine", "tag", "suffix"), [
    ("win32", "AMD64", "windows-x86_64", ".zip"),
    ("darwin", "arm64", "macos-arm64", ".tar.gz"),
    ("linux", "x86_64", "linux-x86_64", ".tar.gz"),
])
def test_each_system_gets_its_archive(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str,
                                      machine: str, tag: str, suffix: str) -> None:
    package = load_package_script()
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "fieldintake.exe").write_bytes(b"MZ")
    monkeypatch.setattr(package.sys, "platform", platform)
    monkeypatch.setattr(package.platform, "machine", lambda: machine)
    assert package.platform_tag() == tag
    out = tmp_path / "out"
    out.mkdir()
    made = package.archive([("x/app", tmp_path / "app")], out, f"fieldintake-0-{tag}", 1_700_000_000)
    assert made.name == f"fieldintake-0-{tag}{suffix}"


def test_the_workflow_builds_and_tests_on_three_systems() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "build.yml").read_text())
    (job,) = workflow["jobs"].values()
    systems = job["strategy"]["matrix"]["os"]
    assert {s.split("-")[0] for s in systems} == {"ubuntu", "windows", "macos"}
    commands = "\n".join(step.get("run", "") for step in job["steps"])
    for needed in ("make test", "make package-check", "make package", "scripts/system-deps",
                   "--require-hashes -r packaging/requirements.lock", "scripts/package.py build", "pytest"):
        assert needed in commands, needed
    for path in ("scripts/system-deps", "packaging/requirements.lock", "packaging/sbom-tools.lock", "scripts/package.py"):
        assert (ROOT / path).is_file(), path
