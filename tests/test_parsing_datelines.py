"""Datelines with publishers' tags and dates: the place, the date and the lead each apart."""

from __future__ import annotations

import datetime as dt

import pytest

from pressroom.parsing.country import place_country
from pressroom.parsing.dateline import split_dateline


@pytest.mark.parametrize(
    ("paragraph", "place", "date", "lead"),
    [
        ("Goma / Genève (CICR) – Le CICR a facilité hier la libération.", "Goma / Genève", None,
         "Le CICR a facilité hier la libération."),
        ("Maputo (CICV) - A equipe distribuiu alimentos.", "Maputo", None,
         "A equipe distribuiu alimentos."),
        ("Cali - Pasto (CICR) – El CICR facilitó la liberación.", "Cali - Pasto", None,
         "El CICR facilitó la liberación."),
        ("DAKAR, Sénégal, 4 juin 2014/African Press Organization (APO)/ — Des familles ont fui.",
         "DAKAR, Sénégal", dt.date(2014, 6, 4), "Des familles ont fui."),
        ("HALIFAX, NS, le 5 avril 2024 /CNW/ - La ministre annonce un programme.",
         "HALIFAX, NS", dt.date(2024, 4, 5), "La ministre annonce un programme."),
        ("CHICAGO, Feb. 2, 2015 /PRNewswire/ -- The fund released an appeal.", "CHICAGO",
         dt.date(2015, 2, 2), "The fund released an appeal."),
        ("(Nairobi: 9 March) - The coordinator allocated funds.", "Nairobi", None,
         "The coordinator allocated funds."),
        ("WESTPORT, Conn. (March 3, 2017) — The charity sent aid.", "WESTPORT, Conn.",
         dt.date(2017, 3, 3), "The charity sent aid."),
        ("QUITO, ECUADOR, NOVIEMBRE 5 de 2019. - La Cruz Roja atendió a 300 personas.",
         "QUITO, ECUADOR", dt.date(2019, 11, 5), "La Cruz Roja atendió a 300 personas."),
        ("Nairobi/Geneva, 2 May 2022—The Federation launched an appeal.", "Nairobi/Geneva",
         dt.date(2022, 5, 2), "The Federation launched an appeal."),
        # not datelines: an organisation, and a sentence whose year precedes a full stop
        ("Oxfam International - Media Officer", None, None, "Oxfam International - Media Officer"),
        ("Lima - Le ministère a formé 300 femmes entre 2000 et 2004. La situation reste grave.",
         "Lima", None, "Le ministère a formé 300 femmes entre 2000 et 2004. La situation reste "
         "grave."),
    ],
)
def test_dateline_place_date_and_lead(paragraph: str, place: str | None, date: dt.date | None,
                                      lead: str) -> None:
    assert split_dateline(paragraph) == (place, date, lead)


def test_first_place_of_several_names_the_country_in_portuguese_too() -> None:
    assert place_country("Kinshasa / Genève") == "CD"
    assert place_country("Genebra") == "CH"
    assert place_country("Bogotá - Quito") == "CO"


def test_publisher_tag_and_a_newswire_release_under_a_subtitle() -> None:
    from pressroom.parsing.dateline import publisher_tag
    from pressroom.parsing.segment import segment_page

    assert publisher_tag("Goma / Genève (CICR) – Le CICR a agi.").text == "CICR"
    assert publisher_tag("WESTPORT, Conn. (March 3, 2017) — The charity sent aid.") is None
    (draft,) = segment_page(
        "Charity appeals for Syrian children\n"
        "With only $30, the charity can provide warm clothing for a child\n"
        "CHICAGO, Feb. 2, 2015 /PRNewswire/ -- The charity released an appeal for children "
        "affected by the conflict in Syria.\n")
    assert (draft.template, draft.dateline, draft.publisher_tag, draft.published_on) == (
        "press_release", "CHICAGO", "PRNewswire", dt.date(2015, 2, 2))
    assert draft.body[0].startswith("The charity released")


def test_place_alone_in_brackets_is_a_dateline_only_when_it_is_a_known_place() -> None:
    from pressroom.parsing.dateline import split_dateline
    assert split_dateline("(Kampala) – Police arrested 12 people on Monday.")[0] == "Kampala"
    assert split_dateline("(Video) – Police arrested 12 people on Monday.")[0] is None


def test_capital_named_for_its_country_gives_the_country() -> None:
    from pressroom.parsing.country import place_country
    assert place_country("CIUDAD DE GUATEMALA") == "GT"
    assert place_country("Kuwait City") == "KW"


def test_abbreviated_months_and_a_dotted_day_are_read() -> None:
    from pressroom.parsing.dates import find_date
    assert str(find_date("le 6 juill. 2024")[0]) == "2024-07-06"
    assert str(find_date("Published 18. Jan 2024")[0]) == "2024-01-18"


def test_a_date_needs_a_year_and_a_valid_day() -> None:
    from pressroom.parsing.dates import find_date
    assert find_date("le 6 juillet, à 14h30") is None  # no year: a day and month only
    assert find_date("31/02/2024") is None  # no such day
    assert str(find_date("Madrid, 12 de mayo de 2016. El informe")[0]) == "2016-05-12"
