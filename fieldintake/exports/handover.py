"""Handing cases over: bundles written from, and imported into, the vault.

Export gathers the cases' interchange JSON and their attachments (decrypted
on the fly, never to disk) into a bundle encrypted to the chosen contacts and
to the sender. Import verifies everything first — decryption to the last
chunk, the signature, the sender, every member's size and hash, every case
document — while attachments are staged encrypted in the vault's blob
folder; only then are the cases written, in one transaction. Any failure:
the staged blobs are removed and the vault is as it was.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from fieldintake.app import interchange
from fieldintake.app.attachments import safe_file_name
from fieldintake.app.contacts import Contact
from fieldintake.app.model import Attachment
from fieldintake.app.users import Session
from fieldintake.errors import (
    AlreadyImported,
    BundleTampered,
    FieldintakeError,
    InvalidInput,
    NotFound,
    UnknownSender,
)
from fieldintake.exports.bundle import (
    EXTENSION,
    BundleInfo,
    BundleRecipient,
    BundleSummary,
    BytesMember,
    MemberSource,
    Redaction,
    inspect_bundle,
    open_bundle,
    write_bundle,
)
from fieldintake.fsutil import atomic_writer

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
MAX_CASE_JSON = 64 << 20


@dataclass(frozen=True)
class _AttachmentMember:
    """An attachment as a bundle member, decrypted from the vault while the bundle is written."""

    session: Session
    attachment: Attachment

    @property
    def path(self) -> str:
        return f"attachments/{self.attachment.id}/{safe_file_name(self.attachment.file_name)}"

    @property
    def size(self) -> int:
        return self.attachment.size

    @property
    def sha256(self) -> str:
        return self.attachment.sha256

    def open(self) -> BinaryIO:
        return self.session.attachments.open_stream(self.attachment.id)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    info: BundleInfo
    case_ids: list[str]


def export_bundle(
    session: Session,
    case_refs: Sequence[str],
    output: Path,
    *,
    contacts: Sequence[str] = (),
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
    extra_members: Sequence[MemberSource] = (),
    redaction: Redaction = Redaction(),
    documents: Sequence[dict[str, Any]] | None = None,
    attachments: Sequence[Attachment] | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ExportResult:
    """Write a bundle of ``case_refs``; ``output`` is a file or a folder (outbox).

    ``documents``/``attachments`` replace the cases' own (a redacted summary
    hands over redacted documents and only the attachments it may include).
    """
    if not case_refs:
        raise InvalidInput("Name at least one case to hand over.")
    chosen = [session.contacts.get(name) for name in contacts]
    targets: list[BundleRecipient | str] = [_recipient(c) for c in chosen] + list(recipients)
    if passphrase is None and not targets:
        raise InvalidInput("Hand over to at least one contact or recipient, or use a passphrase.")
    if passphrase is not None and targets:
        raise InvalidInput("A bundle goes either to recipients or to a passphrase, not both.")
    cases = [session.cases.get(ref) for ref in case_refs]
    docs = list(documents) if documents is not None else [interchange.to_doc(c) for c in cases]
    files = list(attachments) if attachments is not None else [a for c in cases for a in c.attachments]
    members: list[MemberSource] = [
        BytesMember(f"cases/{doc['id']}.json", interchange.dumps(doc).encode("utf-8")) for doc in docs
    ]
    members += [_AttachmentMember(session, a) for a in files]
    members += list(extra_members)
    output = Path(output)
    if output.is_dir():
        output = output / f"{secrets.token_hex(8)}{EXTENSION}"
    card = session.card()
    with atomic_writer(output, mode=0o600) as out:
        info = write_bundle(
            out, sender=session.identity, sender_card=card, members=members,
            recipients=targets if passphrase is None else None, passphrase=passphrase, redaction=redaction,
            cases=[c.id for c in cases], progress=progress, cancel=cancel,
        )
    fingerprints = [r.fingerprint or r.age for r in info.recipients]
    with session.vault.transaction() as tx:
        session.bundles.record(tx, bundle_id=info.bundle_id, direction="sent", file_sha256=info.sha256,
                               counterpart=", ".join(c.name for c in chosen) or ("passphrase" if passphrase else ""),
                               case_ids=[c.id for c in cases])
        tx.audit("bundle.exported", "bundle", info.bundle_id, {
            "sha256": info.sha256, "recipients": fingerprints, "passphrase": passphrase is not None,
            "cases": [c.id for c in cases], "redaction": redaction.level, "audience": redaction.audience,
        })
    return ExportResult(output, info, [c.id for c in cases])


def _recipient(contact: Contact) -> BundleRecipient:
    return BundleRecipient(age=contact.age_recipient, fingerprint=contact.fingerprint if contact.can_verify else None,
                           name=contact.name)


# --- inspect and import ------------------------------------------------------------


@dataclass(frozen=True)
class Inspection:
    summary: BundleSummary
    sender: Contact | None  # the known contact who signed it, if any
    already_imported: bool


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _open(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")
    except FileNotFoundError as exc:
        raise NotFound(f"No file {path}.") from exc


def inspect(session: Session, path: Path, *, passphrase: str | None = None,
            progress: Progress | None = None, cancel: Cancel | None = None) -> Inspection:
    """Decrypt and verify the whole bundle without importing anything."""
    with _open(Path(path)) as src:
        summary = inspect_bundle(src, identity=None if passphrase else session.identity, passphrase=passphrase,
                                 progress=progress, cancel=cancel)
    seen = session.bundles.received(bundle_id=summary.bundle_id, file_sha256=file_sha256(Path(path)))
    return Inspection(summary, session.contacts.by_verify_key(summary.sender_card.verify_key), seen)


@dataclass
class ImportReport:
    bundle_id: str
    sender_name: str
    sender_fingerprint: str
    sender_known: bool
    forwarded: bool
    results: list[interchange.ImportResult] = field(default_factory=list)


def import_bundle(
    session: Session,
    path: Path,
    *,
    passphrase: str | None = None,
    trust_new_sender: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportReport:
    path = Path(path)
    digest = file_sha256(path) if path.exists() else ""
    if digest and session.bundles.received(file_sha256=digest):
        raise AlreadyImported(f"{path.name} was imported before; nothing was changed.")
    staged: dict[str, str] = {}  # attachment id -> blob id, encrypted in the vault, not yet in any case
    staged_sha: dict[str, str] = {}
    try:
        with _open(path) as src, open_bundle(src, identity=None if passphrase else session.identity,
                                             passphrase=passphrase, progress=progress, cancel=cancel) as reader:
            card = reader.sender_card
            sender = session.contacts.by_verify_key(card.verify_key)
            if sender is None and not trust_new_sender:
                raise UnknownSender(
                    f"This bundle is signed by '{card.name}', who is not one of your contacts"
                    f" (fingerprint {card.fingerprint}). Compare the fingerprint with them, then import it"
                    " again trusting the new sender."
                )
            if session.bundles.received(bundle_id=reader.manifest.bundle_id):
                raise AlreadyImported(f"This bundle ({reader.manifest.bundle_id}) was imported before; nothing was changed.")
            docs: list[dict[str, Any]] = []
            for member in reader.members():
                if member.path.startswith("cases/") and member.path.endswith(".json"):
                    if member.size > MAX_CASE_JSON:
                        raise BundleTampered(f"{member.path} is implausibly large ({member.size} bytes).")
                    docs.append(interchange.parse(member.read(), member.path))
                elif member.path.startswith("attachments/"):
                    attachment_id = member.path.split("/")[1]
                    blob = session.attachments.stage(member, member.size, cancel=cancel)
                    staged[attachment_id] = blob.blob_id
                    staged_sha[attachment_id] = blob.sha256
                    if blob.sha256 != member.sha256:
                        raise BundleTampered(f"{member.path} does not match its signed hash.")
                else:
                    member.drain()
            bundle_id, forwarded = reader.manifest.bundle_id, reader.forwarded
        for doc in docs:
            for a in doc.get("attachments", []) if isinstance(doc, dict) else []:
                if isinstance(a, dict) and a.get("id") in staged_sha and staged_sha[a["id"]] != a.get("sha256"):
                    raise BundleTampered(f"Attachment {a.get('file_name')!r} does not match its case record's SHA-256.")
        report = ImportReport(bundle_id, card.name, card.fingerprint, sender is not None, forwarded)
        origin = f"bundle:{bundle_id}"
        with session.vault.transaction() as tx:
            if sender is None:
                sender = session.contacts.add(_free_name(session, card.name), card.to_text(), verified=False)
            for doc in docs:
                report.results.append(interchange.import_case(session.cases, doc, origin=origin, staged_blobs=staged))
            session.bundles.record(tx, bundle_id=bundle_id, direction="received", file_sha256=digest,
                                   counterpart=sender.name, case_ids=[r.case_id for r in report.results])
            tx.audit("bundle.imported", "bundle", bundle_id, {
                "sha256": digest, "sender": card.fingerprint, "forwarded": forwarded,
                "cases": [r.case_id for r in report.results],
            })
    except BaseException:
        for blob_id in staged.values():
            session.attachments.discard(blob_id)
        raise
    session.attachments.discard_unused(staged.values())  # files the vault already had: staged only to verify
    return report


def _free_name(session: Session, name: str) -> str:
    taken = {c.name.casefold() for c in session.contacts.list()}
    candidate, n = name, 2
    while candidate.casefold() in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


@dataclass(frozen=True)
class FolderItem:
    path: Path
    report: ImportReport | None
    error: FieldintakeError | None
    skipped: bool


def import_folder(session: Session, folder: Path, *, trust_new_sender: bool = False) -> list[FolderItem]:
    """Import every bundle in an inbox folder; those imported before are recognised and skipped."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NotFound(f"No folder {folder}.")
    items = []
    for path in sorted(folder.glob(f"*{EXTENSION}")):
        try:
            items.append(FolderItem(path, import_bundle(session, path, trust_new_sender=trust_new_sender), None, False))
        except AlreadyImported:
            items.append(FolderItem(path, None, None, True))
        except FieldintakeError as exc:
            items.append(FolderItem(path, None, exc, False))
    return items


# --- what goes in: full cases, redacted summaries, PDFs ---------------------------------


@dataclass
class Payload:
    """The documents and extra members of a bundle that is not simply the full cases."""

    documents: list[dict[str, Any]] | None = None
    attachments: list[Attachment] | None = None
    members: list[MemberSource] = field(default_factory=list)
    redaction: Redaction = Redaction()


def prepare_payload(
    session: Session,
    case_refs: Sequence[str],
    *,
    audience: str | None = None,
    lang: str = "en",
    override_reason: str | None = None,
    with_pdf: bool = False,
    pdf_options: Any = None,
) -> Payload:
    """Redacted copies for ``audience`` (None: the full cases), optionally with their PDFs.

    Redacted attachments are the engine's cleaned bytes (images re-encoded without
    metadata), so their size and SHA-256 are those of what is sent.
    """
    from fieldintake.exports import summary
    from fieldintake.exports.pdf import PdfOptions, parts_from_session, render_case_file
    from fieldintake.exports.redaction import leakcheck

    options = pdf_options or PdfOptions(lang=lang)
    payload = Payload()
    if audience is None:
        if with_pdf:
            for ref in case_refs:
                case = session.cases.get(ref)
                rendered = render_case_file(parts_from_session(session, case.id), options)
                payload.members.append(BytesMember(f"pdf/{safe_file_name(case.reference)}.pdf", rendered.data))
        return payload
    payload.documents, payload.attachments = [], []
    payload.redaction = Redaction(level="redacted", audience=audience)
    for ref in case_refs:
        result = summary.redact(session, ref, audience=audience, lang=lang, override_reason=override_reason)
        result.require_reviewed()  # issue 11: no redacted copy leaves while suggestions are undecided
        forms = summary.leak_forms(result)
        doc = interchange.to_doc(result.case)
        leakcheck.check_doc(doc, forms, "the redacted case")
        for record in doc["attachments"]:
            data = result.attachment_bytes(session.attachments, record["id"])
            if record.get("media_type") == "application/pdf":
                leakcheck.check_pdf(data, forms, "a PDF attachment")
            record["size"], record["sha256"] = len(data), hashlib.sha256(data).hexdigest()
            payload.members.append(BytesMember(f"attachments/{record['id']}/{safe_file_name(record['file_name'])}", data))
        payload.documents.append(doc)
        if with_pdf:
            rendered = summary.render_summary(session, result, options, record=False)
            payload.members.append(BytesMember(f"pdf/{safe_file_name(result.case.reference)}-{audience}.pdf", rendered.data))
        result.record(session.vault)
    return payload
