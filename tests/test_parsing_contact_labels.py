"""Contact blocks under bilingual, Markdown, chat-bold and foreign-language headings, and
contact cards pasted as vCard lines (fr/en/es/pt)."""

from __future__ import annotations

import pytest

from pressroom.parsing import parse_text
from pressroom.parsing.opener import find_opener
from pressroom.parsing.vcard import plain_lines, structured_name

BODY = ("The agency distributed food to 3,000 families displaced by the floods in the "
        "region, it said on Tuesday.")


def _contacts(text: str) -> list[tuple]:
    releases, _ = parse_text(text)
    return [(c.name, [*c.emails], [(p.e164, p.kind) for p in c.phones])
            for c in releases[0].contacts]


@pytest.mark.parametrize("line, opener", [
    ("Contacto de prensa / Press contact", "Contacto de prensa / Press contact"),
    ("Contacts presse / Media contacts :", "Contacts presse / Media contacts :"),
    ("## Contactos de imprensa", "## Contactos de imprensa"),
    ("### Media contacts", "### Media contacts"),
    ("**Contact presse :**", "**Contact presse :**"),
    ("*Imprensa / Press:*", "*Imprensa / Press:*"),
    ("Presse", "Presse"),
    ("Press:", "Press:"),
])
def test_heading_shapes_open_a_block(line: str, opener: str) -> None:
    found = find_opener([line, "Jane Doe"], 0)
    assert found is not None and found.text == opener


@pytest.mark.parametrize("line, label", [
    ("Kuntatt mal-istampa / Press contact: Jane Doe, +356 2155 4120", "Press contact:"),
    ("Kontakt für Medien / Contact presse : Jean Dupont, +41 26 555 14 20",
     "Contact presse :"),
    ("Yhteystiedot / Contactos: Ana Lima, +351 21 555 0100", "Contactos:"),
])
def test_heading_in_an_unknown_language_then_its_translation(line: str, label: str) -> None:
    found = find_opener([line], 0)
    assert found is not None and found.text.endswith(label)
    assert found.remainder.startswith(("Jane", "Jean", "Ana"))


@pytest.mark.parametrize("line", [
    "Home / Contact",  # a breadcrumb: no colon closes it
    "Accueil / Actualités / Contact :",  # three parts: a menu
    "Le 12 mars / Press contact: Jane Doe",  # digits before the slash
    "Press release / Communiqué",  # no heading after the slash
])
def test_slashed_lines_that_open_no_block(line: str) -> None:
    assert find_opener([line], 0) is None


def test_one_line_bilingual_contact_under_the_body() -> None:
    text = (f"Food reaches flooded districts\n\n{BODY}\n\n"
            "Kuntatt mal-istampa / Press contact: Maria Camilleri, Civil Protection – "
            "Tel. +356 2155 4120 / Mob. +356 7955 8831 – maria.camilleri@cpd.example\n\n"
            "Share: Facebook | X | LinkedIn\n")
    assert _contacts(text) == [("Maria Camilleri", ["maria.camilleri@cpd.example"],
                                [("+35621554120", "phone"), ("+35679558831", "mobile")])]


def test_chat_bold_heading_then_emoji_lines() -> None:
    text = ("*COMUNICADO*\n\n*Alimentos llegan a los distritos inundados*\n\n"
            "Lima, 8 de octubre de 2025.- La agencia distribuyó alimentos a 3.000 familias "
            "desplazadas por las inundaciones en la región, informó el martes.\n\n"
            "*Prensa / Press:* Lic. Rosa Quispe Mamani\n"
            "📞 Tel. +51 1 555 4120\n"
            "✉️ prensa@agencia.example\n"
            "[8/10/25, 10:31] Juan P.: gracias, lo publicamos a las 12 en la edición digital\n"
            "[8/10/25, 10:33] Ana R.: ¿Cuántas familias hay en total en el distrito norte?\n")
    releases, _ = parse_text(text)
    assert len(releases) == 1  # the chat's later messages open no release
    assert _contacts(text) == [("Rosa Quispe Mamani", ["prensa@agencia.example"],
                                [("+5115554120", "phone")])]


def test_vcard_lines_under_a_markdown_heading() -> None:
    text = ("# Agência Exemplo\n\n# Alimentos chegam aos distritos inundados\n\n"
            "Lisboa, 3 de setembro de 2025 – A agência distribuiu alimentos a 3.000 famílias "
            "deslocadas pelas cheias na região, informou na terça-feira.\n\n"
            "## Contactos de imprensa\n\n"
            "N: Lima;Ana;Maria\nORG: Agência Exemplo\nTITLE: Porta-voz\n"
            "TEL;TYPE=work: +351 21 555 0100\nTEL;TYPE=cell: +351 91 555 0101\n"
            "EMAIL;TYPE=internet: imprensa@agencia.example\n")
    assert _contacts(text) == [("Ana Maria Lima", ["imprensa@agencia.example"],
                                [("+351215550100", "phone"), ("+351915550101", "mobile")])]


def test_vcard_formatted_name_wins_and_card_lines_are_dropped() -> None:
    assert plain_lines(["BEGIN:VCARD", "VERSION:3.0", "N:Doe;Jane;;Dr.;", "FN:Dr. Jane Doe",
                        "ORG:Acme;Press Office", "TEL;TYPE=FAX:+1 212 555 0100",
                        "ADR:;;1 Main St;New York", "END:VCARD", "Jane's line"]) == [
        "Dr. Jane Doe", "Acme, Press Office", "Fax: +1 212 555 0100", "Jane's line"]


@pytest.mark.parametrize("value, name", [
    ("Overney;Jean-Daniel", "Jean-Daniel Overney"),
    ("Doe;Jane;;Dr.;Jr.", "Dr. Jane Doe Jr."),
    ("García López;María José", "María José García López"),
    (";;;", None),
])
def test_structured_name(value: str, name: str | None) -> None:
    assert structured_name(value) == name


@pytest.mark.parametrize("sentence, office, phones", [
    ("Les journalistes peuvent contacter le service de presse du ministère au +41 21 555 47 12 "
     "ou par courriel à presse@sante.example.", "service de presse du ministère",
     [("+41215554712", "phone")]),
    ("Journalists may contact the press office of the Ministry of Health on +41 21 555 4712, "
     "mobile +41 79 555 1208 or at presse@sante.example.",
     "press office of the Ministry of Health",
     [("+41215554712", "phone"), ("+41795551208", "mobile")]),
    ("Los periodistas pueden contactar a la oficina de prensa del ministerio por teléfono al "
     "+41 21 555 47 12 o en presse@sante.example.", None, [("+41215554712", "phone")]),
])
def test_contact_given_only_as_a_closing_sentence(
        sentence: str, office: str | None, phones: list[tuple[str, str]]) -> None:
    text = ("Vaccination campaign reaches 91% of girls\n\n"
            "BERNE, 3 February 2025 – The ministry vaccinated 4,200 girls in 212 schools in "
            "2024, it said on Monday.\n\n"
            "The campaign will continue in every canton next year, the ministry added in its "
            f"statement.\n\n{sentence}\n")
    releases, _ = parse_text(text)
    [contact] = releases[0].contacts
    assert contact.name is None and contact.emails == ["presse@sante.example"]
    assert [(p.e164, p.kind) for p in contact.phones] == phones
    if office is not None:
        assert contact.office == office
    assert [p.section for p in releases[0].paragraphs if p.text == sentence] == ["contact"]


def test_a_hotline_sentence_in_the_body_is_no_contact() -> None:
    text = ("Flood relief reaches 3,000 families\n\n"
            "BERNE, 3 February 2025 – The agency distributed food to 3,000 families displaced "
            "by the floods in the region, it said on Monday.\n\n"
            "Residents can call the free hotline on 0800 555 412 for help with their claims.\n")
    releases, _ = parse_text(text)
    assert releases[0].contacts == []


@pytest.mark.parametrize("line, name", [
    ("Prensa internacional / International press: Lucía Ramos — +34 91 555 0142 — "
     "intl@fest.example", "Lucía Ramos"),
    ("Imprensa regional / Regional press : Rui Lopes – +351 21 555 0100 – rl@fest.example",
     "Rui Lopes"),
])
def test_a_bilingual_label_opening_a_contact_line_is_no_office(line: str, name: str) -> None:
    from pressroom.parsing.contacts import parse_contacts

    [contact] = parse_contacts([line])
    assert (contact.name, contact.office) == (name, None)


def test_a_bilingual_phone_label_still_gives_the_kind() -> None:
    from pressroom.parsing.contacts import parse_contacts

    [contact] = parse_contacts(["Ana Lima", "Móvel / Mobile : +351 91 555 0101"])
    assert [(p.e164, p.kind) for p in contact.phones] == [("+351915550101", "mobile")]


@pytest.mark.parametrize("org", [
    "Coopérative agricole du Jura", "Cooperativa Agraria del Sur", "Dairy Co-operative Society",
])
def test_a_vcard_org_naming_a_cooperative_is_the_office(org: str) -> None:
    from pressroom.parsing.contacts import parse_contacts

    [contact] = parse_contacts(["N: Doe;Jane", f"ORG: {org}", "TEL;CELL: +41 79 555 63 07"])
    assert (contact.name, contact.office) == ("Jane Doe", org)


@pytest.mark.parametrize("raw, e164", [
    ("+258.21.555.412", "+25821555412"),
    ("+1.212.555.0187", "+12125550187"),
    ("+33.1.55.55.01.42", "+33155550142"),
])
def test_international_numbers_written_with_dots(raw: str, e164: str) -> None:
    from pressroom.parsing.contacts import parse_contacts

    [contact] = parse_contacts(["Ana Lima, Porta-voz", f"Tel.: {raw}"])
    assert [p.e164 for p in contact.phones] == [e164]


@pytest.mark.parametrize("line, office", [
    ("Kurt Borg, Heritage Museums Malta – Tel. +356 2155 4120", "Heritage Museums Malta"),
    ("Jean Tremblay, Santé Canada, 613-555-0142", "Santé Canada"),
    ("Ana Gómez, Cruz Roja Colombia, +57 1 555 0142", "Cruz Roja Colombia"),
])
def test_capitalised_words_before_a_country_name_are_a_national_body(
        line: str, office: str) -> None:
    from pressroom.parsing.contacts import parse_contacts

    [contact] = parse_contacts([line])
    assert contact.office == office


@pytest.mark.parametrize(("body", "number"), [
    ("Cape Town, 3 March 2025 - The hospital opened a ward with 40 beds, it said on Monday.",
     "WhatsApp: +27 82 555 0142"),
    ("Recife, 3 de março de 2025 – O hospital abriu uma ala com 40 leitos, informou hoje.",
     "WhatsApp: (81) 99555-0142"),
])
def test_a_whatsapp_number_is_a_phone_and_a_cell_label_a_mobile(body: str, number: str) -> None:
    """The contract's kinds follow the label: Mobile/Cell/Cel. give `mobile`, any other label
    (WhatsApp included) `phone`; the label itself is no leftover contact text."""
    cell = "Cell: +27 83 555 0199" if "+27" in number else "Cel.: (81) 99555-7788"
    text = f"Hospital opens a ward\n\n{body}\n\nMedia contact:\nThandi Mokoena\n{number}\n{cell}\n"
    releases, problems = parse_text(text)
    assert [p.kind for p in releases[0].contacts[0].phones] == ["phone", "mobile"]
    assert not any("not used" in str(p) for p in problems)
