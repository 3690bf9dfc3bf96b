"""Images without their metadata: only the pixels are kept.

EXIF (camera, time, GPS position), XMP, IPTC, ICC profiles and comments can
name a place, a device or a person. Re-encoding the decoded pixels into a new
image drops all of them at once, instead of trying to find each block.
The EXIF orientation is applied first, so the picture still stands upright.
"""

from __future__ import annotations

import io
from typing import BinaryIO

from PIL import Image, ImageOps

from fieldintake.app.imagesafety import KEEP_PIXELS, MAX_DECODE_PIXELS, MAX_IMAGE_BYTES, open_image
from fieldintake.errors import ImageTooLarge, InvalidInput

IMAGE_TYPES = {"image/jpeg": "JPEG", "image/png": "PNG"}
MAX_PIXELS = MAX_DECODE_PIXELS  # refuse decompression bombs before decoding (app/imagesafety.py)


def strip_image_metadata(data: bytes | BinaryIO) -> bytes:
    """The same picture as a new JPEG or PNG (as it came in), with no metadata at all.

    ``data`` is the file's bytes or a seekable stream of them (an attachment decrypted on the
    fly: only the pixels are then held, never the file). Pictures over ``KEEP_PIXELS`` come out
    downscaled to it; over ``MAX_PIXELS`` (after a JPEG's reduced-scale decoding) they are
    refused undecoded; a stream over ``MAX_IMAGE_BYTES`` too. At most two copies of the pixels
    exist at once (the decoded picture is released once turned upright).
    """
    cap = len(data) if isinstance(data, (bytes, bytearray, memoryview)) else MAX_IMAGE_BYTES
    try:
        source = open_image(data, max_bytes=cap, keep_pixels=KEEP_PIXELS)
    except ImageTooLarge as exc:
        raise ImageTooLarge(f"{exc} It cannot be cleaned of metadata.") from None
    except InvalidInput as exc:
        raise InvalidInput("The image cannot be read, so it cannot be cleaned of metadata.") from exc
    if source.format not in ("JPEG", "PNG"):
        kind = source.format
        source.close()
        raise InvalidInput(f"Only JPEG and PNG images can be cleaned (not {kind or 'this file'}).")
    kind = source.format
    try:
        with source:
            upright = ImageOps.exif_transpose(source)
        if kind == "JPEG" and upright.mode not in ("RGB", "L", "CMYK"):
            upright = upright.convert("RGB")
        if upright.mode == "P":
            upright = upright.convert("RGBA" if "transparency" in upright.info else "RGB")
        pixels = Image.new(upright.mode, upright.size)  # a new image: none of the source's info comes along
        pixels.paste(upright)
        upright.close()
        del upright
    except (OSError, ValueError) as exc:
        raise InvalidInput("The image cannot be read, so it cannot be cleaned of metadata.") from exc
    out = io.BytesIO()
    if kind == "JPEG":
        pixels.save(out, "JPEG", quality=92, optimize=True)
    else:
        pixels.save(out, "PNG", optimize=True)
    return out.getvalue()

