from fieldintake.app.users import UserStore
from tests.conftest import PASSPHRASE


def test_create_then_unlock_gives_the_same_identity(store: UserStore) -> None:
    created = store.create("alice", PASSPHRASE)
    recipient = created.session.identity.age_recipient
    created.session.close()
    with store.unlock("alice", PASSPHRASE) as session:
        assert session.identity.age_recipient == recipient
        assert session.binding.bound
