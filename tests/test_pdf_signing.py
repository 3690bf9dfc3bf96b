"""The signed case file: PAdES by the preparer's identity, checked with pyHanko's validator and ``verify``."""

from __future__ import annotations

import argparse
import hashlib
import io
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from fieldintake.app.users import Session, UserStore
from fieldintake.crypto.identity import Identity
from fieldintake.cli import verify as cli_verify
from fieldintake.exports.pdf import PdfOptions, parts_from_session, render_case_file, signer_from_session
from fieldintake.exports.pdf import signing
from fieldintake.exports.pdf.verify import verify_pdf
from tests.conftest import PASSPHRASE
from tests.pdf_support import flat, make_case, page_texts
from tests.helpers import parse_with

STAMP = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def session(store: UserStore) -> Any:
    created = store.create("alice", PASSPHRASE)
    yield created.session
    created.session.close()


@pytest.fixture
def signed(session: Session) -> tuple[bytes, dict[str, bytes], Session]:
    ref, files = make_case(session)
    options = PdfOptions(timestamp=STAMP, preparer="Lawyer C.", signer=signer_from_session(session, "Lawyer C."))
    return render_case_file(parts_from_session(session, ref), options).data, files, session


def _validate(data: bytes) -> Any:
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    [sig] = reader.embedded_signatures
    return validate_pdf_signature(sig, ValidationContext(trust_roots=[sig.signer_cert], allow_fetching=False))


def test_the_signature_validates_with_pyhankos_validator_and_names_the_identity(signed: Any) -> None:
    data, _files, session = signed
    status = _validate(data)
    assert status.intact and status.valid and status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    cert = x509.load_der_x509_certificate(reader.embedded_signatures[0].signer_cert.dump())
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Lawyer C."
    fp = session.card().fingerprint
    assert cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value == f"fieldintake identity {fp}"
    binding = signing.read_binding(cert)
    assert binding is not None and binding.endorsed and binding.fingerprint == fp
    assert binding.verify_key == session.identity.verify_key
    text = flat(page_texts(data)[-1])
    assert "self-issued certificate" in text and fp in text and "sha256sum" in text


def test_the_same_input_gives_the_same_signed_bytes(signed: Any) -> None:
    data, _files, session = signed
    ref = session.cases.list()[0].reference
    options = PdfOptions(timestamp=STAMP, preparer="Lawyer C.", signer=signer_from_session(session, "Lawyer C."))
    assert render_case_file(parts_from_session(session, ref), options).data == data


def test_one_changed_byte_breaks_the_signature(signed: Any) -> None:
    data, _files, _session = signed
    at = data.index(b"/Producer (fieldintake)") + len(b"/Producer (")
    changed = data[:at] + b"g" + data[at + 1:]
    status = _validate(changed)
    assert not status.intact  # the digest of the file no longer matches the signed one
    checks = {c.name: c for c in verify_pdf(changed)}
    assert not checks["signature"].ok


def test_verify_passes_a_true_file_and_its_exhibits(signed: Any, tmp_path: Path) -> None:
    data, files, _session = signed
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    checks = verify_pdf(data, tmp_path)
    assert [c.name for c in checks] == ["signature", "unchanged", "identity", "exhibit E-1", "exhibit E-2"]
    assert all(c.ok for c in checks), [c.line() for c in checks]


def test_verify_catches_a_changed_exhibit_and_a_missing_one(signed: Any, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    data, files, _session = signed
    (tmp_path / "scan.pdf").write_bytes(files["scan.pdf"] + b"\n% one more line")
    pdf = tmp_path / "case.pdf"
    pdf.write_bytes(data)
    args = _parse(["verify", str(pdf), "--exhibits", str(tmp_path)])
    assert args.handler(args, None) == 1
    lines = capsys.readouterr().out.splitlines()
    assert "ok\tsignature\t" in lines[0]
    assert any(line.startswith("FAIL\texhibit E-1\tscan.pdf: SHA-256 differs") for line in lines)
    assert any(line.startswith("FAIL\texhibit E-2\tphoto.png: no such file") for line in lines)


def test_verify_catches_a_revision_added_after_signing(signed: Any) -> None:
    """The attack: keep the signed bytes, append an incremental update that changes what a page shows."""
    data, _files, _session = signed
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    writer.root["/FieldintakeExhibits"] = generic.TextStringObject('[{"number":"A-1","name":"x","size":1,"sha256":"00"}]')
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    checks = {c.name: c for c in verify_pdf(out.getvalue())}
    assert not checks["unchanged"].ok


def test_an_unsigned_file_fails_verify(session: Session) -> None:
    ref, _files = make_case(session, exhibits=False)
    data = render_case_file(parts_from_session(session, ref), PdfOptions(timestamp=STAMP)).data
    [check] = verify_pdf(data)
    assert not check.ok and check.name == "signature"
    assert verify_pdf(b"not a pdf at all")[0].ok is False


def test_a_certificate_claiming_anothers_fingerprint_is_not_bound() -> None:
    """The attack: an impostor's own keys, with the victim's fingerprint written into the subject."""
    victim, impostor = Identity.generate(), Identity.generate()
    cert = signing.certificate(impostor, "Lawyer C.", STAMP)
    victim_fp = signing.fingerprint(victim.age_recipient, victim.verify_key)
    key = signing.signing_key(impostor)
    forged = (x509.CertificateBuilder()
              .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Lawyer C."),
                                       x509.NameAttribute(NameOID.SERIAL_NUMBER, f"fieldintake identity {victim_fp}")]))
              .issuer_name(cert.issuer).public_key(key.public_key()).serial_number(7)
              .not_valid_before(cert.not_valid_before_utc).not_valid_after(cert.not_valid_after_utc)
              .add_extension(cert.extensions.get_extension_for_oid(signing.ENDORSEMENT_OID).value, critical=False)
              .sign(key, hashes.SHA256()))
    binding = signing.read_binding(forged)
    assert binding is None or not binding.endorsed


def _parse(argv: list[str]) -> argparse.Namespace:
    return parse_with(cli_verify.register, argv)


def test_signed_file_sha256_is_reported_over_the_signed_bytes(signed: Any) -> None:
    data, _files, session = signed
    ref = session.cases.list()[0].reference
    options = PdfOptions(timestamp=STAMP, signer=signer_from_session(session, "Lawyer C."))
    result = render_case_file(parts_from_session(session, ref), options)
    assert result.sha256 == hashlib.sha256(result.data).hexdigest()


def test_verify_through_the_fieldintake_command(signed: Any, tmp_path: Path, run_cli: Any) -> None:
    data, files, _session = signed
    pdf = tmp_path / "case.pdf"
    pdf.write_bytes(data)
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    code, out, err = run_cli("verify", str(pdf), "--exhibits", str(tmp_path))
    assert code == 0, err
    assert out.count("\n") == 5 and "FAIL" not in out
    pdf.write_bytes(data[:-200] + bytes(200))  # the end of the file (the trailer) overwritten
    code, out, err = run_cli("verify", str(pdf))
    assert code != 0 and "Traceback" not in err


def test_a_crafted_exhibit_list_cannot_reach_outside_the_folder(tmp_path: Path) -> None:
    """The attack: a signed file whose exhibit list names '../secret.txt' to probe files beside the folder."""
    from tests.pdf_support import exhibit_pdf

    secret = b"invented secret next to the folder"
    (tmp_path / "secret.txt").write_bytes(secret)
    folder = tmp_path / "exhibits"
    folder.mkdir()
    entry = signing.ExhibitEntry("E-1", "../secret.txt", len(secret), hashlib.sha256(secret).hexdigest())
    data = signing.sign_pdf(exhibit_pdf(1), Identity.generate(), "Mallory", STAMP, [entry])
    [*_, check] = verify_pdf(data, folder)
    assert check.name == "exhibit E-1" and not check.ok and "no such file" in check.detail


def test_a_deeply_nested_exhibit_list_is_reported_not_raised(tmp_path: Path, monkeypatch: Any) -> None:
    """The attack: a signed file whose exhibit list is 100,000 nested arrays (under the size bound):
    json.loads raised RecursionError and `verify` died with a traceback."""
    from tests.pdf_support import exhibit_pdf

    deep = "[" * 100_000 + "]" * 100_000
    monkeypatch.setattr(signing.json, "dumps", lambda *_a, **_k: deep)
    data = signing.sign_pdf(exhibit_pdf(1), Identity.generate(), "Mallory", STAMP,
                            [signing.ExhibitEntry("E-1", "a.pdf", 1, "0" * 64)])
    monkeypatch.undo()
    [*_, check] = verify_pdf(data, tmp_path)
    assert check.name == "exhibits" and not check.ok and "damaged" in check.detail
