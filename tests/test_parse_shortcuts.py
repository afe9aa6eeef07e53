"""Shortcuts taken for the parser's speed give the answers of the slow path they skip."""

from __future__ import annotations

import pytest
from babel.core import UnknownLocaleError, get_global
from babel.numbers import get_currency_symbol, get_territory_currencies

from pressroom.parsing.figures.units import local_dollar
from pressroom.parsing.lexicon import LANGUAGES


def _babel_local_dollar(country: str, language: str) -> str | None:
    """`local_dollar` as written before its shortcut: babel asked about every pair."""
    currencies = get_territory_currencies(country, tender=True)
    if not currencies or currencies[0] == "USD":
        return None
    try:
        symbol = get_currency_symbol(currencies[0], locale=f"{language}_{country}")
    except (UnknownLocaleError, ValueError):
        return None
    return currencies[0] if symbol == "$" else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_local_dollar_skips_babel_only_where_babel_finds_no_local_dollar(language: str) -> None:
    territories = sorted(get_global("territory_currencies"))
    assert len(territories) > 200
    assert [local_dollar(c, language) for c in territories] == [
        _babel_local_dollar(c, language) for c in territories]


def test_local_dollar_still_reads_the_dollar_countries() -> None:
    assert local_dollar("CA", "fr") == "CAD"
    assert local_dollar("NZ", "en") == "NZD"
    assert local_dollar("UY", "es") == "UYU"
    assert local_dollar("CO", "fr") is None  # no fr_CO locale in CLDR
    assert local_dollar("US", "en") is None
