"""packaging/requirements.lock pins, with hashes, every dependency pyproject.toml names.

A dependency added to pyproject.toml without `make lock` fails here, so a release is never built
from a lock that misses (or mis-pins) what the code now imports.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "packaging" / "requirements.lock"
RELOCK = "pyproject.toml changed: run `make lock` and commit packaging/requirements.lock"


def locked() -> dict[str, list[tuple[Version, list[str]]]]:
    """Each locked name with its pins (one per marker branch) and each pin's hashes."""
    text = LOCK.read_text(encoding="utf-8")
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


def declared() -> list[Requirement]:
    """What a release is built from: runtime dependencies, the package extra, the build backend."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    lines = [*pyproject["project"]["dependencies"], *pyproject["project"]["optional-dependencies"]["package"],
             *pyproject["build-system"]["requires"]]
    return [Requirement(line) for line in lines]


def test_every_pin_has_hashes() -> None:
    pins = locked()
    assert len(pins) > 20
    unhashed = [name for name, branches in pins.items() for _, hashes in branches if not hashes]
    assert not unhashed, f"pins without hashes: {unhashed}"


def test_every_declared_dependency_is_locked_at_an_allowed_version() -> None:
    pins = locked()
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in packaging/requirements.lock: {RELOCK}"
        for version, _ in pins[name]:
            assert requirement.specifier.contains(version, prereleases=True), (
                f"{requirement.name} is locked at {version}, outside {requirement.specifier}: {RELOCK}")

