"""Bounding parsed JSON from outside: nesting depth, measured without recursion.

``json.loads`` recurses once per nested list or object and raises
``RecursionError`` beyond about a thousand levels; a document that just
fits is then re-encoded (the manifest's canonical check) or validated
(jsonschema), recursively, with less stack to spare, and fails with an
internal error. Nothing fieldintake writes nests deeper than a dozen
levels, so parsed values are checked against a small limit with an
explicit stack, and ``RecursionError`` from the parser itself is caught
where it is called.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

MAX_DEPTH = 64


def nesting_depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """The deepest nesting of lists/dicts in ``value``; stops early once past ``limit``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node  # type: ignore[assignment]
        else:
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                return deepest
        stack.extend((child, depth) for child in children if isinstance(child, (dict, list)))
    return deepest


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    return nesting_depth(value, limit) > limit


class TooDeep(ValueError):
    """A document nested past :data:`MAX_DEPTH` (or past the parser's own recursion limit)."""


def loads_bounded(text: str, parse: Callable[[str], Any] = json.loads, limit: int = MAX_DEPTH) -> Any:
    """``parse(text)`` (``json.loads``, ``tomllib.loads``), refusing deep nesting with :class:`TooDeep`.

    The parsers raise ``RecursionError`` on a few thousand brackets, which is no ``ValueError``
    and escapes every ``except ValueError`` written for bad input.
    """
    try:
        value = parse(text)
    except RecursionError:
        raise TooDeep(f"nested too deeply (more than {limit} levels)") from None
    if too_deep(value, limit):
        raise TooDeep(f"nested too deeply (more than {limit} levels)")
    return value
