"""The cheap tests the figure readers run before a costly pattern must never turn down a text
the pattern would match: each premise is checked here on generated text, against the
pattern itself (a pattern or lexicon edit that breaks one fails here, not silently)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressroom.parsing.figures import periods, subjects, units

SETTINGS = settings(max_examples=300, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Years, links, rate and period words, colons and commas in every place: what the patterns read.
PIECES = [
    "2009", "2014", "1998", "20145", "12", "3 900", "-", "–", "/", "et", "and", "y", "à", "to",
    "entre", "between", "desde", "since", "depuis", "en", "in", "year", "año", "année", "de",
    "juillet", "July", "de julio", "15", "Each year", "Cada año", "Every day", "par jour", ",",
    ".", ":", "：", ";", " ", "  ", "\n", "\t", "Personnes déplacées", "- People reached",
    "Le ministre a déclaré", "victimes", "people", "personas", "«", "(", ")",
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


def test_the_pretests_let_the_common_cases_through() -> None:
    """The cheap tests keep what the patterns read (and the guard checks whole pages)."""
    assert [(p.first, p.last) for p in periods.find_periods(
        "Entre 2009 et 2014, 500 personnes.", 0, 34)] == [(2009, 2014)]
    assert units.rate_opening("Cada año, alrededor de 1,6 millones", 23) == "count/year"
    label = subjects.subject_of_label("Personnes déplacées : 12 000", (22, 28), "fr")
    assert label is not None and label.text == "Personnes déplacées"
