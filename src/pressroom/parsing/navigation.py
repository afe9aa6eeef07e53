"""Site navigation copied along with a release: recognise it and cut it off.

Web pages start with the site menu. No library knows a site's menu, so its shapes are
recognised by hand, none of them tied to one site:

- decisive lines: a skip link ("Skip to main content", "Aller au contenu principal"), a
  menu heading ("Menu", "Main navigation", "Menú principal"), a copyright line ("© OIM 2024");
- menu lines: bare "-" lines, "- item" lines, a label written twice, either as a repeated
  line ("Structure" / "Structure") or glued to its blurb ("Qui sommes nous" /
  "Qui sommes nousL'Organisation ..."), and the section labels of the lexicons' `menu_labels`;
- short labels ("Home", "Who we are", "IOM Kenya"): menu items when they stand with the
  lines above; a sentence standing between menu lines is a menu blurb.

The menu is the run of such lines at the top of the page, when it holds a decisive line or
two menu lines. The release's title stands right above its first paragraph: when the line
after the run reads as a paragraph (a full sentence, a date, a line continued below) the
run's last short label was the title and is given back; when it is a sentence followed by
a title-shaped line and more text, it was the menu's closing blurb.

Share, print and social-network buttons around a release are page furniture (`is_furniture`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pressroom.parsing.dateline import split_dateline
from pressroom.parsing.dates import parse_date
from pressroom.parsing.lexicon import union
from pressroom.parsing.opener import is_opener
from pressroom.parsing.text import (
    alternation,
    ends_mid_phrase,
    ends_sentence,
    fold,
    lexicon_alternation,
    word_count,
    word_set,
)

_BARE_BULLET = re.compile(r"^[-•*·]$")
_MENU_ITEM = re.compile(r"^[-•*·] \S.{0,78}$")
#: Skip links and menu headings of web pages (lexicon fields), matched on folded lower-case text.
_SKIP_LINK = re.compile(f"^{lexicon_alternation('skip_link_patterns')}")
_MENU_HEADING = re.compile(f"^{lexicon_alternation('menu_headings')}$")
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.IGNORECASE)
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:19|20)\d\d\s*$", re.IGNORECASE)
#: Social networks: brand names, the same in every language.
_NETWORKS = word_set(
    "facebook twitter x linkedin instagram youtube whatsapp telegram flickr tiktok threads "
    "bluesky mastodon")
#: Buttons pages put around a release: share/print actions and social networks, alone or
#: with their target ("Share this page", "Partager sur Facebook"), and the link to a page's
#: further share buttons ("Other ways to share").
_FURNITURE = re.compile(
    rf"^(?:{lexicon_alternation('share_buttons')}|{alternation(_NETWORKS)})"
    rf"(?:\s+{lexicon_alternation('share_suffix_patterns')})?$"
    rf"|^{lexicon_alternation('more_sharing_links')}$"
)
#: Social networks and share buttons; the small words that join them in a row of buttons.
_SOCIAL = _NETWORKS | frozenset(union("share_buttons")) | union("share_row_words")
_SHARE_ROW = _SOCIAL | union("share_row_links")
#: A word of a row of buttons: what stands between spaces, bars, dots, commas, slashes and
#: square brackets ("[Share] [Tweet] [Email]").
_ROW_WORD = re.compile(r"[^\s|·•,/:\[\]]+")
#: A short label: a few words, no digit, no sentence or clause punctuation.
_LABEL_MAX_WORDS = 6
_LABEL_MAX_CHARS = 50
_CLAUSE_END = re.compile(r"[.:;,][\s»”\"’')\]]*$")
#: Menu lines needed when the run holds no decisive line.
_MIN_MENU_LINES = 2

DECISIVE, MENU, LABEL = "decisive", "menu", "label"


@lru_cache(maxsize=4096)
def is_furniture(line: str) -> bool:
    """A share, print or social-network button ("Share", "Imprimer", "Facebook"), or a
    row of them ("Facebook Twitter Print Email", "Partager Imprimer Envoyer par e-mail")."""
    folded = fold(line).lower().strip(" :|")
    if _FURNITURE.match(folded):
        return True
    words, social = 0, False
    for match in _ROW_WORD.finditer(folded):  # "Partilhar: Facebook | X"
        word = match.group()
        if word not in _SHARE_ROW:  # the first other word settles it
            return False
        words, social = words + 1, social or word in _SOCIAL
    return words >= 2 and social


def is_copyright(line: str) -> bool:
    """"© UNICEF Brasil – …", "Copyright 2023 …": a page footer's copyright line; also a
    footer row whose first field ends on the sign and a year ("Diario El Valle © 2025 |
    Aviso de privacidad | Contáctenos: …")."""
    text = line.strip()
    if _COPYRIGHT.match(text):
        return True
    return " | " in text and bool(_COPYRIGHT_YEAR.search(text.split(" | ", 1)[0]))


@lru_cache(maxsize=4096)
def is_known_label(line: str) -> bool:
    """A section label of a site menu ("Who we are", "Nosso trabalho": lexicon `menu_labels`)."""
    return fold(line.strip()).lower() in union("menu_labels")


@lru_cache(maxsize=4096)
def is_decisive(line: str) -> bool:
    """A skip link, a menu heading or a copyright line: only navigation reads like this."""
    folded = fold(line).lower().strip(" :")
    return bool(_SKIP_LINK.match(folded) or _MENU_HEADING.match(folded)
                or _COPYRIGHT.match(line))


def is_label(line: str) -> bool:
    """A short label ("Home", "Media centre", "IOM Kenya"): few words, no digits, no clause."""
    return (
        0 < word_count(line, _LABEL_MAX_WORDS) <= _LABEL_MAX_WORDS
        and len(line) <= _LABEL_MAX_CHARS
        and not any(map(str.isdigit, line))
        and not _CLAUSE_END.search(line)
        and line[:1].isupper()
    )


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


def line_kinds(lines: list[str]) -> list[str | None]:
    """DECISIVE, MENU, LABEL or None for each line (blank lines: None)."""
    kinds = _LazyKinds(lines)
    return [kinds[i] for i in range(len(lines))]


def _line_kind(line: str, menu_shaped: bool) -> str | None:
    if not line:
        return None
    if is_decisive(line):
        return DECISIVE
    if menu_shaped:
        return MENU
    return LABEL if is_label(line) else None


def _menu_shaped(lines: list[str], i: int) -> bool:
    """`menu_line_flags(lines)[i]`, for one line: its own shape, or it echoes its neighbour."""
    line = lines[i]
    if not line:
        return False
    if _BARE_BULLET.match(line) or _MENU_ITEM.match(line) or is_known_label(line):
        return True
    nxt = _next_nonblank(lines, i + 1)
    if nxt is not None and _echoes(line, lines[nxt]):
        return True
    prev = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
    return prev is not None and _echoes(lines[prev], line)


class _LazyKinds:
    """`line_kinds(lines)`, each line's kind read when asked: the menu block is at the top of
    a page, so the lines below it are never classified."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.known: dict[int, str | None] = {}

    def __getitem__(self, i: int) -> str | None:
        if i not in self.known:
            self.known[i] = _line_kind(self.lines[i], _menu_shaped(self.lines, i))
        return self.known[i]


def strip_navigation(lines: list[str]) -> tuple[list[str], bool]:
    """Cut the menu block at the top of a page; say whether there was one."""
    kinds = _LazyKinds(lines)
    run = _menu_run(lines, kinds)
    if not run:
        return lines, False
    end = _settle_end(lines, kinds, run)
    return lines[end:], True


def _menu_run(lines: list[str], kinds: _LazyKinds) -> list[int]:
    """Indices of the menu lines at the top, or [] when the top is no menu."""
    run: list[int] = []
    menu_seen = False
    for i, line in enumerate(lines):
        if not line:
            if run and not menu_seen:  # labels before any menu line must stand together
                break
            continue
        kind = kinds[i]
        if kind is None and menu_seen and _is_blurb(line):
            nxt = _next_nonblank(lines, i + 1)
            kind = LABEL if nxt is not None and kinds[nxt] is not None else None
        if kind is None:
            break
        menu_seen = menu_seen or kind != LABEL
        run.append(i)
    return run if _is_menu(kinds, run) else []


def _is_menu(kinds: _LazyKinds, run: list[int]) -> bool:
    strong = [i for i in run if kinds[i] != LABEL]
    return any(kinds[i] == DECISIVE for i in run) or len(strong) >= _MIN_MENU_LINES


def _settle_end(lines: list[str], kinds: _LazyKinds, run: list[int]) -> int:
    """Where the release starts: after the run, give or take the title or a closing blurb."""
    end = run[-1] + 1
    first = _next_nonblank(lines, end)
    if first is None or title_shaped(lines, first):
        return end
    second = _next_nonblank(lines, first + 1)
    if (_is_blurb(lines[first]) and split_dateline(lines[first])[0] is None
            and second is not None and title_shaped(lines, second) and not is_opener(lines[second])
            and _next_nonblank(lines, second + 1) is not None):
        return first + 1  # the menu closed on a blurb; the title follows it
    last = run[-1]
    if kinds[last] == LABEL and _is_menu(kinds, run[:-1]):
        return last  # the title was read as a menu label: the paragraph follows it
    return end


def title_shaped(lines: list[str], i: int) -> bool:
    """`lines[i]` can be a title: no clause end, no date, not continued below.

    A "Place - …" head does not rule a title out ("Haïti - Les pluies déplacent 3 000
    familles"): a lead opening with a dateline ends its sentence or is continued below.
    """
    line = lines[i]
    if _CLAUSE_END.search(line) or ends_mid_phrase(line) or parse_date(line):
        return False
    nxt = i + 1 if i + 1 < len(lines) else None
    return nxt is None or not lines[nxt][:1].islower()


def _is_blurb(line: str) -> bool:
    return ends_sentence(line) and not line.endswith(":")


def _next_nonblank(lines: list[str], i: int) -> int | None:
    return next((j for j in range(i, len(lines)) if lines[j]), None)
