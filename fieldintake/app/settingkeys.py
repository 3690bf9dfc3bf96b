"""Keys of the vault's settings table, and the one reader of a document's defaults.

The Settings page writes these keys and the exports read them (``fieldintake
pdf``, the urgent request, the GUI's PDF tab): one spelling each, so what a
user sets in the GUI is what the CLI uses. Backup keys live with the backup
settings (app/backupsettings.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

IDLE_MINUTES = "ui.idle_lock_minutes"
ORGANISATION = "organisation"  # shown on case files and urgent requests
PREPARER = "preparer"  # the person who prepares them (also the signature's name)
BATES_PREFIX = "defaults.bates_prefix"
INBOX_FOLDER = "folders.inbox"
OUTBOX_FOLDER = "folders.outbox"
STATE = "state"  # the state the organisation works in (ISO 3166 code), the urgent request's default
REFERENCE_PREFIX = "case_reference_prefix"

#: Written by the Settings page before the keys had one home; read when the current key is unset.
LEGACY_ORGANISATION = "defaults.organisation"


class SettingsSource(Protocol):
    def get_setting(self, key: str, default: str | None = None) -> str | None: ...


@dataclass(frozen=True)
class DocumentDefaults:
    organisation: str = ""
    preparer: str = ""
    bates_prefix: str = ""


def organisation(vault: SettingsSource) -> str:
    return vault.get_setting(ORGANISATION) or vault.get_setting(LEGACY_ORGANISATION) or ""


def document_defaults(vault: SettingsSource) -> DocumentDefaults:
    """What the user set as the organisation, the preparer and the Bates prefix ("" when unset)."""
    return DocumentDefaults(organisation(vault), vault.get_setting(PREPARER) or "",
                            vault.get_setting(BATES_PREFIX) or "")
