"""A printed page's layout in its extracted text (`pdftotext -layout` and the like).

A PDF's text keeps the page's columns as runs of spaces between cells of a line, and its
running header or footer ("Page 1 of 1      FNF Media Release 14/2025") between the
columns or the pages. Two shapes are read before the spaces are collapsed:

- a letterhead row whose columns hold a template header ("FIJI NETBALL FEDERATION
  <spaces> MEDIA RELEASE") is cut into one line per column: the header is read as a
  header and the organisation's name as a letterhead line, neither as the title;
- a line holding a page number ("Page 1 of 1", "Página 2 de 3"), alone or as a column or a
  bar-divided field ("… | page 3") of a running header or footer, goes: it is no release
  text, and its numbers are no figures.
"""

from __future__ import annotations

import re

from pressroom.parsing.headers import header_template
from pressroom.parsing.text import fold, lexicon_alternation

#: A gap of spaces between two columns of a line laid out as on paper.
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
#: The bar between a running footer's fields.
_BAR = re.compile(r"\s+\|\s+")
#: A page's number, the lexicons' `page_number_patterns` (on folded lower-case text).
_PAGE_NUMBER = re.compile(lexicon_alternation("page_number_patterns"))
#: The first letters of a page number's word ("page", "pagina", "pag.", "p."): the cheap
#: test before folding a line.
_PAGE_START = re.compile(r"(?im)^\s*p")


def read_layout(text: str) -> str:
    """`text` with its letterhead rows cut into columns and its page-number lines out."""
    if "   " not in text and "|" not in text and not _PAGE_START.search(text):
        return text  # no column, no page number
    lines = []
    for line in text.split("\n"):
        cells = [cell.strip() for cell in _COLUMN_GAP.split(line)] if "   " in line else [line]
        if any(map(is_page_number, cells)) or _bar_footer(line):
            continue
        lines.append("\n".join(cells) if len(cells) > 1 and any(map(header_template, cells))
                     else line)
    return "\n".join(lines)


def _bar_footer(line: str) -> bool:
    """A running header or footer whose fields a bar divides, one a page number ("Dossier de
    presse – Saison 2025 | Office de tourisme | page 3")."""
    return " | " in line and any(map(is_page_number, _BAR.split(line)[1:]))


def is_page_number(cell: str) -> bool:
    """A page's number alone: "Page 1 of 1", "Página 2 de 3", "p. 2/4"."""
    cell = cell.strip()
    return (cell[:1] in "pP" and len(cell) <= 24
            and _PAGE_NUMBER.fullmatch(fold(cell).lower().rstrip(" .")) is not None)
