"""Qualifiers around a figure ("plus de", "nearly", "hasta", "ou plus") and range connectors
("entre 150 et 180", "150 to 180", "150-180").

Hand-written phrase lists: no library names these hedges. Each list is per qualifier, all three
languages together, since a phrase means the same wherever it appears.
"""

from __future__ import annotations

import re

_BEFORE: dict[str, tuple[str, ...]] = {
    "more_than": (
        "plus de", "plus d'", "plus du", "bien plus de", "un peu plus de", "au-delà de",
        "au delà de", "supérieur à", "supérieure à", "dépassant",
        "more than", "over", "above", "in excess of", "upwards of", "well over", "just over",
        "exceeding",
        "más de", "más del", "mas de", "mas del", "por encima de", "por encima del",
        "superior a", "superior al",
    ),
    "about": (
        "près de", "près d'", "près du", "environ", "quelque", "approximativement",
        "à peu près", "presque", "pratiquement", "quasiment", "autour de", "aux alentours de",
        "de l'ordre de", "estimé à", "estimée à", "estimés à", "estimées à", "estimé entre",
        "nearly", "almost", "about", "around", "some", "approximately", "roughly",
        "an estimated", "estimated", "close to", "circa", "an approximate",
        "casi", "cerca de", "cerca del", "unos", "unas", "alrededor de", "alrededor del",
        "aproximadamente", "en torno a", "en torno al", "del orden de", "estimado en",
        "estimada en", "estimados en", "estimadas en", "prácticamente",
    ),
    "less_than": (
        "moins de", "moins d'", "moins du", "un peu moins de", "inférieur à", "inférieure à",
        "less than", "fewer than", "under", "below", "just under",
        "menos de", "menos del", "por debajo de", "por debajo del", "inferior a", "inferior al",
    ),
    "up_to": (
        "jusqu'à", "pouvant aller jusqu'à", "up to", "as many as", "as much as", "hasta",
    ),
    "at_least": (
        "au moins", "au minimum", "pas moins de", "pas moins d'", "at least", "no fewer than",
        "no less than", "a minimum of", "al menos", "por lo menos", "como mínimo", "no menos de",
        "no menos del",
    ),
}
_AFTER: dict[str, tuple[str, ...]] = {
    "about": ("environ", "approximately", "or so", "aproximadamente", "más o menos"),
    "at_least": ("ou plus", "et plus", "or more", "and more", "and above", "o más", "y más"),
}


def _phrase(p: str) -> str:
    return re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+")


def _alternation(table: dict[str, tuple[str, ...]]) -> str:
    return "|".join(
        f"(?P<{name}>{'|'.join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))})"
        for name, phrases in table.items()
    )


# "plus de", then maybe an article ("más del 50%" needs none, "casi el 40%" has one).
_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?:" + _alternation(_BEFORE) + r")\s*(?:(?:el|la|los|las|the|le|les)\s+)?$",
    re.IGNORECASE,
)
_AFTER_RE = re.compile(r"[ \u00a0\u202f]*,?\s*(?:" + _alternation(_AFTER) + r")\b", re.IGNORECASE)
_REACH = 40


def qualifier_before(text: str, pos: int) -> tuple[str, int] | None:
    """The qualifier written right before `pos` and where it starts: ("more_than", start)."""
    head_start = max(0, pos - _REACH)
    m = _BEFORE_RE.search(text, head_start, pos)
    if not m:
        return None
    return m.lastgroup or "exact", m.start()


def qualifier_after(text: str, pos: int) -> tuple[str, int] | None:
    """A qualifier written right after a figure ("3 000 environ", "10 or more"): (name, end)."""
    m = _AFTER_RE.match(text, pos)
    if not m:
        return None
    return m.lastgroup or "exact", m.end()


# --- ranges --------------------------------------------------------------------------------

_RANGE_OPENER_RE = re.compile(r"(?<![\w'’])(?:entre|between|from|desde)\s*$", re.IGNORECASE)
_RANGE_LINK_RE = re.compile(
    r"\s*(?:(?P<pair>et|and|y)|(?P<to>à|a|to|au|al|hasta|through)|(?P<dash>[-–—]))\s*",
    re.IGNORECASE,
)


def range_opener(text: str, first_start: int) -> int | None:
    """Start of "entre"/"between"/"from"/"desde" right before a range's first number."""
    m = _RANGE_OPENER_RE.search(text, max(0, first_start - 12), first_start)
    return m.start() if m else None


def range_link(text: str, left_end: int, right_start: int, opened: bool) -> bool:
    """Whether the text between two numbers joins them into a range: "150 à 180", "150-180",
    and, after "entre"/"between" (`opened`), "150 et 180"."""
    if right_start - left_end > 12:
        return False
    m = _RANGE_LINK_RE.fullmatch(text, left_end, right_start)
    if not m:
        return False
    return opened or not m.group("pair")
