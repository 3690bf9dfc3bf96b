<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup</source>
        <translation>Сақтық көшірме</translation>
    </message>
    <message>
        <source>A backup holds the whole vault: every case, interview, attachment, contact and setting, and the audit log. It is encrypted: it opens with your recovery key, and with the contacts you tick below. Keep it away from this computer.</source>
        <translation>Сақтық көшірмеде бүкіл қойма бар: барлық істер, сұхбаттар, тіркемелер, байланыстар, баптаулар және аудит журналы. Ол шифрланған: оны қалпына келтіру кілтіңіз және төменде белгілеген байланыстарыңыз ашады. Оны бұл компьютерден бөлек сақтаңыз.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Көшірме &amp;файлы:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Choose where to write the backup</source>
        <translation>Сақтық көшірмені қайда жазу керектігін таңдау</translation>
    </message>
    <message>
        <source>Also &amp;readable by:</source>
        <translation>Сондай-ақ &amp;аша алатындар:</translation>
    </message>
    <message>
        <source>Contacts who may also open the backup</source>
        <translation>Көшірмені аша алатын басқа байланыстар</translation>
    </message>
    <message>
        <source>Recovery &amp;key (once):</source>
        <translation>Қалпына келтіру &amp;кілті (бір рет):</translation>
    </message>
    <message>
        <source>needed once, to set up backups for this vault</source>
        <translation>бұл қойманың көшірмелерін баптау үшін бір рет керек</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>&amp;Make backup</source>
        <translation>Көшірме &amp;жасау</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Сақтық көшірме жазылуда…</translation>
    </message>
</context>
<context>
    <name>CheckKeyPage</name>
    <message>
        <source>Check your copy</source>
        <translation>Көшірмеңізді тексеріңіз</translation>
    </message>
    <message>
        <source>Type two groups from the paper copy of your recovery key.</source>
        <translation>Қалпына келтіру кілтінің қағаз көшірмесінен екі топты енгізіңіз.</translation>
    </message>
    <message>
        <source>Group &amp;{n}:</source>
        <translation>{n}-&amp;топ:</translation>
    </message>
    <message>
        <source>Group {n}:</source>
        <translation>{n}-топ:</translation>
    </message>
    <message>
        <source>Group {n} of the recovery key</source>
        <translation>Қалпына келтіру кілтінің {n}-тобы</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <source>This part of fieldintake is coming in a later version.</source>
        <translation>fieldintake бағдарламасының бұл бөлімі келесі нұсқалардың бірінде пайда болады.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create your user</source>
        <translation>Пайдаланушыңызды құрыңыз</translation>
    </message>
    <message>
        <source>Everything you record is encrypted with a key that only your passphrase opens. Choose a passphrase you can remember and nobody can guess.</source>
        <translation>Сіз жазатынның бәрі тек құпия фразаңыз ашатын кілтпен шифрланады. Есіңізде қалатын және ешкім таба алмайтын фраза таңдаңыз.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring, so your vault cannot be tied to it: whoever copies the vault folder can try to guess the passphrase offline. Choose a long passphrase, five or more unrelated words.</source>
        <translation>Бұл компьютерде қорғалған кілттер қоймасы жоқ, сондықтан қойманы оған байлау мүмкін емес: қойма қалтасын көшірген адам құпия сөйлемді шектеусіз таңдап көре алады. Ұзын сөйлем таңдаңыз — бір-бірімен байланыссыз бес не одан көп сөз.</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>Пайдаланушы &amp;аты:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Пайдаланушы аты</translation>
    </message>
    <message>
        <source>letters, digits, dots or dashes</source>
        <translation>әріптер, цифрлар, нүктелер немесе сызықшалар</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>Пайдаланушы &amp;құру</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Emergency erase</source>
        <translation>Шұғыл жою</translation>
    </message>
    <message>
        <source>This destroys the keys and every file of {name} on this computer, at once and for ever. The recovery key will not bring anything back.</source>
        <translation>Бұл әрекет осы компьютердегі {name} пайдаланушысының кілттерін және барлық файлдарын бірден әрі біржола жояды. Қалпына келтіру кілті ештеңені қайтармайды.</translation>
    </message>
    <message>
        <source>To confirm, &amp;type the user name:</source>
        <translation>Растау үшін пайдаланушы атын &amp;енгізіңіз:</translation>
    </message>
    <message>
        <source>User name to erase</source>
        <translation>Жойылатын пайдаланушы аты</translation>
    </message>
    <message>
        <source>&amp;Erase for ever</source>
        <translation>&amp;Біржола жою</translation>
    </message>
    <message>
        <source>The name does not match; nothing was erased.</source>
        <translation>Аты сәйкес келмейді; ештеңе жойылмады.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Device binding: on. A secret in this computer&apos;s keyring ({keyring}) is needed with the passphrase, so a copy of the vault folder alone cannot be attacked by guessing.</source>
        <translation>Құрылғыға байлау: қосулы. Құпия сөйлеммен бірге осы компьютердің кілттер қоймасындағы ({keyring}) құпия қажет, сондықтан қойма қалтасының көшірмесін ғана таңдау арқылы бұзу мүмкін емес.</translation>
    </message>
    <message>
        <source>Device binding: off. This system has no secure keyring, so whoever copies the vault folder can try to guess the passphrase offline.</source>
        <translation>Құрылғыға байлау: өшірулі. Бұл жүйеде қорғалған кілттер қоймасы жоқ, сондықтан қойма қалтасын көшірген адам құпия сөйлемді шектеусіз таңдап көре алады.</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>&amp;Көшірмеден қалпына келтіру…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Caseworker&apos;s guide</source>
        <translation>Қызметкер нұсқаулығы</translation>
    </message>
    <message>
        <source>Lawyer&apos;s guide</source>
        <translation>Заңгер нұсқаулығы</translation>
    </message>
    <message>
        <source>This guide is not yet in your language; shown in: {language}.</source>
        <translation>Бұл нұсқаулық әлі сіздің тіліңізде жоқ; көрсетілген тіл: {language}.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Contacts &amp; identity</source>
        <translation>Байланыстар және менің карточкам</translation>
    </message>
    <message>
        <source>Give this card to the people who hand cases over to you. Before trusting a card, compare its fingerprint by phone or in person.</source>
        <translation>Бұл карточканы сізге істерді беретін адамдарға беріңіз. Карточкаға сенбес бұрын оның саусақ ізін телефон арқылы немесе жеке кездесіп салыстырыңыз.</translation>
    </message>
    <message>
        <source>My fingerprint:</source>
        <translation>Менің саусақ ізім:</translation>
    </message>
    <message>
        <source>My &amp;contact card:</source>
        <translation>Менің &amp;байланыс карточкам:</translation>
    </message>
    <message>
        <source>&amp;Copy the card</source>
        <translation>Карточканы &amp;көшіру</translation>
    </message>
    <message>
        <source>My contact card</source>
        <translation>Менің байланыс карточкам</translation>
    </message>
    <message>
        <source>My fingerprint</source>
        <translation>Менің саусақ ізім</translation>
    </message>
    <message>
        <source>My contact card as a QR code</source>
        <translation>QR-код түріндегі байланыс карточкам</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <source>&amp;Search cases</source>
        <translation>Істерді і&amp;здеу</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L; panic: Ctrl+Shift+L)</source>
        <translation>Қазір құлыптау (Ctrl+L; шұғыл: Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Lock and &amp;quit</source>
        <translation>Құлыптап, шы&amp;ғу</translation>
    </message>
    <message>
        <source>&amp;About fieldintake</source>
        <translation>fieldintake &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Caseworker&apos;s guide</source>
        <translation>Қызметкер &amp;нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;Lawyer&apos;s guide</source>
        <translation>&amp;Заңгер нұсқаулығы</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімі</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Сақтық көшірме…</translation>
    </message>
    <message>
        <source>Border &amp;mode…</source>
        <translation>&amp;Шекара режимі…</translation>
    </message>
    <message>
        <source>Unlocked as {name}</source>
        <translation>Құлып ашылды: {name}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Ағымдағы бөлім</translation>
    </message>
    <message>
        <source>Locking in {seconds} s — move the mouse or press a key to stay</source>
        <translation>{seconds} с кейін құлыпталады — қалу үшін тінтуірді жылжытыңыз немесе пернені басыңыз</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Қа&amp;йталаңыз:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Сенімділігі:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Құпия фразаның сенімділігі</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>өте әлсіз</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>әлсіз</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>орташа</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>сенімді</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>өте сенімді</translation>
    </message>
    <message>
        <source>At least 12 characters; a few unrelated words work well.</source>
        <translation>Кемінде 12 таңба; өзара байланыссыз бірнеше сөз жақсы жарайды.</translation>
    </message>
    <message>
        <source>{word} ({score} of 4; {needed} needed).</source>
        <translation>{word} (4-тен {score}; {needed} керек).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover with the recovery key</source>
        <translation>Қалпына келтіру кілтімен қалпына келтіру</translation>
    </message>
    <message>
        <source>Type the recovery key of {name} from your paper copy (dashes and spaces do not matter), then choose a new passphrase.</source>
        <translation>{name} пайдаланушысының қалпына келтіру кілтін қағаз көшірмеден енгізіңіз (сызықшалар мен бос орындардың маңызы жоқ), содан кейін жаңа құпия фраза таңдаңыз.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Қалпына келтіру &amp;кілті:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase</source>
        <translation>Жаңа құпия фразаны &amp;орнату</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Қалпына келтіру кілтіңіз</translation>
    </message>
    <message>
        <source>Write this key on paper and keep it apart from this computer. It opens your vault if you forget the passphrase. It is shown only now; nobody, not even the developers, can show it again.</source>
        <translation>Бұл кілтті қағазға жазып, компьютерден бөлек сақтаңыз. Құпия фразаны ұмытсаңыз, ол қоймаңызды ашады. Ол тек қазір көрсетіледі; ешкім, тіпті әзірлеушілер де, оны қайта көрсете алмайды.</translation>
    </message>
    <message>
        <source>C&amp;opy (cleared after 30 seconds)</source>
        <translation>&amp;Көшіру (30 секундтан кейін өшіріледі)</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Қалпына келтіру кілтін көшіру</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>Қалпына келтіру кілтін &amp;жазып алдым</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Bring a whole vault back from a backup file: on a new laptop, after an erase, or after a border crossing. It opens with your recovery key (or with the key file of the contact who kept it). Choose a new passphrase; you get a new recovery key.</source>
        <translation>Бүкіл қойманы сақтық көшірме файлынан қайтару: жаңа ноутбукта, өшіруден кейін немесе шекарадан өткеннен кейін. Көшірмені қалпына келтіру кілтіңіз (немесе оны сақтаған байланыстың кілт файлы) ашады. Жаңа құпия фраза таңдаңыз; сіз жаңа қалпына келтіру кілтін аласыз.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Көшірме &amp;файлы:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Сақтық көшірме файлын таңдау</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Қалпына келтіру &amp;кілті:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>Contact&apos;s key &amp;file:</source>
        <translation>Байланыстың кілт фа&amp;йлы:</translation>
    </message>
    <message>
        <source>Choose the contact&apos;s age key file</source>
        <translation>Байланыстың age кілт файлын таңдау</translation>
    </message>
    <message>
        <source>Replace this user&apos;s vault on this computer if the backup is newer (work since the backup is lost)</source>
        <translation>Егер көшірме жаңарақ болса, осы компьютердегі бұл пайдаланушының қоймасын ауыстыру (көшірмеден кейінгі жұмыс жоғалады)</translation>
    </message>
    <message>
        <source>Restored. Your NEW recovery key, shown only this once: write it on paper and keep it apart from this computer. The old one no longer opens this vault or new backups.</source>
        <translation>Қалпына келтірілді. ЖАҢА қалпына келтіру кілтіңіз тек бір рет көрсетіледі: оны қағазға жазып, осы компьютерден бөлек сақтаңыз. Ескі кілт енді бұл қойманы да, жаңа көшірмелерді де ашпайды.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Жаңа қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <source>I have written it &amp;down</source>
        <translation>Оны &amp;жазып алдым</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Резервтік көшірмеден қалпына келтіру…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes:</source>
        <translation>Әрекетсіздіктен кейін &amp;құлыптау, минут:</translation>
    </message>
    <message>
        <source>Default &amp;organisation:</source>
        <translation>Әдепкі &amp;ұйым:</translation>
    </message>
    <message>
        <source>Default &amp;preparer:</source>
        <translation>Әдепкі &amp;дайындаушы:</translation>
    </message>
    <message>
        <source>Default &amp;Bates prefix:</source>
        <translation>Әдепкі &amp;нөмірлеу (Bates) префиксі:</translation>
    </message>
    <message>
        <source>In&amp;box folder:</source>
        <translation>&amp;Кіріс бумасы:</translation>
    </message>
    <message>
        <source>O&amp;utbox folder:</source>
        <translation>&amp;Шығыс бумасы:</translation>
    </message>
    <message>
        <source>Ba&amp;ckup folder:</source>
        <translation>Көшірмелер &amp;бумасы:</translation>
    </message>
    <message>
        <source>Remind me to back up e&amp;very:</source>
        <translation>Көшірме туралы &amp;әр уақытта еске салу:</translation>
    </message>
    <message>
        <source>The language is kept outside the vault, so the unlock screen can use it.</source>
        <translation>Тіл қоймадан тыс сақталады, сондықтан құлыпты ашу экраны оны пайдалана алады.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>e.g. FI-</source>
        <translation>мысалы, FI-</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Choose the inbox folder</source>
        <translation>Кіріс бумасын таңдау</translation>
    </message>
    <message>
        <source>Choose the outbox folder</source>
        <translation>Шығыс бумасын таңдау</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Сақтық көшірмелер бумасын таңдау</translation>
    </message>
    <message>
        <source> days</source>
        <translation> күн</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Panic lock: hide everything now and forget where you were (from any window)</source>
        <translation>Дабыл құлпы: бәрін бірден жасыру және қай жерде болғаныңызды ұмыту (кез келген терезеден)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімі</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Не істейді</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>Border mode</source>
        <translation>Шекара режимі</translation>
    </message>
    <message>
        <source>Before a border crossing: the whole vault is handed to the contact you choose, in a backup that they and your recovery key can open. It is read back and checked; only then is the vault ERASED from this computer, with your user name. Afterwards, restore it with your recovery key. Move the backup file off this computer.</source>
        <translation>Шекарадан өтер алдында: бүкіл қойма сіз таңдаған байланысқа сақтық көшірме түрінде беріледі, оны ол да, сіздің қалпына келтіру кілтіңіз де аша алады. Көшірме қайта оқылып, тексеріледі; тек содан кейін қойма пайдаланушы атыңызбен бірге осы компьютерден ӨШІРІЛЕДІ. Кейін оны қалпына келтіру кілтімен қалпына келтіріңіз. Көшірме файлын бұл компьютерден алып кетіңіз.</translation>
    </message>
    <message>
        <source>Keep it with &amp;contact:</source>
        <translation>Мына &amp;байланысқа сақтауға беру:</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Көшірме &amp;файлы:</translation>
    </message>
    <message>
        <source>Recovery &amp;key (once):</source>
        <translation>Қалпына келтіру &amp;кілті (бір рет):</translation>
    </message>
    <message>
        <source>Type your &amp;user name to confirm:</source>
        <translation>Растау үшін &amp;пайдаланушы атыңызды енгізіңіз:</translation>
    </message>
    <message>
        <source>The contact who keeps the backup</source>
        <translation>Көшірмені сақтайтын байланыс</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Choose where to write the backup</source>
        <translation>Сақтық көшірмені қайда жазу керектігін таңдау</translation>
    </message>
    <message>
        <source>Back up and &amp;erase</source>
        <translation>Көшірме жасап, &amp;өшіру</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Сақтық көшірме жазылып, тексерілуде…</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>fieldintake is locked</source>
        <translation>fieldintake құлыпталған</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пайдаланушы:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Құлыпты &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Forgot the passphrase?</source>
        <translation>Құпия фразаны &amp;ұмыттыңыз ба?</translation>
    </message>
    <message>
        <source>&amp;Emergency erase…</source>
        <translation>&amp;Шұғыл жою…</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Жаңа пайдаланушы…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>&amp;Көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Құлып ашылуда</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Құпия фразаңызды енгізіңіз.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Құпия фраза қате. Қайталап көріңіз.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>About fieldintake</source>
        <translation>fieldintake туралы</translation>
    </message>
    <message>
        <source>Offline, encrypted intake interviews, court-ready case files and signed hand-over bundles for human-rights caseworkers.</source>
        <translation>Құқық қорғаушыларға арналған желіден тыс, шифрланған алғашқы сұхбаттар, сотқа дайын іс материалдары және қол қойылған беру пакеттері.</translation>
    </message>
    <message>
        <source>Version {version}, built from commit {commit}.</source>
        <translation>Нұсқасы {version}, {commit} коммитінен жиналған.</translation>
    </message>
    <message>
        <source>Free software under the GNU AGPL, version 3 or later.</source>
        <translation>GNU AGPL лицензиясының 3-нұсқасы немесе кейінгі нұсқасы бойынша еркін бағдарлама.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Stopping… Nothing is changed unless the work had already finished.</source>
        <translation>Тоқтатылуда… Жұмыс әлі аяқталмаған болса, ештеңе өзгермейді.</translation>
    </message>
    <message>
        <source>No backup yet: make one (File ▸ Backup…).</source>
        <translation>Сақтық көшірме әлі жоқ: оны жасаңыз (Файл ▸ Сақтық көшірме…).</translation>
    </message>
    <message>
        <source>Last backup {when}, {days} days ago: make a new one (File ▸ Backup…).</source>
        <translation>Соңғы көшірме {when}, {days} күн бұрын: жаңасын жасаңыз (Файл ▸ Сақтық көшірме…).</translation>
    </message>
    <message>
        <source>Last backup {when}.</source>
        <translation>Соңғы көшірме {when}.</translation>
    </message>
</context>
<context>
    <name>case</name>
    <message>
        <source>critical</source>
        <translation>өте шұғыл</translation>
    </message>
    <message>
        <source>high</source>
        <translation>жоғары</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>қалыпты</translation>
    </message>
    <message>
        <source>low</source>
        <translation>төмен</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>жабық</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>мұрағатта</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <source>identifying</source>
        <translation>жеке басын анықтайтын</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>сезімтал</translation>
    </message>
    <message>
        <source>shareable</source>
        <translation>беруге болады</translation>
    </message>
    <message>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>family</source>
        <translation>отбасы</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>байланыс</translation>
    </message>
    <message>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <source>appeal</source>
        <translation>шағымдану</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>сот отырысы</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>шығарып жіберу</translation>
    </message>
    <message>
        <source>asylum decision</source>
        <translation>баспана туралы шешім</translation>
    </message>
    <message>
        <source>interim measures</source>
        <translation>уақытша шаралар</translation>
    </message>
    <message>
        <source>document expiry</source>
        <translation>құжат мерзімінің бітуі</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Something went wrong. Nothing was saved by the step that failed.</source>
        <translation>Бір нәрсе дұрыс болмады. Сәтсіз аяқталған қадам ештеңе сақтамады.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Құпия фраза қате.</translation>
    </message>
    <message>
        <source>That passphrase is too weak. Use at least 12 characters; a few unrelated words work well.</source>
        <translation>Бұл құпия фраза тым әлсіз. Кемінде 12 таңба керек; өзара байланыссыз бірнеше сөз жақсы жарайды.</translation>
    </message>
    <message>
        <source>Group {group} of the recovery key is mistyped: check it against your copy.</source>
        <translation>Қалпына келтіру кілтінің {group}-тобында қате бар: оны көшірмеңізбен салыстырыңыз.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault.</source>
        <translation>Бұл қалпына келтіру кілті бұл қойманы ашпайды.</translation>
    </message>
    <message>
        <source>This vault is bound to this computer&apos;s keyring, and its secret is missing or unreadable. Unlock with your recovery key instead.</source>
        <translation>Бұл қойма осы компьютердің кілттер қоймасына байланған, ал оның құпиясы жоқ немесе оқылмайды. Оның орнына қалпына келтіру кілтімен ашыңыз.</translation>
    </message>
    <message>
        <source>This vault is in use by another fieldintake window or command. Close it and try again.</source>
        <translation>Бұл қойманы fieldintake-тің басқа терезесі немесе командасы пайдаланып жатыр. Оны жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>That name is already taken.</source>
        <translation>Бұл ат бос емес.</translation>
    </message>
    <message>
        <source>The key file is damaged. Restore it from a backup.</source>
        <translation>Кілттер файлы зақымдалған. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The change could not be written (is the disk full?). Nothing was changed.</source>
        <translation>Өзгерісті жазу мүмкін болмады (диск толып қалды ма?). Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Болдырылмады. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The client&apos;s recorded consent does not allow sharing with this audience. Record the consent in the interview, or override it with a reason.</source>
        <translation>Клиенттің жазылған келісімі бұл алушымен бөлісуге рұқсат бермейді. Келісімді сұхбатта жазыңыз немесе себебін көрсетіп, тексеруді айналып өтіңіз.</translation>
    </message>
    <message>
        <source>This bundle is signed by someone who is not one of your contacts. Compare the fingerprint with them before importing it.</source>
        <translation>Бұл пакетке сіздің байланыстарыңызда жоқ адам қол қойған. Импорттамас бұрын онымен саусақ ізін салыстырыңыз.</translation>
    </message>
    <message>
        <source>This bundle was imported before; nothing was changed.</source>
        <translation>Бұл пакет бұрын импортталған; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to you, the passphrase is wrong, or the file is damaged.</source>
        <translation>Бұл пакет сізге арналмаған, құпия фраза қате немесе файл зақымдалған.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its contents: it was altered. Nothing was imported.</source>
        <translation>Пакеттің қолтаңбасы мазмұнына сәйкес келмейді: ол өзгертілген. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The bundle was altered or damaged on the way. Nothing was imported.</source>
        <translation>Пакет жолда өзгертілген немесе зақымдалған. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The audit log does not match what this computer recorded: the vault was rolled back to an earlier copy, or altered. If you restored a backup on purpose, confirm it with &apos;fieldintake audit verify --accept-current&apos;.</source>
        <translation>Аудит журналы осы компьютер жазғанмен сәйкес келмейді: қойма бұрынғы көшірмеге қайтарылған немесе өзгертілген. Егер сақтық көшірмені әдейі қалпына келтірсеңіз, мұны «fieldintake audit verify --accept-current» командасымен растаңыз.</translation>
    </message>
    <message>
        <source>This vault was erased from another window. Nothing more can be saved to it.</source>
        <translation>Бұл қойма басқа терезеден өшірілген. Оған енді ештеңе сақтау мүмкін емес.</translation>
    </message>
    <message>
        <source>This bundle asks for an unreasonable amount of work to open; it was refused.</source>
        <translation>Бұл пакетті ашу үшін орынсыз көп есептеу қажет; ол қабылданбады.</translation>
    </message>
    <message>
        <source>This file is not a fieldintake bundle. Nothing was imported.</source>
        <translation>Бұл файл fieldintake бумасы емес. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This bundle claims changes this vault never made: it was refused. Nothing was imported.</source>
        <translation>Бума бұл қойма ешқашан жасамаған өзгерістерді қамтиды деп мәлімдейді: ол қабылданбады. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>The bundle could not be read: it is damaged or not a bundle. Nothing was imported.</source>
        <translation>Буманы оқу мүмкін болмады: ол зақымдалған немесе бума емес. Ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>This file is not a fieldintake backup. Nothing was changed.</source>
        <translation>Бұл файл fieldintake сақтық көшірмесі емес. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>The backup could not be read or written. Nothing was changed.</source>
        <translation>Сақтық көшірмені оқу немесе жазу мүмкін болмады. Ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Тағы бір-екі сөз қосыңыз. Сирек сөздер жақсырақ.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Бас әріптер көп көмектеспейді.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Кері жазылған сөздерді табу онша қиын емес.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>«a» орнына «@» сияқты болжамды ауыстырулар көп көмектеспейді.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Бірнеше сөз қолданыңыз, жиі айтылатын тіркестерден аулақ болыңыз.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Таңбалар, сандар немесе бас әріптер міндетті емес.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Пернетақтадағы тура қатарларды табу оңай.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Пернетақтадағы қысқа өрнектерді табу оңай.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Бұл ең көп тараған 10 құпиясөздің бірі.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Бұл жиі қолданылатын құпиясөзге ұқсайды.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Жалғыз сөзді табу оңай.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Тек бас әріптерді табу тек кіші әріптерді табу сияқты оңай.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Бұрылысы көбірек, ұзынырақ пернетақта өрнегін қолданыңыз.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>«aaa» сияқты қайталауларды табу оңай.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>«abcabcabc» сияқты қайталауларды табу «abc»-ны табудан сәл ғана қиын.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Бұл ең көп тараған 100 құпиясөздің бірі.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Бұл өте көп тараған құпиясөз.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Аты-жөнді жалғыз өзін табу оңай.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Көп тараған есімдер мен тегтерді табу оңай.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Қайталанатын сөздер мен таңбалардан аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>«abc» немесе «6543» сияқты тізбектерді табу оңай.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Тізбектерден аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Соңғы жылдарды табу оңай.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Күндерді табу көбінесе оңай.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Соңғы жылдардан аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Өзіңізбен байланысты жылдардан аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Өзіңізбен байланысты күндер мен жылдардан аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Use at least 12 characters; a few unrelated words work well.</source>
        <translation>Кемінде 12 таңба; бір-бірімен байланыссыз бірнеше сөз жақсы жарайды.</translation>
    </message>
    <message>
        <source>Too easy to guess: add another unrelated word.</source>
        <translation>Табу тым оңай: тағы бір байланыссыз сөз қосыңыз.</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
</TS>
