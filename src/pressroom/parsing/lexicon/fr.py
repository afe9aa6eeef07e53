"""French."""

from pressroom.parsing.lexicon.base import Lexicon, phrases, qualifier, trap, unit, words

EXAMPLES = (
    qualifier("more_than", ("Plus de 3 900 victimes ont été identifiées.",
                            "L'OIM a aidé bien plus de 200 familles.")),
    qualifier("about", ("Près de 30 000 personnes ont perdu leur logement.",
                        "Bien qu'environ 37 % des appels aient abouti.",
                        "Quelque 500 migrants sont arrivés.")),
    qualifier("less_than", ("Moins de 10 % des demandes ont été acceptées.",)),
    qualifier("up_to", ("Le centre accueillera jusqu'à 400 personnes.",)),
    qualifier("at_least", ("Au moins 80 personnes ont été tuées.",
                           "Les familles de 5 enfants ou plus recevront une aide.")),
    qualifier("range", ("Entre 150 et 180 migrants dorment dehors.",),
                       ("Elle a vu 150 et 180 migrants.",)),
    unit("percent", ("89 pour cent des victimes sont des adultes.",)),
    unit("currency:USD", ("L'OIM demande 2,5 millions de dollars.",)),
    unit("count/day", ("Environ 500 migrants arrivent chaque jour.",)),
    unit("count/year", ("Plus de 2 000 personnes sont réinstallées par an.",)),
    unit("fraction", ("Un migrant sur trois est une femme.", "Un tiers des victimes sont mineures.",
                      "Plus d'un tier des appels ont abouti.")),
    trap("year", ("Le programme a débuté en 2014 à Lima.",)),
    trap("age", ("Les victimes étaient âgées de 13 à 24 ans.",)),
    trap("duration", ("Il a passé cinq mois en détention.",)),
    trap("physical_measure", ("Le camp se trouve à 300 km de la capitale.",)),
    trap("date", ("La réunion aura lieu le 15 juillet à Genève.",
                  "Le forum se tiendra du 3 au 7 mars.")),
    trap("document_number", ("La Loi 985 protège les victimes de traite.",)),
    trap("geo_or_org_count", ("L'OIM compte 171 pays membres.", "25 entreprises ont signé.",
                              "Plus de 500 autres institutions publient ses articles."),
         ("25 employés ont signé l'accord.",)),
    trap("multiplier", ("Les arrivées ont été trois fois plus nombreuses.",)),
    trap("personal_detail", ("Elle est mère de quatre enfants.",)),
    trap("word_not_number", ("Il a inauguré un bâtiment neuf pour les migrants.",
                             "Le prix du kilo de mil a doublé.")),
    trap("zero", ("Le taux est passé à 0 % cette année.",)),
    trap("list_announcement", ("Le plan repose sur quatre piliers : l'eau, la santé, l'abri.",)),
)


LEXICON = Lexicon(
    code="fr",
    lingua="FRENCH",
    scales={"milliards": 1e9, "milliard": 1e9, "millions": 1e6, "million": 1e6,
            "billions": 1e12, "billion": 1e12, "mille": 1e3},  # billion: long scale
    numerators={"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5},
    denominators={"tiers": 3, "tier": 3, "quart": 4, "quarts": 4, "cinquième": 5,
                  "cinquièmes": 5, "dixième": 10, "dixièmes": 10},
    denominators_needing_of=words("cinquième cinquièmes dixième dixièmes"),
    numerators_needing_of=frozenset(),
    halves=phrases("la moitié | moitié"),
    half_scales=(),
    months_capitalised=False,
    ordinal_words=words("premier première seconde deuxième dernier dernière"),
    ordinal_suffixes=phrases("er | re | ère | ème | eme | e | è"),
    vague_amounts=words("millions milliers centaines milliards dizaines"),
    number_homographs=words("neuf neufs mil"),
    qualifiers_before={
        "more_than": phrases("plus de | plus d' | plus du | bien plus de | un peu plus de | "
                             "au-delà de | au delà de | supérieur à | supérieure à | dépassant"),
        "about": phrases("près de | près d' | près du | environ | quelque | approximativement | "
                         "à peu près | presque | pratiquement | quasiment | autour de | "
                         "aux alentours de | de l'ordre de | estimé à | estimée à | estimés à | "
                         "estimées à | estimé entre"),
        "less_than": phrases("moins de | moins d' | moins du | un peu moins de | inférieur à | "
                             "inférieure à"),
        "up_to": phrases("jusqu'à | pouvant aller jusqu'à"),
        "at_least": phrases("au moins | au minimum | pas moins de | pas moins d'"),
    },
    qualifiers_after={"about": phrases("environ"), "at_least": phrases("ou plus | et plus")},
    range_openers=phrases("entre"),
    range_to_links=phrases("à | au"),
    ratio_links=phrases("sur"),
    ratio_links_adjacent=(),
    percent_words=phrases("pour cent | pour-cent | pourcent | p. 100 | p.100 | p 100"),
    currency_names={"dollars": "USD", "dollar": "USD"},
    rates_per_day=phrases("par jour | chaque jour | quotidiennement"),
    rates_per_year=phrases("par an | par année | chaque année | annuellement"),
    rate_adverbs=phrases("quotidiennement | annuellement"),
    not_a_rate_after=(),
    time_units=phrases("an | ans | année | années | mois | semaine | semaines | jour | jours | "
                       "heure | heures | minute | minutes | seconde | secondes | décennie | "
                       "décennies | siècle | siècles | trimestre | trimestres | semestre | "
                       "semestres | d'heure"),
    measure_units=phrases("kilomètre | kilomètres | mètre | mètres | kilo | kilos | kilogramme | "
                          "kilogrammes | gramme | grammes | tonne | tonnes | litre | litres | "
                          "hectare | hectares | pied | pieds | pouces | degrés | mégawatt | "
                          "mégawatts"),
    document_words=words(
        "loi lois décret décrets décret-loi résolution résolutions article articles art "
        "chapitre section paragraphe alinéa page pages p pp convention directive règlement "
        "arrêté ordonnance circulaire code protocole annexe tableau figure graphique version vol "
        "volume tome édition phase objectif cible odd numéro n° no nº num point rapport session "
        "séance"),
    number_signs=words("n° nº no no. num # n"),
    year_cues=words("en depuis année jusqu'en avant après l'an an durant pendant"),
    age_words=words("âgé âgée âgés âgées âge âges années-âge"),
    age_after=phrases("ans et plus | ans révolus"),
    age_groups=words("enfants mineurs jeunes filles garçons adolescents adolescentes personnes "
                     "femmes hommes"),
    age_bounds=words("moins plus"),
    geo_org_words=words(
        "pays région régions province provinces département départements état états etat etats "
        "ville villes commune communes municipalité municipalités district districts localité "
        "localités village villages continent continents territoire territoires île îles "
        "entreprise entreprises société sociétés compagnie compagnies organisation "
        "organisations organisme organismes ong agence agences institution institutions "
        "ministère ministères gouvernement gouvernements bureaux nations cantons partenaires "
        "organes"),
    back_reference_determiners=words("les ces ses leurs nos vos mes"),
    kin_words=words("mère père parent parents grand-mère grand-père veuve veuf"),
    multiplier_words=words("fois"),
    period_nouns=phrases("année | an | mois | siècle | décennie | journée | semaine"),
    of_them=phrases("d'entre eux | d'entre elles"),
    listing_words=words("affichage affichés résultats"),
    partitive_after=phrases("des | d'entre | parmi"),
    partitives=words("de d' des du"),
    articles=words("la l' le les"),
    complement_determiners=words("la l' le les ces ce cette cet ses sa son leurs leur"),
    coordinations=words("et"),
    stopwords=words(
        "qui que qu' dont où ont sont est était étaient sera seront serait seraient a avait "
        "avaient aura auront fut furent été étant ayant avoir être peut peuvent pourrait "
        "pourraient doit doivent devront vont va font fait se s' ne n' y en pour par dans sur "
        "sous avec sans vers chez entre depuis pendant après avant selon contre lors à au aux "
        "comme mais ou donc car lorsque quand si il elle ils elles on nous vous leur ce cet "
        "cette ces le la les l' un une des du ainsi également aussi déjà encore toujours très "
        "plus moins tous toutes tout toute soit sont-ils parmi durant jusqu' afin grâce "
        "notamment actuellement environ près chaque eux dit disent déclaré affirmé"),
    function_words=words(
        "le la les l' un une des de d' du au aux à et ou en sur pour par avec dans ces ses "
        "leurs nos plus moins près environ quelque jusqu' que qui"),
    phrase_openers=words(
        "de du des la le les un une au aux en et ou pour par sur dans avec que qui dont ses "
        "leur"),
    verb_endings=phrases("ment | ent | ait"),
    modifier_chains=False,
    plural_verb_endings=(),
    not_verbs=words("récent différent urgent présent absent excellent violent permanent "
                    "précédent suivant"),
    participle_endings=phrases("é | ée | és | ées"),
    disjunctions=words("ou"),
    head_first=True,
    period_points=phrases("en | au cours de | durant | pendant | pour | fin | début | mi | "
                          "semestre | trimestre | moitié | l'année | année"),
    period_since=phrases("depuis"),
    period_range_openers=phrases("entre | de | du"),
    period_year_words=phrases("l'année"),
    comparison_words=words("qu' que"),
    phone_labels=phrases("tél | tel | téléphone | telephone | télé"),
    mobile_labels=phrases("portable | mobile | gsm"),
    fax_labels=phrases("fax | télécopie | télécopieur"),
    call_words=phrases("appeler | appelez | composer | composez | ligne | numéro"),
    call_fillers=phrases("gratuite | gratuit | verte | vert | directe | direct | le | la | au | "
                         "du | de"),
    extension_labels=phrases("poste"),
    examples=EXAMPLES,
)
