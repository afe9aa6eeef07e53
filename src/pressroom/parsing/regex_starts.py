"""The first characters every match of a regex starts with: a cheap test of a line's first
letters before a pattern of many alternatives (a lexicon's phrases) is tried on it.

A line's rules try long alternations at the start of the line ("contact presse", "pour plus
d'informations", "share this page"…); the regex engine tries their branches one by one
before failing on most lines. `Starts` reads, from Python's own parse of the pattern, the
first `SIZE` characters every match must begin with, and `Starts.admits` rejects a text
whose first characters are none of them with one set lookup. Written by hand: the regex
engine computes such prefixes for its own use but does not expose them, and no library does.
When the prefixes cannot be told (a match may be shorter, a class of categories, a flag
such as IGNORECASE in the pattern) every text is admitted: the test never changes a result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

#: The characters compared: two letters reject most lines, and keep the sets small.
SIZE = 2
#: A character class wider than this is not spelled out (the test is then skipped).
_MAX_CLASS = 256
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


class _Unknown(Exception):
    """A part of the pattern whose first characters are not spelled out."""


@dataclass(frozen=True)
class Starts:
    """The first characters of every match of a pattern (None: unknown, admit all)."""

    prefixes: frozenset[str] | None
    size: int = SIZE  # the length of each prefix

    @classmethod
    def of(cls, pattern: str, stripped: str = "") -> Starts:
        """Read from `pattern` as `re.compile(pattern)` would read it (no flags). With
        `stripped`, the pattern is tried after a run of these characters, which the caller
        strips from the text before the test: a prefix opening with one of them makes the
        test unknown (the run could end earlier)."""
        prefixes = literal_prefixes(pattern)
        if prefixes is not None and any(prefix[0] in stripped for prefix in prefixes):
            prefixes = None
        return cls(prefixes)

    def admits(self, text: str) -> bool:
        """`text` may hold a match of the pattern at its start (False: surely none)."""
        return self.prefixes is None or text[:self.size] in self.prefixes


def literal_prefixes(pattern: str, size: int = SIZE) -> frozenset[str] | None:
    """The `size`-character strings every match of `pattern` at a text's start begins
    with; None when that cannot be told (see the module's docstring)."""
    try:
        parsed = sre_parse.parse(pattern)
        if parsed.state.flags & (re.IGNORECASE | re.VERBOSE | re.MULTILINE):
            return None
        found = _sequence(list(parsed), size)
    except (_Unknown, re.error):
        return None
    if any(len(prefix) < size for prefix in found):
        return None  # a match may be shorter than `size`
    return frozenset(found)


def _sequence(items: list[Any], size: int) -> set[str]:
    """The prefixes (cut at `size`) of the matches of items one after another; a prefix
    shorter than `size` is a whole match."""
    current = {""}
    for op, arg in items:
        if all(len(prefix) >= size for prefix in current):
            break
        current = _concat(current, _item(op, arg, size), size)
    return current


def _concat(left: set[str], right: set[str], size: int) -> set[str]:
    return {p if len(p) >= size else (p + q)[:size] for p in left for q in right}


def _item(op: Any, arg: Any, size: int) -> set[str]:
    """The prefixes of one parsed item's matches."""
    if op is sre.LITERAL:
        return {chr(arg)}
    if op is sre.IN:
        return _class(arg)
    if op is sre.BRANCH:
        return set().union(*(_sequence(list(b), size) for b in arg[1]))
    if op is sre.SUBPATTERN:
        _, add_flags, _, body = arg
        if add_flags & re.IGNORECASE:
            raise _Unknown
        return _sequence(list(body), size)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg), size)
    if op in _REPEATS:
        low, high, body = arg
        return _repeat(low, high, _sequence(list(body), size), size)
    if op in _ZERO_WIDTH:  # "\b", "^", lookarounds: they add no character
        return {""}
    raise _Unknown


def _repeat(low: int, high: int, body: set[str], size: int) -> set[str]:
    """Prefixes of `low` to `high` matches of a body in a row (enough of them to reach
    `size` characters, or to stop growing)."""
    found: set[str] = set()
    current = {""}
    for count in range(min(high, size + low) + 1):
        if count >= low:
            found |= current
        grown = _concat(current, body, size)
        if grown == current:  # more matches of the body change nothing
            return found | current
        current = grown
    else:
        if high > size + low:
            found |= current
    return found


def _class(items: list[Any]) -> set[str]:
    """The characters of a class such as "[-•*]": literals and small ranges only."""
    chars: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE and arg[1] - arg[0] <= _MAX_CLASS:
            chars.update(map(chr, range(arg[0], arg[1] + 1)))
        else:
            raise _Unknown
    return chars
