<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Құпиялылық деңгейі</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No attachment selected.</source>
        <translation>Тіркеме таңдалмаған.</translation>
    </message>
    <message>
        <source>No preview for this type of file.</source>
        <translation>Бұл файл түрін алдын ала қарау мүмкін емес.</translation>
    </message>
    <message>
        <source>Loading the preview…</source>
        <translation>Алдын ала қарау жүктелуде…</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>камера</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>түсірілген</translation>
    </message>
    <message>
        <source>GPS position</source>
        <translation>GPS координаттары</translation>
    </message>
    <message>
        <source>author</source>
        <translation>авторы</translation>
    </message>
    <message>
        <source>software</source>
        <translation>бағдарлама</translation>
    </message>
    <message>
        <source>This photo records: {what}.</source>
        <translation>Бұл фотосуретте жазылған: {what}.</translation>
    </message>
    <message>
        <source>Warning: it reveals the place where it was taken. The case file keeps the photo unchanged and lists this on its exhibit page.</source>
        <translation>Назар аударыңыз: фотосурет түсірілген жерді ашып көрсетеді. Іс материалдарында фотосурет өзгеріссіз сақталады, ал бұл мәліметтер қосымша бетінде көрсетіледі.</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Бұл кескінді көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>No preview.</source>
        <translation>Алдын ала қарау жоқ.</translation>
    </message>
    <message>
        <source>Add attachments</source>
        <translation>Тіркемелер қосу</translation>
    </message>
    <message>
        <source>Adding attachments…</source>
        <translation>Тіркемелер қосылуда…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Көшірмесін сақтау</translation>
    </message>
    <message>
        <source>Saving a copy…</source>
        <translation>Көшірмесі сақталуда…</translation>
    </message>
    <message>
        <source>Remove “{name}” from the case? Its file is destroyed in this vault; the history keeps its name and SHA-256.</source>
        <translation>«{name}» істен алынып тасталсын ба? Оның файлы осы қоймада жойылады; тарихта атауы мен SHA-256 мәні сақталады.</translation>
    </message>
    <message>
        <source>Removing the attachment…</source>
        <translation>Қосымша жойылуда…</translation>
    </message>
    <message>
        <source>Replace “{name}”</source>
        <translation>«{name}» ауыстыру</translation>
    </message>
    <message>
        <source>Replace “{old}” by “{new}”? The description and sensitivity stay; the old file is destroyed in this vault and the history keeps its name and SHA-256. To keep the old file too, add the new one instead.</source>
        <translation>«{old}» файлы «{new}» файлымен ауыстырылсын ба? Сипаттамасы мен құпиялылық деңгейі сақталады; ескі файл осы қоймада жойылады, ал тарихта оның атауы мен SHA-256 мәні қалады. Ескі файлды да сақтау үшін жаңасын бөлек қосымша ретінде қосыңыз.</translation>
    </message>
    <message>
        <source>Replacing the attachment…</source>
        <translation>Қосымша ауыстырылуда…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Тіркемелер</translation>
    </message>
    <message>
        <source>Drop files here to add them</source>
        <translation>Қосу үшін файлдарды осында сүйреңіз</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Қосу…</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Көшірмесін &amp;сақтау…</translation>
    </message>
    <message>
        <source>Re&amp;place…</source>
        <translation>&amp;Ауыстыру…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Көшірмесін сақтау…</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ауыстыру…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>Copy the SHA-256 (cleared from the clipboard after a while)</source>
        <translation>SHA-256 көшіру (алмасу буфері біраздан кейін тазартылады)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Se&amp;nsitivity:</source>
        <translation>Құпиялылық &amp;деңгейі:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>С&amp;ипаттамасы:</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>Файлдың SHA-256 мәні</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Unresolved conflicts: {n}</source>
        <extracomment>What each read-only tab shows of a case: a change to one of these kinds refreshes it while it is in front.</extracomment>
        <translation>Шешілмеген қайшылықтар: {n}</translation>
    </message>
    <message>
        <source>Held updates: {n}</source>
        <translation>Кідіртілген жаңартулар: {n}</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({n})</source>
        <translation>&amp;Қайшылықтар ({n})</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Қайшылықтар</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Back to the list of cases (Alt+Left)</source>
        <translation>Істер тізіміне оралу (Alt+Солға)</translation>
    </message>
    <message>
        <source>Back to the list of cases</source>
        <translation>Істер тізіміне оралу</translation>
    </message>
    <message>
        <source>Parts of the case</source>
        <translation>Іс бөлімдері</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Export this case: PDF, redacted summary or bundle (Ctrl+E)</source>
        <translation>Істі экспорттау: PDF, иесіздендірілген анықтама немесе пакет (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Шолу</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Сұхбаттар</translation>
    </message>
    <message>
        <source>&amp;Narrative</source>
        <translation>&amp;Баяндау</translation>
    </message>
    <message>
        <source>Attach&amp;ments</source>
        <translation>&amp;Тіркемелер</translation>
    </message>
    <message>
        <source>Time&amp;line</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Т&amp;арих</translation>
    </message>
    <message>
        <source>Handed o&amp;ver</source>
        <translation>Б&amp;ерілгендер</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Searching…</source>
        <translation>Іздеу…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>⚠ {reference} (conflicts)</source>
        <translation>⚠ {reference} (қайшылықтар)</translation>
    </message>
    <message>
        <source>This case has unresolved conflicts: open it to settle them.</source>
        <translation>Бұл істе шешілмеген қайшылықтар бар: оларды шешу үшін істі ашыңыз.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Жақын мерзім</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Сәйкестік</translation>
    </message>
    <message>
        <source>Removal in</source>
        <translation>Шығарып жібергенге дейін</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>{hours} сағ бұрын</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} сағ</translation>
    </message>
    <message>
        <source>{when} (overdue)</source>
        <translation>{when} (мерзімі өткен)</translation>
    </message>
    <message>
        <source>Matches: {count}</source>
        <translation>Сәйкестіктер: {count}</translation>
    </message>
    <message>
        <source>Cases: {count}</source>
        <translation>Істер: {count}</translation>
    </message>
    <message>
        <source>Search names, notes and answers (Ctrl+F)</source>
        <translation>Аттар, жазбалар және жауаптар бойынша іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Істерді іздеу</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Жаңа іс</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Жаңа іс (Ctrl+N)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>Ш&amp;ұғылдығы:</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>&amp;Белгі:</translation>
    </message>
    <message>
        <source>&amp;Deadline within:</source>
        <translation>М&amp;ерзімі ішінде:</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Белгі</translation>
    </message>
    <message>
        <source>all</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>кез келген уақыт</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} күн</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>From {name}, {when}</source>
        <translation>Жіберуші: {name}, {when}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(жоқ)</translation>
    </message>
    <message>
        <source>{item}
  here: {here}
  theirs: {theirs}</source>
        <translation>{item}
  мұнда: {here}
  оларда: {theirs}</translation>
    </message>
    <message>
        <source>Version {n}: {who}, {when}</source>
        <translation>{n}-нұсқа: {who}, {when}</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(жойылған)</translation>
    </message>
    <message>
        <source>Version {n}</source>
        <translation>{n}-нұсқа</translation>
    </message>
    <message>
        <source>Keep version {n}</source>
        <translation>{n}-нұсқаны қалдыру</translation>
    </message>
    <message>
        <source>This value is structured: edit it as JSON.</source>
        <translation>Бұл құрама мән: оны JSON пішімінде өзгертіңіз.</translation>
    </message>
    <message>
        <source>These items were changed differently here and elsewhere. Until you settle them, the case shows one version and its PDFs say it has unresolved conflicts. Keep one version, or edit the value and keep that: your choice travels with the next hand-over.</source>
        <translation>Бұл элементтер мұнда және басқа жерде әртүрлі өзгертілген. Оларды реттегенше іс бір нұсқаны көрсетеді, ал PDF құжаттарында шешілмеген қайшылықтар бар екені айтылады. Бір нұсқаны қалдырыңыз немесе мәнді өзгертіп, соны қалдырыңыз: таңдауыңыз келесі берумен бірге жіберіледі.</translation>
    </message>
    <message>
        <source>No unresolved conflicts.</source>
        <translation>Шешілмеген қайшылықтар жоқ.</translation>
    </message>
    <message>
        <source>Items in conflict</source>
        <translation>Қайшылығы бар элементтер</translation>
    </message>
    <message>
        <source>&amp;Edited value:</source>
        <translation>Ө&amp;згертілген мән:</translation>
    </message>
    <message>
        <source>&amp;Use the edited value</source>
        <translation>Өзгертілген мәнді &amp;қабылдау</translation>
    </message>
    <message>
        <source>Held updates: this case arrived from someone it was never sent to or received from, so their changes were not applied. Look at what would change; accept only if you trust them with this case (changes made on both sides then become conflicts).</source>
        <translation>Кідіртілген жаңартулар: бұл іс оны ешқашан жібермеген және одан алмаған адамнан келді, сондықтан оның өзгерістері қолданылмады. Не өзгеретінін қараңыз; бұл істі оған сеніп тапсыра алсаңыз ғана қабылдаңыз (екі жақта жасалған өзгерістер кейін қайшылыққа айналады).</translation>
    </message>
    <message>
        <source>Held updates</source>
        <translation>Кідіртілген жаңартулар</translation>
    </message>
    <message>
        <source>What the held update would change</source>
        <translation>Кідіртілген жаңарту нені өзгертеді</translation>
    </message>
    <message>
        <source>&amp;Accept this update</source>
        <translation>&amp;Бұл жаңартуды қабылдау</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Edit deadline</source>
        <translation>Мерзімді өзгерту</translation>
    </message>
    <message>
        <source>at</source>
        <translation>сағат</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Түрі:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Мерзімі:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Жазбалар:</translation>
    </message>
    <message>
        <source>Deadline title</source>
        <translation>Мерзім атауы</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Мерзім күні</translation>
    </message>
    <message>
        <source>Due time, local</source>
        <translation>Мерзім уақыты, жергілікті</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Due</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Іс атауы</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>{when} (overdue)</source>
        <translation>{when} (мерзімі өткен)</translation>
    </message>
    <message>
        <source>Deadlines: {count}</source>
        <translation>Мерзімдер: {count}</translation>
    </message>
    <message>
        <source>&amp;Due within:</source>
        <translation>&amp;Мерзімі ішінде:</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} күн</translation>
    </message>
    <message>
        <source>Deadlines across cases</source>
        <translation>Барлық істер бойынша мерзімдер</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Нысан</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Бұрын</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Көзі</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кім</translation>
    </message>
    <message>
        <source>&amp;Changes, newest first:</source>
        <translation>Ө&amp;згерістер, алдымен жаңалары:</translation>
    </message>
    <message>
        <source>&amp;Audit log entries for this case:</source>
        <translation>Осы іс бойынша &amp;аудит журналының жазбалары:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Өзгерістер</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Аудит журналының жазбалары</translation>
    </message>
</context>
<context>
    <name>InterviewSummary</name>
    <message>
        <source>Question</source>
        <translation>Сұрақ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Жауаптар</translation>
    </message>
    <message>
        <source>The interview form is not available here yet: the answers are read-only.</source>
        <translation>Сұхбат нысаны мұнда әзірге қолжетімсіз: жауаптарды тек оқуға болады.</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>Interview</source>
        <extracomment>Below this width the tab folds the list of interviews away: the form needs the room (issue 16).</extracomment>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Өзгертілген</translation>
    </message>
    <message>
        <source>Hide the list</source>
        <translation>Тізімді жасыру</translation>
    </message>
    <message>
        <source>Show the list of interviews</source>
        <translation>Сұхбаттар тізімін көрсету</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Сұхбаттар</translation>
    </message>
    <message>
        <source>Template for a new interview</source>
        <translation>Жаңа сұхбат үлгісі</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>&amp;Жаңа сұхбат</translation>
    </message>
    <message>
        <source>Mark &amp;complete</source>
        <translation>&amp;Аяқталды деп белгілеу</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Алынғаны расталды</translation>
    </message>
    <message>
        <source>no receipt yet</source>
        <translation>әлі расталмаған</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>case file (PDF)</source>
        <translation>іс материалдары (PDF)</translation>
    </message>
    <message>
        <source>redacted summary</source>
        <translation>иесіздендірілген анықтама</translation>
    </message>
    <message>
        <source>case file (JSON)</source>
        <translation>іс (JSON)</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>тіркеме</translation>
    </message>
    <message>
        <source>urgent request (PDF)</source>
        <translation>шұғыл өтініш (PDF)</translation>
    </message>
    <message>
        <source>{what} for {audience}</source>
        <translation>{audience} үшін {what}</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>иесіздендірілген</translation>
    </message>
    <message>
        <source>full case</source>
        <translation>толық іс</translation>
    </message>
    <message>
        <source>Everything of this case that left the vault, newest first. A bundle is acknowledged when its recipient&apos;s signed receipt arrives.</source>
        <translation>Бұл істің қоймадан шыққанының бәрі, алдымен жаңалары. Алушының қол қойылған түбіртегі келгенде пакеттің алынғаны расталады.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Берілгендер</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Іс атауы</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <source>&amp;Start an interview with:</source>
        <translation>Сұхбатты мына үлгімен &amp;бастау:</translation>
    </message>
    <message>
        <source>Interview template</source>
        <translation>Сұхбат үлгісі</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Құру</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>Ш&amp;ұғылдығы:</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Role</source>
        <extracomment>What the tab shows of a case.</extracomment>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Латынша</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кім болып келеді</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>interview answer</source>
        <translation>сұхбат жауабы</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>қолмен енгізілген</translation>
    </message>
    <message>
        <source>interview {numbers}</source>
        <translation>сұхбат {numbers}</translation>
    </message>
    <message>
        <source>interviews {numbers}</source>
        <translation>сұхбаттар {numbers}</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <source>Removal in {hours} hours ({when})</source>
        <translation>Шығарып жіберуге {hours} сағ қалды ({when})</translation>
    </message>
    <message>
        <source>Removal was due {hours} hours ago ({when})</source>
        <translation>Шығарып жіберу {hours} сағ бұрын белгіленген еді ({when})</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Сақталды</translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation>Сақталмаған өзгерістер бар…</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Сақталмады: {reason}</translation>
    </message>
    <message>
        <source>Remove this person from the case? The history keeps what was there.</source>
        <translation>Бұл адамды істен алып тастау керек пе? Бұрынғы жазба тарихта сақталады.</translation>
    </message>
    <message>
        <source>Remove this deadline?</source>
        <translation>Бұл мерзімді жою керек пе?</translation>
    </message>
    <message>
        <source>Named in an interview: opens the interview to change it there</source>
        <translation>Сұхбатта аталған: өзгерту үшін сол сұхбатты ашады</translation>
    </message>
    <message>
        <source>Mark &amp;open</source>
        <translation>Аш&amp;ық деп белгілеу</translation>
    </message>
    <message>
        <source>Mark d&amp;one</source>
        <translation>&amp;Орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Нөмірі:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Мәртебесі:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>Ш&amp;ұғылдығы:</translation>
    </message>
    <message>
        <source>T&amp;ags (comma-separated):</source>
        <translation>&amp;Белгілер (үтір арқылы):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Жазба&amp;лар:</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Іс атауы</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Іс бойынша жазбалар</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>А&amp;дам қосу…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өзгерту…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>Add &amp;deadline…</source>
        <translation>Мерзім қос&amp;у…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ө&amp;згерту…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Жо&amp;ю</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>Адам</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Адам деректерін өзгерту</translation>
    </message>
    <message>
        <source>known</source>
        <translation>белгілі</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>&amp;Name (native script):</source>
        <translation>&amp;Аты-жөні (түпнұсқа жазуымен):</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters:</source>
        <translation>&amp;Латын әрпімен аты:</translation>
    </message>
    <message>
        <source>&amp;Aliases (one per line):</source>
        <translation>&amp;Басқа аттары (әр жолға біреуден):</translation>
    </message>
    <message>
        <source>R&amp;elation:</source>
        <translation>&amp;Кім болып келеді:</translation>
    </message>
    <message>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Туған күні:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Жазбалар:</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>Түпнұсқа жазуымен аты-жөні</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Латын әрпімен аты</translation>
    </message>
    <message>
        <source>Aliases, one per line</source>
        <translation>Басқа аттары, әр жолға біреуден</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>deadline</source>
        <translation>мерзім</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Көзі</translation>
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
        <translation>іс</translation>
    </message>
    <message>
        <source>person</source>
        <translation>адам</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>сұхбат</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>мерзім</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>тіркеме</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>сәйкессіздік</translation>
    </message>
    <message>
        <source>redaction mark</source>
        <translation>жасыру белгісі</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>бума</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Шұғылдығы</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Белгілер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Латын әрпімен аты</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Басқа есімдері</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Файл аты</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Файл түрі</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылды</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Құпиялылығы</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Сұхбат</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>іс</translation>
    </message>
    <message>
        <source>the person</source>
        <translation>адам</translation>
    </message>
    <message>
        <source>the deadline</source>
        <translation>мерзім</translation>
    </message>
    <message>
        <source>the attachment</source>
        <translation>тіркеме</translation>
    </message>
    <message>
        <source>case created</source>
        <translation>іс құрылды</translation>
    </message>
    <message>
        <source>case changed</source>
        <translation>іс өзгертілді</translation>
    </message>
    <message>
        <source>case file exported</source>
        <translation>іс материалдары экспортталды</translation>
    </message>
    <message>
        <source>update accepted</source>
        <translation>жаңарту қабылданды</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>сәйкессіздік шешілді</translation>
    </message>
    <message>
        <source>person added</source>
        <translation>адам қосылды</translation>
    </message>
    <message>
        <source>person changed</source>
        <translation>адам деректері өзгертілді</translation>
    </message>
    <message>
        <source>person removed</source>
        <translation>адам жойылды</translation>
    </message>
    <message>
        <source>interview added</source>
        <translation>сұхбат қосылды</translation>
    </message>
    <message>
        <source>interview saved</source>
        <translation>сұхбат сақталды</translation>
    </message>
    <message>
        <source>interview status changed</source>
        <translation>сұхбат мәртебесі өзгертілді</translation>
    </message>
    <message>
        <source>deadline added</source>
        <translation>мерзім қосылды</translation>
    </message>
    <message>
        <source>deadline changed</source>
        <translation>мерзім өзгертілді</translation>
    </message>
    <message>
        <source>deadline removed</source>
        <translation>мерзім жойылды</translation>
    </message>
    <message>
        <source>attachment added</source>
        <translation>тіркеме қосылды</translation>
    </message>
    <message>
        <source>attachment changed</source>
        <translation>тіркеме өзгертілді</translation>
    </message>
    <message>
        <source>attachment removed</source>
        <translation>тіркеме жойылды</translation>
    </message>
    <message>
        <source>attachment replaced</source>
        <translation>тіркеме ауыстырылды</translation>
    </message>
    <message>
        <source>attachment copy saved</source>
        <translation>тіркеме көшірмесі сақталды</translation>
    </message>
    <message>
        <source>text marked for redaction</source>
        <translation>мәтін жасыруға белгіленді</translation>
    </message>
    <message>
        <source>redaction mark removed</source>
        <translation>жасыру белгісі алынды</translation>
    </message>
    <message>
        <source>consent overridden</source>
        <translation>келісім тексеруі айналып өтілді</translation>
    </message>
    <message>
        <source>redaction suggestion dismissed</source>
        <translation>жасыру ұсынысы қабылданбады</translation>
    </message>
    <message>
        <source>bundle exported</source>
        <translation>бума экспортталды</translation>
    </message>
    <message>
        <source>bundle imported</source>
        <translation>бума импортталды</translation>
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
        <source>imported from {name}</source>
        <translation>{name} файлынан импортталды</translation>
    </message>
    <message>
        <source>from a bundle</source>
        <translation>бумадан</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>орындалмады</translation>
    </message>
</context>
</TS>
