"""Numbers that are not statistics, each recognised by one named rule.

A rule takes a candidate figure, its paragraph and the words around it (`Around`, read once
per candidate) and answers True when the figure is a trap; its docstring's first paragraph is
the reason recorded for the rejection. `first_trap` runs the rules in order, only those that
can apply to the form of the figure's number (`rules_for`). The words come from the lexicons
(`pressroom.parsing.lexicon`: no library lists "kinds of numbers that are not statistics"); a
trap word of any language is a trap word, since releases quote names and titles across
languages. Month names come from CLDR.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from pressroom.parsing.figures.candidate import Candidate, Scene
from pressroom.parsing.figures.numbers import NumberMention, find_number_mentions
from pressroom.parsing.figures.plurals import head_word, looks_plural
from pressroom.parsing.figures.subjects import (
    PLACE_BRACKET_LINK,
    Subject,
    followed_place_link,
    head_words,
    phrase_core_words,
    subject_of_change_clause,
    subject_of_clause,
)
from pressroom.parsing.figures.units import measure_unit_at, rate_after, time_unit_at
from pressroom.parsing.lexicon import lexicons, union
from pressroom.parsing.text import (
    APOSTROPHES,
    alternation,
    bare,
    fold,
    lexicon_alternation,
    tokens,
    words_after,
    words_before,
)

Rule = Callable[[Candidate, Scene, "Around"], bool]


#: The most tokens `Around` reads on each side: the rules ask for one to four.
_NEAR = 4
_CLAUSE_PUNCTUATION = frozenset(".;:,!?()«»")


class Around:
    """The lower-cased tokens on each side of a candidate, read once for all the rules.

    Three places are asked about: before the first number (`before_number`), before the
    figure with its qualifier and currency (`before`), and after it (`after`). Each window
    of up to four tokens is read from the paragraph's tokens on first use (most candidates
    meet only a few rules), then every rule takes its last (or first) `n` tokens.
    """

    __slots__ = ("_after", "_before", "_before_number", "_candidate", "_scene")

    def __init__(self, c: Candidate, scene: Scene) -> None:
        self._candidate, self._scene = c, scene
        self._before_number: list[str] | None = None
        self._before: list[str] | None = None
        self._after: list[str] | None = None

    def before_number(self, n: int) -> list[str]:
        """The last `n` tokens before the first number (`words_before`)."""
        if self._before_number is None:
            self._before_number = _near_before(self._scene, self._candidate.first.start)
        return self._before_number[-n:]

    def before(self, n: int) -> list[str]:
        """The last `n` tokens before the figure's start."""
        if self._before is None:
            c = self._candidate
            self._before = self.before_number(_NEAR) if c.start == c.first.start \
                else _near_before(self._scene, c.start)
        return self._before[-n:]

    def after(self, n: int) -> list[str]:
        """The first `n` tokens after the figure's end (`words_after`)."""
        if self._after is None:
            self._after = _near_after(self._scene, self._candidate.end)
        return self._after[:n]

    def clause_before_number(self, n: int) -> list[str]:
        """`before_number`, from the same clause only (`clause_words_before`)."""
        return _same_clause(self.before_number(n))

    def clause_before(self, n: int) -> list[str]:
        """`before`, from the same clause only."""
        return _same_clause(self.before(n))


#: How far `words_before` and `words_after` look by default.
_REACH = 80


def _near_before(scene: Scene, pos: int) -> list[str]:
    """`words_before(scene.text, pos, _NEAR)`, read off the paragraph's token columns."""
    text, cols = scene.text, scene.columns
    starts = cols.starts
    start, stop = max(0, pos - _REACH), min(pos, len(text))
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, stop, i)
    if j - i < _NEAR and i > 0 and cols.ends[i - 1] > start:
        return words_before(text, pos, _NEAR)  # a window opening inside a word: as it reads
    words = cols.lows[max(i, j - _NEAR):j]
    if not words:
        return words
    if cols.ends[j - 1] > stop:
        words[-1] = text[starts[j - 1]:stop].lower()
    return words


def _near_after(scene: Scene, pos: int) -> list[str]:
    """`words_after(scene.text, pos, _NEAR)`, read off the paragraph's token columns."""
    text, cols = scene.text, scene.columns
    starts, ends = cols.starts, cols.ends
    i = bisect.bisect_left(starts, pos)
    if i > 0 and ends[i - 1] > pos:  # opens inside a word: as `words_after` reads it
        return words_after(text, pos, _NEAR)
    stop = min(len(text), pos + _REACH)
    j = bisect.bisect_left(starts, stop, i)
    k = min(j, i + _NEAR)
    words = cols.lows[i:k]
    if k == j and k > i and ends[k - 1] > stop:
        words[-1] = text[starts[k - 1]:stop].lower()
    return words


def _same_clause(words: list[str]) -> list[str]:
    """The words after the last clause punctuation (, ; : . ( ) …) among `words`."""
    for k in range(len(words) - 1, -1, -1):
        if words[k] in _CLAUSE_PUNCTUATION:
            return words[k + 1:]
    return words


@dataclass(frozen=True, slots=True)
class Trap:
    """Why a number is not a statistic."""

    rule: str
    reason: str


# --- word lists: the traps' words of every lexicon (a trap word is one in any language) ------


def _w(name: str) -> frozenset[str]:
    words: frozenset[str] = union(name)
    return words


_AGE_WORDS, _AGE_GROUPS, _AGE_BOUNDS = _w("age_words"), _w("age_groups"), _w("age_bounds")
_NUMBER_SIGNS, _DOCUMENT_WORDS = _w("number_signs"), _w("document_words")
_LISTING_WORDS, _KIN_WORDS = _w("listing_words"), _w("kin_words")
_FUNCTION_WORDS = _w("function_words")
_COORDINATIONS = _w("coordinations")
_DISJUNCTIONS = _w("disjunctions")
#: Words opening a phrase after a number that counts nothing ("on 111 before attending").
_PHRASE_OPENING_WORDS = _FUNCTION_WORDS | _w("phrase_openers") | _w("year_cues")
#: Words that make a short number after a filler a line to call ("contact … on 111").
_REACH_WORDS = _w("reach_verbs")


@cache
def _ordinal_suffix_re() -> re.Pattern[str]:
    return re.compile(r"(?:" + alternation(union("ordinal_suffixes")) + r")(?!\w)",
                      re.IGNORECASE)


@cache
def _age_after_re() -> re.Pattern[str]:
    return re.compile(r"\s*(?:-\s*)?(?:" + alternation(union("age_after")) + r")(?!\w)",
                      re.IGNORECASE)


@lru_cache(maxsize=4096)
def _is_month(word: str) -> bool:
    """A month name (CLDR, through the lexicons): in full in any case, or, in a language that
    capitalises months, capitalised and maybe abbreviated ("May", "Jul"; not "may")."""
    w = word.lower().rstrip(".")
    any_case, capitalised = _month_names()
    if w in any_case or (w in capitalised and word[:1].isupper()):
        return True
    # "6 juill.", "sept.": an abbreviation with its dot, longer than CLDR's, of a full name
    return word.endswith(".") and len(w) >= 3 and any(
        m.startswith(w) for m in any_case | {m for m in capitalised if word[:1].isupper()})


@cache
def _month_names() -> tuple[frozenset[str], frozenset[str]]:
    """Month names matched in any case; those matched only capitalised."""
    any_case = frozenset().union(*(lex.months("wide") for lex in lexicons()
                                   if not lex.months_capitalised))
    capitalised = frozenset().union(*(lex.months() for lex in lexicons()
                                      if lex.months_capitalised))
    return any_case, capitalised


# --- rules ---------------------------------------------------------------------------------


def is_masked(c: Candidate, s: Scene, a: Around) -> bool:
    """Part of a phone number, a numeric date or a clock time."""
    overlaps, first, last = s.masks.overlaps, c.first, c.last
    return overlaps(first.start, first.end) or (
        last is not first and overlaps(last.start, last.end))


def is_zero(c: Candidate, s: Scene, a: Around) -> bool:
    """A value of 0 ("−0 %", "000 dollars" left by a number cut across lines): a figure of
    nothing is no statistic."""
    return c.value == 0 and not c.value_max


def is_ordinal(c: Candidate, s: Scene, a: Around) -> bool:
    """An ordinal ("1er", "deuxième", "third", "Tercer Convenio", "2ª"), not a quantity."""
    m = c.first
    if m.ordinal or (m.form == "words" and s.text[m.start:m.end].lower() in _w("ordinal_words")):
        return True
    return m.form == "digits" and bool(_ordinal_suffix_re().match(s.text, m.end))


def is_list_marker(c: Candidate, s: Scene, a: Around) -> bool:
    """A list item number at the start of the paragraph ("1. Renforcer…")."""
    m = c.first
    return (m.form == "digits" and s.text[m.end:m.end + 2] in (". ", ") ", ".\t", ")\t")
            and not s.text[:m.start].strip(" -•*\t"))


#: A kilometre post written before its number ("BR-405, km 153", "carretera 5, km 12"):
#: a place on a road, no count.
_KM_POST_RE = re.compile(r"(?<![\w.,])km\.?[ \u00a0]?$")


def is_physical_measure(c: Candidate, s: Scene, a: Around) -> bool:
    """A distance, weight, area or other physical measure ("300 km", "5 tonnes")."""
    # (the docstring is the rejection's reason) or a kilometre post ("BR-405, km 153")
    return c.unit == "count" and (
        bool(measure_unit_at(s.text, c.number_end, s.language))
        or bool(_KM_POST_RE.search(s.text, max(0, c.first.start - 5), c.first.start)))


def is_age(c: Candidate, s: Scene, a: Around) -> bool:
    """An age or age bound defining a group ("âgées de 13 à 24 ans", "aged 15", "under 18")."""
    before = [w.rstrip(APOSTROPHES) for w in a.clause_before_number(4)]
    if not _AGE_WORDS.isdisjoint(before) or _age_after_re().match(s.text, c.number_end):
        return True
    after = a.after(1) if c.unit == "count" and c.value <= 120 else []
    if after and after[0].lower() in _AGE_WORDS:
        return True  # ages naming a group: "the 18-19 age group", "the 65+ age bracket"
    # "enfants de moins de 5 ans", "children under five"
    return (c.qualifier in ("less_than", "more_than") and c.value <= 100
            and not _AGE_GROUPS.isdisjoint(before) and not _AGE_BOUNDS.isdisjoint(before))


def is_duration(c: Candidate, s: Scene, a: Around) -> bool:
    """A duration ("cinq mois", "23 ans de prison", "dix ans", "two weeks")."""
    if c.first.approximate:  # "une quinzaine de jours"
        return c.unit == "count" and time_unit_at(s.text, c.number_end, s.language, linked=True)
    return c.unit == "count" and (bool(time_unit_at(s.text, c.number_end))
                                  or _first_of_two_durations(c, s))


@cache
def _linked_number_re() -> re.Pattern[str]:
    """A link to a second number, then that number: " a 236", " to 11", " para 5"."""
    links = alternation([*union("range_to_links"), *union("change_to_links")])
    return re.compile(rf"\s+(?:{links})\s+\d[\d.,]*", re.IGNORECASE)


def _first_of_two_durations(c: Candidate, s: Scene) -> bool:
    """The first of two numbers a link joins, a time unit after the second: "el plazo bajó
    de 412 a 236 días", "from 14 to 11 months"."""
    if c.kind == "range":
        return False
    second = _linked_number_re().match(s.text, c.number_end)
    return second is not None and time_unit_at(s.text, second.end())


def _year_like(m: NumberMention) -> bool:
    return m.plain and 1800 <= m.value <= 2100 and m.end - m.start == 4


def is_year(c: Candidate, s: Scene, a: Around) -> bool:
    """A year ("1951", "Programme 2030", "entre 2009 et 2014"), not a quantity."""
    if c.unit != "count" or not _year_like(c.first) or (
            c.last is not c.first and not _year_like(c.last)):
        return False
    if c.qualifier in ("exact", "range", "up_to") or c.subject is None:
        return True  # "growth over 2015" counts nothing; "plus de 2000 personnes" does
    before = a.before(1)
    return bool(before) and bare(before[0]) in _w("year_cues")


@cache
def _next_day_re() -> re.Pattern[str]:
    links = alternation([*union("coordinations"), *union("range_to_links")])
    articles = alternation(union("articles"))
    return re.compile(rf"\s*(?:{links}|[-–—])\s*(?:(?:{articles})\s+)?\d{{1,2}}(?!\d)",
                      re.IGNORECASE)


@cache
def _month_word_re() -> re.Pattern[str]:
    """The word after a day number, past "de"/"of" ("15 de julio", "15th of July")."""
    return re.compile(rf"\s*(?:(?:{alternation(union('partitives'))})\s+)?([^\W\d_]+\.?)",
                      re.IGNORECASE)


def _month_after(text: str, pos: int) -> bool:
    after = _month_word_re().match(text, pos, pos + 20)
    return bool(after and (_is_month(after.group(1)) or (
        _YEAR_AFTER_RE.match(text, after.end()) is not None
        and after.group(1).lower().rstrip(".") in _abbreviated_months())))


#: A year right after a month's abbreviation: "17 mar 2025", "8 oct. 2025".
_YEAR_AFTER_RE = re.compile(r"[ \u00a0]+(?:19|20)\d\d(?!\d)")


@cache
def _abbreviated_months() -> frozenset[str]:
    """The months' abbreviations of every language (CLDR, lower case, no dot: "mar", "oct"):
    a month in any case when a year follows it ("Luanda, 17 mar 2025")."""
    return frozenset().union(*(lex.months("abbreviated") for lex in lexicons()))


def is_date(c: Candidate, s: Scene, a: Around) -> bool:
    """A day of a date or of a span of days ("15 juillet", "July 15", "15 de julio", "du 3 au
    7 mars", "12-14 octobre", "le 18 et le 19 juin", "17 a 19 de maio")."""
    m = c.first
    if _month_after(s.text, m.end) or (c.last is not m and _month_after(s.text, c.last.end)):
        return True
    next_day = _next_day_re().match(s.text, m.end) if m.value <= 31 else None
    if next_day and _month_after(s.text, next_day.end()):
        return True
    if m.value > 31:
        return False
    before = _WORD_END_RE.search(s.text[max(0, m.start - 20):m.start])
    if before and "." in before.group() and s.text[m.start:m.start + 1].isupper():
        return False  # "… desde febrero. Siete de cada diez …": a sentence opens on a number
    return bool(before and _is_month(before.group(1)))


#: The longest word linking a document's two numbers ("Page 1 of 1", "página 1 de 3", "sur").
_LINK_MAX = 3
_WORD_END_RE = re.compile(r"([^\W\d_]+)\.?\s*$")


def is_document_number(c: Candidate, s: Scene, a: Around) -> bool:
    """A law, resolution, article, page or other document number ("Loi 985", "Ley 1257")."""
    # Also the second of two named by one word ("routes 132 et 20", "BRs 277 e 376"); this
    # docstring is the rejection's reason, shown to users, so it stays short.
    if c.unit.startswith("currency:"):
        return False  # "P6.2 billion" on a Botswana page: the pula's letter, no page
    raw = a.before_number(3)  # its last two: the words right before
    if raw and (raw[-1] in ("º", "°") or (raw[-1] in _NUMBER_SIGNS
                                          and not raw[-1].isascii())):
        return True  # "portaria GM/MS nº 476", "n° 12": a sign right before is enough
    before = [w for w in raw if w not in ("(", ".", ":")]
    if len(before) == 3 and before[1].isdecimal() and len(before[2]) <= _LINK_MAX \
            and bare(before[0]) in _DOCUMENT_WORDS:
        return True  # "Page 1 of 1", "página 3 de 12": the second of a document's numbers
    while before and before[-1] in _NUMBER_SIGNS:
        if len(before) == 1:
            return True  # "n° 12" alone
        before.pop()
    if len(before) == 3 and before[1].isdecimal() and before[2].lower() in _COORDINATIONS \
            and c.subject is None:  # not "loi 985 et 300 personnes"
        before = before[:1]  # "BRs 277 e": the word before the first number names both
    # a range's two numbers after one are its reference ("Ordenanza 02-2024", "pages 12-15")
    return (bool(before) and c.qualifier in ("exact", "range")
            and bare(before[-1]) in _DOCUMENT_WORDS)


def is_code(c: Candidate, s: Scene, a: Around) -> bool:
    """A code or reference joined to another number by "-", "/" or "_" ("2016-1234", "24/7",
    "N°09_018"), or a "range" joined to a third number ("CCP 10-555-7")."""
    if c.kind == "range":
        return c.last.form == "digits" and _joined_after(s.text, c.last.end)
    m = c.first
    if m.form != "digits":
        return False
    return _joined_before(s.text, m.start) or _joined_after(s.text, m.end)


# Hand-written character tests, not the regexes r"\d[-/_]$" and r"[-/_]\d" on two-character
# slices: asked of every candidate, they cost a regex call each. `isdecimal` is what the
# regex `\d` matches (Unicode category Nd).
def _joined_before(text: str, pos: int) -> bool:
    """A digit and "-", "/" or "_" right before `pos` ("2016-|1234")."""
    return pos >= 2 and text[pos - 1] in "-/_" and text[pos - 2].isdecimal()


def _joined_after(text: str, pos: int) -> bool:
    """"-", "/" or "_" and a digit right after `pos` ("2016|-1234")."""
    return pos + 2 <= len(text) and text[pos] in "-/_" and text[pos + 1].isdecimal()


@cache
def _address_word_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){lexicon_alternation('address_words')}(?![\w-])")


#: What opens one part of an address line: "Rue du Valentin 18 · 1004 Lausanne".
_ADDRESS_PART_SEPARATORS = "·|,;•–-"


#: A word after the spaces that follow a number ("75008 Paris").
_NAME_AFTER_RE = re.compile(r"[ \u00a0]+[^\W\d_]")


def is_postcode(c: Candidate, s: Scene, a: Around) -> bool:
    """A postcode before its town in an address line ("Rue du Valentin 18 · 1004 Lausanne",
    "12 rue Sainte-Catherine, 33000 Bordeaux"): four or five plain digits opening a part of
    the line, a capitalised name right after, and an address word on the line."""
    m = c.first
    if c.kind != "single" or c.unit != "count" or not m.plain or not 4 <= m.end - m.start <= 5:
        return False
    line_start = s.text.rfind("\n", 0, m.start) + 1
    line_end = s.text.find("\n", m.end)
    line = s.text[line_start:line_end if line_end >= 0 else len(s.text)]
    head = s.text[line_start:m.start].rstrip()
    if head and head[-1] not in _ADDRESS_PART_SEPARATORS:
        return False
    named = _NAME_AFTER_RE.match(s.text[m.end:m.end + 3])
    return bool(named and named.group()[-1].isupper()
                and _address_word_re().search(fold(line).lower()))


@cache
def _subunit_re() -> re.Pattern[str]:
    return re.compile(rf"[ \u00a0\u202f]*{lexicon_alternation('currency_subunits')}(?![\w'’])",
                      re.IGNORECASE)


def is_subunit_price(c: Candidate, s: Scene, a: Around) -> bool:
    """A price in a currency's subunit ("5,5 centimes par kilo", "48.6 cent per litre")."""
    return c.unit == "count" and bool(_subunit_re().match(s.text, c.number_end))


@cache
def _alternative_after_re() -> re.Pattern[str]:
    # "60 or 70 cows": the other number of the same kind (not "7,000, or 10 %")
    return re.compile(rf"[ \u00a0]+{lexicon_alternation('disjunctions')}[ \u00a0]+\d[\d.,]*"
                      r"(?![\d.,]*\s*(?:%|‰|per\s?cent|pour\s?cent|por\s?cien|por\s?cento))",
                      re.IGNORECASE)


_DIGITS_RE = re.compile(r"\d[\d.,]*")


def is_alternative(c: Candidate, s: Scene, a: Around) -> bool:
    """One of two numbers offered as alternatives ("60 or 70 cows", "20 ou 30 jours"): a
    description, no count."""
    if c.kind != "single" or c.first.form != "digits":
        return False
    before = a.before_number(2)
    if len(before) == 2 and before[1] in _DISJUNCTIONS and _DIGITS_RE.fullmatch(before[0]):
        return True
    return bool(_alternative_after_re().match(s.text, c.first.end))


#: After a street number: a separator of the address's parts, or the line's end.
_ADDRESS_PART_END_RE = re.compile(r"[ \t]*(?:[·|•–—,;]|-\s|$)", re.MULTILINE)
_ADDRESS_PARTS_RE = re.compile(r"[·|•;–—]")
#: The parts of an address line, commas included ("Secretariat, P.O. Box 6101, Vientiane").
_FIELD_CUT_RE = re.compile(r"[·|•;–—,©]")
#: Capitalised words after a leading street number, to the part's end ("101 Yakubu Gowon
#: Crescent,"): the street's name, when an address word is among them.
_STREET_AFTER_RE = re.compile(r"(?:[ \u00a0]+[A-ZÀ-Þ][\w'’.-]*){1,5}(?=[ \t]*(?:[,·|•;–—]|$))",
                              re.MULTILINE)


def is_street_number(c: Candidate, s: Scene, a: Around) -> bool:
    """A street number or a postal box in an address line ("Av. Samora Machel, 1114 –
    Maputo", "Rue du Valentin 18 · 1004 Lausanne", "P.O. Box 6101, Vientiane", "101 Yakubu
    Gowon Crescent, Abuja"): plain digits closing a part of the line that opens on an address
    word, right after a postal box's label, or opening a part that names a street."""
    m = c.first
    if c.kind != "single" or not m.plain or m.end - m.start > 5:
        return False
    head = s.text[s.text.rfind("\n", 0, m.start) + 1:m.start]
    if _ADDRESS_PART_END_RE.match(s.text, m.end):
        part = _ADDRESS_PARTS_RE.split(head)[-1].strip()
        if part and _address_word_re().match(fold(part).lower()):
            return True
        label = _FIELD_CUT_RE.split(head)[-1].strip()
        if label and _address_word_re().fullmatch(fold(label).lower()):
            return True  # "…, P.O. Box 6101, …": the box's label alone before its number
    street = _STREET_AFTER_RE.match(s.text, m.end)
    return (street is not None and not _FIELD_CUT_RE.split(head)[-1].strip()
            and bool(_address_word_re().search(fold(street.group()).lower())))


@cache
def _page_counter_re() -> re.Pattern[str]:
    # on its line, or after the separator of a line of page details ("Publié le … | Vues :")
    return re.compile(rf"(?:^|\n|[|·•])[ \t]*{lexicon_alternation('page_counter_labels')}"
                      rf"[ \t]*:?[ \t]*$", re.IGNORECASE)


def is_page_counter(c: Candidate, s: Scene, a: Around) -> bool:
    """A page's counter ending its line ("Visitor Counter : 1842", "Visitas: 310",
    "Publié le 4 mars | Vues : 2 317"): the page's chrome, no figure of the release."""
    return bool(_BLANK_LINE_END_RE.match(s.text, c.end)) and bool(
        _page_counter_re().search(s.text, max(0, c.start - 40), c.start))


#: How far around its number a setting is read, in characters.
_SETTING_REACH = 60


@cache
def _setting_re() -> re.Pattern[str]:
    """The lexicons' `setting_patterns` as one pattern; `#` stands for the number."""
    return re.compile(lexicon_alternation("setting_patterns").replace("#", "§"))


def is_setting(c: Candidate, s: Scene, a: Around) -> bool:
    """A figure that sets a frame, not a fact: a rank's move ("en hausse de trois places",
    "dropped 20 places"), a document's languages ("traduit en 24 langues"), a method's parts
    ("à partir de cinq indicateurs"), a household's make-up ("dos adultos y dos menores"), a
    gallery's photos ("Photos: 1 to 24"), or the bounds of a scale ("un score de 0 à 100")."""
    if c.value == 0 and c.value_max and c.unit == "count":
        return True  # "de 0 à 100", "on a scale of 0 to 10"
    m = c.first
    before = s.text[max(0, m.start - _SETTING_REACH):m.start]
    after = s.text[m.end:m.end + _SETTING_REACH]
    window = fold(f"{before}§{after}").lower()
    return any("§" in found.group() for found in _setting_re().finditer(window))


@cache
def _engagement_after_re() -> re.Pattern[str]:
    # "96 comments ·", "14 likes" ending the line (on folded lower-case text)
    return re.compile(rf"[ \u00a0]*{alternation(union('engagement_words'))}"
                      r"[ \t]*(?:[·•|]|[ \t]{2}|\n|$)")


#: What closes the part of a row of counters before a number: a separator or the line start.
_ROW_PART_START = "\n·•|"


def is_engagement_counter(c: Candidate, s: Scene, a: Around) -> bool:
    """A social post's counter ("👍❤️ 1,184 · 96 comments · 212 reposts", "Like · Reply · 14
    Likes", "37 comentários"): opening a part of its line, with an engagement word or
    reaction signs only: the page's chrome, no figure of the release."""
    m = c.first
    if m.form != "digits":
        return False
    start = max(s.text.rfind(ch, 0, m.start) for ch in _ROW_PART_START) + 1
    head = s.text[start:m.start]
    if any(ch.isalnum() for ch in head):
        return _button_counter(s.text, m.end)
    if _engagement_after_re().match(fold(s.text[m.end:m.end + 40]).lower()):
        return True
    signs = any(unicodedata.category(ch) == "So" for ch in head)  # "👍❤️👏 1,184"
    return signs and bool(re.match(r"[ \t]*(?:[·•|]|\n|$)", s.text[m.end:m.end + 4]))


#: A counter's capitalised engagement word closing the paragraph or its line ("12 Comments").
_CLOSING_WORD_RE = re.compile(r"[ \u00a0]*(?P<word>[A-ZÀ-Ý][^\W\d_]+)[ \t]*(?:\n|$)")


def _button_counter(text: str, end: int) -> bool:
    """The figure ending at `end` is a page's counter button joined to the line above it
    ("Tags: Landslide, Flood 12 Comments"): a capitalised engagement word, then the end of
    the line. Prose writes "drew 12 comments." in lower case, closed by a full stop."""
    m = _CLOSING_WORD_RE.match(text, end)
    return bool(m and fold(m["word"]).lower() in union("engagement_words"))


#: Nothing but spaces, tabs and dots to the end of the line.
_BLANK_LINE_END_RE = re.compile(r"[ \t.]*(?:\n|\Z)")


def is_timestamp(c: Candidate, s: Scene, a: Around) -> bool:
    """A long run of digits with no grouping (a timestamp such as 1720566365, an identifier):
    a quantity that large is written with its digits grouped."""
    m = c.first
    return m.form == "digits" and m.plain and m.end - m.start >= 9


def is_inside_name(c: Candidate, s: Scene, a: Around) -> bool:
    """Part of a name ("COVID-19", "G20", "Blue Heart 2016", "H1N1")."""
    m = c.first
    if m.form != "digits":
        return False
    before = s.text[max(0, m.start - 2):m.start]
    signed = c.unit.startswith("currency:") and c.start < m.start  # "K400", "R1,8 billion"
    if (before[-1:].isalpha() and not signed) or (before[-1:] == "-" and before[:1].isalpha()):
        return True
    if s.text[c.last.end:c.last.end + 1].isalpha():
        return True
    # A number right after a capitalised word inside the sentence, followed by nothing it
    # could count: "la Campagne Blue Heart 2016, mise en œuvre…".
    if c.qualifier != "exact" or c.unit != "count":
        return False
    prev = _PREVIOUS_WORD_RE.search(s.text[max(0, m.start - 30):m.start])
    if not prev:
        return False
    word = prev.group(1)
    if not (word[:1].isupper() and word.isalpha()) or bare(word.lower()) in _FUNCTION_WORDS:
        return False
    after = a.after(1)
    head = s.text[max(0, m.start - len(prev.group(0)) - 200):m.start - len(prev.group(0))]
    sentence_start = _SENTENCE_OPENING_RE.search(head) or (
        not head.strip() and m.start - len(prev.group(0)) <= 200)
    if after and after[0][:1].isalpha():
        # it counts what follows, unless four digits or more without a separator name a
        # service or a plan, opening the sentence too: "Rescue 1122 teams", "Agenda 2063 goals"
        return (m.plain and m.end - m.start >= _NAMED_DIGITS and after[0][:1].islower()
                and not _listed_place_count(c, s))
    return not sentence_start and not _listed_place_count(c, s)


#: A name's number: this many plain digits at least ("Rescue 1122"); a count that large is
#: written with a separator in running text ("1,122 teams").
_NAMED_DIGITS = 4


_PREVIOUS_WORD_RE = re.compile(r"(\S+)\s+$")
#: A figure and its noun, a comma, then a capitalised name and a number: "41 navires, Maré 19".
_LISTED_PLACE_RE = re.compile(r"\d\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,\s*"
                              r"[A-ZÀ-Ý][^\W\d_]*(?:[\s'’-][A-ZÀ-Ý][^\W\d_]*)?\s+$"
                              # "Kenya (120 cases), Uganda (45)": the places' figures in brackets
                              r"|\(\s*\d[\d.,\s]*(?:[^\W\d_]+)?" + PLACE_BRACKET_LINK + "$")


def _listed_place_count(c: Candidate, s: Scene) -> bool:
    """A place's count in a list after a first count and its noun ("Lifou n'a reçu que 41
    navires, Maré 19, …"; "eight deaths, followed by Myagdi (six), Kaski (four)"): the
    number counts the same noun, no part of a name."""
    return bool(_LISTED_PLACE_RE.search(s.text, max(0, c.first.start - 60), c.first.start)
                or _after_listed_figure(c, s))


@cache
def _listed_link_re() -> re.Pattern[str]:
    """The link to a place's bracket ending where the figure starts: after a noun (", followed
    by Myagdi (") or after another place's bracket ("(six), Kaski (")."""
    return re.compile(rf"(?:{followed_place_link()}|\((?P<inner>[^()\n]{{1,25}})"
                      rf"{PLACE_BRACKET_LINK})$")


#: A figure's noun between it and the link: one to three words.
_NOUN_WORDS_RE = re.compile(r"\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*")


def _after_listed_figure(c: Candidate, s: Scene) -> bool:
    """The figure stands in brackets after a place, and the list before it opens on a figure
    and its noun ("… with eight deaths, followed by Myagdi (six)") or gives the place before
    a figure in brackets, written in words too ("Myagdi (six), Sankhuwasabha (five)"). Read
    only for the few figures right after a place's bracket."""
    start = c.first.start
    if s.text[max(0, start - 2):start].strip()[-1:] != "(":
        return False
    link = _listed_link_re().search(s.text, max(0, start - 80), start)
    if link is None:
        return False
    if link["inner"] is not None:
        inner = link["inner"]
        found = find_number_mentions(inner, s.language)
        return bool(found) and not inner[:found[0].start].strip()
    before = s.text[max(0, link.start() - 60):link.start()]
    found = find_number_mentions(before, s.language)
    return bool(found) and _NOUN_WORDS_RE.fullmatch(before, found[-1].end) is not None
_SENTENCE_OPENING_RE = re.compile(r"[.!?:;«\"“(]\s*$")


def is_vague_amount(c: Candidate, s: Scene, a: Around) -> bool:
    """A vague amount ("des milliers de personnes", "thousands of", "miles de", "cientos")."""
    m = c.first
    if m.form != "words":
        return False
    words = [t.word.lower() for t in tokens(s.text, m.start, m.end) if t.word[0].isalpha()]
    return bool(words) and all(w in _w("vague_amounts") for w in words)


@cache
def _partitive_after_re() -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + alternation(union("partitive_after")) + r")\b", re.IGNORECASE)


def is_geo_or_org_count(c: Candidate, s: Scene, a: Around) -> bool:
    """A count of countries, regions, companies or organisations ("171 pays", "25 entreprises",
    "cinq des douze régions", "three countries")."""
    if c.unit != "count" or (c.last.scaled and c.subject is not None
                             and c.subject.start == c.subject.end):
        return False  # "… 240 organisations, et 13,5 millions": millions of no noun written
    if _partitive_after_re().match(s.text, c.end):
        # "cinq des douze régions", "sixteen of the country's nineteen provinces"
        return any(bare(w) in _w("geo_org_words") for w in head_words(s.text, c.end, 4))
    return c.subject is not None and _names_geo_or_org(c.subject.text, s.language)


@lru_cache(maxsize=4096)  # pages count the same nouns again and again ("personnes")
def _names_geo_or_org(phrase_text: str, language: str | None) -> bool:
    """The noun phrase names countries, regions, companies or organisations: a phrase of
    the lexicons opens it, or its head noun is one of their words."""
    phrase = " ".join(phrase_text.lower().split())
    if phrase.startswith(_geo_org_phrases()):
        return True  # "27 unidades da Federação": a phrase names the unit
    core = phrase_core_words(phrase_text, language)
    # The head noun: last in English ("partner organizations"), first in French, Spanish and
    # Portuguese ("entreprises du secteur privé", "Etats membres"); both when unknown.
    order = _head_orders(language)
    # Head first: any word before the first complement may be the head ("500 autres
    # institutions", "Etats membres"); head last: the last one.
    heads = (core if True in order else []) + (core[-1:] if False in order else [])
    return any(bare(w) in _w("geo_org_words") for w in heads)


@cache
def _head_orders(language: str | None) -> frozenset[bool]:
    """Where the lexicons of `language` put the head noun: True first, False last."""
    return frozenset(lex.head_first for lex in lexicons(language))


@cache
def _geo_org_phrases() -> tuple[str, ...]:
    """The `geo_org_words` of several words ("unidades da federação")."""
    return tuple(sorted(g for g in _w("geo_org_words") if " " in g))


#: A colon a few words after a count, not followed by a number: a list of the items (a total
#: broken down into numbers, "4 812 transplantes: 3 096 de rim, …", is a figure).
_LIST_COLON_RE = re.compile(r"(?:\s+[^\W\d_]+){0,4}\s*:(?!\s*\d)")


def is_listing_counter(c: Candidate, s: Scene, a: Around) -> bool:
    """A listing page's counter ("Displaying 26 - 50 of 63", "31 Displaying"), not a fact."""
    return not _LISTING_WORDS.isdisjoint(a.before(1)) \
        or not _LISTING_WORDS.isdisjoint(a.after(1))


def is_list_announcement(c: Candidate, s: Scene, a: Around) -> bool:
    """A count announcing a list that names its items ("quatre membres : la Bolivie, …",
    "cuatro cuestiones humanitarias acuciantes para el país: migración, …"), not one broken
    down into numbers ("4 812 transplantes de órgãos: 3 096 de rim, 1 204 de fígado")."""
    end = c.subject.end if c.subject else c.end
    return c.unit == "count" and bool(_LIST_COLON_RE.match(s.text, end))


def is_service_number(c: Candidate, s: Scene, a: Around) -> bool:
    """A number to call or dial ("composez le 311", "call 911", "marcar el 113"), a short code
    ("*462"), or a line reached further back in the clause ("contact your GP or NHS 24 on 111")."""
    if c.unit != "count":
        return False
    m = c.first
    short = m.form == "digits" and m.plain and m.end - m.start <= 4
    if short and m.end - m.start >= 3 and s.text[m.start - 1:m.start] in ("*", "#"):
        return True  # a short code keyed on a phone: "*462", "#100"
    if c.subject is None:
        before = [w for w in a.before(3) if w not in _w("call_fillers")]
        if before and before[-1] in _w("call_words"):
            return True
    return short and c.qualifier == "exact" and _line_reached(c, s, a)


def _line_reached(c: Candidate, s: Scene, a: Around) -> bool:
    """A filler ("on", "au", "al") before the number, a verb of reaching earlier in its clause,
    and nothing counted after it: only a word opening a phrase ("111 before attending")."""
    if a.before(1) == [] or a.before(1)[0] not in _w("call_fillers"):
        return False
    if c.subject is not None:
        after = a.after(1)
        if not after or bare(after[0]) not in _PHRASE_OPENING_WORDS:
            return False
    clause = _same_clause(words_before(s.text, c.first.start, 12, reach=120))
    return any(bare(w) in _REACH_WORDS for w in clause)


#: A number earlier in the clause that ends where the text ends (the rate before its base).
_FIGURE_IN_CLAUSE_RE = re.compile(r"\d[^.;:!?]*$")


def is_rate_denominator(c: Candidate, s: Scene, a: Around) -> bool:
    """The base of a rate ("72 nacimientos por cada 1.000 adolescentes", "7.9 per 100,000
    people", "Em cada dez meninas, nove"): a power of ten after the lexicon's `per_links`,
    the rate before it or the link opening the sentence."""
    if c.unit != "count" or c.kind != "single" or c.value not in _BASES:
        return False
    link = _per_link_re().search(s.text, max(0, c.start - 20), c.start)
    if link is None:
        return False
    if _SENTENCE_HEAD_RE.fullmatch(s.text, max(0, link.start() - 80), link.start()):
        return True  # the base opens the sentence: "Em cada dez meninas, nove …"
    # the rate itself comes first in the clause: "72 nacimientos por cada 1.000"
    return c.value in _POWERS_OF_TEN and bool(
        _FIGURE_IN_CLAUSE_RE.search(s.text[max(0, link.start() - 80):link.start()]))


_POWERS_OF_TEN = frozenset(10.0 ** k for k in range(2, 7))
#: The bases of a share opening its sentence ("Sur dix jeunes, sept …", "For every 100 …").
_BASES = _POWERS_OF_TEN | {10.0}
#: What may stand before a link opening its sentence: the previous sentence's end, quotes.
_SENTENCE_HEAD_RE = re.compile(r"(?:.*[.!?:;]\s+|)[\"“«'‘(\s]*", re.DOTALL)


@cache
def _per_link_re() -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’])(?:" + alternation(union("per_links")) + r")\s*$",
                      re.IGNORECASE)


def is_back_reference(c: Candidate, s: Scene, a: Around) -> bool:
    """A count referring back to things already named ("les deux pays", "these three"), or
    to a figure the paragraph already gave ("killing at least 31 people. … Of the 31 people
    killed, 11 were under 18")."""
    before = a.before(1)
    if (c.first.form == "words" and c.unit == "count" and bool(before)
            and before[0] in _w("back_reference_determiners") and c.value < 100):
        return True
    return _restated_after_of_the(c, s, a)


def _restated_after_of_the(c: Candidate, s: Scene, a: Around) -> bool:
    """"Of the 31", "De los 31", "Des 31": a clause opening on a partitive (and an article)
    before a number written earlier in the same paragraph."""
    if c.kind != "single" or c.qualifier != "exact":
        return False
    opening = a.clause_before(3)
    if not 1 <= len(opening) <= 2 or opening[0] not in _w("partitives"):
        return False
    if len(opening) == 2 and opening[1] not in _w("articles"):
        return False
    written = s.text[c.first.start:c.first.end]
    if written not in s.text[:c.start]:
        return False  # the cheap test first: the pattern below is compiled for each number
    return re.search(rf"(?<![\d.,]){re.escape(written)}(?![\d.,]\d)", s.text[:c.start]) is not None


def is_personal_detail(c: Candidate, s: Scene, a: Around) -> bool:
    """A personal detail ("mère de quatre enfants", "father of three")."""
    return c.unit == "count" and not _KIN_WORDS.isdisjoint(
        [w.rstrip(APOSTROPHES) for w in a.clause_before(2)])


#: The most items a description of each unit's share counts ("deux nattes", "three blankets").
_PER_UNIT_MAX = 9
#: A sentence's opening: the paragraph's start or a previous sentence's end, quotes.
_DISTRIBUTIVE_REACH = 400
_DISTRIBUTIVE_OPENING_RE = re.compile(r"(?:^|[.!?]\s+)[\"“«'‘(\s]*(\w+)\s+(\w+)")


def is_per_unit_content(c: Candidate, s: Scene, a: Around) -> bool:
    """What each unit holds or got, in a sentence opening on a distributive and a noun
    ("Chaque ménage a reçu … une bâche, deux nattes et un kit", "Each kit contains two
    blankets"): a small count of a kit's contents, no statistic. "Each year", "cada día"
    open a rate, not a description."""
    if c.unit != "count" or (c.value_max or c.value) > _PER_UNIT_MAX:
        return False  # "each child gets 2 $": an amount, whatever it buys
    opening = next(reversed(list(_DISTRIBUTIVE_OPENING_RE.finditer(
        s.text, max(0, c.first.start - _DISTRIBUTIVE_REACH), c.first.start))), None)
    return (opening is not None and opening.group(1).lower() in _w("distributives")
            and not _is_time_noun(opening.group(2)))


def _is_time_noun(word: str) -> bool:
    """A period or a unit of time, maybe plural ("year", "días", "semaine")."""
    folded = word.lower()
    return folded in _time_nouns() or folded.rstrip("s") in _time_nouns()


@cache
def _time_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in (*union("period_nouns"), *union("time_units")))


def is_multiplier(c: Candidate, s: Scene, a: Around) -> bool:
    """A multiplier ("trois fois plus", "twice", "cinco veces"), not a count."""
    after = a.after(1)
    return bool(after) and after[0] in _w("multiplier_words")


#: The most doses a treatment's schedule has ("deux doses", "a three-dose course").
_SCHEDULE_MAX = 4


def is_schedule(c: Candidate, s: Scene, a: Around) -> bool:
    """A treatment's schedule ("deux doses de vaccin", "two doses") or a plan's stages ("en
    tres fases"), not doses given or a count."""
    after = a.after(1)
    return (bool(after) and (c.value_max or c.value) <= _SCHEDULE_MAX
            and after[0] in _w("schedule_words"))


#: The largest number "between" places things by ("entre deux arbres", "between two fires").
_BETWEEN_MAX = 10


def is_placed_between(c: Candidate, s: Scene, a: Around) -> bool:
    """A small number alone after "between" ("sous des bâches tendues entre deux arbres",
    "caught between two fronts"): where things stand, not a count. A range ("entre 3 et 5")
    is a range candidate, and a number a few words on keeps the figure."""
    before = a.before_number(1)
    return (c.kind == "single" and c.value <= _BETWEEN_MAX and bool(before)
            and before[0] in _w("between_words")
            and not any(word[:1].isdigit() for word in a.after(3)))


@cache
def _ratio_tail_re() -> re.Pattern[str]:
    return re.compile(r"(?:\s+[^\W\d]+){1,3}\s+(?:" + alternation(union("per_links"))
                      + r")\s+\d", re.IGNORECASE)


def is_ratio_numerator(c: Candidate, s: Scene, a: Around) -> bool:
    """The one of a ratio ("1 volontaire formé pour 4 200 habitants", "1 doctor per 5,000
    people", "1 maestro por cada 40 alumnos"): a proportion, whose base is a figure of its
    own, not a count of one."""
    return (c.kind == "single" and c.value == 1
            and _ratio_tail_re().match(s.text, c.first.end) is not None)


def is_word_not_number(c: Candidate, s: Scene, a: Around) -> bool:
    """A word that reads as a number but means something else here ("un bâtiment neuf",
    "le kilo de mil"): nine and a thousand only before a plural noun."""
    m = c.first
    if m.form != "words":
        return False
    if _opens_place_name(s.text, m.start, m.end):
        return True
    if s.text[m.start:m.end].lower() not in _w("number_homographs"):
        return False
    before = a.before_number(1)
    after = words_after(s.text, m.end, 1)
    if not after or not after[0].isalpha():
        return True  # "remis à neuf.", "un bâtiment neuf,", "le kilo de mil."
    plural_after = after[0].endswith(("s", "x"))  # "neuf cliniques": nine
    noun_before = (bool(before) and before[0].isalpha()
                   and bare(before[0]) not in _w("function_words"))
    partitive_before = bool(before) and before[0] in _w("partitives")  # "le kilo de mil"
    return (noun_before or partitive_before) and not plural_after


#: A lower-case word, then the number word capitalised and a capitalised word after it.
_LOWER_WORD_BEFORE_RE = re.compile(r"(?:^|\s)[a-zà-ÿ][^\W\d_]*[ \t]+$")
_CAPITAL_AFTER_RE = re.compile(r"[ \t-]+[A-ZÀ-Ý][^\W\d_]+")


def _opens_place_name(text: str, start: int, end: int) -> bool:
    """A number word written with a capital inside a sentence, after a lower-case word and
    before a capitalised one, opens a name ("… e Três Lagoas (1.604)", "à Trois-Rivières",
    "near Seven Sisters"); a headline in title case ("Storm Leaves Three Dead") has a
    capital before it too."""
    return (text[start:start + 1].isupper() and not text[start:end].isupper()
            and _CAPITAL_AFTER_RE.match(text, end) is not None
            and _LOWER_WORD_BEFORE_RE.search(text, max(0, start - 30), start) is not None)


@cache
def _of_them_re() -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + alternation(union("of_them")) + r")\b", re.IGNORECASE)


def is_bare_small_number(c: Candidate, s: Scene, a: Around) -> bool:
    """A small number that counts nothing named ("le point 3", "under 18", "passé de 4 à 5").
    A part of a group the sentence opens on counts its members: "Of the 31 people killed,
    11 were under 18", "Parmi les 40 blessés, 12 sont des enfants"."""
    return (c.unit == "count" and c.subject is None and (c.value_max or c.value) < 100
            and not _of_them_re().match(s.text, c.end) and not _part_of_opening_group(c, s)
            and not _second_term_of_comparison(c, s) and not _level_of_change(c, s)
            and not _listed_place_count(c, s)
            and not _others_of_figure_before(c, s) and not _rate_of_figure_before(c, s))


#: How far back in its sentence the figure whose rate a bare number gives may stand.
_RATE_OF_REACH = 160
#: A figure earlier in the sentence: a digit with no sentence end after it.
_FIGURE_IN_SENTENCE_RE = re.compile(r"\d[^!?;]*$")


def _rate_of_figure_before(c: Candidate, s: Scene) -> bool:
    """"15 870 personnes ont été relogées, en moyenne 75 par jour", "an average of 75 a day":
    a bare number with a rate right after it gives the rate of the figure before it in the
    sentence, and counts that figure's noun."""
    if rate_after(s.text, c.end, through_verb=False) is None:
        return False
    window = s.text[max(0, c.start - _RATE_OF_REACH):c.start]
    window = re.split(r"[.!?]\s+(?=\S)", window)[-1]  # this sentence only
    return _FIGURE_IN_SENTENCE_RE.search(window) is not None


#: "23 defunciones y otras 41": the word "other" right before the figure, a figure before it
#: in the clause (accent-folded case is kept: the lexicons' `other_words` are lower case).
@cache
def _others_re() -> re.Pattern[str]:
    others = alternation(union("other_words"))
    return re.compile(rf"\d[^.!?;:]*?\s(?:{others})\s+$", re.IGNORECASE)


#: How far back the figure whose noun the "others" take may stand.
_OTHERS_REACH = 80


def _others_of_figure_before(c: Candidate, s: Scene) -> bool:
    """"Se han confirmado 23 defunciones y otras 41 están en investigación": a figure of
    "others" counts the noun of the figure before it in the clause."""
    return bool(_others_re().search(s.text, max(0, c.start - _OTHERS_REACH), c.start))


#: The next number after a figure, in its clause: "de 14 [para 5] meses".
_NEXT_NUMBER_RE = re.compile(r"[^\d.;:!?]{0,20}?\d[\d.,]*")


def _level_of_change(c: Candidate, s: Scene) -> bool:
    """One of the levels a change verb gives to a noun ("Maternal deaths fell from 96 in
    2022 to 61", "homicides had fallen to 19"), unless a time unit follows the other level
    ("caiu de 14 para 5 meses": a duration)."""
    if subject_of_change_clause(s.text, c.start, s.language) is None and not (
            _changed_to_re(s.language).search(s.text, max(0, c.start - 40), c.start)
            and _counted_things(subject_of_clause(s.text, c.start, s.language), s.language)):
        return False
    after = _NEXT_NUMBER_RE.match(s.text, c.end)
    return not (time_unit_at(s.text, c.end, s.language)
                or (after is not None and time_unit_at(s.text, after.end(), s.language)))


def _counted_things(subject: Subject | None, language: str | None) -> bool:
    """A plural noun heads the clause's subject: its level counts things ("homicides had
    fallen to 19"), unlike a score or an index ("le score est passé à 7")."""
    return subject is not None and looks_plural(head_word(subject.text, language), language)


@cache
def _changed_to_re(language: str | None) -> re.Pattern[str]:
    """A change verb and its link to the level reached, right before a number: "fallen to
    ", "cayó a ", "caiu para "."""
    verbs = alternation(union("change_verbs", language))
    links = alternation([*union("range_to_links", language), *union("change_to_links", language)])
    return re.compile(rf"(?<!\w)(?:{verbs})\s+(?:{links})\s+$", re.IGNORECASE)


@cache
def _comparison_link_re() -> re.Pattern[str]:
    links = alternation(union("comparison_links"))
    return re.compile(rf"\d[^.!?;]*?,\s*(?:{links})\s*$", re.IGNORECASE)


def _second_term_of_comparison(c: Candidate, s: Scene) -> bool:
    """"96 refus durant l'hiver, contre 31 l'hiver précédent": the number after a comparison
    link counts what the figure before it in the sentence counted."""
    return bool(_comparison_link_re().search(s.text, max(0, c.start - _COMPARED_REACH),
                                             c.start))


#: How far back the figure compared with may be: a clause with a place's long name between
#: ("214 cas … déclarés à l'Agence régionale de santé (ARS) Occitanie, contre 37 …").
_COMPARED_REACH = 160


@cache
def _opening_group_re() -> re.Pattern[str]:
    """A sentence opening on a group, maybe with its count, then a comma: "Of the 31 people
    killed, ", "Parmi les malades, ", "De ellas, "."""
    links = alternation(union("partitive_after"))
    articles = alternation(union("articles"))
    openers = alternation(union("group_openers"))
    return re.compile(rf"^(?:(?:{links})\s+(?:(?:{articles})\s+)?\d[\d\s.,]*\s+[^,.;:!?]+"
                      rf"|(?:{links})\s+(?:{articles})\s+[^\d,.;:!?]+|(?:{openers})),\s*$",
                      re.IGNORECASE)


def _part_of_opening_group(c: Candidate, s: Scene) -> bool:
    """The figure opens the sentence's clause after its group ("De ellos, 1.206 …"), or is
    coordinated with a figure that does ("De ellos, 1.206 corresponden a … y 87 a …"), or
    listed after it ("Of the 1,240 schools, 306 remain shut, 71 are used as shelters …")."""
    sentence_start = max(s.text.rfind(mark, 0, c.first.start) for mark in (". ", "! ", "? "))
    clause = s.text[sentence_start + 1 if sentence_start >= 0 else 0:c.first.start].lstrip()
    if _opening_group_re().match(clause):
        return True
    comma = clause.find(",")
    while 0 <= comma < len(clause) - 1:  # the group, then a figure, then this one
        rest = clause[comma + 1:]
        if _opening_group_re().match(clause[:comma + 1]):
            return any(map(str.isdigit, rest)) and _coordinated_end_re().search(rest) is not None
        comma = clause.find(",", comma + 1)
    return False


@cache
def _coordinated_end_re() -> re.Pattern[str]:
    """The text before a figure ends on a coordination ("… y ", "… and ") or on the comma of
    a list ("306 remain shut, ")."""
    return re.compile(rf"(?:\s(?:{alternation(union('coordinations'))})\s+|,\s*)$",
                      re.IGNORECASE)


@cache
def _period_nouns_re() -> re.Pattern[str]:
    links = alternation(union("partitives"))
    determiners = alternation(union("complement_determiners"))
    nouns = alternation([*union("period_nouns"), *union("time_units")], accents=True)
    return re.compile(rf"\s*(?:{links})?\s*(?:(?:{determiners})\s+)?(?:\d{{4}}\b|(?:{nouns})\b)",
                      re.IGNORECASE)


def is_part_of_period(c: Candidate, s: Scene, a: Around) -> bool:
    """A half or quarter of a period ("second half of 2015", "la première moitié de l'année")."""
    if c.first.form != "fraction":
        return False
    before = a.before_number(1)
    return bool(before and before[0] in _w("ordinal_words")) or bool(
        _period_nouns_re().match(s.text, c.first.end))


# The order matters: the first rule that fires names the rejection, and later rules assume
# the earlier ones passed. Masks come first (a phone number's groups look like anything);
# zero, ordinals and parts of periods before the unit rules (a "second half" is no count);
# codes and timestamps before years (the "2016" of "2016-1234" is no year); measures, ages
# and durations before dates and years (they read the unit after the number); dates before
# years ("15 juillet 2016"); the word-list rules on what is counted next; and the catch-all
# `is_bare_small_number` last, since it only asks what no other rule explained.
RULES: tuple[Rule, ...] = (
    is_masked,
    is_setting,
    is_zero,
    is_ordinal,
    is_part_of_period,
    is_list_marker,
    is_code,
    is_timestamp,
    is_page_counter,
    is_engagement_counter,
    is_postcode,
    is_street_number,
    is_physical_measure,
    is_subunit_price,
    is_age,
    is_duration,
    is_date,
    is_year,
    is_document_number,
    is_inside_name,
    is_vague_amount,
    is_geo_or_org_count,
    is_list_announcement,
    is_listing_counter,
    is_service_number,
    is_rate_denominator,
    is_back_reference,
    is_personal_detail,
    is_multiplier,
    is_schedule,
    is_placed_between,
    is_ratio_numerator,
    is_per_unit_content,
    is_alternative,
    is_word_not_number,
    is_bare_small_number,
)


#: The rules that only a number of some forms can meet (each answers False on the others):
#: the digits of a code, a year or a name, the words of a vague amount, the fraction of a
#: period. `first_trap` puts a candidate only through the rules of its first number's form.
_FORMS: dict[Rule, frozenset[str]] = {
    is_ordinal: frozenset({"digits", "words"}),
    is_part_of_period: frozenset({"fraction"}),
    is_list_marker: frozenset({"digits"}),
    is_timestamp: frozenset({"digits"}),
    is_engagement_counter: frozenset({"digits"}),
    is_postcode: frozenset({"digits"}),
    is_street_number: frozenset({"digits"}),
    is_alternative: frozenset({"digits"}),
    is_year: frozenset({"digits"}),
    is_inside_name: frozenset({"digits"}),
    is_vague_amount: frozenset({"words"}),
    is_word_not_number: frozenset({"words"}),
}
_ALL_FORMS = frozenset({"digits", "words", "fraction"})


#: The rules that only a figure counting things (unit "count") can meet: a share, an amount
#: of money or a fraction is put through none of them.
_COUNTS_ONLY = frozenset({
    is_physical_measure, is_subunit_price, is_street_number, is_alternative,
    is_duration, is_year, is_geo_or_org_count, is_list_announcement,
    is_service_number, is_rate_denominator, is_personal_detail, is_schedule,
    is_placed_between, is_ratio_numerator, is_per_unit_content, is_bare_small_number,
})


@cache
def rules_for(form: str, count: bool = True) -> tuple[Rule, ...]:
    """The rules, in order, that a candidate whose first number has `form` may meet; with
    `count` False, those a figure of another unit than "count" may meet."""
    return tuple(rule for rule in RULES if form in _FORMS.get(rule, _ALL_FORMS)
                 and (count or rule not in _COUNTS_ONLY))


def first_trap(c: Candidate, s: Scene) -> Trap | None:
    """The first rule that recognises `c` as a trap, or None: `c` is a statistic."""
    around = Around(c, s)
    for rule in rules_for(c.first.form, c.unit == "count"):
        if rule(c, s, around):
            return _trap(rule)
    return None


@cache
def _trap(rule: Rule) -> Trap:
    """The rule's name and the first paragraph of its docstring."""
    doc = " ".join((rule.__doc__ or rule.__name__).strip().split("\n\n")[0].split())
    return Trap(rule.__name__.removeprefix("is_"), doc)
