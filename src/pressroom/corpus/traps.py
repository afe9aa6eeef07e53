"""Numbers that are not statistics: laws, years, dates, durations, ages, phone lines, lists…

Each trap is a sentence from the language module with its placeholders filled here; none of
them is ever labelled. Hotline numbers are returned so tests can check no label overlaps them.
"""

from __future__ import annotations

import random

from pressroom.corpus.countries import Country
from pressroom.corpus.lang import Language
from pressroom.corpus.numbers import integer, words

LAWS = ("985", "1098", "28950", "1257", "26364", "2016-274", "1708")
RESOLUTIONS = ("2240", "2331", "2388", "1325")
ORDINALS = {
    "fr": ("deuxième", "troisième", "quatrième", "cinquième", "10e", "3e"),
    "en": ("second", "third", "fourth", "fifth", "10th", "3rd"),
    "es": ("segunda", "tercera", "cuarta", "quinta", "décima", "3ª"),
    "pt": ("segunda", "terceira", "quarta", "quinta", "décima", "3ª"),
}
INSTITUTIONS = {
    "fr": ("le ministère de l'Intérieur", "le ministère de la Justice", "le ministère de la Santé",
           "le ministère des Affaires étrangères", "la police nationale", "le parquet"),
    "en": ("the Ministry of the Interior", "the Ministry of Justice", "the Ministry of Health",
           "the Ministry of Foreign Affairs", "the national police", "the prosecutor's office"),
    "es": ("el Ministerio del Interior", "el Ministerio de Justicia", "el Ministerio de Salud",
           "el Ministerio de Relaciones Exteriores", "la Policía Nacional", "la Fiscalía"),
    "pt": ("o Ministério da Justiça", "o Ministério da Saúde", "o Ministério das Relações "
           "Exteriores", "a Polícia Federal", "a Defensoria Pública", "o Ministério Público"),
}


def hotline(rng: random.Random) -> str:
    """A toll-free line as releases print them: "01 8000 52 20 20"."""
    d = rng.randint
    return rng.choice((
        f"01 8000 {d(10, 99)} {d(10, 99)} {d(10, 99)}",
        f"0800 {d(100, 999)} {d(100, 999)}",
        f"1-800-{d(200, 999)}-{d(1000, 9999)}",
        f"0800-{d(10000, 99999)}",
    ))


def date(rng: random.Random, lang: Language, year: int | None = None) -> tuple[str, str]:
    """A written date and its ISO form: ("12 mai 2016", "2016-05-12")."""
    y = year or rng.randint(2005, 2023)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    day = "1er" if (d == 1 and lang.code == "fr") else str(d)
    text = lang.date_fmt.format(d=day, month=lang.months[m - 1], y=y)
    return text, f"{y:04d}-{m:02d}-{d:02d}"


def _join(items: list[str], and_: str) -> str:
    return ", ".join(items[:-1]) + and_ + items[-1]


def traps(rng: random.Random, lang: Language, country: Country, n: int, year: int,
          in_country: str) -> tuple[list[str], list[str]]:
    """n different trap sentences and the phone-like strings they hold."""
    sentences: list[str] = []
    phones: list[str] = []
    for template in rng.sample(lang.traps, n):
        text, found = trap(rng, lang, country, template, year, in_country)
        sentences.append(text)
        phones += found
    return sentences, phones


def trap(rng: random.Random, lang: Language, country: Country, template: str,
         before: int, in_country: str) -> tuple[str, list[str]]:
    """A trap sentence filled in, and the phone-like strings it holds."""
    year = rng.randint(1995, before)
    geo_total = rng.randint(6, 20)
    n_list = rng.randint(3, 5)
    institutions = rng.sample(INSTITUTIONS[lang.code], n_list)
    phones: list[str] = []
    fields = {
        "lawno": rng.choice(LAWS), "year": year, "prison": rng.randint(8, 30),
        "dur_word": words(rng.randint(2, 12), lang.code),
        "geo_word": words(rng.randint(2, geo_total - 1), lang.code),
        "geo_total_word": words(geo_total, lang.code),
        "orgs": rng.randint(5, 60), "geo": rng.randint(3, 40),
        "list_word": words(n_list, lang.code), "list": _join(institutions, lang.and_),
        "date": date(rng, lang, rng.randint(2000, before))[0], "city": country.city[lang.code],
        "ordinal": rng.choice(ORDINALS[lang.code]),
        "kids_word": words(rng.randint(2, 6), lang.code),
        "km": rng.randint(20, 400), "alt": integer(rng, rng.randint(25, 45) * 100, lang.code),
        "age": rng.randint(10, 17), "age2": rng.randint(18, 35),
        "age_limit": rng.choice((5, 15, 18)), "res": rng.choice(RESOLUTIONS),
        "in_country": in_country,
        "hour": rng.randint(8, 17), "minute": rng.choice(("00", "15", "30", "45")),
    }
    if "{hotline}" in template:
        fields["hotline"] = number = hotline(rng)
        phones.append(number)
    if "{day}" in template:  # "de 17 a 19 de maio": a date range, not a statistic
        fields["day"] = day = rng.randint(2, 20)
        fields["day2"] = day + rng.randint(1, 8)
        fields["month"] = rng.choice(lang.months)
    if "{hours}" in template:  # "nas primeiras 48 horas": a duration
        fields["hours"] = rng.choice((24, 48, 72))
    return template.format(**fields), phones
