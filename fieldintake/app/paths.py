"""Where things live: the home directory and one folder per user.

::

    HOME/
      templates/            extra form templates (plain data, no case data)
      users/NAME/           mode 0700
        keys.json           wrapped data key + KDF parameters (no plaintext secrets)
        vault.db, -wal, -shm   SQLCipher 4, everything else
        blobs/              attachments, each age-encrypted under a random id
        vault.lock          held while the vault is open
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from fieldintake.errors import InvalidInput, NotFound

HOME_ENV = "FIELDINTAKE_HOME"
USER_ENV = "FIELDINTAKE_USER"
_NAME = re.compile(r"^[^\W_][\w.-]{0,63}$")


def check_user_name(name: str) -> str:
    if not _NAME.fullmatch(name) or name.endswith("."):
        raise InvalidInput(
            "A user name is 1–64 letters, digits, dots, dashes or underscores, starting with a letter or digit."
        )
    return name


@dataclass(frozen=True)
class UserPaths:
    dir: Path

    @property
    def keys(self) -> Path:
        return self.dir / "keys.json"

    @property
    def db(self) -> Path:
        return self.dir / "vault.db"

    @property
    def lock(self) -> Path:
        return self.dir / "vault.lock"

    @property
    def blobs(self) -> Path:
        return self.dir / "blobs"


@dataclass(frozen=True)
class Home:
    root: Path

    @classmethod
    def resolve(cls, explicit: str | os.PathLike[str] | None = None) -> Home:
        """``--home``, else ``$FIELDINTAKE_HOME``, else the platform's user data folder."""
        chosen = explicit or os.environ.get(HOME_ENV) or platformdirs.user_data_dir("fieldintake", appauthor=False)
        return cls(Path(chosen).expanduser().absolute())

    @property
    def users_dir(self) -> Path:
        return self.root / "users"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    def user(self, name: str) -> UserPaths:
        return UserPaths(self.users_dir / check_user_name(name))

    def user_names(self) -> list[str]:
        if not self.users_dir.is_dir():
            return []
        return sorted(p.name for p in self.users_dir.iterdir() if (p / "keys.json").is_file())

    def existing_user(self, name: str) -> UserPaths:
        paths = self.user(name)
        if not paths.keys.is_file():
            raise NotFound(f"No user named '{name}' in {self.root}.")
        return paths

    def default_user(self, explicit: str | None) -> str:
        """``--user``, else ``$FIELDINTAKE_USER``, else the only user there is."""
        name = explicit or os.environ.get(USER_ENV)
        if name:
            return name
        names = self.user_names()
        if len(names) == 1:
            return names[0]
        if not names:
            raise NotFound("There is no user yet: create one with 'fieldintake user create NAME'.")
        raise InvalidInput("Several users exist: choose one with --user NAME.")
