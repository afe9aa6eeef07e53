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
