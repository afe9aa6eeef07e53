"""The dashboard over the published warehouse: its queries on a real published file, and the page
drawn by headless Chromium while the pipeline publishes again.

Set PRESSROOM_DASHBOARD_SCREENSHOT=docs/dashboard.png to save the page as the README shows it.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator

import duckdb
import pytest
from conftest import SEEDS_RAW, TESTS_DIR

from pressroom.settings import PROJECT_DIR, Paths

pytestmark = pytest.mark.slow

SPEC = importlib.util.spec_from_file_location("queries", PROJECT_DIR / "dashboard" / "queries.py")
queries = sys.modules["queries"] = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(queries)

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--window-size=1400,3000"]
CHARTS = "[data-testid=stVegaLiteChart] svg"


@pytest.fixture(scope="module")
def published(tmp_path_factory, prefect_harness) -> Paths:
    """A root whose pipeline ran once on the five seed releases."""
    from flows.pipeline import pipeline

    paths = Paths(tmp_path_factory.mktemp("dashboard") / "pressroom")
    shutil.copytree(SEEDS_RAW, paths.inbox)
    pipeline(root=str(paths.root))
    return paths


def test_load_reads_one_publish_and_categories_fall_back_to_units(published):
    board = queries.load(published.published)
    with duckdb.connect(str(published.published), read_only=True) as con:
        releases, figures = con.execute("select (select count(*) from marts.releases), "
                                        "(select count(*) from marts.statistics)").fetchone()
        units = dict(con.execute("select unit, count(*) from marts.statistics "
                                 "group by all").fetchall())
    assert (len(board.releases), board.figures) == (releases, figures) == (5, 19)
    assert board.figures_by_country_year["figures"].sum() == figures
    assert {"Peru", "Chile", "Colombia"} <= set(board.figures_by_country_year["country"])
    if board.category_source == "unit":  # a warehouse without marts.figures.category
        assert dict(board.figures_by_category.values.tolist()) == units
    assert set(board.quality["stage"]) == {"landing", "staging", "marts"}
    assert "jgallo@iom.int" in set(board.contacts["emails"])


def test_category_comes_from_marts_figures_when_the_warehouse_has_it(published, tmp_path):
    copy = tmp_path / "pressroom.duckdb"
    shutil.copy(published.published, copy)
    with duckdb.connect(str(copy)) as con:
        kind = con.execute("select table_type from information_schema.tables where "
                           "table_schema = 'marts' and table_name = 'figures'").fetchall()
        if kind:  # the published mart: replaced by a view with known categories
            con.execute(f"drop {'view' if kind[0][0] == 'VIEW' else 'table'} marts.figures")
        con.execute("create view marts.figures as select unit, "
                    "case when unit = 'percent' then 'share' else 'people' end as category "
                    "from marts.statistics")
    board = queries.load(copy)
    assert board.category_source == "category"
    assert dict(board.figures_by_category.values.tolist()) == {"share": 6, "people": 13}


def test_publish_signature_changes_when_a_new_file_replaces_it(tmp_path):
    target = tmp_path / "pressroom.duckdb"
    assert queries.publish_signature(target) is None
    duckdb.connect(str(target)).close()
    first = queries.publish_signature(target)
    (tmp_path / "next.duckdb").write_bytes(target.read_bytes())
    os.replace(tmp_path / "next.duckdb", target)
    assert queries.publish_signature(target) not in (None, first)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def dashboard_url(published) -> Iterator[str]:
    """`pressroom dashboard` serving the published root; stopped by its PID."""
    port = free_port()
    env = {**os.environ, "PRESSROOM_ROOT": str(published.root)}
    server = subprocess.Popen([sys.executable, "-m", "pressroom.cli", "dashboard", "--port",
                               str(port)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 90
        while socket.socket().connect_ex(("127.0.0.1", port)) != 0:
            assert server.poll() is None and time.monotonic() < deadline, "dashboard did not start"
            time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(30)


@pytest.fixture
def browser() -> Iterator:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    with tempfile.TemporaryDirectory() as profile:
        for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]:
            options.add_argument(flag)
        driver = webdriver.Chrome(options=options,
                                  service=Service(shutil.which("chromedriver") or "chromedriver"))
        try:
            yield driver
        finally:
            driver.quit()


def wait_for(driver, script: str, until, timeout: float = 60):
    """Run `script` in the page until `until(result)` holds; return the result."""
    deadline = time.monotonic() + timeout
    while True:
        result = driver.execute_script(script)
        if until(result) or time.monotonic() > deadline:
            return result
        time.sleep(0.5)


METRICS = """return Object.fromEntries(Array.from(document.querySelectorAll(
    '[data-testid=stMetric]')).map(m => [
        m.querySelector('[data-testid=stMetricLabel]').innerText.trim(),
        m.querySelector('[data-testid=stMetricValue]').innerText.trim()]))"""
CHART_TEXT = f"""return Array.from(document.querySelectorAll('{CHARTS} text'))
    .map(t => t.textContent)"""


def test_the_page_draws_charts_with_data_and_follows_a_new_publish(published, dashboard_url,
                                                                   browser):
    from flows.pipeline import pipeline

    browser.get(dashboard_url)
    charts = wait_for(browser, f"return document.querySelectorAll('{CHARTS}').length",
                      lambda n: n >= 4)
    assert charts == 4  # per country and year, per category, releases per country, quality
    bars = browser.execute_script(
        f"return document.querySelectorAll('{CHARTS} .mark-rect path').length")
    assert bars >= 10
    assert wait_for(browser, METRICS, lambda m: len(m) == 4) == {
        "Releases": "5", "Figures": "19", "Countries": "3", "Contacts": "5"}
    labels = set(browser.execute_script(CHART_TEXT))
    categories = set(queries.load(published.published).figures_by_category["category"])
    assert categories and categories <= labels  # the per-category chart names every category
    assert {"Peru", "Chile", "Colombia", "2014", "landing", "marts", "staging",
            "passed"} <= labels
    if shot := os.environ.get("PRESSROOM_DASHBOARD_SCREENSHOT"):
        height = browser.execute_script(
            "return document.querySelector('[data-testid=stMain]').scrollHeight")
        browser.set_window_size(1400, height + 100)
        time.sleep(2)
        browser.save_screenshot(shot)

    # A new release is published while the page is open: the page shows it without a reload.
    shutil.copy(TESTS_DIR / "data" / "releases" / "en_press_release.txt", published.inbox)
    pipeline(root=str(published.root))
    metrics = wait_for(browser, METRICS, lambda m: m.get("Releases") == "6", timeout=60)
    assert metrics["Releases"] == "6"
    assert int(metrics["Figures"]) > 19
