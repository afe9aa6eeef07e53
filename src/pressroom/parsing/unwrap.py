"""Join hard-wrapped lines back into paragraphs.

Two shapes arrive: web pages, where each line is a whole paragraph (often hundreds of
characters), and old communiqués wrapped at 40-70 characters, with or without blank lines
between paragraphs. A blank line always ends a paragraph. Between two lines, the break is
kept when either line is longer than any wrapping width, when the next line is a list
item, or, in text with no blank lines between paragraphs, when the first line ends a
sentence, the next starts one and the next line's first word would have fitted on the
first line (a wrapper would have moved it up).
Everything else is a wrapped line and is joined, which also rejoins numbers split across
lines ("40" / "403 000 dollars"). A word hyphenated at a line end loses its hyphen
("ma-" / "ternités" -> "maternités") unless it is a compound: its first half is a prefix
("anti-" / "traite", the lexicons' `compound_prefixes`), or the page writes it with its hyphen
elsewhere, or both its halves elsewhere as words ("peut-" / "être").
"""

from __future__ import annotations

import re

from pressroom.parsing.lexicon import union
from pressroom.parsing.tables import is_figure_row
from pressroom.parsing.text import ends_sentence, is_list_item, starts_sentence

#: No wrapper cuts lines longer than this: a longer line is a paragraph of its own.
WRAP_MAX = 100

_SPLIT_NUMBER = re.compile(r"^\d{3}(?!\d)")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_LINE_END_BREAK = re.compile(r"[^\W\d_]-$")


def unwrap(lines: list[str]) -> list[str]:
    """Paragraphs from lines ("" = blank line)."""
    width = max((len(line) for line in lines if 0 < len(line) <= WRAP_MAX), default=0)
    if _blocks(lines) > 1:  # blank lines separate the paragraphs: no need to guess
        width = 0
    words: frozenset[str] | None = None  # read once, when a join first meets a cut word
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
            if words is None and _cut_word(current):
                words = page_words(lines)
            current = join_lines(current, line, words or frozenset())
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
    if " | " in previous and is_figure_row(line):
        return False  # a table's row of figures: a line of its own
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


def page_words(lines: list[str]) -> frozenset[str]:
    """The words the page writes whole, lower-cased: each hyphenated compound and its
    halves, but not the pieces of a word cut by a hyphen at a line end."""
    found: set[str] = set()
    cut_before = False
    for line in lines:
        tokens = _WORD.findall(line)
        cut_after = bool(_LINE_END_BREAK.search(line))
        for k, token in enumerate(tokens):
            if (k == 0 and cut_before) or (k == len(tokens) - 1 and cut_after):
                continue
            lower = token.lower()
            found.add(lower)
            found.update(lower.split("-"))
        cut_before = cut_after
    return frozenset(found)


def _cut_word(left: str) -> bool:
    """Whether `left` ends on a word cut by a hyphen, the one join that reads the page's
    words (`join_lines`)."""
    return left.endswith("-") and left[-2:-1].isalpha()


def _hyphen_kept(left: str, right: str, words: frozenset[str]) -> bool:
    """A line ending "word-" before `right` cuts a compound, not a word: the next line
    starts with no lower-case letter ("-30-", "ENDS-" / "Media"), the first half is a prefix
    ("anti-"), or the page writes the compound whole or both its halves as words
    (`page_words`)."""
    head = _WORD.findall(left[:-1])
    tail = _WORD.match(right)
    if not head or tail is None or not right[:1].islower():
        return True
    a, b = head[-1].lower().rsplit("-", 1)[-1], tail.group().lower().split("-")[0]
    return (a in union("compound_prefixes") or f"{a}-{b}" in words
            or (a in words and b in words))


def join_lines(left: str, right: str, words: frozenset[str] = frozenset()) -> str:
    """Glue a wrapped line on: no space after an elided "d'" or a hyphenated word break,
    whose hyphen goes too unless the page's `words` show a compound (`_hyphen_kept`)."""
    if left.endswith(("'", "’")):
        return left + right
    if _cut_word(left):
        return left + right if _hyphen_kept(left, right, words) else left[:-1] + right
    return f"{left} {right}"
