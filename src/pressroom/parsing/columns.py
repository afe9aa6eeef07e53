"""Two columns of a PDF page extracted side by side (`pdftotext -layout`), put one after the other.

Such an extraction writes each printed line of the left column, spaces up to the right
column's start, then the right column's line: "registou 14.300 atletas filiados no fim
   da FMB, Armando Cossa.". Read as it is, every line mixes two texts. A run of lines whose
right part starts at one same column, both parts holding prose on several lines, is cut
there: the left column's lines, a blank line, then the right column's lines (a blank right
part is a blank line: the column's paragraphs stay apart). A table's aligned cells are short
and hold no prose on both sides: they stay.
"""

from __future__ import annotations

import re
from collections import Counter

#: A gap of three spaces or more between two pieces of text; its end is a column's start.
_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
#: Lines whose two parts both hold this many words are prose on both sides.
_PROSE_WORDS = 4
#: A run is cut when it holds this many prose-on-both-sides lines.
_MIN_PROSE_LINES = 3
#: The left column is at least this wide.
_MIN_LEFT = 30


def split_columns(text: str) -> str:
    """`text` with each run of side-by-side columns (see the module) written one column after
    the other; any other text as it is."""
    if "   " not in text:  # no gap wide enough on any line: the cheap test first
        return text
    lines = text.split("\n")
    column = _right_column(lines)
    if column is None:
        return text
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = _run_end(lines, i, column)
        if end - i and _prose_lines(lines[i:end], column) >= _MIN_PROSE_LINES:
            run = lines[i:end]
            out.extend(line[:column].rstrip() for line in run)
            out.append("")
            out.extend(_squeeze([line[column:].strip() for line in run]))
            i = end
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _right_column(lines: list[str]) -> int | None:
    """The column where most prose-on-both-sides lines start their right part."""
    starts = Counter(gap.end() for line in lines for gap in _GAP.finditer(line)
                     if gap.end() >= _MIN_LEFT and _both_prose(line, gap.end()))
    if not starts:
        return None
    column, count = starts.most_common(1)[0]
    return column if count >= _MIN_PROSE_LINES else None


def _run_end(lines: list[str], i: int, column: int) -> int:
    """Where the run of lines fitting `column` that starts at `lines[i]` ends (i: none)."""
    end = i
    while end < len(lines) and lines[end].strip() and _fits(lines[end], column):
        end += 1
    return end


def _fits(line: str, column: int) -> bool:
    """The line has nothing crossing `column`: spaces right before it, or it ends before."""
    line = line.rstrip()
    if len(line) < column - 1:
        return True
    return line[column - 2:column] == "  " and not line[column:column + 1].isspace()


def _prose_lines(run: list[str], column: int) -> int:
    return sum(_both_prose(line, column) for line in run)


def _both_prose(line: str, column: int) -> bool:
    """Both parts of the line, cut at `column`, hold several words."""
    left, right = line[:column], line[column:]
    return len(left.split()) >= _PROSE_WORDS and len(right.split()) >= _PROSE_WORDS


def _squeeze(lines: list[str]) -> list[str]:
    """The lines without blank lines in a row (one stays) or at the end."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out
