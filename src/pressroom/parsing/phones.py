"""Phone numbers of a contact line, normalised to E.164 by phonenumbers.

A number today's numbering plan rejects (Chile's "+56-2-2746713" from before 2013) is kept
with `valid=False` and its digits as written; nothing is dropped. The kind comes from the
label written before the number (Tel/Tél/Phone/Teléfono/"T:", Mobile/Cell/Portable/Móvil/"M:",
Fax), or in brackets after it ("(mobile)"); a number with no label is a phone.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

import phonenumbers
from phonenumbers import NumberParseException, PhoneMetadata, PhoneNumberFormat, PhoneNumberType

from pressroom.model import Phone
from pressroom.parsing.lexicon import union
from pressroom.parsing.text import alternation, fold


def _labels(field: str, *extra: str) -> str:
    """One alternation of a lexicon label field across every language, accent-folded (a
    contact block may be in another language than its release), plus `extra` regexes."""
    return "|".join([alternation(fold(word).lower() for word in union(field)), *extra])


#: Label words -> kind, matched on accent-folded text; the words are the lexicons'
#: ("Tél.", "Móvil", "Fax"), single letters ("T:", "M:") only before a colon or at the end.
_KIND_LABELS: tuple[tuple[str | None, str], ...] = (
    ("fax", _labels("fax_labels")),
    ("mobile", _labels("mobile_labels", r"m(?=\s*:|$)")),
    ("phone", _labels("phone_labels", r"t(?=\s*:|$)")),
    (None, _labels("channel_labels")),
)
#: Any phone label word (match it on accent-folded text).
LABEL_WORDS = "|".join(pattern for _, pattern in _KIND_LABELS)
LABEL = re.compile(rf"\b(?P<label>{LABEL_WORDS})\b\.?(?:\s*[:.])?", re.IGNORECASE)
_KINDS = [(kind, re.compile(rf"^(?:{pattern})$", re.IGNORECASE)) for kind, pattern in _KIND_LABELS]
#: A number: optional "+", digits with spaces, dots, dashes or brackets between them. The
#: same matches as `(?<![\w+])(?:\+\s?)?\(?\d[\d\s().\-]{4,}\d(?![\w])`, written to open
#: with its first character ("+", "(" or a digit) and test what stands before it afterwards:
#: the regex engine then skips to those characters instead of trying every position (about
#: a third faster on a page's lines; a test compares the two).
NUMBER = re.compile(r"[+(\d](?<![\w+].)(?:(?<=\+)\s?\(?\d|(?<=\()\d|(?<=\d))[\d\s().\-]{4,}\d"
                    r"(?![\w])")
#: An extension after a number: the lexicons' labels ("poste", "ramal", "ext.") or "x", also
#: in brackets ("(ext. 4102)", "(poste 112)").
_EXTENSION = re.compile(
    rf"^\s*,?\s*\(?\s*(?:{_labels('extension_labels', 'x')})\b\.?\s*:?\s*(?P<ext>\d{{1,6}})",
    re.IGNORECASE,
)


def extension_alone(field: str) -> str | None:
    """The extension a field holds and nothing else ("poste 2231", "ext. 240"), cut from its
    number by a comma; else None."""
    match = _EXTENSION.match(field)
    if match is None or field[match.end():].strip(" )"):
        return None
    return match.group("ext")


MIN_DIGITS = 6

# phonenumbers compiles its metadata's patterns on every parse through `re.compile`, whose
# cache (512 patterns) the parser's own patterns and those of the many regions a corpus dials
# keep evicting (one number in twelve compiled a pattern again over the first thousand pages
# of a run), and every parse paid a lookup in it. The library's own switch keeps each compiled
# pattern (a bounded set: the metadata is fixed).
phonenumbers.enable_pattern_cache()


def load_regions() -> None:
    """Read every region's numbering plan now (~0.05 s, ~1.4 MB), not on the first number
    of each country a parse meets (a file read and a parse of its metadata each): for
    processes that parse many files, and benchmarks."""
    for region in phonenumbers.SUPPORTED_REGIONS:
        PhoneMetadata.metadata_for_region(region)
    for code in phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS:
        PhoneMetadata.metadata_for_nongeo_region(code)


@lru_cache(maxsize=1024)
def kind_of_label(label: str) -> str | None:
    """'Tél.' -> phone, 'Móvil' -> mobile, 'Fax' -> fax; None for anything else. Remembered:
    a few label words come back on every contact line."""
    word = fold(label).lower().strip(" .:")
    return next((kind for kind, pattern in _KINDS if pattern.match(word)), None)


def find_phones(text: str, kind: str | None = None, region: str | None = None) -> list[Phone]:
    """Every phone number in `text`; `kind` applies to numbers no label precedes."""
    phones: list[Phone] = []
    if not NUMBER.search(text):  # a name or an office: no label to read
        return phones
    labels = _label_kinds(fold(text))
    for match in NUMBER.finditer(text):
        raw = match.group().strip()
        if sum(map(str.isdigit, raw)) < MIN_DIGITS or _is_date(raw):
            continue
        label_kind = _kind_after(text[match.end():]) or next(
            (k for end, k in reversed(labels) if end <= match.start()), None)
        extension = _EXTENSION.match(text[match.end():])
        phones.append(to_phone(raw, label_kind or kind,
                               extension.group("ext") if extension else None, region))
    return phones


def _label_kinds(folded: str) -> list[tuple[int, str | None]]:
    """Where each number label ends and the kind it names. A messaging app's label names
    none; joined by a slash to a label that does, it takes that kind ("Cel./WhatsApp")."""
    kinds: list[tuple[int, str | None]] = []
    previous_end, previous_kind = -1, None
    for match in LABEL.finditer(folded):
        kind = kind_of_label(match.group("label"))
        joined = previous_end >= 0 and folded[previous_end:match.start()].strip() == "/"
        if joined and kind is None:
            kind = previous_kind
        kinds.append((match.end(), kind))
        previous_end, previous_kind = match.end(), kind
    return kinds


#: A numeric date: "03.05.2024", "3/5/2024" (day and month either way round).
_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)")
#: An ISO date: "2025-04-03" ("Date modified: 2025-04-03" under a page's contacts).
_ISO_DATE = re.compile(r"(?:19|20)\d\d-(\d\d)-(\d\d)")


def _is_date(raw: str) -> bool:
    """`raw` is a date ("03.05.2024" on a line by a desk, "2025-04-03"), not a number to dial."""
    iso = _ISO_DATE.fullmatch(raw)
    if iso is not None:
        return 1 <= int(iso.group(1)) <= 12 and 1 <= int(iso.group(2)) <= 31
    date = _DATE.fullmatch(raw)
    if date is None:
        return False
    first, second = int(date.group(1)), int(date.group(3))
    low, high = min(first, second), max(first, second)
    return 1 <= low <= 12 and high <= 31


#: A label in brackets right after a number: "+254-712-555-081 (mobile)".
_LABEL_AFTER = re.compile(r"^\s*\(\s*(?P<label>[^()\d]{1,20}?)\s*\)")


def _kind_after(rest: str) -> str | None:
    """The kind a bracketed label after a number names ("(mobile)", "(fax)"), else None."""
    after = _LABEL_AFTER.match(rest)
    return kind_of_label(after.group("label")) if after else None


def numbers_country(lines: list[str], candidates: frozenset[str]) -> str | None:
    """The one country among `candidates` whose numbering plan accepts the national numbers
    (no "+" or "00") written on `lines`: "(47) 3555-0188" is valid in Brazil alone among the
    Portuguese-speaking countries. None when a number fits several or none, or two numbers
    point to different countries."""
    found: set[str] = set()
    for line in lines:
        for match in NUMBER.finditer(line):
            raw = match.group().strip()
            if sum(map(str.isdigit, raw)) < MIN_DIGITS or raw.lstrip("( ").startswith(
                    ("+", "00")):
                continue
            fits = _fitting(raw, candidates)
            if len(fits) != 1:
                return None
            found |= fits
    return found.pop() if len(found) == 1 else None


def _national_numbers(lines: list[str]) -> list[str]:
    """The national numbers (no "+" or "00") written on `lines`."""
    return [raw for line in lines for match in NUMBER.finditer(line)
            if sum(map(str.isdigit, raw := match.group().strip())) >= MIN_DIGITS
            and not raw.lstrip("( ").startswith(("+", "00"))]


def accepting_countries(lines: list[str], candidates: frozenset[str]) -> frozenset[str]:
    """The `candidates` whose numbering plan accepts every national number on `lines`
    ("04 95 55 21 40" and "06 12 55 38 71": France alone among French-speaking countries);
    all of them when the lines hold no national number."""
    fits = set(candidates)
    for raw in _national_numbers(lines):
        fits = {code for code in fits if _valid_in(raw, code)}
        if not fits:
            break
    return frozenset(fits)


def dialled_countries(text: str) -> Counter[str]:
    """How many valid international numbers ("+64 7 838 2290") of each country `text`
    writes, by their country code's region (phonenumbers)."""
    found: Counter[str] = Counter()
    for match in NUMBER.finditer(text):
        raw = match.group().strip()
        if not raw.startswith("+"):
            continue
        try:
            number = phonenumbers.parse(raw, None)
        except NumberParseException:
            continue
        region = phonenumbers.region_code_for_number(number)
        if region and phonenumbers.is_valid_number(number):
            found[region] += 1
    return found


def _fitting(raw: str, candidates: frozenset[str]) -> set[str]:
    """The candidates whose numbering plan accepts `raw`, given up at the second: a number
    two countries accept points to neither (each validity check costs phonenumbers a parse
    and, for a shared country code such as +1, a test of every region using it)."""
    fits: set[str] = set()
    for code in candidates:
        if _valid_in(raw, code):
            fits.add(code)
            if len(fits) > 1:
                break
    return fits


def _valid_in(raw: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(raw, region))
    except NumberParseException:
        return False


def _dials_out(raw: str) -> bool:
    """"00" + a number valid in today's plan of the country code that follows."""
    number = _read_number("+" + raw[2:], None)
    return not isinstance(number, str) and number.valid


def to_phone(raw: str, kind: str | None, extension: str | None, region: str | None) -> Phone:
    """One number as a `Phone`; unparseable or rejected numbers are kept, flagged invalid."""
    digits = "".join(filter(str.isdigit, raw))
    written = raw
    if raw.startswith("00") and (region is None or _dials_out(raw)):
        # "00" is the international prefix of most of the world, but phonenumbers reads
        # "0041 22 …" with a region's own prefix (Kenya's is "000", Colombia's "005"/"007"
        # carry a carrier digit): a number valid once "00" is read as "+" dials out.
        written = "+" + raw[2:]
    number = _read_number(written, None if written.startswith("+") else region)
    if isinstance(number, str):
        return Phone(e164="+" + digits, extension=extension, kind=kind or "phone",
                     raw=raw, valid=False, problem=number)
    if kind is None:
        kind = "mobile" if number.type == PhoneNumberType.MOBILE else "phone"
    return Phone(
        e164=number.e164,
        extension=extension or number.extension,
        kind=kind,
        raw=raw,
        valid=number.valid,
    )


class _Number(NamedTuple):
    """What phonenumbers reads of a written number."""

    e164: str
    extension: str | None
    valid: bool
    type: int  # a `PhoneNumberType`; UNKNOWN for an invalid number


@lru_cache(maxsize=4096)
def _read_number(written: str, region: str | None) -> _Number | str:
    """phonenumbers' reading of a number, or why it cannot parse it; remembered (a contact
    block repeats a number, a publisher's releases repeat their press officers')."""
    try:
        number = phonenumbers.parse(written, region)
    except NumberParseException as e:
        return str(e)
    # A number is valid exactly when its type is known: `is_valid_number` and `number_type`
    # run the same checks, so asking the type alone answers both.
    kind = phonenumbers.number_type(number)
    return _Number(phonenumbers.format_number(number, PhoneNumberFormat.E164), number.extension,
                   kind != PhoneNumberType.UNKNOWN, kind)
