"""French vocabulary and phrasing (OIM releases)."""

from __future__ import annotations

import random

from pressroom.corpus.lang.base import Language, Noun, elide


class French(Language):
    """French grammar: elision ("plus d'un tiers", "millions d'enfants")."""

    def qualify(self, prefix: str, rest: str) -> str:
        return elide(prefix, rest)

    def of(self, noun: Noun, rng: random.Random) -> str:
        return f"des {noun.text}"

    def million_of(self, noun: Noun) -> str:
        return elide("de ", noun.text)

    def percent_prefix(self, rng: random.Random, qualifier: str) -> str:
        if qualifier == "exact":
            return ""
        return rng.choice([p for p in self.qualifiers[qualifier] if p != "quelque "])


_N = Noun
NOUNS = (
    _N("victimes de traite", "f", "people"), _N("victimes", "f", "people"),
    _N("migrants", "m", "people"), _N("migrants en situation irrégulière", "m", "people"),
    _N("personnes déplacées", "f", "people"), _N("personnes", "f", "people"),
    _N("familles", "f", "people"), _N("ménages", "m", "people"),
    _N("enfants non accompagnés", "m", "people"), _N("rapatriés", "m", "people"),
    _N("réfugiés", "m", "people"), _N("demandeurs d'asile", "m", "people"),
    _N("travailleurs migrants", "m", "people"), _N("femmes", "f", "people"),
    _N("jeunes", "m", "people"), _N("bénéficiaires", "m", "people"),
    _N("survivants", "m", "people"), _N("fonctionnaires", "m", "people"),
    _N("agents de police", "m", "people"), _N("élèves", "m", "people"),
    _N("migrants de retour", "m", "people"), _N("personnes vulnérables", "f", "people"),
    _N("appels", "m", "events"), _N("cas de traite", "m", "events"),
    _N("consultations médicales", "f", "events"), _N("enquêtes", "f", "events"),
    _N("opérations de sauvetage", "f", "events"), _N("arrivées", "f", "events"),
    _N("sessions de formation", "f", "events"), _N("vols de retour", "m", "events"),
    _N("tests de dépistage", "m", "events"),
    _N("kits d'hygiène", "m", "items"), _N("tentes", "f", "items"),
    _N("couvertures", "f", "items"), _N("colis alimentaires", "m", "items"),
    _N("moustiquaires", "f", "items"), _N("doses de vaccin", "f", "items"),
    _N("abris", "m", "facilities"), _N("centres d'accueil", "m", "facilities"),
    _N("latrines", "f", "facilities"), _N("cliniques mobiles", "f", "facilities"),
    _N("puits", "m", "facilities"), _N("salles de classe", "f", "facilities"),
    _N("points de passage frontaliers", "m", "sites"), _N("sites de déplacement", "m", "sites"),
    _N("points d'entrée", "m", "sites"),
)

HQ_MENU = "\n".join((
    '-',
    'Qui sommes nous',
    "Qui sommes nousL'Organisation internationale pour les migrations (OIM) fait "
    'partie du système des Nations Unies et est la première organisation '
    'intergouvernementale à promouvoir depuis 1951 une migration humaine et ordonnée '
    'qui profite à tous, composée de 175 Etats membres et présente dans 171 pays.',
    'Structure',
    'Structure',
    '- Structure organisationnelle',
    '- Directrice générale',
    '- Directrice générale adjointe chargée de la gestion et des réformes',
    '- Directrice générale adjointe chargée des opérations',
    '- Bureau du Chef de Cabinet',
    '- Bureau des partenariats, de la sensibilisation et de la communication',
    '- Bureau de la stratégie et de la performance institutionnelle',
    '-',
    'Notre travail',
    'Notre travailEn tant que principale organisation intergouvernementale qui '
    "promeut depuis 1951 une migration humaine et ordonnée, l'OIM joue un rôle clé "
    'pour soutenir la réalisation du Programme 2030 à travers différents domaines '
    "d'intervention qui relient à la fois l'aide humanitaire et le développement "
    'durable.',
    'Ce que nous faisons',
    'Ce que nous faisons',
    'Partenariats',
    'Partenariats',
    '- Où travaillons-nous',
    '-',
    'Agir',
    'Agir',
    'Travailler avec nous',
    'Travailler avec nous',
    'Engagez-vous',
    'Engagez-vous',
    '- Données et recherche',
    '- 2030 AGENDA',
))

COUNTRY_MENUS = (
    "\n".join((
    'Aller au contenu principal',
    'OIM {country}',
    'Accueil',
    'À propos',
    "- L'OIM {in_country}",
    '- Nos partenaires',
    'Nos activités',
    '- Protection et assistance',
    '- Migration et développement',
    '- Gestion des frontières',
    'Actualités',
    '- Communiqués de presse',
    '- Récits',
    'Publications',
    'Nous contacter',
    "L'OIM, l'agence des Nations Unies pour les migrations, compte 175 États membres "
    'et des bureaux dans plus de 100 pays.',
    'Rechercher',
)),
    "\n".join((
    'Menu',
    'Accueil',
    'Qui sommes-nous',
    'Notre travail',
    '- Urgences',
    '- Retour et réintégration',
    '- Lutte contre la traite',
    'Médias',
    '- Actualités',
    '- Communiqués',
    'Données',
    '- Matrice de suivi des déplacements (DTM)',
    'Rejoignez-nous',
    '© OIM 2024',
)),
)

FRENCH = French(
    code="fr",
    nouns=NOUNS,
    qualifiers={
        "more_than": ("plus de ",), "about": ("près de ", "quelque ", "environ ", "presque "),
        "less_than": ("moins de ",), "up_to": ("jusqu'à ",), "at_least": ("au moins ",),
    },
    range_fmt="entre {a} et {b}",
    percent_signs=(("%", 6), (" %", 4), ("\u00a0%", 2), (" pour cent", 3)),
    percent_word_sign=" pour cent",
    million=("million", "millions"),
    fractions=((0.3333, "un tiers"), (0.5, "la moitié"), (0.25, "un quart"),
               (0.6667, "deux tiers"), (0.75, "trois quarts")),
    per={"count/day": (" par jour",), "count/year": (" par an",)},
    money={"USD": ("{n} dollars", "{n} dollars américains", "{n} dollars US", "{n} USD"),
           "EUR": ("{n} euros", "{n} €", "€ {n}"),
           "CHF": ("{n} francs suisses", "{n} CHF")},
    money_million={"USD": ("{m} de dollars", "{m} de dollars américains", "{m} USD"),
                   "EUR": ("{m} d'euros",), "CHF": ("{m} de francs suisses",)},
    intros=(("En {y}, ", "one"), ("Depuis {y}, ", "since"), ("Entre {y} et {y2}, ", "between"),
            ("De {y} à {y2}, ", "between"), ("Au cours de l'année {y}, ", "one")),
    tails=((" en {y}", "one"), (" depuis {y}", "since"), (" entre {y} et {y2}", "between"),
           (" depuis le lancement du programme en {y}", "since")),
    actors=("L'OIM", "L'OIM {in_country}", "Le bureau de l'OIM {in_country}",
            "L'équipe mobile de l'OIM", "Le programme", "Le ministère de l'Intérieur",
            "Le gouvernement"),
    active={
        "people": ("a aidé", "a assisté", "est venu en aide à", "a enregistré", "a formé",
                   "a pris en charge"),
        "events": ("a enregistré", "a recensé", "a comptabilisé"),
        "items": ("a distribué", "a livré"),
        "facilities": ("a construit", "a réhabilité", "a installé"),
    },
    passive={
        "people": ("ont été identifié{e}s", "ont été assisté{e}s", "ont été enregistré{e}s",
                   "ont reçu une aide d'urgence", "ont bénéficié d'un soutien psychosocial",
                   "ont été accueilli{e}s"),
        "events": ("ont été enregistré{e}s", "ont été recensé{e}s", "ont été comptabilisé{e}s"),
        "items": ("ont été distribué{e}s", "ont été livré{e}s aux familles"),
        "facilities": ("ont été construit{e}s ou réhabilité{e}s", "ont été installé{e}s"),
    },
    percent_preds=("sont hébergé{e}s chez des proches", "ont besoin d'une aide humanitaire",
                   "vivent dans des conditions précaires",
                   "ont déclaré vouloir rester dans le pays",
                   "n'ont pas de papiers d'identité"),
    bare_preds=("sont des adultes", "sont mineur{e}s", "étaient des femmes",
                "étaient âgé{e}s de {a} à {b} ans",
                "ont été victimes de la traite au sein même du pays",
                "vivent dans des abris temporaires", "souhaitent rentrer chez eux",
                "n'ont pas accès à l'eau potable"),
    rate_preds=("traversent la frontière", "arrivent {in_country}", "transitent par la région"),
    site_frames=("L'OIM a déployé des équipes sur {span}.",
                 "Des contrôles sanitaires ont été mis en place sur {span}.",
                 "Les formations ont eu lieu sur {span} utilisés quotidiennement par des "
                 "milliers de personnes."),
    money_frames=("{donor} a octroyé {span} à l'OIM pour {purpose}.",
                  "L'OIM lance un appel de fonds de {span} pour {purpose}.",
                  "Le projet, d'un montant de {span}, est financé par {donor_lc}.",
                  "{intro}{donor_lc} a versé {span} pour {purpose}."),
    donors=("L'Union européenne", "Le Fonds central d'intervention d'urgence",
            "Le Département d'État américain", "Le gouvernement du Canada",
            "L'Agence suédoise de coopération internationale"),
    purposes=("renforcer la lutte contre la traite", "venir en aide aux personnes déplacées",
              "soutenir la réintégration des migrants de retour",
              "améliorer l'accès aux soins de santé"),
    out_of=("Sur {span}, {rest}.", "Parmi les {span}, {rest}."),
    shares=(("sont des adultes", "sont mineur{e}s"), ("sont des femmes", "sont des hommes"),
            ("ont été victimes de la traite au sein même du pays", "ont franchi les frontières"),
            ("souhaitent rentrer chez eux", "souhaitent rester dans le pays")),
    and_=" et ",
    traps=(
        "La loi {lawno} promulguée en {year} prévoit des peines pouvant aller jusqu'à {prison} "
        "ans de prison à l'encontre des trafiquants.",
        "La loi nationale de lutte contre la traite (Loi {lawno}) a été adoptée "
        "en {year}.",
        "Une ligne d'assistance gratuite ({hotline}) permet de signaler les cas de traite.",
        "Cette étude préliminaire de {dur_word} mois a été menée sur le terrain.",
        "L'étude porte sur la région métropolitaine et sur {geo_word} des {geo_total_word} "
        "régions que compte le pays.",
        "En {year}, l'OIM a lancé une campagne d'information avec {orgs} entreprises du "
        "secteur privé.",
        "Des milliers de personnes traversent chaque année la frontière, souvent au péril de "
        "leur vie.",
        "Des centaines de familles ont dû quitter leur foyer et des dizaines d'écoles restent "
        "fermées.",
        "Le projet s'inscrit dans la riposte à la COVID-19 et dans le Programme de "
        "développement durable à l'horizon 2030.",
        "Le comité est composé de {list_word} membres : {list}.",
        "La réunion s'est tenue le {date} à {city}.",
        "Il s'agit de la {ordinal} édition de cette campagne.",
        "Parmi les victimes figure une mère de {kids_word} enfants originaire d'une zone rurale.",
        "Le centre se trouve à {km} km de la frontière, à plus de {alt} mètres d'altitude.",
        "Les jeunes âgés de {age} à {age2} ans sont les plus exposés.",
        "Les enfants de moins de {age_limit} ans sont particulièrement vulnérables.",
        "La résolution {res} du Conseil de sécurité appelle les États à renforcer leur "
        "coopération.",
        "L'OIM travaille avec {orgs} organisations partenaires dans {geo} départements.",
        "Depuis {year}, l'OIM est présente {in_country}.",
        "Le programme durera {dur_word} ans et sera évalué chaque semestre.",
        "Les séances commencent chaque jour à {hour}h{minute}.",
    ),
    fillers=(
        "L'OIM et ses partenaires continueront d'apporter un appui technique aux autorités "
        "nationales et locales.",
        "La situation reste préoccupante {in_country}, où les réseaux criminels profitent de la "
        "vulnérabilité des migrants.",
        "Le projet vise à renforcer les capacités des institutions chargées de {theme}.",
        "Les équipes mobiles de l'OIM fournissent une assistance directe aux personnes les plus "
        "vulnérables.",
        "Cette initiative s'inscrit dans une stratégie nationale plus large pour {theme}.",
        "Les partenaires ont souligné l'importance d'une meilleure coordination entre les "
        "institutions.",
        "Des mécanismes de coordination locale seront mis en place dans les mois à venir.",
        "Le gouvernement s'est engagé à poursuivre ses efforts en matière de prévention et de "
        "protection.",
    ),
    quotes=("Nous devons redoubler d'efforts pour protéger les personnes les plus vulnérables",
            "Cet accord nous permettra de renforcer notre coopération",
            "La production de données précises est essentielle pour orienter les politiques",
            "Il reste encore beaucoup à faire pour sensibiliser la population"),
    quote_frames=("« {quote} », a déclaré {name}, {role}.",
                  "« {quote} », a souligné {name}, {role}."),
    roles=("chef de mission de l'OIM {in_country}", "coordinatrice du programme",
           "porte-parole de l'OIM", "directeur général de la migration"),
    titles=("L'OIM et {the_country} renforcent leur coopération dans {theme}",
            "L'OIM lance une campagne d'information sur {theme} {in_country}",
            "{In_country}, l'OIM intensifie son action pour {theme}",
            "Une étude de l'OIM révèle l'ampleur des besoins {in_country}",
            "Nouvelle étape pour {theme} {in_country}"),
    figure_titles=("L'OIM vient en aide à {span} {in_country}",
                   "{In_country}, l'OIM a assisté {span}"),
    themes=("la lutte contre la traite", "l'aide aux personnes déplacées",
            "la réintégration des migrants de retour", "la gestion des frontières",
            "la santé des migrants"),
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"),
    date_fmt="{d} {month} {y}",
    openers=("Pour plus d'informations, veuillez contacter",
             "Pour plus d'information, veuillez contacter",
             "Pour plus d'informations et pour obtenir une copie du rapport, veuillez contacter",
             "Pour de plus amples informations, veuillez contacter"),
    email_labels=("Email:", "Email :", "E-mail :", "E-mail:", "Courriel :"),
    phone_labels={"phone": ("Tel:", "Tel.", "Tél. :", "Tél.:", "Tél :", "Téléphone :"),
                  "mobile": ("Mobile:", "Mobile :", "Portable :"),
                  "fax": ("Fax:", "Fax :")},
    extension_labels=("Ext. ", "ext. ", "Ext ", "poste "),
    office_prefix="OIM",
    or_=" ou ",
    communique_header=("Communiqué",),
    regions=("Global",),
    menus=(HQ_MENU,),
    country_menus=COUNTRY_MENUS,
    crowds=("migrants", "personnes déplacées", "personnes", "réfugiés", "familles"),
    footers=("Partager\nFacebook\nTwitter\nLinkedIn", "Imprimer\nPartager cette page"),
)
