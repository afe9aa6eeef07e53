"""The digit patterns open on \\d (the engine skips to digits) and find what they found."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressroom.parsing.figures import masks, numbers

# The patterns as written before: a lookahead for a digit, then the lookbehind.
_OLD = {
    "date": re.compile(r"(?=\d)(?<![\d.,])(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})"
                       r"|\d{4}-\d{2}-\d{2})(?![\d])"),
    "clock": re.compile(r"(?=\d)(?<![\d.,])\d{1,2}(?:\s?[:h]\s?\d{2}(?:\s?(?:a\.?m\.?|p\.?m\.?"
                        r"|hrs?\b))?|\.\d{2}\s?(?:[ap]\.m\.|[ap]\.?m\b)"  # "7.00 am" (e7d37dc)
                        r"|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|hrs?\b|h\b))", re.IGNORECASE),
    "indian": re.compile(r"(?=\d)(?<![\d.,])\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![.,]?\d)"),
    "decimal": re.compile(r"(?=\d)(?<![\d.,'’])\d+(?P<mark>[.,])(?:\d{1,2}|\d{4,})"
                          r"(?![\d]|[.,]\d)"),
}
_NEW = {"date": masks._DATE_RE, "clock": masks._CLOCK_RE, "indian": numbers._INDIAN_RE,
        "decimal": numbers._DECIMAL_USE_RE}
_TEXT = st.text(alphabet=st.sampled_from("0123456789.,'’-/: hapmrsAPM"), max_size=20)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(_OLD))
@given(text=_TEXT)
def test_digit_patterns_find_what_the_lookahead_versions_found(name, text):
    assert _matches(_NEW[name], text) == _matches(_OLD[name], text)


@pytest.mark.parametrize("text", ["12/03/2024", "1.12/03/2024", "2024-03-12", "9,24,310",
                                  "le 3 h 30", "10:30 a.m.", "0.00AM", "7.00 pm", "x3,5",
                                  "34.5 et 1,2345", "3.4.5"])
def test_digit_patterns_on_examples(text):
    for name, old in _OLD.items():
        assert _matches(_NEW[name], text) == _matches(old, text)
