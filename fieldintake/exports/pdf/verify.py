"""Checking a signed case file: its signature, that nothing changed after signing, and its exhibits.

The file is hostile input: its size is bounded before parsing, the exhibit list
it carries is bounded and its names are only ever used through
``safe_file_name`` (no path leaves the folder given) and shown through
``display_name`` (no terminal escapes).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldintake.app.attachments import display_name, safe_file_name
from fieldintake.app.jsonlimits import loads_bounded
from fieldintake.exports.pdf.signing import MANIFEST_KEY, ExhibitEntry, read_binding

MAX_PDF_BYTES = 1 << 30
MAX_MANIFEST_CHARS = 4 << 20
MAX_EXHIBITS = 10_000


@dataclass(frozen=True)
class Check:
    name: str  # signature | unchanged | identity | exhibit A-1 | file
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok' if self.ok else 'FAIL'}\t{self.name}\t{self.detail}"


def verify_pdf(data: bytes, exhibits_dir: Path | None = None) -> list[Check]:
    """One check per line of ``fieldintake verify``; any ``ok=False`` means the file cannot be relied on."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    if len(data) > MAX_PDF_BYTES:
        return [Check("file", False, f"larger than {MAX_PDF_BYTES >> 20} MB: not checked")]
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception as exc:  # a damaged or crafted file: pyHanko raises many kinds
        return [Check("file", False, f"not a readable PDF ({type(exc).__name__})")]
    if len(signatures) != 1:
        what = "no signature" if not signatures else f"{len(signatures)} signatures (a case file has one)"
        return [Check("signature", False, what)]
    signature = signatures[0]
    checks: list[Check] = []
    try:
        context = ValidationContext(trust_roots=[signature.signer_cert], allow_fetching=False)
        status = validate_pdf_signature(signature, context)
    except Exception as exc:
        return [Check("signature", False, f"cannot be checked ({type(exc).__name__})")]
    signer = _common_name(signature.signer_cert)
    when = status.signer_reported_dt.strftime("%Y-%m-%d %H:%M UTC") if status.signer_reported_dt else "?"
    if status.intact and status.valid:
        checks.append(Check("signature", True, f"valid: signed by {signer} at {when} (ECDSA, SHA-256)"))
    else:
        checks.append(Check("signature", False, "does not match the file: it was changed after signing"))
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    checks.append(Check("unchanged", whole, "the signature covers the whole file: nothing was added after signing"
                        if whole else "the file was changed or added to after it was signed"))
    checks.append(_identity_check(signature.signer_cert))
    if exhibits_dir is not None:
        checks.extend(_exhibit_checks(reader, exhibits_dir))
    return checks


def _common_name(cert: Any) -> str:
    try:
        return display_name(str(cert.subject.native.get("common_name", "?")))
    except Exception:
        return "?"


def _identity_check(asn1_cert: Any) -> Check:
    from cryptography import x509

    try:
        binding = read_binding(x509.load_der_x509_certificate(asn1_cert.dump()))
    except ValueError:
        binding = None
    if binding is None:
        return Check("identity", False, "the certificate is not bound to a fieldintake identity")
    if not binding.endorsed:
        return Check("identity", False, "the certificate's identity endorsement does not verify")
    return Check("identity", True, f"self-issued certificate of fieldintake identity {display_name(binding.fingerprint)}"
                 " (no authority vouches for it: compare the fingerprint with the preparer's contact card)")


def read_manifest(reader: Any) -> list[ExhibitEntry]:
    raw = reader.root.get(MANIFEST_KEY)
    if raw is None:
        return []
    text = str(raw)
    if len(text) > MAX_MANIFEST_CHARS:
        raise ValueError("exhibit list too large")
    items = loads_bounded(text)  # TooDeep is a ValueError: "the exhibit list is damaged"
    if not isinstance(items, list) or len(items) > MAX_EXHIBITS:
        raise ValueError("exhibit list malformed")
    return [ExhibitEntry(str(i["number"]), str(i["name"]), int(i["size"]), str(i["sha256"]).lower()) for i in items]


def _exhibit_checks(reader: Any, folder: Path) -> list[Check]:
    try:
        entries = read_manifest(reader)
    except (ValueError, KeyError, TypeError):
        return [Check("exhibits", False, "the file's exhibit list is damaged")]
    if not entries:
        return [Check("exhibits", False, "the file lists no exhibits to compare")]
    checks = []
    for entry in entries:
        shown = display_name(entry.name)
        path = folder / safe_file_name(entry.name)
        if not path.is_file():
            checks.append(Check(f"exhibit {display_name(entry.number)}", False, f"{shown}: no such file in {folder}"))
            continue
        digest = _sha256(path)
        ok = digest == entry.sha256
        checks.append(Check(f"exhibit {display_name(entry.number)}", ok,
                            f"{shown}: SHA-256 matches" if ok else f"{shown}: SHA-256 differs (the file was changed)"))
    return checks


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while chunk := source.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
