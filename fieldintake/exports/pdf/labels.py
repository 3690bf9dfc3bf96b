"""The case file's own words in English, Russian, Kazakh and Ukrainian."""

from __future__ import annotations

from fieldintake.app.templates import Text

_L = {
    "case_file": Text("Case file", "Материалы дела", "Іс материалдары", "Матеріали справи"),
    "confidential": Text(
        "CONFIDENTIAL — contains personal data of a person at risk",
        "КОНФИДЕНЦИАЛЬНО — содержит персональные данные человека, находящегося под угрозой",
        "ҚҰПИЯ — қауіп төнген адамның дербес деректері бар",
        "КОНФІДЕНЦІЙНО — містить персональні дані людини, що перебуває під загрозою",
    ),
    "confidential_short": Text("CONFIDENTIAL", "КОНФИДЕНЦИАЛЬНО", "ҚҰПИЯ", "КОНФІДЕНЦІЙНО"),
    "reference": Text("Case reference", "Номер дела", "Іс нөмірі", "Номер справи"),
    "title": Text("Title", "Название", "Атауы", "Назва"),
    "client": Text("Client", "Клиент", "Клиент", "Клієнт"),
    "organisation": Text("Organisation", "Организация", "Ұйым", "Організація"),
    "preparer": Text("Prepared by", "Подготовил(а)", "Дайындаған", "Підготував(-ла)"),
    "date": Text("Date", "Дата", "Күні", "Дата"),
    "generated": Text("Generated", "Сформировано", "Жасалған уақыты", "Сформовано"),
    "contents": Text("Contents", "Содержание", "Мазмұны", "Зміст"),
    "page_of": Text("Page {x} of {y}", "Страница {x} из {y}", "{y} беттің {x}-беті", "Сторінка {x} з {y}"),
    "overview": Text("The case", "Дело", "Іс", "Справа"),
    "status": Text("Status", "Статус", "Мәртебесі", "Статус"),
    "urgency": Text("Urgency", "Срочность", "Шұғылдығы", "Терміновість"),
    "tags": Text("Tags", "Метки", "Белгілер", "Мітки"),
    "created": Text("Opened", "Открыто", "Ашылған", "Відкрито"),
    "updated": Text("Last changed", "Последнее изменение", "Соңғы өзгеріс", "Остання зміна"),
    "notes": Text("Notes", "Заметки", "Жазбалар", "Нотатки"),
    "people": Text("People", "Лица", "Адамдар", "Особи"),
    "name": Text("Name", "Имя", "Аты-жөні", "Ім’я"),
    "name_latin": Text("Name (Latin)", "Имя (латиницей)", "Аты (латынша)", "Ім’я (латиницею)"),
    "role": Text("Role", "Роль", "Рөлі", "Роль"),
    "relation": Text("Relation", "Отношение", "Туыстығы", "Ким доводиться"),
    "birth_date": Text("Date of birth", "Дата рождения", "Туған күні", "Дата народження"),
    "aliases": Text("Other names", "Другие имена", "Басқа аттары", "Інші імена"),
    "deadlines": Text("Deadlines and hearings", "Сроки и заседания", "Мерзімдер мен отырыстар", "Строки й засідання"),
    "due": Text("Due", "Срок", "Мерзімі", "Строк"),
    "kind": Text("Kind", "Вид", "Түрі", "Вид"),
    "done": Text("Done", "Выполнено", "Орындалды", "Виконано"),
    "interview": Text("Interview {n}", "Интервью {n}", "Сұхбат {n}", "Інтерв’ю {n}"),
    "interview_date": Text("Date and time", "Дата и время", "Күні мен уақыты", "Дата й час"),
    "interview_place": Text("Place", "Место", "Орны", "Місце"),
    "interviewer": Text("Interviewer", "Интервьюер", "Сұхбат алушы", "Інтерв’юер"),
    "interview_language": Text("Language", "Язык", "Тілі", "Мова"),
    "interpreter": Text("Interpreter", "Переводчик", "Аудармашы", "Перекладач"),
    "form": Text("Form", "Форма", "Нысан", "Форма"),
    "interview_status": Text("Status", "Статус", "Мәртебесі", "Статус"),
    "yes": Text("Yes", "Да", "Иә", "Так"),
    "no": Text("No", "Нет", "Жоқ", "Ні"),
    "exhibits_index": Text("Index of exhibits", "Перечень приложений", "Қосымшалар тізімі", "Перелік додатків"),
    "exhibit": Text("Exhibit", "Приложение", "Қосымша", "Додаток"),
    "file_name": Text("Original file name", "Исходное имя файла", "Файлдың бастапқы аты", "Вихідне ім’я файлу"),
    "media_type": Text("Type", "Тип", "Түрі", "Тип"),
    "size": Text("Size (bytes)", "Размер (байт)", "Өлшемі (байт)", "Розмір (байт)"),
    "imported": Text("Imported", "Импортировано", "Импортталған", "Імпортовано"),
    "description": Text("Description", "Описание", "Сипаттамасы", "Опис"),
    "exhibit_page": Text("page {x} of {y}", "стр. {x} из {y}", "{y} беттің {x}-беті", "с. {x} з {y}"),
    "not_reproduced": Text(
        "This file is not reproduced in the case file. It is identified by its SHA-256 above.",
        "Этот файл не воспроизводится в материалах дела. Он идентифицируется по SHA-256, указанному выше.",
        "Бұл файл іс материалдарында көрсетілмейді. Ол жоғарыдағы SHA-256 арқылы анықталады.",
        "Цей файл не відтворено в матеріалах справи. Його ідентифікує SHA-256, зазначений вище.",
    ),
    "not_readable": Text(
        "The file could not be reproduced ({reason}). It is identified by its SHA-256 above.",
        "Файл не удалось воспроизвести ({reason}). Он идентифицируется по SHA-256, указанному выше.",
        "Файлды көрсету мүмкін болмады ({reason}). Ол жоғарыдағы SHA-256 арқылы анықталады.",
        "Файл не вдалося відтворити ({reason}). Його ідентифікує SHA-256, зазначений вище.",
    ),
    "left_out": Text(
        "Left out by the preparer. It is identified by its SHA-256 above.",
        "Не включено составителем. Файл идентифицируется по SHA-256, указанному выше.",
        "Дайындаушы қоспады. Ол жоғарыдағы SHA-256 арқылы анықталады.",
        "Не включено укладачем. Файл ідентифікує SHA-256, зазначений вище.",
    ),
    "left_out_short": Text(
        "Left out by the preparer.",
        "Не включено составителем.",
        "Дайындаушы қоспады.",
        "Не включено укладачем.",
    ),
    "reduced": Text(
        "Shown reduced from {w} × {h} pixels; the SHA-256 is that of the original file.",
        "Показано в уменьшенном виде (оригинал {w} × {h} пикселей); SHA-256 относится к исходному файлу.",
        "Кішірейтіліп көрсетілген (түпнұсқасы {w} × {h} пиксель); SHA-256 бастапқы файлға тиесілі.",
        "Показано в зменшеному вигляді (оригінал {w} × {h} пікселів); SHA-256 стосується вихідного файлу.",
    ),
    "page_failed": Text(
        "This page of the exhibit could not be reproduced. The file is identified by its SHA-256: {sha256}",
        "Эту страницу приложения не удалось воспроизвести. Файл идентифицируется по SHA-256: {sha256}",
        "Қосымшаның бұл бетін көрсету мүмкін болмады. Файл SHA-256 арқылы анықталады: {sha256}",
        "Цю сторінку додатка не вдалося відтворити. Файл ідентифікує SHA-256: {sha256}",
    ),
    "no_exhibits": Text("There are no exhibits.", "Приложений нет.", "Қосымшалар жоқ.", "Додатків немає."),
    "integrity": Text(
        "Integrity record",
        "Сведения о целостности",
        "Тұтастық туралы мәліметтер",
        "Відомості про цілісність",
    ),
    "integrity_intro": Text(
        "SHA-256 digests allow anyone holding the original records to show that this file reproduces them unaltered.",
        "Хеши SHA-256 позволяют любому, у кого есть исходные записи, показать, что этот файл воспроизводит их без изменений.",
        "SHA-256 хештері бастапқы жазбалары бар кез келген адамға бұл файлдың оларды өзгеріссіз көрсететінін дәлелдеуге мүмкіндік береді.",
        "Геші SHA-256 дають змогу будь-кому, хто має вихідні записи, показати, що цей файл відтворює їх без змін.",
    ),
    "case_record": Text(
        "Case record (interchange JSON, UTF-8)",
        "Запись дела (JSON обмена, UTF-8)",
        "Іс жазбасы (алмасу JSON, UTF-8)",
        "Запис справи (JSON обміну, UTF-8)",
    ),
    "conflicts": Text(
        "UNRESOLVED CONFLICTS",
        "НЕРАЗРЕШЁННЫЕ РАСХОЖДЕНИЯ",
        "ШЕШІЛМЕГЕН ҚАЙШЫЛЫҚТАР",
        "НЕРОЗВ’ЯЗАНІ РОЗБІЖНОСТІ",
    ),
    "conflicts_text": Text(
        "{n} item(s) of this case were changed differently in two places and are not settled;"
        " this file shows one version of each (fieldintake case conflicts)",
        "{n} элемент(ов) дела изменены по-разному в двух местах и не согласованы;"
        " в этом файле показана одна из версий каждого (fieldintake case conflicts)",
        "Екі жерде әртүрлі өзгертіліп, келісілмеген іс элементтері: {n}; бұл файлда әрқайсысының бір нұсқасы көрсетілген (fieldintake case conflicts)",
        "Елементів справи, змінених по-різному у двох місцях і не узгоджених: {n}; у цьому файлі показано одну з версій кожного (fieldintake case conflicts)",
    ),
    "disclosed": Text("Handed over {at}", "Передано {at}", "Берілген уақыты: {at}", "Передано {at}"),
    "disclosed_text": Text(
        "{what} to {to}; {ack}",
        "{what}: {to}; {ack}",
        "{what}: {to}; {ack}",
        "{what}: {to}; {ack}",
    ),
    "acknowledged": Text("receipt received", "получение подтверждено", "алынғаны расталды", "отримання підтверджено"),
    "not_acknowledged": Text("no receipt", "без подтверждения", "расталмаған", "без підтвердження"),
    "audit_head": Text(
        "Audit chain head (entry {n})",
        "Вершина журнала аудита (запись {n})",
        "Аудит тізбегінің басы ({n}-жазба)",
        "Вершина журналу аудиту (запис {n})",
    ),
    "program": Text("Program", "Программа", "Бағдарлама", "Програма"),
    "generated_utc": Text("Generated (UTC)", "Сформировано (UTC)", "Жасалған уақыты (UTC)", "Сформовано (UTC)"),
}

# Stored codes (case status, urgency, person role, deadline kind) in words.
_CODES = {
    "open": Text("open", "открыто", "ашық", "відкрито"),
    "closed": Text("closed", "закрыто", "жабық", "закрито"),
    "archived": Text("archived", "в архиве", "мұрағатта", "в архіві"),
    "critical": Text("critical", "критическая", "өте шұғыл", "критична"),
    "high": Text("high", "высокая", "жоғары", "висока"),
    "normal": Text("normal", "обычная", "қалыпты", "звичайна"),
    "low": Text("low", "низкая", "төмен", "низька"),
    "client": Text("client", "клиент", "клиент", "клієнт"),
    "family": Text("family", "семья", "отбасы", "родина"),
    "contact": Text("contact", "контакт", "байланыс", "контакт"),
    "other": Text("other", "другое", "басқа", "інше"),
    "appeal": Text("appeal", "обжалование", "шағымдану", "оскарження"),
    "hearing": Text("hearing", "заседание", "сот отырысы", "засідання"),
    "removal": Text("removal", "выдворение", "шығарып жіберу", "видворення"),
    "asylum_decision": Text("asylum decision", "решение по убежищу", "баспана туралы шешім", "рішення щодо притулку"),
    "interim_measures": Text("interim measures", "обеспечительные меры", "уақытша шаралар", "тимчасові заходи"),
    "document_expiry": Text(
        "document expiry",
        "истечение срока документа",
        "құжат мерзімінің өтуі",
        "закінчення строку документа",
    ),
    "draft": Text("draft", "черновик", "жоба", "чернетка"),
    "complete": Text("complete", "завершено", "аяқталған", "завершено"),
}


def code(value: str, lang: str) -> str:
    """A stored code in words; unknown codes as they are."""
    text = _CODES.get(value)
    return text.get(lang) if text else value


def label(key: str, lang: str, **values: object) -> str:
    text = _L[key].get(lang)
    return text.format(**values) if values else text
