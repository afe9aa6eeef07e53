"""Dates as releases write them, in French, English, Spanish and Portuguese, to ISO dates.

Month names come from babel's CLDR data (wide and abbreviated, fr/en/es/pt), so "12 mai
2016", "12 May 2016", "May 12, 2016", "Jul-12-2013", "OCTUBRE 21 de 2018", "12 de mayo de
2016", "1er juin 2016", "2016-05-12", "12/05/2016", "28.04.2020" and "28-06-2011" (day
first, as outside the US) are read.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache

from babel.dates import get_day_names, get_month_names

from pressroom.parsing.lexicon import LANGUAGES, union
from pressroom.parsing.text import alternation, fold, lexicon_alternation, lexicon_key


@cache
def _months() -> dict[str, int]:
    names: dict[str, int] = {}
    for locale in LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    names[fold(name).lower().rstrip(".")] = number
    names.update(union("month_abbreviations"))  # "juill", "sept": CLDR lacks them
    return names


@cache
def _lead_words() -> frozenset[str]:
    """Words that may stand before a date in a date line: the lexicons' `date_lead_words`
    (articles, "published") and weekdays."""
    words = set(union("date_lead_words"))
    for locale in LANGUAGES:
        for width in ("wide", "abbreviated"):
            days = get_day_names(width, locale=locale).values()
            words.update(fold(d).lower().rstrip(".") for d in days)
    return frozenset(words)


_YEAR = r"(?:19|20)\d\d"
_YEAR_RE = re.compile(_YEAR)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    month = alternation(_months())
    day = rf"(?P<day>[0-3]?\d){lexicon_alternation('day_suffixes')}?"  # "1er", "2nd", "1º"
    year = rf"(?P<year>{_YEAR})"
    link = lexicon_alternation("date_links")  # "12 de mayo de 2018"
    year_link = lexicon_alternation("year_links")  # "mayo del 2018"
    return (
        re.compile(rf"\b{day}\.?\s+(?:{link}\s+)?(?P<month>{month})\.?,?\s+(?:{year_link}\s+)?"
                   rf"{year}\b", re.IGNORECASE),
        re.compile(rf"\b(?P<month>{month})\.?(?:\s+|-){day}(?:,?\s+(?:{link}\s+)?|-){year}\b",
                   re.IGNORECASE),
        re.compile(rf"\b{year}-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b"),
        re.compile(rf"\b(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<mon>[0-3]?\d)(?P=sep){year}\b"),
    )


def is_day_and_month(text: str) -> bool:
    """A day and a month with no year ("4 mar", "12 de mayo"): a wire dateline's date."""
    return _day_month().fullmatch(text.strip()) is not None


@cache
def _day_month() -> re.Pattern[str]:
    day = rf"[0-3]?\d{lexicon_alternation('day_suffixes')}?"
    return re.compile(rf"{day}\.?\s+(?:{lexicon_alternation('date_links')}\s+)?"
                      rf"(?:{alternation(_months())})\.?", re.IGNORECASE)


@lru_cache(maxsize=4096)
def find_date(text: str) -> tuple[dt.date, re.Match[str]] | None:
    """The first valid date written in `text`, with its match (on the accent-folded text).
    Remembered: the segmenter asks it of the same lines in several of its rules."""
    folded = fold(text)
    if not _YEAR_RE.search(folded):
        return None  # each pattern holds a year; most lines have none
    found = []
    for pattern in _patterns():
        for match in pattern.finditer(folded):
            date = _to_date(match)
            if date is not None:
                found.append((match.start(), date, match))
                break
    if not found:
        return None
    _, date, match = min(found, key=lambda item: item[0])
    return date, match


_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def parse_date(text: str) -> dt.date | None:
    """`text` is a date and nothing else (an article or weekday may precede it)."""
    hit = find_date(text)
    if hit is None:
        return None
    date, match = hit
    if text[match.end():].strip(" ,."):  # the cheap test first: a paragraph goes on
        return None
    before = _WORDS.findall(fold(text[: match.start()]).lower())
    return date if set(before) <= _lead_words() else None


def _to_date(match: re.Match[str]) -> dt.date | None:
    parts = match.groupdict()
    month = int(parts["mon"]) if parts.get("mon") else _months()[lexicon_key(parts["month"])]
    day, year = int(parts["day"]), int(parts["year"])
    if month > 12 and day <= 12:  # 05/31/2016 written the US way
        day, month = month, day
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
