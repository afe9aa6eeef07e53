"""Language (lingua, fr/en/es) and main country (dateline, else weighted mentions)."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressroom.parsing import parse_text
from pressroom.parsing.country import main_country, mentions, place_country
from pressroom.parsing.language import detect_language, vote_language, vote_words
from pressroom.parsing.lexicon import LANGUAGES


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L’OIM et le Pérou renforcent leur coopération en matière de lutte contre la traite",
         "fr"),
        ("IOM and Peru step up their cooperation in the fight against human trafficking", "en"),
        ("La OIM y el Perú fortalecen su cooperación en la lucha contra la trata de personas",
         "es"),
    ],
)
def test_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_too_little_text_has_no_language() -> None:
    assert detect_language("OIM Lima") is None


def test_letters_after_a_long_run_of_figures_still_make_a_language() -> None:
    figures = "2024 - 12 000 - 3,5 % - " * 6  # over 100 characters, no 20 letters
    assert detect_language(figures + "IOM and Peru step up their cooperation") == "en"
    assert detect_language(figures + "IOM Peru") is None


PARAGRAPHS = {
    "fr": "Les équipes de l'organisation sont arrivées dans la région avec des vivres pour "
          "les familles déplacées par les pluies, et la distribution des kits se poursuit "
          "dans les villages du nord, selon les autorités locales qui suivent la situation "
          "avec les partenaires.",
    "en": "The teams of the organization reached the region with food for the families "
          "displaced by the rains, and the distribution of kits continues in the villages of "
          "the north, according to the local authorities who follow the situation with their "
          "partners.",
    "es": "Los equipos de la organización llegaron a la región con alimentos para las "
          "familias desplazadas por las lluvias, y la distribución de los kits continúa en "
          "los pueblos del norte, según las autoridades locales que siguen la situación con "
          "sus socios.",
    "pt": "As equipes da organização chegaram à região com alimentos para as famílias "
          "deslocadas pelas chuvas, e a distribuição dos kits continua nas aldeias do norte, "
          "segundo as autoridades locais que acompanham a situação com os seus parceiros. Uma "
          "nova equipe chega aos abrigos pela manhã.",
}


@pytest.mark.parametrize("language", sorted(PARAGRAPHS))
def test_a_clear_paragraph_is_told_by_its_function_words(language: str) -> None:
    assert vote_language(PARAGRAPHS[language]) == language
    assert detect_language(PARAGRAPHS[language]) == language


def test_a_mixed_text_is_left_to_lingua() -> None:
    mixed = PARAGRAPHS["en"] + " " + PARAGRAPHS["fr"]
    assert vote_language(mixed) is None
    assert detect_language(mixed) in ("en", "fr")


def test_vote_words_belong_to_one_language_each() -> None:
    owners = vote_words()
    assert {"de", "la", "en", "a", "o"}.isdisjoint(owners)  # words several languages use
    assert set(owners.values()) == set(LANGUAGES)


@pytest.mark.parametrize(
    ("place", "code"),
    [("Peru", "PE"), ("Pérou", "PE"), ("Perú", "PE"), ("Genève", "CH"), ("GENEVA", "CH"),
     ("Bujumbura, Burundi", "BI"), ("Bogotá, Colombia", "CO"), ("Nueva York", "US"),
     ("Bruxelles", "BE"), ("Cox's Bazar", "BD"), ("Deux-Rives", None)],
)
def test_dateline_places(place: str, code: str | None) -> None:
    assert place_country(place) == code


def test_mentions_know_names_with_hyphens_accents_and_demonyms() -> None:
    text = ("financé par l'Ambassade des Pays-Bas, la loi colombienne, les Etats-Unis, "
            "l’Equateur, des femmes péruviennes, Guinée-Bissau et Guinée")
    assert [code for _, code in mentions(text)] == ["NL", "CO", "US", "EC", "PE", "GW", "GN"]


def test_first_names_that_are_also_countries_are_not_counted() -> None:
    assert mentions("Jordan Smith and Chad Brown met Maurice Dupont") == []


def test_dateline_country_wins_unless_the_text_is_plainly_about_another() -> None:
    sections = {"title": ["Yemen crisis"], "lead": ["Yemen"], "body": ["Yemen"]}
    assert main_country("GENEVA", sections) == "YE"  # a headquarters dateline, about Yemen
    sections = {"title": ["Crisis in Yemen"], "lead": ["Switzerland and Yemen"], "body": []}
    assert main_country("GENEVA", sections) == "CH"  # Switzerland is named: the dateline holds
    many = {"title": ["Fund allocates $75 million"], "lead": ["Chad, Yemen, Haiti and Niger"],
            "body": []}
    assert main_country("NEW YORK", many) == "US"  # no country dominates: the dateline holds
    assert main_country("Bangui / Genève", {"title": ["Libérations"]}) == "CF"


def test_title_and_lead_weigh_more_than_the_body() -> None:
    sections = {"title": ["Le gouvernement colombien reprend le service"],
                "lead": ["Le service était financé par les Pays-Bas."],
                "body": ["Les Pays-Bas et la Belgique ont aidé.", "La Belgique aussi."]}
    # CO: 3 (title); NL: 2 (lead) + 1; BE: 2 -> CO and NL tie at 3, CO comes first
    assert main_country(None, sections) == "CO"


def test_most_mentioned_country_of_the_body() -> None:
    sections = {"title": ["Une campagne dans les régions à haut risque"],
                "lead": ["Des formations ont eu lieu au Pérou."],
                "body": ["Des Péruviennes emmenées en Argentine, au Japon, en Espagne."]}
    assert main_country(None, sections) == "PE"


def test_no_country() -> None:
    assert main_country(None, {"title": ["Migration data"], "lead": ["IOM said."]}) is None


def test_demonym_first_letters_filter_nothing_out() -> None:
    """The demonym pattern looks at a word's first two letters before trying every demonym:
    it finds what the pattern without that look finds."""
    import re

    from pressroom.parsing.country import _demonym_pattern, _literal_starts

    fast = _demonym_pattern()
    slow = re.compile(re.sub(r"^\(\?<!\[\\w-\]\)\(\?=.*?\)\)", r"(?<![\\w-])", fast.pattern),
                      fast.flags)
    assert slow.pattern != fast.pattern
    text = ("Les Péruviens, les colombiennes et des Sud-Soudanais ; Ecuadorians, Ecuatorianas, "
            "South Sudanese, sudanese, costa ricans, Syriens, AFGHANS, afegãos, Vénézuéliens")
    folded = text.translate({ord("é"): "e", ord("ã"): "a"})
    found = [(m.start(), m.lastgroup) for m in fast.finditer(folded)]
    assert found == [(m.start(), m.lastgroup) for m in slow.finditer(folded)]
    assert len(found) >= 10
    assert _literal_starts(["ab?c"]) is None and _literal_starts(["(?<!x )abc|de"]) == {"ab", "de"}


#: Pieces of folded text around demonyms: cases, hyphens, a lookbehind's words, caseless signs
#: and cased ones (which send the text to the slow path).
_DEMONYM_PIECES = ["Peruviens", "colombiennes", "Sud-", "Soudanais", "South ", "sudanese",
                   "costa ricans", "COSTA RICANS", "Syriens", "afegaos", "Ecuadorians", "ecuador",
                   "dollars ", "euros ", " ", "-", ", ", "«", "»", "’", "ª", "É", "ſ", "K", "x"]


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(st.sampled_from(_DEMONYM_PIECES), max_size=10).map("".join))
def test_lower_case_demonym_search_finds_what_the_pattern_finds(text: str) -> None:
    from pressroom.parsing.country import _demonym_pattern, _demonyms

    def spans(matches):
        return [(m.start(), m.end(), m.lastgroup) for m in matches]

    assert spans(_demonyms(text)) == spans(_demonym_pattern().finditer(text))


#: Country names (some inside longer ones, or after a hyphen or a letter) and what stands around.
_NAME_PIECES = ["United States", "United States of America", "Niger", "Nigeria", "Guinea",
                "Papua New Guinea", "Equatorial Guinea", "Sudan", "South Sudan", "Congo",
                "Republique du Congo", "Perou", "Peru", "-", " ", "x", ", ", "«", "’", "\n"]


@cache
def _names_in_one_tree() -> re.Pattern[str]:
    """The country-name pattern as first written: the word-start test, then one prefix tree."""
    from pressroom.parsing.country import country_names
    from pressroom.parsing.lexicon import union
    from pressroom.parsing.text import alternation, fold

    ambiguous = {fold(a) for a in union("ambiguous_country_names")}
    names = [n for n in country_names() if n not in ambiguous]
    return re.compile(rf"(?<![\w-])(?:{alternation(names, case_sensitive=True)})(?![\w-])")


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=8).map("".join))
def test_country_names_branching_on_first_letters_find_what_one_tree_finds(text: str) -> None:
    from pressroom.parsing.country import _name_pattern

    assert ([m.span() for m in _name_pattern().finditer(text)]
            == [m.span() for m in _names_in_one_tree().finditer(text)])


def test_the_caseless_signs_are_caseless() -> None:
    import string

    from pressroom.parsing.country import _CASELESS_SIGNS

    for sign in _CASELESS_SIGNS:
        assert sign.lower() == sign
        assert not any(re.fullmatch(letter, sign, re.IGNORECASE)
                       for letter in string.ascii_letters)


@pytest.mark.parametrize(
    ("place", "code"),
    [("ATHENS, Ohio", "US"), ("Paris, Texas", "US"), ("London, Ontario", "CA"),
     ("Culiacán, Sinaloa", "MX"), ("ATHENS", "GR"), ("Bujumbura, Burundi", "BI")],
)
def test_a_state_or_province_after_a_city_names_its_country(place: str, code: str) -> None:
    assert place_country(place) == code


def _country(page: str) -> str | None:
    from pressroom.parsing import parse_text
    releases, _ = parse_text(page)
    return releases[0].country


def test_a_town_named_in_the_lead_of_a_text_naming_no_country_gives_it() -> None:
    page = ("Castelo Branco requalifica o mercado municipal\n"
            "A Câmara Municipal de Castelo Branco aprovou um investimento de 2,1 milhões de "
            "euros na requalificação do mercado municipal, que recebe cerca de 900 visitantes "
            "por dia.\n")
    assert _country(page) == "PT"


def test_a_town_inside_a_longer_name_or_after_a_first_name_is_no_place() -> None:
    page = ("Campaña de invierno: inscripciones abiertas\n"
            "La Fundación Raíces del Sur abrió las inscripciones de su campaña de invierno, "
            "informó Tomás Araya, su director, a 300 voluntarios.\n")
    assert _country(page) is None


def test_the_footer_address_gives_the_country_of_a_page_naming_no_place() -> None:
    page = ("Campaña de invierno: inscripciones abiertas\n"
            "La fundación abrió las inscripciones de su campaña de invierno para 300 "
            "voluntarios, informó su director.\n"
            "Contacto de prensa\nAna Pérez\nana.perez@fundacion.example\n"
            "Artículos relacionados\n"
            "Fundación del Sur · Av. Los Carrera 1250, Concepción\n")
    assert _country(page) == "CL"


def test_a_town_in_a_ministry_s_name_or_named_once_in_the_body_is_no_place() -> None:
    page = ("Un estudio revela las necesidades de las personas desplazadas\n"
            "El proyecto busca fortalecer las instituciones encargadas de la asistencia a las "
            "personas desplazadas, afirmó la coordinadora del programa.\n"
            "El comité reúne al Ministerio de Justicia y a la Policía Nacional.\n")
    assert _country(page) is None


def test_a_town_in_a_supreme_court_s_name_is_no_place() -> None:
    page = ("La Corte Suprema dictó 14.862 sentencias durante 2024\n"
            "La Corte Suprema de Justicia de la Nación dictó 14.862 sentencias durante 2024, "
            "según el informe estadístico anual.\n")
    assert _country(page) is None


def test_the_letterhead_s_country_wins_over_a_dateline_town_of_several_countries() -> None:
    page = ("Caja Costarricense de Seguro Social\n"
            "Sala de prensa › Noticias\n"
            "Hospital reduce en 38 % la lista de espera quirúrgica\n"
            "Ciudad Quesada, San Carlos, 7 abr (CCSS).– El hospital redujo en un 38 % su lista "
            "de espera quirúrgica en el último año, gracias a las jornadas de producción.\n")
    assert _country(page) == "CR"
    venezuelan = page.replace("Caja Costarricense de Seguro Social", "Hospital Central")
    assert _country(venezuelan) == "VE"  # no letterhead country: the largest namesake


def test_a_dateline_town_of_several_countries_is_in_the_one_the_text_names() -> None:
    page = ("Federación Costarricense de Baloncesto\n"
            "La selección viaja a Panamá con 12 jugadoras\n"
            "San José, 3 de mayo de 2025 – La Federación Costarricense de Baloncesto anunció la "
            "lista de 12 jugadoras que enfrentarán a Panamá el sábado en Ciudad de Panamá, "
            "donde Panamá defiende el título.\n")
    assert _country(page) == "CR"  # San José: CR, PH, US; the rival is named more often
    abroad = page.replace("Costarricense", "Regional").replace("San José", "San Juan")
    assert _country(abroad) == "PA"  # no namesake of the town named: the country it is about


def test_a_region_in_the_letterhead_or_title_names_its_country() -> None:
    galician = ("Junta de Galicia\n"
                "Consejería de Cultura\n"
                "La consejería abre las inscripciones de los talleres de verano\n"
                "Los talleres recibirán a 450 niños y niñas de entre 6 y 12 años durante el mes "
                "de julio, informó la consejera.\n")
    assert _country(galician) == "ES"
    welsh = ("Food banks in Wales handed out more parcels this winter\n"
             "Volunteers handed out 8,200 emergency food parcels between November and "
             "February, the network said today.\n")
    assert _country(welsh) == "GB"


def test_a_region_s_name_inside_a_person_s_name_is_no_place() -> None:
    page = ("Volunteers handed out more parcels this winter\n"
            "Volunteers handed out 8,200 emergency food parcels between November and "
            "February, said Jane Queensland, who leads the network.\n")
    assert _country(page) is None


def test_a_country_named_in_the_page_footer_gives_the_country_of_a_page_naming_none() -> None:
    page = ("Logement : 300 nouveaux logements sociaux\n"
            "La ministre a présenté ce mardi un programme de 300 logements sociaux, qui "
            "seront livrés d'ici à la fin de l'année prochaine.\n"
            "Contact presse : service communication, presse@ministere.example\n"
            "Partager cette page\n"
            "© Le gouvernement luxembourgeois\n")
    assert _country(page) == "LU"


def test_a_city_s_name_after_a_first_name_or_a_title_is_no_place() -> None:
    page = ("Disaster grants open to flood-hit farmers\n"
            "Farmers can now apply for grants of up to $75,000, said Minister Sarah Whitby.\n"
            "Applications close at the end of June, Minister Whitby added.\n")
    assert _country(page) is None


def test_a_region_named_by_points_of_the_compass_names_no_country() -> None:
    page = ("Sud-Ouest : les pluies ont détruit 300 hectares de cultures\n"
            "Les pluies de la semaine dernière ont détruit 300 hectares de cultures dans le "
            "Sud-Ouest, selon les premières estimations de l'équipe.\n")
    assert _country(page) is None


def test_a_country_name_of_another_language_that_is_a_city_of_the_texts_is_the_city() -> None:
    """"Salvador" is El Salvador in French, but Bahia's capital in a Portuguese text."""
    text = ("Prefeitura amplia a coleta seletiva para 120 bairros\n"
            "A prefeitura anunciou nesta segunda-feira a ampliação da coleta seletiva para 120 "
            "bairros de Salvador, que passam a ter recolha três vezes por semana.\n"
            "O programa recicla 4,2 mil toneladas por mês em Salvador e em Lauro de Freitas.\n")
    releases, _ = parse_text(text)
    assert releases[0].language == "pt"
    assert releases[0].country == "BR"


def test_a_state_s_code_before_its_government_gives_the_country_and_its_dollars() -> None:
    page = ("QLD Government | Department of Transport\n"
            "Media statement\n"
            "New bus interchange opens at Gympie\n"
            "The $12.4 million interchange opened on Monday with room for 14 buses, funded by "
            "the Commonwealth and the council.\n")
    releases, _ = parse_text(page)
    assert releases[0].country == "AU"
    assert [s.unit for s in releases[0].statistics if s.value == 12_400_000] == ["currency:AUD"]


def test_an_acronym_before_a_word_naming_no_government_names_no_state() -> None:
    page = ("The NSW team wins again\n"
            "Volunteers handed out 8,200 food parcels between November and February.\n")
    assert _country(page) is None


def test_a_code_better_known_as_a_country_s_acronym_names_no_state() -> None:
    """"KSA" is Kosrae's ISO 3166-2 code, but an English page means Saudi Arabia by it."""
    page = ("KSA Ministry of Health launches vaccination drive\n"
            "The KSA Ministry of Health said that 1.2 million children were vaccinated.\n")
    assert _country(page) != "FM"


@pytest.mark.parametrize(("body", "code"), [
    # a country, a nationality and a neighbour named once each: the cities tell
    ("Les ressortissants maliens forment le premier groupe. La Mauritanie a renforcé ses "
     "contrôles à Nouadhibou, à Nouakchott et à Rosso, au départ de l'archipel espagnol.", "MR"),
    ("Most arrivals were Bolivian nationals. Chile opened shelters in Iquique, Arica and "
     "Antofagasta, with help from Peru.", "CL"),
])
def test_cities_break_a_tie_of_countries_named_once(body: str, code: str) -> None:
    """No dateline; several countries named once each: the country whose cities the text
    names is the page's, not the first one named."""
    assert main_country(None, {"title": ["Migration : les chiffres du mois"],
                               "body": [body]}) == code
