"""The signed manifest: what a bundle holds, who sent it, to whom.

The manifest is canonical JSON (sorted keys, UTF-8, two-space indent, one
trailing newline) so that the exact bytes are reproducible and readable in
a text editor. The reader refuses bytes that are not in canonical form: one
document, one meaning, whatever JSON parser a recipient uses.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from fieldintake.app.jsonlimits import MAX_DEPTH, too_deep
from fieldintake.crypto.encoding import b64d, b64e
from fieldintake.crypto.identity import ContactCard, Identity
from fieldintake.errors import BundleSignatureInvalid, BundleTampered, InvalidInput

FORMAT = "fieldintake.bundle/1"
SIGNATURE_DOMAIN = b"fieldintake/bundle-manifest/v1\n"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
README_NAME = "README.txt"
RESERVED_NAMES = (MANIFEST_NAME, SIGNATURE_NAME, README_NAME)
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
MAX_SIGNATURE_BYTES = 1024
MAX_PATH_BYTES = 1024
REDACTION_LEVELS = ("full", "redacted")

_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_FORBIDDEN_CHARS = re.compile(r'[\x00-\x1f\x7f\\:*?"<>|]')


# --- member names ----------------------------------------------------------


def check_member_path(path: str) -> None:
    """A name that ``tar -x`` puts inside the current folder, on any system."""
    if not isinstance(path, str) or not path:
        raise InvalidInput("A bundle member needs a name.")
    if len(path.encode("utf-8", "surrogatepass")) > MAX_PATH_BYTES:
        raise InvalidInput(f"Bundle member name too long: {path[:60]!r}...")
    if path.startswith("/") or _FORBIDDEN_CHARS.search(path):
        raise InvalidInput(f"Unsafe bundle member name {path[:200]!r}.")
    parts = path.split("/")
    if any(part in ("", ".", "..") or part != part.strip() or part.endswith(".") for part in parts):
        raise InvalidInput(f"Unsafe bundle member name {path[:200]!r}.")


def _fold(path: str) -> str:
    return unicodedata.normalize("NFC", path).casefold()


def check_member_set(paths: Iterable[str]) -> None:
    """Names that would not overwrite each other when extracted.

    Duplicates are compared case-insensitively and after Unicode
    normalisation (macOS and Windows file systems), and a file may not also
    be a folder of another member.
    """
    seen: set[str] = set()
    folders: set[str] = set()
    for path in paths:
        check_member_path(path)
        key = _fold(path)
        if key in seen or key in folders:
            raise InvalidInput(f"Duplicate bundle member name {path[:200]!r}.")
        seen.add(key)
        parts = key.split("/")
        for i in range(1, len(parts)):
            folders.add("/".join(parts[:i]))
    if seen & folders:
        clash = sorted(seen & folders)[0]
        raise InvalidInput(f"Bundle member {clash[:200]!r} is both a file and a folder.")


# --- the manifest ----------------------------------------------------------


@dataclass(frozen=True)
class BundleRecipient:
    """Someone a bundle is encrypted to: an age recipient, named when known."""

    age: str
    fingerprint: str | None = None
    name: str | None = None

    @classmethod
    def from_card(cls, card: ContactCard) -> BundleRecipient:
        return cls(card.age_recipient, card.fingerprint, card.name)

    def to_json(self) -> dict[str, Any]:
        return {"age": self.age, "fingerprint": self.fingerprint, "name": self.name}


@dataclass(frozen=True)
class ManifestMember:
    path: str
    size: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "size": self.size, "sha256": self.sha256}


@dataclass(frozen=True)
class Redaction:
    level: str = "full"
    audience: str | None = None

    def __post_init__(self) -> None:
        if self.level not in REDACTION_LEVELS:
            raise InvalidInput(f"Redaction level must be one of {REDACTION_LEVELS}, not {self.level!r}.")


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    created_at: datetime
    sender_card_text: str
    recipients: tuple[BundleRecipient, ...]
    passphrase: bool
    members: tuple[ManifestMember, ...]
    redaction: Redaction = Redaction()
    cases: tuple[str, ...] = ()
    extra: Mapping[str, Any] = field(default_factory=dict)
    format: str = FORMAT
    # Issue 10 (rollback): the sender's audit chain (length, head) when the bundle was made.
    audit: tuple[int, str] | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": self.format,
            "bundle_id": self.bundle_id,
            "created_at": format_time(self.created_at),
            "sender": self.sender_card_text,
            "recipients": [r.to_json() for r in self.recipients],
            "members": [m.to_json() for m in self.members],
            "redaction": {"level": self.redaction.level, "audience": self.redaction.audience},
            "cases": list(self.cases),
            "extra": dict(self.extra),
        }
        if self.passphrase:
            data["passphrase"] = True
        if self.audit is not None:
            data["audit"] = audit_head_json(self.audit)
        return data

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_json())


# --- the sender's audit head (optional; issue 10) ------------------------------


def audit_head_json(head: tuple[int, str]) -> dict[str, Any]:
    """``{"count": N, "head": hex}``: what ``fieldintake audit verify --expect N:hex`` checks on the sender's side."""
    return {"count": head[0], "head": head[1]}


def audit_head_from_json(value: Any) -> tuple[int, str] | None:
    if value is None:
        return None
    _require(isinstance(value, dict) and set(value) == {"count", "head"}, "bad audit head")
    count, head = value["count"], value["head"]
    _require(isinstance(count, int) and not isinstance(count, bool) and 0 <= count < 10**12, "bad audit count")
    _require(isinstance(head, str) and bool(_SHA256_HEX.fullmatch(head)), "bad audit head")
    return count, head


def canonical_json(data: Any) -> bytes:
    try:
        text = json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise InvalidInput(f"The bundle manifest can hold only plain JSON values: {exc}.") from None
    return (text + "\n").encode("utf-8")


def format_time(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise InvalidInput("Bundle times must be timezone-aware (UTC).")
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_bundle_id() -> str:
    return str(uuid.uuid4())


# --- signing ---------------------------------------------------------------


def sign_manifest(identity: Identity, manifest_bytes: bytes) -> bytes:
    """The text of ``manifest.sig``: base64 Ed25519 over domain + manifest."""
    return (b64e(identity.sign(SIGNATURE_DOMAIN + manifest_bytes)) + "\n").encode("ascii")


def verify_manifest(card: ContactCard, manifest_bytes: bytes, signature_text: bytes) -> None:
    try:
        signature = b64d(signature_text.decode("ascii").strip())
    except (UnicodeDecodeError, ValueError):
        raise BundleSignatureInvalid("The bundle's signature file is damaged.") from None
    if len(signature) != 64 or not card.verify(SIGNATURE_DOMAIN + manifest_bytes, signature):
        raise BundleSignatureInvalid(
            f"The bundle's signature does not match the sender card inside it ({card.name!r}): "
            "the manifest was altered or forged. Nothing was imported."
        )


# --- parsing (after or before the signature check, never trusted blindly) --


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise ValueError(f"duplicate key {key!r}")
        data[key] = value
    return data


def load_manifest_json(raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except RecursionError:
        raise BundleTampered(f"The bundle's manifest is nested too deeply (more than {MAX_DEPTH} levels): refused.") from None
    except (UnicodeDecodeError, ValueError):
        raise BundleTampered("The bundle's manifest is not valid JSON.") from None
    if not isinstance(data, dict):
        raise BundleTampered("The bundle's manifest is not a JSON object.")
    if too_deep(data):
        raise BundleTampered(f"The bundle's manifest is nested too deeply (more than {MAX_DEPTH} levels): refused.")
    if data.get("format") != FORMAT:
        raise BundleTampered(
            f"Unsupported bundle format {str(data.get('format'))[:60]!r}: this version reads {FORMAT!r}."
        )
    try:
        canonical = canonical_json(data)
    except InvalidInput:
        canonical = b""
    if canonical != raw:
        raise BundleTampered("The bundle's manifest is not in canonical form.")
    return data


def sender_card_of(data: Mapping[str, Any]) -> ContactCard:
    text = data.get("sender")
    if not isinstance(text, str):
        raise BundleTampered("The bundle's manifest has no sender card.")
    try:
        return ContactCard.parse(text)
    except InvalidInput as exc:
        raise BundleTampered(f"The sender card inside the bundle is invalid: {exc}") from None


def manifest_from_json(data: Mapping[str, Any]) -> Manifest:
    """Build the typed manifest; any shape error is tampering."""
    try:
        return _manifest_from_json(data)
    except (KeyError, TypeError, ValueError, InvalidInput) as exc:
        raise BundleTampered(f"The bundle's manifest is malformed: {exc}") from None


def _require(cond: bool, what: str) -> None:
    if not cond:
        raise ValueError(what)


def _opt_str(value: Any, what: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError(what)


def _manifest_from_json(data: Mapping[str, Any]) -> Manifest:
    known = {"format", "bundle_id", "created_at", "sender", "recipients", "passphrase",
             "members", "redaction", "cases", "extra", "audit"}
    _require(set(data) <= known, f"unknown fields {sorted(set(data) - known)}")
    bundle_id = data["bundle_id"]
    _require(isinstance(bundle_id, str) and str(uuid.UUID(bundle_id)) == bundle_id, "bad bundle_id")
    created_raw = data["created_at"]
    _require(isinstance(created_raw, str) and created_raw.endswith("Z"), "bad created_at")
    created_at = datetime.strptime(created_raw, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    passphrase = data.get("passphrase", False)
    _require(passphrase is True or "passphrase" not in data, "bad passphrase flag")
    recipients = []
    _require(isinstance(data["recipients"], list), "recipients is not a list")
    for item in data["recipients"]:
        _require(isinstance(item, dict) and set(item) == {"age", "fingerprint", "name"}, "bad recipient")
        _require(isinstance(item["age"], str), "bad recipient")
        recipients.append(BundleRecipient(
            item["age"], _opt_str(item["fingerprint"], "bad fingerprint"), _opt_str(item["name"], "bad name")
        ))
    _require(not (passphrase and recipients), "a passphrase bundle lists recipients")
    members = []
    _require(isinstance(data["members"], list), "members is not a list")
    for item in data["members"]:
        _require(isinstance(item, dict) and set(item) == {"path", "size", "sha256"}, "bad member entry")
        size = item["size"]
        _require(isinstance(size, int) and not isinstance(size, bool) and size >= 0, "bad member size")
        _require(isinstance(item["sha256"], str) and bool(_SHA256_HEX.fullmatch(item["sha256"])), "bad sha256")
        members.append(ManifestMember(item["path"], size, item["sha256"]))
    paths = [m.path for m in members]
    _require(bool(paths) and paths[0] == README_NAME, "README.txt is not the first member")
    _require(not set(paths[1:]) & set(RESERVED_NAMES), "a reserved name is used twice")
    check_member_set(paths)
    red = data["redaction"]
    _require(isinstance(red, dict) and set(red) == {"level", "audience"}, "bad redaction")
    redaction = Redaction(red["level"], _opt_str(red["audience"], "bad audience"))
    cases = data["cases"]
    _require(isinstance(cases, list) and all(isinstance(c, str) for c in cases), "bad cases")
    extra = data["extra"]
    _require(isinstance(extra, dict), "extra is not an object")
    return Manifest(
        bundle_id=bundle_id,
        created_at=created_at,
        sender_card_text=data["sender"],
        recipients=tuple(recipients),
        passphrase=bool(passphrase),
        members=tuple(members),
        redaction=redaction,
        cases=tuple(cases),
        extra=extra,
        audit=audit_head_from_json(data.get("audit")),
    )
