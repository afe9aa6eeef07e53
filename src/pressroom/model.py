"""What a parse yields: plain dataclasses shared by the parser, the loader and the CLI.

`Release.to_contract()` gives the JSON object of `pressroom parse --json`
(the contract in shared/seeds/README.md); the extra fields feed the staging tables.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Phone:
    """A phone number of a contact, normalised to E.164 where possible."""

    e164: str  # "+5112217209"; digits as written with "+" when the number cannot be parsed
    extension: str | None = None
    kind: str = "phone"  # phone | mobile | fax
    raw: str = ""  # as written in the release
    valid: bool = True  # False: today's numbering plan rejects it (kept, flagged)
    problem: str | None = None  # why phonenumbers could not parse it (kept as its digits)


@dataclass
class Contact:
    """A press contact named in the release's contact block."""

    name: str | None
    office: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)


@dataclass
class Statistic:
    """One figure the release asserts, with where it was found."""

    value: float
    unit: str  # count | percent | fraction | count/day | count/year | currency:USD | years ...
    qualifier: str = "exact"  # exact | more_than | about | less_than | up_to | at_least | range
    value_max: float | None = None  # upper bound of a range
    subject: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    text: str = ""  # the exact span
    sentence: str = ""  # the sentence holding the span
    paragraph: int = 0  # index into Release.paragraphs
    start: int = 0  # character offsets of `text` within that paragraph
    end: int = 0


@dataclass
class RejectedFigure:
    """A number the statistics extractor read and turned down, and the rule that said so."""

    text: str  # the span rejected ("985", "pouvant aller jusqu'à 23 ans de prison")
    rule: str  # the trap rule's name: year, duration, document_number, masked ...
    reason: str  # what a person reads
    paragraph: int = 0  # index into Release.paragraphs; -1 = the title
    start: int = 0  # character offsets of `text` within that paragraph
    end: int = 0
    sentence: str = ""  # the sentence holding the span


@dataclass
class Paragraph:
    """A paragraph of the release, with the section it belongs to."""

    section: str  # lead | body | contact
    text: str


@dataclass
class Release:
    """One press release: metadata, paragraphs, contacts and statistics."""

    title: str | None
    language: str | None = None  # ISO 639-1
    template: str = "plain"  # web_page | communique | press_release | plain
    dateline: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    published_on: str | None = None  # ISO date
    paragraphs: list[Paragraph] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    rejected: list[RejectedFigure] = field(default_factory=list)  # not in the JSON contract

    @property
    def lead(self) -> str | None:
        return next((p.text for p in self.paragraphs if p.section == "lead"), None)

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs if p.section != "contact")

    def to_contract(self, source: str) -> dict:
        """The JSON object of `pressroom parse --json` for this release."""
        release = {
            "title": self.title,
            "language": self.language,
            "template": self.template,
            "dateline": self.dateline,
            "country": self.country,
            "published_on": self.published_on,
        }
        contacts = [
            {
                "name": c.name,
                "office": c.office,
                "emails": list(c.emails),
                "phones": [
                    {"e164": p.e164, "extension": p.extension, "kind": p.kind}
                    | ({} if p.valid else {"valid": False})
                    for p in c.phones
                ],
            }
            for c in self.contacts
        ]
        statistics = []
        for s in self.statistics:
            row = asdict(s)
            if row["value_max"] is None:
                del row["value_max"]
            row["value"] = _plain_number(row["value"])
            statistics.append(row)
        return {"source": source, "release": release, "contacts": contacts,
                "statistics": statistics}


@dataclass
class Problem:
    """Something the parser could not do with a file; recorded, never raised."""

    stage: str  # decode | segment | contacts | statistics | ...
    reason: str  # what a person reads
    detail: str | None = None


@dataclass
class ParsedFile:
    """Everything parsed from one landed file (a page may hold several releases)."""

    source: str
    encoding: str | None
    releases: list[Release] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _plain_number(value: float) -> float | int:
    """3900.0 -> 3900, so JSON shows figures as written."""
    return int(value) if float(value).is_integer() else value
