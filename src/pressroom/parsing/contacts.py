"""The contact block of a release into `Contact`s (name, office, e-mails, phones).

Contacts are written one field per line ("Carolina Santos" / "OIM Pérou" / "Email: …"),
or on one line with commas ("Inés Calderón, OIM Pérou, Tel. +511 6330000, Email: …"),
and several contacts follow each other, sometimes joined by "ou" / "or" / "o" / "y".
Each line is cut into fields (commas, semicolons, labels); each field is an e-mail, a
phone, a bare label, or text: an office (it names an organisation), a role (skipped) or a
person's name. A second name, or a name after e-mails or phones, starts the next contact.
`scan_contacts` also returns, as `Problem`s, the text it could not use and the phone numbers
phonenumbers could not parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import cache

from pressroom.model import Contact, Phone, Problem
from pressroom.parsing.country import place_country
from pressroom.parsing.phones import LABEL_WORDS, find_phones, kind_of_label
from pressroom.parsing.text import EMAIL, ORGANISATION, fold

_EMAIL_LABEL = r"e-?mail|courriel|correo(?:\s+electronico)?|mail"
#: Cut a line (accent-folded) before each label: "… Tel. +511 6330000 Email: x@iom.int".
_FIELD_CUT = re.compile(
    rf"\s*[,;]\s*|\s+[|/]\s+|\s+(?=(?:{_EMAIL_LABEL})\b\s*:)"
    rf"|\s+(?=(?:{LABEL_WORDS})\b\.?\s*:?\s*[+(\d])",
    re.IGNORECASE,
)
#: "ou Jean Dupont", "or Jane Doe", "o Juan Pérez", "y María": the next contact.
_CONNECTOR = re.compile(r"^(?:ou|or|o|y|and|et)\b\s*", re.IGNORECASE)
_CONNECTOR_CUT = re.compile(r"\s+(?=(?:ou|or|o|y|and|et)\s+[A-ZÀ-Ý][\w’'-]+\s+[A-ZÀ-Ý])")
_BARE_LABEL = re.compile(rf"^(?:{_EMAIL_LABEL}|{LABEL_WORDS})\b\.?\s*:?$", re.IGNORECASE)
#: "Juan Pérez en OIM Perú", "Jane Doe at IOM Geneva": a name, a linking word, an office.
_NAME_AT_OFFICE = re.compile(
    r"^(?P<name>.+?)\s+(?:en|at|à|a|de|from|of|del|with|avec|con)\s+(?:l['’]\s*|la\s+|the\s+)?"
    r"(?P<office>\S.*)$"
)
#: Job titles written on a line of their own; a contact has no field for them.
_ROLE = re.compile(
    r"\b(?:officer|oficial|spokes(?:person|man|woman)|porte-parole|portavoz|chargee?|responsable"
    r"|coordinat(?:or|rice|eur)|coordinadora?|director[a]?|directeur|directrice|head|chief|chef"
    r"|jefe|jefa|communications?|comunicaci(?:on|ones)|press|presse|prensa|media|medias"
    r"|assistante?|asistente|consultante?|manager|specialist|specialiste|especialista"
    r"|advis[eo]r|conseill(?:er|ere)|asesora?|analyst[e]?|analista|associate|associe)\b",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\s*\([^)]*\)")
_PARTICLES = {"de", "del", "da", "das", "do", "dos", "la", "las", "los", "le", "van", "von",
              "der", "den", "di", "du", "y", "e", "bin", "al", "el"}
MAX_NAME_WORDS = 6


@dataclass
class ContactScan:
    """What `scan_contacts` found: the contacts, and what it could not use (with reasons)."""

    contacts: list[Contact] = dataclass_field(default_factory=list)
    unused: list[Problem] = dataclass_field(default_factory=list)


def parse_contacts(lines: list[str], region: str | None = None) -> list[Contact]:
    """Contacts from the lines of a contact block (the opener already cut off)."""
    return scan_contacts(lines, region).contacts


def scan_contacts(lines: list[str], region: str | None = None) -> ContactScan:
    """Like `parse_contacts`, also returning the text and numbers it could not use."""
    scan = ContactScan()
    contacts = scan.contacts
    current = Contact(name=None)
    pending_kind: str | None = None
    for line in lines:
        for field in fields(line):
            if field is None:  # a connector: the next contact starts
                current = _close(contacts, current)
                continue
            emails = [e.lower() for e in EMAIL.findall(field)]
            if emails:
                current.emails.extend(e for e in emails if e not in current.emails)
                continue
            if _BARE_LABEL.match(fold(field)):
                pending_kind = kind_of_label(field)
                continue
            phones = find_phones(field, kind=pending_kind,
                                 region=office_region(current.office) or region)
            if phones:
                known = {p.e164 for p in current.phones}
                current.phones.extend(p for p in phones if p.e164 not in known)
                scan.unused += [_unparsed(p) for p in phones if p.problem]
                continue
            pending_kind = None
            current = _add_text(contacts, current, field, scan.unused)
    _close(contacts, current)
    return scan


@cache
def office_region(office: str | None) -> str | None:
    """The country of an office ("OIM Genève" -> CH): national numbers are read in it."""
    if not office:
        return None
    place = ORGANISATION.sub(" ", fold(office))
    return place_country(" ".join(place.split())) if place.strip() else None


def _unparsed(phone: Phone) -> Problem:
    return Problem("contacts", "phone number cannot be parsed: kept as its digits, "
                   "flagged invalid", f"{phone.raw} -> {phone.e164}: {phone.problem}")


def fields(line: str) -> list[str | None]:
    """A line cut into fields; None marks a connector ("ou", "or") before another contact."""
    out: list[str | None] = []
    for part in _CONNECTOR_CUT.split(line):
        connector = _CONNECTOR.match(part)
        if connector and (out or not part[connector.end():].startswith(("@", "+"))):
            if connector.end() < len(part) or not out:
                out.append(None)
            part = part[connector.end():]
        out.extend(f.strip(" .-–:") for f in _cut(part) if f.strip(" .-–:"))
    return out


def _cut(text: str) -> list[str]:
    """`text` split where `_FIELD_CUT` matches its accent-folded copy (same offsets)."""
    pieces, start = [], 0
    for match in _FIELD_CUT.finditer(fold(text)):
        pieces.append(text[start:match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


def is_name(text: str) -> bool:
    """Looks like a person's name: 1-6 capitalised words (particles allowed), no digits."""
    words = text.replace("’", "'").split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or any(c.isdigit() for c in text):
        return False
    return all(w[0].isupper() or w.lower() in _PARTICLES for w in words) and words[0][0].isupper()


def _add_text(contacts: list[Contact], current: Contact, text: str,
              unused: list[Problem]) -> Contact:
    split = _NAME_AT_OFFICE.match(text)
    if split and is_name(split["name"]) and ORGANISATION.match(fold(split["office"])):
        current = _add_text(contacts, current, split["name"], unused)
        return _add_text(contacts, current, split["office"], unused)
    if ORGANISATION.search(fold(text)):
        if current.office is None:
            current.office = text
            return current
        if current.name is None and not current.emails and not current.phones:
            current.office = f"{current.office}, {text}"
            return current
        current = _close(contacts, current)
        current.office = text
        return current
    text = _ASIDE.sub("", text).strip()  # "Jane Doe (English)" -> "Jane Doe"
    if _ROLE.search(fold(text)):
        return current  # a job title: understood, and a contact has no field for it
    if not is_name(text):
        unused.append(Problem("contacts", _unused_reason(text), text))
        return current
    if current.name is not None or current.emails or current.phones:
        current = _close(contacts, current)
    current.name = text
    return current


def _unused_reason(text: str) -> str:
    if any(c.isdigit() for c in text):
        return "contact text with digits that are not a phone number (too few): not used"
    return "contact text that is no name, office, e-mail or phone: not used"


def _close(contacts: list[Contact], current: Contact) -> Contact:
    """Keep `current` if it holds anything; return a fresh contact."""
    if current.name or current.office or current.emails or current.phones:
        contacts.append(current)
    return Contact(name=None)


