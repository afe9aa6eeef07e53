"""The country a release is about, not the one that pays for the work."""

from __future__ import annotations

from pressroom.parsing.country import is_donor, main_country, mentions


def _donors(text: str) -> list[tuple[str, bool]]:
    return [(code, is_donor(text, offset)) for offset, code in mentions(text)]


def test_donor_phrases_in_three_languages() -> None:
    assert _donors("The Government of Canada funds the work in Niger.") == [
        ("CA", True), ("NE", False)]
    assert _donors("Le projet, financé par le Canada, aide le Niger.") == [
        ("CA", True), ("NE", False)]
    assert _donors("Con el apoyo del Gobierno de Suecia, la OIM trabaja en Bolivia.") == [
        ("SE", True), ("BO", False)]


def test_donor_mentions_do_not_outweigh_the_country_of_the_release() -> None:
    sections = {"title": ["IOM helps returning migrants"],
                "lead": ["The Government of Canada provided USD 2 million to assist migrants "
                         "in Niger."],
                "body": ["The project is funded by Canada.", "Canada renewed its support."]}
    assert main_country(None, sections) == "NE"


def test_a_release_only_about_its_donor_still_has_a_country() -> None:
    sections = {"title": ["New funding for migrant health"],
                "lead": ["The project is funded by the Government of Canada."]}
    assert main_country(None, sections) == "CA"


def test_geneva_datelines_in_four_languages_are_switzerland() -> None:
    sections = {"title": ["IOM launches its annual report"], "lead": ["Worldwide"], "body": []}
    for dateline in ("GENEVA", "GINEBRA", "Genève", "Genebra"):
        assert main_country(dateline, sections) == "CH"
    about_kenya = {"title": ["IOM helps migrants in Kenya"], "lead": ["Kenya"], "body": []}
    assert main_country("GENEVA", about_kenya) == "KE"
