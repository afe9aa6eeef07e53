"""The years a figure covers, read from its sentence: "entre 2009 et 2014" -> 2009..2014,
"En 2014, …" / "en juillet 2007" -> 2014..2014, "depuis 2006" / "depuis son lancement en
2003" -> 2003.. (start only). A full date ("le 3 novembre 2017", a dateline) dates an event,
not the figure. Month names come from babel's CLDR data, the cue words from the lexicons.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pressroom.parsing.lexicon import lexicons, union
from pressroom.parsing.text import alternation, fold, words_before

YEAR = r"(?:1[89]\d\d|20\d\d)"


@cache
def _month_names() -> frozenset[str]:
    """The month names and abbreviations of every lexicon (CLDR)."""
    return frozenset().union(*(lex.months() for lex in lexicons()))


@cache
def _month_alternation() -> str:
    return alternation(_month_names())


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    suffixes = alternation(union("ordinal_suffixes"))
    of = rf"(?:(?:{alternation(union('partitives'))})\s+)?"  # "15 de julio de 2014"
    month = (rf"(?:\d{{1,2}}(?:{suffixes})?\s+{of})?(?:{_month_alternation()})\.?"
             rf"(?:\s+\d{{1,2}},)?\s+{of}")
    year_words = alternation(union("period_year_words"), accents=True)
    year_word = rf"(?:(?:{year_words})\s+)?"
    links = alternation([*union("coordinations"), *union("range_to_links")])
    range_re = re.compile(
        rf"(?:\b(?:{alternation(union('period_range_openers'))})\s+{year_word})?"
        rf"(?<!\d)(?P<a>{YEAR})\s*(?:{links}|-|–|—|/)\s*{year_word}(?P<b>{YEAR})(?!\d)",
        re.IGNORECASE,
    )
    since_re = re.compile(
        rf"\b(?:{alternation(union('period_since'))})\b(?:[^.;:!?,\d]{{0,80}}?\b)?"
        rf"(?P<a>{YEAR})(?!\d)",
        re.IGNORECASE,
    )
    points = alternation(union("period_points"), accents=True)
    # A lookahead on the characters a match may start with (a point word's or a month's
    # first letter, accented or not, or a day's digit) lets the engine skip to them: the
    # same matches, ~30 % faster over the sentences that hold a year.
    first = {c for word in [*union("period_points"), *_month_names()]
             for c in (word[0].lower(), fold(word)[0].lower())}
    point_re = re.compile(
        rf"(?=[\d{re.escape(''.join(sorted(first)))}])"
        rf"(?:\b(?:{points})[\s-]+(?:{month})?|\b{month})(?P<a>{YEAR})(?!\d)",
        re.IGNORECASE,
    )
    return range_re, since_re, point_re


_DAY_RE = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
#: A year standing alone, as each period pattern holds one (a cheap test before them).
_YEAR_RE = re.compile(rf"(?=[12])(?<!\d){YEAR}(?!\d)")


@dataclass(slots=True)
class Period:
    """A period phrase in a paragraph and the years it names (never changed once made)."""

    start: int
    end: int
    first: int
    last: int | None  # None: "since first", open-ended


def _compared(text: str, pos: int) -> bool:
    """A comparison word ("than", "qu'", "que") right before `pos`, or before its "in"/"en"
    ("qu'en février 2020")."""
    return any(w in union("comparison_words") for w in words_before(text, pos, 2))


def find_periods(text: str, start: int, end: int) -> list[Period]:
    """Period phrases in `text[start:end]` (a sentence); a range or "since" phrase hides the
    single years inside it."""
    years = len(_YEAR_RE.findall(text, start, end))
    if not years:
        return []  # every period phrase holds a year: most sentences need no more
    range_re, since_re, point_re = _patterns()
    found: list[Period] = []
    # a range holds two standalone years: a sentence with one (most) holds none
    ranges = range_re.finditer(text, start, end) if years > 1 else ()
    for m in ranges:
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b:
            found.append(Period(m.start(), m.end(), a, b))
    for m in since_re.finditer(text, start, end):
        if not any(p.start <= m.start("a") < p.end for p in found):
            found.append(Period(m.start(), m.end(), int(m.group("a")), None))
    for m in point_re.finditer(text, start, end):
        if _DAY_RE.search(m.group(), 0, m.start("a") - m.start()):
            continue  # a full date ("3 de noviembre de 2017", "July 15, 2016") dates an event
        if _compared(text, m.start()):
            continue  # "70 % more than in 2011": the year compared with, not the figure's
        if not any(p.start <= m.start("a") < p.end for p in found):
            year = int(m.group("a"))
            found.append(Period(m.start(), m.end(), year, year))
    found.sort(key=lambda p: p.start)
    return found


def period_for(periods: list[Period], start: int, end: int) -> Period | None:
    """The period phrase nearest to a figure at [start, end) (earlier one on a tie)."""
    best: tuple[int, int, Period] | None = None
    for p in periods:
        if p.start < end and start < p.end:
            continue  # a year range that is itself the figure's text
        distance = start - p.end if p.end <= start else p.start - end
        key = (distance, 0 if p.end <= start else 1, p)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None
