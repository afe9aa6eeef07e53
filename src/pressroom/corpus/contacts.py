"""Press contacts: names, offices, e-mails and phone numbers, written in varied blocks.

Phone numbers come from phonenumbers' own metadata (a region's example number with its
subscriber digits redrawn until the number is valid), so every `e164` label is one the library
accepts; "historical" numbers (Santiago's 7-digit and Bogotá's pre-2021 numbers) are built to be
rejected and are labelled `valid: false`, digits kept as written.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from pressroom.corpus.countries import Country
from pressroom.corpus.lang import Language

FIRST = {
    "es": (
        "Inés",
        "Carolina",
        "José Iván",
        "Jorge Andrés",
        "Gabriela",
        "Juan Pablo",
        "María Fernanda",
        "Andrés",
        "Lucía",
        "Martín",
        "Sofía",
        "Ángela",
        "Julián",
        "Mónica",
        "Raúl",
        "Verónica",
        "Tomás",
        "Adriana",
    ),
    "fr": (
        "Amélie",
        "François",
        "Hélène",
        "Jérôme",
        "Aïcha",
        "Mamadou",
        "Léa",
        "Benoît",
        "Fatoumata",
        "Cédric",
        "Noémie",
        "Joël",
        "Éric",
        "Chantal",
    ),
    "en": (
        "Sarah",
        "James",
        "Olivia",
        "Daniel",
        "Grace",
        "Peter",
        "Amina",
        "Joseph",
        "Emily",
        "Kevin",
        "Wanjiru",
        "Ahmed",
        "Rachel",
        "Leonard",
    ),
}
FIRST["pt"] = ("Luiz Fernando", "Ana Paula", "João", "Mariana", "Rafael", "Beatriz", "Thiago",
               "Camila", "Gonçalo", "Inês", "Nélio", "Esperança", "Domingos", "Luísa")
LAST = {
    "es": (
        "Calderón",
        "Santos",
        "Gallo",
        "Rodríguez",
        "Casapía",
        "Dávalos",
        "Gómez",
        "Peña",
        "Muñoz",
        "Hernández",
        "Ortiz",
        "Núñez",
        "Vásquez",
        "Ibáñez",
        "Castro",
        "Álvarez",
    ),
    "fr": (
        "Lefèvre",
        "Diallo",
        "Ndiaye",
        "Mercier",
        "Giraud",
        "Traoré",
        "Niyonzima",
        "Rousseau",
        "Ngoma",
        "Bélanger",
        "Kaboré",
        "Sénéchal",
    ),
    "en": (
        "Kinyua",
        "Mwangi",
        "Thompson",
        "Miller",
        "Hassan",
        "Otieno",
        "Clarke",
        "Doyle",
        "Reyes",
        "Okafor",
        "Bennett",
        "Karimi",
    ),
}
LAST["pt"] = ("Godinho", "Pachioni", "Conceição", "Araújo", "Simões", "Magalhães", "Guimarães",
              "Sitoe", "Macuácua", "Fernandes", "Lourenço", "Assunção")
NAME_POOL = {
    "BR": "pt",
    "PT": "pt",
    "MZ": "pt",
    "AO": "pt",
    "PE": "es",
    "CO": "es",
    "CL": "es",
    "EC": "es",
    "BO": "es",
    "MX": "es",
    "GT": "es",
    "HN": "es",
    "HT": "fr",
    "SN": "fr",
    "NE": "fr",
    "ML": "fr",
    "BI": "fr",
    "CD": "fr",
    "CH": "fr",
}
KINDS = ("phone", "mobile", "fax")
# Regions whose old numbers (before a numbering change) we write as historical.
HISTORICAL = {"CL": ("56", "2", 7), "CO": ("57", "1", 7)}


@dataclass
class Phone:
    """A phone as written and as labelled."""

    written: str  # the number as printed (without label or extension)
    e164: str
    kind: str
    extension: str | None = None
    valid: bool = True
    region: str = ""

    def label(self) -> dict:
        out: dict = {"e164": self.e164, "extension": self.extension, "kind": self.kind}
        if not self.valid:
            out["valid"] = False
        return out


@dataclass
class Contact:
    """A press contact as labelled; `lines` is filled when the block is written."""

    name: str | None  # None: a service desk or a bare media e-mail
    office: str | None
    emails: list[str]
    phones: list[Phone] = field(default_factory=list)

    def label(self) -> dict:
        return {
            "name": self.name,
            "office": self.office,
            "emails": [e.lower() for e in self.emails],
            "phones": [p.label() for p in self.phones],
        }


def ascii_fold(text: str) -> str:
    """ "Calderón" -> "calderon" (for e-mail addresses)."""
    nfkd = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z]", "", "".join(c for c in nfkd if not unicodedata.combining(c)).lower())


@cache
def _example(region: str, kind: str) -> phonenumbers.PhoneNumber:
    ptype = PhoneNumberType.MOBILE if kind == "mobile" else PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, ptype) or phonenumbers.example_number(
        region
    )
    assert example is not None, region  # every region of the corpus has example numbers
    return example


@cache
def _headquarters() -> phonenumbers.PhoneNumber:
    return phonenumbers.parse("+41 22 717 9111", None)  # IOM Geneva switchboard


def valid_number(rng: random.Random, region: str, kind: str) -> phonenumbers.PhoneNumber:
    """A number valid in today's plan: the region's example with redrawn subscriber digits."""
    example = (
        _headquarters()
        if (region, kind) in (("CH", "phone"), ("CH", "fax"))
        else _example(region, kind)
    )
    national = str(example.national_number)
    keep = max(len(national) - 4, 1)
    for _ in range(200):
        digits = national[:keep] + "".join(str(rng.randint(0, 9)) for _ in national[keep:])
        number = phonenumbers.PhoneNumber(
            country_code=example.country_code, national_number=int(digits)
        )
        if phonenumbers.is_valid_number(number) and str(number.national_number) == digits:
            return number
    return example


def _groups(number: phonenumbers.PhoneNumber) -> tuple[str, list[str]]:
    """Country code and national groups as the library writes them internationally."""
    text = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    cc, _, rest = text[1:].partition(" ")
    return cc, re.split(r"[ \-]", rest)


def write_number(rng: random.Random, number: phonenumbers.PhoneNumber, national_ok: bool) -> str:
    """The number in one of the styles releases use."""
    cc, groups = _groups(number)
    styles = ["intl", "intl", "e164", "dots", "dashes", "plus_space", "paren", "compact", "00"]
    if national_ok:
        styles.append("national")
    style = rng.choice(styles)
    if style == "intl":
        return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(number, PhoneNumberFormat.E164)
    if style == "dots":
        return f"+{cc}." + ".".join(groups)
    if style == "dashes":
        return f"+{cc}-" + "-".join(groups)
    if style == "plus_space":
        return f"+ {cc} " + " ".join(groups)
    if style == "paren":
        return f"(+{cc}) " + " ".join(groups)
    if style == "compact":
        return (
            f"+{cc}{groups[0]} " + "".join(groups[1:]) if len(groups) > 1 else f"+{cc}{groups[0]}"
        )
    if style == "00":
        return f"00{cc} " + " ".join(groups)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    if number.country_code == 55 and rng.random() < 0.5:  # Brazil: "(61) 9.8187.0978"
        area, _, rest = national.partition(") ")
        digits = rest.replace("-", "")
        return f"{area}) {digits[:-8]}.{digits[-8:-4]}.{digits[-4:]}".replace(") .", ") ")
    return national


def historical_number(rng: random.Random, region: str) -> tuple[str, str]:
    """An old number today's plan rejects: (as written, e164 label)."""
    cc, area, length = HISTORICAL[region]
    while True:
        sub = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - 1))
        e164 = f"+{cc}{area}{sub}"
        if not phonenumbers.is_valid_number(phonenumbers.parse(e164, None)):
            break
    written = rng.choice(
        (
            f"+{cc}-{area}-{sub}",
            f"+{cc} {area} {sub[:3]} {sub[3:]}",
            f"+{cc}.{area}.{sub[:3]}.{sub[3:]}",
        )
    )
    return written, e164


def make_phone(rng: random.Random, region: str, kind: str, national_ok: bool) -> Phone:
    """A labelled phone for an office in `region`."""
    if kind == "phone" and region in HISTORICAL and rng.random() < 0.15:
        written, e164 = historical_number(rng, region)
        return Phone(written, e164, kind, valid=False, region=region)
    number = valid_number(rng, region, kind)
    written = write_number(rng, number, national_ok and rng.random() < 0.3)
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return Phone(written, e164, kind, region=region)


def make_contact(
    rng: random.Random,
    lang: Language,
    office_country: Country,
    release_country: Country,
    taken: set[str],
) -> Contact:
    """A contact at an office in `office_country` (the release's country or headquarters)."""
    pool = NAME_POOL.get(office_country.code, lang.code)
    while True:
        first, last = rng.choice(FIRST[pool]), rng.choice(LAST[pool])
        if pool == "es" and rng.random() < 0.25:
            last = f"{last} {rng.choice(LAST['es'])}"
        name = f"{first} {last}"
        email = rng.choice(
            (
                ascii_fold(first)[0] + ascii_fold(last.split()[0]),
                ascii_fold(first.split()[0]) + "." + ascii_fold(last.split()[0]),
            )
        )
        if name not in taken and email not in taken:
            break
    taken.update((name, email))
    place = office_country.city[lang.code]
    if office_country.code != "CH" and rng.random() < 0.5:
        place = office_country.names(lang.code).name
    office = f"{lang.office_prefix} {place}"
    emails = [] if rng.random() < 0.06 else [email + "@iom.int"]
    phones: list[Phone] = []
    national_ok = office_country.code == release_country.code
    if rng.random() < 0.85 or not emails:
        phone = make_phone(rng, office_country.code, "phone", national_ok)
        if rng.random() < 0.3:
            phone.extension = str(rng.randint(10, 4999))
        phones.append(phone)
    if rng.random() < 0.4:
        phones.append(make_phone(rng, office_country.code, "mobile", national_ok))
    if rng.random() < 0.08:
        phones.append(make_phone(rng, office_country.code, "fax", national_ok))
    return Contact(name, office, emails, phones)


# --- writing the block --------------------------------------------------------------------


def _phone_item(rng: random.Random, lang: Language, phone: Phone) -> str:
    text = f"{rng.choice(lang.phone_labels[phone.kind])} {phone.written}"
    if phone.extension:
        text += f" {rng.choice(lang.extension_labels)}{phone.extension}"
    return text


def _email_item(rng: random.Random, lang: Language, email: str, lines: bool) -> str:
    label = rng.choice(lang.email_labels)
    shown = email if rng.random() > 0.05 else email[0].upper() + email[1:]
    roll = rng.random()
    if roll < 0.08:
        return f'{label} "mailto:{email}">{shown}'
    if roll < 0.12 and lines:
        return f'{label}\n"mailto:{email}">{shown}'
    return f"{label} {shown}"


def _items(rng: random.Random, lang: Language, contact: Contact, lines: bool) -> list[str]:
    items = [_phone_item(rng, lang, p) for p in contact.phones]
    emails = [_email_item(rng, lang, e, lines) for e in contact.emails]
    return emails + items if rng.random() < 0.4 else items + emails


def _known(*fields: str | None) -> list[str]:
    """The fields that are set (a service desk has no name, a bare e-mail no office)."""
    return [f for f in fields if f is not None]


def contact_block(rng: random.Random, lang: Language, contacts: list[Contact]) -> str:
    """The "for more information" block, inline or one item a line, one or two contacts."""
    opener = rng.choice(lang.openers)
    if rng.random() < 0.3:
        parts = [", ".join([*_known(c.name, c.office), *_items(rng, lang, c, False)])
                 for c in contacts]
        return f"{opener} " + ("," + lang.or_).join(parts)
    spaced = rng.random() < 0.3
    colon = rng.choice(("", ":", " :")) if lang.code == "fr" else rng.choice(("", ":"))
    out = [opener + colon]
    for i, c in enumerate(contacts):
        if i:
            out.append("")
        if rng.random() < 0.3:
            out.append(f"{c.name}, {c.office}")
        else:
            out.extend(_known(c.name, c.office))
        out.extend(_items(rng, lang, c, True))
    return ("\n\n" if spaced else "\n").join(out)
