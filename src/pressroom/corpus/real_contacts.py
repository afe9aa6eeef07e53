"""Contact blocks as real publishers write them (issue 8), and the labels they imply.

Shapes: "Informations complémentaires :" then one "Name, Office, tél. : A ou B" line per person;
bullet lists; "Name | phone | e-mail" tables (no office: `office` null); a bare "Media contact"
e-mail (`name` and `office` null); a service desk with no person (`name` null, `office` the
service); numbers written without their country code in the office's own country (Canada
343-550-4808, Switzerland 079 244 64 05, Brazil (61) 9.8187.0978: `e164` gets the code);
"[email protected]", the sites' e-mail obfuscation (`emails: []`).
"""

from __future__ import annotations

import random

import phonenumbers

from pressroom.corpus.contacts import Contact, Phone
from pressroom.corpus.figures import choose

OBFUSCATED = "[email protected]"
HEADERS = {
    "fr": ("Informations complémentaires :", "Pour plus d'informations :", "Contacts :"),
    "en": ("Further information:", "For more information:", "Media contacts:"),
    "es": ("Más información:", "Para más información:", "Contactos:"),
    "pt": ("Mais informações:", "Para mais informações, entre em contato com:", "Contatos:"),
}
OR = {"fr": " ou ", "en": " or ", "es": " o ", "pt": " ou "}
LABELS: dict[str, dict[str, tuple[str, ...]]] = {  # kind -> language -> labels before the number
    "phone": {"fr": ("tél. :", "Tél.", "Tel."), "en": ("Tel.", "tel.:", "Phone:"),
              "es": ("tel.:", "Tel.", "Teléfono:"), "pt": ("tel.:", "Tel.", "Telefone:")},
    "mobile": {"fr": ("Portable :", "Mob.", "Mobile :"), "en": ("Mob:", "Mob.", "Cell:"),
               "es": ("Móvil:", "Cel.:", "Mob.:"), "pt": ("Cel.:", "Celular:", "Mob.:")},
    "fax": {"fr": ("Fax :", "Fax"), "en": ("Fax:", "Fax"), "es": ("Fax:",), "pt": ("Fax:",)},
}
DESKS = {
    "fr": ("Relations avec les médias", "Service de presse", "Information et communication"),
    "en": ("Media Relations", "Press Office", "Information"),
    "es": ("Relaciones con los medios", "Oficina de prensa", "Comunicación"),
    "pt": ("Assessoria de imprensa", "Relações com a mídia", "Comunicação"),
}
MEDIA_CONTACT = {"fr": "Contact médias", "en": "Media Contact", "es": "Contacto de prensa",
                 "pt": "Contato para a imprensa"}
STYLES = (("per_line", 30), ("bullets", 20), ("table", 12), ("desk", 18), ("media_email", 8),
          ("inline_semicolons", 12))


def national(number: phonenumbers.PhoneNumber) -> str | None:
    """How the office's own country writes the number without its code, when we know it."""
    nat = str(number.national_number)
    if number.country_code == 1 and len(nat) == 10:
        return f"{nat[:3]}-{nat[3:6]}-{nat[6:]}"
    if number.country_code == 41 and len(nat) == 9:
        return f"0{nat[:2]} {nat[2:5]} {nat[5:7]} {nat[7:]}"
    if number.country_code == 55 and len(nat) == 11:
        return f"({nat[:2]}) {nat[2]}.{nat[3:7]}.{nat[7:]}"
    return None


def localise(rng: random.Random, contacts: list[Contact], share: float) -> None:
    """Write a share of the valid numbers the national way (no country code)."""
    for contact in contacts:
        for phone in contact.phones:
            if phone.valid and rng.random() < share:
                written = national(phonenumbers.parse(phone.e164, None))
                if written:
                    phone.written = written


def _phones(rng: random.Random, lang: str, phones: list[Phone]) -> str:
    """ "tél. : A ou B" when the kinds agree, else "Tel. A, Mob. B"; extensions kept."""
    def number(p: Phone) -> str:
        return p.written + (f" ext. {p.extension}" if p.extension else "")
    if len({p.kind for p in phones}) == 1:
        label = rng.choice(LABELS[phones[0].kind][lang])
        return f"{label} " + OR[lang].join(number(p) for p in phones)
    return ", ".join(f"{rng.choice(LABELS[p.kind][lang])} {number(p)}" for p in phones)


def _fields(rng: random.Random, lang: str, c: Contact, hide: bool) -> list[str]:
    out = [_phones(rng, lang, c.phones)] if c.phones else []
    return out + [OBFUSCATED if hide else e for e in c.emails]


def write_block(rng: random.Random, lang: str, contacts: list[Contact], org: str,
                hide_emails: bool, style: str | None = None, header: str | None = None) -> str:
    """The block's text; `contacts` are relabelled in place to what the text says.

    `style` (one of STYLES) and `header` are drawn when not given.
    """
    style = style or choose(rng, STYLES)
    header = header or rng.choice(HEADERS[lang])
    if style == "media_email":
        return _media_email(rng, lang, contacts, org)
    if style == "table":
        text = _table(header, contacts, hide_emails)
    elif style == "desk":
        text = _desk(rng, lang, header, contacts, hide_emails)
    else:
        lines = [", ".join([c.name or "", c.office or "", *_fields(rng, lang, c, hide_emails)])
                 for c in contacts]
        if style == "inline_semicolons":
            text = f"{header} " + "; ".join(lines)
        elif style == "bullets":
            bullet = rng.choice(("  • ", "- ", "• "))
            text = header + "\n\n" + "\n".join(bullet + line for line in lines)
        else:
            text = header + "\n" + "\n".join(lines)
    if hide_emails:
        for c in contacts:
            c.emails = []
    return text


def _table(header: str, contacts: list[Contact], hide: bool) -> str:
    """ "Name | +41 79 475 5556 | e-mail": one unlabelled phone (kind phone), no office."""
    lines = [header.rstrip(" :") if header.endswith(":") else header]
    for c in contacts:
        c.phones = c.phones[:1]
        for p in c.phones:
            p.kind, p.extension = "phone", None
        c.emails = c.emails[:1]
        cells = [c.name or "", *(p.written for p in c.phones),
                 *(OBFUSCATED if hide else e for e in c.emails)]
        c.office = None
        lines.append(" | ".join(cells))
    return "\n".join(lines)


def _desk(rng: random.Random, lang: str, header: str, contacts: list[Contact],
          hide: bool) -> str:
    """A service with no person: the first contact becomes the desk (name null)."""
    desk = contacts[0]
    desk.name = None
    desk.office = f"{rng.choice(DESKS[lang])}, {desk.office}"
    lines = [header]
    for c in contacts:
        lines.append(", ".join([x for x in (c.name, c.office) if x]
                               + _fields(rng, lang, c, hide)))
    return "\n".join(lines)


def _media_email(rng: random.Random, lang: str, contacts: list[Contact], org: str) -> str:
    """ "Media Contact" and one desk e-mail: one contact, name and office null."""
    address = rng.choice(("media", "press", "presse", "info")) + "@" + org
    contacts[:] = [Contact(None, None, [address], [])]
    shown = address if rng.random() < 0.6 else address[0].upper() + address[1:]
    return f"{MEDIA_CONTACT[lang]}\n{shown}"
