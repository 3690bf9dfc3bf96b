"""Answer paths: the one place that spells where an answer lives.

Three spellings name the same answer, each for its own reader:

- a *field path* inside an interview's answers: ``narrative``, ``hearings[1].date``;
- a *revision path* (the ``path`` column of revisions): ``answers.<field path>``;
- a *unit path* (merge units, redaction marks, what a change touched, interchange):
  ``interviews/<interview id>/answers/<field path>``.

They are built and parsed here only, so a reader of one never drifts from its writer.
"""

from __future__ import annotations

from dataclasses import dataclass

REVISION_PREFIX = "answers."


@dataclass(frozen=True)
class FieldPath:
    """A parsed field path: the top field, and for a repeat group's row its index and sub-field."""

    field_id: str
    index: int | None = None
    sub_id: str = ""


@dataclass(frozen=True)
class UnitPath:
    """A parsed unit path of an answer."""

    interview_id: str
    field_path: str


def field_path(field_id: str, index: int | None = None, sub_id: str = "") -> str:
    """``narrative``; ``hearings[1]`` (a row); ``hearings[1].date`` (a row's sub-field)."""
    if index is None:
        return field_id
    return f"{field_id}[{index}].{sub_id}" if sub_id else f"{field_id}[{index}]"


def parse_field_path(path: str) -> FieldPath:
    """``hearings[0].at`` -> FieldPath("hearings", 0, "at"); ``removal_date`` -> FieldPath("removal_date")."""
    head, _, rest = path.partition("[")
    if not rest:
        return FieldPath(head)
    index, _, sub = rest.partition("]")
    return FieldPath(head, int(index), sub.removeprefix("."))


def steps(path: str) -> list[str | int]:
    """The keys and indexes to walk from the answers to the value: ``timeline[2].event`` -> timeline, 2, event."""
    parsed = parse_field_path(path)
    out: list[str | int] = [parsed.field_id]
    if parsed.index is not None:
        out.append(parsed.index)
        if parsed.sub_id:
            out.append(parsed.sub_id)
    return out


def revision_path(field_path: str) -> str:
    """The revisions' spelling of an answer: ``answers.narrative``."""
    return REVISION_PREFIX + field_path


def field_of_revision(path: str) -> str | None:
    """The field path of a revision path, None when the revision is not of an answer."""
    return path[len(REVISION_PREFIX):] if path.startswith(REVISION_PREFIX) else None


def unit_path(interview_id: str, field_path: str) -> str:
    """The unit spelling of an answer: ``interviews/<id>/answers/narrative``."""
    return f"interviews/{interview_id}/answers/{field_path}"


def parse_unit_path(path: str) -> UnitPath | None:
    """The interview and field path of a unit path; None for anything else (``title``, ``deadlines/<id>``...)."""
    parts = path.split("/", 3)
    if len(parts) == 4 and parts[0] == "interviews" and parts[2] == "answers" and parts[1] and parts[3]:
        return UnitPath(parts[1], parts[3])
    return None
