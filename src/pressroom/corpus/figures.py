"""Statistics: pick the label first (value, unit, qualifier, subject), then write its span.

Every function returns a `Figure` whose `label` is what a careful reader would record under the
rules of the seeds README, and whose `span` is the exact text written in the release.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from pressroom.corpus.lang import Language, Noun
from pressroom.corpus.numbers import (
    GROUPING,
    capitalise,
    decimal,
    integer,
    pick,
    places_of,
    words,
)

QUALIFIERS = (("exact", 40), ("more_than", 22), ("about", 20), ("at_least", 6),
              ("up_to", 6), ("less_than", 6))
CEILING = {"people": 500_000, "events": 200_000, "items": 300_000, "facilities": 3_000,
           "sites": 200}
CURRENCIES = (("USD", 10), ("EUR", 3), ("CHF", 1))


@dataclass
class Figure:
    """A labelled statistic and how it is written."""

    span: str  # exact text in the release (the label's `text`)
    label: dict  # value, unit, qualifier, value_max?, subject, optional?
    outside: str = ""  # words that precede the span in the sentence (Spanish "el ")
    after: str = ""  # punctuation that follows the span in the sentence

    def capitalised(self) -> Figure:
        """The figure at the start of a sentence."""
        if self.outside:
            return Figure(self.span, self.label, capitalise(self.outside), self.after)
        return Figure(capitalise(self.span), self.label, after=self.after)

    def about_after(self, words_: str) -> Figure:
        """An exact figure followed by ", aproximadamente": the qualifier becomes about."""
        return Figure(self.span + words_, {**self.label, "qualifier": "about"}, self.outside,
                      ",")

    @property
    def written(self) -> str:
        return self.outside + self.span + self.after

    def final_label(self, period: tuple[int | None, int | None]) -> dict:
        """The expected-JSON statistic with the period of its sentence."""
        out = {"value": self.label["value"], "unit": self.label["unit"],
               "qualifier": self.label["qualifier"]}
        if "value_max" in self.label:
            out["value_max"] = self.label["value_max"]
        out |= {"subject": self.label.get("subject"), "period_start": period[0],
                "period_end": period[1], "text": self.span}
        if self.label.get("optional"):
            out["optional"] = True
        return out


def choose(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    items, weights = zip(*weighted, strict=True)
    return rng.choices(items, weights)[0]


def nice_count(rng: random.Random, low: int = 10, high: int = 500_000) -> int:
    """A count as releases quote them: often rounded, sometimes exact."""
    while True:
        value = int(10 ** rng.uniform(len(str(low)) - 1, len(str(high)) - 1 + 0.7))
        digits = len(str(value))
        keep = rng.choice((1, 2, 2, 3, digits))
        scale = 10 ** max(digits - keep, 0)
        value = max(value // scale * scale, low)
        if low <= value <= high:
            return value


def _plain(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x


def count(rng: random.Random, lang: Language, noun: Noun, qualifier: str, style: str) -> Figure:
    """A count of people, events, items or facilities.

    style: digits (3 900), millions (3,7 millions de personnes), words (trois cliniques).
    """
    if style == "words":
        qualifier = "exact"
        n = rng.randint(2, 12)
        number = lang.number_words(n, noun)
        value: float = n
        tail = " " + noun.text
    elif style == "millions":
        m = rng.choice((rng.randint(2, 40), round(rng.uniform(1.1, 9.9), 1),
                        round(rng.uniform(1.01, 4.99), 2)))
        number = f"{decimal(m, lang.code, places_of(m))} {lang.million_word(m)}"
        value = round(m * 1_000_000)
        tail = " " + lang.million_of(noun)
    else:
        value = nice_count(rng, 10, CEILING[noun.kind])
        number = integer(rng, int(value), lang.code)
        if lang.thousand_word and value >= 10_000 and value % 100 == 0 and rng.random() < 0.3:
            k = value / 1000  # "54,3 mil pessoas"
            number = f"{decimal(k, lang.code, places_of(k))} {lang.thousand_word}"
        tail = " " + noun.text
    prefix = lang.count_prefix(rng, qualifier, noun)
    if qualifier == "exact" and style == "digits" and lang.another and rng.random() < 0.1:
        prefix = lang.another  # "mais 230 famílias": another 230, still exact
    span = lang.qualify(prefix, number) + tail
    label = {"value": _plain(value), "unit": "count", "qualifier": qualifier,
             "subject": noun.text}
    if noun.kind == "sites":
        label["optional"] = True
    return Figure(span, label)


def count_range(rng: random.Random, lang: Language, noun: Noun) -> Figure:
    """"entre 150 et 180 familles": qualifier range, value and value_max."""
    low = nice_count(rng, 10, 50_000)
    high = low + nice_count(rng, max(low // 10, 10), max(low, 20))
    sep = pick(rng, GROUPING[lang.code])  # both bounds grouped the same way
    a, b = integer(rng, low, lang.code, sep), integer(rng, high, lang.code, sep)
    span = lang.range_fmt.format(a=a, b=b) + " " + noun.text
    return Figure(span, {"value": low, "value_max": high, "unit": "count",
                         "qualifier": "range", "subject": noun.text})


def _percent_number(rng: random.Random, lang: Language) -> tuple[float, str]:
    if rng.random() < 0.15:
        value = round(rng.uniform(1.1, 98.9), 1)
        if float(value).is_integer():
            value += 0.5
        number = decimal(value, lang.code, 1)
    else:
        value = rng.randint(2, 98)
        number = str(value)
    sign = choose(rng, lang.percent_signs)
    return value, number + sign


def percent(rng: random.Random, lang: Language, qualifier: str, noun: Noun | None,
            pred: str = "", words_first: bool = False, value: float | None = None,
            sign: str | None = None) -> Figure:
    """"près de 80% des victimes identifiées" (subject) or "61% étaient âgées…" (no subject)."""
    if words_first:
        n = rng.choice([x for x in range(10, 99) if x % 10 != 1])
        value = n
        pct = capitalise(words(n, lang.code)) + lang.percent_word_sign
        qualifier = "exact"
    elif value is not None:
        pct = f"{value}{sign or choose(rng, lang.percent_signs)}"
    else:
        value, pct = _percent_number(rng, lang)
    prefix = lang.percent_prefix(rng, qualifier)
    head = prefix + pct
    if noun is not None:
        span = f"{head} {lang.of(noun, rng)}"
        subject = noun.text
    else:
        span = f"{head} {pred}"
        subject = None
    outside = "" if words_first else lang.percent_outside(qualifier)
    return Figure(span, {"value": _plain(value), "unit": "percent", "qualifier": qualifier,
                         "subject": subject}, outside)


def percent_range(rng: random.Random, lang: Language, noun: Noun) -> Figure:
    """"entre 20 et 25 % des ménages"."""
    low = rng.randint(5, 60)
    high = low + rng.randint(2, 20)
    sign = choose(rng, lang.percent_signs)
    span = lang.range_fmt.format(a=low, b=f"{high}{sign}") + " " + lang.of(noun, rng)
    return Figure(span, {"value": low, "value_max": high, "unit": "percent",
                         "qualifier": "range", "subject": noun.text})


def fraction(rng: random.Random, lang: Language, noun: Noun) -> Figure:
    """"un tiers des migrants" -> 0.3333 fraction."""
    value, words_ = rng.choice(lang.fractions)
    qualifier = rng.choice(("exact", "exact", "more_than", "about"))
    prefix = ""
    if qualifier != "exact":  # "quelque"/"some" don't go before a fraction
        prefix = rng.choice([p for p in lang.qualifiers[qualifier]
                             if p not in ("quelque ", "some ", "aproximadamente ")])
    span = lang.qualify(prefix, words_) + " " + lang.of(noun, rng)
    return Figure(span, {"value": value, "unit": "fraction", "qualifier": qualifier,
                         "subject": noun.text})


def money(rng: random.Random, lang: Language, qualifier: str) -> Figure:
    """"2 millions de dollars", "US$ 1.5 million", "€ 300 000" -> currency:ISO."""
    currency = choose(rng, lang.currencies or CURRENCIES)
    if rng.random() < 0.55:
        m = rng.choice((rng.randint(2, 60), round(rng.uniform(1.1, 9.9), 1)))
        number = f"{decimal(m, lang.code, places_of(m))} {lang.million_word(m)}"
        value = round(m * 1_000_000)
        amount = rng.choice(lang.money_million[currency]).format(m=number)
    else:
        value = nice_count(rng, 10_000, 45_000_000)
        number = integer(rng, value, lang.code)
        amount = rng.choice(lang.money[currency]).format(n=number)
    if lang.code == "es" and qualifier == "about" and rng.random() < 0.4:
        prefix = "unos "
    else:
        prefix = lang.count_prefix(rng, qualifier, None)
    span = lang.qualify(prefix, amount)
    return Figure(span, {"value": value, "unit": f"currency:{currency}",
                         "qualifier": qualifier, "subject": None})


def rate(rng: random.Random, lang: Language, noun: Noun, qualifier: str) -> Figure:
    """"près de 3 000 migrants par jour" -> count/day."""
    unit = rng.choice(("count/day", "count/day", "count/year"))
    value = nice_count(rng, 20, 20_000)
    prefix = lang.count_prefix(rng, qualifier, noun)
    span = (lang.qualify(prefix, integer(rng, value, lang.code)) + " " + noun.text
            + rng.choice(lang.per[unit]))
    return Figure(span, {"value": value, "unit": unit, "qualifier": qualifier,
                         "subject": noun.text})
