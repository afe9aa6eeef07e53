"""Phone numbers read in the right country: "00" dialling out, national numbers of an office."""

from __future__ import annotations

from pressroom.parsing.contacts import office_region, parse_contacts
from pressroom.parsing.phones import to_phone


def test_00_dials_out_whatever_the_release_country() -> None:
    # Kenya dials out with "000", Colombia with "005"/"007"/"009": "00" + a country code
    # that makes a valid number is still an international number.
    assert to_phone("00254 20 2010117", "phone", None, "KE").e164 == "+254202010117"
    assert to_phone("0057 601 2343955", "phone", None, "CO").e164 == "+576012343955"
    assert to_phone("0041 22 717 29 71", "phone", None, "KE").e164 == "+41227172971"


def test_a_national_number_is_read_in_the_region() -> None:
    phone = to_phone("022 717 91 11", "phone", None, "CH")
    assert phone.e164 == "+41227179111" and phone.valid


def test_office_names_its_country() -> None:
    assert office_region("OIM Genève") == "CH"
    assert office_region("IOM Nairobi") == "KE"
    assert office_region("OIM République démocratique du Congo") == "CD"
    assert office_region("Organisation internationale pour les migrations") is None


def test_national_number_of_a_geneva_office_in_a_release_about_kenya() -> None:
    contacts = parse_contacts(["Jane Muthoni", "IOM Nairobi", "Tel: 020 422 1000",
                               "", "Marie Dupont", "OIM Genève", "Mobile: 078 123 05 38"],
                              region="KE")
    assert [[p.e164 for p in c.phones] for c in contacts] == [["+254204221000"],
                                                               ["+41781230538"]]


def _release(text: str):
    from pressroom.parsing import parse_text

    releases, _ = parse_text(text)
    assert len(releases) == 1
    return releases[0]


def test_a_small_towns_dateline_tells_the_country_and_how_to_read_its_numbers() -> None:
    # Timaru (New Zealand, some 28,000 people) is below the running text's city threshold;
    # one country alone has a town of that name, so the dateline names it.
    release = _release(
        "Harbour board opens a new cruise terminal\n"
        "TIMARU, 9 May 2024 - The harbour board opened a new cruise terminal that will welcome "
        "40 ships next season, it said on Thursday.\n"
        "Media contact: Mere Walker, Communications Lead, 03 555 0142, "
        "mere.walker@harbour.example\n")
    assert release.country == "NZ"
    assert [p.e164 for c in release.contacts for p in c.phones] == ["+6435550142"]


def test_a_national_number_picks_the_country_of_a_town_several_countries_have() -> None:
    # Segovia is a town in Spain and in Colombia: the Spanish mobile number is valid only in
    # Spain's numbering plan.
    release = _release(
        "El acueducto recibe 900.000 visitantes en un año\n"
        "Segovia, 3 de junio de 2024.- El acueducto recibió 900.000 visitantes durante el "
        "último año, informó el ayuntamiento este lunes.\n"
        "Contacto de prensa:\nLucía Herrero Sanz\nTel.: 612 555 018\n"
        "prensa@acueducto.example\n")
    assert release.country == "ES"
    assert [p.e164 for c in release.contacts for p in c.phones] == ["+34612555018"]


def test_with_no_place_named_the_numbers_pick_one_country_of_the_pages_language() -> None:
    release = _release(
        "Cooperativa amplia armazém e recebe 30 mil toneladas de grãos\n"
        "A cooperativa concluiu a ampliação do seu armazém, que passa a receber 30 mil "
        "toneladas de grãos por safra, informou a direção nesta terça-feira.\n"
        "Assessoria de imprensa\nCarla Mendes – (21) 3555-0147\nimprensa@coop.example\n")
    assert release.country == "BR"
    assert [p.e164 for c in release.contacts for p in c.phones] == ["+552135550147"]


def test_numbers_that_fit_several_countries_name_none() -> None:
    from pressroom.parsing.country import language_countries
    from pressroom.parsing.phones import numbers_country

    assert numbers_country(["Tel: 612 555 018"], frozenset({"ES", "CO"})) == "ES"
    # a short number valid in several French-speaking countries' plans, or in none, tells none
    assert numbers_country(["Tél. : 555 0142"], language_countries("fr")) is None
    assert numbers_country(["Tel: 612 555 018", "Tel: (21) 3555-0147"],
                           frozenset({"ES", "BR"})) is None


def test_validity_and_kind_agree_with_phonenumbers() -> None:
    # `_read_number` asks phonenumbers for the number's type alone and takes "type known" for
    # "valid": the answers must stay those of is_valid_number (a library upgrade could part
    # them). Valid and invalid numbers of several plans, national and international.
    import random

    import phonenumbers

    rng = random.Random(3)
    checked = 0
    for _ in range(1000):
        code = rng.choice([1, 33, 41, 51, 55, 56, 57, 254, 351, 593])
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 11)))
        for written, region in ((f"+{code} {digits}", None), (digits, "BR"), (digits, "US")):
            try:
                number = phonenumbers.parse(written, region)
            except phonenumbers.NumberParseException:
                continue
            phone = to_phone(written, None, None, region)
            mobile = phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
            assert phone.valid == phonenumbers.is_valid_number(number), written
            assert phone.kind == ("mobile" if phone.valid and mobile else "phone"), written
            checked += phone.valid
    assert checked > 20  # valid numbers were among them, not only rejected ones


def test_every_countrys_numbers_are_read_once_the_plans_are_loaded() -> None:
    # `load_regions` reads every numbering plan up front, and phonenumbers keeps the patterns
    # it compiles (`enable_pattern_cache`): a national number of each of the 245 regions,
    # read in its region, must still be phonenumbers' own reading of it, valid.
    import phonenumbers
    from phonenumbers import PhoneNumberFormat

    from pressroom.parsing.phones import load_regions

    load_regions()
    read = 0
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        example = phonenumbers.example_number(region)
        assert example is not None, region
        national = phonenumbers.format_number(example, PhoneNumberFormat.NATIONAL)
        phone = to_phone(national, None, None, region)
        assert phone.valid, (region, national)
        assert phone.e164 == phonenumbers.format_number(example, PhoneNumberFormat.E164), region
        read += 1
    assert read > 200


def test_a_town_ending_an_office_name_does_not_move_its_numbers_abroad() -> None:
    # "Hub" is a town in Pakistan; here it ends the airport's name, and the numbers are
    # Brazilian.
    assert office_region("Floripa Airport Hub") is None
    contacts = parse_contacts(["Assessoria de Comunicação – Floripa Airport Hub",
                               "Mariana Schmitt", "(48) 3555-0190 | (48) 99155-0382"],
                              region="BR")
    assert [p.e164 for p in contacts[0].phones] == ["+554835550190", "+5548991550382"]
