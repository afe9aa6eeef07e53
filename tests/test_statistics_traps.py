"""Numbers that are not statistics: none is reported, and each rejection names its rule."""

from __future__ import annotations

import pytest

from pressroom.parsing.figures.statistics import extract_statistics, scan_statistics

# (language, paragraph, the number as written, the rule that must turn it down)
TRAPS = [
    # years, dates, clock times
    ("fr", "L'OIM promeut depuis 1951 une migration humaine.", "1951", "year"),
    ("fr", "Elle soutient la réalisation du Programme 2030 dans la région.", "2030", "year"),
    ("fr", "Les victimes ont été identifiées entre 2009 et 2014.", "2009", "year"),
    ("en", "The plan was adopted in 2015 by the government.", "2015", "year"),
    ("es", "La ley fue aprobada en 2005 por el Congreso.", "2005", "year"),
    ("en", "Arrivals grew steadily over 2015, officials said.", "2015", "year"),
    ("fr", "L'accord a été signé le 15 juillet à Lima.", "15", "date"),
    ("en", "The agreement was signed on July 15 in Lima.", "15", "date"),
    ("es", "El acuerdo se firmó el 15 de julio en Lima.", "15", "date"),
    # a month's abbreviation in lower case without its dot, a year after it
    ("pt", "Luanda, 17 mar 2025 (Lusa) – Pelo menos 19 pessoas morreram.", "17", "date"),
    ("es", "MANAGUA, 8 oct 2025 (Xinhua) -- Al menos 11 personas murieron.", "8", "date"),
    ("fr", "Publié le 3 juil 2025 : 40 familles relogées.", "3", "date"),
    ("en", "Posted 12 jun 2025: 40 families were moved.", "12", "date"),
    ("fr", "La réunion a eu lieu le 15/07/2016 à Lima.", "15", "masked"),
    ("fr", "La conférence commence à 10h30 au siège.", "10", "masked"),
    ("en", "The meeting starts at 10:30 at headquarters.", "10", "masked"),
    ("en", "Polling stations open at 7.00 am across the state.", "7", "masked"),
    # ages and age bounds
    ("fr", "Les victimes étaient âgées de 13 à 24 ans.", "13", "age"),
    ("en", "Most victims were aged 13 to 24 when recruited.", "13", "age"),
    ("es", "Las víctimas tenían 15 años de edad.", "15", "age"),
    ("fr", "Les enfants de moins de 5 ans sont vaccinés.", "5", "age"),
    ("en", "Two thousand children under 18 were registered.", "18", "age"),
    ("fr", "Le score est passé à 7, selon le rapport.", "7", "bare_small_number"),
    # durations
    ("fr", "Cette étude préliminaire de cinq mois a été menée sur le terrain.", "cinq", "duration"),
    ("fr", "La loi prévoit des peines pouvant aller jusqu'à 23 ans de prison.", "23", "duration"),
    ("fr", "Depuis plus de dix ans, l'OIM fournit une aide technique.", "dix", "duration"),
    ("en", "The project will run for three years in the region.", "three", "duration"),
    ("es", "Los traficantes enfrentan 23 años de prisión.", "23", "duration"),
    ("es", "El programa dura seis meses en total.", "seis", "duration"),
    ("fr", "Les travaux dureront une quinzaine de jours.", "une quinzaine", "duration"),
    # distances and physical measures
    ("fr", "Le camp se trouve à 300 km de la frontière.", "300", "physical_measure"),
    ("en", "IOM delivered 5 tonnes of food to the camp.", "5", "physical_measure"),
    ("es", "El campamento está a 40 kilómetros de la ciudad.", "40", "physical_measure"),
    # addresses and account numbers
    ("fr", "Association Les Tilleuls · Avenue de Rumine 7 · 1005 Lausanne", "1005", "postcode"),
    ("fr", "Mairie annexe, 4 place du Marché, 69002 Lyon", "69002", "postcode"),
    ("fr", "Dons : CCP 12-345-8, Banque cantonale", "12", "code"),
    # the page's counters and identifiers
    ("en", "Visitor Counter : 2215", "2215", "page_counter"),
    ("es", "Visitas: 4310", "4310", "page_counter"),
    ("fr", "Nombre de visiteurs : 88 412", "88 412", "page_counter"),
    ("en", "Posted 12 May 2024 | Views: 3,118", "3,118", "page_counter"),
    ("en", "(Release ID: 2031877)", "2031877", "document_number"),
    # roads named by number, one or two of them
    ("fr", "Les patrouilles ont surveillé la route 175 tout l'été.", "175", "document_number"),
    ("pt", "Os acidentes ocorreram nas BRs 116 e 376, no norte.", "376", "document_number"),
    ("es", "El tránsito se desvió por la ruta 40 durante la obra.", "40", "document_number"),
    ("en", "The plant will supply 30,000 cubic metres of water a day.", "30,000",
     "physical_measure"),
    # units named as CLDR names them, in any of its plural forms, and the quintal it lacks
    ("pt", "A chuva acumulada foi de 87 milímetros em outubro.", "87", "physical_measure"),
    ("es", "La planta vende 500 galones de agua al mes.", "500", "physical_measure"),
    ("en", "The storm brought 40 millimeters of rain to the valley.", "40", "physical_measure"),
    ("fr", "La coopérative a récolté 8 000 quintaux d'orge cette saison.", "8 000",
     "physical_measure"),
    ("es", "La cosecha llegó a 2 millones de quintales de maíz.", "2 millones",
     "physical_measure"),
    # a kilometre post on a road is a place
    ("pt", "A nova escola fica na rodovia SP-55, km 87, perto da praia.", "87",
     "physical_measure"),
    # engine power is a measure, not a count
    ("fr", "Les pirogues reçoivent des moteurs de 25 chevaux.", "25", "physical_measure"),
    ("en", "Each boat has a 90 hp outboard engine.", "90", "physical_measure"),
    ("es", "Los motores de 75 caballos de fuerza llegan hoy.", "75", "physical_measure"),
    ("pt", "Os barcos levam motores de 15 cavalos.", "15", "physical_measure"),
    # ordinals
    ("fr", "C'est la deuxième campagne de l'OIM au Pérou.", "deuxième", "ordinal"),
    ("fr", "Le 1er rapport a été publié hier.", "1", "ordinal"),
    ("en", "This is the third campaign launched by IOM.", "third", "ordinal"),
    ("en", "The 21st session of the council opened.", "21", "ordinal"),
    ("es", "Es la 2ª campaña de la OIM en el país.", "2", "ordinal"),
    # an age group named by its ages
    ("en", "Turnout in the 18-24 age group was low this year.", "18-24", "age"),
    # phone numbers
    ("fr", "Ce service (01 8000 52 20 20), financé par les Pays-Bas, est gratuit.", "8000",
     "masked"),
    ("en", "Call the hotline at +57 1 594 6410 for help.", "594", "masked"),
    ("es", "Llame al teléfono 01 8000 52 20 20 para denunciar.", "8000", "masked"),
    # an emergency line named before its number
    ("pt", "Em caso de cheia, ligue para o número de emergência 115.", "115", "service_number"),
    # a line "reachable" on its number, words between
    ("fr", "Le service reste gratuit et joignable jour et nuit au 118.", "118", "service_number"),
    ("en", "The helpline is free and reachable day and night on 119.", "119", "service_number"),
    ("es", "La línea es gratuita y localizable día y noche al 106.", "106", "service_number"),
    ("pt", "A linha é gratuita e contactável dia e noite pelo 116.", "116", "service_number"),
    ("es", "Ante cualquier síntoma, marque el número de emergencias 123.", "123",
     "service_number"),
    ("fr", "Tél. : 221 7209, poste 145.", "7209", "masked"),
    # law and document numbers
    ("fr", "La loi colombienne (Loi 985) prévoit de sévères sentences.", "985",
     "document_number"),
    ("fr", "La résolution 2334 du Conseil de sécurité a été adoptée.", "2334",
     "document_number"),
    ("en", "Law 1234 protects the victims of trafficking.", "1234", "document_number"),
    ("en", "Article 12 of the Convention protects migrants.", "12", "document_number"),
    ("es", "La Ley 985 protege a las víctimas de trata.", "985", "document_number"),
    # numbers inside names
    ("fr", "La pandémie de COVID-19 a frappé les migrants.", "19", "inside_name"),
    ("en", "The G20 leaders met in Rome.", "20", "inside_name"),
    # a number word opening a place's name inside a sentence
    ("pt", "Campo Grande soma 7.420 casos, seguida de Dourados (3.982) e Três Lagoas (1.604).",
     "Três", "word_not_number"),
    ("fr", "Les crues ont touché le quartier des Quatre Chemins, où 300 familles vivent.", "Quatre",
     "word_not_number"),
    ("en", "The ferry carried 120 passengers to Seven Sisters on Monday.", "Seven",
     "word_not_number"),
    ("es", "Se registraron 45 casos en el municipio de Dos Hermanas.", "Dos", "word_not_number"),
    # four plain digits naming a service or a plan, before what it counts would be
    ("en", "Rescue 1122 teams moved more than 2,000 people by boat.", "1122", "inside_name"),
    ("en", "Health workers and Rescue 1122 teams reached 3,000 people.", "1122", "inside_name"),
    ("es", "Los equipos de Rescate 1122 brigadistas atendieron 1.500 llamadas.", "1122",
     "inside_name"),
    # a counter button joined to the line above it
    ("en", "Tags: Flood, Landslide, Monsoon 14 Comments", "14", "engagement_counter"),
    ("pt", "Tags: chuvas, Benguela 8 Comentários", "8", "engagement_counter"),
    ("fr", "Le lancement de la Campagne Blue Heart 2016, mise en œuvre par l'ONU.", "2016",
     "year"),
    # vague amounts (never even read as numbers are fine too)
    ("en", "Thousands of people fled the region.", "Thousands", "vague_amount"),
    ("en", "Hundreds of families lost their homes.", "Hundreds", "vague_amount"),
    ("es", "Miles de personas huyeron de la región.", "Miles", "vague_amount"),
    ("es", "Cientos de familias perdieron sus casas.", "Cientos", "vague_amount"),
    ("fr", "Des millions de personnes ont fui le conflit.", "millions", "vague_amount"),
    # counts of geographic units or organisations
    ("fr", "L'étude porte sur cinq des douze régions que compte le Chili.", "cinq",
     "geo_or_org_count"),
    ("fr", "L'OIM est composée de 175 Etats membres et présente dans 171 pays.", "175",
     "geo_or_org_count"),
    ("fr", "La campagne associe 25 entreprises du secteur privé.", "25", "geo_or_org_count"),
    # what each unit got or holds: a kit's contents
    ("fr", "Chaque famille a reçu un sac de riz, trois couvertures et un seau.", "trois",
     "per_unit_content"),
    ("en", "Each kit contains soap, two blankets and a jerrycan.", "two", "per_unit_content"),
    ("es", "Cada hogar recibió arroz, aceite y dos mosquiteros.", "dos", "per_unit_content"),
    ("pt", "Cada família recebeu arroz, feijão e duas esteiras.", "duas", "per_unit_content"),
    # an organisation's own local branches
    ("en", "Volunteers from 31 branches distributed food parcels.", "31", "geo_or_org_count"),
    ("fr", "Les bénévoles de 31 antennes ont distribué des colis.", "31", "geo_or_org_count"),
    ("es", "Voluntarios de 31 filiales distribuyeron alimentos.", "31", "geo_or_org_count"),
    ("pt", "Voluntários de 31 filiais distribuíram alimentos.", "31", "geo_or_org_count"),
    ("fr", "Les équipes ont visité 96 douars isolés de l'Atlas.", "96", "geo_or_org_count"),
    ("fr", "Des contrôles ont eu lieu dans 8 MRC de la région.", "8", "geo_or_org_count"),
    ("en", "The project covers three countries in the Andes.", "three", "geo_or_org_count"),
    ("en", "Twelve NGOs signed the declaration.", "Twelve", "geo_or_org_count"),
    ("es", "El programa se aplica en dos provincias del norte.", "dos", "geo_or_org_count"),
    ("es", "Participaron 30 empresas privadas.", "30", "geo_or_org_count"),
    # counts that refer back or announce a list
    ("fr", "La Communauté est composée de quatre membres : la Bolivie, la Colombie, "
     "l'Equateur et le Pérou.", "quatre", "list_announcement"),
    ("en", "The group has three members: Bolivia, Colombia and Peru.", "three",
     "list_announcement"),
    ("fr", "Les deux médecins ont signé l'accord.", "deux", "back_reference"),
    ("es", "Los dos ministros firmaron el acuerdo.", "dos", "back_reference"),
    # personal details
    ("fr", "Maria, mère de quatre enfants, a été secourue.", "quatre", "personal_detail"),
    ("en", "Maria, a mother of three, was rescued.", "three", "personal_detail"),
    ("es", "María, madre de cuatro hijos, fue rescatada.", "cuatro", "personal_detail"),
    # other non-quantities
    ("fr", "Les arrivées ont été trois fois plus nombreuses.", "trois", "multiplier"),
    ("fr", "Il a inauguré un bâtiment neuf pour les migrants.", "neuf", "word_not_number"),
    ("en", "Arrivals peaked in the second half of 2015.", "half", "part_of_period"),
    # reservoir volumes and metric tonnes are measures
    ("es", "El volumen almacenado es de 52 mil 740 hectómetros cúbicos.", "52 mil 740",
     "physical_measure"),
    ("es", "Las presas guardan 52 mil 740 hm³ de agua.", "52 mil 740", "physical_measure"),
    ("en", "Over 50,000 metric tonnes of maize will be moved.", "50,000", "physical_measure"),
    ("en", "The river could swell above 350,000 cusecs at the barrage.", "above 350,000 cusecs",
     "physical_measure"),
    ("en", "Water was released at 2,400 cumecs from the dam.", "2,400 cumecs", "physical_measure"),
    # associations, cooperatives, commercial banks, mills and refineries are organisations
    ("pt", "A ABV trabalha com 312 associações de agricultores em Bafatá.", "312",
     "geo_or_org_count"),
    ("en", "The 39 commercial banks reported higher profits.", "39", "geo_or_org_count"),
    ("en", "The council groups 42 oil mills and refineries in the south.", "42",
     "geo_or_org_count"),
    ("es", "El reparto se hará a través de las 18 regionales del ministerio.", "18",
     "geo_or_org_count"),
    ("fr", "Le réseau fédère 27 coopératives agricoles du nord.", "27", "geo_or_org_count"),
    # "without" ends the counted noun: the head is "counties"
    ("en", "The closures left 17 counties without a single provider.", "17",
     "geo_or_org_count"),
    # a small number of doses is a treatment's schedule, not doses given
    ("fr", "« Deux doses de vaccin protègent dans plus de 95 % des cas. »", "Deux", "schedule"),
    ("en", "Children need two doses of the vaccine to be protected.", "two", "schedule"),
    ("es", "El esquema prevé tres dosis de la vacuna.", "tres", "schedule"),
    ("pt", "São necessárias duas doses para uma proteção completa.", "duas", "schedule"),
    # a small number of meals a day is a diet, not meals served
    ("es", "Muchas familias del barrio ya no pueden pagar dos comidas al día.", "dos", "schedule"),
    ("en", "Most households in the valley now eat two meals a day.", "two", "schedule"),
    ("fr", "Les ménages du district ne prennent plus que deux repas par jour.", "deux",
     "schedule"),
    ("pt", "As famílias do bairro fazem apenas duas refeições por dia.", "duas", "schedule"),
    # a small number alone after "between" places things
    ("fr", "Les familles dorment sous une toile tendue entre deux poteaux.", "deux",
     "placed_between"),
    ("en", "Villagers are caught between two armed groups in the hills.", "two",
     "placed_between"),
    ("es", "La aldea quedó atrapada entre dos ríos crecidos.", "dos", "placed_between"),
    ("pt", "O acampamento fica entre dois rios na fronteira.", "dois", "placed_between"),
    # the one of a ratio, whose base is a figure of its own
    ("fr", "On compte 1 médecin pour 12 000 habitants dans la province.", "1",
     "ratio_numerator"),
    ("en", "There is 1 nurse per 3,500 residents in the district.", "1", "ratio_numerator"),
    ("es", "Hay 1 maestro por 60 alumnos en las escuelas rurales.", "1",
     "ratio_numerator"),
    ("pt", "Há 1 agente de saúde para cada 2.000 moradores no município.", "1",
     "ratio_numerator"),
    # a line to call after its name
    ("en", "Residents can call the toll-free line 993 to report hunger.", "993",
     "service_number"),
    # a reference of two numbers after a document word
    ("es", "Las tarifas se fijaron conforme a la Ordenanza 02-2024.", "02-2024",
     "document_number"),
    # the first of two durations a link joins
    ("es", "El plazo promedio de espera bajó de 412 a 236 días.", "412", "duration"),
    ("en", "Waiting times fell from 140 to 96 days this year.", "140", "duration"),
    # a modifier between the number and its time unit
    ("fr", "Il formera 5 000 enseignants au cours des trois prochaines années.", "trois",
     "duration"),
    ("en", "The camp will stay open for two more weeks.", "two", "duration"),
    ("pt", "O projeto vai durar os três próximos anos.", "três", "duration"),
    ("fr", "1. Renforcer la coopération entre les pays.", "1", "list_marker"),
    ("fr", "Le décret 2016-1234 a été publié.", "1234", "code"),
    # settings: a rank's move, a document's languages, a method's parts, a household, a gallery
    ("fr", "Le Mali se classe 40e, en hausse de cinq places, et le Niger perd 12 places.",
     "cinq", "setting"),
    ("fr", "Le Mali se classe 40e, en hausse de cinq places, et le Niger perd 12 places.",
     "12", "setting"),
    ("en", "Chile climbed four places to 31st, while Peru dropped 15 places.", "15", "setting"),
    ("es", "Chile sube cuatro puestos y Perú pierde 15 posiciones en el índice.", "15",
     "setting"),
    ("pt", "Angola sobe quatro posições e Cabo Verde perde 15 lugares no índice.", "15",
     "setting"),
    ("fr", "Le questionnaire a été traduit en 18 langues.", "18", "setting"),
    ("en", "The summary is available in 9 languages on the website.", "9", "setting"),
    ("es", "El resumen está disponible en 7 idiomas.", "7", "setting"),
    ("pt", "O resumo está disponível em 6 línguas.", "6", "setting"),
    ("fr", "L'indice est calculé à partir de sept indicateurs.", "sept", "setting"),
    ("en", "The index is based on 12 indicators of access and quality.", "12", "setting"),
    ("es", "El índice se calcula a partir de 9 indicadores.", "9", "setting"),
    ("pt", "O índice é calculado a partir de 9 indicadores.", "9", "setting"),
    ("es", "El umbral es de 9.000 euros para dos adultos y tres menores.", "tres", "setting"),
    ("fr", "Le seuil vaut pour un foyer de deux adultes et deux enfants.", "deux adultes",
     "setting"),
    ("en", "Photos: 3 to 18 of the gallery may be used with credit.", "3", "setting"),
    ("fr", "Chaque région reçoit une note de 0 à 10 selon la méthode.", "0", "setting"),
]


@pytest.mark.parametrize(("language", "text", "written", "rule"), TRAPS)
def test_trap_is_not_reported(language: str, text: str, written: str, rule: str) -> None:
    at = text.index(written)
    scan = scan_statistics([text], language, None)
    overlapping = [s.text for s in scan.statistics if s.start < at + len(written) and at < s.end]
    assert overlapping == []
    rules = {r.rule for r in scan.rejected if r.start <= at < r.end or at <= r.start < at + 1}
    assert rule in rules, [(r.text, r.rule) for r in scan.rejected]


def test_meals_served_a_range_between_and_ratio_bases_stay_figures() -> None:
    text = ("Les cuisines servent 1 800 repas par jour. Entre 3 et 5 familles arrivent chaque "
            "jour. On compte 1 médecin pour 12 000 habitants.")
    found = {(s.value, s.unit) for s in extract_statistics([text], "fr", None)}
    assert (1800, "count/day") in found
    assert (3, "count/day") in found
    assert (1, "count") not in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les criminels exploitent des milliers de personnes."),
        ("fr", "Des centaines de membres du gouvernement reçoivent une formation."),
        ("en", "Dozens of migrants were rescued."),
        ("es", "Decenas de migrantes fueron rescatados."),
        ("fr", "Quelques centaines de migrants sont arrivés."),
    ],
)
def test_vague_amounts_yield_nothing(language: str, text: str) -> None:
    assert extract_statistics([text], language, None) == []


def test_rejections_carry_a_readable_reason() -> None:
    scan = scan_statistics(["La loi prévoit jusqu'à 23 ans de prison."], "fr", None)
    (rejected,) = scan.rejected
    assert rejected.rule == "duration"
    assert "duration" in rejected.reason.lower()
    assert rejected.text == "jusqu'à 23 ans de prison"[: len(rejected.text)]


def test_a_trap_does_not_hide_the_statistic_next_to_it() -> None:
    text = "En 2006, la ligne a reçu plus de 11 000 appels; 96 cas ont été signalés."
    stats = extract_statistics([text], "fr", None)
    assert [(s.value, s.qualifier) for s in stats] == [(11000, "more_than"), (96, "exact")]


@pytest.mark.parametrize(
    ("language", "text", "total"),
    [
        ("pt", "O centro realizou 4 812 transplantes: 3 096 de rim e 1 716 de fígado.", 4812),
        ("en", "The agency trained 640 nurses: 410 in the north and 230 in the south.", 640),
    ],
)
def test_a_total_broken_down_into_numbers_after_a_colon_is_a_figure(
        language: str, text: str, total: int) -> None:
    values = [s.value for s in extract_statistics([text], language, None)]
    assert values[0] == total and len(values) == 3


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "Of the 820 clinics in the province, 214 remain closed, 57 are run by volunteers "
               "and 12 lost their power supply.", [820, 214, 57, 12]),
        ("fr", "Parmi les 640 écoles du département, 118 sont fermées, 45 servent d'abris aux "
               "sinistrés et 9 ont été détruites.", [640, 118, 45, 9]),
        ("es", "De los 930 pozos del distrito, 402 están secos, 66 tienen agua salobre y 8 "
               "fueron sellados.", [930, 402, 66, 8]),
        ("pt", "Das 510 escolas da província, 233 continuam fechadas, 48 servem de abrigo e "
               "7 ficaram destruídas.", [510, 233, 48, 7]),
    ],
)
def test_figures_listed_after_the_group_a_sentence_opens_on_count_its_members(
        language: str, text: str, values: list[int]) -> None:
    assert [s.value for s in extract_statistics([text], language, None)] == values


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Each year, 6 boats are lost off the coast.", 6),
        ("es", "Cada día llegan 8 embarcaciones al puerto.", 8),
        ("fr", "Chaque ménage a reçu un kit. Au total, 4 centres ont ouvert.", 4),
    ],
)
def test_a_distributive_opening_a_rate_or_another_sentence_keeps_the_count(
        language: str, text: str, value: int) -> None:
    assert value in [s.value for s in extract_statistics([text], language, None)]
