<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>A backup holds the whole vault: every case, interview, attachment, contact and setting, and the audit log. It is encrypted: it opens with your recovery key, and with the contacts you tick below. Keep it away from this computer.</source>
        <translation>Резервная копия содержит всё хранилище: все дела, интервью, вложения, контакты, настройки и журнал аудита. Она зашифрована: её открывает ваш ключ восстановления и контакты, отмеченные ниже. Храните её не на этом компьютере.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Файл копии:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose where to write the backup</source>
        <translation>Выбрать, куда записать резервную копию</translation>
    </message>
    <message>
        <source>Also &amp;readable by:</source>
        <translation>&amp;Также могут открыть:</translation>
    </message>
    <message>
        <source>Contacts who may also open the backup</source>
        <translation>Контакты, которые тоже могут открыть копию</translation>
    </message>
    <message>
        <source>Recovery &amp;key (once):</source>
        <translation>&amp;Ключ восстановления (один раз):</translation>
    </message>
    <message>
        <source>needed once, to set up backups for this vault</source>
        <translation>нужен один раз, чтобы настроить копии этого хранилища</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Make backup</source>
        <translation>&amp;Сделать копию</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Записываю резервную копию…</translation>
    </message>
</context>
<context>
    <name>CheckKeyPage</name>
    <message>
        <source>Check your copy</source>
        <translation>Проверьте свою копию</translation>
    </message>
    <message>
        <source>Type two groups from the paper copy of your recovery key.</source>
        <translation>Введите две группы с бумажной копии вашего ключа восстановления.</translation>
    </message>
    <message>
        <source>Group &amp;{n}:</source>
        <translation>&amp;Группа {n}:</translation>
    </message>
    <message>
        <source>Group {n}:</source>
        <translation>Группа {n}:</translation>
    </message>
    <message>
        <source>Group {n} of the recovery key</source>
        <translation>Группа {n} ключа восстановления</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>This part of fieldintake is coming in a later version.</source>
        <translation>Этот раздел появится в одной из следующих версий fieldintake.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create your user</source>
        <translation>Создайте своего пользователя</translation>
    </message>
    <message>
        <source>Everything you record is encrypted with a key that only your passphrase opens. Choose a passphrase you can remember and nobody can guess.</source>
        <translation>Всё, что вы записываете, шифруется ключом, который открывает только ваша парольная фраза. Выберите фразу, которую вы запомните и никто не угадает.</translation>
    </message>
    <message>
        <source>This computer has no secure keyring, so your vault cannot be tied to it: whoever copies the vault folder can try to guess the passphrase offline. Choose a long passphrase, five or more unrelated words.</source>
        <translation>На этом компьютере нет защищённой связки ключей, поэтому хранилище нельзя к нему привязать: кто скопирует папку хранилища, сможет подбирать парольную фразу без ограничений. Выберите длинную фразу — пять или больше не связанных между собой слов.</translation>
    </message>
    <message>
        <source>User &amp;name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>letters, digits, dots or dashes</source>
        <translation>буквы, цифры, точки или дефисы</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Создать пользователя</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Emergency erase</source>
        <translation>Экстренное удаление</translation>
    </message>
    <message>
        <source>This destroys the keys and every file of {name} on this computer, at once and for ever. The recovery key will not bring anything back.</source>
        <translation>Это сразу и навсегда уничтожит ключи и все файлы пользователя {name} на этом компьютере. Ключ восстановления ничего не вернёт.</translation>
    </message>
    <message>
        <source>To confirm, &amp;type the user name:</source>
        <translation>Для подтверждения &amp;введите имя пользователя:</translation>
    </message>
    <message>
        <source>User name to erase</source>
        <translation>Имя удаляемого пользователя</translation>
    </message>
    <message>
        <source>&amp;Erase for ever</source>
        <translation>&amp;Удалить навсегда</translation>
    </message>
    <message>
        <source>The name does not match; nothing was erased.</source>
        <translation>Имя не совпадает; ничего не удалено.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Device binding: on. A secret in this computer&apos;s keyring ({keyring}) is needed with the passphrase, so a copy of the vault folder alone cannot be attacked by guessing.</source>
        <translation>Привязка к устройству: включена. Вместе с парольной фразой нужен секрет из связки ключей этого компьютера ({keyring}), поэтому одну лишь копию папки хранилища нельзя взломать подбором.</translation>
    </message>
    <message>
        <source>Device binding: off. This system has no secure keyring, so whoever copies the vault folder can try to guess the passphrase offline.</source>
        <translation>Привязка к устройству: выключена. В этой системе нет защищённой связки ключей, поэтому кто скопирует папку хранилища, сможет подбирать парольную фразу без ограничений.</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Восстановить из &amp;копии…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Caseworker&apos;s guide</source>
        <translation>Руководство сотрудника</translation>
    </message>
    <message>
        <source>Lawyer&apos;s guide</source>
        <translation>Руководство юриста</translation>
    </message>
    <message>
        <source>This guide is not yet in your language; shown in: {language}.</source>
        <translation>Этого руководства пока нет на вашем языке; показано на языке: {language}.</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Contacts &amp; identity</source>
        <translation>Контакты и моя карточка</translation>
    </message>
    <message>
        <source>Give this card to the people who hand cases over to you. Before trusting a card, compare its fingerprint by phone or in person.</source>
        <translation>Передайте эту карточку тем, кто передаёт вам дела. Прежде чем доверять карточке, сверьте её отпечаток по телефону или лично.</translation>
    </message>
    <message>
        <source>My fingerprint:</source>
        <translation>Мой отпечаток:</translation>
    </message>
    <message>
        <source>My &amp;contact card:</source>
        <translation>Моя &amp;контактная карточка:</translation>
    </message>
    <message>
        <source>&amp;Copy the card</source>
        <translation>&amp;Копировать карточку</translation>
    </message>
    <message>
        <source>My contact card</source>
        <translation>Моя контактная карточка</translation>
    </message>
    <message>
        <source>My fingerprint</source>
        <translation>Мой отпечаток</translation>
    </message>
    <message>
        <source>My contact card as a QR code</source>
        <translation>Моя контактная карточка в виде QR-кода</translation>
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
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Search cases</source>
        <translation>&amp;Поиск по делам</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L; panic: Ctrl+Shift+L)</source>
        <translation>Заблокировать сейчас (Ctrl+L; экстренно: Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Lock and &amp;quit</source>
        <translation>Заблокировать и &amp;выйти</translation>
    </message>
    <message>
        <source>&amp;About fieldintake</source>
        <translation>&amp;О программе fieldintake</translation>
    </message>
    <message>
        <source>&amp;Caseworker&apos;s guide</source>
        <translation>&amp;Руководство сотрудника</translation>
    </message>
    <message>
        <source>&amp;Lawyer&apos;s guide</source>
        <translation>Руководство &amp;юриста</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>Border &amp;mode…</source>
        <translation>Режим &amp;поездки…</translation>
    </message>
    <message>
        <source>Unlocked as {name}</source>
        <translation>Разблокировано: {name}</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Current section</source>
        <translation>Текущий раздел</translation>
    </message>
    <message>
        <source>Locking in {seconds} s — move the mouse or press a key to stay</source>
        <translation>Блокировка через {seconds} с — пошевелите мышью или нажмите клавишу, чтобы остаться</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите её:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>очень слабая</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>очень надёжная</translation>
    </message>
    <message>
        <source>At least 12 characters; a few unrelated words work well.</source>
        <translation>Не меньше 12 символов; хорошо подходят несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <source>{word} ({score} of 4; {needed} needed).</source>
        <translation>{word} ({score} из 4; нужно {needed}).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover with the recovery key</source>
        <translation>Восстановление с ключом восстановления</translation>
    </message>
    <message>
        <source>Type the recovery key of {name} from your paper copy (dashes and spaces do not matter), then choose a new passphrase.</source>
        <translation>Введите ключ восстановления пользователя {name} с бумажной копии (дефисы и пробелы не важны), затем выберите новую парольную фразу.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Ключ восстановления:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase</source>
        <translation>&amp;Задать новую парольную фразу</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <source>Write this key on paper and keep it apart from this computer. It opens your vault if you forget the passphrase. It is shown only now; nobody, not even the developers, can show it again.</source>
        <translation>Запишите этот ключ на бумаге и храните отдельно от компьютера. Он откроет ваше хранилище, если вы забудете парольную фразу. Ключ показывается только сейчас; никто, даже разработчики, не сможет показать его снова.</translation>
    </message>
    <message>
        <source>C&amp;opy (cleared after 30 seconds)</source>
        <translation>&amp;Копировать (стирается через 30 секунд)</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Копировать ключ восстановления</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery key down</source>
        <translation>Я &amp;записал(а) ключ восстановления</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Bring a whole vault back from a backup file: on a new laptop, after an erase, or after a border crossing. It opens with your recovery key (or with the key file of the contact who kept it). Choose a new passphrase; you get a new recovery key.</source>
        <translation>Вернуть всё хранилище из файла резервной копии: на новом ноутбуке, после стирания или после пересечения границы. Копию открывает ваш ключ восстановления (или файл ключа контакта, который её хранил). Выберите новую парольную фразу; вы получите новый ключ восстановления.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Файл копии:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Выбрать файл резервной копии</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Ключ восстановления:</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Contact&apos;s key &amp;file:</source>
        <translation>&amp;Файл ключа контакта:</translation>
    </message>
    <message>
        <source>Choose the contact&apos;s age key file</source>
        <translation>Выбрать файл ключа age контакта</translation>
    </message>
    <message>
        <source>Replace this user&apos;s vault on this computer if the backup is newer (work since the backup is lost)</source>
        <translation>Заменить хранилище этого пользователя на этом компьютере, если копия новее (работа после копии пропадёт)</translation>
    </message>
    <message>
        <source>Restored. Your NEW recovery key, shown only this once: write it on paper and keep it apart from this computer. The old one no longer opens this vault or new backups.</source>
        <translation>Восстановлено. Ваш НОВЫЙ ключ восстановления показан только один раз: запишите его на бумаге и храните отдельно от этого компьютера. Старый ключ больше не открывает это хранилище и новые копии.</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Новый ключ восстановления</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>I have written it &amp;down</source>
        <translation>Я &amp;записал(а) его</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстановление из резервной копии…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle minutes:</source>
        <translation>Блокировать после &amp;бездействия, минут:</translation>
    </message>
    <message>
        <source>Default &amp;organisation:</source>
        <translation>&amp;Организация по умолчанию:</translation>
    </message>
    <message>
        <source>Default &amp;preparer:</source>
        <translation>Сос&amp;тавитель по умолчанию:</translation>
    </message>
    <message>
        <source>Default &amp;Bates prefix:</source>
        <translation>&amp;Префикс нумерации (Bates) по умолчанию:</translation>
    </message>
    <message>
        <source>In&amp;box folder:</source>
        <translation>Папка &amp;входящих:</translation>
    </message>
    <message>
        <source>O&amp;utbox folder:</source>
        <translation>Папка &amp;исходящих:</translation>
    </message>
    <message>
        <source>Ba&amp;ckup folder:</source>
        <translation>Папка для &amp;копий:</translation>
    </message>
    <message>
        <source>Remind me to back up e&amp;very:</source>
        <translation>&amp;Напоминать о копии каждые:</translation>
    </message>
    <message>
        <source>The language is kept outside the vault, so the unlock screen can use it.</source>
        <translation>Язык хранится вне хранилища, чтобы им мог пользоваться экран разблокировки.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>e.g. FI-</source>
        <translation>например, FI-</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose the inbox folder</source>
        <translation>Выбрать папку входящих</translation>
    </message>
    <message>
        <source>Choose the outbox folder</source>
        <translation>Выбрать папку исходящих</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Выбрать папку для резервных копий</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Panic lock: hide everything now and forget where you were (from any window)</source>
        <translation>Тревожная блокировка: сразу всё скрыть и забыть, где вы были (из любого окна)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Что делает</translation>
    </message>
</context>
<context>
    <name>TravelDialog</name>
    <message>
        <source>Border mode</source>
        <translation>Режим поездки</translation>
    </message>
    <message>
        <source>Before a border crossing: the whole vault is handed to the contact you choose, in a backup that they and your recovery key can open. It is read back and checked; only then is the vault ERASED from this computer, with your user name. Afterwards, restore it with your recovery key. Move the backup file off this computer.</source>
        <translation>Перед пересечением границы: всё хранилище передаётся выбранному контакту в резервной копии, которую может открыть он и ваш ключ восстановления. Копия читается заново и проверяется; только после этого хранилище СТИРАЕТСЯ с этого компьютера вместе с вашим именем пользователя. Потом восстановите его ключом восстановления. Унесите файл копии с этого компьютера.</translation>
    </message>
    <message>
        <source>Keep it with &amp;contact:</source>
        <translation>Передать &amp;контакту:</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>&amp;Файл копии:</translation>
    </message>
    <message>
        <source>Recovery &amp;key (once):</source>
        <translation>&amp;Ключ восстановления (один раз):</translation>
    </message>
    <message>
        <source>Type your &amp;user name to confirm:</source>
        <translation>Для подтверждения введите &amp;имя пользователя:</translation>
    </message>
    <message>
        <source>The contact who keeps the backup</source>
        <translation>Контакт, который хранит копию</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose where to write the backup</source>
        <translation>Выбрать, куда записать резервную копию</translation>
    </message>
    <message>
        <source>Back up and &amp;erase</source>
        <translation>Сделать копию и &amp;стереть</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Записываю и проверяю резервную копию…</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>fieldintake is locked</source>
        <translation>fieldintake заблокирован</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Forgot the passphrase?</source>
        <translation>&amp;Забыли парольную фразу?</translation>
    </message>
    <message>
        <source>&amp;Emergency erase…</source>
        <translation>&amp;Экстренное удаление…</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Новый пользователь…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Восстановить из &amp;копии…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Неверная парольная фраза. Попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>About fieldintake</source>
        <translation>О программе fieldintake</translation>
    </message>
    <message>
        <source>Offline, encrypted intake interviews, court-ready case files and signed hand-over bundles for human-rights caseworkers.</source>
        <translation>Автономные зашифрованные первичные интервью, готовые для суда материалы дел и подписанные пакеты для передачи — для правозащитников.</translation>
    </message>
    <message>
        <source>Version {version}, built from commit {commit}.</source>
        <translation>Версия {version}, собрана из коммита {commit}.</translation>
    </message>
    <message>
        <source>Free software under the GNU AGPL, version 3 or later.</source>
        <translation>Свободная программа под лицензией GNU AGPL версии 3 или более поздней.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Stopping… Nothing is changed unless the work had already finished.</source>
        <translation>Останавливаем… Ничего не изменится, если работа ещё не закончилась.</translation>
    </message>
    <message>
        <source>No backup yet: make one (File ▸ Backup…).</source>
        <translation>Резервной копии ещё нет: сделайте её (Файл ▸ Резервная копия…).</translation>
    </message>
    <message>
        <source>Last backup {when}, {days} days ago: make a new one (File ▸ Backup…).</source>
        <translation>Последняя копия {when}, {days} дн. назад: сделайте новую (Файл ▸ Резервная копия…).</translation>
    </message>
    <message>
        <source>Last backup {when}.</source>
        <translation>Последняя копия {when}.</translation>
    </message>
</context>
<context>
    <name>case</name>
    <message>
        <source>critical</source>
        <translation>критическая</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>обычная</translation>
    </message>
    <message>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>identifying</source>
        <translation>идентифицирующее</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>чувствительное</translation>
    </message>
    <message>
        <source>shareable</source>
        <translation>можно передавать</translation>
    </message>
    <message>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>family</source>
        <translation>семья</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>appeal</source>
        <translation>обжалование</translation>
    </message>
    <message>
        <source>hearing</source>
        <translation>заседание</translation>
    </message>
    <message>
        <source>removal</source>
        <translation>выдворение</translation>
    </message>
    <message>
        <source>asylum decision</source>
        <translation>решение по убежищу</translation>
    </message>
    <message>
        <source>interim measures</source>
        <translation>обеспечительные меры</translation>
    </message>
    <message>
        <source>document expiry</source>
        <translation>окончание срока документа</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Something went wrong. Nothing was saved by the step that failed.</source>
        <translation>Что-то пошло не так. Неудавшийся шаг ничего не сохранил.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
        <source>That passphrase is too weak. Use at least 12 characters; a few unrelated words work well.</source>
        <translation>Эта парольная фраза слишком слабая. Нужно не меньше 12 символов; хорошо подходят несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <source>Group {group} of the recovery key is mistyped: check it against your copy.</source>
        <translation>В группе {group} ключа восстановления опечатка: сверьте её со своей копией.</translation>
    </message>
    <message>
        <source>That recovery key does not open this vault.</source>
        <translation>Этот ключ восстановления не открывает это хранилище.</translation>
    </message>
    <message>
        <source>This vault is bound to this computer&apos;s keyring, and its secret is missing or unreadable. Unlock with your recovery key instead.</source>
        <translation>Хранилище привязано к связке ключей этого компьютера, а её секрет отсутствует или не читается. Откройте хранилище ключом восстановления.</translation>
    </message>
    <message>
        <source>This vault is in use by another fieldintake window or command. Close it and try again.</source>
        <translation>Хранилище уже открыто в другом окне или команде fieldintake. Закройте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>That name is already taken.</source>
        <translation>Это имя уже занято.</translation>
    </message>
    <message>
        <source>The key file is damaged. Restore it from a backup.</source>
        <translation>Файл ключей повреждён. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The change could not be written (is the disk full?). Nothing was changed.</source>
        <translation>Изменение не удалось записать (диск заполнен?). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The client&apos;s recorded consent does not allow sharing with this audience. Record the consent in the interview, or override it with a reason.</source>
        <translation>Записанное согласие клиента не разрешает передавать материалы этому адресату. Запишите согласие в интервью или отмените проверку, указав причину.</translation>
    </message>
    <message>
        <source>This bundle is signed by someone who is not one of your contacts. Compare the fingerprint with them before importing it.</source>
        <translation>Пакет подписан человеком, которого нет среди ваших контактов. Сверьте с ним отпечаток, прежде чем импортировать.</translation>
    </message>
    <message>
        <source>This bundle was imported before; nothing was changed.</source>
        <translation>Этот пакет уже импортирован; ничего не изменено.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to you, the passphrase is wrong, or the file is damaged.</source>
        <translation>Пакет адресован не вам, парольная фраза неверна или файл повреждён.</translation>
    </message>
    <message>
        <source>The bundle&apos;s signature does not match its contents: it was altered. Nothing was imported.</source>
        <translation>Подпись пакета не соответствует содержимому: его изменили. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle was altered or damaged on the way. Nothing was imported.</source>
        <translation>Пакет изменён или повреждён в пути. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The audit log does not match what this computer recorded: the vault was rolled back to an earlier copy, or altered. If you restored a backup on purpose, confirm it with &apos;fieldintake audit verify --accept-current&apos;.</source>
        <translation>Журнал аудита не совпадает с тем, что записал этот компьютер: хранилище вернули к более ранней копии или изменили. Если вы намеренно восстановили резервную копию, подтвердите это командой «fieldintake audit verify --accept-current».</translation>
    </message>
    <message>
        <source>This vault was erased from another window. Nothing more can be saved to it.</source>
        <translation>Это хранилище стёрто из другого окна. В него больше ничего нельзя сохранить.</translation>
    </message>
    <message>
        <source>This bundle asks for an unreasonable amount of work to open; it was refused.</source>
        <translation>Для открытия этого пакета требуется неразумно много вычислений; он отклонён.</translation>
    </message>
    <message>
        <source>This file is not a fieldintake bundle. Nothing was imported.</source>
        <translation>Этот файл — не пакет fieldintake. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This bundle claims changes this vault never made: it was refused. Nothing was imported.</source>
        <translation>Пакет утверждает, что содержит изменения, которых это хранилище не делало: он отклонён. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The bundle could not be read: it is damaged or not a bundle. Nothing was imported.</source>
        <translation>Пакет не удалось прочитать: он повреждён или это не пакет. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>This file is not a fieldintake backup. Nothing was changed.</source>
        <translation>Этот файл — не резервная копия fieldintake. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The backup could not be read or written. Nothing was changed.</source>
        <translation>Резервную копию не удалось прочитать или записать. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Добавьте ещё одно-два слова. Редкие слова лучше.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translation>Заглавные буквы почти не помогают.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translation>Слова задом наперёд угадать почти так же легко.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translation>Предсказуемые замены вроде «@» вместо «a» почти не помогают.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Используйте несколько слов, избегайте расхожих фраз.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation>Символы, цифры и заглавные буквы не обязательны.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Ряды соседних клавиш легко угадать.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Короткие узоры на клавиатуре легко угадать.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation>Это один из 10 самых распространённых паролей.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Это похоже на распространённый пароль.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Одно слово само по себе легко угадать.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation>Текст одними заглавными угадать почти так же легко, как одними строчными.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Используйте более длинный узор на клавиатуре с большим числом поворотов.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Повторы вроде «aaa» легко угадать.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Повторы вроде «abcabcabc» угадать лишь чуть труднее, чем «abc».</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation>Это один из 100 самых распространённых паролей.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Это очень распространённый пароль.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Имена и фамилии сами по себе легко угадать.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Распространённые имена и фамилии легко угадать.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Избегайте повторяющихся слов и символов.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Последовательности вроде «abc» или «6543» легко угадать.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Избегайте последовательностей.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Недавние годы легко угадать.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Даты часто легко угадать.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Избегайте недавних годов.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Избегайте годов, связанных с вами.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Избегайте дат и годов, связанных с вами.</translation>
    </message>
    <message>
        <source>Use at least 12 characters; a few unrelated words work well.</source>
        <translation>Не меньше 12 символов; хорошо подходят несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <source>Too easy to guess: add another unrelated word.</source>
        <translation>Слишком легко угадать: добавьте ещё одно не связанное слово.</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>
