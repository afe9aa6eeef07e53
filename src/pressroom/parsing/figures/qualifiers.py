"""Qualifiers around a figure ("plus de", "nearly", "hasta", "ou plus") and range connectors
("entre 150 et 180", "150 to 180", "150-180").

The phrases come from the lexicon of the release's language (all lexicons when it is
unknown): see `pressroom.parsing.lexicon`.
"""

from __future__ import annotations

import re
from functools import cache

from pressroom.parsing.lexicon import union
from pressroom.parsing.text import alternation, literal_form

_REACH = 40


def _groups(table: dict[str, tuple[str, ...]]) -> str:
    return "|".join(f"(?P<{name}>{alternation(phrases)})" for name, phrases in table.items())


@cache
def _before_re(language: str | None) -> re.Pattern[str]:
    # "plus de", then maybe an article ("más del 50%" needs none, "casi el 40%" has one); an
    # elided word may precede it ("qu'environ 37 %").
    articles = alternation(union("articles", language))
    adverbs = alternation(union("qualifier_adverbs", language))
    return re.compile(
        r"(?<!\w)(?:" + _groups(union("qualifiers_before", language)) + r")\s*(?:(?:"
        + adverbs + r")\s+)?(?:(?:" + articles + r")\s+)?$",
        re.IGNORECASE,
    )


@cache
def _after_re(language: str | None) -> re.Pattern[str]:
    return re.compile(r"[ \u00a0\u202f]*,?\s*(?:" + _groups(union("qualifiers_after", language))
                      + r")\b", re.IGNORECASE)


@cache
def _before_last_words(language: str | None) -> tuple[str, ...]:
    """The last word of each qualifier written before a figure and each article, lower-cased
    with "'" apostrophes: the text before a qualified figure ends on one of them."""
    phrases = [p for group in union("qualifiers_before", language).values() for p in group]
    return tuple({p.lower().replace("’", "'").split()[-1]
                  for p in [*phrases, *union("articles", language),
                            *union("qualifier_adverbs", language)]})


@cache
def _estimate_words(language: str | None) -> tuple[str, ...]:
    """A word each estimation opener holds ("estima" of "se estima que"), lower-cased; none
    holds another (checking the shorter one is enough)."""
    longest = {max(p.lower().replace("’", "'").split(), key=len)
               for p in union("estimate_openers", language)}
    return tuple(w for w in longest if not any(o != w and o in w for o in longest))


def qualifier_before(text: str, pos: int, language: str | None = None
                     ) -> tuple[str, int] | None:
    """The qualifier written right before `pos` and where it starts: ("more_than", start).

    String tests first (most figures have no qualifier): the text before `pos` must end on
    the last word of a qualifier or an article, and an estimation opener's word must be in
    the clause's reach; the regexes only run when it may."""
    window = literal_form(text[max(0, pos - _ESTIMATE_REACH):pos])
    m = None
    if window is None or window[-_REACH:].rstrip().endswith(_before_last_words(language)):
        m = _before_re(language).search(text, max(0, pos - _REACH), pos)
    if not m:
        if window is not None and not any(map(window.__contains__, _estimate_words(language))):
            return None
        return ("about", pos) if _estimated(text, pos, language) else None
    name = m.lastgroup or "exact"
    if name == "up_to" and _after_change_verb(text, m.start(), language):
        name = "exact"  # "bajaron hasta las 3.410": the level reached, no ceiling
    if _after_word_of(text, m.start(), _particle_verbs(language)):
        return None  # "hands over GH¢4.2 million": the verb's particle, no qualifier
    return name, m.start()


_LAST_WORD_RE = re.compile(r"(\w+)\W*$")


def _after_change_verb(text: str, pos: int, language: str | None) -> bool:
    """The word before `pos` is a verb of change ("bajaron", "cayó")."""
    return _after_word_of(text, pos, _change_verbs(language))


def _after_word_of(text: str, pos: int, words: frozenset[str]) -> bool:
    """The word before `pos` is one of `words` (lower case)."""
    if not words:
        return False
    last = _LAST_WORD_RE.search(text, max(0, pos - 30), pos)
    return last is not None and last.group(1).lower() in words


@cache
def _particle_verbs(language: str | None) -> frozenset[str]:
    return frozenset(v.lower() for v in union("particle_verbs", language))


@cache
def _change_verbs(language: str | None) -> frozenset[str]:
    return frozenset(v.lower() for v in union("change_verbs", language) if " " not in v)


#: How far an estimation verb may open the clause of the figure it qualifies.
_ESTIMATE_REACH = 60


@cache
def _estimate_re(language: str | None) -> re.Pattern[str]:
    openers = alternation(union("estimate_openers", language))
    return re.compile(rf"(?<!\w)(?:{openers})(?!\w)[^\d.,;:!?()]*$", re.IGNORECASE)


def _estimated(text: str, pos: int, language: str | None) -> bool:
    """"estima que en la región viven 9.850 familias", "estimates that 40,000 people": an
    estimation verb opens the figure's clause, with no other number between them."""
    return bool(_estimate_re(language).search(text, max(0, pos - _ESTIMATE_REACH), pos))


def qualifier_after(text: str, pos: int, language: str | None = None
                    ) -> tuple[str, int] | None:
    """A qualifier written right after a figure ("3 000 environ", "10 or more"): (name, end).
    Not the one of the next figure: "41 000 repas et plus de 12 000 collations"."""
    m = _after_re(language).match(text, pos)
    if not m or _next_figure_re(language).match(text, m.end()):
        return None
    return m.lastgroup or "exact", m.end()


@cache
def _next_figure_re(language: str | None) -> re.Pattern[str]:
    partitives = alternation(union("partitives", language))
    return re.compile(rf"\s*(?:(?:{partitives})\s*)?\d", re.IGNORECASE)


# --- ranges --------------------------------------------------------------------------------


@cache
def _opener_re(language: str | None) -> re.Pattern[str]:
    articles = alternation(union("articles", language))
    return re.compile(r"(?<![\w'’])(?:" + alternation(union("range_openers", language))
                      + r")\s*(?:(?:" + articles + r")\s+)?$", re.IGNORECASE)


@cache
def _link_re(language: str | None) -> re.Pattern[str]:
    return re.compile(
        r"\s*(?:(?P<pair>" + alternation(union("coordinations", language)) + r")"
        r"|(?P<to>" + alternation(union("range_to_links", language)) + r")|(?P<dash>[-–—]))\s*"
        # "entre el 30 y el 40 %": an article may repeat before the second number
        r"(?:(?:" + alternation(union("articles", language)) + r")\s+)?",
        re.IGNORECASE,
    )


def range_opener(text: str, first_start: int, language: str | None = None) -> int | None:
    """Start of "entre"/"between"/"from"/"desde" (maybe with an article: "entre el 30")
    right before a range's first number."""
    m = _opener_re(language).search(text, max(0, first_start - 12), first_start)
    return m.start() if m else None


def range_link(text: str, left_end: int, right_start: int, opened: bool,
               language: str | None = None) -> bool:
    """Whether the text between two numbers joins them into a range: "150 à 180", "150-180",
    and, after "entre"/"between" (`opened`), "150 et 180"."""
    if right_start - left_end > 12:
        return False
    m = _link_re(language).fullmatch(text, left_end, right_start)
    if not m:
        return False
    return opened or not m.group("pair")
