"""Find the numbers written in a text, with their character offsets.

Three kinds of mention:
- digits, with the digit groupings of the supported languages ("3 900", "3,900", "3.900",
  Swiss "7'700", "11 294 786", "28000"), decimals ("60,5", "60.5") and a scale word ("3,7 millions",
  "2.5 million", "2,08 millones", "28 mil");
- number words, read by text2num (`text_to_num.find_numbers`) on a token stream that keeps
  the offsets ("Soixante-dix-sept" -> 77, "cuatro" -> 4, "two million" -> 2000000);
- fractions ("un tiers", "la moitié", "two thirds", "la mitad"), which text2num does not read.

Nothing here decides whether a number is a statistic: see `pressroom.parsing.figures.statistics`.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, partial

from babel import Locale
from babel.numbers import NumberFormatError, parse_decimal
from text_to_num import alpha2digit, find_numbers

from pressroom.parsing.lexicon import LANGUAGES, lexicon, union
from pressroom.parsing.text import (
    APOSTROPHES,
    SPACES,
    TOKEN_RE,
    alternation,
    lexicon_key,
    literal_form,
    token_columns,
)


#: The values the figure reader makes by the thousand per page (numbers, subjects, masks,
#: periods) are plain slotted dataclasses, never changed once made: not `frozen=True`, whose
#: `__init__` sets each field through `object.__setattr__`, five times slower.
@dataclass(slots=True)
class NumberMention:
    """A number as written: `text[start:end]` reads `value` (never changed once made)."""

    start: int
    end: int
    value: float
    form: str  # digits | words | fraction
    plain: bool = False  # digits only: no separator, decimal or scale ("2014", "01")
    scaled: bool = False  # a scale word was applied ("3,7 millions")
    scale: float = 1.0  # its factor (1e6 for "millions")
    ordinal: bool = False  # "deuxième", "third" (text2num's flag)
    tokens: int = 1  # number of words of a word mention ("vingt et un" = 3)
    approximate: bool = False  # a number noun: "une centaine", "a dozen" (about that many)


# --- digits --------------------------------------------------------------------------------

# A grouped number ("3 900", "3.900", "3,900", Swiss "7'700", "11 294 786": one separator used
# throughout, groups of exactly three digits) or a plain one ("28000", "60,5"), then maybe a
# decimal part.
_DIGITS_RE = re.compile(
    r"(?=\d)(?<!\d)"  # the lookahead lets the engine skip to digits (the same matches)
    r"(?:(?P<head>\d{1,3})(?P<groups>(?P<sep>[ \u00a0\u202f\u2009.,'’])\d{3}(?!\d)"
    r"(?:(?P=sep)\d{3}(?!\d))*)(?P<dec>[.,]\d+(?![.,]?\d))?"
    r"|(?P<plain>\d+)(?P<pdec>[.,]\d+)?)"
    r"(?!\d)"
)

# Scale words after digits ("3,7 millions", "2.5 billion", "28 mil"), from the lexicons: text2num
# reads them only after number words, not after digits. French "billion" is 10^12 (long scale).


@cache
def _scale_re(language: str | None) -> tuple[re.Pattern[str], dict[str, float]]:
    """A scale word ("millions"), else a scale abbreviated before a currency sign
    (`_SIGN_SCALE`, case-sensitive): one pattern, the word tried first."""
    scales = union("scales", language)
    pattern = re.compile(SPACES + r"*(?P<scale>" + alternation(scales) + r")\b"
                         + f"|(?-i:{_SIGN_SCALE.pattern.replace('?P<scale>', '?P<sign>')})",
                         re.IGNORECASE)
    return pattern, scales


#: A scale abbreviated to its capital right before a currency sign, as Québec and French
#: pages write amounts: "1,8 M$" (millions), "2 G$" / "3 Md€" (billions), "500 k€". The SI
#: prefixes are no language's words; "Md" (milliard) is the lexicons' `sign_scales`.
_SIGN_SCALES = {"k": 1e3, "M": 1e6, "G": 1e9, **union("sign_scales")}
_SIGN_SCALE = re.compile(SPACES + rf"*(?P<scale>{alternation(_SIGN_SCALES, case_sensitive=True)})"
                         rf"(?={SPACES}*[$€£])")


def _scale_after(text: str, pos: int, language: str | None) -> tuple[float, int] | None:
    """The multiplier of a scale word right after `pos` ("millions" -> 1e6, "M$" -> 1e6) and
    where it ends."""
    pattern, scales = _scale_re(language)
    m = pattern.match(text, pos)
    if m is None:
        return _cut_scale_after(text, pos, scales)
    if m.group("sign") is not None:
        return _SIGN_SCALES[m.group("sign")], m.end()
    return scales[" ".join(lexicon_key(m.group("scale")).split())], m.end()



#: A word cut by the end of the text: copies a search tool returns stop after ~2,000
#: characters, often mid-word ("nearly $390 milli").
_CUT_WORD_RE = re.compile(SPACES + r"*(?P<word>[^\W\d_]{4,})\Z")


def _cut_scale_after(text: str, pos: int, scales: dict[str, float]) -> tuple[float, int] | None:
    """A scale word the text's cut left unfinished ("milli" of "million" at the very end), when
    every scale word it begins has the same factor (French "milli" could be "milliard": none)."""
    m = _CUT_WORD_RE.match(text, pos)
    if m is None:
        return None
    word = lexicon_key(m.group("word"))
    factors = {factor for scale, factor in scales.items() if scale.startswith(word)}
    return (factors.pop(), m.end()) if len(factors) == 1 else None

@cache
def _decimal_mark(language: str | None) -> str | None:
    """The language's decimal separator from CLDR ("," in French, "." in English)."""
    if language is None:
        return None
    return str(Locale.parse(language).number_symbols["latn"]["decimal"])


def _digit_value(m: re.Match[str], scaled: bool, decimal: str | None = None) -> float:
    """Read a `_DIGITS_RE` match. A lone group after a comma or dot ("1,250") is read as
    a decimal when a scale word follows ("1,250 millions"), else as thousands ("3,900");
    unless the language writes its decimals with the other mark ("US$ 10.700 millones")."""
    if m.group("plain"):
        dec = m.group("pdec")
        return float(m.group("plain") + ("." + dec[1:] if dec else ""))
    sep, groups, dec = m.group("sep"), m.group("groups"), m.group("dec")
    digits = groups.replace(sep, "")
    if scaled and sep in ".," and len(digits) == 3 and not dec and decimal in (None, sep):
        return float(f"{m.group('head')}.{digits}")
    return float(m.group("head") + digits + ("." + dec[1:] if dec else ""))


# Indian digit grouping ("9,24,310", "1,42,00,000"): the last three digits, then groups of two.
# babel reads and checks it (strict parsing in en_IN) but finds no numbers in prose: this
# pattern finds the spans it reads. Groups of two never match "1,234,567".
_INDIAN_RE = re.compile(r"\d(?<![\d.,]\d)\d?(?:,\d{2})+,\d{3}(?:\.\d+)?(?![.,]?\d)")
#: What every `_INDIAN_RE` match holds (a group of two between commas): a search for its
#: literal comma is far cheaper than trying the pattern at every digit of a paragraph.
_INDIAN_HINT_RE = re.compile(r",\d{2},\d")


def _indian_mentions(text: str, language: str | None) -> Iterable[NumberMention]:
    """Numbers in Indian grouping; a scale word may follow ("1,00,000 crore")."""
    if not _INDIAN_HINT_RE.search(text):
        return  # most texts
    for m in _INDIAN_RE.finditer(text):
        try:
            value = float(parse_decimal(m.group(), locale="en_IN", strict=True))
        except NumberFormatError:
            continue
        end, factor = m.end(), 1.0
        scale = _scale_after(text, end, language)
        if scale:
            factor, end = scale
        yield NumberMention(m.start(), end, value * factor, "digits", scaled=bool(scale),
                            scale=factor)


# Hand-written: babel parses one number, not Mexican "58 mil 312" (a scale word, then the
# remainder in digits); the lexicon's `scale_remainders` says after which scale words.
_REMAINDER_RE = re.compile(SPACES + r"(?P<rest>\d{1,3})(?![\d'’]|[.,\u00a0\u202f ]\d)")


def _remainder_after(text: str, pos: int, value: float, scale: tuple[float, int],
                     language: str | None) -> tuple[float, int] | None:
    """"58 mil 312": the digits after a whole number of thousands complete it (58312);
    "22 mil 500 millones" is 22500 millions. The whole value and where it ends."""
    word = text[pos:scale[1]].strip().lower()
    if value != int(value) or value >= 1000 or word not in union("scale_remainders", language):
        return None
    m = _REMAINDER_RE.match(text, scale[1])
    if m is None:
        return None
    whole = value * scale[0] + float(m.group("rest"))
    outer = _scale_after(text, m.end(), language)
    if outer is None:
        return whole, m.end()
    return (whole * outer[0], outer[1]) if outer[0] > scale[0] else None


# Hand-written: CLDR gives a language's decimal mark, but a page from Mexico writes Spanish
# with a decimal point ("34.5 por ciento", "1,240 millones"); the page's own unambiguous
# decimals tell which mark it uses.
_DECIMAL_USE_RE = re.compile(r"\d(?<![\d.,'’]\d)\d*(?P<mark>[.,])(?:\d{1,2}|\d{4,})"
                             r"(?![\d]|[.,]\d)")


@cache
def _share_or_scale_re(language: str | None) -> re.Pattern[str]:
    words = alternation([*union("percent_words", language), *union("scales", language)])
    return re.compile(SPACES + rf"*(?:%|(?:{words})(?!\w))", re.IGNORECASE)


def page_decimal_mark(texts: Iterable[str], language: str | None = None) -> str | None:
    """The decimal mark a page uses, when its unambiguous decimals of a share or an amount
    ("34.5 por ciento", "2,6 millions") all use the same one; None when it writes none or
    both. Other decimal-looking numbers ("18.30 horas", "version 2.1") are no evidence."""
    share_or_scale = _share_or_scale_re(language)
    # One scan of the texts joined by a NUL: no pattern here reads it as a digit, a mark, a
    # space or a letter, so it stands for each text's end (one call, not one per text).
    page = "\0".join(texts)
    marks = {m.group("mark") for m in _DECIMAL_USE_RE.finditer(page)
             if share_or_scale.match(page, m.end())}
    return next(iter(marks)) if len(marks) == 1 else None


def _digit_mentions(text: str, language: str | None,
                    decimal: str | None = None) -> Iterable[NumberMention]:
    yield from _indian_mentions(text, language)
    decimal = decimal or _decimal_mark(language)
    for m in _DIGITS_RE.finditer(text):
        end = m.end()
        scale = _scale_after(text, end, language)
        value = _digit_value(m, scaled=scale is not None, decimal=decimal)
        start = m.start()
        if scale:
            whole = _remainder_after(text, end, value, scale, language)
            lead = None if whole else _thousand_before(text, start, value, scale[0], language)
            if lead is not None:
                start, value = lead, 1000 + value
            value, end = whole or (value * scale[0], scale[1])
        plain = not scale and bool(m.group("plain")) and not m.group("pdec")
        yield NumberMention(start, end, value, "digits", plain=plain, scaled=bool(scale),
                            scale=scale[0] if scale else 1.0)


# Hand-written, as `_remainder_after`: Mexican "mil 250 millones" (1250 millions) opens on the
# scale word itself, which no number parser reads before digits.
_THOUSAND_BEFORE_RE = re.compile(r"(?:^|(?<=[^\w\d]))(?P<word>[^\W\d_]+)" + SPACES + r"+$")


def _thousand_before(text: str, start: int, value: float, factor: float,
                     language: str | None) -> int | None:
    """Where "mil" starts when it opens the amount ("destina mil 250 millones de pesos"): a
    whole remainder under 1000 before a larger scale, and no number before "mil" ("dos mil
    250 millones" is text2num's)."""
    if value != int(value) or value >= 1000 or factor <= 1000 or not language:
        return None
    m = _THOUSAND_BEFORE_RE.search(text, max(0, start - 12), start)
    if m is None or m.group("word") not in union("scale_remainders", language):
        return None
    before = text[max(0, m.start() - 20):m.start()].rstrip()
    if before[-1:].isdigit():
        return None
    previous = before.rsplit(None, 1)[-1] if before else ""
    if previous and alpha2digit(previous, language, threshold=0) != previous:
        return None  # "dos mil 250 millones"
    return m.start()


# --- number words (text2num) ---------------------------------------------------------------


class _Token(tuple):
    """A token for `text_to_num.find_numbers`, remembering where it was in the text: a
    (word, start, end) tuple, made from a `Token` without a Python-level constructor."""

    __slots__ = ()

    def text(self) -> str:
        return self[0]

    def nt_separated(self, previous: _Token) -> bool:
        # A line break or a gap of several spaces separates two numbers ("20\n30").
        return self[1] - previous[2] > 1

    def not_a_number_part(self) -> bool:
        return self[0][0].isdigit()  # digits are read by _DIGITS_RE, with their grouping


_as_token = partial(tuple.__new__, _Token)


def _reads_a_number(piece: str, language: str) -> bool:
    """Whether text2num reads one of the tokens of `piece` (a text between white spaces),
    alone, as a number ("une", "millions,", "(tercera"; not "segundo", which it reads only
    in a longer number, nor "et"). Each word is asked about once (`_reads_alone`)."""
    return any(map(partial(_reads_alone, language=language), TOKEN_RE.findall(piece)))


#: Per language, the pieces known to read a number and those known not to (each set is
#: forgotten when it grows past `_KNOWN_PIECES`, about 1.5 MB).
_PIECES: dict[str, tuple[set[str], set[str]]] = {}
_KNOWN_PIECES = 1 << 14


def _has_number_word(text: str, language: str) -> bool:
    """Whether text2num reads a number in one of the pieces of `text`, alone. Every number
    it reads holds such a piece ("vigésimo segundo": the first), so a text without one has
    no number word. Set operations on known pieces, and a probe of each new piece: cheaper
    than tokenising the text with offsets for text2num, which most texts do not need."""
    yes, no = _PIECES.setdefault(language, (set(), set()))
    pieces = set(text.split())  # no token spans a white space
    if not pieces.isdisjoint(yes):
        return True
    for piece in pieces - no:
        known = yes if _reads_a_number(piece, language) else no
        if len(known) >= _KNOWN_PIECES:
            known.clear()
        known.add(piece)
        if known is yes:
            return True
    return False


#: Per language, whether text2num reads a word alone as a number, for the words met (the
#: table is forgotten when it grows past twice `_KNOWN_PIECES` words). Shared by the test of
#: a text's pieces and the windows of its tokens: a call of text2num costs more than the
#: Python around it (~15,000 machine instructions), each word is asked about once.
_READS_ALONE: dict[str, dict[str, bool]] = {}


def _reads_alone(word: str, language: str) -> bool:
    """Whether text2num reads `word` alone as a number (remembered in `_READS_ALONE`)."""
    known = _READS_ALONE.setdefault(language, {})
    found = known.get(word)
    if found is None:
        found = bool(find_numbers([_as_token((word, 0, len(word)))], language, 0.0))
        if len(known) >= 2 * _KNOWN_PIECES:
            known.clear()
        known[word] = found
    return found

def is_number_word(word: str, language: str | None) -> bool:
    """Whether `word` alone is a number written in words ("tres", "cinq"), in `language`."""
    return language in LANGUAGES and _reads_alone(word, language)


#: The tokens text2num is given on each side of a token it reads alone. The words of one
#: number are never further apart ("vingt et un", "one hundred and twenty", "deux virgule
#: cinq": one link), so text2num reads the same numbers in these windows as in the whole
#: text, at a fraction of the cost (it calls back into Python three times per token).
_NUMBER_REACH = 4


def _number_windows(found: Sequence[str], language: str) -> list[tuple[int, int]]:
    """The [start, end) ranges of the tokens whose words are `found` that may hold a number
    word: each token text2num reads alone, with `_NUMBER_REACH` tokens on each side,
    overlapping or adjacent ranges merged."""
    known = _READS_ALONE.setdefault(language, {})
    # One lookup per token, in C (two sets of known and unknown words cost three).
    flags = list(map(known.get, found))
    if None in flags:  # new words: ask text2num
        new = {word: bool(find_numbers([_as_token((word, 0, len(word)))], language, 0.0))
               for word in {w for w, flag in zip(found, flags, strict=True) if flag is None}}
        if len(known) + len(new) > 2 * _KNOWN_PIECES:
            known.clear()
        known.update(new)
        flags = [new[w] if flag is None else flag for w, flag in zip(found, flags, strict=True)]
    if not any(flags):
        return []
    windows: list[tuple[int, int]] = []
    last = len(found)
    # The indexes of the live tokens, picked in C (a loop over every token of the text here
    # cost more than the windows it finds).
    for i in list(itertools.compress(range(last), flags)):
        start, end = max(0, i - _NUMBER_REACH), min(last, i + _NUMBER_REACH + 1)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _word_mentions(text: str, language: str, tokenised: bool = False
                   ) -> Iterable[NumberMention]:
    """The numbers written in words. `tokenised`: the text's tokens will be read anyway (it
    holds other numbers, whose noun phrases are read from them), so the cheap test of its
    pieces (`_has_number_word`) would save nothing."""
    if not tokenised and not _has_number_word(text, language):
        return  # most texts
    words, starts, ends = token_columns(text)
    for i, j in _number_windows(words, language):
        tokens = list(map(_as_token, zip(words[i:j], starts[i:j], ends[i:j], strict=True)))
        for occ in find_numbers(tokens, language, 0.0):
            first, last = tokens[occ.start], tokens[occ.end - 1]
            if first.not_a_number_part():
                continue
            count = sum(1 for t in tokens[occ.start:occ.end] if t[0][0].isalpha())
            yield NumberMention(first[1], last[2], float(occ.value), "words",
                                ordinal=bool(occ.is_ordinal), tokens=count)


# --- fractions -----------------------------------------------------------------------------
# Hand-written: text2num reads cardinals and ordinals, not fractions ("un tiers" stays as is).


@cache
def _fraction_re(language: str) -> re.Pattern[str]:
    lex = lexicon(language)
    half_scales = alternation(f"{h} {s}" for h in lex.half_scales for s in lex.scales
                              if lex.scales[s] >= 1e6 and not s.endswith(("s", "es")))
    # A lookahead on the first letters lets the engine skip to them (it changes no match).
    first = {p[0] for p in [*lex.half_scales, *lex.halves, *lex.numerators]}
    first |= set(APOSTROPHES) if first & set(APOSTROPHES) else set()
    return re.compile(
        rf"(?=[{re.escape(''.join(sorted(first)))}\d])"
        rf"\b(?:(?P<half_million>{half_scales})"
        rf"|(?P<half>{alternation(lex.halves)})"
        rf"|(?P<num>{alternation(lex.numerators)}|\d)[\s-]+(?P<den>{alternation(lex.denominators)}))"
        r"\b",
        re.IGNORECASE,
    )


@cache
def _of_re(language: str) -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + alternation(lexicon(language).partitives) + r")(?!\w)",
                      re.IGNORECASE)


def _reads_as_fraction(text: str, m: re.Match[str], language: str) -> bool:
    """"a third country", "el cuarto informe", "la cinquième édition" are ordinals: "a third",
    a one-word Spanish share ("un tercio") and "un cinquième" are fractions only when
    "of"/"de" follows (the lexicon lists those words), or after a partitive relative ("de
    los que un tercio procede de …")."""
    lex = lexicon(language)
    num, den = lexicon_key(m.group("num")), " ".join(lexicon_key(m.group("den")).split())
    needs_of = num in lex.numerators_needing_of or den in lex.denominators_needing_of
    return not needs_of or bool(_of_re(language).match(text, m.end())) or bool(
        _relative_before_re(language).search(text, max(0, m.start() - _RELATIVE_REACH),
                                             m.start()))


#: How far before a fraction its partitive relative ("dos quais") is looked for.
_RELATIVE_REACH = 30


@cache
def _relative_before_re(language: str) -> re.Pattern[str]:
    """A partitive relative right before a fraction: "dos quais três quartos", "de los que un
    tercio", "of which a third": a share of the figure before, with no "of" after it."""
    return re.compile(r"(?<![\w'’])(?:" + alternation(lexicon(language).partitive_relatives)
                      + r")\s+$", re.IGNORECASE)


@cache
def _fraction_words(language: str) -> frozenset[str]:
    """A word each fraction phrase of `language` holds, lower-cased ("moitié" of "la
    moitié", "tiers"): every match of `_fraction_re` holds a half or a denominator."""
    lex = lexicon(language)
    words = {max(re.split(r"[\s'’]+", phrase.lower()), key=len)
             for phrase in [*lex.half_scales, *lex.halves, *lex.denominators]}
    # A text that holds "tiers" holds "tier": the longer words add nothing to the test.
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def _may_hold_fraction(text: str, language: str) -> bool:
    """False when `text` holds none of the fraction words: string tests, far cheaper than
    running `_fraction_re` over every letter of a paragraph that has no fraction (most)."""
    low = literal_form(text)
    return low is None or any(map(low.__contains__, _fraction_words(language)))


def _fraction_mentions(text: str, language: str) -> Iterable[NumberMention]:
    if not _may_hold_fraction(text, language):
        return
    lex = lexicon(language)
    for m in _fraction_re(language).finditer(text):
        if m.group("half_million"):
            factor = lex.scales[lexicon_key(m.group("half_million")).split()[-1]]
            yield NumberMention(m.start(), m.end(), 0.5 * factor, "words", scaled=True,
                                scale=factor, tokens=3)
        elif m.group("half"):
            if not _half_in_compound(text, m, language):
                yield NumberMention(m.start(), m.end(), 0.5, "fraction")
        else:
            num_word = lexicon_key(m.group("num"))
            if not _reads_as_fraction(text, m, language):
                continue
            numerator = int(num_word) if num_word.isdigit() else lex.numerators[num_word]
            denominator = lex.denominators[" ".join(lexicon_key(m.group("den")).split())]
            yield NumberMention(m.start(), m.end(), round(numerator / denominator, 4),
                                "fraction")


def _half_in_compound(text: str, m: re.Match[str], language: str) -> bool:
    """"the half marathon", "a half-day", "half-time": a half word joined to its noun or
    after an article names a thing, not a share ("half the runners", "la moitié des")."""
    if text[m.end():m.end() + 1] == "-" and text[m.end() + 1:m.end() + 2].isalpha():
        return not text[m.end() + 1:m.end() + 3].lower().startswith(("a-", "of"))
    return bool(_article_before_re(language).search(text, max(0, m.start() - 17), m.start()))


@cache
def _article_before_re(language: str) -> re.Pattern[str]:
    """An article right before a word, maybe with a year between ("the 2024 half marathon"):
    a bare half word after it is a compound's."""
    lex = lexicon(language)
    articles = alternation([*lex.articles, *lex.indefinite_articles])
    return re.compile(rf"(?<![\w'’])(?:{articles})\s+(?:\d{{4}}\s+)?$", re.IGNORECASE)


# --- number nouns ---------------------------------------------------------------------------


@cache
def _approximate_re(language: str) -> tuple[re.Pattern[str], dict[str, float]] | None:
    table = lexicon(language).approximate_numbers
    if not table:
        return None
    values = {" ".join(lexicon_key(key).split()): value for key, value in table.items()}
    return re.compile(rf"(?<!\w)(?:{alternation(table)})(?!\w)", re.IGNORECASE), values


@cache
def _approximate_nouns(language: str) -> re.Pattern[str]:
    """The nouns of `approximate_numbers` ("centaine", "dozen") as written in lower case, in
    capitals or capitalised: a case-sensitive search of these plain words (fast in C) stands
    for the search of the whole phrases on most paragraphs, which hold none."""
    nouns = {key.split()[-1].lower() for key in lexicon(language).approximate_numbers}
    forms = sorted({f for n in nouns for f in (n, n.upper(), n.capitalize())})
    return re.compile("|".join(map(re.escape, forms)) or "(?!)")


def _approximate_mentions(text: str, language: str) -> Iterable[NumberMention]:
    """"une centaine de", "un centenar de", "a dozen": a number noun after its article, which
    text2num does not read (the lexicon's `approximate_numbers`)."""
    found = _approximate_re(language)
    if found is None:
        return
    pattern, values = found
    for m in pattern.finditer(text):
        key = " ".join(lexicon_key(m.group()).split())
        if key in values:
            yield NumberMention(m.start(), m.end(), values[key], "words", tokens=2,
                                approximate=True)


# --- all together --------------------------------------------------------------------------


def find_number_mentions(text: str, language: str | None,
                         decimal: str | None = None) -> list[NumberMention]:
    """Every number written in `text`, left to right, without overlaps.

    `language` picks the number words and fractions to read; None reads all languages.
    `decimal` is the page's decimal mark when known (`page_decimal_mark`), else the language's.
    When two readings overlap, a fraction beats digits, digits beat words, and a longer span
    beats a shorter one ("3,7 millions" is one mention, not "3,7" and "millions").
    """
    languages = (language,) if language in LANGUAGES else LANGUAGES
    found: list[NumberMention] = []
    for lang in languages:
        found.extend(_fraction_mentions(text, lang))
    found.extend(_digit_mentions(text, language, decimal))
    tokenised = bool(found)
    for lang in languages:
        found.extend(_word_mentions(text, lang, tokenised))
        if _approximate_nouns(lang).search(text):
            found.extend(_approximate_mentions(text, lang))
    if all(a.end <= b.start for a, b in itertools.pairwise(found)):
        return _join_restatements(text, found)  # in order, none overlapping (most texts)
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
    return _join_restatements(text, kept)


#: The digits restating a number in words, in brackets: "two (2)", "cinco (5)".
_RESTATED_RE = re.compile(r"[ \u00a0]*\([ \u00a0]*")
_RESTATED_END_RE = re.compile(r"[ \u00a0]*\)")


def _join_restatements(text: str, mentions: list[NumberMention]) -> list[NumberMention]:
    """A number in words then its digits in brackets ("deployed two (2) mobile kitchens",
    "cinco (5) brigadas") is one mention, ending after the bracket: what follows counts."""
    if "(" not in text:
        return mentions
    joined: list[NumberMention] = []
    k = 0
    while k < len(mentions):
        m = mentions[k]
        end = _restated_end(text, m, mentions[k + 1]) if k + 1 < len(mentions) else None
        joined.append(m if end is None else dataclasses.replace(m, end=end))
        k += 1 if end is None else 2
    return joined


def _restated_end(text: str, m: NumberMention, n: NumberMention) -> int | None:
    """Where the bracket closes when `n` restates `m` in digits ("two (2)"), else None."""
    if m.form != "words" or n.form != "digits" or n.value != m.value:
        return None
    bracket = _RESTATED_RE.match(text, m.end)
    close = _RESTATED_END_RE.match(text, n.end)
    return close.end() if bracket is not None and bracket.end() == n.start and close else None
