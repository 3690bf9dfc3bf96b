<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>A picture of a contact card&apos;s QR code</source>
        <translation>Байланыс карточкасының QR-коды суреті</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Кескіндер (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>(a bare recipient: no name, cannot sign)</source>
        <translation>(тек алушы: аты жоқ, қол қоя алмайды)</translation>
    </message>
    <message>
        <source>Paste the contact card they gave you (or an age1… or ssh-… recipient), or read it from a picture of their QR code. Check the fingerprint before saving.</source>
        <translation>Сізге берілген байланыс карточкасын (немесе age1… не ssh-… алушысын) қойыңыз немесе оны QR-код суретінен оқыңыз. Сақтамас бұрын саусақ ізін тексеріңіз.</translation>
    </message>
    <message>
        <source>&amp;Card or recipient:</source>
        <translation>&amp;Карточка немесе алушы:</translation>
    </message>
    <message>
        <source>Name on the card:</source>
        <translation>Карточкадағы аты:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Саусақ ізі:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>&amp;Мына атпен сақтау:</translation>
    </message>
    <message>
        <source>Read a &amp;QR code picture…</source>
        <translation>&amp;QR-код суретін оқу…</translation>
    </message>
    <message>
        <source>Contact card or recipient</source>
        <translation>Байланыс карточкасы немесе алушы</translation>
    </message>
    <message>
        <source>Name of the contact</source>
        <translation>Байланыстың аты</translation>
    </message>
</context>
<context>
    <name>AudienceConsent</name>
    <message>
        <source>Checking the client&apos;s consent…</source>
        <translation>Клиенттің келісімі тексерілуде…</translation>
    </message>
    <message>
        <source>Consent overridden; the reason goes to the audit log.</source>
        <translation>Келісім айналып өтілді; себебі аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>Consent recorded.</source>
        <translation>Келісім жазылған.</translation>
    </message>
    <message>
        <source>No consent for this audience.</source>
        <translation>Бұл алушыға келісім жоқ.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Кімге арналған:</translation>
    </message>
    <message>
        <source>Who the summary is for</source>
        <translation>Анықтама кімге арналған</translation>
    </message>
    <message>
        <source>Override with a reason…</source>
        <translation>Себебін көрсетіп, айналып өту…</translation>
    </message>
    <message>
        <source>Why the summary may be shared without recorded consent</source>
        <translation>Анықтаманы жазылған келісімсіз неге беруге болады</translation>
    </message>
    <message>
        <source>Reason for overriding the consent</source>
        <translation>Келісімді айналып өту себебі</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Айналып өту</translation>
    </message>
</context>
<context>
    <name>BundleTab</name>
    <message>
        <source>Not verified yet: {names}. Compare their fingerprint by phone or in person before handing cases over.</source>
        <translation>Әлі тексерілмегендер: {names}. Істерді бермес бұрын олардың саусақ ізін телефон арқылы немесе жеке кездесіп салыстырыңыз.</translation>
    </message>
    <message>
        <source>The outbox folder {folder} does not exist: create it, or choose another one in Settings.</source>
        <translation>{folder} шығыс бумасы жоқ: оны жасаңыз немесе баптауларда басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Пакетті сақтау</translation>
    </message>
    <message>
        <source>fieldintake bundles (*{ext})</source>
        <translation>fieldintake пакеттері (*{ext})</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Пакет жазылуда…</translation>
    </message>
    <message>
        <source>Who can open it</source>
        <translation>Оны кім аша алады</translation>
    </message>
    <message>
        <source>&amp;Contacts (their cards&apos; keys)</source>
        <translation>&amp;Байланыстар (олардың карточкаларындағы кілттер)</translation>
    </message>
    <message>
        <source>Contacts to hand the case over to</source>
        <translation>Іс берілетін байланыстар</translation>
    </message>
    <message>
        <source>A &amp;passphrase</source>
        <translation>&amp;Құпия фраза</translation>
    </message>
    <message>
        <source>Give the passphrase through another channel (in person or by phone), never with the bundle.</source>
        <translation>Құпия фразаны басқа жолмен (жеке кездесіп немесе телефон арқылы) хабарлаңыз, ешқашан пакетпен бірге емес.</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Не енеді</translation>
    </message>
    <message>
        <source>The &amp;full case</source>
        <translation>&amp;Толық іс</translation>
    </message>
    <message>
        <source>A &amp;redacted copy</source>
        <translation>&amp;Иесіздендірілген көшірме</translation>
    </message>
    <message>
        <source>Include the &amp;PDFs</source>
        <translation>&amp;PDF қосу</translation>
    </message>
    <message>
        <source>Where to write it</source>
        <translation>Қайда жазу керек</translation>
    </message>
    <message>
        <source>Save to a &amp;file…</source>
        <translation>&amp;Файлға…</translation>
    </message>
    <message>
        <source>Into the &amp;outbox folder ({folder})</source>
        <translation>&amp;Шығыс бумасына ({folder})</translation>
    </message>
    <message>
        <source>Into the outbox folder (set one in Settings)</source>
        <translation>Шығыс бумасына (оны баптауларда көрсетіңіз)</translation>
    </message>
    <message>
        <source>Create the &amp;bundle</source>
        <translation>&amp;Пакет жасау</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Пакет жазылды</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Bundle id:</source>
        <translation>Пакет нөмірі:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Өлшемі:</translation>
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
        <translation>Сотқа арналған, беттері нөмірленген (Bates) PDF түріндегі бүкіл іс. Онда дербес деректер бар: оны шифрланған күйде сақтап, пакет арқылы беріңіз.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Алдын ала қарау</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сақтау…</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>✓ verified</source>
        <translation>✓ тексерілген</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>тексерілмеген</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карточка</translation>
    </message>
    <message>
        <source>recipient only</source>
        <translation>тек алушы</translation>
    </message>
    <message>
        <source>Cases can be sent to it, but nothing it sends can be verified.</source>
        <translation>Оған істер жіберуге болады, бірақ одан келгенді тексеру мүмкін емес.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Саусақ ізі</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Қосылған</translation>
    </message>
    <message>
        <source>Contacts &amp; identity</source>
        <translation>Байланыстар және менің карточкам</translation>
    </message>
    <message>
        <source>Remove the contact {name}? Bundles from them will then come from an unknown sender.</source>
        <translation>{name} байланысын жою керек пе? Содан кейін одан келетін пакеттер белгісіз жіберушіден келеді.</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Байланыстар</translation>
    </message>
    <message>
        <source>&amp;My card</source>
        <translation>&amp;Менің карточкам</translation>
    </message>
    <message>
        <source>The people you hand cases to and receive them from. Mark a contact verified only after comparing the fingerprint aloud or in person.</source>
        <translation>Сіз істерді беретін және олардан алатын адамдар. Байланысты саусақ ізін дауыстап немесе жеке кездесіп салыстырғаннан кейін ғана тексерілген деп белгілеңіз.</translation>
    </message>
    <message>
        <source>&amp;Add a contact…</source>
        <translation>Байланыс &amp;қосу…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Тексеру…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Жою…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Байланыстар</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Court-ready &amp;PDF</source>
        <translation>Сотқа арналған &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Redacted summary</source>
        <translation>&amp;Иесіздендірілген анықтама</translation>
    </message>
    <message>
        <source>&amp;Bundle</source>
        <translation>Па&amp;кет</translation>
    </message>
    <message>
        <source>&amp;Urgent request</source>
        <translation>&amp;Шұғыл өтініш</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Нені экспорттау керек</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Open &amp;case</source>
        <translation>&amp;Істі ашу</translation>
    </message>
    <message>
        <source>Case record</source>
        <translation>Іс жазбасы</translation>
    </message>
    <message>
        <source>Case record {reference}</source>
        <translation>Іс жазбасы {reference}</translation>
    </message>
    <message>
        <source>{case} · urgency: {urgency}</source>
        <translation>{case} · шұғылдық: {urgency}</translation>
    </message>
    <message>
        <source>a case (the bundle does not say which)</source>
        <translation>іс (пакетте қайсысы екені айтылмаған)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Кіріс</translation>
    </message>
    <message>
        <source>Bundles in {folder}:</source>
        <translation>{folder} ішіндегі пакеттер:</translation>
    </message>
    <message>
        <source>The inbox folder {folder} does not exist.</source>
        <translation>{folder} кіріс бумасы жоқ.</translation>
    </message>
    <message>
        <source>No inbox folder yet: choose one in Settings, or open a bundle file.</source>
        <translation>Кіріс бумасы әлі көрсетілмеген: оны баптауларда таңдаңыз немесе пакет файлын ашыңыз.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Пакетті ашу</translation>
    </message>
    <message>
        <source>fieldintake bundles (*{ext})</source>
        <translation>fieldintake пакеттері (*{ext})</translation>
    </message>
    <message>
        <source>This bundle is locked with a passphrase. Type the passphrase the sender gave you through another channel.</source>
        <translation>Бұл пакет құпия фразамен құлыпталған. Жіберуші сізге басқа жолмен хабарлаған құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <source>Checking the bundle: decrypting and verifying everything, importing nothing…</source>
        <translation>Пакет тексерілуде: бәрі шифрден шығарылып, салыстырылады, ештеңе импортталмайды…</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Пакет тексерілуде…</translation>
    </message>
    <message>
        <source>NOT one of your contacts</source>
        <translation>Сіздің байланыстарыңызда ЖОҚ</translation>
    </message>
    <message>
        <source>The sender is not one of your contacts. Before importing, compare the fingerprint above with them by phone or in person.</source>
        <translation>Жіберуші сіздің байланыстарыңызда жоқ. Импорттамас бұрын жоғарыдағы саусақ ізін онымен телефон арқылы немесе жеке кездесіп салыстырыңыз.</translation>
    </message>
    <message>
        <source>Your contact {name}, verified</source>
        <translation>Сіздің байланысыңыз {name}, тексерілген</translation>
    </message>
    <message>
        <source>Your contact {name}, not verified yet</source>
        <translation>Сіздің байланысыңыз {name}, әлі тексерілмеген</translation>
    </message>
    <message>
        <source>Valid: the contents are exactly what the sender signed</source>
        <translation>Жарамды: мазмұны жіберуші қол қойғанмен дәл сәйкес</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>ЖАРАМСЫЗ</translation>
    </message>
    <message>
        <source>Forwarded: this bundle was re-encrypted by someone other than its sender after it was sent. Ask the sender whether they expected that before you import it.</source>
        <translation>Қайта жіберілген: жіберілгеннен кейін бұл пакетті жіберушісі емес басқа біреу қайта шифрлаған. Импорттамас бұрын жіберушіден мұны күткенін сұраңыз.</translation>
    </message>
    <message>
        <source>Full cases</source>
        <translation>Толық істер</translation>
    </message>
    <message>
        <source>Redacted for {audience}</source>
        <translation>Иесіздендірілген, кімге: {audience}</translation>
    </message>
    <message>
        <source>Verified. This bundle was imported before.</source>
        <translation>Тексерілді. Бұл пакет бұрын импортталған.</translation>
    </message>
    <message>
        <source>Verified: decrypted and checked in full. Nothing is imported until you choose Import.</source>
        <translation>Тексерілді: толық шифрден шығарылып, салыстырылды. «Импорттау» батырмасын баспайынша ештеңе импортталмайды.</translation>
    </message>
    <message>
        <source>Not imported: {why}</source>
        <translation>Импортталмады: {why}</translation>
    </message>
    <message>
        <source>{name} is not one of your contacts. Their fingerprint is

{fingerprint}

Import anyway? They will be added as an unverified contact; verify them later on the Contacts page.</source>
        <translation>{name} сіздің байланыстарыңызда жоқ. Саусақ ізі:

{fingerprint}

Сонда да импорттау керек пе? Жіберуші тексерілмеген байланыс ретінде қосылады; оны кейін «Байланыстар» бетінде тексеріңіз.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>Added {name} as an unverified contact.</source>
        <translation>{name} тексерілмеген байланыс ретінде қосылды.</translation>
    </message>
    <message>
        <source>{reference}: imported as a new case</source>
        <translation>{reference}: жаңа іс ретінде импортталды</translation>
    </message>
    <message>
        <source>{reference}: updated; {count} field(s) differ</source>
        <translation>{reference}: жаңартылды; айырмашылығы бар өрістер: {count}</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Импортталды.</translation>
    </message>
    <message>
        <source>Not imported. The file was left where it is.</source>
        <translation>Импортталмады. Файл орнында қалды.</translation>
    </message>
    <message>
        <source>&amp;Open a bundle file…</source>
        <translation>Пакет файлын &amp;ашу…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>Bundles in the inbox</source>
        <translation>Кіріс бумасындағы пакеттер</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <source>&amp;Check the bundle</source>
        <translation>Пакетті &amp;тексеру</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Жіберуші:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Саусақ ізі:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Байланыс:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Қолтаңба:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Мазмұны:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Жасалған:</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Істер:</translation>
    </message>
    <message>
        <source>Files in the bundle</source>
        <translation>Пакеттегі файлдар</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Қабы&amp;лдамау</translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation>Не импортталды</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>Preparing the PDF…</source>
        <translation>PDF дайындалуда…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>PDF сақтау</translation>
    </message>
</context>
<context>
    <name>PdfOptionsForm</name>
    <message>
        <source>&amp;Language of the PDF:</source>
        <extracomment>The preview pane never narrower than this (px): beside the form and the review it was squeezed to 80.</extracomment>
        <translation>PDF &amp;тілі:</translation>
    </message>
    <message>
        <source>Bates &amp;prefix:</source>
        <translation>Bates &amp;префиксі:</translation>
    </message>
    <message>
        <source>Bates &amp;start:</source>
        <translation>&amp;Бастапқы нөмір:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ұйым:</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>&amp;Дайындаған:</translation>
    </message>
    <message>
        <source>&amp;Archival format:</source>
        <translation>&amp;Мұрағаттық пішім:</translation>
    </message>
    <message>
        <source>E&amp;xhibits (untick to leave one out):</source>
        <translation>&amp;Қосымшалар (қоспау үшін белгіні алыңыз):</translation>
    </message>
    <message>
        <source>Plain PDF</source>
        <translation>Қарапайым PDF</translation>
    </message>
    <message>
        <source>PDF/A-2b (for filing)</source>
        <translation>PDF/A-2b (тапсыру үшін)</translation>
    </message>
    <message>
        <source>PDF/A-3b (with the original files inside)</source>
        <translation>PDF/A-3b (ішінде бастапқы файлдарымен)</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Pages:</source>
        <translation>Беттер:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Preview of the PDF</source>
        <translation>PDF алдын ала қарау</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF</source>
        <translation>PDF файлының SHA-256 мәні</translation>
    </message>
</context>
<context>
    <name>SuggestionReview</name>
    <message numerus="yes">
        <source>%n suggested redaction(s) to review: names, places and organisations that no field records. Until each is decided they are removed.</source>
        <translation>
            <numerusform>Қаралатын %n ұсынылған жасыру: ешбір өрісте жазылмаған аттар, орындар және ұйымдар. Әрқайсысы бойынша шешім болғанша олар алып тасталады.</numerusform>
            <numerusform>Қаралатын %n ұсынылған жасыру: ешбір өрісте жазылмаған аттар, орындар және ұйымдар. Әрқайсысы бойынша шешім болғанша олар алып тасталады.</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestions wait for review.</source>
        <translation>Шешім күтіп тұрған ұсыныстар жоқ.</translation>
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
        <source>organisation</source>
        <translation>ұйым</translation>
    </message>
    <message>
        <source>identifying</source>
        <translation>жеке басын анықтайтын</translation>
    </message>
    <message>
        <source>sensitive</source>
        <translation>құпия</translation>
    </message>
    <message>
        <source>shareable</source>
        <translation>беруге болады</translation>
    </message>
    <message>
        <source>goes out, metadata removed</source>
        <translation>беріледі, метадеректері алынған</translation>
    </message>
    <message>
        <source>left out unless ticked</source>
        <translation>белгіленбесе, берілмейді</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>берілмейді</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Сөз</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Рет</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Қайда</translation>
    </message>
    <message>
        <source>Suggested redactions</source>
        <translation>Ұсынылған жасырулар</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Accept: removed from every summary of this case</source>
        <translation>Қабылдау: бұл істің барлық анықтамаларынан алып тасталады</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Қалдыру</translation>
    </message>
    <message>
        <source>Reject: not identifying; not suggested again for this case</source>
        <translation>Қабылдамау: жеке басты анықтамайды; бұл іс үшін қайта ұсынылмайды</translation>
    </message>
    <message>
        <source>Remove all of this &amp;kind</source>
        <translation>Осы &amp;түрдің бәрін алып тастау</translation>
    </message>
    <message>
        <source>Make the summary without deciding (undecided ones are removed; written in the log)</source>
        <translation>Шешім қабылдамай анықтама жасау (шешілмегендері алып тасталады; журналға жазылады)</translation>
    </message>
    <message>
        <source>Files that go out with the summary:</source>
        <translation>Анықтамамен бірге берілетін файлдар:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Құпиялылық деңгейі</translation>
    </message>
    <message>
        <source>In the summary</source>
        <translation>Анықтамада</translation>
    </message>
    <message>
        <source>Files of the summary</source>
        <translation>Анықтама файлдары</translation>
    </message>
</context>
<context>
    <name>SummaryTab</name>
    <message>
        <source>A copy with identifying details removed, for someone the client agreed to share with. Read the text below before you share it.</source>
        <translation>Клиент бөлісуге келіскен адамға арналған, жеке басты анықтайтын мәліметтері алынған көшірме. Бермес бұрын төмендегі мәтінді оқыңыз.</translation>
    </message>
    <message>
        <source>What the summary &amp;says:</source>
        <translation>Анықтама &amp;мәтіні:</translation>
    </message>
    <message>
        <source>Text of the redacted summary</source>
        <translation>Иесіздендірілген анықтама мәтіні</translation>
    </message>
    <message>
        <source>&amp;Preview PDF</source>
        <translation>PDF &amp;алдын ала қарау</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Сақтау…</translation>
    </message>
</context>
<context>
    <name>UrgentTab</name>
    <message>
        <source>Save the urgent request</source>
        <translation>Шұғыл өтінішті сақтау</translation>
    </message>
    <message>
        <source>Preparing the urgent request…</source>
        <translation>Шұғыл өтініш дайындалуда…</translation>
    </message>
    <message>
        <source>A request to a UN committee to stop a removal while it examines the case. It is built from the case; the list below says what is still missing.</source>
        <translation>БҰҰ комитетіне істі қарап жатқанда шығарып жіберуді тоқтату туралы өтініш. Ол іс деректерінен құрастырылады; төмендегі тізім әлі ненің жетіспейтінін көрсетеді.</translation>
    </message>
    <message>
        <source>&amp;Language of the request:</source>
        <translation>Өтініш &amp;тілі:</translation>
    </message>
    <message>
        <source>&amp;State the person is in:</source>
        <translation>Адам болып отырған &amp;мемлекет:</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>&amp;Комитет:</translation>
    </message>
    <message>
        <source>&amp;Confidential (no name):</source>
        <translation>&amp;Құпия (атын көрсетпей):</translation>
    </message>
    <message>
        <source>Lawyer&apos;s &amp;authority:</source>
        <translation>Адвокаттың &amp;өкілеттігі:</translation>
    </message>
    <message>
        <source>Removal &amp;date and time:</source>
        <translation>Шығарып жіберу күні мен &amp;уақыты:</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>Қ&amp;айда:</translation>
    </message>
    <message>
        <source>What the request &amp;needs:</source>
        <translation>Өтінішке &amp;не керек:</translation>
    </message>
    <message>
        <source>&amp;Save the request…</source>
        <translation>Өтінішті &amp;сақтау…</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>What you typed differs from the fingerprint: do not mark it verified.</source>
        <translation>Сіз енгізген саусақ ізіне сәйкес келмейді: оны тексерілген деп белгілемеңіз.</translation>
    </message>
    <message>
        <source>Ask {name} to read the fingerprint shown on their own screen (Contacts &amp; identity), by phone or in person, and compare it with this one group by group. Never compare it over the channel the card came through.</source>
        <translation>{name} адамынан өз экранында көрсетілген саусақ ізін («Байланыстар және менің карточкам») телефон арқылы немесе жеке кездесіп оқып беруін сұраңыз да, оны осымен топ-топ бойынша салыстырыңыз. Карточка келген арна арқылы ешқашан салыстырмаңыз.</translation>
    </message>
    <message>
        <source>&amp;Optionally, type what they read out:</source>
        <translation>&amp;Қаласаңыз, оқып бергенін енгізіңіз:</translation>
    </message>
    <message>
        <source>The fingerprint as they read it</source>
        <translation>Оқып берілген саусақ ізі</translation>
    </message>
    <message>
        <source>Fingerprint of the contact</source>
        <translation>Байланыстың саусақ ізі</translation>
    </message>
    <message>
        <source>They &amp;match: mark verified</source>
        <translation>&amp;Сәйкес келеді: тексерілген деп белгілеу</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Бас тарту</translation>
    </message>
</context>
</TS>
