"""Template headers: the line a communiqué or press release opens with ("Communiqué")."""

from __future__ import annotations

import re
from functools import lru_cache

from pressroom.parsing.lexicon import union
from pressroom.parsing.text import fold, lexicon_alternation

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
_PREFIXES = frozenset(word[:_PREFIX] for word in _HEADERS)

@lru_cache(maxsize=4096)
def header_template(line: str) -> str | None:
    """'Communiqué' -> communique, 'Press Release' -> press_release, else None; a reference
    number after the header ("N°2023-017/MSHP") is allowed."""
    if fold(line.lstrip(" :")[:_PREFIX]).lower()[:_PREFIX] not in _PREFIXES:
        return None
    folded = fold(line).lower().strip(" :")
    if not folded.startswith(_STARTS):
        return None
    template = _HEADERS.get(_REFERENCE.sub("", folded).strip(" :"))
    if template is None:
        template = _signed_header(line)
    if template is None and line.isupper():
        # a header in capitals and a release instruction after a dash ("COMMUNIQUÉ DE PRESSE
        # – POUR DIFFUSION IMMÉDIATE"): the header is the line's first part
        template = _HEADERS.get(_TAIL.split(folded, maxsplit=1)[0].strip(" :"))
    return template


#: A dash between a header in capitals and the words after it.
_TAIL = re.compile(r"\s+[-–—]\s+")


#: A signatory of a joint release, written after its header: an acronym ("UNICEF", "OPS/OMS",
#: "ONU-Habitat" is no acronym), or a sign or a conjunction between two.
_SIGNATORY = re.compile(r"[A-Z][A-Z0-9]{1,9}(?:[/-][A-Z][A-Z0-9]{1,9})*|[-–—|·/,&+]")
_SIGNATORY_LINKS = frozenset(union("coordinations"))


def _signed_header(line: str) -> str | None:
    """The template of a joint release's header followed by its signatories' acronyms
    ("Communiqué de presse conjoint UNICEF – UNFPA", "Joint news release FAO | WFP"): the
    header is the line's first words, every word after them an acronym, a sign or "and"
    (in capitals, the header again in another language is no signatory)."""
    words = line.split()
    for cut in range(len(words) - 1, 0, -1):
        template = _HEADERS.get(fold(" ".join(words[:cut])).lower().strip(" :"))
        if template is None:
            continue
        tail = words[cut:]
        said = fold(" ".join(w for w in tail if w[:1].isalnum())).lower()
        if any(header in said for header in _HEADERS):  # "COMMUNIQUÉ / NEWS RELEASE"
            return None
        if any(_SIGNATORY.fullmatch(w) for w in tail) and all(
                _SIGNATORY.fullmatch(w) or w.lower() in _SIGNATORY_LINKS for w in tail):
            return template
        return None
    return None
