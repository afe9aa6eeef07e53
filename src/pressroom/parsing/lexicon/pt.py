"""Portuguese (Brazil and Portugal)."""

from pressroom.parsing.lexicon.base import Lexicon, phrases, qualifier, trap, unit, words

EXAMPLES = (
    qualifier("more_than", ("Mais de 470 mil venezuelanos vivem no Brasil.",
                            "Mais de um milhão de pessoas foram afetadas."),
              ("A OIM reuniu mais 23 pessoas com as suas famílias.",)),
    qualifier("about", ("Cerca de 800 crianças estão em abrigos.",
                        "Quase 48 mil pessoas vivem ali.",
                        "Estima-se que 200 famílias tenham perdido tudo.",
                        "Perto de 3 mil migrantes chegaram à fronteira.")),
    qualifier("less_than", ("Menos de 10% dos pedidos foram aceitos.",)),
    qualifier("up_to", ("O abrigo receberá até 400 pessoas.",)),
    qualifier("at_least", ("Pelo menos 600 mil pessoas foram afetadas.",
                           "Ao menos 1.500 crianças estão desacompanhadas.")),
    qualifier("range", ("Entre 150 e 180 migrantes dormem na rua.",),
                       ("Ela viu 150 e 180 migrantes.",)),
    unit("percent", ("Cerca de 35 por cento das famílias não têm água.",)),
    unit("currency:USD", ("A OIM pede 4,5 milhões de dólares.",)),
    unit("count/day", ("Cerca de 500 venezuelanos cruzam a fronteira por dia.",)),
    unit("count/year", ("Mais de 2 mil pessoas são reassentadas por ano.",)),
    unit("fraction", ("Um em cada cinco migrantes é criança.",
                      "Dois terços das vítimas são mulheres.",
                      "A metade dos abrigados pretende seguir viagem.")),
    trap("year", ("O programa começou em 2014 em Roraima.",)),
    trap("age", ("As vítimas tinham 15 anos de idade.",)),
    trap("duration", ("Ele passou 36 meses na prisão.", "O posto fica aberto 24 horas.")),
    trap("physical_measure", ("O posto fica a 340 quilômetros da capital.",)),
    trap("date", ("A reunião será em 31 de julho em Salvador.",
                  "O encontro aconteceu de 17 a 19 de maio.")),
    trap("document_number", ("A Lei 13.445 protege os migrantes.",)),
    trap("geo_or_org_count", ("A OIM trabalha em 171 países.",), ("Chegaram 171 migrantes.",)),
    trap("multiplier", ("As chegadas foram três vezes maiores.",)),
    trap("personal_detail", ("Ela é mãe de quatro filhos.",)),
    trap("ordinal", ("A terceira reunião aconteceu em Manaus.",)),
)

LEXICON = Lexicon(
    code="pt",
    lingua="PORTUGUESE",
    scales={"mil": 1e3, "milhão": 1e6, "milhões": 1e6, "milhao": 1e6, "milhoes": 1e6,
            "bilhão": 1e9, "bilhões": 1e9, "bilião": 1e12, "biliões": 1e12},
    numerators={"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5},
    denominators={"terço": 3, "terços": 3, "quarto": 4, "quartos": 4, "quinto": 5,
                  "quintos": 5, "décimo": 10, "décimos": 10, "terça parte": 3,
                  "quarta parte": 4, "quinta parte": 5, "décima parte": 10},
    denominators_needing_of=words("quarto quartos quinto quintos décimo décimos"),
    numerators_needing_of=frozenset(),
    halves=phrases("a metade | metade"),
    half_scales=phrases("meio"),
    months_capitalised=False,
    ordinal_words=words("primeiro primeira segundo segunda último última"),
    ordinal_suffixes=phrases("º | ª | o | a | .º | .ª"),
    vague_amounts=words("milhares centenas milhões dezenas bilhões"),
    number_homographs=frozenset(),
    qualifiers_before={
        "more_than": phrases("mais de | mais do que | acima de | superior a | superior ao | "
                             "além de"),
        "about": phrases("cerca de | aproximadamente | quase | perto de | estima-se que | "
                         "em torno de | por volta de | estimado em | estimada em | "
                         "estimados em | estimadas em | praticamente"),
        "less_than": phrases("menos de | abaixo de | inferior a | inferior ao"),
        "up_to": phrases("até"),
        "at_least": phrases("pelo menos | ao menos | no mínimo | não menos de"),
    },
    qualifiers_after={"about": phrases("aproximadamente | mais ou menos"),
                      "at_least": phrases("ou mais | e mais")},
    range_openers=phrases("entre"),
    range_to_links=phrases("a | até"),
    ratio_links=phrases("em cada | de cada"),
    ratio_links_adjacent=(),
    percent_words=phrases("por cento"),
    currency_names={"dólares": "USD", "dólar": "USD", "reais": "BRL"},
    rates_per_day=phrases("por dia | ao dia | a cada dia | todos os dias | diariamente | "
                          "diários | diárias"),
    rates_per_year=phrases("por ano | ao ano | a cada ano | todos os anos | anualmente | "
                           "anuais"),
    rate_adverbs=phrases("diariamente | anualmente"),
    not_a_rate_after=(),
    time_units=phrases("ano | anos | mês | meses | semana | semanas | dia | dias | hora | horas | "
                       "minuto | minutos | segundo | segundos | década | décadas | século | "
                       "séculos | trimestre | trimestres | semestre | semestres"),
    measure_units=phrases("quilômetro | quilômetros | quilómetro | quilómetros | metro | metros | "
                          "quilo | quilos | quilograma | quilogramas | grama | gramas | tonelada | "
                          "toneladas | litro | litros | hectare | hectares | pés | polegadas | "
                          "graus"),
    document_words=words(
        "lei leis decreto decretos resolução resoluções artigo artigos capítulo seção secção "
        "parágrafo página convenção regulamento diretiva protocolo anexo quadro gráfico versão "
        "edição fase objetivo meta ods número relatório"),
    number_signs=words("nº no n.º #"),
    year_cues=words("em desde ano até durante"),
    age_words=words("idade idades"),
    age_after=phrases("anos de idade | ano de idade"),
    age_groups=words("crianças menores jovens meninas meninos adolescentes pessoas mulheres "
                     "homens"),
    age_bounds=words("menos mais menores maiores"),
    geo_org_words=words(
        "país países região regiões província províncias departamento departamentos estado "
        "estados cidade cidades município municípios distrito distritos localidade localidades "
        "aldeia aldeias território territórios ilha ilhas continente continentes empresa "
        "empresas companhia companhias organização organizações ong ongs agência agências "
        "instituição instituições ministério ministérios governo governos escritórios nações "
        "parceiros órgãos"),
    back_reference_determiners=words("os as estes estas esses essas seus suas nossos nossas"),
    kin_words=words("mãe pai avó avô viúva viúvo"),
    multiplier_words=words("vezes"),
    period_nouns=phrases("ano | mês | século | década | dia | semana"),
    of_them=phrases("deles | delas | dentre eles | dentre elas"),
    listing_words=words("exibindo mostrando resultados"),
    partitive_after=phrases("dos | das | dentre"),
    partitives=words("de do da dos das"),
    articles=words("o a os as"),
    complement_determiners=words("o a os as estes estas esses essas este esta seus suas seu "
                                 "sua"),
    coordinations=words("e"),
    stopwords=words(
        "que quem qual quais cujo onde quando é são era eram foi foram será serão seria seriam "
        "tem têm tinha tinham terá está estão estava estavam esteve se não em no na nos nas "
        "num numa por para com sem sobre entre desde até durante após segundo contra como mas "
        "ou porque já também ainda muito mais menos eles elas ele ela o a os as lhe lhes um uma "
        "uns umas cada quase cerca disse disseram diz dizem fez fizeram pode podem ao aos à às "
        "pelo pela pelos pelas este esta estes estas isso isto deles delas"),
    function_words=words("o a os as um uma de do da dos das e ou em no na nos nas por para "
                         "com sobre ao aos"),
    phrase_openers=words("de do da dos das o a os as um uma ao aos em no na e ou com por "
                         "para pelo pela seu sua"),
    verb_endings=phrases("mente | aram | eram | iram | avam | arão | erão | irão | ou"),
    modifier_chains=False,
    plural_verb_endings=phrases("am | em"),
    not_verbs=frozenset(),
    participle_endings=phrases("ado | ada | ados | adas | ido | ida | idos | idas"),
    disjunctions=words("ou"),
    head_first=True,
    period_points=phrases("em | durante | ao longo de | final de | início de | meados de | "
                          "semestre | trimestre | metade | o ano | ano"),
    period_since=phrases("desde"),
    period_range_openers=phrases("entre | de | desde"),
    period_year_words=phrases("o ano"),
    comparison_words=words("que"),
    phone_labels=phrases("tel | telefone"),
    mobile_labels=phrases("celular | cel"),
    fax_labels=phrases("fax"),
    call_words=phrases("ligue | ligar | disque | linha | número"),
    call_fillers=phrases("gratuita | gratuito | o | a | ao | de"),
    extension_labels=phrases("ramal"),
    examples=EXAMPLES,
)
