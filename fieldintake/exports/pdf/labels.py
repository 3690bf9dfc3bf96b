"""The case file's own words in English, Russian and Kazakh (Kazakh falls back to English)."""

from __future__ import annotations

from fieldintake.app.templates import Text

_L = {
    "case_file": Text("Case file", "Материалы дела", "Іс материалдары"),
    "confidential": Text(
        "CONFIDENTIAL — contains personal data of a person at risk",
        "КОНФИДЕНЦИАЛЬНО — содержит персональные данные человека, находящегося под угрозой",
        "ҚҰПИЯ — қауіп төнген адамның дербес деректері бар",
    ),
    "confidential_short": Text("CONFIDENTIAL", "КОНФИДЕНЦИАЛЬНО", "ҚҰПИЯ"),
    "reference": Text("Case reference", "Номер дела", "Іс нөмірі"),
    "title": Text("Title", "Название", "Атауы"),
    "client": Text("Client", "Клиент", "Клиент"),
    "organisation": Text("Organisation", "Организация", "Ұйым"),
    "preparer": Text("Prepared by", "Подготовил(а)", "Дайындаған"),
    "date": Text("Date", "Дата", "Күні"),
    "generated": Text("Generated", "Сформировано", "Жасалған уақыты"),
    "contents": Text("Contents", "Содержание", "Мазмұны"),
    "page_of": Text("Page {x} of {y}", "Страница {x} из {y}", "{y} беттің {x}-беті"),
    "overview": Text("The case", "Дело", "Іс"),
    "status": Text("Status", "Статус", "Мәртебесі"),
    "urgency": Text("Urgency", "Срочность", "Шұғылдығы"),
    "tags": Text("Tags", "Метки", "Белгілер"),
    "created": Text("Opened", "Открыто", "Ашылған"),
    "updated": Text("Last changed", "Последнее изменение", "Соңғы өзгеріс"),
    "notes": Text("Notes", "Заметки", "Жазбалар"),
    "people": Text("People", "Лица", "Адамдар"),
    "name": Text("Name", "Имя", "Аты-жөні"),
    "name_latin": Text("Name (Latin)", "Имя (латиницей)", "Аты (латынша)"),
    "role": Text("Role", "Роль", "Рөлі"),
    "relation": Text("Relation", "Отношение", "Туыстығы"),
    "birth_date": Text("Date of birth", "Дата рождения", "Туған күні"),
    "aliases": Text("Other names", "Другие имена", "Басқа аттары"),
    "deadlines": Text("Deadlines and hearings", "Сроки и заседания", "Мерзімдер мен отырыстар"),
    "due": Text("Due", "Срок", "Мерзімі"),
    "kind": Text("Kind", "Вид", "Түрі"),
    "done": Text("Done", "Выполнено", "Орындалды"),
    "interview": Text("Interview {n}", "Интервью {n}", "Сұхбат {n}"),
    "interview_date": Text("Date and time", "Дата и время", "Күні мен уақыты"),
    "interview_place": Text("Place", "Место", "Орны"),
    "interviewer": Text("Interviewer", "Интервьюер", "Сұхбат алушы"),
    "interview_language": Text("Language", "Язык", "Тілі"),
    "interpreter": Text("Interpreter", "Переводчик", "Аудармашы"),
    "form": Text("Form", "Форма", "Нысан"),
    "interview_status": Text("Status", "Статус", "Мәртебесі"),
    "yes": Text("Yes", "Да", "Иә"),
    "no": Text("No", "Нет", "Жоқ"),
    "exhibits_index": Text("Index of exhibits", "Перечень приложений", "Қосымшалар тізімі"),
    "exhibit": Text("Exhibit", "Приложение", "Қосымша"),
    "file_name": Text("Original file name", "Исходное имя файла", "Файлдың бастапқы аты"),
    "media_type": Text("Type", "Тип", "Түрі"),
    "size": Text("Size (bytes)", "Размер (байт)", "Өлшемі (байт)"),
    "imported": Text("Imported", "Импортировано", "Импортталған"),
    "description": Text("Description", "Описание", "Сипаттамасы"),
    "exhibit_page": Text("page {x} of {y}", "стр. {x} из {y}", "{y} беттің {x}-беті"),
    "not_reproduced": Text(
        "This file is not reproduced in the case file. It is identified by its SHA-256 above.",
        "Этот файл не воспроизводится в материалах дела. Он идентифицируется по SHA-256, указанному выше.",
        "Бұл файл іс материалдарында көрсетілмейді. Ол жоғарыдағы SHA-256 арқылы анықталады.",
    ),
    "not_readable": Text(
        "The file could not be reproduced ({reason}). It is identified by its SHA-256 above.",
        "Файл не удалось воспроизвести ({reason}). Он идентифицируется по SHA-256, указанному выше.",
        "Файлды көрсету мүмкін болмады ({reason}). Ол жоғарыдағы SHA-256 арқылы анықталады.",
    ),
    "left_out": Text(
        "Left out by the preparer. It is identified by its SHA-256 above.",
        "Не включено составителем. Файл идентифицируется по SHA-256, указанному выше.",
        "Дайындаушы қоспады. Ол жоғарыдағы SHA-256 арқылы анықталады.",
    ),
    "left_out_short": Text("Left out by the preparer.", "Не включено составителем.", "Дайындаушы қоспады."),
    "reduced": Text(
        "Shown reduced from {w} × {h} pixels; the SHA-256 is that of the original file.",
        "Показано в уменьшенном виде (оригинал {w} × {h} пикселей); SHA-256 относится к исходному файлу.",
        "Кішірейтіліп көрсетілген (түпнұсқасы {w} × {h} пиксель); SHA-256 бастапқы файлға тиесілі.",
    ),
    "page_failed": Text(
        "This page of the exhibit could not be reproduced. The file is identified by its SHA-256: {sha256}",
        "Эту страницу приложения не удалось воспроизвести. Файл идентифицируется по SHA-256: {sha256}",
        "Қосымшаның бұл бетін көрсету мүмкін болмады. Файл SHA-256 арқылы анықталады: {sha256}",
    ),
    "no_exhibits": Text("There are no exhibits.", "Приложений нет.", "Қосымшалар жоқ."),
    "integrity": Text("Integrity record", "Сведения о целостности", "Тұтастық туралы мәліметтер"),
    "integrity_intro": Text(
        "SHA-256 digests allow anyone holding the original records to show that this file reproduces them unaltered.",
        "Хеши SHA-256 позволяют любому, у кого есть исходные записи, показать, что этот файл воспроизводит их без изменений.",
        "SHA-256 хештері бастапқы жазбалары бар кез келген адамға бұл файлдың оларды өзгеріссіз көрсететінін дәлелдеуге мүмкіндік береді.",
    ),
    "case_record": Text("Case record (interchange JSON, UTF-8)", "Запись дела (JSON обмена, UTF-8)", "Іс жазбасы (алмасу JSON, UTF-8)"),
    "conflicts": Text("UNRESOLVED CONFLICTS", "НЕРАЗРЕШЁННЫЕ РАСХОЖДЕНИЯ"),
    "conflicts_text": Text(
        "{n} item(s) of this case were changed differently in two places and are not settled;"
        " this file shows one version of each (fieldintake case conflicts)",
        "{n} элемент(ов) дела изменены по-разному в двух местах и не согласованы;"
        " в этом файле показана одна из версий каждого (fieldintake case conflicts)",
    ),
    "disclosed": Text("Handed over {at}", "Передано {at}"),
    "disclosed_text": Text("{what} to {to}; {ack}", "{what}: {to}; {ack}"),
    "acknowledged": Text("receipt received", "получение подтверждено"),
    "not_acknowledged": Text("no receipt", "без подтверждения"),
    "audit_head": Text("Audit chain head (entry {n})", "Вершина журнала аудита (запись {n})", "Аудит тізбегінің басы ({n}-жазба)"),
    "program": Text("Program", "Программа", "Бағдарлама"),
    "generated_utc": Text("Generated (UTC)", "Сформировано (UTC)", "Жасалған уақыты (UTC)"),
}

# Stored codes (case status, urgency, person role, deadline kind) in words.
_CODES = {
    "open": Text("open", "открыто", "ашық"),
    "closed": Text("closed", "закрыто", "жабық"),
    "archived": Text("archived", "в архиве", "мұрағатта"),
    "critical": Text("critical", "критическая", "өте шұғыл"),
    "high": Text("high", "высокая", "жоғары"),
    "normal": Text("normal", "обычная", "қалыпты"),
    "low": Text("low", "низкая", "төмен"),
    "client": Text("client", "клиент", "клиент"),
    "family": Text("family", "семья", "отбасы"),
    "contact": Text("contact", "контакт", "байланыс"),
    "other": Text("other", "другое", "басқа"),
    "appeal": Text("appeal", "обжалование", "шағымдану"),
    "hearing": Text("hearing", "заседание", "сот отырысы"),
    "removal": Text("removal", "выдворение", "шығарып жіберу"),
    "asylum_decision": Text("asylum decision", "решение по убежищу", "баспана туралы шешім"),
    "interim_measures": Text("interim measures", "обеспечительные меры", "уақытша шаралар"),
    "document_expiry": Text("document expiry", "истечение срока документа", "құжат мерзімінің өтуі"),
    "draft": Text("draft", "черновик", "жоба"),
    "complete": Text("complete", "завершено", "аяқталған"),
}


def code(value: str, lang: str) -> str:
    """A stored code in words; unknown codes as they are."""
    text = _CODES.get(value)
    return text.get(lang) if text else value


def label(key: str, lang: str, **values: object) -> str:
    text = _L[key].get(lang)
    return text.format(**values) if values else text
