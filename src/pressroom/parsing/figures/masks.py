"""Spans of a paragraph that hold no figure at all: phone numbers, numeric dates, clock times.

International numbers ("+57 1 594 6410") are found by `phonenumbers.PhoneNumberMatcher`.
National formats ("01 8000 52 20 20", "(201) 555-0123") need a region the matcher cannot know
here, and with a region it would also take counts ("11 294 786") for phone numbers, so they are
recognised by their shape: a run of digit groups that is not thousands grouping, or any run that
follows a phone word ("Tel.", "Fax", "línea").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import phonenumbers

# A run of digit groups joined by single spaces, dots, dashes, slashes or parentheses.
_RUN_RE = re.compile(
    r"(?<![\w+])(?:\+\s?|\(\+?)?\d(?:[ \u00a0\u202f.\-/]?\(?\d|\)[ \u00a0\u202f.\-]?(?=\d))*\)?"
)
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:(?P<sep>[ \u00a0\u202f.,])\d{3})+(?:[.,]\d+)?")
_PHONE_CUE_RE = re.compile(
    r"(?:\b(?:t[ée]l[ée]?(?:phone|[ée]fono)?|phone|fax|mobile?|m[óo]vil|cel(?:ular)?|portable|"
    r"whats?app|hotline|helpline|ligne|l[íi]nea|num[ée]ro|n[úu]mero|number|appel(?:er|ez)|"
    r"call|llam(?:e|ar|ando)|compos(?:er|ez)|marca(?:r|ndo)|contact(?:er|ez|o|ar)?)\b\.?"
    r"[^.;\n\d]{0,25}$)",
    re.IGNORECASE,
)
_EXTENSION_CUE_RE = re.compile(r"\b(?:ext|extension|poste|anexo|int)\b\.?\s*:?\s*$", re.IGNORECASE)
_DATE_RE = re.compile(
    r"(?<![\d.,])(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?![\d])"
)
_CLOCK_RE = re.compile(
    r"(?<![\d.,])\d{1,2}(?:\s?[:h]\s?\d{2}(?:\s?(?:a\.?m\.?|p\.?m\.?|hrs?\b))?|"
    r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|hrs?\b|h\b))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Mask:
    """A span that holds no figure, and why."""

    start: int
    end: int
    kind: str  # phone | date | time


def _digits(run: str) -> str:
    return "".join(c for c in run if c.isdigit())


def _looks_like_phone(text: str, start: int, run: str) -> bool:
    """Decide from its shape (and the words before it) whether a digit run is a phone number."""
    digits = _digits(run)
    n = len(digits)
    before = text[max(0, start - 40):start]
    if _EXTENSION_CUE_RE.search(before):
        return True
    if run.startswith("+"):
        return n >= 6
    cue = bool(_PHONE_CUE_RE.search(before))
    if _THOUSANDS_RE.fullmatch(run):
        return cue and n >= 7
    groups = re.findall(r"\d+", run)
    if cue and n >= 6:
        return True
    if n < 7:
        return False
    if "(" in run or digits.startswith("0") or len(groups) >= 3:
        return True
    return "-" in run and [len(g) for g in groups] == [3, 4]


def find_masks(text: str) -> list[Mask]:
    """Phone numbers, numeric dates and clock times in `text`, sorted by start."""
    masks: list[Mask] = [Mask(m.start(), m.end(), "date") for m in _DATE_RE.finditer(text)]
    masks += [Mask(m.start(), m.end(), "time") for m in _CLOCK_RE.finditer(text)]
    for m in _RUN_RE.finditer(text):
        run = m.group().rstrip(")") if m.group().count("(") < m.group().count(")") else m.group()
        if any(k.start <= m.start() and m.start() + len(run) <= k.end for k in masks):
            continue
        if _looks_like_phone(text, m.start(), run):
            masks.append(Mask(m.start(), m.start() + len(run), "phone"))
    if "+" in text:
        matcher = phonenumbers.PhoneNumberMatcher(text, None, phonenumbers.Leniency.POSSIBLE)
        masks += [Mask(match.start, match.end, "phone") for match in matcher]
    masks.sort(key=lambda k: (k.start, -k.end))
    return masks


def mask_at(masks: list[Mask], start: int, end: int) -> Mask | None:
    """The first mask overlapping [start, end), if any."""
    for mask in masks:
        if mask.start >= end:
            break
        if mask.end > start:
            return mask
    return None
