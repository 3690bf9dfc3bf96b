"""The closing integrity page: digests that tie the file to the records it reproduces."""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

import fieldintake
from fieldintake.app.attachments import display_name
from fieldintake.app import interchange
from fieldintake.app.model import Case
from fieldintake.exports.pdf.exhibits import Exhibit
from fieldintake.exports.pdf.labels import label
from fieldintake.exports.pdf.options import PdfOptions


def case_sha256(case: Case) -> str:
    """SHA-256 of the case's interchange JSON, as ``case export`` writes it."""
    return hashlib.sha256(interchange.dumps(interchange.to_doc(case)).encode("utf-8")).hexdigest()


def integrity_lines(case: Case, exhibits: list[Exhibit], audit_head: tuple[int, str] | None, options: PdfOptions,
                    generated: datetime, notes: tuple[tuple[str, str], ...] = ()) -> list[tuple[str, str]]:
    lang = options.lang
    lines: list[tuple[str, str]] = list(notes)
    if options.integrity_case_hash:
        lines.append((label("case_record", lang), case_sha256(case)))
    for exhibit in exhibits:
        lines.append((f"{exhibit.number}  {display_name(exhibit.attachment.file_name)}", exhibit.attachment.sha256))
    if options.integrity_audit_head and audit_head is not None:
        # As ``COUNT:HEAD``: what ``fieldintake audit verify --expect`` takes, to show the log still holds it.
        lines.append((label("audit_head", lang, n=audit_head[0]), f"{audit_head[0]}:{audit_head[1]}"))
    lines.extend(options.integrity_extra)
    lines.append((label("program", lang), f"fieldintake {fieldintake.__version__}"))
    lines.append((label("generated_utc", lang), generated.strftime("%Y-%m-%dT%H:%M:%SZ")))
    return lines


def merge_notes(conflicts: int, disclosures: list[Any], lang: str) -> tuple[tuple[str, str], ...]:
    """Integrity lines for unresolved conflicts and the disclosure ledger (``app.ledger``)."""
    lines = [(label("conflicts", lang), label("conflicts_text", lang, n=conflicts))] if conflicts else []
    for d in disclosures:
        what = d.kind + (f" ({d.audience})" if d.audience else "") + ("" if d.redaction == "full" else f", {d.redaction}")
        ack = label("acknowledged" if d.acknowledged_at else "not_acknowledged", lang)
        lines.append((label("disclosed", lang, at=d.at[:16].replace("T", " ") + " UTC"),
                      label("disclosed_text", lang, what=what, to=d.recipients or "-", ack=ack)))
    return tuple(lines)


# --- the signature and how to check the file by hand (kept apart from the digests above) ---------------------

SIGNATURE_WORDS = {
    "en": {
        "signature": "Digital signature",
        "signed": "Signed by {name} with a self-issued certificate bound to fieldintake identity {fp}. No certification "
                  "authority vouches for it: a reader will say the signer's identity is unknown. Compare the "
                  "fingerprint with the preparer's contact card.",
        "check": "How to check this file by hand. 1. Open it in a PDF reader and open the signature panel: the "
                 "signature must be valid and the document unchanged since it was signed. 2. For each exhibit, run "
                 "sha256sum FILE (Windows: certutil -hashfile FILE SHA256; macOS: shasum -a 256 FILE) and compare "
                 "the result with the SHA-256 printed above. 3. With fieldintake: fieldintake verify THIS.pdf "
                 "--exhibits FOLDER checks the signature, that nothing was added after signing, and every exhibit.",
        "check_unsigned": "How to check the exhibits by hand: for each exhibit, run sha256sum FILE (Windows: certutil "
                          "-hashfile FILE SHA256; macOS: shasum -a 256 FILE) and compare the result with the SHA-256 "
                          "printed above. This file is not signed.",
    },
    "ru": {
        "signature": "Электронная подпись",
        "signed": "Подписано: {name}, самовыпущенным сертификатом, привязанным к идентичности fieldintake {fp}. "
                  "Его не заверяет удостоверяющий центр: программа просмотра сообщит, что личность подписавшего "
                  "неизвестна. Сверьте отпечаток с карточкой контакта составителя.",
        "check": "Как проверить этот файл вручную. 1. Откройте его в программе просмотра PDF и откройте панель "
                 "подписей: подпись должна быть действительной, а документ — не изменённым после подписания. "
                 "2. Для каждого приложения выполните sha256sum ФАЙЛ (Windows: certutil -hashfile ФАЙЛ SHA256; "
                 "macOS: shasum -a 256 ФАЙЛ) и сравните результат с SHA-256, указанным выше. 3. В fieldintake: "
                 "fieldintake verify ЭТОТ.pdf --exhibits ПАПКА проверяет подпись, отсутствие изменений после "
                 "подписания и каждое приложение.",
        "check_unsigned": "Как проверить приложения вручную: для каждого выполните sha256sum ФАЙЛ (Windows: certutil "
                          "-hashfile ФАЙЛ SHA256; macOS: shasum -a 256 ФАЙЛ) и сравните результат с SHA-256, "
                          "указанным выше. Этот файл не подписан.",
    },
    "kk": {
        "signature": "Электрондық қолтаңба",
        "signed": "Қол қойған: {name}, fieldintake {fp} сәйкестендіргішіне байланған өзі шығарған сертификатпен. "
                  "Оны ешбір куәландырушы орталық растамайды: PDF бағдарламасы қол қоюшының жеке басы белгісіз деп "
                  "хабарлайды. Саусақ ізін дайындаушының байланыс карточкасымен салыстырыңыз.",
        "check": "Бұл файлды қолмен қалай тексеруге болады. 1. Оны PDF бағдарламасында ашып, қолтаңбалар панелін ашыңыз: "
                 "қолтаңба жарамды, ал құжат қол қойылғаннан кейін өзгертілмеген болуы керек. 2. Әр қосымша үшін "
                 "sha256sum ФАЙЛ (Windows: certutil -hashfile ФАЙЛ SHA256; macOS: shasum -a 256 ФАЙЛ) орындап, "
                 "нәтижені жоғарыда көрсетілген SHA-256 мәнімен салыстырыңыз. 3. fieldintake арқылы: fieldintake "
                 "verify ОСЫ.pdf --exhibits БУМА қолтаңбаны, қол қойылғаннан кейін ештеңе қосылмағанын, сондай-ақ әр "
                 "қосымшаны тексереді.",
        "check_unsigned": "Қосымшаларды қолмен қалай тексеруге болады: әрқайсысы үшін sha256sum ФАЙЛ (Windows: certutil "
                          "-hashfile ФАЙЛ SHA256; macOS: shasum -a 256 ФАЙЛ) орындап, нәтижені жоғарыда көрсетілген "
                          "SHA-256 мәнімен салыстырыңыз. Бұл файлға қол қойылмаған.",
    },
    "uk": {
        "signature": "Електронний підпис",
        "signed": "Підписано: {name}, самовиданим сертифікатом, прив’язаним до ідентичності fieldintake {fp}. "
                  "Його не засвідчує жоден центр сертифікації: програма перегляду повідомить, що особа підписувача "
                  "невідома. Звірте відбиток із карткою контакту укладача.",
        "check": "Як перевірити цей файл вручну. 1. Відкрийте його в програмі перегляду PDF і відкрийте панель "
                 "підписів: підпис має бути дійсним, а документ — не зміненим після підписання. 2. Для кожного "
                 "додатка виконайте sha256sum ФАЙЛ (Windows: certutil -hashfile ФАЙЛ SHA256; macOS: shasum -a 256 "
                 "ФАЙЛ) і порівняйте результат із SHA-256, зазначеним вище. 3. У fieldintake: fieldintake verify "
                 "ЦЕЙ.pdf --exhibits ТЕКА перевіряє підпис, відсутність змін після підписання і кожен додаток.",
        "check_unsigned": "Як перевірити додатки вручну: для кожного виконайте sha256sum ФАЙЛ (Windows: certutil "
                          "-hashfile ФАЙЛ SHA256; macOS: shasum -a 256 ФАЙЛ) і порівняйте результат із SHA-256, "
                          "зазначеним вище. Цей файл не підписано.",
    },
}


def _words(lang: str) -> dict[str, str]:
    return SIGNATURE_WORDS.get(lang, SIGNATURE_WORDS["en"])


def signature_lines(options: PdfOptions) -> list[tuple[str, str]]:
    """The line that says who signs the file and that the certificate is self-issued."""
    if options.signer is None:
        return []
    words = _words(options.lang)
    return [(words["signature"], words["signed"].format(name=options.signer.name, fp=options.signer.fingerprint))]


def how_to_check(options: PdfOptions, exhibits: list[Exhibit]) -> list[str]:
    words = _words(options.lang)
    if options.signer is not None:
        return [words["check"]]
    return [words["check_unsigned"]] if exhibits else []


def exhibit_entries(exhibits: list[Exhibit]) -> list[Any]:
    """The exhibit list written into the signed file, for ``fieldintake verify --exhibits``."""
    from fieldintake.exports.pdf.signing import ExhibitEntry

    return [ExhibitEntry(e.number, display_name(e.attachment.file_name), e.attachment.size, e.attachment.sha256)
            for e in exhibits]
