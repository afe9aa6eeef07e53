"""Join hard-wrapped lines back into paragraphs.

Two shapes arrive: web pages, where each line is a whole paragraph (often hundreds of
characters), and old communiqués wrapped at 40-70 characters, with or without blank lines
between paragraphs. A blank line always ends a paragraph. Between two lines, the break is
kept when either line is longer than any wrapping width, when the next line is a list
item, or, in text with no blank lines between paragraphs, when the first line ends a
sentence, the next starts one and the next line's first word would have fitted on the
first line (a wrapper would have moved it up).
Everything else is a wrapped line and is joined, which also rejoins numbers split across
lines ("40" / "403 000 dollars").
"""

from __future__ import annotations

import re

from pressroom.parsing.text import ends_sentence, is_list_item, starts_sentence

#: No wrapper cuts lines longer than this: a longer line is a paragraph of its own.
WRAP_MAX = 100

_SPLIT_NUMBER = re.compile(r"^\d{3}(?!\d)")


def unwrap(lines: list[str]) -> list[str]:
    """Paragraphs from lines ("" = blank line)."""
    width = max((len(line) for line in lines if 0 < len(line) <= WRAP_MAX), default=0)
    if _blocks(lines) > 1:  # blank lines separate the paragraphs: no need to guess
        width = 0
    paragraphs: list[str] = []
    current: str | None = None
    previous = ""
    for line in lines:
        if not line:
            if current is not None:
                paragraphs.append(current)
            current = None
            continue
        if current is not None and joins(previous, line, width):
            current = join_lines(current, line)
        else:
            if current is not None:
                paragraphs.append(current)
            current = line
        previous = line
    if current is not None:
        paragraphs.append(current)
    return paragraphs


def _blocks(lines: list[str]) -> int:
    """Number of runs of non-blank lines."""
    return sum(1 for i, line in enumerate(lines) if line and (i == 0 or not lines[i - 1]))


def joins(previous: str, line: str, width: int) -> bool:
    """Whether `line` continues the paragraph whose last line is `previous`."""
    if is_list_item(line):
        return False
    if previous[-1:].isdigit() and _SPLIT_NUMBER.match(line):
        return True
    ended = ends_sentence(previous)
    continues = not ended and line[:1].islower()
    if len(previous) > WRAP_MAX or len(line) > WRAP_MAX:
        return continues
    if ended and starts_sentence(line):
        first_word = line.split(" ", 1)[0]
        return len(previous) + 1 + len(first_word) > width
    return True


def join_lines(left: str, right: str) -> str:
    """Glue a wrapped line on: no space after an elided "d'" or a hyphenated word break."""
    if left.endswith(("'", "’")) or (left.endswith("-") and left[-2:-1].isalpha()):
        return left + right
    return f"{left} {right}"
