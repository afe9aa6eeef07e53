"""The five seed releases: extract_statistics on their body paragraphs yields exactly the
statistics of tests/data/seeds/expected (value, unit, qualifier, period, subject head), and the
known traps of those releases are turned down by the right rule.

The paragraphs are rebuilt here from the raw text (body lines between the title and the
contact block, hard-wrapped lines joined), so this tests the extractor alone.
"""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from conftest import SEEDS_EXPECTED, SEEDS_RAW

from pressroom.parsing.figures.statistics import scan_statistics

SEEDS = sorted(p.stem for p in SEEDS_EXPECTED.glob("*.json"))


def _fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _body_paragraphs(raw: str, title: str) -> list[str]:
    """Lines after the title, up to "Pour plus d'informations"; a line that does not end a
    sentence continues on the next one; blank lines end paragraphs."""
    lines = raw.split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip() == title) + 1
    paragraphs: list[str] = []
    open_paragraph = False
    for line in lines[start:]:
        text = " ".join(line.split())
        if text.startswith("Pour plus d"):
            break
        if not text:
            open_paragraph = False
            continue
        if open_paragraph and paragraphs:
            paragraphs[-1] += " " + text
        else:
            paragraphs.append(text)
        open_paragraph = not re.search(r"[.!?»]$", text)
    return paragraphs


def _seed(stem: str) -> tuple[dict, list[str]]:
    expected = json.loads((SEEDS_EXPECTED / f"{stem}.json").read_text(encoding="utf-8"))
    raw = (SEEDS_RAW / f"{stem}.txt").read_text(encoding="utf-8")
    return expected, _body_paragraphs(raw, expected["release"]["title"])


def _key(stat: dict) -> tuple:
    head = _fold(stat["subject"]).split()[0] if stat.get("subject") else None
    return (float(stat["value"]), stat["unit"], stat["qualifier"], stat.get("value_max"),
            stat["period_start"], stat["period_end"], head)


@pytest.mark.parametrize("stem", SEEDS)
def test_seed_statistics_match_the_contract(stem: str) -> None:
    expected, paragraphs = _seed(stem)
    scan = scan_statistics(paragraphs, expected["release"]["language"],
                           expected["release"]["title"])
    got = [
        (s.value, s.unit, s.qualifier, s.value_max, s.period_start, s.period_end,
         _fold(s.subject).split()[0] if s.subject else None)
        for s in scan.statistics
    ]
    wanted = [_key(s) for s in expected["statistics"] if not s.get("optional")]
    optional = [_key(s) for s in expected["statistics"] if s.get("optional")]
    assert [g for g in got if g not in optional] == wanted
    for s in scan.statistics:
        assert paragraphs[s.paragraph][s.start:s.end] == s.text
        assert s.text in s.sentence


# The traps of the seeds, with the rule expected to turn each down.
SEED_TRAPS = {
    "000_b79f4a02808386c2": [("2016", "year"), ("2009", "year"), ("13", "age"),
                             ("dix", "duration")],
    "001_abb1b8f4ae9cc770": [("quatre", "list_announcement")],
    "002_ee27f2e9299fc903": [("8000", "masked"), ("985", "document_number"),
                             ("23", "duration"), ("25", "geo_or_org_count"),
                             ("2003", "year")],
    "003_63d047cdf7482d67": [("cinq", "duration"), ("douze", "geo_or_org_count")],
    "004_56258f61042e4246": [("2007", "year")],
}


@pytest.mark.parametrize("stem", SEEDS)
def test_seed_traps_are_rejected_by_their_rule(stem: str) -> None:
    expected, paragraphs = _seed(stem)
    scan = scan_statistics(paragraphs, "fr", expected["release"]["title"])
    rejected = {(word, r.rule) for r in scan.rejected for word in re.findall(r"\w+", r.text)}
    for written, rule in SEED_TRAPS[stem]:
        assert (written, rule) in rejected, sorted(rejected)
