"""Device binding: a per-user secret kept in the operating system's secret store.

When the OS has a real store (Secret Service, macOS Keychain, Windows
Credential Locker), a random device secret is mixed into the key derived from
the passphrase. A copy of the vault folder then cannot be attacked by guessing
the passphrase alone. keyring's ``fail`` and ``null`` backends, and plaintext
file backends, are not real stores: binding is then off and we say so.
"""

from __future__ import annotations

import importlib
import os
import sys

import keyring
import keyring.core
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from fieldintake.crypto.encoding import b64d, b64e

SERVICE = "fieldintake"
SECRET_BYTES = 32

_NOT_SECURE_MODULES = (
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyrings.alt.file",  # PlaintextKeyring and friends
)


class DeviceStoreError(Exception):
    """The OS secret store refused or failed an operation."""


_FRIENDLY = {
    "keyring.backends.SecretService.Keyring": "the desktop's Secret Service",
    "keyring.backends.libsecret.Keyring": "the desktop's Secret Service",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.macOS.Keyring": "the macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "the Windows Credential Locker",
}


def friendly_name(name: str) -> str:
    """What to call a keyring backend in a sentence for the user."""
    return _FRIENDLY.get(name, name.rsplit(".", 1)[-1])


def backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def _effective(backend: KeyringBackend) -> KeyringBackend | None:
    """The backend that will actually hold the secret, or None if none is real."""
    inner = getattr(backend, "backends", None)
    if inner is not None:  # keyring's ChainerBackend
        for candidate in inner:
            chosen = _effective(candidate)
            if chosen is not None:
                return chosen
        return None
    if type(backend).__module__.startswith(_NOT_SECURE_MODULES):
        return None
    if "plaintext" in type(backend).__name__.lower():
        return None
    return backend


# The one backend worth asking on each platform. keyring's own discovery asks
# every installed backend whether it is viable, and the macOS one answers on
# Linux through ctypes.util.find_library, which runs gcc, ld and ldconfig (and
# leaves temp files) on every start.
_PLATFORM_BACKENDS: dict[str, tuple[str, ...]] = {
    "darwin": ("keyring.backends.macOS:Keyring",),
    "win32": ("keyring.backends.Windows:WinVaultKeyring",),
    "linux": ("keyring.backends.SecretService:Keyring", "keyring.backends.kwallet:DBusKeyring"),
}


def _viable(dotted: str) -> KeyringBackend | None:
    module_name, _, class_name = dotted.partition(":")
    try:
        cls = getattr(importlib.import_module(module_name), class_name)
        if cls.priority <= 0:  # keyring's own viability check for that one backend (a D-Bus ping on Linux)
            return None
        return cls()  # type: ignore[no-any-return]
    except Exception:  # not installed, no D-Bus session, no wallet daemon: not viable
        return None


def platform_backend() -> KeyringBackend:
    """The keyring to use, chosen without probing every backend.

    An explicit choice wins: ``keyring.set_keyring`` (tests, embedding),
    $PYTHON_KEYRING_BACKEND or keyring's configuration file. Otherwise the
    platform's own store, or keyring's ``fail`` backend (device binding off).
    """
    if getattr(keyring.core, "_keyring_backend", None) is not None:
        return keyring.get_keyring()
    chosen = keyring.core.load_env() or keyring.core.load_config()
    if chosen is None:
        platform = "linux" if sys.platform.startswith(("linux", "freebsd", "openbsd")) else sys.platform
        for dotted in _PLATFORM_BACKENDS.get(platform, ()):
            chosen = _viable(dotted)
            if chosen is not None:
                break
    if chosen is None:
        from keyring.backends.fail import Keyring as FailKeyring

        chosen = FailKeyring()  # type: ignore[no-untyped-call]  # keyring leaves it unannotated
    keyring.set_keyring(chosen)
    return chosen


class DeviceSecrets:
    """The per-user device secrets in one keyring backend."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend if backend is not None else platform_backend()
        self._real = _effective(self._backend)

    @property
    def available(self) -> bool:
        return self._real is not None

    @property
    def name(self) -> str:
        return backend_name(self._real) if self._real is not None else backend_name(self._backend)

    @staticmethod
    def _account(user_id: str) -> str:
        return f"device-secret:{user_id}"

    def create(self, user_id: str) -> bytes:
        secret = os.urandom(SECRET_BYTES)
        self.restore(user_id, secret)
        return secret

    def restore(self, user_id: str, secret: bytes) -> None:
        """Put ``secret`` (one ``get`` returned) back: a re-binding that failed leaves the previous one."""
        if self._real is None:
            raise DeviceStoreError("no secure keyring backend")
        try:
            self._real.set_password(SERVICE, self._account(user_id), b64e(secret))
        except KeyringError as exc:
            raise DeviceStoreError(str(exc)) from exc

    def get(self, user_id: str) -> bytes | None:
        if self._real is None:
            return None
        try:
            value = self._real.get_password(SERVICE, self._account(user_id))
        except KeyringError as exc:
            raise DeviceStoreError(str(exc)) from exc
        if value is None:
            return None
        try:
            secret = b64d(value)
        except ValueError:
            return None
        return secret if len(secret) == SECRET_BYTES else None

    def delete(self, user_id: str) -> None:
        """The device secret (the recorded audit head stays)."""
        self._delete(self._account(user_id))

    def forget(self, user_id: str) -> None:
        """The device secret and the recorded audit head: nothing of the user is left in the keyring."""
        self._delete(self._account(user_id), self._head_account(user_id))

    def _delete(self, *accounts: str) -> None:
        if self._real is None:
            return
        for account in accounts:
            try:
                self._real.delete_password(SERVICE, account)
            except KeyringError:
                pass  # already gone (PasswordDeleteError) or store unavailable

    # --- the audit head, kept outside the vault -----------------------------
    # A copy of the user folder put back (or pages replaced by older ones) takes
    # the audit log back with it; the keyring's record of how far it had got
    # does not move back, so the next unlock notices.

    @staticmethod
    def _head_account(user_id: str) -> str:
        return f"audit-head:{user_id}"

    def recorded_head(self, user_id: str) -> tuple[int, str] | None:
        if self._real is None:
            return None
        try:
            value = self._real.get_password(SERVICE, self._head_account(user_id))
        except KeyringError:
            return None
        count, _, head = (value or "").partition(":")
        if not count.isdigit() or len(head) != 64:
            return None
        return int(count), head

    def record_head(self, user_id: str, count: int, head: str) -> None:
        if self._real is None:
            return
        try:
            self._real.set_password(SERVICE, self._head_account(user_id), f"{count}:{head}")
        except KeyringError:
            pass  # a keyring that refuses now: rollback detection is weaker, the vault itself is unaffected
