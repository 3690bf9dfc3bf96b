"""Contact cards: self-signed, fingerprinted, refused when altered."""

from __future__ import annotations

import pytest

from fieldintake.crypto.identity import ContactCard, Identity, fingerprint
from fieldintake.errors import InvalidInput


def test_card_round_trip_and_fingerprint() -> None:
    me = Identity.generate()
    card = me.card("Айгерим")
    parsed = ContactCard.parse("some chat text before\n" + card.to_text() + "\nand after")
    assert parsed == card
    assert parsed.age_recipient.startswith("age1")
    groups = parsed.fingerprint.split(" ")
    assert len(groups) == 5 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert parsed.verify(b"hello", me.sign(b"hello"))
    assert not parsed.verify(b"hellO", me.sign(b"hello"))


def test_identity_survives_storage_as_secrets() -> None:
    me = Identity.generate()
    again = Identity(me.age_secret, me.signing_seed)
    assert (again.age_recipient, again.verify_key) == (me.age_recipient, me.verify_key)


def test_a_card_with_a_swapped_recipient_is_refused() -> None:
    card = Identity.generate().card("Bekzat")
    other = Identity.generate().age_recipient
    tampered = card.to_text().replace(card.age_recipient, other)
    with pytest.raises(InvalidInput, match="altered"):
        ContactCard.parse(tampered)


def test_a_renamed_card_is_refused() -> None:
    text = Identity.generate().card("Bekzat").to_text().replace("name: Bekzat", "name: Someone Else")
    with pytest.raises(InvalidInput, match="altered"):
        ContactCard.parse(text)


@pytest.mark.parametrize("text", ["", "hello", "-----BEGIN FIELDINTAKE CONTACT CARD-----\nversion: 1\n-----END FIELDINTAKE CONTACT CARD-----"])
def test_garbage_is_a_clear_error(text: str) -> None:
    with pytest.raises(InvalidInput):
        ContactCard.parse(text)


def test_fingerprint_depends_on_both_keys() -> None:
    a, b = Identity.generate(), Identity.generate()
    assert fingerprint(a.age_recipient, a.verify_key) != fingerprint(a.age_recipient, b.verify_key)
    assert fingerprint(a.age_recipient, a.verify_key) != fingerprint(b.age_recipient, a.verify_key)
