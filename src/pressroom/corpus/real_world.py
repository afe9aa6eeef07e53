"""Pages in the layouts real publishers use (issue 8), with what a correct parse yields.

Shapes, each written from the labelling rules of shared/dev/README.md:
- archive: an "Archived page" banner above the title, a "28-06-2011 Communiqué de presse 11/146"
  line (published_on), an agency dateline "Bangui / Genève (CICR) –" (dateline: the places);
- press: an ICRC page that starts with "Communiqué de presse" (template press_release);
- copy: a blog copy with "logo" and "17-11-2013 Comunicado de imprensa" (published_on) above the
  headline or an image name (title null);
- stamp: a " date 2023-09 communiqué de presse" stamp and no headline (title null);
- prn / cnw / apo: newswire datelines "NEW YORK, Jan. 23, 2013 /PRNewswire/ --",
  "SAINT-ALBAN, QC, le 12 mars 2026 /CNW/ -", "GENEVE, Suisse, 21 mai 2013/African Press
  Organization (APO)/ —" (dateline: the place only; published_on: the date);
- allafrica / reliefweb / listing: aggregator copies (allAfrica footer, ReliefWeb "from …
  Published on …", an IFRC listing with "Displaying 26 - 50 of 63", or a listing header and no
  headline);
- contacts_first: the contact block above the body;
- swiss: a Swiss government page ("Press releases, 20.12.2018", "Dernière modification …"),
  Swiss digit grouping 7'700 and a service desk.
The contact blocks come from `real_contacts`; rates may read "every day" / "al año", and Spanish
"X, aproximadamente" after the figure is `about`.
"""

from __future__ import annotations

import dataclasses
import random
import re

from pressroom.corpus.body import Draft, draft_release
from pressroom.corpus.contacts import ascii_fold
from pressroom.corpus.countries import CANADA, HQ
from pressroom.corpus.figures import choose
from pressroom.corpus.lang import Language
from pressroom.corpus.real_contacts import localise, write_block
from pressroom.corpus.traps import date

SHAPES = {
    "fr": (("archive", 12), ("press", 12), ("copy", 5), ("stamp", 8), ("cnw", 8), ("apo", 8),
           ("allafrica", 10), ("reliefweb", 8), ("listing", 10), ("contacts_first", 8),
           ("swiss", 8)),
    "en": (("archive", 10), ("press", 10), ("copy", 5), ("stamp", 6), ("prn", 12), ("cnw", 6),
           ("apo", 6), ("allafrica", 8), ("reliefweb", 10), ("listing", 10),
           ("contacts_first", 10), ("swiss", 8)),
    "es": (("archive", 14), ("press", 16), ("copy", 6), ("stamp", 8), ("apo", 6),
           ("reliefweb", 14), ("listing", 14), ("contacts_first", 10)),
    "pt": (("archive", 12), ("press", 16), ("copy", 8), ("stamp", 12), ("apo", 8),
           ("reliefweb", 12), ("listing", 14), ("contacts_first", 10)),
}
TEMPLATES = {"press": "press_release", "prn": "press_release", "cnw": "press_release",
             "apo": "press_release"}  # every other shape has site chrome: web_page
ORGS = {  # shape -> (office prefix, e-mail domain, publisher name)
    "archive": ("CICR", "icrc.org", "CICR"), "press": ("CICR", "icrc.org", "CICR"),
    "copy": ("CICR", "icrc.org", "CICR"),
    "stamp": ("CICR", "icrc.org", "CICR"), "prn": ("UNICEF", "unicefusa.org", "UNICEF"),
    "cnw": ("IRCC", "cic.gc.ca", "IRCC"), "apo": ("CICR", "icrc.org", "CICR"),
    "allafrica": ("CICR", "icrc.org", "CICR"), "reliefweb": ("OCHA", "un.org", "OCHA"),
    "listing": ("IFRC", "ifrc.org", "IFRC"), "contacts_first": ("Save the Children",
                                                               "savechildren.org", "STC"),
    "swiss": ("DFAE", "eda.admin.ch", "DFAE"),
}
AGENCY = {"fr": "CICR", "en": "ICRC", "es": "CICR", "pt": "CICV"}
PRESS = {"fr": "Communiqué de presse", "en": "News release", "es": "Comunicado de prensa",
         "pt": "Comunicado de imprensa"}
BANNERS = {
    "fr": ("Page archivée: peut contenir des informations obsolètes",
           "Page archivée : peut contenir des informations obsolètes"),
    "en": ("Archived page: may contain outdated information",),
    "es": ("Página archivada: puede contener información desactualizada",),
    "pt": ("Página arquivada: pode conter informações desatualizadas",),
}
LISTING_HEADERS = {"fr": "Communiqués de presse {y}", "en": "{y} Press Releases",
                   "es": "Comunicados de prensa {y}", "pt": "Comunicados de imprensa {y}"}
ALLAFRICA = {
    "fr": ("Afrique", "AllAfrica publie environ 500 articles par jour provenant de plus de 110 "
           "organes de presse et plus de 500 autres institutions et particuliers, représentant "
           "une diversité de positions sur tous les sujets."),
    "en": ("Africa", "AllAfrica publishes around 500 reports a day from more than 110 news "
           "organizations and over 500 other institutions and individuals, representing a "
           "diversity of positions on every topic."),
}
DID_YOU_KNOW = {
    "fr": ("Le saviez-vous…", "Le droit international humanitaire protège les personnes "
           "privées de leur liberté. Les Conventions de Genève de 1949 en fixent les règles."),
    "en": ("Did you know…", "International humanitarian law protects people deprived of their "
           "liberty. The Geneva Conventions of 1949 set out the rules."),
    "es": ("¿Sabía usted…?", "El derecho internacional humanitario protege a las personas "
           "privadas de libertad. Los Convenios de Ginebra de 1949 fijan las normas."),
    "pt": ("Você sabia…", "O direito internacional humanitário protege as pessoas privadas de "
           "liberdade. As Convenções de Genebra de 1949 definem as regras."),
}
SWISS_DATES = {"fr": ("Communiqués de presse, {d}", "Dernière modification {d}"),
               "en": ("Press releases, {d}", "Last updated {d}")}
SWISS_MENTION = {
    "fr": "La Suisse soutient cette action par l'intermédiaire de la Direction du "
          "développement et de la coopération.",
    "en": "Switzerland supports this work through the Swiss Agency for Development and "
          "Cooperation.",
}
IMAGES = ("food-activity", "distribution-2", "field-visit", "photo-header")
CNW_CONTACTS = {"fr": "Pour plus de renseignements (médias seulement) :",
                "en": "For further information (media only):"}
CANADA_PLACES = (("SAINT-ALBAN", "QC"), ("OTTAWA", "ON"), ("MONTRÉAL", "QC"), ("TORONTO", "ON"),
                 ("VANCOUVER", "BC"), ("HALIFAX", "NS"))
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")
EXTRA_RATES = {"fr": {"count/day": (" chaque jour",)}, "en": {"count/day": (" every day",)},
               "es": {"count/year": (" al año",)}, "pt": {"count/day": (" todos os dias",)}}
#: A number grouped by spaces or commas, not inside a longer run of digit groups such as a
#: hotline ("0800 123 456").
GROUPED = re.compile(
    r"(?<![\d'])(?<!\d[ \u00a0\u202f,])(\d{1,3})((?:[ \u00a0\u202f,]\d{3})+)(?!\d|,\d)")


def variant(lang: Language) -> Language:
    """The language as these publishers write it: more rate wordings, and in Spanish
    "1.200 personas, aproximadamente," after the figure."""
    per = {unit: forms + EXTRA_RATES[lang.code].get(unit, ()) for unit, forms in lang.per.items()}
    about_after = ", aproximadamente" if lang.code == "es" else lang.about_after
    return dataclasses.replace(lang, per=per, about_after=about_after)


def swiss_grouping(draft: Draft) -> None:
    """Swiss digit grouping in the body and the labels' text: "7 700" -> "7'700"."""
    def fix(text: str) -> str:
        return GROUPED.sub(lambda m: m[1] + re.sub(r"[ \u00a0\u202f,]", "'", m[2]), text)
    draft.paragraphs = [fix(p) for p in draft.paragraphs]
    for stat in draft.statistics:
        stat["text"] = fix(stat["text"])


def _rebrand(draft: Draft, prefix: str, domain: str, lang: Language) -> None:
    """Contacts of the shape's publisher: "CICR Bangui", "name@icrc.org"."""
    for c in draft.contacts:
        if c.office:
            c.office = c.office.replace(lang.office_prefix, prefix, 1)
        c.emails = [e.split("@")[0] + "@" + domain for e in c.emails]


def _body(draft: Draft) -> list[str]:
    """The paragraphs without the generic dateline the draft opened with."""
    paragraphs = list(draft.paragraphs)
    paragraphs[0] = paragraphs[0][len(draft.dateline_text):]
    return paragraphs


def _dmy(iso: str) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in iso.split("-"))
    return d, m, y


def _agency_opening(rng: random.Random, draft: Draft) -> str:
    """ "Bangui / Genève (CICR) – ": dateline the places, the agency tag dropped."""
    lang = draft.lang
    city = draft.country.city[lang.code]
    hq = HQ.city[lang.code]
    place = city if city == hq or rng.random() < 0.4 else city + rng.choice(
        (" / ", "/ ", "/")) + hq
    draft.dateline = place
    return f"{place} ({AGENCY[lang.code]}){rng.choice((' – ', ' - '))}"


def _box(rng: random.Random, lang: str) -> str:
    if rng.random() < 0.3:
        head, text = DID_YOU_KNOW[lang]
        return f"\n\n \n\n{head}\n\n{text}"
    return ""


def _archive(rng: random.Random, draft: Draft, body: list[str], contacts: str) -> str:
    code = draft.lang.code
    _, iso = date(rng, draft.lang, draft.year)
    d, m, y = _dmy(iso)
    draft.published_on = iso
    stamp = f"{d:02d}-{m:02d}-{y} {PRESS[code]} {y % 100:02d}/{rng.randint(100, 299)}"
    opening = _agency_opening(rng, draft)
    return (f"{rng.choice(BANNERS[code])}\n\n{draft.title}\n\n{stamp}\n\n{opening}"
            + "\n\n".join(body) + f"\n\n{contacts}" + _box(rng, code))


def _press(rng: random.Random, draft: Draft, body: list[str], contacts: str) -> str:
    code = draft.lang.code
    opening = _agency_opening(rng, draft) if rng.random() < 0.7 else ""
    return (f"{PRESS[code]}\n\n{draft.title}\n\n{opening}" + "\n\n".join(body)
            + f"\n\n{contacts}" + _box(rng, code))


def _copy(rng: random.Random, draft: Draft, body: list[str], contacts: str) -> str:
    """A blog copy: "logo", "17-11-2013 Comunicado de imprensa", then the headline or an image
    name (no headline: title null)."""
    _, iso = date(rng, draft.lang, draft.year)
    d, m, y = _dmy(iso)
    draft.published_on = iso
    head = draft.title
    if rng.random() < 0.5:
        draft.title = None
        head = f"{ascii_fold(draft.country.en.name)}-{rng.choice(IMAGES)}"
    return (f"logo\n\n\n{d:02d}-{m:02d}-{y} {PRESS[draft.lang.code]}\n\n{head}\n"
            + "\n".join(body) + f"\n{contacts}")


def _stamp(rng: random.Random, draft: Draft, body: list[str], contacts: str) -> str:
    _, iso = date(rng, draft.lang, draft.year)
    draft.title = None  # the page starts at the body
    opening = _agency_opening(rng, draft)
    return (f" date {iso[:7]} {PRESS[draft.lang.code].lower()}\n\n{opening}"
            + "\n\n".join(body) + f"\n\n{contacts}")


def _prn(rng: random.Random, draft: Draft, body: list[str], contacts: str) -> str:
    _, iso = date(rng, draft.lang, draft.year)
    d, m, y = _dmy(iso)
    draft.published_on = iso
    headquarters = draft.country is not HQ and rng.random() < 0.3  # about another country
    city = rng.choice(("NEW YORK", "WASHINGTON")) if headquarters else \
        draft.country.city["en"].upper()
    draft.dateline = city
    wire = rng.choice(("PRNewswire", "PRNewswire-USNewswire"))
    subtitle = rng.choice(draft.lang.fillers).format(in_country=draft.country.en.in_,
                                                     theme="migration")
    return (f"{draft.title}\n{subtitle}\n{city}, {AP_MONTHS[m - 1]} {d}, {y} /{wire}/ -- "
            + "\n".join(body) + f"\n{contacts}")


def _cnw(rng: random.Random, draft: Draft, body: list[str], contacts: str) -> str:
    _, iso = date(rng, draft.lang, draft.year)
    d, m, y = _dmy(iso)
    draft.published_on = iso
    draft.title = None  # the stored text starts with the stamp and the dateline
    city, province = rng.choice(CANADA_PLACES)
    draft.dateline = f"{city}, {province}"
    when = (f"le {d} {draft.lang.months[m - 1]} {y}" if draft.lang.code == "fr"
            else f"{draft.lang.months[m - 1]} {d}, {y}")
    source = "SOURCE Immigration, Réfugiés et Citoyenneté Canada" if draft.lang.code == "fr" \
        else "SOURCE Immigration, Refugees and Citizenship Canada"
    return (f" date {iso} {draft.dateline}, {when} /CNW/ - " + "\n\n".join(body)
            + f"\n\n{source}\n\n{contacts}")


def _apo(rng: random.Random, draft: Draft, body: list[str], contacts: str) -> str:
    written, iso = date(rng, draft.lang, draft.year)
    draft.published_on = iso
    lang = draft.lang.code
    draft.dateline = (f"{draft.country.city[lang].upper()}, "
                      f"{draft.country.names(lang).name}")
    sep = rng.choice(("/", " /"))
    head = f"{draft.title}\n\n"
    if rng.random() < 0.3:  # a copy stamped with the date it was taken, and no headline
        draft.title = None
        head = f" date {rng.randint(draft.year, 2025)}-{rng.randint(1, 12):02d} "
    return (f"{head}{draft.dateline}, {written}{sep}African Press Organization "
            f"(APO)/ — " + "\n\n".join(body) + f"\n\n{contacts}")


def _allafrica(rng: random.Random, draft: Draft, body: list[str], contacts: str) -> str:
    region, footer = ALLAFRICA[draft.lang.code]
    draft.title = f"{region}: {draft.title}"
    opening = _agency_opening(rng, draft)
    return (f"{draft.title}\n\n{opening}" + "\n\n".join(body) + f"\n\n{contacts}\n\n{footer}")


def _reliefweb(rng: random.Random, draft: Draft, body: list[str], contacts: str) -> str:
    _, iso = date(rng, draft.lang, draft.year)
    d, m, y = _dmy(iso)
    draft.published_on = iso
    city = draft.country.city[draft.lang.code]
    draft.dateline = city
    chrome = (f"from {ORGS['reliefweb'][2]}\n"
              f"Published on {d:02d} {AP_MONTHS[m - 1][:3]} {y}")
    opening = f"({city}: {d} {draft.lang.months[m - 1]}) - "
    return f"{draft.title}\n\n{chrome}\n{opening}" + "\n\n".join(body) + f"\n\n{contacts}"


def _listing(rng: random.Random, draft: Draft, body: list[str], contacts: str) -> str:
    code = draft.lang.code
    opening = draft.dateline_text
    if rng.random() < 0.5:  # a listing header and no headline
        draft.title = None
        return (LISTING_HEADERS[code].format(y=draft.year) + "\n\n" + opening
                + "\n\n".join(body) + f"\n\n{contacts}")
    first = rng.choice((1, 26, 51))
    total = first + rng.randint(5, 60)
    counter = f"Displaying {first} - {min(first + 24, total)} of {total}\n| {PRESS[code]}"
    return f"{counter}\n\n{draft.title}\n\n{opening}" + "\n\n".join(body) + f"\n\n{contacts}"


def _contacts_first(rng: random.Random, draft: Draft, body: list[str], contacts: str) -> str:
    head = draft.title
    if rng.random() < 0.5:
        draft.title = None
        head = LISTING_HEADERS[draft.lang.code].format(y=draft.year)
    return f"{head}\n\n{contacts}\n\n{draft.dateline_text}" + "\n\n".join(body)


def _swiss(rng: random.Random, draft: Draft, body: list[str], contacts: str) -> str:
    _, iso = date(rng, draft.lang, draft.year)
    d, m, y = _dmy(iso)
    draft.published_on = iso
    draft.title = None  # these pages put the date where a headline would be
    draft.dateline = None
    top, bottom = SWISS_DATES[draft.lang.code]
    when = f"{d:02d}.{m:02d}.{y}"
    body = [SWISS_MENTION[draft.lang.code] + " " + body[0], *body[1:]]  # names the country
    if rng.random() < 0.5:
        return top.format(d=when) + "\n\n" + "\n\n".join(body) + f"\n\n{contacts}"
    return "\n".join(body) + "\n" + bottom.format(d=when) + f"\n{contacts}"


WRITERS = {"archive": _archive, "press": _press, "copy": _copy, "stamp": _stamp, "prn": _prn,
           "cnw": _cnw, "apo": _apo, "allafrica": _allafrica, "reliefweb": _reliefweb,
           "listing": _listing, "contacts_first": _contacts_first, "swiss": _swiss}


def real_world_release(rng: random.Random, lang: Language) -> tuple[str, Draft, str, str]:
    """(page text, its labelled draft, template, shape) for one release in a real-world
    layout."""
    shape = choose(rng, SHAPES[lang.code])
    country = {"cnw": CANADA, "swiss": HQ}.get(shape)
    draft = draft_release(rng, variant(lang), country)
    prefix, domain, _ = ORGS[shape]
    _rebrand(draft, prefix, domain, lang)
    if shape == "swiss":
        swiss_grouping(draft)
    if rng.random() < 0.6:
        localise(rng, draft.contacts, 0.7)
    hide = rng.random() < 0.25
    style = header = None
    if shape == "cnw":  # "Pour plus de renseignements (médias seulement) : A; B"
        hide, style, header = True, "inline_semicolons", CNW_CONTACTS[lang.code]
    body = _body(draft)
    if shape not in ("listing", "contacts_first"):  # the draft's own dateline is replaced
        draft.dateline = draft.published_on = None
    contacts = write_block(rng, lang.code, draft.contacts, domain, hide, style, header)
    text = WRITERS[shape](rng, draft, body, contacts)
    if draft.dateline is not None and draft.dateline not in text:
        draft.dateline = None  # the shape kept no dateline
    return text, draft, TEMPLATES.get(shape, "web_page"), shape

