"""Spanish."""

from pressroom.parsing.lexicon.base import Lexicon, phrases, qualifier, trap, unit, words

EXAMPLES = (
    qualifier("more_than", ("Más de 27.000 llamadas fueron recibidas.",
                            "Más del 50% de los migrantes son mujeres.")),
    qualifier("about", ("Cerca de 2 500 personas fueron atendidas.",
                        "Casi el 40% de las familias no tiene agua.",
                        "Alrededor de 800 voluntarios trabajan en la frontera.")),
    qualifier("less_than", ("Menos de 100 familias regresaron.",)),
    qualifier("up_to", ("El albergue recibirá hasta 300 personas.",)),
    qualifier("at_least", ("Al menos 12 personas murieron.",
                           "Por lo menos 40 niños fueron atendidos.")),
    qualifier("range", ("Entre 150 y 180 migrantes duermen en la calle.",),
                       ("Vio 150 y 180 migrantes.",)),
    unit("percent", ("El 35 por ciento de los hogares recibe remesas.",)),
    unit("currency:USD", ("La OIM necesita 2,5 millones de dólares.",)),
    unit("currency:CHF", ("El presupuesto es de 24,6 millones de francos suizos.",)),
    unit("count/day", ("Unos 3.000 venezolanos cruzan la frontera al día.",)),
    unit("count/year", ("Más de 1.000 personas son reasentadas al año.",)),
    unit("fraction", ("Uno de cada cinco migrantes es un niño.",
                      "La tercera parte de las víctimas son mujeres.")),
    trap("year", ("El programa comenzó en 2014 en Lima.",)),
    trap("age", ("Las víctimas tienen 15 años de edad.",)),
    trap("duration", ("Pasó 36 meses en prisión.",)),
    trap("physical_measure", ("El campamento está a 45 kilómetros de la capital.",)),
    trap("date", ("La reunión será el 15 de julio en Bogotá.",)),
    trap("document_number", ("La Ley 1257 protege a las mujeres.",)),
    trap("geo_or_org_count", ("La OIM trabaja en 171 países.",), ("Llegaron 171 migrantes.",)),
    trap("vague_amount", ("Miles de personas huyeron.",)),
    trap("multiplier", ("Las llegadas fueron cinco veces más numerosas.",)),
    trap("personal_detail", ("Es madre de cuatro hijos.",)),
    trap("ordinal", ("El Tercer Convenio de Ginebra protege a los prisioneros.",)),
    trap("list_announcement", ("La visita trató cuatro cuestiones humanitarias acuciantes "
                               "para el país: migración, salud y agua.",)),
)

LEXICON = Lexicon(
    code="es",
    lingua="SPANISH",
    scales={"mil millones": 1e9, "millones": 1e6, "millón": 1e6, "millon": 1e6,
            "billones": 1e12, "billón": 1e12, "mil": 1e3},
    numerators={"un": 1, "uno": 1, "una": 1, "la": 1, "dos": 2, "tres": 3, "cuatro": 4,
                "cinco": 5},
    denominators={"tercio": 3, "tercios": 3, "cuarto": 4, "cuartos": 4, "quinto": 5,
                  "quintos": 5, "tercera parte": 3, "terceras partes": 3, "cuarta parte": 4,
                  "cuartas partes": 4, "quinta parte": 5, "quintas partes": 5,
                  "décima parte": 10, "décimas partes": 10},
    denominators_needing_of=words("tercio tercios cuarto cuartos quinto quintos"),
    numerators_needing_of=frozenset(),
    halves=phrases("la mitad | mitad"),
    half_scales=(),
    months_capitalised=False,
    ordinal_words=words("primer primera segunda segundo tercer tercera tercero última último"),
    ordinal_suffixes=phrases("º | ª | o | a | .º | .ª"),
    vague_amounts=words("miles cientos millones centenares millares decenas billones"),
    number_homographs=frozenset(),
    qualifiers_before={
        "more_than": phrases("más de | más del | mas de | mas del | por encima de | "
                             "por encima del | superior a | superior al"),
        "about": phrases("casi | cerca de | cerca del | unos | unas | alrededor de | "
                         "alrededor del | aproximadamente | en torno a | en torno al | "
                         "del orden de | estimado en | estimada en | estimados en | "
                         "estimadas en | prácticamente"),
        "less_than": phrases("menos de | menos del | por debajo de | por debajo del | "
                             "inferior a | inferior al"),
        "up_to": phrases("hasta"),
        "at_least": phrases("al menos | por lo menos | como mínimo | no menos de | "
                            "no menos del"),
    },
    qualifiers_after={"about": phrases("aproximadamente | más o menos"),
                      "at_least": phrases("o más | y más")},
    range_openers=phrases("entre | desde"),
    range_to_links=phrases("a | al | hasta"),
    ratio_links=phrases("de cada"),
    ratio_links_adjacent=(),
    percent_words=phrases("por ciento"),
    currency_names={"dólares": "USD", "dólar": "USD", "dolares": "USD", "dolar": "USD"},
    rates_per_day=phrases("al día | por día | cada día | diarios | diarias | diariamente"),
    rates_per_year=phrases("al año | por año | cada año | anuales | anualmente"),
    rate_adverbs=phrases("diariamente | anualmente"),
    not_a_rate_after=(),
    time_units=phrases("año | años | mes | meses | semana | semanas | día | días | hora | horas | "
                       "minuto | minutos | segundo | segundos | década | décadas | siglo | "
                       "siglos | trimestre | trimestres | semestre | semestres | de hora"),
    measure_units=phrases("kilómetro | kilómetros | metro | metros | kilo | kilos | kilogramo | "
                          "kilogramos | gramo | gramos | tonelada | toneladas | litro | litros | "
                          "hectárea | hectáreas | pies | pulgadas | grados"),
    document_words=words(
        "ley leyes decreto decretos resolución resoluciones artículo artículos capítulo sección "
        "párrafo página convenio reglamento directiva protocolo anexo cuadro gráfico versión "
        "edición fase objetivo meta ods número núm informe"),
    number_signs=words("nº no núm num #"),
    year_cues=words("desde año el del durante en"),
    age_words=words("edad edades"),
    age_after=phrases("años de edad | año de edad"),
    age_groups=words("niños niñas menores personas mujeres hombres adolescentes"),
    age_bounds=words("menos mayores menores"),
    geo_org_words=words(
        "país países región regiones provincia provincias departamento departamentos estado "
        "estados ciudad ciudades comuna comunas municipio municipios municipalidad "
        "municipalidades distrito distritos localidad localidades aldea aldeas territorio "
        "territorios isla islas continente continentes empresa empresas compañía compañías "
        "organización organizaciones agencia agencias institución instituciones ministerio "
        "ministerios gobierno gobiernos oficinas naciones cantones socios ong organismos"),
    back_reference_determiners=words("los las estos estas esos esas sus nuestros nuestras mis"),
    kin_words=words("madre padre mamá papá abuela abuelo viuda viudo"),
    multiplier_words=words("veces"),
    period_nouns=phrases("año | mes | siglo | década | día | semana"),
    of_them=phrases("de ellos | de ellas"),
    listing_words=words("mostrando resultados"),
    partitive_after=phrases("de los | de las | entre"),
    partitives=words("de del"),
    articles=words("los las el la"),
    complement_determiners=words("los las el la estos estas esos esas este esta sus su"),
    coordinations=words("y e"),
    stopwords=words(
        "quien quienes cual cuales cuyo donde cuando es son era eran fue fueron será serán "
        "sería serían ha han había habían habrá habrán está están estaba estaban estuvo se no "
        "en por para con sin sobre entre desde hasta durante tras según contra hacia a al como "
        "pero o u porque ya también aún todavía muy más menos ellos ellas lo le les un una unos "
        "unas cada casi cerca dijo dijeron dice dicen hizo hicieron tuvo tuvieron tiene tienen "
        "pudo pudieron puede pueden puso vino vinieron"),
    function_words=words("el los las del y o por para con sobre"),
    phrase_openers=words("el los las del al y o con por para una su sus se"),
    verb_endings=phrases("mente | aron | ieron | aban | ían | ía | arán | erán | ó"),
    modifier_chains=False,
    plural_verb_endings=phrases("an | en"),
    not_verbs=frozenset(),
    participle_endings=phrases("ado | ada | ados | adas | ido | ida | idos | idas"),
    disjunctions=words("o u"),
    head_first=True,
    period_points=phrases("en | durante | finales de | principios de | semestre | trimestre | "
                          "mitad | el año | año"),
    period_since=phrases("desde"),
    period_range_openers=phrases("entre | de | desde | del"),
    period_year_words=phrases("el año"),
    comparison_words=words("que"),
    phone_labels=phrases("tel | teléfono | telefono | tfno | tlf"),
    mobile_labels=phrases("móvil | movil | cel | celular"),
    fax_labels=phrases("fax"),
    call_words=phrases("llame | llamar | llamando | marcar | marcando | línea | número"),
    call_fillers=phrases("gratuita | gratuito | al | el | la | de"),
    extension_labels=phrases("anexo | ext | int"),
    examples=EXAMPLES,
)
