"""A case's court file cannot be made impossible to produce (issue 10, items 6 and 9).

Long values split across pages and lines; every exhibit failure stays with that exhibit (listed as
unreadable, with its hash) in the case file and in the redacted summary; a preparer can leave an
exhibit out; a small PNG of many pixels is shown reduced without the export's memory running away.
All read back from the real PDF with pdfminer and pypdf.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from datetime import datetime, timezone

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, StreamObject

from fieldintake.app.users import Session, UserStore
from fieldintake.exports import summary
from fieldintake.exports.pdf import PdfOptions, parts_from_session, render_case_file
from tests.conftest import PASSPHRASE
from tests.pdf_support import body_text, exhibit_pdf, exhibit_png, hashes_in, image_sizes, page_texts

STAMP = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def session(store: UserStore):
    created = store.create("alice", PASSPHRASE)
    with created.session as s:
        yield s


def _squeezed(text: str) -> str:
    return "".join(text.split())


def _note(length: int) -> str:
    words = ["Задержан", "у", "подъезда", "на", "Сейфуллина", "12;", "сотрудник", "сказал,", "что", "вернут", "в",
             "Москву."]
    out, i = [], 0
    while sum(map(len, out)) + len(out) < length:
        out.append(f"{words[i % len(words)]}{i}")
        i += 1
    return " ".join(out)[:length]


def test_a_6149_character_note_on_a_family_member_splits_across_pages(session: Session) -> None:
    case = session.cases.create("Invented family case")
    note = _note(6149)
    session.cases.add_person(case.id, "family", "Invented Relative", relation="brother", notes=note)
    result = render_case_file(parts_from_session(session, case.id), PdfOptions(timestamp=STAMP))
    text = _squeezed(body_text(page_texts(result.data)))
    assert text.count("NameRoleRelationNotes") >= 2  # the table went on over a page turn, its header repeated
    assert _squeezed(note) in text.replace("NameRoleRelationNotes", "")


def test_a_40_kb_one_line_answer_with_and_without_spaces_is_printed_in_full(session: Session) -> None:
    case = session.cases.create("Invented long answers")
    interview = session.cases.add_interview(case.id, "deportation-risk")
    unbroken = "".join(f"{i:05d}" for i in range(8000))  # 40,000 characters, no space anywhere
    spaced = _note(40_000).replace("\n", " ")
    url = "https://example.invalid/" + "a/" * 600 + "end"
    session.cases.save_answers(interview.id, {"risk_factors": ["other"], "risk_other": unbroken,
                                              "detained": True, "detention_place": spaced})
    session.cases.update(case.id, notes=url)
    result = render_case_file(parts_from_session(session, case.id), PdfOptions(timestamp=STAMP))
    text = _squeezed(body_text(page_texts(result.data)))
    for value in (unbroken, spaced, url):
        assert _squeezed(value) in text


def _flate_bomb_pdf(expanded: int = 256 << 20) -> bytes:
    """A one-page PDF whose content stream is about 250 KB of Flate that inflates to ``expanded`` bytes."""
    packer = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    packed = b"".join(packer.compress(chunk) for _ in range(expanded >> 20)) + packer.flush()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(exhibit_pdf(1))))
    stream = StreamObject()
    stream._data = packed
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    writer.pages[0][NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _case_with(session: Session, files: dict[str, bytes]) -> str:
    case = session.cases.create("Invented exhibits case")
    for name, data in files.items():
        session.attachments.add_stream(case.id, io.BytesIO(data), name, size_hint=len(data))
    return case.id


def test_a_flate_bomb_exhibit_is_listed_as_unreadable_and_the_rest_is_produced(session: Session) -> None:
    bomb = _flate_bomb_pdf()
    assert len(bomb) < 600_000
    files = {"scan.pdf": exhibit_pdf(2), "bomb.pdf": bomb, "photo.png": exhibit_png()}
    case_id = _case_with(session, files)
    result = render_case_file(parts_from_session(session, case_id), PdfOptions(timestamp=STAMP))
    texts = page_texts(result.data)
    text = body_text(texts)
    assert "Scanned page 1" in text and "Scanned page 2" in text
    assert [s for p in PdfReader(io.BytesIO(result.data)).pages for s in image_sizes(p)] == [(640, 400)]
    assert {hashlib.sha256(d).hexdigest() for d in files.values()} <= hashes_in(text)
    assert "could not be reproduced" in text


def test_the_redacted_summary_survives_a_flate_bomb_too(session: Session) -> None:
    case_id = _case_with(session, {"bomb.pdf": _flate_bomb_pdf(), "scan.pdf": exhibit_pdf(1)})
    for attachment in session.cases.get(case_id).attachments:
        session.attachments.update(attachment.id, sensitivity="shareable")
    # PDFs go into a summary only when confirmed (issue 11): both are confirmed here.
    ids = [a.id for a in session.cases.get(case_id).attachments]
    redacted = summary.redact(session, case_id, audience="lawyer", override_reason="test: invented case",
                              include_pdfs=ids, skip_review=True)
    result = summary.render_summary(session, redacted, PdfOptions(timestamp=STAMP))
    text = body_text(page_texts(result.data))
    assert "could not be reproduced" in text and "Scanned page 1" in text


def test_a_preparer_can_leave_an_exhibit_out(session: Session) -> None:
    files = {"scan.pdf": exhibit_pdf(2), "photo.png": exhibit_png()}
    case_id = _case_with(session, files)
    scan = next(a for a in session.cases.get(case_id).attachments if a.file_name == "scan.pdf")
    result = render_case_file(parts_from_session(session, case_id),
                              PdfOptions(timestamp=STAMP, leave_out=frozenset({scan.id})))
    text = body_text(page_texts(result.data))
    assert "Scanned page" not in text
    assert "left out by the preparer" in text.lower()
    assert scan.sha256 in text  # still listed, with its hash


def _huge_png(width: int, height: int) -> bytes:
    """One colour over many pixels: a few hundred KB as a PNG."""
    limit, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
    try:
        buffer = io.BytesIO()
        Image.new("1", (width, height), 1).save(buffer, "PNG", optimize=True)
        return buffer.getvalue()
    finally:
        Image.MAX_IMAGE_PIXELS = limit


#: Renders a case file with one exhibit (the file named on the command line) in a fresh process, then prints
#: that process's peak resident memory in KB (VmHWM: ru_maxrss can carry the parent's figure across fork).
_PEAK_SCRIPT = """
import sys
from datetime import datetime, timezone
from pathlib import Path
from fieldintake.app.model import Attachment, Case
from fieldintake.exports.pdf import CaseFileParts, PdfOptions, render_case_file
data = Path(sys.argv[1]).read_bytes()
a = Attachment("a1", "huge.png", "image/png", len(data), "0" * 64, "2026-01-01T00:00:00Z", "shareable")
case = Case("c1", "FI-1", "Invented", "open", "normal", [], "", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z",
            attachments=[a])
def no_template(i, v):
    raise KeyError(i)
result = render_case_file(CaseFileParts(case, no_template, read_exhibit=lambda _: data),
                          PdfOptions(timestamp=datetime(2026, 11, 22, tzinfo=timezone.utc)))
Path(sys.argv[2]).write_bytes(result.data)
status = Path("/proc/self/status").read_text()
print(int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1]))
"""


def _peak_kb(tmp_path, png: bytes) -> tuple[int, bytes]:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    source, output = tmp_path / "huge.png", tmp_path / "out.pdf"
    source.write_bytes(png)
    done = subprocess.run([sys.executable, "-c", _PEAK_SCRIPT, str(source), str(output)], capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return int(done.stdout.split()[-1]), output.read_bytes()


#: The peak memory of an export with one hostile image: a safety bound (the issue measured 1.83 GB), not a timing.
PEAK_KB = 300 * 1024


def test_a_png_of_177_megapixels_does_not_blow_up_the_export(tmp_path) -> None:  # type: ignore[no-untyped-def]
    png = _huge_png(15_000, 11_800)
    assert len(png) < 1_000_000
    peak, data = _peak_kb(tmp_path, png)
    assert peak < PEAK_KB, f"peak {peak // 1024} MB"
    text = body_text(page_texts(data))
    assert "15000 × 11800 pixels is too large to reproduce" in text


def _solid(mode: str, size: tuple[int, int], fmt: str) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, (10, 20, 30, 255)[: len(mode)]).save(buffer, fmt)
    return buffer.getvalue()


@pytest.mark.parametrize(("mode", "size", "fmt"), [("RGBA", (4600, 3450), "PNG"),  # just under the decode cap
                                                   ("RGB", (12_000, 8_400), "JPEG")])  # 100 Mpx, decoded at 1/4
def test_a_large_image_is_reduced_before_it_is_embedded(session: Session, tmp_path, mode: str,  # type: ignore[no-untyped-def]
                                                         size: tuple[int, int], fmt: str) -> None:
    picture = _solid(mode, size, fmt)
    peak, _ = _peak_kb(tmp_path, picture)
    assert peak < PEAK_KB, f"peak {peak // 1024} MB"
    case_id = _case_with(session, {f"big.{fmt.lower()}": picture, "photo.png": exhibit_png()})
    result = render_case_file(parts_from_session(session, case_id), PdfOptions(timestamp=STAMP))
    sizes = [s for p in PdfReader(io.BytesIO(result.data)).pages for s in image_sizes(p)]
    assert (640, 400) in sizes and len(sizes) == 2
    big = next(s for s in sizes if s != (640, 400))
    assert big[0] * big[1] <= 9_000_000 and abs(big[0] / big[1] - size[0] / size[1]) < 0.01
    text = body_text(page_texts(result.data))
    assert f"Shown reduced from {size[0]} × {size[1]} pixels" in text
    assert hashlib.sha256(picture).hexdigest() in text


def test_an_exhibit_page_that_fails_to_draw_costs_only_that_page(session: Session,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever else pypdf may raise while drawing (a failure we cannot make on demand, so it is forced)."""
    from fieldintake.exports.pdf import exhibits

    files = {"scan.pdf": exhibit_pdf(2), "other.pdf": exhibit_pdf(1)}
    case_id = _case_with(session, files)
    real = exhibits.place_page

    def failing(target, exhibit, index, slot):  # type: ignore[no-untyped-def]
        if exhibit.attachment.file_name == "scan.pdf" and index == 1:
            raise ValueError("invented failure")
        return real(target, exhibit, index, slot)

    monkeypatch.setattr(exhibits, "place_page", failing)
    result = render_case_file(parts_from_session(session, case_id), PdfOptions(timestamp=STAMP))
    text = body_text(page_texts(result.data))
    assert text.count("Scanned page 1") == 2 and "Scanned page 2" not in text
    assert "This page of the exhibit could not be reproduced" in text


def test_the_pdf_command_leaves_out_exhibits_named_by_id_or_file_name(run_cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert run_cli("user", "create", "alice")[0] == 0
    _, out, _ = run_cli("case", "new", "--title", "Invented exhibits")
    case_id = out.strip()
    ids = {}
    for name, pages in (("one.pdf", 1), ("two.pdf", 2), ("three.pdf", 3)):
        path = tmp_path / name
        path.write_bytes(exhibit_pdf(pages))
        code, out, err = run_cli("attach", "add", case_id, str(path))
        assert code == 0, err
        ids[name] = out.strip()
    target = tmp_path / "file.pdf"
    code, out, err = run_cli("pdf", case_id, "-o", str(target), "--leave-out", "two.pdf",
                             "--leave-out", ids["three.pdf"][:8])
    assert code == 0, err
    text = body_text(page_texts(target.read_bytes()))
    assert text.count("Scanned page 1") == 1 and "Scanned page 2" not in text
    assert text.count("Left out by the preparer") >= 4  # in the index and on each exhibit's own page
    code, _, err = run_cli("pdf", case_id, "-o", str(tmp_path / "x.pdf"), "--leave-out", "nothing.pdf")
    assert code != 0 and "no attachment 'nothing.pdf'" in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()
