"""What the dashboard shows, read from the published warehouse (no Streamlit here: testable alone).

The published file is replaced atomically on each publish, so the dashboard never keeps it open:
`load` opens it read-only, reads every table the page needs in one transaction (one consistent
publish), and closes it. `publish_signature` changes when a new file is renamed into place, which
is when the page loads again.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

RELEASES = """
select title, country_name, language, template, dateline, published_on,
       coalesce(published_on, cast(landed_at as date)) as released_on,
       statistic_count as figures, contact_count as contacts, source_file_name
from marts.releases
order by released_on desc, landed_at desc, title
"""

# A figure's year: the end of the period it covers, else the year of its release (published,
# else landed). Its country: the figure's own, else its release's.
FIGURES_BY_COUNTRY_YEAR = """
select coalesce(c.country_name, r.country_name, 'unknown') as country,
       coalesce(s.period_end, s.period_start, year(r.published_on), year(r.landed_at)) as year,
       count(*) as figures
from marts.statistics s
join marts.releases r using (release_key)
left join (select distinct country_code, country_name from marts.releases) c
       on c.country_code = s.country_code
group by all
order by year, country
"""

CATEGORY_COLUMN = """
select count(*) from information_schema.columns
where table_schema = 'marts' and table_name = 'figures' and column_name = 'category'
"""
FIGURES_BY_CATEGORY = "select category, count(*) as figures from marts.figures group by all"
FIGURES_BY_UNIT = "select unit as category, count(*) as figures from marts.statistics group by all"

CONTACTS = """
select name,
       array_to_string(offices, '; ') as offices,
       array_to_string(emails, '; ') as emails,
       array_to_string(list_transform(phones,
           lambda p: p.e164 || coalesce(' ext. ' || p."extension", '')), '; ') as phones,
       release_count as releases, first_seen_on, last_seen_on
from marts.contacts
order by release_count desc, name
"""

# The latest validation of each stage (one pipeline run validates the three stages).
QUALITY = """
select stage, table_name, expectation, column_name, severity, success, unexpected_count,
       message, validated_at
from quality.results
qualify run_id = first_value(run_id) over (partition by stage order by validated_at desc)
order by stage, success, severity, table_name, expectation
"""

PUBLISH_INFO = "select publish_id, published_at, parser_version from meta.publish_info"


@dataclass(frozen=True)
class Dashboard:
    """Everything the page shows, from one publish."""

    publish: pd.DataFrame
    releases: pd.DataFrame
    figures_by_country_year: pd.DataFrame
    figures_by_category: pd.DataFrame
    category_source: str  # "category" (marts.figures) or "unit" (older warehouses)
    contacts: pd.DataFrame
    quality: pd.DataFrame

    @property
    def figures(self) -> int:
        return int(self.figures_by_category["figures"].sum())


def publish_signature(published: Path) -> tuple[int, int] | None:
    """(inode, mtime) of the published file: a new publish renames a new file into place."""
    try:
        stat = os.stat(published)
    except FileNotFoundError:
        return None
    return stat.st_ino, stat.st_mtime_ns


def load(published: Path) -> Dashboard:
    """Read the dashboard's tables from the published file, opened read-only and closed again."""
    with duckdb.connect(str(published), read_only=True) as con:
        con.execute("begin transaction").fetchall()
        has_category = con.execute(CATEGORY_COLUMN).fetchall() == [(1,)]
        return Dashboard(
            publish=con.execute(PUBLISH_INFO).df(),
            releases=con.execute(RELEASES).df(),
            figures_by_country_year=con.execute(FIGURES_BY_COUNTRY_YEAR).df(),
            figures_by_category=con.execute(
                FIGURES_BY_CATEGORY if has_category else FIGURES_BY_UNIT).df(),
            category_source="category" if has_category else "unit",
            contacts=con.execute(CONTACTS).df(),
            quality=con.execute(QUALITY).df(),
        )
