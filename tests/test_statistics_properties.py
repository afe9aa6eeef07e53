"""Properties of extract_statistics on generated text: it never raises, every offset slices to
the reported text, and no figure is ever read inside a phone number."""

from __future__ import annotations

import phonenumbers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressroom.parsing.figures.statistics import extract_statistics, scan_statistics

SETTINGS = settings(max_examples=200, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Pieces that make the extractor work hard: numbers in every grouping, scale and unit words,
# qualifiers, range links, years, phone-like runs, punctuation and odd spaces.
PIECES = [
    "3 900", "3\u00a0900", "3\u202f900", "3,900", "3.900", "28000", "11 294 786", "60,5", "60.5",
    "2014", "1951", "01", "+57", "(", ")", "-", "–", "/", ":", ";", ",", ".", "%", "€", "$",
    "US$", "USD", "CHF", "millions", "million", "millones", "milliard", "mil", "plus de",
    "more than", "más de", "près de", "nearly", "casi", "entre", "between", "et", "and", "y",
    "à", "to", "pour cent", "per cent", "por ciento", "victimes", "migrants", "personas",
    "de", "des", "of", "los", "un tiers", "la moitié", "half", "la mitad", "quatre",
    "Soixante-dix-sept", "seventy-seven", "cuatro", "ans", "years", "años", "Loi", "Law",
    "Ley", "COVID-19", "G20", "en", "In", "depuis", "since", "desde", "par jour", "per day",
    "al día", "Tel.", "\n", "  ", "'", "’", "«", "»", "sur", "in", "de cada",
]
LANGUAGES = st.sampled_from(["fr", "en", "es", None, "pt"])


def _assert_well_formed(paragraphs: list[str], title: str | None, language: str | None) -> None:
    scan = scan_statistics(paragraphs, language, title)
    for s in scan.statistics:
        source = title if s.paragraph == -1 else paragraphs[s.paragraph]
        assert source is not None
        assert 0 <= s.start < s.end <= len(source)
        assert source[s.start:s.end] == s.text
        assert s.text in s.sentence
        if s.value_max is not None:
            assert s.value < s.value_max
    for r in scan.rejected:
        source = title if r.paragraph == -1 else paragraphs[r.paragraph]
        assert source is not None and source[r.start:r.end] == r.text


@SETTINGS
@given(st.lists(st.text(max_size=300), max_size=4), st.one_of(st.none(), st.text(max_size=80)),
       LANGUAGES)
def test_never_raises_on_arbitrary_text(paragraphs: list[str], title: str | None,
                                        language: str | None) -> None:
    _assert_well_formed(paragraphs, title, language)


@SETTINGS
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join), max_size=3),
       LANGUAGES)
def test_offsets_slice_to_text_on_number_heavy_text(paragraphs: list[str],
                                                    language: str | None) -> None:
    _assert_well_formed(paragraphs, None, language)


def _example_numbers() -> list[phonenumbers.PhoneNumber]:
    found = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None:
                found.append(number)
    return found


EXAMPLES = _example_numbers()
# International forms stand on their own; a national form is a phone number only when the text
# says so ("Tel.", "llame al"), since "212 345 678" is also how a count is written.
ANYWHERE = [phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.E164,
            phonenumbers.PhoneNumberFormat.RFC3966]
CUES = ["Tel. : ", "Tél.: ", "Phone: ", "Mobile: ", "Fax ", "appelez le ", "call ",
        "llame al ", "teléfono ", "la ligne gratuite ", "línea "]
FILLERS = st.sampled_from([
    "", "Plus de 3 900 victimes ont été identifiées.", "More than 28,000 calls were received",
    "près de 80% des victimes", "some 2,000 families", "el 61 por ciento", "entre 150 et 180",
    "Ce service", "Pour plus d'informations, veuillez contacter Inés Calderón,",
    "2 millions de dollars", "quatre", "Soixante-dix-sept pour cent des personnes",
])


@st.composite
def text_with_phone(draw: st.DrawFn) -> tuple[str, int, int]:
    number = draw(st.sampled_from(EXAMPLES))
    if draw(st.booleans()):
        phone = phonenumbers.format_number(number, draw(st.sampled_from(ANYWHERE)))
        lead = draw(st.sampled_from(["", " ", "(", *CUES]))
    else:
        phone = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        lead = draw(st.sampled_from(CUES))
    before = draw(FILLERS) + " " + lead
    after = draw(st.sampled_from(["", ".", ")", ", ", " ext. 145", " / ", " et "]))
    text = before + phone + after + " " + draw(FILLERS)
    return text, len(before), len(before) + len(phone)


@SETTINGS
@given(text_with_phone(), LANGUAGES)
def test_no_figure_overlaps_a_phone_number(case: tuple[str, int, int],
                                           language: str | None) -> None:
    text, start, end = case
    for s in extract_statistics([text], language, None):
        assert s.end <= start or s.start >= end, (s.text, text[start:end])
