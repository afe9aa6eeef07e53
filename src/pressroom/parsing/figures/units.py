"""Units written around a number: percent, money (ISO 4217), rates; and the time and
measure words that make a number a duration or a physical measure rather than a statistic.

Currency names and symbols come from babel's CLDR data (fr, en, es; singular and plural, e.g.
"francs suisses", "dólares estadounidenses", "US$", "€") for the currencies pycountry lists as
current. Hand-written: the bare "dollars"/"dólares" that releases use for US dollars (CLDR
only has "US dollars", "dollars des États-Unis"), since IOM quotes budgets in USD.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry
from babel import Locale
from babel.numbers import get_currency_name

_SP = r"[ \u00a0\u202f\u2009]*"

PERCENT_RE = re.compile(
    _SP + r"(?:%|pour[ \u00a0-]?cent\b|pourcent\b|per[ \u00a0-]?cent\b|percent\b|"
    r"por[ \u00a0]ciento\b|p\.?\s?100\b)",
    re.IGNORECASE,
)

_BARE_CURRENCY_NAMES = {"dollars": "USD", "dollar": "USD", "dólares": "USD", "dólar": "USD",
                        "dolares": "USD", "dolar": "USD"}
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


@cache
def currencies() -> Currencies:
    """Build the currency tables once (babel + pycountry)."""
    codes = frozenset(c.alpha_3 for c in pycountry.currencies) - {"XXX", "XTS"}
    names: dict[str, str] = {}
    symbols: dict[str, str] = {}
    ordered = [*_SYMBOL_PRIORITY, *sorted(codes - set(_SYMBOL_PRIORITY))]
    for lang in ("en", "fr", "es"):
        locale = Locale.parse(lang)
        for code in ordered:
            for count in (1, 2):
                name = get_currency_name(code, count, locale).lower()
                if name != code.lower():
                    names.setdefault(name, code)
            symbol = locale.currency_symbols.get(code)
            if symbol and symbol != code and not symbol.isalpha():
                symbols.setdefault(symbol, code)
    for name, code in _BARE_CURRENCY_NAMES.items():
        names.setdefault(name, code)
    by_length = sorted(names, key=len, reverse=True)
    name_alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in by_length)
    symbols_longest_first = tuple(sorted(symbols, key=len, reverse=True))
    symbol_alt = "|".join(re.escape(s) for s in symbols_longest_first)
    return Currencies(
        names=names, symbols=symbols, symbols_longest_first=symbols_longest_first, codes=codes,
        name_re=re.compile(_SP + r"(?:(?:de|d['’])\s*)?(?P<name>" + name_alt + r")(?!\w)",
                           re.IGNORECASE),
        symbol_re=re.compile(_SP + r"(?P<symbol>" + symbol_alt + r")(?![^\W\d_])"),
    )


_CODE_AFTER_RE = re.compile(_SP + r"(?P<code>[A-Z]{3})\b")
_CODE_BEFORE_RE = re.compile(r"\b(?P<code>[A-Z]{3})" + _SP + r"$")


def unit_after(text: str, pos: int) -> tuple[str, int] | None:
    """A percent sign/word or a currency written right after a number: (unit, end)."""
    m = PERCENT_RE.match(text, pos)
    if m:
        return "percent", m.end()
    table = currencies()
    m = _CODE_AFTER_RE.match(text, pos)
    if m and m.group("code") in table.codes:
        return f"currency:{m.group('code')}", m.end()
    m = table.name_re.match(text, pos)
    if m:
        return f"currency:{table.names[' '.join(m.group('name').lower().split())]}", m.end()
    m = table.symbol_re.match(text, pos)
    if m:
        return f"currency:{table.symbols[m.group('symbol')]}", m.end()
    return None


def currency_before(text: str, pos: int) -> tuple[str, int] | None:
    """A currency symbol or ISO code written right before a number ("US$ 1.5", "USD 300"):
    (unit, start)."""
    head = text[max(0, pos - 8):pos]
    m = _CODE_BEFORE_RE.search(head)
    table = currencies()
    if m and m.group("code") in table.codes:
        return f"currency:{m.group('code')}", pos - len(head) + m.start()
    stripped = head.rstrip(" \u00a0\u202f\u2009")
    for symbol in table.symbols_longest_first:
        if stripped.endswith(symbol):
            start = pos - len(head) + len(stripped) - len(symbol)
            if start > 0 and text[start - 1].isalpha() and symbol[0].isalpha():
                continue
            return f"currency:{table.symbols[symbol]}", start
    return None


# --- rates ---------------------------------------------------------------------------------

# "a day"/"a year" only when no "after"/"later" follows ("a day after the attack").
_NOT_A_RATE = r"(?!\s+(?:after|before|later|earlier|ago))"
_RATE_RE = re.compile(
    _SP + r",?\s*(?:(?P<day>par\s+jour|chaque\s+jour|quotidiennement|per\s+day|"
    r"a\s+day" + _NOT_A_RATE + r"|each\s+day|every\s+day|daily|al\s+d[íi]a|por\s+d[íi]a|"
    r"cada\s+d[íi]a|diarios|diarias|diariamente)|(?P<year>par\s+an|par\s+ann[ée]e|chaque\s+ann[ée]e|annuellement|per\s+year|"
    r"per\s+annum|a\s+year" + _NOT_A_RATE + r"|each\s+year|every\s+year|annually|al\s+a[ñn]o|"
    r"por\s+a[ñn]o|cada\s+a[ñn]o|anuales|anualmente))\b",
    re.IGNORECASE,
)


_VERB_RE = re.compile(r"\s+[^\W\d_]+(?=[ ,])")


_ADVERB_RATES = ("quotidiennement", "daily", "diariamente", "annuellement", "annually",
                 "anualmente")


def rate_is_adverb(text: str, pos: int) -> bool:
    """Whether the rate after `pos` is an adverb ("used daily"), which may qualify a verb
    rather than the count."""
    rate = rate_after(text, pos)
    return rate is not None and text[pos:rate[1]].split()[-1].lower() in _ADVERB_RATES


def rate_after(text: str, pos: int, *, through_verb: bool = True) -> tuple[str, int] | None:
    """"par jour", "per year", "al día" right after `pos`, or (`through_verb`) after one word,
    the verb of "500 migrants arrive every day": ("count/day" | "count/year", end)."""
    m = _RATE_RE.match(text, pos)
    if not m and through_verb:
        verb = _VERB_RE.match(text, pos)
        m = _RATE_RE.match(text, verb.end()) if verb else None
    if not m:
        return None
    return ("count/day" if m.group("day") else "count/year"), m.end()


# --- time and measures (used by the traps) -------------------------------------------------

TIME_UNIT_RE = re.compile(
    r"[ \u00a0\u202f-]*(?:ans?|ann[ée]es?|mois|semaines?|jours?|heures?|"
    r"minutes?|secondes?|d[ée]cennies?|si[èe]cles?|trimestres?|semestres?|"
    r"years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|"
    r"quarters?|a[ñn]os?|meses|mes|semanas?|d[íi]as?|horas?|minutos?|segundos?|d[ée]cadas?|"
    r"siglos?|trimestres?|semestres?|yrs?|hrs?|mins?|d['’]heure|de\s+hora|of\s+an\s+hour)\b",
    re.IGNORECASE,
)

MEASURE_UNIT_RE = re.compile(
    r"[ \u00a0\u202f-]*(?:km²|km2|m²|m2|m³|m3|cm|mm|km|kilom[èe]tres?|kilometers?|kilometres?|"
    r"kil[óo]metros?|m[èe]tres?|meters?|metres?|metros?|miles(?=\s+(?:away|from|of|long|wide|"
    r"north|south|east|west|per|an|a))|mi|kg|kilos?|kilogrammes?|kilograms?|kilogramos?|g|"
    r"grammes?|grams?|gramos?|t|tonnes?|tons?|toneladas?|l|litres?|liters?|litros?|ml|ha|"
    r"hectares?|hect[áa]reas?|acres?|feet|ft|pieds?|pies|inches|pouces|pulgadas|°c|°f|°|"
    r"degr[ée]s|degrees|grados|mw|kw|kwh|gw|mb|gb|tb|mégawatts?|megawatts?|km/h|mph)(?!\w)",
    re.IGNORECASE,
)
