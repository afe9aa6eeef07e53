"""The cheap tests the figure readers run before a costly pattern must never turn down a text
the pattern would match: each premise is checked here on generated text, against the
pattern itself (a pattern or lexicon edit that breaks one fails here, not silently)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressroom.parsing.figures import numbers, periods, qualifiers, subjects, units

SETTINGS = settings(max_examples=300, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Years, links, rate and period words, colons and commas in every place: what the patterns read.
PIECES = [
    "2009", "2014", "1998", "20145", "12", "3 900", "-", "–", "/", "et", "and", "y", "à", "to",
    "entre", "between", "desde", "since", "depuis", "en", "in", "year", "año", "année", "de",
    "juillet", "July", "de julio", "15", "Each year", "Cada año", "Every day", "par jour", ",",
    ".", ":", "：", ";", " ", "  ", "\n", "\t", "Personnes déplacées", "- People reached",
    "Le ministre a déclaré", "victimes", "people", "personas", "«", "(", ")",
    # qualifiers, estimation openers and fractions, in all cases and with odd case letters
    "plus de", "PLUS D’", "plus d'", "près de", "more than", "Over", "casi el", "al menos",
    "jusqu’à", "estime que", "Se estima que", "ESTIMATED THAT", "un tiers", "la moitié",
    "two-thirds", "Half", "la mitad", "um terço", "TIERS", "İ", "ı", "ſ", "tierſ", "mİtad",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).map(" ".join) | st.text(max_size=60)


@SETTINGS
@given(TEXTS)
def test_a_period_range_needs_two_standalone_years(text: str) -> None:
    range_re = periods._patterns()[0]
    if len(periods._YEAR_RE.findall(text)) < 2:
        assert range_re.search(text) is None
    # the reader itself: its periods are those the three patterns give
    found = periods.find_periods(text, 0, len(text))
    assert all(0 <= p.start < p.end <= len(text) for p in found)


@SETTINGS
@given(TEXTS, st.integers(min_value=0, max_value=80))
def test_an_opening_rate_needs_a_comma_before_the_figure(text: str, cut: int) -> None:
    start = min(cut, len(text))
    if text.find(",", max(0, start - 80), start) < 0:
        assert units._rate_opening_re().search(text, max(0, start - 80), start) is None
    assert units.rate_opening(text, start) in (None, "count/day", "count/year")


@SETTINGS
@given(TEXTS, st.integers(min_value=0, max_value=80))
def test_a_label_needs_a_colon_right_before_the_figure(text: str, cut: int) -> None:
    start = min(cut, len(text))
    line_start = text.rfind("\n", 0, start) + 1
    if not re.search(r"[:：][ \t]*$", text[line_start:start]):
        assert subjects._LABEL_RE.fullmatch(text, line_start, start) is None
        assert subjects.subject_of_label(text, (start, start), "fr") is None


@SETTINGS
@given(TEXTS, st.integers(min_value=0, max_value=80), st.sampled_from(["fr", "en", "es", None]))
def test_a_qualifier_before_needs_its_last_word_at_the_figure(text: str, cut: int,
                                                              language: str | None) -> None:
    pos = min(cut, len(text))
    m = qualifiers._before_re(language).search(text, max(0, pos - qualifiers._REACH), pos)
    if m:
        expected = (m.lastgroup or "exact", m.start())
    else:
        expected = ("about", pos) if qualifiers._estimated(text, pos, language) else None
    assert qualifiers.qualifier_before(text, pos, language) == expected


@SETTINGS
@given(TEXTS, st.sampled_from(["fr", "en", "es", "pt"]))
def test_a_fraction_needs_one_of_its_words(text: str, language: str) -> None:
    if not numbers._may_hold_fraction(text, language):
        assert numbers._fraction_re(language).search(text) is None


def test_the_pretests_let_the_common_cases_through() -> None:
    """The cheap tests keep what the patterns read (and the guard checks whole pages)."""
    assert [(p.first, p.last) for p in periods.find_periods(
        "Entre 2009 et 2014, 500 personnes.", 0, 34)] == [(2009, 2014)]
    assert units.rate_opening("Cada año, alrededor de 1,6 millones", 23) == "count/year"
    label = subjects.subject_of_label("Personnes déplacées : 12 000", (22, 28), "fr")
    assert label is not None and label.text == "Personnes déplacées"
    assert qualifiers.qualifier_before("soit plus d’", 12, "fr") == ("more_than", 5)
    assert qualifiers.qualifier_before("On estime que 40", 14, "fr") == ("about", 14)
    assert numbers._may_hold_fraction("Un TIERS des votants", "fr")
