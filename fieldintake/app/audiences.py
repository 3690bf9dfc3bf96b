"""Audiences: who a redacted copy can be for, and what each is called.

The ids are stored (consent answers, bundle manifests, audit entries) and typed
(``--audience``); the names are shown (the UI's picker, the redaction log, a
summary's title). One table, so the picker, the log and the title never
disagree about whom the client's consent covers. ``name`` is the plain form
("the client's lawyer"); ``for_title`` is the form after "for" in a summary's
title (Russian and Ukrainian decline it: "для адвоката клиента").
"""

from __future__ import annotations

from fieldintake.errors import InvalidInput

LAWYER = "lawyer"
UNHCR = "unhcr"
NGO = "ngo"
UN_BODY = "un-body"
PUBLIC = "public"

#: Every audience, in the order a picker shows them.
AUDIENCES: tuple[str, ...] = (LAWYER, UNHCR, NGO, UN_BODY, PUBLIC)

_NAMES: dict[str, dict[str, str]] = {
    "en": {LAWYER: "the client's lawyer", UNHCR: "UNHCR", NGO: "partner organisations (NGOs)",
           UN_BODY: "UN bodies (treaty committees, special rapporteurs)", PUBLIC: "the media (anonymised)"},
    "ru": {LAWYER: "адвокат клиента", UNHCR: "УВКБ ООН", NGO: "партнёрские организации (НКО)",
           UN_BODY: "органы ООН (договорные комитеты, специальные докладчики)", PUBLIC: "СМИ (обезличенно)"},
    "kk": {LAWYER: "клиенттің адвокаты", UNHCR: "БҰҰ БЖКБ", NGO: "серіктес ұйымдар (ҮЕҰ)",
           UN_BODY: "БҰҰ органдары (шарттық комитеттер, арнайы баяндамашылар)", PUBLIC: "БАҚ (иесіздендірілген)"},
    "uk": {LAWYER: "адвокат клієнта", UNHCR: "УВКБ ООН", NGO: "партнерські організації (ГО)",
           UN_BODY: "органи ООН (договірні комітети, спеціальні доповідачі)", PUBLIC: "ЗМІ (знеособлено)"},
}

_FOR_TITLE: dict[str, dict[str, str]] = {
    "en": {LAWYER: "the client's lawyer", UNHCR: "UNHCR", NGO: "partner organisations", UN_BODY: "UN treaty bodies",
           PUBLIC: "the media (anonymised)"},
    "ru": {LAWYER: "адвоката клиента", UNHCR: "УВКБ ООН", NGO: "партнёрских организаций",
           UN_BODY: "договорных органов ООН", PUBLIC: "СМИ (обезличенно)"},
    "kk": {LAWYER: "Клиенттің адвокаты", UNHCR: "БҰҰ БЖКБ", NGO: "Серіктес ұйымдар",  # the title starts with it
           UN_BODY: "БҰҰ шарттық органдары", PUBLIC: "БАҚ (иесіздендірілген)"},
    "uk": {LAWYER: "адвоката клієнта", UNHCR: "УВКБ ООН", NGO: "партнерських організацій",
           UN_BODY: "договірних органів ООН", PUBLIC: "ЗМІ (знеособлено)"},
}

NAME_LANGUAGES: tuple[str, ...] = tuple(_NAMES)


def check(audience: str) -> str:
    """``audience`` if it is one; else one clear error naming the valid ones."""
    if audience not in AUDIENCES:
        raise InvalidInput(f"Audience must be one of {', '.join(AUDIENCES)} (not {audience!r}).")
    return audience


def name(audience: str, lang: str = "en") -> str:
    """The plain name of ``audience`` in ``lang`` (a base language code: en, ru, kk, uk)."""
    return _NAMES.get(lang, _NAMES["en"])[check(audience)]


def for_title(audience: str, lang: str = "en") -> str:
    """The name as it stands after "for" in a summary's title, in ``lang``."""
    return _FOR_TITLE.get(lang, _FOR_TITLE["en"])[check(audience)]


def title_forms(lang: str) -> dict[str, str]:
    """Every audience's title form in ``lang`` (for checks that a PDF holds them)."""
    return dict(_FOR_TITLE.get(lang, _FOR_TITLE["en"]))
