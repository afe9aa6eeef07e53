"""The line that opens a contact block: "Pour plus d'informations, veuillez contacter", ...

Matched generously on accent-folded, lower-cased text: an information phrase in French,
English, Spanish or Portuguese followed, within two lines, by a contact verb ("Pour plus
d'informations, veuillez contacter"), or by a colon ("Pour plus de renseignements (médias
seulement) : …"); or a contact heading standing alone or before a colon ("Media contact",
"Informations complémentaires :", "Mais informações:"). The headings and verbs are in the
lexicons (`information_patterns`, `contact_heading_patterns`, `contact_verb_patterns`,
`contact_verb_links`). A short label and a colon before fields between bars, one of them an
e-mail or a phone number, open a one-line contact whatever the label's words ("Prensa: Marta
Gil | 627 555 041 | prensa@…"): the layout tells it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pressroom.parsing.lexicon import union
from pressroom.parsing.phones import MIN_DIGITS, NUMBER, kind_of_label
from pressroom.parsing.regex_starts import Starts
from pressroom.parsing.text import EMAIL, WHITESPACE, fold, lexicon_alternation

_INFORMATION = re.compile(rf"^{lexicon_alternation('information_patterns')}\b")
_INFORMATION_STARTS = Starts.of(lexicon_alternation("information_patterns"))
_VERB = re.compile(rf"\b{lexicon_alternation('contact_verb_patterns')}\b"
                   rf"(?:\s+{lexicon_alternation('contact_verb_links')}\b)?\s*[:\-–]?\s*")
#: A heading alone on its line, or before a colon or a spaced dash and the first contact
#: ("Contacto para la prensa — Unidad de Comunicación"); lower-case words after the dash
#: qualify the heading ("Contacts – médias", "Prensa — contactos solo por WhatsApp:").
#: A heading may end on a contact verb, one word (a "please") before it: "For media
#: inquiries contact:", "Media enquiries, please contact:".
#: A Markdown heading's "#"s or a bullet may stand before it, a translation after a slash
#: ("Contact presse / Press contact", "Prensa / Press:") and bold stars around it ("*Prensa:*").
_HEADING = lexicon_alternation("contact_heading_patterns")
_LABEL = re.compile(rf"^[>•*·\-–\s]*(?:#{{1,6}}\s+)?{_HEADING}(?:\s*/\s*{_HEADING})?"
                    r"\s*(?:\([^)]{0,40}\)\s*)?"
                    rf"(?:,?\s+(?:\w+\s+)?{lexicon_alternation('contact_verb_patterns')}"
                    rf"(?:\s+{lexicon_alternation('contact_verb_links')})?\s*)?\**"
                    r"(?::\**\s*|\s+[–—]\s+(?=\S)|$)")
#: A heading in a language the lexicons lack, then its translation: "Kuntatt għall-midja /
#: Media contact: …" (a few words with no digit before the slash; a colon must follow).
_FOREIGN_LABEL = re.compile(r"^[^\W\d][^/:\d]{0,39}?\s/\s(?=\S)")
_FOREIGN_MAX_WORDS = 4
#: A heading the lexicons know, then its translation in a language they may lack, a colon
#: closing it: "Renseignements / Information :" over a bilingual page's contacts.
_HEADING_THEN_TRANSLATION = re.compile(
    rf"^[>•*·\-–\s]*{_HEADING}\s+/\s+[^\W\d][^/:\d]{{0,39}}?\s*:")
#: The bullets and spaces `_LABEL` lets stand before a heading, and the first letters of
#: the headings (none of them a bullet or a space): the cheap test before `_LABEL`.
_BULLETS = ">•*·-–#" + WHITESPACE
_LABEL_STARTS = Starts.of(lexicon_alternation("contact_heading_patterns"), stripped=_BULLETS)
#: The information phrase, an aside and a colon: "Pour plus de renseignements (médias) : …".
_INFORMATION_COLON = re.compile(r"^[^:]{0,80}?(?:\([^)]{0,40}\))?\s*:\s*")
#: A label of at most four words and a colon, then fields between bars: "Prensa: Marta Gil |
#: 627 555 041 | prensa@…".
_LABELLED_FIELDS = re.compile(r"^(?P<label>[^\W\d_][\w'’.-]*(?:\s[\w'’.-]+){0,3}\s*:)\s*"
                              r"(?P<fields>[^|]+(?:\s\|\s[^|]+)+)$")
_ARTICLES = union("articles")
#: A messaging app after a called desk ("on Signal or WhatsApp"): the channel, no office.
_CHANNEL = re.compile(lexicon_alternation("channel_labels"))
#: The label of an organisation's switchboard or free public line ("Conmutador", "Standard",
#: "Toll free"), on folded lower-case text: its row of fields is the site's, no press desk's.
_PUBLIC_LINE = re.compile(rf"{lexicon_alternation('switchboard_labels')}\.?"
                          rf"|{lexicon_alternation('free_line_patterns')}")
#: A lower-case word this short closing a called desk is the link before its number.
_LINK_MAX_CHARS = 3
#: An opener is read over at most this many lines (it may be wrapped).
MAX_LINES = 2


@dataclass(frozen=True)
class Opener:
    start: int  # index of its first line
    end: int  # index after its last line
    text: str  # the opener as written ("Pour plus d'informations, veuillez contacter:")
    remainder: str  # what follows it on its last line (a one-line contact), may be ""


def find_opener(lines: list[str], start: int) -> Opener | None:
    """The contact opener beginning at `lines[start]`, if that line begins one."""
    first = lines[start].strip()  # a communiqué may centre its block with spaces
    if _in_contents_list(lines, start):
        return None
    label_end, information = _opening(first)
    if label_end is None and not information and (office := _office_heading(first)):
        return Opener(start, start + 1, first[:office[0]].strip(), first[office[0]:office[1]])
    if label_end is None and not information and "|" not in first:
        return None  # most lines: no heading, no phrase, no fields between bars
    if label_end is not None:
        if not first[label_end:].strip() and _invites(lines, start + 1):
            invitation = lines[start + 1].strip()  # "Media contacts" / "… please contact:"
            return Opener(start, start + 2, f"{first} {invitation}", "")
        return _qualified(start, first, label_end)
    fields = _LABELLED_FIELDS.match(first) if "|" in first else None  # the cheap test first
    if fields and _PUBLIC_LINE.fullmatch(fold(fields.group("label")).lower().rstrip(" :")):
        return None  # "Conmutador: (504) … | Horario …": the footer's switchboard, no press desk
    # "Tel.: 443 212 870 | Fax: …" is a line of details under a name, no labelled contact
    if fields and kind_of_label(fields.group("label")) is None and any(
            _is_detail(field) for field in fields.group("fields").split(" | ")):
        return Opener(start, start + 1, fields.group("label"), fields.group("fields").strip())
    if not information:
        return None
    folded = fold(first).lower()
    text = ""
    for end in range(start, min(start + MAX_LINES, len(lines))):
        if not lines[end]:
            break
        text = f"{text} {lines[end].strip()}" if text else first
        verb = _VERB.search(fold(text).lower())
        if verb:
            return Opener(start, end + 1, text[: verb.end()].strip(), text[verb.end():].strip())
    colon = _INFORMATION_COLON.match(folded)
    if colon:
        return Opener(start, start + 1, first[: colon.end()].strip(), first[colon.end():].strip())
    return None


def _in_contents_list(lines: list[str], start: int) -> bool:
    """`lines[start]` is a numbered item under another one: an entry of a table of contents
    ("4. Perguntas frequentes" / "5. Contactos"), not the section's heading."""
    return (start > 0 and _SECTION_NUMBER.match(lines[start].strip()) is not None
            and _SECTION_NUMBER.match(lines[start - 1].strip()) is not None)


#: A heading, then the office it is for and a colon closing the line: "Contacto de prensa
#: OPS/OMS Perú:", "Media contact IOM Geneva:" (the heading folded, lower-cased).
_OFFICE_HEADING = re.compile(rf"[>•*·\-–\s]*(?:#{{1,6}}\s+)?{_HEADING}\s+")
_OFFICE_HEADING_MAX_WORDS = 5
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][\w'’.&-]*(?:/[A-ZÀ-Þ][\w'’.&-]*)*")
#: The first capitalised word after a lower-case one: where the office may start.
_CAPITAL_AFTER_SPACE = re.compile(r"\s(?=[A-ZÀ-Þ])")


def _office_heading(line: str) -> tuple[int, int] | None:
    """Where the office of a contact heading written before its colon starts and ends
    ("Contacto de prensa OPS/OMS Perú:" -> "OPS/OMS Perú"): a heading, a name of a few
    capitalised words or acronyms (particles between them) and a colon ending the line.
    The office is the contacts' below it; None for any other line."""
    text = line.rstrip()
    if not text.endswith(":") or not _may_open(text):
        return None
    for space in _CAPITAL_AFTER_SPACE.finditer(text):
        start = space.end()
        if not _OFFICE_HEADING.fullmatch(fold(text[:start]).lower()):
            continue
        name = text[start:-1].rstrip()
        words = name.split()
        if (words and len(words) <= _OFFICE_HEADING_MAX_WORDS
                and _NAME_WORD.fullmatch(words[-1])
                and all(_NAME_WORD.fullmatch(word) or word in _PARTICLES for word in words)):
            return start, start + len(name)
        return None
    return None


_PARTICLES = union("name_particles") | union("place_name_links")


def _qualified(start: int, line: str, label_end: int) -> Opener:
    """The one-line opener of a heading ending at `label_end`; lower-case words after a dash
    ("Contacts – médias", "Prensa — contactos solo por WhatsApp:") qualify the heading: they
    are part of it, not a contact."""
    rest = line[label_end:].strip()
    if rest[:1].islower() and line[:label_end].rstrip()[-1:] in _DASHES:
        return Opener(start, start + 1, line, "")
    return Opener(start, start + 1, line[:label_end].strip(), rest)


_DASHES = "–—"


def _invites(lines: list[str], i: int) -> bool:
    """`lines[i]` ends with a contact verb, maybe a colon: the invitation under a contact
    heading ("For interviews, case studies or further information please contact:")."""
    if i >= len(lines) or not lines[i].strip():
        return False
    folded = fold(lines[i]).lower().strip()
    if any(verb.end() == len(folded) for verb in _VERB.finditer(folded)):
        return True
    # "Entrevistas con la directora y visitas de prensa:": what the people below are for
    return (folded.endswith(":") and len(folded.split()) <= _INVITATION_MAX_WORDS
            and not any(c.isdigit() or c == "@" for c in folded))


#: An invitation ending on a colon under a heading is one short sentence.
_INVITATION_MAX_WORDS = 16


def _is_detail(field: str) -> bool:
    """The field is an e-mail, or a number long enough to be a phone and nothing else."""
    field = field.strip()
    number = NUMBER.fullmatch(field)
    return bool(EMAIL.fullmatch(field)
                or (number and sum(map(str.isdigit, field)) >= MIN_DIGITS))


#: `_may_open` folds this many characters of a line: its first letters after a few bullets.
_HEAD_CHARS = 12


def _may_open(line: str) -> bool:
    """The first letters of `line` (folded, lower-cased, after bullets) may open a contact
    heading or an information phrase: the test before the line is folded whole (most lines
    are paragraphs, long, and read by no other rule that folds them). Folding goes letter by
    letter, and so does lower-casing but for a capital sigma (its lower case depends on what
    follows): the head's first letters are the whole line's, unless the head holds a sigma
    or is all bullets."""
    folded = fold(line[:_HEAD_CHARS])
    head = folded.lower()
    after_bullets = head.lstrip(_BULLETS)
    if len(after_bullets) < _LABEL_STARTS.size or "Σ" in folded:
        return True  # the head cannot tell
    return _LABEL_STARTS.admits(after_bullets) or _INFORMATION_STARTS.admits(head)


def names_contact_verb(line: str) -> bool:
    """A contact verb stands in the line ("please call the press office on …")."""
    return _VERB.search(fold(line).lower()) is not None


def called_desk(text: str) -> str | None:
    """What a sentence invites to call, as written: "For out-of-hours requests please call
    the global press office on" -> "global press office" (the article and the link before
    the number dropped); None when no contact verb stands in `text`."""
    verb = _VERB.search(fold(text).lower())  # folding keeps the offsets
    if verb is None:
        return None
    words = text[verb.end():].split()
    if words and fold(words[0]).lower() in _ARTICLES:
        words = words[1:]
    channel = next((k for k in range(1, len(words) - 1) if words[k].islower()
                    and len(words[k]) <= _LINK_MAX_CHARS + 1
                    and _CHANNEL.fullmatch(fold(words[k + 1].strip(",:")).lower())), None)
    if channel is not None:  # "the media desk on Signal or WhatsApp": the desk, no app
        return " ".join(words[:channel]) or None
    if words and kind_of_label(words[-1].strip(",:")) is not None:  # "pelo telefone"
        words = words[:-1]
    if words and words[-1].islower() and len(words[-1]) <= _LINK_MAX_CHARS + 1:  # "on", "pelo"
        words = words[:-1]
    return " ".join(words) or None


def is_opener(line: str) -> bool:
    """The line starts a contact block, or could once the next line is read."""
    label_end, information = _opening(line.strip())
    return label_end is not None or information


def _translated_label(line: str) -> int | None:
    """Where a heading written first in a language the lexicons lack ends ("Kuntatt
    għall-midja / Media contact: …"): the translation after the slash is a heading and a
    colon closes it; None otherwise."""
    foreign = _FOREIGN_LABEL.match(line)
    if foreign is None or len(foreign.group().split()) - 1 > _FOREIGN_MAX_WORDS:
        return None
    label = _LABEL.match(fold(line[foreign.end():]).lower())
    if label is None or ":" not in label.group():
        return None
    return foreign.end() + label.end()


def _label_then_translation(folded: str) -> int | None:
    """Where a known heading followed by its translation and a colon ends ("renseignements /
    information :"; folded lower-case text), the translation a few words; None otherwise."""
    label = _HEADING_THEN_TRANSLATION.match(folded)
    if label is None or len(label.group().split("/", 1)[1].split()) > _FOREIGN_MAX_WORDS:
        return None
    return label.end()


#: A section number before a heading: "5. CONTACTS PRESSE" in a numbered press kit.
_SECTION_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=[^\W\d_])")


@lru_cache(maxsize=4096)
def _opening(line: str) -> tuple[int | None, bool]:
    """Where a contact heading opening `line` ends (None: no heading), and whether an
    information phrase opens it. Remembered: the segmenter asks it of every line, twice.
    A section number may stand before a heading alone on its line ("5. Contactos")."""
    number = _SECTION_NUMBER.match(line)
    if number:
        label_end, _ = _opening(line[number.end():])
        if label_end is None or line[number.end() + label_end:].strip():
            return None, False
        return number.end() + label_end, False
    if not _may_open(line):
        return (_translated_label(line) if " / " in line else None), False
    folded = fold(line).lower()
    label = _LABEL.match(folded) if _LABEL_STARTS.admits(folded.lstrip(_BULLETS)) else None
    if label is None and " / " in line:
        return _translated_label(line) or _label_then_translation(folded), False
    information = _INFORMATION_STARTS.admits(folded) and bool(_INFORMATION.match(folded))
    return (label.end() if label else None), information
