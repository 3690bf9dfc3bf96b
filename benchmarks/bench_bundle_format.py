"""Bundle writer/reader throughput and peak memory, against the age CLI.

Run as ``python -m benchmarks.bench_bundle_format [--mib N] [--out DIR]``.
The ``--child`` mode is used by the streaming-memory test: it writes and
reads one bundle of generated data and prints JSON with ru_maxrss.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

MIB = 1024 * 1024


class _Generated(io.RawIOBase):
    """Deterministic pseudo-random bytes, produced on the fly."""

    PERIOD = MIB + 7

    def __init__(self, size: int, seed: int) -> None:
        block = random.Random(seed).randbytes(self.PERIOD)
        self._ring = memoryview(block + block)
        self._left, self._pos = size, 0

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        n = min(len(target), self._left, self.PERIOD)
        target[:n] = self._ring[self._pos : self._pos + n]
        self._pos = (self._pos + n) % self.PERIOD
        self._left -= n
        return n


class _Member:
    def __init__(self, path: str, size: int, seed: int, sha256: str) -> None:
        self.path, self.size, self.seed, self.sha256 = path, size, seed, sha256

    def open(self) -> _Generated:
        return _Generated(self.size, self.seed)


def _members(total: int, parts: int) -> list[_Member]:
    """``parts`` equal members with the same content: hashed once."""
    size = total // parts
    digest = hashlib.sha256()
    src = _Generated(size, 1)
    while chunk := src.read(MIB):
        digest.update(chunk)
    return [_Member(f"attachments/{i:04d}/part.bin", size, 1, digest.hexdigest()) for i in range(parts)]


def _peak_rss_mib() -> float:
    """This process's own peak RSS.

    Linux's ``ru_maxrss`` carries over the parent's RSS across fork+exec (a
    1 GB pytest parent shows as 1 GB here), so ``VmHWM``, which belongs to
    the exec'd image alone, is used where it exists.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(total: int, parts: int, out_dir: Path) -> dict[str, Any]:
    from fieldintake.crypto.identity import Identity
    from fieldintake.exports.bundle import open_bundle, write_bundle

    sender, recipient = Identity.generate(), Identity.generate()
    members = _members(total, parts)
    path = out_dir / "bench.fibundle"
    c0, t0 = _cpu(), time.perf_counter()
    with path.open("wb") as fh:
        info = write_bundle(fh, sender=sender, sender_card=sender.card("Bench Sender"),
                            recipients=[recipient.age_recipient], members=members)
    c1, t1 = _cpu(), time.perf_counter()
    copied = 0
    with path.open("rb") as fh, open_bundle(fh, identity=recipient) as reader:
        for member in reader.members():
            while chunk := member.read(MIB):
                copied += len(chunk)
    c2, t2 = _cpu(), time.perf_counter()
    return {
        "payload_bytes": total,
        "bundle_bytes": info.size,
        "copied": copied,
        "write_s": t1 - t0,
        "read_s": t2 - t1,
        "write_cpu_s": c1 - c0,  # all threads: what the work costs whatever else runs on the machine
        "read_cpu_s": c2 - c1,
        "maxrss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "peak_rss_mib": _peak_rss_mib(),
        "path": str(path),
        "_recipient": recipient.age_secret,
    }


def _cpu(who: int = resource.RUSAGE_SELF) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


AGE_CPU: dict[str, float] = {}
"""The age CLI's CPU seconds in the last ``_age_cli`` call ("encrypt", "decrypt")."""


def _age_cli(path: Path, secret: str, work: Path) -> tuple[float, float]:
    age = shutil.which("age") or "/usr/bin/age"
    key = work / "key.txt"
    key.write_text(secret + "\n")
    plain = work / "plain.tar"
    c0, t0 = _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    with plain.open("wb") as out:
        subprocess.run([age, "-d", "-i", str(key), str(path)], stdout=out, check=True)
    c1, t1 = _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    recipient = subprocess.run([shutil.which("age-keygen") or "/usr/bin/age-keygen", "-y", str(key)],
                               capture_output=True, text=True, check=True).stdout.strip()
    c2, t2 = _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run([age, "-r", recipient, "-o", str(work / "re.age"), str(plain)], check=True)
    c3, t3 = _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    AGE_CPU.update(encrypt=c3 - c2, decrypt=c1 - c0)
    return t3 - t2, t1 - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mib", type=int, default=1024)
    parser.add_argument("--parts", type=int, default=4)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--child", action="store_true", help="one write+read, JSON on stdout")
    parser.add_argument("--keep", action="store_true", help="with --child: write into --out itself, keep the "
                        "bundle and print the recipient's secret (for the age CLI comparison)")
    args = parser.parse_args(argv)
    if args.child and args.keep and args.out is not None:
        print(json.dumps(run_child(args.mib * MIB, args.parts, args.out)))
        return 0
    with tempfile.TemporaryDirectory(dir=args.out) as tmp:
        work = Path(tmp)
        result = run_child(args.mib * MIB, args.parts, work)
        if args.child:
            result.pop("_recipient")
            print(json.dumps(result))
            return 0
        mb = result["payload_bytes"] / 1e6
        enc_cli, dec_cli = _age_cli(Path(result["path"]), result.pop("_recipient"), work)
        print(f"bundle payload {args.mib} MiB, peak RSS {result['peak_rss_mib']:.0f} MiB")
        print(f"  fieldintake write (tar+hash+age): {mb / result['write_s']:7.0f} MB/s")
        print(f"  fieldintake read  (age+tar+hash): {mb / result['read_s']:7.0f} MB/s")
        print(f"  age CLI encrypt (same tar bytes): {mb / enc_cli:7.0f} MB/s")
        print(f"  age CLI decrypt (same bundle):    {mb / dec_cli:7.0f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())


def run(quick: bool) -> list[Any]:
    """For ``make bench``: the format layer alone, against the age CLI on the same bytes.

    The write and read run in a child process, so the peak RSS printed is theirs: measured in the
    benchmark runner itself it was the high-water mark of every benchmark before it (347 MiB in
    issue 18, after the PDF benchmarks), not the bundle writer's.
    """
    from benchmarks.report import Row

    mib = 64 if quick else 1024
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        proc = subprocess.run([sys.executable, "-m", "benchmarks.bench_bundle_format", "--child", "--keep",
                               "--mib", str(mib), "--out", str(work)],
                              capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[1])
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        enc_cli, dec_cli = _age_cli(Path(result["path"]), result.pop("_recipient"), work)
        ceiling = pyrage_ceiling(64 if quick else 512, work)
    return [
        Row(f"bundle format write {mib} MiB (throughput ratio)", enc_cli / result["write_s"], None,
            f"tar+hash+age vs age CLI; CPU-time ratio {AGE_CPU['encrypt'] / result['write_cpu_s']:.2f}", "≥ 0.9",
            unit="×"),
        Row(f"bundle format read {mib} MiB (throughput ratio)", dec_cli / result["read_s"], None,
            f"age+tar+hash vs age CLI; CPU-time ratio {AGE_CPU['decrypt'] / result['read_cpu_s']:.2f}", "≥ 0.9",
            unit="×"),
        Row(f"bundle format write+read {mib} MiB, peak RSS", result["peak_rss_mib"], None,
            "child process VmHWM (interpreter and libraries included)", "≤ 100 MiB", unit="MiB"),
        *ceiling,
    ]


def pyrage_ceiling(mib: int, work: Path) -> list[Any]:
    """What pyrage itself can do on these bytes, file to file, against the age CLI: the ceiling of any
    pipeline built on it; and whether it releases the GIL (another thread's progress while it runs)."""
    import threading

    import pyrage

    from benchmarks.report import Row

    plain, sealed, opened = work / "ceiling.bin", work / "ceiling.age", work / "ceiling.out"
    with plain.open("wb") as fh:
        src = _Generated(mib * MIB, 2)
        while chunk := src.read(MIB):
            fh.write(chunk)
    identity = pyrage.x25519.Identity.generate()
    recipient = identity.to_public()
    key = work / "ceiling-key.txt"
    key.write_text(f"{identity}\n")
    age = shutil.which("age") or "/usr/bin/age"

    def best(fn: Any) -> float:
        times = []
        for _ in range(2):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    py_enc = best(lambda: pyrage.encrypt_file(str(plain), str(sealed), [recipient]))
    py_dec = best(lambda: pyrage.decrypt_file(str(sealed), str(opened), [identity]))
    cli_enc = best(lambda: subprocess.run([age, "-r", str(recipient), "-o", str(sealed), str(plain)], check=True))
    cli_dec = best(lambda: subprocess.run([age, "-d", "-i", str(key), "-o", str(opened), str(sealed)], check=True))

    def spins_per_second(fn: Any) -> float:
        stop, count = threading.Event(), [0]

        def spin() -> None:
            while not stop.is_set():
                count[0] += 1

        thread = threading.Thread(target=spin)
        thread.start()
        t0 = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - t0
        stop.set()
        thread.join()
        return count[0] / elapsed

    alone = spins_per_second(lambda: time.sleep(0.3))
    during = spins_per_second(lambda: pyrage.decrypt_file(str(sealed), str(opened), [identity]))
    for path in (plain, sealed, opened):
        path.unlink(missing_ok=True)
    mb = mib * MIB / 1e6
    return [
        Row(f"pyrage encrypt_file {mib} MiB (ceiling ratio)", cli_enc / py_enc, None,
            f"pyrage {mb / py_enc:.0f} MB/s vs age CLI {mb / cli_enc:.0f} MB/s, same bytes", "(ceiling)", unit="×"),
        Row(f"pyrage decrypt_file {mib} MiB (ceiling ratio)", cli_dec / py_dec, None,
            f"pyrage {mb / py_dec:.0f} MB/s vs age CLI {mb / cli_dec:.0f} MB/s, same bytes", "(ceiling)", unit="×"),
        Row("pyrage decrypt: another Python thread's speed", during / alone, None,
            "≈ 1: the GIL is released (threads overlap); ≈ 0: it is held", "(measured)", unit="×"),
    ]
