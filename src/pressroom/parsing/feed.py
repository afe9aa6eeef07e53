"""An RSS or Atom feed item as a browser shows it: its fields are chrome, its title field the title.

A feed copied from a browser's feed view opens with the feed's name, URL and "last updated"
line, maybe a reader's counter ("Entrada 1 de 15", "Item 1 of 15"), then the item's fields,
one a line: `Titre : …` / `Title:` / `Título:` (or the title alone on its line, above the
other fields), `Lien :`, `Publié :` (an RFC 822 or ISO 8601 date), `Auteur :`, `Catégories :`,
`Description :`. The body follows; the next item's start (its title field, the counter of
the next entry) ends the release: the other items are other pages' teasers.

The standard library reads RFC 822 and ISO dates; the labels are the lexicons' (feed readers
translate them), so the block is read by hand, like `mailheader`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

from pressroom.parsing.text import fold, lexicon_alternation

#: A field line: a label, a colon, maybe a value (on folded, lower-case text).
_FIELD = re.compile(
    rf"^\s*(?:(?P<title>{lexicon_alternation('feed_title_labels')})"
    rf"|{lexicon_alternation('feed_field_labels')})\s*:(?:\s|$)")
#: A feed reader's counter of items, alone on its line ("Entrada 1 de 15").
_ENTRY = re.compile(rf"^\s*{lexicon_alternation('feed_entry_patterns')}\s*$")
_URL = re.compile(r"^https?://\S+$")
#: An item's header holds at least this many field lines.
_MIN_FIELDS = 3


@dataclass
class FeedItem:
    """The lines above the item's text (feed header, fields), its title and its date."""

    lines: list[str] = field(default_factory=list)
    title: str | None = None
    published_on: dt.date | None = None


def _field(line: str) -> re.Match[str] | None:
    """The field label opening `line`; a line with no colon (most lines) is tested no further."""
    return _FIELD.match(fold(line).lower()) if ":" in line else None


def _is_title_field(line: str) -> bool:
    return bool((m := _field(line)) and m.group("title"))


def _is_entry(line: str) -> bool:
    return bool(_ENTRY.match(fold(line).lower()))


def _value(line: str) -> str:
    return line.split(":", 1)[1].strip() if ":" in line else ""


def cut_feed_item(lines: list[str]) -> tuple[list[str], FeedItem | None]:
    """The first feed item's title line and text, with the feed's header, the item's fields
    and the next items cut off; the lines unchanged and None when the page is no feed item."""
    block = _header_block(lines)
    if block is None:
        return lines, None
    start, end = block
    fields = [k for k in range(start, end) if _field(lines[k])]
    titled = next((k for k in fields if _is_title_field(lines[k])), None)
    if titled is not None:
        title = _value(lines[titled])
    else:
        above = [k for k in range(start, fields[0]) if not _is_entry(lines[k])]
        if not above:
            return lines, None
        title = " ".join(lines[k].strip() for k in above)
    body_start = end
    while body_start < len(lines) and (not lines[body_start] or _field(lines[body_start])):
        if lines[body_start] and _value(lines[body_start]):  # "Description : text…"
            break
        body_start += 1
    body = list(lines[body_start:_item_end(lines, body_start)])
    if body and _field(body[0]):
        body[0] = _value(body[0])
    item = FeedItem([line for line in lines[:end] if line], title, _date(lines, fields))
    return [title, "", *body], item


def _header_block(lines: list[str]) -> tuple[int, int] | None:
    """The first run of non-blank lines holding an item's fields: at least `_MIN_FIELDS`
    field lines, one of them the title or a link, or a reader's counter above the run."""
    k = 0
    while k < len(lines):
        if not lines[k]:
            k += 1
            continue
        end = k
        while end < len(lines) and lines[end]:
            end += 1
        fields = [j for j in range(k, end) if _field(lines[j])]
        if len(fields) >= _MIN_FIELDS and (
                any(_is_title_field(lines[j]) or _URL.match(_value(lines[j])) for j in fields)
                or any(_is_entry(line) for line in lines[:k + 1])):
            return k, end
        k = end
    return None


def _item_end(lines: list[str], start: int) -> int:
    """Where the next item starts (its title field or the reader's counter), less a rule
    line above it; the page's end when none does."""
    for k in range(start, len(lines)):
        line = lines[k]
        if line and (_is_entry(line) or _is_title_field(line)):
            end = k
            while end > start and (not lines[end - 1] or not any(
                    ch.isalnum() for ch in lines[end - 1])):
                end -= 1
            return end
    return len(lines)


def _date(lines: list[str], fields: list[int]) -> dt.date | None:
    """The first field value that is an RFC 822 or ISO 8601 date."""
    for k in fields:
        value = _value(lines[k])
        try:
            return parsedate_to_datetime(value).date()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return dt.datetime.fromisoformat(value).date()
        except ValueError:
            pass
    return None
