"""Time from process start to the unlock window being shown (a user exists).

Measured from outside: the parent starts a fresh interpreter that builds the
app as ``fieldintake`` does and prints one line once the unlock window is
visible; the reference is a bare interpreter start in the same run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import Row

CHILD = r"""
import sys
from pathlib import Path
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.ui.main import make_application
from fieldintake.ui.app import Controller
app = make_application()
controller = Controller(app, UserStore(Home(Path(sys.argv[1]))), watch_system=False)
controller.start()
while not (controller.unlock_window is not None and controller.unlock_window.isVisible()):
    app.processEvents()
print("shown", flush=True)
controller.shutdown()
"""

SETUP = r"""
import sys
from pathlib import Path
from keyring.backends.fail import Keyring
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
UserStore(Home(Path(sys.argv[1])), policy=FAST_FOR_TESTS, device=DeviceSecrets(Keyring())).create(
    "bench", "benchmark passphrase with enough words 2026").session.close()
"""


def _time(args: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(args, env=env, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def run(quick: bool) -> list[Row]:
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    rounds = 3 if quick else 7
    with tempfile.TemporaryDirectory(prefix="fi-start-") as home:
        subprocess.run([sys.executable, "-c", SETUP, home], env=env, cwd=root, check=True)
        shown = min(_time([sys.executable, "-c", CHILD, home], env, root) for _ in range(rounds))
    bare = min(_time([sys.executable, "-c", "pass"], env, root) for _ in range(rounds))
    return [Row("process start → unlock window shown", shown, bare, "vs a bare Python start", "< 1.5 s")]
