"""Titles among page chrome, and publication dates written around them (hand-written pages)."""

from __future__ import annotations

import pytest

from pressroom.parsing import parse_text

LEAD_FR = ("Goma (CICR) – Le Comité international de la Croix-Rouge a distribué des vivres à "
           "12 000 familles déplacées par les combats au Nord-Kivu, a-t-il annoncé jeudi.")
LEAD_EN = ("DHAKA, 3 March 2021 - Aid agencies reached 50,000 people displaced by the floods in "
           "northern Bangladesh this week, the agency said.")
TITLE_FR = "RD Congo : le CICR distribue des vivres aux familles déplacées"
TITLE_EN = "Aid reaches flood-hit families in northern Bangladesh"


def _release(text: str):
    releases, _ = parse_text(text)
    assert len(releases) == 1
    return releases[0]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # archive banners and a "date + header" line above the headline
        (f"Page archivée : peut contenir des informations obsolètes\n\n{TITLE_FR}\n\n"
         f"14-03-2012 Communiqué de presse 12/045\n\n{LEAD_FR}\n", TITLE_FR),
        (f"Archived content: this page may be out of date\n\n{TITLE_EN}\n\n{LEAD_EN}\n", TITLE_EN),
        (f"Página archivada\n\n{TITLE_FR}\n\n{LEAD_FR}\n", TITLE_FR),
        # a logo, a category label, a listing counter and a pipe header
        (f"logo\nFloods\nDisplaying 1 - 20 of 45\n| Press release\n\n{TITLE_EN}\n\n{LEAD_EN}\n",
         TITLE_EN),
        # share and print buttons above the headline
        (f"Share on Facebook\nTweet\nPrint\n\n{TITLE_EN}\n\n{LEAD_EN}\n", TITLE_EN),
        # a bare header and an image's alt text under the headline
        (f"Comunicado de imprensa\n\n{TITLE_FR}\n\nCICR logo\n\n{LEAD_FR}\n", TITLE_FR),
        # the search tool's stamp, a header, then the lead: no headline
        (f" date 2023-09 communiqué de presse\n\n{LEAD_FR}\n\nLe CICR poursuit son aide.\n", None),
        # a newswire lead with the stamp glued in front: no headline
        (" date 2021-03-03 TORONTO, ON, March 3, 2021 /CNW/ - The agency announced new funding "
         "for 3,000 refugee families arriving in Canada this year.\n\nMore text follows.\n", None),
        # a listing header and a site name in capitals: no headline
        (f"2019 Press Releases\n\n{LEAD_EN}\n\nMore text follows here.\n", None),
        (f"MÉDICOS DEL MUNDO\n\n{LEAD_FR}\n\nMore text.\n", None),
        # a photo caption above its credit line: no headline
        ("Children wait for food in a camp\n\nDisplaced children in a camp near Goma. © Agency/J. "
         f"Doe\n\n{LEAD_EN}\n\nMore text.\n", None),
        # a clock timestamp, then a quotation opening the text: no headline
        ("1970-01-01 03:00:00\n« Nous avons aidé ces familles à retrouver les leurs dans des "
         "conditions très difficiles », a déclaré le chef de la délégation du CICR.\n"
         "Le CICR continuera son travail.\n", None),
    ],
)
def test_title_among_page_chrome(text: str, title: str | None) -> None:
    assert _release(text).title == title


@pytest.mark.parametrize(
    ("text", "published_on"),
    [
        (f"Press releases, 04.05.2019\n\n{LEAD_FR}\n", "2019-05-04"),
        (f"{TITLE_EN}\n\nPosted on Tue, Mar-02-2021\n\n{LEAD_FR}\n", "2021-03-02"),
        (f"{TITLE_FR}\n\n14-03-2012 Communiqué de presse\n\n{LEAD_FR}\n", "2012-03-14"),
        (f"{TITLE_FR}\n\n{LEAD_FR}\n\nLe CICR poursuit son aide.\n"
         "Dernière modification 28.04.2020\n", "2020-04-28"),
        (f"{TITLE_EN}\nLIMA, PERÚ, OCTUBRE 21 de 2018. - Aid agencies reached 50,000 people "
         "displaced by the floods in northern Peru this week.\n", "2018-10-21"),
    ],
)
def test_publication_date_from_head_lines_and_labels(text: str, published_on: str) -> None:
    assert _release(text).published_on == published_on


def test_breadcrumb_above_the_title_and_notes_to_editors_after_the_contacts() -> None:
    text = ("Accueil > Actualités > Communiqués\n"
            "Tchad : une ONG alerte sur la malnutrition dans les camps de l'Est\n"
            "Publié le 12/05/2024\n"
            "N'Djamena, le 12 mai 2024 – L'organisation a soigné plus de 2 500 enfants "
            "malnutris dans les camps de l'Est depuis janvier, a-t-elle annoncé.\n"
            "Contact presse :\n"
            "Paul Martin – +33 6 12 34 56 78 – paul.martin@ong.example.org\n"
            "Notes aux rédactions\n"
            "L'organisation est une association médicale humanitaire fondée en 1971.\n")
    release = _release(text)
    assert (release.title, release.dateline, release.country, release.published_on) == (
        "Tchad : une ONG alerte sur la malnutrition dans les camps de l'Est", "N'Djamena", "TD",
        "2024-05-12")
    assert [(c.name, [p.e164 for p in c.phones]) for c in release.contacts] == [
        ("Paul Martin", ["+33612345678"])]


def test_aggregator_metadata_and_byline_under_the_title() -> None:
    text = ("Sudan: aid workers reach besieged town for the first time in months\n\n"
            "Format\nNews and Press Release\nSource\nUNHCR\nPosted\n10 Mar 2022\n"
            "Originally published\n10 Mar 2022\nOrigin\nView original\n\nBy Jane Doe\n\n"
            "GENEVA – Aid workers reached the besieged town of El Fasher in Sudan on Tuesday, "
            "bringing food for 20,000 people, UNHCR said.\n\nThe convoy also carried medicine.\n")
    release = _release(text)
    assert (release.title, release.dateline, release.published_on) == (
        "Sudan: aid workers reach besieged town for the first time in months", "GENEVA",
        "2022-03-10")
    assert release.lead.startswith("Aid workers reached")


def test_hard_wrapped_page_starting_at_the_lead_has_no_title() -> None:
    text = ("Bamako (CICR) – Le Comité international de la\n"
            "Croix-Rouge a distribué des vivres à 4 000 familles\n"
            "déplacées par les combats dans le centre du pays,\n"
            "a annoncé l'institution mardi.\n\n"
            "Les distributions se poursuivront en mai.\n")
    release = _release(text)
    assert (release.title, release.dateline, release.country) == (None, "Bamako", "ML")
    assert release.lead.startswith("Le Comité international de la Croix-Rouge a distribué")


# --- the headline stands right above the date, share lines and lead, below the site header --

_LEAD = ("Lyon, 4 May 2021 - The regional food bank handed out 8,000 parcels this week, "
         "twice as many as in April, its director said on Tuesday.\n")


def _title(page: str) -> str | None:
    from pressroom.parsing import parse_bytes
    return parse_bytes(page.encode(), "page.txt").releases[0].title


def test_cookie_banner_of_sentences_is_no_title() -> None:
    page = ("This site stores small files on your device. Read our policy. Accept | Refuse\n"
            "Food bank doubles its parcels in Lyon\n"
            "Posted 04/05/2021 at 11h42 · Updated 04/05/2021 at 14h05\n" + _LEAD)
    assert _title(page) == "Food bank doubles its parcels in Lyon"


def test_headline_with_a_standfirst_keeps_the_headline() -> None:
    page = ("Site of the Food Banks Network\nNews\n"
            "Food bank doubles its parcels in Lyon\n"
            "Volunteers work in three shifts to keep depots open\n"
            "Reference: FB 21/0412\n" + _LEAD)
    assert _title(page) == "Food bank doubles its parcels in Lyon"


def test_kicker_reading_time_and_a_menu_item_ending_on_a_particle_are_no_title() -> None:
    page = ("Home\nWhat we do\nWhere we work\n"
            "Regional Council - Press release\n"
            "Food bank doubles its parcels in Lyon\n"
            "Posted 04/05/2021 at 11h42 · Updated 04/05/2021 at 14h05\n"
            "Reading time: 2 min\n" + _LEAD)
    assert _title(page) == "Food bank doubles its parcels in Lyon"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a shouted site name right above the headline, named again in the lead
        ("INSTITUTO TÉCNICO SUPERIOR DEL NORTE\n"
         "El instituto abre tres talleres de soldadura en Tarija\n"
         "Tarija, Bolivia, 2 de mayo de 2024. El Instituto Técnico Superior del Norte abrió "
         "tres talleres de soldadura para 90 estudiantes de la región.\n",
         "El instituto abre tres talleres de soldadura en Tarija"),
        # the same name written again only in the page's copyright line
        ("NORTHERN RIVERS AND UPLANDS TRUST\nVolunteers plant 5,000 trees along the river banks\n"
         "HEXHAM, 3 May 2024 - Volunteers planted 5,000 native trees along the river banks "
         "over the weekend, the trust said on Monday.\n"
         "© 2024 Northern Rivers and Uplands Trust\n",
         "Volunteers plant 5,000 trees along the river banks"),
        # a headline in capitals above its standfirst is still the headline
        ("FLOOD WATERS RECEDE IN THE NORTHERN DISTRICTS\nFamilies return home as roads reopen\n"
         "DHAKA, 3 March 2021 - Flood waters receded across the northern districts this week "
         "and 50,000 people began to return home, the agency said.\n",
         "FLOOD WATERS RECEDE IN THE NORTHERN DISTRICTS"),
    ],
)
def test_shouted_site_name_above_the_headline_is_no_title(text: str, title: str) -> None:
    assert _release(text).title == title


def test_bar_of_section_labels_between_site_name_and_headline_is_chrome() -> None:
    text = ("Agencia Regional de Aguas\nSala de prensa | Noticias\n"
            "La agencia repara 14 pozos en la provincia\n"
            "Salta, Argentina, 4 de abril de 2024. La agencia reparó 14 pozos que abastecen a "
            "3.000 familias de la provincia, informó este jueves.\n")
    assert _release(text).title == "La agencia repara 14 pozos en la provincia"


@pytest.mark.parametrize(
    ("chrome", "language"),
    [
        ("Read this story in: Français | Español | Português", "language links"),
        ("EN | FR | ES | PT", "a language switcher"),
        ("BG CS DA DE EL EN ES ET FI FR", "a language switcher without bars"),
        ("An official website of the Republic How do you know?", "a government-site banner"),
        ("Share on Facebook  Share on X  Email this story", "a share row"),
    ],
)
def test_link_rows_and_banners_above_the_headline_are_no_title(chrome: str, language: str) -> None:
    page = (f"{chrome}\nFood bank doubles its parcels in Lyon\n4 min read\n" + _LEAD)
    assert _title(page) == "Food bank doubles its parcels in Lyon", language


def test_a_letterhead_run_above_the_headline_is_no_title() -> None:
    page = ("National Statistics Bureau\nGovernment of Kenya\nMinistry of Planning\n"
            "Household survey finds more homes connected to the grid\n"
            "Posted On: 2 MAY 2024 by Press Desk\n" + _LEAD)
    assert _title(page) == "Household survey finds more homes connected to the grid"


def test_a_byline_with_a_particle_and_a_date_above_the_headline_is_no_title() -> None:
    page = ("Noticias\n12 mayo, 2024\nPor Equipo de Prensa\n"
            "El banco de alimentos duplica sus canastas en Valparaíso\n"
            "Compartir en Facebook | Compartir en X\n"
            "El banco de alimentos de Valparaíso entregó 4.200 canastas en abril, el doble "
            "que en marzo, informó su directora este martes.\n")
    assert _title(page) == "El banco de alimentos duplica sus canastas en Valparaíso"


def test_a_one_line_press_desk_and_a_menu_contact_item_above_the_headline() -> None:
    page = ("Faire un don\nQui sommes-nous\nContact\nAccueil > Communiqués\n"
            "Contact presse : Léa Roux, chargée de communication, 04 55 55 12 34, "
            "lea.roux@banque.example\n"
            "03.05.2024\n"
            "La banque alimentaire double ses colis à Lyon\n"
            "Lyon, le 3 mai 2024 – La banque alimentaire du Rhône a distribué 4 200 colis en "
            "avril, deux fois plus qu’en mars, a indiqué sa directrice mardi.\n")
    assert _title(page) == "La banque alimentaire double ses colis à Lyon"


def test_a_contact_heading_above_its_e_mail_ends_the_head_of_a_page_with_no_headline() -> None:
    page = ("2015 Press Releases\n\nMedia Contact\npress@agency.example\n\n"
            "The situation remains worrying in the north, where criminal networks exploit the "
            "vulnerability of migrants. Mobile teams assist the most vulnerable people.\n")
    assert _title(page) is None


@pytest.mark.parametrize(
    "header",
    ["NOTA DE PRENSA N.° 87-2023-MUN LIMA/OCI", "Nota à imprensa n.º 45/2024 SECOM RJ",
     "Communiqué de presse N° 12-2022/DG"])
def test_a_numbered_header_with_a_coded_reference_is_chrome_not_the_title(header: str) -> None:
    title = "Lluvias: la municipalidad reparte 5 mil mantas en los barrios altos"
    lead = ("Arequipa, 3 de julio de 2023.- La municipalidad inició el reparto de 5 000 mantas "
            "en los barrios altos, donde las temperaturas bajarán hasta -5 °C esta semana.")
    release = _release(f"Municipalidad de Arequipa\nPrensa > Notas\n{header}\n{title}\n{lead}\n")
    assert release.title == title


def test_a_ministers_portfolio_and_styled_name_above_the_headline_are_no_title() -> None:
    title = "New rail line to link three regional towns by 2027"
    text = ("State Government\nMedia Statements\n"
            "Minister for Housing and Flood Recovery and Minister for Youth Services\n"
            "The Honourable Priya Nandakumar\n"
            f"{title}\n"
            "Published Tuesday, 12 March, 2024 at 9:00 AM\n"
            "Construction of a 140 km rail line linking three regional towns will begin in July, "
            "with the first trains expected to run in 2027.\n")
    assert _release(text).title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a text-size control ending on "A-" is no dateline's dash under a site name
        ("Prefeitura de Palmas Velhas\nAgência Municipal\nAcessibilidade | Contraste | A+ | A-\n"
         "Educação\nPrefeitura entrega 40 novas salas de aula na zona rural\n"
         "Por Equipe de Comunicação\n05/05/2025 10h12\n"
         "A Prefeitura entregou nesta segunda-feira 40 novas salas de aula em escolas da zona "
         "rural, com investimento de R$ 3,2 milhões.\n",
         "Prefeitura entrega 40 novas salas de aula na zona rural"),
        # a portal's "Source:" label under the date, right above the lead
        ("Government Online\nNewsroom > Statements\n"
         "Health department on the 2025 measles vaccination drive\n9 Feb 2025\n"
         "Source: Department of Health\n"
         "The Department of Health today announced that 1,2 million children were vaccinated "
         "against measles during the two-week drive.\n",
         "Health department on the 2025 measles vaccination drive"),
        # a cookie consent banner when no lead shows within the head
        ("We use cookies to improve this site. Accept all | Reject all | Settings\n"
         "Flood relief reaches 3,000 families in the delta\n",
         "Flood relief reaches 3,000 families in the delta"),
        ("En poursuivant votre navigation, vous acceptez l'utilisation de cookies. OK\n"
         "Inondations : 320 foyers privés d'électricité dans le sud du département\n",
         "Inondations : 320 foyers privés d'électricité dans le sud du département"),
        # a share row written with its verbs ("Tweeter", "Copier le lien")
        ("Accueil › Économie\nPartager Tweeter WhatsApp Copier le lien\n"
         "Le port de Tanger accueille 12 nouvelles lignes maritimes\n"
         "Par La Rédaction | 3 avril 2025 à 10h05 | Lecture : 2 min\n"
         "Tanger - L'autorité portuaire a annoncé jeudi l'ouverture de 12 nouvelles lignes "
         "maritimes vers l'Europe et l'Afrique de l'Ouest.\n",
         "Le port de Tanger accueille 12 nouvelles lignes maritimes"),
    ],
)
def test_title_below_page_controls_labels_and_banners(text: str, title: str) -> None:
    assert _release(text).title == title


def test_a_date_field_in_a_byline_row_dates_the_release() -> None:
    """"Par … | 3 avril 2025 à 10h05 | Lecture : 2 min": an aggregator's byline row."""
    text = ("Le port de Tanger accueille 12 nouvelles lignes maritimes\n"
            "Par La Rédaction (avec agences) | 3 avril 2025 à 10h05 | Lecture : 2 min\n"
            "L'autorité portuaire a annoncé jeudi l'ouverture de 12 nouvelles lignes maritimes "
            "vers l'Europe et l'Afrique de l'Ouest.\n")
    release = _release(text)
    assert release.published_on == "2025-04-03"
    assert not release.paragraphs[0].text.startswith("Par La Rédaction")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a trail of links written with slashes, in one run with the headline
        ("Ministry of Water and Sanitation\nHome / Media / Statements\n"
         "Borehole drilling brings clean water to 9,400 people in Turkana\n"
         "LODWAR – The ministry has completed 31 boreholes across Turkana County, giving some "
         "9,400 people clean water within a short walk of their homes.\n",
         "Borehole drilling brings clean water to 9,400 people in Turkana"),
        # a trail ending in the headline cut short, long enough to read as a sentence
        ("Inicio › Noticias › Vacunación contra el sarampión alcanza a 48.000 niños en las "
         "provincias del norte del país…\n"
         "Vacunación contra el sarampión alcanza a 48.000 niños en las provincias del norte\n"
         "La campaña de vacunación llegó a 48.000 niños menores de cinco años en tres "
         "provincias del norte, informó el ministerio este martes.\n",
         "Vacunación contra el sarampión alcanza a 48.000 niños en las provincias del norte"),
        # a company name closing on an abbreviation ("S.A.") is no one-sentence paragraph
        ("Usamos cookies para mejorar su visita. Al continuar acepta su uso. Aceptar | Más\n"
         "Aguas del Valle Central, S.A.\nInicio > Prensa\n12.03.2025\n"
         "Aguas del Valle Central lleva el agua potable a 4.200 hogares rurales\n"
         "La empresa conectó 4.200 hogares rurales a la red de agua potable durante 2024, el "
         "mayor avance de su historia, según su informe anual.\n",
         "Aguas del Valle Central lleva el agua potable a 4.200 hogares rurales"),
    ],
)
def test_a_breadcrumb_or_a_company_line_is_no_title_nor_the_lead(text: str, title: str) -> None:
    assert _release(text).title == title


def test_a_kicker_above_a_wrapped_headline_under_a_header_with_an_instruction() -> None:
    """"PRESS RELEASE – EMBARGOED UNTIL …" is the header; the short kicker above the
    headline wrapped over two lines is no title; the two lines are joined."""
    text = ("PRESS RELEASE – EMBARGOED UNTIL 10:00 GMT\n\n"
            "Drought in the Sahel\n\n"
            "Relief Partners International delivers seed and tools to 6,200 farming\n"
            "households in the Tillabéri region of western Niger\n\n"
            "NIAMEY, 4 March 2025 – Relief Partners International has delivered millet seed\n"
            "and hand tools to 6,200 farming households in the Tillabéri region, where the\n"
            "last two harvests failed, the organisation said on Tuesday.\n\n"
            "The distribution will continue until the end of April.\n")
    release = _release(text)
    assert release.template == "press_release"
    assert release.title == ("Relief Partners International delivers seed and tools to 6,200 "
                             "farming households in the Tillabéri region of western Niger")


def test_a_byline_row_with_a_date_under_a_title_is_no_line_of_it() -> None:
    """A hard-wrapped page: the "By … | date | comments" row under the title is chrome."""
    text = ("Dengue cases fall by a third in the capital after the spraying campaign\n"
            "By Staff Writer, with agencies | 14 May 2025 | 2 comments\n\n"
            "The health ministry recorded 3,150 dengue cases in the capital between January\n"
            "and April, against 4,720 a year earlier, a fall of a third, it said on Monday.\n\n"
            "The spraying campaign will continue until the end of the rainy season.\n")
    release = _release(text)
    assert release.title == ("Dengue cases fall by a third in the capital after the spraying "
                             "campaign")
    assert release.published_on == "2025-05-14"


HEADLINE_PT = "Porto de Sines inaugura o maior terminal de contentores do país"
LEAD_PT = ("A administração do Porto de Sines inaugurou hoje um terminal de contentores com "
           "capacidade para 2,1 milhões de unidades por ano, num investimento de 650 milhões.")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a cookie banner asking its question first, a company line, a menu ending on a
        # language switcher ("PT EN"), a standfirst and share buttons under the headline
        ("Aceitamos cookies? Utilizamos cookies para melhorar a sua experiência. [Aceitar] "
         "[Rejeitar]\nPORTO DE SINES\nEmpresa | Investidores | Media | Carreiras | PT EN\n"
         f"{HEADLINE_PT}\nInvestimento de 650 milhões de euros cria 400 empregos\n"
         f"Partilhar: LinkedIn | Facebook | X | E-mail\n\n{LEAD_PT}\n", HEADLINE_PT),
        # share buttons right under the headline are no line of it
        (f"COMUNICADO\n{TITLE_FR}\nCompartir: Facebook · WhatsApp · X · Correo\n\n{LEAD_FR}\n",
         TITLE_FR),
        # a newsletter's "view it in your browser" line is no lead; the title wraps under
        # the header, and the place and date line under it names the country
        ("Si no visualizas correctamente este boletín, pulsa aquí.\n\nCOMUNICADO\n"
         "La siniestralidad en el campo sube por\ntercer año: 23 accidentes graves\n\n"
         "Almería, 19 de mayo de 2025\n\nEl sindicato ha registrado 23 accidentes laborales "
         "graves\ny 2 mortales en los invernaderos de la provincia entre\nenero y abril, "
         "frente a 17 graves en el mismo periodo.\n",
         "La siniestralidad en el campo sube por tercer año: 23 accidentes graves"),
    ],
)
def test_banners_menus_share_rows_and_standfirsts_around_a_headline(text: str, title: str) -> None:
    assert _release(text).title == title


def test_a_place_and_date_line_under_the_title_names_the_country() -> None:
    text = ("COMUNICADO\nLa siniestralidad en el campo sube por\n"
            "tercer año: 23 accidentes graves\n\n"
            "Almería, 19 de mayo de 2025\n\nEl sindicato ha registrado 23 accidentes laborales "
            "graves en los invernaderos de la provincia entre enero y abril, frente a 17 graves "
            "en el mismo periodo.\n")
    assert _release(text).country == "ES"


@pytest.mark.parametrize("label", ["Flood relief operations", "Floods and displacement"])
def test_a_section_label_above_the_headline_is_no_title(label: str) -> None:
    # the body writes the label's words again: they tell nothing against it
    text = (f"Newsroom > Press releases\nPress release | 3 March 2021\n{label}\n"
            f"{TITLE_EN} as waters recede in the north\n"
            f"Share: Facebook | X | Email\n\n{LEAD_EN} Its flood relief operations follow "
            "the displacement of families.\n")
    assert _release(text).title == f"{TITLE_EN} as waters recede in the north"


def test_reader_mode_reading_time_and_image_caption_are_no_title() -> None:
    page = ("harbour.example\n"
            "Harbour handles a record 1,250,000 containers\n"
            "Port Authority of Dover\n"
            "4–5 minutes\n\n"
            "Image: Cranes at the container terminal. Photo: PAD\n\n"
            "DOVER, 12 February 2025 – The harbour handled 1,250,000 containers in 2024, "
            "the Port Authority said on Wednesday.\n")
    assert _title(page) == "Harbour handles a record 1,250,000 containers"


def test_trail_of_two_section_labels_under_a_translation_notice_is_no_title() -> None:
    page = ("Puertos del Sur\n"
            "Inicio | Puertos | Carga | Sala de prensa\n\n"
            "Sala de prensa / Comunicados\n\n"
            "El puerto de Arica mueve 1,2 millones de toneladas en 2024\n\n"
            "ARICA, Chile, 20 de enero de 2025 – El puerto movió 1,2 millones de toneladas "
            "en 2024, informó la empresa.\n")
    assert _title(page) == "El puerto de Arica mueve 1,2 millones de toneladas en 2024"


def test_headline_under_an_ocr_letterhead_address_and_rule_is_the_title() -> None:
    text = ("|  GOVERNO DO ESTADO DO PARÁ\n"
            "   COMPANHIA PARAENSE DE TRANSMISSÃO DE ENERGIA S.A. — CPTE\n"
            "   Av. Almirante Barroso, 1.555 — Marco — Belém/PA                 —\n"
            " ———————————————————————————————————————————\n"
            "                         NOTA À IMPRENSA N° 042/2025\n\n"
            " Linha de transmissão Tucuruí–Cametá entra em operação\n\n"
            " Belém (PA), 3 de setembro de 2025 — A companhia energizou nesta terça-feira a "
            "linha de transmissão, que passa a atender 38.500 domicílios.\n")
    assert _release(text).title == "Linha de transmissão Tucuruí–Cametá entra em operação"


@pytest.mark.parametrize(
    "header",
    ["Joint press release UNHCR-IOM", "Communiqué de presse conjoint HCR/OIM",
     "Comunicado de prensa conjunto PMA-UNICEF", "Comunicado de imprensa conjunto"])
def test_a_joint_header_with_its_publishers_acronyms_is_chrome_not_the_title(header: str) -> None:
    title = "Floods: two agencies ask for 20 million dollars for the river valley"
    lead = ("Lusaka, 4 May 2024 – Two agencies asked for 20 million dollars on Monday to help "
            "families whose homes were flooded along the river valley this spring.")
    release = _release(f"Home | News | Contact\n\n{header}\n\n{title}\n\n{lead}\n")
    assert release.title == title


def test_a_joint_header_followed_by_words_stays_a_headline() -> None:
    from pressroom.parsing.headers import header_template
    assert header_template("Joint press release on the floods in the north") is None
    assert header_template("Comunicado de prensa conjunto ACNUR-OIM") == "press_release"


@pytest.mark.parametrize(
    ("intro", "headline", "lead"),
    [
        ("La Autoridad Nacional del Agua (ANA) difundió el siguiente comunicado:",
         "ANA: Arequipa recibe 4.000 tanques para la sequía",
         "Arequipa, 2 de mayo de 2025 (ANA).- La Autoridad Nacional del Agua (ANA) entregó hoy "
         "4.000 tanques a los distritos altos de la región."),
        ("La Protection civile de Savoie (PCS) et l'Office départemental des routes (ODR) "
         "ont diffusé jeudi le communiqué suivant :",
         "Savoie : 1 200 automobilistes secourus après les chutes de neige",
         "Chambéry, 9 janvier 2025 – Depuis lundi, la Protection civile de Savoie et l'Office "
         "départemental des routes ont secouru 1 200 automobilistes, selon un bilan publié "
         "aujourd'hui."),
        ("The Harbour Trust issued the following statement:",
         "Harbour Trust opens 3 new ferry berths in Port Ellis",
         "PORT ELLIS, 4 June 2025 – The Harbour Trust opened 3 new ferry berths on Tuesday, "
         "the trust said."),
        ("A Administração Regional de Águas do Norte (ARA-Norte) divulgou a seguinte nota:",
         "Cabo Delgado: 25 bombas solares para Metuge",
         "Pemba, 3 de março de 2025 – A Administração Regional de Águas do Norte (ARA-Norte) "
         "instalou 25 bombas solares em aldeias do distrito de Metuge."),
    ],
)
def test_a_news_sites_line_introducing_a_copied_release_is_no_title(
        intro: str, headline: str, lead: str) -> None:
    page = (f"Inicio / Regiones / Sur\n{headline}\nRedacción | 2 de mayo de 2025 - 10:12\n"
            f"{intro}\n\n{lead}\n")
    assert _release(page).title == headline


def test_a_headline_ending_on_a_colon_without_a_copy_intro_is_kept() -> None:
    page = ("Floods in the north: what the agency is doing\n\n"
            "DHAKA, 3 March 2021 - Aid agencies reached 50,000 people displaced by the floods "
            "in northern Bangladesh this week, the agency said.\n")
    assert _release(page).title == "Floods in the north: what the agency is doing"


@pytest.mark.parametrize(
    ("embargo", "header", "headline", "lead"),
    [
        ("SOUS EMBARGO jusqu'au lundi 3 mars 2025, 00 h 01 GMT",
         "Communiqué de presse conjoint OMS – PAM",
         "Sahel : une famille sur trois manque de nourriture, selon une enquête",
         "NIAMEY, 3 mars 2025 – Une enquête publiée aujourd'hui par les deux agences montre que "
         "33 % des familles manquent de nourriture."),
        ("NE PAS PUBLIER AVANT le lundi 3 mars 2025 à 00 h 01 HEC", "",
         "Les loyers ont augmenté de 12 % en trois ans dans les grandes villes",
         "LYON, 3 mars 2025 – Les loyers ont augmenté de 12 % en trois ans, selon l'observatoire."),
        ("EMBARGOED until 00:01 GMT, Monday 3 March 2025", "Joint news release WFP | UNHCR",
         "Food rations cut for 900,000 refugees in the region",
         "ACCRA, 3 March 2025 – Food rations will be cut for 900,000 refugees, two agencies said."),
        ("EMBARGADO hasta el lunes 3 de marzo de 2025, 00:01 (hora de Lima)", "",
         "Tres de cada diez hogares rurales no tienen agua potable",
         "Lima, 3 de marzo de 2025 – El 30 % de los hogares rurales no tiene agua potable, "
         "según la encuesta."),
        ("Embargo: até às 00h01 (hora de Luanda) de 3 de março de 2025", "",
         "Relatório: seca afeta 1,2 milhões de pessoas no sul do país",
         "Luanda, 3 de março de 2025 – A seca afeta 1,2 milhões de pessoas no sul, segundo o "
         "relatório."),
        ("EMBARGO: não publicar antes das 00h01 de 3 de março de 2025", "Comunicado conjunto",
         "Metade das escolas da província não tem eletricidade",
         "Beira, 3 de março de 2025 – Metade das escolas da província não tem eletricidade, "
         "segundo o relatório."),
    ],
)
def test_embargo_line_and_joint_header_above_the_headline_are_no_title(
        embargo: str, header: str, headline: str, lead: str) -> None:
    page = f"{embargo}\n\n" + (f"{header}\n\n" if header else "") + f"{headline}\n\n{lead}\n"
    release = _release(page)
    assert release.title == headline
    assert release.dateline is not None


def test_headline_about_an_embargo_stays_a_title() -> None:
    page = ("Embargo: EU extends arms ban on the region to 2030\n\n"
            "BRUSSELS, 3 March 2025 – The European Union extended its arms embargo by five "
            "years, ministers said.\n")
    assert _release(page).title == "Embargo: EU extends arms ban on the region to 2030"


def test_report_name_line_above_the_headline_is_no_title() -> None:
    page = ("Nota de prensa · 03/03/2025\n\n"
            "Informe «Vivir en la calle 2025»\n"
            "Las personas sin hogar aumentan un 15 % en tres años en las grandes ciudades\n\n"
            "Sevilla, 3 de marzo de 2025.– Las personas sin hogar aumentaron un 15 % entre 2021 "
            "y 2024, según el informe «Vivir en la calle 2025» que la asociación presenta hoy.\n")
    assert _release(page).title == (
        "Las personas sin hogar aumentan un 15 % en tres años en las grandes ciudades")
