"""packaging/requirements.lock pins, with hashes, every dependency pyproject.toml names.

A dependency added to pyproject.toml without `make lock` fails here, so a release is never built
from a lock that misses (or mis-pins) what the code now imports.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "packaging" / "requirements.lock"
SBOM_LOCK = ROOT / "packaging" / "sbom-tools.lock"
RELOCK = "pyproject.toml changed: run `make lock` and commit packaging/*.lock"


def locked(lock: Path = LOCK) -> dict[str, list[tuple[Version, list[str]]]]:
    """Each locked name with its pins (one per marker branch) and each pin's hashes."""
    text = lock.read_text(encoding="utf-8")
    pins: dict[str, list[tuple[Version, list[str]]]] = {}
    for block in re.split(r"\n(?=\S)", text):
        if block.startswith("#") or not block.strip():
            continue
        head = block.split("\\", 1)[0].strip()
        requirement = Requirement(head)
        (spec,) = requirement.specifier
        assert spec.operator == "==", f"{head}: not pinned"
        hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", block)
        pins.setdefault(canonicalize_name(requirement.name), []).append((Version(spec.version), hashes))
    return pins


PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def declared() -> list[Requirement]:
    """What a release is built from: runtime dependencies, the package extra, the build backend."""
    lines = [*PYPROJECT["project"]["dependencies"], *PYPROJECT["project"]["optional-dependencies"]["package"],
             *PYPROJECT["build-system"]["requires"]]
    return [Requirement(line) for line in lines]


def sbom_tools() -> list[Requirement]:
    return [Requirement(line) for line in PYPROJECT["project"]["optional-dependencies"]["sbom"]]


@pytest.mark.parametrize("lock", [LOCK, SBOM_LOCK], ids=lambda p: p.name)
def test_every_pin_has_hashes(lock: Path) -> None:
    pins = locked(lock)
    assert len(pins) > 10
    unhashed = [name for name, branches in pins.items() for _, hashes in branches if not hashes]
    assert not unhashed, f"pins without hashes: {unhashed}"


@pytest.mark.parametrize(("lock", "requirements"), [(LOCK, declared), (SBOM_LOCK, sbom_tools)],
                         ids=["requirements.lock", "sbom-tools.lock"])
def test_every_declared_dependency_is_locked_at_an_allowed_version(lock: Path, requirements) -> None:  # type: ignore[no-untyped-def]
    pins = locked(lock)
    for requirement in requirements():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in packaging/{lock.name}: {RELOCK}"
        for version, _ in pins[name]:
            assert requirement.specifier.contains(version, prereleases=True), (
                f"{requirement.name} is locked at {version}, outside {requirement.specifier}: {RELOCK}")



def test_the_sbom_generator_stays_out_of_the_build_environment() -> None:
    """Its optional jsonschema plug-ins, once installed, get bundled and break the frozen app at start."""
    pins = locked(LOCK)
    assert not [r.name for r in sbom_tools() if canonicalize_name(r.name) in pins]
