"""Attachments in a redacted summary: identifying ones left out, images without metadata."""

from __future__ import annotations

import io

import pytest
from PIL import Image, PngImagePlugin

from fieldintake.app.users import Session, UserStore
from fieldintake.errors import InvalidInput, NotFound
from fieldintake.exports.redaction import redact_case, strip_image_metadata
from tests.conftest import PASSPHRASE
from tests.redaction_data import build_case, jpeg_with_gps

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def session(store: UserStore):
    created = store.create("alice", PASSPHRASE)
    with created.session as s:
        yield s


def test_exif_gps_and_comments_do_not_survive() -> None:
    original = jpeg_with_gps()
    with Image.open(io.BytesIO(original)) as before:
        assert before.getexif().get_ifd(0x8825)  # the test image really has a GPS position
        assert b"Kachkurkin" in original
    cleaned = strip_image_metadata(original)
    with Image.open(io.BytesIO(cleaned)) as after:
        assert after.format == "JPEG" and after.size == (32, 24)
        assert not after.getexif() and "exif" not in after.info and "comment" not in after.info
        assert "icc_profile" not in after.info
        red, green, blue = after.convert("RGB").getpixel((5, 5))
        assert red > 150 and green < 100 and blue < 100  # the pixels are still the picture
    for marker in (b"Exif", b"InventedCam", b"Kachkurkin", b"GPS", b"http://ns.adobe.com/xap"):
        assert marker not in cleaned


def test_png_text_chunks_are_dropped_and_other_files_refused() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Kachkurkin")
    out = io.BytesIO()
    Image.new("RGBA", (4, 4), (0, 0, 255, 128)).save(out, "PNG", pnginfo=info)
    assert b"Kachkurkin" in out.getvalue()
    cleaned = strip_image_metadata(out.getvalue())
    assert b"Kachkurkin" not in cleaned
    with Image.open(io.BytesIO(cleaned)) as again:
        assert again.format == "PNG" and again.getpixel((1, 1)) == (0, 0, 255, 128)
    with pytest.raises(InvalidInput):
        strip_image_metadata(PDF)


def test_identifying_attachments_are_left_out_and_images_cleaned(session: Session) -> None:
    case_id = build_case(session)
    store = session.attachments
    passport = store.add_stream(case_id, io.BytesIO(jpeg_with_gps()), "passport_Kachkurkin.jpg",
                                sensitivity="identifying")
    photo = store.add_stream(case_id, io.BytesIO(jpeg_with_gps()), "injuries_Kachkurkin.jpg",
                             sensitivity="sensitive", description="Injuries of Тимур after the arrest")
    ruling = store.add_stream(case_id, io.BytesIO(PDF), "court_ruling.pdf", sensitivity="shareable")
    audio = store.add_stream(case_id, io.BytesIO(b"ID3 invented"), "call.mp3", sensitivity="shareable")
    result = redact_case(session.cases.get(case_id), session.templates, audience="un-body", author="alice")
    kept = {a.id: a for a in result.case.attachments}
    assert set(kept) == {photo.id}  # the passport (identifying), the mp3 and the unconfirmed PDF are out
    assert kept[photo.id].file_name == "injuries_[name 1].jpg"
    assert kept[photo.id].description == "Injuries of [name 1] after the arrest"
    assert kept[photo.id].sha256 == "" and kept[photo.id].blob_id == ""  # the original's hash is not the sent file's
    assert (result.log.attachments_left_out, result.log.images_cleaned, result.log.pdfs_stripped) == (3, 1, 0)
    assert {f.attachment_id: f.status for f in result.files} == {
        passport.id: "left-out", photo.id: "cleaned", ruling.id: "needs-confirmation", audio.id: "left-out"}
    image = result.attachment_bytes(store, photo.id)
    assert b"Exif" not in image and b"Kachkurkin" not in image
    for left_out in (passport.id, audio.id, ruling.id):
        with pytest.raises(NotFound):
            result.attachment_bytes(store, left_out)
    public = redact_case(session.cases.get(case_id), session.templates, audience="public", author="alice",
                         include_pdfs=[ruling.id])
    assert [a.id for a in public.case.attachments] == [ruling.id]  # confirmed: a shareable PDF goes to the media


def test_cleaned_from_the_decrypting_stream_and_spooled_copies_shredded(session: Session, tmp_path) -> None:
    """Issue 18: an image is cleaned from its decrypting stream (trailing bytes never read into memory),
    the bundle's cleaned copies are staged encrypted, and none is left in the vault once it is written."""
    from fieldintake.crypto.identity import Identity
    from fieldintake.exports import handover

    case_id = build_case(session)
    photo = jpeg_with_gps() + b"\0" * (3 << 20)  # decoders stop at the end of the JPEG
    kept = session.attachments.add_stream(case_id, io.BytesIO(photo), "injuries.jpg", sensitivity="sensitive")
    blobs_before = sorted(p.name for p in session.attachments.blobs.iterdir())
    result = redact_case(session.cases.get(case_id), session.templates, audience="un-body", author="alice")
    assert result.attachment_bytes(session.attachments, kept.id) == strip_image_metadata(photo)
    payload = handover.prepare_payload(session, [case_id], audience="un-body", override_reason="test", with_pdf=True)
    spooled = list(payload.staged)
    assert len(spooled) == 2 and all((session.attachments.blobs / b).exists() for b in spooled)
    out = handover.export_bundle(session, [case_id], tmp_path / "r.fibundle",
                                 recipients=[Identity.generate().age_recipient], payload=payload)
    sent = {m.path: m for m in out.info.manifest.members}
    cleaned = strip_image_metadata(photo)
    assert sent[f"attachments/{kept.id}/injuries.jpg"].size == len(cleaned)
    assert sorted(p.name for p in session.attachments.blobs.iterdir()) == blobs_before
