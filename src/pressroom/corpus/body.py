"""One release's content: title, dateline, sentences with their statistics, traps, contacts."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from pressroom.corpus import figures
from pressroom.corpus.contacts import FIRST, LAST, NAME_POOL, Contact, make_contact
from pressroom.corpus.countries import BY_CODE, COUNTRIES, HQ, Country
from pressroom.corpus.figures import Figure
from pressroom.corpus.lang import Language, Noun
from pressroom.corpus.numbers import capitalise
from pressroom.corpus.traps import date, traps

SENTENCES = (
    ("passive", 18),
    ("active", 18),
    ("range", 5),
    ("percent", 12),
    ("percent_words", 3),
    ("percent_range", 3),
    ("out_of", 5),
    ("fraction", 6),
    ("money", 10),
    ("rate", 5),
    ("sites", 4),
)
WORLDWIDE = {"fr": "dans le monde", "en": "worldwide", "es": "en el mundo", "pt": "no mundo"}
DASHES = (" - ", " – ", " — ")

Period = tuple[int | None, int | None]


@dataclass
class Draft:
    """A release before layout: everything the expected JSON and the page need."""

    lang: Language
    country: Country  # the labelled main country
    title: str | None
    dateline: str | None
    dateline_text: str  # what opens the first paragraph ("Pérou - ")
    published_on: str | None
    paragraphs: list[str]
    statistics: list[dict]
    contacts: list[Contact]
    contact_text: str = ""
    hotlines: list[str] = field(default_factory=list)
    date_line: str | None = None  # a web page's publication date under the title
    year: int = 2016  # publication year

    @property
    def phones_written(self) -> list[str]:
        return self.hotlines + [p.written for c in self.contacts for p in c.phones]

    def expected(self, source: str, template: str) -> dict:
        return {
            "source": source,
            "release": {
                "title": self.title,
                "language": self.lang.code,
                "template": template,
                "dateline": self.dateline,
                "country": self.country.code,
                "published_on": self.published_on,
            },
            "contacts": [c.label() for c in self.contacts],
            "statistics": self.statistics,
        }


def decap(text: str) -> str:
    """ "L'OIM" -> "l'OIM", "Le programme" -> "le programme"; "IOM" stays."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


class Writer:
    """Writes the sentences of one release and collects their labels."""

    def __init__(self, rng: random.Random, lang: Language, fmt: dict[str, str], year: int):
        self.rng, self.lang, self.fmt, self.year = rng, lang, fmt, year
        self.used: set[tuple[float, str]] = set()
        self.labels: list[dict] = []

    # --- helpers ---------------------------------------------------------------------------
    def noun(self, *kinds: str) -> Noun:
        return self.rng.choice([n for n in self.lang.nouns if n.kind in kinds])

    def crowd(self) -> Noun:
        return self.rng.choice([n for n in self.lang.nouns if n.text in self.lang.crowds])

    def qualifier(self) -> str:
        return figures.choose(self.rng, figures.QUALIFIERS)

    def period(self, phrases: tuple[tuple[str, str], ...]) -> tuple[str, Period]:
        template, kind = self.rng.choice(phrases)
        y = self.rng.randint(2000, self.year - 1)  # periods end by the publication year
        y2 = self.rng.randint(y + 1, self.year)
        period: Period = {"one": (y, y), "since": (y, None), "between": (y, y2)}[kind]
        return template.format(y=y, y2=y2), period

    def fresh(self, *figs: Figure) -> bool:
        keys = [(float(f.label["value"]), f.label["unit"]) for f in figs]
        if len(set(keys)) < len(keys) or any(k in self.used for k in keys):
            return False
        self.used.update(keys)
        return True

    def keep(self, sentence: str, figs: list[Figure], period: Period = (None, None)) -> str:
        self.labels.extend(f.final_label(period) for f in figs)
        return sentence

    def actor(self) -> str:
        return self.rng.choice(self.lang.actors).format(**self.fmt)

    # --- sentences -------------------------------------------------------------------------
    def statistic_sentence(self) -> str:
        """One sentence asserting one to three statistics (retried until values are new)."""
        while True:
            kind = figures.choose(self.rng, SENTENCES)
            made = getattr(self, f"_{kind}")()
            if made is not None:
                return made

    def _count_figure(self, noun: Noun) -> Figure:
        rng = self.rng
        if noun.kind in ("items", "facilities") and rng.random() < 0.2:
            return figures.count(rng, self.lang, noun, "exact", "words")
        style = "millions" if noun.text in self.lang.crowds and rng.random() < 0.3 else "digits"
        return figures.count(rng, self.lang, noun, self.qualifier(), style)

    def passive(self, fig: Figure, noun: Noun) -> str | None:
        if not self.fresh(fig):
            return None
        vp = self.lang.agree(self.rng.choice(self.lang.passive[noun.kind]), noun)
        period: Period
        intro, period = ("", (None, None))
        if self.rng.random() < 0.5:
            intro, period = self.period(self.lang.intros)
        fig = fig if intro else fig.capitalised()
        return self.keep(f"{intro}{fig.written} {vp}.", [fig], period)

    def active(self, fig: Figure, noun: Noun) -> str | None:
        if not self.fresh(fig):
            return None
        verb = self.rng.choice(self.lang.active[noun.kind])
        actor = self.actor()
        roll = self.rng.random()
        intro = tail = ""
        period: Period = (None, None)
        if roll < 0.4:
            tail, period = self.period(self.lang.tails)
        elif roll < 0.55:
            intro, period = self.period(self.lang.intros)
            actor = decap(actor)
        return self.keep(f"{intro}{actor} {verb} {fig.written}{tail}.", [fig], period)

    def _passive(self) -> str | None:
        noun = self.noun("people", "events", "items", "facilities")
        fig = self._count_figure(noun)
        lang = self.lang
        if (lang.about_after and fig.label["qualifier"] == "exact"
                and not (lang.another and fig.span.startswith(lang.another))
                and self.rng.random() < 0.25):
            fig = fig.about_after(lang.about_after)  # "1.200 pessoas, aproximadamente,"
        elif (lang.about_opener and fig.label["qualifier"] == "exact"
              and self.rng.random() < 0.1):  # "estima-se que 1.200 pessoas foram…"
            fig = Figure(fig.span, {**fig.label, "qualifier": "about"}, lang.about_opener)
        return self.passive(fig, noun)

    def _active(self) -> str | None:
        noun = self.noun("people", "events", "items", "facilities")
        return self.active(self._count_figure(noun), noun)

    def _range(self) -> str | None:
        noun = self.noun("people", "events", "items")
        fig = figures.count_range(self.rng, self.lang, noun)
        return self.passive(fig, noun) if self.rng.random() < 0.5 else self.active(fig, noun)

    def _percent(self) -> str | None:
        rng, lang = self.rng, self.lang
        noun = self.noun("people")
        first = figures.percent(rng, lang, self.qualifier(), noun)
        pred = lang.agree(rng.choice(lang.percent_preds), noun)
        figs = [first]
        rest = ""
        if rng.random() < 0.4:
            second = figures.percent(rng, lang, "exact", None, self.bare_pred(noun))
            figs.append(second)
            rest = lang.and_ + second.written
        if not self.fresh(*figs):
            return None
        period: Period
        intro, period = ("", (None, None))
        if rng.random() < 0.4:
            intro, period = self.period(lang.intros)
        else:
            figs[0] = first = first.capitalised()
        return self.keep(f"{intro}{first.written} {pred}{rest}.", figs, period)

    def bare_pred(self, noun: Noun) -> str:
        head = noun.text.split()[0]  # no "of 99 women, 60% were women"
        pred = self.lang.agree(
            self.rng.choice([p for p in self.lang.bare_preds if head not in p]), noun
        )
        return pred.format(a=self.rng.randint(10, 17), b=self.rng.randint(18, 30))

    def _percent_words(self) -> str | None:
        noun = self.noun("people")
        fig = figures.percent(self.rng, self.lang, "exact", noun, words_first=True)
        if not self.fresh(fig):
            return None
        pred = self.lang.agree(self.rng.choice(self.lang.percent_preds), noun)
        return self.keep(f"{fig.written} {pred}.", [fig])

    def _percent_range(self) -> str | None:
        noun = self.noun("people")
        fig = figures.percent_range(self.rng, self.lang, noun)
        if not self.fresh(fig):
            return None
        pred = self.lang.agree(self.rng.choice(self.lang.percent_preds), noun)
        intro, period = (
            self.period(self.lang.intros) if self.rng.random() < 0.4 else ("", (None, None))
        )
        fig = fig if intro else fig.capitalised()
        return self.keep(f"{intro}{fig.written} {pred}.", [fig], period)

    def _out_of(self) -> str | None:
        rng, lang = self.rng, self.lang
        # "Sur 99 victimes, 89 pour cent sont des adultes et 11 pour cent sont mineures."
        people = [n for n in lang.nouns if n.text in lang.crowds[:4]]
        noun = rng.choice(people)
        total = figures.count(rng, lang, noun, "exact", "digits")
        share = rng.randint(3, 97)
        preds = [lang.agree(p, noun) for p in rng.choice(lang.shares)]
        sign = figures.choose(rng, lang.percent_signs)
        parts = [figures.percent(rng, lang, "exact", None, pred, value=v, sign=sign)
                 for pred, v in zip(preds, (share, 100 - share), strict=True)]
        if not self.fresh(total, *parts):
            return None
        rest = parts[0].written + lang.and_ + parts[1].written
        return self.keep(
            rng.choice(lang.out_of).format(span=total.written, rest=rest), [total, *parts]
        )

    def _fraction(self) -> str | None:
        noun = self.noun("people")
        fig = figures.fraction(self.rng, self.lang, noun)
        if not self.fresh(fig):
            return None
        pred = self.lang.agree(self.rng.choice(self.lang.percent_preds), noun)
        intro, period = (
            self.period(self.lang.intros) if self.rng.random() < 0.3 else ("", (None, None))
        )
        fig = fig if intro else fig.capitalised()
        return self.keep(f"{intro}{fig.written} {pred}.", [fig], period)

    def _money(self) -> str | None:
        rng, lang = self.rng, self.lang
        fig = figures.money(rng, lang, self.qualifier())
        if not self.fresh(fig):
            return None
        frame = rng.choice(lang.money_frames)
        donor = rng.choice(lang.donors)
        period: Period
        intro, period = ("", (None, None))
        if "{intro}" in frame and rng.random() < 0.6:
            intro, period = self.period(lang.intros)
        donor_lc = decap(donor) if intro or not frame.startswith("{intro}") else donor
        sentence = frame.format(
            intro=intro,
            donor=donor,
            donor_lc=donor_lc,
            span=fig.written,
            purpose=rng.choice(lang.purposes),
        )
        return self.keep(sentence, [fig], period)

    def _rate(self) -> str | None:
        noun = self.crowd()
        fig = figures.rate(self.rng, self.lang, noun, self.qualifier()).capitalised()
        if not self.fresh(fig):
            return None
        pred = self.rng.choice(self.lang.rate_preds).format(**self.fmt)
        return self.keep(f"{fig.written} {pred}.", [fig])

    def _sites(self) -> str | None:
        noun = self.noun("sites")
        style = "words" if self.rng.random() < 0.6 else "digits"
        fig = figures.count(self.rng, self.lang, noun, "exact", style)
        if style == "digits" and fig.label["value"] > 200:
            return None
        if not self.fresh(fig):
            return None
        return self.keep(self.rng.choice(self.lang.site_frames).format(span=fig.written), [fig])

    def figure_title(self) -> tuple[str, str] | None:
        """A title repeating a people count that the body states too: (title, body sentence)."""
        noun = self.noun("people")
        fig = figures.count(self.rng, self.lang, noun, self.qualifier(), "digits")
        sentence = self.active(fig, noun)
        if sentence is None:
            return None
        title = self.rng.choice(self.lang.figure_titles).format(span=fig.span, **self.fmt)
        return capitalise(title), sentence


def _filler(rng: random.Random, lang: Language, fmt: dict[str, str], mention: bool) -> str:
    pool = [f for f in lang.fillers if ("{in_country}" in f) == mention] or list(lang.fillers)
    return rng.choice(pool).format(**fmt)


def _quote(rng: random.Random, lang: Language, country: Country, fmt: dict[str, str]) -> str:
    pool = NAME_POOL.get(country.code, lang.code)
    name = f"{rng.choice(FIRST[pool])} {rng.choice(LAST[pool])}"
    roles = [r for r in lang.roles if country.code != "CH" or "{in_country}" not in r]
    role = rng.choice(roles).format(**fmt)
    return rng.choice(lang.quote_frames).format(quote=rng.choice(lang.quotes), name=name, role=role)


def _dateline(
    rng: random.Random, lang: Language, country: Country, hq: bool, year: int
) -> tuple[str | None, str, str | None]:
    """(dateline label, text opening the body, published_on)."""
    if not hq and rng.random() < 0.35:
        return None, "", None
    city = country.city[lang.code]
    dash = rng.choice(DASHES)
    options = [city, f"{city.upper()}, DATE"]
    if not hq:
        options += [country.names(lang.code).name, f"{city}, {country.names(lang.code).name}"]
        if lang.code != "en":
            options.append(country.en.name)
    place = rng.choice(options)
    if place.endswith("DATE"):
        written, iso = date(rng, lang, year)
        place = place[: -len(", DATE")]
        return place, f"{place}, {written}{dash}", iso
    return place, f"{place}{dash}", None


def pick_country(rng: random.Random, lang: Language) -> Country:
    """The release's country: mostly the language's home countries when it has some (pt)."""
    if lang.home_countries and rng.random() < 0.7:
        return BY_CODE[rng.choice(lang.home_countries)]
    return rng.choice(COUNTRIES)


def draft_release(rng: random.Random, lang: Language, country: Country | None = None) -> Draft:
    """Content of one release in `lang`, with its labels (about `country` when given)."""
    if country is None:
        hq = rng.random() < 0.1
        country = HQ if hq else pick_country(rng, lang)
    else:
        hq = country is HQ
    names = country.names(lang.code)
    in_country = WORLDWIDE[lang.code] if hq else names.in_
    fmt = {
        "in_country": in_country,
        "In_country": capitalise(in_country),
        "the_country": names.the,
        "country": names.name,
        "theme": rng.choice(lang.themes),
    }
    year = rng.randint(2004, 2024)  # publication year: periods and dates don't pass it
    writer = Writer(rng, lang, fmt, year)
    sentences: list[str] = []
    title = None
    if rng.random() < 0.2 and (made := writer.figure_title()):
        title, first = made
        sentences.append(first)
    if title is None:
        titles = [t for t in lang.titles if not (hq and "{the_country}" in t)]
        title = capitalise(rng.choice(titles).format(**fmt))
    for _ in range(rng.randint(1, 6)):
        sentences.append(writer.statistic_sentence())
    trap_sentences, hotlines = traps(rng, lang, country, rng.randint(1, 4), year, in_country)
    sentences += trap_sentences
    plain = [f for f in lang.fillers if "{in_country}" not in f]
    sentences += [f.format(**fmt) for f in rng.sample(plain, rng.randint(1, 3))]
    sentences += [_quote(rng, lang, country, fmt) for _ in range(rng.randint(0, 2))]
    rng.shuffle(sentences)
    mention = _filler(rng, lang, fmt, not hq)
    sentences.insert(rng.randint(0, min(2, len(sentences))), mention)
    paragraphs: list[str] = []
    while sentences:
        k = rng.choice((1, 1, 2, 2, 3))
        paragraphs.append(" ".join(sentences[:k]))
        sentences = sentences[k:]
    dateline, opening, published_on = _dateline(rng, lang, country, hq, year)
    paragraphs[0] = opening + paragraphs[0]
    contacts: list[Contact] = []
    taken: set[str] = set()
    for _ in range(1 if rng.random() < 0.75 else 2):
        office = HQ if hq or rng.random() < 0.15 else country
        contacts.append(make_contact(rng, lang, office, country, taken))
    return Draft(
        lang,
        country,
        title,
        dateline,
        opening,
        published_on,
        paragraphs,
        writer.labels,
        contacts,
        hotlines=hotlines,
        year=year,
    )
