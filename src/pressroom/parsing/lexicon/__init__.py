"""The languages the parser reads, one lexicon file per language.

`LANGUAGES` is the one declaration of the supported languages: it is the list of lexicon
files (`<code>.toml`) in this package. Language detection's candidates (lingua), the dbt
`languages` var, the Great Expectations value sets and the corpus generator's languages
derive from it (tests/test_lexicon.py checks they agree).
Add a language by adding a file: see README.md in this folder.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from pressroom.parsing.lexicon.base import Example, Lexicon, LexiconError, load

__all__ = ["LANGUAGES", "Example", "Lexicon", "LexiconError", "lexicon", "lexicons", "union"]

HERE = Path(__file__).resolve().parent
_FILES = [p.stem for p in HERE.glob("*.toml")]
#: The supported languages, ISO 639-1, in a stable order (French first: the project's origin).
LANGUAGES: tuple[str, ...] = tuple(sorted(_FILES, key=lambda c: (c != "fr", c != "en", c)))


@cache
def lexicon(language: str) -> Lexicon:
    """The lexicon of a supported language (KeyError for any other)."""
    if language not in LANGUAGES:
        raise KeyError(f"no lexicon for language {language!r}")
    found = load(HERE / f"{language}.toml")
    if found.code != language:
        raise LexiconError(f"{language}.toml declares code {found.code!r}")
    return found


def lexicons(language: str | None = None) -> tuple[Lexicon, ...]:
    """The lexicon of `language`, or all of them when it is None or unsupported."""
    if language in LANGUAGES:
        return (lexicon(language),)
    return tuple(lexicon(code) for code in LANGUAGES)


@cache
def union(name: str, language: str | None = None) -> Any:
    """One lexicon field across `lexicons(language)`: sets and tuples are joined (tuples
    keep their first-seen order), dicts of phrase lists are joined per key, plain dicts merged
    (the smallest value wins on a clash: "billion" is 1e9 unless the language says 1e12)."""
    values = [getattr(lex, name) for lex in lexicons(language)]
    first = values[0]
    if isinstance(first, frozenset):
        return frozenset().union(*values)
    if isinstance(first, tuple):
        return tuple(dict.fromkeys(_chain(values)))
    if isinstance(first, dict) and all(isinstance(v, tuple) for d in values for v in d.values()):
        keys = dict.fromkeys(k for d in values for k in d)
        return {k: tuple(dict.fromkeys(_chain(d.get(k, ()) for d in values))) for k in keys}
    if isinstance(first, dict):
        merged: dict[str, Any] = {}
        for d in values:
            for k, v in d.items():
                merged[k] = min(merged[k], v) if k in merged and isinstance(v, float) else \
                    merged.get(k, v)
        return merged
    raise TypeError(f"lexicon field {name} cannot be joined")


def _chain(groups: Iterable[Iterable[str]]) -> Iterable[str]:
    for group in groups:
        yield from group
