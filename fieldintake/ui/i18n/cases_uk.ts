<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Чутливість</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No attachment selected.</source>
        <translation>Вкладення не вибрано.</translation>
    </message>
    <message>
        <source>No preview for this type of file.</source>
        <translation>Для цього типу файлів немає попереднього перегляду.</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Завантаження попереднього перегляду…</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>знято</translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>координати GPS</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>software</source>
        <translation>програма</translation>
    </message>
    <message>
        <source>This photo records: {what}.</source>
        <translation>У цій фотографії записано: {what}.</translation>
    </message>
    <message>
        <source>Warning: it reveals the place where it was taken. The case file keeps the photo unchanged and lists this on its exhibit page.</source>
        <translation>Увага: вона видає місце, де її знято. У матеріалах справи фотографія залишається без змін, а ці відомості зазначено на сторінці додатка.</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Це зображення неможливо показати.</translation>
    </message>
    <message>
        <source>No preview.</source>
        <translation>Немає попереднього перегляду.</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Додати вкладення</translation>
    </message>
    <message>
        <source>Adding attachments…</source>
        <translation>Додавання вкладень…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Зберегти копію</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Збереження копії…</translation>
    </message>
    <message>
        <source>Remove “{name}” from the case? Its file is destroyed in this vault; the history keeps its name and SHA-256.</source>
        <translation>Вилучити «{name}» зі справи? Файл буде знищено в цьому сховищі; в історії залишаться його назва і SHA-256.</translation>
    </message>
    <message>
        <source>Removing the attachment…</source>
        <translation>Вилучення вкладення…</translation>
    </message>
    <message>
        <source>Replace “{name}”</source>
        <translation>Замінити «{name}»</translation>
    </message>
    <message>
        <source>Replace “{old}” by “{new}”? The description and sensitivity stay; the old file is destroyed in this vault and the history keeps its name and SHA-256. To keep the old file too, add the new one instead.</source>
        <translation>Замінити «{old}» на «{new}»? Опис і ступінь чутливості збережуться; старий файл буде знищено в цьому сховищі, а в історії залишаться його назва і SHA-256. Щоб зберегти і старий файл, додайте новий як окреме вкладення.</translation>
    </message>
    <message>
        <source>Replacing the attachment…</source>
        <translation>Заміна вкладення…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>Drop files here to add them</source>
        <translation>Перетягніть сюди файли, щоб додати їх</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Зберегти копію…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>За&amp;мінити…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Вилучити…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Замінити…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Вилучити…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>Copy the SHA-256 (cleared from the clipboard after a while)</source>
        <translation>Скопіювати SHA-256 (буфер обміну буде очищено за деякий час)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity:</source>
        <translation>&amp;Чутливість:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 файлу</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Unresolved conflicts: {n}</source>
        <extracomment>What each read-only tab shows of a case: a change to one of these kinds refreshes it while it is in front.</extracomment>
        <translation>Нерозв’язані розбіжності: {n}</translation>
    </message>
    <message>
        <source>Held updates: {n}</source>
        <translation>Відкладені оновлення: {n}</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({n})</source>
        <translation>Роз&amp;біжності ({n})</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>Роз&amp;біжності</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Back to the list of cases (Alt+Left)</source>
        <translation>Назад до списку справ (Alt+Ліворуч)</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Назад до списку справ</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Розділи справи</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <source>Export this case: PDF, redacted summary or bundle (Ctrl+E)</source>
        <translation>Експорт справи: PDF, знеособлена довідка або пакет (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Огляд</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Інтерв’ю</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Розповідь</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>&amp;Вкладення</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;Хронологія</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>І&amp;сторія</translation>
    </message>
    <message>
        <source>Handed o&amp;ver</source>
        <translation>&amp;Передачі</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>⚠ {reference} (conflicts)</source>
        <translation>⚠ {reference} (розбіжності)</translation>
    </message>
    <message>
        <source>This case has unresolved conflicts: open it to settle them.</source>
        <translation>У справі є нерозв’язані розбіжності: відкрийте її, щоб їх усунути.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Терміновість</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Найближчий строк</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Збіг</translation>
    </message>
    <message>
        <source>Removal in</source>
        <translation>До видворення</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>{hours} год тому</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} год</translation>
    </message>
    <message>
        <source>{when} (overdue)</source>
        <translation>{when} (прострочено)</translation>
    </message>
    <message>
        <source>Matches: {count}</source>
        <translation>Збігів: {count}</translation>
    </message>
    <message>
        <source>Cases: {count}</source>
        <translation>Справ: {count}</translation>
    </message>
    <message>
        <source>Search names, notes and answers (Ctrl+F)</source>
        <translation>Пошук за іменами, нотатками й відповідями (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Пошук справ</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Нова справа</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Нова справа (Ctrl+N)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Нова справа</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Терміновість:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Мітка:</translation>
    </message>
    <message>
        <source>&amp;Deadline within:</source>
        <translation>Стр&amp;ок протягом:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Мітка</translation>
    </message>
    <message>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <source>any</source>
        <translation>будь-яка</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>будь-коли</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} днів</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>From {name}, {when}</source>
        <translation>Від {name}, {when}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>{item}
  here: {here}
  theirs: {theirs}</source>
        <translation>{item}
  тут: {here}
  у них: {theirs}</translation>
    </message>
    <message>
        <source>Version {n}: {who}, {when}</source>
        <translation>Версія {n}: {who}, {when}</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Версія {n}</translation>
    </message>
    <message>
        <source>Keep version {n}</source>
        <translation>Залишити версію {n}</translation>
    </message>
    <message>
        <source>This value is structured: edit it as JSON.</source>
        <translation>Це складене значення: змініть його у форматі JSON.</translation>
    </message>
    <message>
        <source>These items were changed differently here and elsewhere. Until you settle them, the case shows one version and its PDFs say it has unresolved conflicts. Keep one version, or edit the value and keep that: your choice travels with the next hand-over.</source>
        <translation>Ці елементи змінено по-різному тут і деінде. Доки ви їх не узгодите, у справі показано одну з версій, а в PDF зазначено, що є нерозв’язані розбіжності. Залиште одну версію або змініть значення й залиште його: ваш вибір піде разом із наступною передачею.</translation>
    </message>
    <message>
        <source>No unresolved conflicts.</source>
        <translation>Нерозв’язаних розбіжностей немає.</translation>
    </message>
    <message>
        <source>Items in conflict</source>
        <translation>Елементи з розбіжностями</translation>
    </message>
    <message>
        <source>&amp;Edited value:</source>
        <translation>З&amp;мінене значення:</translation>
    </message>
    <message>
        <source>&amp;Use the edited value</source>
        <translation>&amp;Прийняти змінене значення</translation>
    </message>
    <message>
        <source>Held updates: this case arrived from someone it was never sent to or received from, so their changes were not applied. Look at what would change; accept only if you trust them with this case (changes made on both sides then become conflicts).</source>
        <translation>Відкладені оновлення: ця справа надійшла від людини, якій її ніколи не передавали і від якої її не отримували, тому зміни не застосовано. Перегляньте, що зміниться; приймайте, лише якщо довіряєте їй цю справу (зміни, зроблені з обох боків, стануть розбіжностями).</translation>
    </message>
    <message>
        <source>Held updates</source>
        <translation>Відкладені оновлення</translation>
    </message>
    <message>
        <source>What the held update would change</source>
        <translation>Що змінить відкладене оновлення</translation>
    </message>
    <message>
        <source>&amp;Accept this update</source>
        <translation>Прийняти це &amp;оновлення</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Edit deadline</source>
        <translation>Змінити строк</translation>
    </message>
    <message>
        <source>at</source>
        <translation>о</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Строк:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Н&amp;отатки:</translation>
    </message>
    <message>
        <source>Deadline title</source>
        <translation>Назва строку</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Дата строку</translation>
    </message>
    <message>
        <source>Due time, local</source>
        <translation>Час строку, місцевий</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Due</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Назва справи</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Терміновість</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>{when} (overdue)</source>
        <translation>{when} (прострочено)</translation>
    </message>
    <message>
        <source>Deadlines: {count}</source>
        <translation>Строків: {count}</translation>
    </message>
    <message>
        <source>&amp;Due within:</source>
        <translation>&amp;Строк протягом:</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>усі</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} днів</translation>
    </message>
    <message>
        <source>Deadlines across cases</source>
        <translation>Строки в усіх справах</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Об’єкт</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Було</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>&amp;Changes, newest first:</source>
        <translation>&amp;Зміни, спершу нові:</translation>
    </message>
    <message>
        <source>&amp;Audit log entries for this case:</source>
        <translation>Записи &amp;журналу аудиту щодо цієї справи:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Записи журналу аудиту</translation>
    </message>
</context>
<context>
    <name>InterviewSummary</name>
    <message>
        <source>Question</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Відповідь</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Відповіді</translation>
    </message>
    <message>
        <source>The interview form is not available here yet: the answers are read-only.</source>
        <translation>Форма інтерв’ю тут поки недоступна: відповіді лише для читання.</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>Interview</source>
        <extracomment>Below this width the tab folds the list of interviews away: the form needs the room (issue 16).</extracomment>
        <translation>Інтерв’ю</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Hide the list</source>
        <translation>Сховати список</translation>
    </message>
    <message>
        <source>Show the list of interviews</source>
        <translation>Показати список інтерв’ю</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Інтерв’ю</translation>
    </message>
    <message>
        <source>Template for a new interview</source>
        <translation>Шаблон нового інтерв’ю</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>&amp;Нове інтерв’ю</translation>
    </message>
    <message>
        <source>Mark &amp;complete</source>
        <translation>Позначити &amp;завершеним</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Отримання підтверджено</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>підтвердження ще немає</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>case file (PDF)</source>
        <translation>матеріали справи (PDF)</translation>
    </message>
    <message>
        <source>redacted summary</source>
        <translation>знеособлена довідка</translation>
    </message>
    <message>
        <source>case file (JSON)</source>
        <translation>справа (JSON)</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вкладення</translation>
    </message>
    <message>
        <source>urgent request (PDF)</source>
        <translation>термінове звернення (PDF)</translation>
    </message>
    <message>
        <source>{what} for {audience}</source>
        <translation>{what} для {audience}</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>знеособлене</translation>
    </message>
    <message>
        <source>full case</source>
        <translation>повна справа</translation>
    </message>
    <message>
        <source>Everything of this case that left the vault, newest first. A bundle is acknowledged when its recipient&apos;s signed receipt arrives.</source>
        <translation>Усе з цієї справи, що залишило сховище, спершу нове. Отримання пакета підтверджено, коли надходить підписана квитанція отримувача.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Передачі</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Нова справа</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Назва справи</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Терміновість</translation>
    </message>
    <message>
        <source>&amp;Start an interview with:</source>
        <translation>&amp;Почати інтерв’ю за шаблоном:</translation>
    </message>
    <message>
        <source>Interview template</source>
        <translation>Шаблон інтерв’ю</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Створити</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Терміновість:</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Role</source>
        <extracomment>What the tab shows of a case.</extracomment>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Латиницею</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Ким доводиться</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від кого</translation>
    </message>
    <message>
        <source>interview answer</source>
        <translation>відповідь інтерв’ю</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>введено вручну</translation>
    </message>
    <message>
        <source>interview {numbers}</source>
        <translation>інтерв’ю {numbers}</translation>
    </message>
    <message>
        <source>interviews {numbers}</source>
        <translation>інтерв’ю {numbers}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>done</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>прострочено</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>Removal in {hours} hours ({when})</source>
        <translation>Видворення через {hours} год ({when})</translation>
    </message>
    <message>
        <source>Removal was due {hours} hours ago ({when})</source>
        <translation>Видворення було призначено {hours} год тому ({when})</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Збережено</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Є незбережені зміни…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не збережено: {reason}</translation>
    </message>
    <message>
        <source>Remove this person from the case? The history keeps what was there.</source>
        <translation>Прибрати цю людину зі справи? В історії залишиться попередній запис.</translation>
    </message>
    <message>
        <source>Remove this deadline?</source>
        <translation>Видалити цей строк?</translation>
    </message>
    <message>
        <source>Named in an interview: opens the interview to change it there</source>
        <translation>Названо в інтерв’ю: відкриває інтерв’ю, щоб змінити там</translation>
    </message>
    <message>
        <source>Mark &amp;open</source>
        <translation>Зняти &amp;позначку</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Позначити в&amp;иконаним</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Терміновість:</translation>
    </message>
    <message>
        <source>T&amp;ags (comma-separated):</source>
        <translation>&amp;Мітки (через кому):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Н&amp;отатки:</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Назва справи</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Нотатки до справи</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Додати &amp;людину…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Add &amp;deadline…</source>
        <translation>Додати ст&amp;рок…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Зм&amp;інити…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ви&amp;далити</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Людина</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Змінити дані людини</translation>
    </message>
    <message>
        <source>known</source>
        <translation>відома</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Name (native script):</source>
        <translation>&amp;Ім’я (в оригіналі):</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters:</source>
        <translation>Ім’я &amp;латиницею:</translation>
    </message>
    <message>
        <source>&amp;Aliases (one per line):</source>
        <translation>Ін&amp;ші імена (по одному в рядку):</translation>
    </message>
    <message>
        <source>R&amp;elation:</source>
        <translation>&amp;Ким доводиться:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Дата народження:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Нотатки:</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Ім’я в оригіналі</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Ім’я латиницею</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>Інші імена, по одному в рядку</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>deadline</source>
        <translation>строк</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>case</source>
        <translation>справа</translation>
    </message>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>інтерв’ю</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>строк</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вкладення</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>розбіжність</translation>
    </message>
    <message>
        <source>redaction mark</source>
        <translation>позначка для приховування</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Терміновість</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Ім’я латиницею</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Інші імена</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Ким доводиться</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Назва файлу</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файлу</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Чутливість</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Інтерв’ю</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>справа</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>the deadline</source>
        <translation>строк</translation>
    </message>
    <message>
        <source>the attachment</source>
        <translation>вкладення</translation>
    </message>
    <message>
        <source>case created</source>
        <translation>справу створено</translation>
    </message>
    <message>
        <source>case changed</source>
        <translation>справу змінено</translation>
    </message>
    <message>
        <source>case file exported</source>
        <translation>матеріали справи експортовано</translation>
    </message>
    <message>
        <source>update accepted</source>
        <translation>оновлення прийнято</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>розбіжність розв’язано</translation>
    </message>
    <message>
        <source>person added</source>
        <translation>особу додано</translation>
    </message>
    <message>
        <source>person changed</source>
        <translation>дані особи змінено</translation>
    </message>
    <message>
        <source>person removed</source>
        <translation>особу видалено</translation>
    </message>
    <message>
        <source>interview added</source>
        <translation>інтерв’ю додано</translation>
    </message>
    <message>
        <source>interview saved</source>
        <translation>інтерв’ю збережено</translation>
    </message>
    <message>
        <source>interview status changed</source>
        <translation>статус інтерв’ю змінено</translation>
    </message>
    <message>
        <source>deadline added</source>
        <translation>строк додано</translation>
    </message>
    <message>
        <source>deadline changed</source>
        <translation>строк змінено</translation>
    </message>
    <message>
        <source>deadline removed</source>
        <translation>строк видалено</translation>
    </message>
    <message>
        <source>attachment added</source>
        <translation>вкладення додано</translation>
    </message>
    <message>
        <source>attachment changed</source>
        <translation>вкладення змінено</translation>
    </message>
    <message>
        <source>attachment removed</source>
        <translation>вкладення видалено</translation>
    </message>
    <message>
        <source>attachment replaced</source>
        <translation>вкладення замінено</translation>
    </message>
    <message>
        <source>attachment copy saved</source>
        <translation>копію вкладення збережено</translation>
    </message>
    <message>
        <source>text marked for redaction</source>
        <translation>текст позначено для приховування</translation>
    </message>
    <message>
        <source>redaction mark removed</source>
        <translation>позначку для приховування знято</translation>
    </message>
    <message>
        <source>consent overridden</source>
        <translation>перевірку згоди скасовано</translation>
    </message>
    <message>
        <source>redaction suggestion dismissed</source>
        <translation>пропозицію приховати відхилено</translation>
    </message>
    <message>
        <source>bundle exported</source>
        <translation>пакет експортовано</translation>
    </message>
    <message>
        <source>bundle imported</source>
        <translation>пакет імпортовано</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>imported from {name}</source>
        <translation>імпортовано з {name}</translation>
    </message>
    <message>
        <source>from a bundle</source>
        <translation>з пакета</translation>
    </message>
    <message>
        <source>done</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не виконано</translation>
    </message>
</context>
</TS>
