"""Find the numbers written in a text, with their character offsets.

Three kinds of mention:
- digits, with the digit grouping of French, English and Spanish ("3 900", "3,900", "3.900",
  "11 294 786", "28000"), decimals ("60,5", "60.5") and a scale word ("3,7 millions",
  "2.5 million", "2,08 millones", "28 mil");
- number words, read by text2num (`text_to_num.find_numbers`) on a token stream that keeps
  the offsets ("Soixante-dix-sept" -> 77, "cuatro" -> 4, "two million" -> 2000000);
- fractions ("un tiers", "la moitié", "two thirds", "la mitad"), which text2num does not read.

Nothing here decides whether a number is a statistic: see `pressroom.parsing.statistics`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from text_to_num import find_numbers

LANGUAGES = ("fr", "en", "es")


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number as written: `text[start:end]` reads `value`."""

    start: int
    end: int
    value: float
    form: str  # digits | words | fraction
    plain: bool = False  # digits only: no separator, decimal or scale ("2014", "01")
    scaled: bool = False  # a scale word was applied ("3,7 millions")
    scale: float = 1.0  # its factor (1e6 for "millions")
    ordinal: bool = False  # "deuxième", "third" (text2num's flag)
    tokens: int = 1  # number of words of a word mention ("vingt et un" = 3)


# --- digits --------------------------------------------------------------------------------

# A grouped number ("3 900", "3.900", "3,900", "11 294 786": one separator used throughout,
# groups of exactly three digits) or a plain one ("28000", "60,5"), then maybe a decimal part.
_DIGITS_RE = re.compile(
    r"(?<!\d)"
    r"(?:(?P<head>\d{1,3})(?P<groups>(?P<sep>[ \u00a0\u202f\u2009.,])\d{3}(?!\d)"
    r"(?:(?P=sep)\d{3}(?!\d))*)(?P<dec>[.,]\d+(?![.,]?\d))?"
    r"|(?P<plain>\d+)(?P<pdec>[.,]\d+)?)"
    r"(?!\d)"
)

# Scale words after digits. English "billion" is 10^9; French "billion" and Spanish "billón" are
# 10^12 (long scale). text2num reads these only after number words, not after digits.
_SCALES = {
    "mil millones": 1e9,
    "milliards": 1e9, "milliard": 1e9,
    "millions": 1e6, "million": 1e6, "millones": 1e6, "millón": 1e6, "millon": 1e6,
    "billions": 1e9, "billion": 1e9, "billones": 1e12, "billón": 1e12,
    "trillions": 1e12, "trillion": 1e12,
    "thousand": 1e3, "mille": 1e3, "mil": 1e3,
    "bn": 1e9, "mn": 1e6,
}
_SCALE_LANG = {"mil": "es", "mil millones": "es", "mille": "fr", "thousand": "en"}
_LONG_BILLION = {"fr": 1e12}
_SCALE_RE = re.compile(
    r"[ \u00a0\u202f]*(?P<scale>"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_SCALES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def _scale_after(text: str, pos: int, language: str | None) -> tuple[float, int] | None:
    """The multiplier of a scale word right after `pos` ("millions" -> 1e6) and where it ends."""
    m = _SCALE_RE.match(text, pos)
    if not m:
        return None
    word = " ".join(m.group("scale").lower().split())
    wanted = _SCALE_LANG.get(word)
    if wanted and language and language != wanted:
        return None
    factor = _SCALES[word]
    if word in ("billion", "billions") and language in _LONG_BILLION:
        factor = _LONG_BILLION[language]
    return factor, m.end()


def _digit_value(m: re.Match[str], scaled: bool) -> float:
    """Read a `_DIGITS_RE` match. A lone group after a comma or dot ("1,250") is read as
    a decimal when a scale word follows ("1,250 millions"), else as thousands ("3,900")."""
    if m.group("plain"):
        dec = m.group("pdec")
        return float(m.group("plain") + ("." + dec[1:] if dec else ""))
    sep, groups, dec = m.group("sep"), m.group("groups"), m.group("dec")
    digits = groups.replace(sep, "")
    if scaled and sep in ".," and len(digits) == 3 and not dec:
        return float(f"{m.group('head')}.{digits}")
    return float(m.group("head") + digits + ("." + dec[1:] if dec else ""))


def _digit_mentions(text: str, language: str | None) -> Iterable[NumberMention]:
    for m in _DIGITS_RE.finditer(text):
        scale = _scale_after(text, m.end(), language)
        value = _digit_value(m, scaled=scale is not None)
        end = m.end()
        if scale:
            value, end = value * scale[0], scale[1]
        plain = bool(m.group("plain")) and not m.group("pdec") and not scale
        yield NumberMention(m.start(), end, value, "digits", plain=plain, scaled=bool(scale),
                            scale=scale[0] if scale else 1.0)


# --- number words (text2num) ---------------------------------------------------------------

_TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


class _Token:
    """A token for `text_to_num.find_numbers`, remembering where it was in the text."""

    __slots__ = ("digit", "end", "start", "word")

    def __init__(self, m: re.Match[str]) -> None:
        self.word, self.start, self.end = m.group(), m.start(), m.end()
        self.digit = self.word[0].isdigit()

    def text(self) -> str:
        return self.word

    def nt_separated(self, previous: _Token) -> bool:
        # A line break or a gap of several spaces separates two numbers ("20\n30").
        return self.start - previous.end > 1

    def not_a_number_part(self) -> bool:
        return self.digit  # digits are read by _DIGITS_RE, with their grouping


def _word_mentions(text: str, language: str) -> Iterable[NumberMention]:
    tokens = [_Token(m) for m in _TOKEN_RE.finditer(text)]
    if not tokens:
        return
    for occ in find_numbers(tokens, language, 0.0):
        first, last = tokens[occ.start], tokens[occ.end - 1]
        if first.digit:
            continue
        words = sum(1 for t in tokens[occ.start:occ.end] if t.word[0].isalpha())
        yield NumberMention(first.start, last.end, float(occ.value), "words",
                            ordinal=bool(occ.is_ordinal), tokens=words)


# --- fractions -----------------------------------------------------------------------------
# Hand-written: text2num reads cardinals and ordinals, not fractions ("un tiers" stays as is).

_NUMERATORS = {
    "un": 1, "une": 1, "a": 1, "one": 1, "uno": 1, "una": 1, "la": 1,
    "deux": 2, "two": 2, "dos": 2, "trois": 3, "three": 3, "tres": 3,
    "quatre": 4, "four": 4, "cuatro": 4, "cinq": 5, "five": 5, "cinco": 5,
}
_DENOMINATORS = {
    "fr": {"tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5,
           "dixième": 10, "dixièmes": 10},
    "en": {"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
           "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10},
    "es": {"tercio": 3, "tercios": 3, "cuarto": 4, "cuartos": 4, "quinto": 5, "quintos": 5,
           "tercera parte": 3, "terceras partes": 3, "cuarta parte": 4, "cuartas partes": 4,
           "quinta parte": 5, "quintas partes": 5, "décima parte": 10, "décimas partes": 10},
}
_HALVES = {"fr": r"(?:la\s+)?moitié", "en": r"half", "es": r"(?:la\s+)?mitad"}


def _fraction_re(language: str) -> re.Pattern[str]:
    longest_first = sorted(_DENOMINATORS[language], key=len, reverse=True)
    numerators = "|".join(sorted(_NUMERATORS, key=len, reverse=True))
    denominators = "|".join(d.replace(" ", r"\s+") for d in longest_first)
    return re.compile(
        r"\b(?:(?P<half_million>half\s+a\s+(?P<hscale>million|billion))"
        rf"|(?P<half>{_HALVES[language]})"
        rf"|(?P<num>{numerators}|\d)[\s-]+(?P<den>{denominators}))\b",
        re.IGNORECASE,
    )


_FRACTION_RES = {lang: _fraction_re(lang) for lang in LANGUAGES}


_OF_RE = re.compile(r"\s+(?:of|de|del|d['’])\b", re.IGNORECASE)


def _reads_as_fraction(text: str, m: re.Match[str], language: str) -> bool:
    """"a third country", "el cuarto informe", "la cinquième édition" are ordinals: "a third",
    a one-word Spanish share ("un tercio") and "un cinquième" are fractions only when
    "of"/"de" follows."""
    num, den = m.group("num").lower(), m.group("den").lower()
    if num == "la" and language != "es":
        return False  # "la cinquième édition" (only Spanish says "la tercera parte")
    needs_of = (
        (language == "en" and num == "a")
        or (language == "es" and " " not in den.strip())
        or (language == "fr" and den.startswith(("cinqui", "dixi")))
    )
    return not needs_of or bool(_OF_RE.match(text, m.end()))


def _fraction_mentions(text: str, language: str) -> Iterable[NumberMention]:
    for m in _FRACTION_RES[language].finditer(text):
        if m.group("half_million"):
            factor = 1e6 if m.group("hscale").lower() == "million" else 1e9
            yield NumberMention(m.start(), m.end(), 0.5 * factor, "words", scaled=True,
                                scale=factor, tokens=3)
        elif m.group("half"):
            yield NumberMention(m.start(), m.end(), 0.5, "fraction")
        else:
            num_word = m.group("num").lower()
            if not _reads_as_fraction(text, m, language):
                continue
            numerator = int(num_word) if num_word.isdigit() else _NUMERATORS[num_word]
            denominator = _DENOMINATORS[language][" ".join(m.group("den").lower().split())]
            yield NumberMention(m.start(), m.end(), round(numerator / denominator, 4),
                                "fraction")


# --- all together --------------------------------------------------------------------------


def find_number_mentions(text: str, language: str | None) -> list[NumberMention]:
    """Every number written in `text`, left to right, without overlaps.

    `language` picks the number words and fractions to read (fr, en, es); None reads all three.
    When two readings overlap, a fraction beats digits, digits beat words, and a longer span
    beats a shorter one ("3,7 millions" is one mention, not "3,7" and "millions").
    """
    languages = (language,) if language in LANGUAGES else LANGUAGES
    found: list[NumberMention] = []
    for lang in languages:
        found.extend(_fraction_mentions(text, lang))
    found.extend(_digit_mentions(text, language))
    for lang in languages:
        found.extend(_word_mentions(text, lang))
    rank = {"fraction": 0, "digits": 1, "words": 2}
    found.sort(key=lambda n: (rank[n.form], -(n.end - n.start), n.start))
    kept: list[NumberMention] = []  # sorted by start, never overlapping
    starts: list[int] = []
    for n in found:
        i = bisect.bisect_left(starts, n.start)
        if (i > 0 and kept[i - 1].end > n.start) or (i < len(kept) and kept[i].start < n.end):
            continue
        kept.insert(i, n)
        starts.insert(i, n.start)
    return kept
