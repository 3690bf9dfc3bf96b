"""Names from outside are refused when they could hide or restyle what the user reads (issue 10, items 1 and 2)."""

from __future__ import annotations

import pytest

from fieldintake.app.users import UserStore
from fieldintake.crypto.identity import ContactCard, Identity
from fieldintake.errors import InvalidInput
from fieldintake.textchars import check_name, visible
from tests.conftest import PASSPHRASE

#: The attack from issue 10: a sender card whose name, shown as rich text, hides the stranger warning.
MARKUP_NAME = ('<span style=color:green>alice</span><br><b>Your contact Alice, verified</b>'
               '<span style="font-size:1px">')
HOSTILE_NAMES = [
    MARKUP_NAME,
    "alice\x1b[2K\x1b[1Galice (known contact)",  # ESC: erase the line, rewrite it
    "alice\x07",  # BEL
    "alice\x00",  # NUL
    "ali\u202ece",  # RIGHT-TO-LEFT OVERRIDE
    "alice\u2066",  # isolate
    "alice\u200f",  # RIGHT-TO-LEFT MARK
    "alice\x9b2K",  # C1 CSI
    "alice\u2028Your contact",  # line separator
    "a" * 101,
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_card_with_a_hostile_name_is_refused_when_parsed(name: str) -> None:
    card = Identity.generate().card(name)  # correctly self-signed: only the name is the problem
    with pytest.raises(InvalidInput, match="name|altered"):  # a line separator breaks the card's lines
        ContactCard.parse(card.to_text())


@pytest.mark.parametrize("name", ["Айгерим Сапарова", "Дар'я Об'єдков", "Даниярдың", "Bob & Partners",
                                  "Zelimkhan Ӏ", "李明", "a" * 100])
def test_ordinary_names_still_parse(name: str) -> None:
    card = Identity.generate().card(name)
    assert ContactCard.parse(card.to_text()).name == name


@pytest.mark.parametrize("name", [n for n in HOSTILE_NAMES if "\u2028" not in n and len(n) < 101])
def test_a_name_given_to_a_contact_is_checked_too(alice: str, store: UserStore, name: str) -> None:
    session = store.unlock("alice", PASSPHRASE)
    try:
        card = Identity.generate().card("Bekzat").to_text()
        with pytest.raises(InvalidInput, match="name"):
            session.contacts.add(name, card)
        assert session.contacts.list() == []
    finally:
        session.close()


def test_check_name_returns_an_ordinary_name() -> None:
    assert check_name("Олжас Сулейменов") == "Олжас Сулейменов"


def test_visible_escapes_every_control_and_keeps_the_rest() -> None:
    text = "Сорокин\x1b]0;pwned\x07\x00\u202e\x9b\U000e0041\u200d ok"
    shown = visible(text)
    assert shown == "Сорокин\\u001b]0;pwned\\u0007\\u0000\\u202e\\u009b\\udb40\\udc41\u200d ok"
    assert visible("a\tb\nc", keep="\n") == "a\\u0009b\nc"
