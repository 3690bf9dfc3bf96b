"""A request for interim measures assembled from a case, and the checklist that must pass before it is built.

What a committee needs (domain brief): who the person is, or that the request
is confidential; the scheduled removal (date, time, destination); the risk on
return in the person's account; the domestic decisions and remedies tried; the
person's consent or the lawyer's authority; the supporting documents. Nothing
is guessed: an element the case does not hold is named as missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any

from fieldintake.app import languages, removals
from fieldintake.app.attachments import display_name
from fieldintake.app.model import Case
from fieldintake.app.templates import Field, Template, Templates, country_name, is_empty
from fieldintake.errors import ConsentMissing, InvalidInput
from fieldintake.exports.pdf.values import format_value, utc_text
from fieldintake.exports.redaction.policy import decide
from fieldintake.exports.urgent.states import State, choose_forum, load_table

# Fields of the built-in intake form the request reads, by role (a form without them leaves the element missing).
RISK_FIELDS = ("risk_factors", "risk_other", "criminal_cases", "wanted", "extradition_requested", "extradition_state",
               "past_detention", "threats", "family_at_risk", "narrative")
DECISION_FIELDS = ("removal_order", "removal_court", "removal_order_date", "admin_charges", "asylum_applied",
                   "asylum_authority", "asylum_decision", "asylum_decision_date", "asylum_appeal_deadline",
                   "extradition_decision", "hearings", "appeal_deadline", "detained", "detention_place",
                   "detained_since", "interim_measures", "interim_requested_at")
CLIENT_FIELDS = ("client_name_native", "client_name_passport", "birth_date", "citizenships")
DESTINATION_FIELDS = ("extradition_state",)

CLIENT_LABELS = {
    "en": {"name": "Name", "name_latin": "Name in Latin letters", "birth_date": "Date of birth"},
    "ru": {"name": "Имя", "name_latin": "Имя латиницей", "birth_date": "Дата рождения"},
}

ELEMENTS = ("state", "forum", "client", "removal_date", "removal_time", "destination", "risk", "decisions",
            "consent", "documents")
ELEMENT_NAMES = {
    "en": {"state": "the state the person is in", "forum": "a committee the state accepted",
           "client": "who the person is (or mark the request confidential)",
           "removal_date": "the scheduled removal (an open deadline of kind 'removal')",
           "removal_time": "the time of the removal", "destination": "where the person is to be sent",
           "risk": "the risk on return, in the person's account", "decisions": "the domestic decisions and remedies tried",
           "consent": "the person's consent to UN bodies, or the lawyer's authority",
           "documents": "supporting documents (attachments)"},
    "ru": {"state": "государство, в котором находится человек", "forum": "комитет, признанный государством",
           "client": "кто этот человек (или пометьте запрос как конфиденциальный)",
           "removal_date": "назначенное выдворение (открытый срок вида «removal»)",
           "removal_time": "время выдворения", "destination": "куда человека собираются отправить",
           "risk": "риск по возвращении, в изложении самого человека",
           "decisions": "решения национальных органов и использованные средства защиты",
           "consent": "согласие человека на обращение в органы ООН или полномочия адвоката",
           "documents": "подтверждающие документы (вложения)"},
    # The request itself is written in Russian or English (what the committees take); these are for a
    # caseworker reading the checklist in a Kazakh or Ukrainian window.
    "kk": {"state": "адам болып отырған мемлекет", "forum": "мемлекет мойындаған комитет",
           "client": "бұл адам кім (немесе өтінішті құпия деп белгілеңіз)",
           "removal_date": "белгіленген шығарып жіберу («removal» түріндегі ашық мерзім)",
           "removal_time": "шығарып жіберу уақыты", "destination": "адамды қайда жібермек",
           "risk": "оралған жағдайдағы қауіп, адамның өз баяндауында",
           "decisions": "ұлттық органдардың шешімдері және пайдаланылған қорғау құралдары",
           "consent": "адамның БҰҰ органдарына жүгінуге келісімі немесе адвокаттың өкілеттігі",
           "documents": "растайтын құжаттар (тіркемелер)"},
    "uk": {"state": "держава, у якій перебуває людина", "forum": "комітет, визнаний державою",
           "client": "хто ця людина (або позначте запит як конфіденційний)",
           "removal_date": "призначене видворення (відкритий строк виду «removal»)",
           "removal_time": "час видворення", "destination": "куди людину збираються відправити",
           "risk": "ризик у разі повернення, у викладі самої людини",
           "decisions": "рішення національних органів і використані засоби захисту",
           "consent": "згода людини на звернення до органів ООН або повноваження адвоката",
           "documents": "підтвердні документи (вкладення)"},
}


class RequestIncomplete(InvalidInput):
    """The urgent request lacks a required element; names each one."""

    def __init__(self, missing: list[tuple[str, str]]) -> None:
        self.missing = missing  # (element key, why)
        super().__init__("The urgent request cannot be built yet; missing: "
                         + "; ".join(f"{ELEMENT_NAMES['en'][k]} ({why})" for k, why in missing) + ".")


@dataclass(frozen=True)
class CheckItem:
    key: str
    ok: bool
    detail: str  # what was found, or why it is missing

    def name(self, lang: str) -> str:
        return ELEMENT_NAMES.get(lang, ELEMENT_NAMES["en"])[self.key]


@dataclass(frozen=True)
class Document:
    number: str
    name: str
    media_type: str
    size: int
    sha256: str


@dataclass
class UrgentRequest:
    """Everything the request prints, in its language; ``checklist`` says what is there."""

    reference: str
    lang: str
    state: State | None
    forum: str | None
    confidential: bool
    client: list[tuple[str, str]] = field(default_factory=list)
    removal_at: str = ""  # a date, or an ISO UTC date-time
    removal_title: str = ""
    destination: str = ""
    risk: list[tuple[str, str]] = field(default_factory=list)
    decisions: list[tuple[str, str]] = field(default_factory=list)
    consent: str = ""
    documents: list[Document] = field(default_factory=list)
    checklist: list[CheckItem] = field(default_factory=list)

    @property
    def missing(self) -> list[CheckItem]:
        return [c for c in self.checklist if not c.ok]

    def require_complete(self) -> None:
        if self.missing:
            raise RequestIncomplete([(c.key, c.detail) for c in self.missing])

    @property
    def removal_text(self) -> str:
        return utc_text(self.removal_at) if "T" in self.removal_at else self.removal_at


def merged_answers(case: Case, templates: Templates) -> list[tuple[str, tuple[Field, Any]]]:
    """Answers of all interviews by field id, the latest interview's non-empty answer winning."""
    found: dict[str, tuple[Field, Any]] = {}
    for interview in case.interviews:
        template: Template = templates.get(interview.template_id, interview.template_version)
        for top in template.fields:
            value = interview.answers.get(top.id)
            if not is_empty(value):
                found[top.id] = (top, value)
    return list(found.items())


def _rows(answers: dict[str, tuple[Field, Any]], ids: tuple[str, ...], lang: str) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for field_id in ids:
        if field_id not in answers:
            continue
        f, value = answers[field_id]
        if f.type == "repeat":
            for index, row in enumerate(value, 1):
                parts = [f"{sub.label.get(lang)}: {format_value(sub, row[sub.id], lang)}"
                         for sub in f.fields if not is_empty(row.get(sub.id))]
                if parts:
                    rows.append((f"{f.label.get(lang)} {index}", "; ".join(parts)))
        else:
            shown = format_value(f, value, lang)
            if shown:
                rows.append((f.label.get(lang), shown))
    return rows


def assemble(case: Case, templates: Templates, *, lang: str = "en", state_code: str | None = None,
             forum: str | None = None, confidential: bool = False, authority: str = "", removal_at: str | None = None,
             destination: str | None = None, now: datetime | None = None) -> UrgentRequest:
    """The request and its checklist; never raises for a missing element (see ``UrgentRequest.require_complete``)."""
    lang = languages.normalise(lang, languages.URGENT_LANGUAGES)  # "ru_RU" is Russian; "kk": refused, not English
    now = now or datetime.now(timezone.utc)
    answers = dict(merged_answers(case, templates))
    checks: list[CheckItem] = []
    request = UrgentRequest(case.reference, lang, None, None, confidential)

    # the state and the forum
    if state_code:
        try:
            request.state = load_table().get(state_code)
            checks.append(CheckItem("state", True, request.state.name(lang)))
        except InvalidInput as exc:
            checks.append(CheckItem("state", False, str(exc)))
    else:
        checks.append(CheckItem("state", False, "not given (--state, e.g. KZ)"))
    if request.state is not None:
        try:
            request.forum = choose_forum(request.state, forum)
            checks.append(CheckItem("forum", True, request.forum))
        except InvalidInput as exc:
            checks.append(CheckItem("forum", False, str(exc)))

    # who the person is
    person = case.client
    words = CLIENT_LABELS[lang]
    if person is not None and person.name:
        request.client.append((words["name"], person.name))
        if person.name_latin:
            request.client.append((words["name_latin"], person.name_latin))
        if person.birth_date:
            request.client.append((words["birth_date"], person.birth_date))
    elif case.client_name:
        request.client.append((words["name"], case.client_name))
    has_name = bool(request.client) or any(f in answers for f in CLIENT_FIELDS[:2])
    request.client.extend(_rows(answers, CLIENT_FIELDS, lang))
    checks.append(CheckItem("client", confidential or has_name,
                            "confidential request" if confidential else ("recorded" if has_name else "no client name")))

    # the removal
    deadline = removals.next_removal(case.deadlines, now)
    when = removal_at or (deadline.due if deadline else "")
    request.removal_at = when
    request.removal_title = deadline.title if deadline else ""
    checks.append(CheckItem("removal_date", bool(when), when or "no open removal deadline in this case"))
    has_time = "T" in when
    checks.append(CheckItem("removal_time", has_time, "given" if has_time else
                            "the removal deadline has a date only: give its time (deadline with date and time, or --removal-at)"))
    dest = (destination or "").strip()
    if not dest and deadline is not None and deadline.notes.strip():
        dest = deadline.notes.strip().splitlines()[0]
    if not dest:
        for field_id in DESTINATION_FIELDS:
            if field_id in answers:
                dest = country_name(answers[field_id][1], lang)
                break
    request.destination = dest
    checks.append(CheckItem("destination", bool(dest), dest or
                            "not recorded: write it in the removal deadline's notes, or give --destination"))

    # the risk, the decisions, the consent, the documents
    request.risk = _rows(answers, RISK_FIELDS, lang)
    checks.append(CheckItem("risk", bool(request.risk), "recorded" if request.risk else
                            "the interview records no account of the risk"))
    request.decisions = _rows(answers, DECISION_FIELDS, lang)
    checks.append(CheckItem("decisions", bool(request.decisions), "recorded" if request.decisions else
                            "the interview records no decision, order or remedy"))
    request.consent = _consent_text(case, templates, authority, lang)
    checks.append(CheckItem("consent", bool(request.consent), request.consent or
                            "no consent to UN bodies recorded; record it, or give the lawyer's authority (--authority)"))
    request.documents = [Document(f"A-{i}", display_name(a.file_name), a.media_type, a.size, a.sha256)
                         for i, a in enumerate(case.attachments, 1)]
    checks.append(CheckItem("documents", bool(request.documents), f"{len(request.documents)} attached" if
                            request.documents else "no attachment (the removal order, the decisions)"))
    request.checklist = checks
    if confidential:
        _mask_client(request, case, answers)
    return request


PLACEHOLDER = {"en": "[the author]", "ru": "[автор]"}


def _mask_client(request: UrgentRequest, case: Case, answers: dict[str, tuple[Field, Any]]) -> None:
    """A confidential request names nobody: the client's names, in any inflection, become a placeholder."""
    names = [case.client_name, *(case.client.all_names if case.client else [])]
    for field_id in ("client_name_native", "client_name_passport", "client_aliases"):
        if field_id in answers:
            value = answers[field_id][1]
            names.extend(value if isinstance(value, list) else str(value).splitlines())
    words = {w for n in names for w in re.findall(r"\w+", n or "") if len(w) >= 3}
    if not words:
        return
    # Russian and Ukrainian names inflect (Качкуркин, Качкуркина, Качкуркину): the stem and any ending
    stems = sorted({w[:-1] if len(w) >= 5 else w for w in words}, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + r")\w*", re.IGNORECASE)
    hide = PLACEHOLDER[request.lang]

    def mask(text: str) -> str:
        return pattern.sub(hide, text)

    request.client = []
    request.risk = [(k, mask(v)) for k, v in request.risk]
    request.decisions = [(k, mask(v)) for k, v in request.decisions]
    request.documents = [replace(d, name=mask(d.name)) for d in request.documents]
    request.removal_title = mask(request.removal_title)
    request.destination = mask(request.destination)


def _consent_text(case: Case, templates: Templates, authority: str, lang: str) -> str:
    authority = authority.strip()
    if authority:
        return ("Полномочия представителя: " if lang == "ru" else "Authority to act: ") + authority
    try:
        decision = decide(case, templates, "un-body")
    except (ConsentMissing, InvalidInput):
        return ""
    day = (decision.interview_date or "")[:10]
    if lang == "ru":
        return f"Человек дал согласие на обращение в органы ООН (интервью от {day})."
    return f"The person consented to this being put before UN bodies (interview of {day})."
