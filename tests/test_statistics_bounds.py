"""A value of 0 is never a statistic, and a figure's stored sentence stays bounded."""

from __future__ import annotations

from pressroom.parsing import parse_bytes
from pressroom.parsing.figures.statistics import MAX_SENTENCE_CHARS, scan_statistics


def test_minus_zero_percent_is_rejected_with_a_reason() -> None:
    scan = scan_statistics(["Le taux de chômage des migrants a varié de −0 % cette année, "
                            "contre 12 % en 2019."], "fr")
    assert [s.value for s in scan.statistics] == [12]
    [zero] = [r for r in scan.rejected if r.rule == "zero"]
    assert zero.text.startswith("0") and "0" in zero.reason


def test_a_number_wrapped_across_lines_never_gives_000_dollars() -> None:
    """"10 000\\n000 dollars" inside a dateline paragraph: the "000 dollars" half is rejected,
    never reported as a figure of 0 dollars."""
    page = ("L'OIM reçoit un don pour les déplacés\n"
            "GENÈVE, 3 mars 2015 – L'OIM a reçu un don de 10 000\n000 dollars pour venir en "
            "aide aux familles déplacées.\n"
            "Les fonds serviront à construire 300 abris d'urgence.\n").encode()
    [release] = parse_bytes(page, "wrapped.txt").releases
    assert all(s.value != 0 for s in release.statistics)
    assert 300 in [s.value for s in release.statistics]
    # The paragraph as a dateline keeps it, with the line break inside the number:
    scan = scan_statistics(["GENÈVE, 3 mars 2015 – L'OIM a reçu 10 000\n000 dollars."], "fr")
    assert all(s.value != 0 for s in scan.statistics)
    [zero] = [r for r in scan.rejected if r.rule == "zero"]
    assert zero.text.startswith("000 dollars") and zero.reason


def test_a_paragraph_without_punctuation_does_not_fill_every_sentence() -> None:
    """3,000 short lines with no sentence end: each figure carries a window of the text
    around it, not the whole 60,000-character paragraph."""
    lines = [f"avec {i + 5000} personnes accueillies" if i % 100 == 0 else "une ligne sans fin"
             for i in range(100, 3100)]
    paragraph = "\n".join(lines)
    scan = scan_statistics([paragraph], "fr")
    assert len(scan.statistics) == 30
    for figure in scan.statistics:
        assert len(figure.sentence) <= MAX_SENTENCE_CHARS
        assert figure.text in figure.sentence
        assert paragraph[figure.start:figure.end] == figure.text
    assert all(len(r.sentence) <= MAX_SENTENCE_CHARS for r in scan.rejected)
