"""Chain of custody of each exhibit, read from the audit chain, and the certificate of authenticity page.

Modelled on the practice behind US FRE 902(14) (a qualified person certifies a
file by its hash) and the Berkeley Protocol (who acquired each item, when, and
who handled it since). Events come from the audit entries that name the
attachment or its case: added, included in an exported case file, handed over
in a bundle, received in one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fieldintake.app import audit
from fieldintake.app.model import Case
from fieldintake.app.users import Session

EXPORT_ACTION = "casefile.exported"


@dataclass(frozen=True)
class CustodyEvent:
    ts: str  # UTC, as stored
    actor: str
    kind: str  # added | exported | sent | received
    detail: str  # plain words: to whom, which file


def custody_of(session: Session, case: Case) -> dict[str, list[CustodyEvent]]:
    """``attachment id -> events`` oldest first, for the attachments of ``case``."""
    ids = {a.id for a in case.attachments}
    events: dict[str, list[CustodyEvent]] = {a.id: [] for a in case.attachments}
    counterparts = {r[0]: r[1] for r in session.vault.query(
        "SELECT bundle_id, counterpart FROM bundles WHERE direction = 'sent'")}
    with session.vault.read() as conn:
        entries = list(reversed(audit.entries(conn)))
    for e in entries:
        detail = e.detail if isinstance(e.detail, dict) else {}
        if e.action == "attachment.added" and e.object_id in ids:
            events[e.object_id].append(CustodyEvent(e.ts, e.actor, "added", f"SHA-256 {detail.get('sha256', '')}"))
        elif e.action == EXPORT_ACTION and e.object_id == case.id:
            for aid in detail.get("exhibits", []):
                if aid in events:
                    events[aid].append(CustodyEvent(e.ts, e.actor, "exported", f"SHA-256 {detail.get('sha256', '')}"))
        elif e.action == "bundle.exported" and case.id in detail.get("cases", []):
            to = counterparts.get(e.object_id) or ", ".join(map(str, detail.get("recipients", [])))
            for aid in ids:
                events[aid].append(CustodyEvent(e.ts, e.actor, "sent", f"{to} ({detail.get('audience', '')})"))
        elif e.action == "bundle.imported" and case.id in detail.get("cases", []):
            for aid in ids:
                events[aid].append(CustodyEvent(e.ts, e.actor, "received", f"{detail.get('sender', '')}"))
    return events


def record_export(session: Session, case: Case, sha256: str, exhibit_ids: Sequence[str], kind: str = "case file",
                  pages: int | None = None) -> None:
    """The case file left the vault: its hash and the exhibits in it go into the audit chain (custody)."""
    detail: dict[str, Any] = {"sha256": sha256, "exhibits": list(exhibit_ids), "kind": kind}
    if pages is not None:
        detail["pages"] = pages
    with session.vault.transaction() as tx:
        tx.audit(EXPORT_ACTION, "case", case.id, detail)


WORDS = {
    "en": {
        "title": "Certificate of authenticity of the exhibits",
        "intro": "This certificate follows the practice behind US Federal Rule of Evidence 902(14) and the Berkeley "
                 "Protocol on Digital Open Source Investigations: each exhibit is identified by the SHA-256 of its "
                 "file, computed when the file was added to the case, and its custody is taken from the case's "
                 "tamper-evident audit log. It is not a certification under the law of any particular court.",
        "exhibit": "Exhibit", "file": "File", "acquired": "Acquired and added", "custody": "Custody",
        "by": "by {actor}", "none": "no later handling recorded",
        "added": "added to the case", "exported": "included in an exported case file",
        "sent": "handed over in a bundle to", "received": "received in a bundle from",
        "declaration": "I, {name}, {org}certify that the exhibits listed above are true copies of the files held in "
                       "case {ref}: the file of each exhibit has the SHA-256 shown, the same as when it was added, "
                       "and its custody is as recorded above. I declare that this is true and correct to the best of "
                       "my knowledge.",
        "org": "of {org}, ", "name_line": "Name", "date_line": "Date", "sign_line": "Signature",
        "nobody": "the preparer",
    },
    "ru": {
        "title": "Удостоверение подлинности приложений",
        "intro": "Это удостоверение следует практике, стоящей за правилом 902(14) Федеральных правил о доказательствах "
                 "США, и Берклийскому протоколу о расследованиях по открытым цифровым источникам: каждое приложение "
                 "определено SHA-256 его файла, вычисленным при добавлении файла в дело, а история обращения с ним "
                 "взята из защищённого от изменений журнала дела. Это не удостоверение по закону какого-либо "
                 "конкретного суда.",
        "exhibit": "Приложение", "file": "Файл", "acquired": "Получено и добавлено", "custody": "Обращение",
        "by": "— {actor}", "none": "других действий не записано",
        "added": "добавлено в дело", "exported": "включено в выгруженные материалы дела",
        "sent": "передано в пакете", "received": "получено в пакете от",
        "declaration": "Я, {name}, {org}удостоверяю, что перечисленные выше приложения являются верными копиями "
                       "файлов дела {ref}: файл каждого приложения имеет указанный SHA-256, тот же, что при его "
                       "добавлении, а обращение с ним соответствует записям выше. Заявляю, что это верно и точно "
                       "насколько мне известно.",
        "org": "({org}) ", "name_line": "Имя", "date_line": "Дата", "sign_line": "Подпись",
        "nobody": "составитель",
    },
    "kk": {
        "title": "Қосымшалардың түпнұсқалығы туралы куәлік",
        "intro": "Бұл куәлік АҚШ-тың Дәлелдемелер туралы федералдық ережелерінің 902(14)-ережесіне негіз болған тәжірибеге "
                 "сондай-ақ ашық цифрлық дереккөздер бойынша тергеу туралы Беркли хаттамасына сүйенеді: әр қосымша файлы "
                 "іске қосылған кезде есептелген SHA-256 мәнімен анықталады, ал онымен жасалған әрекеттер тарихы "
                 "істің өзгертуден қорғалған аудит журналынан алынған. Бұл қандай да бір нақты соттың заңы бойынша "
                 "берілген куәлік емес.",
        "exhibit": "Қосымша", "file": "Файл", "acquired": "Алынып, қосылған", "custody": "Әрекеттер тарихы",
        "by": "— {actor}", "none": "кейінгі әрекеттер жазылмаған",
        "added": "іске қосылды", "exported": "экспортталған іс материалдарына енгізілді",
        "sent": "пакетпен берілді, алушы:", "received": "пакетпен алынды, жіберуші:",
        "declaration": "Мен, {name}, {org}жоғарыда аталған қосымшалар {ref} ісіндегі файлдардың дұрыс көшірмелері екенін "
                       "куәландырамын: әр қосымшаның файлында көрсетілген SHA-256 мәні бар, ол іске қосылған кездегімен "
                       "бірдей, ал онымен жасалған әрекеттер жоғарыдағы жазбаларға сәйкес. Менің білуімше, мұның бәрі шынайы, "
                       "дұрыс екенін мәлімдеймін.",
        "org": "({org}) ", "name_line": "Аты-жөні", "date_line": "Күні", "sign_line": "Қолы",
        "nobody": "дайындаушы",
    },
    "uk": {
        "title": "Посвідчення автентичності додатків",
        "intro": "Це посвідчення спирається на практику, що лежить в основі правила 902(14) Федеральних правил про докази "
                 "США, і на Берклійський протокол про розслідування за відкритими цифровими джерелами: кожен додаток "
                 "визначено SHA-256 його файлу, обчисленим під час додавання файлу до справи, а історію поводження з "
                 "ним узято із захищеного від змін журналу аудиту справи. Це не посвідчення за законом будь-якого "
                 "конкретного суду.",
        "exhibit": "Додаток", "file": "Файл", "acquired": "Отримано й додано", "custody": "Поводження",
        "by": "— {actor}", "none": "інших дій не записано",
        "added": "додано до справи", "exported": "включено до вивантажених матеріалів справи",
        "sent": "передано в пакеті", "received": "отримано в пакеті від",
        "declaration": "Я, {name}, {org}посвідчую, що перелічені вище додатки є правильними копіями файлів справи {ref}: "
                       "файл кожного додатка має зазначений SHA-256, той самий, що й під час його додавання, а "
                       "поводження з ним відповідає записам вище. Заявляю, що це правдиво й точно, наскільки мені "
                       "відомо.",
        "org": "({org}) ", "name_line": "Ім’я", "date_line": "Дата", "sign_line": "Підпис",
        "nobody": "укладач",
    },
}


def words(lang: str) -> Mapping[str, str]:
    return WORDS.get(lang, WORDS["en"])


def event_text(event: CustodyEvent, lang: str) -> str:
    from fieldintake.exports.pdf.values import utc_text

    w = words(lang)
    what = w[event.kind]
    if event.kind in ("sent", "received"):
        what = f"{what} {event.detail}"
    return f"{utc_text(event.ts)}: {what} {w['by'].format(actor=event.actor)}"
