"""``make bench``: run every benchmark and print one table (``--quick`` for CI smoke use)."""

from __future__ import annotations

import argparse
import importlib
import time
from pathlib import Path

from benchmarks.report import Row, print_table, save_json

MODULES = ["bench_startup", "bench_unlock", "bench_vault", "bench_bulk_import", "bench_pdf", "bench_summary", "bench_bundle_format",
           "bench_handover", "bench_backup", "bench_hostile_bundles", "bench_merge", "bench_redaction_scaling",
           "bench_redaction_eval", "bench_search"]


def main() -> None:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("--quick", action="store_true", help="small sizes, under a minute")
    parser.add_argument("--only", help="run only the benchmark modules whose name contains this")
    parser.add_argument("--json", type=Path, default=Path("benchmarks/results/latest.json"))
    args = parser.parse_args()
    rows: list[Row] = []
    for name in MODULES:
        if args.only and args.only not in name:
            continue
        start = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{name}")
        rows.extend(module.run(args.quick))
        print(f"[{name} done in {time.perf_counter() - start:.1f} s]", flush=True)
    print()
    print_table(rows)
    save_json(rows, args.json)
    print(f"\nResults written to {args.json}")


if __name__ == "__main__":
    main()
