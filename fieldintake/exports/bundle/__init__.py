"""Signed, encrypted handoff bundles (format ``fieldintake.bundle/1``).

See docs/bundle-format.md. The format layer only: no database, no Qt.
"""

from fieldintake.exports.bundle.manifest import (
    FORMAT,
    SIGNATURE_DOMAIN,
    BundleRecipient,
    Manifest,
    ManifestMember,
    Redaction,
    check_member_path,
)
from fieldintake.exports.bundle.reader import (
    BundleMember,
    BundleReader,
    BundleSummary,
    inspect_bundle,
    open_bundle,
)
from fieldintake.exports.bundle.writer import (
    PASSPHRASE_MAX_BYTES,
    BundleInfo,
    BytesMember,
    MemberSource,
    write_bundle,
)

EXTENSION = ".fibundle"

__all__ = [
    "EXTENSION",
    "FORMAT",
    "PASSPHRASE_MAX_BYTES",
    "SIGNATURE_DOMAIN",
    "BundleInfo",
    "BundleMember",
    "BundleReader",
    "BundleRecipient",
    "BundleSummary",
    "BytesMember",
    "Manifest",
    "ManifestMember",
    "MemberSource",
    "Redaction",
    "check_member_path",
    "inspect_bundle",
    "open_bundle",
    "write_bundle",
]
