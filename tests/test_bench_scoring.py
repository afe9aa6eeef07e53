"""Our scorer gives the same totals as shared/tools/score_parse.py on the same predictions."""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from pressroom.bench.scoring import (
    TOTAL_KEYS,
    figures,
    load_labels,
    new_totals,
    score_file,
)
from pressroom.corpus import write_corpus

SCORE_PARSE = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score_parse.py"


def perturb(label: dict, rng: random.Random) -> dict:
    """A parse with the kinds of mistakes a parser makes (or none)."""
    pred = copy.deepcopy(label)
    stats = pred["statistics"]
    for stat in list(stats):
        roll = rng.random()
        if roll < 0.1:
            stats.remove(stat)
        elif roll < 0.2:
            stat["qualifier"] = "about" if stat["qualifier"] != "about" else "exact"
        elif roll < 0.3:
            stat["period_start"] = 1999
        elif roll < 0.4:
            stat["subject"] = "quelque chose"
        elif roll < 0.45:
            stat["value"] = stat["value"] + 1
    if rng.random() < 0.3:
        stats.append({"value": 1951, "unit": "count", "qualifier": "exact", "text": "1951"})
    rng.shuffle(stats)
    if rng.random() < 0.15:
        pred["release"]["title"] = "Qui sommes nous"
    elif rng.random() < 0.3 and pred["release"]["title"]:
        pred["release"]["title"] = pred["release"]["title"].upper()
    if rng.random() < 0.1:
        pred["release"]["country"] = "CA"
    for contact in pred["contacts"]:
        roll = rng.random()
        if roll < 0.1:
            contact["emails"] = []  # matched on the name then
            contact["name"] = (contact["name"] or "").upper() or None
        elif roll < 0.2:
            contact["phones"] = contact["phones"][1:]
        elif roll < 0.25:
            contact["emails"] = ["someone@else.org"]
            contact["name"] = "Quelqu'un"
    if rng.random() < 0.1:
        pred["contacts"].append({"name": "Facebook", "emails": [], "phones": []})
    return pred


@pytest.mark.skipif(not SCORE_PARSE.is_file(), reason="shared/tools/score_parse.py not beside repo")
def test_totals_equal_score_parse(tmp_path: Path):
    corpus = tmp_path / "corpus"
    write_corpus(80, 9, corpus)
    preds = tmp_path / "pred"
    preds.mkdir()
    rng = random.Random(4)
    ours = new_totals()
    for stem, label in load_labels(corpus / "expected"):
        if isinstance(label, list):
            continue  # score_parse.py knows one object per file
        if rng.random() < 0.05 or not ours["docs"]:
            score_file(label, None, ours)  # no prediction: a failed file (the first one, always)
            continue
        pred = perturb(label, rng)
        (preds / f"{stem}.json").write_text(json.dumps(pred, ensure_ascii=False), "utf-8")
        score_file(label, [pred], ours)
    out = subprocess.run([sys.executable, str(SCORE_PARSE), str(corpus / "expected"), str(preds)],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    theirs = json.loads(out[-2])
    assert {k: ours[k] for k in TOTAL_KEYS} == theirs
    assert 0 < ours["st_match"] < ours["st_exp"] and ours["failed"] > 0
    assert 0 < figures(ours)["qualifier"] < 1


def test_multi_release_pages_pair_by_title_then_order():
    a = {"release": {"title": "Première", "country": "PE", "language": "fr"},
         "contacts": [], "statistics": [{"value": 3, "unit": "count", "qualifier": "exact"}]}
    b = {"release": {"title": "Seconde", "country": "CO", "language": "fr"},
         "contacts": [], "statistics": [{"value": 4, "unit": "count", "qualifier": "exact"}]}
    tot = new_totals()
    misses = score_file([a, b], [copy.deepcopy(b), copy.deepcopy(a)], tot)
    assert misses == []
    assert (tot["docs"], tot["title_ok"], tot["st_match"], tot["st_exp"]) == (2, 2, 2, 2)
    tot = new_totals()
    score_file([a, b], [copy.deepcopy(a)], tot)  # the parser found only one release
    assert (tot["docs"], tot["failed"], tot["st_match"], tot["st_exp"]) == (2, 1, 1, 2)
    tot = new_totals()
    score_file([a], [copy.deepcopy(a), copy.deepcopy(b)], tot)  # one expected, two parsed
    assert (tot["docs"], tot["rel_extra"], tot["st_rep"]) == (1, 1, 1)


def test_optional_statistics_neither_count_nor_hurt():
    label = {"release": {"title": "T"}, "contacts": [], "statistics": [
        {"value": 4, "unit": "count", "qualifier": "exact", "optional": True},
        {"value": 9, "unit": "percent", "qualifier": "exact"}]}
    for reported in ([{"value": 9, "unit": "percent"}],
                     [{"value": 9, "unit": "percent"}, {"value": 4, "unit": "count"}]):
        tot = new_totals()
        score_file(label, [{"release": {"title": "T"}, "contacts": [], "statistics": reported}],
                   tot)
        assert figures(tot)["stat_f1"] == 1.0


DEV = Path(__file__).resolve().parents[1].parent / "shared" / "dev"


@pytest.mark.skipif(not (SCORE_PARSE.is_file() and DEV.is_dir()),
                    reason="shared/tools/score_parse.py and shared/dev not beside repo")
def test_dev_set_totals_equal_score_parse_on_the_same_parses(tmp_path: Path):
    """`bench accuracy`'s real-dev column counts exactly what score_parse.py counts."""
    from pressroom.bench.accuracy import parse_dataset

    labels, run, _ = parse_dataset(DEV)
    assert not (DEV / "expected" / "multi").exists() and len(labels) >= 41
    ours = new_totals()
    for stem, label in labels:
        releases = run.predictions.get(stem) or []
        if releases:  # a file with no release is a failure for both scorers
            (tmp_path / f"{stem}.json").write_text(json.dumps(releases[0]), "utf-8")
        score_file(label, releases, ours)
    out = subprocess.run([sys.executable, str(SCORE_PARSE), str(DEV / "expected"), str(tmp_path)],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert {k: ours[k] for k in TOTAL_KEYS} == json.loads(out[-2])
    assert ours["docs"] == len(labels) and ours["st_exp"] > 100
