"""Page chrome around a release copied from a regional site: a cookie notice of several
sentences at the top, captions, search boxes, teasers of other pages."""

from __future__ import annotations

import pytest

from pressroom.parsing import parse_text
from pressroom.parsing.consent import cut_consent_banner, is_consent_notice


def _release(text: str):
    releases, _ = parse_text(text)
    assert len(releases) == 1, [r.title for r in releases]
    return releases[0]


# --- cookie notices ---------------------------------------------------------------------

COOKIE_PAGES = [
    ("Aviso de cookies: Este portal emplea cookies técnicas y analíticas para conocer el uso "
     "del sitio. Las cookies analíticas solo se activan con su permiso y se guardan 13 meses. "
     "Puede aceptarlas, rechazarlas o configurarlas en cualquier momento.\n"
     "Aceptar | Rechazar | Configurar\n"
     "Ayuntamiento de Villaverde del Río\n"
     "Inicio › Noticias\n\n"
     "Villaverde abre 3 nuevas bibliotecas de barrio con 12.000 libros\n\n"
     "El Ayuntamiento destinó 400.000 euros a las obras, que terminaron en octubre\n\n"
     "VILLAVERDE DEL RÍO, 3 de noviembre de 2025 – El Ayuntamiento abrió este lunes tres "
     "nuevas bibliotecas de barrio que suman 12.000 libros y 90 puestos de lectura.\n",
     "Villaverde abre 3 nuevas bibliotecas de barrio con 12.000 libros"),
    ("Votre vie privée nous importe\n"
     "Nous déposons des cookies de mesure d'audience et des traceurs de réseaux sociaux. Ils "
     "sont conservés 13 mois au plus. Vous pouvez accepter, refuser ou personnaliser vos choix.\n"
     "Tout accepter | Tout refuser\n"
     "Office du tourisme de Saint-Brieuc\n"
     "Accueil | Découvrir | Séjourner | Agenda | Presse\n\n"
     "La fréquentation des plages progresse de 8 % cet été\n\n"
     "Saint-Brieuc, le 2 septembre 2025 – L'office du tourisme a compté 412 000 visiteurs sur "
     "les plages de l'agglomération entre juin et août, un record.\n",
     "La fréquentation des plages progresse de 8 % cet été"),
    ("Este sítio usa cookies\n"
     "Usamos cookies para memorizar as suas preferências e medir as visitas. Pode aceitar todos, "
     "recusar os não essenciais ou alterar as definições. A escolha vale 6 meses.\n\n"
     "Câmara Municipal de Vila Nova\n"
     "Início | Município | Serviços | Notícias\n\n"
     "Câmara entrega 250 casas a famílias desalojadas\n\n"
     "Vila Nova, 10 de março de 2025 – A Câmara Municipal entregou hoje as chaves de 250 casas "
     "a famílias desalojadas pelas cheias de janeiro.\n",
     "Câmara entrega 250 casas a famílias desalojadas"),
    ("We value your privacy\n"
     "We and our partners use cookies to keep this site secure and to understand how it is used. "
     "Select Accept to agree, or Manage choices to change your settings at any time.\n"
     "Accept | Manage choices\n\n"
     "Harbour board reports 14% rise in container traffic\n\n"
     "PORT LOUIS, 4 June 2025 – The harbour board said on Wednesday that 1.2 million tonnes of "
     "containers passed through the port in the first quarter, a rise of 14%.\n",
     "Harbour board reports 14% rise in container traffic"),
]


@pytest.mark.parametrize(("text", "title"), COOKIE_PAGES)
def test_a_cookie_notice_of_several_sentences_is_neither_lead_nor_title(
        text: str, title: str) -> None:
    release = _release(text)
    assert release.title == title
    assert release.dateline is not None
    assert not any(s.text.startswith(("13", "6 ")) for s in release.statistics)


def test_the_notice_its_heading_and_its_buttons_are_cut() -> None:
    lines = ["Skip to content", "Cookies on this site",
             "We use cookies to run this site. You can accept them all or reject the others.",
             "Accept all | Reject optional", "City of Lakeside", "", "Title line here"]
    kept, found = cut_consent_banner(lines)
    assert found
    assert kept == ["Skip to content", "City of Lakeside", "", "Title line here"]


@pytest.mark.parametrize("line", [
    # a release's lead about cookies, below its headline: the text has begun above it
    "La autoridad de protección de datos multó a la empresa por instalar cookies sin permiso.",
])
def test_a_lead_about_cookies_under_its_headline_stays(line: str) -> None:
    lines = ["Multa de 2 millones a una tienda en línea por sus cookies, según la autoridad "
             "de datos que investigó durante un año entero.", line]
    assert cut_consent_banner(lines) == (lines, False)


@pytest.mark.parametrize("line", [
    "Cookies policy", "Los vecinos aceptan el nuevo plan de tráfico",
    "The council accepted 40 new applications this year.",
])
def test_lines_that_are_no_cookie_notice(line: str) -> None:
    assert not is_consent_notice(line)


# --- the head: taglines, captions, search boxes ---------------------------------------------

def test_a_site_tagline_above_the_menu_is_no_dateline_of_the_lead() -> None:
    text = ("Municipalidad de Manta\n"
            "Manta – Trabajo y esperanza\n"
            "Inicio | La Municipalidad | Concejo y Alcaldía | Trámites en línea | Noticias\n\n"
            "EL CONCEJO APRUEBA UN PRESUPUESTO DE 12 MILLONES DE DÓLARES PARA 2026\n\n"
            "Publicado el 7 de noviembre de 2025\n\n"
            "El concejo municipal aprobó el jueves el presupuesto de 2026, que destina 4 millones "
            "de dólares al agua potable y 2 millones a la recolección de basura.\n")
    assert _release(text).title == ("EL CONCEJO APRUEBA UN PRESUPUESTO DE 12 MILLONES DE DÓLARES "
                                    "PARA 2026")


@pytest.mark.parametrize("caption", [
    "Volunteers load food parcels for displaced families at the relief depot. "
    "Photo: Red Cross / J. Mwale (3 of 12)",
    "Families displaced by the floods collect food parcels at the relief depot. "
    "(Photo : Service communication – 2/8)",
    "Food parcels for displaced families leave the relief depot on Monday. "
    "(Foto: Câmara Municipal – 4/9)",
    "Food parcels for families displaced by the floods at the relief depot. "
    "Foto: Aguas del Norte (IMG_0412)",
])
def test_a_photo_caption_closed_by_its_credit_is_not_the_title(caption: str) -> None:
    text = ("Home | News | Media | Contact\n\n"
            "Relief depot ships 4,200 food parcels in its first week\n\n"
            "Posted 3 March 2025\n\n"
            f"{caption}\n\n"
            "LILONGWE, 3 March 2025 – The relief depot opened last week has already shipped 4,200 "
            "food parcels to families displaced by the floods, the organisers said on Monday.\n")
    assert _release(text).title == "Relief depot ships 4,200 food parcels in its first week"


@pytest.mark.parametrize("box", ["Search this site", "Rechercher sur le site", "Buscar…",
                                 "Pesquisar no portal"])
def test_a_search_box_above_a_sidebar_is_not_the_title(box: str) -> None:
    from pressroom.parsing.head import is_chrome
    assert is_chrome(box)


# --- other pages' headlines under the release -------------------------------------------

@pytest.mark.parametrize("heading", ["Previous posts", "Otras notas de prensa", "Ler mais",
                                     "Dernières actualités", "Outras notícias"])
def test_a_list_of_other_posts_gives_no_figures(heading: str) -> None:
    text = ("Home | News | Media | Contact\n\n"
            "Port welcomes 1.2 million passengers in the first quarter\n\n"
            "TEMA, 4 April 2025 – The port welcomed 1.2 million passengers in the first "
            "quarter, the port authority said on Friday.\n\n"
            f"{heading}\n"
            "« New crane arrives for the container terminal (12 March 2025)\n"
            "« 450 dockworkers complete safety training (2 March 2025)\n\n"
            "Port Authority · PO Box 150, Tema\n")
    release = _release(text)
    assert [s.value for s in release.statistics] == [1_200_000]


def test_teasers_closed_by_a_date_and_a_read_more_link_give_no_figures() -> None:
    text = ("Início | Notícias | Contactos\n\n"
            "Hospital regional realizou 3.200 cirurgias no primeiro semestre\n\n"
            "Beira, 2 de julho de 2025 – O hospital regional realizou 3.200 cirurgias entre "
            "janeiro e junho, anunciou a direção clínica.\n\n"
            "Ler mais\n"
            "Concurso n.º 04/HR/2025: aquisição de material cirúrgico para o bloco operatório "
            "central – 20 de junho de 2025 – Ler mais ›\n"
            "Nova ala pediátrica abre com 40 camas e 2 salas de isolamento para doentes "
            "infecciosos – 2 de junho de 2025 – Ler mais ›\n\n"
            "Hospital Regional · Avenida Central · © 2025\n")
    assert [s.value for s in _release(text).statistics] == [3200]


def test_a_sidebar_s_contacts_and_latest_news_above_the_headline() -> None:
    text = ("Home | About | Newsroom | Contact\n"
            "Search this site\n\n"
            "MEDIA CONTACT\n"
            "Asha Deonarine\n"
            "Communications Officer\n"
            "T: +592 225 0101\n"
            "E: asha.deonarine@power.example\n\n"
            "Latest news\n"
            "- Vacancies: 6 linemen and 2 engineers\n"
            "- Planned outage on Camp Street, 4 June\n\n"
            "Newsroom / Press Releases\n\n"
            "Power company connects 2,300 homes in Berbice\n\n"
            "By Corporate Communications | 3 June 2025\n\n"
            "NEW AMSTERDAM – The power company has connected 2,300 homes in Berbice to the grid "
            "since January, it said on Tuesday.\n\n"
            "Related news\n"
            "- New substation opens with 40 megawatts (2 May 2025)\n"
            "- Board approves 1,500 new meters (12 April 2025)\n")
    release = _release(text)
    assert release.title == "Power company connects 2,300 homes in Berbice"
    assert [c.name for c in release.contacts] == ["Asha Deonarine"]
    assert [s.value for s in release.statistics] == [2300]


# --- country: a short name of the dateline's country ------------------------------------

@pytest.mark.parametrize(("text", "country"), [
    ("Empresa de Transportes da Guiné\n\n"
     "Empresa da Guiné compra 40 autocarros para a capital\n\n"
     "Bissau, 3 de junho de 2025 – A Empresa de Transportes da Guiné recebeu 40 autocarros "
     "novos, num investimento de 2,1 mil milhões de francos CFA, anunciou a administração.\n",
     "GW"),
    ("Office congolais des routes\n\n"
     "Le Congo relance 120 kilomètres de routes de desserte agricole\n\n"
     "Kinshasa, le 3 juin 2025 – L'Office des routes du Congo a lancé lundi les travaux de "
     "réhabilitation de routes agricoles qui desserviront 45 000 producteurs.\n",
     "CD"),
])
def test_a_country_named_by_a_short_form_of_the_dateline_s_is_the_dateline_s(
        text: str, country: str) -> None:
    release = _release(text)
    assert release.country == country


def test_francs_cfa_under_a_bissau_dateline_are_west_african() -> None:
    text = ("Empresa da Guiné compra 40 autocarros\n\n"
            "Bissau, 3 de junho de 2025 – A Empresa de Transportes da Guiné investiu 2,1 mil "
            "milhões de francos CFA em 40 autocarros novos, anunciou a administração.\n")
    units = {s.unit for s in _release(text).statistics}
    assert "currency:XOF" in units


# --- teasers, photo counters, credits ---------------------------------------------------

def test_teasers_closed_by_read_more_give_no_figures_without_a_heading() -> None:
    text = ("Home | News | Contact\n\n"
            "Hospital opens 60-bed maternity wing\n\n"
            "KINGSTOWN, 4 June 2025 – The general hospital opened a new maternity wing with 60 "
            "beds on Tuesday, the ministry said.\n\n"
            "Minister tours 12 rural clinics in three days ... Read more »\n"
            "Health week draws 2,000 visitors to the capital – Lire la suite ›\n")
    assert [s.value for s in _release(text).statistics] == [60]


@pytest.mark.parametrize("line", [
    "Minister tours 12 rural clinics in three days ... Read more »",
    "Feira recebe 86 mil visitantes – Ler mais ›", "Nueva sede abre en mayo | Leer más",
    "Le port recrute 35 dockers… Lire la suite",
])
def test_teaser_lines(line: str) -> None:
    from pressroom.parsing.segment import is_teaser
    assert is_teaser(line)


@pytest.mark.parametrize("line", [
    "The report is online; read more on the ministry's website.",
    "Para saber mais, contacte o gabinete de imprensa.",
])
def test_sentences_naming_a_link_are_no_teasers(line: str) -> None:
    from pressroom.parsing.segment import is_teaser
    assert not is_teaser(line)


def test_a_gallery_counter_and_a_credit_line_under_the_headline() -> None:
    text = ("Accueil | Actualités | Contact\n\n"
            "Le port accueille 120 paquebots pendant la saison\n\n"
            "Le paquebot à quai, le 3 mars 2025. Crédit photo : Port autonome / J. Dupont\n\n"
            "Image 3 sur 12\n\n"
            "Papeete, le 4 juin 2025 – Le port autonome a accueilli 120 paquebots pendant la "
            "saison 2024-2025, a annoncé la direction.\n\n"
            "Plus d'articles\n"
            "Le port recrute 35 dockers pour l'été\n")
    release = _release(text)
    assert release.title == "Le port accueille 120 paquebots pendant la saison"
    assert release.dateline == "Papeete"
    assert [s.value for s in release.statistics] == [120]


def test_a_dated_lead_about_cookies_is_no_notice() -> None:
    lines = ["Regulator fines retailer",
             "DUBLIN, 4 June 2025 – The regulator fined an online retailer because visitors could "
             "not refuse its advertising cookies, and ordered it to ask for consent."]
    assert cut_consent_banner(lines) == (lines, False)


# --- a site's name right above the headline -------------------------------------------------

@pytest.mark.parametrize(("text", "title"), [
    ("Office du Tourisme de Saint-Brieuc\n\n"
     "La fréquentation des plages progresse de 8 % cet été\n\n"
     "Publié le 2 septembre 2025\n\n"
     "Saint-Brieuc, le 2 septembre 2025 – L'office du tourisme de Saint-Brieuc a compté 412 000 "
     "visiteurs sur les plages de l'agglomération entre juin et août, un record.\n",
     "La fréquentation des plages progresse de 8 % cet été"),
    ("Serviço Municipal de Águas de Tete\n\n"
     "Nova conduta abastece mais 3.000 famílias\n\n"
     "Tete, 2 de setembro de 2025 – O serviço municipal de águas de Tete ligou mais 3.000 "
     "famílias à rede desde janeiro, anunciou a direção.\n",
     "Nova conduta abastece mais 3.000 famílias"),
])
def test_a_site_name_the_body_writes_in_other_capitals_is_not_the_title(
        text: str, title: str) -> None:
    assert _release(text).title == title


# --- country from a currency one country alone uses -------------------------------------

@pytest.mark.parametrize(("text", "country"), [
    ("Accueil | Actualités | Contact\n\nLe conseil adopte un budget de 12 milliards d'ariary\n\n"
     "Le conseil municipal a adopté jeudi un budget de 12 milliards d'ariary pour l'exercice "
     "2026, dont 4 milliards pour l'assainissement.\n", "MG"),
    ("Home | News | Contact\n\nCharity run raises WS$48,500 for dialysis unit\n\n"
     "The charity run raised WS$48,500 for the kidney dialysis unit, the organisers said on "
     "Monday.\n", "WS"),
    # the East Caribbean dollar is eight territories' tender: no country from it
    ("Home | News\n\nPolice seize EC$86,000 in cash during operation\n\n"
     "Police seized EC$86,000 in cash and 37 firearms during a 90-day operation, the force "
     "said on Monday.\n", None),
])
def test_a_page_naming_no_place_takes_the_country_of_its_currency(
        text: str, country: str | None) -> None:
    assert _release(text).country == country


def test_headquarters_numbers_alone_give_no_country() -> None:
    text = ("Health statistics show 14 million deaths in 2024\n\n"
            "The world health statistics published today count 14 million deaths in 2024, the "
            "organisation said on Monday.\n\n"
            "Media contact\nJane Doe | +41 79 475 5556 | doe@who.example\n")
    assert _release(text).country is None


def test_a_headline_about_cookies_is_no_notice() -> None:
    assert not is_consent_notice("Regulator fines retailer over cookies users could not refuse")
    text = ("Regulator fines retailer over cookies users could not refuse\n\n"
            "DUBLIN, 4 June 2025 – The data regulator fined an online retailer 2 million euros "
            "because visitors could not refuse its advertising cookies.\n")
    assert _release(text).title == "Regulator fines retailer over cookies users could not refuse"
