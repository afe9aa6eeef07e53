"""The release parser: bytes of a landed file -> releases with contacts and statistics.

`parse_bytes` never raises: what it cannot do becomes a `Problem(stage, reason)` in the
returned `ParsedFile`, and the rest of the file is still parsed. The steps, each its own
module: decode -> clean -> navigation / boilerplate -> segment (releases, title, dateline,
lead, body, contact block) -> language -> country -> contacts -> statistics.
"""

from __future__ import annotations

import copy
import gc
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import pairwise
from typing import TypeVar

from pressroom.limits import limit_text
from pressroom.model import Paragraph, ParsedFile, Problem, RejectedFigure, Release
from pressroom.parsing.boilerplate import learn_boilerplate
from pressroom.parsing.contacts import ContactScan, cut_off_name, office_region, scan_contacts
from pressroom.parsing.country import (
    dateline_countries,
    dateline_country,
    domain_country,
    guessed_dateline,
    language_countries,
    load_tables,
    main_country,
    mentions,
    named_namesake,
    places_country,
    regions_country,
    shared_city_countries,
    towns_country,
)
from pressroom.parsing.decode import UndecodableError, decode_bytes
from pressroom.parsing.figures.statistics import StatisticsScan, scan_statistics
from pressroom.parsing.figures.units import (
    LOCAL_CURRENCY,
    code_after,
    country_currency,
    currency_cues,
    currency_territory,
    is_bare_dollar,
    local_currency,
    local_dollar,
    local_dollar_word,
    shared_currency_words,
)
from pressroom.parsing.head import load_codes
from pressroom.parsing.language import detect_language, load_models
from pressroom.parsing.lexicon import LANGUAGES
from pressroom.parsing.phones import (
    accepting_countries,
    dialled_countries,
    load_regions,
    numbers_country,
)
from pressroom.parsing.segment import Draft, segment_page

#: `LANGUAGES` (the languages the parser reads, one lexicon file each) is public: the corpus
#: generator and the benchmarks may not import the parser's internals (import-linter).
__all__ = ["LANGUAGES", "dedicate_to_parsing", "learn_boilerplate", "load_resources",
           "parse_bytes", "parse_text", "parsing_only"]

T = TypeVar("T")


def load_resources() -> None:
    """Load now what the parser otherwise loads on the first text that needs it (lingua's
    models, the place-name tables, the language codes, the numbering plans: ~2 s): for
    processes that parse many files, and benchmarks."""
    load_models()
    load_tables()
    load_codes()
    load_regions()


#: The collector's first-generation threshold in a process that only parses (Python's default
#: is 700). A page's parse makes thousands of short-lived containers (regex matches, token
#: columns, candidates), so at 700 a young collection ran every few paragraphs and walked what
#: the current paragraph still held; at 10,000 they run 14 times less often and most of
#: those objects are gone by then (~2 % of the parse's CPU, measured with `gc.callbacks`).
_PARSE_GC_THRESHOLD = 10_000


def dedicate_to_parsing() -> None:
    """Tune the garbage collector of a process that does nothing but parse (a Dask parse
    worker, `pressroom bench parse`), once `load_resources` ran: the loaded models, tables and
    lexicons (~120,000 objects that live as long as the process) are frozen out of the full
    collections that would walk them again each time, and young collections run less often.

    Never in a process that does other work (the pipeline's own process): what is frozen is
    never collected, e.g. a database connection opened before the call."""
    gc.freeze()
    gc.set_threshold(_PARSE_GC_THRESHOLD, *gc.get_threshold()[1:])


@contextmanager
def parsing_only() -> Iterator[None]:
    """`dedicate_to_parsing` for the time of a block that only parses (`bench parse`, which
    the tests run inside their own process), then the collector as it was: the objects frozen
    unfrozen, the threshold back."""
    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    dedicate_to_parsing()
    try:
        yield
    finally:
        if not frozen:  # nothing was frozen before: unfreeze all that the block froze
            gc.unfreeze()
        gc.set_threshold(*threshold)


def parse_bytes(
    data: bytes, source: str, *, boilerplate: frozenset[str] = frozenset()
) -> ParsedFile:
    """Parse one landed file; never raises (failures are in `ParsedFile.problems`)."""
    parsed = ParsedFile(source=source, encoding=None)
    try:
        decoded = decode_bytes(data)
    except UndecodableError as e:
        parsed.problems.append(Problem("decode", str(e)))
        return parsed
    except Exception as e:  # a library bug must not lose the file
        parsed.problems.append(Problem("decode", "unexpected decoding error", _detail(e)))
        return parsed
    parsed.encoding = decoded.encoding
    text, cut = limit_text(decoded.text)  # per-file caps: one huge file cannot eat the memory
    parsed.problems.extend([cut] if cut else [])
    if decoded.replaced:
        parsed.problems.append(Problem(
            "decode", f"{decoded.replaced} invalid byte sequence(s) replaced by U+FFFD",
            "the file is UTF-8 apart from these bytes; the rest of the text is kept"))
    releases, problems = parse_text(text, boilerplate=boilerplate)
    parsed.releases.extend(releases)
    parsed.problems.extend(problems)
    return parsed


def parse_text(text: str, *, boilerplate: frozenset[str] = frozenset()
               ) -> tuple[list[Release], list[Problem]]:
    """Releases and problems of an already decoded page."""
    problems: list[Problem] = []
    drafts: list[Draft] = _guard(problems, "segment", lambda: segment_page(text, boilerplate), [])
    if not drafts and boilerplate:
        # Lines learned as boilerplate can be the whole release when the corpus holds many
        # copies of it (re-sent or lightly edited versions): read the page without them.
        drafts = _guard(problems, "segment", lambda: segment_page(text, frozenset()), [])
    if not drafts and not any(p.stage == "segment" for p in problems):
        problems.append(Problem("segment", "no release found: no title and no paragraph"))
    if len(drafts) > 1:  # a lone line after a release's contacts is no release of its own
        for draft in [d for d in drafts[1:] if _is_stray(d)]:
            drafts.remove(draft)
            problems.append(Problem("segment", "text with no body after a release, skipped",
                                    draft.title or draft.lead))
    releases = [build_release(draft, problems, text) for draft in drafts]
    _share_translated_contacts(releases)
    return releases, problems


def _share_translated_contacts(releases: list[Release]) -> None:
    """A bilingual page gives its release twice, one language after the other, and one
    contact block at the end: a release with no contacts followed by one in another
    language of the same date and country, holding contacts, is the same release
    translated, and takes a copy of them."""
    for release, following in pairwise(releases):
        if (not release.contacts and following.contacts and release.language
                and following.language and release.language != following.language
                and release.published_on is not None
                and release.published_on == following.published_on
                and release.country == following.country):
            release.contacts = copy.deepcopy(following.contacts)


def _is_stray(draft: Draft) -> bool:
    """A title with no text, or one paragraph with no title and no contacts (a blurb)."""
    if draft.contact_lines:
        return False
    return not (draft.lead or draft.body) or (draft.title is None and not draft.body)


def footer_country(draft: Draft) -> str | None:
    """The country of the cities the contact block and the page's footer name (an address:
    "Av. Los Carrera 1250, Concepción"), else the countries they name ("© Le gouvernement
    luxembourgeois"): the last cue of a release that names no place."""
    footer = {"body": [*draft.contact_lines, *draft.after_contacts]}
    return places_country(footer) or main_country(None, footer)


def _main_country(draft: Draft, sections: dict[str, list[str]],
                  language: str | None, page: str = "") -> str | None:
    """`main_country`, unless its country is a guess from a dateline's town that several
    countries have (`guessed_dateline`): then the namesake's country the text names most
    (`named_namesake`), else, when the text names no country, the letterhead's
    when it names one ("Caja Costarricense de Seguro Social" over "San Carlos"), else the
    namesake the page's currency and dialling codes point to (`settle_shared_city`:
    "HAMILTON" with NZ$ and +64 numbers is in New Zealand)."""
    code = main_country(draft.dateline, sections, language)
    if not (code and draft.dateline and guessed_dateline(draft.dateline)):
        return code
    if main_country(None, sections) is not None:
        return named_namesake(draft.dateline, sections, language) or code
    letterhead = main_country(None, {"lead": draft.above_title})
    return letterhead or settle_shared_city(code, {"dateline": [draft.dateline]}, page)


def build_release(draft: Draft, problems: list[Problem], page: str = "") -> Release:
    """A `Release` from a segmented draft (`page`: the whole page's text, whose government
    domain tells the country when the text names none); each extraction step fails on its
    own."""
    prose = [p for p in (draft.lead, *draft.body) if p]
    release = Release(
        title=draft.title,
        template=draft.template,
        dateline=draft.dateline,
        published_on=draft.published_on.isoformat() if draft.published_on else None,
    )
    release.paragraphs = [
        Paragraph("lead" if i == 0 and draft.lead else "body", text) for i, text in enumerate(prose)
    ]
    if draft.contact_opener:
        release.paragraphs.append(Paragraph("contact", draft.contact_opener))
    if draft.contact_lines:
        release.paragraphs.extend(Paragraph("contact", line) for line in draft.contact_lines)
    release.language = _guard(problems, "language", lambda: detect_language(
        "\n".join([draft.title or "", *prose])), None)
    if release.language is None and not any(p.stage == "language" for p in problems):
        problems.append(Problem("language", "too little text to tell the language",
                                draft.title))
    sections = {"title": [draft.title or ""], "lead": prose[:1], "body": prose[1:]}
    release.country = _guard(problems, "country",
                             lambda: _main_country(draft, sections, release.language, page),
                             None)
    if release.country is None:  # no country named: the cities named, the letterhead, the domain
        head = {"lead": draft.above_title}
        named = {**sections, "head": [*draft.above_title, draft.dateline or ""]}
        release.country = _guard(problems, "country", lambda: regions_country(named)
                                 or places_country(sections)
                                 or main_country(None, head) or places_country(head)
                                 or towns_country(sections, release.language)
                                 or domain_country(page) or footer_country(draft), None)
        if (found := release.country) is not None:
            release.country = _guard(problems, "country", lambda: settle_shared_city(
                settle_by_numbers(found, draft, release.language, page), sections, page), found)
    if draft.after_contacts:
        problems.append(Problem("contacts", "page text after the contact block: not a contact",
                                " | ".join(draft.after_contacts)[:500]))
    if draft.contact_lines:
        contacts = _read_contacts(draft, release, problems)
        if release.country is None:  # no country named: the contacts' offices tell it,
            release.country = next((code for c in contacts.contacts  # else their numbers
                                    if (code := office_region(c.office))), None
                                   ) or _numbers_country(draft, release.language)
            if release.country is not None:
                contacts = _read_contacts(draft, release, problems)
        release.contacts = contacts.contacts
        problems.extend(contacts.unused)
        if release.contacts and page and cut_off_name(release.contacts[-1], page):
            problems.append(Problem("contacts", "a name the page's text cuts off: not a contact",
                                    release.contacts.pop().name))
        if not release.contacts:
            problems.append(Problem("contacts", "contact block holds no name, e-mail or phone",
                                    " | ".join(draft.contact_lines)[:500]))
    scan = _guard(problems, "statistics", lambda: scan_statistics(
        prose, release.language, release.title, release.country), StatisticsScan())
    release.statistics, release.rejected = scan.statistics, scan.rejected
    if release.country is None:  # no place named: the currency of one country alone
        release.country = _currency_country(release)
    _localise_dollars(release)
    _localise_currency_names(release)
    return release


def _currency_country(release: Release) -> str | None:
    """The country whose own currency the figures are in, when one alone uses it and the
    figures name no other ("12 milliards d'ariary" -> MG, "WS$48,500" -> WS)."""
    codes = {s.unit.split(":", 1)[1] for s in release.statistics
             if s.unit.startswith("currency:") and s.unit != LOCAL_CURRENCY}
    found = {currency_territory(code) for code in codes}
    return found.pop() if len(found) == 1 else None


def settle_shared_city(code: str, sections: dict[str, list[str]], page: str) -> str:
    """The country of a page that names no country, told by a city whose name several
    countries share ("Cuenca": Ecuador, Spain, the Philippines): the one namesake's country
    whose currency or international dialling code the page writes alone among them ("USD 41,2
    millones" -> EC, "+64 7 838 2290" -> NZ), else `code`."""
    candidates = shared_city_countries(sections, code)
    if not candidates:
        return code
    dialled = dialled_countries(page)
    cues = {c: currency_cues(country_currency(c), page) + dialled[c] for c in sorted(candidates)}
    ranked = sorted(cues.items(), key=lambda item: -item[1])
    if ranked[0][1] > 0 and (len(ranked) == 1 or ranked[1][1] == 0):
        return ranked[0][0]
    return code


def settle_by_numbers(code: str, draft: Draft, language: str | None, page: str) -> str:
    """The country of a page that names no country, told by places it names in passing
    (`code`: "vers Bruxelles, Genève, Londres et Zurich" -> CH), unless the contact block's
    national numbers do not fit that country's plan, fit one country alone among those of
    the page's language ("04 95 55 21 40" -> FR) and the page writes that country's
    currency and not `code`'s ("18,5 millions d'euros"). Fictional ranges ("07700 900412")
    fit no plan: the currency keeps them from moving a page."""
    lines = draft.contact_lines
    if not lines or accepting_countries(lines, frozenset({code})):
        return code
    fits = accepting_countries(lines, language_countries(language))
    if len(fits) != 1:
        return code
    found = next(iter(fits))
    if (currency_cues(country_currency(found), page) > 0
            and currency_cues(country_currency(code), page) == 0):
        return found
    return code


def _localise_currency_names(release: Release) -> None:
    """A currency named by a word several countries use ("60 millones de pesos") is the
    release's country's currency when that currency is called so, or the code the page
    gives that word, or the currency of the first other country the release names that is
    called so; a figure with no currency word of its own takes the currency of the one
    before it in its paragraph ("1,2 milliard de francs CFA, dont environ 310 millions").
    Otherwise it is unknown and the figure is rejected with the reason."""
    kept = []
    stated = _stated_codes(release)
    carried: dict[int, str] = {}  # paragraph -> the code of its last shared currency word
    for statistic in release.statistics:
        if statistic.unit != LOCAL_CURRENCY:
            kept.append(statistic)
            continue
        words = shared_currency_words(statistic.text)
        local = (local_currency(release.country, statistic.text)
                 or next((stated[w] for w in sorted(words) if w in stated), None)
                 or (_dialled_currency(release, statistic.text)
                     or _named_country_currency(release, statistic.text) if words
                     else carried.get(statistic.paragraph)))
        if local is not None:
            statistic.unit = f"currency:{local}"
            carried[statistic.paragraph] = local
            kept.append(statistic)
        else:
            release.rejected.append(RejectedFigure(
                statistic.text, "unknown_currency",
                "a currency several countries share, on a page with no country or from a "
                "country whose currency has another name"))
    release.statistics = kept


def _dialled_currency(release: Release, text: str) -> str | None:
    """The currency a shared currency word means in the country the press contacts' numbers
    dial, when the release's country does not call its own so ("francos CFA" on a page read
    as from Guinea, whose franc is no CFA franc, with contacts on +245: XOF)."""
    numbers = " ".join(p.e164 for c in release.contacts for p in c.phones)
    for code, _ in dialled_countries(numbers).most_common():
        if code != release.country and (local := local_currency(code, text)) is not None:
            return local
    return None


def _named_country_currency(release: Release, text: str) -> str | None:
    """The currency a shared currency word means when the release's country does not call
    its own so: that of the first country the release names that does ("41 mil milhões de
    francos CFA" sent home by the Guinean diaspora in Lisbon: XOF)."""
    seen: set[str] = set()
    for paragraph in [release.title or "",
                      *(p.text for p in release.paragraphs if p.section != "contact")]:
        for _, code in mentions(paragraph):
            if code not in seen and code != release.country:
                seen.add(code)
                if (local := local_currency(code, text)) is not None:
                    return local
    return None


def _stated_codes(release: Release) -> dict[str, str]:
    """The codes a page gives its shared currency words: "4,2 millions de francs (CHF)"
    makes every "francs" of the release CHF, whatever its country."""
    codes: dict[str, str] = {}
    for statistic in release.statistics:
        if statistic.unit != LOCAL_CURRENCY or not 0 <= statistic.paragraph < len(
                release.paragraphs):
            continue
        code = code_after(release.paragraphs[statistic.paragraph].text[statistic.end:])
        if code is not None:
            for word in shared_currency_words(statistic.text):
                codes.setdefault(word, code)
    return codes


def _localise_dollars(release: Release) -> None:
    """A bare "$" on a page from a country whose currency is written "$" (Canada, New
    Zealand, Mexico…) is that currency, not the US dollar the figure reader assumed; so is a
    bare "dollars" on a page from a country whose currency CLDR calls dollars."""
    dollars = [s for s in release.statistics if s.unit == "currency:USD"]
    if not dollars:  # babel's CLDR lookups (a locale loaded per new country) only when needed
        return
    local = local_dollar(release.country, release.language)
    for statistic in dollars:
        if local is not None and is_bare_dollar(statistic.text):
            statistic.unit = f"currency:{local}"
        elif 0 <= statistic.paragraph < len(release.paragraphs):
            word = local_dollar_word(release.country,
                                     release.paragraphs[statistic.paragraph].text,
                                     statistic.start, statistic.end)
            statistic.unit = f"currency:{word}" if word else statistic.unit


def _numbers_country(draft: Draft, language: str | None) -> str | None:
    """The country the contacts' national numbers fit alone among the page's candidates: the
    countries of the dateline's town ("Cáceres": Spain or Brazil), else those of the page's
    language."""
    candidates = dateline_countries(draft.dateline) if draft.dateline else frozenset()
    return numbers_country(draft.contact_lines, candidates or language_countries(language))


def _read_contacts(draft: Draft, release: Release, problems: list[Problem]) -> ContactScan:
    """The contact block; national numbers read in the dateline's country, else the release's."""
    region = (dateline_country(draft.dateline) if draft.dateline else None) or release.country
    return _guard(problems, "contacts", lambda: scan_contacts(
        draft.contact_lines, region=region, fallback=release.country), ContactScan())


def _guard(problems: list[Problem], stage: str, step: Callable[[], T], default: T) -> T:
    """Run one step; an unexpected error becomes a Problem and the step's default."""
    try:
        return step()
    except Exception as e:
        problems.append(Problem(stage, f"unexpected error in {stage}: {e}", _detail(e)))
        return default


def _detail(error: Exception) -> str:
    return "".join(traceback.format_exception(error, limit=-3)).strip()[-2000:]
