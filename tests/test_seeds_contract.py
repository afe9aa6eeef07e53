"""The five seed releases parse to what tests/data/seeds/expected/*.json says (the contract).

Release fields and contacts must match exactly. Statistics are matched the way
shared/tools/score_parse.py matches them (value + unit), then must agree on qualifier,
period and the subject's head word; nothing may be reported that the contract does not list.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from conftest import SEEDS_EXPECTED, SEEDS_RAW

from pressroom.parsing import parse_bytes

SEEDS = sorted(p.stem for p in SEEDS_EXPECTED.glob("*.json"))


def _fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("’", "'")


def _contract(stem: str) -> tuple[dict, dict]:
    expected = json.loads((SEEDS_EXPECTED / f"{stem}.json").read_text(encoding="utf-8"))
    raw: Path = SEEDS_RAW / f"{stem}.txt"
    parsed = parse_bytes(raw.read_bytes(), source=raw.name)
    assert parsed.problems == []
    assert len(parsed.releases) == 1
    return expected, parsed.releases[0].to_contract(raw.name)


@pytest.mark.parametrize("stem", SEEDS)
def test_release_fields(stem: str) -> None:
    expected, got = _contract(stem)
    assert got["source"] == expected["source"]
    assert got["release"] == expected["release"]


@pytest.mark.parametrize("stem", SEEDS)
def test_contacts(stem: str) -> None:
    expected, got = _contract(stem)
    for contact in got["contacts"]:
        for phone in contact["phones"]:
            phone.pop("valid", None)  # flag of rejected numbers, not part of the seeds
    assert got["contacts"] == expected["contacts"]


@pytest.mark.parametrize("stem", SEEDS)
def test_statistics(stem: str) -> None:
    expected, got = _contract(stem)
    wanted = [s for s in expected["statistics"] if not s.get("optional")]
    optional = [s for s in expected["statistics"] if s.get("optional")]
    extra = []
    for stat in got["statistics"]:
        key = (round(float(stat["value"]), 6), stat["unit"])
        hit = next((e for e in wanted if (round(float(e["value"]), 6), e["unit"]) == key), None)
        if hit is None:
            opt = next((e for e in optional if (round(float(e["value"]), 6), e["unit"]) == key),
                       None)
            if opt is None:
                extra.append(stat["text"])
            else:
                optional.remove(opt)
            continue
        wanted.remove(hit)
        assert stat["qualifier"] == hit["qualifier"], stat["text"]
        assert (stat["period_start"], stat["period_end"]) == (
            hit["period_start"], hit["period_end"]), stat["text"]
        if hit["subject"]:
            assert _fold(hit["subject"]).split()[0] in _fold(stat["subject"]).split(), stat["text"]
    assert [s["text"] for s in wanted] == [], "missed"
    assert extra == [], "reported but not in the contract"
