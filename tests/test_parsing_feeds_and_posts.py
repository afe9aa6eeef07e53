"""Feed items copied from a browser, social posts, Word exports and place names several
countries share: the title field, the post's counters, the header table's contact rows,
units that are places or organisations, postal boxes, regional dollar signs, a bare second
amount of a breakdown, "ronda" (fr/en/es/pt)."""

from __future__ import annotations

import datetime as dt

import pytest

from pressroom.parsing import parse_text
from pressroom.parsing.figures.statistics import extract_statistics


def _release(text: str):  # type: ignore[no-untyped-def]
    releases, _ = parse_text(text)
    assert len(releases) == 1
    return releases[0]


def _figures(text: str, language: str) -> list[tuple[float, str, str]]:
    return [(s.value, s.unit, s.qualifier) for s in extract_statistics([text], language, None)]


RSS = ("Actualités – Institut des sciences (flux RSS)\n"
       "https://news.institut.example/rss/fr.xml\n\n"
       "Dernière mise à jour du flux : Thu, 06 Nov 2025 07:30:12 +0100\n\n"
       "────────────\n\n"
       "Titre : Une étude suit 4 200 familles pendant dix ans\n"
       "Lien : https://news.institut.example/fr/2025/11/etude\n"
       "Publié : Wed, 05 Nov 2025 10:00:00 +0100\n"
       "Auteur : Service de presse\n"
       "Catégories : Recherche ; Santé\n\n"
       "Description :\n"
       "Genève, le 5 novembre 2025 – Les chercheurs de l'Institut ont suivi 4 200 familles "
       "de la région pendant dix ans et publient leurs résultats cette semaine.\n\n"
       "Le projet a coûté 3,4 millions de francs, dont 1,2 million versés par le canton.\n\n"
       "────────────\n\n"
       "Titre : Journée portes ouvertes le 20 novembre\n"
       "Lien : https://news.institut.example/fr/2025/11/portes-ouvertes\n"
       "Publié : Mon, 03 Nov 2025 09:00:00 +0100\n"
       "Description : Visites à 10 h 30, 35 stands et 12 conférences…\n")


def test_a_feed_item_is_titled_by_its_title_field_and_dated_by_its_publication_field() -> None:
    release = _release(RSS)
    assert release.title == "Une étude suit 4 200 familles pendant dix ans"
    assert release.published_on == dt.date(2025, 11, 5).isoformat()
    values = [s.value for s in release.statistics]
    assert 4200 in values
    assert 100 not in values  # the "+0100" of the feed's dates
    assert 35 not in values and 12 not in values  # the next item is no part of the release


def test_an_atom_entry_counter_is_chrome_and_the_line_above_the_fields_is_the_title() -> None:
    text = ("Noticias de la Facultad\n"
            "Feed Atom · https://facultad.example/feed/atom\n\n"
            "Entrada 1 de 9\n\n"
            "La facultad abre un laboratorio con 12 equipos de secuenciación\n"
            "actualizado: 2025-05-20T09:15:00-03:00\n"
            "autor: Unidad de Comunicación\n"
            "categoría: Institucional\n\n"
            "Córdoba, 20 de mayo de 2025. La Facultad inauguró un laboratorio con 12 equipos "
            "de secuenciación que atenderá a unos 400 pacientes por año.\n\n"
            "Entrada 2 de 9\n"
            "Jornada de puertas abiertas: 24 de mayo, con 30 talleres\n"
            "actualizado: 2025-05-18T16:40:00-03:00\n")
    release = _release(text)
    assert release.title == "La facultad abre un laboratorio con 12 equipos de secuenciación"
    assert release.published_on == "2025-05-20"
    assert 30 not in [s.value for s in release.statistics]


@pytest.mark.parametrize("row, language", [
    ("👍❤️👏 1,184 · 96 comments · 212 reposts", "en"),
    ("Like · Reply · 14 Likes", "en"),
    ("👏💡 642 · 37 comentários · 89 compartilhamentos", "pt"),
    ("👍 318 · 27 commentaires · 40 republications", "fr"),
    ("❤️ 95 · 12 comentarios · 8 compartidos", "es"),
])
def test_the_counters_of_a_social_post_are_no_figures(row: str, language: str) -> None:
    assert _figures(row, language) == []


def test_a_figure_before_comments_in_a_sentence_is_kept() -> None:
    assert _figures("The council received 96 comments during the consultation.", "en") == [
        (96, "count", "exact")]


@pytest.mark.parametrize("sentence, language", [
    ("Le programme couvre 14 quartiers et 6 universités de la ville.", "fr"),
    ("The scheme covers 14 neighbourhoods and 6 universities.", "en"),
    ("El programa apoya a 35 juntas de saneamiento y 12 barrios.", "es"),
    ("O programa abrange 14 bairros, 38 universidades e nove Estados-membros.", "pt"),
])
def test_neighbourhoods_universities_member_states_and_boards_are_no_counts(
        sentence: str, language: str) -> None:
    assert _figures(sentence, language) == []


@pytest.mark.parametrize("line, language", [
    ("Secretariat, P.O. Box 6101, Vientiane | Tel: +856 21 555 200", "en"),
    ("© 2025 Commission – 101 Yakubu Gowon Crescent, Asokoro District, P.M.B. 401, Abuja", "en"),
    ("Planning was granted under Part 8 of the Planning Regulations.", "en"),
])
def test_postal_boxes_street_numbers_and_parts_of_regulations_are_no_counts(
        line: str, language: str) -> None:
    assert _figures(line, language) == []


def test_ronda_is_an_approximation() -> None:
    assert _figures("La tasa de cobro ronda los 72 %.", "es") == [(72, "percent", "about")]
    assert _figures("A taxa de cobrança ronda os 72%.", "pt") == [(72, "percent", "about")]


def test_uruguayan_peso_sign() -> None:
    assert _figures("La inversión fue de $U 92 millones.", "es") == [
        (92_000_000, "currency:UYU", "exact")]


def test_a_bare_second_amount_of_a_breakdown_carries_the_first_ones_currency() -> None:
    sentence = ("Il comprend 27,5 millions de dollars pour l'achat de céréales auprès de 240 "
                "organisations paysannes, et 13,5 millions pour la logistique.")
    assert (13_500_000, "currency:USD", "exact") in _figures(sentence, "fr")


def test_a_header_table_row_with_a_phone_number_is_not_the_title() -> None:
    text = ("Harbour City Council\n\n"
            "Document type\tMedia Release\n"
            "Reference\tHCC/MR/2025/012\n"
            "Date of issue\tTuesday, 2 December 2025\n"
            "Press office\tJane Byrne, Communications Officer\n"
            "Direct line\t+353 (0)21 492 4418\n"
            "Out of hours\tPress office duty phone +353 (0)86 555 7720\n\n"
            "HARBOUR CITY COUNCIL APPROVES €12 MILLION PARKS PLAN\n\n"
            "Harbour City Council has approved a €12 million plan to renew 14 parks and "
            "playgrounds across the city over the next three years.\n")
    assert _release(text).title == "HARBOUR CITY COUNCIL APPROVES €12 MILLION PARKS PLAN"


@pytest.mark.parametrize("currency, country", [("USD 4,1 millones", "EC"),
                                                ("4,1 millones de euros", "ES")])
def test_a_city_several_countries_share_is_settled_by_the_page_currency(
        currency: str, country: str) -> None:
    text = ("Cuenca renueva su terminal de buses\n\n"
            f"La municipalidad de Cuenca invertirá {currency} en la terminal de buses, que "
            "recibe a 18.000 viajeros diarios.\n")
    assert _release(text).country == country


@pytest.mark.parametrize("evidence, country", [
    ("a surplus of NZ$1.35 million", "NZ"),
    ("a surplus of 1.35 million", "NZ"),  # the signature's +64 numbers alone tell it
])
def test_a_guessed_dateline_town_is_settled_by_currency_and_dialling_code(
        evidence: str, country: str) -> None:
    text = ("Record crowds for the provincial league\n\n"
            f"HAMILTON, 22 September 2025 - The league ended its season with {evidence} and "
            "412,600 spectators at its 98 matches, the league said today.\n\n"
            "Media contact\nHemi Walker\nP: +64 7 838 2290 | M: +64 21 555 0148\n"
            "E: hemi.walker@league.example\n")
    assert _release(text).country == country


def test_national_numbers_that_fit_no_city_named_in_passing_tell_the_country() -> None:
    text = ("Bilan 2024 : l'aéroport de Figari franchit le cap des 400 000 passagers\n\n"
            "Figari, le 21 janvier 2025 – L'aéroport a accueilli 412 380 passagers en 2024. "
            "Les liaisons vers Bruxelles, Genève, Londres et Zurich ont progressé de 17 %, et "
            "18,5 millions d'euros seront investis.\n\n"
            "Contact presse\nMarie-Ange Susini – Responsable communication\n"
            "Tél. : 04 95 55 21 40 – Port. : 06 12 55 38 71\npresse@aeroport-figari.example\n")
    release = _release(text)
    assert release.country == "FR"
    assert [p.e164 for p in release.contacts[0].phones] == ["+33495552140", "+33612553871"]
