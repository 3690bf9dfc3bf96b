<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>A picture of a contact card&apos;s QR code</source>
        <translation>Знімок QR-коду картки контакту</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>(a bare recipient: no name, cannot sign)</source>
        <translation>(лише отримувач: без імені, не може підписувати)</translation>
    </message>
    <message>
        <source>Paste the contact card they gave you (or an age1… or ssh-… recipient), or read it from a picture of their QR code. Check the fingerprint before saving.</source>
        <translation>Вставте картку, яку вам дали (або отримувача age1… чи ssh-…), або прочитайте її зі знімка QR-коду. Перед збереженням перевірте відбиток.</translation>
    </message>
    <message>
        <source>&amp;Card or recipient:</source>
        <translation>&amp;Картка або отримувач:</translation>
    </message>
    <message>
        <source>Name on the card:</source>
        <translation>Ім’я в картці:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Відбиток:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Зберегти &amp;як:</translation>
    </message>
    <message>
        <source>Read a &amp;QR code picture…</source>
        <translation>Прочитати знімок &amp;QR-коду…</translation>
    </message>
    <message>
        <source>Contact card or recipient</source>
        <translation>Картка контакту або отримувач</translation>
    </message>
    <message>
        <source>Name of the contact</source>
        <translation>Ім’я контакту</translation>
    </message>
</context>
<context>
    <name>AudienceConsent</name>
    <message>
        <source>Checking the client&apos;s consent…</source>
        <translation>Перевіряється згода клієнта…</translation>
    </message>
    <message>
        <source>Consent overridden; the reason goes to the audit log.</source>
        <translation>Згоду обійдено; причину записано до журналу аудиту.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Згоду записано.</translation>
    </message>
    <message>
        <source>No consent for this audience.</source>
        <translation>Немає згоди для цього отримувача.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для кого:</translation>
    </message>
    <message>
        <source>Who the summary is for</source>
        <translation>Для кого довідка</translation>
    </message>
    <message>
        <source>Override with a reason…</source>
        <translation>Обійти, зазначивши причину…</translation>
    </message>
    <message>
        <source>Why the summary may be shared without recorded consent</source>
        <translation>Чому довідку можна передати без записаної згоди</translation>
    </message>
    <message>
        <source>Reason for overriding the consent</source>
        <translation>Причина обходу згоди</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Обійти</translation>
    </message>
</context>
<context>
    <name>BundleTab</name>
    <message>
        <source>Not verified yet: {names}. Compare their fingerprint by phone or in person before handing cases over.</source>
        <translation>Ще не перевірені: {names}. Звірте відбиток телефоном або особисто, перш ніж передавати справи.</translation>
    </message>
    <message>
        <source>The outbox folder {folder} does not exist: create it, or choose another one in Settings.</source>
        <translation>Теки вихідних {folder} немає: створіть її або виберіть іншу в налаштуваннях.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Зберегти пакет</translation>
    </message>
    <message>
        <source>fieldintake bundles (*{ext})</source>
        <translation>Пакети fieldintake (*{ext})</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Пакет записується…</translation>
    </message>
    <message>
        <source>Who can open it</source>
        <translation>Хто зможе відкрити</translation>
    </message>
    <message>
        <source>&amp;Contacts (their cards&apos; keys)</source>
        <translation>&amp;Контакти (ключі з їхніх карток)</translation>
    </message>
    <message>
        <source>Contacts to hand the case over to</source>
        <translation>Контакти, яким передається справа</translation>
    </message>
    <message>
        <source>A &amp;passphrase</source>
        <translation>&amp;Парольна фраза</translation>
    </message>
    <message>
        <source>Give the passphrase through another channel (in person or by phone), never with the bundle.</source>
        <translation>Повідомте парольну фразу іншим шляхом (особисто або телефоном), ніколи не разом із пакетом.</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Що ввійде</translation>
    </message>
    <message>
        <source>The &amp;full case</source>
        <translation>&amp;Уся справа</translation>
    </message>
    <message>
        <source>A &amp;redacted copy</source>
        <translation>&amp;Знеособлена копія</translation>
    </message>
    <message>
        <source>Include the &amp;PDFs</source>
        <translation>Додати &amp;PDF</translation>
    </message>
    <message>
        <source>Where to write it</source>
        <translation>Куди записати</translation>
    </message>
    <message>
        <source>Save to a &amp;file…</source>
        <translation>У &amp;файл…</translation>
    </message>
    <message>
        <source>Into the &amp;outbox folder ({folder})</source>
        <translation>У теку &amp;вихідних ({folder})</translation>
    </message>
    <message>
        <source>Into the outbox folder (set one in Settings)</source>
        <translation>У теку вихідних (задайте її в налаштуваннях)</translation>
    </message>
    <message>
        <source>Create the &amp;bundle</source>
        <translation>Створити п&amp;акет</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Пакет записано</translation>
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
        <translation>Розмір:</translation>
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
        <translation>Уся справа в PDF для суду, з нумерацією сторінок і аркушів (Бейтс). У ній персональні дані: зберігайте її зашифрованою й передавайте в пакеті.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Перегляд</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Зберегти…</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>✓ verified</source>
        <translation>✓ перевірено</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>не перевірено</translation>
    </message>
    <message>
        <source>card</source>
        <translation>картка</translation>
    </message>
    <message>
        <source>recipient only</source>
        <translation>лише отримувач</translation>
    </message>
    <message>
        <source>Cases can be sent to it, but nothing it sends can be verified.</source>
        <translation>Йому можна надсилати справи, але надіслане від нього перевірити неможливо.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Відбиток</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Перевірено</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Contacts &amp; identity</source>
        <translation>Контакти й моя картка</translation>
    </message>
    <message>
        <source>Remove the contact {name}? Bundles from them will then come from an unknown sender.</source>
        <translation>Видалити контакт {name}? Пакети від нього надходитимуть від невідомого відправника.</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Контакти</translation>
    </message>
    <message>
        <source>&amp;My card</source>
        <translation>&amp;Моя картка</translation>
    </message>
    <message>
        <source>The people you hand cases to and receive them from. Mark a contact verified only after comparing the fingerprint aloud or in person.</source>
        <translation>Люди, яким ви передаєте справи і від яких їх отримуєте. Позначайте контакт перевіреним лише після того, як звірили відбиток уголос або особисто.</translation>
    </message>
    <message>
        <source>&amp;Add a contact…</source>
        <translation>&amp;Додати контакт…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Перевірити…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Видалити…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакти</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Court-ready &amp;PDF</source>
        <translation>&amp;PDF для суду</translation>
    </message>
    <message>
        <source>&amp;Redacted summary</source>
        <translation>&amp;Знеособлена довідка</translation>
    </message>
    <message>
        <source>&amp;Bundle</source>
        <translation>Па&amp;кет</translation>
    </message>
    <message>
        <source>&amp;Urgent request</source>
        <translation>&amp;Терміновий запит</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Що експортувати</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Open &amp;case</source>
        <translation>Відкрити &amp;справу</translation>
    </message>
    <message>
        <source>Case record</source>
        <translation>Запис справи</translation>
    </message>
    <message>
        <source>Case record {reference}</source>
        <translation>Запис справи {reference}</translation>
    </message>
    <message>
        <source>{case} · urgency: {urgency}</source>
        <translation>{case} · терміновість: {urgency}</translation>
    </message>
    <message>
        <source>a case (the bundle does not say which)</source>
        <translation>справа (у пакеті не сказано, яка)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <source>Bundles in {folder}:</source>
        <translation>Пакети в {folder}:</translation>
    </message>
    <message>
        <source>The inbox folder {folder} does not exist.</source>
        <translation>Теки вхідних {folder} немає.</translation>
    </message>
    <message>
        <source>No inbox folder yet: choose one in Settings, or open a bundle file.</source>
        <translation>Теку вхідних ще не задано: виберіть її в налаштуваннях або відкрийте файл пакета.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Відкрити пакет</translation>
    </message>
    <message>
        <source>fieldintake bundles (*{ext})</source>
        <translation>Пакети fieldintake (*{ext})</translation>
    </message>
    <message>
        <source>This bundle is locked with a passphrase. Type the passphrase the sender gave you through another channel.</source>
        <translation>Пакет захищено парольною фразою. Введіть фразу, яку відправник повідомив вам іншим шляхом.</translation>
    </message>
    <message>
        <source>Checking the bundle: decrypting and verifying everything, importing nothing…</source>
        <translation>Пакет перевіряється: усе розшифровується й звіряється, нічого не імпортується…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Пакет перевіряється…</translation>
    </message>
    <message>
        <source>NOT one of your contacts</source>
        <translation>НЕ з ваших контактів</translation>
    </message>
    <message>
        <source>The sender is not one of your contacts. Before importing, compare the fingerprint above with them by phone or in person.</source>
        <translation>Відправника немає серед ваших контактів. Перед імпортом звірте з ним відбиток вище телефоном або особисто.</translation>
    </message>
    <message>
        <source>Your contact {name}, verified</source>
        <translation>Ваш контакт {name}, перевірено</translation>
    </message>
    <message>
        <source>Your contact {name}, not verified yet</source>
        <translation>Ваш контакт {name}, ще не перевірено</translation>
    </message>
    <message>
        <source>Valid: the contents are exactly what the sender signed</source>
        <translation>Дійсний: вміст точно той, що підписав відправник</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>НЕДІЙСНИЙ</translation>
    </message>
    <message>
        <source>Forwarded: this bundle was re-encrypted by someone other than its sender after it was sent. Ask the sender whether they expected that before you import it.</source>
        <translation>Переслано: після надсилання пакет заново зашифрував не його відправник. Перш ніж імпортувати, запитайте відправника, чи очікував він цього.</translation>
    </message>
    <message>
        <source>Full cases</source>
        <translation>Повні справи</translation>
    </message>
    <message>
        <source>Redacted for {audience}</source>
        <translation>Знеособлено для: {audience}</translation>
    </message>
    <message>
        <source>Verified. This bundle was imported before.</source>
        <translation>Перевірено. Цей пакет уже імпортовано.</translation>
    </message>
    <message>
        <source>Verified: decrypted and checked in full. Nothing is imported until you choose Import.</source>
        <translation>Перевірено: повністю розшифровано й звірено. Нічого не імпортується, доки ви не натиснете «Імпортувати».</translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation>Не імпортовано: {why}</translation>
    </message>
    <message>
        <source>{name} is not one of your contacts. Their fingerprint is

{fingerprint}

Import anyway? They will be added as an unverified contact; verify them later on the Contacts page.</source>
        <translation>{name} немає серед ваших контактів. Відбиток:

{fingerprint}

Усе одно імпортувати? Відправника буде додано як неперевірений контакт; перевірте його пізніше на сторінці «Контакти».</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>Added {name} as an unverified contact.</source>
        <translation>{name} додано як неперевірений контакт.</translation>
    </message>
    <message>
        <source>{reference}: imported as a new case</source>
        <translation>{reference}: імпортовано як нову справу</translation>
    </message>
    <message>
        <source>{reference}: updated; {count} field(s) differ</source>
        <translation>{reference}: оновлено; полів, що відрізняються: {count}</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Імпортовано.</translation>
    </message>
    <message>
        <source>Not imported. The file was left where it is.</source>
        <translation>Не імпортовано. Файл залишився на місці.</translation>
    </message>
    <message>
        <source>&amp;Open a bundle file…</source>
        <translation>&amp;Відкрити файл пакета…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>О&amp;новити</translation>
    </message>
    <message>
        <source>Bundles in the inbox</source>
        <translation>Пакети у вхідних</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;Check the bundle</source>
        <translation>П&amp;еревірити пакет</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від кого</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Відправник:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Відбиток:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакт:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Підпис:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Вміст:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Створено:</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Справ:</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Файли в пакеті</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Від&amp;хилити</translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation>Що імпортовано</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Preparing the PDF…</source>
        <translation>PDF готується…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Зберегти PDF</translation>
    </message>
</context>
<context>
    <name>PdfOptionsForm</name>
    <message>
        <source>&amp;Language of the PDF:</source>
        <extracomment>The preview pane never narrower than this (px): beside the form and the review it was squeezed to 80.</extracomment>
        <translation>&amp;Мова PDF:</translation>
    </message>
    <message>
        <source>Bates &amp;prefix:</source>
        <translation>&amp;Префікс Бейтса:</translation>
    </message>
    <message>
        <source>Bates &amp;start:</source>
        <translation>Початковий &amp;номер:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Організація:</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Підготува&amp;в(-ла):</translation>
    </message>
    <message>
        <source>&amp;Archival format:</source>
        <translation>&amp;Архівний формат:</translation>
    </message>
    <message>
        <source>E&amp;xhibits (untick to leave one out):</source>
        <translation>&amp;Додатки (зніміть позначку, щоб не включати):</translation>
    </message>
    <message>
        <source>Plain PDF</source>
        <translation>Звичайний PDF</translation>
    </message>
    <message>
        <source>PDF/A-2b (for filing)</source>
        <translation>PDF/A-2b (для подання)</translation>
    </message>
    <message>
        <source>PDF/A-3b (with the original files inside)</source>
        <translation>PDF/A-3b (з вихідними файлами всередині)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Pages:</source>
        <translation>Сторінок:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>Перегляд PDF</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF</source>
        <translation>SHA-256 файлу PDF</translation>
    </message>
</context>
<context>
    <name>SuggestionReview</name>
    <message numerus="yes">
        <source>%n suggested redaction(s) to review: names, places and organisations that no field records. Until each is decided they are removed.</source>
        <translation>
            <numerusform>%n запропоноване вилучення чекає на рішення: імена, місця й організації, яких немає в полях. Доки рішення немає, їх вилучено.</numerusform>
            <numerusform>%n запропоновані вилучення чекають на рішення: імена, місця й організації, яких немає в полях. Доки рішення немає, їх вилучено.</numerusform>
            <numerusform>%n запропонованих вилучень чекають на рішення: імена, місця й організації, яких немає в полях. Доки рішення немає, їх вилучено.</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestions wait for review.</source>
        <translation>Немає пропозицій, що чекають на рішення.</translation>
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
        <source>organisation</source>
        <translation>організація</translation>
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
        <source>goes out, metadata removed</source>
        <translation>передається, метадані видалено</translation>
    </message>
    <message>
        <source>left out unless ticked</source>
        <translation>не передається, якщо не позначено</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>не передається</translation>
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
        <translation>Разів</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Suggested redactions</source>
        <translation>Запропоновані вилучення</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Accept: removed from every summary of this case</source>
        <translation>Прийняти: вилучається з усіх довідок у цій справі</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Залишити</translation>
    </message>
    <message>
        <source>Reject: not identifying; not suggested again for this case</source>
        <translation>Відхилити: не ідентифікує; більше не пропонується для цієї справи</translation>
    </message>
    <message>
        <source>Remove all of this &amp;kind</source>
        <translation>Вилучити все цього в&amp;иду</translation>
    </message>
    <message>
        <source>Make the summary without deciding (undecided ones are removed; written in the log)</source>
        <translation>Зробити довідку без рішення (невирішені вилучаються; це записується до журналу)</translation>
    </message>
    <message>
        <source>Files that go out with the summary:</source>
        <translation>Файли, що передаються з довідкою:</translation>
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
        <translation>Чутливість</translation>
    </message>
    <message>
        <source>In the summary</source>
        <translation>У довідці</translation>
    </message>
    <message>
        <source>Files of the summary</source>
        <translation>Файли довідки</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>A copy with identifying details removed, for someone the client agreed to share with. Read the text below before you share it.</source>
        <translation>Копія без ідентифікаційних відомостей для того, кому клієнт погодився її передати. Прочитайте текст нижче, перш ніж передавати.</translation>
    </message>
    <message>
        <source>What the summary &amp;says:</source>
        <translation>&amp;Текст довідки:</translation>
    </message>
    <message>
        <source>Text of the redacted summary</source>
        <translation>Текст знеособленої довідки</translation>
    </message>
    <message>
        <source>&amp;Preview PDF</source>
        <translation>&amp;Перегляд PDF</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Зберегти…</translation>
    </message>
</context>
<context>
    <name>UrgentTab</name>
    <message>
        <source>Save the urgent request</source>
        <translation>Зберегти терміновий запит</translation>
    </message>
    <message>
        <source>Preparing the urgent request…</source>
        <translation>Готується терміновий запит…</translation>
    </message>
    <message>
        <source>A request to a UN committee to stop a removal while it examines the case. It is built from the case; the list below says what is still missing.</source>
        <translation>Прохання до комітету ООН зупинити видворення, поки він розглядає справу. Його складено зі справи; список нижче показує, чого ще бракує.</translation>
    </message>
    <message>
        <source>&amp;Language of the request:</source>
        <translation>&amp;Мова запиту:</translation>
    </message>
    <message>
        <source>&amp;State the person is in:</source>
        <translation>&amp;Держава, де перебуває людина:</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Комітет:</translation>
    </message>
    <message>
        <source>&amp;Confidential (no name):</source>
        <translation>Ко&amp;нфіденційно (без імені):</translation>
    </message>
    <message>
        <source>Lawyer&apos;s &amp;authority:</source>
        <translation>&amp;Повноваження адвоката:</translation>
    </message>
    <message>
        <source>Removal &amp;date and time:</source>
        <translation>Дата й &amp;час видворення:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>К&amp;уди:</translation>
    </message>
    <message>
        <source>What the request &amp;needs:</source>
        <translation>Що по&amp;трібно для запиту:</translation>
    </message>
    <message>
        <source>&amp;Save the request…</source>
        <translation>&amp;Зберегти запит…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>What you typed differs from the fingerprint: do not mark it verified.</source>
        <translation>Введене не збігається з відбитком: не позначайте контакт перевіреним.</translation>
    </message>
    <message>
        <source>Ask {name} to read the fingerprint shown on their own screen (Contacts &amp; identity), by phone or in person, and compare it with this one group by group. Never compare it over the channel the card came through.</source>
        <translation>Попросіть {name} прочитати відбиток зі свого екрана («Контакти й моя картка») телефоном або особисто й звірте його з цим група за групою. Ніколи не звіряйте тим самим каналом, яким надійшла картка.</translation>
    </message>
    <message>
        <source>&amp;Optionally, type what they read out:</source>
        <translation>&amp;Можна ввести те, що вам продиктували:</translation>
    </message>
    <message>
        <source>The fingerprint as they read it</source>
        <translation>Відбиток, як його продиктували</translation>
    </message>
    <message>
        <source>Fingerprint of the contact</source>
        <translation>Відбиток контакту</translation>
    </message>
    <message>
        <source>They &amp;match: mark verified</source>
        <translation>&amp;Збігається: позначити перевіреним</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Скасувати</translation>
    </message>
</context>
</TS>
