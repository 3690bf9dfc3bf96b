"""A user's identity keys and the public contact card others import.

* an X25519 age identity, to receive bundles (readable with the standard
  ``age`` tool too);
* an Ed25519 signing key, to sign what the user sends.

The card is self-signed: its Ed25519 key signs the name and the age
recipient, so a card edited in transit (say, the recipient swapped) is
refused. The fingerprint covers both keys and is 25 digits in five groups,
short enough to read aloud in any language.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from fieldintake.crypto.encoding import b64d, b64e
from fieldintake.errors import InvalidInput
from fieldintake.textchars import check_name

CARD_HEADER = "-----BEGIN FIELDINTAKE CONTACT CARD-----"
CARD_FOOTER = "-----END FIELDINTAKE CONTACT CARD-----"
CARD_VERSION = "1"


def fingerprint(age_recipient: str, verify_key: bytes) -> str:
    digest = hashlib.sha256(
        b"fieldintake/fingerprint/v1\x00" + age_recipient.encode("ascii") + b"\x00" + verify_key
    ).digest()
    groups = [int.from_bytes(digest[i * 5 : i * 5 + 5], "big") % 100_000 for i in range(5)]
    return " ".join(f"{g:05d}" for g in groups)


def _card_message(name: str, age_recipient: str, verify_key: bytes) -> bytes:
    return "\n".join(
        ["fieldintake/card/v1", name, age_recipient, b64e(verify_key)]
    ).encode("utf-8")


@dataclass(frozen=True)
class ContactCard:
    name: str
    age_recipient: str
    verify_key: bytes
    signature: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.age_recipient, self.verify_key)

    def verify(self, message: bytes, signature: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.verify_key).verify(signature, message)
        except (InvalidSignature, ValueError):
            return False
        return True

    def to_text(self) -> str:
        return "\n".join(
            [
                CARD_HEADER,
                f"version: {CARD_VERSION}",
                f"name: {self.name}",
                f"age: {self.age_recipient}",
                f"ed25519: {b64e(self.verify_key)}",
                f"signature: {b64e(self.signature)}",
                f"fingerprint: {self.fingerprint}",
                CARD_FOOTER,
            ]
        ) + "\n"

    @classmethod
    def parse(cls, text: str) -> ContactCard:
        """Parse and check a card; the fingerprint line is informative only."""
        start, end = text.find(CARD_HEADER), text.find(CARD_FOOTER)
        if start < 0 or end < start:
            raise InvalidInput("This is not a fieldintake contact card (no BEGIN/END lines).")
        fields: dict[str, str] = {}
        for line in text[start + len(CARD_HEADER) : end].splitlines():
            if ":" in line:
                key, _, value = line.partition(":")
                fields[key.strip().lower()] = value.strip()
        if fields.get("version") != CARD_VERSION:
            raise InvalidInput(f"Unsupported contact card version {fields.get('version')!r}.")
        try:
            name = fields["name"]
            recipient = fields["age"]
            verify_key = b64d(fields["ed25519"])
            signature = b64d(fields["signature"])
        except (KeyError, ValueError) as exc:
            raise InvalidInput("The contact card is incomplete or damaged.") from exc
        if not name or len(verify_key) != 32:
            raise InvalidInput("The contact card is incomplete or damaged.")
        check_name(name, "The name on the contact card")  # shown to the user: no markup, controls or overrides
        check_age_recipient(recipient)
        card = cls(name, recipient, verify_key, signature)
        if not card.verify(_card_message(name, recipient, verify_key), signature):
            raise InvalidInput("The contact card's signature does not match its contents: it was altered.")
        return card


def check_age_recipient(recipient: str) -> None:
    try:
        pyrage.x25519.Recipient.from_str(recipient)
    except Exception as exc:  # pyrage raises its own RecipientError or ValueError
        raise InvalidInput(f"Not a valid age recipient: {recipient[:80]!r}.") from exc


class Identity:
    """The private halves. Only ever stored inside the encrypted vault."""

    def __init__(self, age_secret: str, signing_seed: bytes) -> None:
        self._age = pyrage.x25519.Identity.from_str(age_secret)
        self._age_secret = age_secret
        self._signing = Ed25519PrivateKey.from_private_bytes(signing_seed)

    @classmethod
    def generate(cls) -> Identity:
        age_identity = pyrage.x25519.Identity.generate()
        seed = Ed25519PrivateKey.generate().private_bytes_raw()
        return cls(str(age_identity), seed)

    @property
    def age_secret(self) -> str:
        return self._age_secret

    @property
    def signing_seed(self) -> bytes:
        return self._signing.private_bytes_raw()

    @property
    def age_identity(self) -> pyrage.x25519.Identity:
        return self._age

    @property
    def age_recipient(self) -> str:
        return str(self._age.to_public())

    @property
    def verify_key(self) -> bytes:
        return self._signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def sign(self, message: bytes) -> bytes:
        return self._signing.sign(message)

    def card(self, name: str) -> ContactCard:
        recipient, key = self.age_recipient, self.verify_key
        return ContactCard(name, recipient, key, self.sign(_card_message(name, recipient, key)))
