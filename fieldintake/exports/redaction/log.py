"""What a redaction did, for the reader of the summary and for the audit chain.

It says which kinds of value were removed and how many, for whom, by whom and
when, whether the client's consent was overridden and why, and the SHA-256 of
the unredacted case it came from. It never holds a removed value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fieldintake.app import languages
from fieldintake.app.vault import Vault
from fieldintake.exports.redaction import placeholders
from fieldintake.exports.redaction.policy import audience_name

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "title": "Redaction log",
        "audience": "Prepared for: {name} ({audience}).",
        "by": "Prepared by {author} on {when} UTC.",
        "consent": "Consent: as recorded in the interview of {date}.",
        "consent_several": "Consent: as recorded in the interview of {date}, the most recent of {n} interviews that record consent.",
        "override": "Consent OVERRIDDEN by {author}: {problem}. Reason given: {reason}",
        "ngo_names": "The client agreed to these organisations only: {names}",
        "removed": "Removed from the text: {items}.",
        "removed_none": "Removed from the text: nothing.",
        "fields": "Identifying fields removed: {identifying}. Sensitive fields withheld from this audience: {sensitive}.",
        "attachments": "Attachments left out: {left_out}. Images included with their metadata removed: {images}. PDFs confirmed by the sender and included without their metadata: {others}.",
        "suggested": "Suggested by the detectors and removed: {n}.",
        "review_skipped": "REVIEW SKIPPED by {author}: {n} suggested redactions were not reviewed; they were removed.",
        "leak_check": "Leak check: 0 of {n} forms of the removed values found in this file after it was made.",
        "source": "SHA-256 of the unredacted case (fieldintake.case/1 JSON): {sha256}",
        "limits": "Names and places that no field records are found by language models and rules, which can miss some: check the text before sharing it.",
    },
    "ru": {
        "title": "Журнал обезличивания",
        "audience": "Для кого: {name} ({audience}).",
        "by": "Подготовил(а) {author}, {when} UTC.",
        "consent": "Согласие: по интервью от {date}.",
        "consent_several": "Согласие: по интервью от {date}, последнему из {n} интервью, где записано согласие.",
        "override": "Согласие НЕ ПОЛУЧЕНО, решение принял(а) {author}: {problem}. Причина: {reason}",
        "ngo_names": "Клиент согласился только на эти организации: {names}",
        "removed": "Удалено из текста: {items}.",
        "removed_none": "Удалено из текста: ничего.",
        "fields": "Удалено идентифицирующих полей: {identifying}. Скрыто чувствительных полей для этого получателя: {sensitive}.",
        "attachments": "Не включено вложений: {left_out}. Изображений без метаданных: {images}. PDF, подтверждённых отправителем, без метаданных: {others}.",
        "suggested": "Предложено детекторами и удалено: {n}.",
        "review_skipped": "ПРОВЕРКА ПРОПУЩЕНА ({author}): {n} предложенных удалений не рассмотрены; они удалены.",
        "leak_check": "Проверка утечек: из {n} форм удалённых значений в готовом файле найдено 0.",
        "source": "SHA-256 исходного дела (JSON fieldintake.case/1): {sha256}",
        "limits": "Имена и места, не записанные в полях дела, ищут языковые модели и правила, и они могут что-то пропустить: проверьте текст перед передачей.",
    },
    "kk": {
        "title": "Иесіздендіру журналы",
        "audience": "Кімге арналған: {name} ({audience}).",
        "by": "Дайындаған: {author}, {when} UTC.",
        "consent": "Келісім: {date} күнгі сұхбат бойынша.",
        "consent_several": "Келісім: {date} күнгі сұхбат бойынша, келісім жазылған {n} сұхбаттың соңғысы.",
        "override": "Келісім АЛЫНБАҒАН, шешімді {author} қабылдады: {problem}. Себебі: {reason}",
        "ngo_names": "Клиент тек мына ұйымдарға келісті: {names}",
        "removed": "Мәтіннен алынып тасталды: {items}.",
        "removed_none": "Мәтіннен алынып тасталды: ештеңе.",
        "fields": "Алынып тасталған жеке басты анықтайтын өрістер: {identifying}. Бұл алушыдан жасырылған құпия өрістер: {sensitive}.",
        "attachments": "Енгізілмеген тіркемелер: {left_out}. Метадеректері алынған кескіндер: {images}. Жіберуші растаған, метадеректерсіз енгізілген PDF: {others}.",
        "suggested": "Детекторлар ұсынып, алынып тасталды: {n}.",
        "review_skipped": "ТЕКСЕРУ ӨТКІЗІЛІП ЖІБЕРІЛДІ ({author}): ұсынылған {n} жасыру қаралмады; олар алынып тасталды.",
        "leak_check": "Ағып кетуді тексеру: дайын файлдан алынып тасталған мәндердің {n} түрінің 0-і табылды.",
        "source": "Бастапқы істің SHA-256 мәні (fieldintake.case/1 JSON): {sha256}",
        "limits": "Іс өрістерінде жазылмаған аттар мен орындарды тілдік модельдер мен ережелер іздейді, олар бір нәрсені өткізіп алуы мүмкін: бермес бұрын мәтінді тексеріңіз.",
    },
    "uk": {
        "title": "Журнал знеособлення",
        "audience": "Для кого: {name} ({audience}).",
        "by": "Підготував(-ла) {author}, {when} UTC.",
        "consent": "Згода: за інтерв’ю від {date}.",
        "consent_several": "Згода: за інтерв’ю від {date}, останнім із {n} інтерв’ю, де записано згоду.",
        "override": "Згоди НЕ ОТРИМАНО, рішення ухвалив(-ла) {author}: {problem}. Причина: {reason}",
        "ngo_names": "Клієнт погодився лише на ці організації: {names}",
        "removed": "Вилучено з тексту: {items}.",
        "removed_none": "Вилучено з тексту: нічого.",
        "fields": "Вилучено ідентифікаційних полів: {identifying}. Приховано чутливих полів для цього отримувача: {sensitive}.",
        "attachments": "Не включено вкладень: {left_out}. Зображень без метаданих: {images}. PDF, підтверджених відправником, без метаданих: {others}.",
        "suggested": "Запропоновано детекторами й вилучено: {n}.",
        "review_skipped": "ПЕРЕВІРКУ ПРОПУЩЕНО ({author}): {n} запропонованих вилучень не розглянуто; їх вилучено.",
        "leak_check": "Перевірка витоків: із {n} форм вилучених значень у готовому файлі знайдено 0.",
        "source": "SHA-256 вихідної справи (JSON fieldintake.case/1): {sha256}",
        "limits": "Імена й місця, не записані в полях справи, шукають мовні моделі й правила, і вони можуть щось пропустити: перевірте текст перед передаванням.",
    },
}


def _lang(lang: str) -> str:
    return languages.normalise(lang, tuple(_TEXT))


@dataclass
class RedactionLog:
    case_id: str
    audience: str
    author: str
    created_at: str  # UTC, ISO 8601
    source_sha256: str
    counts: dict[str, int] = field(default_factory=dict)  # placeholder category -> removals in free text
    identifying_fields: int = 0
    sensitive_fields: int = 0
    attachments_left_out: int = 0
    images_cleaned: int = 0
    pdfs_stripped: int = 0
    suggested_removed: int = 0
    suggestions_pending: int = 0
    review_skipped: bool = False
    leak_forms: int | None = None  # set once the leak check knows how many forms it will look for
    consent_interview_id: str | None = None
    consent_date: str | None = None
    interviews_with_consent: int = 0
    override_reason: str | None = None
    consent_problem: str | None = None
    ngo_names: str | None = None

    def count(self, category: str, n: int = 1) -> None:
        self.counts[category] = self.counts.get(category, 0) + n

    def lines(self, lang: str = "en") -> list[str]:
        t = _TEXT[_lang(lang)]
        when = self.created_at.replace("T", " ").removesuffix("Z")[:16]
        out = [
            t["title"],
            t["audience"].format(name=audience_name(self.audience, lang), audience=self.audience),
            t["by"].format(author=self.author, when=when),
        ]
        if self.override_reason is not None:
            out.append(t["override"].format(author=self.author, problem=self.consent_problem, reason=self.override_reason))
        elif self.consent_date:
            key = "consent_several" if self.interviews_with_consent > 1 else "consent"
            out.append(t[key].format(date=self.consent_date[:10], n=self.interviews_with_consent))
        if self.ngo_names:
            out.append(t["ngo_names"].format(names=self.ngo_names))
        items = [f"{placeholders.word(c, lang)} × {self.counts[c]}" for c in placeholders.CATEGORIES if self.counts.get(c)]
        out.append(t["removed"].format(items=", ".join(items)) if items else t["removed_none"])
        out.append(t["fields"].format(identifying=self.identifying_fields, sensitive=self.sensitive_fields))
        out.append(t["attachments"].format(left_out=self.attachments_left_out, images=self.images_cleaned,
                                           others=self.pdfs_stripped))
        if self.suggested_removed:
            out.append(t["suggested"].format(n=self.suggested_removed))
        if self.review_skipped:
            out.append(t["review_skipped"].format(author=self.author, n=self.suggestions_pending))
        if self.leak_forms is not None:
            out.append(t["leak_check"].format(n=self.leak_forms))
        out.append(t["source"].format(sha256=self.source_sha256))
        out.append(t["limits"])
        return out

    def detail(self) -> dict[str, Any]:
        """What the audit chain records: counts and facts, never a removed value."""
        return {
            "audience": self.audience,
            "author": self.author,
            "at": self.created_at,
            "source_sha256": self.source_sha256,
            "removed": dict(sorted(self.counts.items())),
            "identifying_fields": self.identifying_fields,
            "sensitive_fields": self.sensitive_fields,
            "attachments_left_out": self.attachments_left_out,
            "images_cleaned": self.images_cleaned,
            "pdfs_stripped": self.pdfs_stripped,
            "suggested_removed": self.suggested_removed,
            "suggestions_pending": self.suggestions_pending,
            "review_skipped": self.review_skipped,
            "leak_check": None if self.leak_forms is None else {"forms": self.leak_forms, "found": 0},
            "consent_interview": self.consent_interview_id,
            "consent_overridden": self.override_reason is not None,
        }

    def record_in_audit(self, vault: Vault, action: str = "redaction.exported") -> None:
        """One transaction: the override (if any) and the export, in the case's audit trail."""
        with vault.transaction() as tx:
            if self.override_reason is not None:
                tx.audit("redaction.consent_override", "case", self.case_id,
                         {"audience": self.audience, "reason": self.override_reason, "missing": self.consent_problem})
            tx.audit(action, "case", self.case_id, self.detail())
