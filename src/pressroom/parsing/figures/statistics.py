"""Extract the statistics a press release asserts (the rules of shared/seeds/README.md).

Pipeline, per paragraph:
1. mask spans that hold no figure (phone numbers, numeric dates, clock times);
2. find the numbers (`figures.numbers`: digits, number words, fractions);
3. build candidates: ranges ("entre 150 et 180"), ratios ("un sur trois"), units after or
   before the number (%, currencies), qualifiers ("plus de", "nearly") and the counted
   noun phrase;
4. reject traps by named rules (`figures.traps`): years, ages, durations, names, phone and law
   numbers, vague amounts, counts of countries or organisations…;
5. attach rates ("par jour"), the period the sentence gives ("entre 2009 et 2014",
   "En 2014, …", "depuis 2006"), the exact span and a bounded window of its sentence.

The words of each language come from the lexicons (`pressroom.parsing.lexicon`); when the
caller gives no language, lingua tells it. A figure repeated in the title and the body is
reported once, from the body.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from pressroom.model import RejectedFigure, Statistic
from pressroom.parsing.figures.candidate import Candidate, Scene
from pressroom.parsing.figures.masks import find_masks
from pressroom.parsing.figures.numbers import (
    NumberMention,
    find_number_mentions,
    page_decimal_mark,
)
from pressroom.parsing.figures.periods import (
    Period,
    find_periods,
    in_later_relative_clause,
    period_for,
)
from pressroom.parsing.figures.plurals import head_word, plural_phrase
from pressroom.parsing.figures.qualifiers import (
    qualifier_after,
    qualifier_before,
    range_link,
    range_opener,
)
from pressroom.parsing.figures.subjects import (
    Subject,
    compared_at,
    list_heading,
    month_follows,
    names_a_relative_period,
    opens_on_verb,
    receives_amount,
    share_of_whole,
    singular_funding,
    spent_on,
    subject_after,
    subject_before,
    subject_counted_after,
    subject_in_brackets,
    subject_of_allotment,
    subject_of_amount,
    subject_of_amount_verb,
    subject_of_change,
    subject_of_change_clause,
    subject_of_clause,
    subject_of_comparative,
    subject_of_comparison,
    subject_of_copula,
    subject_of_ellipsis,
    subject_of_funded_share,
    subject_of_funding,
    subject_of_group,
    subject_of_label,
    subject_of_label_line,
    subject_of_listed_place,
    subject_of_opening_group,
    subject_of_others,
    subject_of_outcome,
    subject_of_passive,
    subject_of_purpose,
    subject_of_receipt,
    subject_of_share_verb,
    subject_of_surveyed,
    subject_of_value,
    verb_after_share,
)
from pressroom.parsing.figures.traps import Trap, first_trap
from pressroom.parsing.figures.units import (
    currency_before,
    letters_after,
    letters_before,
    measure_unit_at,
    rate_after,
    rate_unit,
    time_unit_at,
    unit_after,
)
from pressroom.parsing.language import detect_language
from pressroom.parsing.lexicon import LANGUAGES, union
from pressroom.parsing.text import alternation, clause_words_before, fold, sentence_spans


@dataclass(slots=True)
class StatisticsScan:
    """What `scan_statistics` found: the statistics, and the numbers it turned down."""

    statistics: list[Statistic] = field(default_factory=list)
    rejected: list[RejectedFigure] = field(default_factory=list)


def extract_statistics(
    paragraphs: Sequence[str], language: str | None, title: str | None
) -> list[Statistic]:
    """Every figure the release asserts, in reading order (title-only figures first)."""
    return scan_statistics(paragraphs, language, title).statistics


def scan_statistics(
    paragraphs: Sequence[str], language: str | None, title: str | None = None,
    country: str | None = None,
) -> StatisticsScan:
    """Like `extract_statistics`, also returning the rejected numbers with their reasons
    (`country`: the page's, whose currency may be written with letters, "Le 850")."""
    lang = language if language in LANGUAGES else detect_language(
        "\n".join([title or "", *paragraphs]))
    decimal = page_decimal_mark([title or "", *paragraphs], lang)
    body = StatisticsScan()
    for index, text in enumerate(paragraphs):
        carried = [s.subject for s in body.statistics if s.paragraph == index - 1 and s.subject]
        _read_paragraph(text, index, lang, body, paragraphs[index - 1] if index else "",
                        decimal, country, carried, list_heading(paragraphs, index))
    head = StatisticsScan()
    if title:
        _read_paragraph(title, -1, lang, head, decimal=decimal, country=country)
    in_body = {(s.value, s.unit, s.value_max) for s in body.statistics}
    title_only = [s for s in head.statistics if (s.value, s.unit, s.value_max) not in in_body]
    _fill_from_title(head.statistics, body.statistics)
    return StatisticsScan(_drop_repeats([*title_only, *body.statistics]),
                          [*head.rejected, *body.rejected])


def _until_figure(period: Period, accepted: list[Candidate], sentence: tuple[int, int]
                  ) -> Candidate | None:
    """The one figure a period with an end only bounds ("precisa de 7,3 milhões … até junho
    de 2026", "seeking $400 million through December 2025"): the nearest figure before it in
    its sentence, else the first after it ("Até fevereiro de 2026, o PMA precisa de 96
    milhões"). The figures of the sentence's other clauses are not bounded by it."""
    before = [a for a in accepted if sentence[0] <= a.start and a.end <= period.start]
    if before:
        return before[-1]
    return next((a for a in accepted if period.end <= a.start < sentence[1]), None)


def _fill_from_title(title: list[Statistic], body: list[Statistic]) -> None:
    """A headline figure restated in the body is one statistic: the first body mention takes
    the subject and the period only the headline gives ("38 % des étudiants sautent des repas"
    / "38 % d'entre eux ont sauté…")."""
    heads = {(s.value, s.unit, s.value_max): s for s in reversed(title)}
    for s in body:
        t = heads.pop((s.value, s.unit, s.value_max), None)
        if t is None:
            continue
        if s.subject is None:
            s.subject = t.subject
        if s.period_start is None and s.period_end is None:
            s.period_start, s.period_end = t.period_start, t.period_end


# --- candidates ----------------------------------------------------------------------------

@cache
def _ratio_link_re(language: str | None, one: bool = False) -> re.Pattern[str]:
    """"un migrant sur trois", "one in five", "près d'une épouse-enfant sur six": the link
    may follow up to two words (hyphenated ones too). An adjacent link ("in") follows words
    only after "one" (`one`): "One child in three", not "23 organizations in 30 districts"."""
    links = alternation(union("ratio_links", language))
    adjacent = alternation(union("ratio_links_adjacent", language))
    word = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
    if one and adjacent != "(?!)":
        links = f"{links}|{adjacent}"
    return re.compile(rf"\s+(?:(?:{word}\s+){{0,2}}?(?:{links})|{adjacent})\s+", re.IGNORECASE)


@cache
def _ratio_tail_re(language: str | None) -> re.Pattern[str]:
    """The link ending the words between a ratio's numbers: " out of " of "one child out of"."""
    links = alternation([*union("ratio_links", language), *union("ratio_links_adjacent", language)])
    return re.compile(rf"\s+(?:{links})\s+$", re.IGNORECASE)


#: The longest noun phrase between a ratio's "one" and its link when an age stands in it
#: ("un enfant de moins de cinq ans sur quatre"), in characters and in words.
_AGED_RATIO_REACH = 60
_AGED_RATIO_WORDS = 8


def _aged_ratio(text: str, m: NumberMention, age: NumberMention, n: NumberMention,
                language: str | None) -> Candidate | None:
    """"près d'un enfant de moins de cinq ans sur quatre" -> 1/4: the ratio's noun holds an
    age ("cinq ans", "de 15 à 49 ans": `age` is its last number) between the ratio's two
    numbers; the words after the age end on a ratio link."""
    if not (_is_article(m) and time_unit_at(text, age.end, language)
            and 1 < n.value <= 100 and n.form != "fraction"):
        return None
    between = text[m.end:n.start]
    if (len(between) > _AGED_RATIO_REACH or any(c in between for c in ".;:!?,")
            or len(between.split()) > _AGED_RATIO_WORDS
            or not _ratio_tail_re(language).search(between)):
        return None
    if time_unit_at(text, n.end) or measure_unit_at(text, n.end, language):
        return None
    return Candidate(m, n, round(m.value / n.value, 4), m.start, n.end, unit="fraction",
                     kind="ratio")


def _is_article(m: NumberMention) -> bool:
    """"un", "une", "one", "uno", "zéro": a word that reads as 0 or 1 is an article or an
    idiom far more often than a figure."""
    return m.form == "words" and m.tokens == 1 and m.value in (0.0, 1.0)


def _ratio(text: str, m: NumberMention, n: NumberMention, language: str | None
           ) -> Candidate | None:
    """"un migrant sur trois", "one in five", "uno de cada cinco" -> a fraction."""
    if not (1 <= m.value < n.value <= 100) or n.form == "fraction" or m.form == "fraction":
        return None
    if n.start - m.end > 40 or not _ratio_link_re(language, m.value == 1).fullmatch(
            text, m.end, n.start):
        return None
    if time_unit_at(text, n.end) or measure_unit_at(text, n.end, language):
        return None
    return Candidate(m, n, round(m.value / n.value, 4), m.start, n.end, unit="fraction",
                     kind="ratio")


def _range(scene: Scene, m: NumberMention, n: NumberMention, left_end: int,
           unit: tuple[str, int] | None, bounds: tuple[int, int]) -> Candidate | None:
    """"entre 150 et 180", "150 à 180 personnes", "2,5 à 3 millions", "10 % à 15 %".
    `bounds`: where the two numbers start (`_starts_with_currency`)."""
    text = scene.text
    lower_start, upper_start = bounds
    opener = range_opener(text, lower_start, scene.language)
    if m.form == "fraction" or not range_link(text, left_end, upper_start, opener is not None,
                                              scene.language):
        return None
    if unit is None and _year_then_amount(scene, m, n, lower_start):
        return None
    unit_n = unit_after(text, n.end)
    if unit and (unit_n is None or unit_n[0] != unit[0]):
        return None  # "rose by 20% to 150,000" is a share, then a count
    low = m.value
    if n.scaled and not m.scaled and low * n.scale <= n.value:
        low *= n.scale  # "2,5 à 3 millions": the scale word serves both numbers
    if not low < n.value:
        return None
    end = unit_n[1] if unit_n else n.end
    c = Candidate(m, n, low, lower_start if opener is None else opener, end,
                  value_max=n.value, qualifier="range", kind="range")
    signed = currency_before(text, m.start) if lower_start != m.start else None
    c.unit = (unit_n or unit or signed or ("count", 0))[0]
    return c


def _starts_with_currency(text: str, m: NumberMention, n: NumberMention) -> tuple[int, int]:
    """Where a range's bounds start: at their currency sign when both have the same one
    ("between €55 million and €70 million"), else at their numbers."""
    upper = currency_before(text, n.start)
    lower = currency_before(text, m.start)
    if upper and lower and upper[0] == lower[0]:
        return lower[1], upper[1]
    return m.start, n.start


def _single(scene: Scene, m: NumberMention, unit: tuple[str, int] | None) -> Candidate:
    c = Candidate(m, m, m.value, m.start, unit[1] if unit else m.end)
    c.unit = unit[0] if unit else ("fraction" if m.form == "fraction" else "count")
    return c


def _year_then_amount(scene: Scene, m: NumberMention, n: NumberMention, start: int) -> bool:
    """"de 41 millones en 2022 a 15,9 millones", "from 1,800 in 2020 to 2,500": a year (after
    a year cue, or too large for the scale of the number after it to serve it) before a link
    and a number that is no year is a date, not the low end of a range."""
    if not (m.plain and m.end - m.start == 4 and 1800 <= m.value <= 2100) or (
            n.plain and n.end - n.start == 4 and 1800 <= n.value <= 2100):
        return False
    if n.scaled and m.value * n.scale > n.value:
        return True
    before = clause_words_before(scene.text, start, 1)
    return bool(before) and before[0] in _year_cues(scene.language)


@cache
def _year_cues(language: str | None) -> frozenset[str]:
    return frozenset(w.lower() for w in union("year_cues", language))


def _is_change(scene: Scene, bounds: tuple[int, int], left_end: int) -> bool:
    """"pasó de 9 a 24,6 millones", "rose from 20% to 35%", "passé de 4 à 5": two amounts, the
    level before and after a change, not a range. `bounds`: where they start."""
    lower_start, upper_start = bounds
    if not range_link(scene.text, left_end, upper_start, True, scene.language) and not (
            upper_start - left_end <= _LINK_REACH
            and _change_link_re(scene.language).fullmatch(scene.text, left_end, upper_start)):
        return False  # the cheap test first: most numbers are far apart
    before = clause_words_before(scene.text, lower_start, 2)
    return (len(before) == 2 and before[1] in _change_openers(scene.language)
            and before[0] in union("change_verbs", scene.language))


@cache
def _change_link_re(language: str | None) -> re.Pattern[str]:
    """" para " of "passou de 2,2 mil para 3,5 mil": a link only a change verb makes."""
    return re.compile(rf"\s*(?:{alternation(union('change_to_links', language))})\s*",
                      re.IGNORECASE)


@cache
def _change_openers(language: str | None) -> frozenset[str]:
    """The words between a change verb and the level it starts from: "de", "from"."""
    return union("partitives", language) | frozenset(union("range_openers", language))


def _share_scale_and_unit(c: Candidate, scene: Scene, m: NumberMention,
                          n: NumberMention) -> None:
    """"de 9 a 24,6 millones de francos": the scale word and the unit serve both amounts."""
    if n.scaled and not m.scaled and m.value * n.scale <= n.value:
        c.value = m.value * n.scale
    unit_n = unit_after(scene.text, n.end)
    if c.unit == "count" and unit_n:
        c.unit = unit_n[0]
    rate = rate_after(scene.text, n.end) if c.unit == "count" else None
    if rate is not None:  # "passou de 2,2 mil para 3,5 mil refeições diárias"
        c.unit = rate[0]


#: How far apart (end of the first, start of the second) two numbers may stand and still be a
#: range or a change: `range_link`'s 12 characters, and 8 for a currency sign before the second.
_LINK_REACH = 20


def _candidates(mentions: list[NumberMention], scene: Scene) -> Iterator[Candidate]:
    """Group the numbers of a paragraph into candidate figures with units and qualifiers."""
    text = scene.text
    consumed = 0
    named: Subject | None = None  # what the figure before counted (years aside)
    outcome: tuple[int, frozenset[str]] | None = None  # the last outcome: its end, its links
    i = 0
    while i < len(mentions):
        m = mentions[i]
        n = mentions[i + 1] if i + 1 < len(mentions) else None
        i += 1
        if m.start < consumed:
            continue  # "cent" of "pour cent", already read as a unit
        c = _ratio(text, m, n, scene.language) if n else None
        for skip in (1, 2):  # an age ("cinq ans") or an age band ("15 à 49 ans") inside
            if c is not None or n is None or i + skip >= len(mentions):
                break
            c = _aged_ratio(text, m, mentions[i + skip - 1], mentions[i + skip], scene.language)
            i += skip if c is not None else 0  # the ages are no figures of their own
        if c is None and _is_article(m):
            continue
        if c is None:
            unit = unit_after(text, m.end) if m.form != "fraction" else None
            left_end = unit[1] if unit else m.end
            bounds = _starts_with_currency(text, m, n) \
                if n is not None and n.start - left_end <= _LINK_REACH else None
            change = bounds is not None and _is_change(scene, bounds, left_end)
            c = _range(scene, m, n, left_end, unit, bounds) \
                if n is not None and bounds is not None and not change else None
            if c is None:
                c = _single(scene, m, unit)
            if change and n is not None:
                _share_scale_and_unit(c, scene, m, n)
                c.change_to = n.start
        if c.kind != "single":
            i += 1
        _read_around(c, scene)
        read = _read_outcome(c, scene, outcome)
        outcome = read or outcome
        if not _looks_like_year(c) and not month_follows(text, c.end):  # nor a day
            if read is None:
                _read_elided_noun(c, named, scene)
            if not _names_a_time(c.subject, scene.language):
                named = None if _verb_led(c, scene.language) or names_a_relative_period(
                    c.subject, scene.language) else c.subject
        consumed = c.end
        yield c


def _names_a_time(subject: Subject | None, language: str | None) -> bool:
    """An age or a duration ("18 anos") names no noun a figure after it leaves out: "19
    transplantes … em doentes com menos de 18 anos e 7 em regime de urgência" -> the 7 are
    "transplantes"."""
    return subject is not None and head_word(subject.text, language).lower() in union(
        "time_units", language)


def _verb_led(c: Candidate, language: str | None) -> bool:
    """The phrase read after a count opens on a verb ("62 recorded above-normal"): no noun
    for the figures after it to leave out."""
    return c.subject is not None and c.unit == "count" and c.value > 1 \
        and opens_on_verb(c.subject, language)


def _looks_like_year(c: Candidate) -> bool:
    """"en 2014 et 2015": a figure that may be a year inherits no noun (the traps decide)."""
    return c.unit == "count" and c.first.plain and 1800 <= c.value <= 2100


@cache
def _coordinated_re(language: str | None) -> re.Pattern[str]:
    """What lies between two coordinated figures of one clause: anything but a clause's end,
    then a comma or "et"/"and" (not "dont": "dont 160 sur…" is a part, not another outcome)."""
    links = alternation(union("coordinations", language))
    return re.compile(rf"[^.;:!?]*(?:,|\s(?:{links}))\s*", re.IGNORECASE)


def _read_outcome(c: Candidate, scene: Scene, before: tuple[int, frozenset[str]] | None
                  ) -> tuple[int, frozenset[str]] | None:
    """"210 ont abouti à une décision…, 483 à l'octroi de l'asile": a bare count followed by
    an outcome verb counts its object; one after such a figure in the same sentence, `before`,
    may be written with the verb's link alone. The figure's end and the verb's links when the
    rule gave the subject."""
    if c.unit != "count" or c.kind != "single":
        return None
    links: frozenset[str] = frozenset()
    if before is not None and before[0] <= c.start \
            and _coordinated_re(scene.language).fullmatch(scene.text, before[0], c.start):
        links = before[1]
    limit = scene.masks.next_start(c.end, len(scene.text))
    found = subject_of_outcome(scene.text, c.end, scene.language, many=c.value > 1,
                               own=c.subject, links=links, limit=limit)
    if found is None:
        return None
    c.subject = found[0]
    return c.subject.end, found[1]


def _read_elided_noun(c: Candidate, named: Subject | None, scene: Scene) -> None:
    """"21 blessés, dont 5 graves": the noun `named` by the figure before, left out here.
    Read before the traps, so that "dont 5 ont été évacués" is no bare small number."""
    if named is None or c.kind == "ratio":
        return
    elided = subject_of_ellipsis(scene.text, (c.start, c.end), c.subject, named, scene.language,
                                 share=c.unit == "percent")
    c.subject = elided or c.subject


def _read_around(c: Candidate, scene: Scene) -> None:
    """Currency before, qualifier before and after, and the counted noun phrase."""
    text = scene.text
    if c.unit in ("count", "percent") and c.kind != "ratio":
        currency = currency_before(text, c.start)
        if currency is None and c.unit == "count" and scene.country:
            currency = letters_before(text, c.start, scene.country)
        if currency and c.unit == "count":
            c.unit, c.start = currency[0], currency[1]
        elif c.unit == "count" and scene.country and (
                after := letters_after(text, c.end, scene.country)):
            c.unit, c.end = after
    if c.qualifier == "exact":
        q = qualifier_before(text, c.start, scene.language)
        if q:
            c.qualifier, c.start = q
    after = qualifier_after(text, c.end, scene.language)
    if after and c.qualifier == "exact":
        c.qualifier, c.end = after
    if c.qualifier == "exact" and c.first.approximate:
        c.qualifier = "about"  # "une centaine de", "a dozen"
    limit = scene.masks.next_start(c.end, len(text))
    if c.kind == "ratio":
        link = _ratio_tail_re(scene.language).search(text, c.first.end, c.last.start)
        between = subject_after(text, c.first.end, scene.language, partitive=False,
                                limit=link.start() if link else c.last.start)
        if between:  # "une personne sur cinq" counts people: "personnes"
            c.subject = Subject(plural_phrase(between.text, scene.language), between.start,
                                between.end)
            return
    partitive = c.unit != "count" and c.kind != "ratio"
    c.subject = subject_after(text, c.end, scene.language, partitive=partitive, limit=limit,
                              article_opens=c.unit == "fraction")
    if c.unit == "percent":  # "70 % de migrants de plus", "a 30% increase in cases"
        c.subject = (subject_of_comparative(text, c.end, scene.language, limit) or c.subject
                     or subject_of_change(text, c.end, scene.language, limit))
    if c.subject is None:
        c.subject = subject_of_label(text, (c.start, c.end), scene.language, scene.heading)
    if c.subject and c.qualifier == "exact":
        after = qualifier_after(text, c.subject.end, scene.language)
        if after:
            c.qualifier, c.tail_end = after


# --- from candidates to statistics ---------------------------------------------------------

_CLAUSE_END_RE = re.compile(r"[,;:.!?()«»\"“”\[\]]")


@cache
def _trailing_link_re() -> re.Pattern[str]:
    links = alternation([*union("coordinations"), *union("range_to_links"),
                         *union("disjunctions")])
    return re.compile(rf"\s+(?:{links})\s*$|\s+$", re.IGNORECASE)


#: How far into a paragraph a figure after a group opener may refer to the paragraph before
#: ("De ellos, 412", "Près de deux tiers d'entre eux").
_PARAGRAPH_OPENING = 40


def _read_paragraph(text: str, index: int, language: str | None, out: StatisticsScan,
                    before: str = "", decimal: str | None = None,
                    country: str | None = None, carried: Sequence[str] = (),
                    heading: str = "") -> None:
    """Read the figures of one paragraph into `out`. `carried`: the nouns the figures of the
    paragraph before name, which a group opener in this one's first sentence may refer to
    ("… 3.200 ciudadanos afectados.⏎⏎De ellos, 412 …"); `heading`: the heading of the list
    of labelled items the paragraph continues ("Deaths by province:")."""
    mentions = find_number_mentions(text, language, decimal)
    if not mentions:
        return  # no number: the masks need not be found
    scene = Scene(text, language, find_masks(text), before, country, heading)
    accepted: list[Candidate] = []
    rejected: list[tuple[Candidate, Trap]] = []
    for c in _candidates(mentions, scene):
        trap = first_trap(c, scene)
        if trap is None:
            accepted.append(c)
        else:
            rejected.append((c, trap))
    if not (accepted or rejected):
        return
    sentences = sentence_spans(text)
    sentence_starts = [s[0] for s in sentences]
    for c, trap in rejected:
        sentence = _bounded(_sentence_of(sentences, sentence_starts, c.first.start, len(text)),
                            c.start, c.end)
        _reject(c, trap, scene, index, text[slice(*sentence)], out.rejected)
    periods: dict[tuple[int, int], list[Period]] = {}
    currencies: dict[tuple[int, int], str] = {}
    money: tuple[int, str] | None = None  # the last amount of money: its sentence's rank, unit
    starts = [c.start for c in accepted]
    previous: tuple[int, Subject | None] | None = None  # the figure before: end, subject
    named: list[Subject] = []  # the nouns the figures before name, for "d'entre eux"
    groups: list[Subject] = []  # those of the figures that are no money, for a bare share
    found: list[tuple[Candidate, int]] = []  # each figure read, and its statistic's index
    for k, c in enumerate(accepted):
        sentence = _bounded(_sentence_of(sentences, sentence_starts, c.first.start, len(text)),
                            c.start, c.end)
        rank = bisect.bisect_right(sentence_starts, sentence[0]) - 1
        first_of_sentence = k == 0 or accepted[k - 1].start < sentence[0]
        _carry_currency(c, scene, currencies.get(sentence) or (
            money[1] if first_of_sentence and money is not None and money[0] == rank - 1
            else None))  # the sentence's first figure may carry the money of the one before
        if c.unit.startswith("currency:"):
            currencies[sentence] = c.unit
            money = (rank, c.unit)
        if sentence not in periods:
            periods[sentence] = find_periods(text, *sentence)
        span_end = max(c.end, c.subject.end if c.subject else 0)
        period = period_for(periods[sentence], c.start, span_end)
        if period is not None and in_later_relative_clause(text, span_end, period,
                                                           scene.language):
            period = period_for([p for p in periods[sentence] if p.end <= c.start],
                                c.start, span_end)
        if period is not None and period.first is None and _until_figure(
                period, accepted, sentence) is not c:  # "… até 2027 na dragagem … 2.100 empregos"
            period = period_for([p for p in periods[sentence] if p is not period],
                                c.start, span_end)
        next_start = starts[k + 1] if k + 1 < len(starts) else len(text)
        if next_start < sentence[1] and compared_at(text, accepted[k + 1].start,
                                                    scene.language):
            # "78% of births, up from 54% in 2021", "87 incidents, up from 64 the year
            # before": a period past the next, compared figure is that one's; the figure
            # keeps the nearest of the others ("In 2024 … 87 incidents")
            period = period_for([p for p in periods[sentence] if p.start <= next_start],
                                c.start, span_end)
        if period is not None and period.end <= c.start and compared_at(
                text, c.start, scene.language):  # "19 in 2025, compared with 31 … in 2024"
            period = min((p for p in periods[sentence] if c.end <= p.start < next_start
                          and not p.relative), key=lambda p: p.start, default=period)
        end = _span_end(c, scene, min(next_start, sentence[1]))
        if _verb_led(c, scene.language) or names_a_relative_period(c.subject, scene.language):
            c.subject = None  # "Of these, 337 158 achieved admission": a verb, no noun;
            # "up from 1,615 last year": a time, the noun is the one compared with
        share = subject_of_share_verb(text, c.start, scene.language, sentence[0]) \
            if c.unit in ("percent", "fraction") else None
        subject = share or c.subject or _subject_elsewhere(c, scene, end, sentence[0])
        if subject is not None and subject is c.subject and c.unit in ("percent", "fraction"):
            subject = share_of_whole(text, c.end, subject, scene.language)  # "of the total"
        if named and named[-1].end > sentence[0]:  # "112 boreholes and 47 others"
            subject = subject_of_others(text, (c.start, c.end), subject, named[-1],
                                        scene.language) or subject
        if subject is None and previous is not None and previous[1] is not None:
            subject = subject_of_comparison(text, (c.start, c.end), previous[0], previous[1],
                                            scene.language) or subject_of_listed_place(
                text, (c.start, c.end), previous[0], previous[1])
        if subject is None and named:
            subject = subject_of_group(text, (c.start, c.end), named, scene.language)
        if subject is None:
            subject = subject_of_opening_group(text, (c.start, c.end), scene.language)
        if subject is None and c.unit == "count" and previous is not None \
                and previous[1] is not None:  # "Parmi eux, 12 400 souffrent…, dont 3 150 …"
            subject = subject_of_ellipsis(text, (c.start, c.end), None, previous[1],
                                          scene.language)
        if subject is None:
            subject = subject_in_brackets(text, (c.start, c.end), previous, scene.language)
        if subject is None:
            subject = subject_of_copula(text, c.end, scene.language,
                                        scene.masks.next_start(c.end, len(text)))
        if subject is None and groups and c.unit in ("percent", "fraction") \
                and verb_after_share(text, c.end, scene.language):
            subject = subject_of_surveyed([g for g in groups if g.start >= sentence[0]],
                                          scene.language)  # "ouviu 2.300 famílias; 78%
            # tinham …": the group a figure before it in its sentence counted
        if subject is None and carried and not named and c.start <= _PARAGRAPH_OPENING:
            subject = subject_of_group(text, (c.start, c.end),
                                       [Subject(noun, 0, 0) for noun in carried],
                                       scene.language)  # "De ellos, 412 recibieron …"
        if subject is None and c.unit == "count":  # "Of the 31 people killed, 11 were …"
            subject = subject_of_opening_group(text, (c.start, c.end), scene.language,
                                               counted=True)
        previous = (end, subject)
        if subject is not None and subject.end > subject.start:
            named.append(subject)
            if not c.unit.startswith("currency:"):
                groups.append(subject)
        found.append((c, len(out.statistics)))
        out.statistics.append(Statistic(
            value=c.value, unit=rate_unit(c, text), qualifier=c.qualifier,
            value_max=c.value_max, subject=subject.text if subject else None,
            period_start=period.first if period else None,
            period_end=period.last if period else None,
            text=text[c.start:end], sentence=text[sentence[0]:sentence[1]], paragraph=index,
            start=c.start, end=end,
        ))
    _share_change_nouns(found, out.statistics)
    _share_dated_change_nouns(found, out.statistics, scene)


def _share_change_nouns(found: list[tuple[Candidate, int]], stats: list[Statistic]) -> None:
    """The two levels of a change count one noun: "pasó de 6.214 a 3.852 pacientes" (the
    first takes the second's), "passou de 2,2 mil para 3,5 mil refeições diárias"; a level
    with no noun takes the other's. `found`: the paragraph's figures, with their
    statistics' indexes."""
    for (lower, k), (upper, j) in itertools.pairwise(found):
        if lower.change_to != upper.first.start:
            continue
        one, other = stats[k], stats[j]
        if one.subject is None or (_noun_after(upper) and _noun_before(lower)
                                   and lower.unit == "count"):
            one.subject = other.subject  # "Con el nuevo plan se pasó de 5.120 a 7.300
            # beneficiarios": the noun after the second level counts both
        elif other.subject is None:
            other.subject = one.subject


def _noun_after(c: Candidate) -> bool:
    """The figure's own noun is written after it ("7.300 beneficiarios")."""
    return c.subject is not None and c.subject.start >= c.end and c.subject.end > c.subject.start


def _noun_before(c: Candidate) -> bool:
    """The figure's noun was read before it, or left out (none written after it)."""
    return c.subject is None or c.subject.end <= c.start


@cache
def _dated_change_link_re(language: str | None) -> re.Pattern[str]:
    """" em 2022 para " of "caiu de 5,9% em 2022 para 4,4%": a year between a change's two
    levels, then the link to the second (maybe with its article, "al", "à la")."""
    cues = alternation(union("year_cues", language))
    links = alternation([*union("range_to_links", language),
                         *union("change_to_links", language)])
    articles = alternation(union("articles", language))
    return re.compile(rf"\s+(?:{cues})\s+(?:1[89]|20)\d\d\s*,?\s+(?:{links})"
                      rf"(?:\s+(?:{articles}))?\s*", re.IGNORECASE)


def _share_dated_change_nouns(found: list[tuple[Candidate, int]], stats: list[Statistic],
                              scene: Scene) -> None:
    """"a taxa … caiu de 5,9% em 2022 para 4,4% em 2024", "fell from 5.9% in 2022 to 4.4%":
    the second level of a change whose first carries its year counts the first's noun when
    it names none. `found`: the paragraph's figures, with their statistics' indexes."""
    for (lower, k), (upper, j) in itertools.pairwise(found):
        one, other = stats[k], stats[j]
        if one.subject is None or other.subject is not None or one.unit != other.unit \
                or one.sentence != other.sentence:
            continue
        if not _dated_change_link_re(scene.language).fullmatch(scene.text, lower.end,
                                                                upper.first.start):
            continue
        before = clause_words_before(scene.text, lower.start, 2)
        if len(before) == 2 and before[1] in _change_openers(scene.language) \
                and before[0] in union("change_verbs", scene.language):
            other.subject = one.subject


def _carry_currency(c: Candidate, scene: Scene, currency: str | None) -> None:
    """"7,8 millions de dollars…, dont 5 millions": a bare scaled amount after an amount of
    money in the same sentence or the one before ("un plan de 18.500 millones de francos
    CFA … . La primera, de 6.200 millones, …") is in that currency, unless a noun written
    with it says what it counts (one read from a figure before it, "27,5 millions de dollars
    pour … 240 organisations, et 13,5 millions pour …", does not)."""
    if currency is None or c.unit != "count" or not c.last.scaled or c.kind == "ratio":
        return
    if c.subject is not None:
        first = c.subject.text.split()[0].lower()
        if c.subject.start < c.subject.end and not first.endswith(
                union("participle_endings", scene.language)) and first not in union(
                "need_adjectives", scene.language):
            return  # "5 millions de personnes"; but "5 millions financés par Gavi" is money,
            # and so are "les 160 millions nécessaires"
        c.subject = None
    c.unit = currency


def _subject_elsewhere(c: Candidate, scene: Scene, end: int,
                       sentence_start: int) -> Subject | None:
    """The counted noun phrase when none follows the figure: a count noun after it ("à 10 000
    le nombre de personnes"), the subject of a level verb ("la letalidad se sitúa en 0,16 %")
    or of a change verb ("la couverture, qui est passée de 81 % à 65 %"), the label on the line
    above a figure alone on its line, the phrase written before it ("un taux de létalité de
    7,9 %"), what an amount pays for
    ("28,5 millones de euros en ayuda humanitaria"), what was done with it ("$128 million was
    allocated to …"), or the funding noun before an amount ("son budget, qui est passé à 8
    millions")."""
    if c.kind == "ratio":
        return None
    found = _subject_read_elsewhere(c, scene, end, sentence_start)
    if not c.unit.startswith("currency:"):
        return found
    limit = scene.masks.next_start(end, len(scene.text))
    spent = subject_of_amount_verb(scene.text, c.start, end, scene.language, limit)
    return spent_on(scene.text, spent, found, scene.language)


def _subject_read_elsewhere(c: Candidate, scene: Scene, end: int,
                            sentence_start: int) -> Subject | None:
    """`_subject_elsewhere` but for the noun an amount verb makes (`spent_on` adds it)."""
    limit = scene.masks.next_start(end, len(scene.text))
    found = (subject_counted_after(scene.text, end, scene.language, limit)
             or subject_of_clause(scene.text, c.start, scene.language)
             # "a taxa ronda os 72%", "ultrapassa os 90%": a level verb read as the qualifier
             or (c.first.start > c.start
                 and subject_of_clause(scene.text, c.first.start, scene.language))
             or subject_of_change_clause(scene.text, c.start, scene.language)
             or subject_of_value(scene.text, c.first.start, scene.language)
             or subject_of_funded_share(scene.text, c.first.start, scene.language, sentence_start))
    if found:
        return found
    label = subject_of_label_line(scene.text, (c.start, end), scene.language, scene.before)
    if label:
        return label  # read after the traps: "Partager⏎12" stays a bare number
    before = subject_before(scene.text, c.start, scene.language)
    if not c.unit.startswith("currency:"):
        return before
    if before:  # "will receive allocations of $10 million": one allocation
        received = receives_amount(scene.text, c.start, scene.language, sentence_start)
        return singular_funding(before, scene.language) if received else before
    return (subject_of_purpose(scene.text, end, scene.language, limit)
            or subject_of_allotment(scene.text, (c.start, end), scene.language, sentence_start,
                                    limit)
            or subject_of_passive(scene.text, end, scene.language, limit)
            or subject_of_amount(scene.text, end, scene.language, limit)
            or subject_of_receipt(scene.text, c.start, scene.language, sentence_start)
            or subject_of_funding(scene.text, c.start, scene.language, sentence_start))


def _reject(c: Candidate, trap: Trap, scene: Scene, index: int, sentence: str,
            out: list[RejectedFigure]) -> None:
    """Record a turned-down candidate; the numbers of one masked span (the five groups of
    "01 8000 52 20 20") are one rejection of the whole span."""
    start, end = c.start, max(c.end, c.subject.end if c.subject else 0)
    reason = trap.reason
    if trap.rule == "masked":
        masks = scene.masks.overlapping(start, end)
        start, end = min(start, *(m.start for m in masks)), max(end, *(m.end for m in masks))
        if scene.text[start] == "(" and scene.text[end - 1] == ")":
            start, end = start + 1, end - 1  # "(01 8000 52 20 20)": the brackets are prose
        reason = f"{reason.rstrip('.')}: here {_MASK_KINDS[masks[0].kind]}."
        last = out[-1] if out else None
        if last and (last.paragraph, last.rule) == (index, trap.rule) and last.end >= end \
                and last.start <= start:
            return
    out.append(RejectedFigure(scene.text[start:end], trap.rule, reason, index, start, end,
                              sentence))


_MASK_KINDS = {"phone": "a phone number", "date": "a numeric date", "time": "a clock time"}


#: A figure's stored sentence is at most this long: a paragraph of 100,000 short lines with no
#: sentence punctuation must not make every figure carry (and copy) the whole paragraph.
MAX_SENTENCE_CHARS = 1000


def _bounded(sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The sentence, or a window of it around [start, end) when it is too long."""
    first, last = sentence
    if last - first <= MAX_SENTENCE_CHARS:
        return sentence
    margin = max(0, MAX_SENTENCE_CHARS - (end - start)) // 2
    first = max(first, start - margin)
    return first, min(last, first + MAX_SENTENCE_CHARS)


def _sentence_of(sentences: list[tuple[int, int]], starts: list[int], pos: int,
                 length: int) -> tuple[int, int]:
    """The sentence holding `pos` (the whole paragraph if none does)."""
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
        return sentences[i]
    return (0, length)


def _span_end(c: Candidate, scene: Scene, limit: int) -> int:
    """End of the figure's text: its noun phrase; for a share whose noun is left implicit,
    the rest of its clause ("61% étaient âgées de 13 à 24 ans")."""
    end = max(c.subject.end if c.subject else c.end, c.tail_end)
    rate = rate_after(scene.text, end)
    if rate and c.unit == "count" and rate_unit(c, scene.text) != "count":
        end = rate[1]
    if c.subject is None and c.unit in ("percent", "fraction"):
        stop = _CLAUSE_END_RE.search(scene.text, end, max(end, limit))
        clause_end = stop.start() if stop else max(end, limit)
        mask = min(scene.masks.next_start(end, clause_end), clause_end)
        tail = scene.text[end:mask]
        end += len(_trailing_link_re().sub("", tail)) if tail.strip() else 0
    return end


#: Equal figures remembered per value to find restatements: bounds the work on a page that
#: repeats one figure thousands of times.
_REPEAT_CANDIDATES = 8


def _drop_repeats(stats: list[Statistic]) -> list[Statistic]:
    """One statistic per (value, unit, range) and counted noun across paragraphs: a lead that
    restates a headline figure is not a second figure, whatever its wording ("10 million
    people" / "Some 10 million people"; "Two million displaced" / "over 2 million internally
    displaced people"), nor is a headline's "more than 600,000" whose noun stands on the next
    line, nor a number too specific to be another's (`_specific`). Inside one paragraph an
    equal figure is another fact ("Afghanistan (85 demandes), Turquie (85 demandes)"). The
    first one is kept, with the more specific qualifier; a subject or a period only the
    restatement gives ("… 53 retornados desde 2008") is carried over to it."""
    kept: dict[tuple[object, ...], list[Statistic]] = {}
    order: list[Statistic] = []
    for s in stats:
        words = _words(s)
        same = kept.setdefault((s.value, s.unit, s.value_max), [])
        first = next((k for k in same if k.paragraph != s.paragraph and (
            not words or k.subject is None or words & _words(k) or _specific(s)
            or _whole_of_a_part(s)) and _compatible(k.qualifier, s.qualifier)), None)
        if first is None:
            if len(same) < _REPEAT_CANDIDATES:
                same.append(s)
            order.append(s)
            continue
        if first.qualifier == "exact":
            first.qualifier = s.qualifier
        if s.subject is not None and (first.subject is None or _words(first) < words):
            first.subject = s.subject  # "displaced" -> "internally displaced people"
        if first.period_start is None and first.period_end is None and (
                s.period_start is not None or s.period_end is not None):
            first.period_start, first.period_end = s.period_start, s.period_end
    return order


#: A number written with this many significant digits names one fact in a release.
_SPECIFIC_DIGITS = 4


def _specific(s: Statistic) -> bool:
    """A count or an amount too specific to count two things of one release ("391 400"):
    restated in another paragraph with other words ("391 400 croisiéristes accueillis" in
    the standfirst, "391 400 passagers débarqués" in the body), it is the same figure. A
    share ("un tiers", 0.3333) is no such number."""
    if s.unit != "count" and not s.unit.startswith("currency:"):
        return False
    digits = f"{s.value:.6f}".replace(".", "").strip("0")
    return len(digits) >= _SPECIFIC_DIGITS


@cache
def _part_before_re() -> re.Pattern[str]:
    """A part's count and a partitive (maybe an article) ending right before a figure: "4 des
    ", "15 of the ", "tres de los ", "dois dos "."""
    partitives = alternation(union("partitive_after"))
    articles = alternation(union("articles"))
    return re.compile(rf"(?:^|\s)(?P<part>[\w.,]+)\s+(?:{partitives})"
                      rf"(?:\s+(?:{articles}))?\s+$", re.IGNORECASE)


def _whole_of_a_part(s: Statistic) -> bool:
    """The figure is the whole a part is counted of ("4 des 9 décès", "15 of the 23 deaths"):
    a release gives such a whole before, with the same or other words ("9 morts"), so an
    equal figure of another paragraph is the same one."""
    at = s.sentence.find(s.text)
    if at <= 0:
        return False
    m = _part_before_re().search(s.sentence[max(0, at - 40):at])
    return m is not None and bool(find_number_mentions(m["part"], None))


def _compatible(one: str, other: str) -> bool:
    """Two mentions of a figure may be one fact: same qualifier, or one of them has none."""
    return one == other or "exact" in (one, other)


def _words(s: Statistic) -> frozenset[str]:
    """The content words of a statistic's subject, folded and cut to a stem of five letters
    ("sinistrés" and "sinistrées" are one word), without "de", "of", "the"."""
    if not s.subject:
        return frozenset()
    glue = _glue_words()
    return frozenset(w[:5] for w in (fold(t).casefold() for t in s.subject.split())
                     if w not in glue)


@cache
def _glue_words() -> frozenset[str]:
    return frozenset(fold(w).casefold() for name in ("function_words", "partitives", "articles")
                     for w in union(name))
