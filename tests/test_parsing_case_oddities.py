"""Letters that case-insensitive regexes read as other letters ("İ", "ı" as "i", "ſ" as "s")
do not break the parser: the words they spell are looked up in the lexicons as the regex
matched them, and the page parses without a problem."""

from __future__ import annotations

from pressroom.parsing import parse_bytes
from pressroom.parsing.text import lexicon_key


def _parse(text: str):
    parsed = parse_bytes(text.encode("utf-8"), source="oddities.txt")
    assert parsed.problems == []
    (release,) = parsed.releases
    return release


def test_a_dotless_i_and_a_long_s_in_a_date_and_a_currency_scale_are_read():
    release = _parse("MADRID, 3 de junıo de 2015 – Mil personas y 4 milloneſ de euros.\n\n"
                     "Texto.\n")

    assert release.published_on == "2015-06-03"
    assert [(s.value, s.unit) for s in release.statistics] == [
        (1000.0, "count"), (4_000_000.0, "currency:EUR")]


def test_a_dotted_capital_i_in_a_fraction_word_is_no_error():
    release = _parse("GENÈVE – Un TİERS des 300 migrants sont partis en mars 2015.\n\n"
                     "Le texte continue.\n")

    assert 300.0 in [s.value for s in release.statistics]


def test_lexicon_key_reads_the_oddities_as_re_does():
    assert lexicon_key("TİERS") == "tiers"
    assert lexicon_key("mıllıon") == "million"
    assert lexicon_key("milloneſ") == "millones"
    assert lexicon_key("Straße") == "straße"  # nothing else changes
