"""A page's cleaned text cut into releases, and each release into its parts.

A release reads: [site menu] [template header: "Communiqué" / "Press Release" + a category
line such as "Global"] title, lead (first paragraph, which may open with a dateline
"Pérou - "), body paragraphs, contact block (from its opener to the end).

Templates: `web_page` (a site menu stood on top), `communique` ("Communiqué" or Spanish
"Comunicado" header), `press_release` ("Press Release", "News Release", "Nota de prensa"
header), `plain` otherwise.

A page may hold several releases one after another. A new release starts at a separator
line ("-----", "* * *"), at a template header once a release has begun, or, after a contact
block, at the first line that cannot belong to it (prose, a menu): that line is the next
title, unless it is a lead opening with a dateline, in which case the single line standing
between it and the last e-mail/phone is the title.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pressroom.parsing.boilerplate import is_protected
from pressroom.parsing.clean import clean_lines
from pressroom.parsing.dateline import split_dateline
from pressroom.parsing.dates import parse_date
from pressroom.parsing.navigation import is_known_label, strip_navigation
from pressroom.parsing.opener import find_opener
from pressroom.parsing.phones import NUMBER
from pressroom.parsing.text import EMAIL, ends_sentence, fold, word_count
from pressroom.parsing.unwrap import WRAP_MAX, unwrap

_HEADERS = {
    "communique": "communique", "communiques": "communique", "communique de presse": "communique",
    "comunicado": "communique", "comunicado de prensa": "communique",
    "press release": "press_release", "news release": "press_release",
    "media release": "press_release", "nota de prensa": "press_release",
    "note de presse": "press_release", "press briefing note": "press_release",
}
_SEPARATOR = re.compile(r"^(?:[-=_*~#]{3,}|(?:\*\s*){3,})$")
_MENU_BULLET = re.compile(r"^[-•*·](?:\s.{0,78})?$")
#: Contact lines are short: a line longer than this, or with more words, is prose.
_CONTACT_MAX_CHARS = 100
_CONTACT_MAX_WORDS = 12
#: Title lines of a communiqué are joined when the title block has at most this many lines.
_TITLE_MAX_LINES = 3


@dataclass
class Draft:
    """One release cut out of a page: its parts as written, before extraction."""

    template: str = "plain"
    title: str | None = None
    dateline: str | None = None
    published_on: dt.date | None = None
    lead: str | None = None
    body: list[str] = field(default_factory=list)
    contact_opener: str | None = None
    contact_lines: list[str] = field(default_factory=list)


def header_template(line: str) -> str | None:
    """'Communiqué' -> communique, 'Press Release' -> press_release, else None."""
    return _HEADERS.get(fold(line).lower().strip(" :"))


def segment_page(text: str, boilerplate: frozenset[str] = frozenset()) -> list[Draft]:
    """The releases of a decoded page, in order; parts that hold no title are skipped."""
    lines, navigation = strip_navigation(clean_lines(text))
    drafts = []
    for chunk in split_releases(lines, boilerplate):
        chunk, chunk_navigation = strip_navigation(chunk)
        draft = segment_release(chunk, web_page=navigation or chunk_navigation)
        if draft.title is not None:
            drafts.append(draft)
    return drafts


def split_releases(lines: list[str], boilerplate: frozenset[str] = frozenset()) -> list[list[str]]:
    """Cut a page's lines into one list per release; drop boilerplate outside contact blocks."""
    chunks: list[list[str]] = [[]]
    in_contacts, last_detail = False, -1
    i = 0
    while i < len(lines):
        line, current = lines[i], chunks[-1]
        i += 1
        if _SEPARATOR.match(line) or (header_template(line) and _has_text(current)):
            chunks.append([] if _SEPARATOR.match(line) else [line])
            in_contacts = False
            continue
        if not in_contacts:
            if line in boilerplate and not is_protected(line):
                continue
            opener = find_opener(lines, i - 1) if line else None
            if opener is not None:
                in_contacts, last_detail = True, -1
                current.extend(lines[i - 1:opener.end])
                i = opener.end
                if _is_detail(opener.remainder):
                    last_detail = len(current) - 1
                continue
            current.append(line)
            continue
        if not line or _is_detail(line):
            if line:
                last_detail = len(current)
            current.append(line)
            continue
        if _fits_contacts(line):
            current.append(line)
            continue
        if line in boilerplate:  # a site blurb after the contacts ("About IOM ..."), not a title
            continue
        chunks.append(_next_release_start(current, last_detail, line))
        in_contacts = False
    return [_trim_footer(chunk, boilerplate) for chunk in chunks if _has_text(chunk)]


def _trim_footer(chunk: list[str], boilerplate: frozenset[str]) -> list[str]:
    """Drop boilerplate lines (a site footer) closing a release, after its contact block.

    Inside a contact block boilerplate is kept: a country office's names and offices repeat
    across its releases. Only the lines after the last e-mail or phone can be footer.
    """
    end = len(chunk)
    while end > 0 and (not chunk[end - 1] or (chunk[end - 1] in boilerplate
                                              and not is_protected(chunk[end - 1]))):
        end -= 1
    return chunk[:end]


def _next_release_start(current: list[str], last_detail: int, line: str) -> list[str]:
    """The first lines of the release that begins at `line`, taken out of `current`."""
    if split_dateline(line)[2] != line and last_detail >= 0:
        trailing = [j for j in range(last_detail + 1, len(current)) if current[j]]
        if len(trailing) == 1:
            title = current[trailing[0]]
            del current[trailing[0]:]
            return [title, line]
    return [line]


def segment_release(lines: list[str], web_page: bool = False) -> Draft:
    """The parts of one release's lines (menu already cut off)."""
    draft = Draft(template="web_page" if web_page else "plain")
    i = _skip_blank(lines, 0)
    if i < len(lines) and header_template(lines[i]):
        draft.template = header_template(lines[i]) or draft.template
        i = _read_header(lines, i + 1, draft)
    i = _read_title(lines, i, draft)
    i = _read_date_lines(lines, i, draft)
    rest = lines[i:]
    opener = next((o for j in range(len(rest)) if (o := find_opener(rest, j))), None)
    body_lines = rest[: opener.start] if opener else rest
    if opener:
        draft.contact_opener = opener.text
        contact = [opener.remainder, *rest[opener.end:]]
        draft.contact_lines = [line for line in contact if line]
    paragraphs = unwrap(body_lines)
    if paragraphs:
        draft.dateline, date, draft.lead = split_dateline(paragraphs[0])
        draft.published_on = date or draft.published_on
        draft.body = paragraphs[1:]
    return draft


def _read_header(lines: list[str], i: int, draft: Draft) -> int:
    """Skip the header's category line ("Global") and date lines; keep the date."""
    categories = 0
    while i < len(lines) and lines[i]:
        date = parse_date(lines[i])
        if date:
            draft.published_on = date
        elif categories == 0 and _is_category(lines[i]):
            categories += 1
        else:
            break
        i += 1
    return i


def _read_title(lines: list[str], i: int, draft: Draft) -> int:
    """The title: the first line, or a short block of lines standing alone in a communiqué."""
    i = _skip_blank(lines, i)
    if i >= len(lines):
        return i
    end = i
    while end < len(lines) and lines[end]:
        end += 1
    block = lines[i:end]
    joinable = (
        draft.template != "web_page"
        and 1 < len(block) <= _TITLE_MAX_LINES
        and end < len(lines)
        and all(len(line) <= WRAP_MAX and not ends_sentence(line) for line in block[:-1])
        and not block[-1].endswith((".", ",", ";", ":"))
        and all(split_dateline(line)[2] == line for line in block[1:])
    )
    draft.title = " ".join(block) if joinable else lines[i]
    return end if joinable else i + 1


def _read_date_lines(lines: list[str], i: int, draft: Draft) -> int:
    """A line holding only a date right under the title is the publication date."""
    j = _skip_blank(lines, i)
    if j < len(lines):
        date = parse_date(lines[j])
        if date:
            draft.published_on = date
            return j + 1
    return i


def _is_category(line: str) -> bool:
    return word_count(line) <= 5 and len(line) <= 40 and not ends_sentence(line) and not any(
        c.isdigit() for c in line
    )


def _is_detail(line: str) -> bool:
    """An e-mail or a phone number: the line belongs to a contact."""
    return bool(EMAIL.search(line) or NUMBER.search(line))


def _fits_contacts(line: str) -> bool:
    """A short line that can be a name, an office or a label (not prose, not a menu)."""
    return (
        len(line) <= _CONTACT_MAX_CHARS
        and word_count(line) <= _CONTACT_MAX_WORDS
        and not _MENU_BULLET.match(line)
        and not is_known_label(line)
    )


def _has_text(lines: list[str]) -> bool:
    return any(lines)


def _skip_blank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i]:
        i += 1
    return i
