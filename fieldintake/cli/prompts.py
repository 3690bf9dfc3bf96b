"""Secrets for the CLI: from an interactive prompt, or from the environment.

Never from command-line arguments (they show in ``ps`` and shell history).
"""

from __future__ import annotations

import getpass
import os
import sys

from fieldintake.errors import InvalidInput

PASSPHRASE_ENV = "FIELDINTAKE_PASSPHRASE"
NEW_PASSPHRASE_ENV = "FIELDINTAKE_NEW_PASSPHRASE"
RECOVERY_ENV = "FIELDINTAKE_RECOVERY_KEY"


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def secret(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not _interactive():
        raise InvalidInput(f"No terminal to ask on: set {env} for scripted use.")
    return getpass.getpass(prompt)


def new_secret(env: str, prompt: str) -> str:
    """A new passphrase, typed twice when interactive."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not _interactive():
        raise InvalidInput(f"No terminal to ask on: set {env} for scripted use.")
    first = getpass.getpass(prompt)
    if getpass.getpass("Type it again: ") != first:
        raise InvalidInput("The two passphrases differ. Nothing was changed.")
    return first


def confirm(question: str, expected: str) -> bool:
    if not _interactive():
        return False
    answer = input(f"{question} ")
    return answer.strip() == expected
