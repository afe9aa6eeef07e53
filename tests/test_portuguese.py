"""Portuguese, added through one lexicon file (issue 7), on hand-written releases.

`tests/data/releases/pt/*.txt` are three releases written for these tests (a plain release, a
"Comunicado / Local" communiqué, a web page with the site menu), with the figures, traps and
qualifiers Portuguese releases use ("mais de", "pelo menos", "cerca de", "até", "54,3 mil",
"um em cada cinco", "dois terços", "17 a 19 de maio", "Lei 13.445"). Their `.json` holds the
whole expected parse.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressroom.parsing import parse_bytes
from pressroom.parsing.figures.statistics import scan_statistics
from pressroom.parsing.language import detect_language

RELEASES = Path(__file__).resolve().parent / "data" / "releases" / "pt"
CASES = sorted(p.stem for p in RELEASES.glob("*.json"))


def _load(stem: str):
    expected = json.loads((RELEASES / f"{stem}.json").read_text(encoding="utf-8"))[0]
    parsed = parse_bytes((RELEASES / f"{stem}.txt").read_bytes(), source=f"{stem}.txt")
    assert len(parsed.releases) == 1
    return expected, parsed.releases[0]


def _figure(s: dict) -> tuple:
    subject = s.get("subject")
    return (s["value"], s.get("value_max"), s["unit"], s["qualifier"],
            subject.split()[0] if subject else None, s["period_start"], s["period_end"])


def test_there_are_three_portuguese_releases() -> None:
    assert CASES == ["pt_communique", "pt_plain", "pt_web_page"]


@pytest.mark.parametrize("stem", CASES)
def test_language_is_portuguese(stem: str) -> None:
    _, release = _load(stem)
    assert release.language == "pt"


@pytest.mark.parametrize("stem", CASES)
def test_statistics_value_unit_qualifier_subject_period(stem: str) -> None:
    """Every figure of the release, in order, with its head noun (first word) and period."""
    expected, release = _load(stem)
    got = [_figure(s) for s in release.to_contract(f"{stem}.txt")["statistics"]]
    assert got == [_figure(s) for s in expected["statistics"]]


@pytest.mark.parametrize("stem", CASES)
def test_traps_are_rejected_with_a_rule(stem: str) -> None:
    """Years, ages, measures, durations, law and phone numbers, day spans and number words
    ("dois meses") are recorded as rejected, each with its rule."""
    expected, release = _load(stem)
    rejected = [r.text for r in release.rejected]
    for text in expected["rejected"]:
        assert any(text in r or r in text for r in rejected), (text, rejected)
    assert all(r.rule and r.reason for r in release.rejected)


@pytest.mark.parametrize("stem", CASES)
def test_release_and_contacts(stem: str) -> None:
    expected, release = _load(stem)
    got = release.to_contract(f"{stem}.txt")
    assert got["release"] == expected["release"]
    for contact in got["contacts"]:
        for phone in contact["phones"]:
            phone.pop("valid", None)
    assert got["contacts"] == expected["contacts"]
    assert release.lead == expected["lead"]


@pytest.mark.parametrize(("sentence", "value", "qualifier"), [
    ("Mais de 470 mil venezuelanos vivem no Brasil.", 470000, "more_than"),
    ("Pelo menos 600 mil pessoas foram afetadas.", 600000, "at_least"),
    ("Ao menos 1.500 crianças estão desacompanhadas.", 1500, "at_least"),
    ("Estima-se que 200 famílias tenham perdido tudo.", 200, "about"),
    ("Perto de 3 mil migrantes chegaram à fronteira.", 3000, "about"),
    ("Menos de 10% dos pedidos foram aceitos.", 10, "less_than"),
    ("A OIM reuniu mais 23 pessoas com as suas famílias.", 23, "exact"),
])
def test_portuguese_qualifiers(sentence: str, value: float, qualifier: str) -> None:
    [figure] = scan_statistics([sentence], "pt").statistics
    assert (figure.value, figure.qualifier) == (value, qualifier)


def test_dos_is_not_two() -> None:
    """"dos" is "of the" in Portuguese (it is "two" in Spanish)."""
    scan = scan_statistics(["A maioria dos migrantes e dos refugiados chegou em julho."], "pt")
    assert scan.statistics == [] and scan.rejected == []


def test_lingua_tells_portuguese_from_spanish() -> None:
    assert detect_language("Os migrantes venezuelanos que chegam ao Brasil pela fronteira de "
                           "Roraima recebem abrigo e documentação.") == "pt"
    assert detect_language("Los migrantes venezolanos que llegan a Colombia por la frontera "
                           "reciben refugio y documentación.") == "es"


def test_the_portuguese_name_of_dr_congo_is_not_congo_brazzaville() -> None:
    """CLDR's Portuguese name is "Congo - Kinshasa"; pages write the long form."""
    text = ("República Democrática do Congo – A OIM distribuiu 300 kits de higiene a famílias "
            "deslocadas no Kivu do Norte.\n").encode()
    assert parse_bytes(text, source="cd.txt").releases[0].country == "CD"
