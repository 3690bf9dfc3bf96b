"""The urgent request as a PDF: short, in the committee's order, in Russian or English."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.flowables import Flowable

from fieldintake.app import removals
from fieldintake.exports.pdf.content import Grid
from fieldintake.exports.pdf.fonts import SANS, register_fonts
from fieldintake.exports.pdf.layout import grid_table, pairs_table, text
from fieldintake.exports.pdf.styles import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X, MUTED, PAGE, make_styles
from fieldintake.exports.urgent.request import UrgentRequest
from fieldintake.exports.urgent.states import FORUM_NAMES, load_table

PRODUCER = "fieldintake"
# Interim measures: rule 114 of the CAT rules of procedure, rule 94 of the Human Rights Committee's.
RULES = {"cat": "114", "hrc": "94"}

WORDS = {
    "en": {
        "title": "URGENT — Request for interim measures",
        "to": "To", "to_via": "through the Petitions and Urgent Actions Section, OHCHR, Geneva",
        "state": "State party concerned", "procedure": "Procedure accepted",
        "accepted_on": "accepted on {date} ({source})", "verify": "to be verified against the source",
        "table_date": "state table of {date}",
        "s_person": "1. The person at risk", "confidential": "Confidential request: the person asks that their "
        "identity not be disclosed to the State party. Their identity is given to the Secretariat separately.",
        "s_removal": "2. The scheduled removal", "removal_at": "Date and time", "destination": "Destination",
        "hours_left": "Hours left when prepared", "deadline": "Recorded as",
        "s_risk": "3. The risk on return", "s_decisions": "4. Domestic decisions and remedies tried",
        "s_consent": "5. Consent and authority", "s_request": "6. What is requested",
        "ask": "The author asks the {forum} to request the State party, under rule {rule} of the Committee's rules "
        "of procedure, not to remove the person to {destination} while the communication is under consideration, "
        "and to confirm this to the Committee without delay.",
        "s_documents": "7. Documents attached", "doc": "No.", "name": "File", "type": "Type", "size": "Bytes",
        "hash_note": "Each document's SHA-256 was taken when it was added to the case; the committee can check a "
        "copy with any SHA-256 tool.",
        "s_checklist": "Checklist", "element": "Element", "found": "Found",
        "prepared": "Prepared by", "organisation": "Organisation", "date": "Date (UTC)", "reference": "Our reference",
    },
    "ru": {
        "title": "СРОЧНО — Просьба о принятии временных мер",
        "to": "Кому", "to_via": "через Секцию петиций и срочных действий УВКПЧ, Женева",
        "state": "Государство-участник", "procedure": "Признанная процедура",
        "accepted_on": "признана {date} ({source})", "verify": "требует проверки по источнику",
        "table_date": "таблица государств от {date}",
        "s_person": "1. Лицо, которому грозит опасность", "confidential": "Конфиденциальная просьба: лицо просит не "
        "раскрывать его личность государству-участнику. Сведения о личности передаются Секретариату отдельно.",
        "s_removal": "2. Назначенное выдворение", "removal_at": "Дата и время", "destination": "Куда",
        "hours_left": "Осталось часов на момент составления", "deadline": "Записано как",
        "s_risk": "3. Риск по возвращении", "s_decisions": "4. Решения национальных органов и использованные средства защиты",
        "s_consent": "5. Согласие и полномочия", "s_request": "6. Просьба",
        "ask": "Автор просит {forum} в соответствии с правилом {rule} правил процедуры Комитета обратиться к "
        "государству-участнику с просьбой не выдворять лицо в {destination}, пока сообщение находится на "
        "рассмотрении, и незамедлительно подтвердить это Комитету.",
        "s_documents": "7. Прилагаемые документы", "doc": "№", "name": "Файл", "type": "Тип", "size": "Байт",
        "hash_note": "SHA-256 каждого документа вычислен при его добавлении в дело; копию можно проверить любой "
        "программой SHA-256.",
        "s_checklist": "Контрольный список", "element": "Элемент", "found": "Найдено",
        "prepared": "Подготовил(а)", "organisation": "Организация", "date": "Дата (UTC)", "reference": "Наш номер",
    },
}


def render_request(request: UrgentRequest, *, generated: datetime, preparer: str = "", organisation: str = "") -> bytes:
    """The PDF bytes of a complete request (``require_complete`` first: this refuses an incomplete one)."""
    request.require_complete()
    assert request.state is not None and request.forum is not None
    register_fonts()
    lang = request.lang
    w = WORDS[lang]
    styles = make_styles()
    forum_name = FORUM_NAMES[lang][request.forum]
    procedure = request.state.procedure(request.forum)
    accepted = w["accepted_on"].format(date=procedure.date or "?", source=procedure.source)
    if not procedure.checked:
        accepted += f"; {w['verify']}"
    accepted += f"; {w['table_date'].format(date=load_table().as_of)}"
    flow: list[Flowable] = [
        Paragraph(text(w["title"]), styles.h0),
        pairs_table([(w["to"], f"{forum_name}, {w['to_via']}"), (w["state"], request.state.name(lang)),
                     (w["procedure"], accepted), (w["reference"], request.reference)], styles),
        Paragraph(text(w["s_person"]), styles.h1),
    ]
    if request.confidential:
        flow.append(Paragraph(text(w["confidential"]), styles.body))
    else:
        flow.append(pairs_table(request.client, styles))
    hours = removals.hours_left(request.removal_at, generated)
    flow += [
        Paragraph(text(w["s_removal"]), styles.h1),
        pairs_table([(w["removal_at"], request.removal_text), (w["destination"], request.destination),
                     (w["hours_left"], str(hours))] + ([(w["deadline"], request.removal_title)]
                                                       if request.removal_title else []), styles),
        Paragraph(text(w["s_risk"]), styles.h1), pairs_table(request.risk, styles),
        Paragraph(text(w["s_decisions"]), styles.h1), pairs_table(request.decisions, styles),
        Paragraph(text(w["s_consent"]), styles.h1), Paragraph(text(request.consent), styles.body),
        Paragraph(text(w["s_request"]), styles.h1),
        Paragraph(text(w["ask"].format(forum=forum_name, rule=RULES[request.forum], destination=request.destination)),
                  styles.body),
        Paragraph(text(w["s_documents"]), styles.h1),
    ]
    rows = []
    for d in request.documents:
        rows.append([d.number, d.name, d.media_type, str(d.size)])
        rows.append(["", f"SHA-256 {d.sha256}", "", ""])
    flow.append(grid_table(Grid([w["doc"], w["name"], w["type"], w["size"]], rows),
                           styles, [FRAME_WIDTH * x for x in (0.1, 0.56, 0.2, 0.14)]))
    flow += [Paragraph(text(w["hash_note"]), styles.note), Paragraph(text(w["s_checklist"]), styles.h1),
             grid_table(Grid([w["element"], w["found"]], [[c.name(lang), c.detail] for c in request.checklist]),
                        styles, [FRAME_WIDTH * 0.45, FRAME_WIDTH * 0.55]),
             Spacer(1, 14),
             pairs_table([(w["prepared"], preparer), (w["organisation"], organisation),
                          (w["date"], generated.strftime("%Y-%m-%d %H:%M"))], styles)]
    buffer = io.BytesIO()

    def footer(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, MARGIN_BOTTOM / 2, f"{request.reference} · {w['title']}")
        canvas.drawRightString(PAGE[0] - MARGIN_X, MARGIN_BOTTOM / 2, str(doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=PAGE, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
                            bottomMargin=MARGIN_BOTTOM, invariant=1, title=w["title"], author="", creator=PRODUCER,
                            producer=PRODUCER)
    doc.build(flow, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
