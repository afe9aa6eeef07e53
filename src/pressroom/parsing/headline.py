"""Which title candidate of a page's head is the headline: a score over named features.

The head (`head.read_head`) finds the lines above the lead that can be a title and the
groups they stand in (lines with no chrome between them: a headline and its standfirst, a
site's name and tagline). Each candidate gets a `TitleEvidence`; the best score wins:

- `opens_group`: the line opens its group (a headline stands above its standfirst), counted
  without the lines of a chrome shape ("Por: Unidad de Comunicaciones" / headline);
- `in_last_group`: the headline stands right above the lead, after the site's own lines;
- `overlap`: the share of the line's content words the lead and body write again: a headline
  tells what the text tells, page chrome (a listen/print row, a credit, a section name)
  shares few words or none;
- `shapes`: shapes no headline has: short items between bars ("Ouvir notícia | Imprimir"),
  a byline ("Por Ascom - Texto: …"), a dateline alone ("SEVILLA, 10 (EUROPA PRESS)"), a
  label and its number ("Boletín de prensa N.° 087-2025"), a row of icons ("Partager f X
  in ✉"), a name the body writes again inside a sentence (a department above the headline),
  a short label sharing no word with the body above a line the body tells ("shares_no_word"),
  an aggregator's line introducing the release it copies ("copy_intro").

No library scores a page's headline among its chrome, so this is written by hand; the words
it needs (bylines, reference signs, function words) are the lexicons'.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pressroom.parsing.country import place_country
from pressroom.parsing.dateline import split_dateline
from pressroom.parsing.lexicon import union
from pressroom.parsing.text import EMAIL, fold, lexicon_alternation, names_organisation, word_count

#: The weights of the features: opening a group outweighs the rest, a shape rules a line
#: out while another candidate is left. The words shared with the body count up to half of
#: the line's: a headline tells part of what the text tells, and a name the text writes
#: again (the site's organisation) shares all its words with it and is no headline for
#: that. So an earlier group beats the last one only when the last shares less than a
#: quarter of its words and the earlier one at least half.
OPENS_GROUP = 3.5
IN_LAST_GROUP = 1.0
OVERLAP = 4.0
OVERLAP_CAP = 0.5
SHAPED = -5.0

#: A content word: letters (four or more) or a number (two digits or more), compared on
#: their first letters so that inflections meet ("vacunó" / "vacunado").
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}|\d{2,}")
_STEM = 5
#: The body is read this far below the lead for the words it shares with a candidate.
BODY_LINES = 40
_FUNCTION_WORDS = union("function_words")

#: Items between bars; an item of at most this many words is a link or a label.
_BAR = re.compile(r"\s*\|\s*")
_BAR_ITEM_WORDS = 3
#: "Por: Unidad de Comunicaciones", "By Jane Doe", "Par ACP": a byline word, maybe a colon,
#: then a capitalised word.
_BYLINE = re.compile(rf"^(?i:{lexicon_alternation('bylines')})\s*:?\s+[A-ZÀ-Þ]")
#: A label closed by a reference number: "Boletín de prensa N.° 087-2025", "Release No. 14".
_NUMBERED_LABEL = re.compile(
    rf"(?i:{lexicon_alternation('reference_sign_patterns')})\s*[\w/.-]*\d[\w/.-]*\s*$")
_LABEL_MAX_WORDS = 6
#: What follows a head line to ask whether the line is a dateline alone.
_PROBE = "probe"
#: The shape of a dateline alone, the cheap test before `split_dateline`: a place of a few
#: words, maybe a comma and a day, a date or a region, maybe a tag in brackets; a dash.
_LONE_DATELINE = re.compile(
    r"^[^\W\d][^,()\d]{0,40}(?:,[^,()]{0,40})?\s*(?:\([^()]{2,40}\))?[\s.–—-]*$")
#: A row of icons: at least this many icon tokens, and at least half the tokens.
_ICONS_MIN = 2


@dataclass(frozen=True)
class TitleEvidence:
    """Why a head line is (or is not) the headline: its features and their score."""

    line: int
    opens_group: bool
    in_last_group: bool
    overlap: float  # share of its content words written again in the lead and body
    shapes: tuple[str, ...]  # chrome shapes of the line ("bar_items", "byline", …)

    @property
    def score(self) -> float:
        return (OPENS_GROUP * self.opens_group + IN_LAST_GROUP * self.in_last_group
                + OVERLAP * min(self.overlap, OVERLAP_CAP) + SHAPED * bool(self.shapes))


#: A phone number dialled with its country code ("+353 (0)86 555 7720"): a contact's row.
_INTERNATIONAL_NUMBER = re.compile(r"(?<![\w+])\+\s?\d[\d\s().\-]{7,}\d")


def chrome_shapes(line: str) -> tuple[str, ...]:
    """The chrome shapes of a title candidate (none for a headline)."""
    shapes = []
    if " | " in line or "|" in line:
        items = [item for item in _BAR.split(line.strip(" |")) if item]
        if len(items) >= 2 and all(word_count(item, _BAR_ITEM_WORDS + 1) <= _BAR_ITEM_WORDS
                                   for item in items):
            shapes.append("bar_items")
    if _BYLINE.match(fold(line)):
        shapes.append("byline")
    if is_lone_dateline(line):
        shapes.append("dateline")
    if is_numbered_label(line):
        shapes.append("numbered_label")
    if _is_icon_row(line):
        shapes.append("icons")
    if _INTERNATIONAL_NUMBER.search(line) or ("@" in line and EMAIL.search(line)):
        shapes.append("contact_detail")  # "Out of hours  Press office duty phone +353 …"
    if is_issuer_line(line):
        shapes.append("issuer")
    if introduces_copy(line):
        shapes.append("copy_intro")
    return tuple(shapes)


#: An aggregator's line introducing the release it copies, before its closing colon.
_COPY_INTRO = re.compile(lexicon_alternation("copy_intro_patterns"))


def introduces_copy(line: str) -> bool:
    """A news site's or an aggregator's line that introduces the release it copies ("La OPS
    difundió el siguiente comunicado:", "… ont diffusé le communiqué suivant :"): it ends on
    a colon and names the text that follows. It tells who sent the release, not what
    happened: no headline."""
    text = line.rstrip()
    return text.endswith(":") and _COPY_INTRO.fullmatch(
        fold(text[:-1]).lower().strip()) is not None


#: What may close a numbered label after a dash: a few words holding a figure, the issue's
#: month or week ("– julio de 2025", "— Semana Epidemiológica 9/2025").
_DATED_TAIL = re.compile(r"\s+[–—-]\s+(?=[^–—]*\d)[^–—]{1,40}$")
_DATED_TAIL_MAX_WORDS = 4


def is_numbered_label(line: str) -> bool:
    """A bulletin's or a release's label closed by its number ("Boletín de prensa N.°
    087-2025"), maybe followed after a dash by the issue's month or week ("Boletín
    Migratorio N° 47 – julio de 2025"): a short label, no headline."""
    tail = _DATED_TAIL.search(line)
    if tail and word_count(tail.group(), _DATED_TAIL_MAX_WORDS + 1) <= _DATED_TAIL_MAX_WORDS:
        line = line[:tail.start()]
    return (word_count(line, _LABEL_MAX_WORDS + 1) <= _LABEL_MAX_WORDS
            and _NUMBERED_LABEL.search(fold(line)) is not None)


#: An issuer line: a name, then the place it stands in, in brackets ("Bank of Sierra Leone
#: (Freetown)", "Ministère de l'Agriculture … (Côte d'Ivoire)").
_ISSUER = re.compile(r"^(?P<name>[^\W\d][^()\d.!?:;]{2,100}?)\s*\((?P<place>[^()\d]{2,40})\)\s*$")
_ISSUER_MAX_WORDS = 14


def is_issuer_line(line: str) -> bool:
    """The line names the organisation that issued the release and its place in brackets, as
    a wire or an aggregator writes its byline ("Bank of Sierra Leone (Freetown)"): a name
    that holds an organisation's word, a place (a country or a city) in brackets, no
    figure. A headline tells what happened; it is not a name and its town."""
    if "(" not in line or word_count(line, _ISSUER_MAX_WORDS + 1) > _ISSUER_MAX_WORDS:
        return False
    match = _ISSUER.match(line.strip())
    return bool(match and names_organisation(match["name"])
                and place_country(match["place"]) is not None)


def is_lone_dateline(line: str) -> bool:
    """A wire dateline on a line of its own ("SEVILLA, 10 (EUROPA PRESS)"): a day or an
    agency's tag in brackets, and the whole line reads as a dateline's head once a text
    follows it (capitalised words alone, "Investigate Deaths, Compensate Victims", are no
    dateline)."""
    return (("(" in line or any(map(str.isdigit, line))) and _LONE_DATELINE.match(line) is not None
            and split_dateline(f"{line.rstrip(' .-–—')} – {_PROBE}")[2] == _PROBE)


def _is_icon_row(line: str) -> bool:
    """Share icons written as letters and signs ("Partager f X in ✉"): one-letter words
    that are no function word, and signs, make half the line."""
    words = line.split()
    icons = sum(1 for w in words if (len(w) == 1 and w.isalpha() and fold(w).lower()
                                     not in _FUNCTION_WORDS)
                or all(unicodedata.category(c).startswith("S") for c in w))
    return icons >= _ICONS_MIN and 2 * icons >= len(words)


def named_in_body(line: str, body: str) -> bool:
    """The body writes the line again inside a sentence: a name ("… le Département de
    l'enseignement (DEF) engagera …"), not a headline; a quoted name maybe after its
    generic noun in lower case ("Informe «Crecer 2025»" / "… el informe «Crecer 2025» que …")."""
    text = line.strip()
    if word_count(text, 3) < 3:
        return False
    at = body.find(text)
    if at <= 0 and _QUOTED_NAME.search(text):  # "Informe «Crecer»" / "el informe «Crecer»"
        at = body.find(text[:1].lower() + text[1:])
    return at > 0 and body[at - 1] == " "


#: A name in quotation marks: a report's or a campaign's title, written in a sentence with
#: its generic noun in lower case ("le rapport « Un avenir »", "the report “Left Behind”").
_QUOTED_NAME = re.compile(r"[«“\"„‹][^«»“”\"„‹›]{3,}[»”\"›]")


def content_stems(text: str) -> set[str]:
    """The first letters of the content words of `text` (folded, lower case)."""
    return {w[:_STEM] for w in _CONTENT_WORD.findall(fold(text).lower())
            if w not in _FUNCTION_WORDS}


def overlap(line: str, body_stems: set[str]) -> float:
    """The share of the line's content words that the body writes too."""
    stems = content_stems(line)
    return len(stems & body_stems) / len(stems) if stems else 0.0


def body_text(lines: list[str], lead: int) -> str:
    """The lead and the body below it, as far as the score reads."""
    return "\n".join(line for line in lines[lead:lead + BODY_LINES] if line)
