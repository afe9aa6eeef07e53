"""Reading numbers as written in French, English and Spanish releases, with their offsets."""

from __future__ import annotations

import itertools

import pytest

from pressroom.parsing.figures.numbers import find_number_mentions, page_decimal_mark


def _read(text: str, language: str | None,
          decimal: str | None = None) -> list[tuple[str, float]]:
    return [(text[n.start:n.end], n.value)
            for n in find_number_mentions(text, language, decimal)]


@pytest.mark.parametrize(
    ("language", "text", "written", "value"),
    [
        ("fr", "plus de 3 900 victimes", "3 900", 3900),
        ("fr", "plus de 3\u00a0900 victimes", "3\u00a0900", 3900),
        ("fr", "plus de 3\u202f900 victimes", "3\u202f900", 3900),
        ("fr", "quelque 11 294 786 citoyens", "11 294 786", 11294786),
        ("fr", "plus de 28000 appels", "28000", 28000),
        ("es", "más de 3.900 víctimas", "3.900", 3900),
        ("en", "more than 3,900 victims", "3,900", 3900),
        ("en", "USD 1,000,000.50", "1,000,000.50", 1000000.5),
        ("es", "3.900.000,5 pesos", "3.900.000,5", 3900000.5),
        ("fr", "60,5 % des personnes", "60,5", 60.5),
        ("en", "60.5% of people", "60.5", 60.5),
        ("fr", "3,7 millions de personnes", "3,7 millions", 3_700_000),
        ("fr", "1,2 milliard d'euros", "1,2 milliard", 1_200_000_000),
        ("fr", "1,250 millions", "1,250 millions", 1_250_000),
        ("en", "2.5 million people", "2.5 million", 2_500_000),
        ("en", "USD 2 billion", "2 billion", 2_000_000_000),
        ("es", "2,08 millones de dólares", "2,08 millones", 2_080_000),
        ("es", "unas 28 mil personas", "28 mil", 28_000),
        ("fr", "Soixante-dix-sept pour cent", "Soixante-dix-sept", 77),
        ("fr", "quatre points de passage", "quatre", 4),
        ("fr", "deux millions de dollars", "deux millions", 2_000_000),
        ("en", "seventy-seven per cent", "seventy-seven", 77),
        ("en", "two hundred and fifty families", "two hundred and fifty", 250),
        ("es", "setenta y siete por ciento", "setenta y siete", 77),
        ("es", "cuatro migrantes", "cuatro", 4),
        ("es", "tres mil personas", "tres mil", 3000),
        # "segundo" alone is not read (a second of time): only inside a longer number.
        ("es", "el vigésimo segundo informe", "vigésimo segundo", 22),
        ("en", "the twenty second report", "twenty second", 22),
        ("fr", "trente et unième édition", "trente et unième", 31),
    ],
)
def test_reads_digits_words_and_scales(language: str, text: str, written: str,
                                       value: float) -> None:
    assert (written, value) in _read(text, language)


@pytest.mark.parametrize(
    ("language", "text", "written", "value"),
    [
        ("fr", "un tiers des migrants", "un tiers", 0.3333),
        ("fr", "deux tiers des victimes", "deux tiers", 0.6667),
        ("fr", "la moitié des enfants", "la moitié", 0.5),
        ("fr", "trois quarts des personnes", "trois quarts", 0.75),
        ("en", "half of the migrants", "half", 0.5),
        ("en", "a quarter of them", "a quarter", 0.25),
        ("en", "two-thirds of respondents", "two-thirds", 0.6667),
        ("es", "la mitad de los migrantes", "la mitad", 0.5),
        ("es", "un tercio de los niños", "un tercio", 0.3333),
        ("es", "dos terceras partes de las víctimas", "dos terceras partes", 0.6667),
    ],
)
def test_reads_fractions(language: str, text: str, written: str, value: float) -> None:
    assert _read(text, language) == [(written, value)]


def test_half_a_million_is_a_count() -> None:
    assert _read("half a million people", "en") == [("half a million", 500_000)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "a third country"),  # ordinal use: no "of" after "a third"
        ("es", "el cuarto informe"),
        ("en", "It happened once."),  # Spanish "once" (11) is not read in English
    ],
)
def test_does_not_read_ordinal_uses_as_fractions(language: str, text: str) -> None:
    assert all(value != 0.3333 and value != 0.25 and value != 11
               for _, value in _read(text, language))


def test_mentions_do_not_overlap_and_slice_to_their_text() -> None:
    text = "Soixante-dix-sept pour cent, 3,7 millions, un tiers et 11 294 786 citoyens"
    mentions = find_number_mentions(text, "fr")
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start
    assert [text[n.start:n.end] for n in mentions] == [
        "Soixante-dix-sept", "cent", "3,7 millions", "un tiers", "11 294 786"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "el segundo informe del año"),
        ("fr", "la seconde fois, et les secondes suivantes"),
        ("en", "within seconds and minutes"),
    ],
)
def test_no_number_in_words_that_read_none(language: str, text: str) -> None:
    assert _read(text, language) == []


def test_a_year_is_a_plain_number() -> None:
    (year,) = find_number_mentions("en 2014", "fr")
    assert year.plain and year.value == 2014
    (grouped,) = find_number_mentions("2 014 personnes", "fr")
    assert not grouped.plain


def test_without_a_language_reads_all_three() -> None:
    assert ("quatre", 4) in _read("quatre", None)
    assert ("four", 4) in _read("four", None)
    assert ("cuatro", 4) in _read("cuatro", None)


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("the scheme reached 7,05,120 farmers", "7,05,120", 705_120),
        ("a fund of 3,50,00,000 rupees", "3,50,00,000", 35_000_000),
        ("some 4.8 crore voters", "4.8 crore", 48_000_000),
        ("a budget of 12,400 crore", "12,400 crore", 124_000_000_000),
        ("nearly 6.5 lakh pilgrims", "6.5 lakh", 650_000),
        ("over 2 lakhs of tests", "2 lakhs", 200_000),
        ("an outlay of 2.4 lakh crore", "2.4 lakh crore", 2_400_000_000_000),
        ("some 40 thousand crore", "40 thousand crore", 400_000_000_000),
    ],
)
def test_reads_indian_grouping_and_scales(text: str, written: str, value: float) -> None:
    assert (written, value) in _read(text, "en")


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("a fleet of 1,234,567 cars", "1,234,567", 1_234_567),  # western grouping stays
        ("pages 12,34 and 56", "12,34", 12.34),  # no three-digit group: not Indian
    ],
)
def test_indian_grouping_needs_its_shape(text: str, written: str, value: float) -> None:
    assert (written, value) in _read(text, "en")


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("llegaron 63 mil 450 visitantes", "63 mil 450", 63_450),
        ("se repartieron 9 mil 80 despensas", "9 mil 80", 9_080),
        ("un apoyo de 3 mil 500 pesos", "3 mil 500", 3_500),
        ("una inversión de 14 mil 800 millones", "14 mil 800 millones", 14_800_000_000),
    ],
)
def test_reads_a_remainder_after_mil(text: str, written: str, value: float) -> None:
    assert (written, value) in _read(text, "es")


@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        ("con 28 mil 2023 fue el año", "es", ("28 mil", 28_000)),  # four digits: no remainder
        ("5 mil 300 mil", "es", ("5 mil", 5_000)),  # a smaller scale follows: two amounts
        ("38 mil 450 famílias", "pt", ("38 mil", 38_000)),  # not a Portuguese form
    ],
)
def test_a_remainder_needs_its_form(text: str, language: str, first: tuple) -> None:
    assert first in _read(text, language)


def test_the_pages_decimal_mark_decides_a_comma_before_a_scale() -> None:
    page = ["El 41.5 por ciento de los hogares", "una inversión de 3,600 millones de pesos"]
    assert page_decimal_mark(page, "es") == "."
    assert ("3,600 millones", 3_600_000_000) in _read(page[1], "es", page_decimal_mark(page))
    # without a page convention the language's mark stands: Spanish "3,600 millones" = 3.6 M
    assert ("3,600 millones", 3_600_000) in _read(page[1], "es")


@pytest.mark.parametrize(
    "page",
    [
        ["no decimal at all: 3,600 and 1.200"],  # groups of three are no decimals
        ["both marks: 2,5 % and 3.5 %"],
        ["a date 12.06.2024 is no decimal"],
        ["a las 18.30 horas", "una obra de 1.250 millones"],  # a clock time is no share
    ],
)
def test_no_page_decimal_mark_without_a_clear_convention(page: list[str]) -> None:
    assert page_decimal_mark(page, "es") is None


def test_reading_does_not_depend_on_the_pieces_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    """The number-word check remembers a bounded set of pieces, and the words text2num reads
    alone: forgetting them, even in the middle of a text, changes nothing that is read."""
    from pressroom.parsing.figures import numbers

    texts = ["trois millions de personnes", "la seconde fois", "vingt et un pays, 3 900 morts",
             "une école", "sans aucun chiffre"]
    expected = [_read(text, "fr") for text in texts]
    monkeypatch.setattr(numbers, "_PIECES", {})
    monkeypatch.setattr(numbers, "_READS_ALONE", {})
    monkeypatch.setattr(numbers, "_KNOWN_PIECES", 2)
    assert [_read(text, "fr") for text in texts * 2] == expected * 2


@pytest.mark.parametrize(
    ("language", "text", "numbers"),
    [
        ("fr", "Vingt et un pays ont signé ; il en faudra encore quatre-vingt-dix-neuf mille "
               "deux cent trente et un, soit deux virgule cinq fois plus, dit l'un d'eux.",
         [("Vingt et un", 21.0), ("quatre-vingt-dix-neuf mille deux cent trente et un", 99231.0),
          ("deux virgule cinq", 2.5), ("un", 1.0)]),
        ("en", "One hundred and twenty people left. Much later, after a long and quiet "
               "night in the camp by the river, a hundred and one came back, and one more.",
         [("One hundred and twenty", 120.0), ("hundred and one", 101.0), ("one", 1.0)]),
        ("es", "Llegaron veinte mil personas y, tras una espera larga en la frontera norte "
               "del país, otras mil quinientas.",
         [("veinte mil", 20000.0), ("una", 1.0), ("mil quinientas", 1500.0)]),
    ],
)
def test_number_words_far_apart_read_as_in_a_short_text(language: str, text: str,
                                                        numbers: list) -> None:
    """text2num is given only the tokens around the words it reads alone: the numbers of a
    long paragraph read as they do one by one, links ("et", "and", "virgule") included."""
    assert [m for m in _read(text, language) if m[0][0].isalpha()] == numbers


@pytest.mark.parametrize(
    ("language", "text", "written"),
    [
        ("en", "The office deployed two (2) mobile kitchens.", "two (2)"),
        ("es", "Se desplegaron cinco (5) brigadas médicas.", "cinco (5)"),
        ("pt", "Foram enviadas três ( 3 ) equipas.", "três ( 3 )"),
    ],
)
def test_digits_restating_a_number_in_words_are_one_mention(
        language: str, text: str, written: str) -> None:
    [mention] = find_number_mentions(text, language)
    assert text[mention.start:mention.end] == written


def test_other_digits_in_brackets_are_their_own_number() -> None:
    text = "The office deployed two (3) kitchens and three (3) teams."
    assert [text[m.start:m.end] for m in find_number_mentions(text, "en")] == [
        "two", "3", "three (3)"]


@pytest.mark.parametrize(
    ("language", "text", "written", "value"),
    [
        ("en", "donors pledged nearly $390 milli", "390 milli", 390_000_000),
        ("es", "un fondo de 12 mill", "12 mill", 12_000_000),  # "millón", "millones"
        ("pt", "um apelo de 45 milh", "45 milh", 45_000_000),
        ("fr", "un budget de 390 milli", "390", 390),  # million or milliard: not known
        ("en", "some 390 milli more words", "390", 390),  # a word in the middle is no cut
        ("en", "a grant of 390 mil", "390", 390),  # too short to tell
    ],
)
def test_a_scale_word_cut_by_the_texts_end(language: str, text: str, written: str,
                                           value: float) -> None:
    """Copies cut after ~2,000 characters can stop inside a scale word: it counts when
    every scale word it begins has one factor."""
    assert _read(text, language)[-1] == (written, value)
