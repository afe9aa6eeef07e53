"""The years a figure covers, read from its sentence: "entre 2009 et 2014" -> 2009..2014,
"En 2014, …" / "en juillet 2007" -> 2014..2014, "depuis 2006" / "depuis son lancement en
2003" -> 2003.. (start only). A full date ("le 3 novembre 2017", a dateline) dates an event,
not the figure, unless a count runs up to it or from it ("à la date du 12 mars 2023", "since
1st January 2024") or it closes a span of days ("entre le 18 et le 19 juin 2011"). A relative
period ("l'an dernier", "this year") or a deadline ("d'ici fin 2026", "by the end of 2025")
nearest to a figure leaves it with no years. Month names
come from babel's CLDR data, the cue words from the lexicons.
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
    # "between October 2023 and February 2024": a month may stand before the second year
    month_name = rf"(?:(?:{_month_alternation()})\.?\s+{of})?"
    range_re = re.compile(
        rf"(?:\b(?:{alternation(union('period_range_openers'))})\s+{year_word})?"
        rf"(?<!\d)(?P<a>{YEAR})\s*(?:{links}|-|–|—|/)\s*{year_word}{month_name}"
        rf"(?P<b>{YEAR})(?!\d)",
        re.IGNORECASE,
    )
    # "depuis 2006", "since 1st January 2024": a full date after "since" starts the period
    since_re = re.compile(
        rf"\b(?:{alternation(union('period_since'))})\b(?:[^.;:!?,\d]{{0,80}}?\b)?"
        rf"(?:{month})?(?P<a>{YEAR})(?!\d)",
        re.IGNORECASE,
    )
    # "semanas de 2024", "en el 2023", "during the 2018 floods": an article or "de" may follow
    points = alternation(union("period_points"), accents=True)
    article = rf"(?:(?:{alternation(union('articles'))})\s+)?"
    # A lookahead on the characters a match may start with (a point word's or a month's
    # first letter, accented or not, or a day's digit) lets the engine skip to them: the
    # same matches, ~30 % faster over the sentences that hold a year.
    first = {c for word in [*union("period_points"), *_month_names()]
             for c in (word[0].lower(), fold(word)[0].lower())}
    point_re = re.compile(
        rf"(?=[\d{re.escape(''.join(sorted(first)))}])"
        rf"(?:\b(?:{points})[\s-]+{article}{of}(?:{month})?|\b{month})(?P<a>{YEAR})(?!\d)",
        re.IGNORECASE,
    )
    return range_re, since_re, point_re


@cache
def _dated_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A full date that gives its year to a figure: a count "as of" it ("à la date du 12 mars
    2023", "as of 31 December 2023") or a span of days ending on it ("entre le 18 et le 19 juin
    2011", "between 8 and 26 January 2024", "entre le 27 janvier et le 9 mars 2025"); a year
    and the next one's last two digits ("the 2023-24 financial year"); and the relative
    periods ("l'an dernier")."""
    suffixes = alternation(union("ordinal_suffixes"))
    of = rf"(?:(?:{alternation(union('partitives'))})\s+)?"
    articles = rf"(?:(?:{alternation(union('articles'))})(?:\s+|(?<=['’])))?"
    day = rf"\d{{1,2}}(?:{suffixes})?"
    date = (rf"{day}\s+{of}(?:{_month_alternation()})\.?\s+{of}(?P<a>{YEAR})(?!\d)"
            rf"|(?:{_month_alternation()})\.?\s+\d{{1,2}},\s+(?P<b>{YEAR})(?!\d)")
    links = alternation([*union("coordinations"), *union("range_to_links")])
    dated_re = re.compile(
        rf"(?<!\w)(?:(?:{alternation(union('period_as_of'))})\s+{articles}"
        rf"|(?:{alternation(union('period_range_openers'))})\s+{articles}{day}\s+"
        rf"(?:{of}(?:{_month_alternation()})\.?\s+)?(?:{links})\s+{articles})(?:{date})",
        re.IGNORECASE,
    )
    relative_re = re.compile(
        rf"(?<![\w'’])(?:{alternation(union('period_relative'), accents=True)})(?!\w)",
        re.IGNORECASE)
    short_re = re.compile(rf"(?<![\d.,])(?P<a>{YEAR})\s?[-–/]\s?(?P<b>\d\d)(?![\d%])")
    return dated_re, relative_re, short_re


@cache
def _until_re() -> re.Pattern[str]:
    """A month or a year a need or an aid runs until ("até junho de 2026", "through December
    2025", "jusqu'en 2026", "hasta finales de 2025"): the period's end, its start untold. A
    full date after the word ("hasta el 12 de marzo de 2023") is a count as of it instead."""
    of = rf"(?:(?:{alternation(union('partitives'))})\s+)?"
    articles = rf"(?:(?:{alternation(union('articles'))})\s+)?"
    points = alternation(union("period_points"), accents=True)
    month = rf"(?:(?:{_month_alternation()})\.?\s+{of})?"
    return re.compile(
        rf"(?<![\w'’])(?:{alternation(union('period_until'), accents=True)})\s*{articles}"
        rf"(?:(?:{points})[\s-]+{articles}{of})?{month}(?P<a>{YEAR})(?!\d)",
        re.IGNORECASE)


_DAY_RE = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
#: A year standing alone, as each period pattern holds one (a cheap test before them).
_YEAR_RE = re.compile(rf"(?=[12])(?<!\d){YEAR}(?!\d)")


@dataclass(slots=True)
class Period:
    """A period phrase in a paragraph and the years it names (never changed once made)."""

    start: int
    end: int
    first: int | None  # None: "until last", its start untold
    last: int | None  # None: "since first", open-ended
    relative: bool = False  # "l'an dernier": no years (`first` and `last` mean nothing)


def _compared(text: str, pos: int) -> bool:
    """A comparison word ("than", "qu'", "que") right before `pos`, or before its "in"/"en"
    ("qu'en février 2020"), after a comparative ("70 % more than in 2011", "más casos que en
    2020"). With none, "que" opens a clause ("informa que durante febrero de 2025 recibió …"):
    the year is the figure's."""
    before = words_before(text, pos, _COMPARED_WORDS)
    at = next((i for i in range(len(before) - 1, len(before) - 3, -1)
               if i >= 0 and before[i] in union("comparison_words")), None)
    return at is not None and any(w in union("comparison_heads") for w in before[:at])


#: How many words before a period a comparison and its comparative are read.
_COMPARED_WORDS = 10


@cache
def _deadline_re() -> re.Pattern[str]:
    """A deadline word, then an article, ending the text before a period point: "by the ",
    "d'ici "."""
    articles = alternation(union("articles"))
    return re.compile(rf"(?<![\w'’])(?:{alternation(union('period_deadlines'))})\s+"
                      rf"(?:(?:{articles})\s+)?$", re.IGNORECASE)


def _deadline(text: str, pos: int) -> bool:
    """A deadline word ("by the end of 2025", "d'ici fin 2026") right before `pos`."""
    return _deadline_re().search(text, max(0, pos - 30), pos) is not None


@cache
def _within_re() -> re.Pattern[str]:
    """A word opening a span of its own (`period_within`) after a "since" word."""
    return re.compile(rf"(?<![\w'’])(?:{alternation(union('period_within'), accents=True)})\s",
                      re.IGNORECASE)


def _from_place(text: str, since: int, year: int) -> bool:
    """The "since" word at `since` opens a place ("desde Irán y Pakistán": a capitalised
    word, no month) and a span of its own follows before the year ("en los tres primeros
    meses de 2025"): "desde" means from there, and the span dates the figure."""
    words = text[since:year].split(None, 2)
    if len(words) < 2 or not words[1][:1].isupper() or fold(words[1]).lower().strip(
            ".,") in _folded_months():
        return False
    return _within_re().search(text, since, year) is not None


@cache
def _folded_months() -> frozenset[str]:
    return frozenset(fold(name).lower() for name in _month_names())


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
        if _from_place(text, m.start(), m.start("a")):
            continue  # "desde Irán … en los tres primeros meses de 2025": from a place
        if not any(p.start <= m.start("a") < p.end for p in found):
            found.append(Period(m.start(), m.end(), int(m.group("a")), None))
    dated_re, relative_re, short_re = _dated_patterns()
    for m in short_re.finditer(text, start, end):
        a = int(m.group("a"))
        if int(m.group("b")) == (a + 1) % 100:
            found.append(Period(m.start(), m.end(), a, a + 1))
    for m in dated_re.finditer(text, start, end):
        if not any(p.start <= m.start() < p.end for p in found):
            year = int(m.group("a") or m.group("b"))
            found.append(Period(m.start(), m.end(), year, year))
    for m in _until_re().finditer(text, start, end):
        if not any(p.start <= m.start("a") < p.end for p in found):
            found.append(Period(m.start(), m.end(), None, int(m.group("a"))))
    for m in point_re.finditer(text, start, end):
        if _DAY_RE.search(m.group(), 0, m.start("a") - m.start()):
            continue  # a full date ("3 de noviembre de 2017", "July 15, 2016") dates an event
        if _compared(text, m.start()):
            continue  # "70 % more than in 2011": the year compared with, not the figure's
        if _deadline(text, m.start()):
            found.append(Period(m.start(), m.end(), 0, None, relative=True))
            continue  # "d'ici fin 2026": a target, not the years a figure covers
        if not any(p.start <= m.start("a") < p.end for p in found):
            year = int(m.group("a"))
            found.append(Period(m.start(), m.end(), year, year))
    for m in relative_re.finditer(text, start, end):
        if not any(p.start < m.end() and m.start() < p.end for p in found):
            found.append(Period(m.start(), m.end(), 0, None, relative=True))
    found.sort(key=lambda p: p.start)
    return found


def period_for(periods: list[Period], start: int, end: int) -> Period | None:
    """The period phrase nearest to a figure at [start, end) (earlier one on a tie); None when
    that is a relative one ("desde 2019 y este año amplía su presupuesto a US$ 6 millones")."""
    best: tuple[int, int, Period] | None = None
    for p in periods:
        if p.start < end and start < p.end:
            continue  # a year range that is itself the figure's text
        distance = start - p.end if p.end <= start else p.start - end
        key = (distance, 0 if p.end <= start else 1, p)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best and not best[2].relative else None


@cache
def _relative_opening_re(language: str | None) -> re.Pattern[str]:
    """A comma and a relative pronoun opening a clause: ", que ", ", which ", ", qui "."""
    return re.compile(rf",\s*(?:{alternation(union('relative_pronouns', language))})\s",
                      re.IGNORECASE)


def in_later_relative_clause(text: str, end: int, period: Period, language: str | None) -> bool:
    """The period stands after the figure ending at `end`, in a relative clause opened between
    them ("1,2 millones de dólares para reforzar la respuesta al dengue, que en lo que va de
    2025 suma …"): its years are the clause's figures', not this one's."""
    return period.start >= end and _relative_opening_re(language).search(
        text, end, period.start) is not None
