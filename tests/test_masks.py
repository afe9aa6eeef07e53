"""The spans of a paragraph that hold no figure: phone numbers, numeric dates, clock times."""

from __future__ import annotations

import pytest

from pressroom.parsing.figures.masks import find_masks


def _masked(text: str) -> list[tuple[str, str]]:
    """The masked spans in order, once each (a phone can be found by shape and by
    phonenumbers)."""
    return list(dict.fromkeys((text[m.start:m.end], m.kind) for m in find_masks(text).items))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tél. : 01 42 75 80 00", [("01 42 75 80 00", "phone")]),
        ("Tel. 4455, poste 145", [("4455", "phone"), ("145", "phone")]),  # a label: 4 digits
        ("Tel. 445 personas", []),  # three digits are a count, even after a label
        ("Call +1 201 555 0123 now", [("+1 201 555 0123", "phone")]),
        ("(201) 555-0123", [("(201) 555-0123", "phone")]),
        ("11 294 786 citoyens", []),  # thousands grouping is a count
        ("le 12/05/2016 à 14h30", [("12/05/2016", "date"), ("14h30", "time")]),
        ("trois millions de personnes", []),  # no digit, nothing to mask
    ],
)
def test_masks_phones_dates_and_times_only(text: str, expected: list[tuple[str, str]]) -> None:
    assert _masked(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("EXT. : 145", [("145", "phone")]),  # any case, a dot and a colon after the label
        ("Ramal: 2231", [("2231", "phone")]),
        ("Tél. (bureau) : 4455", [("4455", "phone")]),  # accents, a bracket: the regexes decide
        ("Tel (office): 4455", [("4455", "phone")]),
        ("appelez le numero vert 0800", [("0800", "phone")]),  # the accent-free spelling
        # a comma between the call words: grouped like thousands, still a phone number
        ("Une ligne gratuite, la 80 200 444, répond aux familles.", [("80 200 444", "phone")]),
        ("llame al 1234", [("1234", "phone")]),
        ("context 145 and text: 4455", []),  # "text" ends like "ext", "context" is no label
    ],
)
def test_phone_labels_read_in_any_spelling(text: str, expected: list[tuple[str, str]]) -> None:
    """Digit runs after a label skip the label regexes when the word before them is no label's
    last word; every spelling the regexes accept still marks the run."""
    assert _masked(text) == expected
