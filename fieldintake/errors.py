"""Errors a user can meet.

Each failure a person can run into has its own type with a message written
for that person; the CLI prints ``str(error)`` on one line and the GUI shows
it in a dialog. Anything that is not a ``FieldintakeError`` is a bug.
"""

from __future__ import annotations


class FieldintakeError(Exception):
    """Base of every error meant to be shown to the user."""

    exit_code = 1


# --- input and storage -----------------------------------------------------


class InvalidInput(FieldintakeError):
    """Input that does not have the expected form (a name, a file, JSON)."""

    exit_code = 2


class UnsupportedLanguage(InvalidInput):
    """A language tag the output cannot be written in (rather than silently English)."""


class NotFound(FieldintakeError):
    """A user, case, attachment or file that does not exist."""

    exit_code = 3


class InvalidTemplate(InvalidInput):
    """A form template file that cannot be used; names the file, the place in it and why."""

    def __init__(self, source: str, problems: list[tuple[str, str]]) -> None:
        self.source = source
        self.problems = problems  # (path inside the file, reason), e.g. ("sections[2].fields[4].show_if.field", "...")
        shown = "; ".join(f"{path or '(top level)'}: {reason}" for path, reason in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"Template {source} is not valid: {shown}{more}")


class StorageError(FieldintakeError):
    """Writing failed (full disk, read-only folder); nothing was changed."""


# --- users and keys --------------------------------------------------------


class UserExists(FieldintakeError):
    pass


class WrongPassphrase(FieldintakeError):
    pass


class WeakPassphrase(InvalidInput):
    pass


class WrongRecoveryKey(FieldintakeError):
    pass


class MistypedRecoveryKey(InvalidInput):
    """A recovery key whose checksum shows a typing error, naming the group."""


class DeviceSecretMissing(FieldintakeError):
    """The vault is bound to this device's keyring and the secret is gone."""


class KeyFileCorrupt(FieldintakeError):
    pass


# --- the vault -------------------------------------------------------------


class VaultInUse(FieldintakeError):
    pass


class VaultCorrupt(FieldintakeError):
    pass


class VaultErased(FieldintakeError):
    """The vault was erased (from another window) while this session had it open: nothing more is written."""


class CodecMissing(FieldintakeError):
    """The SQLite library in use cannot encrypt: refuse to run at all."""


class SchemaTooNew(FieldintakeError):
    pass


class AuditChainBroken(FieldintakeError):
    pass


class Cancelled(FieldintakeError):
    """The user cancelled a long operation; nothing was changed."""


# --- bundles ---------------------------------------------------------------


class BundleError(FieldintakeError):
    """A bundle could not be written or read; nothing was imported."""


class NotABundle(BundleError):
    """The file is not a fieldintake bundle at all: not age-encrypted (or ASCII-armored age)."""


class BundleDecryptError(BundleError):
    """Not addressed to this user, a wrong passphrase, or the wrong kind of key."""


class BundleTampered(BundleError):
    """The bundle is damaged, truncated or altered: its contents are not trusted."""


class BundleSignatureInvalid(BundleError):
    """The manifest's signature does not match the sender card inside it."""


class BundleTooExpensive(BundleError):
    """Opening the file would cost unreasonable time or memory (a hostile file)."""


class BundleTooLarge(BundleError):
    """A passphrase bundle above the size it can be written in memory."""


class BundleSourceMismatch(BundleError):
    """A member's bytes differ from the size or SHA-256 declared for it."""


class UnknownSender(BundleError):
    """A bundle from a sender who is not a contact, without the user's say-so."""


class AlreadyImported(BundleError):
    """This bundle file was imported before; nothing was changed."""


# --- exports ---------------------------------------------------------------


class ConsentMissing(FieldintakeError):
    """The client did not consent to sharing with this audience (or withdrew it); names what is missing."""


# --- backups ---------------------------------------------------------------


class BackupError(FieldintakeError):
    """A backup could not be written, read or restored; nothing was changed."""


class NotABackup(BackupError):
    """The file is not a fieldintake backup (another file, or a hand-over bundle)."""


class BackupTooNew(BackupError):
    """The backup was made by a newer fieldintake, in a format this one cannot read."""


class BackupForged(BackupError):
    """The backup's signature is not the recovery-key holder's: re-signed or made by someone else."""


class BackupKeyMissing(BackupError):
    """The vault does not yet know the recovery-derived recipient: the recovery key is needed once."""


class RestoreRefused(BackupError):
    """Restoring would replace an existing vault without the conditions for it (newer, confirmed)."""


# --- images from outside (issue 10) ----------------------------------------


class ImageTooLarge(InvalidInput):
    """An image whose file or declared pixel count is over the cap: refused before it is decoded."""


class ForgedAncestry(BundleError):
    """A case whose version history claims changes this vault never made: refused, nothing changed."""


class ReadOnlyCase(InvalidInput):
    """A change to a read-only redacted copy of someone else's case."""


# --- redaction review (issue 11) --------------------------------------------


class RedactionModelsMissing(FieldintakeError):
    """The language models behind suggested redactions are not installed or are damaged."""


class SuggestionsUndecided(FieldintakeError):
    """Suggested redactions are waiting for review; a summary needs each accepted or rejected (or an explicit skip)."""


class LeakFound(FieldintakeError):
    """A removed value is still in a rendered summary or an included file; names the detector, never the value."""
