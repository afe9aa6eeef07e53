"""The years a figure covers, read from its sentence: "entre 2009 et 2014" -> 2009..2014,
"En 2014, …" / "en juillet 2007" -> 2014..2014, "depuis 2006" / "depuis son lancement en
2003" -> 2003.. (start only). A full date ("le 3 novembre 2017", a dateline) dates an event,
not the figure. Month names come from babel's CLDR data; the cue words are hand-written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale

YEAR = r"(?:1[89]\d\d|20\d\d)"


@cache
def month_names(widths: tuple[str, ...] = ("wide", "abbreviated")) -> dict[str, frozenset[str]]:
    """Month names per language, lower-cased ("juillet", "juil", "julio", "jul")."""
    names: dict[str, frozenset[str]] = {}
    for lang in ("fr", "en", "es"):
        months = Locale.parse(lang).months["format"]
        names[lang] = frozenset(str(m).lower().rstrip(".") for width in widths
                                for m in months[width].values())
    return names


@cache
def _month_alternation() -> str:
    names = set().union(*month_names().values())
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    month = (rf"(?:\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:de\s+)?)?(?:{_month_alternation()})\.?"
             rf"(?:\s+\d{{1,2}},)?\s+(?:de\s+|del\s+)?")
    range_re = re.compile(
        rf"(?:\b(?:entre|between|from|de|desde|del|du)\s+(?:l['’]ann[ée]e\s+|el\s+año\s+)?)?"
        rf"(?<!\d)(?P<a>{YEAR})\s*(?:et|and|to|à|a|y|au|al|hasta|-|–|—|/)\s*"
        rf"(?:l['’]ann[ée]e\s+|el\s+año\s+)?(?P<b>{YEAR})(?!\d)",
        re.IGNORECASE,
    )
    since_re = re.compile(
        rf"\b(?:depuis|since|desde)\b(?:[^.;:!?,\d]{{0,80}}?\b)?(?P<a>{YEAR})(?!\d)",
        re.IGNORECASE,
    )
    point_re = re.compile(
        rf"(?:\b(?:en|in|au\s+cours\s+de|durant|pendant|during|throughout|durante|for|pour|"
        rf"fin|début|mi|mid|end\s+of|early|late|finales\s+de|principios\s+de|"
        rf"semestre|trimestre|semester|quarter|half|mitad|moitié|"
        rf"l['’]ann[ée]e|ann[ée]e|the\s+year|year|el\s+año|año)[\s-]+(?:{month})?"
        rf"|\b{month})(?P<a>{YEAR})(?!\d)",
        re.IGNORECASE,
    )
    return range_re, since_re, point_re


_DAY_RE = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


@dataclass(frozen=True, slots=True)
class Period:
    """A period phrase in a paragraph and the years it names."""

    start: int
    end: int
    first: int
    last: int | None  # None: "since first", open-ended


def find_periods(text: str, start: int, end: int) -> list[Period]:
    """Period phrases in `text[start:end]` (a sentence); a range or "since" phrase hides the
    single years inside it."""
    range_re, since_re, point_re = _patterns()
    found: list[Period] = []
    for m in range_re.finditer(text, start, end):
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b:
            found.append(Period(m.start(), m.end(), a, b))
    for m in since_re.finditer(text, start, end):
        if not any(p.start <= m.start("a") < p.end for p in found):
            found.append(Period(m.start(), m.end(), int(m.group("a")), None))
    for m in point_re.finditer(text, start, end):
        if _DAY_RE.search(m.group(), 0, m.start("a") - m.start()):
            continue  # a full date ("3 de noviembre de 2017", "July 15, 2016") dates an event
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
