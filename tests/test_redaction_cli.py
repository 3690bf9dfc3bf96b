"""`redact preview|mark|marks|unmark`, and hand-marked text removed wherever it occurs."""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

import pytest

from fieldintake.app import audit
from fieldintake.app.paths import Home
from fieldintake.app.users import UserStore
from fieldintake.crypto.kdf import FAST_FOR_TESTS
from fieldintake.errors import FieldintakeError
from fieldintake.cli import commands as cli, pdf as cli_pdf, redact as cli_redact
from tests.conftest import PASSPHRASE
from tests.redaction_data import ANSWERS, build_case, leaks

FRIEND = "Марат Ибраев"  # named in the story only: no field holds him
STORY = f"Мой друг {FRIEND} помог мне уехать. Потом Ибраев исчез."


def _parser() -> argparse.ArgumentParser:
    """The main parser plus the redaction commands, as the lead will hook them in."""
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    common = argparse.ArgumentParser(add_help=False)
    cli._global_options(common, argparse.SUPPRESS)

    def add(name, handler, help_text, parent=sub):
        p = parent.add_parser(name, help=help_text, description=help_text, parents=[common])
        p.set_defaults(handler=handler)
        return p

    cli_redact.register(sub, add, common)
    cli_pdf.register(sub, add, common)
    return parser


def _main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.handler(args, cli.Context(args))
    except FieldintakeError as exc:
        sys.stderr.write(f"fieldintake: {exc}\n")
        return exc.exit_code


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDINTAKE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FIELDINTAKE_HOME", str(tmp_path / "home"))
    assert cli.main(["user", "create", "alice"]) == 0
    return tmp_path / "home"


@pytest.fixture
def run(home: Path, capsys: pytest.CaptureFixture[str]):
    capsys.readouterr()

    def run(*argv: str) -> tuple[int, str, str]:
        code = _main(list(argv))
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def _with_case(home: Path, **changes) -> tuple[str, str]:
    answers = copy.deepcopy(ANSWERS) | changes
    answers["narrative"] = answers["narrative"] + " " + STORY
    answers["timeline"] = [*answers["timeline"], {"event": f"{FRIEND} drove me to the border", "source": "client"}]
    with UserStore(Home(home), policy=FAST_FOR_TESTS).unlock("alice", PASSPHRASE) as session:
        case_id = build_case(session, answers)
        session.cases.update(case_id, notes=f"Ask {FRIEND} for a statement.")
        interview_id = session.cases.get(case_id).interviews[0].id
    return case_id, interview_id


def test_preview_prints_the_redacted_summary_and_audits_it(home: Path, run) -> None:
    case_id, _ = _with_case(home)
    code, out, err = run("redact", "preview", case_id, "--audience", "un-body", "--lang", "ru")
    assert code == 0, err
    assert "Я, [имя 1], родился [дата рождения]" in out and "Журнал обезличивания" in out
    assert leaks(out) == []
    with UserStore(Home(home), policy=FAST_FOR_TESTS).unlock("alice", PASSPHRASE) as session, \
            session.vault.read() as conn:
        assert audit.entries(conn, case_id)[0].action == "redaction.previewed"


def test_preview_without_consent_is_refused_and_an_override_is_recorded(home: Path, run) -> None:
    case_id, _ = _with_case(home, consent_public=False)
    code, out, err = run("redact", "preview", case_id, "--audience", "public")
    assert code == 1 and out == ""
    assert "the media (anonymised) (public): the client did not agree" in err
    code, out, err = run("redact", "preview", case_id, "--audience", "public", "--override-consent",
                         "The client agreed by phone; the form will be updated")
    assert code == 0 and "OVERRIDDEN" in out and "recorded in the audit log" in err
    with UserStore(Home(home), policy=FAST_FOR_TESTS).unlock("alice", PASSPHRASE) as session, \
            session.vault.read() as conn:
        actions = [e.action for e in audit.entries(conn, case_id)[:2]]
    assert actions == ["redaction.previewed", "redaction.consent_override"]


def test_hand_marked_text_is_removed_everywhere(home: Path, run) -> None:
    case_id, interview_id = _with_case(home)
    _, before, err = run("redact", "preview", case_id, "--audience", "lawyer")
    assert "Марат" not in before and "suggested redactions wait for review" in err  # undecided: removed
    path = f"interviews/{interview_id}/answers/narrative"
    with UserStore(Home(home), policy=FAST_FOR_TESTS).unlock("alice", PASSPHRASE) as session:
        narrative = session.cases.get(case_id).interviews[0].answers["narrative"]
    start = narrative.index(FRIEND)
    code, out, err = run("redact", "mark", case_id, "--field", path, "--span", f"{start}:{start + len(FRIEND)}",
                         "--label", "friend")
    assert code == 0, err
    mark_id = out.strip()
    start = narrative.index("Ибраев исчез")
    assert run("redact", "mark", case_id, "--field", path, "--span", f"{start}:{start + 6}")[0] == 0
    code, out, _ = run("redact", "marks", case_id)
    assert code == 0 and mark_id in out and FRIEND in out and "friend" in out
    code, after, _ = run("redact", "preview", case_id, "--audience", "lawyer")
    assert "Марат" not in after and "Ибраев" not in after
    assert "Мой друг [marked] помог мне уехать. Потом [marked] исчез." in after
    assert "[marked] drove me to the border" in after and "Ask [marked] for a statement." in after
    assert run("redact", "unmark", mark_id)[0] == 0
    assert mark_id not in run("redact", "marks", case_id)[1]


def test_mark_checks_its_input(home: Path, run) -> None:
    case_id, _ = _with_case(home)
    code, _, err = run("redact", "mark", case_id, "--field", "notes", "--span", "5-9")
    assert code == 2 and "START:END" in err
    code, _, err = run("redact", "mark", case_id, "--field", "notes", "--span", "5:900")
    assert code == 2 and "outside the text" in err
    code, _, err = run("redact", "unmark", "no-such-mark")
    assert code == 3


def test_suggestions_are_reviewed_one_by_one_or_all_of_a_kind(home: Path, run) -> None:
    """Names only the account holds are suggested; accepted ones become audited marks, rejected ones stay."""
    case_id, _ = _with_case(home)
    code, out, err = run("redact", "suggest", case_id)
    assert code == 0, err
    rows = [line.split("\t") for line in out.splitlines()]
    by_text = {r[3]: r for r in rows}
    assert {"Марат", "Ибраев"} <= set(by_text), out
    assert by_text["Ибраев"][1] == "name" and int(by_text["Ибраев"][2]) >= 2  # "Марат Ибраев" and "Ибраев исчез"
    code, pdf_out, err = run("pdf", case_id, "--redacted", "--audience", "lawyer", "-o", str(home / "s.pdf"))
    assert code == 1 and "wait for review" in err and not (home / "s.pdf").exists()
    assert run("redact", "accept", case_id, by_text["Ибраев"][0])[0] == 0
    code, _, err = run("redact", "reject", case_id, by_text["Марат"][0])
    assert code == 0 and "not asked again" in err
    code, out, err = run("redact", "suggest", case_id)
    assert "Ибраев" not in out and "Марат" not in out
    code, _, err = run("redact", "accept", case_id, "--all", "name")
    assert code == 0
    run("redact", "accept", case_id, "--all", "place")
    run("redact", "accept", case_id, "--all", "org")
    assert run("redact", "suggest", case_id)[1] == ""
    code, preview, err = run("redact", "preview", case_id, "--audience", "lawyer")
    assert "Ибраев" not in preview and "Марат" in preview and "wait for review" not in err
    with UserStore(Home(home), policy=FAST_FOR_TESTS).unlock("alice", PASSPHRASE) as session, \
            session.vault.read() as conn:
        actions = [e.action for e in audit.entries(conn, case_id)]
        marks = session.cases.get(case_id).redaction_marks
    assert "redaction.marked" in actions and "redaction.suggestion_rejected" in actions
    assert any(m.text == "Ибраев" and m.label == "suggested name" for m in marks)


def test_a_summary_with_undecided_suggestions_needs_an_explicit_skip_written_in_the_log(home: Path, run) -> None:
    case_id, _ = _with_case(home)
    out_file = home / "summary.pdf"
    code, _, err = run("pdf", case_id, "--redacted", "--audience", "lawyer", "-o", str(out_file), "--skip-review")
    assert code == 0, err
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(out_file).pages)
    assert "REVIEW SKIPPED" in text and "Ибраев" not in text
    assert "Leak check: 0 of" in text
