import pytest

from fieldintake.crypto import recovery
from fieldintake.errors import InvalidInput, MistypedRecoveryKey


def test_round_trip_and_shape() -> None:
    key = recovery.generate()
    text = recovery.encode(key)
    groups = text.split("-")
    assert len(groups) == 13 and all(len(g) == 5 for g in groups)
    assert recovery.parse(text) == key


def test_forgiving_reading_case_spaces_and_lookalikes() -> None:
    key = bytes(range(32))
    text = recovery.encode(key)
    typed = "  " + text.lower().replace("-", " ").replace("0", "o").replace("1", "l") + "\n"
    assert recovery.parse(typed) == key


@pytest.mark.parametrize("group", [0, 6, 12])
def test_a_mistyped_character_names_its_group(group: int) -> None:
    groups = recovery.encode(recovery.generate()).split("-")
    chars = list(groups[group])
    chars[1] = "Z" if chars[1] != "Z" else "Y"
    groups[group] = "".join(chars)
    with pytest.raises(MistypedRecoveryKey, match=f"Group {group + 1} "):
        recovery.parse("-".join(groups))


def test_adjacent_swap_and_swapped_groups_are_caught() -> None:
    key = bytes(range(1, 33))
    groups = recovery.encode(key).split("-")
    swapped = list(groups)
    swapped[3] = groups[3][1] + groups[3][0] + groups[3][2:]
    if swapped[3] != groups[3]:
        with pytest.raises(MistypedRecoveryKey, match="Group 4 "):
            recovery.parse("-".join(swapped))
    reordered = list(groups)
    reordered[2], reordered[3] = groups[3], groups[2]
    with pytest.raises(MistypedRecoveryKey):
        recovery.parse("-".join(reordered))


def test_wrong_length_is_reported() -> None:
    text = recovery.encode(recovery.generate())
    with pytest.raises(InvalidInput, match="13 groups"):
        recovery.parse(text[:-6])
