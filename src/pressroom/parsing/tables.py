"""Tables of figures written as text: a column header's unit given to its bare cells.

A table row is a line of three cells or more between bars ("Torres Vedras | 12,4 | 18 200 |
46", tabs already made bars by `clean.py`, Markdown pipes as written). A header row naming
its column's unit in brackets ("Investimento (milhões de euros)", "Rede nova (km)") gives
that unit to each cell of the column under it that is a bare number: "12,4" is read as
"12,4 milhões de euros", "46" as "46 km" (a measure, no count).

A table laid out with spaces ("Ouest        612 300", "Camp 11   820      3,850": short
cells, gaps of three spaces or more, rows ending on a bare number) has its gaps made bars
first, and a row of figures stays a line of its own (`is_figure_row`): the next row's label
is no noun of the figure before it.

A header row of words over a column of bare numbers ("Département | Personnes déplacées",
"Camp | Shelters | People affected") gives each of its cells the header as its noun:
"612 300" is read as "612 300 personnes déplacées" (`header_nouns`). A table holding an
e-mail or an international number is a contact table, left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from pressroom.parsing.lexicon import union
from pressroom.parsing.text import fold

#: A header cell's unit: the last bracket closing the cell, short, no digit.
_HEADER_UNIT = re.compile(r"\(([^\d()]{1,40})\)\s*$")
#: A bare number cell: digits with their group and decimal separators, nothing else.
_BARE_NUMBER = re.compile(r"^\d{1,3}(?:[ .,]\d{3})*(?:[.,]\d+)?$|^\d+(?:[.,]\d+)?$")
#: A figure cell: a bare number, maybe with the noun or unit a header row gave it.
_FIGURE_CELL = re.compile(r"^(?:\d{1,3}(?:[ .,]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
                          r"(?:\s+[^\W\d][^\d|]*)?$")
_MIN_CELLS = 3


#: A gap of three spaces or more between two cells of a row laid out with spaces.
_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
#: A spaced table: this many rows at least (a header and two rows of figures) …
_MIN_ROWS = 3
#: … of which this many end on a bare number …
_MIN_FIGURE_ROWS = 2
#: … and no cell of more words than this (prose columns are `columns.py`'s).
_CELL_WORDS = 5


def bar_spaced_tables(text: str) -> str:
    """`text` with the gaps of its tables laid out with spaces (see the module) made bars;
    any other text as it is. Runs before the spaces are collapsed."""
    if "   " not in text:
        return text
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _spaced_cells(lines[j]) is not None:
            j += 1
        if _is_spaced_table(lines[i:j]):
            lines[i:j] = [_GAP.sub(" | ", line.strip()) for line in lines[i:j]]
        i = max(j, i + 1)
    return "\n".join(lines)


def _spaced_cells(line: str) -> list[str] | None:
    """The cells of a row laid out with spaces (two or more short cells), else None."""
    if "   " not in line or "|" in line:
        return None
    cells = _GAP.split(line.strip())
    if len(cells) < 2 or any(len(cell.split()) > _CELL_WORDS for cell in cells):
        return None
    return cells


def _is_spaced_table(run: list[str]) -> bool:
    """Rows of as many cells each, enough of them ending on a bare number."""
    rows = [_spaced_cells(line) or [] for line in run]
    return (len(rows) >= _MIN_ROWS and len({len(row) for row in rows}) == 1
            and sum(bool(_BARE_NUMBER.match(row[-1])) for row in rows) >= _MIN_FIGURE_ROWS)


def is_figure_row(line: str) -> bool:
    """A table row between bars whose last cell is a bare number ("Centre | 148 600")."""
    cells = _bar_cells(line)
    return cells is not None and bool(_FIGURE_CELL.match(cells[-1]))


def _cells(line: str) -> list[str] | None:
    """The cells of a table row (three or more between bars), else None."""
    if line.count("|") < _MIN_CELLS - 1:
        return None
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    return cells if len(cells) >= _MIN_CELLS else None


def _with_unit(cell: str, unit: str | None) -> str:
    """A bare number cell followed by its column's unit; any other cell as it is."""
    return f"{cell} {unit}" if unit and _BARE_NUMBER.match(cell) else cell


def _with_units(line: str, cells: list[str], units: list[str | None]) -> str:
    """The row `line` written again with each bare cell followed by its column's unit or
    noun, keeping its indent and its outer bars."""
    lead, rest = line[:len(line) - len(line.lstrip())], line.strip()
    bars = rest.startswith("|"), rest.endswith("|")
    body = " | ".join(_with_unit(c, u) for c, u in zip(cells, units, strict=True))
    return lead + ("| " if bars[0] else "") + body + (" |" if bars[1] else "")


def header_units(text: str) -> str:
    """`text` with the units of its tables' header rows written after their bare cells
    (see the module); a text holding no such header is returned as it is."""
    if "(" not in text or "|" not in text:
        return text
    lines = text.split("\n")
    units: list[str | None] | None = None
    for k, line in enumerate(lines):
        cells = _cells(line)
        if cells is None:
            units = None
            continue
        found = [m.group(1).strip() if (m := _HEADER_UNIT.search(c)) else None for c in cells]
        if any(found) and not any(_BARE_NUMBER.match(c) for c in cells):
            units = found
        elif units is not None and len(cells) == len(units):
            lines[k] = _with_units(line, cells, units)
    return "\n".join(lines)


#: A header cell that names what its column counts: words only, no digit, no bracket.
_HEADER_NOUN = re.compile(r"^[^\W\d_][^\d()|@]{0,40}$")
_NOUN_WORDS = 4


def _noun(cell: str) -> str | None:
    """The noun a header cell gives its column ("People affected" -> "people affected")."""
    if not _HEADER_NOUN.match(cell) or len(cell.split()) > _NOUN_WORDS:
        return None
    return cell[0].lower() + cell[1:] if cell[1:2].islower() else cell


def _bar_cells(line: str) -> list[str] | None:
    """The cells of a row between bars (two or more), else None."""
    if " | " not in line:
        return None
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    return cells if len(cells) >= 2 else None


def header_nouns(text: str) -> str:
    """`text` with the nouns of its tables' header rows written after their bare cells (see
    the module); a text holding no such table is returned as it is."""
    if " | " not in text:
        return text
    lines = text.split("\n")
    nouns: list[str | None] | None = None
    for k, line in enumerate(lines):
        cells = _bar_cells(line)
        if cells is None or "@" in line or "+" in line:
            nouns = None
            continue
        if not any(_BARE_NUMBER.match(c) for c in cells):
            found = [None, *map(_noun, cells[1:])]  # the first column names the rows
            nouns = found if any(found) else None
        elif nouns is not None and len(cells) == len(nouns) and is_figure_row(line):
            if fold(cells[0]).lower() in _total_labels():
                continue  # a total row repeats figures: they keep no noun of their own
            lines[k] = _with_units(line, cells, nouns)
        else:
            nouns = None
    return "\n".join(lines)


@cache
def _total_labels() -> frozenset[str]:
    """The lexicons' `total_labels`, accent-folded."""
    return frozenset(fold(label) for label in union("total_labels"))
