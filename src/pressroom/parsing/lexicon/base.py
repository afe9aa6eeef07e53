"""The `Lexicon` type: every word and phrase the parser reads in one language.

One TOML file per language in this package (`fr.toml`, `en.toml`, …) holds a lexicon; the set
of files present IS the set of supported languages (see `pressroom.parsing.lexicon`). The
extraction code holds no words of any language: it asks the lexicon of the release's language
(or the union of all lexicons when the language is unknown).

Hand-written, because no library lists press-release hedges ("plus de", "cerca de"), trap
words ("Loi", "âgés de") or function words with the roles the parser needs. Month and weekday
names come from CLDR (babel), country names from babel/pycountry, number words from text2num.
"""

from __future__ import annotations

import tomllib
import typing
from dataclasses import dataclass, fields
from functools import cached_property
from pathlib import Path
from typing import Any

from babel import Locale


@dataclass(frozen=True, slots=True)
class Example:
    """Sentences proving one lexicon entry: what the parser must read from `positive`
    sentences, and must not from `negative` ones. `expect` is the rule's answer on the
    positives: a qualifier name, a unit, a trap rule name, or a word of the subject."""

    rule: str  # "qualifier" | "unit" | "trap" | "subject"
    expect: str
    positive: tuple[str, ...]
    negative: tuple[str, ...] = ()


def words(items: list[str]) -> frozenset[str]:
    """A word set; a word with an apostrophe ("l'") is also stored with the typographic one
    ("l’")."""
    found = frozenset(items)
    return found | {w.replace("'", "’") for w in found if "'" in w}


@dataclass(frozen=True)
class Lexicon:
    """What the parser must know of a language. Every field is required: see README.md."""

    code: str  # ISO 639-1
    lingua: str  # lingua's `Language` member ("FRENCH")

    # --- numbers (text2num reads the number words; these are what it does not read) ---
    scales: dict[str, float]  # after digits: "millions" -> 1e6, "mil" -> 1e3
    sign_scales: dict[str, float]  # "3 Md€": a scale abbreviated before a currency sign
    approximate_numbers: dict[str, float]  # "une centaine" -> 100: a number noun, about
    scale_remainders: tuple[str, ...]  # "58 mil 312": digits after this scale add to it
    numerators: dict[str, int]  # "un tiers", "two thirds": "un" -> 1, "two" -> 2
    denominators: dict[str, int]  # "tiers" -> 3, "quarter" -> 4
    denominators_needing_of: frozenset[str]  # "un cinquième" is a share only before "de"
    numerators_needing_of: frozenset[str]  # "a third" is a share only before "of"
    halves: tuple[str, ...]  # "la moitié", "half"
    half_scales: tuple[str, ...]  # "half a million": "half a"
    months_capitalised: bool  # "May" is a month, "may" is not; abbreviations count ("Jul")
    ordinal_words: frozenset[str]  # "premier", "second": "second half of 2015"
    ordinal_suffixes: tuple[str, ...]  # after digits: "1er", "2nd", "3ª"
    vague_amounts: frozenset[str]  # "des milliers", "hundreds": no value
    number_homographs: frozenset[str]  # "neuf" (new), "mil" (millet): a number only sometimes

    # --- qualifiers and ranges ---
    qualifiers_before: dict[str, tuple[str, ...]]  # qualifier -> phrases before the number
    qualifiers_after: dict[str, tuple[str, ...]]  # qualifier -> phrases after it ("environ")
    qualifier_adverbs: tuple[str, ...]  # "désormais" of "dépasse désormais 320 000"
    range_openers: tuple[str, ...]  # "entre", "between"
    between_words: frozenset[str]  # "between" of "between two trees": a place, no count
    range_to_links: tuple[str, ...]  # "150 à 180", "150 to 180"
    change_verbs: frozenset[str]  # "pasó de 9 a 24 millones": two levels, not a range
    change_to_links: tuple[str, ...]  # "passou de 9 para 24": a link after a change verb only
    particle_verbs: tuple[str, ...]  # "hands over $4 million": "over" is the verb's, no qualifier
    ratio_links: tuple[str, ...]  # "un migrant sur trois": may follow a noun
    ratio_links_adjacent: tuple[str, ...]  # "one in five": only right after the number
    estimate_openers: tuple[str, ...]  # "estima que … 9.850 familias": the figure is about

    # --- units ---
    percent_words: tuple[str, ...]  # "pour cent"
    currency_names: dict[str, str]  # names CLDR lacks: "dollars" -> USD
    currency_abbreviations: dict[str, str]  # "Fr." -> "francs": stands for a currency name
    amount_verbs: dict[str, str]  # "appealing for" -> "appeal": the amount the verb asks for
    currency_links: tuple[str, ...]  # "de" of "millions de dollars/tonnes"
    currency_nouns: tuple[str, ...]  # "dolares" of "dolares estadounidenses": no country
    rates_per_day: tuple[str, ...]  # "par jour", "every day"
    rates_per_year: tuple[str, ...]
    rate_adverbs: tuple[str, ...]  # "quotidiennement": may qualify a verb, not the count
    daily_averages: tuple[str, ...]  # "la media diaria … se situó en 25.200": count/day
    not_a_rate_after: tuple[str, ...]  # "a day after": "after"
    time_units: tuple[str, ...]  # "ans", "months": a duration
    time_unit_modifiers: tuple[str, ...]  # "prochaines" of "trois prochaines années"
    measure_units: tuple[str, ...]  # "km", "tonnes": a physical measure

    # --- what a number is not (the traps) ---
    document_words: frozenset[str]  # "Loi 985", "Resolution 2254"
    page_counter_labels: tuple[str, ...]  # "Visitor Counter : 1842": the page's, no figure
    setting_patterns: tuple[str, ...]  # "traduit en # langues", "perd # places": no fact
    number_signs: frozenset[str]  # "n°"
    year_cues: frozenset[str]  # "en 2000", "since 2000"
    age_words: frozenset[str]  # "âgés de"
    age_after: tuple[str, ...]  # "15-year-old", "ans et plus"
    age_groups: frozenset[str]  # "enfants de moins de 5 ans"
    age_bounds: frozenset[str]
    geo_org_words: frozenset[str]  # "171 pays", "25 entreprises"
    back_reference_determiners: frozenset[str]  # "les deux pays"
    kin_words: frozenset[str]  # "mère de quatre enfants"
    multiplier_words: frozenset[str]  # "trois fois"
    schedule_words: frozenset[str]  # "deux doses": a treatment's schedule, no count
    period_nouns: tuple[str, ...]  # "second half of the year"
    of_them: tuple[str, ...]  # "trois d'entre eux"
    group_openers: tuple[str, ...]  # "Parmi elles, 310 000 …": a part of a group named before
    other_words: frozenset[str]  # "rehabilitated 47 others": more of the noun counted before
    list_followers: tuple[str, ...]  # "eight deaths, followed by Myagdi (six)": next in a list
    breakdown_words: tuple[str, ...]  # "Deaths by province:": a list heading of places
    place_links: tuple[str, ...]  # "deaths in Punjab": the first links a noun to a place
    listing_words: frozenset[str]  # "Displaying 26 - 50 of 63": a listing page's counter
    per_links: tuple[str, ...]  # "por cada 1.000 adolescentes": the base of a rate
    partitive_after: tuple[str, ...]  # "cinq des douze régions": "des"
    partitive_relatives: tuple[str, ...]  # "dont un tiers": a share of the figure before
    currency_subunits: frozenset[str]  # "5,5 centimes par kilo": a price in a subunit

    # --- sentence words: the counted noun phrase ---
    partitives: frozenset[str]  # "de", "of": "80 % des victimes", "victimes de traite"
    articles: frozenset[str]  # "la", "the"; also "casi el 40%"
    complement_determiners: frozenset[str]
    quantifiers: frozenset[str]  # "23 % de toutes les écoles", "of all schools": skipped
    distributives: frozenset[str]  # "chaque", "each": "Each family received two mats"
    coordinations: frozenset[str]  # "et", "and"; also "entre 150 et 180" (after an opener)
    stopwords: frozenset[str]  # words that end a noun phrase (verbs, prepositions…)
    function_words: frozenset[str]  # articles, prepositions, conjunctions
    phrase_openers: frozenset[str]  # a line ending on one continues below
    verb_endings: tuple[str, ...]  # "vivent", "llegaron": ends the noun phrase
    modifier_chains: bool  # a verb-like word after another passes ("internally displaced")
    plural_verb_endings: tuple[str, ...]  # after a plural noun: "migrantes viven"
    not_verbs: frozenset[str]  # "récent", "permanent": adjectives with a verb's ending
    participle_endings: tuple[str, ...]  # "utilisés", "used": a rate after one is the verb's
    adverb_endings: tuple[str, ...]  # "seulement": an adverb, though it ends like a verb
    need_adjectives: frozenset[str]  # "les 160 millions nécessaires": money needed, no noun
    disjunctions: frozenset[str]  # "ou", "or": never ends a figure's text
    head_first: bool  # the head noun comes first ("entreprises privées"), not last
    complement_link: str  # "de" of "coût de [suivi]": joins a head-first noun to its complement
    indefinite_articles: frozenset[str]  # "un", "a": may open the noun phrase before a figure
    empty_heads: frozenset[str]  # "total", "hauteur": "un total de 500" names no counted thing
    purpose_links: frozenset[str]  # "5 millions d'euros en aide humanitaire": what pays for
    action_links: frozenset[str]  # "pour la rénovation": a purpose if its head is singular
    level_verbs: tuple[str, ...]  # "la letalidad se sitúa en 0,16 %": the clause's subject
    share_verbs: tuple[str, ...]  # "las mujeres representan el 38 %": the share is of them
    count_nouns: frozenset[str]  # "le nombre de demandes": the count is of "demandes"
    funding_nouns: frozenset[str]  # "son budget, qui est passé à 8 millions": what money is
    change_nouns: frozenset[str]  # "a 30% increase": the share measures the change
    share_nouns: tuple[str, ...]  # "45 % du total" -> "part du total": the first names a share
    whole_nouns: frozenset[str]  # "total": a share of it is named a share (with change_nouns)
    comparatives: dict[str, str]  # "70 % more migrants": "more" -> "increase in" (a change)
    outcome_verbs: tuple[str, ...]  # "210 resulted in a decision": the count is of decisions
    receive_verbs: tuple[str, ...]  # "agencies will receive $5 million": a recipient
    allot_verbs: tuple[str, ...]  # "destinó 150 millones a la operación": money set aside
    allot_links: frozenset[str]  # "a", "to", "na": what an allotted amount goes to follows
    funded_links: tuple[str, ...]  # "n'est financé qu'à 18 %": the share of the sentence's subject
    plural_endings: dict[str, str]  # a singular ending -> the plural's ("al" -> "aux")
    plural_words: dict[str, str]  # plurals no ending gives: "person" -> "people"
    ellipsis_links: tuple[str, ...]  # "21 blessés, dont 5 graves": the 5 are "blessés graves"
    ellipsis_adjectives: frozenset[str]  # "graves": qualifies the noun left out after a link
    infinitive_endings: tuple[str, ...]  # "et deux rétablir le contact": a verb, not a noun
    passive_auxiliaries: tuple[str, ...]  # "$128 million was allocated to …": what was done
    relative_pronouns: tuple[str, ...]  # "la couverture, qui est passée de 81 % à 65 %"
    comparison_links: tuple[str, ...]  # "12 %, contre 9 % en 2020": the same thing, compared
    value_links: tuple[str, ...]  # "units worth $8 million", "le projet, évalué à": its value
    copulas: frozenset[str]  # "el 58 % son mujeres": the noun after one names the bare figure
    compound_prefixes: frozenset[str]  # "anti-" / "traite" cut at a line end keeps its hyphen

    # --- periods ---
    period_points: tuple[str, ...]  # "en 2014", "in 2014", "durante 2014"
    period_since: tuple[str, ...]  # "depuis 2006"
    period_within: tuple[str, ...]  # "en" of "desde Irán en los tres primeros meses de 2025"
    period_range_openers: tuple[str, ...]  # "entre 2009 et 2014"
    period_year_words: tuple[str, ...]  # "l'année 2014"
    period_as_of: tuple[str, ...]  # "à la date du 12 mars 2023": a count up to a full date
    period_relative: tuple[str, ...]  # "l'an dernier", "this year": a period left unsaid
    period_deadlines: tuple[str, ...]  # "d'ici fin 2026", "by the end of 2025": a target date
    period_until: tuple[str, ...]  # "até junho de 2026", "through December 2025": an end only
    comparison_words: frozenset[str]  # "than in 2011": the year compared with
    comparison_heads: frozenset[str]  # "más que en 2011": what makes "que" a comparison

    # --- contacts (the labels in front of a phone number or e-mail) ---
    phone_labels: tuple[str, ...]
    mobile_labels: tuple[str, ...]
    channel_labels: tuple[str, ...]  # "WhatsApp": an app, no kind of its own
    fax_labels: tuple[str, ...]
    call_words: tuple[str, ...]  # "appelez le", "call"
    call_fillers: tuple[str, ...]  # "la ligne gratuite": "gratuite"
    reach_verbs: frozenset[str]  # "contact your GP or NHS 24 on 111": a line to reach
    extension_labels: tuple[str, ...]

    # --- the structure of a release: contact blocks, page chrome, places ---
    # Written accent-folded and lower-case, as they are matched (see `text.fold`). A field
    # named `*_patterns` holds regular-expression fragments, where a word list cannot say it
    # ("contact\w*", "voltar\s+(?:para|ao)\s+…\b.*"); the other fields hold plain words.
    contact_heading_patterns: tuple[str, ...]  # "media contact", "informations complémentaires"
    contact_verb_patterns: tuple[str, ...]  # "… please contact", "entre em contato com"
    block_end_patterns: tuple[str, ...]  # "le saviez-vous", "tags": after the contacts
    related_heading_patterns: tuple[str, ...]  # "related news", "leia também": a headline list
    read_more_links: tuple[str, ...]  # "read more", "lire la suite": the link closing a teaser
    about_heading_patterns: tuple[str, ...]  # "about", "acerca de": an "About" box, no release
    honorifics: tuple[str, ...]  # "mme", "dr": dropped before a contact's name
    ranks: tuple[str, ...]  # "sergente", "capitao": police and military ranks, dropped likewise
    office_words: tuple[str, ...]  # "delegation", "red cross": a field naming an office
    address_words: tuple[str, ...]  # "rue", "p.o. box": a piece of a postal address
    free_line_patterns: tuple[str, ...]  # "toll free", "linha verde": a public line, no press desk
    other_desk_patterns: tuple[str, ...]  # "investor relations": a desk not for the press
    after_hours_patterns: tuple[str, ...]  # "out of hours", "fuera de horario": a duty desk
    switchboard_labels: tuple[str, ...]  # "switchboard", "standard", "PBX": the site's main line
    spelled_at: tuple[str, ...]  # "jdoe [at] org [dot] int": "at"
    spelled_dot: tuple[str, ...]  # … "dot"
    spelled_at_unbracketed: tuple[str, ...]  # "ascom arroba ufao.br": no other meaning, no brackets
    contact_locatives: tuple[str, ...]  # "Em Brasília, Ana Silva": "em"
    flight_patterns: tuple[str, ...]  # "fleeing violence in Nigeria": a country left behind
    archive_banner_patterns: tuple[str, ...]  # "page archivée …"
    listing_header_patterns: tuple[str, ...]  # "press releases", "displaying 26 - 50 of 63"
    head_chrome_patterns: tuple[str, ...]  # "logo", "read more …": furniture above a headline
    copy_intro_patterns: tuple[str, ...]  # "… issued the following statement:": a copy's intro
    cookie_patterns: tuple[str, ...]  # "cookies?", "traceurs": a cookie notice names them
    consent_patterns: tuple[str, ...]  # "accept\w*", "vie privee": the choice it offers
    organisation_words: frozenset[str]  # "Ministerio", "IOM": capitalised, case-sensitive
    abbreviations: frozenset[str]  # "mme", "sra", "approx": no sentence ends after one
    bylines: tuple[str, ...]  # "by" of "By Jane Doe"
    stamp_words: tuple[str, ...]  # "date" of a "date 2024-05-12" stamp before a page's text
    mail_header_labels: tuple[str, ...]  # "from", "to", "sent": an e-mail's header lines
    mail_subject_labels: tuple[str, ...]  # "subject": the e-mail header naming its subject
    mail_banner_patterns: tuple[str, ...]  # "view it in your browser": a mail's chrome line
    feed_title_labels: tuple[str, ...]  # "titre" of "Titre : …": a feed item's title field
    feed_field_labels: tuple[str, ...]  # "lien", "publie", "auteur": a feed item's other fields
    feed_entry_patterns: tuple[str, ...]  # "entrada \d+ de \d+": a feed reader's item counter
    engagement_words: tuple[str, ...]  # "comments", "reposts": a social post's counters
    mail_attachment_labels: tuple[str, ...]  # "pièce jointe": an attachment line of a mail
    mail_forward_patterns: tuple[str, ...]  # "-----Original Message-----": a forward marker
    mail_reply_patterns: tuple[str, ...]  # "On …, X wrote:": a reply's attribution line
    mail_greeting_patterns: tuple[str, ...]  # "Dear Anna,": a cover note's greeting
    mail_signoff_patterns: tuple[str, ...]  # "Best regards,": a cover note's sign-off
    update_note_labels: tuple[str, ...]  # "mise a jour", "correction": a note above the text
    delivery_note_patterns: tuple[str, ...]  # "check against delivery": a speech starts below
    page_number_patterns: tuple[str, ...]  # "page 1 of 2": a printed page's running footer
    clock_suffix_patterns: tuple[str, ...]  # "am", "et" of "08:30 ET": after a clock time
    date_labels: tuple[str, ...]  # "publié le", "last updated": a publication date follows
    demonym_patterns: dict[str, str]  # alpha-2 -> "syrien(?:ne)?s?" (CLDR has no demonyms)
    email_label_patterns: tuple[str, ...]  # "courriel", "e-?mail": the label of an e-mail
    contact_connectors: tuple[str, ...]  # "ou", "or": the next contact follows
    contact_edge_words: tuple[str, ...]  # "at", "en": left at a piece's edge once cut
    shared_detail_words: tuple[str, ...]  # "(ambos)", "commun": a line of details for all
    office_links: tuple[str, ...]  # "at" of "Jane Doe at IOM Geneva": a name, then its office
    office_link_articles: tuple[str, ...]  # "the", "l'": after such a link
    name_particles: frozenset[str]  # "da" of "Maria da Silva": lower-case inside a name
    place_name_links: frozenset[str]  # "de" of "Porto de Itaquara": a longer name than the city
    role_patterns: tuple[str, ...]  # "spokes(?:person|man|woman)", "chargee?": job titles
    information_patterns: tuple[str, ...]  # "for more information": opens a contact block
    contact_verb_links: tuple[str, ...]  # "with" of "please get in touch with"
    photo_credit_labels: tuple[str, ...]  # "photo", "credits": "Photo : OIM/Jane Doe"
    minute_words: tuple[str, ...]  # "minutes", "mn": "Temps de lecture : 2 min"
    place_particles: tuple[str, ...]  # "de la" of "Ciudad de la Costa": inside a place's name
    not_place_openers: frozenset[str]  # "le", "this": a dateline's place never opens on one
    ambiguous_country_names: frozenset[str]  # "Chad", "Maurice": a word or a first name too
    not_city_words: frozenset[str]  # "nome", "oral": words CLDR also lists as cities
    compass_words: frozenset[str]  # "sud", "ouest": "Sud-Ouest" names no one region
    donor_nouns: tuple[str, ...]  # "government" of "Government of Canada": a donor follows
    partitive_articles: tuple[str, ...]  # "the" of "… of the Netherlands"
    donor_agent_patterns: tuple[str, ...]  # "funded by the": a donor follows
    donor_support_nouns: tuple[str, ...]  # "support" of "support of Japan"
    day_suffixes: tuple[str, ...]  # "1er juin", "May 2nd": after a day's number
    month_abbreviations: dict[str, int]  # "juill" -> 7: abbreviations CLDR lacks
    communique_headers: tuple[str, ...]  # "communique": a header line, the template's name
    press_release_headers: tuple[str, ...]  # "nota de imprensa", "press release"
    total_labels: frozenset[str]  # "total": a table's total row, repeating its figures
    reference_sign_patterns: tuple[str, ...]  # "n°" of "Communiqué N°2023-017": a header's
    date_links: tuple[str, ...]  # "de" of "12 de mayo", "octubre 21 de 2018"
    year_links: tuple[str, ...]  # "del" of "12 de mayo del 2018": before the year
    date_lead_words: frozenset[str]  # "le", "published": may stand before a date on its line
    city_of_patterns: tuple[str, ...]  # "Ciudad de Panamá", "Kuwait City": a capital

    # --- navigation: the site menu above a release, the share buttons around it ---
    skip_link_patterns: tuple[str, ...]  # "skip to main content", "aller au contenu"
    menu_headings: tuple[str, ...]  # "main menu", "fil d'ariane": a menu's heading line
    trail_labels: tuple[str, ...]  # "you are here", "vous etes ici": before a breadcrumb trail
    menu_labels: frozenset[str]  # "who we are", "nosso trabalho": a site menu's section labels
    share_buttons: tuple[str, ...]  # "share", "imprimer": a button on a line of its own
    share_suffix_patterns: tuple[str, ...]  # "… this page", "… sur \w+": after a button
    more_sharing_links: tuple[str, ...]  # "other ways to share"
    share_row_words: frozenset[str]  # "email", "envoyer": buttons only in a row of them
    share_row_links: frozenset[str]  # "by", "sur", "esta": small words between buttons

    #: positive/negative example sentences of the entries above (see tests/test_lexicon.py)
    examples: tuple[Example, ...]

    @cached_property
    def locale(self) -> Locale:
        return Locale.parse(self.code)

    def months(self, *widths: str) -> frozenset[str]:
        """Month names from CLDR, lower-cased ("juillet", "juil"); wide and abbreviated."""
        months = self.locale.months["format"]
        return frozenset(str(m).lower().rstrip(".") for width in (widths or ("wide", "abbreviated"))
                         for m in months[width].values())

    def weekdays(self) -> frozenset[str]:
        """Weekday names from CLDR, lower-cased."""
        days = self.locale.days["format"]
        return frozenset(str(d).lower().rstrip(".") for width in ("wide", "abbreviated")
                         for d in days[width].values())


class LexiconError(ValueError):
    """A lexicon file that lacks a field, or holds one of the wrong kind."""


def load(path: Path) -> Lexicon:
    """Read a lexicon file (TOML): every field of `Lexicon` must be there, and no other."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    names = [f.name for f in fields(Lexicon)]
    missing = [name for name in names if name not in data]
    unknown = sorted(set(data) - set(names))
    if missing or unknown:
        raise LexiconError(f"{path.name}: missing fields {missing}, unknown fields {unknown}")
    hints = typing.get_type_hints(Lexicon)
    try:
        return Lexicon(**{name: _convert(hints[name], data[name]) for name in names})
    except (TypeError, ValueError, KeyError) as e:
        raise LexiconError(f"{path.name}: {e}") from e


def _convert(hint: Any, raw: Any) -> Any:
    """A TOML value as the field's type; word sets gain the typographic apostrophe."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint in (str, bool):
        if not isinstance(raw, hint):
            raise TypeError(f"expected {hint.__name__}, got {raw!r}")
        return raw
    if hint in (float, int):
        return hint(raw)
    if origin is frozenset:
        return words(raw)
    if origin is dict:
        return {key: _convert(args[1], value) for key, value in raw.items()}
    if origin is tuple and args[0] is Example:
        return tuple(Example(e["rule"], e["expect"], tuple(e["positive"]),
                             tuple(e.get("negative", ()))) for e in raw)
    if origin is tuple:
        return tuple(raw)
    raise TypeError(f"no conversion to {hint}")
