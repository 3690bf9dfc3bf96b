"""Contacts: the people cases are handed over to, and who hand cases to us.

A contact made from a contact card has an age recipient (to encrypt to) and
an Ed25519 key (to verify what they send). A bare ``age1…`` or SSH recipient
can be sent to, but nothing can be verified as coming from it. The verified
mark is set only by the user, after comparing the fingerprint in person or
aloud.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import pyrage

from fieldintake.app.clock import utc_now
from fieldintake.app.vault import Vault
from fieldintake.crypto.identity import CARD_HEADER, ContactCard, fingerprint
from fieldintake.errors import InvalidInput, NotFound, UserExists
from fieldintake.textchars import NAME_MAX, check_name

MAX_CARD_FILE = 64 * 1024  # a card is a few hundred bytes
QR_MAX_BYTES = 16 * 1024 * 1024
QR_MAX_PIXELS = 50_000_000  # a phone photo of a screen is 12-50 Mpx; a card's QR image far less
QR_KEEP_PIXELS = 16_000_000  # downscaled before the QR reader scans it: enough for a card photographed on a screen
_COLUMNS = "id, name, age_recipient, verify_key, card, verified, added_at, notes"


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    age_recipient: str
    verify_key: bytes | None
    card: str | None
    verified: bool
    added_at: str
    notes: str = ""

    @property
    def fingerprint(self) -> str:
        """Both keys for a card; the recipient alone (it is short) for a bare recipient."""
        if self.verify_key is None:
            return fingerprint(self.age_recipient, b"")
        return fingerprint(self.age_recipient, self.verify_key)

    @property
    def can_verify(self) -> bool:
        return self.verify_key is not None


def _row(r: tuple) -> Contact:  # type: ignore[type-arg]
    return Contact(r[0], r[1], r[2], bytes(r[3]) if r[3] is not None else None, r[4], bool(r[5]), r[6], r[7])


def read_card_source(source: str) -> str:
    """Card text from pasted text, a text file, or a QR code image of the card."""
    if CARD_HEADER in source or source.startswith(("age1", "ssh-")):
        return source
    path = Path(source)
    if not path.is_file():
        raise NotFound(f"'{source[:60]}' is neither a contact card, a recipient, nor a file.")
    if path.suffix.lower() in (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"):
        return decode_qr(path)
    if path.stat().st_size > MAX_CARD_FILE:
        raise InvalidInput(f"{path.name} is too large to be a contact card (at most {MAX_CARD_FILE // 1024} KiB).")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path.name} is not a text file or an image of a QR code.") from exc


def decode_qr(path: Path) -> str:
    """The text of the first QR code in an image file; the image's size is capped before it is decoded."""
    import zxingcpp

    from fieldintake.app.imagesafety import open_image

    with open_image(path, max_bytes=QR_MAX_BYTES, max_pixels=QR_MAX_PIXELS, keep_pixels=QR_KEEP_PIXELS) as image:
        results = zxingcpp.read_barcodes(image.convert("RGB"))
    texts = [r.text for r in results if r.text]
    if not texts:
        raise InvalidInput(f"No QR code found in {path.name}.")
    return texts[0]


class ContactStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def add(self, name: str, source: str, *, verified: bool = False) -> Contact:
        """From card text, a bare ``age1…`` recipient, or an ``ssh-…`` public key."""
        name = " ".join(name.split())
        if not name:
            raise InvalidInput("A contact needs a name.")
        check_name(name, "The contact's name", limit=NAME_MAX + 16)  # room for a " (2)" on a card's name
        text = source.strip()
        card: ContactCard | None = None
        if CARD_HEADER in text:
            card = ContactCard.parse(text)
            recipient, key, card_text = card.age_recipient, card.verify_key, card.to_text()
        else:
            recipient, key, card_text = _bare_recipient(text), None, None
        if self.vault.query("SELECT 1 FROM contacts WHERE name = ?", (name,)):
            raise UserExists(f"A contact named '{name}' already exists.")
        existing = self.vault.query(f"SELECT {_COLUMNS} FROM contacts WHERE age_recipient = ?", (recipient,))
        if existing:
            raise UserExists(f"This recipient is already the contact '{existing[0][1]}'.")
        contact = Contact(str(uuid.uuid4()), name, recipient, key, card_text, verified, utc_now())
        with self.vault.transaction() as tx:
            tx.execute(
                f"INSERT INTO contacts ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (contact.id, contact.name, contact.age_recipient, contact.verify_key, contact.card,
                 int(contact.verified), contact.added_at, contact.notes),
            )
            tx.audit("contact.added", "contact", contact.id, {"fingerprint": contact.fingerprint, "card": card is not None})
        return contact

    def list(self) -> list[Contact]:
        return [_row(r) for r in self.vault.query(f"SELECT {_COLUMNS} FROM contacts ORDER BY name")]

    def get(self, name: str) -> Contact:
        rows = self.vault.query(f"SELECT {_COLUMNS} FROM contacts WHERE name = ? OR id = ?", (name, name))
        if not rows:
            raise NotFound(f"No contact named '{name}'.")
        return _row(rows[0])

    def by_verify_key(self, key: bytes) -> Contact | None:
        rows = self.vault.query(f"SELECT {_COLUMNS} FROM contacts WHERE verify_key = ?", (key,))
        return _row(rows[0]) if rows else None

    def by_recipient(self, recipient: str) -> Contact | None:
        rows = self.vault.query(f"SELECT {_COLUMNS} FROM contacts WHERE age_recipient = ?", (recipient,))
        return _row(rows[0]) if rows else None

    def set_verified(self, name: str, verified: bool = True) -> Contact:
        contact = self.get(name)
        with self.vault.transaction() as tx:
            tx.execute("UPDATE contacts SET verified = ? WHERE id = ?", (int(verified), contact.id))
            tx.audit("contact.verified" if verified else "contact.unverified", "contact", contact.id,
                     {"fingerprint": contact.fingerprint})
        return self.get(contact.id)

    def remove(self, name: str) -> None:
        contact = self.get(name)
        with self.vault.transaction() as tx:
            tx.execute("DELETE FROM contacts WHERE id = ?", (contact.id,))
            tx.audit("contact.removed", "contact", contact.id, {"fingerprint": contact.fingerprint})


def _bare_recipient(text: str) -> str:
    text = " ".join(text.split())
    try:
        if text.startswith("age1"):
            pyrage.x25519.Recipient.from_str(text)
            return text
        if text.startswith("ssh-"):
            pyrage.ssh.Recipient.from_str(text)
            return text
    except (pyrage.RecipientError, ValueError) as exc:  # a malformed key; text that is not UTF-8 (a lone surrogate)
        raise InvalidInput(f"Not a valid recipient: {text[:60]!r}.") from exc
    raise InvalidInput("Paste a fieldintake contact card, an age1… recipient or an ssh-… public key.")
