"""Hand-written tricky releases (tests/data/releases/*.txt) parse to their expected JSON.

One per language and template: an English "Press Release" with a dated dateline and two
contacts on wrapped lines, a Spanish web page with the site menu, a French communiqué in
cp1252 with a wrapped title and a broken mailto link, an English plain release saved as
double-encoded UTF-8 with HTML remnants, and a French page holding three releases.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressroom.parsing import parse_bytes

RELEASES = Path(__file__).resolve().parent / "data" / "releases"
CASES = sorted(p.stem for p in RELEASES.glob("*.json"))


def _load(stem: str):
    expected = json.loads((RELEASES / f"{stem}.json").read_text(encoding="utf-8"))
    parsed = parse_bytes((RELEASES / f"{stem}.txt").read_bytes(), source=f"{stem}.txt")
    return expected, parsed


def test_every_case_has_its_release_file() -> None:
    assert len(CASES) >= 5
    assert all((RELEASES / f"{stem}.txt").exists() for stem in CASES)


@pytest.mark.parametrize("stem", CASES)
def test_release_parses_as_expected(stem: str) -> None:
    expected, parsed = _load(stem)
    assert parsed.problems == []
    assert len(parsed.releases) == len(expected)
    for want, release in zip(expected, parsed.releases, strict=True):
        got = release.to_contract(parsed.source)
        assert got["release"] == want["release"]
        for contact in got["contacts"]:
            for phone in contact["phones"]:
                phone.pop("valid", None)
        assert got["contacts"] == want["contacts"]
        assert release.lead == want["lead"]
        body = [p.text for p in release.paragraphs if p.section == "body"]
        assert len(body) == want["body"], body
        for snippet in want["body_contains"]:
            assert any(snippet in text for text in body), snippet


@pytest.mark.parametrize("stem", CASES)
def test_contact_paragraphs_come_last(stem: str) -> None:
    _, parsed = _load(stem)
    for release in parsed.releases:
        sections = [p.section for p in release.paragraphs]
        assert sections == sorted(sections, key=["lead", "body", "contact"].index)
        assert sections[:1] == ["lead"]
