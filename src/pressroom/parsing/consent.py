"""A cookie consent banner copied at the top of a web page: recognise it and cut it off.

Pages copied from a browser often open on the site's cookie notice: a heading ("Ce site
utilise des cookies", "Nous respectons votre vie privée"), a paragraph of several sentences
(with its own figures: "conservés pendant 6 mois", "actualizada el 1 de julio de 2025") and a
row of buttons ("Tout accepter | Tout refuser | Personnaliser"). Its paragraph reads as a lead:
left in place, it is taken for the release's first paragraph, the headline below it for a
second release's, and its heading for the title.

The banner is a line naming cookies (the lexicons' `cookie_patterns`) and a choice given to
the reader (`consent_patterns`: "accept", "refuser", "configurar", "vie privée"), standing
among the first lines of the page with no paragraph above it, and no dateline opening it
(a release's lead about cookies). The short line right above it
that names cookies or the choice is its heading; the short lines right below it that name
the choice are its buttons. No library knows these notices, so the cues are written by hand;
the words are in the lexicons.
"""

from __future__ import annotations

import re

from pressroom.parsing.dateline import split_dateline
from pressroom.parsing.text import ends_sentence, fold, lexicon_alternation, word_count

_COOKIE = re.compile(rf"(?<![\w-]){lexicon_alternation('cookie_patterns')}(?![\w-])")
_CONSENT = re.compile(rf"(?<![\w-]){lexicon_alternation('consent_patterns')}(?![\w-])")
#: The banner stands among this many non-blank lines at the top of the page (a menu of one
#: link a line may stand above it).
_TOP_LINES = 24
#: A line above the banner is page chrome (a skip link, a site name): at most this many words.
_CHROME_MAX_WORDS = 12
#: The banner's heading and its rows of buttons are short.
_HEADING_MAX_WORDS = 8
_BUTTONS_MAX_WORDS = 12


def cut_consent_banner(lines: list[str]) -> tuple[list[str], bool]:
    """The lines without the cookie banner at the top of the page, and whether there was one."""
    seen = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        seen += 1
        if seen > _TOP_LINES:
            break
        if is_consent_notice(line) and split_dateline(line)[0] is None:  # no dated lead
            start, end = _heading_above(lines, i), _buttons_below(lines, i + 1)
            return [*lines[:start], *lines[end:]], True
        if word_count(line, _CHROME_MAX_WORDS + 1) > _CHROME_MAX_WORDS or ends_sentence(line):
            break  # a paragraph: the page's text has begun
    return lines, False


def is_consent_notice(line: str) -> bool:
    """A cookie notice: the line names cookies and a choice given to the reader, in a
    sentence or beside its buttons ("… Accept | Reject", "[OK]"); a headline about cookies
    ("Regulator fines retailer over cookies it would not let users refuse") is neither."""
    if not (_SENTENCE_END.search(line) or "|" in line or "[" in line):
        return False
    text = fold(line).lower()
    return bool(_COOKIE.search(text) and _CONSENT.search(text))


#: A sentence ending in the line or at its end.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _names_choice(line: str) -> bool:
    text = fold(line).lower()
    return bool(_COOKIE.search(text) or _CONSENT.search(text))


def _heading_above(lines: list[str], i: int) -> int:
    """Where the banner starts: at its heading, the short line right above it (no blank line
    between) naming cookies or the choice, or at the notice itself."""
    if i > 0 and lines[i - 1] and not ends_sentence(lines[i - 1]) and _names_choice(lines[i - 1]) \
            and word_count(lines[i - 1], _HEADING_MAX_WORDS + 1) <= _HEADING_MAX_WORDS:
        return i - 1
    return i


def _buttons_below(lines: list[str], k: int) -> int:
    """Where the banner ends: past the short lines right below the notice that name the
    choice ("Aceptar todas | Rechazar | Configurar", "[OK]")."""
    while k < len(lines) and lines[k] and _names_choice(lines[k]) \
            and word_count(lines[k], _BUTTONS_MAX_WORDS + 1) <= _BUTTONS_MAX_WORDS:
        k += 1
    return k
