"""Argon2id parameters: production floors, calibration, hostile parameter sets."""

from __future__ import annotations

import pytest

from fieldintake.crypto import kdf


def test_production_defaults_are_calibrated_above_the_floor() -> None:
    """Run once with the real production policy on this machine."""
    params = kdf.PRODUCTION.fresh_params()
    assert params.memory_kib >= 19 * 1024 and params.iterations >= 2
    assert params.memory_kib == 64 * 1024  # this machine is fast enough for the default
    assert len(params.salt) >= 16
    assert kdf.PRODUCTION.accepts(params)


def fake_timer(seconds_per_iteration_per_mib: float):
    """Derivation time proportional to work, as on a real machine (no real derivation)."""
    return lambda p: p.iterations * p.memory_kib / 1024 * seconds_per_iteration_per_mib


SMALL = kdf.KdfPolicy(min_memory_kib=64, min_iterations=2, memory_kib=1024, lanes=1, target_seconds=(0.5, 1.0))


def test_a_fast_machine_gets_more_iterations() -> None:
    params = kdf.calibrate(SMALL, timer=fake_timer(0.025))
    assert params.memory_kib == 1024
    assert params.iterations == 30  # 0.75 s goal / 0.025 s per iteration
    assert 0.5 <= fake_timer(0.025)(params) <= 1.0


def test_a_slow_machine_gets_less_memory_but_never_below_the_floor() -> None:
    params = kdf.calibrate(SMALL, timer=fake_timer(100.0))
    assert params.memory_kib == 64 and params.iterations == 2


def test_a_middling_machine_halves_memory_then_fits_the_target() -> None:
    params = kdf.calibrate(SMALL, timer=fake_timer(0.6))  # 1.2 s at 1 MiB, t=2
    assert params.memory_kib == 512
    assert 0.5 <= fake_timer(0.6)(params) <= 1.0


def test_passphrases_are_normalised_to_nfc() -> None:
    composed, decomposed = "пароль й", "пароль и\u0306"
    p = kdf.FAST_FOR_TESTS.fresh_params()
    assert kdf.derive(composed, p) == kdf.derive(decomposed, p)


@pytest.mark.parametrize(
    "doc",
    [
        {"alg": "scrypt", "salt": "AAAAAAAAAAAAAAAAAAAAAA==", "memory_kib": 1024, "iterations": 2, "lanes": 1},
        {"alg": "argon2id", "salt": "AAAA", "memory_kib": 1024, "iterations": 2, "lanes": 1},
        {"alg": "argon2id", "salt": "AAAAAAAAAAAAAAAAAAAAAA==", "memory_kib": 1 << 30, "iterations": 2, "lanes": 1},
        {"alg": "argon2id", "salt": "AAAAAAAAAAAAAAAAAAAAAA==", "memory_kib": 1024, "iterations": 0, "lanes": 1},
    ],
)
def test_implausible_stored_parameters_are_refused(doc: dict) -> None:
    with pytest.raises(ValueError):
        kdf.Argon2Params.from_dict(doc)
