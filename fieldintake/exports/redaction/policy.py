"""Who may see what: audiences, the sensitivity matrix and the client's consent.

The matrix (docs/redaction.md): ``identifying`` never leaves; ``sensitive``
goes to the lawyer, UNHCR, UN bodies and the named NGOs (each only with the
client's consent to that audience), never to the public (the media get an
anonymised summary of shareable facts only); ``shareable`` goes to everyone
the client agreed to.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldintake.app import audiences, languages
from fieldintake.app.audiences import AUDIENCES
from fieldintake.app.model import Case, Interview
from fieldintake.app.templates import Template, Templates
from fieldintake.errors import ConsentMissing, InvalidInput

#: Sensitivity -> audiences that may see it. Identifying: nobody.
MATRIX: dict[str, frozenset[str]] = {
    "identifying": frozenset(),
    "sensitive": frozenset(AUDIENCES) - {audiences.PUBLIC},
    "shareable": frozenset(AUDIENCES),
}

_STRICTNESS = {"identifying": 0, "sensitive": 1, "shareable": 2}


def audience_name(audience: str, lang: str = "en") -> str:
    return audiences.name(audience, languages.normalise(lang))


def check_audience(audience: str) -> str:
    return audiences.check(audience)


def allowed(sensitivity: str, audience: str) -> bool:
    return audience in MATRIX.get(sensitivity, frozenset())


def stricter(a: str, b: str) -> str:
    """The stricter of two sensitivities (a repeat group's and its sub-field's)."""
    return a if _STRICTNESS.get(a, 0) <= _STRICTNESS.get(b, 0) else b


@dataclass(frozen=True)
class ConsentDecision:
    audience: str
    interview_id: str | None  # the interview whose consent was used
    interview_date: str | None
    interviews_with_consent: int
    override_reason: str | None  # set when the user overrode a missing consent
    problem: str | None  # what was missing (kept for the log when overridden)
    ngo_names: str | None

    @property
    def overridden(self) -> bool:
        return self.override_reason is not None


def _interview_date(template: Template, interview: Interview) -> str:
    key = template.interview_fields.get("date")
    value = interview.answers.get(key) if key else None
    return str(value) if value else interview.created_at


def _consent_interviews(case: Case, templates: Templates) -> list[tuple[str, Interview, Template]]:
    found = []
    for interview in case.interviews:
        template = templates.get(interview.template_id, interview.template_version)
        record = template.consent.get("record")
        if record and interview.answers.get(record) is not None:
            found.append((_interview_date(template, interview), interview, template))
    found.sort(key=lambda item: (item[0], item[1].created_at))
    return found


def decide(case: Case, templates: Templates, audience: str, override_reason: str | None = None) -> ConsentDecision:
    """The consent that applies; refuses with :class:`ConsentMissing` unless overridden with a reason."""
    check_audience(audience)
    if override_reason is not None and not override_reason.strip():
        raise InvalidInput("Overriding the client's consent needs a reason.")
    found = _consent_interviews(case, templates)
    interview_id = interview_date = ngo_names = None
    if not found:
        problem = "no interview of this case records the client's consent"
    else:
        interview_date, interview, template = found[-1]
        interview_id = interview.id
        answers, keys = interview.answers, template.consent
        ngo_names = answers.get(keys.get("ngo_names", ""), None) if audience == "ngo" else None
        day = interview_date[:10]
        if answers.get(keys["record"]) is not True:
            problem = f"the client did not agree to the interview of {day} being recorded"
        elif keys.get("withdrawn") and answers.get(keys["withdrawn"]) is True:
            when = answers.get(keys.get("withdrawn_date", ""), None)
            problem = f"the client withdrew consent{f' on {when}' if when else ''} (interview of {day})"
        elif keys.get(audience) is None:
            problem = f"the form of the interview of {day} does not ask about this audience"
        elif answers.get(keys[audience]) is None:
            problem = f"the interview of {day} does not record an answer about sharing with {audience_name(audience)}"
        elif answers.get(keys[audience]) is not True:
            problem = f"the client did not agree to sharing with {audience_name(audience)} (interview of {day})"
        else:
            problem = None
    if problem is not None and override_reason is None:
        raise ConsentMissing(
            f"Cannot prepare a summary for {audience_name(audience)} ({audience}): {problem}. "
            "Record the client's consent in the interview, or override it with a reason."
        )
    return ConsentDecision(
        audience=audience,
        interview_id=interview_id,
        interview_date=interview_date,
        interviews_with_consent=len(found),
        override_reason=override_reason.strip() if (problem is not None and override_reason) else None,
        problem=problem,
        ngo_names=ngo_names if isinstance(ngo_names, str) and ngo_names.strip() else None,
    )
