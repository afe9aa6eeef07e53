"""Tables of figures written as text: a column header's unit given to its bare cells.

A table row is a line of three cells or more between bars ("Torres Vedras | 12,4 | 18 200 |
46", tabs already made bars by `clean.py`, Markdown pipes as written). A header row naming
its column's unit in brackets ("Investimento (milhões de euros)", "Rede nova (km)") gives
that unit to each cell of the column under it that is a bare number: "12,4" is read as
"12,4 milhões de euros", "46" as "46 km" (a measure, no count).
"""

from __future__ import annotations

import re

#: A header cell's unit: the last bracket closing the cell, short, no digit.
_HEADER_UNIT = re.compile(r"\(([^\d()]{1,40})\)\s*$")
#: A bare number cell: digits with their group and decimal separators, nothing else.
_BARE_NUMBER = re.compile(r"^\d{1,3}(?:[ .,]\d{3})*(?:[.,]\d+)?$|^\d+(?:[.,]\d+)?$")
_MIN_CELLS = 3


def _cells(line: str) -> list[str] | None:
    """The cells of a table row (three or more between bars), else None."""
    if line.count("|") < _MIN_CELLS - 1:
        return None
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    return cells if len(cells) >= _MIN_CELLS else None


def _with_unit(cell: str, unit: str | None) -> str:
    """A bare number cell followed by its column's unit; any other cell as it is."""
    return f"{cell} {unit}" if unit and _BARE_NUMBER.match(cell) else cell


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
            lead, rest = line[:len(line) - len(line.lstrip())], line.strip()
            bars = rest.startswith("|"), rest.endswith("|")
            body = " | ".join(_with_unit(c, u) for c, u in zip(cells, units, strict=True))
            lines[k] = lead + ("| " if bars[0] else "") + body + (" |" if bars[1] else "")
    return "\n".join(lines)
