"""The KDF profile comes from the core, and only the test suite can weaken it.

Before the core, the GUI was built from the CLI's Context, which read
FIELDINTAKE_TEST_KDF: that variable in the environment gave users created in the
desktop app the test profile (256 KiB, one iteration).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from fieldintake.app.core import Core
from fieldintake.crypto.kdf import FAST_FOR_TESTS, PRODUCTION
from fieldintake.crypto.keyfile import KeyFile
from tests.conftest import PASSPHRASE, ROOT, child_pythonpath

# The real start path of the desktop app (`fieldintake` with no command -> cli.entry.cmd_gui -> ui.main.run),
# with the window replaced by a stand-in that creates the first user on the store it is given, as the
# first-run wizard does (ui/firstrun.py: store.create(name, passphrase)).
_GUI_FIRST_RUN = textwrap.dedent(
    """
    import sys, types
    import fieldintake.ui.app, fieldintake.ui.main

    class FirstRun:
        def __init__(self, app, store, **_):
            self.store = store
        def start(self):
            self.store.create("alice", sys.argv[1]).session.close()
        def shutdown(self):
            pass

    fieldintake.ui.app.Controller = FirstRun
    fieldintake.ui.main.make_application = lambda: types.SimpleNamespace(exec=lambda: 0)
    from fieldintake.cli import main
    sys.exit(main([]))
    """
)


def test_a_user_created_through_the_gui_gets_production_kdf_even_with_the_test_variable(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FIELDINTAKE_", "PYTHON"))}
    env.update(PYTHONPATH=str(ROOT), FIELDINTAKE_HOME=str(home), FIELDINTAKE_TEST_KDF="1",  # no tests/fastkdf hook
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _GUI_FIRST_RUN, PASSPHRASE], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    params = KeyFile.from_bytes((home / "users" / "alice" / "keys.json").read_bytes()).passphrase.params
    assert params.memory_kib == PRODUCTION.memory_kib and params.iterations >= PRODUCTION.min_iterations
    assert PRODUCTION.accepts(params)


def test_the_tests_hook_gives_children_the_fast_profile(tmp_path: Path) -> None:
    """The other half: the suite's own mechanism works, in this process and in a child."""
    assert Core.open(tmp_path).kdf is FAST_FOR_TESTS
    code = ("from fieldintake.app.core import Core; from fieldintake.crypto.kdf import FAST_FOR_TESTS, PRODUCTION;"
            f"print(Core.open({str(tmp_path)!r}).kdf is FAST_FOR_TESTS)")
    env = {**os.environ, "PYTHONPATH": child_pythonpath(), "FIELDINTAKE_TEST_KDF": "1"}
    child = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert child.stdout.strip() == "True", child.stderr


def test_no_product_code_reads_the_test_variable() -> None:
    readers = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "fieldintake").rglob("*.py"))
               if "FIELDINTAKE_TEST_KDF" in p.read_text(encoding="utf-8")]
    assert readers == []
