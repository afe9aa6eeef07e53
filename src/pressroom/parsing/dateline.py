"""The dateline opening a lead: "Pérou - ", "Bujumbura, Burundi – ", "GENEVA, 12 May 2016 – ".

The place is kept as written; a date written with it becomes the publication date; the
lead is returned without the dateline. A head that is not a place (an organisation,
lower-case words, a sentence) is no dateline.
"""

from __future__ import annotations

import datetime as dt
import re

from pressroom.parsing.country import place_country
from pressroom.parsing.dates import parse_date
from pressroom.parsing.structure_words import OFFICE_WORDS, compiled
from pressroom.parsing.text import ORGANISATION, fold

_HEAD = re.compile(r"^(?P<head>\w[^\n]{0,80}?)\s+[-–—]+\s+(?=\S)")
#: One part of a place: capitalised words, with particles ("Ciudad de México", "Cox's Bazar").
_PLACE_PART = re.compile(
    r"^[A-ZÀ-Þ][\w'’.()-]*(?:\s+(?:(?:de|del|de la|do|da|du|des|d'|la|las|los|el|of|the|sur"
    r"|upon|am|an|en)\s+)?[A-ZÀ-Þ(][\w'’.()-]*){0,4}$"
)
_OFFICE_WORD = compiled(r"(?<![\w-]){words}(?![\w-])", words=OFFICE_WORDS)
_ARTICLES = {"l", "le", "la", "les", "the", "el", "los", "las", "un", "une", "a", "an", "des",
             "ce", "cette", "this", "these", "en", "au", "in", "on", "pour", "for", "para"}


def split_dateline(paragraph: str) -> tuple[str | None, dt.date | None, str]:
    """(place as written or None, date or None, paragraph without the dateline)."""
    match = _HEAD.match(paragraph)
    if not match:
        return None, None, paragraph
    parts = [p.strip() for p in match["head"].split(",")]
    for k in range(len(parts)):
        date = parse_date(", ".join(parts[k:]))
        if date:
            place_parts = parts[:k]
            break
    else:
        date, place_parts = None, parts
    place = ", ".join(place_parts) or None
    if place is not None and not is_place(place):
        return None, None, paragraph
    return place, date, paragraph[match.end():]


def is_place(text: str) -> bool:
    """A known country or city, or capitalised words that do not name an organisation."""
    if place_country(text):
        return True
    first = re.split(r"[\s'’]", fold(text).lower(), maxsplit=1)[0]
    return (
        all(_PLACE_PART.match(part.strip()) for part in text.split(","))
        and first not in _ARTICLES
        and not ORGANISATION.search(fold(text))
        and not _OFFICE_WORD.search(fold(text).lower())
    )
