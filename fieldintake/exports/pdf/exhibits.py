"""Exhibits: attachments read (verified) into memory, then shown as images or PDF pages.

A PDF exhibit is laid out as reserved page slots; after layout each of its
pages is drawn into its slot with pypdf, scaled to fit below the header, so
page numbers, Bates numbers and the contents page run through the whole file.
Only page content and resources come along: the exhibit's catalog (JavaScript,
OpenAction, forms, XMP) is never copied, and annotations and actions are
stripped from what is. Nothing is written to disk.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PIL import Image
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.errors import LimitReachedError
from pypdf.generic import ArrayObject, ContentStream, DictionaryObject, FloatObject, IndirectObject, NameObject, PdfObject

from fieldintake.app.model import Attachment
from fieldintake.errors import FieldintakeError
from fieldintake.exports.pdf.options import ReadExhibit

ORIENTATION_TAG = 0x0112
#: An image from outside is decoded only up to this many pixels: a 543 KB PNG can declare 177 Mpx, 1.8 GB
#: once decoded. A JPEG is decoded at 1/2, 1/4 or 1/8 scale when that brings it under (``draft``), so a
#: 100 Mpx photo is still shown; other formats above it are listed as too large. Measured: a 16 Mpx RGBA
#: PNG keeps the export under 300 MB.
MAX_DECODE_PIXELS = 16_000_000
#: Larger images are reduced to this many pixels before they are embedded (an A4 page at 300 dpi is 8.7 Mpx);
#: smaller ones are embedded from their original bytes.
MAX_EMBED_PIXELS = 9_000_000
_JPEG_SCALES = (1, 2, 4, 8)
IMAGE_TYPES = ("image/jpeg", "image/png")
PDF_TYPES = ("application/pdf",)
# Keys that carry behaviour, links or hidden payloads: never in a court file.
FORBIDDEN_KEYS = frozenset(
    {"/Annots", "/AA", "/OpenAction", "/JS", "/JavaScript", "/EmbeddedFiles", "/AcroForm", "/Metadata",
     "/Launch", "/URI", "/SubmitForm", "/RichMedia"}
)


@dataclass
class Exhibit:
    number: str  # "E-1"
    attachment: Attachment
    kind: str  # "image" | "pdf" | "listed" (not reproduced) | "unreadable"
    data: bytes | None = None
    reader: PdfReader | None = None
    pages: int = 0
    image_size: tuple[int, int] = (0, 0)  # as stored
    orientation: int = 1  # EXIF: 3, 6 and 8 are drawn turned upright (the bytes stay as they are)
    reason: str = ""
    pages_writer: PdfWriter | None = None  # the exhibit's pages, made safe to draw (see _prepare_pages)
    reduced_from: tuple[int, int] | None = None  # an image shown reduced: its stored size


@dataclass(frozen=True)
class Slot:
    """Where one exhibit page goes: our page number and the box on it, in points."""

    page: int
    x: float
    y: float
    width: float
    height: float


def load_exhibits(attachments: list[Attachment], read: ReadExhibit | None, max_bytes: int,
                  step: Callable[[int], None] | None = None, leave_out: frozenset[str] = frozenset()) -> list[Exhibit]:
    """Each attachment read once, in order; ``step(done)`` after each (it may raise Cancelled). Those whose
    id is in ``leave_out`` keep their number and are listed, not reproduced."""
    exhibits = []
    for index, attachment in enumerate(attachments, 1):
        exhibits.append(_load(f"E-{index}", attachment, read, max_bytes, leave_out))
        if step is not None:
            step(index)
    return exhibits


def _load(number: str, attachment: Attachment, read: ReadExhibit | None, max_bytes: int,
          leave_out: frozenset[str] = frozenset()) -> Exhibit:
    media = attachment.media_type.lower()
    if attachment.id in leave_out:
        return Exhibit(number, attachment, "left_out")
    if read is None or media not in IMAGE_TYPES + PDF_TYPES:
        return Exhibit(number, attachment, "listed")
    if attachment.size > max_bytes:
        return Exhibit(number, attachment, "unreadable", reason=f"larger than {max_bytes} bytes")
    try:
        data = read(attachment)
    except FieldintakeError as exc:  # damaged or altered: say so in the file, do not hide it
        return Exhibit(number, attachment, "unreadable", reason=str(exc))
    if media in IMAGE_TYPES:
        return _load_image(number, attachment, data)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return Exhibit(number, attachment, "unreadable", reason="the PDF is password-protected")
        pages = len(reader.pages)
        if pages == 0:
            return Exhibit(number, attachment, "unreadable", reason="the PDF has no pages")
        writer = _prepare_pages(reader)
    except LimitReachedError:  # a decompression bomb: a small file whose streams expand without bound
        return Exhibit(number, attachment, "unreadable", reason="its contents expand beyond what can be reproduced")
    except Exception:  # pypdf raises many types for hostile or broken files
        return Exhibit(number, attachment, "unreadable", reason="not a readable PDF")
    return Exhibit(number, attachment, "pdf", data=data, reader=reader, pages=pages, pages_writer=writer)


class _TooLarge(Exception):
    pass


def _load_image(number: str, attachment: Attachment, data: bytes) -> Exhibit:
    """Checked, decoded within MAX_DECODE_PIXELS, and reduced to MAX_EMBED_PIXELS when larger."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()  # must come first: after it the image object is spent
        with Image.open(io.BytesIO(data)) as image:
            size = image.size
            if image.format != "JPEG" and size[0] * size[1] > MAX_DECODE_PIXELS:
                raise _TooLarge  # before getexif: for a PNG it decodes the whole image to find the chunk
            orientation = int(image.getexif().get(ORIENTATION_TAG, 1))
            reduced_from = None
            if size[0] * size[1] > MAX_EMBED_PIXELS:
                data, reduced_from = _reduce(image), size
                size = Image.open(io.BytesIO(data)).size
            else:
                image.load()  # a truncated image fails here, not halfway through the layout
    except _TooLarge:
        width, height = size
        return Exhibit(number, attachment, "unreadable", image_size=size,
                       reason=f"an image of {width} × {height} pixels is too large to reproduce")
    except Exception:  # Pillow raises many types for hostile or broken images
        return Exhibit(number, attachment, "unreadable", reason="not a readable image")
    return Exhibit(number, attachment, "image", data=data, image_size=size, reduced_from=reduced_from,
                   orientation=orientation if orientation in (3, 6, 8) else 1)


def _reduce(image: Image.Image) -> bytes:
    """The image at no more than MAX_EMBED_PIXELS, re-encoded (JPEG stays JPEG), never decoded past
    MAX_DECODE_PIXELS."""
    width, height = image.size
    factor = (MAX_EMBED_PIXELS / (width * height)) ** 0.5
    target = (max(1, int(width * factor)), max(1, int(height * factor)))
    if image.format == "JPEG":
        scale = next((k for k in _JPEG_SCALES if -(-width // k) * -(-height // k) <= MAX_DECODE_PIXELS), 0)
        if not scale:
            raise _TooLarge
        image.draft("RGB", (-(-width // scale), -(-height // scale)))  # decoded at 1/scale: memory stays small
    if image.size[0] * image.size[1] > MAX_DECODE_PIXELS:
        raise _TooLarge
    image.thumbnail(target)
    out = io.BytesIO()
    if image.format == "JPEG" or image.mode == "CMYK":
        image.convert("RGB").save(out, "JPEG", quality=90)
    else:
        image.save(out, "PNG")
    return out.getvalue()


def strip_behaviour(obj: Any, seen: set[int] | None = None) -> None:
    """Remove every forbidden key from a foreign object graph, in place."""
    seen = set() if seen is None else seen
    stack = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = id(item.pdf), item.idnum, item.generation
            if hash(key) in seen:
                continue
            seen.add(hash(key))
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            for name in [k for k in item if k in FORBIDDEN_KEYS]:
                del item[NameObject(name)]
            stack.extend(item.values())
        elif isinstance(item, ArrayObject):
            stack.extend(item)


def _prepare_pages(reader: PdfReader) -> PdfWriter:
    """A scratch copy (never written) whose pages are ready to draw: behaviour stripped, rotation turned into
    content, clipped to the visible box. Every stream is decoded here, while a failure can still make the
    exhibit "unreadable" instead of failing the whole file."""
    writer = PdfWriter(clone_from=reader)  # pypdf edits pages only inside a writer
    for source in writer.pages:
        strip_behaviour(source)
        for name in ("/Annots", "/AA", "/Metadata"):
            if name in source:
                del source[NameObject(name)]
        if source.rotation % 360:
            source.transfer_rotation_to_content()
        box = source.cropbox
        if float(box.width) > 0 and float(box.height) > 0:
            _clip_to(source, box, writer)
    return writer


def place_page(target: Any, exhibit: Exhibit, index: int, slot: Slot) -> None:
    """Draw page ``index`` of a PDF exhibit into ``slot`` of ``target``, scaled to fit."""
    assert exhibit.pages_writer is not None
    source = exhibit.pages_writer.pages[index]
    box = source.cropbox
    width, height = float(box.width), float(box.height)
    if width <= 0 or height <= 0:
        return
    dx, dy, scale = fit(slot.width, slot.height, width, height)
    x, y = slot.x + dx, slot.y + dy
    op = Transformation().translate(-float(box.left), -float(box.bottom)).scale(scale, scale).translate(x, y)
    target.merge_transformed_page(source, op, over=True, expand=False)


def fit(room_width: float, room_height: float, width: float, height: float) -> tuple[float, float, float]:
    """Offset and scale that fit a page into a slot: centred across, top-aligned under the caption."""
    scale = min(room_width / width, room_height / height)
    return (room_width - width * scale) / 2, room_height - height * scale, scale


def page_size(exhibit: Exhibit, index: int) -> tuple[float, float]:
    """The visible size of a PDF exhibit's page as it will be shown (rotation applied)."""
    assert exhibit.reader is not None
    page = exhibit.reader.pages[index]
    width, height = float(page.cropbox.width), float(page.cropbox.height)
    return (height, width) if page.rotation % 180 else (width, height)


def _clip_to(page: Any, box: Any, writer: PdfWriter) -> None:
    """Nothing drawn outside the page's visible box may spill onto our header or footer."""
    contents = page.get_contents()
    if contents is None:
        return
    stream = ContentStream(contents, writer)
    rect = [FloatObject(float(v)) for v in (box.left, box.bottom, box.width, box.height)]
    stream.operations = [([], b"q"), (rect, b"re"), ([], b"W"), ([], b"n"), *stream.operations, ([], b"Q")]
    page.replace_contents(stream)


def is_clean(obj: PdfObject) -> bool:
    """True when no forbidden key is reachable from ``obj`` (used by tests and the final check)."""
    seen: set[int] = set()
    stack: list[Any] = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = hash((id(item.pdf), item.idnum, item.generation))
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if any(k in FORBIDDEN_KEYS for k in item):
                return False
            stack.extend(item.values())
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return True
