"""PDF/A for filing and archives: PDF/A-2b, or PDF/A-3b with the original exhibit files embedded.

Applied to the pypdf writer of the finished file, before its single write and
before signing (a signature added afterwards in an incremental update is
allowed by PDF/A-2 and -3). What it does: an XMP packet that repeats the
document information and declares the part and conformance; an sRGB output
intent (the ICC profile made by Pillow's LittleCMS); every font that is
used must be embedded, else the file is refused as PDF/A, naming the page. With
3b each original file is an associated file (/AF, /AFRelationship /Source) with
its MIME type, size and dates, so the court receives the bytes whose SHA-256 the
file prints.

No validator runs here (veraPDF, the reference validator, needs Java and is not
in the registries this project uses): tests check each requirement with pypdf,
and docs/lawyer-guide.md tells users to run veraPDF on the result.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import cast
from xml.sax.saxutils import escape

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject, ByteStringObject, DecodedStreamObject, DictionaryObject, IndirectObject, NameObject, NumberObject,
    StreamObject,
    TextStringObject, create_string_object,
)

from fieldintake.errors import InvalidInput

LEVELS = ("2b", "3b")


class PdfANotPossible(InvalidInput):
    """The file cannot be made PDF/A (a page uses a font that is not embedded); names the page."""


@dataclass(frozen=True)
class Original:
    """An exhibit's original bytes, embedded with PDF/A-3b."""

    name: str
    media_type: str
    data: bytes
    sha256: str
    description: str = ""


@cache
def srgb_profile() -> bytes:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _xmp(level: str, title: str, producer: str, generated: datetime) -> bytes:
    stamp = generated.strftime("%Y-%m-%dT%H:%M:%SZ")
    packet = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>{level[0]}</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreatorTool>{escape(producer)}</xmp:CreatorTool>
   <xmp:CreateDate>{stamp}</xmp:CreateDate>
   <xmp:ModifyDate>{stamp}</xmp:ModifyDate>
   <xmp:MetadataDate>{stamp}</xmp:MetadataDate>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>{escape(producer)}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return packet.encode("utf-8")


def _font_embedded(ref: DictionaryObject) -> bool:
    font = cast(DictionaryObject, ref.get_object())
    if font.get("/Subtype") == "/Type3":
        return True  # glyphs are content streams in the file
    if font.get("/Subtype") == "/Type0":
        return all(_font_embedded(d) for d in font.get("/DescendantFonts", []))
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


_TF = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s+[\d.+-]+\s+Tf")


def _used_fonts(content: bytes) -> set[str]:
    return {"/" + m.group(1).decode("latin-1") for m in _TF.finditer(content)}


def _check_resources(resources: DictionaryObject, content: bytes, where: str, depth: int = 0) -> None:
    """Refuse a font that is used here and not embedded. Recurses into form XObjects (exhibit pages).

    Nothing is removed: pages share one resource dictionary, and a font unused on one page is used on another.
    """
    if depth > 8:
        raise PdfANotPossible(f"{where}: nested too deeply to check its fonts.")
    fonts = resources.get("/Font")
    if fonts is not None:
        fonts = fonts.get_object()
        used = _used_fonts(content)
        for name in list(fonts.keys()):
            if _font_embedded(fonts[name]):
                continue
            if name in used:
                base = str(fonts[name].get_object().get("/BaseFont", "?"))
                raise PdfANotPossible(f"{where} uses the font {base[1:60]}, which is not embedded: the file cannot be "
                                      "PDF/A. Leave PDF/A off, or attach a copy of that exhibit that embeds its fonts.")
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for xobject in xobjects.get_object().values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                _check_resources(xobject["/Resources"].get_object(), xobject.get_data(), where, depth + 1)


def apply(writer: PdfWriter, *, level: str, title: str, producer: str, generated: datetime,
          originals: Sequence[Original] = ()) -> None:
    """Make ``writer``'s document PDF/A-``level`` (``"2b"`` or ``"3b"``); raises ``PdfANotPossible``."""
    if level not in LEVELS:
        raise InvalidInput(f"PDF/A level must be one of {', '.join(LEVELS)}.")
    for number, page in enumerate(writer.pages, 1):
        if "/Resources" in page:
            content = page.get_contents()
            data = content.get_data() if content is not None else b""  # (an empty stream dict is falsy)
            _check_resources(cast(DictionaryObject, page["/Resources"].get_object()), data, f"Page {number}")
    root = writer._root_object
    metadata = DecodedStreamObject()  # PDF/A: the metadata stream stays unfiltered, readable as it is
    metadata.set_data(_xmp(level, title, producer, generated))
    metadata[NameObject("/Type")] = NameObject("/Metadata")
    metadata[NameObject("/Subtype")] = NameObject("/XML")
    root[NameObject("/Metadata")] = writer._add_object(metadata)
    profile = StreamObject()
    profile.set_data(srgb_profile())
    profile[NameObject("/N")] = NumberObject(3)
    profile = profile.flate_encode()
    intent = DictionaryObject({
        NameObject("/Type"): NameObject("/OutputIntent"),
        NameObject("/S"): NameObject("/GTS_PDFA1"),
        NameObject("/OutputConditionIdentifier"): create_string_object("sRGB IEC61966-2.1"),
        NameObject("/RegistryName"): create_string_object("http://www.color.org"),
        NameObject("/Info"): create_string_object("sRGB IEC61966-2.1"),
        NameObject("/DestOutputProfile"): writer._add_object(profile),
    })
    root[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])
    if level == "3b" and originals:
        _embed(writer, originals, generated)


def _embed(writer: PdfWriter, originals: Sequence[Original], generated: datetime) -> None:
    stamp = generated.strftime("D:%Y%m%d%H%M%SZ")
    names: list[tuple[str, IndirectObject]] = []
    specs = ArrayObject()
    for original in originals:
        stream = StreamObject()
        stream.set_data(original.data)
        stream = stream.flate_encode()
        stream[NameObject("/Type")] = NameObject("/EmbeddedFile")
        stream[NameObject("/Subtype")] = NameObject("/" + _mime_name(original.media_type))
        stream[NameObject("/Params")] = DictionaryObject({
            NameObject("/Size"): NumberObject(len(original.data)),
            NameObject("/CheckSum"): ByteStringObject(hashlib.md5(original.data, usedforsecurity=False).digest()),
            NameObject("/ModDate"): create_string_object(stamp),
        })
        spec = DictionaryObject({
            NameObject("/Type"): NameObject("/Filespec"),
            NameObject("/F"): create_string_object(_ascii_name(original.name)),
            NameObject("/UF"): TextStringObject(original.name),
            NameObject("/Desc"): TextStringObject(original.description or f"SHA-256 {original.sha256}"),
            NameObject("/AFRelationship"): NameObject("/Source"),
            NameObject("/EF"): DictionaryObject({NameObject("/F"): writer._add_object(stream),
                                                 NameObject("/UF"): writer._add_object(stream)}),
        })
        ref = writer._add_object(spec)
        specs.append(ref)
        names.append((original.name, ref))
    names.sort(key=lambda item: item[0])
    flat = ArrayObject()
    for index, (name, ref) in enumerate(names):
        flat.extend([TextStringObject(f"{index + 1:04d} {name}"), ref])
    root = writer._root_object
    root[NameObject("/Names")] = DictionaryObject(
        {NameObject("/EmbeddedFiles"): DictionaryObject({NameObject("/Names"): flat})})
    root[NameObject("/AF")] = specs


def _mime_name(media_type: str) -> str:
    """A MIME type as a PDF name: ``image/png`` -> ``image#2Fpng`` (pypdf writes the # escape)."""
    clean = re.sub(r"[^A-Za-z0-9.+-/]", "", media_type) or "application/octet-stream"
    return clean


def _ascii_name(name: str) -> str:
    return "".join(c if 32 <= ord(c) < 127 and c not in "/\\" else "_" for c in name) or "exhibit"


def originals(exhibits: Sequence[object], read: object, max_bytes: int) -> list[Original]:
    """The original bytes of each exhibit (already read, or read now), checked against the recorded SHA-256."""
    from fieldintake.app.attachments import display_name
    from fieldintake.errors import FieldintakeError

    found: list[Original] = []
    for e in exhibits:
        a = e.attachment  # type: ignore[attr-defined]
        data = e.data  # type: ignore[attr-defined]
        if data is None and read is not None and a.size <= max_bytes:
            try:
                data = read(a)  # type: ignore[operator]
            except FieldintakeError:
                data = None
        if data is None or hashlib.sha256(data).hexdigest() != a.sha256:
            continue  # a damaged file is not passed off as the original: the exhibit page says why
        found.append(Original(display_name(a.file_name), a.media_type, data, a.sha256,
                              f"{e.number}: SHA-256 {a.sha256}"))  # type: ignore[attr-defined]
    return found
