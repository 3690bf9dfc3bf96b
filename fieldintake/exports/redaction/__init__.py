"""Redacted summaries for UN bodies, UNHCR, NGOs and the press: data removed, not covered.

See docs/redaction.md for the policy, the detectors and their limits.
"""

from __future__ import annotations

from fieldintake.exports.redaction.engine import RedactionResult, redact_case, source_sha256
from fieldintake.exports.redaction.images import strip_image_metadata
from fieldintake.exports.redaction.log import RedactionLog
from fieldintake.app.audiences import AUDIENCES
from fieldintake.exports.redaction.policy import MATRIX
from fieldintake.exports.redaction.preview import preview_text

__all__ = [
    "AUDIENCES",
    "MATRIX",
    "RedactionLog",
    "RedactionResult",
    "preview_text",
    "redact_case",
    "source_sha256",
    "strip_image_metadata",
]
