"""Contact blocks of any shape, read from whole hand-written releases (fr/en/es/pt)."""

from __future__ import annotations

import pytest

from pressroom.parsing import parse_text
from pressroom.parsing.contacts import scan_contacts

BODY = ("Le Comité a distribué des vivres à 3 000 familles déplacées par les combats dans la "
        "région, a indiqué l'organisation mardi.")


def _contacts(text: str) -> list[tuple]:
    releases, _ = parse_text(text)
    return [(c.name, c.office, c.emails, [(p.e164, p.kind) for p in c.phones])
            for c in releases[0].contacts]


def test_heading_then_one_line_per_person_with_two_numbers_joined_by_ou() -> None:
    text = (f"Des vivres pour les familles déplacées\n\n{BODY}\n\n"
            "Informations complémentaires :\n"
            "Paul Ndayi, CICR Kinshasa, tél. : +243 81 234 56 78 ou +243 99 876 54 32\n"
            "Anne Roux, CICR Genève, tél. : +41 79 111 22 33\n")
    assert _contacts(text) == [
        ("Paul Ndayi", "CICR Kinshasa", [], [("+243812345678", "phone"),
                                             ("+243998765432", "phone")]),
        ("Anne Roux", "CICR Genève", [], [("+41791112233", "phone")]),
    ]


def test_table_of_people_with_honorifics() -> None:
    text = ("Vaccination campaign reaches remote districts\n\n"
            "Health workers vaccinated 40 000 children in remote districts this week, the "
            "agency said on Monday.\n\n"
            "Media contacts\n"
            "Mr John Okafor | +234 803 123 4567 | okaforj@agency.org\n"
            "Dr Amina Bello | +41 22 700 1234 | belloa@agency.org\n")
    assert _contacts(text) == [
        ("John Okafor", None, ["okaforj@agency.org"], [("+2348031234567", "phone")]),
        ("Amina Bello", None, ["belloa@agency.org"], [("+41227001234", "phone")]),
    ]


def test_service_desk_with_address_has_no_name_and_labelled_fax() -> None:
    text = ("Minister meets the High Commissioner\n\n"
            "The minister met the High Commissioner in Bern on Tuesday to discuss the "
            "resettlement of refugees from the region.\n\n"
            "Address for enquiries:\n\n"
            "Ministry Information\nParliament Building East Wing\nCH-3003 Bern, Switzerland\n"
            "Tel.: +41 58 460 11 22\nFax: +41 58 460 33 44\nE-mail: info@ministry.example.ch\n\n"
            "Publisher:\n\nFederal Department of Foreign Affairs\n")
    assert _contacts(text) == [
        (None, "Ministry Information", ["info@ministry.example.ch"],
         [("+41584601122", "phone"), ("+41584603344", "fax")]),
    ]


def test_person_and_service_desk_separated_by_semicolon_with_national_numbers() -> None:
    text = ("OTTAWA, ON, le 3 mai 2024 /CNW/ - La ministre annonce un nouveau programme "
            "d'accueil pour les réfugiés au Canada.\n\n"
            "Pour plus de renseignements (médias seulement) : Julie Tremblay, Attachée de "
            "presse, Cabinet du ministre, Santé Canada, 613-555-0142, [email protected]; "
            "Relations avec les médias, Santé Canada, 613-555-0199, [email protected]\n")
    releases, problems = parse_text(text)
    got = [(c.name, c.office, c.emails, [p.e164 for p in c.phones])
           for c in releases[0].contacts]
    assert got == [
        ("Julie Tremblay", "Cabinet du ministre, Santé Canada", [], ["+16135550142"]),
        (None, "Relations avec les médias, Santé Canada", [], ["+16135550199"]),
    ]
    hidden = [p for p in problems if "hidden" in p.reason]
    assert len(hidden) == 2  # the obfuscated e-mails are recorded, not silently lost


def test_bulleted_spanish_block_and_back_link_after_it() -> None:
    text = ("Liberadas dos personas en el departamento del Cauca\n\n"
            "El CICR facilitó el martes la liberación de dos personas que estaban en poder "
            "de un grupo armado en el departamento del Cauca.\n\n"
            "Para más información:\n\n"
            "  • Ana Gómez, CICR, Cali, tel.: +57 310 123 45 67\n"
            "  • Luis Vega, CICR Quito, tel: +593 99 123 4567\n\n"
            "← VOLVER A LA PÁGINA PRINCIPAL\n")
    assert _contacts(text) == [
        ("Ana Gómez", "CICR, Cali", [], [("+573101234567", "phone")]),
        ("Luis Vega", "CICR Quito", [], [("+593991234567", "phone")]),
    ]


def test_mobile_label_after_slash_and_role_line_skipped() -> None:
    lines = ["Marta Puig i Soler", "Acme Relief International - Press Officer",
             "BCN office: +34 931 234 567 / Mob: +34 612 345 678", "email: marta.puig@acme.org"]
    scan = scan_contacts(lines)
    assert [(c.name, c.office, c.emails, [(p.e164, p.kind) for p in c.phones])
            for c in scan.contacts] == [
        ("Marta Puig i Soler", "Acme Relief International", ["marta.puig@acme.org"],
         [("+34931234567", "phone"), ("+34612345678", "mobile")])]


def test_portuguese_dash_list_with_city_before_name_and_cut_last_item() -> None:
    text = ("Relatório mostra aumento do número de refugiados\n\n"
            "O relatório divulgado nesta quinta-feira mostra que 80 mil pessoas foram "
            "forçadas a deixar suas casas no Brasil no último ano.\n\n"
            "Para mais informações sobre o relatório, entre em contato com:\n"
            "- Setor de Comunicação do ACNUR: [email protected]\n"
            "- Em Recife, Carla Nunes: (81) 9.8765.4321 / [email protected]\n"
            "- Em Porto Alegre, Bruno Lima: (51) 9.9123.4567\n"
            "- Em S\n")
    releases, _ = parse_text(text)
    assert [(c.name, c.office, [p.e164 for p in c.phones]) for c in releases[0].contacts] == [
        (None, "Setor de Comunicação do ACNUR", []),
        ("Carla Nunes", "Recife", ["+5581987654321"]),
        ("Bruno Lima", "Porto Alegre", ["+5551991234567"]),
    ]


def test_people_quoted_in_the_body_are_not_contacts() -> None:
    text = ("Floods displace thousands\n\n"
            "\"We are deeply worried,\" said Maria Lopez, head of the delegation, adding that "
            "12 000 people had fled.\n\n"
            "Media contact\n"
            "Peter Hale, IOM Manila, Tel: +63 2 8230 1999, Email: phale@iom.int\n")
    assert [c.name for c in parse_text(text)[0][0].contacts] == ["Peter Hale"]


def test_box_after_the_contact_block_is_not_a_contact() -> None:
    text = (f"Des familles réunies\n\n{BODY}\n\n"
            "Informations complémentaires :\n"
            "Claire Petit, CICR Bangui, tél. : +236 72 00 11 22\n\n"
            "Le saviez-vous…\n\nLes Conventions de Genève protègent les détenus.\n")
    releases, problems = parse_text(text)
    assert [c.name for c in releases[0].contacts] == ["Claire Petit"]
    assert any("after the contact block" in p.reason for p in problems)


def test_swiss_mobile_without_label_is_a_phone() -> None:
    lines = ["Jean Muller, CICR Genève", "+41 79 555 66 77", "jmuller@icrc.org"]
    (contact,) = scan_contacts(lines).contacts
    assert [(p.e164, p.kind) for p in contact.phones] == [("+41795556677", "phone")]


def test_hashtags_and_a_timestamp_after_the_block_are_no_phone() -> None:
    text = ("Liberadas dos personas\n\n"
            "El CICR facilitó la liberación de dos personas en el departamento del Cauca, "
            "informó el organismo.\n\n"
            "Contacto para medios:\n"
            "Ana Gómez, CICR, Cali\nOficial de comunicación\nTeléfono: +57 310 1234567\n"
            "#Colombia #liberación\n1720566365\n")
    releases, _ = parse_text(text)
    assert [(c.name, c.office, [p.e164 for p in c.phones]) for c in releases[0].contacts] == [
        ("Ana Gómez", "CICR, Cali", ["+573101234567"])]


def test_surnames_in_capitals_and_names_that_are_also_places() -> None:
    lines = ["Jean DUPONT, CICR Niamey, tél. : +227 20 72 11 22",
             "Israel Martínez, Oficina de Prensa, tel: +52 55 1234 5678",
             "Maria Lima, Assessoria de Imprensa, tel: +55 61 3321 4455"]
    assert [(c.name, c.office) for c in scan_contacts(lines).contacts] == [
        ("Jean DUPONT", "CICR Niamey"), ("Israel Martínez", "Oficina de Prensa"),
        ("Maria Lima", "Assessoria de Imprensa")]


def test_national_numbers_read_in_the_office_city_or_the_dateline_country() -> None:
    text = ("Soudan : le CICR évacue des blessés vers Port-Soudan\n\n"
            "Genève (CICR) – Le CICR a évacué mercredi 30 blessés vers Port-Soudan, au Soudan, "
            "où ils recevront des soins.\n\n"
            "Pour de plus amples informations, veuillez contacter :\n"
            "Jean Roux, CICR Genève, tél. : 079 217 32 17\n")
    release = _release_of(text)
    assert release.country == "SD"  # a headquarters dateline, about Sudan
    assert [p.e164 for p in release.contacts[0].phones] == ["+41792173217"]  # office: Geneva
    wire = ("Charity sends kits to families in Haiti\n\n"
            "WASHINGTON, March 5, 2024 /PRNewswire/ -- The charity shipped kits to 12,000 "
            "families displaced by violence in Haiti, and more kits will follow to Haiti.\n\n"
            "Contact: Jane Doe, 202-555-0143, jdoe@charity.example.org\n")
    release = _release_of(wire)
    assert (release.country, release.dateline) == ("HT", "WASHINGTON")
    assert [p.e164 for p in release.contacts[0].phones] == ["+12025550143"]  # the dateline's


def _release_of(text: str):
    releases, _ = parse_text(text)
    return releases[0]


def test_one_letter_labels_and_an_e_mail_spelled_out() -> None:
    lines = ["John Smith", "Communications Manager", "T: +44 20 7012 6400",
             "M: +44 7700 900123", "E: jsmith@aid.example.org", "",
             "Mary Brown, Head of Media", "Tel +41 (0)22 730 4200",
             "mbrown [at] aid.example [dot] org"]
    scan = scan_contacts(lines)
    assert [(c.name, c.emails, [(p.e164, p.kind) for p in c.phones]) for c in scan.contacts] == [
        ("John Smith", ["jsmith@aid.example.org"],
         [("+442070126400", "phone"), ("+447700900123", "mobile")]),
        ("Mary Brown", ["mbrown@aid.example.org"], [("+41227304200", "phone")]),
    ]
    assert scan.unused == []


def test_contact_block_above_the_body_with_only_an_e_mail() -> None:
    text = ("2019 Press Releases\n\n"
            "Media Contact\n"
            "Press@charity.example.org\n\n"
            "WESTPORT, Conn. (March 3, 2019) — The charity today sent emergency supplies to "
            "5,000 families in Yemen, where the war has entered its fifth year.\n\n"
            "The supplies include food, water and medicine for families in Yemen.\n")
    releases, _ = parse_text(text)
    (release,) = releases
    assert (release.title, release.dateline, release.published_on) == (
        None, "WESTPORT, Conn.", "2019-03-03")
    assert [(c.name, c.emails, c.phones) for c in release.contacts] == [
        (None, ["press@charity.example.org"], [])]
    assert release.lead.startswith("The charity today sent")
    assert release.country == "YE"


def test_contact_block_under_a_headline_that_reads_as_prose_keeps_the_dateline_and_body() -> None:
    # The headline has many lower-case words, like prose: it is still a headline, and the
    # dated paragraph below the contact block opens the body, not the page's footer.
    text = ("En Bolivia, la red de escuelas rurales amplía su apoyo a las familias campesinas\n\n"
            "Más información:\n"
            "Rosa Quispe, Fundación Escuelas Rurales, rquispe@escuelas.example\n\n"
            "La Paz, Bolivia – La red abrió 45 escuelas nuevas este año en el altiplano.\n\n"
            "Unas 3.200 familias reciben ahora apoyo escolar.\n")
    releases, _ = parse_text(text)
    (release,) = releases
    assert release.title.startswith("En Bolivia, la red de escuelas rurales")
    assert release.dateline == "La Paz, Bolivia"
    assert [c.name for c in release.contacts] == ["Rosa Quispe"]
    assert [s.value for s in release.statistics] == [45, 3200]


def test_contact_block_under_the_headline_with_a_long_line_or_a_bare_heading() -> None:
    # A contact line long enough to read as prose still belongs to the block above the body;
    # a two-word heading under the headline opens the block, it is no label of the head.
    long_line = ("Más información:\n"
                 "Relaciones con los medios, Fundación Agua Limpia, Tel. +591 2 2555 0621 ext. "
                 "26, Cel.: +591 7155 5015, prensa@agualimpia.example\n\n")
    heading = ("Further information\n"
               "Tom Reyes | +56 2 2555 0177\n\n")
    for block, name in ((long_line, None), (heading, "Tom Reyes")):
        text = ("Clean water reaches 40 villages in the highlands\n\n" + block
                + "The foundation connected 40 villages to clean water this year, it said.\n\n"
                "Some 12,000 people now have running water.\n")
        releases, _ = parse_text(text)
        (release,) = releases
        assert [c.name for c in release.contacts] == [name]
        assert release.lead == ("The foundation connected 40 villages to clean water this "
                                "year, it said.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jane Doe at +1 212 555 0100 or jdoe@charity.example.org",
         ("Jane Doe", ["jdoe@charity.example.org"], ["+12125550100"])),
        ("Jane Doe +41 79 123 45 67 jdoe@agency.example.org",
         ("Jane Doe", ["jdoe@agency.example.org"], ["+41791234567"])),
        ("Pedro Alves (pedro.alves@iom.int)", ("Pedro Alves", ["pedro.alves@iom.int"], [])),
    ],
)
def test_name_written_against_its_number_or_e_mail_is_kept(line: str, expected: tuple) -> None:
    scan = scan_contacts([line], region="US")
    assert [(c.name, c.emails, [p.e164 for p in c.phones]) for c in scan.contacts] == [expected]
    assert scan.unused == []


def test_job_title_line_and_footer_labels_after_the_contact_are_no_contacts() -> None:
    from pressroom.parsing import parse_bytes
    page = ("Food bank doubles its parcels in Lyon\n"
            "Lyon, 4 May 2021 - The regional food bank handed out 8,000 parcels this week.\n"
            "Media contact:\nClaire Dumont\nHead, Public Affairs\n+33 4 72 00 00 00\n"
            "claire@foodbank.example\nTags\nFood Aid\nTopic: Poverty\n")
    contacts = parse_bytes(page.encode(), "page.txt").releases[0].contacts
    assert [(c.name, c.emails) for c in contacts] == [
        ("Claire Dumont", ["claire@foodbank.example"])]


def test_further_information_heading_with_a_name_and_a_hidden_email() -> None:
    """'Further information:' opens the block even without 'For'; a person whose e-mail the
    page hid is still a contact (name and office), the hidden e-mail a parse problem."""
    text = ("Flood response reaches coastal villages\n\n"
            "Relief teams reached 12 000 people in coastal villages this week, the agency said "
            "on Monday.\n\n"
            "Further information:\n"
            "Grace Mbeki, UNICEF Malawi, [email protected]\n")
    assert _contacts(text) == [("Grace Mbeki", "UNICEF Malawi", [], [])]


def test_stacked_media_contact_between_the_headline_and_the_body() -> None:
    text = ("Study: fewer rural clinics deliver babies in the region since 2010\n"
            "By Sam Ortiz | May 2, 2024\n"
            "Share on Facebook  Share on X  Email this story\n"
            "MEDIA CONTACT\nJordan Lee\nSenior Media Relations Manager\n"
            "+1 614-555-0142 (office)\njlee@university.example\n"
            "COLUMBUS — Nearly one in five rural clinics in the region stopped delivering "
            "babies, according to a study released on Tuesday.\n"
            "The team analyzed records from 180 facilities and found that 31 had closed their "
            "delivery units.\n")
    releases, _ = parse_text(text)
    assert _contacts(text) == [("Jordan Lee", None, ["jlee@university.example"],
                                [("+16145550142", "phone")])]
    assert releases[0].statistics, "the body after the contact block is read"


@pytest.mark.parametrize(
    ("desk", "expected"),
    [
        ("For media queries: Press Cell, Ministry of Health, Tel: +91 11 2306 1000, "
         "E-mail: press@health.example",
         ("Ministry of Health", ["press@health.example"], "+911123061000")),
        ("Consultas de prensa: Oficina de Prensa, Ministerio de Salud, Tel: +56 2 2574 0100, "
         "prensa@salud.example",
         ("Ministerio de Salud", ["prensa@salud.example"], "+56225740100")),
    ],
)
def test_one_line_press_desk_closing_the_body(desk: str, expected: tuple) -> None:
    text = ("Clinics extend their opening hours\n\n"
            "Health clinics will open until 9 pm from Monday, serving 12,000 more patients "
            "a month, the ministry said on Friday.\n\n" + desk + "\n")
    contacts = _contacts(text)
    assert len(contacts) == 1
    _, office, emails, phones = contacts[0]
    assert office, "the desk's office is kept"
    assert emails == expected[1]
    assert [p for p, _ in phones] == [expected[2]]


def test_one_line_press_desk_above_the_headline() -> None:
    text = ("Contact presse : Léa Roux, chargée de communication, +41 22 555 12 34, "
            "lea.roux@fondation.example\n"
            "03.05.2024\n"
            "La fondation double ses colis à Genève\n"
            "Genève, le 3 mai 2024 – La fondation a distribué 4 200 colis en avril, deux fois "
            "plus qu’en mars, a indiqué sa directrice mardi.\n")
    releases, _ = parse_text(text)
    assert releases[0].title == "La fondation double ses colis à Genève"
    assert _contacts(text) == [("Léa Roux", None, ["lea.roux@fondation.example"],
                                [("+41225551234", "phone")])]


@pytest.mark.parametrize(
    "email",
    ["imprensa [at] saude.example", "imprensa {at} saude {dot} example",
     "imprensa(arroba)saude(ponto)example"],
)
def test_unheaded_block_with_an_e_mail_spelled_against_robots(email: str) -> None:
    text = ("Vacinação chega ao interior\n\n"
            "Brasília - O ministério vacinou 40 mil crianças nas regiões remotas esta semana, "
            "informou a pasta.\n\n"
            f"Ministério da Saúde\n{email}\n")
    assert [(office, emails) for _, office, emails, _ in _contacts(text)] == [
        ("Ministério da Saúde", ["imprensa@saude.example"])]


def test_share_row_with_a_label_ends_an_unheaded_block_above_the_footer() -> None:
    text = ("Escolas recebem painéis solares\n\n"
            "Lisboa - A autarquia instalou 420 painéis solares em cinco escolas do concelho, "
            "informou a câmara esta semana.\n\n"
            "Gabinete de Imprensa\nTel.: +351 217 555 100\nimprensa@camara.example\n"
            "Partilhar: Facebook | X | E-mail\n"
            "Câmara Municipal · Praça do Município · 1100-038 Lisboa · Tel. +351 217 555 999\n")
    assert _contacts(text) == [(None, "Gabinete de Imprensa", ["imprensa@camara.example"],
                                [("+351217555100", "phone")])]


def test_related_articles_heading_ends_the_contact_block() -> None:
    text = ("Campaña de invierno: inscripciones abiertas\n\n"
            "Santiago - La fundación abrió las inscripciones de su campaña de invierno para "
            "300 voluntarios, informó su director.\n\n"
            "Contacto de prensa\nAna Pérez\n+56 9 5555 0199\nana.perez@fundacion.example\n"
            "Artículos relacionados\n"
            "Fundación del Sur · Av. Los Carrera 1250, Concepción · +56 41 255 5012\n")
    assert _contacts(text) == [("Ana Pérez", None, ["ana.perez@fundacion.example"],
                                [("+56955550199", "phone")])]


def test_a_contact_heading_then_an_invitation_line_ending_in_contact_opens_one_block() -> None:
    text = ("Food bank use in Scotland rises by a third\n\n"
            "GLASGOW, 4 March 2024 - Food banks across Scotland handed out 250,000 parcels last "
            "winter, a third more than a year before, the network said on Monday.\n\n"
            "Press contacts\n"
            "For interviews, photographs or further details please contact:\n"
            "Iain Fraser, Communications Manager\n"
            "0141 496 0123 / 07700 900461\n"
            "iain.fraser@foodnet.org.example\n"
            "Press office (out of hours): 07700 900789\n")
    assert _contacts(text) == [
        ("Iain Fraser", None, ["iain.fraser@foodnet.org.example"],
         [("+441414960123", "phone"), ("+447700900461", "phone")]),
        (None, "Press office", [], [("+447700900789", "phone")]),
    ]


def test_a_tab_separated_contact_table_gives_one_contact_a_row() -> None:
    text = ("El puerto de Vigo bate su récord de tráfico de contenedores\n\n"
            "Vigo (España), 12 de febrero de 2024.- El puerto movió 310 000 contenedores en 2023, "
            "un 8 % más que el año anterior, según informó la autoridad portuaria este lunes.\n\n"
            "Contacto de prensa\n"
            "Nombre\tCargo\tTeléfono\tCorreo electrónico\n"
            "Lucía Otero Vidal\tJefa de prensa\t986 555 301\tlucia.otero@puerto.example\n"
            "Xoán Rial Pereira\tTécnico de comunicación\t699 555 412\txoan.rial@puerto.example\n")
    got = [(name, emails, phones) for name, _, emails, phones in _contacts(text)]
    assert got == [
        ("Lucía Otero Vidal", ["lucia.otero@puerto.example"], [("+34986555301", "phone")]),
        ("Xoán Rial Pereira", ["xoan.rial@puerto.example"], [("+34699555412", "phone")]),
    ]


def test_a_press_desk_heading_an_e_mail_spelled_with_a_bare_arroba_and_a_copy_link_row() -> None:
    text = ("Hospital universitário abre ala de pediatria em Natal\n\n"
            "Natal (RN) - O hospital universitário inaugurou nesta segunda-feira uma ala de "
            "pediatria com 40 leitos, que deve atender 1,5 mil crianças por ano.\n\n"
            "Atendimento à imprensa\n"
            "Coordenadoria de Comunicação (Comunica/HUN)\n"
            "(84) 3202-5511 | (84) 98877-6655\n"
            "comunica arroba hun.edu.example\n"
            "Compartilhe: Facebook | WhatsApp | Copiar link\n"
            "Hospital Universitário de Natal · Av. Nilo Peçanha, 620 · CEP 59012-300\n")
    assert _contacts(text) == [
        (None, "Coordenadoria de Comunicação", ["comunica@hun.edu.example"],
         [("+558432025511", "phone"), ("+5584988776655", "phone")]),
    ]


def test_an_enquiries_heading_over_two_people_one_without_e_mail() -> None:
    text = ("Minister opens 12 new clinics in the Eastern Cape\n\n"
            "The Minister of Health today opened 12 new clinics in the Eastern Cape, which "
            "will serve more than 80 000 people in rural districts.\n\n"
            "Enquiries:\n"
            "Thabo Nkosi, Spokesperson for the Minister\n"
            "Cell: 083 555 0161\n"
            "E-mail: nkosi.t@health.gov.za.example\n"
            "Anele Dube, Head of Communications\n"
            "Tel: 012 555 4100\n")
    assert _contacts(text) == [
        ("Thabo Nkosi", None, ["nkosi.t@health.gov.za.example"], [("+27835550161", "mobile")]),
        ("Anele Dube", None, [], [("+27125554100", "phone")]),
    ]


def test_a_sentence_inviting_a_call_under_the_block_is_one_more_desk() -> None:
    text = ("Floods: aid reaches 20,000 people in Sylhet\n\n"
            "SYLHET, 4 July 2025 - Aid agencies have reached 20,000 people cut off by the "
            "floods in north-eastern Bangladesh, the relief network said on Friday.\n\n"
            "Media contacts\n"
            "Rina Akter | Communications Officer, Dhaka | +880 1711 555 012 | rina@relief.example\n"
            "Outside office hours please call the international press desk on +44 20 7946 0123.\n"
            "Tags: Floods, Bangladesh\n")
    assert _contacts(text)[-1] == (None, "international press desk", [],
                                   [("+442079460123", "phone")])


def test_a_desk_and_its_numbers_after_a_dash_under_the_heading() -> None:
    text = ("Sesau amplia horário de vacinação nas unidades de saúde\n\n"
            "A Secretaria de Saúde ampliou nesta segunda-feira o horário de vacinação em 48 "
            "unidades de saúde da capital, que passam a funcionar até as 21h.\n\n"
            "Contato para imprensa\n"
            "Ascom Sesau – (82) 3555-1020 / (82) 98555-0133 (plantão)\n"
            "imprensa@sesau.al.gov.example\n")
    assert _contacts(text) == [(None, "Ascom Sesau", ["imprensa@sesau.al.gov.example"],
                                [("+558235551020", "phone"), ("+5582985550133", "phone")])]


@pytest.mark.parametrize("heading", ["Te puede interesar", "Portada"])
def test_a_newspaper_footer_row_is_no_press_contact(heading: str) -> None:
    """Related stories, then "Diario … © 2025 | … | Contáctenos: e-mail | Tel.": the site's
    newsroom, no contact of the release."""
    text = ("Gobierno anuncia 500 nuevas becas para estudiantes rurales\n"
            "San Salvador, 3 mar (EFE).- El Ministerio de Educación anunció este lunes la "
            "entrega de 500 nuevas becas para estudiantes de zonas rurales del país.\n"
            "Las becas cubrirán matrícula, transporte y materiales durante todo el año escolar, "
            "según el comunicado oficial.\n"
            f"{heading}\n"
            "Diario Central © 2025 | Aviso legal | Contáctenos: redaccion@diariocentral.example "
            "| Tel. 2555-0190\n")
    assert _contacts(text) == []


def test_a_call_sentence_under_a_person_is_a_contact_of_its_own() -> None:
    text = ("Council approves £12 million flood defence upgrade\n\n"
            "YORK, 3 June 2025 - The City Council has approved a £12 million upgrade to the "
            "flood defences along the Ouse, which will protect more than 4,200 homes.\n\n"
            "Media enquiries\n"
            "Sam Collins, Media Officer – 01904 555 678\n"
            "For after-hours enquiries please call the duty media officer on 07700 900123.\n")
    assert _contacts(text) == [
        ("Sam Collins", None, [], [("+441904555678", "phone")]),
        (None, "duty media officer", [], [("+447700900123", "phone")]),
    ]


@pytest.mark.parametrize(
    "footer",
    [
        "Fundação Vale Verde – Rua das Flores, 120, 4050-262 Porto – Tel.: 222 555 010",
        "Terre d'Espoir | Avenue de l'Indépendance, B.P. 1540 Lomé | Tél. : 22 55 10 20",
    ],
)
def test_an_address_row_in_the_footer_ends_the_contact_block(footer: str) -> None:
    """The site's address and switchboard in a row of fields after the press contact are
    the page's footer: no contact of their own."""
    text = ("Campanha de vacinação chega a 18 mil crianças\n"
            "A campanha de vacinação chegou a 18 mil crianças em três semanas, informou a "
            "fundação nesta quinta-feira.\n"
            "Contacto de imprensa\n"
            "Marta Lopes Ferreira\n"
            "Tel. 912 555 301 | marta.ferreira@valeverde.example\n\n"
            f"{footer}\n")
    releases, _ = parse_text(text)
    assert [c.name for c in releases[0].contacts] == ["Marta Lopes Ferreira"]


def test_a_person_with_an_honorific_and_dashes_is_no_dateline() -> None:
    """"Dr. Name – role – Cel: …" opens like a dateline ("Place – lead"): the honorific
    names a person, and the block goes on to the e-mail under it."""
    text = ("Cheias afectam 12 mil famílias na Zambézia\n\n"
            "As cheias no vale do Zambeze afectaram cerca de 12 mil famílias desde o início do "
            "mês, informou o instituto nesta segunda-feira.\n\n"
            "Contactos para a imprensa:\n"
            "Gabinete de Comunicação\n"
            "Dr. Paulo Muchanga – Porta-voz – Cel: 84 123 4567 / 82 765 4321\n"
            "Email: pmuchanga@instituto.example\n")
    assert [(c.name, c.emails, [p.e164 for p in c.phones])
            for c in parse_text(text)[0][0].contacts] == [
        ("Paulo Muchanga", ["pmuchanga@instituto.example"], ["+258841234567", "+258827654321"])]


def test_a_person_and_a_role_after_a_dash_are_no_dateline() -> None:
    text = ("Chômage : 2 300 demandeurs d'emploi formés en Hainaut\n\n"
            "L'office régional a formé 2 300 demandeurs d'emploi en 2024, soit 12 % de plus "
            "qu'en 2023, a-t-il annoncé jeudi.\n\n"
            "Contact presse\n"
            "Marc Dewulf – porte-parole\n"
            "Tél. +32 65 55 23 41\n"
            "marc.dewulf@office.example\n")
    assert _contacts(text) == [
        ("Marc Dewulf", None, ["marc.dewulf@office.example"], [("+3265552341", "phone")])]


def test_a_central_american_honorific_is_dropped() -> None:
    text = ("La OPS entrega 200 nebulizadoras\n\n"
            "Tegucigalpa, 3 de junio de 2025 – La Organización entregó 200 nebulizadoras a las "
            "regiones sanitarias más afectadas por el dengue.\n\n"
            "Para más información:\n"
            "Licda. María José Rivera, Oficial de Prensa\n"
            "Correo: riveram@ops.example\n")
    assert [c.name for c in parse_text(text)[0][0].contacts] == ["María José Rivera"]


def test_a_heading_ending_on_a_contact_verb_opens_a_row_and_a_free_line_closes_it() -> None:
    """"For press inquiries contact:" is a heading; the ministry's toll-free line in the
    footer row under the press officer is no press contact."""
    text = ("Ministry to hire 2,000 nurses for county hospitals\n\n"
            "NAIROBI — The Ministry of Health will hire 2,000 nurses for county hospitals "
            "this year, the cabinet secretary said on Monday.\n\n"
            "For press inquiries contact:\n"
            "Ms. Grace Achieng | Senior Press Officer | 0712 345 678 | gachieng@health.example\n"
            "Ministry of Health, Afya House, Nairobi | Toll free: 0800 721 316\n")
    assert _contacts(text) == [
        ("Grace Achieng", None, ["gachieng@health.example"], [("+254712345678", "phone")])]


@pytest.mark.parametrize(
    "footer",
    [
        "Hôtel de Ville – 12 place de la Mairie – 75001 Paris – Standard : 01 40 55 00 00 – "
        "accueil@ville.example",
        "Mairie de Paris · 12 place de la Mairie · accueil@ville.example",
    ],
)
def test_a_footer_address_row_with_a_general_email_under_the_contact_is_no_contact(
        footer: str) -> None:
    text = ("La Ville ouvre 12 nouvelles crèches\n\n"
            "Paris, le 3 mars 2025 – La Ville a ouvert 12 nouvelles crèches et 480 places "
            "d'accueil pour les jeunes enfants, a annoncé la maire lundi.\n\n"
            "Contact presse\n"
            "Jeanne Morel | attachée de presse | 01 40 55 12 34 | jeanne.morel@ville.example\n"
            f"{footer}\n")
    assert [c.name for c in parse_text(text)[0][0].contacts] == ["Jeanne Morel"]


def test_an_address_row_right_under_the_heading_is_the_press_desk() -> None:
    text = ("La Ville ouvre 12 nouvelles crèches\n\n"
            "Paris, le 3 mars 2025 – La Ville a ouvert 12 nouvelles crèches et 480 places "
            "d'accueil pour les jeunes enfants, a annoncé la maire lundi.\n\n"
            "Contact presse\n"
            "Service presse – 12 place de la Mairie – 75001 Paris – 01 40 55 12 34 – "
            "presse@ville.example\n")
    assert [c.emails for c in parse_text(text)[0][0].contacts] == [["presse@ville.example"]]


def test_a_service_line_ending_on_a_name_like_organisation_is_the_office() -> None:
    """"Service presse – Grande Synthe" over a person: the second field of the office line
    is the rest of the office, not a person with no phone."""
    text = ("La commune rénove 14 écoles\n\n"
            "Lille, le 3 mars 2025 – La commune rénovera 14 écoles d'ici 2027 pour un "
            "montant de 9 millions d'euros, a annoncé le maire lundi.\n\n"
            "Contact presse\n"
            "Service presse – Grande Synthe\n"
            "Lucie Verhaeghe | 03 28 55 12 34 | lucie.verhaeghe@commune.example\n")
    assert _contacts(text) == [
        ("Lucie Verhaeghe", "Service presse, Grande Synthe", ["lucie.verhaeghe@commune.example"],
         [("+33328551234", "phone")])]


def test_a_call_sentence_after_a_blank_line_is_a_desk_of_its_own() -> None:
    text = ("Clinic opens in Penticton\n\n"
            "PENTICTON – The health authority opened a new urgent care clinic on Monday, which "
            "will see about 80 patients a day.\n\n"
            "Media contact:\n"
            "Jordan Lee\n"
            "Phone: 250-555-0111\n"
            "media@health.example\n\n"
            "For after-hours media inquiries, please call 1-800-555-0199.\n")
    assert _contacts(text) == [
        ("Jordan Lee", None, ["media@health.example"], [("+12505550111", "phone")]),
        (None, None, [], [("+18005550199", "phone")]),
    ]


def test_an_email_alone_under_a_persons_email_is_the_desks() -> None:
    text = ("Festival reúne 30 mil pessoas em Olinda\n\n"
            "O festival reuniu cerca de 30 mil pessoas durante o fim de semana em Olinda, "
            "informou a organização nesta segunda-feira.\n\n"
            "Informações para a imprensa\n"
            "Bruno Lima – (81) 3555-0101 / bruno@agencia.example\n"
            "imprensa@agencia.example\n")
    assert _contacts(text) == [
        ("Bruno Lima", None, ["bruno@agencia.example"], [("+558135550101", "phone")]),
        (None, None, ["imprensa@agencia.example"], []),
    ]


@pytest.mark.parametrize("related", ["Leia também: Chuvas deixam 800 desalojados em Tete",
                                     "Related: Council to build 40 new homes in 2026"])
def test_a_related_heading_with_its_headline_ends_the_block(related: str) -> None:
    text = ("Cheias afectam 12 mil famílias na Zambézia\n\n"
            "As cheias no vale do Zambeze afectaram cerca de 12 mil famílias desde o início do "
            "mês, informou o instituto nesta segunda-feira.\n\n"
            "Contactos para a imprensa:\n"
            "Ana Muianga\n"
            "Email: amuianga@instituto.example\n"
            f"{related}\n")
    releases, _ = parse_text(text)
    assert [p.text for p in releases[0].paragraphs if p.section == "contact"][-1] == (
        "Email: amuianga@instituto.example")


def test_a_desk_line_ending_on_an_acronym_in_capitals_names_no_person() -> None:
    """"Press Unit, NDRRMC RO XI – (082) … loc. 205" under a person: an office in capitals
    (an acronym with no vowel is no word of a name), and its number's local extension."""
    text = ("Relief goods reach 8,000 families in Davao\n\n"
            "DAVAO CITY – The regional office delivered relief goods to 8,000 families "
            "displaced by the floods, officials said on Monday.\n\n"
            "For media inquiries:\n"
            "JUAN MIGUEL REYES\n"
            "Mobile: 0917 555 0188\n"
            "Email: jmreyes@ndrrmc.example\n\n"
            "Press Unit, NDRRMC RO XI – (082) 555-1234 loc. 205\n")
    releases, _ = parse_text(text)
    desk = releases[0].contacts[-1]
    assert (desk.name, desk.office) == (None, "Press Unit, NDRRMC RO XI")
    assert [(p.e164, p.extension) for p in desk.phones] == [("+63825551234", "205")]


def test_a_name_before_on_and_a_number_in_a_one_line_desk() -> None:
    text = ("Council opens new library\n\n"
            "LEEDS, 3 March 2025 - The city council opened a new library in Armley on Monday, "
            "with 18,000 books and 40 computers.\n\n"
            "Media enquiries: Sarah Blake on 0113 555 0142 or sarah.blake@leeds.example\n")
    assert _contacts(text) == [
        ("Sarah Blake", None, ["sarah.blake@leeds.example"], [("+441135550142", "phone")])]


@pytest.mark.parametrize("sentence", [
    "En dehors des heures de bureau, appelez le 06 55 12 34 56.",
    "Le week-end et les jours fériés, composez le 06 55 12 34 56.",
])
def test_a_french_sentence_calling_a_number_is_a_desk(sentence: str) -> None:
    text = ("La Ville ouvre 12 crèches\n\n"
            "Lyon, le 3 mars 2025 – La Ville a ouvert 12 nouvelles crèches et 480 places "
            "d'accueil pour les jeunes enfants, a annoncé la maire lundi.\n\n"
            "Contact presse :\n"
            "Mme Claire Martin, attachée de presse – 04 72 55 12 34 – claire.martin@lyon.example\n"
            f"{sentence}\n")
    assert _contacts(text)[-1] == (None, None, [], [("+33655123456", "phone")])


def test_a_switchboard_and_an_abbreviated_street_under_the_contact_are_the_footer() -> None:
    """"Av. … · Central telefónica: …" and "… · Mesa central …" under the press officer's
    details: the organisation's address and main line, no contact and no phone of hers."""
    text = ("El Minsa entrega 200 nebulizadoras\n\n"
            "Lima, 3 de junio de 2025 – El Ministerio entregó 200 nebulizadoras a las "
            "regiones sanitarias más afectadas por el dengue.\n\n"
            "Contacto de prensa:\n"
            "Periodista Jorge Ramírez – Tel.: (01) 555-1234 – jramirez@minsa.example\n"
            "Av. Salaverry 801, Jesús María, Lima · Central telefónica: (01) 315-6600\n"
            "Minsa · Mesa central (01) 315-6601\n")
    assert _contacts(text) == [
        ("Jorge Ramírez", None, ["jramirez@minsa.example"], [("+5115551234", "phone")])]


@pytest.mark.parametrize("sentence,e164", [
    ("Para consultas fuera de horario, llame al 987 555 000.", "+51987555000"),
    ("Fuera del horario de oficina y los fines de semana, marque el 987 555 000.",
     "+51987555000"),
])
def test_a_spanish_sentence_calling_a_number_is_a_desk(sentence: str, e164: str) -> None:
    text = ("El Minsa entrega 200 nebulizadoras\n\n"
            "Lima, 3 de junio de 2025 – El Ministerio entregó 200 nebulizadoras a las "
            "regiones sanitarias más afectadas por el dengue.\n\n"
            "Contacto de prensa:\n"
            "Jorge Ramírez – Tel.: (01) 555-1234 – jramirez@minsa.example\n"
            f"{sentence}\n")
    assert _contacts(text)[-1] == (None, None, [], [(e164, "phone")])


def test_the_press_desk_named_alone_heads_the_block() -> None:
    text = ("El Minsa entrega 200 nebulizadoras\n\n"
            "Lima, 3 de junio de 2025 – El Ministerio entregó 200 nebulizadoras a las "
            "regiones sanitarias más afectadas por el dengue.\n\n"
            "Prensa:\n"
            "Lic. Roberto Sánchez, Director de Comunicación Social\n"
            "Tel. (01) 555-1234 ext. 102\n"
            "rsanchez@minsa.example\n")
    assert _contacts(text) == [
        ("Roberto Sánchez", None, ["rsanchez@minsa.example"], [("+5115551234", "phone")])]


def test_a_street_and_a_service_line_under_the_details_are_the_footer() -> None:
    text = ("El Minsa entrega 200 nebulizadoras\n\n"
            "Lima, 3 de junio de 2025 – El Ministerio entregó 200 nebulizadoras a las "
            "regiones sanitarias más afectadas por el dengue.\n\n"
            "Contacto para medios\n"
            "Laura Gómez | Periodista | 987 555 123 | laura.gomez@minsa.example\n"
            "Calle 44 N° 52-165, Centro Administrativo | Línea de atención: (01) 444 4144\n")
    assert [c.name for c in parse_text(text)[0][0].contacts] == ["Laura Gómez"]


def test_a_label_before_two_numbers_parted_by_a_slash_stands_for_both() -> None:
    lines = ["Paulo Muchanga – Cell: +258 84 123 4567 / 82 765 4321 – Tel.: 21 555 010"]
    assert [(p.e164, p.kind) for c in scan_contacts(lines, "MZ").contacts for p in c.phones] == [
        ("+258841234567", "mobile"), ("+258827654321", "mobile"), ("+25821555010", "phone")]


@pytest.mark.parametrize("label", ["Telemóvel:", "Tlm.", "Telem."])
def test_portuguese_mobile_labels(label: str) -> None:
    lines = ["Gabinete de Imprensa", "Telefones: 21 555 0100", f"{label} 912 555 300"]
    assert [(p.e164, p.kind) for c in scan_contacts(lines, "PT").contacts for p in c.phones] == [
        ("+351215550100", "phone"), ("+351912555300", "mobile")]


def test_an_invitation_to_interviews_opens_a_one_line_contact() -> None:
    text = ("Ministry to hire 2,000 nurses for county hospitals\n\n"
            "NAIROBI — The Ministry of Health will hire 2,000 nurses for county hospitals "
            "this year, the cabinet secretary said on Monday.\n\n"
            "For interviews, please contact Grace Achieng, Press Officer, at +254 712 345 678 "
            "or gachieng@health.example.\n")
    assert [(c.name, c.emails) for c in parse_text(text)[0][0].contacts] == [
        ("Grace Achieng", ["gachieng@health.example"])]


def test_the_site_address_written_down_under_the_contact_is_the_footer() -> None:
    """"Ville de Lyon" / "1 place de la Comédie" / "69001 Lyon" / "Tél. : …" under the
    press officer's details: the town hall's address and switchboard, no contact."""
    text = ("La Ville ouvre 12 crèches\n\n"
            "Lyon, le 3 mars 2025 – La Ville a ouvert 12 nouvelles crèches et 480 places "
            "d'accueil pour les jeunes enfants, a annoncé la maire lundi.\n\n"
            "Contact presse\n"
            "Claire Martin\n"
            "T +33 4 72 55 12 34\n"
            "E claire.martin@lyon.example\n\n"
            "Ville de Lyon\n"
            "1 place de la Comédie\n"
            "69001 Lyon\n"
            "Tél. : 04 72 10 30 30\n")
    assert _contacts(text) == [
        ("Claire Martin", None, ["claire.martin@lyon.example"], [("+33472551234", "phone")])]


def test_a_phone_number_is_no_postal_code_of_an_address_row() -> None:
    """"+44-7700-900-414" holds the shape of a Portuguese postcode ("7700-900"): the
    second person's line is no footer."""
    text = ("Kenya: police abuses must end\n\n"
            "NAIROBI, 3 March 2025 – Kenyan police have killed at least 12 protesters since "
            "January, the rights group said in a report published on Monday.\n\n"
            "For more information, please contact:\n"
            "Otieno Kamau – +254-712-555-081 – kamauo@rights.example\n"
            "Felicity Warrington – +44-7700-900-414 – warrinf@rights.example\n")
    assert [c.name for c in parse_text(text)[0][0].contacts] == [
        "Otieno Kamau", "Felicity Warrington"]


def test_a_person_named_before_the_call_verb_keeps_the_number() -> None:
    lines = ["Jo Bloggs", "jo.bloggs@council.example",
             "Jane Doe, Press Officer, please call her on +44 20 7946 0123"]
    assert [(c.name, [p.e164 for p in c.phones]) for c in scan_contacts(lines, "GB").contacts] \
        == [("Jo Bloggs", []), ("Jane Doe", ["+442079460123"])]


@pytest.mark.parametrize("row", [
    "Attachée de presse | Gwenaëlle Tanguy | 04 72 55 48 17 | gwenaelle.tanguy@lyon.example",
    "Gwenaëlle Tanguy – Chargée de communication – 04 72 55 48 17 – "
    "gwenaelle.tanguy@lyon.example",
])
def test_a_job_title_in_a_row_is_no_office(row: str) -> None:
    text = ("La Ville ouvre 12 crèches\n\n"
            "Lyon, le 3 mars 2025 – La Ville a ouvert 12 nouvelles crèches et 480 places "
            "d'accueil pour les jeunes enfants, a annoncé la maire lundi.\n\n"
            f"Contact presse\n{row}\n")
    assert _contacts(text) == [("Gwenaëlle Tanguy", None, ["gwenaelle.tanguy@lyon.example"],
                                [("+33472554817", "phone")])]


def test_an_office_named_by_its_subject_is_no_job_title() -> None:
    lines = ["Relations avec les médias", "Tél. : +41 22 717 89 75", "medias@dfae.example"]
    assert [c.office for c in scan_contacts(lines, "CH").contacts] == [
        "Relations avec les médias"]


def test_a_city_after_a_persons_role_is_her_office() -> None:
    lines = ["Tom Hallworth | Regional Media Manager, Nairobi | +254 722 555 019 | "
             "tom@relief.example"]
    assert [(c.name, c.office) for c in scan_contacts(lines, "KE").contacts] == [
        ("Tom Hallworth", "Nairobi")]


def test_labels_joined_by_a_slash_before_a_number_label_it() -> None:
    lines = ["Encargada de Prensa: Ana Peralta – Cel./WhatsApp 829-555-0176"]
    assert [(c.name, [(p.e164, p.kind) for p in c.phones])
            for c in scan_contacts(lines, "DO").contacts] == [
        ("Ana Peralta", [("+18295550176", "mobile")])]


def test_informacoes_a_imprensa_heads_a_block_of_two_people() -> None:
    text = ("Festival reúne 30 mil pessoas em Olinda\n\n"
            "O festival reuniu cerca de 30 mil pessoas durante o fim de semana em Olinda, "
            "informou a organização nesta segunda-feira.\n\n"
            "Informações à imprensa:\n"
            "Ana Souza\nAssessoria de Comunicação\n(81) 3555-0101\nana.souza@festival.example\n\n"
            "Rafael Lima\n(81) 3555-0103\nrafael.lima@festival.example\n")
    assert [c.name for c in parse_text(text)[0][0].contacts] == ["Ana Souza", "Rafael Lima"]


@pytest.mark.parametrize(("line", "name"), [
    ("Shri Ravi Menon, Joint Director (Media) – 022-2202 4444", "Ravi Menon"),
    ("Smt. Lata Iyer, Press Officer – 022-2202 4444", "Lata Iyer"),
    ("Sgt Tom Reid, Police Media Unit – 022-2202 4444", "Tom Reid"),
])
def test_honorific_or_rank_before_the_name_is_dropped(line: str, name: str) -> None:
    text = ("Polling stations open on Wednesday\n\n"
            "Mumbai, 18 November 2024 – Polling will be held in all 288 constituencies, the "
            "office said on Monday.\n\n"
            f"Media contact:\n{line}\n")
    assert [c[0] for c in _contacts(text)] == [name]


def test_police_rank_on_its_own_line_above_the_role_is_dropped() -> None:
    text = ("Opération estivale sur les routes\n\n"
            "Rimouski, le 21 juillet 2025 – Les policiers ont remis 1 284 constats "
            "d'infraction, a indiqué la Sûreté mardi.\n\n"
            "Renseignements :\n"
            "Capitaine Marc Gagnon\n"
            "Porte-parole\n"
            "Bureau : 418 555-0146\n")
    assert [c[0] for c in _contacts(text)] == ["Marc Gagnon"]


def test_desk_line_with_a_worded_aside_under_the_person_is_a_desk() -> None:
    text = ("Opération estivale sur les routes\n\n"
            "Rimouski, le 21 juillet 2025 – Les policiers ont remis 1 284 constats "
            "d'infraction, a indiqué la Sûreté mardi.\n\n"
            "Renseignements :\n"
            "Marc Gagnon\n"
            "Tél. : 418 555-0146\n"
            "Relations avec les médias (nuit et fin de semaine) – 514 555-0170 / 514 555-0171\n")
    assert _contacts(text) == [
        ("Marc Gagnon", None, [], [("+14185550146", "phone")]),
        (None, "Relations avec les médias", [], [("+15145550170", "phone"),
                                                 ("+15145550171", "phone")]),
    ]


def test_unknown_job_title_after_the_name_is_no_second_person() -> None:
    text = ("Dry summer leaves farms in drought\n\n"
            "Wellington, 4 March 2025 – Rainfall was less than half of normal in parts of the "
            "east, the institute said on Tuesday.\n\n"
            "Media enquiries:\n"
            "Dr Jane Moana, Senior Hydrologist – Rivers, WRI\n"
            "Mobile: +64 21 555 0173\n")
    assert _contacts(text) == [
        ("Jane Moana", "WRI", [], [("+64215550173", "mobile")]),
    ]


def test_head_office_sentence_with_a_street_type_under_the_details_is_no_contact() -> None:
    text = ("Dry summer leaves farms in drought\n\n"
            "Wellington, 4 March 2025 – Rainfall was less than half of normal in parts of the "
            "east, the institute said on Tuesday.\n\n"
            "Media enquiries:\n"
            "Jane Moana, WRI\n"
            "Mobile: +64 21 555 0173\n"
            "WRI is a Crown Research Institute. Head office: 12 Harbour Quay, Wellington 6011. "
            "Phone +64 4 555 0300.\n")
    assert _contacts(text) == [("Jane Moana", "WRI", [], [("+64215550173", "mobile")])]


@pytest.mark.parametrize("desk", ["Relações com Investidores: ri@solar.example",
                                  "Investor relations: ir@solar.example"])
def test_investor_relations_line_under_the_press_contact_is_no_contact(desk: str) -> None:
    text = ("Solar inaugura central flutuante em Alqueva\n\n"
            "Lisboa, 17 de junho de 2025 – A empresa inaugurou hoje uma central solar com 74 mil "
            "painéis, num investimento de 48,5 milhões de euros.\n\n"
            "Contacto de imprensa\n"
            "Joana Lopes – Direção de Comunicação\n"
            "joana.lopes@solar.example\n\n"
            f"{desk}\n")
    assert [(c[0], c[2]) for c in _contacts(text)] == [
        ("Joana Lopes", ["joana.lopes@solar.example"])]


def test_rank_name_and_role_line_under_a_wide_office_line_is_the_person() -> None:
    text = ("Balanço da época chuvosa em Luanda\n\n"
            "Luanda – As chuvas intensas provocaram 34 mortos e 57 feridos nas províncias de "
            "Luanda e Benguela, segundo o balanço apresentado ontem.\n\n"
            "Contactos para a imprensa:\n"
            "Gabinete de Comunicação Institucional e Imprensa – SPCB\n"
            "Superintendente-Chefe Faustino Neto, Porta-voz Nacional\n"
            "Tlm.: +244 923 555 418\n")
    assert [(c[0], c[1]) for c in _contacts(text)] == [
        ("Faustino Neto", "Gabinete de Comunicação Institucional e Imprensa, SPCB")]


def test_gerencia_line_above_the_person_is_the_office() -> None:
    text = ("Presas del país al 41 por ciento de su capacidad\n\n"
            "Ciudad de México, 15 de mayo de 2025.– Las 210 principales presas del país almacenan "
            "41.6 por ciento de su capacidad, informó la Comisión.\n\n"
            "Para más información:\n"
            "Gerencia de Comunicación y Cultura del Agua\n"
            "Lic. Martha Ríos Salgado, subgerente de Prensa\n"
            "Cel. +52 55 5555 0847\n")
    assert [(c[0], c[1]) for c in _contacts(text)] == [
        ("Martha Ríos Salgado", "Gerencia de Comunicación y Cultura del Agua")]


def test_extension_in_brackets_after_the_number_is_read() -> None:
    text = ("Solar inaugura central flutuante em Alqueva\n\n"
            "Lisboa, 17 de junho de 2025 – A empresa inaugurou hoje uma central solar com 74 mil "
            "painéis, num investimento de 48,5 milhões de euros.\n\n"
            "Contacto de imprensa\n"
            "Joana Lopes – Direção de Comunicação\n"
            "Tel. +351 21 555 40 00 (ext. 4102)\n")
    releases, _ = parse_text(text)
    assert [(p.e164, p.extension) for p in releases[0].contacts[0].phones] == [
        ("+351215554000", "4102")]


def test_email_signature_under_the_contacts_is_no_contact() -> None:
    text = ("Diáspora enviou 41 mil milhões de francos CFA em 2024\n\n"
            "Lisboa, 9 de maio de 2025 – A diáspora enviou no ano passado 41 mil milhões de "
            "francos CFA, segundo um inquérito da associação.\n\n"
            "Contactos:\n"
            "Presidente – Braima Sanhá – 96 555 43 21\n\n"
            "--\n"
            "AGUI | www.agui.example | geral@agui.example | Tel. 21 555 87 60\n")
    assert [c[0] for c in _contacts(text)] == ["Braima Sanhá"]


def test_extension_after_a_comma_is_the_phone_s_extension() -> None:
    text = ("Les préposées réclament 310 postes\n\n"
            "Québec, le 26 août 2025 – Près de deux travailleuses sur trois disent manquer de "
            "temps auprès des résidents, selon un sondage du syndicat.\n\n"
            "Renseignements :\n"
            "Marie Tremblay, FTSQ\n"
            "418 555-0142, poste 2231 | 581 555-0177\n")
    releases, _ = parse_text(text)
    assert [(p.e164, p.extension) for p in releases[0].contacts[0].phones] == [
        ("+14185550142", "2231"), ("+15815550177", None)]


@pytest.mark.parametrize(("line", "expected"), [
    ("Journalistes : Awa Diallo, adiallo@cedeao.example, (+221) 77 555 01 42, et Karim "
     "Sow, ksow@cedeao.example, (+221) 76 555 02 18.",
     [("Awa Diallo", ["adiallo@cedeao.example"], ["+221775550142"]),
      ("Karim Sow", ["ksow@cedeao.example"], ["+221765550218"])]),
    ("Journalists: Lerato Dube on (+27) 83 555 1201 and Johan van der Merwe on (+27) 21 "
     "555 8830.",
     [("Lerato Dube", [], ["+27835551201"]), ("Johan van der Merwe", [], ["+27215558830"])]),
    ("Periodistas: Lucía Benítez (+595) 21 555 1180 y Tomás Ayala (+595) 981 555 907",
     [("Lucía Benítez", [], ["+595215551180"]), ("Tomás Ayala", [], ["+595981555907"])]),
])
def test_an_audience_label_opens_a_line_of_two_people_joined_by_a_connector(
        line: str, expected: list[tuple]) -> None:
    text = f"Des vivres pour les familles déplacées\n\n{BODY}\n\n{line}\n"
    assert [(name, emails, [p for p, _ in phones])
            for name, _, emails, phones in _contacts(text)] == expected


def test_given_names_on_the_phone_line_send_each_number_to_its_person() -> None:
    text = ("Hospital amplia programa de vacinação\n\n"
            "Recife (PE), 3 de março de 2025 – O hospital vacinou 12 mil pessoas em três "
            "semanas, informou a direção nesta segunda-feira.\n\n"
            "Jornalistas: Beatriz Lopes e Rafael Nunes Costa, Assessoria de Comunicação\n"
            "Rafael: (+55 81) 3555-1200 · Beatriz: (+55 81) 99555-7788 (WhatsApp)\n")
    assert [(name, [p for p, _ in phones]) for name, _, _, phones in _contacts(text)] == [
        ("Beatriz Lopes", ["+5581995557788"]), ("Rafael Nunes Costa", ["+558135551200"])]


def test_two_offices_joined_by_a_connector_stay_one_office() -> None:
    text = ("Presas al 40 por ciento\n\nCiudad de México, 2 de mayo de 2025.– Las presas del "
            "país almacenan 40 por ciento de su capacidad, informó la Comisión.\n\n"
            "Para más información:\nGerencia de Comunicación y Cultura del Agua\n"
            "Lic. Ana Ríos, subgerente de Prensa\nTel. 55 5174 5555\nprensa@agua.example\n")
    assert [(name, office) for name, office, _, _ in _contacts(text)] == [
        ("Ana Ríos", "Gerencia de Comunicación y Cultura del Agua")]


def test_media_office_line_after_the_people_is_a_desk_of_its_own() -> None:
    text = ("Hospital reaches 300 transplants\n\n"
            "CAPE TOWN, 1 July 2025 – The hospital performed its 300th kidney transplant this "
            "week, its transplant unit said on Monday.\n\n"
            "Journalists: Naledi Khumalo on (+27) 82 555 3310.\n"
            "Media office: media@hospital.example\n")
    assert _contacts(text) == [
        ("Naledi Khumalo", None, [], [("+27825553310", "phone")]),
        (None, "Media office", ["media@hospital.example"], []),
    ]


def test_dash_qualified_heading_and_a_desk_line_under_it() -> None:
    text = ("Cuenca amplía el tranvía\n\nCuenca, 5 de marzo de 2025.- La Alcaldía anunció "
            "la compra de 4 nuevos trenes para el tranvía de la ciudad.\n\n"
            "Prensa — contactos solo por WhatsApp:\n"
            "Dirección de Comunicación Social: +593 99 555 1207\n"
            "Jefa de prensa, Valeria Ordóñez: +593 98 555 6639 (solo mensajes)\n")
    assert [(name, office, [p for p, _ in phones]) for name, office, _, phones
            in _contacts(text)] == [
        (None, "Dirección de Comunicación Social", ["+593995551207"]),
        ("Valeria Ordóñez", None, ["+593985556639"])]


def test_contact_table_header_row_is_no_contact_and_a_rule_ends_the_block() -> None:
    text = ("Une cohorte suivie depuis vingt ans\n\nLausanne, le 5 novembre 2025 – L'étude a "
            "suivi 6 700 participants pendant vingt ans, annonce l'université.\n\n"
            "Contacts médias\n"
            "Service de presse\tNom\tTéléphone\tCourriel\n"
            "UNIL\tLéa Dubois\t+41 21 692 55 10\tlea.dubois@unil.example\n\n"
            "────────────────────\n\n"
            "Titre : Le Dies academicus aura lieu le 14 novembre\n"
            "Publié : Mon, 03 Nov 2025 09:00:00 +0100\n")
    assert _contacts(text) == [
        ("Léa Dubois", "UNIL", ["lea.dubois@unil.example"], [("+41216925510", "phone")])]


def test_contacts_between_a_feed_entry_header_and_its_body() -> None:
    text = ("Entrada 1 de 9\n\n"
            "Nuevo servicio de trasplante realizó 40 procedimientos en su primer año\n"
            "actualizado: 2025-05-20T09:15:00-03:00\n\n"
            "Contacto para la prensa — Unidad de Comunicación del Hospital\n"
            "Lic. Sofía Pérez · Tel. (+598) 2487 5555 int. 3312 · sperez@hospital.example\n\n"
            "Montevideo, 20 de mayo de 2025. El servicio de trasplante del hospital cumplió su "
            "primer año con 40 trasplantes, 25 de ellos autólogos.\n")
    releases, _ = parse_text(text)
    release = releases[0]
    assert [(c.name, c.emails, [(p.e164, p.extension) for p in c.phones])
            for c in release.contacts] == [
        ("Sofía Pérez", ["sperez@hospital.example"], [("+59824875555", "3312")])]
    assert 25 in [s.value for s in release.statistics]


def test_press_office_rows_of_a_word_header_table_above_the_title() -> None:
    text = ("Cork City Council\n\n"
            "Document type\tMedia Release\n"
            "Reference\tCCC/MR/2025/011\n"
            "Press office\tSiobhán Walsh, Communications Officer\n"
            "Direct line\t+353 (0)21 492 4000\n"
            "Email\tsiobhan.walsh@cork.example\n\n"
            "COUNCIL APPROVES 120 NEW HOMES\n\n"
            "Cork City Council has approved a plan to build 120 social homes at the docks, "
            "the council said on Tuesday after its monthly meeting.\n")
    releases, _ = parse_text(text)
    assert releases[0].title == "COUNCIL APPROVES 120 NEW HOMES"
    assert [(c.name, c.emails, [p.e164 for p in c.phones]) for c in releases[0].contacts] == [
        ("Siobhán Walsh", ["siobhan.walsh@cork.example"], ["+353214924000"])]


def test_a_unit_named_after_its_department_is_one_office_not_a_person() -> None:
    text = ("Pesca ribereña\n\nCiudad de México, 2 de junio de 2025.– La dependencia entregó "
            "apoyos a 12 mil pescadores ribereños de cinco estados del país.\n\n"
            "Coordinación General de Comunicación Social\n"
            "Tel. 55 3871 1000 ext. 40125\ncomunicacion.social@pesca.example\n")
    assert [(name, office) for name, office, _, _ in _contacts(text)] == [
        (None, "Coordinación General de Comunicación Social")]


@pytest.mark.parametrize("heading", ["Contactos de medios:", "Contactos para os media:"])
def test_media_contact_heading_over_a_stacked_block(heading: str) -> None:
    text = ("El puerto de Arica mueve 1,2 millones de toneladas\n\n"
            "ARICA, Chile, 20 de enero de 2025 – El puerto movió 1,2 millones de toneladas "
            "en 2024, informó la empresa.\n\n"
            f"{heading}\n"
            "Rodrigo Mamani Quispe\n"
            "Gerente de Comunicaciones, Empresa Portuaria Arica\n"
            "Teléfono: +56 2 2555 1234\n"
            "Correo electrónico: rmamani@puertos.example\n")
    contacts = _contacts(text)
    assert [(c[0], c[2]) for c in contacts] == [
        ("Rodrigo Mamani Quispe", ["rmamani@puertos.example"])]


def test_bilingual_page_gives_its_one_contact_block_to_both_versions() -> None:
    text = ("Le Conseil a financé 118 projets en 2024\n\n"
            "GATINEAU (Québec), le 3 avril 2025 – Le Conseil a financé 118 projets de "
            "restauration en 2024, a-t-il indiqué aujourd'hui.\n\n- 30 -\n\n"
            "The Council funded 118 projects in 2024\n\n"
            "GATINEAU, Quebec, April 3, 2025 – The Council funded 118 restoration projects "
            "in 2024, it said today.\n\n- 30 -\n\n"
            "Renseignements / Information :\n\n"
            "Émilie Tremblay-Nadeau\n"
            "Relations avec les médias / Media Relations\n"
            "819-555-0143\n"
            "medias-media@council.example\n\n"
            "Date de modification / Date modified : 2025-04-03\n")
    releases, _ = parse_text(text)
    assert [r.language for r in releases] == ["fr", "en"]
    for release in releases:
        assert [(c.name, [p.e164 for p in c.phones]) for c in release.contacts] == [
            ("Émilie Tremblay-Nadeau", ["+18195550143"])]


def test_answer_to_a_question_on_reaching_the_press_desk_is_the_contact() -> None:
    text = ("Perguntas e respostas: mutirão consular atende 4.860 brasileiros\n\n"
            "Faro, 14 de julho de 2025 – O mutirão atendeu 4.860 brasileiros no Algarve.\n\n"
            "1. Quantos passaportes foram emitidos?\n"
            "Foram emitidos 1.250 passaportes durante o mutirão, disse o consulado.\n\n"
            "2. Como a imprensa pode contactar o Consulado?\n"
            "Pelo Setor de Imprensa: telefone +351 289 555 410, correio eletrónico "
            "imprensa@consulado.example.\n")
    contacts = _contacts(text)
    assert [(c[2], c[3]) for c in contacts] == [
        (["imprensa@consulado.example"], [("+351289555410", "phone")])]


def test_desk_block_under_a_hard_wrapped_last_paragraph() -> None:
    text = ("Linha de transmissão entra em operação\n\n"
            "Belém (PA), 3 de setembro de 2025 — A companhia energizou a linha, que\n"
            "atende 38.500 domicílios. A empresa prevê investir mais R$ 260 milhões até\n"
            "2027 na interligação de Oeiras do Pará.\n\n"
            "Assessoria de Comunicação — ASCOM\n"
            "Fone: (91) 3555-2040\n"
            "ascom@energia.example\n")
    contacts = _contacts(text)
    assert [(c[2], c[3]) for c in contacts] == [
        (["ascom@energia.example"], [("+559135552040", "phone")])]


def test_engineer_title_is_dropped_from_a_name() -> None:
    text = ("Floods displace 12,000 people in Cabo Delgado\n\n"
            "PEMBA, 14 March 2025 – Floods displaced 12,000 people, the platform said.\n\n"
            "For more information:\n"
            "Eng. Tomás Sitoe, spokesperson — +258 86 555 0193\n")
    assert [c[0] for c in _contacts(text)] == ["Tomás Sitoe"]


@pytest.mark.parametrize(("office", "title", "office_out"), [
    ("Setor Cultural e de Imprensa", "Conselheira", "Setor Cultural e de Imprensa"),
    ("Setor de Imprensa", "Conselheiro", "Setor de Imprensa"),
])
def test_an_embassy_section_is_an_office_and_a_diplomatic_title_is_dropped(
        office: str, title: str, office_out: str) -> None:
    text = ("Embaixada emite 21 mil vistos em 2025\n\n"
            "Luanda, 19 de novembro de 2025 – A Embaixada emitiu 21.340 vistos em 2025, "
            "informou nesta quarta-feira.\n\n"
            f"Contatos para a imprensa:\n{office}\n{title} Renata Alves Moreira\n"
            "Tel.: +244 222 555 871\nE-mail: imprensa.luanda@embaixada.example\n")
    contacts = parse_text(text)[0][0].contacts
    assert [(c.name, c.office) for c in contacts] == [("Renata Alves Moreira", office_out)]


def test_a_one_line_desk_under_the_headline_keeps_its_contacts() -> None:
    """A contact row right under the headline (numbers, e-mails) is never the title, and it
    is still read as the release's contacts, not dropped as chrome."""
    text = ("In Mali, IOM helps more than 140 unaccompanied children\n\n"
            "For more information: Éric Sénéchal, Save the Children Mali, Phone: "
            "+223-20-21-70-28, eric.senechal@save.example; Chantal Lefèvre, Save the Children "
            "Bamako, Mob: +223-65-01-10-42, chantal.lefevre@save.example\n\n"
            "Mali - The situation remains worrying in Mali. The authorities supported more "
            "than 140 unaccompanied children in 2008.\n")
    releases, _ = parse_text(text)
    assert releases[0].title == "In Mali, IOM helps more than 140 unaccompanied children"
    assert [c.name for c in releases[0].contacts] == ["Éric Sénéchal", "Chantal Lefèvre"]


def test_a_desk_office_then_its_organisation_on_one_line_are_one_office() -> None:
    """ "Comunicación, CICR Ginebra": a department, then the body and city it belongs to (which
    reads like a name but names an office): one office, whose city tells the country."""
    scan = scan_contacts(["Comunicación, CICR Ginebra, Teléfono: +41227172972 ext. 2118"], "CH")
    assert [(c.name, c.office) for c in scan.contacts] == [(None, "Comunicación, CICR Ginebra")]


@pytest.mark.parametrize("heading", [
    "RSVP et renseignements", "Confirmar asistencia (RSVP):", "Confirmação de presença:",
    "5. CONTACTS PRESSE",
])
def test_an_rsvp_or_numbered_contacts_heading_opens_the_block(heading: str) -> None:
    """A media advisory's RSVP block, or a press kit's numbered "Contacts" section, holds the
    press contact."""
    text = (f"Le Comité distribue des vivres\n\n{BODY}\n\n{heading}\nService de presse du Comité\n"
            "Mme Awa Diop, cheffe du service\nTél. : +221 33 889 12 40\n"
            "Courriel : presse@comite.example\n")
    assert _contacts(text) == [("Awa Diop", "Service de presse du Comité",
                                ["presse@comite.example"], [("+221338891240", "phone")])]


def test_a_contacts_entry_in_a_table_of_contents_opens_no_block() -> None:
    """"5. Contactos" under "4. …" is an entry of the kit's contents list, not its heading."""
    text = ("Kit de imprensa da transição digital\n\nÍndice\n1. Nota de imprensa\n"
            "4. Perguntas frequentes\n5. Contactos\n\n1. NOTA DE IMPRENSA\n"
            "A rede digital cobre agora 98,6% da população, disse a empresa na segunda-feira.\n\n"
            "5. CONTACTOS\nGabinete de Comunicação\nEdna Semedo, assessora de imprensa\n"
            "Tel.: +238 260 41 75\nimprensa@rtpcv.example\n")
    assert [c[0] for c in _contacts(text)] == ["Edna Semedo"]


def test_a_short_line_ending_on_a_colon_under_a_heading_introduces_the_people() -> None:
    text = ("Informe anual 2025\n\nCiudad de Guatemala, 3 de junio de 2025 – La organización "
            "atendió a 3.280 niñas y niños en 2024, informó hoy.\n\n"
            "5. CONTACTO PARA MEDIOS\n"
            "Entrevistas con la directora ejecutiva y visitas de prensa a los centros:\n"
            "Karla Menéndez Ochoa, coordinadora de comunicación\n"
            "Tel.: +502 2385 4410\nmedios@ninez.example\n")
    assert [name for name, _, _, _ in _contacts(text)] == ["Karla Menéndez Ochoa"]


def test_the_organisation_s_name_over_its_footer_address_is_no_person() -> None:
    text = ("Census counts more waterbirds\n\n"
            "Lisboa, 11 de março de 2025 – A associação Maré Viva contou 212.480 aves no "
            "estuário em janeiro, mais 9% do que em 2024.\n\n"
            "Contactos:\nSofia Mendes, Gabinete de Comunicação\n"
            "Tel.: +351 21 555 0173\ncomunicacao@mareviva.example\n\n"
            "Maré Viva – Associação para a Conservação dos Estuários\n"
            "Av. Almirante Reis, 82, 1150-020 Lisboa\n")
    assert [c[0] for c in _contacts(text)] == ["Sofia Mendes"]


def test_two_people_listed_over_one_line_of_details_share_it() -> None:
    lines = ["Claire Ouvéa, responsable de la communication",
             "Marc Tjibaou, chargé des relations presse",
             "Tél. : (+687) 27 40 10 – Mobile commun : 79 12 34",
             "presse@port.example"]
    contacts = scan_contacts(lines, region="NC").contacts
    assert [c.name for c in contacts] == ["Claire Ouvéa", "Marc Tjibaou"]
    for contact in contacts:
        assert [(p.e164, p.kind) for p in contact.phones] == [
            ("+687274010", "phone"), ("+687791234", "mobile")]
        assert contact.emails == ["presse@port.example"]


@pytest.mark.parametrize("shared", [
    "Teléfono (ambos): +240 333 09 11 22 · Móvil: +240 222 301 402",
    "Phone (both): +240 333 09 11 22 · Mobile: +240 222 301 402",
    "Tél. (pour les deux) : +240 333 09 11 22 · Portable : +240 222 301 402",
])
def test_a_line_of_details_marked_as_shared_goes_to_each_person_above(shared: str) -> None:
    lines = ["Gabinete de Prensa",
             "Ana Nsue Mba, jefa del Gabinete – anasue@luz.example",
             "Rosa Obiang Eyi, técnica de comunicación – robiang@luz.example", shared]
    contacts = scan_contacts(lines, region="GQ").contacts
    assert [c.emails for c in contacts] == [["anasue@luz.example"], ["robiang@luz.example"]]
    assert [[p.e164 for p in c.phones] for c in contacts] == [
        ["+240333091122", "+240222301402"]] * 2


def test_details_under_one_person_with_an_e_mail_of_their_own_are_not_shared() -> None:
    lines = ["Ana Nsue Mba, jefa del Gabinete – anasue@luz.example",
             "Rosa Obiang Eyi, técnica de comunicación",
             "Teléfono: +240 333 09 11 22"]
    contacts = scan_contacts(lines, region="GQ").contacts
    assert [[p.e164 for p in c.phones] for c in contacts] == [[], ["+240333091122"]]


def test_a_role_first_block_with_no_heading_above_a_related_list() -> None:
    text = ("La memoria judicial de 2024\n\n"
            "Andorra la Vella, 12 de marzo de 2025 – El Consejo publicó hoy su memoria anual, "
            "con 5.912 resoluciones dictadas a lo largo del año pasado.\n\n"
            "Gabinete de Comunicación del Consejo\n"
            "Responsable de prensa: Sra. Núria Pujol i Serra\n"
            "Tel. +376 872 600 · Móvil 363 100\n"
            "premsa@consell.example\n\n"
            "Otras notas de prensa\n"
            "· El Tribunal celebra su aniversario con una jornada de puertas abiertas "
            "(03/02/2025)\n"
            "· Nuevo servicio de cita previa: 1.420 citas durante el primer mes de uso "
            "(20/01/2025)\n")
    assert [(name, emails) for name, _, emails, _ in _contacts(text)] == [
        ("Núria Pujol i Serra", ["premsa@consell.example"])]


def test_a_phone_label_before_fields_between_bars_opens_no_contact_block() -> None:
    text = ("A empresa reforça a rede\n\n"
            "Bissau, 2 de outubro de 2025 – A empresa ligou 2.450 novas famílias à rede de água "
            "desde o início do ano.\n\n"
            "Gabinete de Comunicação\n"
            "Porta-voz: Eng. Mário Sanca Có\n"
            "Tel.: 443 212 800 | Telemóvel: 955 600 100\n"
            "comunicacao@agua.example\n")
    assert [(name, office) for name, office, _, _ in _contacts(text)] == [
        ("Mário Sanca Có", "Gabinete de Comunicação")]


def test_a_desk_reached_by_messages_only_is_a_contact() -> None:
    text = ("The race is full\n\n"
            "APIA, 22 August 2025 – Organisers said 2,140 runners had entered the race this "
            "year.\n\n"
            "MEDIA\n"
            "Interviews and photo requests: message the race media desk on Signal or WhatsApp, "
            "+685 752 3300 (messages only).\n")
    assert [(name, [e164 for e164, _ in phones]) for name, _, _, phones in _contacts(text)] == [
        (None, ["+6857523300"])]


@pytest.mark.parametrize("lead, desk, office", [
    ("MALABO, 2 de mayo de 2025 – La empresa conectó 2.140 hogares a la red este año.",
     "Entrevistas: envíe un mensaje a la oficina de prensa por WhatsApp, +240 222 301 402.",
     "oficina de prensa"),
    ("DAKAR, 2 mai 2025 – La société a raccordé 2 140 foyers au réseau cette année.",
     "Interviews : envoyez un message au service de presse sur WhatsApp, +221 77 123 45 67.",
     "service de presse"),
    ("BISSAU, 2 de maio de 2025 – A empresa ligou 2.140 casas à rede este ano.",
     "Entrevistas: envie uma mensagem ao gabinete de imprensa por WhatsApp, +245 955 604 218.",
     "gabinete de imprensa"),
    ("APIA, 2 May 2025 – The company connected 2,140 homes to the grid this year.",
     "Interviews: message the media desk on Signal or WhatsApp, +685 752 3300.",
     "media desk"),
])
def test_a_desk_reached_by_messages_is_named_without_the_app(lead: str, desk: str,
                                                              office: str) -> None:
    text = f"The grid grows\n\n{lead}\n\nPRESS\n{desk}\n"
    assert [(name, found) for name, found, _, _ in _contacts(text)] == [(None, office)]


def test_a_place_in_brackets_after_the_office_gives_its_national_numbers_country() -> None:
    lines = ["Name | Phone | E-mail",
             "Amina Yusuf, UNICEF Ethiopia support office (Nairobi) | 0733 412 907 | "
             "ayusuf@unicef.example",
             "Tomás Reyes, Oficina de Caracas (Bogotá) | 315 482 9901 | treyes@ngo.example"]
    contacts = scan_contacts(lines, "ET").contacts
    assert [p.e164 for c in contacts for p in c.phones] == ["+254733412907", "+573154829901"]


def test_a_long_role_and_office_line_under_a_second_name_stays_in_the_block() -> None:
    text = ("Inondations : 40 000 personnes sinistrées dans le Sud\n\n"
            "DAKAR, 3 septembre 2025 – Les pluies ont touché 40 000 personnes dans le sud du "
            "pays, selon l'organisation, qui a distribué 5 000 kits d'urgence.\n\n"
            "Pour plus d'informations, veuillez contacter :\n\n"
            "Awa Ndiaye\nChargée de communication, Bureau pays\nTél. : +221 33 869 12 00\n"
            "Courriel : andiaye@ngo.example\n\n"
            "Marc Lefebvre\n"
            "Responsable médias, Bureau régional pour l'Afrique de l'Ouest et du Centre, "
            "auprès des partenaires (Dakar)\n"
            "Tél. : +221 33 869 12 45\nCourriel : mlefebvre@ngo.example\n")
    contacts = _contacts(text)
    assert [c[0] for c in contacts] == ["Awa Ndiaye", "Marc Lefebvre"]
    assert contacts[1][3] == [("+221338691245", "phone")]


def test_the_team_an_opener_announces_over_a_list_of_people_is_no_contact() -> None:
    text = ("Chuvas: 12 mil pessoas desalojadas no Recife\n\n"
            "Recife, 3 de junho de 2025 – As chuvas desalojaram 12 mil pessoas no Recife, "
            "informou a organização, que distribuiu 4.000 kits de higiene.\n\n"
            "Para mais informações, entre em contato com a equipe de imprensa:\n\n"
            "- Em Recife: Carla Menezes – Cel.: (81) 99876-5432 – menezesc@ngo.example\n"
            "- Em Brasília: Paulo Vieira – Tel.: (61) 3411-2200 – vieirap@ngo.example\n")
    assert [c[0] for c in _contacts(text)] == ["Carla Menezes", "Paulo Vieira"]


def test_a_desk_with_details_of_its_own_above_people_stays() -> None:
    lines = ["Unidade de Imprensa: imprensa@ngo.example",
             "- Em Recife, Carla Menezes: (81) 99876-5432"]
    contacts = scan_contacts(lines, "BR").contacts
    assert [c.office for c in contacts][:1] == ["Unidade de Imprensa"]


@pytest.mark.parametrize(
    ("block", "person", "desk"),
    [
        ("Media contacts\nRuwan Silva, Communications Officer, Colombo\n"
         "ruwan.silva@aid.example | +94 71 555 0142\n"
         "Out of hours (London): +44 20 7946 0777\n",
         ("Ruwan Silva", "Colombo", ["ruwan.silva@aid.example"], [("+94715550142", "phone")]),
         (None, "London", [], [("+442079460777", "phone")])),
        ("Contacts presse\nAwa Ndiaye, chargée de communication\n"
         "awa.ndiaye@aid.example – +221 77 555 01 23\n"
         "En dehors des heures de bureau (Paris) : +33 1 44 55 66 77\n",
         ("Awa Ndiaye", None, ["awa.ndiaye@aid.example"], [("+221775550123", "phone")]),
         (None, "Paris", [], [("+33144556677", "phone")])),
        ("Contacto de prensa\nRosa Quispe, oficial de comunicación\n"
         "rosa.quispe@aid.example / +51 987 654 321\n"
         "Fuera de horario (Madrid): +34 91 555 01 23\n",
         ("Rosa Quispe", None, ["rosa.quispe@aid.example"], [("+51987654321", "phone")]),
         (None, "Madrid", [], [("+34915550123", "phone")])),
        ("Contactos para a imprensa\nAna Machava, assessora de imprensa\n"
         "ana.machava@aid.example | +258 84 555 0123\n"
         "Fora do horário de expediente (Lisboa): +351 21 555 0123\n",
         ("Ana Machava", None, ["ana.machava@aid.example"], [("+258845550123", "phone")]),
         (None, "Lisboa", [], [("+351215550123", "phone")])),
    ],
)
def test_an_out_of_hours_line_naming_its_own_place_is_a_desk_of_its_own(
        block: str, person: tuple, desk: tuple) -> None:
    text = f"Des vivres pour les familles déplacées\n\n{BODY}\n\n{block}"
    assert _contacts(text) == [person, desk]


def test_an_out_of_hours_line_naming_no_place_is_the_press_officers_number() -> None:
    text = (f"Des vivres pour les familles déplacées\n\n{BODY}\n\n"
            "Media contacts\nRuwan Silva, Communications Officer\n"
            "ruwan.silva@aid.example | +94 71 555 0142\n"
            "Out of hours: +94 71 555 0143\n")
    assert _contacts(text) == [
        ("Ruwan Silva", None, ["ruwan.silva@aid.example"],
         [("+94715550142", "phone"), ("+94715550143", "phone")])]


@pytest.mark.parametrize(
    ("heading", "office", "phone", "e164"),
    [
        ("Contacto de prensa UNFPA Colombia:", "UNFPA Colombia", "+57 601 555 0199",
         "+576015550199"),
        ("Media contact WHO Geneva:", "WHO Geneva", "+41 22 917 34 56", "+41229173456"),
        ("Contact presse CICR Yaoundé :", "CICR Yaoundé", "+237 6 77 55 01 23",
         "+237677550123"),
        ("Contato de imprensa OPAS/OMS Brasil:", "OPAS/OMS Brasil", "+55 61 3555 0123",
         "+556135550123"),
    ],
)
def test_a_contact_heading_naming_its_office_before_the_colon_opens_the_block(
        heading: str, office: str, phone: str, e164: str) -> None:
    text = (f"Des vivres pour les familles déplacées\n\n{BODY}\n\n"
            f"{heading}\nMarta Lozano Ibáñez\nTel.: {phone}\n")
    assert _contacts(text) == [("Marta Lozano Ibáñez", office, [], [(e164, "phone")])]


@pytest.mark.parametrize(
    ("last_line", "end", "kept"),
    [
        ("In Dakar: Mariama Di", "", False),  # the copy stops inside the name
        ("In Dakar: Mariama Diallo", "\n", True),  # the line ends: a name written whole
        ("In Dakar: Mariama Diallo, IFRC Dakar, +221 77 5", "", True),  # the number is cut
    ],
)
def test_a_contact_name_the_copy_stops_inside_is_no_contact(
        last_line: str, end: str, kept: bool) -> None:
    text = (f"Des vivres pour les familles déplacées\n\n{BODY}\n\n"
            "For more information\n"
            "In Geneva: Tomas Berg, IFRC, +41 22 730 42 22\n"
            f"{last_line}{end}")
    names = [c[0] for c in _contacts(text)]
    assert names == (["Tomas Berg", "Mariama Diallo"] if kept else ["Tomas Berg"])


def test_contact_block_under_a_rule_line_closing_the_body_stays_the_releases() -> None:
    text = ("Las exportaciones agrícolas crecen 6% en 2024\n\n"
            "Guadalajara, 3 de marzo de 2025 – Las exportaciones agrícolas crecieron 6% en 2024, "
            "informó hoy el instituto en su reporte anual.\n\n"
            "---\n"
            "Contacto:\n"
            "Coordinación de Prensa\n"
            "Mtro. Luis Ramírez Soto\n"
            "Tel. +52 33 3614 5000\n"
            "prensa@instituto.example\n")
    releases, _ = parse_text(text)
    assert len(releases) == 1
    assert _contacts(text) == [("Luis Ramírez Soto", "Coordinación de Prensa",
                                ["prensa@instituto.example"], [("+523336145000", "phone")])]
