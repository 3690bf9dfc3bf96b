"""Refresh the translation sources and compile them.

    python -m fieldintake.ui.i18n.build            # lupdate + lrelease for every language
    python -m fieldintake.ui.i18n.build --release  # only compile the .ts files to .qm

Uses ``pyside6-lupdate`` and ``pyside6-lrelease`` from the PySide6 wheel (they
sit beside the Python interpreter in a virtualenv). ``lupdate`` keeps
existing translations and marks strings that vanished as obsolete; open the
``.ts`` in Qt Linguist (``pyside6-linguist``) or any text editor to translate.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
UI = HERE.parent
LANGUAGES = ("ru", "kk", "uk")


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment.")
    return found


# Sub-packages with a catalogue of their own (``<area>_<lang>.ts``); the rest is the shell's.
AREAS = {"case": "cases", "forms": "forms", "handover": "handover"}


def area_of(path: Path) -> str:
    first = path.relative_to(UI).parts[0]
    return AREAS.get(first, "fieldintake")


def sources(area: str = "fieldintake") -> list[Path]:
    return sorted(
        p for p in UI.rglob("*.py") if HERE not in p.parents and area_of(p) == area
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fieldintake.ui.i18n.build")
    parser.add_argument("--release", action="store_true", help="only compile .ts to .qm")
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        for area in ("fieldintake", *AREAS.values()):
            files = sources(area)
            if not files:
                continue
            ts = HERE / f"{area}_{language}.ts"
            if not args.release:
                subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                                *map(str, files), "-ts", str(ts)], check=True)
            subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    # Hand-kept supplements to Qt's own catalogues (no sources of ours: only compiled).
    for ts in sorted(HERE.glob("qtgaps_*.ts")):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
