"""One step of the streaming-memory test, run as ``python -m tests.streaming_child STEP ROOT [MIB]``.

Each step runs in its own process so that its peak RSS (``VmHWM``, which
belongs to the exec'd image alone) is its own; it prints one JSON line with
the baseline (after imports and unlocking; for the redacted export, once the redaction engine
has loaded its dictionaries, a fixed cost) and the peak. ``setup`` builds the
vaults (not measured): alice holds a case with one large generated attachment
(a sparse file: read back fast, stored encrypted like any other) and a few
photos padded with trailing bytes, which the redacted export cleans.
"""

from __future__ import annotations

import io
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

MIB = 1024 * 1024
PASSPHRASE = "streaming memory test passphrase 2026"
PHOTOS = 3
PHOTO_PAD = 60 * MIB  # each photo file: a small JPEG and this much after its end (ignored by decoders)


def _vm(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def _children_peak() -> float:
    """The largest peak RSS of any child this step waited for (the age child of a backup or restore)."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _store(root: Path) -> Any:
    from keyring.backends.fail import Keyring

    from fieldintake.app.paths import Home
    from fieldintake.app.users import UserStore
    from fieldintake.crypto.device import DeviceSecrets
    from fieldintake.crypto.kdf import FAST_FOR_TESTS

    return UserStore(Home(root / "home"), policy=FAST_FOR_TESTS, device=DeviceSecrets(Keyring()))


def _photo() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.effect_noise((1600, 1200), 64).convert("RGB").save(out, "JPEG", quality=85)
    return out.getvalue()


def setup(root: Path, mib: int) -> dict[str, Any]:
    store = _store(root)
    made = store.create("alice", PASSPHRASE)
    with made.session as alice, store.create("bob", PASSPHRASE).session as bob:
        alice.contacts.add("Bob", bob.card().to_text())
        case = alice.cases.create("Large evidence")
        big = root / "evidence.bin"
        with big.open("wb") as fh:
            fh.truncate(mib * MIB)  # sparse: zeros, read back at memory speed
        alice.attachments.add(case.id, big, sensitivity="shareable")
        big.unlink()
        photo = _photo()
        for i in range(PHOTOS):
            padded = root / f"photo{i}.jpg"
            with padded.open("wb") as fh:
                fh.write(photo)
                fh.truncate(len(photo) + PHOTO_PAD)
            alice.attachments.add(case.id, padded, sensitivity="shareable")
            padded.unlink()
        return {"case": case.id, "recovery_key": made.recovery_key}


def run_step(step: str, root: Path) -> dict[str, Any]:
    from fieldintake.exports import backup, handover

    store = _store(root)
    setup = json.loads((root / "setup.json").read_text())
    case_id = setup["case"]
    if step == "restore":
        import shutil

        shutil.rmtree(root / "restored", ignore_errors=True)
        key = backup.key_from_recovery(setup["recovery_key"])
        baseline = _vm("VmRSS")
        t0 = time.perf_counter()
        backup.restore_backup(_store(root / "restored"), root / "vault.fibackup", key, PASSPHRASE + " again")
        return {"step": step, "baseline_mib": baseline, "peak_mib": _vm("VmHWM"),
                "children_peak_mib": _children_peak(), "seconds": time.perf_counter() - t0}
    user = "bob" if step == "import" else "alice"
    with store.unlock(user, PASSPHRASE) as session:
        if step == "redacted":  # the engine's dictionaries and models load once, whatever the case holds
            from fieldintake.exports import summary

            summary.redact(session, case_id, audience="un-body", override_reason="test")
        baseline = _vm("VmRSS")
        t0 = time.perf_counter()
        info: dict[str, Any] = {}
        if step == "export":
            result = handover.export_bundle(session, [case_id], root / "full.fibundle", contacts=["Bob"])
            info["bundle_bytes"] = result.info.size
        elif step == "redacted":
            payload = handover.prepare_payload(session, [case_id], audience="un-body", override_reason="test",
                                               with_pdf=True)
            result = handover.export_bundle(session, [case_id], root / "redacted.fibundle", contacts=["Bob"],
                                            payload=payload)
            info["bundle_bytes"] = result.info.size
            info["members"] = [m.path for m in result.info.manifest.members]
        elif step == "import":
            report = handover.import_bundle(session, root / "full.fibundle", trust_new_sender=True)
            info["cases"] = [r.status for r in report.results]
        elif step == "backup":
            made = backup.create_backup(session, root / "vault.fibackup")
            info["backup_bytes"] = made.size
        else:
            raise SystemExit(f"unknown step {step!r}")
        info["seconds"] = time.perf_counter() - t0
    return {"step": step, "baseline_mib": baseline, "peak_mib": _vm("VmHWM"), "children_peak_mib": _children_peak(),
            **info}


def main() -> int:
    step, root = sys.argv[1], Path(sys.argv[2])
    if step == "setup":
        result = setup(root, int(sys.argv[3]))
        (root / "setup.json").write_text(json.dumps(result))
    else:
        result = run_step(step, root)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
