<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Изменения ещё не сохранены</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Изменений нет</translation>
    </message>
    <message>
        <source>answers not saved: {count}, see the marked fields</source>
        <translation>не сохранено ответов: {count}, см. отмеченные поля</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Marked as {kind}. To change its kind, choose another one under Kind.</source>
        <translation>Отмечено как «{kind}». Чтобы изменить вид, выберите другой в поле «Вид».</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Не изменено: {reason}</translation>
    </message>
    <message>
        <source>Marked for redaction as {kind}: “{text}”. Its kind can be changed in the Narrative tab.</source>
        <translation>Отмечено для скрытия как «{kind}»: «{text}». Вид отметки можно изменить на вкладке «Рассказ».</translation>
    </message>
    <message>
        <source>This answer never appears in a redacted summary: there is nothing to mark in it.</source>
        <translation>Этот ответ никогда не попадает в обезличенную сводку: в нём нечего отмечать.</translation>
    </message>
    <message>
        <source>Select words in a text answer (also one in an entry) to mark them for redaction.</source>
        <translation>Выделите слова в текстовом ответе (также в записи), чтобы отметить их для скрытия.</translation>
    </message>
    <message>
        <source>Sections of the form</source>
        <translation>Разделы анкеты</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ГГГГ-ММ-ДД ЧЧ:ММ</translation>
    </message>
    <message>
        <source>local time (UTC{offset})</source>
        <translation>местное время (UTC{offset})</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— нет ответа —</translation>
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
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Chosen; Delete removes the selected one</source>
        <translation>Выбрано; клавиша Delete убирает выделенное</translation>
    </message>
    <message>
        <source>Select the words to mark first.</source>
        <translation>Сначала выделите слова, которые нужно отметить.</translation>
    </message>
    <message>
        <source>Not marked: {reason}</source>
        <translation>Не отмечено: {reason}</translation>
    </message>
    <message>
        <source>Not marked: the text was not found.</source>
        <translation>Не отмечено: текст не найден.</translation>
    </message>
    <message>
        <source>Not removed: {reason}</source>
        <translation>Не удалено: {reason}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Mark for redaction</source>
        <translation>Отметить для скрытия</translation>
    </message>
    <message>
        <source>&amp;Mark for redaction (Ctrl+M)</source>
        <translation>&amp;Отметить для скрытия (Ctrl+M)</translation>
    </message>
    <message>
        <source>Marked for redaction:</source>
        <translation>Отмечено для скрытия:</translation>
    </message>
    <message>
        <source>&amp;Remove mark</source>
        <translation>&amp;Снять отметку</translation>
    </message>
    <message>
        <source>Text of the interview</source>
        <translation>Текст интервью</translation>
    </message>
    <message>
        <source>Interview {number}: {field}</source>
        <translation>Интервью {number}: {field}</translation>
    </message>
    <message>
        <source>Add at least one entry.</source>
        <translation>Добавьте хотя бы одну запись.</translation>
    </message>
    <message>
        <source>This answer is required.</source>
        <translation>Этот ответ обязателен.</translation>
    </message>
    <message>
        <source>Not recognised as a phone number; it is kept as typed.</source>
        <translation>Не похоже на номер телефона; сохранено как введено.</translation>
    </message>
    <message>
        <source>Check the year.</source>
        <translation>Проверьте год.</translation>
    </message>
    <message>
        <source>Not a date: write YYYY-MM-DD, or YYYY-MM or YYYY if the day is not known.</source>
        <translation>Это не дата: пишите ГГГГ-ММ-ДД, или ГГГГ-ММ либо ГГГГ, если день неизвестен.</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD, e.g. 2026-02-28.</source>
        <translation>Это не дата: пишите ГГГГ-ММ-ДД, например 2026-02-28.</translation>
    </message>
    <message>
        <source>Not a date and time: write it as YYYY-MM-DD HH:MM, in local time.</source>
        <translation>Это не дата и время: пишите ГГГГ-ММ-ДД ЧЧ:ММ, по местному времени.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Это не число.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Выберите страну из списка.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Выберите язык из списка.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обязательно</translation>
    </message>
    <message>
        <source>identifying: never shared</source>
        <translation>идентифицирующее: не передаётся</translation>
    </message>
    <message>
        <source>Points to a person. Never appears in a redacted summary.</source>
        <translation>Указывает на человека. Никогда не попадает в обезличенную справку.</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>чувствительное</translation>
    </message>
    <message>
        <source>Shared only with audiences the client consented to.</source>
        <translation>Передаётся только тем, на кого клиент дал согласие.</translation>
    </message>
    <message>
        <source>Entry {number}</source>
        <translation>Запись {number}</translation>
    </message>
    <message>
        <source>Remove entry {number}</source>
        <translation>Удалить запись {number}</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Add an entry to {group}</source>
        <translation>Добавить запись в раздел «{group}»</translation>
    </message>
</context>
</TS>
