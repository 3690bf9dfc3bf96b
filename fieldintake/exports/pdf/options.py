"""What a case file is made of (``CaseFileParts``) and how it is rendered (``PdfOptions``)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Protocol

from fieldintake.app import languages
from fieldintake.app.model import Attachment, Case
from fieldintake.app.progress import Cancel, Progress
from fieldintake.app.templates import Template

ReadExhibit = Callable[[Attachment], bytes]
TemplateLookup = Callable[[str, int], Template]


class Signer(Protocol):
    """Signs the finished bytes (``signing.Preparer``); kept abstract so options need not import pyHanko."""

    name: str

    @property
    def fingerprint(self) -> str: ...

    def sign(self, data: bytes, generated: datetime, exhibits: Sequence[Any] = ()) -> bytes: ...


@dataclass(frozen=True)
class ExtraPage:
    """A part appended before the integrity page (e.g. the redaction log)."""

    heading: str
    paragraphs: Sequence[str] = ()
    rows: Sequence[Sequence[str]] = ()  # a table; the first row is its header


@dataclass(frozen=True)
class CaseFileParts:
    """Everything the renderer reads: no session, so a redacted copy renders the same way.

    ``read_exhibit`` returns an attachment's bytes, verified against its SHA-256
    (``AttachmentStore.read_bytes``); ``audit_head`` is ``audit.head(conn)``.
    """

    case: Case
    template: TemplateLookup
    read_exhibit: ReadExhibit | None = None
    audit_head: tuple[int, str] | None = None
    conflicts: int = 0  # unresolved conflicts (app.conflicts), said on the integrity page
    disclosures: tuple[Any, ...] = ()  # the case's disclosure ledger (app.ledger), listed there
    custody: Mapping[str, Sequence[Any]] | None = None  # attachment id -> custody events; None: no certificate page


@dataclass(frozen=True)
class PdfOptions:
    lang: str = "en"
    bates_prefix: str = "FI-"
    bates_start: int = 1
    bates_digits: int = 6
    timestamp: datetime | None = None  # UTC; None: now. Fixed: byte-identical output
    organisation: str = ""
    preparer: str = ""
    title_override: str | None = None  # e.g. "Redacted summary for UNHCR"
    confidential: bool = True  # the "contains personal data" marking
    include_exhibits: bool = True
    extra_pages: Sequence[ExtraPage] = ()
    integrity_case_hash: bool = True  # print the SHA-256 of the rendered case's interchange JSON
    integrity_audit_head: bool = True
    integrity_extra: Sequence[tuple[str, str]] = ()  # more (label, value) lines for the integrity page
    max_exhibit_bytes: int = 64 << 20
    leave_out: frozenset[str] = frozenset()  # attachment ids the preparer left out: listed, not reproduced
    pdfa: str | None = None  # "2b" or "3b" (3b embeds the original exhibit files); None: plain PDF
    signer: Signer | None = None  # sign the finished file (PAdES) as its last step; None: unsigned
    progress: Progress | None = field(default=None, compare=False)
    cancel: Cancel | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # "ru_RU" is Russian everywhere in the file (title, labels, custody, log); "xx" is refused, not English
        object.__setattr__(self, "lang", languages.normalise(self.lang))

    def generated_at(self) -> datetime:
        ts = self.timestamp or datetime.now(timezone.utc)
        if ts.tzinfo is None:
            raise ValueError("timestamp must be timezone-aware (UTC)")
        return ts.astimezone(timezone.utc).replace(microsecond=0)
