"""Site navigation copied along with a release: recognise it and cut it off.

IOM web pages start with the site menu: bare "-" lines, "- item" lines, and section labels
written twice, either as a repeated line ("Structure" / "Structure") or glued to their blurb
("Qui sommes nous" / "Qui sommes nousL'Organisation ..."). No library knows a site's menu,
so the shapes are recognised by hand; `KNOWN_MENU_LABELS` adds the labels of IOM's sites.
"""

from __future__ import annotations

import re

#: Section labels of the IOM site menus (fr/en/es). Any line equal to one is navigation.
KNOWN_MENU_LABELS = frozenset({
    "qui sommes nous", "structure", "notre travail", "ce que nous faisons", "partenariats",
    "agir", "travailler avec nous", "engagez-vous", "données et recherche", "2030 agenda",
    "où travaillons-nous", "structure organisationnelle",
    "who we are", "our work", "what we do", "where we work", "partnerships", "take action",
    "work with us", "get involved", "data and research",
    "quiénes somos", "nuestro trabajo", "qué hacemos", "dónde trabajamos", "alianzas",
    "actúe", "trabaje con nosotros", "participe", "datos e investigación",
})

_BARE_BULLET = re.compile(r"^[-•*·]$")
_MENU_ITEM = re.compile(r"^[-•*·] \S.{0,78}$")
#: Fewer lines than this at the top are not taken for a menu.
_MIN_MENU_LINES = 2


def is_known_label(line: str) -> bool:
    return line.strip().casefold() in KNOWN_MENU_LABELS


def _echoes(label: str, line: str) -> bool:
    """`line` repeats `label`, alone or glued to a blurb ("Structure" / "StructureL'OIM…")."""
    if not label or len(label) > 60 or not line.startswith(label):
        return False
    rest = line[len(label):]
    return rest == "" or not (rest[0].isspace() or rest[0] in ",.;:-–")


def menu_line_flags(lines: list[str]) -> list[bool]:
    """For each line, whether it has the shape of a menu line (blank lines: False)."""
    flags = [False] * len(lines)
    for i, line in enumerate(lines):
        if not line:
            continue
        if _BARE_BULLET.match(line) or _MENU_ITEM.match(line) or is_known_label(line):
            flags[i] = True
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
        if nxt is not None and _echoes(line, lines[nxt]):
            flags[i] = flags[nxt] = True
    return flags


def strip_navigation(lines: list[str]) -> tuple[list[str], bool]:
    """Cut the menu block at the top of a page; say whether there was one."""
    flags = menu_line_flags(lines)
    end, menu_lines = 0, 0
    for i, line in enumerate(lines):
        if not line:
            continue
        if not flags[i]:
            break
        menu_lines += 1
        end = i + 1
    if menu_lines < _MIN_MENU_LINES:
        return lines, False
    return lines[end:], True
