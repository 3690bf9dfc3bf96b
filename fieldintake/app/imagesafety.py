"""Opening images from outside without decompression bombs: caps checked before any pixel is decoded.

A 543 KB PNG can declare 177 million pixels; decoding it takes gigabytes.
Pillow's own guard (``Image.MAX_IMAGE_PIXELS``) is process-wide, only warns
below twice its limit and raises an error type nobody expects. Every place
that decodes an image from someone else (QR codes in ``contact add``,
attachments cleaned for a redacted summary, exhibits embedded in a PDF)
goes through :func:`open_image` instead:

1. the file's size is capped (``max_bytes``);
2. the header alone is read and ``width * height`` compared with
   ``max_pixels``; a JPEG over it is decoded at 1/2, 1/4 or 1/8 scale
   (``Image.draft``, cheap) when that brings it under, anything else is
   refused with :class:`~fieldintake.errors.ImageTooLarge`;
3. only then are the pixels decoded, and any decoder failure is one
   :class:`~fieldintake.errors.InvalidInput`;
4. optionally the result is downscaled to ``keep_pixels`` (aspect kept).

No Qt here: the app, exports and ui layers all use it.
"""

from __future__ import annotations

import io
import math
import warnings
from pathlib import Path
from typing import BinaryIO

from PIL import Image, UnidentifiedImageError

from fieldintake.errors import ImageTooLarge, InvalidInput

MAX_IMAGE_BYTES = 64 * 1024 * 1024
"""Largest image file decoded at all (a 50 Mpx camera JPEG is ~25 MB)."""
MAX_DECODE_PIXELS = 50_000_000
"""Largest picture decoded (about 200 MB as RGBA); more is refused, or a JPEG is decoded at a reduced scale."""
KEEP_PIXELS = 25_000_000
"""What cleaned images are downscaled to (6,100 x 4,100): evidence stays legible, memory stays bounded."""


def _describe(name: str | None) -> str:
    return f"{name} " if name else "The image "


def open_image(
    source: Path | bytes | BinaryIO,
    *,
    name: str | None = None,
    max_bytes: int = MAX_IMAGE_BYTES,
    max_pixels: int = MAX_DECODE_PIXELS,
    keep_pixels: int | None = None,
    formats: tuple[str, ...] | None = None,
) -> Image.Image:
    """The decoded image (loaded; the caller closes it), or ``ImageTooLarge`` / ``InvalidInput``.

    ``source`` is a file, bytes, or a seekable binary stream (an attachment
    decrypted on the fly): a file or stream is decoded from where it is, so
    only the pixels are held in memory, never the file's bytes as well.
    ``name`` is used in messages (a file name, already safe to show);
    ``formats`` limits Pillow format names (``("PNG", "JPEG")``).
    """
    what = _describe(name if name is not None else (source.name if isinstance(source, Path) else None))
    if isinstance(source, Path):
        try:
            with open(source, "rb") as fh:
                return _open_stream(fh, what, max_bytes, max_pixels, keep_pixels, formats)
        except FileNotFoundError as exc:
            raise InvalidInput(f"{what}does not exist.") from exc
        except OSError as exc:  # an unreadable file; a decoder's OSError is already InvalidInput
            raise InvalidInput(f"{what}could not be read: {exc.strerror or exc}.") from exc
    if isinstance(source, (bytes, bytearray, memoryview)):
        return _open_stream(io.BytesIO(_read_bounded(source, max_bytes, what)), what, max_bytes, max_pixels,
                            keep_pixels, formats)
    return _open_stream(source, what, max_bytes, max_pixels, keep_pixels, formats)


def _open_stream(fh: BinaryIO, what: str, max_bytes: int, max_pixels: int, keep_pixels: int | None,
                 formats: tuple[str, ...] | None) -> Image.Image:
    """Decode from ``fh`` (seekable), its size capped first; the pixels are loaded before returning."""
    try:
        size = fh.seek(0, io.SEEK_END)
        fh.seek(0)
    except (OSError, ValueError) as exc:
        raise InvalidInput(f"{what}could not be read.") from exc
    if size > max_bytes:
        raise _too_big_file(what, max_bytes)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # we check the size ourselves
            image = Image.open(fh)
    except Image.DecompressionBombError:
        raise _too_many_pixels(what, None, max_pixels) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise InvalidInput(f"{what}is not a readable image.") from exc
    try:
        if formats is not None and image.format not in formats:
            raise InvalidInput(f"{what}is a {image.format or 'different'} image; only {', '.join(formats)} here.")
        _fit_before_decoding(image, max_pixels, what)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                image.load()
        except Image.DecompressionBombError:
            raise _too_many_pixels(what, image.size, max_pixels) from None
        except (OSError, ValueError, SyntaxError, EOFError, MemoryError) as exc:
            raise InvalidInput(f"{what}is damaged or not a readable image.") from exc
        if keep_pixels is not None:
            downscale(image, keep_pixels)
    except BaseException:
        image.close()
        raise
    return image


def downscale(image: Image.Image, max_pixels: int) -> None:
    """Shrink ``image`` in place to at most ``max_pixels``, keeping its aspect ratio."""
    width, height = image.size
    if width * height <= max_pixels:
        return
    factor = math.sqrt(max_pixels / (width * height))
    image.thumbnail((max(1, int(width * factor)), max(1, int(height * factor))), Image.Resampling.LANCZOS)


def _read_bounded(source: Path | bytes, max_bytes: int, what: str) -> bytes:
    if isinstance(source, (bytes, bytearray, memoryview)):
        if len(source) > max_bytes:
            raise _too_big_file(what, max_bytes)
        return bytes(source)
    try:
        with open(source, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InvalidInput(f"{what}does not exist.") from exc
    except OSError as exc:
        raise InvalidInput(f"{what}could not be read: {exc.strerror or exc}.") from exc
    if len(data) > max_bytes:
        raise _too_big_file(what, max_bytes)
    return data


def _fit_before_decoding(image: Image.Image, max_pixels: int, what: str) -> None:
    """Refuse an over-large image from its header; decode a JPEG at a smaller scale where that is enough."""
    width, height = image.size
    if width <= 0 or height <= 0:
        raise InvalidInput(f"{what}has no pixels.")
    if width * height <= max_pixels:
        return
    if image.format == "JPEG":
        for scale in (2, 4, 8):
            if (width // scale) * (height // scale) <= max_pixels:
                image.draft(image.mode, (max(1, width // scale), max(1, height // scale)))
                if image.size[0] * image.size[1] <= max_pixels:
                    return
                break
    raise _too_many_pixels(what, (width, height), max_pixels)


def _too_many_pixels(what: str, size: tuple[int, int] | None, max_pixels: int) -> ImageTooLarge:
    declared = f" ({size[0]} x {size[1]} pixels)" if size else ""
    return ImageTooLarge(
        f"{what}is too large{declared}: at most {max_pixels // 1_000_000} million pixels are opened, "
        "so it was refused without decoding it."
    )


def _too_big_file(what: str, max_bytes: int) -> ImageTooLarge:
    return ImageTooLarge(f"{what}is larger than {max_bytes // (1024 * 1024)} MB: refused without decoding it.")
