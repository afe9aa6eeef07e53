"""Figures of shapes a release copies from many publishers: a shared currency word settled
by the code after it, subunit prices, file sizes, page counters, instrument and street
numbers, alternatives ("60 or 70"), the base of a share, fractions after "of which", and
related headlines (fr/en/es/pt)."""

from __future__ import annotations

import pytest

from pressroom.parsing import parse_text


def _figures(text: str) -> list[tuple[float, str]]:
    releases, _ = parse_text(text)
    return [(s.value, s.unit) for s in releases[0].statistics]


@pytest.mark.parametrize("sentence, code", [
    ("L'association a versé 4,2 millions de francs (CHF) à ses membres, et ses recettes ont "
     "atteint 212 millions de francs.", "CHF"),
    ("La coopérative a levé 3 millions de francs (XOF) auprès de ses membres, et son budget "
     "atteint 212 millions de francs.", "XOF"),
    ("La cooperativa recaudó 3 millones de pesos (MXN) entre sus socios, y su presupuesto "
     "alcanza 212 millones de pesos.", "MXN"),
])
def test_a_code_after_a_shared_currency_word_settles_every_such_word(
        sentence: str, code: str) -> None:
    text = f"Les membres reçoivent un supplément\n\n{sentence}\n"
    units = {unit for _, unit in _figures(text)}
    assert units == {f"currency:{code}"}


def test_an_unknown_code_in_brackets_settles_nothing() -> None:
    text = ("Les membres reçoivent un supplément\n\n"
            "L'association a versé 4,2 millions de francs (ABC) à ses 386 membres.\n")
    assert (4_200_000, "currency:ABC") not in _figures(text)
