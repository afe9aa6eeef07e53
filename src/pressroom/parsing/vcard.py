"""vCard lines in a contact block, rewritten as the plain fields the contact reader knows.

A page may paste a contact card as it is stored ("N: Overney;Jean-Daniel", "ORG: …",
"TITLE: Président", "TEL;WORK: +41 …", "TEL;CELL: +41 …", "EMAIL: …"). Its structured name
("Last;First;Middle;Prefix;Suffix") becomes "First Last"; a formatted name (`FN:`) wins over
it; a telephone's type gives the label ("CELL" -> "Mobile", "FAX" -> "Fax", else "Tel");
titles, roles, addresses and the card's own lines are dropped.
"""

from __future__ import annotations

import re

#: A vCard property line: the property in capitals, its parameters after semicolons, a colon.
_PROPERTY = re.compile(
    r"^\s*(?P<prop>N|FN|ORG|TITLE|ROLE|TEL|EMAIL|ADR|URL|NOTE|BEGIN|END|VERSION)"
    r"(?P<params>;[^:]*)?:\s*(?P<value>.*?)\s*$")
_MOBILE = re.compile(r"\b(?:CELL|MOBILE)\b", re.IGNORECASE)
_FAX = re.compile(r"\bFAX\b", re.IGNORECASE)
#: The order of a structured name's parts as a person's name is written.
_NAME_ORDER = (3, 1, 2, 0, 4)  # prefix, given, additional, family, suffix


def is_vcard(lines: list[str]) -> bool:
    """Two lines or more of the block are vCard properties, one of them a name or a phone."""
    props = [m.group("prop") for line in lines if (m := _PROPERTY.match(line))]
    return len(props) >= 2 and any(p in {"N", "FN", "TEL"} for p in props)


def plain_lines(lines: list[str]) -> list[str]:
    """The block with its vCard lines rewritten (see the module) or dropped; other lines
    as they are."""
    formatted = any((m := _PROPERTY.match(line)) and m.group("prop") == "FN" for line in lines)
    out: list[str] = []
    for line in lines:
        match = _PROPERTY.match(line)
        if match is None:
            out.append(line)
            continue
        text = _plain(match.group("prop"), match.group("params") or "", match.group("value"),
                      formatted)
        if text:
            out.append(text)
    return out


def _plain(prop: str, params: str, value: str, formatted: bool) -> str | None:
    """One property as a plain field, or None when it holds no contact detail."""
    if prop == "N":
        return None if formatted else structured_name(value)
    if prop in {"FN", "EMAIL"}:
        return value or None
    if prop == "ORG":
        return ", ".join(p.strip() for p in value.split(";") if p.strip()) or None
    if prop == "TEL":
        label = "Mobile" if _MOBILE.search(params) else "Fax" if _FAX.search(params) else "Tel"
        return f"{label}: {value}" if value else None
    return None


def structured_name(value: str) -> str | None:
    """"Overney;Jean-Daniel" -> "Jean-Daniel Overney"; "Doe;Jane;;Dr." -> "Dr. Jane Doe"."""
    parts = [p.strip() for p in value.split(";")]
    parts += [""] * (len(_NAME_ORDER) - len(parts))
    return " ".join(parts[k] for k in _NAME_ORDER if parts[k]) or None
