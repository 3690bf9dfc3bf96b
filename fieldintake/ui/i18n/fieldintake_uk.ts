<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>A backup holds the whole vault: every case, interview, attachment, contact and setting, and the audit log. It is encrypted: it opens with your recovery key, and with the contacts you tick below. Keep it away from this computer.</source>
        <translation>Резервна копія містить усе сховище: усі справи, інтерв’ю, вкладення, контакти, налаштування та журнал аудиту. Вона зашифрована: її відкриває ваш ключ відновлення та контакти, позначені нижче. Зберігайте її не на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Файл копії:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose where to write the backup</source>
        <translation>Вибрати, куди записати резервну копію</translation>
    </message>
    <message>
        <source>Also &amp;readable by:</source>
        <translation>&amp;Також можуть відкрити:</translation>
    </message>
    <message>
        <source>Contacts who may also open the backup</source>
        <translation>Контакти, які теж можуть відкрити копію</translation>
    </message>
    <message>
        <source>Recovery &amp;key (once):</source>
        <translation>&amp;Ключ відновлення (один раз):</translation>
    </message>
    <message>
        <source>needed once, to set up backups for this vault</source>
        <translation>потрібен один раз, щоб налаштувати копії цього сховища</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <source>&amp;Make backup</source>
        <translation>&amp;Зробити копію</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Записую резервну копію…</translation>
    </message>
</context>
<context>
    <name>CheckKeyPage</name>
    <message>
        <source>Check your copy</source>
        <translation>Перевірте свою копію</translation>
    </message>
    <message>
        <source>Type two groups from the paper copy of your recovery key.</source>
        <translation>Введіть дві групи з паперової копії вашого ключа відновлення.</translation>
    </message>
    <message>
        <source>Group &amp;{n}:</source>
        <translation>&amp;Група {n}:</translation>
    </message>
    <message>
        <source>Group {n}:</source>
        <translation>Група {n}:</translation>
    </message>
    <message>
        <source>Group {n} of the recovery key</source>
        <translation>Група {n} ключа відновлення</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>Cases</source>
        <translation>Справи</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <source>This part of fieldintake is coming in a later version.</source>
        <translation>Цей розділ з’явиться в одній із наступних версій fieldintake.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create your user</source>
        <translation>Створіть свого користувача</translation>
    </message>
    <message>
        <source>Everything you record is encrypted with a key that only your passphrase opens. Choose a passphrase you can remember and nobody can guess.</source>
        <translation>Усе, що ви записуєте, шифрується ключем, який відкриває лише ваша парольна фраза. Виберіть фразу, яку ви запам’ятаєте і ніхто не вгадає.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring, so your vault cannot be tied to it: whoever copies the vault folder can try to guess the passphrase offline. Choose a long passphrase, five or more unrelated words.</source>
        <translation>На цьому комп’ютері немає захищеного сховища ключів, тож сховище не можна до нього прив’язати: хто скопіює теку сховища, зможе підбирати парольну фразу без обмежень. Виберіть довгу фразу — п’ять або більше не пов’язаних між собою слів.</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Ім’я користувача:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <source>letters, digits, dots or dashes</source>
        <translation>літери, цифри, крапки або дефіси</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Створити користувача</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Emergency erase</source>
        <translation>Екстрене видалення</translation>
    </message>
    <message>
        <source>This destroys the keys and every file of {name} on this computer, at once and for ever. The recovery key will not bring anything back.</source>
        <translation>Це одразу й назавжди знищить ключі та всі файли користувача {name} на цьому комп’ютері. Ключ відновлення нічого не поверне.</translation>
    </message>
    <message>
        <source>To confirm, &amp;type the user name:</source>
        <translation>Для підтвердження &amp;введіть ім’я користувача:</translation>
    </message>
    <message>
        <source>User name to erase</source>
        <translation>Ім’я користувача, якого видаляють</translation>
    </message>
    <message>
        <source>&amp;Erase for ever</source>
        <translation>Видалити &amp;назавжди</translation>
    </message>
    <message>
        <source>The name does not match; nothing was erased.</source>
        <translation>Ім’я не збігається; нічого не видалено.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Device binding: on. A secret in this computer&apos;s keyring ({keyring}) is needed with the passphrase, so a copy of the vault folder alone cannot be attacked by guessing.</source>
        <translation>Прив’язка до пристрою: увімкнена. Разом із парольною фразою потрібен секрет зі сховища ключів цього комп’ютера ({keyring}), тож саму лише копію теки сховища не можна зламати підбором.</translation>
    </message>
    <message>
        <source>Device binding: off. This system has no secure keyring, so whoever copies the vault folder can try to guess the passphrase offline.</source>
        <translation>Прив’язка до пристрою: вимкнена. У цій системі немає захищеного сховища ключів, тож хто скопіює теку сховища, зможе підбирати парольну фразу без обмежень.</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Відновити з &amp;копії…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Caseworker&apos;s guide</source>
        <translation>Посібник працівника</translation>
    </message>
    <message>
        <source>Lawyer&apos;s guide</source>
        <translation>Посібник юриста</translation>
    </message>
    <message>
        <source>This guide is not yet in your language; shown in: {language}.</source>
        <translation>Цього посібника ще немає вашою мовою; показано мовою: {language}.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Contacts &amp; identity</source>
        <translation>Контакти й моя картка</translation>
    </message>
    <message>
        <source>Give this card to the people who hand cases over to you. Before trusting a card, compare its fingerprint by phone or in person.</source>
        <translation>Передайте цю картку тим, хто передає вам справи. Перш ніж довіряти картці, звірте її відбиток телефоном або особисто.</translation>
    </message>
    <message>
        <source>My fingerprint:</source>
        <translation>Мій відбиток:</translation>
    </message>
    <message>
        <source>My &amp;contact card:</source>
        <translation>Моя &amp;контактна картка:</translation>
    </message>
    <message>
        <source>&amp;Copy the card</source>
        <translation>Ко&amp;піювати картку</translation>
    </message>
    <message>
        <source>My contact card</source>
        <translation>Моя контактна картка</translation>
    </message>
    <message>
        <source>My fingerprint</source>
        <translation>Мій відбиток</translation>
    </message>
    <message>
        <source>My contact card as a QR code</source>
        <translation>Моя контактна картка у вигляді QR-коду</translation>
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
        <translation>&amp;Перехід</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Search cases</source>
        <translation>&amp;Пошук справ</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L; panic: Ctrl+Shift+L)</source>
        <translation>Заблокувати зараз (Ctrl+L; екстрено: Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Lock and &amp;quit</source>
        <translation>Заблокувати й &amp;вийти</translation>
    </message>
    <message>
        <source>&amp;About fieldintake</source>
        <translation>&amp;Про програму fieldintake</translation>
    </message>
    <message>
        <source>&amp;Caseworker&apos;s guide</source>
        <translation>Посібник пра&amp;цівника</translation>
    </message>
    <message>
        <source>&amp;Lawyer&apos;s guide</source>
        <translation>Посібник &amp;юриста</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Резервна копія…</translation>
    </message>
    <message>
        <source>Border &amp;mode…</source>
        <translation>Режим &amp;поїздки…</translation>
    </message>
    <message>
        <source>Unlocked as {name}</source>
        <translation>Розблоковано: {name}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Поточний розділ</translation>
    </message>
    <message>
        <source>Locking in {seconds} s — move the mouse or press a key to stay</source>
        <translation>Блокування через {seconds} с — поворухніть мишею або натисніть клавішу, щоб залишитися</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Пов&amp;торіть її:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Надійність:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надійність парольної фрази</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>дуже слабка</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабка</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>середня</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>надійна</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>дуже надійна</translation>
    </message>
    <message>
        <source>At least 12 characters; a few unrelated words work well.</source>
        <translation>Щонайменше 12 символів; добре підходять кілька не пов’язаних між собою слів.</translation>
    </message>
    <message>
        <source>{word} ({score} of 4; {needed} needed).</source>
        <translation>{word} ({score} з 4; потрібно {needed}).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover with the recovery key</source>
        <translation>Відновлення за ключем відновлення</translation>
    </message>
    <message>
        <source>Type the recovery key of {name} from your paper copy (dashes and spaces do not matter), then choose a new passphrase.</source>
        <translation>Введіть ключ відновлення користувача {name} з паперової копії (дефіси й пробіли не важливі), потім виберіть нову парольну фразу.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Ключ відновлення:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase</source>
        <translation>&amp;Задати нову парольну фразу</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ відновлення</translation>
    </message>
    <message>
        <source>Write this key on paper and keep it apart from this computer. It opens your vault if you forget the passphrase. It is shown only now; nobody, not even the developers, can show it again.</source>
        <translation>Запишіть цей ключ на папері й зберігайте окремо від комп’ютера. Він відкриє ваше сховище, якщо ви забудете парольну фразу. Ключ показано лише зараз; ніхто, навіть розробники, не зможе показати його знову.</translation>
    </message>
    <message>
        <source>C&amp;opy (cleared after 30 seconds)</source>
        <translation>&amp;Копіювати (стирається через 30 секунд)</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Копіювати ключ відновлення</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>Я &amp;записав(-ла) ключ відновлення</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Bring a whole vault back from a backup file: on a new laptop, after an erase, or after a border crossing. It opens with your recovery key (or with the key file of the contact who kept it). Choose a new passphrase; you get a new recovery key.</source>
        <translation>Повернути все сховище з файлу резервної копії: на новому ноутбуці, після стирання або після перетину кордону. Копію відкриває ваш ключ відновлення (або файл ключа контакту, який її зберігав). Виберіть нову парольну фразу; ви отримаєте новий ключ відновлення.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Файл копії:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Вибрати файл резервної копії</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Ключ відновлення:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <source>Contact&apos;s key &amp;file:</source>
        <translation>Файл ключа ко&amp;нтакту:</translation>
    </message>
    <message>
        <source>Choose the contact&apos;s age key file</source>
        <translation>Вибрати файл ключа age контакту</translation>
    </message>
    <message>
        <source>Replace this user&apos;s vault on this computer if the backup is newer (work since the backup is lost)</source>
        <translation>Замінити сховище цього користувача на цьому комп’ютері, якщо копія новіша (робота після копії пропаде)</translation>
    </message>
    <message>
        <source>Restored. Your NEW recovery key, shown only this once: write it on paper and keep it apart from this computer. The old one no longer opens this vault or new backups.</source>
        <translation>Відновлено. Ваш НОВИЙ ключ відновлення показано лише один раз: запишіть його на папері й зберігайте окремо від цього комп’ютера. Старий ключ більше не відкриває це сховище й нові копії.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Новий ключ відновлення</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>I have written it &amp;down</source>
        <translation>Я &amp;записав(-ла) його</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Відновлення з резервної копії…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes:</source>
        <translation>Блокувати після &amp;бездіяльності, хвилин:</translation>
    </message>
    <message>
        <source>Default &amp;organisation:</source>
        <translation>&amp;Організація за замовчуванням:</translation>
    </message>
    <message>
        <source>Default &amp;preparer:</source>
        <translation>&amp;Укладач за замовчуванням:</translation>
    </message>
    <message>
        <source>Default &amp;Bates prefix:</source>
        <translation>&amp;Префікс нумерації (Bates) за замовчуванням:</translation>
    </message>
    <message>
        <source>In&amp;box folder:</source>
        <translation>Тека &amp;вхідних:</translation>
    </message>
    <message>
        <source>O&amp;utbox folder:</source>
        <translation>Тека в&amp;ихідних:</translation>
    </message>
    <message>
        <source>Ba&amp;ckup folder:</source>
        <translation>Тека для &amp;копій:</translation>
    </message>
    <message>
        <source>Remind me to back up e&amp;very:</source>
        <translation>&amp;Нагадувати про копію кожні:</translation>
    </message>
    <message>
        <source>The language is kept outside the vault, so the unlock screen can use it.</source>
        <translation>Мова зберігається поза сховищем, щоб нею міг користуватися екран розблокування.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>e.g. FI-</source>
        <translation>наприклад, FI-</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose the inbox folder</source>
        <translation>Вибрати теку вхідних</translation>
    </message>
    <message>
        <source>Choose the outbox folder</source>
        <translation>Вибрати теку вихідних</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Вибрати теку для резервних копій</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Panic lock: hide everything now and forget where you were (from any window)</source>
        <translation>Тривожне блокування: негайно все сховати й забути, де ви були (з будь-якого вікна)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Що робить</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>Border mode</source>
        <translation>Режим поїздки</translation>
    </message>
    <message>
        <source>Before a border crossing: the whole vault is handed to the contact you choose, in a backup that they and your recovery key can open. It is read back and checked; only then is the vault ERASED from this computer, with your user name. Afterwards, restore it with your recovery key. Move the backup file off this computer.</source>
        <translation>Перед перетином кордону: усе сховище передається вибраному контакту в резервній копії, яку може відкрити він і ваш ключ відновлення. Копію читають заново й перевіряють; лише після цього сховище СТИРАЄТЬСЯ з цього комп’ютера разом із вашим ім’ям користувача. Потім відновіть його ключем відновлення. Винесіть файл копії з цього комп’ютера.</translation>
    </message>
    <message>
        <source>Keep it with &amp;contact:</source>
        <translation>Передати &amp;контакту:</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Файл копії:</translation>
    </message>
    <message>
        <source>Recovery &amp;key (once):</source>
        <translation>Клю&amp;ч відновлення (один раз):</translation>
    </message>
    <message>
        <source>Type your &amp;user name to confirm:</source>
        <translation>Для підтвердження введіть &amp;ім’я користувача:</translation>
    </message>
    <message>
        <source>The contact who keeps the backup</source>
        <translation>Контакт, який зберігає копію</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose where to write the backup</source>
        <translation>Вибрати, куди записати резервну копію</translation>
    </message>
    <message>
        <source>Back up and &amp;erase</source>
        <translation>Зробити копію й &amp;стерти</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Записую й перевіряю резервну копію…</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>fieldintake is locked</source>
        <translation>fieldintake заблоковано</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>&amp;Forgot the passphrase?</source>
        <translation>&amp;Забули парольну фразу?</translation>
    </message>
    <message>
        <source>&amp;Emergency erase…</source>
        <translation>&amp;Екстрене видалення…</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Новий користувач…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Відновити з &amp;копії…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Розблокування</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Введіть парольну фразу.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Неправильна парольна фраза. Спробуйте ще раз.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>About fieldintake</source>
        <translation>Про програму fieldintake</translation>
    </message>
    <message>
        <source>Offline, encrypted intake interviews, court-ready case files and signed hand-over bundles for human-rights caseworkers.</source>
        <translation>Автономні зашифровані первинні інтерв’ю, готові для суду матеріали справ і підписані пакети для передачі — для правозахисників.</translation>
    </message>
    <message>
        <source>Version {version}, built from commit {commit}.</source>
        <translation>Версія {version}, зібрана з коміту {commit}.</translation>
    </message>
    <message>
        <source>Free software under the GNU AGPL, version 3 or later.</source>
        <translation>Вільна програма за ліцензією GNU AGPL версії 3 або пізнішої.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Stopping… Nothing is changed unless the work had already finished.</source>
        <translation>Зупиняємо… Нічого не зміниться, якщо робота ще не завершилася.</translation>
    </message>
    <message>
        <source>No backup yet: make one (File ▸ Backup…).</source>
        <translation>Резервної копії ще немає: зробіть її (Файл ▸ Резервна копія…).</translation>
    </message>
    <message>
        <source>Last backup {when}, {days} days ago: make a new one (File ▸ Backup…).</source>
        <translation>Остання копія {when}, {days} дн. тому: зробіть нову (Файл ▸ Резервна копія…).</translation>
    </message>
    <message>
        <source>Last backup {when}.</source>
        <translation>Остання копія {when}.</translation>
    </message>
</context>
<context>
    <name>case</name>
    <message>
        <source>critical</source>
        <translation>критична</translation>
    </message>
    <message>
        <source>high</source>
        <translation>висока</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>звичайна</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низька</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрито</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архіві</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>чернетка</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>identifying</source>
        <translation>ідентифікаційне</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>чутливе</translation>
    </message>
    <message>
        <source>shareable</source>
        <translation>можна передавати</translation>
    </message>
    <message>
        <source>client</source>
        <translation>клієнт</translation>
    </message>
    <message>
        <source>family</source>
        <translation>родина</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>appeal</source>
        <translation>оскарження</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>засідання</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>видворення</translation>
    </message>
    <message>
        <source>asylum decision</source>
        <translation>рішення щодо притулку</translation>
    </message>
    <message>
        <source>interim measures</source>
        <translation>забезпечувальні заходи</translation>
    </message>
    <message>
        <source>document expiry</source>
        <translation>закінчення строку документа</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Something went wrong. Nothing was saved by the step that failed.</source>
        <translation>Щось пішло не так. Крок, що не вдався, нічого не зберіг.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Неправильна парольна фраза.</translation>
    </message>
    <message>
        <source>That passphrase is too weak. Use at least 12 characters; a few unrelated words work well.</source>
        <translation>Ця парольна фраза надто слабка. Потрібно щонайменше 12 символів; добре підходять кілька не пов’язаних між собою слів.</translation>
    </message>
    <message>
        <source>Group {group} of the recovery key is mistyped: check it against your copy.</source>
        <translation>У групі {group} ключа відновлення помилка: звірте її зі своєю копією.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault.</source>
        <translation>Цей ключ відновлення не відкриває це сховище.</translation>
    </message>
    <message>
        <source>This vault is bound to this computer&apos;s keyring, and its secret is missing or unreadable. Unlock with your recovery key instead.</source>
        <translation>Сховище прив’язане до в’язки ключів цього комп’ютера, а її секрет відсутній або не читається. Відкрийте сховище ключем відновлення.</translation>
    </message>
    <message>
        <source>This vault is in use by another fieldintake window or command. Close it and try again.</source>
        <translation>Сховище вже відкрите в іншому вікні або команді fieldintake. Закрийте його й спробуйте знову.</translation>
    </message>
    <message>
        <source>That name is already taken.</source>
        <translation>Це ім’я вже зайняте.</translation>
    </message>
    <message>
        <source>The key file is damaged. Restore it from a backup.</source>
        <translation>Файл ключів пошкоджено. Відновіть його з резервної копії.</translation>
    </message>
    <message>
        <source>The change could not be written (is the disk full?). Nothing was changed.</source>
        <translation>Зміну не вдалося записати (диск заповнений?). Нічого не змінено.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Скасовано. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The client&apos;s recorded consent does not allow sharing with this audience. Record the consent in the interview, or override it with a reason.</source>
        <translation>Записана згода клієнта не дозволяє передавати матеріали цьому адресатові. Запишіть згоду в інтерв’ю або обійдіть перевірку, зазначивши причину.</translation>
    </message>
    <message>
        <source>This bundle is signed by someone who is not one of your contacts. Compare the fingerprint with them before importing it.</source>
        <translation>Пакет підписала людина, якої немає серед ваших контактів. Звірте з нею відбиток, перш ніж імпортувати.</translation>
    </message>
    <message>
        <source>This bundle was imported before; nothing was changed.</source>
        <translation>Цей пакет уже імпортовано; нічого не змінено.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to you, the passphrase is wrong, or the file is damaged.</source>
        <translation>Пакет адресовано не вам, парольна фраза неправильна або файл пошкоджено.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its contents: it was altered. Nothing was imported.</source>
        <translation>Підпис пакета не відповідає вмісту: його змінено. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>The bundle was altered or damaged on the way. Nothing was imported.</source>
        <translation>Пакет змінено або пошкоджено в дорозі. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>The audit log does not match what this computer recorded: the vault was rolled back to an earlier copy, or altered. If you restored a backup on purpose, confirm it with &apos;fieldintake audit verify --accept-current&apos;.</source>
        <translation>Журнал аудиту не збігається з тим, що записав цей комп’ютер: сховище повернули до ранішої копії або змінили. Якщо ви навмисно відновили резервну копію, підтвердьте це командою «fieldintake audit verify --accept-current».</translation>
    </message>
    <message>
        <source>This vault was erased from another window. Nothing more can be saved to it.</source>
        <translation>Це сховище стерто з іншого вікна. До нього більше нічого не можна зберегти.</translation>
    </message>
    <message>
        <source>This bundle asks for an unreasonable amount of work to open; it was refused.</source>
        <translation>Для відкриття цього пакета потрібно нерозумно багато обчислень; його відхилено.</translation>
    </message>
    <message>
        <source>This file is not a fieldintake bundle. Nothing was imported.</source>
        <translation>Цей файл — не пакет fieldintake. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>This bundle claims changes this vault never made: it was refused. Nothing was imported.</source>
        <translation>Пакет стверджує, що містить зміни, яких це сховище не робило: його відхилено. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>The bundle could not be read: it is damaged or not a bundle. Nothing was imported.</source>
        <translation>Пакет не вдалося прочитати: він пошкоджений або це не пакет. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>This file is not a fieldintake backup. Nothing was changed.</source>
        <translation>Цей файл — не резервна копія fieldintake. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The backup could not be read or written. Nothing was changed.</source>
        <translation>Резервну копію не вдалося прочитати або записати. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Додайте ще одне-два слова. Рідкісні слова кращі.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Великі літери майже не допомагають.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Слова навпаки вгадати майже так само легко.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Передбачувані заміни на кшталт «@» замість «a» майже не допомагають.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Використовуйте кілька слів, уникайте поширених фраз.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Символи, цифри та великі літери не обов’язкові.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Ряди сусідніх клавіш легко вгадати.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Короткі візерунки на клавіатурі легко вгадати.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Це один із 10 найпоширеніших паролів.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Це схоже на поширений пароль.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Одне слово саме по собі легко вгадати.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Текст самими великими літерами вгадати майже так само легко, як самими малими.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Використовуйте довший візерунок на клавіатурі з більшою кількістю поворотів.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Повтори на кшталт «aaa» легко вгадати.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Повтори на кшталт «abcabcabc» вгадати лише трохи важче, ніж «abc».</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Це один із 100 найпоширеніших паролів.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Це дуже поширений пароль.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Імена та прізвища самі по собі легко вгадати.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Поширені імена та прізвища легко вгадати.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Уникайте повторюваних слів і символів.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Послідовності на кшталт «abc» або «6543» легко вгадати.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Уникайте послідовностей.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Недавні роки легко вгадати.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Дати часто легко вгадати.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Уникайте недавніх років.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Уникайте років, пов’язаних із вами.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Уникайте дат і років, пов’язаних із вами.</translation>
    </message>
    <message>
        <source>Use at least 12 characters; a few unrelated words work well.</source>
        <translation>Щонайменше 12 символів; добре підходять кілька не пов’язаних між собою слів.</translation>
    </message>
    <message>
        <source>Too easy to guess: add another unrelated word.</source>
        <translation>Надто легко вгадати: додайте ще одне не пов’язане слово.</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
</TS>
