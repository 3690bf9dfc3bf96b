"""Recipient keys from outside (a pasted age1… or ssh-… key) refused by pyrage's error types, one clear line each."""

from __future__ import annotations

import pyrage
import pytest

from fieldintake.app.users import UserStore
from fieldintake.errors import InvalidInput
from fieldintake.exports.bundle.writer import age_recipient
from tests.conftest import PASSPHRASE

BAD = [
    "age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq",  # bech32 checksum wrong
    "age1\ud800",  # a lone surrogate: not even UTF-8
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIO",  # a truncated key
    "ssh-rsa " + "A" * 4000,
]


@pytest.mark.parametrize("text", BAD)
def test_a_malformed_recipient_is_refused_in_one_line(store: UserStore, alice: str, text: str) -> None:
    with store.unlock("alice", PASSPHRASE) as session:
        with pytest.raises(InvalidInput, match="Not a valid recipient"):
            session.contacts.add("Desk", text)
        assert session.contacts.list() == []
    with pytest.raises(InvalidInput, match="Not a valid age or SSH recipient"):
        age_recipient(text)


def test_a_real_recipient_is_kept() -> None:
    key = str(pyrage.x25519.Identity.generate().to_public())
    assert str(age_recipient(key)) == key
