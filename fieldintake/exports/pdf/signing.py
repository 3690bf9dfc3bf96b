"""The preparer's digital signature on a finished PDF (PAdES, via pyHanko), applied to the produced bytes.

The signing key is an ECDSA P-256 key derived (HKDF-SHA256) from the user's
Ed25519 identity seed, so nothing new is stored and it cannot outlive the
identity. P-256 rather than Ed25519 because the readers courts use (Acrobat
among them) validate ECDSA and RSA signatures but not all validate EdDSA.

Its certificate is self-issued (no authority vouches for it; the integrity page
says so) and bound to the identity twice: the identity's fingerprint is in the
subject, and an extension carries the Ed25519 identity key with its signature
over this certificate's public key, so whoever holds the preparer's contact
card can check that the card's key made this certificate.

Signing is the last step and covers the whole file; ``verify.py`` checks it.
The exhibit list (number, name, size, SHA-256) is written into the signed
revision as JSON, so ``fieldintake verify --exhibits DIR`` can compare files
without reading the pages' text. ECDSA here is deterministic (RFC 6979) and the
signing time is the file's generation time: the same input gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_signer import PdfSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore

from fieldintake.crypto.identity import Identity, fingerprint

KEY_INFO = b"fieldintake/pdf-signing-key/v1"
ENDORSEMENT_CONTEXT = b"fieldintake/pdf-signing-key/v1\x00"
# A private arc under the UUID-based OID root (ITU-T X.667) for the identity endorsement extension.
ENDORSEMENT_OID = x509.ObjectIdentifier("2.25.162216372406094329846371151327451372613")
MANIFEST_KEY = "/FieldintakeExhibits"
FIELD_NAME = "PreparerSignature"
_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551


def signing_key(identity: Identity) -> ec.EllipticCurvePrivateKey:
    """The P-256 key of this identity: the same every time, derived from its Ed25519 seed."""
    okm = HKDF(algorithm=hashes.SHA256(), length=48, salt=None, info=KEY_INFO).derive(identity.signing_seed)
    return ec.derive_private_key(int.from_bytes(okm, "big") % (_P256_ORDER - 1) + 1, ec.SECP256R1())


def _spki(key: ec.EllipticCurvePublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def _der_octets(data: bytes) -> bytes:
    assert len(data) < 256
    return b"\x04" + (bytes([len(data)]) if len(data) < 128 else bytes([0x81, len(data)])) + data


def _endorsed_message(key: ec.EllipticCurvePublicKey, age_recipient: str) -> bytes:
    return ENDORSEMENT_CONTEXT + _spki(key) + b"\x00" + age_recipient.encode("ascii")


def endorsement(identity: Identity, key: ec.EllipticCurvePublicKey) -> bytes:
    """The extension value: the Ed25519 identity key (32 bytes), its signature (64) over the P-256 key and the
    age recipient, then the age recipient: together they give the fingerprint, so the subject cannot lie about it."""
    recipient = identity.age_recipient
    return _der_octets(identity.verify_key + identity.sign(_endorsed_message(key, recipient)) + recipient.encode("ascii"))


def certificate(identity: Identity, name: str, issued: datetime) -> x509.Certificate:
    """A self-issued certificate for ``name``, bound to the identity (fingerprint in the subject, endorsement)."""
    key = signing_key(identity)
    public = key.public_key()
    fp = fingerprint(identity.age_recipient, identity.verify_key)
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, name or "fieldintake user"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "fieldintake, self-issued"),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, f"fieldintake identity {fp}"),
    ])
    serial = int.from_bytes(hashlib.sha256(_spki(public) + issued.isoformat().encode()).digest()[:16], "big") >> 1
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject).public_key(public).serial_number(serial)
        .not_valid_before(issued - timedelta(days=1)).not_valid_after(issued + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.UnrecognizedExtension(ENDORSEMENT_OID, endorsement(identity, public)), critical=False)
    )
    return builder.sign(key, hashes.SHA256(), ecdsa_deterministic=True)


@dataclass(frozen=True)
class BoundIdentity:
    """What a certificate says about the identity that made it, once checked."""

    fingerprint: str  # from the subject
    verify_key: bytes  # the Ed25519 key in the endorsement
    endorsed: bool  # the endorsement's signature over the certificate key is valid


def read_binding(cert: x509.Certificate) -> BoundIdentity | None:
    """The identity binding of a fieldintake certificate (None: not one of ours)."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    serials = cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    try:
        value = cert.extensions.get_extension_for_oid(ENDORSEMENT_OID).value.value  # type: ignore[attr-defined]
    except x509.ExtensionNotFound:
        return None
    if not serials or len(value) < 3 + 96 or value[:2] != b"\x04\x81" or value[2] != len(value) - 3:
        return None
    body = value[3:]
    verify_key, signature = body[:32], body[32:96]
    try:
        recipient = body[96:].decode("ascii")
    except UnicodeDecodeError:
        return None
    claimed = str(serials[0].value).removeprefix("fieldintake identity ")
    public = cert.public_key()
    try:
        assert isinstance(public, ec.EllipticCurvePublicKey)
        Ed25519PublicKey.from_public_bytes(verify_key).verify(signature, _endorsed_message(public, recipient))
        # the fingerprint in the subject must be the one these keys give, not just any text
        endorsed = fingerprint(recipient, verify_key) == claimed
    except (InvalidSignature, AssertionError, ValueError):
        endorsed = False
    return BoundIdentity(claimed, verify_key, endorsed)


class _DeterministicSigner(signers.SimpleSigner):
    """SimpleSigner with RFC 6979 ECDSA, so that a fixed timestamp gives byte-identical files."""

    def __init__(self, key: ec.EllipticCurvePrivateKey, cert: x509.Certificate) -> None:
        self._key = key
        asn1_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
        pkcs8 = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption())
        super().__init__(asn1_cert, asn1_keys.PrivateKeyInfo.load(pkcs8), SimpleCertificateStore.from_certs([asn1_cert]))  # type: ignore[no-untyped-call]

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        algorithm = {"sha256": hashes.SHA256(), "sha384": hashes.SHA384(), "sha512": hashes.SHA512()}[digest_algorithm]
        return self._key.sign(data, ec.ECDSA(algorithm, deterministic_signing=True))


class _KeepMetadata(IncrementalPdfFileWriter):
    """pyHanko would stamp /ModDate with the clock and add itself to /Producer: the file keeps its own."""

    def _update_meta(self) -> None:
        return None


class _AtTime(PdfSigner):
    """pyHanko takes the signing time from the clock; the file's generation time is used instead."""

    def __init__(self, *args: Any, at: datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._at = at

    def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
        session = super().init_signing_session(pdf_out, existing_fields_only)
        session.system_time = self._at
        return session


@dataclass(frozen=True)
class ExhibitEntry:
    number: str
    name: str
    size: int
    sha256: str


class Preparer:
    """The signer of a file: the user's identity and the name shown in a reader's signature panel."""

    def __init__(self, identity: Identity, name: str) -> None:
        self._identity = identity
        self.name = name

    @property
    def fingerprint(self) -> str:
        return fingerprint(self._identity.age_recipient, self._identity.verify_key)

    def sign(self, data: bytes, generated: datetime, exhibits: Sequence[ExhibitEntry] = ()) -> bytes:
        return sign_pdf(data, self._identity, self.name, generated, exhibits)

    def __eq__(self, other: object) -> bool:  # options compare equal whoever the signer object is
        return isinstance(other, Preparer) and other.fingerprint == self.fingerprint and other.name == self.name

    def __hash__(self) -> int:
        return hash((self.fingerprint, self.name))


def sign_pdf(data: bytes, identity: Identity, name: str, generated: datetime,
             exhibits: Sequence[ExhibitEntry] = ()) -> bytes:
    """``data`` with the exhibit list and a PAdES signature covering the whole file, in one added revision."""
    at = generated.astimezone(timezone.utc)
    key = signing_key(identity)
    cert = certificate(identity, name, at)
    writer = _KeepMetadata(io.BytesIO(data), strict=False)
    # pyHanko draws the second /ID from os.urandom; derive it from the input so the output is reproducible
    changed = hashlib.sha256(data + at.isoformat().encode() + name.encode()).digest()[:16]
    writer._document_id = generic.ArrayObject([writer._document_id[0], generic.ByteStringObject(changed)])
    manifest = json.dumps([e.__dict__ for e in exhibits], ensure_ascii=False, separators=(",", ":"))
    writer.root[MANIFEST_KEY] = generic.TextStringObject(manifest)
    writer.update_root()  # type: ignore[no-untyped-call]  # pyHanko leaves it unannotated
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES, name=name or None,
        reason=f"Prepared with fieldintake; self-issued certificate of identity {fingerprint(identity.age_recipient, identity.verify_key)}",
    )
    signer = _AtTime(meta, _DeterministicSigner(key, cert), at=at,
                     new_field_spec=fields.SigFieldSpec(FIELD_NAME, on_page=-1, box=None))
    out = io.BytesIO()
    signer.sign_pdf(writer, output=out)
    return out.getvalue()
