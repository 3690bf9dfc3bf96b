"""Photo exhibits: their metadata is read, shown and listed on the exhibit slip; empty or broken files refused."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from fieldintake.app.photometa import read_metadata
from fieldintake.app.users import UserStore
from fieldintake.errors import InvalidInput
from fieldintake.exports.pdf import PdfOptions, parts_from_session, render_case_file
from tests.conftest import PASSPHRASE
from tests.pdf_support import flat, make_case, page_texts

STAMP = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)


def gps_jpeg() -> bytes:
    """An invented photo with a camera, a time, an author and a GPS position (Almaty, roughly)."""
    image = Image.new("RGB", (320, 200), (90, 120, 60))
    exif = Image.Exif()
    exif[0x010F] = "InventedCam"
    exif[0x0110] = "X100"
    exif[0x013B] = "Invented Photographer"
    exif[0x0132] = "2026:11:19 18:05:00"
    exif.get_ifd(0x8825).update({1: "N", 2: (43.0, 14.0, 24.0), 3: "E", 4: (76.0, 53.0, 24.0)})
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


@pytest.fixture
def session(store: UserStore) -> Any:
    created = store.create("alice", PASSPHRASE)
    yield created.session
    created.session.close()


def test_metadata_is_read_with_the_gps_position() -> None:
    meta = read_metadata(gps_jpeg())
    assert meta is not None and meta.reveals_place
    assert meta.camera == "InventedCam X100" and meta.author == "Invented Photographer"
    assert meta.taken == "2026:11:19 18:05:00"
    assert meta.latitude == pytest.approx(43.24) and meta.longitude == pytest.approx(76.89)
    assert read_metadata(b"not an image") is None
    plain = io.BytesIO()
    Image.new("RGB", (8, 8)).save(plain, "PNG")
    assert read_metadata(plain.getvalue()) is None  # records nothing


def test_the_case_file_keeps_the_photo_and_lists_its_metadata(session: Any) -> None:
    ref, _ = make_case(session, exhibits=False)
    data = gps_jpeg()
    attachment = session.attachments.add_stream(ref, io.BytesIO(data), "flat.jpg", size_hint=len(data))
    assert session.attachments.photo_metadata(attachment.id).reveals_place
    assert session.attachments.read_bytes(attachment.id) == data  # the original bytes, metadata and all
    pdf = render_case_file(parts_from_session(session, ref), PdfOptions(timestamp=STAMP)).data
    text = flat(" ".join(page_texts(pdf)))
    assert "What the photo's metadata records" in text
    assert "InventedCam X100" in text and "43.240000, 76.890000" in text and "Invented Photographer" in text
    assert "records the place where it was taken" in text
    ru = flat(" ".join(page_texts(render_case_file(parts_from_session(session, ref),
                                                   PdfOptions(lang="ru", timestamp=STAMP)).data)))
    assert "Координаты GPS" in ru


def test_an_empty_file_is_refused_with_its_reason(session: Any, tmp_path: Path) -> None:
    ref, _ = make_case(session, exhibits=False)
    empty = tmp_path / "scan.pdf"
    empty.write_bytes(b"")
    with pytest.raises(InvalidInput, match=r"is empty \(0 bytes\)"):
        session.attachments.add(ref, empty)
    assert session.cases.get(ref).attachments == []
    assert not any(session.attachments.blobs.iterdir())  # nothing left behind


def test_an_unreadable_file_is_refused_with_its_reason(session: Any, tmp_path: Path) -> None:
    ref, _ = make_case(session, exhibits=False)
    folder = tmp_path / "scan.pdf"
    folder.mkdir()  # a name that cannot be read as a file
    with pytest.raises(InvalidInput, match="Cannot read"):
        session.attachments.add(ref, folder)
    assert session.cases.get(ref).attachments == []


def test_a_damaged_photo_is_kept_and_the_case_file_says_it_cannot_be_read(session: Any) -> None:
    """Evidence is not thrown away: a photo that does not decode is added, and its exhibit page says why."""
    ref, _ = make_case(session, exhibits=False)
    data = b"\xff\xd8\xff\xe0 not really a jpeg"
    session.attachments.add_stream(ref, io.BytesIO(data), "photo.jpg", size_hint=len(data))
    text = flat(" ".join(page_texts(render_case_file(parts_from_session(session, ref),
                                                     PdfOptions(timestamp=STAMP)).data)))
    assert "not a readable image" in text


def test_attach_add_prints_what_the_photo_reveals(run_cli: Any, tmp_path: Path) -> None:
    assert run_cli("user", "create", "alice")[0] == 0
    code, out, err = run_cli("case", "new", "--title", "Invented photo case")
    assert code == 0, err
    ref = out.strip()
    photo = tmp_path / "flat.jpg"
    photo.write_bytes(gps_jpeg())
    code, out, err = run_cli("attach", "add", ref, str(photo))
    assert code == 0, err
    assert "GPS position 43.240000, 76.890000" in err and "camera InventedCam X100" in err
    assert "shows where it was taken" in err


def test_reading_a_photos_metadata_never_decodes_a_pixel_bomb(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PNG declaring 177 Mpx (Pillow's getexif decodes a whole PNG to look for eXIf): refused unread."""
    from tests.test_image_safety import bomb_png

    decoded: list[object] = []
    real_load = Image.Image.load
    monkeypatch.setattr(Image.Image, "load", lambda self: decoded.append(self) or real_load(self))
    assert read_metadata(bomb_png(15_000, 11_800, rows=4)) is None
    assert decoded == []
