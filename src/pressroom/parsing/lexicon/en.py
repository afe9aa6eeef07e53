"""English."""

from pressroom.parsing.lexicon.base import Lexicon, phrases, qualifier, trap, unit, words

EXAMPLES = (
    qualifier("more_than", ("More than 1,200 migrants were evacuated.",
                            "Well over 300 families received shelter.")),
    qualifier("about", ("Nearly half a million people fled.", "Some 92 delegates attended.",
                        "Around 3,000 households were surveyed.")),
    qualifier("less_than", ("Fewer than 50 boats reached the coast.",)),
    qualifier("up_to", ("The camp can host up to 5,000 people.",)),
    qualifier("at_least", ("At least 80 people were killed.",
                           "Households of 10 people or more are eligible.")),
    qualifier("range", ("Between 150 and 180 migrants sleep outdoors.",),
                       ("She met 150 and 180 migrants.",)),
    unit("percent", ("About 40 per cent of households receive remittances.",)),
    unit("currency:USD", ("IOM needs USD 40 million.", "The appeal seeks $68.5 million.")),
    unit("count/day", ("More than 1100 Syrians cross the border every day.",),
         ("500 people arrived a day after the attack.",)),
    unit("count/year", ("Some 2,000 refugees are resettled each year.",)),
    unit("fraction", ("One in five migrants is a child.", "Two thirds of the victims are women.")),
    trap("year", ("The programme started in 2014 in Lima.",)),
    trap("age", ("The victims were aged 15.", "A 17-year-old boy was rescued.")),
    trap("duration", ("He spent two weeks in detention.",)),
    trap("physical_measure", ("The camp lies 140 kilometres from the capital.",)),
    trap("date", ("The meeting takes place on July 15 in Geneva.",)),
    trap("document_number", ("Resolution 2254 calls for a ceasefire.",)),
    trap("geo_or_org_count", ("IOM works in 171 countries.", "More than 40 NGO partners joined.",
                              "14 UN agencies and 3 other bodies attended."),
         ("40 volunteers joined.",)),
    trap("vague_amount", ("Thousands of people fled.",)),
    trap("multiplier", ("Arrivals were three times higher.",)),
    trap("personal_detail", ("She is a mother of four children.",)),
    trap("ordinal", ("The Third Geneva Convention protects prisoners.",)),
    trap("timestamp", ("Updated 1720566365 by the editor.",)),
    trap("list_announcement", ("The plan has four pillars: water, health and shelter.",)),
    trap("listing_counter", ("Displaying 26 - 50 of 63 press releases.",),
         ("Showers fell on 26 camps.",)),
)

LEXICON = Lexicon(
    code="en",
    lingua="ENGLISH",
    scales={"billions": 1e9, "billion": 1e9, "millions": 1e6, "million": 1e6,
            "trillions": 1e12, "trillion": 1e12, "thousand": 1e3, "bn": 1e9, "mn": 1e6},
    numerators={"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5},
    denominators={"third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
                  "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10},
    denominators_needing_of=frozenset(),
    numerators_needing_of=words("a"),
    halves=phrases("half"),
    half_scales=phrases("half a"),
    months_capitalised=True,
    ordinal_words=words("first second last"),
    ordinal_suffixes=phrases("nd | rd | th | st"),
    vague_amounts=words("thousands hundreds billions millions dozens"),
    number_homographs=frozenset(),
    qualifiers_before={
        "more_than": phrases("more than | over | above | in excess of | upwards of | well over | "
                             "just over | exceeding"),
        "about": phrases("nearly | almost | about | around | some | approximately | roughly | "
                         "an estimated | estimated | close to | circa | an approximate"),
        "less_than": phrases("less than | fewer than | under | below | just under"),
        "up_to": phrases("up to | as many as | as much as"),
        "at_least": phrases("at least | no fewer than | no less than | a minimum of"),
    },
    qualifiers_after={"about": phrases("approximately | or so"),
                      "at_least": phrases("or more | and more | and above")},
    range_openers=phrases("between | from"),
    range_to_links=phrases("to | through"),
    ratio_links=phrases("out of | of every"),
    ratio_links_adjacent=phrases("in"),
    percent_words=phrases("per cent | per-cent | percent"),
    currency_names={"dollars": "USD", "dollar": "USD"},
    rates_per_day=phrases("per day | a day | each day | every day | daily"),
    rates_per_year=phrases("per year | per annum | a year | each year | every year | annually"),
    rate_adverbs=phrases("daily | annually"),
    not_a_rate_after=phrases("after | before | later | earlier | ago"),
    time_units=phrases("year | years | month | months | week | weeks | day | days | hour | "
                       "hours | minute | minutes | second | seconds | decade | decades | century | "
                       "centuries | quarter | quarters | yr | yrs | hr | hrs | min | mins | "
                       "of an hour"),
    measure_units=phrases("kilometer | kilometers | kilometre | kilometres | meter | meters | "
                          "metre | metres | miles | kilo | kilos | kilogram | kilograms | gram | "
                          "grams | tonne | tonnes | ton | tons | liter | liters | litre | litres | "
                          "hectare | hectares | acre | acres | feet | inches | degrees | "
                          "megawatt | megawatts"),
    document_words=words(
        "law laws act decree decrees resolution resolutions chapter paragraph annex table "
        "figure chart edition goal target sdg number no regulation directive item round clause "
        "bill report issue article articles section page pages convention protocol version"),
    number_signs=words("no no. # n"),
    year_cues=words("in since year until before after during"),
    age_words=words("aged age ages"),
    age_after=phrases("year-old | years-old | year old | years old | y/o | yo"),
    age_groups=words("children kids minors youth girls boys people women men adolescents"),
    age_bounds=words("under below over above"),
    geo_org_words=words(
        "country countries region regions province provinces department departments state "
        "states city cities town towns municipality municipalities district districts village "
        "villages territory territories island islands continent continents company companies "
        "business businesses firm firms organization organizations organisation organisations "
        "ngo ngos agency agencies institution institutions ministry ministries government "
        "governments offices nations partners bodies"),
    back_reference_determiners=words("the these those its their our his her my"),
    kin_words=words("mother father parent parents grandmother grandfather widow widower"),
    multiplier_words=words("times"),
    period_nouns=phrases("year | month | century | decade | day | week"),
    of_them=phrases("of them | of these | of those | of whom"),
    listing_words=words("displaying showing results"),
    partitive_after=phrases("of | among"),
    partitives=words("of"),
    articles=words("the"),
    complement_determiners=words("the these those this that their its his her"),
    coordinations=words("and"),
    stopwords=words(
        "is are was were be been being have has had will would can could may might must should "
        "shall do does did who which that whom whose where when in on at for from to with by "
        "since during across into through over under between among per as than but or because "
        "while if it they he she we you this these those there here also already still now not "
        "all their its his her our a an the some each every about around nearly almost them us "
        "said say says told either along both"),
    function_words=words("the a an of and or in on for by with to"),
    phrase_openers=words("the a an of to in on and or for with by at from its their that "
                         "which"),
    verb_endings=phrases("ed | ly"),
    modifier_chains=True,
    plural_verb_endings=(),
    not_verbs=frozenset(),
    participle_endings=phrases("ed"),
    disjunctions=words("or"),
    head_first=False,
    period_points=phrases("in | during | throughout | for | mid | end of | early | late | "
                          "semester | quarter | half | the year | year"),
    period_since=phrases("since"),
    period_range_openers=phrases("between | from"),
    period_year_words=(),
    comparison_words=words("than"),
    phone_labels=phrases("tel | phone | telephone | landline | hotline | helpline"),
    mobile_labels=phrases("mobile | mob | cell | cellular | gsm | whatsapp | whatapp"),
    fax_labels=phrases("fax | telefax"),
    call_words=phrases("call | number"),
    call_fillers=phrases("free | toll-free | the | at | on"),
    extension_labels=phrases("ext | extension"),
    examples=EXAMPLES,
)
