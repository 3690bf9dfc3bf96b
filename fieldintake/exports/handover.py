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
import io
import secrets
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from fieldintake.app import interchange, ledger, outflow, peers
from fieldintake.app.attachments import StagedBlob, safe_file_name
from fieldintake.app.clock import utc_now
from fieldintake.app.contacts import Contact
from fieldintake.app.model import Attachment
from fieldintake.app.progress import Cancel, Progress
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
    write_bundle,
)
from fieldintake.exports.bundle.isolated import inspect_isolated, open_isolated

MAX_CASE_JSON = 64 << 20
CASE_VERSIONS = "case_versions"  # manifest extra: case id -> the case's version, signed with the manifest
CASE_HEADINGS = "case_headings"  # manifest extra: case id -> reference, title, urgency, shown before import
MAX_HEADING_CHARS = 200
RECEIPT = "receipt"  # manifest extra of a receipt bundle: which bundle arrived, when, and what the recipient holds
MAX_RECEIPT_ITEMS = 200_000


@dataclass(frozen=True)
class _AttachmentMember:
    """An attachment as a bundle member, decrypted from the vault while the bundle is written."""

    session: Session
    attachment: Attachment
    verifies_on_read = True  # open_stream checks size and SHA-256 at the end: the writer need not hash again

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
class _SpooledMember:
    """A prepared member (a cleaned attachment, a summary PDF) kept encrypted in the vault until it is sent.

    A redacted bundle's members are made before the bundle is written; holding them all in memory would
    grow with the number of attachments. Each is staged as a blob (age, to the vault's own key) and
    streamed back while the bundle is written; the blob is shredded afterwards (``Payload.discard``).
    """

    session: Session
    path: str
    staged: StagedBlob
    verifies_on_read = True  # open_staged checks size and SHA-256 at the end

    @property
    def size(self) -> int:
        return self.staged.size

    @property
    def sha256(self) -> str:
        return self.staged.sha256

    def open(self) -> BinaryIO:
        return self.session.attachments.open_staged(self.staged, self.path.rsplit("/", 1)[-1])

    def read(self) -> bytes:
        with self.open() as fh:
            return fh.read()


@dataclass(frozen=True)
class ExportResult:
    path: Path
    info: BundleInfo
    case_ids: list[str]
    updates: dict[str, int] = field(default_factory=dict)  # case id -> items sent, for cases sent as an update


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
    whole: bool = False,
    payload: Payload | None = None,
) -> ExportResult:
    """Write a bundle of ``case_refs``; ``output`` is a file or a folder (outbox).

    ``documents``/``attachments`` replace the cases' own (a redacted summary
    hands over redacted documents and only the attachments it may include).
    To contacts whose holdings of a case are known (from what they sent or
    acknowledged), a case goes as an update with only what they lack, unless
    ``whole``. ``payload`` (from :func:`prepare_payload`) gives the documents, attachments,
    members and redaction at once, and its redaction logs are recorded with the export,
    only once the file is written.
    """
    if payload is not None:
        documents, attachments, redaction = payload.documents, payload.attachments, payload.redaction
        extra_members = [*payload.members, *extra_members]
    if not case_refs:
        raise InvalidInput("Name at least one case to hand over.")
    chosen = [session.contacts.get(name) for name in contacts]
    targets: list[BundleRecipient | str] = [_recipient(c) for c in chosen] + list(recipients)
    if passphrase is None and not targets:
        raise InvalidInput("Hand over to at least one contact or recipient, or use a passphrase.")
    if passphrase is not None and targets:
        raise InvalidInput("A bundle goes either to recipients or to a passphrase, not both.")
    cases = [session.cases.get(ref) for ref in case_refs]
    full = documents is None and redaction.level == "full"
    if documents is not None:
        docs = list(documents)
    else:
        docs = [interchange.export_doc(session.cases, c.id, lacking_for=() if whole else _known(session, c.id, chosen))
                for c in cases]
    versions = {doc["id"]: interchange.doc_version(doc) for doc in docs} if full else {}
    if attachments is not None:
        files = list(attachments)
    else:  # an update carries only the attachments it lists
        listed = {a["id"] for doc in docs for a in doc["attachments"]}
        files = [a for c in cases for a in c.attachments if a.id in listed]
    members: list[MemberSource] = [
        BytesMember(f"cases/{doc['id']}.json", interchange.dumps(doc).encode("utf-8")) for doc in docs
    ]
    members += [_AttachmentMember(session, a) for a in files]
    members += list(extra_members)
    output = Path(output)
    if output.is_dir():
        output = output / f"{secrets.token_hex(8)}{EXTENSION}"
    card = session.card()

    def write(out: BinaryIO) -> BundleInfo:
        return write_bundle(
            out, sender=session.identity, sender_card=card, members=members,
            recipients=targets if passphrase is None else None, passphrase=passphrase, redaction=redaction,
            cases=[c.id for c in cases], progress=progress, cancel=cancel,
            extra=_extra(versions, docs),
            audit_head=session.vault.audit_head(),
        )

    def record(info: BundleInfo) -> None:
        _record_export(session, info, docs, cases, chosen, recipients, passphrase, redaction, full,
                       payload.pending if payload is not None else [])

    try:
        info = outflow.deliver(output, write, record, mode=0o600)
    finally:
        if payload is not None:  # the spooled cleaned copies: shredded once sent (or not)
            payload.discard(session)
    updates = {doc["id"]: len(doc["stamps"]) for doc in docs if doc.get("update_only")}
    return ExportResult(output, info, [c.id for c in cases], updates)


def _known(session: Session, case_id: str, chosen: Sequence[Contact]) -> list[dict[str, str]]:
    """What each chosen contact holds of the case; empty (send it whole) unless known for every one."""
    if not chosen or not all(c.can_verify for c in chosen):
        return []
    with session.vault.read() as conn:
        maps = [peers.known(conn, case_id, c.fingerprint) for c in chosen]
    return [] if any(m is None for m in maps) else [m for m in maps if m is not None]


def _record_export(session: Session, info: BundleInfo, docs: list[dict[str, Any]], cases: list[Any],
                   chosen: list[Contact], recipients: Sequence[str], passphrase: str | None, redaction: Redaction,
                   full: bool, pending: Sequence[Any]) -> None:
    """Recorded only once the file is written: a failed export leaves no entry."""
    fingerprints = [r.fingerprint or r.age for r in info.recipients]
    with session.vault.transaction() as tx:
        for result in pending:  # the redaction logs of what went in, in the same transaction
            result.record(session.vault, "redaction.bundled")
        if full:
            for doc in docs:
                for contact in chosen:
                    if contact.can_verify:
                        peers.sent(tx, doc["id"], contact.fingerprint, contact.name)
        session.bundles.record(tx, bundle_id=info.bundle_id, direction="sent", file_sha256=info.sha256,
                               counterpart=", ".join(c.name for c in chosen) or ("passphrase" if passphrase else ""),
                               case_ids=[c.id for c in cases])
        ledger.record(tx, [c.id for c in cases], "bundle",
                      recipients=", ".join(c.name for c in chosen) or ("passphrase" if passphrase else ", ".join(recipients)),
                      audience=redaction.audience, redaction=redaction.level, bundle_id=info.bundle_id,
                      sha256=info.sha256)
        tx.audit("bundle.exported", "bundle", info.bundle_id, {
            "sha256": info.sha256, "recipients": fingerprints, "passphrase": passphrase is not None,
            "cases": [c.id for c in cases], "redaction": redaction.level, "audience": redaction.audience,
        })


def case_headings(docs: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, str]]:
    """What the Inbox shows of each case before import: taken from the documents that go (so a redacted
    summary shows its redacted title), bounded."""
    headings: dict[str, dict[str, str]] = {}
    for doc in docs:
        if isinstance(doc.get("id"), str):
            headings[doc["id"]] = {key: doc[key][:MAX_HEADING_CHARS] for key in ("reference", "title", "urgency")
                                   if isinstance(doc.get(key), str)}
    return headings


def _extra(versions: Mapping[str, int], docs: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    extra: dict[str, Any] = {CASE_HEADINGS: case_headings(docs)}
    if versions:
        extra[CASE_VERSIONS] = versions
    return extra


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


def _file_sha256_aside(path: Path) -> Future[str]:
    """The bundle file's SHA-256 in a thread, while the bundle check starts and reads (both release the GIL).

    Hashed first and alone it was a tenth of a large import's time.
    """
    done: Future[str] = Future()

    def work() -> None:
        try:
            done.set_result(file_sha256(path))
        except BaseException as exc:  # re-raised where the digest is needed
            done.set_exception(exc)

    threading.Thread(target=work, name="bundle-file-hash", daemon=True).start()
    return done


def inspect(session: Session, path: Path, *, passphrase: str | None = None,
            progress: Progress | None = None, cancel: Cancel | None = None) -> Inspection:
    """Decrypt and verify the whole bundle without importing anything (in a bounded child process)."""
    hashing = _file_sha256_aside(Path(path)) if Path(path).exists() else None
    summary = inspect_isolated(Path(path), identity=None if passphrase else session.identity, passphrase=passphrase,
                               progress=progress, cancel=cancel)
    digest = hashing.result() if hashing is not None else file_sha256(Path(path))
    seen = session.bundles.received(bundle_id=summary.bundle_id, file_sha256=digest)
    return Inspection(summary, session.contacts.by_verify_key(summary.sender_card.verify_key), seen)


@dataclass
class ImportReport:
    bundle_id: str
    sender_name: str
    sender_fingerprint: str
    sender_known: bool
    forwarded: bool
    results: list[interchange.ImportResult] = field(default_factory=list)
    file_sha256: str = ""
    contact: str = ""  # the sender as a contact here
    receipt_for: str | None = None  # this bundle was a receipt for one sent from here
    receipt: Path | None = None  # the receipt written back to the sender


def import_bundle(
    session: Session,
    path: Path,
    *,
    passphrase: str | None = None,
    trust_new_sender: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    receipt_to: Path | None = None,
) -> ImportReport:
    """Verify a bundle, then merge its cases (or take it as a receipt for a bundle sent from here).

    ``receipt_to`` (a file or an outbox folder): afterwards, write a signed receipt back to the sender.
    """
    path = Path(path)
    hashing = _file_sha256_aside(path) if path.exists() else None
    digest = ""
    staged: dict[str, str] = {}  # attachment id -> blob id, encrypted in the vault, not yet in any case
    staged_sha: dict[str, str] = {}
    staged_size: dict[str, int] = {}  # bytes actually received, compared with each case record's size
    try:
        with open_isolated(path, identity=None if passphrase else session.identity, passphrase=passphrase,
                           progress=progress, cancel=cancel) as reader:  # parsed in a bounded child process
            digest = hashing.result() if hashing is not None else ""
            if digest and session.bundles.received(file_sha256=digest):
                raise AlreadyImported(f"{path.name} was imported before; nothing was changed.")
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
            if RECEIPT in reader.manifest.extra:
                if sender is None:
                    raise UnknownSender(f"A receipt signed by '{card.name}', who is not one of your contacts.")
                for member in reader.members():
                    member.drain()
                return _take_receipt(session, reader.manifest, sender, card.fingerprint, digest)
            docs: list[dict[str, Any]] = []
            for member in reader.members():
                if member.path.startswith("cases/") and member.path.endswith(".json"):
                    if member.size > MAX_CASE_JSON:
                        raise BundleTampered(f"{member.path} is implausibly large ({member.size} bytes).")
                    docs.append(interchange.parse(member.read(), member.path))
                elif member.path.startswith("attachments/"):
                    attachment_id = member.path.split("/")[1]
                    # the member hashes its bytes and raises before their end when they differ from the signed manifest
                    blob = session.attachments.stage_checked(member, member.size, cancel=cancel)
                    staged[attachment_id] = blob.blob_id
                    staged_sha[attachment_id] = blob.sha256
                    staged_size[attachment_id] = blob.size
                else:
                    member.drain()
            bundle_id, forwarded = reader.manifest.bundle_id, reader.forwarded
            redaction, extra = reader.manifest.redaction, reader.manifest.extra
        for doc in docs:
            for a in doc.get("attachments", []) if isinstance(doc, dict) else []:
                if isinstance(a, dict) and a.get("id") in staged_sha and staged_sha[a["id"]] != a.get("sha256"):
                    raise BundleTampered(f"Attachment {a.get('file_name')!r} does not match its case record's SHA-256.")
                if isinstance(a, dict) and a.get("id") in staged_size and staged_size[a["id"]] != a.get("size"):
                    raise BundleTampered(
                        f"Attachment {str(a.get('file_name'))[:200]!r}: its case record says {a.get('size')} bytes, "
                        f"but {staged_size[a['id']]} arrived. Nothing was imported."
                    )
        versions = _signed_versions(extra, docs, redaction.level)
        report = ImportReport(bundle_id, card.name, card.fingerprint, sender is not None, forwarded)
        origin = f"bundle:{bundle_id}"
        redacted_for = (redaction.audience or "redacted") if redaction.level == "redacted" else None
        with session.vault.transaction() as tx:
            if sender is None:
                sender = session.contacts.add(_free_name(session, card.name), card.to_text(), verified=False)
            for doc in docs:
                who = interchange.Sender(card.fingerprint, sender.name, bundle_id,
                                         versions.get(str(doc.get("id"))) if isinstance(doc, dict) else None)
                report.results.append(interchange.import_case(session.cases, doc, origin=origin, staged_blobs=staged,
                                                              sender=who, redacted_for=redacted_for))
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
    report.file_sha256, report.contact = digest, sender.name
    if receipt_to is not None:
        report.receipt = write_receipt(session, report, receipt_to)
    return report


def write_receipt(session: Session, report: ImportReport, output: Path) -> Path:
    """A small signed bundle back to the sender: which bundle arrived (id, hash), when, to whom, and which
    version of each item of its cases is now held here (so their next update carries only what is new)."""
    contact = session.contacts.get(report.contact)
    merged = [r.case_id for r in report.results if r.status in ("created", "merged", "unchanged")]
    holds = {case_id: interchange.holds(interchange.export_doc(session.cases, case_id)) for case_id in merged}
    receipt = {"bundle_id": report.bundle_id, "bundle_sha256": report.file_sha256, "received_at": utc_now(),
               "recipient": session.card().fingerprint, "holds": holds}
    output = Path(output)
    if output.is_dir():
        output = output / f"{secrets.token_hex(8)}{EXTENSION}"

    def record(info: BundleInfo) -> None:
        with session.vault.transaction() as tx:
            session.bundles.record(tx, bundle_id=info.bundle_id, direction="sent", file_sha256=info.sha256,
                                   counterpart=contact.name, case_ids=[])
            tx.audit("bundle.receipt_sent", "bundle", info.bundle_id, {"for": report.bundle_id, "to": contact.fingerprint})

    outflow.deliver(output, lambda out: write_bundle(out, sender=session.identity, sender_card=session.card(),
                                                     members=[], recipients=[_recipient(contact)],
                                                     extra={RECEIPT: receipt}), record, mode=0o600)
    return output


def _take_receipt(session: Session, manifest: Any, sender: Contact, fingerprint: str, digest: str) -> ImportReport:
    """A receipt for a bundle sent from here: the ledger marks it acknowledged; what they hold is learnt."""
    receipt = manifest.extra[RECEIPT]
    if not (isinstance(receipt, dict) and isinstance(receipt.get("bundle_id"), str)
            and isinstance(receipt.get("received_at"), str) and isinstance(receipt.get("holds", {}), dict)):
        raise BundleTampered("The receipt is malformed.")
    bundle_id = receipt["bundle_id"]
    with session.vault.read() as conn:
        cases = ledger.cases_of_bundle(conn, bundle_id)
        mine = [c for c in cases if any(p.fingerprint == peers.fingerprint_key(fingerprint) and p.sent_at
                                        for p in peers.of_case(conn, c))]
    if not cases or not mine:
        raise InvalidInput(f"This receipt is for a bundle ({bundle_id[:40]}) not sent from here to its signer.")
    holds = receipt.get("holds", {})
    if sum(len(v) for v in holds.values() if isinstance(v, dict)) > MAX_RECEIPT_ITEMS:
        raise BundleTampered("The receipt is implausibly large.")
    at = receipt["received_at"][:40]
    with session.vault.transaction() as tx:
        ledger.acknowledge(tx, bundle_id, at)
        for case_id in mine:
            held = holds.get(case_id)
            if isinstance(held, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in held.items()):
                peers.learn(tx, case_id, fingerprint, held, replace=True)
        session.bundles.record(tx, bundle_id=manifest.bundle_id, direction="received", file_sha256=digest,
                               counterpart=sender.name, case_ids=[])
        tx.audit("bundle.receipt_received", "bundle", bundle_id, {"receipt": manifest.bundle_id, "from": fingerprint,
                                                                  "at": at})
    report = ImportReport(manifest.bundle_id, sender.name, fingerprint, True, False, file_sha256=digest,
                          contact=sender.name, receipt_for=bundle_id)
    return report


def _signed_versions(extra: Any, docs: list[Any], level: str) -> dict[str, int]:
    """The case versions signed in the manifest; each must be the version its document carries."""
    raw = extra.get(CASE_VERSIONS, {}) if isinstance(extra, dict) else {}
    if not isinstance(raw, dict) or not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0
                                            for v in raw.values()):
        raise BundleTampered("The bundle's signed case versions are malformed.")
    for doc in docs:
        if level == "full" and isinstance(doc, dict) and doc.get("id") in raw:
            try:
                carried = interchange.doc_version(doc)
            except (KeyError, TypeError, AttributeError, ValueError) as exc:
                raise InvalidInput(f"Invalid case {str(doc.get('id'))[:40]}: its ancestry is malformed.") from exc
            if carried != raw[doc["id"]]:
                raise BundleTampered("A case's history does not match the version signed in the bundle.")
    return {k: v for k, v in raw.items() if isinstance(k, str)}


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
    waiting: bool = False  # still being written or synced: looked at again on the next scan


SETTLE_SECONDS = 15.0  # a file changed more recently than this may still be arriving
# Names sync tools and browsers give files while they are still arriving (Syncthing, Nextcloud, others).
_PARTIAL_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".download", ".!sync", ".syncthing")


def still_arriving(path: Path, now: float | None = None) -> bool:
    """Whether a file in a shared folder may still be being written or synced.

    Temporary names never end in ``.fibundle`` (Syncthing ``.syncthing.x.tmp`` and
    ``~syncthing~x.tmp``, Nextcloud ``.x.~1a2b``, ``x.part``), hidden and ``~`` names are
    ignored, and a file changed within ``SETTLE_SECONDS`` waits for the next scan. A file
    that was still incomplete fails verification (age marks its last chunk) and is not
    recorded, so it is simply tried again.
    """
    name = path.name
    if name.startswith((".", "~")) or name.lower().endswith(_PARTIAL_SUFFIXES):
        return True
    st = path.stat()
    return (time.time() if now is None else now) - st.st_mtime < SETTLE_SECONDS


def import_folder(session: Session, folder: Path, *, trust_new_sender: bool = False,
                  receipts_to: Path | None = None, now: float | None = None) -> list[FolderItem]:
    """Import every complete bundle in an inbox folder (a shared or synced one too).

    Those imported before are recognised and skipped; files still arriving wait. A file that
    changes while it is read is treated as still arriving, whatever the import said.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise NotFound(f"No folder {folder}.")
    items = []
    for path in sorted(folder.glob(f"*{EXTENSION}")):
        try:
            if still_arriving(path, now):
                items.append(FolderItem(path, None, None, False, True))
                continue
            before = path.stat()
            report = import_bundle(session, path, trust_new_sender=trust_new_sender, receipt_to=receipts_to)
            items.append(FolderItem(path, report, None, False))
        except AlreadyImported:
            items.append(FolderItem(path, None, None, True))
        except FileNotFoundError:
            continue  # moved away by the sync tool meanwhile
        except FieldintakeError as exc:
            after = path.stat() if path.exists() else None
            if after is None or (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
                items.append(FolderItem(path, None, None, False, True))
            else:
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
    pending: list[Any] = field(default_factory=list)  # redaction results, recorded by export_bundle after the write
    staged: list[str] = field(default_factory=list)  # blob ids of spooled members, shredded once written

    def spool(self, session: Session, path: str, data: bytes) -> _SpooledMember:
        """Keep ``data`` as an encrypted staged blob and add it as a member; the caller drops the bytes."""
        staged = session.attachments.stage(io.BytesIO(data), len(data))
        self.staged.append(staged.blob_id)
        member = _SpooledMember(session, path, staged)
        self.members.append(member)
        return member

    def discard(self, session: Session) -> None:
        """Shred the spooled members (after the bundle is written, or when it failed); idempotent.

        A payload never exported leaves blobs no record refers to: ``sweep`` shreds them at the next unlock.
        """
        while self.staged:
            session.attachments.shred_staged(self.staged.pop())


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
    metadata), so their size and SHA-256 are those of what is sent. Each member is spooled
    (staged encrypted in the vault) as soon as it is made, so memory does not grow with the
    number of attachments. Pass the payload to ``export_bundle(payload=…)``: the redaction logs
    are recorded only with the export, and the spooled members are shredded once it is written.
    """
    from fieldintake.exports.pdf import PdfOptions, parts_from_session, render_case_file

    options = pdf_options or PdfOptions(lang=lang)
    payload = Payload()
    if audience is None:
        if with_pdf:
            for ref in case_refs:
                case = session.cases.get(ref)
                rendered = render_case_file(parts_from_session(session, case.id), options)
                payload.spool(session, f"pdf/{safe_file_name(case.reference)}.pdf", rendered.data)
                del rendered
        return payload
    payload.documents, payload.attachments = [], []
    payload.redaction = Redaction(level="redacted", audience=audience)
    try:
        for ref in case_refs:
            _redacted_case(session, payload, ref, audience, lang, override_reason, with_pdf, options)
    except BaseException:
        payload.discard(session)
        raise
    return payload


def _redacted_case(session: Session, payload: Payload, ref: str, audience: str, lang: str,
                   override_reason: str | None, with_pdf: bool, options: Any) -> None:
    """One case's redacted document, cleaned attachments and summary PDF, each spooled once made.

    One attachment's cleaned bytes are in memory at a time (bounded by the pixel cap of a cleaned
    image, or the size cap of a PDF); the summary PDF embeds the spooled copies instead of cleaning
    each image a second time.
    """
    from fieldintake.exports import summary
    from fieldintake.exports.redaction import leakcheck

    result = summary.redact(session, ref, audience=audience, lang=lang, override_reason=override_reason)
    result.require_reviewed()  # issue 11: no redacted copy leaves while suggestions are undecided
    forms = summary.leak_forms(result)
    doc = interchange.to_doc(result.case)
    leakcheck.check_doc(doc, forms, "the redacted case")
    cleaned: dict[str, _SpooledMember] = {}
    for record in doc["attachments"]:
        data = result.attachment_bytes(session.attachments, record["id"])
        if record.get("media_type") == "application/pdf":
            leakcheck.check_pdf(data, forms, "a PDF attachment")
        member = payload.spool(session, f"attachments/{record['id']}/{safe_file_name(record['file_name'])}", data)
        del data
        record["size"], record["sha256"] = member.size, member.sha256
        cleaned[record["id"]] = member
    payload.documents.append(doc)  # type: ignore[union-attr]  # set by prepare_payload
    if with_pdf:
        rendered = summary.render_summary(session, result, options, record=False,
                                          read=lambda attachment: cleaned[attachment.id].read())
        payload.spool(session, f"pdf/{safe_file_name(result.case.reference)}-{audience}.pdf", rendered.data)
        del rendered
    payload.pending.append(result)  # recorded by export_bundle once the bundle is written
