"""Pages of UN agencies, ministries, banks and newswire copies: issuer lines and link rows
above a headline, daily ranges opening a quotation, shares whose noun holds an age or that
read "one for every two", a day's number after a month that closes a sentence (invented
snippets)."""

from __future__ import annotations

import pytest

from pressroom.model import Statistic
from pressroom.parsing import parse_text
from pressroom.parsing.figures.statistics import extract_statistics, scan_statistics
from pressroom.parsing.head import is_chrome, is_trail
from pressroom.parsing.headline import is_issuer_line

LEAD_FR = ("Dakar, le 3 mars 2025 – Le ministère de la Pêche a distribué 1 200 pirogues neuves à "
           "des coopératives de pêcheurs de la côte sud, a-t-il annoncé lundi.")
TITLE_FR = "Sénégal : 1 200 pirogues neuves pour les coopératives de pêcheurs"
LEAD_EN = ("Lusaka, 4 June 2025 – The Bank of Zambia raised its policy rate to 14 percent at its "
           "meeting held on 3 June 2025, the Monetary Policy Committee said.")
TITLE_EN = "Zambia: Central Bank Raises Policy Rate to 14 Percent"


def _title(text: str) -> str | None:
    releases, _ = parse_text(text)
    assert len(releases) == 1
    return releases[0].title


def test_a_search_box_issuer_line_and_logo_alt_text_above_the_headline_are_no_title() -> None:
    text = (f"Newsroom\nAccueil | Communiqués | Agenda\nRechercher dans les actualités\n\n"
            f"Ministère de la Pêche et de l'Économie maritime (Sénégal)\n"
            f"Logo du Ministère de la Pêche et de l'Économie maritime\n\n{TITLE_FR}\n\n"
            f"{LEAD_FR}\n\nLe ministère poursuivra la distribution en 2026.\n")
    assert _title(text) == TITLE_FR


def test_a_wires_issuer_line_right_above_the_headline_is_no_title() -> None:
    text = (f"Africa Newsroom\n\nMinistère de la Pêche et de l'Économie maritime (Sénégal)\n\n"
            f"{TITLE_FR}\n\n{LEAD_FR}\n\nLe ministère poursuivra la distribution en 2026.\n")
    assert _title(text) == TITLE_FR


def test_an_aggregators_issuer_byline_above_a_lower_case_label_is_no_title() -> None:
    text = (f"Home | Africa | Business\n\n{TITLE_EN}\n\n4 June 2025\nBank of Zambia (Lusaka)\n"
            f"press release\n\n{LEAD_EN}\n\nThe Committee will meet again in August.\n")
    assert _title(text) == TITLE_EN


def test_a_download_row_with_a_file_size_and_a_labelled_trail_are_chrome() -> None:
    assert is_chrome("Imprimer | Télécharger le rapport annuel (PDF, 2,1 Mo)")
    assert is_chrome("Download the full report (PDF - 356.24 KB)")
    assert is_trail("Vous êtes ici : Accueil / Actualités / Communiqués")
    assert is_trail("You are here: Home / News / Press releases")
    assert not is_chrome(TITLE_FR)
    text = (f"Institut de la statistique\nVous êtes ici : Accueil / Actualités / Communiqués\n\n"
            f"{TITLE_FR}\n\nCommuniqué | 3 mars 2025\nImprimer | Télécharger le rapport complet "
            f"(PDF, 1,2 Mo)\n\n{LEAD_FR}\n\nLe ministère poursuivra la distribution.\n")
    assert _title(text) == TITLE_FR


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        ("Ministry of Finance and National Planning (Zambia)", True),
        ("Ministerio de Salud (Honduras)", True),
        ("Zambia: Central Bank Raises Policy Rate (Lusaka)", False),  # a colon: a headline
        ("Floods displace 3,000 families (Malawi)", False),  # no organisation's word
        ("Ministry of Finance (Monetary Policy Unit)", False),  # no place in the brackets
    ],
)
def test_issuer_line(line: str, issuer: bool) -> None:
    assert is_issuer_line(line) is issuer


def _stats(text: str, language: str) -> list[Statistic]:
    return extract_statistics([text], language, None)


@pytest.mark.parametrize(
    ("language", "text", "low", "high"),
    [
        ("fr", "« Chaque jour, entre 400 et 600 personnes traversent la rivière », a-t-il dit.",
         400, 600),
        ("en", '"Every day we register between 200 and 250 new arrivals at the border," she said.',
         200, 250),
        ("es", "«Cada día llegan entre 80 y 120 familias al albergue», dijo la directora.",
         80, 120),
    ],
)
def test_a_daily_rate_opening_a_quotation_makes_a_daily_range(
        language: str, text: str, low: float, high: float) -> None:
    stat = next(s for s in _stats(text, language) if s.value == low)
    assert (stat.unit, stat.qualifier, stat.value_max) == ("count/day", "range", high)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("fr", "Dans les camps, près d'un enfant de moins de cinq ans sur trois est anémié.",
         0.3333),
        ("en", "Mobile wallets reached 2.1 million, almost one for every three adults.", 0.3333),
        ("es", "Desde marzo. Ocho de cada diez solicitantes son mujeres.", 0.8),
    ],
)
def test_shares_past_an_age_a_for_every_link_or_a_month_ending_a_sentence(
        language: str, text: str, value: float) -> None:
    stats = _stats(text, language)
    assert [s.value for s in stats if s.unit == "fraction"] == [value]
    assert not any(s.unit == "count" and s.value in (3, 10) for s in stats)


def test_a_redenominated_currencys_capital_before_its_letters_is_money() -> None:
    text = "Lending rose to NLe 2.4 billion, while arrears fell to NLe480 million."
    found = scan_statistics([text], "en", None, "SL").statistics
    assert [(s.value, s.unit) for s in found] == [
        (2_400_000_000, "currency:SLE"), (480_000_000, "currency:SLE")]


@pytest.mark.parametrize(
    ("language", "country", "text", "value", "unit"),
    [
        ("pt", "MZ", "O fundo de 120 milhões de MT apoiará as famílias.", 120e6, "currency:MZN"),
        ("pt", "MZ", "A obra custou MT 45 milhões.", 45e6, "currency:MZN"),
        ("en", "RW", "The district received Frw 250 million for new homes.", 250e6, "currency:RWF"),
        ("en", "AF", "Aid worth Afs 30 million reached the valley.", 30e6, "currency:AFN"),
        ("en", "ET", "The region released Birr 500 million for the schools.", 500e6,
         "currency:ETB"),
        ("fr", None, "Le gouvernement a débloqué 500 millions de birr.", 500e6, "currency:ETB"),
    ],
)
def test_currency_letters_and_names_cldr_lacks(language: str, country: str | None, text: str,
                                               value: float, unit: str) -> None:
    found = scan_statistics([text], language, None, country).statistics
    assert [(s.value, s.unit) for s in found] == [(value, unit)]


def test_estimated_at_qualifies_the_figure() -> None:
    stat = _stats("Real GDP growth is estimated at 3.1 percent for 2024.", "en")[0]
    assert (stat.value, stat.qualifier) == (3.1, "about")


def _page_contacts(text: str) -> list[tuple]:
    releases, _ = parse_text(text)
    assert len(releases) == 1
    return [(c.name, [p.e164 for p in c.phones], list(c.emails)) for c in releases[0].contacts]


LEAD_PT = ("Maputo, 3 de março de 2025 – O Ministério da Saúde vacinou 412 mil crianças contra o "
           "sarampo nas províncias do norte, anunciou a ministra nesta segunda-feira.")


def test_a_long_name_role_office_line_above_a_mobile_is_a_contact_and_record_fields_end_it(
) -> None:
    text = (f"Moçambique: 412 mil crianças vacinadas contra o sarampo\n\n{LEAD_PT}\n\n"
            "A campanha prossegue em abril nas províncias do centro do país.\n\n"
            "Para mais informações:\nAna Machel, Oficial de Comunicação, MISAU\n"
            "Tel.: +258 21 555 100\nmachela@misau.example\n\n"
            "Rui Tembe, Oficial de Comunicação, Escritório Regional da OMS para a África Austral "
            "(Joanesburgo)\nTelemóvel: +27 82 555 0199\ntember@oms-afro.example\n\n"
            "Country: Mozambique\nSource: World Health Organization\nThemes: Health\n")
    assert _page_contacts(text) == [
        ("Ana Machel", ["+25821555100"], ["machela@misau.example"]),
        ("Rui Tembe", ["+27825550199"], ["tember@oms-afro.example"]),
    ]


@pytest.mark.parametrize(
    "footer",
    [
        "Secretaría de Salud | Colonia Palmira, Tegucigalpa, Honduras\n"
        "Conmutador: (504) 2236-8800 | Horario: lunes a viernes, de 8:00 a 16:00\n"
        "© 2025 Secretaría de Salud.\n",
        "Centralita: (504) 2236-8800 | Atención: lunes a viernes\n",
    ],
)
def test_a_footer_switchboard_row_is_no_contact(footer: str) -> None:
    lead = ("Tegucigalpa, 3 de marzo de 2025.- La Secretaría de Salud vacunó a 412.000 niños "
            "contra el sarampión en las regiones del norte, informó la ministra este lunes.")
    text = (f"Honduras vacuna a 412.000 niños contra el sarampión\n\n{lead}\n\n"
            f"La campaña sigue en abril en el centro del país.\n\n{footer}")
    assert _page_contacts(text) == []


@pytest.mark.parametrize(
    ("language", "text", "kept"),
    [
        ("es", "La red reúne a 42 bancos de alimentos y atendió a 900.000 personas.", [900_000]),
        ("en", "The 42 food banks of the network fed 900,000 people.", [900_000]),
        ("fr", "Les familles sont restées bloquées entre deux frontières pendant des mois.", []),
        ("pt", "As famílias ficaram presas entre duas fronteiras durante meses.", []),
    ],
)
def test_food_banks_and_borders_are_counted_organisations_and_places(
        language: str, text: str, kept: list[float]) -> None:
    assert [s.value for s in _stats(text, language)] == kept


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        # "otras 41": the others of the figure before
        ("es", "Se han confirmado 17 defunciones y otras 33 están en investigación.", [17, 33]),
        # a group opens the sentence: the second figure coordinated with the first is a part
        ("es", "Se notificaron 9.210 casos. De ellos, 640 corresponden a casos graves y 52 a "
         "casos con choque.", [9210, 640, 52]),
    ],
)
def test_small_counts_of_others_or_of_an_opening_group_are_kept(
        language: str, text: str, values: list[float]) -> None:
    assert [s.value for s in _stats(text, language)] == values


@pytest.mark.parametrize(
    ("country", "language", "text", "value", "unit"),
    [
        # a sign drawn as a letter with a stroke, typed as the letter ("₦" -> "N", "₱" -> "P")
        ("NG", "en", "The state approved N3.1 billion for the clinics.", 3_100_000_000,
         "currency:NGN"),
        ("PH", "en", "The agency released P750 million for the evacuees.", 750_000_000,
         "currency:PHP"),
        # the CLDR letters before the number, never a page number ("P" of Botswana's pula)
        ("BW", "en", "The ministry set aside P1.4 billion for boreholes.", 1_400_000_000,
         "currency:BWP"),
        # the CLDR letters after the number
        ("CD", "fr", "Le fonds a reçu 4,5 milliards de FC cette année.", 4_500_000_000,
         "currency:CDF"),
        ("MG", "fr", "Le salaire moyen atteint 390 000 Ar par mois.", 390_000, "currency:MGA"),
    ],
)
def test_a_countrys_currency_written_with_its_letters(
        country: str, language: str, text: str, value: float, unit: str) -> None:
    found = scan_statistics([text], language, None, country).statistics
    assert [(s.value, s.unit) for s in found] == [(value, unit)]


def test_a_road_name_on_a_nigerian_page_is_no_naira_amount() -> None:
    found = scan_statistics(["Floods cut the N1 and N2 roads near Lokoja."], "en", None,
                            "NG").statistics
    assert not any(s.unit.startswith("currency:") for s in found)


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("pt", "Um a cada quatro brasileiros vive em área urbana.", 0.25),
        ("en", "One out of every five children is stunted.", 0.2),
        ("fr", "Près d'une femme de 15 à 49 ans sur trois est anémiée.", 0.3333),
    ],
)
def test_more_ways_to_write_a_share(language: str, text: str, value: float) -> None:
    assert [(s.value, s.unit) for s in _stats(text, language)] == [(value, "fraction")]


def test_a_daily_adverb_after_the_counts_own_verb_makes_a_daily_range() -> None:
    stat = _stats("Entre 200 et 300 personnes arrivent quotidiennement au camp.", "fr")[0]
    assert (stat.unit, stat.value, stat.value_max) == ("count/day", 200, 300)
    used = _stats("Quelque 500 points d'eau sont utilisés quotidiennement.", "fr")[0]
    assert used.unit == "count"
