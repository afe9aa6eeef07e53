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


# --- OCR output: letters read for digits ----------------------------------------------------

def test_ocr_letters_inside_digit_runs_are_read_as_digits_on_a_scanned_page() -> None:
    from pressroom.parsing import parse_text
    text = ("Linha de transmissão entra em operação\n\n"
            "Belém (PA), 3 de setembro de 2025 — A obra, que custou R$ 4l2 milhões, aten-\n"
            "de 38.500 domicílios. Dos 312 contratos, l46 foram assinados, aﬁrmou a em-\n"
            "presa, que opera 2.140 km de linhas no estado e atende as co-\n"
            "munidades da região.\n")
    releases, _ = parse_text(text)
    values = {s.value for s in releases[0].statistics}
    assert {412_000_000, 146} <= values


def test_letters_next_to_digits_stay_on_a_page_with_no_ocr_marks() -> None:
    from pressroom.parsing.ocr import fix_ocr_digits
    text = "Model A4l and the l46 form: 3 units, no scan here.\n"
    assert fix_ocr_digits(text) == text
    assert fix_ocr_digits("ﬁche: l46 et 2O25, lOl") == "ﬁche: 146 et 2025, lOl"


def test_scan_marks_need_three_hyphenated_line_ends() -> None:
    from pressroom.parsing.ocr import looks_scanned
    three = "la poli-\ntique et l'écono- \nmie du conti-\t\nnent"
    assert looks_scanned(three)
    assert not looks_scanned(three.replace("conti-\t\nnent", "continent"))
    # a hyphen at a line's end after a digit, or before a capital, is no cut word
    assert not looks_scanned("2019-\n2020 et 2021-\n2022 et la poli-\ntique, l'écono-\nmie")
    assert not looks_scanned("Paris-\nLondres, Rome-\nMadrid, Lisbonne-\nBerlin")
