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


def test_country_people_fled_gives_way_to_the_host_country() -> None:
    sections = {"title": [], "lead": [
        "Des familles fuyant les combats dans le nord du Nigéria ont trouvé refuge dans la "
        "région de Diffa, au Niger."], "body": ["La Croix-Rouge nigérienne les accueille."]}
    assert main_country("GENEVE, Suisse", sections) == "NE"


def test_demonyms_of_the_country_a_release_is_about() -> None:
    sections = {"title": ["Fund appeals for Syrian children"], "lead": [
        "The fund appealed for help for children fleeing Syria."], "body": []}
    assert main_country("NEW YORK", sections) == "SY"
    assert main_country(None, {"title": ["Des familles soudanaises réunies"]}) == "SD"
    assert main_country(None, {"title": ["South Sudanese refugees return home"]}) == "SS"


def test_government_bodies_funding_and_dollar_adjectives_are_no_subject() -> None:
    sections = {"title": ["Un nouveau pas pour la gestion des frontières"], "lead": [
        "Le projet est financé par le Département d'État américain et le Département d'État "
        "des États-Unis."], "body": ["Le Fonds a octroyé 4 millions de dollars américains."]}
    assert main_country("GENÈVE", sections) == "CH"
