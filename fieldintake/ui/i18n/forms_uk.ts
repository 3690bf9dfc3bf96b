<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не збережено: {reason}</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Зміни ще не збережено</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Збережено о {time}</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Змін немає</translation>
    </message>
    <message>
        <source>answers not saved: {count}, see the marked fields</source>
        <translation>не збережено відповідей: {count}, див. позначені поля</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Marked as {kind}. To change its kind, choose another one under Kind.</source>
        <translation>Позначено як «{kind}». Щоб змінити вид, виберіть інший у полі «Вид».</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Не змінено: {reason}</translation>
    </message>
    <message>
        <source>Marked for redaction as {kind}: “{text}”. Its kind can be changed in the Narrative tab.</source>
        <translation>Позначено для приховання як «{kind}»: «{text}». Вид позначки можна змінити на вкладці «Розповідь».</translation>
    </message>
    <message>
        <source>This answer never appears in a redacted summary: there is nothing to mark in it.</source>
        <translation>Ця відповідь ніколи не потрапляє до знеособленого підсумку: у ній нічого позначати.</translation>
    </message>
    <message>
        <source>Select words in a text answer (also one in an entry) to mark them for redaction.</source>
        <translation>Виділіть слова в текстовій відповіді (також у записі), щоб позначити їх для приховання.</translation>
    </message>
    <message>
        <source>Sections of the form</source>
        <translation>Розділи анкети</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>РРРР-ММ-ДД, РРРР-ММ або РРРР</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>РРРР-ММ-ДД ГГ:ХХ</translation>
    </message>
    <message>
        <source>local time (UTC{offset})</source>
        <translation>місцевий час (UTC{offset})</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— немає відповіді —</translation>
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
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Chosen; Delete removes the selected one</source>
        <translation>Вибрано; клавіша Delete прибирає виділене</translation>
    </message>
    <message>
        <source>Select the words to mark first.</source>
        <translation>Спершу виділіть слова, які треба позначити.</translation>
    </message>
    <message>
        <source>Not marked: {reason}</source>
        <translation>Не позначено: {reason}</translation>
    </message>
    <message>
        <source>Not marked: the text was not found.</source>
        <translation>Не позначено: текст не знайдено.</translation>
    </message>
    <message>
        <source>Not removed: {reason}</source>
        <translation>Не видалено: {reason}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ім’я</translation>
    </message>
    <message>
        <source>place</source>
        <translation>місце</translation>
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
        <translation>інше</translation>
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
        <translation>Позначити для приховування</translation>
    </message>
    <message>
        <source>&amp;Mark for redaction (Ctrl+M)</source>
        <translation>&amp;Позначити для приховування (Ctrl+M)</translation>
    </message>
    <message>
        <source>Marked for redaction:</source>
        <translation>Позначено для приховування:</translation>
    </message>
    <message>
        <source>&amp;Remove mark</source>
        <translation>&amp;Зняти позначку</translation>
    </message>
    <message>
        <source>Text of the interview</source>
        <translation>Текст інтерв’ю</translation>
    </message>
    <message>
        <source>Interview {number}: {field}</source>
        <translation>Інтерв’ю {number}: {field}</translation>
    </message>
    <message>
        <source>Add at least one entry.</source>
        <translation>Додайте хоча б один запис.</translation>
    </message>
    <message>
        <source>This answer is required.</source>
        <translation>Ця відповідь обов’язкова.</translation>
    </message>
    <message>
        <source>Not recognised as a phone number; it is kept as typed.</source>
        <translation>Не схоже на номер телефону; збережено, як введено.</translation>
    </message>
    <message>
        <source>Check the year.</source>
        <translation>Перевірте рік.</translation>
    </message>
    <message>
        <source>Not a date: write YYYY-MM-DD, or YYYY-MM or YYYY if the day is not known.</source>
        <translation>Це не дата: пишіть РРРР-ММ-ДД, або РРРР-ММ чи РРРР, якщо день невідомий.</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD, e.g. 2026-02-28.</source>
        <translation>Це не дата: пишіть РРРР-ММ-ДД, наприклад 2026-02-28.</translation>
    </message>
    <message>
        <source>Not a date and time: write it as YYYY-MM-DD HH:MM, in local time.</source>
        <translation>Це не дата й час: пишіть РРРР-ММ-ДД ГГ:ХХ, за місцевим часом.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Це не число.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Виберіть країну зі списку.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Виберіть мову зі списку.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>обов’язково</translation>
    </message>
    <message>
        <source>identifying: never shared</source>
        <translation>ідентифікаційне: не передається</translation>
    </message>
    <message>
        <source>Points to a person. Never appears in a redacted summary.</source>
        <translation>Указує на людину. Ніколи не потрапляє до знеособленої довідки.</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>чутливе</translation>
    </message>
    <message>
        <source>Shared only with audiences the client consented to.</source>
        <translation>Передається лише тим, на кого клієнт дав згоду.</translation>
    </message>
    <message>
        <source>Entry {number}</source>
        <translation>Запис {number}</translation>
    </message>
    <message>
        <source>Remove entry {number}</source>
        <translation>Видалити запис {number}</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Додати запис</translation>
    </message>
    <message>
        <source>Add an entry to {group}</source>
        <translation>Додати запис до розділу «{group}»</translation>
    </message>
</context>
</TS>
