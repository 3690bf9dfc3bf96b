<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Re&amp;place…</source>
        <translation>За&amp;менить…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Заменить…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Remove “{name}” from the case? Its file is destroyed in this vault; the history keeps its name and SHA-256.</source>
        <translation>Удалить «{name}» из дела? Файл будет уничтожен в этом хранилище; в истории останутся его имя и SHA-256.</translation>
    </message>
    <message>
        <source>Removing the attachment…</source>
        <translation>Удаление вложения…</translation>
    </message>
    <message>
        <source>Replace “{name}”</source>
        <translation>Заменить «{name}»</translation>
    </message>
    <message>
        <source>Replace “{old}” by “{new}”? The description and sensitivity stay; the old file is destroyed in this vault and the history keeps its name and SHA-256. To keep the old file too, add the new one instead.</source>
        <translation>Заменить «{old}» на «{new}»? Описание и степень чувствительности сохранятся; старый файл будет уничтожен в этом хранилище, а в истории останутся его имя и SHA-256. Чтобы сохранить и старый файл, добавьте новый как отдельное вложение.</translation>
    </message>
    <message>
        <source>Replacing the attachment…</source>
        <translation>Замена вложения…</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>снято</translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>координаты GPS</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>software</source>
        <translation>программа</translation>
    </message>
    <message>
        <source>This photo records: {what}.</source>
        <translation>В этой фотографии записано: {what}.</translation>
    </message>
    <message>
        <source>Warning: it reveals the place where it was taken. The case file keeps the photo unchanged and lists this on its exhibit page.</source>
        <translation>Внимание: она выдаёт место, где снята. В материалах дела фотография остаётся без изменений, а эти сведения указаны на странице приложения.</translation>
    </message>
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
        <translation>Размер</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No attachment selected.</source>
        <translation>Вложение не выбрано.</translation>
    </message>
    <message>
        <source>No preview for this type of file.</source>
        <translation>Для этого типа файлов нет предпросмотра.</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Загрузка предпросмотра…</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Это изображение нельзя показать.</translation>
    </message>
    <message>
        <source>No preview.</source>
        <translation>Нет предпросмотра.</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Добавить вложения</translation>
    </message>
    <message>
        <source>Adding attachments…</source>
        <translation>Добавление вложений…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Сохранение копии…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Drop files here to add them</source>
        <translation>Перетащите сюда файлы, чтобы добавить их</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Сохранить копию…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the SHA-256 (cleared from the clipboard after a while)</source>
        <translation>Скопировать SHA-256 (через некоторое время буфер обмена будет очищен)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity:</source>
        <translation>&amp;Чувствительность:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 файла</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Unresolved conflicts: {n}</source>
        <extracomment>What each read-only tab shows of a case: a change to one of these kinds refreshes it while it is in front.</extracomment>
        <translation>Неразрешённые расхождения: {n}</translation>
    </message>
    <message>
        <source>Held updates: {n}</source>
        <translation>Отложенные обновления: {n}</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({n})</source>
        <translation>&amp;Расхождения ({n})</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Расхождения</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Back to the list of cases (Alt+Left)</source>
        <translation>Назад к списку дел (Alt+Влево)</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Назад к списку дел</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Разделы дела</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export this case: PDF, redacted summary or bundle (Ctrl+E)</source>
        <translation>Экспорт дела: PDF, обезличенная справка или пакет (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Интервью</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>&amp;Вложения</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Рассказ</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>И&amp;стория</translation>
    </message>
    <message>
        <source>Handed o&amp;ver</source>
        <translation>&amp;Передачи</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Removal in</source>
        <translation>До выдворения</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} ч</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>{hours} ч назад</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>⚠ {reference} (conflicts)</source>
        <translation>⚠ {reference} (расхождения)</translation>
    </message>
    <message>
        <source>This case has unresolved conflicts: open it to settle them.</source>
        <translation>В деле есть неразрешённые расхождения: откройте его, чтобы их устранить.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <source>{when} (overdue)</source>
        <translation>{when} (просрочено)</translation>
    </message>
    <message>
        <source>Matches: {count}</source>
        <translation>Совпадений: {count}</translation>
    </message>
    <message>
        <source>Cases: {count}</source>
        <translation>Дел: {count}</translation>
    </message>
    <message>
        <source>Search names, notes and answers (Ctrl+F)</source>
        <translation>Поиск по именам, заметкам и ответам (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Новое дело (Ctrl+N)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>С&amp;рочность:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>&amp;Deadline within:</source>
        <translation>С&amp;рок в течение:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} дней</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>From {name}, {when}</source>
        <translation>От {name}, {when}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>{item}
  here: {here}
  theirs: {theirs}</source>
        <translation>{item}
  здесь: {here}
  у них: {theirs}</translation>
    </message>
    <message>
        <source>Version {n}: {who}, {when}</source>
        <translation>Версия {n}: {who}, {when}</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(удалено)</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>Версия {n}</translation>
    </message>
    <message>
        <source>Keep version {n}</source>
        <translation>Оставить версию {n}</translation>
    </message>
    <message>
        <source>This value is structured: edit it as JSON.</source>
        <translation>Это составное значение: измените его в формате JSON.</translation>
    </message>
    <message>
        <source>These items were changed differently here and elsewhere. Until you settle them, the case shows one version and its PDFs say it has unresolved conflicts. Keep one version, or edit the value and keep that: your choice travels with the next hand-over.</source>
        <translation>Эти элементы изменены по-разному здесь и в другом месте. Пока вы их не согласуете, в деле показана одна из версий, а в PDF указано, что есть неразрешённые расхождения. Оставьте одну версию или измените значение и оставьте его: ваш выбор уйдёт вместе со следующей передачей.</translation>
    </message>
    <message>
        <source>No unresolved conflicts.</source>
        <translation>Неразрешённых расхождений нет.</translation>
    </message>
    <message>
        <source>Items in conflict</source>
        <translation>Элементы с расхождениями</translation>
    </message>
    <message>
        <source>&amp;Edited value:</source>
        <translation>&amp;Изменённое значение:</translation>
    </message>
    <message>
        <source>&amp;Use the edited value</source>
        <translation>&amp;Принять изменённое значение</translation>
    </message>
    <message>
        <source>Held updates: this case arrived from someone it was never sent to or received from, so their changes were not applied. Look at what would change; accept only if you trust them with this case (changes made on both sides then become conflicts).</source>
        <translation>Отложенные обновления: это дело пришло от человека, которому оно не передавалось и от которого не поступало, поэтому изменения не применены. Посмотрите, что изменится; принимайте, только если доверяете ему это дело (изменения, сделанные с обеих сторон, станут расхождениями).</translation>
    </message>
    <message>
        <source>Held updates</source>
        <translation>Отложенные обновления</translation>
    </message>
    <message>
        <source>What the held update would change</source>
        <translation>Что изменит отложенное обновление</translation>
    </message>
    <message>
        <source>&amp;Accept this update</source>
        <translation>&amp;Принять это обновление</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Edit deadline</source>
        <translation>Изменить срок</translation>
    </message>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Deadline title</source>
        <translation>Название срока</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Дата срока</translation>
    </message>
    <message>
        <source>Due time, local</source>
        <translation>Время срока, местное</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Due</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>{when} (overdue)</source>
        <translation>{when} (просрочено)</translation>
    </message>
    <message>
        <source>Deadlines: {count}</source>
        <translation>Сроков: {count}</translation>
    </message>
    <message>
        <source>&amp;Due within:</source>
        <translation>&amp;Срок в течение:</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>все</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} дней</translation>
    </message>
    <message>
        <source>Deadlines across cases</source>
        <translation>Сроки по всем делам</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>&amp;Changes, newest first:</source>
        <translation>&amp;Изменения, сначала новые:</translation>
    </message>
    <message>
        <source>&amp;Audit log entries for this case:</source>
        <translation>&amp;Записи журнала аудита по этому делу:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Записи журнала аудита</translation>
    </message>
</context>
<context>
    <name>InterviewSummary</name>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>The interview form is not available here yet: the answers are read-only.</source>
        <translation>Форма интервью здесь пока недоступна: ответы только для чтения.</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>Interview</source>
        <extracomment>Below this width the tab folds the list of interviews away: the form needs the room (issue 16).</extracomment>
        <translation>Интервью</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Hide the list</source>
        <translation>Скрыть список</translation>
    </message>
    <message>
        <source>Show the list of interviews</source>
        <translation>Показать список интервью</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <source>Template for a new interview</source>
        <translation>Шаблон нового интервью</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>&amp;Новое интервью</translation>
    </message>
    <message>
        <source>Mark &amp;complete</source>
        <translation>Отметить &amp;завершённым</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Получение подтверждено</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>подтверждения пока нет</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>case file (PDF)</source>
        <translation>материалы дела (PDF)</translation>
    </message>
    <message>
        <source>redacted summary</source>
        <translation>обезличенная справка</translation>
    </message>
    <message>
        <source>case file (JSON)</source>
        <translation>дело (JSON)</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <source>urgent request (PDF)</source>
        <translation>срочный запрос (PDF)</translation>
    </message>
    <message>
        <source>{what} for {audience}</source>
        <translation>{what} для {audience}</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>обезличенное</translation>
    </message>
    <message>
        <source>full case</source>
        <translation>полное дело</translation>
    </message>
    <message>
        <source>Everything of this case that left the vault, newest first. A bundle is acknowledged when its recipient&apos;s signed receipt arrives.</source>
        <translation>Всё из этого дела, что покинуло хранилище, сначала новое. Получение пакета подтверждено, когда приходит подписанная квитанция получателя.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Передачи</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>&amp;Start an interview with:</source>
        <translation>&amp;Начать интервью по шаблону:</translation>
    </message>
    <message>
        <source>Interview template</source>
        <translation>Шаблон интервью</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>С&amp;рочность:</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>interview {numbers}</source>
        <translation>интервью {numbers}</translation>
    </message>
    <message>
        <source>interviews {numbers}</source>
        <translation>интервью {numbers}</translation>
    </message>
    <message>
        <source>Named in an interview: opens the interview to change it there</source>
        <translation>Назван в интервью: открывает интервью, чтобы изменить это там</translation>
    </message>
    <message>
        <source>Removal in {hours} hours ({when})</source>
        <translation>Выдворение через {hours} ч ({when})</translation>
    </message>
    <message>
        <source>Removal was due {hours} hours ago ({when})</source>
        <translation>Выдворение было назначено {hours} ч назад ({when})</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>What the tab shows of a case.</extracomment>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Латиницей</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>interview answer</source>
        <translation>ответ интервью</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>введён вручную</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <source>open</source>
        <translation>не выполнен</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Сохранено</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Есть несохранённые изменения…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>Remove this person from the case? The history keeps what was there.</source>
        <translation>Убрать этого человека из дела? В истории останется прежняя запись.</translation>
    </message>
    <message>
        <source>Remove this deadline?</source>
        <translation>Удалить этот срок?</translation>
    </message>
    <message>
        <source>Mark &amp;open</source>
        <translation>Снять &amp;отметку</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>Отметить &amp;выполненным</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>С&amp;рочность:</translation>
    </message>
    <message>
        <source>T&amp;ags (comma-separated):</source>
        <translation>&amp;Метки (через запятую):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Название дела</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Заметки по делу</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Добавить &amp;человека…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Add &amp;deadline…</source>
        <translation>Добавить с&amp;рок…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Из&amp;менить…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Уд&amp;алить</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Изменить данные человека</translation>
    </message>
    <message>
        <source>known</source>
        <translation>известна</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Name (native script):</source>
        <translation>&amp;Имя (в оригинале):</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters:</source>
        <translation>Имя &amp;латиницей:</translation>
    </message>
    <message>
        <source>&amp;Aliases (one per line):</source>
        <translation>&amp;Другие имена (по одному в строке):</translation>
    </message>
    <message>
        <source>R&amp;elation:</source>
        <translation>&amp;Кем приходится:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Дата рождения:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Имя в оригинале</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>Другие имена, по одному в строке</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>case</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>интервью</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>расхождение</translation>
    </message>
    <message>
        <source>redaction mark</source>
        <translation>пометка для скрытия</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Срочность</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
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
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Тип файла</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>the deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>the attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <source>case created</source>
        <translation>дело создано</translation>
    </message>
    <message>
        <source>case changed</source>
        <translation>дело изменено</translation>
    </message>
    <message>
        <source>case file exported</source>
        <translation>материалы дела выгружены</translation>
    </message>
    <message>
        <source>update accepted</source>
        <translation>обновление принято</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>расхождение разрешено</translation>
    </message>
    <message>
        <source>person added</source>
        <translation>человек добавлен</translation>
    </message>
    <message>
        <source>person changed</source>
        <translation>данные человека изменены</translation>
    </message>
    <message>
        <source>person removed</source>
        <translation>человек удалён</translation>
    </message>
    <message>
        <source>interview added</source>
        <translation>интервью добавлено</translation>
    </message>
    <message>
        <source>interview saved</source>
        <translation>интервью сохранено</translation>
    </message>
    <message>
        <source>interview status changed</source>
        <translation>статус интервью изменён</translation>
    </message>
    <message>
        <source>deadline added</source>
        <translation>срок добавлен</translation>
    </message>
    <message>
        <source>deadline changed</source>
        <translation>срок изменён</translation>
    </message>
    <message>
        <source>deadline removed</source>
        <translation>срок удалён</translation>
    </message>
    <message>
        <source>attachment added</source>
        <translation>вложение добавлено</translation>
    </message>
    <message>
        <source>attachment changed</source>
        <translation>вложение изменено</translation>
    </message>
    <message>
        <source>attachment removed</source>
        <translation>вложение удалено</translation>
    </message>
    <message>
        <source>attachment replaced</source>
        <translation>вложение заменено</translation>
    </message>
    <message>
        <source>attachment copy saved</source>
        <translation>копия вложения сохранена</translation>
    </message>
    <message>
        <source>text marked for redaction</source>
        <translation>текст помечен для скрытия</translation>
    </message>
    <message>
        <source>redaction mark removed</source>
        <translation>пометка для скрытия снята</translation>
    </message>
    <message>
        <source>consent overridden</source>
        <translation>проверка согласия отменена</translation>
    </message>
    <message>
        <source>redaction suggestion dismissed</source>
        <translation>предложение скрыть отклонено</translation>
    </message>
    <message>
        <source>bundle exported</source>
        <translation>пакет выгружен</translation>
    </message>
    <message>
        <source>bundle imported</source>
        <translation>пакет импортирован</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>imported from {name}</source>
        <translation>импортировано из {name}</translation>
    </message>
    <message>
        <source>from a bundle</source>
        <translation>из пакета</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>не выполнено</translation>
    </message>
</context>
</TS>
