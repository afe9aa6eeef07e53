"""Text to clean lines: HTML remnants out, spaces normalised, one entry per line.

Two columns a PDF extraction wrote side by side are put one after the other first
(`columns.py`). Releases copied from web pages keep bits of markup: `"mailto:x@y">x@y` (a link whose
opening was cut), `<br>`, entities such as `&eacute;`. They go; the link text stays.
"""

from __future__ import annotations

import html
import re

from pressroom.parsing.columns import split_columns
from pressroom.parsing.layout import read_layout
from pressroom.parsing.markup import strip_markup
from pressroom.parsing.tables import bar_spaced_tables, header_nouns, header_units

#: Tags that end a paragraph, and tags that break a line (a newline right after is the same).
_PARAGRAPH_TAGS = re.compile(r"<\s*/?\s*(?:p|div|h\d|ul|ol|table|tr)\b[^<>]*>", re.IGNORECASE)
_BREAK_TAGS = re.compile(r"<\s*(?:br|/li|li)\b[^<>]*>[ \t]*\n?", re.IGNORECASE)
#: A link cut before its text: `"mailto:x@y">`, `href="https://…">`, `<a href='…'>`.
#: Each branch opens with a character ("<", "h", a quote), the word-start test of "href"
#: after its "h": the regex engine skips to those characters instead of trying every
#: position (the same matches as `<…>|(?:\bhref\s*=\s*)?["']…`).
_LINK_TARGET = r"""["'](?:mailto:|https?://|www\.)[^"'<>\s]*["']\s*/?>"""
_LINK_REMNANT = re.compile(
    rf"""<\s*a\b[^<>]*>|h(?<!\wh)ref\s*=\s*{_LINK_TARGET}|{_LINK_TARGET}""",
    re.IGNORECASE,
)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_MAILTO = re.compile(r"\bmailto:", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
#: No-break, narrow no-break, figure and thin spaces: plain spaces for every later step.
_ODD_SPACES = re.compile(r"[\u00a0\u2007\u2009\u202f\u200a\t]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r" {2,}")
#: Either kind: one look tells whether a page holds any (most pages hold none).
_ODD_CHARACTERS = re.compile(f"[{_ODD_SPACES.pattern[1:-1]}{_ZERO_WIDTH.pattern[1:-1]}]")
#: A tab between two cells of a line holding three cells or more: a table row ("Nombre\tCargo
#: \tTeléfono"), whose cells become fields between bars, as contact tables are written.
_TAB_ROW = re.compile(r"^[^\S\n]*\S[^\t\n]*(?:\t+[^\S\n]*\S[^\t\n]*){2,}[^\S\n]*$",
                      re.MULTILINE)
_CELL_TAB = re.compile(r"[ ]*\t[ \t]*")


#: "lto:" in any case, as `"lto:" in text.lower()` finds it without lower-casing the page
#: (no character but these lower-cases to "l", "t" or "o"; a test checks every code point).
_MAILTO_HINT = re.compile("[lL][tT][oO]:")


def strip_html(text: str) -> str:
    """Drop tags and broken link remnants, keep link texts, decode entities.

    Each pattern runs only on a text holding the character it needs ("<", ">", "&"): most
    pages are plain text and skip them all."""
    if "<" in text:
        text = _PARAGRAPH_TAGS.sub("\n\n", text)
        text = _BREAK_TAGS.sub("\n", text)
    if "<" in text or ">" in text:
        text = _LINK_REMNANT.sub("", text)
    if "<" in text:
        text = _TAG.sub("", text)
    if _MAILTO_HINT.search(text):  # the cheap test: "mailto:" in any case
        text = _MAILTO.sub("", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    return text


def _bar_table_cells(text: str) -> str:
    """Tabs between the cells of a table row made " | ", those of a key/value table ": "
    (`_KEY_VALUE_ROWS`); other tabs stay (spaces later)."""
    if "\t" not in text:
        return text
    text = _KEY_VALUE_ROWS.sub(_labelled_rows, text)
    return _TAB_ROW.sub(lambda row: _CELL_TAB.sub(" | ", row.group().strip(" \t")), text)


#: A key/value table of a document's header (a Word export: "Reference\tCCC/MR/2025/087",
#: "Direct line\t+353 …"): at least three lines in a row of a short key, a tab and a value.
_KEY_VALUE_ROWS = re.compile(
    r"(?:^[^\S\n]*[^\W\d][^\t\n:]{0,30}\t+[^\S\n]*\S[^\t\n]*\n){2,}"
    r"^[^\S\n]*[^\W\d][^\t\n:]{0,30}\t+[^\S\n]*\S[^\t\n]*$", re.MULTILINE)


def _labelled_rows(rows: re.Match[str]) -> str:
    """Each row of a key/value table written "key: value", as a labelled field reads."""
    return re.sub(r"[ ]*\t[ \t]*", ": ", rows.group())


def clean_line(line: str) -> str:
    """One line with odd spaces made plain, runs of spaces collapsed, ends trimmed."""
    line = _ZERO_WIDTH.sub("", _ODD_SPACES.sub(" ", _bar_table_cells(line)))
    return _SPACES.sub(" ", line).strip()


def clean_lines(text: str) -> list[str]:
    """The text's lines, cleaned (HTML and Markdown or chat markup out, a PDF's page
    numbers out, its letterhead's columns apart); blank lines are kept as "" (they separate
    paragraphs).

    `clean_line` on each line, its patterns run once on the whole text (none of them
    matches a line break)."""
    # before spaces collapse: the layout steps read the page's columns by their spaces
    text = _bar_table_cells(read_layout(strip_markup(strip_html(text))))
    # a table's gaps made bars, its header's unit or noun after its bare cells
    text = split_columns(header_nouns(header_units(bar_spaced_tables(text))))
    if _ODD_CHARACTERS.search(text):
        text = _ZERO_WIDTH.sub("", _ODD_SPACES.sub(" ", text))
    while "  " in text:  # as `_SPACES`, without trying the pattern at every space
        text = text.replace("  ", " ")
    return [line.strip() for line in text.split("\n")]
