"""Argon2id passphrase stretching, with parameters calibrated per machine.

Parameters are stored beside the wrapped key, so a vault made on a fast
machine still opens on a slow one. ``KdfPolicy`` says what is acceptable;
a stored parameter set below the policy is upgraded (re-wrapped) on the next
successful unlock.
"""

from __future__ import annotations

import math
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from fieldintake.crypto.encoding import b64d, b64e
from fieldintake.crypto.secret import scrub, wipe

SALT_BYTES = 16
KEY_BYTES = 32

# Bounds on what a stored key file may ask for, checked before any derivation:
# a key file is data from the disk, and Argon2 with t = 2^31 never returns.
MAX_SALT_BYTES = 64
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB
MAX_ITERATIONS = 256
MAX_LANES = 64
MAX_COST_KIB_PASSES = 16 * 1024 * 1024  # memory × iterations: 64 MiB × 256, or 4 GiB × 4 (tens of seconds)


@dataclass(frozen=True)
class Argon2Params:
    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int

    def to_dict(self) -> dict[str, object]:
        return {
            "alg": "argon2id",
            "salt": b64e(self.salt),
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Argon2Params:
        if data.get("alg") != "argon2id":
            raise ValueError("unsupported KDF")
        numbers = {}
        for key in ("memory_kib", "iterations", "lanes"):
            value = data.get(key)
            if type(value) is not int:  # noqa: E721 - not bool, not float, not a 10,000-digit string
                raise ValueError(f"KDF parameter {key} is not a whole number")
            numbers[key] = value
        params = cls(salt=b64d(str(data["salt"])[:200]), **numbers)
        if not SALT_BYTES <= len(params.salt) <= MAX_SALT_BYTES:
            raise ValueError(f"KDF salt of {len(params.salt)} bytes (allowed {SALT_BYTES}–{MAX_SALT_BYTES})")
        if not 1 <= params.iterations <= MAX_ITERATIONS:
            raise ValueError(f"Argon2 iterations {params.iterations} out of range (allowed 1–{MAX_ITERATIONS})")
        if not 1 <= params.lanes <= MAX_LANES:
            raise ValueError(f"Argon2 lanes {params.lanes} out of range (allowed 1–{MAX_LANES})")
        # A hostile key file must not make us allocate or compute without bound.
        if not 8 * params.lanes <= params.memory_kib <= MAX_MEMORY_KIB:
            raise ValueError(f"Argon2 memory {params.memory_kib} KiB out of range (allowed {8 * params.lanes}–{MAX_MEMORY_KIB})")
        if params.memory_kib * params.iterations > MAX_COST_KIB_PASSES:
            raise ValueError("Argon2 memory × iterations exceeds the largest cost this app ever writes")
        return params


@dataclass(frozen=True)
class KdfPolicy:
    """What a new or upgraded key must cost an attacker (and us)."""

    min_memory_kib: int
    min_iterations: int
    memory_kib: int
    lanes: int
    target_seconds: tuple[float, float]
    max_iterations: int = 64
    calibrate: bool = True

    def fresh_params(self) -> Argon2Params:
        if not self.calibrate:
            return Argon2Params(os.urandom(SALT_BYTES), self.memory_kib, self.min_iterations, self.lanes)
        return calibrate(self)

    def accepts(self, params: Argon2Params) -> bool:
        return params.memory_kib >= self.min_memory_kib and params.iterations >= self.min_iterations


# Production: never below m = 19 MiB, t = 2 (OWASP's Argon2id floor);
# 64 MiB by default, iterations raised until one derivation takes 0.5–1 s.
PRODUCTION = KdfPolicy(
    min_memory_kib=19 * 1024,
    min_iterations=2,
    memory_kib=64 * 1024,
    lanes=4,
    target_seconds=(0.5, 1.0),
)

# Tests only: real Argon2id, tiny cost. Never selected unless asked for.
FAST_FOR_TESTS = KdfPolicy(
    min_memory_kib=64,
    min_iterations=1,
    memory_kib=256,
    lanes=1,
    target_seconds=(0.0, 1.0),
    calibrate=False,
)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so "й" typed on two keyboards (composed or not) gives one key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _argon2(params: Argon2Params) -> Argon2id:
    return Argon2id(
        salt=params.salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )


def derive(passphrase: str, params: Argon2Params) -> bytes:
    return _argon2(params).derive(normalise_passphrase(passphrase))


def derive_into(passphrase: str, params: Argon2Params, out: bytearray) -> None:
    """``derive`` into the caller's buffer, wiping the encoded passphrase afterwards."""
    encoded = normalise_passphrase(passphrase)
    material = bytearray(encoded)
    scrub(encoded)
    try:
        _argon2(params).derive_into(material, out)  # type: ignore[arg-type]  # a bytearray, to be wiped; any buffer works
    finally:
        wipe(material)


def time_derivation(params: Argon2Params) -> float:
    start = time.perf_counter()
    derive("calibration", params)
    return time.perf_counter() - start


def calibrate(policy: KdfPolicy, timer: Callable[[Argon2Params], float] = time_derivation) -> Argon2Params:
    """Pick iterations (and if needed less memory) for ``policy.target_seconds``."""
    low, high = policy.target_seconds
    goal = (low + high) / 2
    memory = policy.memory_kib
    salt = os.urandom(SALT_BYTES)
    probe = Argon2Params(salt, memory, policy.min_iterations, policy.lanes)
    elapsed = timer(probe)
    # A slow machine: halve memory (never below the floor) before going under the target.
    while elapsed > high and memory // 2 >= policy.min_memory_kib:
        memory //= 2
        probe = Argon2Params(salt, memory, policy.min_iterations, policy.lanes)
        elapsed = timer(probe)
    iterations = policy.min_iterations
    # Time is not quite linear in iterations (allocation is a fixed cost):
    # extrapolate, measure again, and refine a couple of times.
    for _ in range(3):
        if elapsed >= low or iterations >= policy.max_iterations:
            break
        per_iteration = max(elapsed / iterations, 1e-6)
        iterations = min(policy.max_iterations, max(iterations + 1, math.floor(goal / per_iteration)))
        elapsed = timer(Argon2Params(salt, memory, iterations, policy.lanes))
    return Argon2Params(salt, memory, iterations, policy.lanes)

