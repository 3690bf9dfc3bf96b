"""Search at scale and search quality (``make bench``): p50/p95 with snippets, index size, rebuild, recall.

Goals (issue 18): p95 ≤ 20 ms with snippets at 10,000 cases (at the 20 hits the command line shows
and the 200 the case list asks for), a cost that grows with the hits
shown rather than with the matches; phones 15/15 on the evaluation set, German/Czech
spellings and one-key typing errors found, without flooding.

The cases (benchmarks.casedata: three ~3 KB interviews each, a phone number) are written
with the row owner's statements and indexed by the real ``derived.refresh``, in batches of
one transaction, skipping what only the service adds (validation, revisions): building
10,000 through the service takes minutes (the bulk import's own benchmark measures that).
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from keyring.backends.fail import Keyring as FailKeyring

from benchmarks.casedata import case_inputs
from benchmarks import scalecurve
from benchmarks.report import Row
from fieldintake.app import caserows, search
from fieldintake.app.casecommands import new_id
from fieldintake.app.clock import utc_now
from fieldintake.app.model import Case, Interview, Person
from fieldintake.app.paths import Home
from fieldintake.app.users import Session, UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from tests.search_eval.scorer import Outcome, build, evaluate, load

PASSPHRASE = "benchmark passphrase with enough words 2026"
QUERIES = ["Качкуркин", "Kachkurkin", "Качкуркина", "Oleksandr", "Гнатюк", "Hnatiuk", "депортация", "extradition",
           "Tashkentov", "Жуков", "Zhukov", "апелляция адвокат", "Almaty", "мобилизация граница", "Сафаровой",
           "+77010000123", "8 (701) 000-01-23", "Schukow", "Качкуруин", "Chadischat"]
BATCH = 500


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) >= 20 else max(samples)


def _grow(session: Session, start: int, stop: int) -> None:
    """Cases ``start`` to ``stop`` of the deterministic set, written and indexed in batches."""
    templates = session.templates
    template = templates.latest("deportation-risk")
    inputs = case_inputs(stop)[start:]
    for first in range(0, len(inputs), BATCH):
        with session.vault.transaction() as tx:
            for offset, item in enumerate(inputs[first : first + BATCH]):
                number = start + first + offset
                now = utc_now()
                case = Case(new_id(), f"B-{number:06d}", item["title"], "open", item["urgency"], [], "", now, now)
                caserows.insert_case(tx, case)
                caserows.insert_person(tx, case.id, Person(id=new_id(), role="client", name=item["client"]), 0, now)
                for position, answers in enumerate(item["interviews"]):
                    answers = answers | {"client_phone": f"+7701{number:07d}"}
                    interview = Interview(new_id(), template.id, template.version, "draft", answers, now, now)
                    caserows.insert_interview(tx, case.id, interview, position)
                caserows.set_derived(tx, case.id, item["client"], None, now)
            tx.audit("bench.cases_written", "vault", "", {"cases": min(BATCH, len(inputs) - first)})


def _rebuild(session: Session) -> float:
    t = time.perf_counter()
    with session.vault.transaction() as tx:
        search.rebuild(tx, session.templates)
        tx.audit("bench.search_rebuilt", "vault", "", {})
    return time.perf_counter() - t


#: The hits the case list asks for (``ui.case.caselist``: 200, the first 10 with a snippet), and
#: the 20 the command line shows by default: a broad query's cost at 200 is what a caseworker waits.
GUI_LIMIT = 200
CLI_LIMIT = 20


def _latency(session: Session, rounds: int, limit: int = CLI_LIMIT
             ) -> tuple[float, float, float, float, dict[str, float]]:
    """Wall-clock p50/p95, and the same in CPU time of this process (what a busy machine does not inflate)."""
    samples: list[float] = []
    cpu: list[float] = []
    worst: dict[str, float] = {}
    for _ in range(rounds):
        for q in QUERIES:
            c = time.process_time()
            t = time.perf_counter()
            session.cases.search(q, limit=limit)
            spent = time.perf_counter() - t
            cpu.append(time.process_time() - c)
            samples.append(spent)
            worst[q] = max(worst.get(q, 0.0), spent)
    return statistics.median(samples), _p95(samples), statistics.median(cpu), _p95(cpu), worst


def _index_bytes(session: Session) -> int:
    """The bytes of the index's terms: FTS5's own segments plus the cached terms per part."""
    table = search.textindex.FTS_TABLE
    fts = session.vault.query(f"SELECT coalesce(sum(length(block)), 0) FROM {table}_data")[0][0]
    units = session.vault.query("SELECT coalesce(sum(length(exact) + length(sound) + length(digest)), 0)"
                                " FROM search_units")[0][0]
    return int(fts) + int(units)


def _quality() -> tuple[list[str], Outcome]:
    tmp = Path(tempfile.mkdtemp(prefix="fi-bench-eval-"))
    try:
        store = UserStore(Home(tmp / "home"), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
        cases, queries = load()
        with store.create("eval", PASSPHRASE).session as session:
            outcome = evaluate(session.cases, build(session, cases), queries)
        return outcome.lines(), outcome
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(quick: bool, sizes: list[int] | None = None) -> list[Row]:
    if sizes is None:
        sizes = [500] if quick else [1000, 10_000, 50_000]  # --quick stays under a minute
    rows: list[Row] = []
    lines, outcome = _quality()
    print("search eval: " + "\n  ".join(lines), flush=True)
    for kind, goal in (("phone", "15/15"), ("translit", "≥ 95 %"), ("typo", "≥ 90 %")):
        found, total = outcome.found[kind], outcome.total[kind]
        rows.append(Row(f"search eval: {kind} recall", 100 * found / total, None,
                        f"{found}/{total}; {outcome.extra[kind]} other cases returned", goal, unit="%"))
    rows.append(Row("search eval: broad queries widened by typing errors", len(outcome.broad_widened), None,
                    "typing errors only when the exact words find < 3 cases", "0", unit="queries"))
    tmp = Path(tempfile.mkdtemp(prefix="fi-bench-search-"))
    try:
        store = UserStore(Home(tmp / "home"), policy=FAST_FOR_TESTS, device=DeviceSecrets(FailKeyring()))
        session = store.create("bench", PASSPHRASE).session
        try:
            built = 0
            for n in sizes:
                t = time.perf_counter()
                _grow(session, built, n)
                grow = time.perf_counter() - t
                built = n
                rebuild = _rebuild(session)  # indexes every case written so far
                session.cases.search("warm up", limit=20)
                for limit, label in ((CLI_LIMIT, ""), (GUI_LIMIT, ", as the case list asks")):
                    p50, p95, cpu50, cpu95, worst = _latency(session, 3 if quick else 5, limit)
                    slowest = max(worst, key=lambda q: worst[q])
                    rows.append(Row(f"search p95 with snippets{label}, {n:,} cases", p95, None,
                                    f"p50 {p50 * 1000:.1f} ms; CPU time p50 {cpu50 * 1000:.1f} / p95 "
                                    f"{cpu95 * 1000:.1f} ms; {len(QUERIES)} queries, {limit} hits, 10 snippets; "
                                    f"slowest {slowest!r} {worst[slowest] * 1000:.0f} ms", "≤ 20 ms"))
                rows.append(Row(f"search index size, {n:,} cases", _index_bytes(session) / 2**20, None,
                                "FTS5 terms + cached terms per part", "-", unit="MiB"))
                rows.append(Row(f"search index rebuild, {n:,} cases", rebuild, None,
                                f"{rebuild / n * 1000:.2f} ms a case (writing the rows: {grow:.1f} s)", "-"))
                scale, session = scalecurve.measure(store, "bench", PASSPHRASE, session, n)
                rows.extend(scale)
        finally:
            session.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


if __name__ == "__main__":
    import sys

    from benchmarks.report import print_table

    # ``python -m benchmarks.bench_search [--quick] [SIZE ...]``: this benchmark alone, at chosen sizes.
    chosen = [int(a) for a in sys.argv[1:] if a.isdigit()] or None
    print_table(run("--quick" in sys.argv, chosen))
