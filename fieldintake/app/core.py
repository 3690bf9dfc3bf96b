"""The services a front end runs on: what the desktop app and the CLI both start from.

One ``Core`` per start holds the home folder, the users store, the KDF profile
new key files get and the OS keyring (device secrets). The GUI and the CLI each
build it with ``Core.open`` and nothing else, so neither can run with settings
the other would not use.

The KDF profile is production. Nothing here reads the environment or the
command line for it: only code can replace ``KDF_PROFILE``, and only the test
suite does (tests/conftest.py in process; tests/fastkdf/sitecustomize.py for the
CLI run as a child process). A normal start cannot reach the test profile.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import PRODUCTION, KdfPolicy

KDF_PROFILE: KdfPolicy = PRODUCTION
"""The profile ``Core.open`` gives new key files. Tests replace it; product code never does."""


@dataclass(frozen=True)
class Core:
    home: Home
    users: UserStore

    @classmethod
    def open(cls, home: str | os.PathLike[str] | None = None) -> Core:
        """The core for ``--home`` (else ``$FIELDINTAKE_HOME``, else the platform's folder), on the OS keyring."""
        resolved = Home.resolve(home)
        return cls(resolved, UserStore(resolved, policy=KDF_PROFILE, device=DeviceSecrets()))

    @property
    def kdf(self) -> KdfPolicy:
        return self.users.policy

    @property
    def device(self) -> DeviceSecrets:
        """The OS keyring binding new vaults to this computer (its backend may be unavailable)."""
        return self.users.device
