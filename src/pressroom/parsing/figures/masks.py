"""Spans of a paragraph that hold no figure at all: phone numbers, numeric dates, clock times.

International numbers ("+57 1 594 6410") are found by `phonenumbers.PhoneNumberMatcher`.
National formats ("01 8000 52 20 20", "(201) 555-0123") need a region the matcher cannot know
here, and with a region it would also take counts ("11 294 786") for phone numbers, so they are
recognised by their shape: a run of digit groups that is not thousands grouping, or any run that
follows a phone label of a lexicon ("Tel.", "Fax", "línea").
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import cache

import phonenumbers

from pressroom.parsing.lexicon import union
from pressroom.parsing.text import WHITESPACE, alternation, fold

# A run of digit groups joined by single spaces, dots, dashes, slashes or parentheses, maybe
# opened by "+" or "(": what `(?<![\w+])(?:\+\s?|\(\+?)?\d…` reads. Written to open on the
# character class [+(\d] (each branch then checks, looking back, which one it was): re only
# skips in C to the characters that may open a match when a pattern opens on a class, not
# on a lookahead (the same matches, ~25 % faster over a paragraph).
_RUN_RE = re.compile(
    r"[+(\d](?:(?<=\+)(?<![\w+]\+)\s?\d|(?<=\()(?<![\w+]\()\+?\d|(?<=\d)(?<![\w+]\d))"
    r"(?:[ \u00a0\u202f.\-/]?\(?\d|\)[ \u00a0\u202f.\-]?(?=\d))*\)?"
)
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:(?P<sep>[ \u00a0\u202f.,])\d{3})+(?:[.,]\d+)?")


@cache
def _label_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The lexicons' phone labels right before a number: "Tel. (bureau) : 01 …", "Fax",
    "móvil"; "appelez le", "call", "llame al", "la ligne gratuite"; "poste", "ext."."""
    labels = alternation([*union("phone_labels"), *union("mobile_labels"),
                          *union("fax_labels")], accents=True)
    phone = re.compile(r"\b(?:" + labels + r")\b\.?\s*(?:\([^()\d]{0,20}\))?\s*:?\s*"
                       r"(?:n[°º]\s*)?$", re.IGNORECASE)
    call = re.compile(
        # "Un numéro vert, le 80 100 555": a comma may stand between the words
        r"\b(?:" + alternation(union("call_words"), accents=True) + r")\b(?:,?\s+(?:"
        + alternation(union("call_fillers"), accents=True) + r"))*\s*:?\s*$",
        re.IGNORECASE,
    )
    extension = re.compile(r"\b(?:" + alternation(union("extension_labels")) + r")\b\.?\s*:?\s*$",
                           re.IGNORECASE)
    return phone, call, extension


_DATE_RE = re.compile(
    # Opening on \d lets the engine skip to digits; the lookbehind then checks the character
    # before that first digit.
    r"\d(?<![\d.,]\d)(?:\d?[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{3}-\d{2}-\d{2})(?![\d])"
)
_CLOCK_RE = re.compile(
    r"\d(?<![\d.,]\d)\d?(?:\s?[:h]\s?\d{2}(?:\s?(?:a\.?m\.?|p\.?m\.?|hrs?\b))?|"
    r"\.\d{2}\s?(?:[ap]\.m\.|[ap]\.?m\b)|"  # "7.00 am": a dot only before am/pm
    r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|hrs?\b|h\b))",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Mask:
    """A span that holds no figure, and why (never changed once made)."""

    start: int
    end: int
    kind: str  # phone | date | time


_DIGIT_GROUP_RE = re.compile(r"\d+")
_A_DIGIT = re.compile(r"\d")


def _looks_like_phone(text: str, start: int, run: str) -> bool:
    """Decide from its shape (and the words before it) whether a digit run is a phone number."""
    groups = _DIGIT_GROUP_RE.findall(run)
    digits = "".join(groups)
    n = len(digits)
    before = text[max(0, start - 40):start]
    phone_label, call_word, extension_label = _label_res()
    last = _last_word(before)
    if (last is None or last in _label_words()[1]) and extension_label.search(before):
        return True
    if run.startswith("+"):
        return n >= 6
    if n < 4:
        return False  # too short for a phone number, even after a label (most runs)
    if (last is None or last in _label_words()[0]) and (
            phone_label.search(before) or call_word.search(before)):
        return True
    if n < 7 or _THOUSANDS_RE.fullmatch(run):
        return False
    if "(" in run or digits.startswith("0") or len(groups) >= 3:
        return True
    return "-" in run and [len(g) for g in groups] == [3, 4]


#: What may follow a label before the number: spaces, its dot, a colon.
_AFTER_LABEL = WHITESPACE + ".:"


def _last_word(before: str) -> str | None:
    """The word a label regex of `_label_res` would end on: the last run of word characters
    of `before` past closing spaces, dots and colons, lower-cased. None when the regexes must
    decide: outside ASCII (case and accents fold otherwise, "n°"), or after a bracket."""
    if not before.isascii():
        return None
    tail = before.rstrip(_AFTER_LABEL)
    if tail.endswith(")"):
        return None
    # The run read from the end, as one match on the reversed text (ASCII here: `\w` is a
    # letter, a digit or "_", as the `isalnum() or "_"` test it replaces).
    run = _WORD_RUN.match(tail[::-1])
    return run.group()[::-1].lower() if run else ""


_WORD_RUN = re.compile(r"\w*", re.ASCII)


def _closing_word(phrase: str) -> set[str]:
    """The run of word characters a phrase ends on, lower-cased, as written and without
    accents (the phone and call regexes match both)."""
    found = set()
    for form in (phrase.lower(), fold(phrase).lower()):
        i = len(form)
        while i and (form[i - 1].isalnum() or form[i - 1] == "_"):
            i -= 1
        if form[i:]:
            found.add(form[i:])
    return found


@cache
def _label_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words the phone and call regexes end on, and those the extension regex ends on:
    a plain-ASCII text before a number that ends on none of them matches none of them, so
    the regex searches (the costliest part of reading most digit runs) are skipped."""
    phone = [*union("phone_labels"), *union("mobile_labels"), *union("fax_labels"),
             *union("call_words"), *union("call_fillers")]
    return (frozenset().union(*map(_closing_word, phone)),
            frozenset().union(*map(_closing_word, union("extension_labels"))))


class Masks:
    """The masks of a paragraph, sorted, answering overlap questions in O(log n)."""

    def __init__(self, masks: list[Mask]) -> None:
        self.items = sorted(masks, key=lambda k: (k.start, -k.end))
        self._starts = [k.start for k in self.items]
        self._reach = list(itertools.accumulate((k.end for k in self.items), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a mask overlaps [start, end)."""
        if not self._starts:
            return False  # most paragraphs
        i = bisect.bisect_left(self._starts, end)  # masks[:i] start before `end`
        return i > 0 and self._reach[i - 1] > start

    def overlapping(self, start: int, end: int) -> list[Mask]:
        """The masks overlapping [start, end), in order."""
        found = []
        j = bisect.bisect_left(self._starts, end) - 1
        while j >= 0 and self._reach[j] > start:  # no mask up to j reaches `start` otherwise
            if self.items[j].end > start:
                found.append(self.items[j])
            j -= 1
        return found[::-1]

    def covers(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside a single mask that starts at or before `start`."""
        i = bisect.bisect_right(self._starts, start)
        return any(k.end >= end for k in self.items[max(0, i - 3):i])

    def next_start(self, pos: int, default: int) -> int:
        """Start of the first mask at or after `pos`, else `default`."""
        if not self._starts:
            return default
        i = bisect.bisect_left(self._starts, pos)
        return self._starts[i] if i < len(self._starts) else default


#: The masks of a paragraph that has none (most): shared, since a `Masks` is never changed.
_NO_MASKS = Masks([])


def find_masks(text: str) -> Masks:
    """Phone numbers, numeric dates and clock times in `text`."""
    if not _A_DIGIT.search(text):
        return _NO_MASKS  # each of them has a digit (a paragraph may read "trois" alone)
    masks: list[Mask] = [Mask(m.start(), m.end(), "date") for m in _DATE_RE.finditer(text)]
    masks += [Mask(m.start(), m.end(), "time") for m in _CLOCK_RE.finditer(text)]
    covered = Masks(masks).covers if masks else None  # most paragraphs: no date, no time
    for m in _RUN_RE.finditer(text):
        run = m.group()
        if ")" in run and run.count("(") < run.count(")"):
            run = run.rstrip(")")
        if covered is not None and covered(m.start(), m.start() + len(run)):
            continue
        if _looks_like_phone(text, m.start(), run):
            start = m.start() - 4 if text[max(0, m.start() - 4):m.start()].lower() == "tel:" \
                else m.start()  # RFC 3966 "tel:+1-201-555-0123"
            masks.append(Mask(start, m.start() + len(run), "phone"))
    if "+" in text:
        matcher = phonenumbers.PhoneNumberMatcher(text, None, phonenumbers.Leniency.POSSIBLE)
        masks += [Mask(match.start, match.end, "phone") for match in matcher]
    return Masks(masks) if masks else _NO_MASKS
