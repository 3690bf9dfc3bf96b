"""The whole redacted summary as plain text, to read before sharing it.

Built from the redacted case only, so it can show nothing the summary does
not hold: sections and labels from the interview's template, then deadlines,
attachments and the redaction log.
"""

from __future__ import annotations

from typing import Any

from fieldintake.app import languages
from fieldintake.app.deadlinetitles import deadline_title
from fieldintake.app.templates import Field, Template, Templates
from fieldintake.exports.pdf.labels import code
from fieldintake.exports.redaction.engine import RedactionResult

_WORDS = {
    "en": {"reference": "Reference", "status": "Status", "urgency": "Urgency", "tags": "Tags", "notes": "Notes",
           "people": "People", "interview": "Interview", "deadlines": "Deadlines", "attachments": "Attachments",
           "yes": "yes", "no": "no", "done": "done", "summary": "Redacted summary",
           "cleaned": "goes out, metadata removed", "included": "goes out, metadata removed (confirmed)",
           "needs-confirmation": "left out unless confirmed", "left-out": "left out"},
    "ru": {"reference": "Номер", "status": "Статус", "urgency": "Срочность", "tags": "Метки", "notes": "Заметки",
           "people": "Люди", "interview": "Интервью", "deadlines": "Сроки", "attachments": "Вложения",
           "yes": "да", "no": "нет", "done": "выполнено", "summary": "Обезличенное резюме",
           "cleaned": "передаётся без метаданных", "included": "передаётся без метаданных (подтверждено)",
           "needs-confirmation": "не передаётся без подтверждения", "left-out": "не передаётся"},
    "kk": {"reference": "Нөмірі", "status": "Мәртебесі", "urgency": "Шұғылдығы", "tags": "Белгілер", "notes": "Жазбалар",
           "people": "Адамдар", "interview": "Сұхбат", "deadlines": "Мерзімдер", "attachments": "Тіркемелер",
           "yes": "иә", "no": "жоқ", "done": "орындалды", "summary": "Иесіздендірілген анықтама",
           "cleaned": "метадеректерсіз беріледі", "included": "метадеректерсіз беріледі (расталған)",
           "needs-confirmation": "растаусыз берілмейді", "left-out": "берілмейді"},
    "uk": {"reference": "Номер", "status": "Статус", "urgency": "Терміновість", "tags": "Мітки", "notes": "Нотатки",
           "people": "Люди", "interview": "Інтерв’ю", "deadlines": "Строки", "attachments": "Вкладення",
           "yes": "так", "no": "ні", "done": "виконано", "summary": "Знеособлена довідка",
           "cleaned": "передається без метаданих", "included": "передається без метаданих (підтверджено)",
           "needs-confirmation": "не передається без підтвердження", "left-out": "не передається"},
}


def _value(fld: Field, value: Any, lang: str, words: dict[str, str]) -> str:
    if isinstance(value, list):
        return ", ".join(_value(fld, v, lang, words) for v in value)
    if fld.type == "yes_no":
        return words["yes"] if value else words["no"]
    coded = fld.coded_text(value, lang)
    return str(value) if coded is None else coded


def _indent(text: str, prefix: str) -> list[str]:
    return [prefix + line for line in str(text).splitlines()] or [prefix]


def _answers(template: Template, answers: dict[str, Any], lang: str, words: dict[str, str]) -> list[str]:
    out: list[str] = []
    for section in template.sections:
        shown = [f for f in section.fields if f.id in answers]
        if not shown:
            continue
        out.append(f"  {section.label.get(lang)}")
        for fld in shown:
            value = answers[fld.id]
            if fld.type == "repeat":
                out.append(f"    {fld.label.get(lang)}:")
                for index, row in enumerate(value, 1):
                    out.append(f"      {index}.")
                    for sub in fld.fields:
                        if sub.id in row:
                            text = _value(sub, row[sub.id], lang, words)
                            out.extend(_indent(f"{sub.label.get(lang)}: {text}", "         "))
            else:
                text = _value(fld, value, lang, words)
                if "\n" in text:
                    out.append(f"    {fld.label.get(lang)}:")
                    out.extend(_indent(text, "      "))
                else:
                    out.append(f"    {fld.label.get(lang)}: {text}")
    return out


def preview_text(result: RedactionResult, templates: Templates, lang: str = "en") -> str:
    words = _WORDS[languages.normalise(lang, tuple(_WORDS))]
    case = result.case
    out = [f"{words['summary']}: {case.title}",
           f"{words['reference']}: {case.reference}    {words['status']}: {code(case.status, lang)}    "
           f"{words['urgency']}: {code(case.urgency, lang)}"]
    if case.tags:
        out.append(f"{words['tags']}: {', '.join(case.tags)}")
    if case.notes:
        out.append(f"{words['notes']}:")
        out.extend(_indent(case.notes, "  "))
    if case.people:
        out.append(f"{words['people']}:")
        for p in case.people:
            extra = f" ({p.relation})" if p.relation else ""
            out.append(f"  {code(p.role, lang)}: {p.name}{extra}")
            if p.notes:
                out.extend(_indent(p.notes, "    "))
    for interview in case.interviews:
        template = templates.get(interview.template_id, interview.template_version)
        out.append("")
        out.append(f"{words['interview']}: {template.title.get(lang)} ({code(interview.status, lang)})")
        out.extend(_answers(template, interview.answers, lang, words))
    if case.deadlines:
        out.append("")
        out.append(f"{words['deadlines']}:")
        for d in case.deadlines:
            done = f" ({words['done']})" if d.done else ""
            out.append(f"  {d.due}  {deadline_title(d, case, templates, lang)}{done}")
            if d.notes:
                out.extend(_indent(d.notes, "    "))
    if result.files:
        out.append("")
        out.append(f"{words['attachments']}:")
        kept = {a.id: a for a in case.attachments}
        for f in result.files:  # every file of the case: what goes out, and what does not
            a = kept.get(f.attachment_id)
            description = f" — {a.description}" if a is not None and a.description else ""
            out.append(f"  {f.file_name} ({f.media_type}, {f.sensitivity}): {words[f.status]}{description}")
    out.append("")
    out.extend(result.log.lines(lang))
    return "\n".join(out) + "\n"
