"""Decompression bombs from outside: refused before decoding (issue 10, item 9: QR images and cleaned images).

The PNGs are built by hand: a valid header declaring hundreds of millions
of pixels over a few hundred kilobytes of compressed zeros, as an attacker
would send them.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from fieldintake.app.imagesafety import KEEP_PIXELS, MAX_DECODE_PIXELS, downscale, open_image
from fieldintake.errors import ImageTooLarge, InvalidInput
from fieldintake.exports.redaction import strip_image_metadata


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def bomb_png(width: int, height: int, rows: int | None = None) -> bytes:
    """A grayscale PNG of ``width`` x ``height`` zero pixels (``rows``: only that many rows, truncated)."""
    pack = zlib.compressobj(9)
    row = b"\0" * (width + 1)  # filter byte + pixels
    parts = [pack.compress(row) for _ in range(height if rows is None else rows)]
    parts.append(pack.flush())
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", b"".join(parts))
            + _chunk(b"IEND", b""))


@pytest.fixture
def cli(run_cli):
    assert run_cli("user", "create", "alice")[0] == 0
    return run_cli


def test_qr_bomb_over_pillows_own_limit_is_a_clear_error(cli, tmp_path: Path) -> None:
    """196 Mpx: Pillow raised DecompressionBombError, an internal error, before the fix."""
    image = tmp_path / "card.png"
    image.write_bytes(bomb_png(14_000, 14_000, rows=8))
    code, _out, err = cli("--user", "alice", "contact", "add", "Bob", str(image))
    assert code == 2 and "too large" in err and "refused without decoding" in err and err.count("\n") == 1


def test_qr_bomb_of_177_megapixels_is_refused_before_decoding(cli, tmp_path: Path) -> None:
    """Below twice Pillow's limit it only warned and decoded gigabytes; now refused from the header."""
    data = bomb_png(13_300, 13_300)
    assert len(data) < 600_000
    image = tmp_path / "card.png"
    image.write_bytes(data)
    code, _out, err = cli("--user", "alice", "contact", "add", "Bob", str(image))
    assert code == 2 and "too large" in err and "refused without decoding" in err


def test_qr_image_file_size_is_capped(cli, tmp_path: Path) -> None:
    image = tmp_path / "card.png"
    image.write_bytes(bomb_png(64, 64) + b"\0" * (17 * 1024 * 1024))
    code, _out, err = cli("--user", "alice", "contact", "add", "Bob", str(image))
    assert code == 2 and "larger than 16 MB" in err


def test_a_real_qr_code_still_reads(cli, tmp_path: Path) -> None:
    import segno

    from fieldintake.crypto.identity import Identity

    card = Identity.generate().card("Invented Lawyer").to_text()
    image = tmp_path / "card.png"
    segno.make(card, error="m").save(str(image), scale=6)
    code, out, err = cli("--user", "alice", "contact", "add", "Lawyer", str(image))
    assert code == 0, err


def test_cleaner_refuses_a_png_over_the_cap_undecoded() -> None:
    """56 Mpx PNG: cleaned at full size (hundreds of MB while decoding) before the fix."""
    with pytest.raises(ImageTooLarge, match="cannot be cleaned"):
        strip_image_metadata(bomb_png(8_000, 7_000))


def test_cleaner_downscales_a_large_photo() -> None:
    """30 Mpx: decoded (under the cap) but handed on at most KEEP_PIXELS; kept full size before the fix."""
    out = io.BytesIO()
    Image.new("L", (6_000, 5_000), 128).save(out, "JPEG", quality=50)
    cleaned = strip_image_metadata(out.getvalue())
    with Image.open(io.BytesIO(cleaned)) as again:
        assert again.format == "JPEG" and again.width * again.height <= KEEP_PIXELS
        assert abs(again.width / again.height - 6 / 5) < 0.01


def test_a_huge_jpeg_is_decoded_at_a_reduced_scale() -> None:
    out = io.BytesIO()
    Image.new("L", (10_000, 6_000), 200).save(out, "JPEG", quality=30)  # 60 Mpx: over the decoding cap
    with open_image(out.getvalue()) as image:
        assert image.size == (5_000, 3_000)
    with pytest.raises(ImageTooLarge):
        open_image(out.getvalue(), max_pixels=400_000)  # 1/8 scale would still be 937,500 pixels


def test_open_image_caps_and_errors() -> None:
    assert MAX_DECODE_PIXELS >= KEEP_PIXELS
    with pytest.raises(ImageTooLarge, match="larger than 1 MB"):
        open_image(b"\0" * (2 * 1024 * 1024), max_bytes=1024 * 1024)
    with pytest.raises(InvalidInput, match="not a readable image"):
        open_image(b"%PDF-1.7 not an image")
    with pytest.raises(InvalidInput, match="damaged"):
        open_image(bomb_png(500, 500)[:70])  # cut inside the compressed pixels
    with pytest.raises(InvalidInput, match="only PNG"):
        open_image(bomb_png(10, 10), formats=("PNG",)).close()
        out = io.BytesIO()
        Image.new("RGB", (4, 4)).save(out, "GIF")
        open_image(out.getvalue(), formats=("PNG",))
    image = Image.new("RGB", (4000, 1000))
    downscale(image, 1_000_000)
    assert image.width * image.height <= 1_000_000 and image.width == 4 * image.height


def test_a_card_text_file_is_size_capped(cli, tmp_path: Path) -> None:
    card = tmp_path / "card.txt"
    card.write_text("x" * (65 * 1024))
    code, _out, err = cli("--user", "alice", "contact", "add", "Bob", str(card))
    assert code == 2 and "too large to be a contact card" in err
