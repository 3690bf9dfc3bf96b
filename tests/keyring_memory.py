"""An in-memory keyring backend: stands in for the OS secret store in tests.

It implements keyring's backend interface, so the code under test talks to it
exactly as it talks to Secret Service or the macOS Keychain.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.entries[(service, username)]
        except KeyError:
            raise PasswordDeleteError("no such entry") from None


class OtherMemoryKeyring(MemoryKeyring):
    """A second, distinct backend: the keyring changed under the vault."""
