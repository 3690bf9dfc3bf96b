"""Images without their metadata: only the pixels are kept.

EXIF (camera, time, GPS position), XMP, IPTC, ICC profiles and comments can
name a place, a device or a person. Re-encoding the decoded pixels into a new
image drops all of them at once, instead of trying to find each block.
The EXIF orientation is applied first, so the picture still stands upright.
"""

from __future__ import annotations

import io

from PIL import Image, ImageOps, UnidentifiedImageError

from fieldintake.errors import InvalidInput

IMAGE_TYPES = {"image/jpeg": "JPEG", "image/png": "PNG"}
MAX_PIXELS = 100_000_000  # refuse decompression bombs before decoding


def strip_image_metadata(data: bytes) -> bytes:
    """The same picture as a new JPEG or PNG (as it came in), with no metadata at all."""
    try:
        with Image.open(io.BytesIO(data)) as source:
            kind = source.format
            if kind not in ("JPEG", "PNG"):
                raise InvalidInput(f"Only JPEG and PNG images can be cleaned (not {kind or 'this file'}).")
            if source.width * source.height > MAX_PIXELS:
                raise InvalidInput("The image is too large to clean.")
            upright = ImageOps.exif_transpose(source)
            if kind == "JPEG" and upright.mode not in ("RGB", "L", "CMYK"):
                upright = upright.convert("RGB")
            if upright.mode == "P":
                upright = upright.convert("RGBA" if "transparency" in upright.info else "RGB")
            pixels = Image.frombytes(upright.mode, upright.size, upright.tobytes())
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InvalidInput("The image cannot be read, so it cannot be cleaned of metadata.") from exc
    out = io.BytesIO()
    if kind == "JPEG":
        pixels.save(out, "JPEG", quality=92, optimize=True)
    else:
        pixels.save(out, "PNG", optimize=True)
    return out.getvalue()
