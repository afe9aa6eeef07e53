"""Figures of shapes a release copies from many publishers: a shared currency word settled
by the code after it, subunit prices, file sizes, page counters, instrument and street
numbers, alternatives ("60 or 70"), the base of a share, fractions after "of which", and
related headlines (fr/en/es/pt)."""

from __future__ import annotations

import pytest

from pressroom.model import Statistic
from pressroom.parsing import _localise_currency_names, parse_text
from pressroom.parsing.figures.units import LOCAL_CURRENCY, local_currency


def _figures(text: str) -> list[tuple[float, str]]:
    releases, _ = parse_text(text)
    return [(s.value, s.unit) for s in releases[0].statistics]


@pytest.mark.parametrize("sentence, code", [
    ("L'association a versé 4,2 millions de francs (CHF) à ses membres, et ses recettes ont "
     "atteint 212 millions de francs.", "CHF"),
    ("La coopérative a levé 3 millions de francs (XOF) auprès de ses membres, et son budget "
     "atteint 212 millions de francs.", "XOF"),
    ("La cooperativa recaudó 3 millones de pesos (MXN) entre sus socios, y su presupuesto "
     "alcanza 212 millones de pesos.", "MXN"),
])
def test_a_code_after_a_shared_currency_word_settles_every_such_word(
        sentence: str, code: str) -> None:
    text = f"Les membres reçoivent un supplément\n\n{sentence}\n"
    units = {unit for _, unit in _figures(text)}
    assert units == {f"currency:{code}"}


def test_an_unknown_code_in_brackets_settles_nothing() -> None:
    text = ("Les membres reçoivent un supplément\n\n"
            "L'association a versé 4,2 millions de francs (ABC) à ses 386 membres.\n")
    assert (4_200_000, "currency:ABC") not in _figures(text)


def _values(text: str) -> list[float]:
    return [value for value, _ in _figures(text)]


@pytest.mark.parametrize("sentence, kept", [
    ("The co-op paid its 3,150 members an average of 48.6 cent per litre.", [3150]),
    ("La coopérative verse 5,5 centimes par kilo à ses 386 membres.", [386]),
    ("La cooperativa pagó 35 céntimos por kilo a 1.200 familias.", [1200]),
    ("A cooperativa pagou 12 centavos por litro aos seus 2.400 cooperados.", [2400]),
])
def test_a_price_in_a_currency_subunit_is_no_count(sentence: str, kept: list[float]) -> None:
    assert _values(f"Members are paid more\n\n{sentence}\n") == kept


@pytest.mark.parametrize("sentence", [
    "Family farms with 60 or 70 cows are the backbone of the region, the union said.",
    "Les exploitations de 20 ou 30 vaches font vivre la région, a dit le syndicat.",
    "Las fincas de 40 o 50 vacas sostienen la región, dijo el sindicato.",
    "As quintas com 60 ou 70 vacas sustentam a região, disse o sindicato.",
])
def test_numbers_offered_as_alternatives_are_no_counts(sentence: str) -> None:
    assert _values(f"Farms in the region\n\n{sentence}\n") == []


def test_a_count_restated_as_a_share_after_or_is_kept() -> None:
    text = ("Jobs cut at the plant\n\nThe company will cut 7,000 jobs, or 10% of its "
            "workforce, by 2026.\n")
    assert 7000 in _values(text)


@pytest.mark.parametrize("line", [
    "Av. Samora Machel, 1114 – Maputo | www.fmb.example",
    "Rue du Valentin 18 · 1004 Lausanne",
    "Avenida Paulista, 1578 - São Paulo",
    "Calle Mayor, 25 | Madrid",
])
def test_a_street_number_in_an_address_line_is_no_count(line: str) -> None:
    text = ("The federation registers 14,300 athletes\n\n"
            f"The federation registered 14,300 athletes in 2024, it said.\n\n{line}\n")
    assert _values(text) == [14300]


def test_a_count_after_an_avenue_name_in_a_sentence_is_kept() -> None:
    text = ("March on the avenue\n\nNa Avenida Paulista, 1500 pessoas marcharam ontem contra "
            "o projeto, disse a polícia.\n")
    assert 1500 in _values(text)


@pytest.mark.parametrize("sentence", [
    "Admission remains free under Legal Notice 112 of 2019 for 48,500 visitors.",
    "Con el aval del Acuerdo Ministerial 177 de 2013, la cooperativa atiende a 48.500 familias.",
    "Nos termos da Portaria Ministerial 45 de 2020, a rede atende 48.500 utentes.",
    "Conformément à l'arrêté ministériel 45 de 2020, le réseau sert 48 500 usagers.",
])
def test_a_legal_instrument_s_number_is_no_count(sentence: str) -> None:
    assert _values(f"Free admission\n\n{sentence}\n") == [48500]


@pytest.mark.parametrize("line", [
    "Page 1 of 1 FNF Media Release",
    "Página 2 de 3 Comunicado de imprensa",
    "Page 1 sur 2 Communiqué",
])
def test_a_page_counter_is_no_count(line: str) -> None:
    text = ("The federation registers 14,300 athletes\n\n"
            f"The federation registered 14,300 athletes in 2024, it said.\n\n{line}\n")
    assert _values(text) == [14300]


@pytest.mark.parametrize("line", [
    "[Télécharger le communiqué (PDF, 184 Ko)](https://x.example/cp.pdf)",
    "Download the report (PDF, 2.4 MB)",
    "Descargar el informe (PDF, 850 KB)",
])
def test_a_file_size_is_no_count(line: str) -> None:
    text = ("The federation registers 14,300 athletes\n\n"
            f"The federation registered 14,300 athletes in 2024, it said.\n\n{line}\n")
    assert _values(text) == [14300]


@pytest.mark.parametrize("sentence, share", [
    ("\"Em cada dez meninas, nove já estão protegidas\", afirmou a diretora.", None),
    ("« Sur dix jeunes, sept ont trouvé un emploi », a dit la directrice.", None),
    ("\"For every ten girls, nine are now protected,\" the director said.", None),
])
def test_the_base_of_a_share_opening_its_sentence_is_no_count(
        sentence: str, share: float | None) -> None:
    assert 10 not in _values(f"Girls protected\n\n{sentence}\n")


@pytest.mark.parametrize("sentence, fraction", [
    ("O custo foi de 27,5 milhões de escudos, dos quais três quartos financiados pela Gavi.",
     0.75),
    ("Su presupuesto asciende a 38,5 millones de pesos, de los que un tercio procede de la "
     "FIFA.", 0.3333),
])
def test_a_fraction_after_a_partitive_relative_is_a_share(sentence: str,
                                                          fraction: float) -> None:
    figures = _figures(f"Budget\n\n{sentence}\n")
    assert any(unit == "fraction" and abs(value - fraction) < 1e-3 for value, unit in figures)
    assert (3, "count") not in figures


def test_a_room_count_is_no_fraction() -> None:
    figures = _figures("Hotel\n\nO hotel tem três quartos renovados e recebeu 400 hóspedes.\n")
    assert all(unit != "fraction" for _, unit in figures)


@pytest.mark.parametrize("line", [
    "Más noticias: Peñarol vende 40.000 entradas para el clásico del domingo",
    "Mais notícias: Porto vende 40.000 bilhetes para o clássico",
    "More news: Club sells 40,000 tickets for Sunday's derby",
])
def test_a_related_headline_s_figures_are_not_the_release_s(line: str) -> None:
    text = ("The federation registers 14,300 athletes\n\n"
            "The federation registered 14,300 athletes in 2024, it said on Friday.\n\n"
            "The league will add two divisions next year, the federation added.\n\n"
            f"{line}\n")
    assert 40000 not in _values(text)


@pytest.mark.parametrize("text, code", [
    ("Le festival rapporte gros\n\nOUAGADOUGOU, 24 novembre 2025 – Les retombées sont estimées "
     "à 1,2 milliard de francs CFA, dont environ 310 millions pour l'hôtellerie.\n", "XOF"),
    ("Le budget augmente\n\nGENÈVE, 11 avril 2025 – Le budget atteint 38,5 millions de "
     "francs, dont environ 12 millions pour la jeunesse.\n", "CHF"),
])
def test_a_part_carrying_a_shared_currency_takes_the_whole_s_code(text: str, code: str) -> None:
    assert {unit for _, unit in _figures(text)} == {f"currency:{code}"}
    assert len(_figures(text)) == 2


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Le rapport intégral (148 pages) recense 312 marchés publics.", [312]),
        ("Listeners may follow the 14 sittings on Parliament Radio 88.9 FM.", [14]),
        ("El Plenario aprobó el expediente 24.318, que beneficia a 450.000 habitantes.",
         [450000]),
    ],
)
def test_report_length_radio_frequency_and_file_number_are_no_counts(
        sentence: str, kept: list[float]) -> None:
    assert [value for value, _ in _figures(sentence)] == kept


def test_bare_table_cells_take_their_column_header_unit() -> None:
    text = ("Águas do Oeste investe 28,3 milhões de euros em três concelhos\n\n"
            "Caldas da Rainha, 9 de outubro de 2025 – A empresa lançou hoje as obras de "
            "renovação das redes de água de três concelhos.\n\n"
            "Concelho\tInvestimento (milhões de euros)\tHabitantes abrangidos\tRede nova (km)\n"
            "Torres Vedras\t12,4\t18 200\t46\n"
            "Peniche\t6,1\t8 900\t22\n")
    figures = _figures(text)
    assert (12_400_000, "currency:EUR") in figures
    assert (6_100_000, "currency:EUR") in figures
    assert (18_200, "count") in figures
    assert all(value not in (46, 22) for value, _ in figures)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # nights and weekends are durations, "good" years too
        ("Unas 9.000 tortugas llegaron a la playa en cuatro noches.", [9000]),
        ("Participaram 146 voluntários durante dois fins de semana.", [146]),
        ("Il faudra au moins deux bonnes années pour aider 612 domaines.", [612]),
        ("Some 410 volunteers worked over three nights and two weekends.", [410]),
        # clubs and a country's divisions are organisations and geographic units
        ("The league's 14 clubs fielded 61 junior teams.", [61]),
        ("A federação conta com 164 clubes e 412 treinadores certificados.", [412]),
        ("The programme runs in 212 primary schools in all four divisions.", [212]),
        # a connection's speed and a farm's area are measures
        ("Nine in ten new homes choose a plan of 20 Mbps or more.", [0.9]),
        ("El 92 % de las familias cultiva menos de 5 manzanas.", [92]),
    ],
)
def test_durations_organisations_and_measures_are_no_counts(
        sentence: str, kept: list[float]) -> None:
    assert [value for value, _ in _figures(sentence)] == kept


def test_two_in_each_five_is_a_fraction() -> None:
    figures = _figures("Two in each five displaced people lack drinking water.")
    assert figures == [(0.4, "fraction")]


@pytest.mark.parametrize("sentence", [
    "Five years ago the rail share of containers was barely 6% of the total.",
    "Il y a cinq ans, le rail transportait à peine 6 % des conteneurs du port.",
])
def test_barely_a_share_is_about(sentence: str) -> None:
    releases, _ = parse_text(sentence)
    assert [(s.value, s.qualifier) for s in releases[0].statistics] == [(6, "about")]


@pytest.mark.parametrize("country, text, code", [
    ("GN", "14 milliards de francs CFA", None),  # the Guinean franc is no CFA franc
    ("GN", "14 milliards de francs guinéens", "GNF"),
    ("GW", "14,2 mil milhões de francos CFA", "XOF"),
    ("GQ", "9.400 millones de francos CFA", "XAF"),
    ("CH", "4,2 millions de francs", "CHF"),
])
def test_a_shared_currency_name_of_several_words_must_be_the_country_s_in_all(
        country: str, text: str, code: str | None) -> None:
    assert local_currency(country, text) == code


@pytest.mark.parametrize("text", [
    "Nouméa, le 3 mars 2025 – La dépense moyenne par passager a atteint 11 600 F CFP.",
    "Papeete, le 3 mars 2025 – Les travaux, engagés pour 1,2 milliard de F CFP, commencent.",
    "Nouméa, le 3 mars 2025 – Le budget atteint 4 milliards de FCFP.",
])
def test_the_cfp_franc_written_f_cfp_is_money(text: str) -> None:
    assert {unit for _, unit in _figures(f"Le port publie son bilan\n\n{text}\n")} == {
        "currency:XPF"}


def test_francs_cfa_take_the_currency_of_the_contacts_dialling_code() -> None:
    text = ("A SAEG apresenta o seu plano\n\n"
            "Bissau, 2 de outubro de 2025 – A empresa cobrou 6,8 mil milhões de francos CFA "
            "no primeiro semestre.\n\n"
            "Contacto de imprensa\nNelson Có, porta-voz\nTel.: +245 955 604 218\n")
    release = parse_text(text)[0][0]
    release.country = "GN"  # a page read as from Guinea, whose franc is no CFA franc
    release.statistics = [Statistic(value=6.8e9, unit=LOCAL_CURRENCY,
                                    text="6,8 mil milhões de francos CFA")]
    _localise_currency_names(release)
    assert [s.unit for s in release.statistics] == ["currency:XOF"]


@pytest.mark.parametrize("sentence, qualifier", [
    ("La population de la ville dépasse désormais 320 000 habitants.", "more_than"),
    ("Las deudas de los clientes superan los 9.400 millones de euros.", "more_than"),
    ("As dívidas dos clientes ultrapassam já os 9 milhões de euros.", "more_than"),
    ("Unpaid bills now exceed $9 million, the utility said.", "more_than"),
    ("La demanda no superó los 480 clientes en octubre.", "up_to"),
    ("Claims did not exceed 400 cases in October.", "up_to"),
])
def test_a_verb_of_exceeding_qualifies_its_number(sentence: str, qualifier: str) -> None:
    releases, _ = parse_text(f"Le bilan de l'année\n\n{sentence}\n")
    assert [s.qualifier for s in releases[0].statistics] == [qualifier]


@pytest.mark.parametrize("sentence, kept", [
    ("The half marathon starts at 6am and 486 runners have entered it.", [486]),
    ("Entries for the half-marathon reached 486 this year.", [486]),
    ("Nearly half of the 486 runners come from overseas.", [0.5, 486]),
    ("El plan se ejecutará en tres fases y beneficiará a 41.300 abonados.", [41300]),
    ("Le chantier se déroulera en deux phases et concerne 1 200 foyers.", [1200]),
])
def test_a_half_word_naming_a_thing_and_a_plan_s_phases_are_no_figures(
        sentence: str, kept: list[float]) -> None:
    assert _values(f"The race is full\n\n{sentence}\n") == kept


def test_a_bare_scaled_amount_opening_a_sentence_takes_the_money_of_the_one_before() -> None:
    text = ("Un plan para la red\n\nEl plan, de 18.500 millones de euros, se ejecutará hasta "
            "2028. La primera parte, de 6.200 millones, financiará nuevas líneas.\n")
    assert _figures(text) == [(18_500_000_000, "currency:EUR"), (6_200_000_000, "currency:EUR")]


def test_a_count_compared_with_another_keeps_its_unit_after_a_sentence_with_money() -> None:
    text = ("The plan asks for more\n\nThe plan asks US$ 18.6 million. Partners fed 146 "
            "thousand people, against 171 thousand in January.\n")
    assert (171_000, "count") in _figures(text)


@pytest.mark.parametrize("sentence, value, subject", [
    ("Mr Lamy said that burglaries had fallen to 19 in the first half of 2025.", 19, None),
    ("Les cambriolages ont chuté à 45 au premier semestre 2025.", 45, "cambriolages"),
    ("Los robos bajaron a 45 en el primer semestre.", 45, "robos"),
    ("L'atoll de Lifou n'a reçu que 41 navires, Maré 19, tandis que l'île des Pins se "
     "maintient.", 19, "navires"),
    ("Most cases were in Kenya (120 cases), Uganda (45) and South Sudan (12).", 12, "cases"),
    ("Viennent ensuite le Mali (85 demandes ; -11) et le Niger (76 ; +4).", 76, "demandes"),
    ("Le siguen Bolivia (64 solicitudes), Chile (38) y el Perú (21).", 21, "solicitudes"),
    ("Seguem-se Angola (93 pedidos), Moçambique (40) e a Guiné (17).", 17, "pedidos"),
    # the first count before its noun, the next places' counts in brackets, in words too
    ("Galle recorded nine deaths, followed by Matara (seven) and Hambantota (two).",
     7, "deaths"),
    ("Galle recorded nine deaths, followed by Matara (seven) and Hambantota (two).",
     2, "deaths"),
    ("Le district de Kayes compte onze décès, suivi de Kita (huit) et de Bafoulabé (trois).",
     8, "décès"),
    ("La provincia registró 412 casos, seguida de Loja (96) y Zamora (41).", 96, "casos"),
    ("Luanda lidera com 88 casos prováveis, seguida de Benguela (cinco) e Huíla (três).",
     5, "casos"),
])
def test_a_small_level_reached_or_a_place_s_count_in_a_list_is_a_figure(
        sentence: str, value: float, subject: str | None) -> None:
    releases, _ = parse_text(f"Le bilan du semestre\n\n{sentence}\n")
    found = {s.value: s.subject for s in releases[0].statistics}
    assert value in found
    if subject is not None:
        assert subject in (found[value] or "")


def test_a_specific_number_restated_with_other_words_is_one_figure() -> None:
    text = ("La saison recule\n\nAvec 391 400 croisiéristes accueillis, la saison recule.\n\n"
            "NOUMÉA, 14 octobre 2025 – Au total, 212 escales ont été enregistrées pour "
            "391 400 passagers débarqués.\n")
    assert _values(text).count(391_400) == 1


def test_a_share_restated_with_other_words_stays_two_figures() -> None:
    text = ("Le bilan\n\nUn tiers des élèves a réussi l'examen.\n\n"
            "NOUMÉA, 14 octobre 2025 – Un tiers des enseignants a suivi la formation.\n")
    assert _values(text).count(0.3333) == 2


def test_the_noun_after_said_that_is_the_subject_of_the_level_reached() -> None:
    releases, _ = parse_text("Crime falls\n\nMr Lamy said that burglaries had fallen to 190 "
                             "in the first half of 2025.\n")
    assert [s.subject for s in releases[0].statistics if s.value == 190] == ["burglaries"]


@pytest.mark.parametrize("sentence, periods", [
    ("Burglaries fell to 190 in the first half of 2025, compared with 310 over the same "
     "period in 2024.", [(2025, 2025), (2024, 2024)]),
    ("Les vols sont tombés à 190 au premier semestre 2025, contre 310 sur la même période "
     "en 2024.", [(2025, 2025), (2024, 2024)]),
])
def test_the_term_compared_with_takes_the_year_written_after_it(
        sentence: str, periods: list[tuple[int, int]]) -> None:
    releases, _ = parse_text(f"Le bilan\n\n{sentence}\n")
    assert [(s.period_start, s.period_end) for s in releases[0].statistics] == periods


@pytest.mark.parametrize("sentence", [
    "El número de asuntos pendientes a 31 de diciembre de 2024 se redujo a 2.854.",
    "O número de processos pendentes a 31 de dezembro de 2024 desceu para 2.854.",
])
def test_a_count_as_of_a_full_date_after_a_takes_its_year(sentence: str) -> None:
    releases, _ = parse_text(f"La memoria anual\n\n{sentence}\n")
    assert [(s.value, s.period_start) for s in releases[0].statistics] == [(2854, 2024)]


def test_every_row_of_a_table_laid_out_with_spaces_is_read() -> None:
    text = ("Floods displace 9,800 people in three districts\n\n"
            "LILONGWE, 4 March 2025 – Floods displaced 9,800 people in three districts this "
            "week, the Red Cross said.\n\n"
            "People displaced, by district\n"
            "District          People displaced\n"
            "Nsanje            5,120\n"
            "Chikwawa          2,940\n"
            "Other districts (4)   1,740\n"
            "Total             9,800\n")
    values = [value for value, _ in _figures(text)]
    assert {5_120, 2_940, 1_740} <= set(values)
    assert values.count(9_800) == 1


def test_rows_of_a_spaced_table_with_two_columns_of_figures_are_read_whole() -> None:
    text = ("Incendio en dos campamentos\n\n"
            "Cúcuta, 2 de mayo de 2025 – Un incendio destruyó 600 refugios.\n\n"
            "Campamento   Refugios   Personas\n"
            "Sector 4     410        1.930\n"
            "Sector 9     190        880\n")
    values = {value for value, _ in _figures(text)}
    assert {410, 1_930, 190, 880} <= values


def test_prose_laid_out_in_two_columns_is_no_table() -> None:
    from pressroom.parsing.tables import bar_spaced_tables
    text = ("The ministry said on Monday that      the new clinics will open in June\n"
            "more than 300 nurses were hired       and another 120 doctors next year\n"
            "to staff the three new hospitals      across the northern provinces\n")
    assert bar_spaced_tables(text) == text


def test_a_header_row_of_words_names_what_its_column_counts() -> None:
    text = ("Storm damage in two provinces\n\n"
            "MANILA, 6 June 2025 – The storm damaged homes and schools in two provinces.\n\n"
            "Province | Homes damaged | Schools closed\n"
            "Albay | 2,310 | 48\n"
            "Sorsogon | 1,470 | 31\n"
            "Total | 3,780 | 79\n")
    releases, _ = parse_text(text)
    heads = {s.value: (s.subject or "").split()[:1] for s in releases[0].statistics}
    assert heads[2_310] == heads[1_470] == ["homes"]
    assert heads[48] == heads[31] == ["schools"]


def test_a_contact_table_takes_no_header_noun() -> None:
    from pressroom.parsing.tables import header_nouns
    table = "Ville | Nom | Téléphone\nDakar | Awa Ndiaye | +221 77 123 45 67\n"
    assert header_nouns(table) == table


@pytest.mark.parametrize(("lines", "value", "label"), [
    # under "Décès par région :" a place's label takes the heading's noun
    ("• Punjab: 129\n• Azad Jammu & Kashmir: 10", 10, "Décès à Azad Jammu & Kashmir"),
    ("- Trinidad & Tobago : 7\n- Antigua-et-Barbuda : 3", 7, "Trinidad & Tobago"),
])
def test_a_list_item_s_label_may_join_its_words_with_an_ampersand(
        lines: str, value: float, label: str) -> None:
    """A bullet's label with "&" between its words, a colon, a small count: a figure, its
    label the subject."""
    releases, _ = parse_text(f"Le bilan du semestre\n\nDécès par région :\n{lines}\n")
    found = {s.value: s.subject for s in releases[0].statistics}
    assert found.get(value) == label


@pytest.mark.parametrize(("first", "later"), [
    ("Le bilan fait état de 9 morts et 40 blessés.",
     "La préfecture de Kara enregistre à elle seule 4 des 9 décès, dont deux enfants emportés "
     "par la rivière."),
    ("The floods have killed 9 people and injured 40.",
     "Kara district alone recorded 4 of the 9 deaths, including two children swept away by "
     "the river."),
    ("Las lluvias dejaron 9 muertos y 40 heridos.",
     "La provincia de Loja registra por sí sola 4 de los 9 fallecimientos, entre ellos dos "
     "niños arrastrados por el río."),
    ("As chuvas provocaram 9 mortos e 40 feridos.",
     "A província do Huambo regista sozinha 4 dos 9 óbitos, entre eles duas crianças "
     "arrastadas pelo rio."),
])
def test_the_whole_a_part_is_counted_of_restates_the_figure_given_before(
        first: str, later: str) -> None:
    """"4 des 9 décès" in a later paragraph: the 9 is the toll given before in other words
    ("9 morts"), one statistic; the part (4) is a new one."""
    releases, _ = parse_text(f"Le bilan des pluies\n\n{first}\n\n{later}\n")
    values = [s.value for s in releases[0].statistics]
    assert values.count(9) == 1
    assert 4 in values
