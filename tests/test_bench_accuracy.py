"""`pressroom bench accuracy` and `pressroom generate-corpus` from the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from pressroom.cli import app

runner = CliRunner()
FIGURES = ("statistics precision", "statistics recall", "statistics F1", "qualifier accuracy",
           "period accuracy", "subject accuracy", "contacts recall", "phones recall",
           "e-mails recall", "titles recall", "countries recall", "parse releases/second")


def test_generate_corpus_writes_raw_and_expected(tmp_path: Path):
    result = runner.invoke(app, ["generate-corpus", "20", "--seed", "3", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert re.match(r"20 files \(\d+ with several releases\), \d+ releases, \d+ statistics",
                    result.stdout)
    raws = sorted(p.stem for p in (tmp_path / "raw").glob("*.txt"))
    labels = sorted(p.stem for p in (tmp_path / "expected").rglob("*.json"))
    assert len(raws) == 20 and raws == labels
    first = json.loads(next((tmp_path / "expected").glob("*.json")).read_text("utf-8"))
    assert first["statistics"] and first["contacts"]


def test_bench_accuracy_prints_every_figure_for_seeds_and_corpus():
    result = runner.invoke(app, ["bench", "accuracy", "--n", "50", "--seed", "7", "--no-dev"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "seeds" in lines[0] and "generated n=50 seed=7" in lines[0]
    assert re.search(r"5 / 5\s+50 / \d+", lines[1])
    for name in FIGURES:
        row = next(line for line in lines if line.startswith(name))
        values = [float(v) for v in row[len(name):].split()]
        assert len(values) == 2
        if name != "parse releases/second":
            assert all(0.0 <= v <= 1.0 for v in values), row
        else:
            assert all(v > 0 for v in values)


def test_bench_accuracy_on_a_given_corpus_with_misses(tmp_path: Path):
    assert runner.invoke(app, ["generate-corpus", "8", "--seed", "1", str(tmp_path)]).exit_code == 0
    result = runner.invoke(app, ["bench", "accuracy", "--corpus", str(tmp_path), "--misses", "3"])
    assert result.exit_code == 0, result.output
    assert f"corpus {tmp_path}" in result.stdout.splitlines()[0]
    assert re.search(r"5 / 5\s+8 / \d+", result.output)


def _labelled_page(root: Path, n: int, banner: str) -> None:
    title = f"Nouvelle campagne numéro {n} contre la traite"
    text = (f"{banner}\n{title}\nPérou - L'OIM a formé {n}0 agents de police à Lima.\n"
            "Pour plus d'informations, veuillez contacter Inés Calderón, OIM Pérou, "
            "Email: icalderon@iom.int\n")
    (root / "raw" / f"p{n}.txt").write_text(text, encoding="utf-8")
    label = {"source": f"p{n}.txt",
             "release": {"title": title, "language": "fr", "template": "plain",
                         "dateline": "Pérou", "country": "PE", "published_on": None},
             "contacts": [{"name": "Inés Calderón", "office": "OIM Pérou",
                           "emails": ["icalderon@iom.int"], "phones": []}],
             "statistics": [{"value": n * 10, "unit": "count", "qualifier": "exact",
                             "subject": "agents de police", "period_start": None,
                             "period_end": None, "text": f"{n}0 agents de police"}]}
    (root / "expected" / f"p{n}.json").write_text(json.dumps(label), encoding="utf-8")


def test_bench_parses_with_the_boilerplate_learned_from_the_corpus(tmp_path: Path):
    from pressroom.bench.accuracy import score_dataset

    (tmp_path / "raw").mkdir()
    (tmp_path / "expected").mkdir()
    for n in range(1, 5):  # a site banner no menu shape gives away, on every page
        _labelled_page(tmp_path, n, "Portail régional des Andes")
    result = score_dataset("banner", tmp_path)
    assert result.boilerplate >= 1
    assert result.figures["title"] == 1.0, result.misses
