"""Per-language vocabulary and phrasing of the corpus generator (fr, en, es, pt)."""

from __future__ import annotations

from pressroom.corpus.lang.base import Language, Noun
from pressroom.corpus.lang.en import ENGLISH
from pressroom.corpus.lang.es import SPANISH
from pressroom.corpus.lang.fr import FRENCH
from pressroom.corpus.lang.pt import PORTUGUESE

#: The languages the generator writes: exactly the parser's `pressroom.parsing.LANGUAGES`, in
#: its order (tests/test_lexicon.py checks it; a new parser language needs a module here).
LANGUAGES: dict[str, Language] = {"fr": FRENCH, "en": ENGLISH, "es": SPANISH, "pt": PORTUGUESE}

__all__ = ["LANGUAGES", "Language", "Noun"]
