"""What a photo says about itself: camera, time taken, GPS position, author (EXIF, read with Pillow).

A photo's GPS position can reveal where a person hides; the app shows it when
the photo is added and the case file lists it on the exhibit slip, while the
file's bytes (whose SHA-256 is the evidence) stay as they are. The data is
hostile: Pillow reads only the header, every value is cut short and cleaned of
control characters, and a photo that cannot be parsed gives None.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from typing import Any, BinaryIO

from fieldintake.app.imagesafety import MAX_DECODE_PIXELS

MAX_TEXT = 120
_TAGS = {"make": 0x010F, "model": 0x0110, "software": 0x0131, "datetime": 0x0132, "artist": 0x013B,
         "copyright": 0x8298}
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_DATETIME_ORIGINAL = 0x9003
_XP_AUTHOR = 0x9C9D


@dataclass(frozen=True)
class PhotoMetadata:
    camera: str = ""
    taken: str = ""  # as the camera wrote it (local time of the camera, no zone)
    latitude: float | None = None
    longitude: float | None = None
    author: str = ""
    software: str = ""

    @property
    def reveals_place(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def position(self) -> str:
        return f"{self.latitude:.6f}, {self.longitude:.6f}" if self.reveals_place else ""

    def rows(self) -> list[tuple[str, str]]:
        """``(key, value)`` of what is recorded: keys camera, taken, position, author, software."""
        found = [("camera", self.camera), ("taken", self.taken), ("position", self.position),
                 ("author", self.author), ("software", self.software)]
        return [(k, v) for k, v in found if v]

    def summary(self) -> str:
        """One plain line for a terminal (English)."""
        names = {"camera": "camera", "taken": "taken", "position": "GPS position", "author": "author",
                 "software": "software"}
        return "; ".join(f"{names[k]} {v}" for k, v in self.rows())


def _clean(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-16-le" if len(value) % 2 == 0 else "latin-1", "replace")
    text = unicodedata.normalize("NFC", str(value)).replace("\x00", "").strip()
    text = "".join(c if c.isprintable() else " " for c in text)
    return text[:MAX_TEXT]


def _degrees(value: Any, ref: Any) -> float | None:
    try:
        d, m, s = (float(x) for x in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    result = d + m / 60 + s / 3600
    if str(ref).strip().upper() in ("S", "W"):
        result = -result
    return result if -180.0 <= result <= 180.0 else None


def read_metadata(source: bytes | BinaryIO) -> PhotoMetadata | None:
    """The photo's recorded metadata; None when it records none or is not a readable image."""
    from PIL import Image

    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        with Image.open(stream) as image:
            if image.width * image.height > MAX_DECODE_PIXELS:  # getexif decodes a whole PNG: never a bomb
                return None
            exif = image.getexif()
            sub = exif.get_ifd(_EXIF_IFD)
            gps = exif.get_ifd(_GPS_IFD)
    except Exception:  # Pillow raises many kinds for hostile or broken files
        return None
    camera = " ".join(p for p in (_clean(exif.get(_TAGS["make"], "")), _clean(exif.get(_TAGS["model"], ""))) if p)
    author = _clean(exif.get(_TAGS["artist"], "")) or _clean(exif.get(_XP_AUTHOR, "")) or \
        _clean(exif.get(_TAGS["copyright"], ""))
    taken = _clean(sub.get(_DATETIME_ORIGINAL, "") or exif.get(_TAGS["datetime"], ""))
    latitude = _degrees(gps.get(2), gps.get(1)) if gps else None
    longitude = _degrees(gps.get(4), gps.get(3)) if gps else None
    if latitude is None or longitude is None:
        latitude = longitude = None
    meta = PhotoMetadata(camera, taken, latitude, longitude, author, _clean(exif.get(_TAGS["software"], "")))
    return meta if meta.rows() else None
