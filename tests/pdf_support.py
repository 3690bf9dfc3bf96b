"""Invented cases with exhibits for the PDF tests, and ways to read a PDF back."""

from __future__ import annotations

import copy
import io
import re
import unicodedata
from typing import Any

from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import Link
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, TextStringObject
from reportlab.pdfgen.canvas import Canvas

from fieldintake.app.users import Session
from tests.case_data import FULL_ANSWERS, NARRATIVE

KAZAKH = "Қазақша: әке, ғалым, қала, аң, өмір, ұл, үй, һәм, іс."
UKRAINIAN = "Українською: їжак, ґанок, єнот."
CHECHEN = "Нохчийн: Ӏаьржа, къоӀ."
SCRIPT_ANSWER = f"{KAZAKH} {UKRAINIAN} {CHECHEN}"
LETTERS = "әғқңөұүһіїєґӀ"


def exhibit_pdf(pages: int = 3) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 24)
        canvas.drawString(72, 720, f"Scanned page {number}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def exhibit_png() -> bytes:
    buffer = io.BytesIO()
    image = Image.new("RGB", (640, 400), (40, 90, 150))
    image.paste((230, 200, 60), (40, 40, 300, 200))
    image.save(buffer, "PNG")
    return buffer.getvalue()


def hostile_pdf() -> bytes:
    """One page with a link, a page action, JavaScript, an OpenAction, a form, an embedded file, an author (Info, XMP)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(exhibit_pdf(1))))
    writer.add_annotation(0, Link(rect=(50, 50, 300, 100), url="https://example.invalid/track"))
    script = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): TextStringObject("app.alert('hello');")})
    writer._root_object[NameObject("/Names")] = DictionaryObject({NameObject("/JavaScript"): DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject("hello"), writer._add_object(script)])})})
    writer.add_attachment("hidden.txt", b"Hostile Author Name was here")
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1);")}
    )
    writer.pages[0][NameObject("/AA")] = DictionaryObject(
        {NameObject("/O"): DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                                             NameObject("/JS"): TextStringObject("app.alert(2);")})}
    )
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject()})
    writer.add_metadata({"/Author": "Hostile Author Name", "/Producer": "Hostile Producer"})
    xmp = b'<?xpacket begin=""?><x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Hostile Author Name</dc:creator></x:xmpmeta>'
    from pypdf.generic import StreamObject

    stream = StreamObject()
    stream.set_data(xmp)
    stream[NameObject("/Type")] = NameObject("/Metadata")
    writer._root_object[NameObject("/Metadata")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_case(session: Session, *, exhibits: bool = True, hostile: bool = False) -> tuple[str, dict[str, bytes]]:
    """A case with a full interview in several scripts, a deadline and exhibits; returns (reference, files)."""
    cases = session.cases
    case = cases.create("Expulsion after a staged citation", urgency="critical", tags=["deserter"])
    interview = cases.add_interview(case.id, "deportation-risk")
    answers = copy.deepcopy(FULL_ANSWERS)
    answers["narrative"] = NARRATIVE + "\n\n" + SCRIPT_ANSWER
    answers["risk_other"] = KAZAKH
    cases.save_answers(interview.id, answers)
    cases.add_deadline(case.id, "hearing", "Appeal hearing", "2026-11-24")
    files: dict[str, bytes] = {}
    if exhibits:
        files = {"scan.pdf": exhibit_pdf(3), "photo.png": exhibit_png()}
        if hostile:
            files["hostile.pdf"] = hostile_pdf()
        for name, data in files.items():
            session.attachments.add_stream(case.id, io.BytesIO(data), name, size_hint=len(data))
    return case.reference, files


def page_texts(data: bytes) -> list[str]:
    from pdfminer.high_level import extract_text

    count = len(PdfReader(io.BytesIO(data)).pages)
    return [unicodedata.normalize("NFC", extract_text(io.BytesIO(data), page_numbers=[i])) for i in range(count)]


def flat(text: str) -> str:
    return " ".join(text.split())


def all_objects(data: bytes) -> list[Any]:
    """Every object in the file's cross-reference table, resolved, with the dictionaries nested in them."""
    reader = PdfReader(io.BytesIO(data))
    size = int(reader.trailer["/Size"])
    found = []
    for number in range(1, size):
        try:
            obj = reader.get_object(IndirectObject(number, 0, reader))
        except Exception:
            continue
        stack = [obj]
        while stack:  # direct (nested) dictionaries and arrays too; indirect ones come in their own turn
            item = stack.pop()
            if isinstance(item, DictionaryObject):
                found.append(item)
                stack.extend(v for v in item.values() if not isinstance(v, IndirectObject))
            elif isinstance(item, ArrayObject):
                stack.extend(v for v in item if not isinstance(v, IndirectObject))
            elif item is not None:
                found.append(item)
    return found


def contents_entries(data: bytes, page_index: int) -> dict[str, int]:
    """Heading -> page number, read from a contents page by matching lines on the same baseline."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine

    lines: list[tuple[float, float, str]] = []
    for page in extract_pages(io.BytesIO(data), page_numbers=[page_index]):
        for element in page:
            if isinstance(element, LTTextContainer):
                for line in element:
                    if isinstance(line, LTTextLine):
                        lines.append((round(line.y0), line.x0, line.get_text().strip()))
    numbers = {y: int(t) for y, _, t in lines if t.isdigit()}
    return {t.rstrip(" ."): numbers[y] for y, _, t in lines if not t.isdigit() and y in numbers}


def body_text(texts: list[str]) -> str:
    """The pages' text without their header and footer lines, flattened: text that ran across a page joins up."""
    noise = re.compile(r"^(Page \d+ of \d+|[A-Z]+-\d{6}|.* · Case file|CONFIDENTIAL)$")
    lines = [line for text in texts for line in text.splitlines() if not noise.match(line.strip())]
    return flat(" ".join(lines))


def image_objects(page: Any) -> list[Any]:
    """Every image XObject a page draws, inside form XObjects too."""
    found = []
    stack = [page["/Resources"]]
    while stack:
        resources = stack.pop().get_object()
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Image":
                found.append(xobject)
            elif "/Resources" in xobject:
                stack.append(xobject["/Resources"])
    return found


def image_sizes(page: Any) -> list[tuple[int, int]]:
    return [(int(x["/Width"]), int(x["/Height"])) for x in image_objects(page)]


def hashes_in(text: str) -> set[str]:
    return set(re.findall(r"\b[0-9a-f]{64}\b", text))
