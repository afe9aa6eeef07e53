"""English vocabulary and phrasing (IOM releases)."""

from __future__ import annotations

import random

from pressroom.corpus.lang.base import Language, Noun


class English(Language):
    """English grammar: "80% of (the) migrants", "2.5 million people"."""

    def of(self, noun: Noun, rng: random.Random) -> str:
        return f"of the {noun.text}" if rng.random() < 0.4 else f"of {noun.text}"

    def million_of(self, noun: Noun) -> str:
        return noun.text

    def million_word(self, m: float) -> str:
        return "million"


_N = Noun
NOUNS = (
    _N("victims of trafficking", "", "people"), _N("victims", "", "people"),
    _N("migrants", "", "people"), _N("irregular migrants", "", "people"),
    _N("displaced people", "", "people"), _N("people", "", "people"),
    _N("families", "", "people"), _N("households", "", "people"),
    _N("unaccompanied children", "", "people"), _N("returnees", "", "people"),
    _N("refugees", "", "people"), _N("asylum seekers", "", "people"),
    _N("migrant workers", "", "people"), _N("women", "", "people"),
    _N("young people", "", "people"), _N("beneficiaries", "", "people"),
    _N("survivors", "", "people"), _N("government officials", "", "people"),
    _N("police officers", "", "people"), _N("students", "", "people"),
    _N("vulnerable migrants", "", "people"),
    _N("calls", "", "events"), _N("cases of trafficking", "", "events"),
    _N("medical consultations", "", "events"), _N("investigations", "", "events"),
    _N("rescue operations", "", "events"), _N("arrivals", "", "events"),
    _N("training sessions", "", "events"), _N("return flights", "", "events"),
    _N("tests", "", "events"),
    _N("hygiene kits", "", "items"), _N("tents", "", "items"), _N("blankets", "", "items"),
    _N("food parcels", "", "items"), _N("mosquito nets", "", "items"),
    _N("vaccine doses", "", "items"),
    _N("shelters", "", "facilities"), _N("reception centres", "", "facilities"),
    _N("latrines", "", "facilities"), _N("mobile clinics", "", "facilities"),
    _N("water points", "", "facilities"), _N("classrooms", "", "facilities"),
    _N("border crossing points", "", "sites"), _N("displacement sites", "", "sites"),
    _N("points of entry", "", "sites"),
)

MENUS = ("\n".join((
    'Skip to main content',
    'About',
    '- About IOM',
    '- Our mandate',
    '- Member States',
    'IOM, the UN Migration Agency, was founded in 1951 and has 175 Member States and '
    'offices in more than 100 countries.',
    'Our Work',
    '- What we do',
    '- Where we work',
    'Get Involved',
    '- Careers',
    '- Procurement',
    'Data and Research',
    '- Migration Data Portal',
    '- World Migration Report 2024',
    'Media',
    '- Press Releases',
    '- Stories',
    'Search',
)),)

COUNTRY_MENUS = (
    "\n".join((
    'IOM {country}',
    'Home',
    'About us',
    '- IOM {in_country}',
    '- Our partners',
    'Our work',
    '- Emergency response',
    '- Counter-trafficking',
    '- Labour migration',
    'News and stories',
    '- Press releases',
    'Resources',
    '- Migration profile 2023',
    'Contact us',
    'Donate',
)),
    "\n".join((
    'Main navigation',
    'Home',
    'Who we are',
    'What we do',
    '- Migrant protection',
    '- Displacement Tracking Matrix (DTM)',
    '- Health',
    'Media centre',
    'Publications',
    'Jobs',
    'IOM has worked {in_country} since 1996 with 12 field offices.',
)),
)

ENGLISH = English(
    code="en",
    nouns=NOUNS,
    qualifiers={
        "more_than": ("more than ", "over "),
        "about": ("nearly ", "some ", "about ", "around ", "approximately ", "almost "),
        "less_than": ("less than ", "fewer than "), "up_to": ("up to ",),
        "at_least": ("at least ",),
    },
    range_fmt="between {a} and {b}",
    percent_signs=(("%", 8), (" per cent", 3), (" percent", 3)),
    percent_word_sign=" per cent",
    million=("million", "million"),
    fractions=((0.3333, "a third"), (0.5, "half"), (0.25, "a quarter"),
               (0.6667, "two thirds"), (0.75, "three quarters")),
    per={"count/day": (" per day", " a day"), "count/year": (" per year", " a year")},
    money={"USD": ("US$ {n}", "US${n}", "USD {n}", "${n}", "{n} US dollars"),
           "EUR": ("€{n}", "EUR {n}", "{n} euros"),
           "CHF": ("CHF {n}", "{n} Swiss francs")},
    money_million={"USD": ("US$ {m}", "USD {m}", "${m}", "{m} US dollars"),
                   "EUR": ("€{m}", "EUR {m}", "{m} euros"),
                   "CHF": ("CHF {m}", "{m} Swiss francs")},
    intros=(("In {y}, ", "one"), ("Since {y}, ", "since"), ("Between {y} and {y2}, ", "between"),
            ("From {y} to {y2}, ", "between"), ("During {y}, ", "one")),
    tails=((" in {y}", "one"), (" since {y}", "since"), (" between {y} and {y2}", "between"),
           (" since the programme was launched in {y}", "since")),
    actors=("IOM", "IOM {in_country}", "IOM's office {in_country}", "IOM's mobile teams",
            "The programme", "The authorities", "The Government"),
    active={
        "people": ("assisted", "helped", "registered", "provided assistance to", "trained",
                   "supported"),
        "events": ("recorded", "registered", "documented"),
        "items": ("distributed", "delivered"),
        "facilities": ("built", "rehabilitated", "set up"),
    },
    passive={
        "people": ("were identified", "were assisted", "were registered",
                   "received emergency assistance", "benefited from psychosocial support"),
        "events": ("were recorded", "were documented", "were registered"),
        "items": ("were distributed", "were delivered to families"),
        "facilities": ("were built or rehabilitated", "were installed"),
    },
    percent_preds=("are staying with relatives", "need humanitarian assistance",
                   "live in precarious conditions", "said they wanted to stay in the country",
                   "have no identity documents"),
    bare_preds=("are adults", "are minors", "were women", "were aged between {a} and {b}",
                "were trafficked within the country", "live in temporary shelters",
                "want to return home", "have no access to safe water"),
    rate_preds=("are crossing the border", "arrive {in_country}", "transit through the region"),
    site_frames=("IOM deployed teams at {span}.",
                 "Health screening was set up at {span}.",
                 "The training took place at {span} used daily by thousands of people."),
    money_frames=("{donor} has contributed {span} to IOM to {purpose}.",
                  "IOM is appealing for {span} to {purpose}.",
                  "The project, worth {span}, is funded by {donor_lc}.",
                  "{intro}{donor_lc} provided {span} to {purpose}."),
    donors=("The European Union", "The Central Emergency Response Fund",
            "The US State Department", "The Government of Canada",
            "The Swedish International Development Cooperation Agency"),
    purposes=("strengthen the fight against trafficking", "assist displaced people",
              "support the reintegration of returning migrants",
              "improve access to health care"),
    out_of=("Of the {span}, {rest}.", "Among the {span}, {rest}."),
    shares=(("are adults", "are minors"), ("are women", "are men"),
            ("were trafficked within the country", "crossed borders"),
            ("want to return home", "want to stay in the country")),
    and_=" and ",
    traps=(
        "Law {lawno}, passed in {year}, provides for prison sentences of up to {prison} years "
        "for traffickers.",
        "The national anti-trafficking law (Law {lawno}) was adopted in {year}.",
        "A free hotline ({hotline}) allows people to report cases of trafficking.",
        "The preliminary study, which lasted {dur_word} months, was carried out in the field.",
        "The study covers the capital and {geo_word} of the country's {geo_total_word} "
        "provinces.",
        "In {year}, IOM launched an information campaign with {orgs} private sector companies.",
        "Thousands of people cross the border every year, often risking their lives.",
        "Hundreds of families have been forced to leave their homes and dozens of schools "
        "remain closed.",
        "The project is part of the COVID-19 response and of the 2030 Agenda for Sustainable "
        "Development.",
        "The committee has {list_word} members: {list}.",
        "The meeting took place on {date} in {city}.",
        "This is the {ordinal} edition of the campaign.",
        "Among the victims is a mother of {kids_word} from a rural area.",
        "The centre is {km} km from the border, at more than {alt} metres above sea level.",
        "Young people aged {age} to {age2} are the most exposed.",
        "Children under {age_limit} are particularly vulnerable.",
        "Security Council resolution {res} calls on States to strengthen their cooperation.",
        "IOM works with {orgs} partner organizations in {geo} districts.",
        "IOM has been present {in_country} since {year}.",
        "The programme will run for {dur_word} years and will be reviewed every six months.",
        "Sessions start every day at {hour}:{minute}.",
    ),
    fillers=(
        "IOM and its partners will continue to provide technical support to national and local "
        "authorities.",
        "The situation remains worrying {in_country}, where criminal networks exploit the "
        "vulnerability of migrants.",
        "The project aims to strengthen the capacity of the institutions responsible for "
        "{theme}.",
        "IOM's mobile teams provide direct assistance to the most vulnerable people.",
        "The initiative is part of a broader national strategy for {theme}.",
        "Partners stressed the importance of better coordination between institutions.",
        "Local coordination mechanisms will be set up in the coming months.",
        "The Government has committed to pursuing its prevention and protection efforts.",
    ),
    quotes=("We must step up our efforts to protect the most vulnerable",
            "This agreement will allow us to strengthen our cooperation",
            "Accurate data is essential to guide policy",
            "Much remains to be done to raise awareness among the population"),
    quote_frames=("“{quote},” said {name}, {role}.", "\"{quote},\" said {name}, {role}."),
    roles=("IOM Chief of Mission {in_country}", "programme coordinator", "IOM spokesperson",
           "Director General of Migration"),
    titles=("IOM and {the_country} Strengthen Cooperation on {theme}",
            "IOM Launches Information Campaign on {theme} {in_country}",
            "{In_country}, IOM Steps Up Efforts on {theme}",
            "IOM Study Reveals Scale of Needs {in_country}",
            "New Milestone for {theme} {in_country}"),
    figure_titles=("IOM Assists {span} {in_country}", "{In_country}, IOM Helps {span}"),
    themes=("the fight against trafficking", "assistance to displaced people",
            "the reintegration of returning migrants", "border management", "migrant health"),
    months=("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
    date_fmt="{d} {month} {y}",
    openers=("For more information, please contact", "For further information, please contact",
             "For more information please contact"),
    email_labels=("Email:", "E-mail:", "Email :"),
    phone_labels={"phone": ("Tel:", "Tel.", "Tel.:", "Phone:", "Telephone:"),
                  "mobile": ("Mobile:", "Mob.:", "Cell:"),
                  "fax": ("Fax:",)},
    extension_labels=("Ext. ", "ext. ", "Ext "),
    office_prefix="IOM",
    or_=" or ",
    communique_header=("Press Release",),
    regions=("Global",),
    menus=MENUS,
    country_menus=COUNTRY_MENUS,
    crowds=("migrants", "displaced people", "people", "refugees", "families"),
    footers=("Share\nFacebook\nTwitter\nLinkedIn", "Print\nShare this page"),
)
