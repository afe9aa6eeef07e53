"""Layouts of publishers the dev set does not hold, read from whole hand-written releases.

Each test is one general cue (issue 8): a page footer after the contacts, a contact line that
starts with its city, a press desk listed after a person, a letterhead above the headline,
a country named only through its places.
"""

from __future__ import annotations

import pytest

from pressroom.parsing import parse_text
from pressroom.parsing.opener import is_opener


def _contacts(text: str) -> list[tuple]:
    releases, _ = parse_text(text)
    return [(c.name, c.emails, [p.e164 for p in c.phones]) for c in releases[0].contacts]


def test_share_buttons_and_copyright_footer_after_the_contacts_are_no_contacts() -> None:
    text = ("Floods: the Society sheltered 2,000 people in a week\n\n"
            "The Society sheltered 2,000 people whose homes were flooded, it said on Monday, "
            "and asked for volunteers in the northern districts.\n\n"
            "For more information, please contact:\n"
            "Maria Lindqvist, +46 70 555 12 34, maria.lindqvist@society.example\n"
            "Share this article\n"
            "Facebook LinkedIn X\n"
            "Northern Aid Society, Storgatan 12, 111 51 Stockholm, Sweden. Org.nr. 802 000 1234\n"
            "© Northern Aid Society 2024, Storgatan 12\n")
    assert _contacts(text) == [
        ("Maria Lindqvist", ["maria.lindqvist@society.example"], ["+46705551234"]),
    ]


def test_one_contact_per_line_city_first_languages_in_brackets_then_or_e_mail() -> None:
    text = ("Police must answer for protest killings, rights group says\n\n"
            "The group documented 40 killings during the protests and called on the "
            "authorities to open investigations, it said on Tuesday.\n\n"
            "For more information, please contact:\n"
            "In Lagos, Ngozi Adeyemi (English, Yoruba): +234-803-555-0142 (mobile); "
            "or adeyemin@rights.example. Twitter: @NgoziA\n"
            "In Paris, Hugo Marchal (French, English): +33-6-55-55-01-23; "
            "or marchah@rights.example\n")
    assert _contacts(text) == [
        ("Ngozi Adeyemi", ["adeyemin@rights.example"], ["+2348035550142"]),
        ("Hugo Marchal", ["marchah@rights.example"], ["+33655550123"]),
    ]
    releases, _ = parse_text(text)
    assert [c.office for c in releases[0].contacts] == ["Lagos", "Paris"]


def test_press_desk_with_its_own_number_after_a_person_is_a_contact_without_a_name() -> None:
    text = ("Crisis migratoria: miles de familias duermen en la calle\n\n"
            "La organización atendió a 12.000 personas migrantes en tránsito durante el mes "
            "de marzo, informó el lunes.\n\n"
            "Contacto de prensa:\n"
            "Lucía Paredes Vega\n"
            "Oficial de Comunicaciones, ACH Perú\n"
            "Móvil: +51 987 555 123\n"
            "lucia.paredes@ach.example\n"
            "Prensa ACH Madrid: +34 915 550 188\n")
    assert _contacts(text) == [
        ("Lucía Paredes Vega", ["lucia.paredes@ach.example"], ["+51987555123"]),
        (None, [], ["+34915550188"]),
    ]


def test_service_desk_line_after_a_spokesperson_in_french() -> None:
    text = ("Inondations : 900 personnes hébergées en une semaine\n\n"
            "La Croix-Rouge a hébergé 900 personnes sinistrées en une semaine, a-t-elle "
            "annoncé lundi.\n\n"
            "Contact presse :\n"
            "Julie Marchand\nPorte-parole\nGSM : +32 475 55 12 34\njulie.marchand@aide.example\n"
            "Service presse : +32 2 555 31 11\n")
    assert _contacts(text) == [
        ("Julie Marchand", ["julie.marchand@aide.example"], ["+32475551234"]),
        (None, [], ["+3225553111"]),
    ]


def test_centred_pour_tout_renseignement_block_wrapped_over_lines_and_signed() -> None:
    text = ("Campagne de vaccination contre la rougeole dans la région\n\n"
            "Le Ministère de la Santé informe l'opinion que 3 400 cas de rougeole ont été\n"
            "notifiés depuis janvier dans 12 districts, dont 41 décès, et qu'une campagne\n"
            "de vaccination sera conduite la semaine prochaine dans la région du Nord.\n\n"
            "                              Pour tout renseignement :\n"
            "                    Direction de la communication et de\n"
            "                         la presse ministérielle\n"
            "                      Tél : (+227) 20 72 55 01\n"
            "                        dcpm@sante.example\n\n"
            "                                 Le Ministre\n")
    assert _contacts(text) == [(None, ["dcpm@sante.example"], ["+22720725501"])]
    releases, _ = parse_text(text)
    assert releases[0].contacts[0].office == (
        "Direction de la communication et de la presse ministérielle")


def test_letterhead_above_a_numbered_communique_header_is_not_the_title() -> None:
    text = ("MINISTERE DE L'EAU ET DE L'ASSAINISSEMENT              REPUBLIQUE DU NIGER\n"
            "-----------\n"
            "SECRETARIAT GENERAL\n"
            "DIRECTION DE LA COMMUNICATION\n"
            "ET DES RELATIONS PUBLIQUES\n\n"
            "          COMMUNIQUE DE PRESSE N°2024-031/MEA/SG/DCRP\n\n"
            "Point sur l'approvisionnement en eau potable de la ville de Niamey\n\n"
            "Niamey, le 2 avril 2024\n\n"
            "Le Ministère de l'Eau informe la population que 214 forages ont été réhabilités\n"
            "depuis janvier et que près de 85 000 ménages sont de nouveau desservis par le\n"
            "réseau public, selon le dernier point de la Direction de l'hydraulique.\n")
    releases, _ = parse_text(text)
    release = releases[0]
    assert release.title == "Point sur l'approvisionnement en eau potable de la ville de Niamey"
    assert release.template == "press_release"


def test_other_ways_to_share_under_the_headline_is_page_furniture() -> None:
    text = ("Skip to main content\nRights Watch\nNews\nReports\nDonate\n"
            "April 3, 2024\n"
            "Peru: Water Protesters Detained Without Charge\n"
            "Release Detainees, Investigate Abuses\n"
            "Share this via Facebook\nShare this via X\nOther ways to share\nPrint\n"
            "(Lima) – Peruvian police detained at least 64 people during protests against a "
            "mining project in March 2024, Rights Watch said today. None has been charged.\n")
    releases, _ = parse_text(text)
    assert releases[0].title == "Peru: Water Protesters Detained Without Charge"


def test_country_from_the_cities_named_when_no_country_is() -> None:
    text = ("Enfermeiros em greve a 4 de março\n\n"
            "O sindicato convocou uma greve de enfermeiros nos hospitais de Lisboa e de Coimbra, "
            "onde faltam cerca de 900 profissionais, segundo dados do próprio sindicato.\n")
    releases, _ = parse_text(text)
    assert releases[0].country == "PT"


def test_country_from_the_government_domain_of_a_page_naming_no_place() -> None:
    text = ("gob.ec\nPlataforma digital del Estado\nMinisterio de Salud Pública\n"
            "Nota de prensa\n"
            "El ministerio refuerza la vacunación contra el sarampión en las escuelas\n"
            "12 de abril de 2024\n"
            "El Ministerio de Salud Pública informó que se han aplicado 120 000 dosis de la "
            "vacuna en las escuelas del país durante la primera semana de la campaña.\n")
    releases, _ = parse_text(text)
    assert releases[0].country == "EC"


def test_contact_lines_with_no_heading_under_the_last_paragraph() -> None:
    text = ("Ministério distribui 2 milhões de testes rápidos aos municípios\n\n"
            "O Ministério da Saúde distribuiu 2 milhões de testes rápidos de dengue aos "
            "municípios do Nordeste, informou a pasta nesta terça-feira.\n\n"
            "Ministério da Saúde\n"
            "(61) 3315-2000\n"
            "imprensa@saude.gov.br\n"
            "Categoria\nSaúde e Vigilância Sanitária\n")
    releases, problems = parse_text(text)
    contacts = releases[0].contacts
    assert [(c.name, c.office, c.emails) for c in contacts] == [
        (None, "Ministério da Saúde", ["imprensa@saude.gov.br"])]
    assert [p.e164 for p in contacts[0].phones] == ["+556133152000"]
    assert any("Categoria" in (p.detail or "") for p in problems)


def test_short_closing_lines_without_an_e_mail_are_no_contact_block() -> None:
    text = ("Ministério distribui 2 milhões de testes rápidos aos municípios\n\n"
            "O Ministério da Saúde distribuiu 2 milhões de testes rápidos de dengue aos "
            "municípios do Nordeste, informou a pasta nesta terça-feira.\n\n"
            "Disque Saúde\n136\n")
    releases, _ = parse_text(text)
    assert releases[0].contacts == []


def _money(text: str) -> list[tuple[float, str]]:
    releases, _ = parse_text(text)
    return [(s.value, s.unit) for s in releases[0].statistics if s.unit.startswith("currency:")]


def test_abbreviated_scale_before_a_dollar_sign_on_a_quebec_page() -> None:
    text = ("QUÉBEC, le 3 juin 2024 /CNW/ - La Ville de Québec consacre 1,8 M$ aux mesures "
            "contre la chaleur, la plus forte enveloppe municipale au Canada, et 250 000 $ à "
            "la plantation d'arbres dans les quartiers centraux.\n")
    assert _money(text) == [(1_800_000, "currency:CAD"), (250_000, "currency:CAD")]


def test_a_named_us_dollar_stays_us_on_a_mexican_page_and_a_bare_one_is_local() -> None:
    text = ("Ciudad de México, 3 de junio de 2024 - El gobierno de México destinará US$ 5 "
            "millones a la reconstrucción y otros $ 40 millones de pesos a las escuelas.\n")
    assert _money(text) == [(5_000_000, "currency:USD"), (40_000_000, "currency:MXN")]


def test_bare_dollars_on_a_page_from_a_dollar_country_are_its_currency() -> None:
    # CLDR calls Canada's and New Zealand's currencies dollars: a bare "dollars" there is
    # theirs, like a bare "$"; a dollar named as the US one stays USD.
    quebec = ("Gatineau, le 5 mars 2024 - La Ville de Gatineau a investi 420 000 dollars dans "
              "ses patinoires extérieures au Canada et a reçu 90 000 dollars américains d'une "
              "fondation de Boston.\n")
    assert _money(quebec) == [(420_000, "currency:CAD"), (90_000, "currency:USD")]
    # the word may end the sentence
    sherbrooke = ("Sherbrooke, le 5 mars 2024 - La Ville rénove son aréna, un chantier estimé "
                  "à 6 millions de dollars. Les travaux dureront un an au Canada.\n")
    assert _money(sherbrooke) == [(6_000_000, "currency:CAD")]
    auckland = ("AUCKLAND, New Zealand, 5 March 2024 - The trust spent 2.5 million dollars on "
                "new playgrounds and received 300,000 US dollars from a foundation.\n")
    assert _money(auckland) == [(2_500_000, "currency:NZD"), (300_000, "currency:USD")]
    # Mexico's currency is the peso: dollars there are US dollars
    mexico = ("Ciudad de México, 3 de junio de 2024 - El gobierno de México recibió 12 "
              "millones de dólares del banco para las escuelas del país.\n")
    assert _money(mexico) == [(12_000_000, "currency:USD")]


def test_a_part_of_the_group_a_sentence_opens_on_is_a_count_not_an_age_bound() -> None:
    releases, _ = parse_text(
        "Protest deaths: families still wait for answers\n\n"
        "Of the 31 people killed, 11 were under 18, according to hospital records. "
        "The group also documented 74 arrests.\n")
    assert [s.value for s in releases[0].statistics] == [31, 11, 74]


def test_a_label_in_brackets_after_a_number_gives_its_kind() -> None:
    text = ("Police must answer for protest killings, rights group says\n\n"
            "The group documented 40 killings during the protests and called on the "
            "authorities to open investigations, it said on Tuesday.\n\n"
            "For more information, please contact:\n"
            "In Lagos, Ngozi Adeyemi (English): +234-803-555-0142 (mobile); "
            "+234-1-555-0199 (fax)\n")
    releases, _ = parse_text(text)
    assert [(p.e164, p.kind) for p in releases[0].contacts[0].phones] == [
        ("+2348035550142", "mobile"), ("+23415550199", "fax")]


def test_a_contact_line_too_long_for_one_detail_and_a_footer_below_keep_one_release() -> None:
    text = ("Fédération des transports du Nord\n"
            "Syndicat des conducteurs de bus\n"
            "COMMUNIQUÉ DE PRESSE\n"
            "Lille, le 3 mai 2024\n"
            "Transports : la grève touche 30 dépôts de bus de la métropole\n"
            "Selon la fédération, près de 1 200 conducteurs étaient en grève lundi, soit 35 % "
            "des effectifs du réseau.\n"
            "La fédération demande l'embauche de 150 conducteurs avant l'été.\n"
            "Contacts presse : Paul Girard, secrétaire général, 06 55 55 01 11 – "
            "Inès Moreau, secrétaire générale adjointe, 07 55 55 02 22\n"
            "fdtn.example – 4 place de la Gare, 59000 Lille\n")
    releases, _ = parse_text(text)
    assert len(releases) == 1
    assert releases[0].title == "Transports : la grève touche 30 dépôts de bus de la métropole"
    assert {s.value for s in releases[0].statistics} >= {30, 1200, 35, 150}
    assert [c.name for c in releases[0].contacts] == ["Paul Girard", "Inès Moreau"]


def test_country_from_cities_no_time_zone_names_in_a_dateline_or_the_body() -> None:
    dated = ("Les bibliothèques prolongent leurs horaires d'ouverture\n\n"
             "Sherbrooke – La ville a prolongé les horaires de ses 6 bibliothèques, qui ont "
             "accueilli 210 000 visiteurs l'an dernier.\n")
    undated = ("La grève des éboueurs s'étend à 12 communes\n\n"
               "Les agents de collecte de Villeurbanne et de Lyon ont rejoint le mouvement "
               "jeudi, selon le syndicat, qui compte 800 grévistes.\n")
    assert parse_text(dated)[0][0].country == "CA"
    assert parse_text(undated)[0][0].country == "FR"


def test_name_bracketed_role_dash_and_number_is_a_contact_not_a_dateline() -> None:
    text = ("Enfermeiros em greve a 4 de março\n\n"
            "O sindicato convocou uma greve nacional dos enfermeiros, depois de o ministério "
            "ter rejeitado a proposta. Faltam cerca de 2 000 enfermeiros nos hospitais.\n\n"
            "Contactos para a comunicação social:\n"
            "Rui Tavares Costa (dirigente nacional) – +351 912 555 101\n"
            "Gabinete de Imprensa – imprensa@sindicato.example | +351 21 555 0199\n")
    assert _contacts(text) == [
        ("Rui Tavares Costa", [], ["+351912555101"]),
        (None, ["imprensa@sindicato.example"], ["+351215550199"]),
    ]
    releases, _ = parse_text(text)
    assert 912555101 not in {s.value for s in releases[0].statistics}


def test_a_site_name_above_a_menu_bar_is_not_the_title() -> None:
    text = ("SNP – Sindicato Nacional dos Professores do Norte\n"
            "Início | Notícias | Comunicados | Contactos\n"
            "Professores em greve contra o fecho de escolas\n"
            "Comunicado — 9 de janeiro de 2024\n"
            "O sindicato convocou uma greve dos professores do distrito depois de o ministério "
            "ter anunciado o fecho de 14 escolas primárias até ao verão.\n")
    releases, _ = parse_text(text)
    assert releases[0].title == "Professores em greve contra o fecho de escolas"


def test_name_role_organisation_stack_is_one_contact() -> None:
    text = ("Council approves new cycle lanes in the city centre\n\n"
            "The council approved 14 kilometres of protected cycle lanes on Tuesday, after "
            "receiving 2,300 submissions from residents.\n\n"
            "For more information contact:\n"
            "Mere Parata\n"
            "Communications Advisor\n"
            "Lakeside District Council\n"
            "Phone: +64 4 555 0190\n"
            "Mobile: +64 21 555 0177\n"
            "Email: mere.parata@lakeside.example\n")
    assert _contacts(text) == [
        ("Mere Parata", ["mere.parata@lakeside.example"], ["+6445550190", "+64215550177"]),
    ]
    releases, _ = parse_text(text)
    assert releases[0].contacts[0].office == "Lakeside District Council"


def test_publisher_and_wire_names_closing_the_contacts_are_no_contacts() -> None:
    text = ("River Basin Alliance: 300,000 People Lack Safe Water After Floods\n"
            "DHAKA, Bangladesh, May 2, 2024 /EINPresswire/ -- The River Basin Alliance said on "
            "Thursday that 300,000 people in the delta have no safe drinking water.\n"
            "Media contacts: Rina Das, +880 1711 555 031, rina@riverbasin.example; "
            "Omar Haque, +880 1711 555 032, omar@riverbasin.example\n"
            "River Basin Alliance\n"
            "EIN Presswire\n")
    assert [c[0] for c in _contacts(text)] == ["Rina Das", "Omar Haque"]


def test_each_row_of_a_contact_table_under_its_header_row_is_one_contact() -> None:
    text = ("El ministerio entregó 5.000 canastas a familias afectadas por las lluvias\n\n"
            "El Ministerio de Vivienda entregó 5.000 canastas de alimentos a familias "
            "afectadas por las lluvias en el litoral, informó el viernes.\n\n"
            "Contacto de prensa\n"
            "Nombre | Cargo | Teléfono | Correo\n"
            "Pablo Suárez | Jefe de prensa | +598 2400 5511 | psuarez@vivienda.example\n"
            "Equipo de guardia | Guardia | +598 99 555 018 | guardia@vivienda.example\n")
    assert _contacts(text) == [
        ("Pablo Suárez", ["psuarez@vivienda.example"], ["+59824005511"]),
        (None, ["guardia@vivienda.example"], ["+59899555018"]),
    ]


def test_pesos_are_the_page_countrys_currency_and_unknown_without_a_country() -> None:
    with_country = ("El gobierno destinó fondos al rescate\n\n"
                    "Bogotá – El gobierno destinó 20 millones de pesos a la operación de rescate "
                    "en el norte del país, informó el lunes.\n")
    without = ("El gobierno destinó fondos al rescate\n\n"
               "El gobierno destinó 20 millones de pesos a la operación de rescate, "
               "informó el lunes.\n")
    release = parse_text(with_country)[0][0]
    assert [(s.value, s.unit) for s in release.statistics] == [(20_000_000, "currency:COP")]
    release = parse_text(without)[0][0]
    assert release.statistics == []
    assert [r.rule for r in release.rejected] == ["unknown_currency"]


def test_pesos_on_a_page_from_a_country_without_pesos_are_unknown() -> None:
    text = ("La fundación cierra su campaña anual\n\n"
            "MADRID – La fundación recaudó 20 millones de pesos durante su campaña en España, "
            "informó el lunes.\n")
    release = parse_text(text)[0][0]
    assert release.country == "ES"
    assert release.statistics == []
    assert [r.rule for r in release.rejected] == ["unknown_currency"]


def test_a_number_word_followed_by_an_article_counts_nothing() -> None:
    text = ("Las familias comen menos\n\n"
            "El informe señala que el 58 % de las familias encuestadas redujo a dos el número "
            "de comidas diarias durante la sequía de este año.\n")
    release = parse_text(text)[0][0]
    assert [(s.value, s.unit) for s in release.statistics] == [(58, "percent")]


def test_a_person_with_an_office_whose_e_mail_the_page_hid_stays_a_contact() -> None:
    text = ("Floods: the Society sheltered 2,000 people in a week\n\n"
            "The Society sheltered 2,000 people whose homes were flooded, it said on Monday, "
            "and asked for volunteers in the northern districts.\n\n"
            "For more information:\n"
            "Olivia Hassan, IOM Dhaka, Mob. +880 1812 555 056, olivia@iom.example\n"
            "Wanjiru Doyle, IOM Nairobi, [email protected]\n")
    assert [c[0] for c in _contacts(text)] == ["Olivia Hassan", "Wanjiru Doyle"]


def test_shillings_are_the_page_countrys_currency() -> None:
    text = ("NAIROBI, March 3, 2024 - The federation said it had set aside 18 million shillings "
            "for travel and a training camp.\n")
    assert _money(text) == [(18_000_000, "currency:KES")]
    text = ("KAMPALA, 4 mars 2024 - La fédération a prévu 90 millions de shillings pour "
            "le voyage de l'équipe.\n")
    assert _money(text) == [(90_000_000, "currency:UGX")]


def test_a_scaled_number_of_tonnes_is_a_physical_measure_not_a_count() -> None:
    text = ("Porto bate recorde de cargas\n\n"
            "O porto fechou 2023 com 48,6 milhões de toneladas movimentadas e 1.874 "
            "atracações de navios.\n")
    releases, _ = parse_text(text)
    assert [(s.value, s.unit) for s in releases[0].statistics] == [(1874, "count")]
    assert "physical_measure" in [r.rule for r in releases[0].rejected]


def test_for_media_enquiries_opens_a_one_line_desk_contact() -> None:
    text = ("Federation names 40 for the championships\n\n"
            "LUSAKA, March 3, 2024 - The federation said on Sunday it would send 40 athletes "
            "to the championships.\n\n"
            "For media enquiries: Federation communications office, +260 21 155 5014, "
            "media@federation.example\n")
    assert _contacts(text) == [(None, ["media@federation.example"], ["+260211555014"])]


def test_an_unheaded_contact_above_a_social_and_copyright_footer() -> None:
    text = ("La liga cierra su temporada con 300 partidos\n\n"
            "MONTEVIDEO – La liga confirmó este jueves que disputó 300 partidos durante la "
            "temporada, su cifra más alta.\n\n"
            "Prensa Liga\n"
            "Ana Pereyra – prensa@liga.example – +598 99 555 012\n"
            "Seguinos en Instagram, X y YouTube\n"
            "© 2024 Liga Uruguaya. Todos los derechos reservados.\n")
    assert _contacts(text) == [("Ana Pereyra", ["prensa@liga.example"], ["+59899555012"])]


def test_country_named_only_in_the_letterhead_above_the_title() -> None:
    text = ("Cluster Santé – Madagascar\n"
            "Bulletin d'information n° 3\n"
            "18 avril 2024\n"
            "Région Atsimo : 200 000 personnes sans accès aux soins\n"
            "Selon la dernière évaluation, 200 000 personnes n'ont plus accès aux soins dans "
            "les districts du sud, soit 30 % de la population.\n")
    releases, _ = parse_text(text)
    assert releases[0].title == "Région Atsimo : 200 000 personnes sans accès aux soins"
    assert releases[0].country == "MG"


def test_a_bulletins_issue_line_parts_its_letterhead_from_the_headline() -> None:
    for text, title in (
        ("Cluster Logística – Angola\n"
         "Boletim Humanitário | Edição de Maio de 2024\n"
         "Cheias: 12 mil famílias sem acesso a estradas no Cuanza Sul\n"
         "Cerca de 12 mil famílias continuam isoladas pelas cheias nas províncias do Cuanza "
         "Sul e de Benguela, segundo o cluster.\n",
         "Cheias: 12 mil famílias sem acesso a estradas no Cuanza Sul"),
        ("Health Cluster – South Sudan\n"
         "Humanitarian Bulletin | Issue 12\n"
         "Cholera cases double in Upper Nile as rains begin\n"
         "Health partners recorded 1,200 suspected cholera cases in Upper Nile in May, twice "
         "as many as in April, as the rainy season began.\n",
         "Cholera cases double in Upper Nile as rains begin"),
    ):
        assert parse_text(text)[0][0].title == title


def test_a_city_name_opening_a_longer_name_is_not_the_city() -> None:
    text = ("Porto de Itaquara bate recorde de cargas\n\n"
            "O Porto de Itaquara registrou 1.874 atracações de navios em 2023, informou a "
            "autoridade portuária.\n")
    assert parse_text(text)[0][0].country != "PT"
    text = ("Hospitais de Lisboa e do Porto recebem 300 médicos\n\n"
            "Os hospitais de Lisboa e do Porto recebem 300 novos médicos este ano.\n")
    assert parse_text(text)[0][0].country == "PT"


def test_a_label_and_fields_between_bars_is_a_one_line_contact() -> None:
    # "Presse :" is a contact heading of its own now; a label, a colon and bar-separated
    # fields holding a phone and an e-mail are a contact line by their layout.
    text = ("Le festival du conte accueille 14 000 spectateurs\n\n"
            "LYON, 2 juin 2024 - Le festival du conte a accueilli 14 000 spectateurs en cinq "
            "jours, a annoncé l'association organisatrice lundi.\n\n"
            "Presse : Claire Morel | 04 78 55 50 12 | presse@festivalconte.example\n")
    releases, _ = parse_text(text)
    assert _contacts(text) == [
        ("Claire Morel", ["presse@festivalconte.example"], ["+33478555012"]),
    ]
    assert [s.value for s in releases[0].statistics] == [14000]  # the number is no count


def test_a_label_and_fields_between_bars_without_phone_or_e_mail_opens_no_contact() -> None:
    from pressroom.parsing.opener import find_opener

    assert find_opener(["Texte : Claire Morel | Association du conte"], 0) is None
    assert find_opener(["Source : rapport annuel | 2023 | page 12"], 0) is None
    assert find_opener(["Presse : Claire Morel | presse@festivalconte.example"], 0) is not None


def test_a_contact_sidebar_above_the_headline_is_the_contact_block() -> None:
    # The page's sidebar (heading, name, role, phone, e-mail) stands between the site's
    # header and the headline; a header with its date ("News release – 4 April 2024") is no
    # dateline.
    text = ("Northfield Regional Library Service\n"
            "Home › Newsroom › Releases\n"
            "Media enquiries\n"
            "Daniel Okafor\n"
            "Communications Officer\n"
            "+44 113 496 0321\n"
            "daniel.okafor@library.example\n"
            "News release – 4 April 2024\n"
            "Library extends opening hours at its twelve branches\n"
            "LEEDS, 4 April 2024 – The library service will open its 12 branches for 9 more "
            "hours a week from May, it said on Thursday.\n"
            "Visits rose to 1.3 million last year.\n")
    releases, _ = parse_text(text)
    (release,) = releases
    assert release.title == "Library extends opening hours at its twelve branches"
    assert (release.dateline, release.published_on) == ("LEEDS", "2024-04-04")
    assert _contacts(text) == [
        ("Daniel Okafor", ["daniel.okafor@library.example"], ["+441134960321"]),
    ]


def test_dinars_are_the_page_countrys_currency() -> None:
    text = ("SFAX, 4 mars 2024 – Le ministère a débloqué 120 millions de dinars pour soutenir "
            "les petits exploitants de la région.\n")
    assert _money(text) == [(120_000_000, "currency:TND")]
    text = ("AMMAN, March 4, 2024 - The ministry set aside 3 million dinars for the "
            "water network.\n")
    assert _money(text) == [(3_000_000, "currency:JOD")]
    text = ("ORÁN, 4 de marzo de 2024. El ministerio destinó 500 millones de dinares a la red "
            "de agua.\n")
    assert _money(text) == [(500_000_000, "currency:DZD")]


def test_namibian_dollars_and_costa_rican_colones_are_their_currencies() -> None:
    text = ("WALVIS BAY, 3 March 2025 - The harbour board earned N$48 million in rents last "
            "year and will spend N$12 million on new cranes.\n")
    assert _money(text) == [(48_000_000, "currency:NAD"), (12_000_000, "currency:NAD")]
    text = ("Limón, 3 de marzo de 2025 – La cooperativa vendió cacao por 95 millones de colones "
            "en la última cosecha.\n")
    assert _money(text) == [(95_000_000, "currency:CRC")]


def test_name_and_office_line_with_a_dash_above_the_numbers_is_the_contact() -> None:
    text = ("Le port de Sète bat son record de passagers\n\n"
            "Sète, le 3 mars 2025 – Le port a accueilli 412 000 passagers l'an dernier, un "
            "record, grâce à deux nouvelles lignes vers le Maroc.\n\n"
            "Contact presse\nJulie Marchand – Port de Sète, service communication\n"
            "Tél. 04 67 55 01 20 – Port. 06 55 31 40 12\njulie.marchand@port-sete.example\n")
    assert _contacts(text) == [("Julie Marchand", ["julie.marchand@port-sete.example"],
                                ["+33467550120", "+33655314012"])]


@pytest.mark.parametrize("heading", [
    "Mais informações para a imprensa:", "More information for the media:",
    "Más información para la prensa:", "Plus d'informations pour la presse :",
])
def test_more_information_for_the_press_opens_the_contact_block(heading: str) -> None:
    assert is_opener(heading)
