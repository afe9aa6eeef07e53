"""The release's language: a count of each lexicon's own function words when it is clear,
lingua among the languages the lexicons declare when it is not."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import fields
from functools import cache
from typing import Any

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from pressroom.parsing.lexicon import LANGUAGES, Lexicon, lexicon

#: Below this many letters lingua's answer is a guess: no language is reported.
MIN_LETTERS = 20
#: The letters are first counted in this many characters (enough in most texts).
_LETTERS_LOOK = 100
#: The vote and lingua read this many characters from the start of the text: plenty to tell
#: the language, and a 100,000-line page costs no more than a short one.
SAMPLE_CHARS = 3000
#: The vote decides alone when its winner has at least this many words…
VOTE_MIN_WORDS = 8
#: …and this many times the runner-up's; otherwise lingua decides.
VOTE_MARGIN = 4
#: The lexicon fields whose words make the vote: the short words every sentence has.
VOTE_FIELDS = ("function_words", "articles", "partitives", "phrase_openers",
               "complement_determiners")

_WORD = re.compile(r"[^\W\d_]+")


def candidates() -> tuple[Language, ...]:
    """lingua's languages for the declared ones (each lexicon names its lingua model)."""
    return tuple(getattr(Language, lexicon(code).lingua) for code in LANGUAGES)


@cache
def detector() -> LanguageDetector:
    """Built once per process, on first use; lingua loads its models when a text needs them."""
    return LanguageDetectorBuilder.from_languages(*candidates()).build()


#: Short, plain-ASCII and of no clear language: lingua reads it with every model it has.
_LOADS_EVERY_MODEL = "Ministerio de salud"


def load_models() -> None:
    """Make lingua load every model now (~1-2 s), not on the first short unclear text a
    parse meets: for processes that parse many files and for benchmarks."""
    detector().detect_language_of(_LOADS_EVERY_MODEL)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when there is too little text."""
    sample = text[:SAMPLE_CHARS]
    if not _has_letters(sample, MIN_LETTERS):
        return None
    voted = vote_language(sample)
    if voted is not None:
        return voted
    language = detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language else None


def _has_letters(text: str, count: int) -> bool:
    """`text` holds at least `count` letters; most texts show them in their first line."""
    return (sum(map(str.isalpha, text[:_LETTERS_LOOK])) >= count
            or sum(map(str.isalpha, text)) >= count)


def vote_language(sample: str) -> str | None:
    """The language whose own function words `sample` uses far more than any other's, or None
    when the count is not clear.

    Written by hand as a shortcut before lingua, which costs ~1 ms a release: counting words
    costs ~50 µs and settles the ordinary release; lingua still decides every unclear one."""
    owners = vote_words()
    counts = Counter(filter(None, map(owners.get, _WORD.findall(sample.lower()))))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < VOTE_MIN_WORDS:
        return None
    if len(ranked) == 2 and ranked[0][1] < VOTE_MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]


@cache
def vote_words() -> dict[str, str]:
    """word -> language, for the function words of one lexicon that no other lexicon holds
    anywhere ("des", "the", "los", "uma"; not "de", "la", "en" or "a")."""
    elsewhere = {code: _vocabulary(lexicon(code)) for code in LANGUAGES}
    owners = {}
    for code in LANGUAGES:
        others = frozenset().union(*(elsewhere[c] for c in LANGUAGES if c != code))
        own = {w for name in VOTE_FIELDS for w in getattr(lexicon(code), name)
               if w.isalpha() and w not in others}
        owners.update(dict.fromkeys(own, code))
    return owners


def _vocabulary(lex: Lexicon) -> frozenset[str]:
    """Every word of every phrase in a lexicon, lower case."""
    return frozenset(w for f in fields(lex) if f.name not in ("code", "lingua")
                     for phrase in _strings(getattr(lex, f.name))
                     for w in _WORD.findall(phrase.lower()))


def _strings(value: Any) -> Iterator[str]:
    """The strings held in a lexicon field (a string, a collection or a dict of them)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _strings(item)
