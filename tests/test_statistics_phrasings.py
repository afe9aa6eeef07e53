"""How figures are written in French, English and Spanish releases, and what each must yield:
value, unit, qualifier, range bound, the counted noun, the period, the exact span."""

from __future__ import annotations

import pytest

from pressroom.model import Statistic
from pressroom.parsing.figures.statistics import extract_statistics


def _only(text: str, language: str | None) -> Statistic:
    stats = extract_statistics([text], language, None)
    assert len(stats) == 1, [s.text for s in stats]
    return stats[0]


def _head(stat: Statistic) -> str | None:
    return stat.subject.split()[0] if stat.subject else None


# (language, paragraph, value, unit, qualifier, subject head)
PHRASINGS = [
    # counts and qualifiers
    ("fr", "Plus de 3 900 victimes ont été identifiées.", 3900, "count", "more_than", "victimes"),
    ("fr", "Près de 50000 Colombiennes se prostitueraient.", 50000, "count", "about",
     "Colombiennes"),
    ("fr", "Environ 1 500 migrants sont arrivés.", 1500, "count", "about", "migrants"),
    ("fr", "Quelque 11 294 786 citoyens vivent hors du pays.", 11294786, "count", "about",
     "citoyens"),
    ("fr", "Moins de 300 personnes ont voté.", 300, "count", "less_than", "personnes"),
    ("fr", "Jusqu'à 200 personnes sont portées disparues.", 200, "count", "up_to", "personnes"),
    ("fr", "Au moins 45 migrants sont morts.", 45, "count", "at_least", "migrants"),
    ("fr", "L'OIM a ouvert 49 enquêtes sur des cas de traite.", 49, "count", "exact", "enquêtes"),
    ("fr", "Au total, 3 000 personnes environ ont été aidées.", 3000, "count", "about",
     "personnes"),
    ("en", "More than 3,900 victims were identified.", 3900, "count", "more_than", "victims"),
    ("en", "Over 28,000 calls were received.", 28000, "count", "more_than", "calls"),
    ("en", "Nearly 50,000 women were assisted.", 50000, "count", "about", "women"),
    ("en", "Some 2,000 families received kits.", 2000, "count", "about", "families"),
    ("en", "Approximately 700 migrants arrived.", 700, "count", "about", "migrants"),
    ("en", "Fewer than 100 people applied.", 100, "count", "less_than", "people"),
    ("en", "Up to 200 people are missing.", 200, "count", "up_to", "people"),
    ("en", "At least 45 migrants died.", 45, "count", "at_least", "migrants"),
    ("en", "IOM trained 120 officials or more.", 120, "count", "at_least", "officials"),
    ("es", "Más de 3.900 víctimas fueron identificadas.", 3900, "count", "more_than",
     "víctimas"),
    ("es", "Casi 50.000 mujeres recibieron ayuda.", 50000, "count", "about", "mujeres"),
    ("es", "Cerca de 700 migrantes llegaron.", 700, "count", "about", "migrantes"),
    ("es", "Unas 2.000 familias recibieron kits.", 2000, "count", "about", "familias"),
    ("es", "Alrededor de 1.500 migrantes venezolanos cruzaron.", 1500, "count", "about",
     "migrantes"),
    ("es", "Menos de 100 personas votaron.", 100, "count", "less_than", "personas"),
    ("es", "Hasta 200 personas están desaparecidas.", 200, "count", "up_to", "personas"),
    ("es", "Al menos cuatro migrantes murieron.", 4, "count", "at_least", "migrantes"),
    # number words and scale words
    ("fr", "Plus de 2000 personnes ont fui.", 2000, "count", "more_than", "personnes"),
    ("fr", "Plus de 3,7 millions de personnes ont fui.", 3_700_000, "count", "more_than",
     "personnes"),
    ("fr", "Quatre cents familles ont été relogées.", 400, "count", "exact", "familles"),
    ("en", "Two million people need help.", 2_000_000, "count", "exact", "people"),
    ("en", "Some 2.5 million people were displaced.", 2_500_000, "count", "about", "people"),
    ("es", "Unos 2,08 millones de venezolanos viven en Colombia.", 2_080_000, "count", "about",
     "venezolanos"),
    # percentages
    ("fr", "Près de 80% des victimes identifiées étaient des femmes.", 80, "percent", "about",
     "victimes"),
    ("fr", "Soixante-dix-sept pour cent des personnes interrogées ont franchi la frontière.", 77,
     "percent", "exact", "personnes"),
    ("fr", "61% étaient âgées de 13 à 24 ans.", 61, "percent", "exact", None),
    ("fr", "Moins de 10 % des victimes ont porté plainte.", 10, "percent", "less_than",
     "victimes"),
    ("en", "Nearly 80% of identified victims were women.", 80, "percent", "about", "identified"),
    ("en", "Seventy-seven per cent of respondents crossed a border.", 77, "percent", "exact",
     "respondents"),
    ("en", "Some 60.5 percent of the migrants were men.", 60.5, "percent", "about", "migrants"),
    ("es", "Cerca del 80% de las víctimas eran mujeres.", 80, "percent", "about", "víctimas"),
    ("es", "El 61 por ciento tenía menos de 24 años.", 61, "percent", "exact", None),
    ("es", "Más del 60,5 % de los migrantes son hombres.", 60.5, "percent", "more_than",
     "migrantes"),
    # fractions
    ("fr", "Un tiers des migrants sont des femmes.", 0.3333, "fraction", "exact", "migrants"),
    ("fr", "Plus de la moitié des enfants ne vont pas à l'école.", 0.5, "fraction", "more_than",
     "enfants"),
    ("fr", "Deux tiers des victimes sont des femmes.", 0.6667, "fraction", "exact", "victimes"),
    ("fr", "Un migrant sur trois est un enfant.", 0.3333, "fraction", "exact", "migrants"),
    ("en", "About half of the migrants are women.", 0.5, "fraction", "about", "migrants"),
    ("en", "Two in every three summers were drier than normal.", 0.6667, "fraction", "exact",
     "summers"),
    ("en", "A quarter of the returnees are children.", 0.25, "fraction", "exact", "returnees"),
    ("en", "Two thirds of respondents had no papers.", 0.6667, "fraction", "exact",
     "respondents"),
    ("en", "One in five migrants is a child.", 0.2, "fraction", "exact", "migrants"),
    ("es", "La mitad de los migrantes son mujeres.", 0.5, "fraction", "exact", "migrantes"),
    ("es", "Un tercio de los niños no va a la escuela.", 0.3333, "fraction", "exact", "niños"),
    ("es", "Uno de cada cinco migrantes es menor.", 0.2, "fraction", "exact", "migrantes"),
    # rates
    ("fr", "Près de 500 personnes par jour traversent la frontière.", 500, "count/day", "about",
     "personnes"),
    ("fr", "L'exposition attire 12 000 visiteurs par an.", 12000, "count/year", "exact",
     "visiteurs"),
    ("en", "Up to 200 people a day cross the border.", 200, "count/day", "up_to", "people"),
    ("en", "Some 5,000 migrants arrive every day.", 5000, "count/day", "about", "migrants"),
    ("en", "The office handles 4,000 cases per year.", 4000, "count/year", "exact", "cases"),
    ("es", "Hasta 300 personas al día cruzan la frontera.", 300, "count/day", "up_to",
     "personas"),
    ("es", "Unos 1.500 migrantes llegan cada día.", 1500, "count/day", "about", "migrantes"),
    ("es", "Se registran 9.000 casos al año.", 9000, "count/year", "exact", "casos"),
    # a number noun after its article is about that many
    ("es", "El ayuntamiento empleará a un centenar de vigilantes.", 100, "count", "about",
     "vigilantes"),
    ("fr", "Une centaine de bénévoles ont nettoyé la plage.", 100, "count", "about",
     "bénévoles"),
    ("fr", "Plus d'un millier de foyers restent sans courant.", 1000, "count", "more_than",
     "foyers"),
    ("pt", "A escola recebeu uma dezena de computadores.", 10, "count", "about", "computadores"),
    ("en", "A dozen volunteers cleaned the beach.", 12, "count", "about", "volunteers"),
    # money
    ("fr", "L'OIM a reçu 2 millions de dollars.", 2_000_000, "currency:USD", "exact", None),
    # an amount a cost verb governs counts the cost of its subject ("coût de projet")
    ("fr", "Le projet coûte 300 000 euros.", 300_000, "currency:EUR", "exact", "coût"),
    ("fr", "La Suisse verse 1,2 million de francs suisses.", 1_200_000, "currency:CHF", "exact",
     None),
    ("fr", "Le budget est de € 300 000.", 300_000, "currency:EUR", "exact", "budget"),
    ("fr", "Un don de CHF 50 000 a été fait.", 50_000, "currency:CHF", "exact", "don"),
    ("en", "IOM received US$ 1.5 million.", 1_500_000, "currency:USD", "exact", None),
    ("en", "The grant is USD 300,000.", 300_000, "currency:USD", "exact", "grant"),
    ("en", "Donors pledged more than $2.5 million.", 2_500_000, "currency:USD", "more_than",
     None),
    ("en", "The EU gave 4 million euros.", 4_000_000, "currency:EUR", "exact", None),
    ("es", "La OIM recibió 2,08 millones de dólares.", 2_080_000, "currency:USD", "exact", None),
    ("es", "El proyecto cuesta 500.000 euros.", 500_000, "currency:EUR", "exact", "costo"),
]


@pytest.mark.parametrize(("language", "text", "value", "unit", "qualifier", "head"), PHRASINGS)
def test_phrasing(language: str, text: str, value: float, unit: str, qualifier: str,
                  head: str | None) -> None:
    stat = _only(text, language)
    assert (stat.value, stat.unit, stat.qualifier, _head(stat)) == (value, unit, qualifier, head)
    assert text[stat.start:stat.end] == stat.text
    assert stat.paragraph == 0


@pytest.mark.parametrize(
    ("language", "text", "low", "high", "unit"),
    [
        ("fr", "Entre 150 et 180 personnes arrivent.", 150, 180, "count"),
        ("fr", "De 150 à 180 personnes arrivent.", 150, 180, "count"),
        ("fr", "Entre 10 % et 15 % des migrants sont mineurs.", 10, 15, "percent"),
        ("fr", "Entre 2,5 et 3 millions de personnes ont fui.", 2_500_000, 3_000_000, "count"),
        ("en", "Between 150 and 180 migrants arrived.", 150, 180, "count"),
        ("en", "Some 150-180 people arrived.", 150, 180, "count"),
        ("en", "From 150 to 180 people arrived.", 150, 180, "count"),
        ("es", "Entre 150 y 180 personas llegaron.", 150, 180, "count"),
        ("es", "De 150 a 180 personas llegaron.", 150, 180, "count"),
        # a currency sign before each bound
        ("en", "Repairs will cost between £12 million and £15 million.", 12_000_000,
         15_000_000, "currency:GBP"),
        ("en", "Tickets cost $25 to $40.", 25, 40, "currency:USD"),
    ],
)
def test_range(language: str, text: str, low: float, high: float, unit: str) -> None:
    stat = _only(text, language)
    assert (stat.qualifier, stat.value, stat.value_max, stat.unit) == ("range", low, high, unit)


@pytest.mark.parametrize(
    ("language", "text", "period"),
    [
        ("fr", "Plus de 3 900 victimes ont été identifiées entre 2009 et 2014.", (2009, 2014)),
        ("fr", "En 2014, près de 80% des victimes étaient des femmes.", (2014, 2014)),
        ("fr", "Depuis 2006, la ligne a reçu plus de 11 000 appels.", (2006, None)),
        ("fr", "Le service a reçu plus de 28000 appels depuis son lancement en 2003.",
         (2003, None)),
        ("fr", "L'OIM a aidé 300 victimes.", (None, None)),
        ("en", "In 2015, 1,000 migrants arrived.", (2015, 2015)),
        ("fr", "Au cours du premier semestre 2017, 2 400 migrants ont été secourus.",
         (2017, 2017)),
        ("en", "In July 2016, 300 migrants were rescued.", (2016, 2016)),
        ("es", "CIUDAD DE MÉXICO, 3 de noviembre de 2017 — La OIM pide 11.000.000 dólares.",
         (None, None)),
        ("en", "More than 3,900 victims were identified between 2009 and 2014.", (2009, 2014)),
        ("en", "Since 2012, IOM has assisted 5,000 migrants.", (2012, None)),
        ("en", "From 2010 to 2015, 7,000 people returned.", (2010, 2015)),
        ("es", "En 2014, cerca del 80% de las víctimas eran mujeres.", (2014, 2014)),
        ("es", "Desde 2006, la línea recibió más de 11.000 llamadas.", (2006, None)),
        ("es", "Entre 2009 y 2014 se identificaron 3.900 víctimas.", (2009, 2014)),
        # a fiscal year or an exam session names the year of the figure of its clause
        ("fr", "La commune a dépensé 3,1 millions d'euros pour l'exercice 2023.", (2023, 2023)),
        ("fr", "Au total, 9 200 élèves ont réussi à la session 2022.", (2022, 2022)),
        ("es", "Durante el año fiscal 2023 la cooperativa exportó 4.300 sacos de café.",
         (2023, 2023)),
        ("en", "The council spent $3.1 million in the 2023 fiscal year.", (2023, 2023)),
        # a season names its year
        ("fr", "Au cours de l'été 2024, 19 personnes ont perdu la vie.", (2024, 2024)),
        ("en", "During the winter 2023, 4,100 people were sheltered.", (2023, 2023)),
        ("pt", "No verão de 2022, 3.200 pessoas foram atendidas.", (2022, 2022)),
        # a deadline is a target, not the years the figure covers
        ("en", "The charity is appealing for US$4.2 million by the end of 2025.", (None, None)),
        ("fr", "La Région achètera 40 autocars électriques d'ici fin 2026.", (None, None)),
        ("en", "The charity raised US$4.2 million at the end of 2025.", (2025, 2025)),
        # "desde" before a place means from there: the span after it dates the figure
        ("es", "Unos 40.000 migrantes llegaron desde Honduras y Guatemala en los dos primeros "
               "meses de 2024.", (2024, 2024)),
        ("pt", "Cerca de 9.000 pessoas chegaram desde Angola durante o primeiro semestre de "
               "2023.", (2023, 2023)),
        # a "since" clause naming the year something began still starts the period
        ("pt", "Desde que a guerra começou em 2022, 6 milhões de pessoas fugiram.", (2022, None)),
        ("es", "Desde junio de 2024, 3.000 personas llegaron.", (2024, None)),
    ],
)
def test_period_from_the_sentence(language: str, text: str, period: tuple) -> None:
    stat = _only(text, language)
    assert (stat.period_start, stat.period_end) == period


@pytest.mark.parametrize(
    ("language", "text", "period"),
    [
        ("en", "In 2023 the clinic treated 410 cholera cases, up from 220 the year before.",
         (2023, 2023)),
        ("fr", "En 2024, la ligne a reçu 9 100 appels, contre 6 300 en 2022.", (2024, 2024)),
    ],
)
def test_a_period_past_the_next_compared_figure_is_that_ones(
        language: str, text: str, period: tuple) -> None:
    first = extract_statistics([text], language, None)[0]
    assert (first.period_start, first.period_end) == period


def test_a_share_then_a_count_is_not_a_range() -> None:
    text = "The number of arrivals rose by 20% to 150,000 in the first quarter."
    share, count = extract_statistics([text], "en", None)
    assert (share.value, share.unit, share.qualifier, share.value_max) == (
        20, "percent", "exact", None)
    assert (count.value, count.unit) == (150_000, "count")


@pytest.mark.parametrize(
    ("language", "text", "figures"),
    [
        ("pt", "Em 2023, 9.120 famílias foram realocadas, uma média de cerca de 25 por dia.",
         [(9120, "count"), (25, "count/day")]),
        ("fr", "Le centre a accueilli 4 300 personnes en mars, en moyenne 140 par jour.",
         [(4300, "count"), (140, "count/day")]),
        ("en", "Clinics treated 6,200 patients last month, an average of 210 a day.",
         [(6200, "count"), (210, "count/day")]),
        ("es", "Se vacunaron 12.400 niños, un promedio de 80 al día.",
         [(12400, "count"), (80, "count/day")]),
    ],
)
def test_a_bare_number_with_a_rate_after_a_figure_is_that_figures_rate(
        language: str, text: str, figures: list[tuple]) -> None:
    stats = extract_statistics([text], language, None)
    assert [(s.value, s.unit) for s in stats] == figures


@pytest.mark.parametrize(
    ("language", "text", "figures"),
    [
        ("en", "Between 900 and 1,300 people are crossing into Renk and Kosti every day.",
         [(900, "count/day")]),
        ("es", "Unos 300 migrantes llegan a Ceuta y Melilla cada día.", [(300, "count/day")]),
        ("fr", "Quelque 700 réfugiés arrivent à Goma et à Bukavu chaque jour.",
         [(700, "count/day")]),
        ("pt", "Cerca de 450 pessoas chegam a Pacaraima e Boa Vista por dia.",
         [(450, "count/day")]),
        # a far rate past words that are no names stays the verb's
        ("en", "About 300 people were moved to the school in the north of the city every day.",
         [(300, "count")]),
    ],
)
def test_a_rate_after_the_places_a_verb_reaches_is_the_counts(
        language: str, text: str, figures: list[tuple]) -> None:
    stats = extract_statistics([text], language, None)
    assert [(s.value, s.unit) for s in stats] == figures


@pytest.mark.parametrize(
    ("language", "text", "figures"),
    [
        # a rate word closing the counted noun phrase
        ("pt", "A cozinha serve 900 refeições diárias aos alunos.", [(900, "count/day")]),
        # both levels of a change take the rate written after the second ("para": pt only)
        ("pt", "O abrigo passou de 120 para 180 refeições diárias.",
         [(120, "count/day"), (180, "count/day")]),
        ("en", "The kitchen went from 400 to 650 meals a day.",
         [(400, "count/day"), (650, "count/day")]),
    ],
)
def test_a_rate_in_the_noun_phrase_or_after_a_change_applies_to_it(
        language: str, text: str, figures: list[tuple]) -> None:
    stats = extract_statistics([text], language, None)
    assert [(s.value, s.unit) for s in stats] == figures


@pytest.mark.parametrize(
    ("language", "text", "figures"),
    [
        ("es", "La facturación bajó de 8,5 millones de euros en 2021 a 5,5 millones en 2023.",
         [(8_500_000, "currency:EUR", None), (5_500_000, "currency:EUR", None)]),
        ("en", "Enrolment grew from 1,800 pupils in 2020 to 2,500 in 2023.",
         [(1_800, "count", None), (2_500, "count", None)]),
        ("fr", "Le budget est passé de 3 millions d'euros en 2019 à 4,5 millions.",
         [(3_000_000, "currency:EUR", None), (4_500_000, "currency:EUR", None)]),
    ],
)
def test_a_year_before_a_range_link_is_a_date_not_the_low_bound(
        language: str, text: str, figures: list[tuple]) -> None:
    stats = extract_statistics([text], language, None)
    assert [(s.value, s.unit, s.value_max) for s in stats] == figures


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("es", "El 70 % de los encuestados dijo haber sufrido abusos.", "encuestados"),
        ("es", "Unos 1.500 migrantes llegaron ayer a Tumbes.", "migrantes"),
        ("en", "Some 3,000 internally displaced persons returned home.",
         "internally displaced persons"),
        ("en", "More than 3,900 victims identified by the police were women.", "victims"),
        ("fr", "Près de 50000 Colombiennes se prostitueraient à l'étranger.", "Colombiennes"),
    ],
)
def test_subject_stops_at_the_verb(language: str, text: str, subject: str) -> None:
    assert _only(text, language).subject == subject


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Unos 1.000 viven en el albergue."),
        ("pt", "Cerca de 800 permanecem alojados em um armazém."),
    ],
)
def test_a_plural_verb_right_after_the_number_is_no_subject(language: str, text: str) -> None:
    assert _only(text, language).subject is None


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("fr", "Le district signale un taux de létalité de 7,9 %.", "taux de létalité"),
        ("fr", "On estimait à 10 000 le nombre de personnes déplacées.", "personnes déplacées"),
        ("es", "La letalidad se sitúa en 0,16 %.", "letalidad"),
        ("es", "La UE destina 28,5 millones de euros en ayuda humanitaria a Colombia.",
         "ayuda humanitaria"),
        ("pt", "Investimento de R$ 150 milhões reforça a proteção de idosos.", "Investimento"),
        ("en", "Food bank visits across the country reached a record 2 million.",
         "Food bank visits"),
        # a change noun needs no determiner; a head noun may take one adjective before "de"
        ("fr", "Les ventes reculent encore, en baisse de 9 % sur un an.", "baisse"),
        ("pt", "A empresa oferece um reajuste anual de 7%.", "reajuste anual"),
        ("es", "El gobierno anunció un incremento salarial de 6 %.", "incremento salarial"),
        # what an amount pays for, after "pour"/"para" (not an infinitive: "pour soutenir")
        ("fr", "La région débloque 3 millions d'euros pour la rénovation des écoles.",
         "rénovation des écoles"),
        ("pt", "O município destina 2 milhões de reais para a construção de creches.",
         "construção de creches"),
        # the value of what a value link follows
        ("en", "The city will also buy new ferries worth $12 million.", "new ferries"),
        ("fr", "Le chantier, évalué à 6 millions d'euros, débutera en mai.", "chantier"),
        ("pt", "A obra, orçada em 4 milhões de reais, termina em junho.", "obra"),
        ("es", "Donó equipos médicos por valor de 250.000 dólares.", "equipos médicos"),
        # a level verb in the past
        ("fr", "En janvier, le taux d'occupation des abris était de 87 %.",
         "taux d'occupation des abris"),
        ("es", "Según el ministerio, la cobertura de vacunación era de 64 %.",
         "cobertura de vacunación"),
        ("pt", "Em março, a taxa de ocupação dos hospitais estava em 92 %.",
         "taxa de ocupação dos hospitais"),
        ("en", "The IFRC launched an 8 million Swiss franc emergency appeal to help.",
         "emergency appeal"),
    ],
)
def test_subject_written_elsewhere_than_after_the_figure(language: str, text: str,
                                                         subject: str) -> None:
    """When nothing follows the figure, its noun is read before it, from a level verb's
    clause, after a count noun, or as what an amount pays for."""
    assert _only(text, language).subject == subject


def test_an_empty_head_or_a_verb_before_de_is_no_subject() -> None:
    assert _only("L'agence a reçu un total de 500 millions d'euros.", "fr").subject is None
    assert _only("Le nombre de décès a réduit de 7,9 %.", "fr").subject is None


def test_share_of_a_counted_group() -> None:
    text = "Environ 25 % des 300 personnes interrogées sont pauvres."
    share, group = extract_statistics([text], "fr", None)
    assert (share.value, share.unit, share.qualifier, share.subject) == (
        25, "percent", "about", "personnes interrogées")
    assert (group.value, group.unit, group.subject) == (300, "count", "personnes interrogées")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Entre janvier et octobre 2025, l'association a assuré 48 370 consultations, "
               "contre 31 200 sur la même période de 2024."),
        ("es", "Se registraron 23 accidentes entre enero y abril de 2025, frente a 17 accidentes "
               "en el mismo periodo de 2024."),
        ("en", "The agency recorded 5,400 cases from January to June 2025, against 3,100 cases "
               "in the same period of 2024."),
        ("pt", "Foram registados 2.300 casos entre janeiro e junho de 2025, contra 1.900 casos "
               "no mesmo período de 2024."),
    ],
)
def test_the_same_period_of_a_year_dates_the_figure_compared(language: str, text: str) -> None:
    stats = extract_statistics([text], language, None)
    assert [s.period_start for s in stats][-1] == 2024


def test_nearest_period_of_the_sentence_wins() -> None:
    text = "In 2015, 1,000 migrants arrived, compared with 800 migrants in 2014."
    a, b = extract_statistics([text], "en", None)
    assert (a.value, a.period_start) == (1000, 2015)
    assert (b.value, b.period_start) == (800, 2014)


@pytest.mark.parametrize(
    ("language", "text", "period"),
    [
        # a count up to a full date, or since one, covers its year
        ("fr", "Au 31 décembre 2022, 4 500 ménages étaient hébergés.", (2022, 2022)),
        ("en", "As of 30 June 2021, 2,300 families had returned.", (2021, 2021)),
        ("es", "Desde el 1 de enero de 2020 se registraron 640 casos.", (2020, None)),
        ("en", "Some 870 patients were treated since 3rd March 2019.", (2019, None)),
        # a span of days, or of months across two years
        ("fr", "Entre le 4 et le 9 mai 2018, 120 familles sont arrivées.", (2018, 2018)),
        ("en", "Volunteers answered 5,400 calls between November 2020 and March 2021.",
         (2020, 2021)),
        # a span of weeks or months "of" a year
        ("en", "The appeal seeks $12 million for the first three months of 2016.", (2016, 2016)),
        ("pt", "Foram notificados 830 casos nas primeiras seis semanas de 2022.", (2022, 2022)),
        ("fr", "Au cours des premiers mois de 2019, 3 100 demandes ont été déposées.",
         (2019, 2019)),
        # an article after the point word, a year and the next one's last two digits
        ("es", "En el 2021, 4.300 familias recibieron ayuda.", (2021, 2021)),
        ("en", "During the 2019 floods, 870 homes were damaged.", (2019, 2019)),
        ("en", "The utility connected 52,000 homes in the 2021-22 financial year.", (2021, 2022)),
        # any other full date still dates an event, not the figure
        ("fr", "La mairie a ouvert le 5 mars 2024 un centre de 16 lits.", (None, None)),
    ],
)
def test_period_from_a_full_date(language: str, text: str, period: tuple) -> None:
    stat = _only(text, language)
    assert (stat.period_start, stat.period_end) == period


def test_a_relative_period_nearer_than_a_year_leaves_the_figure_none() -> None:
    text = ("L'association a aidé 7 000 familles depuis 2015 et cette année elle porte son "
            "budget à 3 millions d'euros.")
    families, budget = extract_statistics([text], "fr", None)
    assert (families.period_start, families.period_end) == (2015, None)
    assert (budget.period_start, budget.period_end) == (None, None)
    text = "Since the start of the year, 9,100 people fled, the most since 2016."
    assert _only(text, "en").period_start is None


def test_a_year_right_after_a_figure_is_its_own_not_the_one_before() -> None:
    text = "Le taux de scolarisation est passé de 71 % en 2015 à 58 % en 2021."
    before, after = extract_statistics([text], "fr", None)
    assert (before.period_start, after.period_start) == (2015, 2021)


def test_period_does_not_carry_to_the_next_sentence() -> None:
    text = ("Depuis le lancement du programme en 2001, le bureau a aidé plus de 300 victimes. "
            "Il a aussi formé plus de 4000 fonctionnaires.")
    a, b = extract_statistics([text], "fr", None)
    assert (a.period_start, b.period_start) == (2001, None)


def test_implicit_subject_span_runs_to_the_end_of_its_clause() -> None:
    text = ("Sur 99 victimes identifiées et interrogées, 89 pour cent sont des adultes et "
            "11 pour cent sont mineures.")
    stats = extract_statistics([text], "fr", None)
    assert [(s.value, s.unit, s.subject, s.text) for s in stats] == [
        (99, "count", "victimes identifiées et interrogées",
         "99 victimes identifiées et interrogées"),
        (89, "percent", None, "89 pour cent sont des adultes"),
        (11, "percent", None, "11 pour cent sont mineures"),
    ]


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("en", "The storm flooded 1,300 farms, 260 of them twice.", "farms"),
        ("en", "The clinic treated 640 children; about 30% of those were under two.", "children"),
        ("fr", "Le centre a accueilli 950 mineurs. Près de 60 % d'entre eux venaient de Syrie.",
         "mineurs"),
        ("fr", "L'enquête recense 2 100 ménages pauvres, soit 12 % de la population du district. "
         "Parmi eux, environ 700 n'ont pas d'eau.", "ménages pauvres"),
        ("es", "La brigada atendió 75 incendios. En 12 de ellos hubo heridos.", "incendios"),
        ("pt", "A ONG apoiou 3.000 famílias. Dentre elas, 450 perderam a casa.", "famílias"),
    ],
)
def test_a_part_of_a_group_named_before_counts_that_group(language: str, text: str,
                                                          subject: str) -> None:
    """ "of them", "d'entre eux", "Parmi eux," refer back to the plural noun of the nearest
    figure before (a singular one, "population", is skipped)."""
    last = extract_statistics([text], language, None)[-1]
    assert last.subject == subject


def test_the_title_gives_a_restated_figure_the_subject_and_period_the_body_leaves_out() -> None:
    title = "Un sondage : 42 % des locataires ont reçu une hausse en 2023"
    body = ["Selon le sondage mené auprès de 900 personnes, 42 % ont reçu une hausse."]
    stats = extract_statistics(body, "fr", title)
    share = next(s for s in stats if s.value == 42)
    assert (share.subject, share.period_start, share.paragraph) == ("locataires", 2023, 0)


def test_a_coordination_right_after_an_amount_opens_no_subject() -> None:
    stat = _only("The bridge repairs cost $3.1 million and will last a decade.", "en")
    assert stat.subject != "and"
    stat = _only("La commune a reçu 2 millions d'euros et prévoit de nouveaux travaux.", "fr")
    assert stat.subject is None or not stat.subject.startswith("et")


def test_subject_keeps_complements_and_coordinations() -> None:
    text = "L'OIM a formé plus de 4000 fonctionnaires et membres de la société civile."
    assert _only(text, "fr").subject == "fonctionnaires et membres de la société civile"
    text = "Quelque 11 294 786 citoyens de ces pays vivent actuellement hors du pays."
    assert _only(text, "fr").subject == "citoyens de ces pays"


def test_sentence_and_offsets() -> None:
    paragraphs = ["Premier paragraphe sans chiffre.",
                  "Le Pérou est un pays d'origine. Plus de 3 900 victimes ont été identifiées."]
    (stat,) = extract_statistics(paragraphs, "fr", None)
    assert stat.paragraph == 1
    assert stat.sentence == "Plus de 3 900 victimes ont été identifiées."
    assert paragraphs[1][stat.start:stat.end] == stat.text == "Plus de 3 900 victimes"


def test_figure_in_title_and_body_is_one_statistic() -> None:
    title = "Plus de 3 900 victimes de traite identifiées au Pérou"
    body = ["D'après le Ministère, plus de 3 900 victimes de traite ont été identifiées."]
    (stat,) = extract_statistics(body, "fr", title)
    assert stat.paragraph == 0


def test_figure_only_in_the_title_has_paragraph_minus_one() -> None:
    title = "L'OIM aide 500 familles déplacées"
    (stat,) = extract_statistics(["Aucun chiffre ici."], "fr", title)
    assert (stat.paragraph, stat.value, title[stat.start:stat.end]) == (-1, 500, stat.text)


def test_figure_restated_in_the_body_is_reported_once() -> None:
    body = ["Plus de 3 900 victimes ont été identifiées.",
            "Au total, plus de 3 900 victimes ont été identifiées depuis le début."]
    assert len(extract_statistics(body, "fr", None)) == 1


def test_restatement_gives_its_period_to_the_first_mention() -> None:
    body = ["L'OIM aide 53 retournés au Pérou.",
            "Depuis 2008, l'OIM aide 53 retournés dans le pays."]
    (stat,) = extract_statistics(body, "fr", None)
    assert (stat.paragraph, stat.period_start, stat.period_end) == (0, 2008, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "IOM works with 30 partner organizations in the region."),
        ("en", "The campaign involves 35 private sector companies."),
        ("en", "IOM has 12 field offices in the country."),
        ("en", "The study covers sixteen of the country's nineteen provinces."),
        ("es", "El estudio abarca nueve de los dieciséis departamentos del país."),
        ("fr", "La campagne associe 25 entreprises du secteur privé."),
    ],
)
def test_counts_of_organisations_and_places_are_not_statistics(language: str,
                                                               text: str) -> None:
    assert extract_statistics([text], language, None) == []


def test_english_head_noun_is_the_last_word() -> None:
    stat = _only("IOM trained nearly 177 government officials.", "en")
    assert (stat.value, stat.subject) == (177, "government officials")


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("fr", "Près de 4 210 personnes déplacées par an ont été aidées.", "count/year"),
        ("es", "Llegan 10 000 refugiados por día a la frontera.", "count/day"),
        ("en", "IOM trained staff at 32 border crossing points used daily by migrants.",
         "count"),
    ],
)
def test_rate_after_a_participle(language: str, text: str, unit: str) -> None:
    assert _only(text, language).unit == unit


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("es", "La media diaria de préstamos se situó en 1.240 libros.", "count/day"),
        ("fr", "La moyenne quotidienne des passages a atteint 3 150 voyageurs.", "count/day"),
        ("en", "The daily average of ferry crossings reached 2,300 passengers.", "count/day"),
        ("pt", "A média diária de consultas chegou a 640 doentes.", "count/day"),
        ("es", "La media de préstamos se situó en 1.240 libros.", "count"),
    ],
)
def test_a_daily_average_named_before_the_figure(language: str, text: str, unit: str) -> None:
    assert _only(text, language).unit == unit


def test_ordinal_fifth_is_not_a_fraction() -> None:
    assert extract_statistics(["C'est la cinquième édition de cette campagne."], "fr",
                              None) == []


def test_language_none_guesses_from_the_text() -> None:
    stat = _only("More than 3,900 victims were identified, once again.", None)
    assert (stat.value, stat.qualifier) == (3900, "more_than")


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("es", "Se necesitan más de US$ 10.700 millones al año.", 10_700_000_000),
        ("pt", "O plano custa 1.250 milhões de reais.", 1_250_000_000),
        ("fr", "Le plan coûte 1,250 million d'euros.", 1_250_000),
        ("en", "The plan costs $1,250 million.", 1_250_000_000),
    ],
)
def test_a_scaled_amount_reads_its_separator_as_the_language_does(language: str, text: str,
                                                                  value: float) -> None:
    """Before a scale word, one group of three digits is a decimal only after the language's
    decimal mark: "US$ 10.700 millones" is ten thousand seven hundred millions."""
    assert _only(text, language).value == value


def test_a_bare_amount_takes_the_currency_of_its_sentence() -> None:
    text = "L'UNICEF a reçu 7,8 millions de dollars, dont 5 millions financés par Gavi."
    assert [(s.value, s.unit) for s in extract_statistics([text], "fr", None)] == [
        (7_800_000, "currency:USD"), (5_000_000, "currency:USD")]
    text = "La UE destina 13 millones de euros y ayuda a 2 millones de personas."
    assert [(s.value, s.unit) for s in extract_statistics([text], "es", None)] == [
        (13_000_000, "currency:EUR"), (2_000_000, "count")]


def test_a_restatement_in_other_words_is_one_statistic_with_the_specific_qualifier() -> None:
    paragraphs = ["Burkina Faso: Two million displaced as blockades cut off towns",
                  "There are now over 2 million internally displaced people in the country."]
    (stat,) = extract_statistics(paragraphs, "en", None)
    assert (stat.value, stat.qualifier) == (2_000_000, "more_than")


def test_equal_figures_of_different_things_stay_two() -> None:
    paragraphs = ["The agency helped 500 families in March.",
                  "It also trained 500 teachers of the region."]
    assert len(extract_statistics(paragraphs, "en", None)) == 2


# --- what an amount of money is, when no noun follows it ------------------------------------

@pytest.mark.parametrize(
    ("language", "text", "value", "head"),
    [
        # the funding noun earlier in the sentence: "NP, for a total of $X"
        ("es", "Los programas de salud de la ONG, por un total de 12 millones de euros, "
               "empezarán en enero.", 12_000_000, "programas"),
        ("fr", "Les dons de la fondation, pour un total de 3 millions d'euros, iront aux écoles.",
         3_000_000, "dons"),
        ("en", "Farmers in the north got the biggest grant, of about $9 million, last week.",
         9_000_000, "grant"),
        ("pt", "A campanha de doações da cidade já reuniu 40 mil reais para as famílias.",
         40_000, "campanha"),
        # "le montant", "the amount" names nothing: the funding noun before it does
        ("fr", "Le budget du projet, d'un montant de 20 millions de francs suisses, couvre "
               "deux ans.", 20_000_000, "budget"),
    ],
)
def test_an_amount_of_money_is_the_funding_noun_of_its_sentence(
        language: str, text: str, value: float, head: str) -> None:
    stat = next(s for s in extract_statistics([text], language, None) if s.value == value)
    assert stat.subject and head in stat.subject.split(), stat.subject


def test_both_levels_of_a_changed_budget_are_the_budget() -> None:
    text = "L'agence a doublé son budget, qui est passé de 4 à 8 millions d'euros cette année."
    stats = extract_statistics([text], "fr", None)
    assert [(s.value, s.subject) for s in stats] == [(4_000_000, "budget"),
                                                    (8_000_000, "budget")]


def test_a_converted_amount_in_brackets_has_the_subject_of_the_amount_before() -> None:
    text = ("La ONG lanzó un llamamiento de 40 millones de francos suizos (44 millones de "
            "dólares) para la región.")
    stats = extract_statistics([text], "es", None)
    assert [(s.value, _head(s)) for s in stats] == [(40_000_000, "llamamiento"),
                                                   (44_000_000, "llamamiento")]


def test_an_amount_for_an_infinitive_is_no_purpose_phrase() -> None:
    stat = _only("La ville verse 4 millions d'euros pour soutenir les familles.", "fr")
    assert stat.subject is None
    stat = _only("El banco aporta 9 millones de dólares para mejorar el acceso al agua.", "es")
    assert stat.subject is None


def test_an_amount_far_from_any_funding_noun_keeps_no_subject() -> None:
    text = ("The budget was approved in March. Since then, the agency has spent $4 million "
            "on new roads.")
    (stat,) = extract_statistics([text], "en", None)
    assert stat.subject is None


@pytest.mark.parametrize(
    ("language", "text", "head"),
    [
        ("en", "The clinic reported a 30% increase in cholera cases.", "increase"),
        ("en", "Arrivals by sea showed a 12 per cent drop from last year.", "drop"),
        ("en", "Shelters saw a 4 percent rise over the winter.", "rise"),
        ("fr", "Les arrivées ont connu une hausse de 7 % cette année.", "hausse"),
        ("pt", "Houve uma queda de 20% nas chegadas.", "queda"),
    ],
)
def test_a_percent_change_is_the_change_noun(language: str, text: str, head: str) -> None:
    """"a 30% increase in cases" measures the increase, written after the share in English
    and before it in French, Spanish and Portuguese."""
    assert _head(_only(text, language)) == head


def test_a_percent_before_any_other_noun_still_needs_of() -> None:
    assert _only("About 30% women and girls were assisted.", "en").subject is None


# --- a figure whose noun is left out: "21 blessés, dont 5 graves" ----------------------------

@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("fr", "L'explosion a fait 30 blessés, dont 4 graves, selon la police.", "blessés graves"),
        ("es", "Se atendieron 50 heridos, de los cuales 8 graves.", "heridos graves"),
        ("fr", "On compte 30 blessés, dont 4 évacués vers Gao.", "blessés évacués"),
        ("pt", "Foram socorridos 40 feridos, dos quais 6 ficaram internados.", "feridos"),
        ("en", "The storm injured 60 people, including 9 who remain in hospital.", "people"),
        ("fr", "Dix de ces migrants ont pu regagner leur pays, et quatre obtenir un titre de "
               "séjour.", "migrants"),
        # a noun of its own stays
        ("fr", "L'attaque a fait 21 blessés, dont 5 enfants.", "enfants"),
        ("en", "The storm injured 60 people, including 9 children.", "children"),
    ],
)
def test_a_figure_after_an_ellipsis_link_counts_the_noun_before(
        language: str, text: str, subject: str) -> None:
    last = extract_statistics([text], language, None)[-1]
    assert last.subject == subject


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("es", "Se graduaron 1.250 estudiantes, de los cuales el 58 % son mujeres.", "mujeres"),
        ("pt", "Das 34 vítimas mortais, 12 eram crianças.", "crianças"),
        ("en", "Of the 1,200 people registered, 40% were women.", "women"),
        # an adjective after the copula names nothing
        ("es", "Se notificaron 41.287 casos, de los cuales 1.126 son graves.", "casos"),
        ("en", "Of the 1,200 people registered, 40% were male.", None),
    ],
)
def test_a_plural_noun_after_a_copula_names_the_bare_figure_before_it(
        language: str, text: str, subject: str | None) -> None:
    last = extract_statistics([text], language, None)[-1]
    assert (last.subject.split()[0] if last.subject else None) == subject


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("es", "El Gobierno destinó 150 millones de pesos chilenos a la operación y el 90 % de "
               "los casos fue resuelto.", "operación"),
        ("fr", "La Région consacre près de 96 millions d'euros par an aux transports scolaires.",
         "transports scolaires"),
        ("pt", "O Governo investiu R$ 12,6 milhões na compra de câmaras frias.",
         "investimento na compra de câmaras frias"),  # an investment verb names its noun
        ("en", "The council allocated $4 million for the repair of flood defences.",
         "repair of flood defences"),
        # the recipients, a name and a verb are not what the money pays for
        ("es", "El Gobierno destinó 2 millones de pesos a las personas afectadas.", None),
        ("fr", "L'État a alloué 5 millions d'euros à la Croix-Rouge.", None),
        ("pt", "A prefeitura destinou R$ 3 milhões para reforçar a rede.", None),
        ("es", "El Gobierno pagó 150 millones de pesos a la empresa.", None),
    ],
)
def test_an_allotted_amount_pays_for_the_phrase_after_its_link(
        language: str, text: str, subject: str | None) -> None:
    money = next(s for s in extract_statistics([text], language, None)
                 if s.unit.startswith("currency:"))
    assert money.subject == subject


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("fr", "Le plan de réponse n'est financé qu'à 18 %.", "plan de réponse"),
        ("fr", "Le plan de réponse, qui demande 371 millions de dollars, n'est financé qu'à "
               "hauteur de 23 %.", "plan de réponse"),
        ("fr", "L'ONU a lancé un appel de 2,7 milliards de dollars, mais cet appel n'est "
               "financé qu'à hauteur de 3 %.", "appel"),
        ("pt", "As obras, cofinanciadas em 60% pelo PRR, começam em março.", "obras"),
        ("es", "El proyecto está financiado en un 40 % por la Unión Europea.", "proyecto"),
    ],
)
def test_a_funded_share_measures_the_phrase_opening_its_clause(
        language: str, text: str, subject: str) -> None:
    share = next(s for s in extract_statistics([text], language, None) if s.unit == "percent")
    assert share.subject == subject


def test_an_age_names_no_noun_for_the_figure_after_it_to_leave_out() -> None:
    text = ("Do total, 19 transplantes foram feitos em doentes com menos de 18 anos e 7 em "
            "regime de urgência.")
    seven = next(s for s in extract_statistics([text], "pt", None) if s.value == 7)
    assert seven.subject == "transplantes"
    text = ("Parmi les personnes formées, 41 % avaient plus de 45 ans et 2 150 étaient "
            "inscrites comme demandeuses d'emploi.")
    count = next(s for s in extract_statistics([text], "fr", None) if s.value == 2150)
    assert count.subject != "ans"


def test_a_count_after_and_with_no_noun_counts_the_noun_before_but_a_share_does_not() -> None:
    text = "La police a interpellé 320 suspects à la frontière, et 45 ont été relâchés."
    stats = extract_statistics([text], "fr", None)
    assert [(s.subject, s.text) for s in stats] == [("suspects", "320 suspects"),
                                                    ("suspects", "45")]
    text = "Parmi 320 suspects arrêtés, 45 % étaient mineurs et 30 % étaient étrangers."
    assert [s.subject for s in extract_statistics([text], "fr", None)][1:] == [None, None]


@pytest.mark.parametrize(
    ("language", "text", "value", "subject"),
    [
        ("fr", "Décisions d'asile positives : 48", 48, "Décisions d'asile positives"),
        ("en", "- People reached: about 12,500", 12_500, "People reached"),
        ("es", "Personas heridas: 85", 85, "Personas heridas"),
        ("pt", "• Doações recebidas: R$ 40 mil", 40_000, "Doações recebidas"),
    ],
)
def test_a_figure_after_a_label_and_colon_counts_the_label(
        language: str, text: str, value: float, subject: str) -> None:
    """Key-figure lists and tables: "Label : number" at the start of a line."""
    stat = next(s for s in extract_statistics([text], language, None) if s.value == value)
    assert stat.subject == subject


@pytest.mark.parametrize(
    ("language", "paragraphs", "subjects"),
    [
        ("en", ["Injuries by district:", "- Northfield: 42", "- Lower Vale: 17"],
         ["Injuries in Northfield", "Injuries in Lower Vale"]),
        ("fr", ["Répartition par commune (familles relogées) :\n- Bellerive : 310\n"
                "- Mont-Clair : 95"],
         ["familles relogées à Bellerive", "familles relogées à Mont-Clair"]),
        ("es", ["Desglose por región de los albergues:", "• Río Claro: 12"],
         ["albergues en Río Claro"]),
        ("pt", ["Distribuição por estado das escolas fechadas:\n- Serra Alta: 64"],
         ["escolas fechadas em Serra Alta"]),
    ],
)
def test_a_place_listed_under_a_breakdown_heading_counts_the_heading_noun(
        language: str, paragraphs: list[str], subjects: list[str]) -> None:
    """"Deaths by province:⏎• Punjab: 129": the place's count is the heading's noun there."""
    assert [s.subject for s in extract_statistics(paragraphs, language, None)] == subjects


def test_a_label_under_a_heading_without_a_breakdown_stays_the_label() -> None:
    text = "Key figures:\n- Tents: 120\n- Hygiene Kits: 45"
    assert [s.subject for s in extract_statistics([text], "en", None)] == [
        "Tents", "Hygiene Kits"]


@pytest.mark.parametrize(
    ("language", "text", "value", "subject"),
    [
        ("es", "Se entrevistó a 1.200 familias campesinas; el 35 % vivía sin agua potable.",
         35, "familias campesinas"),
        ("pt", "O inquérito ouviu 800 estudantes. Destes, 64% trabalhavam à noite.", 64,
         "estudantes"),
        ("pt", "Foram ouvidos 500 agricultores, e 40% já perderam colheitas.", 40,
         "agricultores"),
        ("fr", "L'enquête a interrogé 900 commerçants ; 30 % déclaraient des pertes.", 30,
         "commerçants"),
    ],
)
def test_a_bare_share_before_its_verb_counts_the_group_named_before(
        language: str, text: str, value: float, subject: str) -> None:
    """"… 1.200 familias; el 35 % vivía …": the share is of the group a figure before named."""
    stat = next(s for s in extract_statistics([text], language, None) if s.value == value)
    assert stat.subject == subject


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "L'appel de 12 millions d'euros pour 300 écoles n'est qu'à 22 % seulement."),
        ("en", "Of 400 shelters, the plan is only 19 per cent funded."),
        ("es", "De 300 hogares, el 20 % son familias monoparentales."),
    ],
)
def test_a_share_before_an_adverb_participle_or_copula_takes_no_group(
        language: str, text: str) -> None:
    stat = next(s for s in extract_statistics([text], language, None) if s.unit == "percent")
    assert stat.subject != "shelters" and stat.subject != "écoles" \
        and stat.subject != "hogares"


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("en", "The coast saw 62% of the national total.", "share of the national total"),
        ("fr", "La capitale concentre 55 % de la hausse.", "part de la hausse"),
        ("es", "El norte aportó el 40 % del total.", "parte del total"),
        ("pt", "A região respondeu por 35% do aumento.", "parte do aumento"),
        ("en", "Some 62% of the households were reached.", "households"),
    ],
)
def test_a_share_of_a_total_or_a_change_is_named_a_share(
        language: str, text: str, subject: str) -> None:
    """"45 percent of the global total": a whole, so the share is named ("share of …")."""
    assert _only(text, language).subject == subject


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("fr", "La campagne a atteint un taux de couverture provisoire de 83 %.",
         "taux de couverture provisoire"),
        ("pt", "As famílias pagam uma taxa de ligação subsidiada de 150 meticais.",
         "taxa de ligação subsidiada"),
        ("es", "Se registró una tasa de abandono escolar de 12 %.", "tasa de abandono escolar"),
    ],
)
def test_a_noun_with_a_complement_and_an_adjective_before_de_and_its_figure(
        language: str, text: str, subject: str) -> None:
    """"un taux de couverture provisoire de 83 %": head, complement, adjective, then "de"."""
    assert _only(text, language).subject == subject


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("pt", "A taxa de abandono caiu de 9,1% em 2021 para 6,2% em 2024.", "taxa"),
        ("es", "La tasa de abandono bajó del 9,1 % en 2021 al 6,2 % en 2024.", "tasa"),
        ("fr", "Le taux d'abandon est passé de 9,1 % en 2021 à 6,2 % en 2024.", "taux"),
    ],
)
def test_the_second_level_of_a_dated_change_counts_the_first_s_noun(
        language: str, text: str, subject: str) -> None:
    """"caiu de 5,9% em 2022 para 4,4% em 2024": a year between the levels still joins them."""
    assert [_head(s) for s in extract_statistics([text], language, None)] == [subject, subject]


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("es", "Con el nuevo plan se pasó de 5.120 a 7.300 beneficiarios.", "beneficiarios"),
        ("fr", "Avec le nouveau plan, on est passé de 5 120 à 7 300 bénéficiaires.",
         "bénéficiaires"),
    ],
)
def test_a_change_s_first_level_takes_the_noun_after_the_second(
        language: str, text: str, subject: str) -> None:
    """"se pasó de 5.120 a 7.300 beneficiarios": not "nuevo", read before the change."""
    assert [s.subject for s in extract_statistics([text], language, None)] == [subject, subject]


def test_a_sentence_before_a_colon_is_no_label() -> None:
    text = "Le ministre a déclaré hier devant la presse : 45 ont été tués."
    assert all(s.subject is None for s in extract_statistics([text], "fr", None))


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("en", "In 2020, a total of $40 million was allocated to rural clinics.",
         "allocated to rural clinics"),
        ("fr", "Au total, 3 millions d'euros ont été versés aux familles.", "versés"),
        ("es", "En total, 5 millones de euros fueron destinados a la reconstrucción.",
         "destinados a la reconstrucción"),
        ("pt", "Ao todo, 2 milhões de reais foram destinados à saúde.", "destinados à saúde"),
    ],
)
def test_an_amount_of_money_in_a_passive_clause_is_what_was_done_with_it(
        language: str, text: str, subject: str) -> None:
    assert _only(text, language).subject == subject


def test_an_amount_of_money_before_an_active_verb_keeps_no_subject() -> None:
    assert _only("In 2020, $40 million helped rural clinics.", "en").subject is None


@pytest.mark.parametrize(
    ("language", "text", "head"),
    [
        ("fr", "Les pluies ont fait baisser la production de riz, qui est passée de 40 % en 2020 "
               "à 25 % en 2023.", "production"),
        ("en", "Drought cut the yield of maize, which fell from 40% to 25% in a year.", "yield"),
        ("es", "La crisis redujo la cobertura escolar, que pasó del 90 % al 70 %.", "cobertura"),
        ("pt", "A seca reduziu a cobertura vacinal, que caiu de 80% para 60% em dois anos.",
         "cobertura"),
        ("en", "The share of women rose from 20% to 35%.", "share"),
        ("en", "Overall inflation eased to 3.8 percent in May from 4.1 percent in April.",
         "Overall"),
    ],
)
def test_both_levels_of_a_change_measure_the_noun_that_changed(
        language: str, text: str, head: str) -> None:
    stats = extract_statistics([text], language, None)
    assert len(stats) == 2 and all(_head(s) == head for s in stats), stats


@pytest.mark.parametrize(
    ("language", "text", "head"),
    [
        ("en", "The appeal now seeks $50 million, up from $30 million last year.", "appeal"),
        ("fr", "Le taux de chômage atteint 12 %, contre 9 % l'an dernier.", "taux"),
        ("es", "La tasa de pobreza llega a 30 %, frente a 25 % en 2020.", "tasa"),
        ("pt", "O orçamento chega a 8 milhões de reais, contra 6 milhões em 2022.", "orçamento"),
    ],
)
def test_a_figure_compared_with_another_measures_the_same_thing(
        language: str, text: str, head: str) -> None:
    stats = extract_statistics([text], language, None)
    assert len(stats) == 2 and all(_head(s) == head for s in stats), stats


@pytest.mark.parametrize(
    ("language", "text", "head"),
    [
        ("en", "Volunteers visited 40 per cent of all households in the district.",
         "households"),
        ("fr", "Les inondations ont touché 23 % de toutes les écoles.", "écoles"),
        ("es", "La sequía afecta al 15 % de todos los cultivos.", "cultivos"),
        ("en", "Almost half the population needs food aid.", "population"),
        ("en", "Sales rose 20% the following year.", None),
    ],
)
def test_a_share_of_all_of_a_group_or_half_the_group(
        language: str, text: str, head: str | None) -> None:
    assert _head(_only(text, language)) == head


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The firm reported annual revenue of $486 million.", "annual revenue"),
        ("The firm also posted first-quarter sales of €80 million.", "first-quarter sales"),
        ("The newly displaced families need aid of $2 million.", "aid"),
    ],
)
def test_a_verb_before_an_english_noun_phrase_is_not_part_of_it(text: str, subject: str) -> None:
    """"reported annual revenue of $486 million": the phrase before "of" opens after the verb."""
    assert _only(text, "en").subject == subject


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("es", "La agencia destinará 3 millones de dólares en 2024 a programas de salud materna.",
         "programas de salud materna"),
        ("en", "The company gave $12 million to food security programmes.",
         "food security programmes"),
        ("pt", "O fundo repassou 2 milhões de reais a programas de saneamento.",
         "programas de saneamento"),
        ("en", "The company gave $12 million to local farmers.", None),
        ("en", "The company gave $12 million to support the food banks.", None),
    ],
)
def test_an_amount_given_to_a_funded_programme_is_that_programme(
        language: str, text: str, subject: str | None) -> None:
    """"$12 million to food security programmes": the link "to" names what the money is only
    when a funding noun follows (not "to local farmers")."""
    assert _only(text, language).subject == subject


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("en", "Floods cost the region $40 million a year in lost harvests.", "lost harvests"),
        ("es", "El embarazo adolescente cuesta a los países 900 millones de dólares al año en "
               "ingresos perdidos.", "ingresos perdidos"),
        ("en", "Donors fund the clinic with $3 million.", None),
    ],
)
def test_a_rate_between_an_amount_and_its_purpose_is_skipped_and_a_verb_is_no_funding_noun(
        language: str, text: str, subject: str | None) -> None:
    assert _only(text, language).subject == subject


def test_a_figure_alone_on_its_line_counts_the_label_line_above() -> None:
    """Key figures laid out as a label line, then the number: in one paragraph or two."""
    stats = extract_statistics(["Personnes déplacées\n12 000", "Familles relogées", "850",
                                "Abris distribués 4 500"], "fr", None)
    assert [(s.value, s.subject) for s in stats] == [(12_000, "Personnes déplacées"),
                                                    (850, "Familles relogées"),
                                                    (4_500, "Abris distribués")]


def test_a_label_line_gives_no_subject_to_a_small_number_or_a_sentence() -> None:
    """"Partager\\n12" stays a rejected bare number; a sentence above is no label."""
    assert extract_statistics(["Partager\n12"], "fr", None) == []
    stats = extract_statistics(["Les équipes ont travaillé sans relâche.", "850",
                                "Les équipes ont aidé 920"], "fr", None)
    assert [s.subject for s in stats] == [None, None]


# --- a bare number that is the subject of an outcome verb: "210 ont abouti à un rejet" -------

@pytest.mark.parametrize(
    ("language", "text", "subjects"),
    [
        ("fr", "Sur 900 plaintes, 120 ont abouti à une amende administrative, 35 à un "
               "avertissement et 1 à une fermeture.",
         ["plaintes", "amendes administratives", "avertissements", "fermeture"]),
        ("fr", "Sur 300 navires contrôlés, 42 ont débouché sur une saisie (dont 12 sur ordre "
               "du juge).",
         ["navires contrôlés", "saisies", "saisies"]),
        ("en", "Of the 800 complaints, 95 resulted in a formal warning and 14 in a fine.",
         ["complaints", "formal warnings", "fines"]),
        ("es", "De las 640 inspecciones, 71 resultaron en una sanción grave y 9 en un cierre.",
         ["inspecciones", "sanciones graves", "cierres"]),
        ("pt", "Das 520 denúncias, 64 resultaram em uma punição disciplinar e 8 em uma "
               "demissão.",
         ["denúncias", "punições disciplinares", "demissões"]),
    ],
)
def test_a_count_followed_by_an_outcome_verb_counts_its_object_in_the_plural(
        language: str, text: str, subjects: list[str]) -> None:
    """The object of "resulted in" is what the number counts, in the plural; a figure
    coordinated after it with the link alone continues it, and "dont 12 sur …" (a link
    of another verb) takes the noun before it."""
    assert [s.subject for s in extract_statistics([text], language, None)] == subjects


def test_a_count_with_its_own_noun_before_an_outcome_verb_keeps_it() -> None:
    text = "Cette année, 1200 dossiers ont abouti à une décision favorable."
    assert _only(text, "fr").subject == "dossiers"


def test_a_link_alone_with_no_outcome_verb_before_is_no_outcome() -> None:
    text = "Le réseau compte 2400 lits, 1300 à l'hôpital central et 1100 dans les cliniques."
    assert [s.subject for s in extract_statistics([text], "fr", None)] == ["lits", None, None]


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("fr", "L'équipe a reçu 2400 dossiers, dont plus d'un tiers ont été classés sans suite.",
         "dossiers"),
        ("en", "The hotline took 3,000 calls, of which two thirds were answered within a minute.",
         "calls"),
        ("es", "La línea recibió 3.000 llamadas, de las cuales la mitad fueron atendidas de "
               "noche.", "llamadas"),
        ("pt", "A linha recebeu 3.000 chamadas, das quais um terço foram atendidas à noite.",
         "chamadas"),
        # after "et"/"and" too, as a count
        ("fr", "L'équipe a reçu 2400 dossiers, et un tiers ont été classés sans suite.",
         "dossiers"),
        ("en", "Guards stopped 900 trucks at the border, and about half were turned back.",
         "trucks"),
        # a percent keeps its noun implicit
        ("fr", "L'équipe a reçu 2400 dossiers, dont 30 % ont été classés sans suite.", None),
        ("en", "Guards stopped 900 trucks at the border, and 40% were turned back.", None),
    ],
)
def test_a_fraction_after_an_ellipsis_link_is_a_part_of_the_noun_before(
        language: str, text: str, subject: str | None) -> None:
    last = extract_statistics([text], language, None)[-1]
    assert last.unit in ("fraction", "percent")
    assert last.subject == subject


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [
        ("fr", "Près d'une famille sur cinq vit sous une tente.", "familles"),
        ("en", "One child out of four missed school.", "children"),
        ("es", "Un hogar de cada tres carece de agua potable.", "hogares"),
        ("pt", "Uma escola em cada dez fechou as portas.", "escolas"),
        # the noun after the ratio is already plural
        ("en", "One in four children missed school.", "children"),
        ("pt", "Uma em cada dez escolas fechou as portas.", "escolas"),
    ],
)
def test_a_ratio_counts_its_noun_in_the_plural(language: str, text: str, subject: str) -> None:
    """"une famille sur cinq" is a share of families: the noun written after "une" is the
    head in the plural."""
    stat = _only(text, language)
    assert (stat.unit, stat.subject) == ("fraction", subject)


@pytest.mark.parametrize(
    ("language", "text", "subject", "span"),
    [
        ("en", "The camp received 15% fewer deliveries than last month.",
         "decrease in deliveries", "15% fewer deliveries"),
        ("en", "Volunteers served 40 per cent more meals than a year ago.",
         "increase in meals", "40 per cent more meals"),
        ("fr", "La clinique a soigné 25 % de patients de moins que l'an passé.",
         "diminution de patients", "25 % de patients de moins"),
        ("fr", "Les bénévoles ont servi 30 % plus de repas qu'en 2019.",
         "augmentation de repas", "30 % plus de repas"),
        ("es", "El hospital atendió un 40 % más pacientes que en 2020.",
         "aumento de pacientes", "40 % más pacientes"),
        ("pt", "A escola recebeu 12% menos alunos do que no ano passado.",
         "diminuição de alunos", "12% menos alunos"),
        # "de plus de 60 ans" qualifies the age, and "more than expected" names nothing
        ("fr", "Environ 25 % des patients de plus de 60 ans sont vaccinés.", "patients",
         "Environ 25 % des patients"),
    ],
)
def test_a_share_more_or_fewer_of_a_noun_is_a_change_in_it(
        language: str, text: str, subject: str, span: str) -> None:
    stat = next(s for s in extract_statistics([text], language, None) if s.unit == "percent")
    assert (stat.subject, stat.text) == (subject, span)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Prices rose 10 per cent more than expected."),
        ("en", "Children are 30 per cent more likely to die than adults."),
        ("fr", "Le loyer est 30 % plus élevé que la moyenne."),
        ("es", "El arroz es un 20 % más caro que en 2020."),
    ],
)
def test_a_share_more_than_with_no_noun_or_before_an_adjective_has_no_subject(
        language: str, text: str) -> None:
    assert _only(text, language).subject is None


@pytest.mark.parametrize(
    ("language", "text", "subjects"),
    [
        ("en", "The fund made its yearly grants. Schools in the north will receive $3 million. "
               "Meanwhile, programmes in the south will receive $2 million, and clinics "
               "$1 million.", ["grant", "grant", "grant"]),
        ("en", "Clinics in the east will receive grants of $4 million each.", ["grant"]),
        ("en", "Donors agreed on new loans. Farmers will receive loans of $5 million.",
         ["loan"]),
        ("fr", "Le fonds a voté ses subventions. Les écoles du nord recevront 3 millions "
               "d'euros ; les programmes du sud recevront 2 millions d'euros.",
         ["subvention", "subvention"]),
        ("es", "El comité aprobó nuevas asignaciones. Las escuelas del norte recibirán "
               "3 millones de euros.", ["asignación"]),
        ("pt", "O fundo aprovou novas doações. As escolas do norte receberão 3 milhões de "
               "reais.", ["doação"]),
        # a recipient is never what the money is, and no funding noun before leaves none
        ("en", "Schools in the north will receive $3 million.", [None]),
    ],
)
def test_an_amount_received_is_the_nearest_funding_noun_of_its_paragraph_in_the_singular(
        language: str, text: str, subjects: list[str | None]) -> None:
    """"<recipient> will receive $N": the money is one of the funding nouns named before in
    the paragraph, never the recipient ("programmes in the south")."""
    money = [s for s in extract_statistics([text], language, None)
             if s.unit.startswith("currency:")]
    assert [s.subject for s in money] == subjects
def _page_figures(text: str) -> list[tuple[float, str]]:
    from pressroom.parsing import parse_text

    release = parse_text(text)[0][0]
    return [(s.value, s.unit) for s in release.statistics]


def test_mexican_amounts_and_millions_of_pesos() -> None:
    text = ("Arranca el programa de apoyo a productores de maíz\n\n"
            "Guadalajara, Jalisco, 3 de marzo de 2024.– La secretaría destinará 2,150 mdp "
            "al programa, que entregará 6 mil 500 pesos a cada uno de los 41 mil 230 "
            "productores inscritos. El 12.5 por ciento de ellos son jóvenes.\n")
    figures = _page_figures(text)
    assert (2_150_000_000, "currency:MXN") in figures  # a decimal point page: 2,150 = 2150
    assert (6_500, "currency:MXN") in figures  # one figure, not 6000 and 500 pesos
    assert (41_230, "count") in figures
    assert (6_000, "count") not in figures and (500, "currency:MXN") not in figures


def test_a_mexican_amount_opening_on_mil_is_one_thousand_and_more() -> None:
    text = ("Obras de riego en el norte\n\n"
            "Monterrey, Nuevo León, 4 de junio de 2024.– La comisión destinará mil 480 millones "
            "de pesos a obras de riego en 12 distritos.\n")
    figures = _page_figures(text)
    assert (1_480_000_000, "currency:MXN") in figures
    assert (480_000_000, "currency:MXN") not in figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une association vaudoise élargit son aide\n\n"
         "Genève, 4 mars 2024 – L’association a reçu 750 000 francs de la commune et demande "
         "Fr. 240'000.– par an pour ouvrir 25 places.\n",
         [(750_000, "currency:CHF"), (240_000, "currency:CHF"), (25, "count")]),
        ("Un fonds pour les femmes transformatrices\n\n"
         "Thiès, le 5 avril 2024 – Le fonds dispose de 3 milliards de francs CFA et accorde "
         "des prêts de 500 000 FCFA à 4 200 femmes.\n",
         [(3_000_000_000, "currency:XOF"), (500_000, "currency:XOF"), (4_200, "count")]),
        ("Un fonds pour les pêcheurs\n\n"
         "Abidjan, le 5 avril 2024 – Le fonds dispose de 7 milliards de FCFA.\n",
         [(7_000_000_000, "currency:XOF")]),
        ("Un fonds pour les femmes transformatrices\n\n"
         "Douala, le 5 avril 2024 – Le fonds dispose de 3 milliards de francs CFA pour "
         "4 200 femmes.\n",
         [(3_000_000_000, "currency:XAF"), (4_200, "count")]),
        ("Water for 310 villages in Punjab\n\n"
         "LAHORE, Pakistan, 2 May 2024 – The province released Rs. 4,600 million for "
         "the scheme.\n",
         [(4_600_000_000, "currency:PKR")]),
        ("Nova central solar em Nampula\n\n"
         "Maputo, 3 de Junho de 2024 – A central custou 1,8 mil milhões de meticais e "
         "abastece 12 mil famílias.\n",
         [(1_800_000_000, "currency:MZN"), (12_000, "count")]),
        # a conto is 1,000 escudos (Cape Verde)
        ("Programa contra a seca\n\n"
         "Praia, 3 de Junho de 2024 – O Governo aprovou 420 mil contos e um apoio de "
         "500 contos a 900 criadores.\n",
         [(420_000_000, "currency:CVE"), (500_000, "currency:CVE"), (900, "count")]),
        ("Fondo regional para la pesca artesanal\n\n"
         "Valparaíso, 4 de junio de 2024 – El gobierno regional aportó $2.300 millones y un "
         "bono de $45.000 para 900 pescadores.\n",
         [(2_300_000_000, "currency:CLP"), (45_000, "currency:CLP"), (900, "count")]),
        # signs CLDR gives only in a country's own locale (en_NG, en_GH, es_PY)
        ("Clinics for Kano\n\n"
         "KANO, Nigeria, 3 May 2024 – The state spent ₦820 million on 14 clinics.\n",
         [(820_000_000, "currency:NGN"), (14, "count")]),
        ("Schools for Tamale\n\n"
         "TAMALE, Ghana, 3 May 2024 – The district paid GH₵ 3.5 million for 20 schools.\n",
         [(3_500_000, "currency:GHS"), (20, "count")]),
    ],
)
def test_currency_words_and_abbreviations_take_the_page_country(
        text: str, expected: list[tuple[float, str]]) -> None:
    assert _page_figures(text) == expected


def test_francs_on_a_page_without_a_country_are_no_count() -> None:
    from pressroom.parsing import parse_text

    release = parse_text("Une aide pour les foyers\n\n"
                         "La commune a versé 80 000 francs aux foyers de la région.\n")[0][0]
    assert release.statistics == []
    assert [r.rule for r in release.rejected] == ["unknown_currency"]


@pytest.mark.parametrize(
    ("language", "text", "value", "subject"),
    [
        ("fr", "Le centre a refusé 72 demandes durant l’été, contre 28 l’été précédent.", 28,
         "demandes"),
        ("en", "The clinic treated 64 patients in May, compared with 38 in April.", 38,
         "patients"),
    ],
)
def test_second_term_of_a_comparison_counts_the_same_thing(language: str, text: str,
                                                         value: float, subject: str) -> None:
    stats = extract_statistics([text], language, None)
    second = next(s for s in stats if s.value == value)
    assert second.subject == subject


def test_an_elided_article_after_a_number_is_no_litre() -> None:
    stats = extract_statistics(["Il y a eu 54 arrivées, contre 31 l’année d’avant."], "fr", None)
    assert [s.value for s in stats] == [54, 31]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("es", "El informe estima que en la provincia viven 7.300 familias sin luz.", 7300),
        ("en", "The survey estimates that 41,000 households have no clean water.", 41000),
        ("fr", "L’observatoire estime que 6 800 foyers n’ont pas de chauffage.", 6800),
        ("pt", "A associação estima que 2.900 famílias vivem sem água.", 2900),
    ],
)
def test_a_figure_in_a_clause_opened_by_an_estimate_is_about(language: str, text: str,
                                                            value: float) -> None:
    stat = _only(text, language)
    assert (stat.value, stat.qualifier) == (value, "about")


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("fr", "On estimait à 4 200 le nombre de foyers privés d'eau.", 4200),
        ("fr", "La mairie évaluait à 730 le nombre de logements touchés.", 730),
        ("es", "La alcaldía estimaba en 3.100 el número de viviendas afectadas.", 3100),
        ("pt", "A prefeitura estimava em 1.250 o número de casas atingidas.", 1250),
    ],
)
def test_a_past_estimate_of_a_number_is_about(language: str, text: str, value: float) -> None:
    stat = _only(text, language)
    assert (stat.value, stat.qualifier) == (value, "about")


def test_an_estimate_qualifies_only_its_clause() -> None:
    stats = extract_statistics(["The agency estimates that 40,000 people lack water, and "
                                "300 wells are dry."], "en", None)
    assert [(s.value, s.qualifier) for s in stats] == [(40000, "about"), (300, "exact")]


def test_a_change_between_two_signed_amounts_is_two_levels() -> None:
    stats = extract_statistics(["Sales rose from $18 million to $26 million."], "en", None)
    assert [(s.value, s.value_max, s.unit) for s in stats] == [
        (18_000_000, None, "currency:USD"), (26_000_000, None, "currency:USD")]


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("es", "La empresa invertirá 275 mdd en la planta.", 275_000_000, "currency:USD"),
        ("fr", "La caisse a versé CHF 4,3 mio aux familles.", 4_300_000, "currency:CHF"),
        ("pt", "O estado recebe R$ 3 bi para a saúde.", 3_000_000_000, "currency:BRL"),
        ("pt", "O fundo soma R$ 450 mi em créditos.", 450_000_000, "currency:BRL"),
    ],
)
def test_abbreviated_scales(language: str, text: str, value: float, unit: str) -> None:
    stat = _only(text, language)
    assert (stat.value, stat.unit) == (value, unit)


@pytest.mark.parametrize(
    ("country", "language", "text", "unit"),
    [("SL", "en", "Each nurse receives Le 1,200 a month for transport.", "currency:SLE"),
     ("GT", "es", "El municipio destinó Q 4,5 millones a la red de agua potable.", "currency:GTQ"),
     ("UG", "en", "Each volunteer earns USh 250,000 a month.", "currency:UGX"),
     ("ZM", "en", "Each family gets a cash transfer of K650 for seeds.", "currency:ZMW"),
     ("KE", "en", "Arrears on bank loans reached KSh 61.3 billion.", "currency:KES")],
)
def test_a_currency_written_with_the_page_country_s_letters_is_money(
        country: str, language: str, text: str, unit: str) -> None:
    from pressroom.parsing.figures.statistics import scan_statistics
    stats = scan_statistics([text], language, country=country).statistics
    assert [s.unit for s in stats] == [unit]


def test_the_cedi_sign_typed_as_a_cent_sign_is_cedis() -> None:
    stat = _only("The district clinic cost GH¢2.5 million to build.", "en")
    assert (stat.value, stat.unit) == (2_500_000, "currency:GHS")


def test_the_same_letters_on_a_page_from_another_country_are_no_currency() -> None:
    from pressroom.parsing.figures.statistics import scan_statistics
    text = "Each nurse receives Le 1,200 a month for transport."
    assert [s.unit for s in scan_statistics([text], "en", country="FR").statistics] != [
        "currency:SLE"]


def test_shillings_abbreviated_are_the_page_country_s_shillings() -> None:
    from pressroom.parsing import parse_text
    page = ("Teachers' pay rises in Kenya\n"
            "NAIROBI, 3 March 2025 - New teachers in Kenya will earn Shs 45,000 a month from "
            "July, the commission said.\n")
    releases, _ = parse_text(page)
    assert [s.unit for s in releases[0].statistics if s.value == 45_000] == ["currency:KES"]


@pytest.mark.parametrize(
    ("language", "text", "figure", "subject"),
    [("en", "Four in five tenants polled (81%) said the repairs came on time.", "81%", "tenants"),
     ("fr", "Un tiers des dossiers (412) restent en attente.", "412", "dossiers"),
     ("en", "The bridge is paid for by the regional council ($2.1 million) and the port.",
      "$2.1 million", "regional council")],
)
def test_a_figure_alone_in_brackets_restates_the_noun_before_it(
        language: str, text: str, figure: str, subject: str) -> None:
    stats = {s.text: s.subject for s in extract_statistics([text], language, None)}
    assert stats[figure] == subject


def test_a_conversion_in_brackets_takes_no_noun_from_the_amount_before() -> None:
    text = "Le plan coûte 2 millions d'euros (3 millions de dollars)."
    stats = {s.text: s.subject for s in extract_statistics([text], "fr", None)}
    assert stats["3 millions de dollars"] is None


@pytest.mark.parametrize(
    ("language", "text", "figure", "subject"),
    [("en", "The new footbridge cost $3.2 million.", "$3.2 million", "new footbridge cost"),
     ("es", "La ocupación de camas básicas llega al 87 %.", "87 %", "ocupación de camas básicas"),
     ("es", "El director dijo que la tasa de abandono ha bajado al 6,5 %.", "6,5 %",
      "tasa de abandono"),
     ("en", "The jobless rate remained at 5.1 percent.", "5.1 percent", "jobless rate")],
)
def test_the_subject_of_a_level_verb_after_a_conjunction(
        language: str, text: str, figure: str, subject: str) -> None:
    stats = {s.text: s.subject for s in extract_statistics([text], language, None)}
    assert stats[figure] == subject


def test_a_demonstrative_that_opens_no_clause() -> None:
    text = "The average loan under that programme was €18,400 last year."
    stats = {s.value: s.subject for s in extract_statistics([text], "en", None)}
    assert stats[18_400] == "average loan"


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [("fr", "La rénovation, d'un montant de 4,6 millions d'euros, débutera en mai.",
      "rénovation"),
     ("es", "La obra, por un monto de 9,8 millones de dólares, comenzará en julio.", "obra"),
     ("en", "The ministry delivered 1,200 hygiene kits (HKs) worth $48,000 to the schools.",
      "hygiene kits")],
)
def test_an_amount_after_a_value_link_is_the_value_of_the_noun_before(
        language: str, text: str, subject: str) -> None:
    money = [s for s in extract_statistics([text], language, None)
             if s.unit.startswith("currency:")]
    assert [s.subject for s in money] == [subject]


def test_small_levels_of_a_change_verb_count_the_noun_before_it() -> None:
    text = ("Road deaths recorded in Bo District fell from 41 in 2021 to 27 in 2024, the "
            "police said.")
    stats = {s.value: (s.subject, s.period_start) for s in extract_statistics([text], "en", None)}
    assert stats[41] == ("Road deaths", 2021)
    assert stats[27] == ("Road deaths", 2024)


def test_a_change_between_durations_gives_no_bare_level() -> None:
    text = "O tempo médio de espera por uma consulta caiu de 11 para 4 semanas."
    assert 11 not in {s.value for s in extract_statistics([text], "pt", None)}


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [("en", "The council repaired 64 bridges and closed 9 others for good.", "9 others"),
     ("pt", "A tempestade destruiu 310 escolas e danificou outras 1.250.", "1.250")],
)
def test_a_figure_of_others_counts_the_noun_of_the_figure_before(
        language: str, text: str, figure: str) -> None:
    stats = extract_statistics([text], language, None)
    noun = stats[0].subject
    assert noun is not None
    assert [s.subject for s in stats if s.text == figure] == [noun]


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [("en", "Crews laid 86 water mains and replaced the old pumps.", "water mains"),
     ("es", "El hospital abrió tres quirófanos nuevos y contrató a 40 enfermeras.",
      "quirófanos nuevos")],
)
def test_a_coordination_before_a_verb_ends_the_counted_noun(
        language: str, text: str, subject: str) -> None:
    assert extract_statistics([text], language, None)[0].subject == subject


@pytest.mark.parametrize(
    ("language", "text", "subject"),
    [("en", "The charity is appealing for a further £750,000 to rebuild the shelters.", "appeal"),
     ("fr", "L'ONG lance un appel de 3 millions d'euros pour les sinistrés.", "appel")],
)
def test_an_amount_after_an_appeal_verb_is_the_appeal(
        language: str, text: str, subject: str) -> None:
    money = [s for s in extract_statistics([text], language, None)
             if s.unit.startswith("currency:")]
    assert [s.subject for s in money] == [subject]


def test_the_year_of_a_compared_figure_is_not_the_first_figure_s() -> None:
    text = "Some 64% of pupils now finish primary school, up from 41% in 2019."
    periods = {s.value: s.period_start for s in extract_statistics([text], "en", None)}
    assert periods == {64: None, 41: 2019}


def test_a_figure_restated_after_soit_keeps_the_noun() -> None:
    text = "La ligne a transporté 1,8 million de passagers en 2024, soit environ 4 900 par jour."
    stats = {s.value: s.subject for s in extract_statistics([text], "fr", None)}
    assert stats[4900] == "passagers"


def test_over_as_the_particle_of_a_verb_is_no_qualifier() -> None:
    stats = extract_statistics(["The trust handed over $2.5 million to the clinic. "
                                "Over 300 patients were seen."], "en", None)
    assert [(s.value, s.qualifier) for s in stats] == [(2_500_000, "exact"), (300, "more_than")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The rate fell by 2.5 percentage points last year."),
        ("es", "Las presas están 2.5 puntos porcentuales debajo del promedio."),
        ("fr", "Le taux a baissé de 2,5 points de pourcentage en un an."),
        ("pt", "A taxa caiu 2,5 pontos percentuais num ano."),
    ],
)
def test_percentage_points_are_a_share_not_a_count(language: str, text: str) -> None:
    stats = extract_statistics([text], language, None)
    assert [(s.value, s.unit) for s in stats] == [(2.5, "percent")]


def test_a_shared_currency_word_takes_the_currency_of_a_country_the_text_names() -> None:
    text = ("Diáspora guineense enviou remessas recorde\n\n"
            "Lisboa, 9 de maio de 2025 – A diáspora da Guiné-Bissau enviou no ano passado 41 "
            "mil milhões de francos CFA ao país.\n")
    assert (41_000_000_000, "currency:XOF") in _page_figures(text)


def test_a_figure_compared_with_one_a_long_clause_before_counts_its_noun() -> None:
    text = ("Depuis le 1er janvier 2025, 214 cas de rougeole ont été déclarés à l’Agence "
            "régionale de santé (ARS) Occitanie, contre 37 sur l’ensemble de l’année 2024.")
    stats = extract_statistics([text], "fr", None)
    assert [(s.value, s.subject) for s in stats] == [(214, "cas de rougeole"),
                                                     (37, "cas de rougeole")]


@pytest.mark.parametrize(
    ("language", "text", "value", "subject"),
    [
        ("fr", "Parmi les malades, 41 ont dû être hospitalisés.", 41, "malades"),
        ("en", "Among the victims, 12 were children.", 12, "victims"),
        ("es", "De ellas, 63 se encuentran por debajo del nivel.", 63, None),
    ],
)
def test_a_figure_after_a_sentence_s_opening_group_counts_a_part_of_it(
        language: str, text: str, value: float, subject: str | None) -> None:
    stats = extract_statistics([text], language, None)
    assert [(s.value, s.subject) for s in stats] == [(value, subject)]


@pytest.mark.parametrize(
    ("language", "text", "periods"),
    [
        # "que" opening a reported clause is no comparison: the year is the figures'
        ("es", "El instituto informa que durante marzo de 2025 atendió a 2.410 personas en "
               "19 albergues.", [(2410, 2025, 2025), (19, 2025, 2025)]),
        ("pt", "O instituto informa que durante março de 2025 atendeu 2.410 pessoas.",
         [(2410, 2025, 2025)]),
        ("fr", "L'office indique que durant mars 2025 il a accueilli 2 410 personnes.",
         [(2410, 2025, 2025)]),
        # after a comparative ("la mitad que en", "plus qu'en") it stays the year compared with
        ("es", "Se registraron 480 robos, casi la mitad que en 2022.",
         [(480, None, None), (0.5, None, None)]),
        ("fr", "On compte 2 480 cas, plus qu'en 2022.", [(2480, None, None)]),
        # "en lo que va de 2025", "Para 2025", "para 2025": the year the figure covers
        ("es", "La epidemia suma en lo que va de 2025 más de 12.000 casos.",
         [(12000, 2025, 2025)]),
        ("es", "Para 2025, la agencia requiere 14,2 millones de dólares.",
         [(14_200_000, 2025, 2025)]),
        ("pt", "Para 2025, a agência precisa de 14,2 milhões de dólares.",
         [(14_200_000, 2025, 2025)]),
        # a year in a relative clause after the figure is the clause's figures'
        ("es", "La OPS donó 3,1 millones de dólares al ministerio, que en lo que va de 2025 "
               "registra 5.200 casos.", [(3_100_000, None, None), (5200, 2025, 2025)]),
        ("en", "The agency gave US$3.1 million to the ministry, which in 2025 recorded 5,200 "
               "cases.", [(3_100_000, None, None), (5200, 2025, 2025)]),
    ],
)
def test_the_years_of_a_clause_reach_its_figures(
        language: str, text: str, periods: list[tuple]) -> None:
    stats = extract_statistics([text], language, None)
    assert [(s.value, s.period_start, s.period_end) for s in stats] == periods


@pytest.mark.parametrize(
    ("language", "text", "periods"),
    [
        ("pt", "A agência precisa de 5,2 milhões de dólares para manter a ajuda até junho de "
               "2026.", [(5_200_000, None, 2026)]),
        ("en", "The charity is seeking $12 million through December 2025.",
         [(12_000_000, None, 2025)]),
        ("fr", "L'agence demande 4 millions de dollars jusqu'en 2026.", [(4_000_000, None, 2026)]),
        ("es", "La agencia necesita 3,5 millones de dólares hasta finales de 2026.",
         [(3_500_000, None, 2026)]),
        # it bounds the figure before it, not those of the clauses after it
        ("pt", "O porto prevê investir R$ 640 milhões até 2027 em obras que devem gerar cerca "
               "de 1.800 empregos.", [(640_000_000, None, 2027), (1800, None, None)]),
        # written first, it bounds the first figure after it
        ("pt", "Para manter a ajuda até março de 2026, a agência precisa de 41 milhões de "
               "dólares, mas tem apenas 9 milhões.",
         [(41_000_000, None, 2026), (9_000_000, None, None)]),
        # a full date after "hasta el" is a count as of it
        ("es", "Se registraron 5.400 casos hasta el 12 de marzo de 2023.", [(5400, 2023, 2023)]),
    ],
)
def test_a_month_or_year_a_need_runs_until_ends_its_period(
        language: str, text: str, periods: list[tuple]) -> None:
    stats = extract_statistics([text], language, None)
    assert [(s.value, s.period_start, s.period_end) for s in stats] == periods


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "One school in five has no running water, the survey found.", 0.2),
        ("en", "Today one health district in four reports more cases.", 0.25),
        ("fr", "Près d'une mère-adolescente sur cinq vit en zone rurale.", 0.2),
        ("fr", "Un enfant réfugié sur trois n'est pas scolarisé.", 0.3333),
    ],
)
def test_a_share_with_its_noun_between_the_numbers_is_a_fraction(
        language: str, text: str, value: float) -> None:
    stats = extract_statistics([text], language, None)
    assert [(s.value, s.unit) for s in stats] == [(value, "fraction")]


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("fr", "Le plan dispose de 30 millions de dollars, soit moins de la moitié des 70 "
               "millions nécessaires.", 70_000_000, "currency:USD"),
        ("es", "El plan cuenta con 20 millones de euros, frente a los 75 millones necesarios.",
         75_000_000, "currency:EUR"),
        ("pt", "O fundo tem 12 milhões de dólares dos 40 milhões necessários.", 40_000_000,
         "currency:USD"),
    ],
)
def test_a_bare_amount_needed_after_money_is_in_its_currency(
        language: str, text: str, value: int, unit: str) -> None:
    stats = extract_statistics([text], language, None)
    assert (value, unit) in [(s.value, s.unit) for s in stats]


def test_a_count_in_a_number_of_places_is_no_share() -> None:
    stats = extract_statistics(["The agency works with 14 partner organizations in 20 districts."],
                               "en", None)
    assert "fraction" not in [s.unit for s in stats]
