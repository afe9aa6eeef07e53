"""The cheap tests the figure readers run before a costly pattern must never turn down a text
the pattern would match: each premise is checked here on generated text, against the
pattern itself (a pattern or lexicon edit that breaks one fails here, not silently)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressroom.parsing.figures import numbers, periods, qualifiers, subjects, traps, units
from pressroom.parsing.lexicon import union
from pressroom.parsing.text import alternation, lexicon_key, literal_form

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
    # units, currencies and scales after and before a number; codes joined to a number
    "%", "pour cent", "por ciento", "USD", "EUR", "US$", "$", "€", "R$", "dollars", "euros",
    "francs suisses", "mdp", "M$", "Md€", "k€", "millions", "mil", "2016-1234", "24/7", "N°09_018",
    "par jour", "per year", "daily", "al año",
    # period points and month names before a year, in every case
    "En 2014", "EN", "début", "debut", "mid-", "juillet", "Juil.", "SEPTEMBER", "de", "15,",
    # change verbs and their links ("qui est passée de", "rose from", "PASÓ DE")
    "qui est passée de", "rose from", "PASÓ DE", "a augmenté de", "passe", "grew", "81 %",
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
@given(TEXTS)
def test_a_period_point_starts_on_one_of_its_first_characters(text: str) -> None:
    """The lookahead opening the point pattern changes none of its matches."""
    point_re = periods._patterns()[2]
    lookahead, rest = point_re.pattern.split("])", 1)
    assert lookahead.startswith("(?=[")
    without = re.compile(rest, re.IGNORECASE)
    assert [m.span() for m in point_re.finditer(text)] == [
        m.span() for m in without.finditer(text)]


@SETTINGS
@given(TEXTS, st.integers(min_value=0, max_value=80))
def test_an_opening_rate_needs_a_sentence_start_before_the_figure(text: str, cut: int) -> None:
    start = min(cut, len(text))
    window = max(0, start - 80)
    if window and not re.search(r"[.!?:;]", text[window:start]):
        assert units._rate_opening_re().search(text, window, start) is None
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


@SETTINGS
@given(TEXTS, st.integers(min_value=0, max_value=80))
def test_a_unit_after_needs_one_of_the_unit_patterns(text: str, cut: int) -> None:
    pos = min(cut, len(text))
    if units._unit_after_re().match(text, pos) is None:
        table = units.currencies()
        for pattern in (units._percent_re(), units._CODE_AFTER_RE, table.name_re,
                        table.symbol_re):
            assert pattern.match(text, pos) is None


@SETTINGS
@given(TEXTS, st.integers(min_value=0, max_value=80), st.sampled_from(["fr", "en", "es", None]))
def test_a_change_clause_needs_one_of_its_verbs(text: str, cut: int,
                                               language: str | None) -> None:
    start = min(cut, len(text))
    window = literal_form(text[max(0, start - 220):start])
    if window is not None and not any(map(window.__contains__,
                                          subjects._change_verb_words(language))):
        assert subjects._change_clause_re(language).search(
            text, max(0, start - 220), start) is None


@SETTINGS
@given(TEXTS, st.integers(min_value=0, max_value=80))
def test_a_currency_before_needs_a_symbol_s_last_character(text: str, cut: int) -> None:
    stripped = text[:min(cut, len(text))].rstrip(" \u00a0\u202f\u2009")
    if not stripped or stripped[-1] not in units._symbol_last_characters():
        assert not stripped.endswith(units.currencies().symbols_longest_first)


@SETTINGS
@given(TEXTS, st.integers(min_value=0, max_value=80), st.sampled_from(["fr", "en", "es", None]))
def test_the_scale_pattern_reads_a_word_then_a_sign(text: str, cut: int,
                                                    language: str | None) -> None:
    """One pattern for a scale word and a sign scale reads what the two read in turn."""
    pos = min(cut, len(text))
    scales = union("scales", language)
    word = re.compile(numbers.SPACES + r"*(?P<scale>" + alternation(scales) + r")\b",
                      re.IGNORECASE).match(text, pos)
    sign = numbers._SIGN_SCALE.match(text, pos)
    expected = ((scales[" ".join(lexicon_key(word.group("scale")).split())], word.end())
                if word else (numbers._SIGN_SCALES[sign.group("scale")], sign.end())
                if sign else None)
    assert numbers._scale_after(text, pos, language) == expected


@SETTINGS
@given(st.lists(TEXTS | st.sampled_from(["34.5 por", "ciento", "2,6", "millions", "\0", "12.5"]),
                max_size=6), st.sampled_from(["fr", "en", "es", None]))
def test_the_decimal_mark_of_a_page_is_read_text_by_text(texts: list[str],
                                                        language: str | None) -> None:
    """The one scan of the joined texts finds the marks a scan of each text finds."""
    share_or_scale = numbers._share_or_scale_re(language)
    marks = {m.group("mark") for text in texts for m in numbers._DECIMAL_USE_RE.finditer(text)
             if share_or_scale.match(text, m.end())}
    expected = next(iter(marks)) if len(marks) == 1 else None
    assert numbers.page_decimal_mark(texts, language) == expected


@SETTINGS
@given(TEXTS, st.integers(min_value=0, max_value=80))
def test_joined_numbers_are_read_as_the_regexes_read_them(text: str, cut: int) -> None:
    pos = min(cut, len(text))
    assert traps._joined_before(text, pos) == bool(
        re.search(r"\d[-/_]$", text[max(0, pos - 2):pos]))
    assert traps._joined_after(text, pos) == bool(re.match(r"[-/_]\d", text[pos:pos + 2]))


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
    assert units.unit_after("12 %", 2) == ("percent", 4)
    assert units.unit_after("5 millions de dollars", 10) == ("currency:USD", 21)
    assert units.unit_after("1,240 mdp", 9) is not None
    assert units.currency_before("US$ 1.5", 4) == ("currency:USD", 0)
    assert units.rate_after("500 migrants arrivent chaque jour", 3) is not None
    assert numbers._scale_after(" M$", 0, "fr") == (1e6, 2)
    found = subjects.subject_of_change_clause(
        "La couverture vaccinale, qui est passée de 81 % à 65 %", 43, "fr")
    assert found is not None and found.text == "couverture vaccinale"
    assert numbers.page_decimal_mark(["34.5 por", "ciento"], "es") is None
    assert numbers.page_decimal_mark(["34.5 por ciento"], "es") == "."
    assert traps._joined_before("2016-1234", 5) and traps._joined_after("24/7", 2)
