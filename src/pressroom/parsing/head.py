"""The head of a release: the headline among the page chrome above the first paragraph.

Copies of release pages carry chrome around the headline: archive banners, listing headers
("2016 Press Releases", "Press releases, 20.12.2018"), stamps (" date 2023-09"), clock
timestamps, logos, image names and captions (the line above a "© …" credit), a site name in
capitals (a longer one when the page writes it again as a name or in its copyright line), a
bar of section labels ("Sala de prensa | Noticias"), category labels, a "28-06-2011
Communiqué de presse" line. The head is read line by line down to the lead (the first line
that reads as a paragraph). The title is the best-scored line that can be one (three words
or more; a shorter one only if nothing else stands there; the features and weights are in
`headline.py`); chrome is skipped (a breadcrumb trail too, even one ending in the headline
cut short: it is never the lead), a short kicker above a headline wrapped over lines of its
own gives way to it, and the dates
written on short head lines give the publication date. A page whose stored text starts at
the lead (an aggregator's copy) has no title. No library knows a site's chrome, so these
cues are written by hand; the words are in the lexicons (`archive_banner_patterns`,
`head_chrome_patterns`, `date_labels`…).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

import pycountry

from pressroom.parsing.contacts import holds_email
from pressroom.parsing.dateline import split_dateline
from pressroom.parsing.dates import find_date
from pressroom.parsing.headers import header_template
from pressroom.parsing.headline import (
    TitleEvidence,
    body_text,
    chrome_shapes,
    content_stems,
    named_in_body,
    overlap,
)
from pressroom.parsing.lexicon import union
from pressroom.parsing.navigation import is_copyright, is_furniture
from pressroom.parsing.opener import find_opener, is_opener
from pressroom.parsing.text import (
    ends_mid_phrase,
    ends_sentence,
    fold,
    lexicon_alternation,
    names_organisation,
    word_count,
)

#: The search tool's stamp glued before a page's text: " date 2023-09 " / " date 2026-03-12 ".
STAMP = re.compile(rf"^\s*{lexicon_alternation('stamp_words')}"
                   r"\s+\d{4}-\d{2}(?:-\d{2})?(?:\s+|$)", re.IGNORECASE)
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?\S*$|^\d+$")
#: A breadcrumb trail: "Accueil > Actualités > Communiqués", "Home › News".
_BREADCRUMB = re.compile(r"^[^>›»]{1,40}(?:\s+[>›»]\s+[^>›»]{1,60}){1,6}$")
#: The steps of a breadcrumb trail with spaced marks, slashes too ("Home / News / Press
#: Releases", "Accueil › Actualités › CEPE 2025 : plus de … dans les…").
_TRAIL_CUT = re.compile(r"\s+[>›»/]\s+")
_TRAIL_MIN_STEPS = 3
_TRAIL_STEP_WORDS = 3
#: A menu bar: "Notícias | Comunicados | Contactos", three or more short capitalised items.
_MENU_BAR_CUT = re.compile(r"\s+[|·]\s+")
_MENU_BAR_ITEMS = 3
_MENU_ITEM_WORDS = 3
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+(?:\.(?:jpe?g|png|gif|webp))?$")
#: A photo credit (matched on accent-folded text): "© OIM", "(c) OIM", "Crédit : …".
_CREDIT_SIGN = re.compile(r"\(c\)\s", re.IGNORECASE)
_CREDIT_LABEL = re.compile(rf"{lexicon_alternation('photo_credit_labels')}\s*:", re.IGNORECASE)
#: A photo caption closed by its credit: "… in July. Photo: DWSI/R. Persaud (IMG_2291)",
#: "… de l'Hôtel de Ville. (Photo : Service Communication – 5/12)", "… em Campo Grande |
#: Foto: Name/Arquivo" (accent-folded text).
_CAPTION_CREDIT = re.compile(
    rf"(?:[.!?»”\"]\s+|\(\s*|\s[|–—]\s*)"
    rf"{lexicon_alternation('photo_credit_labels')}\s*:\s*[^:]{{1,80}}$",
    re.IGNORECASE)
_BANNER = re.compile(lexicon_alternation("archive_banner_patterns"))
_LISTING = re.compile(
    rf"(?:\d{{4}}\s+)?{lexicon_alternation('listing_header_patterns')}(?:\s*,?\s*\d{{4}})?")
_CHROME = re.compile(lexicon_alternation("head_chrome_patterns"))
#: A mail's "view it in your browser" line: a sentence, but chrome, never the lead.
_MAIL_BANNER = re.compile(lexicon_alternation("mail_banner_patterns"))
_DATE_LABEL = re.compile(lexicon_alternation("date_labels"))
#: "By Priya Raman", "Por Equipo de Comunicaciones": a name may hold its particles.
_BYLINE = re.compile(rf"^(?i:{lexicon_alternation('bylines')})"
                     rf"\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:{lexicon_alternation('name_particles')}\s+)?"
                     r"[A-ZÀ-Ý][\w'’.-]*){0,3}$")
#: A title is at most this long; the lead is a sentence this long, or any line this long.
TITLE_MAX_WORDS = 35
TITLE_MIN_WORDS = 3
#: A kicker above a headline is at most this many words.
KICKER_MAX_WORDS = 5
LEAD_SENTENCE_WORDS = 15
#: A line holding a date with at most this many other words is a date line (chrome).
DATE_LINE_WORDS = 6
#: A headline wrapped over more lines than this is a paragraph.
WRAPPED_TITLE_MAX_LINES = 3
#: A hard-wrapped line is at least this wide ("What we do" in a menu is none).
WRAPPED_LINE_MIN_CHARS = 40
#: The head is read over at most this many non-blank lines.
HEAD_MAX_LINES = 24
#: A clock time and its zone: "11h42", "03:00 AM", "08:30 ET", "00:01 UTC".
#: The zones are no language's words; "am", "ET" are the lexicons' `clock_suffix_patterns`.
_CLOCK = re.compile(r"\b\d{1,2}[h:]\d{2}(?::\d{2})?"
                    rf"(?:\s*(?:{lexicon_alternation('clock_suffix_patterns')}|utc|gmt|cet)\b)?"
                    r"|[·|]", re.IGNORECASE)
#: A label and a reference code: "Índice: AMR 53/7123/2023", "Ref.: IP/23/3321".
_REFERENCE = re.compile(r"^[^\W\d][\w.]{0,15}\s*:\s*[A-Z0-9][A-Z0-9/ .-]*\d[A-Z0-9/ .-]*$")
#: A line ending on one full stop (not ".." or "..."): a sentence, not a headline.
#: The word before it is two letters or more: "S.A.", "J." close an abbreviation, no sentence.
_ONE_SENTENCE = re.compile(r"[^.\s]{2}\.[\s»”\"’)]*$")
_NUMBERED = re.compile(r"^\s*\d{1,2}\s*[-–.)]\s+")
#: "Temps de lecture : 2 min", "Reading time: 3 minutes", a reader mode's bare "5–6 minutes".
_READING_TIME = re.compile(
    rf"^(?:[^\W\d][\w' ]{{0,30}}:\s*)?\d+(?:\s*[-–]\s*\d+)?\s*"
    rf"{lexicon_alternation('minute_words')}\.?$", re.IGNORECASE)
#: A link to a file, closed by its format and size: "Télécharger le rapport (PDF, 3,4 Mo)",
#: "Download the report (PDF - 356.24 KB)". The sizes are symbols, no language's words.
_FILE_LINK = re.compile(
    r"\((?:[A-Za-z]{3,4}\s*[,–—:-]?\s*)?\d+(?:[.,]\d+)?\s*(?:[KMG]i?[Bo]|[kmg]o|[kmg]b)\)\s*$")
#: A phone number in a one-line contact: digits and their separators, 8 digits or more.
_DIGIT_RUN = re.compile(r"\+?\d[\d ().-]{6,}\d")
_PHONE_DIGITS = 8
#: A label before a row of links: "Read this release in:", "Lire en :".
_LINKS_LABEL = re.compile(r"^[^:|]{1,40}:\s+")
#: A letterhead above a headline: at least two name lines of at most this many words.
_LETTERHEAD_MIN_LINES = 2
_LETTERHEAD_MAX_WORDS = 8
_FUNCTION_WORDS = frozenset(
    [*union("function_words"), *union("name_particles"), *union("place_particles")])
#: A kicker: an organisation, then the page's template ("Comisión Europea - Comunicado de
#: prensa").
_KICKER_CUT = re.compile(r"\s+[-–—|]\s+")
#: A line ending on a dash: a dateline's ("Rabat -") or a word hyphenated at a wrap
#: ("gouverne-"); not a button's ("A+ | A-", a text-size control).
_DASH_END = re.compile(r"(?:\s[-–—]|[^\W_]{2}-|[–—])\s*$")
#: An update or correction note: its label, maybe a date or time ("du 14 mars 2025, 16 h 05",
#: "(March 5, 2025)"), a colon or a dash, then the note (on accent-folded lower-case text).
_UPDATE_NOTE = re.compile(rf"^[(\[]?{lexicon_alternation('update_note_labels')}\b"
                          r"(?P<gap>[^:–—]{0,40}?)\s*(?::|\s[–—])\s*(?P<note>\S.*)$")
#: A word of a note's text, and the fewest words a note holds ("Updated: 12 May 2025" is none).
_NOTE_WORD = re.compile(r"\b[a-z]{3,}\b")
_NOTE_MIN_WORDS = 3
#: A note is a sentence or two: a longer paragraph opening with "Update" is the release's.
_NOTE_MAX_CHARS = 400
#: A word of four letters or more between a note's label and its colon: with no date there,
#: the label starts a headline ("Mise à jour des recommandations : …").
_GAP_WORD = re.compile(r"[a-z]{4,}")
#: A sentence ending inside a line, another starting after it.
_INNER_SENTENCE = re.compile(r"[a-zà-ÿ]{2}[.!?]\s+[A-ZÀ-Ý]")


@dataclass
class Head:
    """What the head of a release holds."""

    title_at: int | None = None  # index of the title's first line, None when there is none
    body_at: int = 0  # where the text goes on when there is no title
    published_on: dt.date | None = None
    chrome: list[str] = field(default_factory=list)
    #: The template of a header line met in the head ("COMMUNIQUE DE PRESSE" under a
    #: letterhead), None when there is none.
    header: str | None = None
    #: The header line stands under the headline ("Rougeole : …" / "Communiqué de presse"):
    #: a label on the page, not a communiqué's letterhead header.
    labels_title: bool = False
    #: The index of the lead's first line, None when the head shows no lead.
    lead_at: int | None = None


def read_head(lines: list[str], start: int) -> Head:
    """Find the title line (or none) and the publication date among the first lines.

    Lines of three words or more that are no chrome can be titles; a run of them with
    nothing else between is a group (a headline and its standfirst, or a site's name and
    tagline). Site headers and menus come first, the headline stands right above the date,
    share lines and lead: the title is the line `choose_title` scores best, most often the
    first line of the last group before the lead. When no lead shows within the head, the
    first candidate without a chrome shape is taken.
    """
    head = Head(body_at=start)
    short: int | None = None
    groups: list[list[int]] = []  # the groups of candidates, in page order
    in_group = False
    seen = 0
    above_header: int | None = None  # the title candidate above a header line
    for i in range(start, len(lines)):
        line = lines[i]
        if not line:
            continue
        seen += 1
        if seen > HEAD_MAX_LINES:
            break
        if _MAIL_BANNER.fullmatch(fold(line).lower().strip()) or is_update_note(line):
            head.chrome.append(line)
            if not groups:
                head.body_at = i + 1
            in_group = False
            continue
        if is_delivery_note(line):  # "Seul le prononcé fait foi": the speech starts below
            head.chrome.append(line)
            if groups:
                return _led_at(head, lines, groups, _past_salutations(lines, i + 1), short,
                               above_header)
            in_group = False
            continue
        place, _, after = split_dateline(line)
        below = lines[i + 1] if i + 1 < len(lines) else ""
        dated_lead = bool(place is not None and after.strip() and (  # "Lisboa, 22 de … – A …"
            ends_sentence(line) or ends_mid_phrase(line) or below[:1].islower()))
        below_headline = bool(groups) and (  # under a headline: the lead, wrapped
            (place is not None and not _tags_site(line, below))
            or _DASH_END.search(line) is not None
            or (len(line) >= WRAPPED_LINE_MIN_CHARS
                and (below[:1].islower() or ends_mid_phrase(line))
                and not _wraps_headline(lines, i)))  # under a kicker: the headline, wrapped
        following = next((lines[j] for j in range(i + 1, len(lines)) if lines[j]), "")
        if not dated_lead and (_is_street_address(line)  # a letterhead's address row
                               or not any(map(str.isalnum, line))):  # a rule under it
            head.chrome.append(line)
            if not groups:
                head.body_at = i + 1
            in_group = False
            continue
        if not is_trail(line) and (  # a breadcrumb ending in the headline, cut: no lead
                is_lead(line) or _opens_contacts(line, following) or dated_lead or below_headline
                or _opens_wrapped_paragraph(lines, i)  # a hard-wrapped lead
                or (_ONE_SENTENCE.search(line)
                    and word_count(line, TITLE_MIN_WORDS) >= TITLE_MIN_WORDS
                    and not _several_sentences(line))):  # a one-sentence paragraph
            return _led_at(head, lines, groups, i, short, above_header)
        date = None if _TIMESTAMP.match(line) else head_date(line)
        if header_template(line) and head.header is None:
            # "MINISTERE DE LA SANTE …" / "COMMUNIQUE DE PRESSE N°…": above a communiqué's
            # header stands its letterhead; the headline is below, unless none is there
            head.header = header_template(line)
            above_header = next(  # the nearest group above that opens on no issuer's byline
                (g[0] for g in reversed(groups) if not chrome_shapes(lines[g[0]])),
                groups[-1][0]) if groups else short
            groups, short = [], None
        if not groups and line.isupper() and is_site_name(line, lines[i + 1:]):
            head.chrome.append(line)
            head.body_at = i + 1
            in_group = False
            continue
        if (date is not None or is_chrome(line, following) or _BYLINE.match(fold(line))
                or one_line_contact(line)):  # a press desk above the headline
            head.published_on = head.published_on or date
            head.chrome.append(line)
            if not groups:
                head.body_at = i + 1
            in_group = False
            continue
        if (word_count(line, TITLE_MIN_WORDS) >= TITLE_MIN_WORDS and not _several_sentences(line)
                and not _NUMBERED.match(line)):  # items of a summary list are no headline
            if not in_group:
                groups.append([])
            groups[-1].append(i)
            in_group = True
            continue
        in_group = False
        if short is None and not groups:
            short = i
    head.title_at = _first_unshaped(lines, groups) if groups else short
    if head.title_at is None:
        head.title_at = above_header
        head.labels_title = above_header is not None
    return head


def _tags_site(line: str, below: str) -> bool:
    """A site's tagline read as a dateline ("Tanànan'i Mahajanga – Fahamarinana sy
    fandrosoana"): no sentence ends it, no phrase goes on past it, and page chrome (a menu
    bar) stands right under it, where a wrapped lead would go on."""
    return (bool(below) and not ends_sentence(line) and not ends_mid_phrase(line)
            and (is_chrome(below) or _is_link_row(below)))


#: A row of links: at least three items between bars, each a few capitalised words.
_LINK_ITEM_WORDS = 6


def _is_link_row(line: str) -> bool:
    """A site menu's row of links, long items too ("Accueil | Le Maire et le Conseil |
    Services en ligne | Contact"): three items or more, none a sentence."""
    if not _BAR_MARKS.search(line):
        return False
    items = _MENU_BAR_CUT.split(line.strip())
    return len(items) >= _MENU_BAR_ITEMS and all(
        item[:1].isupper() and not ends_sentence(item)
        and word_count(item, _LINK_ITEM_WORDS + 1) <= _LINK_ITEM_WORDS for item in items)


def _led_at(head: Head, lines: list[str], groups: list[list[int]], lead: int,
            short: int | None, above_header: int | None) -> Head:
    """`head` with its lead at `lead` and the title chosen among the groups above it (the
    short line, or the line above a communiqué's header, when no group stands there)."""
    head.lead_at = lead
    head.title_at = choose_title(lines, groups, lead) if groups else short
    if head.title_at is None:
        head.title_at = above_header
        head.labels_title = above_header is not None
    return head


def _past_salutations(lines: list[str], start: int) -> int:
    """The index of a speech's first paragraph from `start`: the first non-empty line that is
    no salutation ending on a comma ("Monsieur le Ministre," / "Mesdames et Messieurs,")."""
    return next((j for j in range(start, len(lines))
                 if lines[j] and not lines[j].rstrip().endswith(",")), len(lines))


#: "Check against delivery", "(Seul le prononcé fait foi)": a speech's note, maybe in
#: brackets or bold (matched on accent-folded lower-case text).
_DELIVERY_NOTE = re.compile(
    rf"^[(\[*_\s-]*{lexicon_alternation('delivery_note_patterns')}[)\]*_.!\s-]*$")


def is_delivery_note(line: str) -> bool:
    """The line is a speech's note that the words spoken rule ("Check against delivery",
    "Só faz fé a versão efetivamente proferida"): the speech's text starts below it."""
    return len(line) < _DELIVERY_NOTE_MAX_CHARS and bool(_DELIVERY_NOTE.match(fold(line).lower()))


_DELIVERY_NOTE_MAX_CHARS = 80


#: A site name is a short line: at most this many words.
SITE_NAME_MAX_WORDS = 8
#: A word this long or longer is written with a capital in a name ("Universidad del Valle").
_NAME_WORD = re.compile(r"[^\W\d_]{4,}")


def is_site_name(line: str, below: list[str]) -> bool:
    """A site or organisation name shouted above the headline ("UNIVERSIDAD DEL VALLE DE
    ARAUCA"): a short line in capitals, no figure, no sentence, that the page writes again
    below as a name (every long word capitalised: "la Universidad del Valle de Arauca
    graduó…") or in its copyright line. A headline in capitals is not written again so."""
    if (not line.isupper() or any(map(str.isdigit, line)) or ends_sentence(line)
            or not TITLE_MIN_WORDS <= word_count(line, SITE_NAME_MAX_WORDS) <= SITE_NAME_MAX_WORDS):
        return False
    words = re.findall(r"[^\W_]+", line)
    again = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)",
                       re.IGNORECASE)
    for text in below:
        for match in again.finditer(text):
            written = match.group()
            if is_copyright(text) or (not written.isupper() and all(
                    w[0].isupper() for w in _NAME_WORD.findall(written))):
                return True
    return False


def _opens_wrapped_paragraph(lines: list[str], i: int) -> bool:
    """`lines[i]` opens a hard-wrapped paragraph: it stops mid-phrase or goes on in lower case
    below, in a run of more lines than a wrapped headline takes. A menu's row of links is
    none, whatever its last link ("Carreiras | PT EN")."""
    run = 0
    while i + run < len(lines) and lines[i + run]:
        run += 1
    below = lines[i + 1] if run > 1 else ""
    return (run > WRAPPED_TITLE_MAX_LINES and len(lines[i]) >= WRAPPED_LINE_MIN_CHARS
            and (ends_mid_phrase(lines[i]) or below[:1].islower())
            and not (_BAR_MARKS.search(lines[i]) and _is_menu_bar(lines[i])))


def _wraps_headline(lines: list[str], i: int) -> bool:
    """`lines[i]` opens a headline wrapped over a few lines: a block of two or three lines
    with blank lines around it, no sentence or clause ending its lines, no dateline. A
    headline of two clauses may wrap after its semicolon ("Pearls squad named for Pacific
    Mini Games;" / "grassroots programme reaches 18,000 girls"); its last line ends none."""
    if i > 0 and lines[i - 1]:
        return False
    end = i
    while end < len(lines) and lines[end]:
        end += 1
    block = lines[i:end]
    return (1 < len(block) <= WRAPPED_TITLE_MAX_LINES and end < len(lines)
            and not any(ends_sentence(x) or x.endswith((",", ":")) for x in block)
            and not block[-1].endswith(";")
            and all(split_dateline(x)[0] is None for x in block))


def _several_sentences(line: str) -> bool:
    """A banner of sentences ("We use cookies. Read more…"), never one headline."""
    if "." not in line and "!" not in line and "?" not in line:  # the cheap test first
        return False
    inner = len(_INNER_SENTENCE.findall(line))
    return inner >= 2 or (inner == 1 and ends_sentence(line.rstrip(" |")))


@lru_cache(maxsize=4096)
def is_lead(line: str) -> bool:
    """A paragraph, not a headline: a dateline and a sentence, a long sentence, a long line.
    Remembered: the segmenter asks it of the same lines in several of its rules. Words
    are counted up to one more than a title holds (a long paragraph is not split whole)."""
    words = word_count(line, TITLE_MAX_WORDS)
    if words > TITLE_MAX_WORDS:
        return True
    if not ends_sentence(line) or line.endswith(":"):
        return False
    return words >= LEAD_SENTENCE_WORDS or split_dateline(line)[0] is not None


@lru_cache(maxsize=4096)
def is_chrome(line: str, following: str = "") -> bool:
    """Page furniture that stands around a headline, never a headline itself.

    The line is folded once; the tests that cut the line at bars, dashes or arrows run only
    when it holds one."""
    folded = fold(line)
    text = folded.lower().strip(" |>•*-–:")
    return bool(
        not text
        or line[:1].islower()
        or (line.isupper() and word_count(line, 4) <= 4 and not any(map(str.isdigit, line)))
        or header_template(text) or header_template(line) or is_furniture(line)
        or _BANNER.fullmatch(text) or _LISTING.fullmatch(text) or _CHROME.fullmatch(text)
        or _TIMESTAMP.match(text) or _SLUG.match(line.strip())
        or (_BREADCRUMB_MARKS.search(line) and _BREADCRUMB.match(line)
            and word_count(line, 12) <= 12 and not ends_sentence(line))
        or (_BAR_MARKS.search(line) and (_is_menu_bar(line) or _is_chrome_bar(line)
                                          or _is_address_bar(line)))
        or _is_language_switcher(line) or is_trail(line)
        or (_TRAIL_MARKS.search(line) is not None and _is_chrome_trail(line))
        or is_credit(folded) or is_credit(fold(following))  # a caption, its credit
        or (":" in folded and _CAPTION_CREDIT.search(folded) is not None)
        or _REFERENCE.match(line) or _READING_TIME.match(folded) or _FILE_LINK.search(line)
        or (_KICKER_MARKS.search(line)
            and any(header_template(part) for part in _KICKER_CUT.split(line)[1:]))
    )


@lru_cache(maxsize=4096)
def is_credit(folded: str) -> bool:
    """A photo credit ("© OIM", "(c) OIM", "Crédit : …"; accent-folded text). The signs are
    looked for as plain characters first: a case-insensitive pattern holding them is tried
    at every position of the line. Remembered: a line is asked as itself and as the line
    below another."""
    return ("©" in folded or ("(" in folded and bool(_CREDIT_SIGN.search(folded)))
            or bool(_CREDIT_LABEL.match(folded)))


#: The characters `_BREADCRUMB`, `_MENU_BAR_CUT` and `_KICKER_CUT` cut a line at: a line
#: without them is no breadcrumb, bar or kicker.
_BREADCRUMB_MARKS = re.compile("[>›»]")
_BAR_MARKS = re.compile("[|·]")
_KICKER_MARKS = re.compile("[-–—|]")


@lru_cache(maxsize=4096)
def is_trail(line: str) -> bool:
    """A breadcrumb trail: three steps or more between spaced marks (">", "›", "»", "/"), each
    step but the last a short capitalised label without figures; the last may be the
    headline itself, whole or cut ("Accueil › Actualités › CEPE 2025 : plus de … dans les…").
    Places and a date before the lead are a dateline, no trail. A headline holds no such
    row of labels before its words. Remembered: the head and `is_chrome` ask it of the
    same lines."""
    if not _TRAIL_MARKS.search(line):  # the cheap test first
        return False
    steps = _TRAIL_CUT.split(_TRAIL_LABEL.sub("", fold(line).strip(), count=1))
    return len(steps) >= _TRAIL_MIN_STEPS and all(
        step[:1].isupper() and len(step.split()) <= _TRAIL_STEP_WORDS
        and not any(map(str.isdigit, step)) and not ends_sentence(step) for step in steps[:-1]
    ) and split_dateline(line)[0] is None  # "Panamá / Ottawa / Ginebra, 15 de junio – …"


_TRAIL_MARKS = re.compile(r"\s[>›»/]\s")
#: The label before a trail ("Vous êtes ici :", "You are here:"): the lexicons' `trail_labels`.
_TRAIL_LABEL = re.compile(rf"^(?i:{lexicon_alternation('trail_labels')})\s*:\s*")


def _is_menu_bar(line: str) -> bool:
    """Links in a row: at least three short capitalised items between bars, no figure; a
    short label may stand before them ("Read this release in: Hindi | Urdu | Tamil")."""
    items = _MENU_BAR_CUT.split(_LINKS_LABEL.sub("", line.strip(), count=1))
    return len(items) >= _MENU_BAR_ITEMS and all(
        item[:1].isupper() and len(item.split()) <= _MENU_ITEM_WORDS
        and not any(map(str.isdigit, item)) for item in items)


def _is_chrome_bar(line: str) -> bool:
    """Two or more items between bars, each of them chrome ("Sala de prensa | Noticias")."""
    items = _MENU_BAR_CUT.split(line.strip())
    return len(items) >= 2 and all(is_chrome(item) for item in items)


def _is_chrome_trail(line: str) -> bool:
    """A short breadcrumb trail whose steps are all chrome ("Sala de prensa / Comunicados",
    "Newsroom › Press releases"): two steps suffice when each is a section label."""
    steps = _TRAIL_CUT.split(line.strip())
    return len(steps) >= 2 and all(is_chrome(step) for step in steps)


#: A field of a row opening with a web address ("www.fnf.example No. 14/2025").
_WEB_FIELD = re.compile(r"^(?:https?://|www\.)\S+", re.IGNORECASE)


#: A letterhead's address row holds at most this many words.
_ADDRESS_MAX_WORDS = 12


def _is_street_address(line: str) -> bool:
    """A letterhead's street address ("Av. Almirante Barroso, 1.555 — Marco — Belém/PA"):
    a short line opening with a street word (the lexicons' `address_words`) and holding a
    number, no sentence; a dash closing it leaves no lead there."""
    words = fold(line).lower().split(None, 1)
    if not words or words[0].rstrip(".,") not in _address_words():
        return False
    return (any(map(str.isdigit, line)) and not ends_sentence(line)
            and word_count(line, _ADDRESS_MAX_WORDS + 1) <= _ADDRESS_MAX_WORDS)


@cache
def _address_words() -> frozenset[str]:
    """The one-word street words of the lexicons ("rua", "av", "calle", "rue")."""
    return frozenset(w for w in union("address_words") if " " not in w)


def _is_address_bar(line: str) -> bool:
    """A letterhead's row of fields between bars, one of them the site's web address
    ("Laucala Bay Road, Suva | www.fijinetball.example No. 14/2025"): no headline."""
    items = _MENU_BAR_CUT.split(line.strip())
    return len(items) >= 2 and any(_WEB_FIELD.match(item) for item in items)


def _opens_contacts(line: str, following: str) -> bool:
    """A contact block starts: an opener, unless it holds its contact on its line (a press
    desk above the headline) or is a menu item ("Contact" above a breadcrumb)."""
    if not is_opener(line) or one_line_contact(line):
        return False
    opener = find_opener([line], 0)
    alone = opener is not None and not opener.remainder
    menu_item = not _holds_detail(following) and (is_chrome(following) or is_opener(following))
    return not (alone and menu_item)


@lru_cache(maxsize=4096)
def is_update_note(line: str) -> bool:
    """A note the publisher put above (or under) the release's text when it changed it:
    "Mise à jour du 14 mars 2025, 16 h 05 : le nombre de cas … (56 et non 65).",
    "Correção, 26/02/2025, 15h10: a versão anterior informava …", "UPDATE (5 March 2025): …".
    The note is a sentence: a headline after such a label ("Update: Cholera response in
    Haiti") ends none. Chrome: never the title or the lead, and its figures (a wrong value
    named) are not the release's."""
    if len(line) > _NOTE_MAX_CHARS or not ends_sentence(line.rstrip(" *)]")):
        return False  # a paragraph; "Update: Cholera response in Haiti", a headline
    match = _UPDATE_NOTE.match(fold(line).lower().strip(" *"))
    if match is None or len(_NOTE_WORD.findall(match["note"])) < _NOTE_MIN_WORDS:
        return False
    gap = match["gap"]
    return any(map(str.isdigit, gap)) or _GAP_WORD.search(gap) is None


def one_line_contact(line: str) -> bool:
    """A contact opener and the contact on one line ("Contact médias : Noémie Favre, 021 555
    47 12, …"): an e-mail or a phone number (8 digits or more) follows the heading."""
    opener = find_opener([line], 0)
    return opener is not None and _holds_detail(opener.remainder)


def _holds_detail(text: str) -> bool:
    """An e-mail or a phone number (8 digits or more) stands in `text`."""
    digits = max((sum(map(str.isdigit, run)) for run in _DIGIT_RUN.findall(text)), default=0)
    return holds_email(text) or digits >= _PHONE_DIGITS


def _is_language_switcher(line: str) -> bool:
    """A row of language codes ("FR | DE | IT", "BG CS DA DE EL EN"): ISO 639-1 codes in
    capitals (pycountry), two or more."""
    codes = 0
    for match in _CODE.finditer(line):  # the first word that is no code settles it
        code = match.group()
        if not (len(code) == 2 and code.isupper() and code.lower() in _language_codes()):
            return False
        codes += 1
    return codes >= 2


#: A word of a row of language codes: what stands between spaces, bars, slashes and dots.
_CODE = re.compile(r"[^\s|/·]+")


def load_codes() -> None:
    """Read pycountry's language codes now (~0.1 s), not on the first row of language codes
    a parse meets: for processes that parse many files and for benchmarks."""
    _language_codes()


@cache
def _language_codes() -> frozenset[str]:
    return frozenset(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def letterhead_end(lines: list[str], group: list[int]) -> int:
    """Where the headline starts in a group of title candidates: after the letterhead
    lines opening it ("Press Information Bureau" / "Government of India" / "Ministry of
    …"), two or more names (capitalised words and particles), one naming an organisation,
    when a line with running words follows them in the group."""
    run = 0
    while run < len(group) - 1 and _is_name_line(lines[group[run]]):
        run += 1
    if run >= _LETTERHEAD_MIN_LINES and any(
            names_organisation(lines[k]) for k in group[:run]):
        return group[run]
    return group[0]


def title_evidence(lines: list[str], groups: list[list[int]], lead: int
                   ) -> list[TitleEvidence]:
    """The evidence for each title candidate of the head (`headline`): `groups` are the
    groups of candidates above the lead at `lines[lead]`. A group opens past its letterhead,
    on its first line without a chrome shape (a label above a line the body tells is one),
    past a short kicker. The body's words are read only when a group holds a line above
    another or several groups compete (most pages have one group of one line)."""
    shapes = {k: chrome_shapes(lines[k]) for group in groups for k in group}
    body = _Body(lines, lead)
    for group in groups:
        kept = [k for k in group if not shapes[k]]
        if len(kept) > 1:  # a label above other lines of its group
            top = kept[0]
            if named_in_body(lines[top], body.text) or _site_name_in_body(lines[top], body):
                shapes[top] = ("named_in_body",)
            elif (word_count(lines[top], LABEL_MAX_WORDS + 1) <= LABEL_MAX_WORDS
                    and overlap(lines[top], body.stems) == 0
                    and any(overlap(lines[k], body.stems) >= TOLD_BY_BODY for k in kept[1:])):
                shapes[top] = ("shares_no_word",)
            elif _labels_line(lines[top], lines[kept[1]]):
                shapes[top] = ("section_label",)
    openers = set()
    for group in groups:
        past_letterhead = group[group.index(letterhead_end(lines, group)):]
        kept = [k for k in past_letterhead if not shapes[k]] or past_letterhead
        openers.add(_past_kicker(lines, kept, kept[0]))
    compete = sum(1 for k in openers if not shapes[k]) > 1  # groups compete: words tell
    stems = body.stems if compete or body.read is not None else None
    return [TitleEvidence(line=k, opens_group=k in openers, in_last_group=group is groups[-1],
                          overlap=overlap(lines[k], stems) if stems is not None else 0.0,
                          shapes=shapes[k])
            for group in groups for k in group]


def _site_name_in_body(line: str, body: _Body) -> bool:
    """A name alone (capitalised words, no figure) that the body writes again inside a
    sentence in other capitals, maybe after an elided article ("Office du Tourisme de
    Saint-Brieuc" / "L'office du tourisme de Saint-Brieuc a compté …"): the site's name."""
    if not _is_name_line(line) or word_count(line, 3) < 3:
        return False
    name = fold(line.strip()).lower()
    at = body.folded.find(name)
    return at > 0 and body.folded[at - 1] in " '’"


def _labels_line(line: str, below: str) -> bool:
    """A section label or a kicker above the headline ("Population et emploi", "Brick kiln
    workers"): a few words and no figure, above a line of several times as many that is no
    sentence. A headline is rarely that short, and a standfirst under one is no longer."""
    words = word_count(line, SECTION_LABEL_MAX_WORDS + 1)
    return (words <= SECTION_LABEL_MAX_WORDS and not any(map(str.isdigit, line))
            and word_count(below, SECTION_LABEL_RATIO * words) >= SECTION_LABEL_RATIO * words
            and not ends_sentence(below))


#: A section label holds at most this many words; the headline below it this many times as
#: many.
SECTION_LABEL_MAX_WORDS = 4
SECTION_LABEL_RATIO = 3
#: A label above a headline is at most this many words long; the line below it shares at
#: least this share of its words with the body.
LABEL_MAX_WORDS = 8
TOLD_BY_BODY = 0.5


class _Body:
    """The lead and body below the head, their text and content words read when first asked."""

    def __init__(self, lines: list[str], lead: int) -> None:
        self.lines, self.lead = lines, lead
        self._text: str | None = None
        self._folded: str | None = None
        self.read: set[str] | None = None  # the content words, once read

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = body_text(self.lines, self.lead)
        return self._text

    @property
    def folded(self) -> str:
        """The text accent-folded and in lower case: a name written in other capitals
        ("l'office du tourisme de Saint-Brieuc") is found there."""
        if self._folded is None:
            self._folded = fold(self.text).lower()
        return self._folded

    @property
    def stems(self) -> set[str]:
        if self.read is None:
            self.read = content_stems(self.text)
        return self.read


def choose_title(lines: list[str], groups: list[list[int]], lead: int) -> int:
    """The title among the groups of candidates above the lead: the best `TitleEvidence`
    score (the later line on a tie)."""
    return max(title_evidence(lines, groups, lead), key=lambda e: (e.score, e.line)).line


def _first_unshaped(lines: list[str], groups: list[list[int]]) -> int:
    """The first candidate without a chrome shape (the first candidate when all have one):
    the title of a head that shows no lead."""
    candidates = [k for group in groups for k in group]
    return next((k for k in candidates if not chrome_shapes(lines[k])), candidates[0])


def _past_kicker(lines: list[str], group: list[int], at: int) -> int:
    """Where the headline starts from `at` in a group of title candidates: a short line
    (a kicker, "Inondations dans l'Extrême-Nord") above a headline wrapped over a few lines
    of its own is no headline; the wrapped one is."""
    k = group.index(at)
    if (k + 1 < len(group) and word_count(lines[at], KICKER_MAX_WORDS + 1) <= KICKER_MAX_WORDS
            and _wraps_headline(lines, group[k + 1])):
        return group[k + 1]
    return at


def _is_name_line(line: str) -> bool:
    """A proper name alone: every word capitalised but the function words, no figure."""
    words = line.split()
    return len(words) <= _LETTERHEAD_MAX_WORDS and not any(map(str.isdigit, line)) and all(
        w[:1].isupper() or fold(w).lower() in _FUNCTION_WORDS for w in words)


def head_date(line: str) -> dt.date | None:
    """The date of a short head line that holds one ("Posted on Fri, Jul-12-2013",
    "Press releases, 20.12.2018", "28-06-2011 Communiqué de presse 11/146", "Publié le
    20/02/2024 à 11h42 · Mis à jour le 20/02/2024 à 14h05"), or of one field of a row of
    fields between bars or dots ("Par La Rédaction (avec MAP) | 14 mars 2025 à 16h42 |
    Lecture : 3 min", an aggregator's byline row; "25/02/2025 · Sala de imprensa · 3 min")."""
    date = _line_date(line)
    if date is None and (" | " in line or " · " in line):  # "25/02/2025 · Sala de imprensa · …"
        date = next((d for part in _MENU_BAR_CUT.split(line) if (d := _line_date(part))), None)
    return date


def _line_date(line: str) -> dt.date | None:
    """The date of a short line that holds one (`head_date`, the whole line)."""
    found = find_date(line)
    if found is None:
        return None
    date, match = found
    rest = fold(line[: match.start()] + " " + line[match.end():])
    dates = 1
    while (more := find_date(rest)) is not None:  # a second date: "updated on …"
        rest = rest[: more[1].start()] + " " + rest[more[1].end():]
        dates += 1
    rest = _CLOCK.sub(" ", rest)
    if dates > 1:  # "Publié le … à 11h42 · Mis à jour le …": the labels' small words go
        rest = " ".join(w for w in rest.split() if len(w) > 2)
    if (word_count(rest, DATE_LINE_WORDS) > DATE_LINE_WORDS
            or (ends_sentence(line) and word_count(rest, 3) > 3)):
        return None
    place, _, after = split_dateline(line)
    return None if place is not None and after.strip() else date  # "GENEVA, 1 May 2004 - The"


def labelled_date(line: str) -> dt.date | None:
    """"Dernière modification 28.04.2020", "Last updated: 3 May 2021": a date after a label."""
    # More words than that (counted no further: a paragraph is not split whole): a sentence,
    # not a label and its date.
    if len(line.split(None, DATE_LINE_WORDS + 2)) > DATE_LINE_WORDS + 2:
        return None
    found = find_date(line)
    if found is None:
        return None
    date, match = found
    label = fold(line[: match.start()]).lower().strip(" :,-–")
    return date if _DATE_LABEL.fullmatch(label) and not line[match.end():].strip(" .") else None


#: The chrome shape of a line holding a contact's number or e-mail: never a title, but the
#: contact reader's line, not chrome to drop.
_CONTACT_SHAPE = {"contact_detail"}


def is_head_label(line: str, following: str = "") -> bool:
    """Chrome under a headline: a date line, furniture, a line of a chrome shape that is no
    paragraph ("Ouvir notícia | Imprimir", "Partager f X in ✉": `headline.chrome_shapes`),
    or a label of one or two words ("ICRC flag", "Countries", "Venezuela" on an aggregator's
    copy)."""
    if head_date(line) or is_chrome(line, following) or _BYLINE.match(fold(line)):
        return True
    if not is_lead(line) and set(chrome_shapes(line)) - _CONTACT_SHAPE:
        return True  # a contact row ("For more information: Jane Doe, +223 …") is no chrome
    return word_count(line, 2) <= 2 and not ends_sentence(line) and not is_lead(line)


def is_head_row(line: str, following: str = "") -> bool:
    """A row of chrome between a standfirst and the lead: a head label (`is_head_label`) that
    is a date line, share furniture or a line of three words or more. A short label or a line
    in lower case there goes on a wrapped list item ("Syrian refugees", "in CAR")."""
    if line[:1].islower():
        return False
    return bool(head_date(line) or is_furniture(line) or is_delivery_note(line)) or (
        word_count(line, TITLE_MIN_WORDS) >= TITLE_MIN_WORDS and is_head_label(line, following))


def strip_stamp(line: str) -> str:
    """The line without the search tool's " date 2023-09 " stamp in front."""
    return STAMP.sub("", line, count=1)
