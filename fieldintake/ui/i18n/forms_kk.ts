<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>SaveStatus</name>
    <message>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Сақталмады: {reason}</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Өзгерістер әлі сақталмаған</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Сақталды: {time}</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Өзгеріс жоқ</translation>
    </message>
    <message>
        <source>answers not saved: {count}, see the marked fields</source>
        <translation>сақталмаған жауаптар: {count}, белгіленген өрістерді қараңыз</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Marked as {kind}. To change its kind, choose another one under Kind.</source>
        <translation>«{kind}» ретінде белгіленді. Түрін өзгерту үшін «Түрі» өрісінен басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>Not changed: {reason}</source>
        <translation>Өзгертілмеді: {reason}</translation>
    </message>
    <message>
        <source>Marked for redaction as {kind}: “{text}”. Its kind can be changed in the Narrative tab.</source>
        <translation>Жасыру үшін «{kind}» ретінде белгіленді: «{text}». Белгі түрін «Баяндау» қойындысында өзгертуге болады.</translation>
    </message>
    <message>
        <source>This answer never appears in a redacted summary: there is nothing to mark in it.</source>
        <translation>Бұл жауап иесіздендірілген түйіндемеге ешқашан кірмейді: онда белгілейтін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Select words in a text answer (also one in an entry) to mark them for redaction.</source>
        <translation>Жасыру үшін белгілеу мақсатында мәтіндік жауаптағы (жазбадағы да) сөздерді ерекшелеңіз.</translation>
    </message>
    <message>
        <source>Sections of the form</source>
        <translation>Сауалнама бөлімдері</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ЖЖЖЖ-АА-КК, ЖЖЖЖ-АА немесе ЖЖЖЖ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ЖЖЖЖ-АА-КК СС:ММ</translation>
    </message>
    <message>
        <source>local time (UTC{offset})</source>
        <translation>жергілікті уақыт (UTC{offset})</translation>
    </message>
    <message>
        <source>— not answered —</source>
        <translation>— жауап жоқ —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Chosen; Delete removes the selected one</source>
        <translation>Таңдалды; Delete пернесі белгіленгенін алып тастайды</translation>
    </message>
    <message>
        <source>Select the words to mark first.</source>
        <translation>Алдымен белгіленетін сөздерді ерекшелеңіз.</translation>
    </message>
    <message>
        <source>Not marked: {reason}</source>
        <translation>Белгіленбеді: {reason}</translation>
    </message>
    <message>
        <source>Not marked: the text was not found.</source>
        <translation>Белгіленбеді: мәтін табылмады.</translation>
    </message>
    <message>
        <source>Not removed: {reason}</source>
        <translation>Жойылмады: {reason}</translation>
    </message>
    <message>
        <source>name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <source>place</source>
        <translation>орын</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>document</source>
        <translation>құжат</translation>
    </message>
    <message>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Мәтін:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>Mark for redaction</source>
        <translation>Жасыру үшін белгілеу</translation>
    </message>
    <message>
        <source>&amp;Mark for redaction (Ctrl+M)</source>
        <translation>Жасыру үшін &amp;белгілеу (Ctrl+M)</translation>
    </message>
    <message>
        <source>Marked for redaction:</source>
        <translation>Жасыру үшін белгіленген:</translation>
    </message>
    <message>
        <source>&amp;Remove mark</source>
        <translation>Белгіні &amp;алып тастау</translation>
    </message>
    <message>
        <source>Text of the interview</source>
        <translation>Сұхбат мәтіні</translation>
    </message>
    <message>
        <source>Interview {number}: {field}</source>
        <translation>{number}-сұхбат: {field}</translation>
    </message>
    <message>
        <source>Add at least one entry.</source>
        <translation>Кемінде бір жазба қосыңыз.</translation>
    </message>
    <message>
        <source>This answer is required.</source>
        <translation>Бұл жауап міндетті.</translation>
    </message>
    <message>
        <source>Not recognised as a phone number; it is kept as typed.</source>
        <translation>Телефон нөміріне ұқсамайды; енгізілгендей сақталды.</translation>
    </message>
    <message>
        <source>Check the year.</source>
        <translation>Жылды тексеріңіз.</translation>
    </message>
    <message>
        <source>Not a date: write YYYY-MM-DD, or YYYY-MM or YYYY if the day is not known.</source>
        <translation>Бұл күн емес: ЖЖЖЖ-АА-КК деп жазыңыз, күні белгісіз болса — ЖЖЖЖ-АА немесе ЖЖЖЖ.</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD, e.g. 2026-02-28.</source>
        <translation>Бұл күн емес: ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2026-02-28.</translation>
    </message>
    <message>
        <source>Not a date and time: write it as YYYY-MM-DD HH:MM, in local time.</source>
        <translation>Бұл күн мен уақыт емес: жергілікті уақытпен ЖЖЖЖ-АА-КК СС:ММ түрінде жазыңыз.</translation>
    </message>
    <message>
        <source>Not a number.</source>
        <translation>Бұл сан емес.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Тізімнен елді таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Тізімнен тілді таңдаңыз.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>міндетті</translation>
    </message>
    <message>
        <source>identifying: never shared</source>
        <translation>жеке басын анықтайтын: ешқашан берілмейді</translation>
    </message>
    <message>
        <source>Points to a person. Never appears in a redacted summary.</source>
        <translation>Адамды көрсетеді. Иесіздендірілген анықтамаға ешқашан енбейді.</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>сезімтал</translation>
    </message>
    <message>
        <source>Shared only with audiences the client consented to.</source>
        <translation>Клиент келісім берген алушыларға ғана беріледі.</translation>
    </message>
    <message>
        <source>Entry {number}</source>
        <translation>{number}-жазба</translation>
    </message>
    <message>
        <source>Remove entry {number}</source>
        <translation>{number}-жазбаны жою</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <source>Add an entry to {group}</source>
        <translation>«{group}» бөліміне жазба қосу</translation>
    </message>
</context>
</TS>
