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
