"""An invented client full of identifying data, for redaction tests (never real persons).

Reusable: ``build_case(session)`` stores it in a real vault; ``FORBIDDEN``
lists what must never appear in any redacted output (compared case-folded,
after :func:`scrub`), ``KEPT`` what must survive for a sensitive audience.
The PDF tests can run the same assertions on the rendered file's text.
"""

from __future__ import annotations

import copy
import io
import re
from typing import Any

from tests.case_data import FULL_ANSWERS

NARRATIVE_RU = (
    "Я, Качкуркин Тимур Асланович, родился 17 февраля 1994 года в Саратове и уехал из Саратова в сентябре "
    "2022 года после повестки. Брат сказал, что полиция искала Качкуркина дважды и оставила повестку "
    "Качкуркину у соседей. Друзья зовут меня Тима. Жена, Алия Качкуркина, звонила мне с номера "
    "8 701 555 0150; мой номер +7 (701) 555-01-23, раньше был 8 701 555 0123. Пишите на "
    "timur.k.invented@example.org или в телеграм @tk_invented. Паспорт 75 1234567 забрали, военный билет "
    "АК 0000001 утерян. Живём по адресу ул. Вымышленная, д. 1, кв. 2. В протоколе указана дата рождения "
    "17.02.1994. С Алией мы говорили об этом много раз. Качкуркиным угрожали."
)
NARRATIVE_EN = (
    " In Almaty I was stopped for a documents check on 3 March; the officer wrote a jaywalking citation under "
    "art. 517 CoAO RK. My passport says KACHKURKIN TIMUR, born February 17, 1994 (1994-02-17). Mr Kachkurkin "
    "was charged under art. 337 Criminal Code RF. The appeal hearing is on 2026-11-25. Tim Kachkurkin's wife "
    "Aliya can be reached at +7 701 555 0150."
)

ANSWERS: dict[str, Any] = copy.deepcopy(FULL_ANSWERS) | {
    "interviewer": "Гульнара Сейткали",
    "interpreter": "Даурен Бекетов",
    "lawyer_name": "Айгерим Нурланова",
    "consent_ngo": True,
    "consent_ngo_names": "Invented Rights Centre",
    "consent_public": True,
    "address": "ул. Вымышленная, д. 1, кв. 2, Алматы",
    "client_aliases": "Тима\nTim Kachkurkin",
    "family": [{"name": "Качкуркина Алия", "relation": "wife", "country": "KZ", "phone": "+77015550150",
                "at_risk": True, "notes": "Алия works at the Invented Bakery, tel. 8 701 555 0150."}],
    "narrative": NARRATIVE_RU + NARRATIVE_EN,
    "threats": "Качкуркину звонили с угрозами; they asked for Timur by name.",
    "timeline": [
        {"date": "2022-09-21", "event": "Повестка вручена Качкуркину в Саратове", "place": "Saratov",
         "source": "client"},
        {"date": "2026-11-19", "event": "Stopped in Almaty; Tima was questioned", "source": "document"},
    ],
}

TITLE = "Качкуркин: expulsion after a staged citation"
NOTES = "Call Тимур only via the lawyer. E-mail timur.k.invented@example.org. Hearing 2026-11-25."
DEADLINE_TITLE = "Appeal for Качкуркин"

#: Never in a redacted case, preview or (later) PDF, for any audience. Case-folded substrings.
FORBIDDEN = (
    "качкуркин", "kachkurkin", "тимур", "timur", "тима", "tim kach", "асланович", "алия", "алией", "aliya",
    "сейткали", "гульнара", "бекетов", "даурен", "нурланова", "айгерим",
    "7015550123", "7015550150", "7015550199", "555-01-23", "555 0123", "555 01 23", "555 0150",
    "1234567", "0000001", "1994", "17.02", "17 февраля", "february 17",
    "вымышленная", "saratov", "саратов", "timur.k.invented", "tk_invented", "invented bakery",
    "cat/0000/2026", "apricot",
)

#: Kept for the lawyer, UNHCR, NGOs and UN bodies: the story still reads.
KEPT = (
    "art. 337 Criminal Code RF", "art. 517 CoAO RK", "2026-11-25", "In Almaty I was stopped",
    "jaywalking citation", "уехал из", "после повестки", "полиция искала", "дважды",
)

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX = re.compile(r"\b[0-9a-f]{32,64}\b")
_DIGIT_SEPARATORS = re.compile(r"(?<=\d)[\s().-]+(?=\d)")


def scrub(text: str) -> str:
    """Random ids and hashes out (they could hold any digits), separators between digits squeezed."""
    text = _HEX.sub("#", _UUID.sub("#", text))
    return text + "\n" + _DIGIT_SEPARATORS.sub("", text)


def leaks(text: str) -> list[str]:
    folded = scrub(text).casefold()
    return [f for f in FORBIDDEN if f in folded]


def jpeg_with_gps() -> bytes:
    """A small JPEG with EXIF camera data, a GPS position and a comment."""
    from PIL import Image

    image = Image.new("RGB", (32, 24), (200, 40, 40))
    exif = Image.Exif()
    exif[0x010F] = "InventedCam"  # Make
    exif[0x0131] = "Kachkurkin phone"  # Software
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (43.0, 15.0, 30.0)
    gps[3] = "E"
    gps[4] = (76.0, 54.0, 12.0)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), comment=b"Kachkurkin at home")
    return out.getvalue()


def build_case(session: Any, answers: dict[str, Any] | None = None) -> str:
    """The case in the session's vault, with people, an interview, a deadline; returns its id."""
    cases = session.cases
    case = cases.create(TITLE, urgency="critical", tags=["deserter", "Качкуркин"], notes=NOTES)
    cases.add_person(case.id, "client", "Качкуркин Тимур Асланович", name_latin="KACHKURKIN TIMUR",
                     aliases=["Тима"], birth_date="1994-02-17", notes="Prefers Telegram @tk_invented.")
    cases.add_person(case.id, "family", "Качкуркина Алия", relation="wife", notes="Тимур's wife, phone 8 701 555 0150")
    cases.add_interview(case.id, "deportation-risk", answers=copy.deepcopy(answers or ANSWERS))
    cases.add_deadline(case.id, "appeal", DEADLINE_TITLE, "2026-11-25", notes="Bring Алия's statement.")
    return case.id
