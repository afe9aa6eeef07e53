"""The Great Expectations data docs work offline: every script, stylesheet and image they load is a
local file of the site, not a CDN URL (plain hyperlinks may still point to the web)."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from test_quality_gate import LANDING, MARTS, STAGING

from pressroom.db import connect
from pressroom.quality import validate_stage
from pressroom.quality.docs_assets import ASSETS_DIR, VENDOR_DIR, localize_page
from pressroom.settings import Paths

# The tags that make a browser fetch something while the page loads (not <a href>).
RESOURCE_TAG = re.compile(r"<(?:script|link|img)\b[^>]*>", re.IGNORECASE)
RESOURCE_URL = re.compile(r'\b(?:src|href)="([^"]+)"')
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The data docs after two landing runs (the second re-renders the index over the first)."""
    paths = Paths(tmp_path_factory.mktemp("docs") / "pressroom")
    with connect(paths.warehouse) as con:
        con.execute(LANDING + STAGING + MARTS)
        for run in ("run-1", "run-2"):
            validate_stage(con, paths, "landing", run_id=run)
    return paths.gx_docs_dir


def resources(page: Path) -> list[str]:
    html = page.read_text("utf-8")
    urls = [m.group(1) for tag in RESOURCE_TAG.finditer(html)
            for m in RESOURCE_URL.finditer(tag.group())]
    return urls + CSS_URL.findall(html)


def test_data_docs_load_nothing_from_the_web(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 15  # index, every suite, two runs' validations
    remote = {(p.relative_to(site).as_posix(), url) for p in pages for url in resources(p)
              if re.match(r"(https?:)?//", url)}
    assert remote == set()
    index = (site / "index.html").read_text("utf-8")
    assert 'href="https://greatexpectations.io"' in index  # hyperlinks stay


def test_every_local_asset_a_page_loads_exists(site):
    checked = 0
    for page in site.rglob("*.html"):
        for url in resources(page):
            if url.startswith(("data:", "#")):
                continue
            assert (page.parent / url.split("?")[0]).is_file(), (page, url)
            checked += 1
    assert checked > 200
    # the libraries the pages run on, each shipped with its licence
    vendor = site / VENDOR_DIR
    assert (vendor / "jquery" / "jquery.min.js").is_file()
    assert (vendor / "bootstrap-table" / "bootstrap-table.min.js").is_file()
    for library in ASSETS_DIR.iterdir():
        if library.is_dir():
            assert list((vendor / library.name).glob("LICENSE*")), library.name


def test_local_scripts_carry_no_crossorigin_attribute(site):
    """A `crossorigin` script fails to load from file:// (no CORS there)."""
    page = next((site / "validations").rglob("*.html")).read_text("utf-8")
    tags = [t for t in RESOURCE_TAG.findall(page) if VENDOR_DIR in t]
    assert len(tags) >= 12
    assert [t for t in tags if "crossorigin" in t or "integrity" in t] == []


def test_chart_scripts_are_kept_only_on_pages_that_draw_charts():
    head = ('<script src="https://cdn.jsdelivr.net/npm/vega@5"></script>\n'
            '<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>\n')
    plain = localize_page(head, "../..")
    assert "vega" not in plain
    assert '<script src="../../static/vendor/jquery/jquery.min.js"></script>' in plain
    chart = localize_page(head + "<script>vegaEmbed('#g', spec);</script>", ".")
    assert '<script src="https://cdn.jsdelivr.net/npm/vega@5"></script>' in chart


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium")
def test_index_builds_its_tables_in_a_browser_with_no_network(site):
    """bootstrap-table turns the index's JSON into rows: proof the vendored scripts run."""
    with tempfile.TemporaryDirectory() as profile:
        dom = subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={profile}",
             "--virtual-time-budget=5000", "--dump-dom", (site / "index.html").as_uri()],
            capture_output=True, text=True, timeout=120, check=True).stdout
    assert dom.count('data-index="') >= 4  # rendered rows: 2 runs x 2 landing suites, + suites
    assert "landing.quarantine" in dom
