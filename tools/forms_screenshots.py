"""Render the interview form and the narrative offscreen to PNG, for docs and review.

    QT_QPA_PLATFORM=offscreen python -m tools.forms_screenshots OUT_DIR [--lang ru]

A throw-away home in a temporary folder, an in-memory keyring, the fast test
KDF and an invented client: nothing is written outside OUT_DIR.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any


from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.device import DeviceSecrets
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from tools.screenshots import PASSPHRASE, _MemoryKeyring  # the same throw-away set-up

# An invented client; never a real person.
SAMPLE_ANSWERS: dict[str, Any] = {
    "interview_at": "2026-11-20T09:30:00Z",
    "interview_place": "Office, Almaty",
    "interviewer": "Caseworker A.",
    "interview_language": "ru",
    "consent_record": True,
    "consent_lawyer": True,
    "consent_date": "2026-11-20",
    "client_name_native": "Заречнов Игорь Петрович",
    "client_name_passport": "ZARECHNOV IGOR",
    "birth_date": "1991-06-03",
    "citizenships": ["RU"],
    "languages": ["ru", "en"],
    "client_phone": "+7 701 555 01 77",
    "documents": [
        {"doc_type": "foreign_passport", "number": "75 7654321", "issuing_state": "RU", "expiry": "2031-01-01",
         "holder": "client"},
    ],
    "detained": True,
    "detention_place": "Temporary detention centre, Almaty",
    "urgency": "critical",
    "narrative": "Я, Заречнов Игорь, уехал из Пензы в октябре 2022 года после повестки. "
                 "[Interpreter: the client asked to stop for a moment.]",
}


def render(out_dir: Path, lang: str = "en") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from fieldintake.ui.forms import make_interview_editor, make_narrative_editor
    from fieldintake.ui.i18n import Translations
    from fieldintake.ui.main import make_application
    from fieldintake.ui.pages import PageContext
    from fieldintake.ui.safety.clipboard import SensitiveClipboard
    from fieldintake.ui.workers import Runner

    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or make_application([])
    translations = Translations(app)
    translations.set_language(lang)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="fieldintake-shots-") as tmp:
        store = UserStore(Home(Path(tmp) / "home"), policy=FAST_FOR_TESTS, device=DeviceSecrets(_MemoryKeyring()))
        session = store.create("amira", PASSPHRASE).session
        try:
            case = session.cases.create("Invented client")
            interview = session.cases.add_interview(case.id, "deportation-risk", answers=SAMPLE_ANSWERS)
            narrative = SAMPLE_ANSWERS["narrative"]
            start = narrative.index("Заречнов Игорь")
            session.cases.add_redaction_mark(case.id, f"interviews/{interview.id}/answers/narrative",
                                             start, start + len("Заречнов Игорь"), "name")
            runner = Runner(lambda *_: None)
            context = PageContext(session=session, runner=runner, clipboard=SensitiveClipboard(),
                                  set_language=translations.set_language,
                                  current_language=lambda: translations.language)
            for name, widget, size in (
                ("interview-form", make_interview_editor(context, interview.id, None), (1100, 820)),
                ("narrative", make_narrative_editor(context, case.id, None), (1000, 560)),
            ):
                widget.resize(*size)
                widget.show()
                for _ in range(3):
                    app.processEvents()
                if name == "interview-form":
                    widget.navigator.setCurrentRow(3)  # type: ignore[attr-defined]
                    app.processEvents()
                path = out_dir / f"{name}.png"
                widget.grab().save(str(path))
                written.append(path)
                widget.clear()  # type: ignore[attr-defined]
                widget.close()
                widget.deleteLater()
            runner.wait()
        finally:
            session.close()
    translations.set_language("en")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.forms_screenshots")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    for path in render(args.out_dir, args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
