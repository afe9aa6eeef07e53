"""The release's language (fr, en or es) by lingua, restricted to those three."""

from __future__ import annotations

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

_LANGUAGES = (Language.FRENCH, Language.ENGLISH, Language.SPANISH)
#: Below this many letters lingua's answer is a guess: no language is reported.
MIN_LETTERS = 20


@cache
def detector() -> LanguageDetector:
    """Built once per process, on first use (building it loads the language models)."""
    return LanguageDetectorBuilder.from_languages(*_LANGUAGES).build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text`'s language, or None when there is too little text."""
    if sum(c.isalpha() for c in text) < MIN_LETTERS:
        return None
    language = detector().detect_language_of(text)
    return language.iso_code_639_1.name.lower() if language else None
