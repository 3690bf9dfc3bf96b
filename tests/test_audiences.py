"""Audiences: one table of ids and names, used by the redaction policy, the summary, the CLI and the UI."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from fieldintake.app import audiences
from fieldintake.app.templates import CONSENT_AUDIENCES
from fieldintake.errors import InvalidInput
from fieldintake.cli import bundle as cli_bundle
from fieldintake.cli import pdf as cli_pdf
from fieldintake.cli import redact as cli_redact
from fieldintake.exports import summary
from fieldintake.exports.redaction import AUDIENCES, policy
from tests.helpers import parse_with


def _choices(register: object, command: list[str]) -> tuple[str, ...]:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")

    def add(name: str, handler: object, help_text: str, parent: object = sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, help=help_text)  # type: ignore[attr-defined]
        p.set_defaults(handler=handler)
        return p

    register(sub, add, argparse.ArgumentParser(add_help=False))  # type: ignore[operator]
    node: argparse.ArgumentParser = parser
    for word in command:
        action = next(a for a in node._actions if isinstance(a, argparse._SubParsersAction))
        node = action.choices[word]
    option = next(a for a in node._actions if "--audience" in a.option_strings)
    return tuple(option.choices or ())


def test_every_table_of_audiences_is_the_one_table() -> None:
    assert AUDIENCES == audiences.AUDIENCES == CONSENT_AUDIENCES
    assert _choices(cli_bundle.register, ["bundle", "export"]) == audiences.AUDIENCES
    assert _choices(cli_pdf.register, ["pdf"]) == audiences.AUDIENCES
    assert _choices(cli_redact.register, ["redact", "preview"]) == audiences.AUDIENCES
    assert policy.MATRIX["sensitive"] == frozenset(audiences.AUDIENCES) - {"public"}


@pytest.mark.parametrize("lang", ["en", "ru", "kk", "uk"])
def test_the_log_the_title_and_the_ui_say_the_same_names(lang: str) -> None:
    for key in audiences.AUDIENCES:
        assert policy.audience_name(key, lang) == audiences.name(key, lang)
        assert summary.audience_name(key, lang) == audiences.for_title(key, lang)
        assert audiences.name(key, lang) and audiences.for_title(key, lang)
    if lang != "en":  # each language has its own words, not English copied
        assert audiences.name("lawyer", lang) != audiences.name("lawyer", "en")


@pytest.fixture
def ui_locale() -> Iterator[None]:
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize("lang", ["en", "ru", "kk", "uk"])
def test_the_ui_picker_names_audiences_from_the_table(lang: str, ui_locale: None) -> None:
    from PySide6.QtCore import QLocale

    from fieldintake.ui.handover.consent import audience_name

    QLocale.setDefault(QLocale(lang))
    for key in audiences.AUDIENCES:
        assert audience_name(key).casefold() == audiences.name(key, lang).casefold()


def test_an_unknown_audience_is_one_clear_error() -> None:
    with pytest.raises(InvalidInput, match="lawyer, unhcr, ngo, un-body, public"):
        audiences.name("press")
    with pytest.raises(SystemExit):
        parse_with(cli_bundle.register, ["bundle", "export", "c", "-o", "x", "--redacted", "--audience", "press"])
