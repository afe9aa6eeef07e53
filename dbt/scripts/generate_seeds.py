"""Write the reference seeds dbt loads: countries.csv, country_names.csv and currencies.csv.

Run from the checkout after upgrading pycountry or babel, then commit the CSVs:

    .venv/bin/python dbt/scripts/generate_seeds.py

Codes come from ISO 3166-1 / ISO 4217 (pycountry); country names from the CLDR (babel), which
gives the short names people write ("Bolivia", "Pérou") rather than ISO's formal ones.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pycountry
from babel import Locale

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"
LANGUAGES = ("en", "fr", "es", "pt")
#: Names shorter than this are not looked for in sentences (too likely to be another word).
MIN_NAME_LENGTH = 4


def country_rows() -> list[dict[str, str]]:
    """One row per ISO 3166-1 country, with its name in each release language."""
    locales = {lang: Locale(lang) for lang in LANGUAGES}
    rows = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        row = {"alpha2": country.alpha_2, "alpha3": country.alpha_3}
        for lang, locale in locales.items():
            row[f"name_{lang}"] = locale.territories.get(country.alpha_2, country.name)
        rows.append(row)
    return rows


def country_name_rows() -> list[dict[str, str]]:
    """Every name a sentence may give a country by: CLDR names in each release language, and
    ISO's name and common name (English) when they differ, one row per distinct name."""
    rows = []
    for country in country_rows():
        names = {(lang, country[f"name_{lang}"]) for lang in LANGUAGES}
        iso = pycountry.countries.get(alpha_2=country["alpha2"])
        for name in (iso.name, getattr(iso, "common_name", None)):
            if name and "," not in name:  # "Congo, The Democratic Republic of the": inverted
                names.add(("en", name))
        seen: set[str] = set()
        for lang, name in sorted(names):
            if len(name) >= MIN_NAME_LENGTH and name not in seen:
                seen.add(name)
                rows.append({"alpha2": country["alpha2"], "language": lang, "name": name})
    return rows


def currency_rows() -> list[dict[str, str]]:
    """One row per ISO 4217 currency."""
    return [
        {"code": c.alpha_3, "name": c.name}
        for c in sorted(pycountry.currencies, key=lambda c: c.alpha_3)
    ]


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    write_csv(SEEDS_DIR / "countries.csv", country_rows())
    write_csv(SEEDS_DIR / "country_names.csv", country_name_rows())
    write_csv(SEEDS_DIR / "currencies.csv", currency_rows())


if __name__ == "__main__":
    main()
