"""Write numbers the way fr/en/es/pt releases do: digit grouping, decimals, number words.

Hand-written: the corpus needs deliberate variants (no grouping, non-breaking spaces, words at
the start of a sentence) that locale formatters such as babel don't produce, and no installed
library spells numbers out. The tests read every word back with text2num.
"""

from __future__ import annotations

import random

NBSP = "\u00a0"
NNBSP = "\u202f"

# (separator, weight) for thousands per language; "" = written without grouping.
GROUPING: dict[str, tuple[tuple[str, int], ...]] = {
    "fr": ((" ", 12), (NBSP, 2), (NNBSP, 1), ("", 3)),
    "en": ((",", 14), ("", 2)),
    "es": ((".", 10), (" ", 3), ("", 2)),
    "pt": ((".", 12), (" ", 2), ("", 2)),
}
DECIMAL = {"fr": ",", "en": ".", "es": ",", "pt": ","}


def pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    """One item of (item, weight) pairs."""
    items, weights = zip(*weighted, strict=True)
    return rng.choices(items, weights)[0]


def group(n: int, sep: str) -> str:
    """3900 -> "3 900" with sep " "."""
    return f"{n:,}".replace(",", sep)


def integer(rng: random.Random, n: int, lang: str, sep: str | None = None) -> str:
    """An integer as a release writes it: grouped per language, sometimes not grouped."""
    if n < 1000:
        return str(n)
    if sep is None:
        sep = pick(rng, GROUPING[lang])
    if sep == "" and (n >= 100_000 or 1800 <= n <= 2100):  # long or year-like: always grouped
        sep = GROUPING[lang][0][0]
    return group(n, sep)


def decimal(x: float, lang: str, places: int) -> str:
    """60.5 -> "60,5" (fr, es) or "60.5" (en)."""
    return f"{x:.{places}f}".replace(".", DECIMAL[lang])


def places_of(x: float) -> int:
    """Decimal places needed to write x exactly (0, 1 or 2)."""
    for p in (0, 1, 2):
        if abs(round(x, p) - x) < 1e-9:
            return p
    raise ValueError(f"{x} needs more than two decimals")


# --- number words -------------------------------------------------------------------------

_FR = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
]
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
_EN = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_EN_TENS = {
    2: "twenty",
    3: "thirty",
    4: "forty",
    5: "fifty",
    6: "sixty",
    7: "seventy",
    8: "eighty",
    9: "ninety",
}
_ES = [
    "cero",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
    "veintinueve",
]
_ES_TENS = {
    3: "treinta",
    4: "cuarenta",
    5: "cincuenta",
    6: "sesenta",
    7: "setenta",
    8: "ochenta",
    9: "noventa",
}
_PT = [
    "zero",
    "um",
    "dois",
    "três",
    "quatro",
    "cinco",
    "seis",
    "sete",
    "oito",
    "nove",
    "dez",
    "onze",
    "doze",
    "treze",
    "catorze",
    "quinze",
    "dezesseis",
    "dezessete",
    "dezoito",
    "dezenove",
]
_PT_TENS = {
    2: "vinte",
    3: "trinta",
    4: "quarenta",
    5: "cinquenta",
    6: "sessenta",
    7: "setenta",
    8: "oitenta",
    9: "noventa",
}


def words(n: int, lang: str, feminine: bool = False) -> str:
    """2..99 in words, lower case ("soixante-dix-sept", "twenty-three", "treinta y dos",
    "vinte e duas" with `feminine` in Portuguese)."""
    if not 0 <= n < 100:
        raise ValueError(n)
    if lang == "fr":
        return _fr_words(n)
    if lang == "pt":
        return _pt_words(n, feminine)
    if lang == "en":
        if n < 20:
            return _EN[n]
        tens, unit = divmod(n, 10)
        return _EN_TENS[tens] + (f"-{_EN[unit]}" if unit else "")
    if n < 30:
        return _ES[n]
    tens, unit = divmod(n, 10)
    return _ES_TENS[tens] + (f" y {_ES[unit]}" if unit else "")


def _pt_words(n: int, feminine: bool) -> str:
    units = ["zero", "uma", "duas", *_PT[3:]] if feminine else _PT
    if n < 20:
        return units[n]
    tens, unit = divmod(n, 10)
    return _PT_TENS[tens] + (f" e {units[unit]}" if unit else "")


def _fr_words(n: int) -> str:
    if n < 17:
        return _FR[n]
    if n < 20:
        return f"dix-{_FR[n - 10]}"
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return _FR_TENS[tens]
        return _FR_TENS[tens] + (" et un" if unit == 1 else f"-{_FR[unit]}")
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante-{_fr_words(n - 60)}"
    if n == 80:
        return "quatre-vingts"
    return f"quatre-vingt-{_fr_words(n - 80)}"


def capitalise(text: str) -> str:
    """First letter upper case, the rest untouched."""
    return text[:1].upper() + text[1:]
