"""What every language module provides: words, sentence frames and a few grammar hooks.

Frames are `str.format` templates. Placeholders: {intro} (a period phrase that opens the
sentence), {tail} (a period phrase that ends it), {span} (the labelled figure), {actor},
{verb}, {vp}, {pred}, {e}/{o} (gender endings), {in_country}, {the_country}, {theme}.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from pressroom.corpus.numbers import words

VOWELS = "aeiouyhàâäéèêëîïôöùûüAEIOUYHÀÂÉÈÊÎÔÛ"


@dataclass(frozen=True)
class Noun:
    """A countable noun phrase: the label's subject, as written."""

    text: str  # "victimes de traite"
    gender: str  # m | f (ignored in English)
    kind: str  # people | events | items | facilities | sites (sites: borderline, optional)


@dataclass(frozen=True)
class Language:
    """Everything the generator writes in one language."""

    code: str
    nouns: tuple[Noun, ...]
    # qualifier -> prefixes written before a number ("plus de ")
    qualifiers: dict[str, tuple[str, ...]]
    range_fmt: str  # "entre {a} et {b}"
    percent_signs: tuple[tuple[str, int], ...]  # ("%", 5), (" pour cent", 2)
    percent_word_sign: str  # used after a number in words: " pour cent"
    million: tuple[str, str]  # singular, plural
    fractions: tuple[tuple[float, str], ...]  # (0.3333, "un tiers")
    per: dict[str, tuple[str, ...]]  # "count/day" -> (" par jour",)
    money: dict[str, tuple[str, ...]]  # "USD" -> ("{n} dollars", ...); "{m}" = millions form
    money_million: dict[str, tuple[str, ...]]
    intros: tuple[tuple[str, str], ...]  # (template, period kind) kinds: one | since | between
    tails: tuple[tuple[str, str], ...]
    actors: tuple[str, ...]
    active: dict[str, tuple[str, ...]]  # noun kind -> verbs for "{actor} {verb} {span}"
    passive: dict[str, tuple[str, ...]]  # noun kind -> "{span} {vp}"
    percent_preds: tuple[str, ...]  # predicates after "X% des victimes"
    bare_preds: tuple[str, ...]  # predicates after a subject-less "X%"
    rate_preds: tuple[str, ...]
    site_frames: tuple[str, ...]
    money_frames: tuple[str, ...]
    donors: tuple[str, ...]
    purposes: tuple[str, ...]
    out_of: tuple[str, ...]  # "Sur {span}, {rest}."
    shares: tuple[tuple[str, str], ...]  # complementary predicates: adults / minors
    and_: str
    traps: tuple[str, ...]
    fillers: tuple[str, ...]
    quotes: tuple[str, ...]
    quote_frames: tuple[str, ...]
    roles: tuple[str, ...]
    titles: tuple[str, ...]
    figure_titles: tuple[str, ...]  # titles that repeat a people count: {span}
    themes: tuple[str, ...]
    months: tuple[str, ...]
    date_fmt: str  # "{d} {month} {y}"
    openers: tuple[str, ...]
    email_labels: tuple[str, ...]
    phone_labels: dict[str, tuple[str, ...]]  # kind -> labels
    extension_labels: tuple[str, ...]
    office_prefix: str  # "OIM"
    or_: str  # joins two inline contacts
    communique_header: tuple[str, ...]
    regions: tuple[str, ...]
    menus: tuple[str, ...] = field(default=())
    country_menus: tuple[str, ...] = field(default=())
    footers: tuple[str, ...] = field(default=())
    crowds: tuple[str, ...] = field(default=())  # nouns counted in millions or per day
    # Only Portuguese sets these (fr/en/es draw no extra random numbers, so their documents
    # for a given seed stay as they were):
    home_countries: tuple[str, ...] = field(default=())  # ISO codes most releases are about
    currencies: tuple[tuple[str, int], ...] = field(default=())  # replaces figures.CURRENCIES
    thousand_word: str = ""  # "mil": "54,3 mil pessoas" = 54300
    about_after: str = ""  # ", aproximadamente" written after the figure = about
    another: str = ""  # "mais " before a number means "another": the figure stays exact
    about_opener: str = ""  # "estima-se que " before the figure's clause = about

    # --- grammar hooks (French elision, Spanish articles) --------------------------------

    def qualify(self, prefix: str, rest: str) -> str:
        """Join a qualifier prefix and what follows it."""
        return prefix + rest

    def of(self, noun: Noun, rng: random.Random) -> str:
        """The partitive after a percentage or fraction: "des victimes", "of migrants"."""
        raise NotImplementedError

    def million_of(self, noun: Noun) -> str:
        """What follows "3,7 millions": "de personnes", "people", "de personas"."""
        raise NotImplementedError

    def number_words(self, n: int, noun: Noun) -> str:
        """n in words before `noun` (Portuguese agrees "duas clínicas")."""
        return words(n, self.code)

    def million_word(self, m: float) -> str:
        return self.million[0] if m < 2 else self.million[1]

    def percent_outside(self, qualifier: str) -> str:
        """Words before an exact percentage that stay outside the span (Spanish "el ")."""
        return ""

    def percent_prefix(self, rng: random.Random, qualifier: str) -> str:
        """Qualifier prefix before a percentage."""
        return rng.choice(self.qualifiers[qualifier]) if qualifier != "exact" else ""

    def count_prefix(self, rng: random.Random, qualifier: str, noun: Noun | None) -> str:
        """Qualifier prefix before a count."""
        return rng.choice(self.qualifiers[qualifier]) if qualifier != "exact" else ""

    def agree(self, template: str, noun: Noun) -> str:
        """Fill gender endings: {e} -> "e"/"" (fr), {o} -> "o"/"a" (es)."""
        fem = noun.gender == "f"
        return template.replace("{e}", "e" if fem else "").replace("{o}", "a" if fem else "o")


def elide(prefix: str, rest: str) -> str:
    """French elision: "plus de" + "un tiers" -> "plus d'un tiers"."""
    if prefix.endswith("de ") and rest[:1] in VOWELS and not rest[:1].isdigit():
        return prefix[:-3] + "d'" + rest
    return prefix + rest
