<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>A picture of a contact card&apos;s QR code</source>
        <translation>Снимок QR-кода карточки контакта</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>(a bare recipient: no name, cannot sign)</source>
        <translation>(только получатель: без имени, не может подписывать)</translation>
    </message>
    <message>
        <source>Paste the contact card they gave you (or an age1… or ssh-… recipient), or read it from a picture of their QR code. Check the fingerprint before saving.</source>
        <translation>Вставьте карточку, которую вам дали (или получателя age1… или ssh-…), или прочитайте её со снимка QR-кода. Перед сохранением проверьте отпечаток.</translation>
    </message>
    <message>
        <source>&amp;Card or recipient:</source>
        <translation>&amp;Карточка или получатель:</translation>
    </message>
    <message>
        <source>Name on the card:</source>
        <translation>Имя в карточке:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Сохранить &amp;как:</translation>
    </message>
    <message>
        <source>Read a &amp;QR code picture…</source>
        <translation>Прочитать снимок &amp;QR-кода…</translation>
    </message>
    <message>
        <source>Contact card or recipient</source>
        <translation>Карточка контакта или получатель</translation>
    </message>
    <message>
        <source>Name of the contact</source>
        <translation>Имя контакта</translation>
    </message>
</context>
<context>
    <name>AudienceConsent</name>
    <message>
        <source>Checking the client&apos;s consent…</source>
        <translation>Проверяется согласие клиента…</translation>
    </message>
    <message>
        <source>Consent overridden; the reason goes to the audit log.</source>
        <translation>Согласие обойдено; причина записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Согласие записано.</translation>
    </message>
    <message>
        <source>No consent for this audience.</source>
        <translation>Нет согласия для этого получателя.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для кого:</translation>
    </message>
    <message>
        <source>Who the summary is for</source>
        <translation>Для кого справка</translation>
    </message>
    <message>
        <source>Override with a reason…</source>
        <translation>Обойти, указав причину…</translation>
    </message>
    <message>
        <source>Why the summary may be shared without recorded consent</source>
        <translation>Почему справку можно передать без записанного согласия</translation>
    </message>
    <message>
        <source>Reason for overriding the consent</source>
        <translation>Причина обхода согласия</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Обойти</translation>
    </message>
</context>
<context>
    <name>BundleTab</name>
    <message>
        <source>Not verified yet: {names}. Compare their fingerprint by phone or in person before handing cases over.</source>
        <translation>Ещё не проверены: {names}. Сверьте отпечаток по телефону или лично, прежде чем передавать дела.</translation>
    </message>
    <message>
        <source>The outbox folder {folder} does not exist: create it, or choose another one in Settings.</source>
        <translation>Папки исходящих {folder} нет: создайте её или выберите другую в настройках.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Сохранить пакет</translation>
    </message>
    <message>
        <source>fieldintake bundles (*{ext})</source>
        <translation>Пакеты fieldintake (*{ext})</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Пакет записывается…</translation>
    </message>
    <message>
        <source>Who can open it</source>
        <translation>Кто сможет открыть</translation>
    </message>
    <message>
        <source>&amp;Contacts (their cards&apos; keys)</source>
        <translation>&amp;Контакты (ключи из их карточек)</translation>
    </message>
    <message>
        <source>Contacts to hand the case over to</source>
        <translation>Контакты, которым передаётся дело</translation>
    </message>
    <message>
        <source>A &amp;passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <source>Give the passphrase through another channel (in person or by phone), never with the bundle.</source>
        <translation>Сообщите парольную фразу другим путём (лично или по телефону), никогда не вместе с пакетом.</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Что войдёт</translation>
    </message>
    <message>
        <source>The &amp;full case</source>
        <translation>&amp;Всё дело</translation>
    </message>
    <message>
        <source>A &amp;redacted copy</source>
        <translation>&amp;Обезличенная копия</translation>
    </message>
    <message>
        <source>Include the &amp;PDFs</source>
        <translation>Добавить &amp;PDF</translation>
    </message>
    <message>
        <source>Where to write it</source>
        <translation>Куда записать</translation>
    </message>
    <message>
        <source>Save to a &amp;file…</source>
        <translation>В &amp;файл…</translation>
    </message>
    <message>
        <source>Into the &amp;outbox folder ({folder})</source>
        <translation>В папку &amp;исходящих ({folder})</translation>
    </message>
    <message>
        <source>Into the outbox folder (set one in Settings)</source>
        <translation>В папку исходящих (задайте её в настройках)</translation>
    </message>
    <message>
        <source>Create the &amp;bundle</source>
        <translation>Создать &amp;пакет</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Пакет записан</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Bundle id:</source>
        <translation>Номер пакета:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
</context>
<context>
    <name>CaseFileTab</name>
    <message>
        <source>The whole case as a paginated, Bates-numbered PDF for a court. It holds personal data: keep it encrypted and hand it over in a bundle.</source>
        <translation>Всё дело в PDF для суда, с нумерацией страниц и листов (Бейтс). В нём персональные данные: храните его зашифрованным и передавайте в пакете.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ проверен</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карточка</translation>
    </message>
    <message>
        <source>recipient only</source>
        <translation>только получатель</translation>
    </message>
    <message>
        <source>Cases can be sent to it, but nothing it sends can be verified.</source>
        <translation>Ему можно отправлять дела, но присланное от него проверить нельзя.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Contacts &amp; identity</source>
        <translation>Контакты и моя карточка</translation>
    </message>
    <message>
        <source>Remove the contact {name}? Bundles from them will then come from an unknown sender.</source>
        <translation>Удалить контакт {name}? Пакеты от него будут приходить от неизвестного отправителя.</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакты</translation>
    </message>
    <message>
        <source>&amp;My card</source>
        <translation>&amp;Моя карточка</translation>
    </message>
    <message>
        <source>The people you hand cases to and receive them from. Mark a contact verified only after comparing the fingerprint aloud or in person.</source>
        <translation>Люди, которым вы передаёте дела и от которых их получаете. Отмечайте контакт проверенным только после того, как сверили отпечаток вслух или лично.</translation>
    </message>
    <message>
        <source>&amp;Add a contact…</source>
        <translation>&amp;Добавить контакт…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Проверить…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Court-ready &amp;PDF</source>
        <translation>&amp;PDF для суда</translation>
    </message>
    <message>
        <source>&amp;Redacted summary</source>
        <translation>&amp;Обезличенная справка</translation>
    </message>
    <message>
        <source>&amp;Bundle</source>
        <translation>Пак&amp;ет</translation>
    </message>
    <message>
        <source>&amp;Urgent request</source>
        <translation>&amp;Срочный запрос</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Open &amp;case</source>
        <translation>Открыть &amp;дело</translation>
    </message>
    <message>
        <source>Case record</source>
        <translation>Запись дела</translation>
    </message>
    <message>
        <source>Case record {reference}</source>
        <translation>Запись дела {reference}</translation>
    </message>
    <message>
        <source>{case} · urgency: {urgency}</source>
        <translation>{case} · срочность: {urgency}</translation>
    </message>
    <message>
        <source>a case (the bundle does not say which)</source>
        <translation>дело (в пакете не сказано, какое)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Bundles in {folder}:</source>
        <translation>Пакеты в {folder}:</translation>
    </message>
    <message>
        <source>The inbox folder {folder} does not exist.</source>
        <translation>Папки входящих {folder} нет.</translation>
    </message>
    <message>
        <source>No inbox folder yet: choose one in Settings, or open a bundle file.</source>
        <translation>Папка входящих ещё не задана: выберите её в настройках или откройте файл пакета.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Открыть пакет</translation>
    </message>
    <message>
        <source>fieldintake bundles (*{ext})</source>
        <translation>Пакеты fieldintake (*{ext})</translation>
    </message>
    <message>
        <source>This bundle is locked with a passphrase. Type the passphrase the sender gave you through another channel.</source>
        <translation>Пакет закрыт парольной фразой. Введите фразу, которую отправитель сообщил вам другим путём.</translation>
    </message>
    <message>
        <source>Checking the bundle: decrypting and verifying everything, importing nothing…</source>
        <translation>Пакет проверяется: всё расшифровывается и сверяется, ничего не импортируется…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Пакет проверяется…</translation>
    </message>
    <message>
        <source>NOT one of your contacts</source>
        <translation>НЕ из ваших контактов</translation>
    </message>
    <message>
        <source>The sender is not one of your contacts. Before importing, compare the fingerprint above with them by phone or in person.</source>
        <translation>Отправителя нет среди ваших контактов. Перед импортом сверьте с ним отпечаток выше по телефону или лично.</translation>
    </message>
    <message>
        <source>Your contact {name}, verified</source>
        <translation>Ваш контакт {name}, проверен</translation>
    </message>
    <message>
        <source>Your contact {name}, not verified yet</source>
        <translation>Ваш контакт {name}, ещё не проверен</translation>
    </message>
    <message>
        <source>Valid: the contents are exactly what the sender signed</source>
        <translation>Верна: содержимое в точности то, что подписал отправитель</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>НЕВЕРНА</translation>
    </message>
    <message>
        <source>Forwarded: this bundle was re-encrypted by someone other than its sender after it was sent. Ask the sender whether they expected that before you import it.</source>
        <translation>Переслан: после отправки пакет заново зашифровал не его отправитель. Прежде чем импортировать, спросите отправителя, ожидал ли он этого.</translation>
    </message>
    <message>
        <source>Full cases</source>
        <translation>Полные дела</translation>
    </message>
    <message>
        <source>Redacted for {audience}</source>
        <translation>Обезличено для: {audience}</translation>
    </message>
    <message>
        <source>Verified. This bundle was imported before.</source>
        <translation>Проверен. Этот пакет уже был импортирован.</translation>
    </message>
    <message>
        <source>Verified: decrypted and checked in full. Nothing is imported until you choose Import.</source>
        <translation>Проверен: полностью расшифрован и сверен. Ничего не импортируется, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation>Не импортировано: {why}</translation>
    </message>
    <message>
        <source>{name} is not one of your contacts. Their fingerprint is

{fingerprint}

Import anyway? They will be added as an unverified contact; verify them later on the Contacts page.</source>
        <translation>{name} нет среди ваших контактов. Отпечаток:

{fingerprint}

Всё равно импортировать? Отправитель будет добавлен как непроверенный контакт; проверьте его позже на странице «Контакты».</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Added {name} as an unverified contact.</source>
        <translation>{name} добавлен как непроверенный контакт.</translation>
    </message>
    <message>
        <source>{reference}: imported as a new case</source>
        <translation>{reference}: импортировано как новое дело</translation>
    </message>
    <message>
        <source>{reference}: updated; {count} field(s) differ</source>
        <translation>{reference}: обновлено; различающихся полей: {count}</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импортировано.</translation>
    </message>
    <message>
        <source>Not imported. The file was left where it is.</source>
        <translation>Не импортировано. Файл остался на месте.</translation>
    </message>
    <message>
        <source>&amp;Open a bundle file…</source>
        <translation>&amp;Открыть файл пакета…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>Bundles in the inbox</source>
        <translation>Пакеты во входящих</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Check the bundle</source>
        <translation>П&amp;роверить пакет</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Отправитель:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Содержимое:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Создан:</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Дел:</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Файлы в пакете</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>О&amp;тклонить</translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation>Что импортировано</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Preparing the PDF…</source>
        <translation>PDF готовится…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
</context>
<context>
    <name>PdfOptionsForm</name>
    <message>
        <source>&amp;Archival format:</source>
        <translation>&amp;Архивный формат:</translation>
    </message>
    <message>
        <source>Plain PDF</source>
        <translation>Обычный PDF</translation>
    </message>
    <message>
        <source>PDF/A-2b (for filing)</source>
        <translation>PDF/A-2b (для подачи)</translation>
    </message>
    <message>
        <source>PDF/A-3b (with the original files inside)</source>
        <translation>PDF/A-3b (с исходными файлами внутри)</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF:</source>
        <extracomment>The preview pane never narrower than this (px): beside the form and the review it was squeezed to 80.</extracomment>
        <translation>&amp;Язык PDF:</translation>
    </message>
    <message>
        <source>Bates &amp;prefix:</source>
        <translation>&amp;Префикс Бейтса:</translation>
    </message>
    <message>
        <source>Bates &amp;start:</source>
        <translation>&amp;Начальный номер:</translation>
    </message>
    <message>
        <source>E&amp;xhibits (untick to leave one out):</source>
        <translation>&amp;Приложения (снимите отметку, чтобы не включать):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>&amp;Подготовил(а):</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Pages:</source>
        <translation>Страниц:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>Просмотр PDF</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF</source>
        <translation>SHA-256 файла PDF</translation>
    </message>
</context>
<context>
    <name>SuggestionReview</name>
    <message numerus="yes">
        <source>%n suggested redaction(s) to review: names, places and organisations that no field records. Until each is decided they are removed.</source>
        <translation>
            <numerusform>%n предложенное удаление ждёт решения: имена, места и организации, которых нет в полях. Пока решения нет, они удаляются.</numerusform>
            <numerusform>%n предложенных удаления ждут решения: имена, места и организации, которых нет в полях. Пока решения нет, они удаляются.</numerusform>
            <numerusform>%n предложенных удалений ждут решения: имена, места и организации, которых нет в полях. Пока решения нет, они удаляются.</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestions wait for review.</source>
        <translation>Нет предложений, ожидающих решения.</translation>
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
        <source>organisation</source>
        <translation>организация</translation>
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
        <source>goes out, metadata removed</source>
        <translation>передаётся, метаданные удалены</translation>
    </message>
    <message>
        <source>left out unless ticked</source>
        <translation>не передаётся, если не отмечено</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>не передаётся</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Слово</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Раз</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Suggested redactions</source>
        <translation>Предложенные удаления</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Accept: removed from every summary of this case</source>
        <translation>Принять: удаляется из всех справок по этому делу</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Оставить</translation>
    </message>
    <message>
        <source>Reject: not identifying; not suggested again for this case</source>
        <translation>Отклонить: не идентифицирует; больше не предлагается для этого дела</translation>
    </message>
    <message>
        <source>Remove all of this &amp;kind</source>
        <translation>Удалить всё этого &amp;вида</translation>
    </message>
    <message>
        <source>Make the summary without deciding (undecided ones are removed; written in the log)</source>
        <translation>Сделать справку без решения (нерешённые удаляются; это записывается в журнал)</translation>
    </message>
    <message>
        <source>Files that go out with the summary:</source>
        <translation>Файлы, которые передаются со справкой:</translation>
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
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <source>In the summary</source>
        <translation>В справке</translation>
    </message>
    <message>
        <source>Files of the summary</source>
        <translation>Файлы справки</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>A copy with identifying details removed, for someone the client agreed to share with. Read the text below before you share it.</source>
        <translation>Копия без идентифицирующих сведений для того, кому клиент согласился её передать. Прочитайте текст ниже, прежде чем передавать.</translation>
    </message>
    <message>
        <source>What the summary &amp;says:</source>
        <translation>&amp;Текст справки:</translation>
    </message>
    <message>
        <source>Text of the redacted summary</source>
        <translation>Текст обезличенной справки</translation>
    </message>
    <message>
        <source>&amp;Preview PDF</source>
        <translation>&amp;Просмотр PDF</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сохранить…</translation>
    </message>
</context>
<context>
    <name>UrgentTab</name>
    <message>
        <source>A request to a UN committee to stop a removal while it examines the case. It is built from the case; the list below says what is still missing.</source>
        <translation>Просьба к комитету ООН остановить выдворение, пока он рассматривает дело. Она составляется из дела; в списке ниже видно, чего ещё не хватает.</translation>
    </message>
    <message>
        <source>&amp;Language of the request:</source>
        <translation>&amp;Язык запроса:</translation>
    </message>
    <message>
        <source>&amp;State the person is in:</source>
        <translation>&amp;Государство, где находится человек:</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Комитет:</translation>
    </message>
    <message>
        <source>&amp;Confidential (no name):</source>
        <translation>&amp;Конфиденциально (без имени):</translation>
    </message>
    <message>
        <source>Lawyer&apos;s &amp;authority:</source>
        <translation>&amp;Полномочия адвоката:</translation>
    </message>
    <message>
        <source>Removal &amp;date and time:</source>
        <translation>&amp;Дата и время выдворения:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Куда:</translation>
    </message>
    <message>
        <source>What the request &amp;needs:</source>
        <translation>Что &amp;нужно для запроса:</translation>
    </message>
    <message>
        <source>&amp;Save the request…</source>
        <translation>&amp;Сохранить запрос…</translation>
    </message>
    <message>
        <source>Save the urgent request</source>
        <translation>Сохранить срочный запрос</translation>
    </message>
    <message>
        <source>Preparing the urgent request…</source>
        <translation>Готовится срочный запрос…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>What you typed differs from the fingerprint: do not mark it verified.</source>
        <translation>Введённое не совпадает с отпечатком: не отмечайте контакт проверенным.</translation>
    </message>
    <message>
        <source>Ask {name} to read the fingerprint shown on their own screen (Contacts &amp; identity), by phone or in person, and compare it with this one group by group. Never compare it over the channel the card came through.</source>
        <translation>Попросите {name} прочитать отпечаток со своего экрана («Контакты и моя карточка») по телефону или лично и сверьте его с этим группа за группой. Никогда не сверяйте по тому же каналу, по которому пришла карточка.</translation>
    </message>
    <message>
        <source>&amp;Optionally, type what they read out:</source>
        <translation>&amp;Можно ввести то, что вам продиктовали:</translation>
    </message>
    <message>
        <source>The fingerprint as they read it</source>
        <translation>Отпечаток, как его продиктовали</translation>
    </message>
    <message>
        <source>Fingerprint of the contact</source>
        <translation>Отпечаток контакта</translation>
    </message>
    <message>
        <source>They &amp;match: mark verified</source>
        <translation>&amp;Совпадает: отметить проверенным</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>О&amp;тмена</translation>
    </message>
</context>
</TS>
