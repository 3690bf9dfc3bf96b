"""PDF attachments without what a reader does not see: metadata, attached files, scripts, forms, notes.

A PDF goes into a redacted summary only when the sender confirmed that very
file in the review step. Its pages are then copied into a new document that
holds no document information, no XMP (the catalog's or a page's), no
embedded files, no JavaScript or open/page actions, no annotations (notes,
links, form widgets) and no AcroForm. The page content is kept as it is: a
PDF's text cannot be redacted safely here, so it goes through the leak check
(:mod:`leakcheck`), which refuses the export if a removed value is in it.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import NameObject

from fieldintake.errors import InvalidInput

PDF_TYPE = "application/pdf"
MAX_PDF_BYTES = 50 * 1024 * 1024
MAX_PAGES = 2000
_PAGE_KEYS_DROPPED = ("/Annots", "/AA", "/Metadata", "/PieceInfo", "/Thumb", "/B")


def strip_pdf(data: bytes) -> bytes:
    """The same pages in a new PDF with no metadata, attachments, scripts, annotations or forms."""
    if not data or len(data) > MAX_PDF_BYTES:
        raise InvalidInput("The PDF is empty or too large to include.")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise InvalidInput("The PDF is encrypted, so it cannot be checked: it is left out.")
        if len(reader.pages) > MAX_PAGES or len(reader.pages) == 0:
            raise InvalidInput("The PDF has no pages or too many to include.")
        writer = PdfWriter()
        for page in reader.pages:
            added = writer.add_page(page)
            for key in _PAGE_KEYS_DROPPED:
                if key in added:
                    del added[NameObject(key)]
        root = writer._root_object
        for key in ("/Names", "/OpenAction", "/AA", "/AcroForm", "/Metadata", "/Outlines", "/StructTreeRoot",
                    "/PageLabels", "/Threads", "/URI", "/SpiderInfo"):
            if key in root:
                del root[NameObject(key)]
        writer._info = None  # no /Info dictionary at all
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    except InvalidInput:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise InvalidInput("The PDF cannot be read, so it cannot be cleaned: it is left out.") from exc
