"""The contact block of a release into `Contact`s (name, office, e-mails, phones).

Contacts are written one field per line ("Carolina Santos" / "OIM Pérou" / "Email: …"),
or on one line with commas ("Inés Calderón, OIM Pérou, Tel. +511 6330000, Email: …"),
and several contacts follow each other, sometimes joined by "ou" / "or" / "o" / "y".
Each line is cut into fields (commas, labels, " | ", " / ", " - ", ": "); each field is an
e-mail, a phone, a bare label, or text: an office (it names an organisation, a service or
holds an acronym: "CICR Bamako", "Relations avec les médias"), a role (skipped), a place
before the name ("Em Brasília, Ana Silva": the office), or a person's name (honorifics
dropped). Fields after an office on its line continue it ("CICR, Bogotá"). A second name, a
name after e-mails or phones, a bullet, a semicolon or a connector ("ou", "or") starts the
next contact; a service desk with no person is a contact with no name. Lines after the
contact's office that are no name (an address, "Berne") are not used. A sentence inviting a
call ("For after-hours inquiries, please call 1-877-…") is a desk of its own, and so is an
e-mail alone on its line under a person's e-mail ("imprensa@…").
`scan_contacts` also returns, as `Problem`s, the text it could not use, the e-mails the
page hid ("[email protected]") and the phone numbers phonenumbers could not parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from functools import cache, lru_cache

from pressroom.model import Contact, Phone, Problem
from pressroom.parsing.country import country_names, mentions, place_country
from pressroom.parsing.lexicon import union
from pressroom.parsing.navigation import is_furniture
from pressroom.parsing.opener import called_desk, is_opener, names_contact_verb
from pressroom.parsing.phones import (
    LABEL_WORDS,
    MIN_DIGITS,
    NUMBER,
    extension_alone,
    find_phones,
    kind_of_label,
)
from pressroom.parsing.text import (
    EMAIL,
    OFFICE_WORD,
    ORGANISATION,
    fold,
    lexicon_alternation,
    names_organisation,
)
from pressroom.parsing.vcard import is_vcard, plain_lines

_EMAIL_LABEL = lexicon_alternation("email_label_patterns")
#: A text field this many words long holding a contact verb is a sentence inviting a call.
_CALL_MIN_WORDS = 6
#: "ou", "or", "y": the words joining two contacts.
_CONNECTORS = lexicon_alternation("contact_connectors")
#: Cut a line (accent-folded) at a comma, a bar, a slash, a middle dot, a dash or a colon
#: between spaces, and before each label: "… Tel. +511 6330000 Email: x@iom.int". Written to
#: open with the one character every cut starts with (a comma, a colon or a space, the same
#: cuts as "\s*,\s*|\s+[|/·]\s+|\s+[-–—]\s+|\s*:\s+|\s+(?=label)"): the regex engine skips to those
#: instead of trying every position.
_FIELD_CUT = re.compile(
    rf"[,:\s](?:(?<=,)\s*|(?<=:)\s+|(?<=\s)\s*(?:,\s*|[|/·]\s+|[-–—]\s+|:\s+"
    rf"|(?=(?:{_EMAIL_LABEL})\b\s*:)|(?=(?:{LABEL_WORDS})\b\.?\s*:?\s*[+(\d])))",
    re.IGNORECASE,
)
EMAIL_SPLIT = re.compile(rf"({EMAIL.pattern})")
#: Linking words left at the edges of a piece once an e-mail or a number is cut out.
_EDGE = f"(?:{_CONNECTORS}|{lexicon_alternation('contact_edge_words')})"
_EDGE_WORDS = re.compile(rf"^{_EDGE}\s+|\s+{_EDGE}$", re.IGNORECASE)
#: A phone label closing the text before a number ("Jane Doe, Tel." -> "Jane Doe"), or
#: labels joined by slashes ("Cel./WhatsApp").
LABEL_AT_END = re.compile(rf"(?:^|\s)(?:{LABEL_WORDS})\.?(?:\s*/\s*(?:{LABEL_WORDS})\.?)*\s*:?\s*$",
                          re.IGNORECASE)
#: A bullet opening a line, or a semicolon: the next contact starts there.
_BULLET = re.compile(r"^\s*[-•*·▪–—]\s+")
_SEMICOLON = re.compile(r"\s*;\s*")
#: The e-mail a page hid behind a script (Cloudflare writes "[email protected]").
HIDDEN_EMAIL = re.compile(r"\[\s*email(?:\s|&#160;)*protected\s*\]", re.IGNORECASE)
#: "jdoe [at] org [dot] int": an e-mail spelled out against robots, put back together.
#: The word may stand in square, round or curly brackets: "[at]", "(at)", "{at}".
_SPELLED_AT = re.compile(rf"\s*[\[({{]\s*{lexicon_alternation('spelled_at')}\s*[\])}}]\s*",
                         re.IGNORECASE)
_SPELLED_DOT = re.compile(rf"\s*[\[({{]\s*{lexicon_alternation('spelled_dot')}\s*[\])}}]\s*",
                          re.IGNORECASE)

#: "ascom arroba ufao.br": a word with no other meaning spells "@" between a user and a domain.
#: Written to open with the first space, the letter before it tested afterwards (the same
#: matches as "(?<=[\w.-])\s+word\s+…"): the regex engine skips to spaces.
_BARE_AT = re.compile(rf"\s(?<=[\w.-]\s)\s*{lexicon_alternation('spelled_at_unbracketed')}\s+"
                      r"(?=[\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)


def unspell_emails(line: str) -> str:
    """The line with e-mails spelled against robots put back: "jdoe [at] org [dot] int" ->
    "jdoe@org.int", "ascom arroba ufao.br" -> "ascom@ufao.br"."""
    if "[" in line or "(" in line or "{" in line:  # the spelled words stand in brackets
        line = _SPELLED_DOT.sub(".", _SPELLED_AT.sub("@", line))
    return _BARE_AT.sub("@", line)


def holds_email(line: str) -> bool:
    """An e-mail stands on the line, written plainly or spelled out ("jdoe [at] org.int")."""
    if "@" in line and EMAIL.search(line):  # every e-mail holds its "@": the cheap test first
        return True
    unspelled = unspell_emails(line)
    return "@" in unspelled and bool(EMAIL.search(unspelled))
_HONORIFIC = re.compile(rf"^{lexicon_alternation('honorifics')}\.?\s+(?=[A-ZÀ-Ý])", re.IGNORECASE)
#: Honorifics and police or military ranks before a name ("Sergente", "Capt. Dr"), one or more,
#: matched on accent-folded text ("Capitão" -> "capitao").
_TITLES = re.compile(
    rf"^(?:(?:{lexicon_alternation('honorifics')}|{lexicon_alternation('ranks')})\.?\s+)+"
    r"(?=[A-ZÀ-Ý])", re.IGNORECASE)


def drop_titles(text: str) -> str:
    """`text` without the honorifics ("Smt.", "Mme") and ranks ("Sergente",
    "Superintendente-Chefe") opening it; a rank is only dropped before a person's name, so
    "Inspector General's Office" or "Major Events Unit" stay whole."""
    honorific = _HONORIFIC.match(text)
    if honorific:
        text = text[honorific.end():]
    titles = _TITLES.match(fold(text))
    if titles and _is_person(text[titles.end():]):
        return text[titles.end():]
    return text
_ADDRESS_WORD = re.compile(rf"(?<![\w-]){lexicon_alternation('address_words')}(?![\w-])")
#: An acronym (2-6 capitals): "CICR Bamako", "FDFA Information", "SEM".
_ACRONYM = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")
_LOCATIVE = re.compile(rf"^{lexicon_alternation('contact_locatives')}\s+(?P<place>\S.*)$",
                       re.IGNORECASE)
#: Lower-case words inside a person's name: the lexicons' `name_particles` ("da", "del"),
#: and those of names from languages the parser does not read ("van", "bin", "al").
_PARTICLES = union("name_particles") | {"van", "von", "der", "den", "di", "i", "bin", "al", "el"}
_PARTICLE_WORD = "|".join(sorted(map(re.escape, _PARTICLES), key=lambda w: (-len(w), w)))
#: "ou Jean Dupont", "or Jane Doe", "o Juan Pérez", "y María": the next contact.
_CONNECTOR = re.compile(rf"^{_CONNECTORS}(?!\S)\s*", re.IGNORECASE)  # not "E-mail", "E:"
#: "… 4417 and Pieter van Wyk on …": a connector before a name (particles allowed).
_CONNECTOR_CUT = re.compile(
    rf"\s+(?={_CONNECTORS}\s+[A-ZÀ-Ý][\w’'-]+\s+(?:(?:{_PARTICLE_WORD})\s+)*[A-ZÀ-Ý])")
#: A clause after a semicolon that opens on an e-mail, a number or a label ("; or jdoe@x.org",
#: "; Mobile: +41 …"): more details of the same contact, not the next contact.
_DETAILS_ONLY = re.compile(
    rf"^\s*(?:{_CONNECTORS}\s+)?(?:[+(\d]|[\w.+'-]+@|(?:{_EMAIL_LABEL}|{LABEL_WORDS})\b)",
    re.IGNORECASE)
_BARE_LABEL = re.compile(rf"^(?:{_EMAIL_LABEL}|{LABEL_WORDS})\b\.?\s*:?$", re.IGNORECASE)
#: "Juan Pérez en OIM Perú", "Jane Doe at IOM Geneva": a name, a linking word, an office
#: (matched on accent-folded text: "à l'OIM"); an article ending on an apostrophe may be
#: glued to the office.
_LINK_ARTICLE = "|".join(
    rf"{re.escape(a)}\s*" if a.endswith("'") else rf"{re.escape(a)}\s+"
    for a in sorted(union("office_link_articles"), key=lambda a: (-len(a), a))) or "(?!)"
_NAME_AT_OFFICE = re.compile(
    rf"^(?P<name>.+?)\s+{lexicon_alternation('office_links')}\s+(?:{_LINK_ARTICLE})?"
    r"(?P<office>\S.*)$"
)
#: Job titles written on a line of their own; a contact has no field for them.
_ROLE = re.compile(rf"\b{lexicon_alternation('role_patterns')}\b", re.IGNORECASE)
_ROLE_WORD = re.compile(lexicon_alternation("role_patterns"))
#: A row of a contact table: "Name | Role | Phone | E-mail", three cells or more.
_TABLE_ROW = re.compile(r"^[^|]+(?:\s\|\s[^|]+){2,}$")
_ASIDE = re.compile(r"\s*\([^)]*\)")
MAX_NAME_WORDS = 6


@dataclass
class ContactScan:
    """What `scan_contacts` found: the contacts, and what it could not use (with reasons)."""

    contacts: list[Contact] = dataclass_field(default_factory=list)
    unused: list[Problem] = dataclass_field(default_factory=list)


def parse_contacts(lines: list[str], region: str | None = None) -> list[Contact]:
    """Contacts from the lines of a contact block (the opener already cut off)."""
    return scan_contacts(lines, region).contacts


def scan_contacts(lines: list[str], region: str | None = None,
                  fallback: str | None = None) -> ContactScan:
    """Like `parse_contacts`, also returning the text and numbers it could not use.

    A number without a country code is read in its contact's office's country, else in
    `region` (the dateline's); when that reading is invalid and one in `fallback` (the
    release's country) is valid, the fallback wins."""
    if is_vcard(lines):  # "N: Overney;Jean-Daniel" / "TEL;CELL: …": a pasted contact card
        lines = plain_lines(lines)
    scan = ContactScan()
    block = _Block(scan)
    pending_kind: str | None = None
    hid_email: list[Contact] = []  # contacts whose e-mail the page hid
    hidden_on = [_hidden_emails(line) for line in lines]
    for number, line in enumerate(lines):
        if number and hidden_on[number - 1]:
            hid_email.append(block.current)  # the contact the line above went to
        for hidden in hidden_on[number]:
            scan.unused.append(Problem(
                "contacts", "e-mail hidden by the page (obfuscated): not recoverable", hidden))
        line = unspell_emails(HIDDEN_EMAIL.sub(" ", line) if hidden_on[number] else line)
        line = _drop_bilingual_label(line)
        shared = _shares_details(line)
        if shared:  # "Teléfono (ambos): …", "Mobile commun : …": the labels without the word
            line = _drop_shared_words(line)
        block.start_line(number, _has_details(line), shared)
        if "|" in line and _table_header(line, lines[number + 1:]):  # "Nom | Téléphone | …"
            scan.unused.append(Problem("contacts", "a table's header row: not a contact", line))
            continue
        if "|" in line and _TABLE_ROW.match(line) and block.has_details():  # a table: one
            block.close()  # contact a row
        if is_furniture(line):  # "Facebook Twitter WhatsApp": share buttons, no contact
            scan.unused.append(Problem("contacts", "share buttons: not a contact", line))
            continue
        if _is_role_line(line):  # "Director, Corporate Affairs": a job title, no new person
            continue
        if (call := _call_sentence(line)) is not None:  # "For after-hours inquiries, please
            block.add_desk(called_desk(call[0]))  # call 1-877-…": a desk of its own
            line = call[1]
        for field in _line_fields(line):
            if field is None:  # a connector, bullet or semicolon: the next contact starts
                block.close()
                continue
            emails = [e.lower() for e in EMAIL.findall(field)] if "@" in field else []
            if emails:
                if (block.current.emails and block.email_line < number
                        and block.current.name and _only_emails(line)):
                    block.close()  # "imprensa@…" alone under a person's e-mail: the desk's
                block.add_emails(emails)
                block.email_line = number
                continue
            if _BARE_LABEL.match(fold(field)):
                pending_kind = kind_of_label(field)
                continue
            if block.extends_phone(field):  # "418 555-0142, poste 2231": its extension
                continue
            phones = _read_phones(field, pending_kind or "phone",
                                  block.region() or region, fallback)
            if phones:
                block.add_phones(phones)
                continue
            pending_kind = None
            if block.names_earlier(field):  # "Camila: (+55 81) …" under "Camila Albuquerque"
                continue
            block.add_text(field)
            block.first_on_line = False
    if lines and hidden_on[-1]:
        hid_email.append(block.current)
    block.close()
    _drop_signature(scan, hid_email)
    _drop_announced_team(scan, lines)
    return scan


def _drop_announced_team(scan: ContactScan, lines: list[str]) -> None:
    """"… entre em contato com a equipe de comunicação:" over a list of people: the team the
    block's first line announces, with no detail of its own, is no contact of its own when
    contacts follow it."""
    if len(scan.contacts) < 2 or not lines or not lines[0].rstrip().endswith(":"):
        return
    first = scan.contacts[0]
    if (first.name is None and not first.emails and not first.phones and first.office
            and first.office in lines[0]):
        scan.contacts.pop(0)
        scan.unused.append(Problem(
            "contacts", "the team the block's first line announces, its people listed "
            "below: not a contact", first.office))


#: A label written in two languages before a colon: "Presse internationale / International
#: press : Claire Zongo — …" (each side a few words, no digit, no e-mail).
_BILINGUAL_LABEL = re.compile(r"^\s*(?P<a>[^\W\d][^/:|@\d]{0,40}?)\s/\s"
                              r"(?P<b>[^\W\d][^/:|@\d]{0,40}?)\s?:\s+(?=\S)")


def _drop_bilingual_label(line: str) -> str:
    """The line without a label written in two languages opening it ("Presse internationale /
    International press : …"): a heading, no office. A phone or e-mail label in two languages
    ("Tél. / Tel. : …") stays: it tells the number's kind."""
    label = _BILINGUAL_LABEL.match(line) if " / " in line else None
    if label is None or any(_BARE_LABEL.match(fold(side.strip())) or _is_person(side.strip())
                            for side in (label.group("a"), label.group("b"))):
        return line
    return line[label.end():]


def _table_header(line: str, below: list[str]) -> bool:
    """`line` is a contact table's header row ("Service de presse | Nom | Téléphone |
    Courriel"): a row with no e-mail or phone over a row of as many cells that has some."""
    if not _TABLE_ROW.match(line) or _has_details(line):
        return False
    row = next((x for x in below if x.strip()), "")
    return (bool(_TABLE_ROW.match(row)) and row.count(" | ") == line.count(" | ")
            and _has_details(row))


def _hidden_emails(line: str) -> list[str]:
    """The e-mails the page hid on `line` (`HIDDEN_EMAIL`, written in square brackets)."""
    return HIDDEN_EMAIL.findall(line) if "[" in line else []


def _drop_signature(scan: ContactScan, hid_email: list[Contact]) -> None:
    """A name, or an organisation, closing the block with no phone or e-mail, under contacts
    that have some ("Le Ministre" signing a communiqué, a publisher's and a wire's name under
    a wire copy): a signature, not a contact. A person with an office is kept (the page may
    have hidden their e-mail), and so is one written with an e-mail the page hid."""
    contacts = scan.contacts
    while len(contacts) >= 2 and _signature(contacts[-1]) and not any(
            c is contacts[-1] for c in hid_email) and any(
            c.emails or c.phones for c in contacts[:-1]):
        last = contacts.pop()
        scan.unused.append(Problem(
            "contacts", "a name or office with no phone or e-mail closing the block (a "
            "signature): not a contact", ", ".join(filter(None, (last.name, last.office)))))


def _signature(contact: Contact) -> bool:
    """No phone or e-mail, and a name or an office but not both."""
    return not (contact.emails or contact.phones) and not (contact.name and contact.office)


def _has_details(line: str) -> bool:
    """The line holds an e-mail or a number long enough for a phone."""
    return ("@" in line and bool(EMAIL.search(line))) or any(
        sum(map(str.isdigit, m.group())) >= MIN_DIGITS for m in NUMBER.finditer(line))


@lru_cache(maxsize=4096)
def _line_fields(line: str) -> tuple[str | None, ...]:
    """The fields of a line (`fields`), each cut into its pieces (`_pieces`). Remembered: a
    publisher's contact lines come back release after release (a quarter of the lines of a
    corpus are repeats)."""
    return tuple(piece for f in fields(line) for piece in _pieces(f))


@lru_cache(maxsize=4096)
def _pieces(field: str | None) -> tuple[str | None, ...]:
    """A field cut around its e-mails, and before its first phone number when a name or an
    office stands before it: "Jane Doe at +1 212 555 0100 or jdoe@x.org" gives "Jane Doe",
    "+1 212 555 0100", "jdoe@x.org"; nothing is lost."""
    if field is None:
        return (None,)
    out: list[str | None] = []
    for part in EMAIL_SPLIT.split(field) if "@" in field else [field]:
        part = _unwrap_brackets(_EDGE_WORDS.sub("", _unwrap_brackets(part)))
        if not part:
            continue
        if "@" in part and EMAIL.fullmatch(part):
            out.append(part)
            continue
        number = next((m for m in NUMBER.finditer(part)
                       if sum(map(str.isdigit, m.group())) >= MIN_DIGITS), None)
        if number is None:  # no phone number: the part is one piece
            out.append(part)
            continue
        head = part[: number.start()]
        label = LABEL_AT_END.search(fold(head))
        name = _EDGE_WORDS.sub("", (head[: label.start()] if label else head).strip(
            " ,;:-–").rstrip(" ([<"))  # "Jane Doe on (+27) 82 …": the link and bracket go
        if sum(c.isalpha() for c in name) >= 2:  # "Jane DOE (+32 2 …)": no bracket
            out.extend([name.rstrip(" ([<"), part[len(name):].strip(" ,;:-–)]>")])
        else:
            out.append(part)
    return tuple(out)


def _unwrap_brackets(text: str) -> str:
    """"(jdoe@x.org)" -> "jdoe@x.org"; "Jane Doe (English)" keeps its aside."""
    text = text.strip(" ,;:-–")
    if text[:1] in _OPENING_BRACKETS:  # most fields open with no bracket: no pair to try
        for left, right in (("(", ")"), ("<", ">"), ("[", "]")):
            if text.startswith(left) and text.endswith(right):
                text = text[1:-1].strip(" ,;:-–")
    text = text.rstrip("(<[").lstrip(")>]").strip(" ,;:-–")
    return text


_OPENING_BRACKETS = ("(", "<", "[")


def _read_phones(field: str, kind: str, region: str | None,
                 fallback: str | None) -> list[Phone]:
    phones = find_phones(field, kind=kind, region=region)
    if fallback and fallback != region and any(not p.valid for p in phones):
        other = find_phones(field, kind=kind, region=fallback)
        if sum(p.valid for p in other) > sum(p.valid for p in phones):
            return other
    return phones


class _Block:
    """The contacts read so far, and the one being filled (`current`)."""

    def __init__(self, scan: ContactScan) -> None:
        self.scan = scan
        self.current = Contact(name=None)
        self.line = 0  # the line being read
        self.office_line = -1  # the line the current office was read on
        self.line_details = False  # the line being read holds an e-mail or a phone
        self.first_on_line = True  # no text field of this line was read yet
        self.name_line = -1  # the line the current name was read on
        self.email_line = -1  # the line the current contact's last e-mail was read on
        self.texts = 0  # the text fields read so far
        self.phone_line = -1  # the line the last phone was read on
        self.name_text = -1  # the text field the current name was read from
        self.owner: Contact | None = None  # the contact a given name on this line points to
        self.sharers: list[Contact] = []  # the contacts above sharing the current's details
        self.aside_region: str | None = None  # the country of a place in brackets: "(Nairobi)"

    def start_line(self, number: int, details: bool, shared: bool = False) -> None:
        self.line, self.line_details, self.first_on_line = number, details, True
        self.owner = None
        if details and not self.sharers and self.current.name is not None:
            self.sharers = self._names_above(shared)

    def _names_above(self, shared: bool) -> list[Contact]:
        """The people listed right above the current contact with no details of their own
        when a line of details opens under them: theirs too when the line says it is shared
        ("Teléfono (ambos): …") or when no one of them, the current contact included, has any
        detail yet ("Sandrine Wamytan, …" / "Éric Koindredi, …" / "Tél. : …" / "presse@…")."""
        if not shared and self.has_details():
            return []
        above: list[Contact] = []
        for contact in reversed(self.scan.contacts):
            if contact.name is None or contact.phones or (not shared and contact.emails):
                break
            above.append(contact)
        return above

    def names_earlier(self, text: str) -> bool:
        """`text` is one given name on a line of details, that of exactly one contact read
        before with no phone ("Camila: (+55 81) … · Diego: …" under "Camila Albuquerque e
        Diego Barros Lins"): the details after it are that contact's."""
        if not self.line_details or len(text.split()) != 1 or not is_name(text):
            return False
        folded = fold(text).lower()
        named = [c for c in (*self.scan.contacts, self.current) if c.name and not c.phones
                 and fold(c.name.split()[0]).lower() == folded]
        if len(named) != 1:
            return False
        self.owner = named[0]
        return True

    def _receiver(self) -> Contact:
        """The contact details go to: the one a given name pointed to on this line, else
        the contact being read."""
        return self.owner or self.current

    def close(self) -> None:
        self.current = _close(self.scan.contacts, self.current)
        self.office_line = self.email_line = -1
        self.sharers = []
        self.aside_region = None

    def region(self) -> str | None:
        """The country the current contact's national numbers are read in: that of a place
        in brackets after its name or office ("IOM Somalia liaison office (Nairobi)": the
        office sits in Kenya), else its office's (`office_region`)."""
        return self.aside_region or office_region(self.current.office)

    def _sharing(self) -> list[Contact]:
        """The contacts the details being read also go to: those sharing the current
        contact's, on a line of details only (no name or office read on it)."""
        return self.sharers if self.first_on_line and self.owner is None else []

    def has_details(self) -> bool:
        return bool(self.current.emails or self.current.phones)

    def add_emails(self, emails: list[str]) -> None:
        for receiver in (self._receiver(), *self._sharing()):
            receiver.emails.extend(e for e in emails if e not in receiver.emails)

    def add_phones(self, phones: list[Phone]) -> None:
        self.phone_line = self.line
        receiver = self._receiver()
        known = {p.e164 for p in receiver.phones}
        receiver.phones.extend(p for p in phones if p.e164 not in known)
        for sharer in self._sharing():
            held = {p.e164 for p in sharer.phones}
            sharer.phones.extend(replace(p) for p in phones if p.e164 not in held)
        self.scan.unused += [_unparsed(p) for p in phones if p.problem]

    def extends_phone(self, field: str) -> bool:
        """`field` is an extension alone ("poste 2231") right after a phone with none read
        on this line: the extension is that phone's."""
        phones = self.current.phones
        if not phones or phones[-1].extension or self.phone_line != self.line:
            return False
        extension = extension_alone(field)
        if extension is None:
            return False
        phones[-1].extension = extension
        return True

    def add_text(self, text: str) -> None:
        """A field that is no e-mail, phone or label: a name, an office, a role or a place."""
        self.texts += 1
        self.owner = None
        self.sharers = []
        duty = _after_hours_desk(text)
        if duty is not None:  # "Out of hours (London): +44 …" under a person's details
            self.add_desk(duty)
            return
        split = _name_at_office(text)
        if split:
            self.add_text(split[0])
            self.add_text(split[1])
            return
        self.aside_region = _aside_region(text) or self.aside_region
        text = drop_titles(_ASIDE.sub("", text).strip())  # "Ms Jane Doe (English)"
        if not text:
            return
        if len(text.split()) >= _CALL_MIN_WORDS and (desk := called_desk(text)) is not None:
            # "…please call the global press office on +44 …": a desk of its own, that office
            if self.current.name is not None or self.has_details():
                self.close()
            self._set_office(desk)
            return
        if self._opens_desk(text):  # "Service presse : +32 …" under a person's details
            self.close()
            self._set_office(text)
            return
        same_line = self.office_line == self.line and not self.has_details()
        locative = _LOCATIVE.match(text)
        if locative:  # "Em Brasília": the office; a place cut short ("Em M") is no name
            if len(locative["place"]) >= 3 and is_name(locative["place"]):
                self._set_office(locative["place"])
            else:
                self.scan.unused.append(Problem("contacts", _unused_reason(text), text))
        elif (self.current.name is not None and _names_role(text)
              and not _starts_with_office(text)) or _is_job_title(text):
            self._await_complement(text)
            return  # a job title: understood, and a contact has no field for it
        elif same_line and not (self.current.name is None and _is_person(text)
                                and not is_office(text)):
            # "CICR, Bogotá"; "Comunicación, CICR Ginebra": a desk's office, then its body's
            self.current.office = f"{self.current.office}, {text}"
        elif is_office(text) and not _surname_form(text):
            self._set_office(text)
        elif _names_role(text):
            return
        elif self.current.office is None and self.current.name is not None and (
                _is_city(text)):  # "Jane Doe, Press Officer, Nairobi": her office's place
            self._set_office(text)
        elif self.current.office is None and _names_national_body(text):
            self._set_office(text)  # "Heritage Museums Malta", "Santé Canada": a body
        elif _is_person(text):
            if self._title_after_name():  # "Dr Hannah Kerr, Principal Scientist – …"
                return
            if self._office_read_as_name():  # "Service presse – Région Bretagne" / a person
                self.current.office = f"{self.current.office}, {self.current.name}"
                self.current.name = None
            if self.current.name is not None or self.has_details():
                self.close()
            self.current.name, self.name_line, self.name_text = text, self.line, self.texts
        else:
            self.scan.unused.append(Problem("contacts", _unused_reason(text), text))

    def add_desk(self, office: str | None) -> None:
        """A desk named in a sentence ("please call the on-call media officer on …"), a
        contact of its own: the contact being read closes when it has a name or details."""
        if self.current.name is not None or self.has_details():
            self.close()
        if office is not None:
            self._set_office(office)

    def _title_after_name(self) -> bool:
        """A capitalised field right after the contact's name on the name's line, before any of
        its e-mails or phones: a job title the role words do not know ("Principal Scientist"),
        not a second person (two people on one line are parted by details, a connector or a
        label: "Texto: Ana Lima | Edição: Rui Reis")."""
        return (self.current.name is not None and self.name_line == self.line
                and self.name_text == self.texts - 1 and not self.has_details())

    def _await_complement(self, role: str) -> None:
        """A job title of one word right after the name ("Jane Doe, Head, Corporate Affairs"):
        the field after it is the rest of the title (`_title_after_name`), not a person."""
        if len(role.split()) == 1 and self._title_after_name():
            self.name_text = self.texts

    def _office_read_as_name(self) -> bool:
        """The contact's name stood after its office on a line of their own with no e-mail
        or phone, and a person follows on a later line: that name was the rest of the
        office ("Service presse – Région Bretagne"), not a person with no details."""
        return (self.current.name is not None and self.name_line == self.office_line
                and self.line > self.name_line and not self.has_details())

    def _opens_desk(self, text: str) -> bool:
        """`text` opens a line with its own phone or e-mail, names an office and no person,
        and the contact being read already has a name and details: a press desk listed
        after the person ("Prensa IRC Nueva York: +1 …"), a contact of its own."""
        return (self.first_on_line and self.line_details and self.current.name is not None
                and self.has_details() and is_office(text)
                and (names_organisation(text) or not _is_person(text)))

    def _set_office(self, office: str) -> None:
        if self.current.office is None:
            self.current.office, self.office_line = office, self.line
        elif self.has_details():  # a service desk after a person's details
            self.close()
            self.current.office, self.office_line = office, self.line
        else:  # a second office line before any detail: a label or an address
            self.scan.unused.append(Problem(
                "contacts", "second office line of one contact: not used", office))


_SHARED = re.compile(rf"(?<!\w){lexicon_alternation('shared_detail_words')}(?!\w)", re.IGNORECASE)


def _shares_details(line: str) -> bool:
    """A line of details that says they are several people's together ("(ambos)",
    "commun")."""
    return _has_details(line) and _SHARED.search(line) is not None


def _drop_shared_words(line: str) -> str:
    """The line without its words of sharing, or the aside holding them: "Teléfono (ambos):
    +240 …" -> "Teléfono: +240 …", "Tél. (pour les deux) : …" -> "Tél. : …", "Shared line:
    …" -> "line: …"."""
    return re.sub(rf"\s*\([^()]*?{_SHARED.pattern}[^()]*\)|(?:^|\s+){_SHARED.pattern}\s*", " ",
                  line, flags=re.IGNORECASE).strip()


def _only_emails(line: str) -> bool:
    """Nothing but e-mails (and a label) stands on the line."""
    emails_out = EMAIL.sub("", line) if "@" in line else line  # every e-mail holds its "@"
    return not any(c.isalnum() for c in _EMAIL_LABEL_AT_START.sub("", emails_out))


_EMAIL_LABEL_AT_START = re.compile(rf"^\s*(?:{_EMAIL_LABEL})\s*:?", re.IGNORECASE)


def _call_sentence(line: str) -> tuple[str, str] | None:
    """A sentence inviting a call or a mail, cut before its first number or e-mail: ("For
    after-hours media inquiries, please call", "1-877-…"); None for any other line."""
    if not names_contact_verb(line) or is_opener(line):  # most lines: no verb, no sentence;
        return None  # "Contact médias : Jane Doe, …" is a heading and a contact
    starts = [m.start() for m in NUMBER.finditer(line)
              if sum(map(str.isdigit, m.group())) >= MIN_DIGITS]
    starts += [m.start() for m in EMAIL.finditer(line)] if "@" in line else []
    if not starts:
        return None
    at = min(starts)
    head = line[:at]
    if len(head.split()) < _CALL_MIN_WORDS or any(
            _is_person(drop_titles(part.strip())) for part in head.split(",")):
        return None  # "Jane Doe, Press Officer, please call her on …": her line, no desk
    return head, line[at:]


@lru_cache(maxsize=4096)
def _name_at_office(text: str) -> tuple[str, str] | None:
    """"Juan Pérez en OIM Perú" -> the name and the office, when the text is a full name, a
    linking word and an office; else None. Remembered, as the tests below: a publisher's
    press officers and offices come back release after release."""
    split = _NAME_AT_OFFICE.match(fold(text))  # same length: the spans fit `text`
    if split:
        name, office = text[:split.end("name")], text[split.start("office"):]
        if _is_full_name(name) and is_office(office) and not is_office(name):
            return name, office
    return None


@lru_cache(maxsize=4096)
def _is_job_title(text: str) -> bool:
    """A job title, whatever stands around it: its head word names a role and no office
    ("Press Office", "Service presse" are offices). The head is the first word when a
    lower-case word links the others ("Attachée de presse", "Jefa de Prensa"), else the last
    ("Press Officer"); "Relations avec les médias" and "Media Relations" are offices."""
    words = text.split()
    if len(words) < 2:
        return False
    head = words[0] if any(w[:1].islower() for w in words[1:]) else words[-1]
    head = fold(head).lower()
    return bool(_ROLE_WORD.fullmatch(head)) and not OFFICE_WORD.fullmatch(head)


@lru_cache(maxsize=4096)
def _names_role(text: str) -> bool:
    """The text holds a job title ("Press Officer", "Directora de Comunicación")."""
    return bool(_ROLE.search(fold(text)))


@lru_cache(maxsize=4096)
def is_office(text: str) -> bool:
    """Names an organisation, an office or a service, or holds an acronym ("CICR Bamako")."""
    if names_organisation(text):
        return True
    if not _ACRONYM.search(text) or (text.isupper() and len(text.split()) > 1):
        return False
    return not _SURNAME_IN_CAPS.match(text)


#: "Jean DUPONT", "Ana María LÓPEZ GARCÍA": a name with the surname in capitals, no acronym.
_SURNAME_IN_CAPS = re.compile(
    r"^(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+){1,3}[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,}(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,})?$")


@lru_cache(maxsize=4096)
def _starts_with_office(text: str) -> bool:
    """"Oficina de Prensa", "Bureau de presse": an office named by its service, no role."""
    first = text.split(None, 1)[0] if text.strip() else ""
    if _ROLE.fullmatch(fold(first)):  # "Press Officer", "Communications Officer"
        return False
    return bool(ORGANISATION.fullmatch(fold(first)) or OFFICE_WORD.fullmatch(fold(first).lower()))


#: "Jane DOE", "Pieter VAN DAMME": given names, then the surname in capitals (EU style).
_SURNAME_FORM = re.compile(r"^(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+){1,2}(?:[A-ZÀ-Ý'’-]{2,}\s*){1,3}$")


@lru_cache(maxsize=4096)
def _surname_form(text: str) -> bool:
    """A person written "Given SURNAME", whose capitals are no acronym of an office."""
    return bool(_SURNAME_FORM.match(text)) and not _starts_with_office(text) and _is_person(text)


def _is_role_line(line: str) -> bool:
    """A job title on its own line, its department after a comma ("Director, Corporate
    Affairs"): it opens with a role word and names no office, e-mail or phone."""
    if "," not in line or ("@" in line and EMAIL.search(line)) or any(map(str.isdigit, line)):
        return False
    parts = [p.strip() for p in line.split(",")]
    return bool(_ROLE.match(fold(parts[0]))) and not any(is_office(p) for p in parts[1:])


def opens_with_role(line: str) -> bool:
    """The line opens on a job title before a comma ("Responsable médias, Bureau régional
    de …", "Press Officer, Regional Office for …") and holds no e-mail or digit: a contact's
    role-and-office line, however long its office's name."""
    if "," not in line or "@" in line or any(map(str.isdigit, line)):
        return False
    return bool(_ROLE.match(fold(line.split(",", 1)[0].strip())))


def opens_with_titled_person(line: str) -> bool:
    """The line opens on an honorific or a rank and a person's name ("Superintendente-Chefe
    Faustino Neto, Porta-voz", "Mme Awa Diop, …"): a contact starts there."""
    head = line.split(",", 1)[0].strip()
    untitled = drop_titles(head)
    return untitled != head and _is_person(untitled)


def opens_with_person_and_role(line: str) -> bool:
    """The line opens on a person's full name and a job title after a comma ("Éric
    Koindredi, chargé des relations presse"): a contact of its own, no wrapped piece of the
    line above."""
    parts = line.split(",", 2)
    return (len(parts) >= 2 and _is_person(drop_titles(parts[0].strip()))
            and not is_office(parts[0]) and _names_role(parts[1]))


def _is_full_name(text: str) -> bool:
    """A name of two words or more: a lone capitalised word ("Berne", "Immigration") is a
    piece of an office or an address, not a person."""
    return is_name(text) and len(text.split()) >= 2


@lru_cache(maxsize=4096)
def _is_person(text: str) -> bool:
    """A full name that is no place; remembered: `add_text` asks it of a field up to three
    times, and a publisher's press officers come back release after release."""
    return _is_full_name(text) and not _is_place(text)


def cut_off_name(contact: Contact, page: str) -> bool:
    """The page's text stops inside the contact's name: a copy cut at a size limit in the
    middle of its last line ("In Tunis: Hiba Ben Sli", no line end after it), the name
    the last thing written, with no e-mail or phone. The name may be unfinished: no contact.
    A name followed by anything (an office, a number cut short) was written whole."""
    return (contact.name is not None and not contact.phones and not contact.emails
            and not page.endswith(("\n", "\r")) and page.endswith(contact.name))


_AFTER_HOURS = re.compile(lexicon_alternation("after_hours_patterns"))


def _after_hours_desk(text: str) -> str | None:
    """The place of a duty desk serving another office for the hours the press office is
    shut ("Out of hours (London)", "Fuera de horario (Madrid)"); None for any other text.
    Such a line is a contact of its own, that place its office. A duty line naming no place
    of its own ("Out of hours: duty phone +353 …") is the same press office's, another
    number of the person above it."""
    if "(" not in text:
        return None
    place = " ".join(_ASIDE.findall(text)).strip(" ()")
    label = fold(_ASIDE.sub("", text)).lower().strip(" :")
    if not label or not _is_city(place) or _AFTER_HOURS.fullmatch(label) is None:
        return None
    return place


def _is_city(text: str) -> bool:
    """One or two words naming a known place ("Nairobi", "Dakar")."""
    return len(text.split()) <= 2 and place_country(text) is not None


def _is_place(text: str) -> bool:
    """A country, a known city ("Berne"), a piece of an address ("Federal Palace West
    Wing") or a name holding a country ("Santé Canada"): not a person."""
    return (place_country(text) is not None or _country_at_end(text)
            or bool(_ADDRESS_WORD.search(fold(text).lower())))


def _names_national_body(text: str) -> bool:
    """Capitalised words before a country's name, the whole no place ("Heritage Museums
    Malta", "Santé Canada", "Cruz Roja Colombia"): a national body, not a person."""
    return (len(text.split()) >= 2 and is_name(text) and _country_at_end(text)
            and place_country(text) is None)


def _country_at_end(text: str) -> bool:
    """The text ends on a country's name ("Santé Canada"); "Israel Martínez" and "Maria
    Lima" (a city, a common surname) do not. Only the endings of as many words as the
    longest name are looked up, folded once (folding goes letter by letter)."""
    words, names = text.split(), country_names()
    if len(words) < 2:
        return False
    first = max(1, len(words) - _name_words())
    tail = fold(" ".join(words[first:]))
    starts = [0]
    for word in words[first:-1]:
        starts.append(starts[-1] + len(word) + 1)
    return any(tail[start:] in names for start in starts)


@cache
def _name_words() -> int:
    """The most words a country name holds ("Saint-Vincent-et-les-Grenadines" is one)."""
    return max(len(name.split()) for name in country_names())


@cache
def office_region(office: str | None) -> str | None:
    """The country of an office ("OIM Genève" -> CH): national numbers are read in it."""
    if not office:
        return None
    place = ORGANISATION.sub(" ", fold(office))
    if not place.strip():
        return None
    named = place_country(" ".join(place.split()))
    if named:
        return named
    words = office.split()  # "CICR Genève", "Delegación de Bogotá": a place closing the office
    for k in range(max(0, len(words) - 3), len(words)):
        if k and _inside_a_name(words[k - 1]):  # "Floripa Airport Hub": no town of Pakistan
            continue
        named = place_country(" ".join(words[k:]))
        if named:
            return named
    found = mentions(office)  # "…, Immigration, Réfugiés et Citoyenneté Canada" -> CA
    return found[-1][1] if found else None


def _aside_region(text: str) -> str | None:
    """The country of a place written alone in brackets in a name or office field ("IOM
    Somalia liaison office (Nairobi)" -> KE), else None."""
    if "(" not in text:
        return None
    for aside in _ASIDE.findall(text):
        named = place_country(aside.strip(" ()"))
        if named:
            return named
    return None


def _inside_a_name(word: str) -> bool:
    """A capitalised word that is no acronym and names no office or organisation: a place
    after it ends a longer proper name ("Airport Hub"), unlike "OIM Genève" or "Office
    Nairobi"."""
    return (word[:1].isupper() and not word.isupper() and not names_organisation(word)
            and not OFFICE_WORD.fullmatch(fold(word).lower()))


def _unparsed(phone: Phone) -> Problem:
    return Problem("contacts", "phone number cannot be parsed: kept as its digits, "
                   "flagged invalid", f"{phone.raw} -> {phone.e164}: {phone.problem}")


def fields(line: str) -> list[str | None]:
    """A line cut into fields; None marks a connector ("ou", "or") before another contact."""
    out: list[str | None] = []
    if bullet := _BULLET.match(line):
        out.append(None)
        line = line[bullet.end():]
    for index, clause in enumerate(_SEMICOLON.split(line)):
        if index and _DETAILS_ONLY.match(fold(clause)):  # "…: +254 …; or jdoe@x.org"
            clause = _CONNECTOR.sub("", clause, count=1)
        elif index:
            out.append(None)
        out.extend(_clause_fields(clause, bool(out)))
    return out


def _clause_fields(line: str, started: bool) -> list[str | None]:
    out: list[str | None] = []
    for part in _connector_parts(line):
        connector = _CONNECTOR.match(part)
        if connector and _lone_letter_label(connector.group(), part[connector.end():]):
            connector = None  # "E claire.martin@…": a one-letter label, no "e" (and)
        if connector and (out or not part[connector.end():].startswith(("@", "+"))):
            if connector.end() < len(part) or not (out or started):
                out.append(None)
            part = part[connector.end():]
        out.extend(f.strip(" .-–:") for f in _cut(part) if f.strip(" .-–:"))
    return out


def _lone_letter_label(connector: str, rest: str) -> bool:
    """A one-letter connector ("e", "y", "o") before anything but a capitalised word: the
    letter is a label ("E jdoe@x.org", "T +33 …"), not a link between two contacts."""
    return len(connector.strip()) == 1 and not rest[:1].isupper()


def _connector_parts(line: str) -> list[str]:
    """`line` cut before "ou/or/y Jane Doe" when the text before ends on an e-mail or a
    phone ("… jperez@iom.int o María López"); "Réfugiés et Citoyenneté Canada" stays whole."""
    parts: list[str] = []
    for part in _CONNECTOR_CUT.split(line):
        if parts and not re.search(r"[@\d]\S*\W*$", parts[-1]) and not _two_people(
                parts[-1], part):
            parts[-1] = f"{parts[-1]} {part}"
        else:
            parts.append(part)
    return parts


def _two_people(before: str, after: str) -> bool:
    """"Camila Albuquerque" and "e Diego Barros Lins, Assessoria …": a full name on each
    side of the connector, so two people ("Réfugiés et Citoyenneté Canada", "Gerencia de
    Comunicación y Cultura del Agua" are one office)."""
    left = before.rsplit(",", 1)[-1].strip()
    right = _CONNECTOR.sub("", after, count=1).split(",", 1)[0].strip()
    return all(_is_person(drop_titles(side)) and not is_office(side) for side in (left, right))


def _cut(text: str) -> list[str]:
    """`text` split where `_FIELD_CUT` matches its accent-folded copy (same offsets)."""
    pieces, start = [], 0
    asides = "(" in text
    for match in _FIELD_CUT.finditer(fold(text)):
        if asides and _inside_brackets(text, match.start()):  # "Jane Doe (English, Swahili)"
            continue
        piece = text[start:match.start()]
        if ":" in match.group() and _BARE_LABEL.match(fold(piece.strip(" .-–"))):
            continue  # "Tel: 1234" stays one field: a label keeps its value
        if "/" in match.group() and _LABELLED_NUMBER_END.search(fold(piece)) \
                and text[match.end():match.end() + 1] in _NUMBER_STARTS:
            continue  # "Cel: 84 … / 82 …": the label stands for both numbers
        pieces.append(piece)
        start = match.end()
    pieces.append(text[start:])
    return pieces


#: A piece ending on a phone label and its number ("Cel: 84 555 3120").
_LABELLED_NUMBER_END = re.compile(rf"(?:^|\s)(?:{LABEL_WORDS})\.?\s*:?\s*[+(]?\d[\d\s().-]*$",
                                  re.IGNORECASE)
_NUMBER_STARTS = frozenset("+(0123456789")


def _inside_brackets(text: str, at: int) -> bool:
    """`at` falls inside an unclosed "(": an aside's commas cut no field."""
    before = text[:at]
    return before.count("(") > before.count(")")


def is_name(text: str) -> bool:
    """Looks like a person's name: 1-6 capitalised words (particles allowed), no digits."""
    words = text.replace("’", "'").split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or any(map(str.isdigit, text)):
        return False
    if any(_UNVOICED.fullmatch(w) for w in words):  # "DSWD FO VIII": an office's acronym
        return False
    return all(w[0].isupper() or w.lower() in _PARTICLES for w in words) and words[0][0].isupper()


#: Three capitals or more and no vowel ("DSWD", "NHS"): an acronym, no word of a name.
_UNVOICED = re.compile(r"[B-DF-HJ-NP-TV-XZ]{3,}")


def _unused_reason(text: str) -> str:
    if any(map(str.isdigit, text)):
        return "contact text with digits that are not a phone number (too few): not used"
    return "contact text that is no name, office, e-mail or phone: not used"


def _close(contacts: list[Contact], current: Contact) -> Contact:
    """Keep `current` if it holds anything; return a fresh contact."""
    if current.name or current.office or current.emails or current.phones:
        contacts.append(current)
    return Contact(name=None)


