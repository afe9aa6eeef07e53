"""Contact blocks in French, English and Spanish: names, offices, e-mails, phones."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pressroom.parsing.contacts import parse_contacts
from pressroom.parsing.phones import find_phones


def _summary(lines: list[str], region: str | None = None) -> list[tuple]:
    return [
        (c.name, c.office, c.emails, [(p.e164, p.extension, p.kind, p.valid) for p in c.phones])
        for c in parse_contacts(lines, region=region)
    ]


def test_french_one_line_contact() -> None:
    assert _summary(["Inés Calderón, OIM Pérou, Tel. +511 6330000, Email: icalderon@iom.int"]) == [
        ("Inés Calderón", "OIM Pérou", ["icalderon@iom.int"],
         [("+5116330000", None, "phone", True)])]


def test_french_one_field_per_line_with_extension_and_mobile() -> None:
    lines = ["Carolina Santos", "OIM Pérou", "Email: casantos@iom.int",
             "Tel: +51.1.221.7209 Ext. 145", "Mobile: + 51 968 216 777"]
    assert _summary(lines) == [
        ("Carolina Santos", "OIM Pérou", ["casantos@iom.int"],
         [("+5112217209", "145", "phone", True), ("+51968216777", None, "mobile", True)])]


def test_label_alone_on_its_line_and_upper_case_email() -> None:
    lines = ["Jorge Andres Gallo", "OIM Colombie", "Tél. : +57.1.594.6410 Ext. 142", "E-mail :",
             "JGallo@IOM.int"]
    ((name, office, emails, phones),) = _summary(lines)
    assert (name, office, emails) == ("Jorge Andres Gallo", "OIM Colombie", ["jgallo@iom.int"])
    assert [p[:3] for p in phones] == [("+5715946410", "142", "phone")]


def test_number_todays_plan_rejects_is_kept_and_flagged() -> None:
    ((_, _, _, phones),) = _summary(["Gabriela Rodriguez", "OIM Santiago", "Tél.: +56-2-2746713"])
    assert phones == [("+5622746713", None, "phone", False)]


def test_english_block_with_two_contacts_joined_by_or() -> None:
    lines = ["Joel Millman at IOM HQ, Tel: +41 22 717 9486, Mobile: +41 79 103 8720,",
             "Email: jmillman@iom.int or Leonard Doyle, IOM Geneva, Tel: +41 22 717 9589,",
             "Fax: +41 22 798 6150, Email: ldoyle@iom.int"]
    assert _summary(lines) == [
        ("Joel Millman", "IOM HQ", ["jmillman@iom.int"],
         [("+41227179486", None, "phone", True), ("+41791038720", None, "mobile", True)]),
        ("Leonard Doyle", "IOM Geneva", ["ldoyle@iom.int"],
         [("+41227179589", None, "phone", True), ("+41227986150", None, "fax", True)]),
    ]


def test_several_contacts_each_with_their_lines_and_roles_skipped() -> None:
    lines = ["Jean Dupont", "Chargé de communication, OIM Burundi", "Portable : +257 79 123 456",
             "Courriel : jdupont@iom.int", "ou", "Marie Nkurunziza", "OIM Burundi",
             "Tél. : +257 22 25 10 00 poste 12"]
    assert _summary(lines) == [
        ("Jean Dupont", "OIM Burundi", ["jdupont@iom.int"],
         [("+25779123456", None, "mobile", True)]),
        ("Marie Nkurunziza", "OIM Burundi", [], [("+25722251000", "12", "phone", True)]),
    ]


def test_spanish_block_with_o_between_contacts() -> None:
    lines = ["Juan Pérez en OIM Perú, Teléfono: +51 1 633 0000 anexo 12, "
             "correo electrónico: jperez@iom.int o María López, Celular: +51 999 888 777"]
    assert _summary(lines) == [
        ("Juan Pérez", "OIM Perú", ["jperez@iom.int"], [("+5116330000", "12", "phone", True)]),
        ("María López", None, [], [("+51999888777", None, "mobile", True)]),
    ]


def test_spanish_fields_per_line() -> None:
    lines = ["María López", "Oficial de Comunicaciones", "OIM Colombia",
             "Móvil: +57 310 555 1234", "Correo: mlopez@iom.int"]
    assert _summary(lines) == [
        ("María López", "OIM Colombia", ["mlopez@iom.int"],
         [("+573105551234", None, "mobile", True)])]


def test_national_number_uses_the_release_country() -> None:
    assert _summary(["Ana Ruiz", "Tel: (01) 221 7209"], region="PE") == [
        ("Ana Ruiz", None, [], [("+5112217209", None, "phone", True)])]


def test_unparseable_number_is_kept_with_its_digits() -> None:
    (phone,) = find_phones("Tel: 221 7209 99", region=None)
    assert (phone.e164, phone.valid, phone.raw) == ("+221720999", False, "221 7209 99")


def test_several_numbers_after_one_label_share_its_kind() -> None:
    phones = find_phones("Móvil: +51 968 216 777 / +51 999 888 777")
    assert [(p.e164, p.kind) for p in phones] == [("+51968216777", "mobile"),
                                                   ("+51999888777", "mobile")]


def test_short_digit_runs_are_not_phones() -> None:
    assert find_phones("Bureau 12, étage 3, 2016") == []


def test_media_contacts_with_languages_in_brackets() -> None:
    lines = ["Jane Doe (English), IOM Mexico, +52 55 5536 3954, jdoe@iom.int",
             "Juan Pérez (Spanish), OIM México, +52 55 5536 3955, jperez@iom.int"]
    assert [(c.name, c.office, c.emails) for c in parse_contacts(lines)] == [
        ("Jane Doe", "IOM Mexico", ["jdoe@iom.int"]),
        ("Juan Pérez", "OIM México", ["jperez@iom.int"])]


def test_a_row_of_share_buttons_in_the_block_is_no_contact() -> None:
    from pressroom.parsing.contacts import scan_contacts
    scan = scan_contacts(["Claire Dumont", "+33 4 72 00 00 00", "Facebook Twitter WhatsApp"])
    assert [c.name for c in scan.contacts] == ["Claire Dumont"]
    assert any(p.detail == "Facebook Twitter WhatsApp" for p in scan.unused)


def test_name_with_the_phone_in_brackets_under_a_contact_persons_heading() -> None:
    from pressroom.parsing import parse_bytes
    page = ("Food bank doubles its parcels in Lyon\n"
            "Lyon, 4 May 2021 - The regional food bank handed out 8,000 parcels this week.\n"
            "Personas de contacto para la prensa\n"
            "Ana GARCÍA LÓPEZ (+32 2 299 00 00)\nLena DE VRIES (+32 2 299 11 11)\n")
    contacts = parse_bytes(page.encode(), "page.txt").releases[0].contacts
    assert [(c.name, [p.e164 for p in c.phones]) for c in contacts] == [
        ("Ana GARCÍA LÓPEZ", ["+3222990000"]), ("Lena DE VRIES", ["+3222991111"])]


def test_a_last_contact_whose_e_mail_the_page_hid_is_no_signature() -> None:
    # The second person's only detail was an e-mail the page hid: still a contact, while a
    # bare name closing the block stays a signature.
    from pressroom.parsing.contacts import scan_contacts

    lines = ["Ana Ruiz, Fundación Andina, Tel. +51 1 555 0142, [email protected]",
             "Luis Paredes, [email protected]"]
    assert [c.name for c in scan_contacts(lines).contacts] == ["Ana Ruiz", "Luis Paredes"]
    signed = ["Ana Ruiz, Tel. +51 1 555 0142, ana.ruiz@andina.example", "Luis Paredes"]
    assert [c.name for c in scan_contacts(signed).contacts] == ["Ana Ruiz"]


def test_a_numeric_date_among_contact_lines_is_no_phone() -> None:
    assert find_phones("14.06.2023", region="CH") == []
    assert find_phones("7/11/2024", region="FR") == []
    assert [p.e164 for p in find_phones("Tél. 022 555 12 34", region="CH")] == ["+41225551234"]


#: Pieces of contact lines around the field cuts: spaces, separators, labels, numbers.
_CUT_PIECES = [" ", "  ", "\t", ",", ":", "|", "/", "-", "–", "Jane Doe", "Tel", "Tél.", "T",
               "M", "email", "E-mail", "Fax", "+41", "(0)", "22 555", "x@iom.int", "OIM"]


@settings(max_examples=300, deadline=None, database=None)
@given(st.lists(st.sampled_from(_CUT_PIECES), max_size=10).map("".join))
@example("Jane Doe : OIM, Genève , Tel. +41 22 | M: 079 / x - y – z")
@example("OIM Pérou  Email: x@iom.int  Tél : +511 6330000,Fax:+511")
def test_field_cuts_are_those_of_the_pattern_as_first_written(text: str) -> None:
    import re

    from pressroom.parsing.contacts import _EMAIL_LABEL, _FIELD_CUT
    from pressroom.parsing.phones import LABEL_WORDS

    first_written = re.compile(
        rf"\s*,\s*|\s+[|/]\s+|\s+[-–—]\s+|\s*:\s+|\s+(?=(?:{_EMAIL_LABEL})\b\s*:)"
        rf"|\s+(?=(?:{LABEL_WORDS})\b\.?\s*:?\s*[+(\d])", re.IGNORECASE)
    assert ([m.span() for m in _FIELD_CUT.finditer(text)]
            == [m.span() for m in first_written.finditer(text)])


def test_a_one_word_job_title_takes_the_field_after_it_as_its_rest() -> None:
    lines = ["Communications Unit", "Mr. Kofi Mensah-Bonsu, Head, Public Affairs",
             "Tel: 030 274 9152", "E-mail: publicaffairs@regulator.example"]
    (contact,) = parse_contacts(lines, "GH")
    assert (contact.name, contact.office) == ("Kofi Mensah-Bonsu", "Communications Unit")
    assert [p.e164 for p in contact.phones] == ["+233302749152"]
    two = parse_contacts(["Jane Doe, Press Officer, John Smith, Director",
                          "+44 20 7946 0123"], "GB")
    assert [c.name for c in two] == ["Jane Doe", "John Smith"]  # a full title closes
