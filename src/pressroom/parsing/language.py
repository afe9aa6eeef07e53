"""The release's language by lingua, among the languages the lexicons declare."""

from __future__ import annotations

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from pressroom.parsing.lexicon import LANGUAGES, lexicon

#: Below this many letters lingua's answer is a guess: no language is reported.
MIN_LETTERS = 20
#: lingua reads this many characters from the start of the text: plenty to tell the language,
#: and a 100,000-line page costs no more than a short one.
SAMPLE_CHARS = 3000


def candidates() -> tuple[Language, ...]:
    """lingua's languages for the declared ones (each lexicon names its lingua model)."""
    return tuple(getattr(Language, lexicon(code).lingua) for code in LANGUAGES)


@cache
def detector() -> LanguageDetector:
    """Built once per process, on first use (building it loads the language models)."""
    return LanguageDetectorBuilder.from_languages(*candidates()).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when there is too little text."""
    sample = text[:SAMPLE_CHARS]
    if sum(map(str.isalpha, sample)) < MIN_LETTERS:
        return None
    language = detector().detect_language_of(sample)
    return language.iso_code_639_1.name.lower() if language else None
