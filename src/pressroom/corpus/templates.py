"""Page layouts: the web page under a site menu, the "Communiqué / Global" and English
"Press Release / Global" formats (often hard-wrapped), plain text, and pages holding several
releases one after another."""

from __future__ import annotations

import random
import textwrap

from pressroom.corpus.body import Draft
from pressroom.corpus.traps import date

DATE_LINES = {"fr": ("{date}", "Publié le {date}"),
              "en": ("{date}", "Published on {date}", "Date: {date}"),
              "es": ("{date}", "Publicado el {date}", "Fecha: {date}"),
              "pt": ("{date}", "Publicado em {date}", "Data: {date}")}
PROTECT = "\x00"  # stands for a space that must not break a line (inside phone numbers)


def template_name(kind: str, lang: str) -> str:
    """The `template` label of a layout."""
    if kind == "communique":
        return "press_release" if lang == "en" else "communique"
    return kind


def curly(draft: Draft) -> None:
    """Typographic apostrophes throughout the release (labels follow the text)."""
    def fix(s: str) -> str:
        return s.replace("'", "’")
    draft.title = fix(draft.title) if draft.title else None
    draft.dateline = fix(draft.dateline) if draft.dateline else None
    draft.paragraphs = [fix(p) for p in draft.paragraphs]
    draft.contact_text = fix(draft.contact_text)
    for s in draft.statistics:
        s["text"] = fix(s["text"])
        if s["subject"]:
            s["subject"] = fix(s["subject"])


def wrap(text: str, width: int, keep: list[str]) -> str:
    """Hard-wrap at `width` like old e-mailed releases; strings in `keep` never break."""
    for k in keep:
        text = text.replace(k, k.replace(" ", PROTECT))
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(lines).replace(PROTECT, " ")


def _with_date_line(rng: random.Random, draft: Draft) -> None:
    if draft.published_on is None and rng.random() < 0.4:
        written, iso = date(rng, draft.lang, draft.year)
        draft.date_line = rng.choice(DATE_LINES[draft.lang.code]).format(date=written)
        draft.published_on = iso


def web_release(rng: random.Random, draft: Draft) -> str:
    """Title, optional date line, one line per paragraph (or hard-wrapped), contact block."""
    _with_date_line(rng, draft)
    head = [t for t in (draft.title, draft.date_line) if t]
    paragraphs = draft.paragraphs
    contact = draft.contact_text
    if rng.random() < 0.25:
        width = rng.randint(50, 66)
        paragraphs = [wrap(p, width, draft.phones_written) for p in paragraphs]
        first, _, rest = contact.partition("\n")
        contact = wrap(first, width, draft.phones_written) + ("\n" + rest if rest else "")
    return "\n".join([*head, *paragraphs, contact])


def communique_release(rng: random.Random, draft: Draft) -> str:
    """ "Communiqué\\nGlobal" header, title, blank-line paragraphs, usually wrapped at ~60."""
    lang = draft.lang
    header = f"{rng.choice(lang.communique_header)}\n{rng.choice(lang.regions)}"
    paragraphs = draft.paragraphs
    if rng.random() < 0.7:
        width = rng.randint(55, 66)
        paragraphs = [wrap(p, width, draft.phones_written) for p in paragraphs]
    trailing = " " if rng.random() < 0.2 else ""
    body = "\n\n".join(p + trailing for p in paragraphs)
    return f"{header}\n\n{draft.title}\n\n{body}\n\n{draft.contact_text}"


def plain_release(rng: random.Random, draft: Draft) -> str:
    """No template: title, blank line, paragraphs, contact block."""
    body = "\n\n".join(draft.paragraphs)
    return f"{draft.title or ''}\n\n{body}\n\n{draft.contact_text}"


def menu(rng: random.Random, draft: Draft) -> str:
    """The site navigation above a web page: headquarters' or the country office's."""
    lang = draft.lang
    if draft.country.code != "CH" and lang.country_menus and rng.random() < 0.4:
        names = draft.country.names(lang.code)
        return rng.choice(lang.country_menus).format(country=names.name, in_country=names.in_)
    return rng.choice(lang.menus)


def footer(rng: random.Random, draft: Draft) -> str:
    return "\n" + rng.choice(draft.lang.footers) if rng.random() < 0.1 else ""


def layout(rng: random.Random, kind: str, drafts: list[Draft]) -> str:
    """The page text for one or several drafts (several only for web pages and communiqués)."""
    if kind == "web_page":
        releases = [web_release(rng, d) for d in drafts]
        sep = rng.choice(("\n\n", "\n\n* * *\n\n")) if len(drafts) > 1 else ""
        nav = menu(rng, drafts[0]) if len(drafts) == 1 else rng.choice(drafts[0].lang.menus)
        return nav + "\n" + sep.join(releases) + footer(rng, drafts[-1])
    if kind == "communique":
        return "\n\n\n".join(communique_release(rng, d) for d in drafts)
    return plain_release(rng, drafts[0])
