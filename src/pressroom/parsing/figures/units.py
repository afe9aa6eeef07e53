"""Units written around a number: percent, money (ISO 4217), rates ("par jour", "al año"), and
the time and measure units that make a number a duration or a physical measure.

Currency names and symbols come from babel's CLDR data (every supported language; singular and
plural, e.g. "francs suisses", "dólares estadounidenses", "US$", "€", "R$") for the currencies
pycountry lists as current. The words CLDR lacks (the bare "dollars" releases use for US
dollars), percent words, rates and units come from the lexicons. A bare "$" or "dollars" on a
page from a country whose own currency CLDR writes so is that currency (`local_dollar`,
`local_dollar_word`).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry
from babel import Locale
from babel.numbers import get_currency_name

from pressroom.parsing.figures.candidate import Candidate
from pressroom.parsing.lexicon import LANGUAGES, lexicon, union
from pressroom.parsing.text import (
    SPACES,
    alternation,
    lexicon_alternation,
    lexicon_key,
    token_columns,
    tokens,
)

_SP = SPACES + "*"


@cache
def _percent_re() -> re.Pattern[str]:
    return re.compile(_SP + r"(?:%|(?:" + alternation(union("percent_words")) + r")(?!\w))",
                      re.IGNORECASE)


_SYMBOL_PRIORITY = ("USD", "EUR", "GBP", "CHF", "JPY")


@dataclass(frozen=True, slots=True)
class Currencies:
    """Currency names, symbols and codes, each mapped to its ISO 4217 code."""

    names: dict[str, str]
    symbols: dict[str, str]
    symbols_longest_first: tuple[str, ...]
    codes: frozenset[str]
    name_re: re.Pattern[str]
    symbol_re: re.Pattern[str]


#: ISO 4217 codes of metals, funds and accounting units ("gold", "special drawing rights"):
#: their words are no currency in prose.
_NOT_MONEY = frozenset({
    "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XDR", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX",
    "BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW",
})


def _plural_heads(plurals: dict[str, dict[str, str]]) -> dict[str, str]:
    """The currency noun of a plural CLDR name, when only one currency uses it: "meticais"
    of "meticais moçambicanos", "meticals" of "Mozambican meticals" (the head comes first or
    last as the language's lexicon says). "dollars" or "francos" name many: not taken."""
    owners: dict[str, set[str]] = {}
    for lang, names in plurals.items():
        first = lexicon(lang).head_first
        for name, code in names.items():
            words = name.split()
            if len(words) >= 2 and "(" not in name:
                owners.setdefault(words[0] if first else words[-1], set()).add(code)
    return {w: next(iter(codes)) for w, codes in owners.items() if len(codes) == 1}


@cache
def _regional_symbols() -> tuple[tuple[str, str, str], ...]:
    """(territory, currency, sign) of each country's own currency in its regional locales of
    the lexicon languages ("NG", "NGN", "₦" of en_NG; "SL", "SLE", "Le" of en_SL), where the
    sign is not the code. Read once: each locale is a file to load."""
    from babel.localedata import locale_identifiers
    from babel.numbers import get_territory_currencies

    found = []
    for identifier in sorted(locale_identifiers()):
        language, _, territory = identifier.partition("_")
        if language not in LANGUAGES or not territory.isalpha():
            continue
        local = get_territory_currencies(territory, tender=True)
        if not local or local[0] in _NOT_MONEY:
            continue
        symbol = Locale.parse(identifier).currency_symbols.get(local[0], "")
        visible = "".join(ch for ch in symbol if unicodedata.category(ch) != "Cf")  # CVE: "\u200b"
        if visible.strip() and symbol != local[0]:
            found.append((territory, local[0], symbol))
    return tuple(found)


def _territory_symbols(codes: frozenset[str]) -> dict[str, str]:
    """The signs CLDR gives a country's own currency in its regional locales of the lexicon
    languages ("₦" of en_NG, "₱" of en_PH, "GH₵" of en_GH), where the language's general
    locale writes its code ("NGN"): those a single currency uses and that are no word."""
    owners: dict[str, set[str]] = {}
    for _, code, symbol in _regional_symbols():
        if code in codes and not symbol.isalpha():
            owners.setdefault(symbol, set()).add(code)
            # Hand-written: CLDR has one sign per locale, but pages type the cedi sign "₵"
            # (U+20B5, missing from many fonts and keyboards) as the cent sign "¢": "GH¢".
            if "₵" in symbol:
                owners.setdefault(symbol.replace("₵", "¢"), set()).add(code)
    return {symbol: next(iter(owned)) for symbol, owned in owners.items() if len(owned) == 1}


@cache
def currencies() -> Currencies:
    """Build the currency tables once (babel + pycountry)."""
    codes = frozenset(c.alpha_3 for c in pycountry.currencies) - {"XXX", "XTS"}
    names: dict[str, str] = {}
    symbols: dict[str, str] = {}
    ordered = [*_SYMBOL_PRIORITY, *sorted(codes - set(_SYMBOL_PRIORITY))]
    plurals: dict[str, dict[str, str]] = {}
    for lang in sorted(LANGUAGES, key=lambda c: c != "en"):
        locale = Locale.parse(lang)
        for code in ordered:
            for count in (1, 2):
                name = get_currency_name(code, count, locale).lower()
                if name != code.lower() and code not in _NOT_MONEY:
                    names.setdefault(name, code)
                    if count == 2:
                        plurals.setdefault(lang, {})[name] = code
            symbol = locale.currency_symbols.get(code)
            if symbol and symbol != code and not symbol.isalpha():
                symbols.setdefault(symbol, code)
    for symbol, code in _territory_symbols(codes).items():
        symbols.setdefault(symbol, code)
    for name, code in union("currency_names").items():
        if name.replace(" ", "").isalpha():
            names.setdefault(name.lower(), code)
        else:
            symbols[name] = code  # "C$", "S/": a symbol the lexicon gives
    for name, code in _plural_heads(plurals).items():
        names.setdefault(name, code)
    for abbreviation, name in union("currency_abbreviations").items():
        if name.lower() in names:
            symbols.setdefault(abbreviation, names[name.lower()])  # "Fr." -> francs -> local
            if abbreviation.replace(" ", "").isalpha():  # "12 milliards de FCFA"
                names.setdefault(abbreviation.lower(), names[name.lower()])
    name_alt = alternation(names)
    symbols_longest_first = tuple(sorted(symbols, key=len, reverse=True))
    symbol_alt = alternation(symbols_longest_first)
    return Currencies(
        names=names, symbols=symbols, symbols_longest_first=symbols_longest_first, codes=codes,
        name_re=re.compile(_SP + rf"(?:{lexicon_alternation('currency_links')}\s*)?"
                           rf"(?P<name>{name_alt})(?!\w)", re.IGNORECASE),
        symbol_re=re.compile(_SP + r"(?P<symbol>" + symbol_alt + r")(?![^\W\d_])"),
    )


_CODE_AFTER_RE = re.compile(_SP + r"(?P<code>[A-Z]{3})\b")
_CODE_BEFORE_RE = re.compile(r"\b(?P<code>[A-Z]{3})" + _SP + r"$")


@cache
def _scale_abbreviations() -> list[str]:
    """The currency abbreviations that are also scale words ("mdp", millones de pesos)."""
    scales = {s.lower() for s in union("scales")}
    return [a for a in union("currency_abbreviations") if a.lower() in scales]


@cache
def _scale_abbreviation_re() -> re.Pattern[str] | None:
    both = _scale_abbreviations()
    return re.compile(rf"(?<!\w)(?:{alternation(both)})$", re.IGNORECASE) if both else None


@cache
def _abbreviations_end_on_letters() -> bool:
    """Every one of `_scale_abbreviations` ends on a letter ("mdp"): then so does any text
    `_scale_abbreviation_re` matches (a character a letter matches, case ignored, is a
    letter)."""
    return all(a[-1].isalpha() for a in _scale_abbreviations())


def _currency_of_scale(text: str, pos: int) -> str | None:
    """"1,240 mdp": the scale word the number ended on also names the currency."""
    if _abbreviations_end_on_letters() and not text[pos - 1:pos].isalpha():
        return None  # the number ends on a digit (most): one character test, not a search
    pattern = _scale_abbreviation_re()
    m = pattern.search(text, max(0, pos - 8), pos) if pattern else None
    if m is None:
        return None
    abbreviation = next(a for a in union("currency_abbreviations")
                        if lexicon_key(a) == lexicon_key(m.group()))
    code = currencies().names.get(union("currency_abbreviations")[abbreviation].lower())
    return f"currency:{code}" if code else None


@cache
def _unit_after_re() -> re.Pattern[str]:
    """Any of the four patterns `unit_after` tries in turn (percent, code, currency name,
    currency symbol), each with its own case rule: one match tells whether one of them
    may match, where most numbers are followed by none."""
    table = currencies()
    return re.compile("|".join([f"(?i:{_percent_re().pattern})", f"(?:{_CODE_AFTER_RE.pattern})",
                                f"(?i:{table.name_re.pattern})", f"(?:{table.symbol_re.pattern})"]))


#: `unit_after` and `currency_before` remember their last answers: the figure reader asks them
#: about the same places in turn (a range's upper bound is the next figure's number).
_REMEMBERED = 256


@lru_cache(maxsize=_REMEMBERED)
def unit_after(text: str, pos: int) -> tuple[str, int] | None:
    """A percent sign/word or a currency written right after a number: (unit, end)."""
    if not _unit_after_re().match(text, pos):  # no sign, word or code after (most numbers)
        scaled = _currency_of_scale(text, pos)
        return (scaled, pos) if scaled else None
    m = _percent_re().match(text, pos)
    if m:
        return "percent", m.end()
    scaled = _currency_of_scale(text, pos)
    if scaled:
        return scaled, pos
    table = currencies()
    m = _CODE_AFTER_RE.match(text, pos)
    if m and m.group("code") in table.codes:
        return f"currency:{m.group('code')}", m.end()
    m = table.name_re.match(text, pos)
    if m:
        return f"currency:{table.names[' '.join(lexicon_key(m.group('name')).split())]}", m.end()
    m = table.symbol_re.match(text, pos)
    if m:
        return f"currency:{table.symbols[m.group('symbol')]}", m.end()
    return None


@cache
def _symbol_last_characters() -> frozenset[str]:
    """The characters the currency symbols end on ("$", "€", "F" of "CFA F"…)."""
    return frozenset(symbol[-1] for symbol in currencies().symbols_longest_first)


@lru_cache(maxsize=_REMEMBERED)
def currency_before(text: str, pos: int) -> tuple[str, int] | None:
    """A currency symbol or ISO code written right before a number ("US$ 1.5", "USD 300"):
    (unit, start)."""
    head = text[max(0, pos - 8):pos]
    m = _CODE_BEFORE_RE.search(head)
    table = currencies()
    if m and m.group("code") in table.codes:
        return f"currency:{m.group('code')}", pos - len(head) + m.start()
    stripped = head.rstrip(" \u00a0\u202f\u2009")
    if not stripped or stripped[-1] not in _symbol_last_characters():
        return None  # one set lookup, where `endswith` tries every symbol (most numbers)
    if not stripped.endswith(table.symbols_longest_first):
        return None
    for symbol in table.symbols_longest_first:
        if stripped.endswith(symbol):
            start = pos - len(head) + len(stripped) - len(symbol)
            if start > 0 and text[start - 1].isalpha() and symbol[0].isalpha():
                continue
            return f"currency:{table.symbols[symbol]}", start
    return None


#: Currency signs drawn as a letter with a stroke, which pages type as the plain letter
#: (keyboards have no "₦"): the naira's "N18.7 billion", the peso's "P500 million" in the
#: Philippines, the guaraní's "G 6.200", the kip's, the tögrög's, the won's.
_STROKE_LETTERS = {"₦": "N", "₱": "P", "₲": "G", "₭": "K", "₮": "T", "₩": "W"}


#: Hand-written: the letters pages of these countries write their currency with, which CLDR
#: lacks in the lexicon languages' locales (Mozambique's "MT", CLDR "MTn"; Rwanda's "Frw",
#: CLDR "RF"; Afghanistan's "Afs" and Ethiopia's "Birr", whose locales are in other languages).
_LETTERS_CLDR_LACKS = {"MZ": ("MT",), "RW": ("Frw", "FRW"), "AF": ("Afs",), "ET": ("Birr",)}


@cache
def _letters() -> dict[str, tuple[str, ...]]:
    """Country -> the letters CLDR writes its currency with in its locales of the lexicon
    languages ("SL" -> "Le", "GT" -> "Q", "UG" -> "USh"), longest first: `currencies` leaves
    them out, as one letter or two before a number are as often a word ("Le 14")."""
    found: dict[str, set[str]] = {}
    for territory, _, symbol in _regional_symbols():
        if symbol.isalpha():
            found.setdefault(territory, set()).add(symbol)
        elif symbol in _STROKE_LETTERS:  # "N18.7 billion" typed for "₦18.7 billion"
            found.setdefault(territory, set()).add(_STROKE_LETTERS[symbol])
    for territory, signs in _LETTERS_CLDR_LACKS.items():
        found.setdefault(territory, set()).update(signs)
    return {territory: tuple(sorted(signs, key=len, reverse=True))
            for territory, signs in found.items()}


def letters_before(text: str, pos: int, country: str) -> tuple[str, int] | None:
    """The currency of `country` written with its CLDR letters right before a number, on a
    page from that country ("Le 14.5 million" in Sierra Leone): (unit, start). The letters
    after the first may be written in another case ("KSh" for CLDR's "Ksh" in Kenya); the
    first keeps its capital ("le 14" is no Sierra Leonean amount). A capital may stand glued
    before letters of two or more, as a redenominated currency writes its new unit ("NLe
    6.2 billion", the new leone)."""
    letters = _letters().get(country)
    if not letters:
        return None
    head = text[max(0, pos - 7):pos]
    stripped = head.rstrip(" \u00a0\u202f\u2009")
    for symbol in letters:
        start = pos - len(head) + len(stripped) - len(symbol)
        written = stripped[-len(symbol):]
        if symbol in _TYPED_STROKES and not _sizeable(text, pos):
            continue  # "the N1 highway": a road's name, no naira
        if start >= pos - len(head) and written[0] == symbol[0] \
                and written[1:].casefold() == symbol[1:].casefold():
            if len(symbol) > 1 and start > 0 and text[start - 1].isupper() \
                    and not (start > 1 and text[start - 2].isalnum()):
                start -= 1  # "NLe": the new unit's capital
            if not (start > 0 and text[start - 1].isalnum()):
                return f"currency:{country_currency(country)}", start
    return None


_TYPED_STROKES = frozenset(_STROKE_LETTERS.values())
#: A number as an amount writes it: three digits or more, or a scale word after it.
_SIZEABLE = re.compile(r"(?:\d[.,\u00a0\u202f ]?){3}|\d+(?:[.,]\d+)?\s*(?P<scale>[^\W\d_]+)")


def _sizeable(text: str, pos: int) -> bool:
    """The number at `pos` reads as an amount, not a name's ("N18.7 billion", "N500", not
    "N1"): three digits or more, or a scale word ("N5 billion")."""
    m = _SIZEABLE.match(text, pos)
    return m is not None and (m["scale"] is None or m["scale"].lower() in union("scales"))


#: What may stand between an amount and its currency's letters: "6,2 milliards de FC".
_LETTERS_LINK = re.compile(r"[ \u00a0\u202f]+(?:(?:de|d'|d’)[ \u00a0\u202f]*)?")


def letters_after(text: str, pos: int, country: str) -> tuple[str, int] | None:
    """The currency of `country` written with its CLDR letters (two or more: a single letter
    after a number is a unit or a name, "500 L", "5 G") right after a number ending at `pos`,
    on a page from that country ("6,2 milliards de FC" in DR Congo, "412 000 Ar" in
    Madagascar): (unit, end)."""
    letters = [symbol for symbol in _letters().get(country, ()) if len(symbol) > 1]
    if not letters:
        return None
    link = _LETTERS_LINK.match(text, pos)
    if link is None:
        return None
    at = link.end()
    for symbol in letters:
        end = at + len(symbol)
        if text[at:end] == symbol and not (end < len(text) and text[end].isalnum()):
            return f"currency:{country_currency(country)}", end
    return None


# --- rates ---------------------------------------------------------------------------------


@cache
def _rate_re() -> re.Pattern[str]:
    # "a day"/"a year" only when no "after"/"later" follows ("a day after the attack").
    not_a_rate = r"(?!\s+(?:" + alternation(union("not_a_rate_after")) + r")\b)"
    day = alternation(union("rates_per_day"), accents=True)
    year = alternation(union("rates_per_year"), accents=True)
    return re.compile(_SP + rf",?\s*(?:(?P<day>{day})|(?P<year>{year})){not_a_rate}\b",
                      re.IGNORECASE)


#: Words of the clause a rate may follow: the verb of "500 migrants arrive every day", and its
#: object in "1100 Syrians crossing the border every day".
_RATE_REACH = 4
#: Names (and their coordinations) the verb's object may add, not counted in `_RATE_REACH`.
_NAMES_REACH = 3


@cache
def _coordinations() -> frozenset[str]:
    """"and", "et", "y", "e": join the places a verb reaches."""
    return frozenset(union("coordinations"))




def rate_is_adverb(text: str, pos: int) -> bool:
    """Whether the rate after `pos` is an adverb ("used daily"), which may qualify a verb
    rather than the count."""
    rate = rate_after(text, pos)
    adverbs = {a.casefold() for a in union("rate_adverbs")}
    return rate is not None and text[pos:rate[1]].split()[-1].casefold() in adverbs


def rate_after(text: str, pos: int, *, through_verb: bool = True) -> tuple[str, int] | None:
    """"par jour", "per year", "al día" right after `pos`, or (`through_verb`) after the verb
    and its object ("500 migrants arrive every day", "1100 Syrians crossing the border every
    day"): ("count/day" | "count/year", end)."""
    return _rate_after(text, pos, through_verb)


@lru_cache(maxsize=_REMEMBERED)  # a figure's span and its unit ask about the same place
def _rate_after(text: str, pos: int, through_verb: bool) -> tuple[str, int] | None:
    rate_re = _rate_re()
    m = rate_re.match(text, pos)
    if m is None and through_verb:
        counted, after_name = 0, False
        for word, end in _words_after(text, pos, min(len(text), pos + 80),
                                      _RATE_REACH + _NAMES_REACH):
            if not word[0].isalpha():
                break
            m = rate_re.match(text, end)
            if m:
                break
            # the places a verb reaches ("crossing into Tiné and Adré every day") count as
            # one word: a capitalised name, and a coordination after one, are not counted
            name = word[0].isupper()
            link = after_name and word.lower() in _coordinations()
            counted += not (name or link)
            after_name = name
            if counted >= _RATE_REACH:
                break
    if not m:
        return None
    return ("count/day" if m.group("day") else "count/year"), m.end()


def _words_after(text: str, pos: int, stop: int, first: int) -> list[tuple[str, int]]:
    """The `first` of `tokens(text, pos, stop)`, as (word, end): read off the text's token
    columns, without making the tokens (a call per figure)."""
    words, starts, ends = token_columns(text)
    i = bisect.bisect_left(starts, pos)
    if i > 0 and ends[i - 1] > pos:  # opens inside a word: as `tokens` reads it
        return [(t.word, t.end) for t in tokens(text, pos, stop, first=first)]
    j = bisect.bisect_left(starts, stop, i)
    found = list(zip(words[i:min(j, i + first)], ends[i:min(j, i + first)], strict=True))
    if found and i + len(found) == j and ends[j - 1] > stop:  # the last one is cut at `stop`
        found[-1] = (text[starts[j - 1]:stop], stop)
    return found


@cache
def _rate_opening_re() -> re.Pattern[str]:
    day = alternation(union("rates_per_day"), accents=True)
    year = alternation(union("rates_per_year"), accents=True)
    return re.compile(rf"(?:^|[.!?:;]\s+)[«\"“(]?\s*(?:(?P<day>{day})|(?P<year>{year}))"
                      r"(?:\s*,|\s+(?=[^\W\d]))[^.!?:;,]*$", re.IGNORECASE)


#: The marks `_rate_opening_re` needs before the rate when it opens no text.
_SENTENCE_MARKS = re.compile(r"[.!?:;]")


def rate_opening(text: str, start: int) -> str | None:
    """"Cada año, alrededor de 1,6 millones…", "Every day, 500 people…", "« Chaque jour, entre
    500 et 700 personnes…", "Every day we see 300 new families…": a rate that opens the
    sentence (or a quotation) before the figure's clause -> "count/year" | "count/day"."""
    window = max(0, start - 80)
    if window and not _SENTENCE_MARKS.search(text, window, start):
        return None  # the pattern opens a sentence (most figures have none opening in reach)
    m = _rate_opening_re().search(text, window, start)
    if not m:
        return None
    return "count/day" if m.group("day") else "count/year"


@cache
def _daily_average_re() -> re.Pattern[str]:
    averages = alternation(union("daily_averages"), accents=True)
    return re.compile(rf"(?<!\w)(?:{averages})(?!\w)[^.!?:;]*$", re.IGNORECASE)


#: How far before a figure the daily average its clause names may stand.
_AVERAGE_REACH = 100


def daily_average_before(text: str, start: int) -> bool:
    """"la media diaria de uso se situó en torno a los 25.200 viajes", "the daily average …
    reached 2,300": the clause names a daily average before the figure."""
    return bool(_daily_average_re().search(text, max(0, start - _AVERAGE_REACH), start))


def _ends_on_rate(text: str, start: int, end: int) -> bool:
    """The noun phrase `text[start:end]` ends on a rate word ("refeições diárias", "daily
    meals" aside): the rate is inside the phrase."""
    space = text.rfind(" ", start, end)
    if space < 0:
        return False
    m = _rate_re().match(text, space)
    return m is not None and m.end() == end


def rate_unit(c: Candidate, text: str) -> str:
    """count -> count/day or count/year when "par jour", "per year", "al año" follows the
    figure or its noun, unless it qualifies a participle ("utilisés quotidiennement")."""
    if c.unit != "count":
        return c.unit
    pos = c.subject.end if c.subject else c.end
    rate = rate_after(text, pos)
    if rate is None and c.subject is not None and _ends_on_rate(text, c.subject.start, pos):
        pos, rate = c.end, rate_after(text, c.end)  # "refeições diárias"
    if rate is None:
        day = "count/day" if daily_average_before(text, c.start) else None
        return rate_opening(text, c.start) or day or c.unit
    if rate_is_adverb(text, pos):
        # "daily" qualifies the verb it follows: "points used daily", "utilisés quotidiennement"
        last = c.subject.text.split()[-1].lower() if c.subject else ""
        participle = last.endswith(union("participle_endings"))
        gap = text[pos:rate[1]].split()[:-1]  # "arrivent" of "personnes arrivent quotidiennement"
        lone_verb = len(gap) == 1 and gap[0].isalpha() and not gap[0].lower().endswith(
            union("participle_endings"))  # the count's own verb: "arrive daily"
        if participle or (rate_after(text, pos, through_verb=False) is None and not lone_verb):
            return c.unit
    return rate[0]


# --- time and measures -----------------------------------------------------------------------

#: Written the same in every language: symbols, not words.
_MEASURE_SYMBOLS = ("km²", "km2", "m²", "m2", "m³", "m3", "hm³", "hm3", "cm", "mm", "km", "mi",
                    "kg", "g", "t", "l", "ml", "ha", "ft", "°c", "°f", "°", "mw", "kw", "kwh", "gw",
                    "mb", "gb", "tb", "km/h", "mph",
                    # a file's size: "PDF, 184 Ko", "2.4 MB" (French octets: Ko, Mo)
                    "kb", "ko", "mo",
                    # a connection's speed: "a plan of 20 Mbps or more"
                    "kbps", "mbps", "gbps", "kbit/s", "mbit/s", "gbit/s",
                    # a radio station's frequency: "Parliament Radio 88.9 FM"
                    "fm", "mhz", "khz")


#: The kinds of CLDR unit that measure a physical quantity (`babel.units`).
_MEASURE_KINDS = ("length", "area", "volume", "mass", "speed", "power", "energy", "pressure",
                  "temperature", "electric", "frequency")

#: CLDR units whose names are mostly other words in prose: rooms and quarters ("quartos",
#: "cuartos", "quarts"), books ("livres"), points ("puntos", "pontos"), bars, grains, drops,
#: "nós" (we), the kitchen's cups and spoons, a generic "grados".
_NOT_MEASURES = frozenset({
    "length-point", "mass-grain", "mass-pound", "mass-stone", "pressure-bar", "speed-knot",
    "speed-light-speed", "length-light-year", "temperature-generic", "volume-cup",
    "volume-cup-metric", "volume-pinch", "volume-drop", "volume-jigger", "volume-dram",
    "volume-dessert-spoon", "volume-dessert-spoon-imperial", "volume-teaspoon",
    "volume-tablespoon", "volume-quart", "volume-quart-imperial",
})


@cache
def _cldr_measure_units(language: str) -> frozenset[str]:
    """The long names CLDR gives physical units in `language`, singular and plural
    ("milímetros", "mètres cubes", "square kilometers"), without names that are a month's
    ("julio", a joule in Spanish) or open on a function word."""
    lex = lexicon(language)
    avoid = lex.months() | lex.function_words
    names: set[str] = set()
    # babel's `format_unit` formats a number too (the costly part) and lists no units by
    # kind: the locale's long patterns ("{0} milímetros", one per plural form) are read here
    for unit, lengths in Locale.parse(language)._data["unit_patterns"].items():
        if unit.split("-")[0] not in _MEASURE_KINDS or unit in _NOT_MEASURES:
            continue
        for form, pattern in lengths.get("long", {}).items():
            if form == "per" or not isinstance(pattern, str) or "{0}" not in pattern:
                continue
            name = " ".join(pattern.replace("{0}", " ").split())
            first = name.split()[0].lower() if name else ""
            if first and not any(ch.isdigit() for ch in name) \
                    and first not in avoid and first.rstrip("s") not in avoid:
                names.add(name.lower())
    return frozenset(names)


@cache
def _time_re(language: str | None) -> re.Pattern[str]:
    units = alternation(union("time_units", language), accents=True)
    modifiers = alternation(union("time_unit_modifiers", language), accents=True)
    return re.compile(rf"[ \u00a0\u202f-]*(?:(?:{modifiers})\s+)?(?:" + units + r")\b",
                      re.IGNORECASE)


@cache
def _measure_re(language: str | None) -> re.Pattern[str]:
    cldr = [n for code in (LANGUAGES if language not in LANGUAGES else (language,))
            for n in sorted(_cldr_measure_units(code))]
    units = alternation([*union("measure_units", language), *_MEASURE_SYMBOLS], accents=True)
    cldr_units = alternation(cldr)  # as CLDR spells them: no prefix tree of every accent
    link = lexicon_alternation("currency_links", language)  # "milhões de toneladas"
    # "(?![\w'’])": "31 l’hiver" is an elided article, not 31 litres
    return re.compile(r"[ \u00a0\u202f-]*(?:" + link + r"\s*)?(?:" + units + "|" + cldr_units
                      + r")(?![\w'’])", re.IGNORECASE)


@cache
def _linked_time_re(language: str | None) -> re.Pattern[str]:
    units = alternation(union("time_units", language), accents=True)
    link = lexicon_alternation("currency_links", language)  # "une quinzaine de jours"
    return re.compile(r"[ \u00a0\u202f-]*(?:" + link + r"\s*)?(?:" + units + r")\b",
                      re.IGNORECASE)


def time_unit_at(text: str, pos: int, language: str | None = None, *,
                 linked: bool = False) -> bool:
    """A time unit right after `pos` ("5 ans", "three weeks", "36 meses"): a duration;
    `linked`: maybe after "de" (a number noun's: "une quinzaine de jours")."""
    return bool((_linked_time_re if linked else _time_re)(language).match(text, pos))


def measure_unit_at(text: str, pos: int, language: str | None = None) -> bool:
    """A physical unit right after `pos` ("300 km", "45 tonnes", "2 millions de tonnes")."""
    return bool(_measure_re(language).match(text, pos))


#: A bare dollar sign, maybe after an abbreviated scale ("M$"): not "US$", "CA$", "R$" (the
#: letters before it name the currency).
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])(?:k|M|G|Mds?)?\$")


@cache
def local_dollar(country: str | None, language: str | None) -> str | None:
    """The currency a bare "$" means on a page from `country` written in `language`, when
    that country writes its own currency "$" (CLDR: CAD in fr_CA, NZD in en_NZ, UYU in es_UY),
    else None ("$" stays the US dollar)."""
    if not country or not language or f"{language}_{country}" not in _cldr_locales():
        # CLDR has no locale for that pair (most pairs): babel would search its whole list
        # of locales (~0.4 ms) before raising UnknownLocaleError, caught below as None.
        return None
    from babel.core import UnknownLocaleError
    from babel.numbers import get_currency_symbol, get_territory_currencies

    currencies = get_territory_currencies(country, tender=True)
    if not currencies or currencies[0] == "USD":
        return None
    try:
        symbol = get_currency_symbol(currencies[0], locale=f"{language}_{country}")
    except (UnknownLocaleError, ValueError):
        return None
    return currencies[0] if symbol == "$" else None


@cache
def _cldr_locales() -> frozenset[str]:
    """The locales babel has data for ("fr_CA", "en_NZ"), as it names them."""
    from babel.localedata import locale_identifiers

    return frozenset(locale_identifiers())


#: The unit of a currency named by a word several countries use ("pesos"): the lexicons'
#: code `local`, resolved to the release's country's currency once the country is known.
LOCAL_CURRENCY = "currency:local"


@cache
def country_currency(country: str | None) -> str | None:
    """The currency a country uses today (babel's CLDR data): UY -> UYU, None if unknown."""
    if not country:
        return None
    from babel.numbers import get_territory_currencies

    currencies = get_territory_currencies(country, tender=True)
    return currencies[0] if currencies else None


def currency_territory(code: str) -> str | None:
    """The one country or territory whose tender today is currency `code` (babel's CLDR
    data): MGA -> MG, WST -> WS, MOP -> MO; None for a currency several use (XCD, XPF, USD,
    EUR) or none."""
    users = _currency_users().get(code, ())
    return users[0] if len(users) == 1 else None


@cache
def _currency_users() -> dict[str, tuple[str, ...]]:
    """Currency code -> the territories whose tender it is today (CLDR)."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    users: dict[str, list[str]] = {}
    for territory in get_global("territory_currencies"):
        if len(territory) == 2 and territory.isalpha():
            for code in get_territory_currencies(territory, tender=True):
                users.setdefault(code, []).append(territory)
    return {code: tuple(found) for code, found in users.items()}


def currency_cues(code: str | None, text: str) -> int:
    """How often `text` writes the currency `code`: its ISO code, its names and the signs
    that are its alone ("USD 41,2 millones", "dólares", "US$"); the bare "$" is many's."""
    if code is None:
        return 0
    table = currencies()
    words = [code, *(name for name, owner in table.names.items() if owner == code),
             *(sign for sign, owner in table.symbols.items() if owner == code and sign != "$")]
    return sum(len(re.findall(rf"(?<![\w$]){re.escape(word)}(?![\w$])", text, re.IGNORECASE))
               for word in words)


def local_currency(country: str | None, text: str) -> str | None:
    """The currency a shared currency word in `text` ("60 millones de pesos", "shillings")
    means on a page from `country`: the country's currency when one of its CLDR names (in any
    lexicon language) uses that word (UY: "pesos uruguayos"), else None (pesos on a French
    page are not euros). A shared name of several words must be the currency's in all of
    them: "francos CFA" is no Guinean franc ("franco guineano"), though "francos" alone may be."""
    code = country_currency(country)
    if code is None:
        return None
    words = _currency_name_words(code)
    if not shared_currency_words(text) & words:
        return None
    return None if any(not set(name.split()) <= words for name in _shared_names_in(text)) else code


def _shared_names_in(text: str) -> list[str]:
    """The shared currency names of several words `text` writes ("francos CFA", or "FCFA"
    written out), lower case."""
    for abbreviation, name in union("currency_abbreviations").items():
        text = re.sub(rf"(?<!\w){re.escape(abbreviation)}(?!\w)", name, text)
    lowered = " ".join(text.lower().split())
    return [name.lower() for name, unit in union("currency_names").items()
            if unit == "local" and " " in name and re.search(
                rf"(?<!\w){re.escape(name.lower())}(?!\w)", lowered)]


def shared_currency_words(text: str) -> set[str]:
    """The words of `text` naming a currency several countries use ("francs", "pesos"),
    abbreviations written out ("Fr." -> "francs")."""
    for abbreviation, name in union("currency_abbreviations").items():  # "Fr." -> "francs"
        text = re.sub(rf"(?<!\w){re.escape(abbreviation)}(?!\w)", name, text)
    words = {w for w in re.findall(r"[^\W\d_]+", text.lower())}
    return words & {name for name, unit in union("currency_names").items() if unit == "local"}


#: An ISO 4217 code in brackets right after a currency word: "4,2 millions de francs (CHF)".
_CODE_AFTER = re.compile(r"^\s*\(([A-Z]{3})\)")


def code_after(text: str) -> str | None:
    """The currency code `text` opens on, in brackets ("(CHF) à ses …" -> "CHF"), when CLDR
    knows it; else None."""
    match = _CODE_AFTER.match(text)
    return match.group(1) if match and match.group(1) in _known_codes() else None


@cache
def _known_codes() -> frozenset[str]:
    """The currency codes CLDR knows (babel)."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


@cache
def _currency_name_words(code: str) -> frozenset[str]:
    """The lower-case words of a currency's CLDR names, singular and plural, in every
    lexicon language: USD -> dollar, dollars, états, unis, dólares, estadounidenses…"""
    return frozenset(word for lang in LANGUAGES for count in (1, 2)
                     for word in re.findall(r"[^\W\d_]+", get_currency_name(
                         code, count, Locale.parse(lang)).lower()))


_WORD_AT = re.compile(r"[^\W\d_]+(?:[.-][^\W\d_]+)*\.?")


def local_dollar_word(country: str | None, paragraph: str, start: int, end: int) -> str | None:
    """The page country's currency for a figure read as US dollars from a bare word that
    CLDR also gives that country's currency ("850 000 dollars" on a page from Canada: CAD,
    like a bare "$"), else None. A word qualified as the US one, by a word of the US
    dollar's CLDR names, a country's name or demonym, or a code ("dollars américains",
    "US dollars", "dólares estadounidenses") stays USD; so does one on a page from a
    country whose currency has another name (dollars on a page from Mexico)."""
    code = country_currency(country)
    if code is None or code == "USD":
        return None
    shared = {w for w in _currency_name_words("USD") & _currency_name_words(code) if len(w) > 3}
    words = list(_WORD_AT.finditer(paragraph, 0, min(len(paragraph), end + 60)))
    at = next((k for k, w in enumerate(words)  # "dollars." ends a sentence: not its word
               if w.start() >= start and lexicon_key(w.group().rstrip(".")) in shared), None)
    if at is None or words[at].start() >= end:
        return None
    neighbours = [words[k].group() for k in (at - 1, at + 1) if 0 <= k < len(words)
                  and (k > at or words[k].start() >= start)]
    us_words = _currency_name_words("USD") - shared
    from pressroom.parsing.country import mentions  # the country reader needs no figures

    if any(w.lower().strip(".") in us_words or (w.strip(".").replace(".", "").isupper()
                                               and len(w.strip(".")) <= 4)
           or mentions(w) for w in neighbours):
        return None
    return code


def is_bare_dollar(text: str) -> bool:
    """The figure's text writes its currency as a bare "$" ("1,8 M$", "$48 million")."""
    return bool(_BARE_DOLLAR.search(text))
