"""The Inbox checks untrusted bundles in a child process: a hostile file is refused, a lock ends the check.

Issue 10, item 5: a crafted bundle once held the GIL in the Inbox's worker
for seconds and stalled the panic lock. Now the whole check runs in a
spawned child; the window only waits on a pipe.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from fieldintake.app.users import UserStore
from fieldintake.crypto.identity import Identity
from fieldintake.ui.app import State
from fieldintake.ui.settings import INBOX_FOLDER
from tests.bundle_helpers import make_bundle, sample_members
from tests.hostile_tar import assemble, encrypt, extended, real_parts
from tests.ui.conftest import MakeController
from tests.ui.handover_help import BOB_PASSPHRASE, create_bob, inbox_page, unlock_as


def _bob_with_inbox(store: UserStore, folder: Path) -> Identity:
    create_bob(store)
    bob = store.unlock("bob", BOB_PASSPHRASE)
    try:
        bob.vault.set_setting(INBOX_FOLDER, str(folder))
        return Identity(bob.identity.age_secret, bob.identity.signing_seed)
    finally:
        bob.close()


def _open_inbox(qtbot, make_controller: MakeController):  # type: ignore[no-untyped-def]
    controller = make_controller()
    controller.start()
    unlock_as(qtbot, controller, "bob", BOB_PASSPHRASE)
    assert controller.main_window is not None
    controller.main_window.show_page("inbox")
    return controller, inbox_page(controller)


def test_hostile_bundle_in_the_inbox_is_refused_clearly(qtbot, make_controller: MakeController, store: UserStore,
                                                       tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    bob = _bob_with_inbox(store, folder)
    mallory = Identity.generate()
    manifest, payload = real_parts(mallory, bob)
    (folder / "hostile.fibundle").write_bytes(
        encrypt(assemble(manifest, mallory, payload, before=extended(b"1" * 60_000)), bob))
    controller, inbox = _open_inbox(qtbot, make_controller)
    with qtbot.waitSignal(inbox.failed, timeout=30_000) as blocker:
        inbox.files.setCurrentRow(0)
    assert "oversized tar header" in blocker.args[0] and "\n" not in blocker.args[0]
    assert not inbox.import_button.isEnabled() and controller.session.cases.count() == 0


def test_the_lock_ends_a_running_check(qtbot, make_controller: MakeController, store: UserStore,
                                       tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    bob = _bob_with_inbox(store, folder)
    alice = Identity.generate()
    (folder / "big.fibundle").write_bytes(make_bundle(alice, [bob.age_recipient], members=sample_members(8 << 20)))
    controller, inbox = _open_inbox(qtbot, make_controller)
    inbox.files.setCurrentRow(0)
    qtbot.waitUntil(lambda: bool(multiprocessing.active_children()), timeout=10_000)  # the check runs apart
    controller.lock()
    assert controller.state is State.LOCKED
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=10_000)
    qtbot.waitUntil(lambda: not controller.runner.busy, timeout=10_000)
