"""Template headers: the line a communiqué or press release opens with ("Communiqué")."""

from __future__ import annotations

import re
from functools import lru_cache

from pressroom.parsing.lexicon import union
from pressroom.parsing.text import alternation, fold, lexicon_alternation

#: A communiqué's reference after its header: "Communiqué de presse N°2023-017/MSHP/SG/DCPM",
#: its code maybe in a few words ("Nota de prensa N.° 214-2024-GR CUSCO/OII").
_REFERENCE = re.compile(
    rf"\s+{lexicon_alternation('reference_sign_patterns')}\s*\S*\d\S*(?:\s+\S+){{0,3}}$")

#: A header line, folded and lower-case, to its template: the lexicons' `communique_headers`
#: and `press_release_headers`.
_HEADERS = {**dict.fromkeys(union("communique_headers"), "communique"),
            **dict.fromkeys(union("press_release_headers"), "press_release")}


#: A header line starts with a header (the reference is cut from its end): the cheap test
#: that spares the reference pattern every other line of a page.
_STARTS = tuple(_HEADERS)
#: The first letters of the headers: a cheaper test still, on the line's first letters alone
#: (folding and lower-casing go letter by letter, and make no space or colon).
_PREFIX = 4
_PREFIXES = frozenset(word[:_PREFIX] for word in (*_HEADERS, *union("joint_header_words")))

#: An acronym of a publisher after a joint header, in capitals ("UNHCR"), or two or more in
#: any case joined by a sign ("ACNUR-OIM", "unhcr/iom": callers may pass the line lower-cased).
_ACRONYM = r"[A-Z][A-Z0-9]{1,9}"
_ACRONYMS = rf"(?:{_ACRONYM}|(?i:{_ACRONYM}(?:\s*[-/&+,]\s*{_ACRONYM})+))"
#: A header shared by publishers: the lexicons' `joint_header_words` before or after it, and
#: maybe the publishers' acronyms ("Joint press release UNHCR-IOM", "Comunicado de prensa
#: conjunto ACNUR-OIM"); the header and the joint word match in any case.
_JOINT_HEADER = re.compile(
    rf"(?i:(?P<lead>{lexicon_alternation('joint_header_words')}\s+)?"
    rf"(?P<header>{alternation(_HEADERS)})"
    rf"(?P<after>\s+{lexicon_alternation('joint_header_words')})?)"
    rf"(?:\s*:?\s+{_ACRONYMS})?")


@lru_cache(maxsize=4096)
def header_template(line: str) -> str | None:
    """'Communiqué' -> communique, 'Press Release' -> press_release, else None; a reference
    number after the header ("N°2023-017/MSHP") is allowed."""
    if fold(line.lstrip(" :")[:_PREFIX]).lower()[:_PREFIX] not in _PREFIXES:
        return None
    folded = fold(line).lower().strip(" :")
    if not folded.startswith(_STARTS):
        return _joint_template(line)
    template = _HEADERS.get(_REFERENCE.sub("", folded).strip(" :"))
    if template is None and line.isupper():
        # a header in capitals and a release instruction after a dash ("COMMUNIQUÉ DE PRESSE
        # – POUR DIFFUSION IMMÉDIATE"): the header is the line's first part
        template = _HEADERS.get(_TAIL.split(folded, maxsplit=1)[0].strip(" :"))
    return template or _joint_template(line)


def _joint_template(line: str) -> str | None:
    """'Comunicado de prensa conjunto ACNUR-OIM', 'Joint Press Release' -> press_release: a
    header with a joint word and the publishers' acronyms, else None."""
    match = _JOINT_HEADER.fullmatch(fold(line).strip(" :"))
    if match is None or not (match["lead"] or match["after"]):
        return None
    return _HEADERS.get(" ".join(match["header"].lower().split()))


#: A dash between a header in capitals and the words after it.
_TAIL = re.compile(r"\s+[-–—]\s+")
