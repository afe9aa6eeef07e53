"""The reference seeds dbt loads are what the generator script writes, not hand edits."""

from __future__ import annotations

import csv
import importlib.util

from pressroom.settings import PROJECT_DIR

SCRIPT = PROJECT_DIR / "dbt" / "scripts" / "generate_seeds.py"


def load_generator():
    spec = importlib.util.spec_from_file_location("generate_seeds", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read(name: str) -> list[dict[str, str]]:
    with (PROJECT_DIR / "dbt" / "seeds" / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_committed_seeds_match_the_generator():
    generator = load_generator()
    assert read("countries.csv") == generator.country_rows()
    assert read("currencies.csv") == generator.currency_rows()


def test_countries_have_names_in_every_release_language():
    rows = {r["alpha2"]: r for r in read("countries.csv")}
    assert (rows["PE"]["name_en"], rows["PE"]["name_fr"], rows["PE"]["name_es"]) == (
        "Peru", "Pérou", "Perú")
    assert rows["NA"]["name_en"] == "Namibia"  # a code, not a missing value
    assert all(r["name_en"] and r["name_fr"] and r["name_es"] for r in rows.values())
