"""The dateline opening a lead: "Pérou - ", "Bujumbura, Burundi – ", "GENEVA, 12 May 2016 – ".

Also with a publisher's tag: "Bangui / Genève (CICR) –", "NEW YORK, Jan. 23, 2013
/PRNewswire-USNewswire/ --", "GENEVE, Suisse, 21 mai 2013/African Press Organization
(APO)/ —", a date in brackets ("FAIRFIELD, Conn. (Dec. 23, 2016) —"), or all in brackets
("(New York: 6 February) -",
"(Nairobi) –"). The place is kept as written, without the tag and the date;
a date written with it becomes the publication date; the lead is returned without the
dateline. A head that is not a place (an organisation, lower-case words, a sentence) is no
dateline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from pressroom.parsing.country import place_country
from pressroom.parsing.dates import is_day_and_month, parse_date
from pressroom.parsing.headers import header_template
from pressroom.parsing.lexicon import union
from pressroom.parsing.text import (
    EMAIL,
    alternation,
    fold,
    lexicon_alternation,
    names_organisation,
)

_HEAD = re.compile(r"^(?P<head>\w[^\n]{0,80}?)\s+[-–—]+\s+(?=\S)")
_DASH = r"\s*(?:[-–—]+|\.\s*[-–—]+)\s*(?=\S)"
#: Heads with a publisher's tag or a bracketed date, tried before the plain head.
_TAGGED = (
    # "Bangui / Genève (CICR) –", "FAIRFIELD, Conn. (Dec. 23, 2016) —"
    re.compile(rf"^(?P<head>\w[^()\n]{{0,80}}?)\s*\((?P<tag>[^()\n]{{1,40}})\){_DASH}"),
    # "NEW YORK, Jan. 23, 2013 /PRNewswire-USNewswire/ --", "…2013/African Press … (APO)/ —"
    re.compile(rf"^(?P<head>\w[^/\n]{{0,80}}?)\s*/(?P<tag>[^/\n]{{2,60}})/{_DASH}"),
    # "(New York: 6 February) -"
    re.compile(rf"^\((?P<head>[^():\n]{{1,40}}):\s*(?P<tag>[^()\n]{{1,30}})\){_DASH}"),
    # "(Nairobi) –": the place alone in brackets (a known place only, not "(Photo) –")
    _BRACKETED := re.compile(rf"^\((?P<head>[A-ZÀ-Þ][^():\n]{{0,40}})\){_DASH}"),
    # "Pretoria/Nairobi/Geneva, 26 April 2022—The", "LIMA, PERÚ, OCTUBRE 21 de 2018. - "
    re.compile(r"^(?P<head>\w[^\n]{0,80}?\d{4}\.?)\s*(?:[-–—]+|\.\s)\s*(?=[A-ZÀ-Þ])"),
)
#: Several places in one dateline: "Bangui / Genève", "Bogotá - Quito".
_PLACES_CUT = re.compile(r"\s*/\s*|\s+[-–]\s+")
#: Particles of German place names, written so in every language ("Frankfurt am Main").
_FOREIGN_PARTICLES = ("am", "an")
#: One part of a place: capitalised words, with particles ("Ciudad de México", "Cox's Bazar").
_PARTICLE = f"(?:{lexicon_alternation('place_particles')}|{alternation(_FOREIGN_PARTICLES)})"
_PLACE_PART = re.compile(
    rf"^[A-ZÀ-Þ][\w'’.()-]*(?:\s+(?:{_PARTICLE}\s+)?[A-ZÀ-Þ(][\w'’.()-]*){{0,4}}$"
)
#: Words a dateline's place never opens on (articles, determiners, prepositions).
_ARTICLES = union("not_place_openers")
#: A lead goes on with words after its dateline; "Ana Sousa (dirigente) – 912 345 678" or
#: "… – jdoe@org.example" is a contact line.
_WORD = re.compile(r"[^\W\d_]{2,}")
#: A lower-case word of three letters or more that is no function word ("des", "for"):
#: a lead's running text, not a name's particle.
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-zà-ÿ][\w'’-]{2,}")
_FUNCTION_WORDS = union("function_words")
#: Every head pattern but the last needs a dash after the head (`_DASH`, `_HEAD`); the last
#: ("…, OCTUBRE 21 de 2018. - ", "…2022—The") may end on ". " instead.
_DASHES = re.compile("[-–—]")
_PATTERNS = (*_TAGGED, _HEAD)
#: The head patterns a line opening with a bracket can match, and the last tagged head (it
#: needs no dash after its head: "…, OCTUBRE 21 de 2018. - ").
_BRACKET_HEADS = (_TAGGED[2], _BRACKETED)
_UNDASHED = (_TAGGED[-1],)
#: A head opening on an honorific and a capitalised word ("Dr. Ana Sitoe – Porta-voz – …"):
#: a person on a contact line, no place.
_HONORIFIC_HEAD = re.compile(rf"^{lexicon_alternation('honorifics')}\.?\s+[A-ZÀ-Þ]", re.IGNORECASE)


def _head_patterns(paragraph: str) -> tuple[re.Pattern[str], ...]:
    """The head patterns that can match `paragraph`, in their order, found with cheap
    tests of what each one needs: a word character (`\\w`: a letter, a digit or "_") or a
    bracket opening the line, a dash after the head (all but the last tagged one), a bracket
    or a slash around a tag."""
    first = paragraph[:1]
    if first == "(":
        return _BRACKET_HEADS if _DASHES.search(paragraph) else ()
    if not (first.isalnum() or first == "_"):
        return ()
    if not _DASHES.search(paragraph):
        return _UNDASHED
    if "(" in paragraph:
        return (_TAGGED[0], _TAGGED[1], _TAGGED[-1], _HEAD) if "/" in paragraph \
            else (_TAGGED[0], _TAGGED[-1], _HEAD)
    return (_TAGGED[1], _TAGGED[-1], _HEAD) if "/" in paragraph else (_TAGGED[-1], _HEAD)


@lru_cache(maxsize=4096)
def split_dateline(paragraph: str) -> tuple[str | None, dt.date | None, str]:
    """(place as written or None, date or None, paragraph without the dateline).

    Remembered: the segmenter asks it of the same lines in several of its rules. Only the
    head patterns a look at the line's characters leaves are tried (`_head_patterns`)."""
    for pattern in _head_patterns(paragraph):
        match = pattern.match(paragraph)
        if not match:
            continue
        place, date = _place_and_date(match["head"].strip())
        tag = match.groupdict().get("tag")
        if pattern is _BRACKETED and (place is None or place_country(place) is None):
            continue
        if pattern is _TAGGED[-1] and date is None:
            continue  # "…entre 2000 et 2004. La situation": no dateline without its date
        if date is None and tag:
            date = parse_date(tag)  # "(Dec. 23, 2016)"
        rest = paragraph[match.end():]
        if not _WORD.search(EMAIL.sub(" ", rest) if "@" in rest else rest):
            continue
        if pattern is _HEAD and date is None and (
                _unknown_name_and_name(place, rest) or _names_desk(place, rest)):
            continue
        if place is not None and is_place(place) and not _names_person(place):
            return place, date, rest
        if pattern is not _HEAD and place is None and date is not None:
            return None, date, rest
    return None, None, paragraph


def _unknown_name_and_name(place: str | None, rest: str) -> bool:
    """"ANER – Agência Nacional de Electrificação Rural": an unknown head and a name after
    the dash (no lower-case word) is an acronym and its expansion, not a dateline and a lead."""
    return (place is not None and place_country(place) is None
            and not any(w not in _FUNCTION_WORDS for w in _LOWER_WORD.findall(rest)))


#: A lead after a dateline holds at least this many words. Fewer after a head with no
#: date, after an unknown head ("ARS Occitanie – Pôle communication", "Jane Doe –
#: porte-parole") or holding a phone number ("Ascom – (91) 3555-4120 (plantão)"), make a
#: contact line: a desk or a person, and its office, role or phone.
_LEAD_MIN_WORDS = 3
_PHONE_DIGITS = 8


def _names_desk(place: str | None, rest: str) -> bool:
    """`rest` is a phone number, or a word or two after an unknown head (an office's name,
    a role), not a lead's words ("Bogotá, Colombia – La OIM y el Ministerio…" is a place
    and a lead)."""
    words = []
    for match in _WORD.finditer(rest):  # the count stops where a lead's words begin
        if fold(match.group()).lower() in _FUNCTION_WORDS:  # "de", "la" of an office's name
            continue
        words.append(match.group())
        if len(words) >= _LEAD_MIN_WORDS:
            return False
    if sum(map(str.isdigit, rest)) >= _PHONE_DIGITS:
        return True
    # An unknown head and a lead of a word or two ("Jane Doe – porte-parole"): a person and
    # a role, or an office's name ("ARS Occitanie – Pôle communication").
    return place_country(place or "") is None


def _names_person(place: str) -> bool:
    """The head is a person named with an honorific ("Dr. Ana Sitoe"), not a known place
    ("Don Benito" is a town)."""
    return bool(_HONORIFIC_HEAD.match(place)) and place_country(place) is None


@dataclass(frozen=True)
class PublisherTag:
    """The tag after a dateline's place: "CICR", or a newswire's "/CNW/" (between slashes)."""

    text: str
    wire: bool


def publisher_tag(paragraph: str) -> PublisherTag | None:
    """The publisher's tag of a dateline: "CICR", "CNW", "PRNewswire-USNewswire", "African
    Press Organization (APO)"; None when there is none, or when the brackets hold a date. A
    tag between slashes, or one naming a newswire ("(GLOBE NEWSWIRE)"), is a wire's."""
    if split_dateline(paragraph)[0] is None:
        return None
    candidates = _head_patterns(paragraph)
    for wire, pattern in ((False, _TAGGED[0]), (True, _TAGGED[1])):
        match = pattern.match(paragraph) if pattern in candidates else None
        if match and not parse_date(match["tag"]):
            tag = match["tag"].strip()
            return PublisherTag(tag, wire or _WIRE_NAME.search(tag) is not None)
    return None


#: A newswire's name in brackets: "(GLOBE NEWSWIRE)", "(BUSINESS WIRE)", "(PRNewswire)".
_WIRE_NAME = re.compile(r"wire\b", re.IGNORECASE)


def _place_and_date(head: str) -> tuple[str | None, dt.date | None]:
    """'GENEVE, Suisse, 21 mai 2013' -> ('GENEVE, Suisse', date); the date may be missing."""
    parts = [p.strip() for p in head.split(",")]
    for k in range(len(parts)):
        date = parse_date(", ".join(parts[k:]).rstrip("."))
        if date:
            return ", ".join(parts[:k]) or None, date
    if len(parts) > 1 and is_day_and_month(parts[-1]):  # a wire's "Tegucigalpa, 4 mar (EFE).-"
        return ", ".join(parts[:-1]), None
    return head, None


@lru_cache(maxsize=4096)
def is_place(text: str) -> bool:
    """A known country or city, or capitalised words that do not name an organisation or a
    template ("Communiqué – 5 mars 2024" is a header and its date)."""
    if header_template(text):
        return False
    places = _PLACES_CUT.split(text)
    if len(places) > 1:
        return all(is_place(place) for place in places)
    if place_country(text):
        return True
    first = re.split(r"[\s'’]", fold(text).lower(), maxsplit=1)[0]
    return (
        all(_PLACE_PART.match(part.strip()) for part in text.split(","))
        and first not in _ARTICLES
        and not names_organisation(text)
    )
