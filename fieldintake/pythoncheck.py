"""Which Python a release may be built with: one whose ``tarfile`` has the CVE-2024-6232 fix.

The bundle reader's tar gate (``exports/bundle/targate.py``) already keeps
crafted pax headers away from ``tarfile``, and untrusted bundles are checked
in a bounded child process; a fixed interpreter is the third layer. The fix
shipped in 3.11.10 and 3.12.6 (and every 3.13). The release build
(``packaging/fieldintake.spec``) refuses an older interpreter when
``FIELDINTAKE_RELEASE=1`` and warns otherwise; development and the tests
may run on an older 3.11.
"""

from __future__ import annotations

import sys

FIXED_IN = ((3, 11, 10), (3, 12, 6))


def tarfile_is_fixed(version: tuple[int, ...] = tuple(sys.version_info[:3])) -> bool:
    """True when this Python's tarfile no longer spends quadratic time on crafted pax headers."""
    major_minor = tuple(version[:2])
    for fixed in FIXED_IN:
        if major_minor == fixed[:2]:
            return tuple(version[:3]) >= fixed
    return major_minor > FIXED_IN[-1][:2]


def release_problem(version: tuple[int, ...] = tuple(sys.version_info[:3])) -> str | None:
    """A one-line reason this interpreter must not build a release, or None."""
    if tarfile_is_fixed(version):
        return None
    shown = ".".join(str(part) for part in version[:3])
    return (f"Python {shown} has the tarfile bug CVE-2024-6232 (crafted pax headers cost seconds of CPU each): "
            "build releases with Python 3.11.10+, 3.12.6+ or 3.13.")
