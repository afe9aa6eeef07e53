"""Copy formats around a release: Markdown and chat markup, PDF layouts, update notes above
the title, notices above the dated lead, aggregators showing releases one after another."""

from __future__ import annotations

import pytest

from pressroom.parsing import parse_text
from pressroom.parsing.country import dateline_countries
from pressroom.parsing.head import head_date, is_update_note
from pressroom.parsing.layout import read_layout
from pressroom.parsing.markup import strip_markup


def _release(text: str):
    releases, _ = parse_text(text)
    assert len(releases) == 1
    return releases[0]


# --- markup -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("## Press contacts", "Press contacts"),
        ("# Title with a closing mark ##", "Title with a closing mark"),
        ("[Skip to content](#main) · [News](https://x.example/news)", "Skip to content · News"),
        ("**Nota de prensa** · 3 de mayo", "Nota de prensa · 3 de mayo"),
        ("*Assessoria / Press:* Ana Lima", "Assessoria / Press: Ana Lima"),
        ("_en italique_ et __en gras__", "en italique et en gras"),
        ("![logo](img/logo.png)Acme", "Acme"),
        ("[Download the release (PDF, 312 KB)](https://x.example/pr.pdf)", ""),
        ("see [the report](https://x.example/r.pdf) here", "see the report here"),
        # no markup: separators, end marks, bullets, hashtags, footnotes, names with "_"
        ("* * *", "* * *"), ("###", "###"), ("* first item", "* first item"),
        ("#COP30 #Belem", "#COP30 #Belem"), ("5 000* visitors", "5 000* visitors"),
        ("press_office@x.example", "press_office@x.example"), ("2*3*4", "2*3*4"),
    ],
)
def test_markup_marks_go_and_the_words_stay(text: str, cleaned: str) -> None:
    assert strip_markup(text) == cleaned


LEAD_EN = ("NAIROBI, 4 March 2025 – The Kenya Tea Growers Association said on Tuesday that "
           "its 52,000 members delivered 310 million kilos of green leaf in 2024.")


def test_a_markdown_page_s_second_heading_is_the_title_without_its_marks() -> None:
    text = ("[Skip to content](#content)\n\n# Kenya Tea Growers Association\n\n"
            "[Home](https://ktga.example/) · [News](https://ktga.example/news)\n\n"
            "**Press release** · 4 March 2025\n\n"
            "# Tea growers deliver record **310 million kilos** of green leaf\n\n"
            f"{LEAD_EN}\n")
    release = _release(text)
    assert release.title == "Tea growers deliver record 310 million kilos of green leaf"
    assert release.dateline == "NAIROBI"


def test_a_chat_forward_s_bold_headline_loses_its_asterisks() -> None:
    text = ("*NOTA À IMPRENSA* 📰\n\n*Prefeitura entrega 40 novas creches em Belém*\n\n"
            "Belém, 3 de junho de 2025 – A prefeitura entregou nesta terça-feira 40 novas "
            "creches, com 4.800 vagas para crianças de até 5 anos.\n")
    assert _release(text).title == "Prefeitura entrega 40 novas creches em Belém"


def test_a_standfirst_sentence_above_the_dated_lead_leaves_the_dateline_to_the_lead() -> None:
    text = ("Les producteurs touchent 4 centimes de plus par litre\n\n"
            "Le supplément versé cette année est le plus élevé depuis la fusion des deux "
            "coopératives en 2011.\n\n"
            "Vevey (VD), 3 septembre 2025 – L'assemblée des délégués de la coopérative a "
            "approuvé mardi le versement d'un supplément de 2,1 millions de francs.\n")
    release = _release(text)
    assert (release.dateline, release.published_on, release.country) == (
        "Vevey (VD)", "2025-09-03", "CH")


# --- update and correction notes ---------------------------------------------------------

@pytest.mark.parametrize(
    "line",
    [
        "UPDATE (5 March 2025): An earlier version of this release misstated the number of "
        "schools (120, not 210).",
        "Corrección, 12/03/2025 – la versión anterior indicaba 4.500 becas; la cifra correcta "
        "es 5.400.",
        "Nota da redação: o texto foi atualizado às 16h10 para corrigir o número de vagas.",
        "Rectificatif du 3 mai : le montant exact est de 12 millions d'euros.",
    ],
)
def test_update_and_correction_notes(line: str) -> None:
    assert is_update_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "Mise à jour des recommandations vaccinales : le Haut Conseil publie son avis",
        "Updated: 12 March 2025",
        "Correction of the Danube riverbed begins in Vukovar",
        "Update: Cholera response in Haiti reaches 40,000 people",
    ],
)
def test_headlines_and_date_lines_are_no_update_note(line: str) -> None:
    assert not is_update_note(line)


def test_an_update_note_above_the_title_is_neither_title_nor_lead_nor_figures() -> None:
    text = ("Ministry of Education\nHome | News | Press releases\n\n"
            "UPDATE (5 March 2025): An earlier version of this release misstated the number of "
            "new schools (120, not 210).\n\n"
            "Government opens 120 new rural schools ahead of the school year\n\n"
            "Published 4 March 2025 | Press Office\n\n"
            "LUSAKA, 4 March 2025 – The Ministry of Education opened 120 new rural schools "
            "this week, with places for 36,000 pupils, the ministry said on Tuesday.\n")
    release = _release(text)
    assert release.title == "Government opens 120 new rural schools ahead of the school year"
    assert (release.dateline, release.published_on) == ("LUSAKA", "2025-03-04")
    assert 210 not in [s.value for s in release.statistics]


def test_a_correction_note_under_the_body_is_no_release_text() -> None:
    text = ("Hospital abre 30 leitos de UTI em Natal\n\n"
            "Natal, 4 de março de 2025 – O hospital estadual abriu nesta terça-feira 30 novos "
            "leitos de UTI, informou a secretaria de Saúde.\n\n"
            "Nota da redação: a versão anterior deste texto informava 45 leitos; o número "
            "correto é 30.\n")
    release = _release(text)
    assert [s.value for s in release.statistics] == [30]
    assert not any("redação" in p.text for p in release.paragraphs)


def test_a_date_field_between_middle_dots_dates_the_release() -> None:
    assert str(head_date("12/03/2025 · Sala de prensa · 4 min de lectura")) == "2025-03-12"


@pytest.mark.parametrize(
    ("place", "country"),
    [("Cáceres (MT)", "BR"), ("Lausanne (VD)", "CH"), ("Londrina (PR)", "BR")],
)
def test_a_region_code_in_brackets_after_the_dateline_s_town(place: str, country: str) -> None:
    assert dateline_countries(place) == frozenset({country})


# --- PDF layouts --------------------------------------------------------------------------

def test_page_numbers_and_running_footers_go_letterhead_columns_are_cut() -> None:
    text = ("FEDERACIÓN BOLIVIANA DE VÓLEIBOL          COMUNICADO DE PRENSA\n"
            "the body's last line\n"
            "Página 1 de 2                        FBV Comunicado 07/2025\n"
            "Page 3\nPages of history\n")
    assert read_layout(text).split("\n") == [
        "FEDERACIÓN BOLIVIANA DE VÓLEIBOL", "COMUNICADO DE PRENSA", "the body's last line",
        "Pages of history", ""]


def test_a_running_footer_whose_bar_divided_fields_end_on_a_page_number_goes() -> None:
    text = ("DOSSIER DE PRESSE\nSaison 2025\n\n"
            "Dossier de presse – Saison 2025 | Parc régional du Morvan | page 1\n\n"
            "Le parc a reçu 412 000 visiteurs en 2024.\n"
            "Horaires | Tarifs | Page d'accueil\n"
            "Dossier de presse – Saison 2025 | Parc régional du Morvan | p. 2/4\n")
    assert read_layout(text).split("\n") == [
        "DOSSIER DE PRESSE", "Saison 2025", "", "", "Le parc a reçu 412 000 visiteurs en 2024.",
        "Horaires | Tarifs | Page d'accueil", ""]


def test_a_title_wrapped_after_its_semicolon_under_a_pdf_letterhead() -> None:
    text = ("FEDERACIÓN BOLIVIANA DE VÓLEIBOL          COMUNICADO DE PRENSA\n"
            "Av. Arce 2410, La Paz  |  www.fbv.example          N.º 07/2025\n\n"
            "La selección juvenil viaja al Sudamericano;\n"
            "el programa escolar llega a 9.400 niñas\n\n"
            "LA PAZ, 2 de junio de 2025 – La Federación Boliviana de Vóleibol (FBV) anunció\n"
            "hoy la lista de 14 jugadoras que viajarán al Sudamericano juvenil de Lima.\n")
    release = _release(text)
    assert release.title == ("La selección juvenil viaja al Sudamericano; el programa escolar "
                             "llega a 9.400 niñas")
    assert (release.template, release.dateline) == ("press_release", "LA PAZ")


# --- notices above the lead, aggregators -------------------------------------------------

def test_a_dated_wire_dateline_under_a_notice_opens_the_lead() -> None:
    text = ("Cooperativa Agrícola do Vale reporta receita recorde de R$ 2,1 bilhões\n\n"
            "Este comunicado também está disponível em inglês e espanhol. Em caso de "
            "divergência, prevalece a versão em português. / This announcement is also "
            "available in English. / Este comunicado también está disponible en español.\n\n"
            "CASCAVEL, Brasil, 4 de junho de 2025 (BUSINESS WIRE) -- A Cooperativa Agrícola "
            "do Vale informou hoje receita de R$ 2,1 bilhões em 2024, alta de 8%.\n")
    release = _release(text)
    assert (release.dateline, release.published_on, release.template) == (
        "CASCAVEL, Brasil", "2025-06-04", "press_release")


def test_an_aggregator_s_releases_one_after_another_are_split() -> None:
    text = ("Agencia de Noticias del Caribe\r\nInicio | Noticias | Comunicados\r\n"
            "Mostrando 2 comunicados del 3 de marzo de 2025\r\n\r\n"
            "El puerto de Cartagena movió 3,2 millones de contenedores en 2024\r\n"
            "Publicado 03/03/2025 09:10 por Mesa de Comunicados | Fuente: Puerto de Cartagena\r\n"
            "\r\nCARTAGENA – El puerto de Cartagena movió 3,2 millones de contenedores en "
            "2024, un 6 % más que en 2023, informó este lunes la sociedad portuaria.\r\n\r\n"
            "Compartir: Facebook | X | WhatsApp\r\n\r\n"
            "Barranquilla recibirá a 24 selecciones en el Panamericano de voleibol\r\n"
            "Publicado 03/03/2025 08:40 por Mesa de Comunicados | Fuente: Liga de Voleibol\r\n"
            "\r\nBARRANQUILLA – La Liga de Voleibol del Atlántico recibirá en junio a 24 "
            "selecciones y unos 400 deportistas en el Panamericano juvenil.\r\n")
    releases, _ = parse_text(text)
    assert [r.title for r in releases] == [
        "El puerto de Cartagena movió 3,2 millones de contenedores en 2024",
        "Barranquilla recibirá a 24 selecciones en el Panamericano de voleibol"]
    assert 400 not in [s.value for s in releases[0].statistics]


# --- web-archive captures -------------------------------------------------------------------

_ARCHIVED = """The Wayback Machine - https://web.archive.org/web/20250122101544/https://port.example/news/
https://port.example/news/	Go
31 captures
12 Feb 2025 - 14 Sep 2025
JAN	FEB	MAR
	12
2024	2025	2026
About this capture
COLLECTED BY
Collection: Common Crawl

Skip to main content
Home | News | Contact

Harbour handles a record 1,250,000 containers in 2024

Dover, 12 February 2025 – The harbour handled 1,250,000 containers in 2024, its operator said.

Press office: press@port.example
"""


def test_archive_toolbar_is_neither_title_nor_figure() -> None:
    release = _release(_ARCHIVED)
    assert release.title == "Harbour handles a record 1,250,000 containers in 2024"
    assert release.published_on == "2025-02-12"
    assert all(s.value != 31 for s in release.statistics)


def test_page_quoting_an_archive_address_in_its_text_keeps_its_first_paragraph() -> None:
    text = ("Archive opens its 2025 catalogue\n\nThe catalogue of 1,200 maps, first saved at "
            "https://web.archive.org/web/20250122101544/https://maps.example/, is online.\n")
    release = _release(text)
    assert release.title == "Archive opens its 2025 catalogue"
    assert any(s.value == 1200 for s in release.statistics)
