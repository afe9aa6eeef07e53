"""A page's cleaned text cut into releases, and each release into its parts.

A release reads: [site menu] [template header: "Communiqué" / "Press Release" + a category
line such as "Global"] [page chrome] title (chosen by `head`; none when the text starts at
the lead) [date lines, chrome], lead (first paragraph, which may open with a dateline
"Pérou - "), body paragraphs, contact block (from its opener to the end, less the chrome
closing it; or above the body, when no prose stands before its opener; or above the title,
a page's sidebar, when a headline and a lead follow it).

Templates: `web_page` (a site menu stood on top), `communique` ("Communiqué" or Spanish
"Comunicado" header), `press_release` ("Press Release", "News Release", "Nota de prensa"
header), `plain` otherwise.

A list of other pages' headlines under a "Related" heading ("Leia também", "À lire aussi :
…") is cut out of the body: its figures and names are not the release's. Under a contact's
details, the organisation's address row, switchboard or free public line is the page's
footer, not a press contact.

A copied e-mail's header block and its cover note (`mailheader`) are cut off the page first: a
preamble, not a release. A page may hold several releases one after another. A new release
starts at a separator line ("-----", "* * *"), at a template header once a release has begun
(one right under
the headline, above any paragraph, only labels it), or, after a contact
block, at the first line that cannot belong to it: prose (a dateline, lower-case words), a
line too long for a contact, a line continuing the one above (hard-wrapped: it starts in
lower case, or the line above ends mid-phrase). That line is the next title when it has a
title's shape; otherwise it opens the next release's first paragraph, and the title is the
line standing right above that paragraph (a date line may stand between them).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from pressroom.parsing.archive import strip_archive_toolbar
from pressroom.parsing.boilerplate import is_protected
from pressroom.parsing.clean import clean_lines
from pressroom.parsing.consent import cut_consent_banner
from pressroom.parsing.contacts import (
    HIDDEN_EMAIL,
    holds_email,
    opens_with_person_and_role,
    opens_with_role,
    opens_with_titled_person,
)
from pressroom.parsing.dateline import publisher_tag, split_dateline
from pressroom.parsing.dates import parse_date
from pressroom.parsing.feed import cut_feed_item
from pressroom.parsing.head import (
    HEAD_MAX_LINES,
    TITLE_MAX_WORDS,
    head_date,
    is_head_label,
    is_head_row,
    is_lead,
    is_update_note,
    labelled_date,
    one_line_contact,
    read_head,
    strip_stamp,
)
from pressroom.parsing.headers import header_template
from pressroom.parsing.mailheader import cut_mail_header
from pressroom.parsing.navigation import (
    is_copyright,
    is_furniture,
    is_known_label,
    strip_navigation,
    title_shaped,
)
from pressroom.parsing.ocr import fix_ocr_digits
from pressroom.parsing.opener import Opener, find_opener, is_opener, names_contact_verb
from pressroom.parsing.phones import LABEL as PHONE_LABEL
from pressroom.parsing.phones import MIN_DIGITS, NUMBER
from pressroom.parsing.text import (
    EMAIL,
    OFFICE_WORD,
    ends_mid_phrase,
    ends_sentence,
    fold,
    lexicon_alternation,
    word_count,
)
from pressroom.parsing.unwrap import WRAP_MAX, unwrap

_RELATED = re.compile(lexicon_alternation("related_heading_patterns"))
_BLOCK_END = re.compile(f"{lexicon_alternation('block_end_patterns')}|{_RELATED.pattern}")
#: A related list's heading is short; the headline on its line after a colon may be longer.
_RELATED_MAX_CHARS = 160
#: A headline of a related list: at most this many words, no sentence.
_HEADLINE_MAX_WORDS = 20
_BLOCK_END_MAX_WORDS = 8
#: A contact block with no heading holds at most this many lines (name, office, details).
_UNHEADED_MAX_LINES = 5
_HASHTAGS = re.compile(r"(?:#\w+\s*)+")
#: A postal code or box in an address ("4450-718", "CEP 41745-004", "B.P. 412"): no library
#: reads addresses in running text, so the shapes are written here.
_POSTAL = re.compile(r"\b\d{4,5}-\d{3}\b|\bB\.\s?P\.\s?\d")
#: The fields of a footer row: "Org – address – Tél. : …", "Org | address | Tel.: …",
#: "Org · address · PBX …".
_FIELD_CUT = re.compile(r"\s+[–—|·•]\s+")
#: A word of a street address ("rue", "Avenida"), on accent-folded lower-case text.
_ADDRESS_WORD = re.compile(rf"(?<![\w-]){lexicon_alternation('address_words')}(?![\w-])")
#: The label of a free public line ("Toll free:", "Linha verde"), on folded lower-case text.
_FREE_LINE = re.compile(rf"(?<![\w-]){lexicon_alternation('free_line_patterns')}(?![\w-])")
#: A desk serving others than the press ("Investor relations: ir@…"), on folded lower-case text.
_OTHER_DESK = re.compile(rf"(?<![\w-]){lexicon_alternation('other_desk_patterns')}(?![\w-])")
#: A switchboard's label before its number ("Standard : 02 …", "Mesa central (41) …").
_SWITCHBOARD = re.compile(
    rf"(?<![\w-]){lexicon_alternation('switchboard_labels')}\.?\s*:?\s*[+(\d]")
_FOOTER_ROW_FIELDS = 3
#: The line opening an e-mail's signature ("-- "): the sender's address, no press contact.
_SIGNATURE_MARK = "--"
_SEPARATOR = re.compile(r"^(?:[-=_*~#]{3,}|(?:\*\s*){3,})$")
#: A rule drawn with box-drawing characters or dashes ("────", "═══", "———"): it ends a
#: contact block (a feed's next item may follow), though it parts no releases.
_RULE_LINE = re.compile(r"^[-=_*~#─━═—–]{3,}$")
#: The end mark of a release ("###", "-30-"): what follows is its end matter (an "About"
#: box, the contacts), unless a headline and a dateline open a new release there.
_END_MARK = re.compile(r"^(?:#{3}|-\s?30\s?-)$")
#: The first characters of a separator or an end mark.
_RULE_STARTS = frozenset("-=_*~#")
#: The heading of an organisation's "About" box: it never opens a release.
_ABOUT = re.compile(rf"^{lexicon_alternation('about_heading_patterns')}", re.IGNORECASE)
#: A new release's headline is followed by its lead within this many non-blank lines.
_LEAD_REACH = 4
#: A lead paragraph has at least this many words ("Was this page useful?" is none).
_LEAD_MIN_WORDS = 8
#: A chat message's stamp copied with it: "[8/10/25, 10:31] Carlos M.: …" (WhatsApp), "[10.08.25
#: 10:31]"; a message under a forwarded release opens no release of its own.
_CHAT_STAMP = re.compile(r"^\[\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
                         r"(?:\s?[AaPp]\.?[Mm]\.?)?\]")
_URL = re.compile(r"https?://|www\.|\.(?:com|org|net)\b", re.IGNORECASE)
_MENU_BULLET = re.compile(r"^[-•*·](?:\s.{0,78})?$")
#: Contact lines are short: a line longer than this, or with more words, is prose.
_CONTACT_MAX_CHARS = 100
_CONTACT_MAX_WORDS = 12
#: A line this long or longer, continued by a lower-case line, is a piece of a paragraph.
_WRAPPED_MIN_WORDS = 6
#: Lower-case words (3 letters or more) that make a line prose, alone or ending a sentence.
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-zà-ÿ][\w'’-]{2,}")
_PROSE_WORDS = 6
_SENTENCE_WORDS = 3
#: A contact line at least this wide, followed by a list of fields, was hard-wrapped.
_WRAP_MIN_WIDTH = 40
#: A number with this many digits on a contact line is a phone number, label or not.
_PHONE_DIGITS = 8
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
    #: The publisher's tag after the dateline's place ("CICR", "CNW"); no Release field yet.
    publisher_tag: str | None = None
    #: Page text after the contact block ("Le saviez-vous…", "Publisher:"): no contact.
    after_contacts: list[str] = field(default_factory=list)
    #: The lines above the title (a letterhead, a place and date line) and the date lines
    #: under it: no release text.
    above_title: list[str] = field(default_factory=list)


def segment_page(text: str, boilerplate: frozenset[str] = frozenset()) -> list[Draft]:
    """The releases of a decoded page, in order; parts with neither title nor lead are
    skipped. The search tool's " date 2023-09 " stamp opening the page is cut, and so is an
    e-mail's header block (its subject titles a first release showing no title), and a feed
    item's header (`feed`: its title field titles the release; the next items are cut)."""
    lines = clean_lines(fix_ocr_digits(text))
    first = next((k for k, line in enumerate(lines) if line), None)
    if first is not None:
        lines[first] = strip_stamp(lines[first])
    lines = strip_archive_toolbar(lines)
    lines, consent = cut_consent_banner(lines)
    lines, navigation = strip_navigation(lines)
    navigation = navigation or consent
    lines, mail = cut_mail_header(lines)
    lines, feed = cut_feed_item(lines)
    drafts = []
    for chunk in split_releases(lines, boilerplate):
        chunk_lines, chunk_navigation = strip_navigation(chunk.lines)
        draft = segment_release(chunk_lines, web_page=navigation or chunk_navigation)
        draft.after_contacts.extend(chunk.footer)
        if draft.title is not None or draft.lead:
            drafts.append(draft)
    if mail is not None and drafts:  # the mail's header block tops its first release
        drafts[0].above_title[:0] = mail.lines
        if drafts[0].title is None:
            drafts[0].title = mail.subject
    if feed is not None and drafts:  # a feed item: its title field, its date, its header
        drafts[0].above_title[:0] = feed.lines
        drafts[0].title, drafts[0].template = feed.title, "web_page"
        drafts[0].published_on = drafts[0].published_on or feed.published_on
    return drafts


@dataclass
class Chunk:
    """One release's lines, and the page text after its contact block that opens no release
    (a footer, "View source version…", "Was this page useful?"): kept apart, no contact."""

    lines: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)


def _opens_contacts_below(lines: list[str], i: int) -> bool:
    """The first line from `i` on that holds text opens a contact block ("Contacto:",
    "Media contact"): what a separator above it closes is the release's body, not the
    release."""
    k = _skip_blank(lines, i)
    return k < len(lines) and find_opener(lines, k) is not None


def split_releases(lines: list[str], boilerplate: frozenset[str] = frozenset()) -> list[Chunk]:
    """Cut a page's lines into one chunk per release; drop boilerplate outside contact blocks.

    A new release starts only where one can start: at a separator or a template header once
    the current release holds a paragraph, or after a contact block at a headline followed
    by a dateline or a lead paragraph. Page headers, "About" boxes, footers and contact
    blocks stay with the current release.
    """
    chunks: list[Chunk] = [Chunk()]
    in_contacts, closed, last_detail, opened_at = False, False, -1, 0
    leads = _LeadWatch()
    i = 0
    while i < len(lines):
        line, chunk = lines[i], chunks[-1]
        current = chunk.lines
        i += 1
        rule = line[:1] in _RULE_STARTS  # the cheap test before the two patterns
        if rule and _END_MARK.match(line):  # "###": end matter follows, unless a dated one does
            if _holds_prose(current) and release_starts(lines, i, dateline=True):
                chunks.append(Chunk())
                in_contacts = closed = False
            continue
        if (rule and _SEPARATOR.match(line)) or (header_template(line) and _past_title(current)):
            if not _release_begun(current) or (not in_contacts and _labels_headline(current)):
                # a letterhead's rule, a header under a page header or under the headline
                if not _SEPARATOR.match(line):
                    current.append(line)
                continue
            if _SEPARATOR.match(line) and _opens_contacts_below(lines, i):
                continue  # "---" above "Contacto:": the release's contact block, no new release
            chunks.append(Chunk([] if _SEPARATOR.match(line) else [line]))
            in_contacts = closed = False
            continue
        if closed:  # after a contact block, page text up to the next release
            if line and release_starts(lines, i - 1):
                chunks.append(Chunk([line]))
                closed = False
            elif line:
                chunk.footer.append(line)
            continue
        if not in_contacts:
            if line in boilerplate and not is_protected(line):
                continue
            if line and related_heading(line) and _holds_prose(current):
                i = _skip_headlines(lines, i)  # other pages' headlines: not this release
                continue
            if line and is_teaser(line) and _holds_prose(current):
                continue  # "Minister tours 12 clinics … Read more »": another page's teaser
            if line and leads.holds(current) and dated_release_head(lines, i - 1):
                chunks.append(Chunk([line]))  # an aggregator's next release, no separator
                continue
            opener = find_opener(lines, i - 1) if line else None
            if opener is not None:
                in_contacts, last_detail, opened_at = True, -1, len(current)
                current.extend(lines[i - 1:opener.end])
                i = opener.end
                # The opener's line is the block's: a new release cannot start above it,
                # even when its remainder is too long to read as one detail.
                last_detail = len(current) - 1
                continue
            current.append(line)
            continue
        if not line or _is_detail(line):
            if line:
                last_detail = len(current)
            current.append(line)
            continue
        if related_heading(line) and not _holds_prose(current[:opened_at]):
            # a sidebar's "Latest news" under contacts standing above the body: the page
            # goes on below it (the release's head and body)
            current.append(line)
            in_contacts = False
            continue
        if closes_contacts(line):  # page chrome up to the next separator or header
            end = next((k for k in range(i, len(lines))
                        if _SEPARATOR.match(lines[k]) or header_template(lines[k])), len(lines))
            current.extend(lines[i - 1:end])
            i = end
            continue
        following = lines[i:i + 2]
        if not any(current[last_detail + 1:]) and _calls_desk(line):  # blank lines may part them
            last_detail = len(current)
            current.append(line)
            continue
        if _belongs_to_contacts(line, following, current, last_detail):
            current.append(line)
            continue
        if line in boilerplate:  # a site blurb after the contacts ("About IOM ..."), not a title
            continue
        if not (_release_begun(current[:opened_at]) and _holds_body(current[:opened_at])) or (
                is_lead(line) and not _holds_paragraph(current[:opened_at])
                and not _holds_wrapped_paragraph(current[:opened_at])):
            # contacts above the body (a feed entry's header, a headline that reads as
            # prose above them): the first lead under them is the body's
            current.append(line)
            in_contacts = False
            continue
        at = _next_release_start(current, last_detail, line, following[0] if following else "")
        start = [*(text for text in current[at:] if text), line]
        del current[at:]
        leads.reset()
        in_contacts = False
        if release_starts([*start, *lines[i:i + 2 * _LEAD_REACH]], 0):
            chunks.append(Chunk(start))
        else:  # no headline and lead here: the page's footer
            chunk.footer.extend(start)
            closed = True
    kept = [Chunk(_trim_footer(c.lines, boilerplate), c.footer) for c in chunks]
    return _fold_trailing_chrome([c for c in kept if _has_text(c.lines)])


@lru_cache(maxsize=4096)
def related_heading(line: str) -> bool:
    """The heading of a list of other pages' headlines ("Related stories", "Leia também"),
    alone or before a colon and the first headline ("Related: Uganda to build …")."""
    if len(line) > _RELATED_MAX_CHARS:  # most lines of a body: a paragraph
        return False
    text = fold(line).lower().strip(" <>←→»«•*-–|:")
    return bool(_RELATED.fullmatch(text) or (
        ":" in text and _RELATED.fullmatch(text.split(":", 1)[0].rstrip())))


#: A teaser's closing link: a separator (dash, bar, ellipsis, arrow), then "Read more", maybe
#: an arrow (accent-folded lower-case text).
_READ_MORE = re.compile(
    rf"(?:\s[-–—|·]|\.\.\.|…|[»›])\s*{lexicon_alternation('read_more_links')}\s*[»›→>.]*$")


@lru_cache(maxsize=4096)
def is_teaser(line: str) -> bool:
    """A teaser of another page: a headline or a summary closed by a "read more" link
    ("Health week draws 2,000 visitors … Read more »", "Ataúro: … – Ler mais ›")."""
    return bool(_READ_MORE.search(fold(line).lower().rstrip()))


def _skip_headlines(lines: list[str], i: int) -> int:
    """Past the headlines of a related list from `lines[i]`: short lines that are no
    sentence, no piece of a hard-wrapped paragraph (the next line goes on in lower case), no
    contact heading, e-mail, phone or copyright line, up to a blank line."""
    while i < len(lines) and _headline_like(lines[i], lines[i + 1] if i + 1 < len(lines) else ""):
        i += 1
    return i


def _headline_like(line: str, following: str) -> bool:
    return (bool(line) and not ends_sentence(line) and not following[:1].islower()
            and word_count(_teaser_headline(line), _HEADLINE_MAX_WORDS) <= _HEADLINE_MAX_WORDS
            and not _is_detail(line) and not is_opener(line) and not is_copyright(line))


def _teaser_headline(line: str) -> str:
    """A teaser's headline without the fields closing its line: its date and its link
    ("Ataúro: nova rampa … – 21 de agosto de 2025 – Ler mais ›")."""
    fields = _FIELD_CUT.split(line)
    while len(fields) > 1 and (parse_date(fields[-1])
                               or related_heading(fields[-1].strip(" ›»→"))):
        fields.pop()
    return " ".join(fields)


def _fold_trailing_chrome(chunks: list[Chunk]) -> list[Chunk]:
    """A part after a separator that holds no paragraph and opens no release ("SK/RP",
    "(Release ID: 2014567)", "Visitor Counter : 1842") is the previous release's footer."""
    out: list[Chunk] = []
    for chunk in chunks:
        if out and (_opens_with_address(chunk.lines)
                    or (not _holds_prose(chunk.lines) and not release_starts(chunk.lines, 0))):
            out[-1].footer.extend(line for line in [*chunk.lines, *chunk.footer] if line)
        else:
            out.append(chunk)
    return out


def _opens_with_address(lines: list[str]) -> bool:
    """A part opening with the organisation's address row ("UGT-FICA Andalucía · C/ Antonio
    Salvador, 8 · 41002 Sevilla"): a mail's or a page's footer, no release."""
    first = next((line for line in lines if line), "")
    fields = _FIELD_CUT.split(first)
    return (len(fields) >= _FOOTER_ROW_FIELDS and not holds_email(first)
            and any(map(_is_address, fields)))


def release_starts(lines: list[str], i: int, *, dateline: bool = False) -> bool:
    """A release opens at `lines[i]`: a template header, or a headline (not an "About"
    box's heading) followed within a few lines by a dateline or, unless `dateline`, a lead
    paragraph. Date lines and short labels may stand between them."""
    k = _skip_blank(lines, i)
    if k >= len(lines):
        return False
    if header_template(lines[k]):
        return True
    if lines[k][:1].islower() or _ABOUT.match(fold(lines[k])) or is_lead(lines[k]):
        return False
    if lines[k][:1] == "[" and _CHAT_STAMP.match(lines[k]):  # a chat's later message
        return False
    if not title_shaped(lines, k) or _URL.search(lines[k]) or (
            "@" in lines[k] and EMAIL.search(lines[k])):
        return False
    following = [line for line in lines[k + 1:] if line][:_LEAD_REACH + 1]
    for j, line in enumerate(following[:_LEAD_REACH]):
        if split_dateline(line)[0] is not None:
            return True
        below = following[j + 1] if j + 1 < len(following) else ""
        wrapped = (word_count(line, _WRAPPED_MIN_WORDS) >= _WRAPPED_MIN_WORDS  # a hard-wrapped lead
                   and (ends_mid_phrase(line) or below[:1].islower()))
        paragraph = reads_as_prose(line) and word_count(line, _LEAD_MIN_WORDS) >= _LEAD_MIN_WORDS
        if not dateline and (is_lead(line) or paragraph or wrapped):
            return True
    return False


def dated_release_head(lines: list[str], i: int) -> bool:
    """A release's head at `lines[i]`, under a blank line: a headline, a date line under it
    ("Posted 18/02/2025 08:47 by Releases Desk | Source: …"), then a dateline within a few
    lines. An aggregator shows releases so one after another, with no separator; a
    subheading in a body has no date line under it."""
    if i == 0 or lines[i - 1] or not lines[i][:1].isupper() or is_lead(lines[i]):
        return False
    k = _skip_blank(lines, i + 1)
    below = lines[k] if k < len(lines) else ""
    if not any(map(str.isdigit, below)) or reads_as_prose(below) or head_date(below) is None:
        return False
    return release_starts(lines, i, dateline=True)


def _release_begun(lines: list[str]) -> bool:
    """A release has begun: a lead, or prose below the chunk's first line. A sentence
    opening the page alone ("An official website of the European Union How do you know?")
    is a banner: a template header under it opens no new release."""
    text = [line for line in lines if line]
    return any(is_lead(line) for line in text) or any(reads_as_prose(line) for line in text[1:])


def _labels_headline(lines: list[str]) -> bool:
    """A template header here stands right under the headline ("Rougeole : 214 cas…" /
    "Communiqué de presse"): it labels this release, no new one opens. The line above is
    title-shaped and no paragraph stands above it (chrome may: a menu, a cookie banner)."""
    text = [line for line in lines if line]
    return (bool(text) and not any(is_lead(line) for line in text)
            and title_shaped(text, len(text) - 1))


def _holds_prose(lines: list[str]) -> bool:
    """A release has begun: a paragraph stands among its lines."""
    return any(line and (reads_as_prose(line) or is_lead(line)) for line in lines)


def _holds_paragraph(lines: list[str]) -> bool:
    """A lead stands among these lines: a page's banner ("Showing 2 releases for 18 February
    2025"), a headline or an update note above the headline is none."""
    return any(line and is_lead(line) and not is_update_note(line) for line in lines)


def _holds_wrapped_paragraph(lines: list[str]) -> bool:
    """Two lines or more read as prose though none reads as a lead: the pieces of a
    hard-wrapped paragraph ("Colombia - IOM has been present in Colombia since" / "2007. The
    project aims …" / "the institutions responsible for border management.")."""
    return sum(1 for line in lines if line and reads_as_prose(line)) >= _WRAPPED_PROSE_LINES


#: Prose lines that make a hard-wrapped paragraph (a feed entry's description is one).
_WRAPPED_PROSE_LINES = 2


class _LeadWatch:
    """`_holds_paragraph` of a chunk's growing lines, each line read once: while the chunk
    only grows, the lines read before are as they were (a cut resets the watch)."""

    __slots__ = ("found", "lines", "read")

    def __init__(self) -> None:
        self.lines: list[str] | None = None
        self.read = 0
        self.found = False

    def holds(self, lines: list[str]) -> bool:
        """`_holds_paragraph(lines)`, reading only the lines added since the last ask."""
        if lines is not self.lines or len(lines) < self.read:
            self.lines, self.read, self.found = lines, 0, False
        if not self.found:
            self.found = _holds_paragraph(lines[self.read:])
            self.read = len(lines)
        return self.found

    def reset(self) -> None:
        """Forget what was read: lines were cut off."""
        self.lines = None


def _holds_body(lines: list[str]) -> bool:
    """A paragraph stands among these lines besides the headline opening them (a headline
    may read as prose: "En México, la OIM intensifica su labor para la asistencia…")."""
    text = [line for line in lines if line]
    if text and not ends_sentence(text[0]) and not is_lead(text[0]) \
            and split_dateline(text[0])[0] is None:
        text = text[1:]
    return _holds_prose(text)


def _trim_footer(chunk: list[str], boilerplate: frozenset[str]) -> list[str]:
    """Drop boilerplate lines (a site footer) closing a release, after its contact block.

    Inside a contact block boilerplate is kept: a country office's names and offices repeat
    across its releases. Only the lines after the last e-mail or phone can be footer. Page
    furniture (share and print buttons) is dropped there too, learned or not.
    """
    end = len(chunk)
    while end > 0 and (not chunk[end - 1] or is_furniture(chunk[end - 1])
                       or (chunk[end - 1] in boilerplate and not is_protected(chunk[end - 1]))):
        end -= 1
    return chunk[:end]


def _belongs_to_contacts(line: str, following: list[str], current: list[str],
                         last_detail: int) -> bool:
    """A short line that is no prose: a name, an office, a label, or a piece of a wrapped
    contact line (ending mid-phrase above an e-mail or phone, or above one more short piece
    and then an e-mail or phone: "Direction de la communication et de" / "la presse
    ministérielle" / "Tél : …")."""
    if _role_line_above_detail(line, following):
        return True
    if not (_fits_contacts(line) or _long_fields_above_detail(line, following)) or (
            reads_as_prose(line) and not _named_above_detail(line, following)):
        return False
    if ends_mid_phrase(line) and not _wrapped_above_detail(following):
        return False
    above = current[-1] if current else ""
    wrapped_piece = (bool(above) and ends_mid_phrase(above) and _fits_contacts(above)
                     and bool(following) and _is_detail(following[0]))
    return wrapped_piece or not _continues_prose(current, last_detail, line)


#: A sentence inviting a call is at most this long ("For out-of-hours requests please call
#: the global press office on +44 …").
_CALL_MAX_WORDS = 30


#: A contact's "name, role, office" line may hold this many words when a phone or an e-mail
#: follows it ("Chantal Mbemba, Oficial de Comunicação, Escritório Regional da OMS para a
#: África (Brazzaville)" / "Telemóvel: …").
_FIELDS_LINE_MAX_WORDS = 18
_FIELDS_LINE_MIN_COMMAS = 2


def _long_fields_above_detail(line: str, following: list[str]) -> bool:
    """A contact's line of fields longer than `_fits_contacts` allows (a long office's name):
    comma-separated fields, no sentence and no prose word, right above the contact's phone
    or e-mail."""
    return (len(line) <= _CONTACT_MAX_CHARS and line.count(",") >= _FIELDS_LINE_MIN_COMMAS
            and word_count(line, _FIELDS_LINE_MAX_WORDS + 1) <= _FIELDS_LINE_MAX_WORDS
            and not is_known_label(line) and _named_above_detail(line, following))


#: A role-and-office line under a contact's name is at most this long (a regional office's
#: name: "Responsable médias, Bureau régional de l'OIM pour l'Amérique centrale, …").
_ROLE_LINE_MAX_CHARS = 2 * _CONTACT_MAX_CHARS


def _role_line_above_detail(line: str, following: list[str]) -> bool:
    """A job title, a comma and its office, right above the contact's phone or e-mail: a
    contact's line however many lower-case words its office's name holds, no sentence."""
    return (len(line) <= _ROLE_LINE_MAX_CHARS and not ends_sentence(line)
            and word_count(line, _FIELDS_LINE_MAX_WORDS + 1) <= _FIELDS_LINE_MAX_WORDS
            and opens_with_role(line) and bool(following) and _is_detail(following[0]))


def _calls_desk(line: str, digits: int = _PHONE_DIGITS) -> bool:
    """A short sentence with a contact verb and a phone number (of at least `digits`
    digits) or an e-mail: under a contact block's last line, one more desk of the block,
    written as prose."""
    if word_count(line, _CALL_MAX_WORDS) > _CALL_MAX_WORDS or not names_contact_verb(line):
        return False
    return holds_email(line) or any(sum(map(str.isdigit, number.group())) >= digits
                                    for number in NUMBER.finditer(line))


def _named_above_detail(line: str, following: list[str]) -> bool:
    """A "Name – office" or "Office – organisation" line right above the phone or e-mail
    lines (or one more name line and them): read as a dateline ("Claire Vasseur – CIVT"),
    but a contact's, as no sentence follows its dash."""
    return (not ends_sentence(line) and not _has_lower_words(line, _PROSE_WORDS)
            and _wrapped_above_detail(following))


def _wrapped_above_detail(following: list[str]) -> bool:
    """The next line is an e-mail or phone, or a short piece of text right above one."""
    if not following or not following[0]:
        return False
    if _is_detail(following[0]):
        return True
    return (len(following) > 1 and _fits_contacts(following[0])
            and not reads_as_prose(following[0]) and _is_detail(following[1]))


def _continues_prose(current: list[str], last_detail: int, line: str) -> bool:
    """`line` starts in lower case under a sentence-long line: a hard-wrapped paragraph."""
    if not line[:1].islower():
        return False
    above = next((current[j] for j in range(len(current) - 1, last_detail, -1) if current[j]),
                 "")
    return word_count(above, _WRAPPED_MIN_WORDS) >= _WRAPPED_MIN_WORDS


def _next_release_start(current: list[str], last_detail: int, line: str,
                        following: str) -> int:
    """Where, in `current`, the release whose text reaches `line` starts.

    `line` cannot belong to the contact block: it is prose, too long for a contact line, or
    a line continuing the one above (a hard-wrapped paragraph). A title-shaped `line` is the
    next title. Otherwise it belongs to the next release's first paragraph, whose first
    lines may already sit in `current` (prose, or lines continued in lower case); the title
    is the line standing right above that paragraph (a date line may stand between them).
    """
    if title_shaped([line, following], 0) and not line[:1].islower():
        return len(current)
    trailing = [j for j in range(last_detail + 1, len(current)) if current[j]]
    start = len(current)  # where the new release starts within `current`
    below = line
    while trailing and (reads_as_prose(current[trailing[-1]]) or below[:1].islower()
                        or ends_mid_phrase(current[trailing[-1]])):
        start = trailing.pop()
        below = current[start]
    while trailing and parse_date(current[trailing[-1]]):
        trailing.pop()
    if trailing and title_shaped(current, trailing[-1]) and not _is_detail(current[trailing[-1]]):
        start = trailing[-1]
    return start


@lru_cache(maxsize=4096)
def reads_as_prose(line: str) -> bool:
    """A piece of running text, not a contact line: a dateline, a sentence with several
    lower-case words, or many lower-case words."""
    needed = _SENTENCE_WORDS if ends_sentence(line) else _PROSE_WORDS
    return _has_lower_words(line, needed) or split_dateline(line)[0] is not None


def _has_lower_words(line: str, needed: int) -> bool:
    """`line` holds at least `needed` lower-case words that are no phone label ("tel");
    the count stops there, not at the end of a long paragraph."""
    words = 0
    for match in _LOWER_WORD.finditer(line):
        words += not _is_phone_label(match.group())
        if words >= needed:
            return True
    return False


@lru_cache(maxsize=4096)
def _is_phone_label(word: str) -> bool:
    """A phone label written as one word ("tel", "fax", "telefone"). Remembered: the same
    words come back on every page."""
    return bool(PHONE_LABEL.fullmatch(fold(word)))


def segment_release(lines: list[str], web_page: bool = False) -> Draft:
    """The parts of one release's lines (menu already cut off)."""
    draft = Draft(template="web_page" if web_page else "plain")
    i = _skip_blank(lines, 0)
    if i < len(lines) and header_template(lines[i]):
        draft.template = header_template(lines[i]) or draft.template
        i = _read_header(lines, i + 1, draft)
    lines, sidebar = _take_sidebar(lines, i)
    head = read_head(lines, i)
    draft.published_on = draft.published_on or head.published_on
    if head.title_at is None:  # the stored text starts at the lead: no headline
        i = head.body_at
    else:
        draft.above_title = [line for line in lines[:head.title_at] if line]
        i = _read_title(lines, head.title_at, draft)
        i = _read_date_lines(lines, i, draft)
    rest = lines[i:]
    if head.lead_at is not None and head.title_at is not None and i < head.lead_at:
        rest = _drop_head_chrome(rest, head.lead_at - i)
    opener = next((o for j in range(len(rest)) if rest[j] and (o := find_opener(rest, j))), None)
    if opener:
        body_lines = _read_contact_block(rest, opener, draft)
    elif _desk_above_title(draft):
        body_lines = rest
    else:
        body_lines = _unheaded_block(rest, draft)
        if not draft.contact_lines:
            body_lines = _closing_sentence(body_lines, draft)
    if sidebar is not None:  # the sidebar's contacts come first
        draft.contact_opener = draft.contact_opener or sidebar[0]
        draft.contact_lines = [*sidebar[1], *draft.contact_lines]
    body_lines = _take_labelled_date(body_lines, draft)
    _read_lead(unwrap(body_lines), draft)
    if draft.template == "plain" and head.header and not (head.labels_title and head.chrome):
        draft.template = head.header  # a header under a letterhead, not a web page's label
    if draft.template == "plain" and head.chrome:
        draft.template = "web_page"  # banners, listing headers, captions: a copied web page
    return draft


def _take_sidebar(lines: list[str], start: int
                  ) -> tuple[list[str], tuple[str, list[str]] | None]:
    """A contact block standing above the headline (a page's sidebar: "Contact presse" /
    name / role / phone / e-mail, then the headline and the lead): the lines without it, and
    its opener and contact lines; the lines as they are and None when there is no such block.

    The block is an opener among the head's lines (above any paragraph), then short contact
    lines down to its last e-mail or phone; a headline and a lead (or a template header) must
    follow it."""
    k, seen = _skip_blank(lines, start), 0
    while k < len(lines) and seen < HEAD_MAX_LINES:
        if lines[k] and (is_lead(lines[k]) or split_dateline(lines[k])[0] is not None):
            return lines, None
        opener = find_opener(lines, k) if lines[k] else None
        if opener is not None:
            break
        seen += bool(lines[k])
        k += 1
    else:
        return lines, None
    end, j = None, opener.end
    while j < len(lines) and lines[j] and (_is_detail(lines[j]) or (
            _fits_contacts(lines[j]) and not reads_as_prose(lines[j]))):
        end = j + 1 if _is_detail(lines[j]) else end
        j += 1
    if end is None:
        return lines, None
    below = _past_sidebar_list(lines, end)  # the sidebar's "Latest news" under its contacts
    if not release_starts(lines, below):
        return lines, None
    block = [line for line in (opener.remainder, *lines[opener.end:end]) if line]
    return [*lines[:opener.start], *lines[below:]], (opener.text, block)


def _past_sidebar_list(lines: list[str], end: int) -> int:
    """Past a list of other pages' headlines under a sidebar's contacts ("Latest news" /
    "- Vacancies: 12 plumbers …"): where the page goes on; `end` when no such list stands
    there."""
    k = _skip_blank(lines, end)
    if k >= len(lines) or not related_heading(lines[k]):
        return end
    return _skip_headlines(lines, k + 1)


def _read_contact_block(rest: list[str], opener: Opener, draft: Draft) -> list[str]:
    """Fill the draft's contact block; return the body's lines.

    The block runs from its opener to the end, less the page chrome closing it; when no
    prose stands above the opener, the block stands above the body, which starts at the
    first line of prose after it.
    """
    draft.contact_opener = opener.text
    body_lines, tail = rest[: opener.start], rest[opener.end:]
    if not any(reads_as_prose(line) for line in body_lines) or _lead_below(body_lines, tail):
        end = next((k for k, line in enumerate(tail)  # a long contact line is no prose
                    if line and reads_as_prose(line) and not _is_detail(line)), len(tail))
        body_lines, tail = [*body_lines, *tail[end:]], tail[:end]
    contact = [opener.remainder, *tail]
    widths = [len(rest[opener.end - 1]), *map(len, tail)]
    contact, widths, draft.after_contacts = _cut_block_end(contact, widths)
    draft.contact_lines = [line for line in join_wrapped_contacts(contact, widths) if line]
    return body_lines


def _lead_below(above: list[str], tail: list[str]) -> bool:
    """No paragraph stands above the contact block (a feed entry's fields, a headline read
    as prose may) and the first prose under it is a lead: the block stands above the body."""
    if any(line and is_lead(line) for line in above):
        return False
    first = next((line for line in tail if line and reads_as_prose(line)), None)
    return first is not None and is_lead(first)


def _desk_above_title(draft: Draft) -> bool:
    """A one-line press desk above the title ("Contact médias : Noémie Favre, …, 021 555 47
    12, …") is the release's contact block when none follows the body. Fills the draft."""
    line = next((x for x in draft.above_title if one_line_contact(x)), None)
    opener = find_opener([line], 0) if line else None
    if opener is None:
        return False
    draft.contact_opener, draft.contact_lines = opener.text, [opener.remainder]
    return True


def _unheaded_block(rest: list[str], draft: Draft) -> list[str]:
    """A contact block with no heading under the last paragraph ("Ministério da Saúde" /
    "(61) 3315-3580" / "imprensa@…"): a name or office line, then at most
    `_UNHEADED_MAX_LINES` short lines ending on an e-mail or phone, one of them an e-mail
    (above the page's footer: share buttons, a copyright line).
    Fills the draft's contact block and returns the body's lines (all of `rest` when none)."""
    footer = next((k for k, line in enumerate(rest) if line and closes_contacts(line) and (
        related_heading(line) or not any(reads_as_prose(x) for x in rest[k + 1:]
                                         if not closes_contacts(x)))),
                  len(rest))  # share buttons, a copyright line: the page's footer closing it;
    # the headlines under "Otras notas de prensa" read as prose, but are other pages'
    prose = [k for k, line in enumerate(rest[:footer]) if line and reads_as_prose(line)]
    start = _skip_blank(rest, _past_wrapped_tail(rest, prose[-1] + 1)) if prose else len(rest)
    end, k = None, start
    while k < footer and k - start < _UNHEADED_MAX_LINES and rest[k] and (  # not past it
            _is_detail(rest[k]) or _fits_contacts(rest[k])) and not reads_as_prose(rest[k]):
        end = k + 1 if _is_detail(rest[k]) else end
        k += 1
    if end is None or _is_detail(rest[start]) or not any(
            holds_email(line) for line in rest[start:end]):
        return rest
    draft.contact_lines = rest[start:end]
    draft.after_contacts.extend(line for line in rest[end:] if line)
    return rest[:start]


def _past_wrapped_tail(rest: list[str], start: int) -> int:
    """Past the lines that go on with a hard-wrapped paragraph whose last line read as
    prose ("… investir mais R$ 260 milhões até" / "2027 na interligação de …"): each line
    under one ending mid-sentence continues it, up to a blank line or a contact detail."""
    while (start < len(rest) and rest[start] and not ends_sentence(rest[start - 1])
           and not _is_detail(rest[start])):
        start += 1
    return start


#: A release closing on a contact sentence writes it in one of its last paragraphs.
_CLOSING_REACH = 3


def _closing_sentence(body_lines: list[str], draft: Draft) -> list[str]:
    """A release with no contact block may close on a sentence giving its press desk ("Os
    jornalistas podem contactar o gabinete de imprensa … pelo telefone 261 55 42 ou pelo
    endereço …", "Journalists may contact the press office on … or at …"): one of the last
    paragraphs (not the first) holding a contact verb, an office word and a phone or an
    e-mail is the contact block. Fills the draft; returns the body's lines without it."""
    prose = [k for k, line in enumerate(body_lines) if line and reads_as_prose(line)]
    for k in reversed(prose[1:][-_CLOSING_REACH:]):
        line = body_lines[k]
        if (_calls_desk(line, MIN_DIGITS) or _answers_contact_question(body_lines, k)) and (
                OFFICE_WORD.search(fold(line).lower())):
            draft.contact_lines = [line]
            return [*body_lines[:k], *body_lines[k + 1:]]
    return body_lines


def _answers_contact_question(body_lines: list[str], k: int) -> bool:
    """The paragraph at `k` answers a question asking how to reach the publisher (a Q&A
    release: "7. Como a imprensa pode contactar o Consulado?" / "Pelo Setor … : telefone
    …"): the line above ends on a question mark and holds a contact verb, the answer a
    phone number or an e-mail."""
    above = next((body_lines[j] for j in range(k - 1, -1, -1) if body_lines[j]), "")
    if not above.rstrip().endswith("?") or not names_contact_verb(above):
        return False
    line = body_lines[k]
    return holds_email(line) or any(sum(map(str.isdigit, number.group())) >= MIN_DIGITS
                                    for number in NUMBER.finditer(line))


def _take_labelled_date(body_lines: list[str], draft: Draft) -> list[str]:
    """A "Dernière modification 28.04.2020" line in the body dates the release; it is cut."""
    for k, line in enumerate(body_lines):
        date = labelled_date(line) if line else None
        if date:
            draft.published_on = draft.published_on or date
            return body_lines[:k] + body_lines[k + 1:]
    return body_lines


def _read_lead(paragraphs: list[str], draft: Draft) -> None:
    """Lead and body; the dateline opens the lead, or the paragraph under a subtitle. A
    newswire's tag after the dateline ("/CNW/") makes the release a press release. An update
    or correction note among the paragraphs ("Editor's note: this release was corrected …")
    is no release text: it goes."""
    paragraphs = [p for p in paragraphs if not is_update_note(p)]
    if not paragraphs:
        return
    draft.lead, draft.body = paragraphs[0], paragraphs[1:]
    at = 0
    if split_dateline(paragraphs[0])[0] is None and draft.body:
        place, date, _ = split_dateline(paragraphs[1])
        # under a subtitle, or under a notice ("This announcement is also available in …")
        # when the dateline is dated: the release's text starts there
        at = 1 if place is not None and (date is not None or _is_standfirst(paragraphs[0])) else 0
    tag = publisher_tag(paragraphs[at])
    draft.dateline, date, text = split_dateline(paragraphs[at])
    if at == 0:
        draft.lead = text
    else:
        draft.body[0] = text
    draft.published_on = date or draft.published_on
    if tag is not None:
        draft.publisher_tag = tag.text
        if tag.wire and draft.template in ("plain", "web_page"):
            draft.template = "press_release"


def _is_standfirst(paragraph: str) -> bool:
    """A subtitle or standfirst above the dated lead: no paragraph, or one no longer than a
    headline ("Le supplément atteint 5,5 centimes par kilo de lait livré en 2024, …")."""
    return not is_lead(paragraph) or word_count(paragraph, TITLE_MAX_WORDS) <= TITLE_MAX_WORDS


def _cut_block_end(lines: list[str], widths: list[int]
                   ) -> tuple[list[str], list[int], list[str]]:
    """The contact block up to the page chrome or the rule closing it ("Le saviez-vous…",
    "Publisher:", a line of hashtags, "────"), the widths of its lines, and the lines cut off."""
    end, details = len(lines), False
    for k, line in enumerate(lines):
        if line and (closes_contacts(line) or _RULE_LINE.match(line)):
            end = k
            break
        if line and details and _closes_details(line):
            end = k - 1 if _heads_footer(lines, k) else k
            break
        details = details or (bool(line) and _is_detail(line))
    return lines[:end], widths[:end], [line for line in lines[end:] if line]


def _heads_footer(lines: list[str], k: int) -> bool:
    """The line above the footer's address opens a paragraph and holds no e-mail or phone:
    the organisation's name over its address ("Zona Húmida – Associação para a Conservação
    das Zonas Húmidas"), no person."""
    return k >= 2 and not lines[k - 2] and bool(lines[k - 1]) and not _is_detail(lines[k - 1])


@lru_cache(maxsize=4096)
def _closes_details(line: str) -> bool:
    """Under a contact's e-mail or phone, the page's footer: the organisation's address (a
    line of its own, or a row with its switchboard and general e-mail: "Praça do Município,
    4700-435 Braga | Tel. … | geral@…"), its switchboard ("Mesa central (41) …") or a free
    public line ("… | Toll free: 0800 …") or a desk serving others than the press
    ("Relações com Investidores: ri@…"), no press contact. Right under the heading an
    address is the press desk's own, so only lines under a detail are cut."""
    folded = fold(line).lower()
    if _FREE_LINE.search(folded) or _SWITCHBOARD.search(folded) or _OTHER_DESK.search(folded):
        return True
    return any(map(_is_address, _FIELD_CUT.split(line)))  # "Rua X, 120 | Tel. …"


def _is_address(field: str) -> bool:
    """A postal code or box, or a street word and a number ("7a. Avenida 12-23"), phone
    numbers aside ("+44-7700-900-414" holds no postal code)."""
    if not any(map(str.isdigit, field)):
        return False
    field = NUMBER.sub(_unless_phone, field)
    return _POSTAL.search(field) is not None or (
        any(map(str.isdigit, field)) and _ADDRESS_WORD.search(fold(field).lower()) is not None)


def _unless_phone(number: re.Match[str]) -> str:
    """A number long enough for a phone, blanked; a shorter one (a street's, a postcode) kept."""
    return " " if sum(map(str.isdigit, number.group())) >= _PHONE_DIGITS else number.group()


@lru_cache(maxsize=4096)
def closes_contacts(line: str) -> bool:
    """Page chrome after a contact block: a box, a "related" list, hashtags, a back link, a
    row of share buttons ("Facebook LinkedIn X") or a copyright line: the page's footer
    follows, and its address or registration number is no contact."""
    if is_copyright(line) or (word_count(line, 1) >= 2 and is_furniture(line)):
        return True
    if line.rstrip() == _SIGNATURE_MARK:  # an e-mail's signature follows ("-- ", RFC 3676)
        return True
    if _is_address_row(line):
        return True
    if related_heading(line):  # "Leia também: Chuvas deixam …", the first headline on its line
        return True
    if word_count(line, _BLOCK_END_MAX_WORDS) > _BLOCK_END_MAX_WORDS:
        return False
    text = fold(line).lower().strip(" <>←→»«•*-–|:")
    # hashtags, maybe under a label ("Hashtag: #COEAP")
    return bool(_BLOCK_END.fullmatch(text) or _HASHTAGS.fullmatch(line.split(":", 1)[-1].strip()))


def _is_address_row(line: str) -> bool:
    """The page's footer row: an organisation, its postal address and switchboard in three
    fields or more ("Action Solidaire Sahel – Quartier Domayo, B.P. 412 Maroua – Tél. : …"),
    no e-mail: the site's address, no press contact."""
    return (_POSTAL.search(line) is not None and not holds_email(line)
            and len(_FIELD_CUT.split(line)) >= _FOOTER_ROW_FIELDS)


def join_wrapped_contacts(lines: list[str], widths: list[int]) -> list[str]:
    """A hard-wrapped one-line contact block put back on its lines.

    "…veuillez contacter Cédric" / "Diallo, OIM Genève, Tél.: …": a line continues on the
    next when it ends on a comma, a label's colon or mid-phrase ("OIM République
    démocratique du"), or when it and the next are lists of fields ("…, or Jorge Andrés" /
    "Ortiz, IOM Guatemala, …"); a line without commas continues on a list of fields when it
    was written as wide as a wrapped line. `widths` are the written widths (the first line
    follows the opener on its line). A line ending on an e-mail or a phone closes its
    contact; a blank line breaks.
    """
    out: list[str] = []
    previous_width = 0
    for line, width in zip(lines, widths, strict=True):
        previous = out[-1] if out else ""
        if previous and line and _continues_on(previous, previous_width, line):
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
        previous_width = width
    return out


def _continues_on(previous: str, previous_width: int, line: str) -> bool:
    if previous.endswith((",", ":")) or ends_mid_phrase(previous):
        return True
    if _is_detail(previous.rsplit(", ", 1)[-1]):
        return False
    return ((", " in previous or previous_width >= _WRAP_MIN_WIDTH) and ", " in line
            and not opens_with_titled_person(line)  # "Sgt Jane Doe, Spokesperson": her line
            and not opens_with_person_and_role(line))  # "Éric Koindredi, chargé de presse"


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
    end = i + 1
    while end < len(lines) and lines[end] and not is_furniture(lines[end]):
        end += 1  # share buttons under the headline close its block ("Compartir: Facebook · X")
    block = lines[i:end]
    joinable = (
        draft.template != "web_page"
        and 1 < len(block) <= _TITLE_MAX_LINES
        and end < len(lines)
        and all(len(line) <= WRAP_MAX and not ends_sentence(line) for line in block[:-1])
        and not block[-1].endswith((".", ",", ";", ":"))
        and all(split_dateline(line)[2] == line for line in block[1:])
        # a row of fields holding a date ("Por Redação | 22 de Abril de 2025 | 0
        # comentários") is the byline under the title, never a line of it
        and not any("|" in line and head_date(line) for line in block[1:])
        and all(_wraps_on(above, below) for above, below in pairwise(block))
    )
    draft.title = " ".join(block) if joinable else lines[i]
    return end if joinable else i + 1


def _wraps_on(above: str, below: str) -> bool:
    """`below` goes on the title line `above` (a wrap, not a standfirst or a date line): the
    line above stops mid-phrase, the one below starts in lower case, or both are capitals."""
    return (ends_mid_phrase(above) or below[:1].islower()
            or (above.isupper() and below.isupper())) and head_date(below) is None


def _drop_head_chrome(rest: list[str], lead: int) -> list[str]:
    """`rest` without the rows of chrome among its first `lead` lines, the head's lines between
    the title's standfirst and the lead (a date line, a byline, share buttons: "Unidade em
    Itapipoca … / 28 de julho de 2025 - 15:40 | Atualizado há 3 dias / Por Ascom …"). The
    lines are cut out, not blanked: blank lines would tell `unwrap` that the page marks its
    paragraphs so."""
    kept = [line for j, line in enumerate(rest[:lead])
            if not (line and is_head_row(line, next((x for x in rest[j + 1:] if x), "")))]
    return [*kept, *rest[lead:]]


def _read_date_lines(lines: list[str], i: int, draft: Draft) -> int:
    """Date lines and chrome right under the title: the date is the publication date."""
    j = _skip_blank(lines, i)
    while j < len(lines):
        following = lines[_skip_blank(lines, j + 1)] if j + 1 < len(lines) else ""
        if not is_head_label(lines[j], following) or find_opener(lines, j):
            break  # a contact heading ("MEDIA CONTACT") under the title opens its block
        date = parse_date(lines[j]) or labelled_date(lines[j]) or head_date(lines[j])
        draft.published_on = draft.published_on or date
        if date is not None:  # a place and date line ("Almería, 19 de mayo de 2025"): head text
            draft.above_title.append(lines[j])
        i = j + 1
        j = _skip_blank(lines, i)
    return i


def _is_category(line: str) -> bool:
    return (word_count(line, 5) <= 5 and len(line) <= 40 and not ends_sentence(line)
            and not any(map(str.isdigit, line)))


@lru_cache(maxsize=4096)
def _is_detail(line: str) -> bool:
    """An e-mail or a phone number: the line belongs to a contact.

    A number is a phone when it dials out ("+", "00"), or stands on a contact-sized line
    with a phone label, with 8 digits or more, or as most of the line. A count in a piece
    of prose ("Parmi les 420 000 personnes, 3% sont des") is no phone.
    """
    if holds_email(line) or HIDDEN_EMAIL.search(line):
        return True
    if not any(map(str.isdigit, line)):  # no number: the cheap test before the prose one
        return False
    # "A free hotline (0800-64504) allows people to report" is prose; an aside with no number
    # is not read as such: "Relations avec les médias (nuit et fin de semaine) – 514 …".
    if reads_as_prose(_WORDS_ASIDE.sub("", line) if "(" in line else line):
        return False
    for number in NUMBER.finditer(line):
        raw = number.group().strip()
        digits = sum(map(str.isdigit, raw))
        if digits < MIN_DIGITS:
            continue
        if raw.lstrip("( ").startswith(("+", "00")):
            return True
        if _contact_sized(line) and (digits >= _PHONE_DIGITS or 2 * len(raw) >= len(line)
                                     or PHONE_LABEL.search(fold(line))):
            return True
    return False


#: An aside in brackets holding no digit: "(nuit et fin de semaine)", "(English)".
_WORDS_ASIDE = re.compile(r"\s*\([^()\d]*\)")


@lru_cache(maxsize=4096)
def _fits_contacts(line: str) -> bool:
    """A short line that can be a name, an office or a label (not prose, not a menu).
    Remembered: the contact rules ask it of a line and of the lines around it."""
    return (
        _contact_sized(line)
        and not _MENU_BULLET.match(line)
        and not is_known_label(line)
    )


def _contact_sized(line: str) -> bool:
    """Short enough for a contact line; the groups of a phone number are no words."""
    if len(line) > _CONTACT_MAX_CHARS:
        return False
    return sum(1 for word in line.split()
               if word.isalpha() or any(map(str.isalpha, word))) <= _CONTACT_MAX_WORDS


def _past_title(lines: list[str]) -> bool:
    """The release has begun: more than a title line (a header below a headline is chrome)."""
    return sum(1 for line in lines if line) > 1 or any(is_lead(line) for line in lines)


def _has_text(lines: list[str]) -> bool:
    return any(lines)


def _skip_blank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i]:
        i += 1
    return i
