"""One table for every benchmark, plus a JSON file to compare runs."""

from __future__ import annotations

import json
import platform
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Row:
    name: str
    value: float  # seconds unless ``unit`` says otherwise
    reference: float | None  # the same work done by the reference, in the same run
    note: str
    goal: str
    unit: str = "s"

    @property
    def ratio(self) -> float | None:
        if self.reference in (None, 0):
            return None
        return self.value / self.reference  # type: ignore[operator]


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.1f} {unit}"


def print_table(rows: list[Row]) -> None:
    headers = ("benchmark", "value", "reference", "ratio", "goal", "note")
    table = [
        (r.name, _fmt(r.value, r.unit), _fmt(r.reference, r.unit), f"{r.ratio:.2f}" if r.ratio is not None else "-", r.goal, r.note)
        for r in rows
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *table)]
    for line in (headers, tuple("-" * w for w in widths), *table):
        print("  ".join(str(c).ljust(w) for c, w in zip(line, widths)).rstrip())


def save_json(rows: list[Row], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"machine": platform.platform(), "python": platform.python_version(), "rows": [asdict(r) | {"ratio": r.ratio} for r in rows]}
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
