"""Offline data docs: the scripts and stylesheets GX loads from CDNs, served by the site itself.

Great Expectations 1.24 hard-codes CDN URLs (jQuery, Bootstrap, bootstrap-table, Font Awesome, ...)
in its page templates. Offline, the index page lists no validations or suites (bootstrap-table
builds those tables) and no page has its layout. GX has no setting for local assets: templates in
`plugins/custom_data_docs/views` are looked up after GX's own, so they cannot replace them. So after
each build, `make_offline` copies the vendored files (data_docs_assets/, taken from npm, with their
licences) into `<site>/static/vendor/` and points the written pages at them.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

ASSETS_DIR = Path(__file__).with_name("data_docs_assets")
#: Where the vendored files go, relative to the site root.
VENDOR_DIR = "static/vendor"

#: Every CDN URL of the GX 1.24 templates, mapped to its vendored copy (under ASSETS_DIR).
CDN_TO_VENDOR: dict[str, str] = {
    "https://code.jquery.com/jquery-3.7.1.min.js": "jquery/jquery.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/popper.js/1.12.9/umd/popper.min.js":
        "popper.js/popper.min.js",
    "https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js":
        "bootstrap/js/bootstrap.min.js",
    "https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css":
        "bootstrap/css/bootstrap.min.css",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.js":
        "bootstrap-table/bootstrap-table.min.js",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/bootstrap-table.min.css":
        "bootstrap-table/bootstrap-table.min.css",
    "https://unpkg.com/bootstrap-table@1.19.1/dist/extensions/filter-control/"
    "bootstrap-table-filter-control.min.js":
        "bootstrap-table/extensions/filter-control/bootstrap-table-filter-control.min.js",
    # The templates ask for 1.19.0's filter-control CSS (minified or not): 1.19.1's serves both.
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/"
    "bootstrap-table-filter-control.min.css":
        "bootstrap-table/extensions/filter-control/bootstrap-table-filter-control.min.css",
    "https://unpkg.com/bootstrap-table@1.19.0/dist/extensions/filter-control/"
    "bootstrap-table-filter-control.css":
        "bootstrap-table/extensions/filter-control/bootstrap-table-filter-control.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/js/"
    "bootstrap-datepicker.min.js": "bootstrap-datepicker/js/bootstrap-datepicker.min.js",
    "https://cdnjs.cloudflare.com/ajax/libs/bootstrap-datepicker/1.9.0/css/"
    "bootstrap-datepicker.min.css": "bootstrap-datepicker/css/bootstrap-datepicker.min.css",
    "https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.6.0/css/all.min.css":
        "fontawesome-free/css/all.min.css",
    "https://cdn.jsdelivr.net/npm/@forevolve/bootstrap-dark@1.1.0/dist/css/"
    "bootstrap-prefers-dark.css": "bootstrap-dark/css/bootstrap-prefers-dark.min.css",
}

#: Vega only draws charts (none of our suites' pages has one) and weighs ~1 MB: its tags are
#: dropped from pages without a chart; a page with a chart keeps them (charts need a network).
CHART_SCRIPTS = (
    "https://cdn.jsdelivr.net/npm/vega@5",
    "https://cdn.jsdelivr.net/npm/vega-lite@5",
    "https://cdn.jsdelivr.net/npm/vega-embed@6",
)
#: GX copies its logo into static/images but the pages load it (and the dark-mode logo) from here.
GX_WEB_ASSETS = re.compile(
    r"https://great-expectations-web-assets\.s3\.us-east-2\.amazonaws\.com/"
    r"(?:logo-long|full_logo_dark)\.png(?:\?[^\"')]*)?")

_RESOURCE_TAG = re.compile(r"<(?:script|link|img)\b[^>]*>", re.IGNORECASE)
_URL_ATTR = re.compile(r'\b(src|href)="([^"]+)"')
#: GX's own relative links to the site's static/ folder; its favicon link on validation pages
#: climbs one folder too few (GX 1.24 bug), so they are all re-rooted from the page's real depth.
_SITE_STATIC = re.compile(r"^(?:\./|(?:\.\./)*)static/")
# A local file loaded with `crossorigin` fails from file:// (no CORS there): drop it with the hash.
_SRI_ATTRS = re.compile(r'\s+(?:integrity|crossorigin)="[^"]*"')
_CHART_TAGS = re.compile(
    "|".join(rf'<script src="{re.escape(url)}"></script>\s*' for url in CHART_SCRIPTS))


def make_offline(site: Path, since: float = 0.0) -> int:
    """Copy the vendored assets into `site` and point its pages at them; pages changed.

    `since` (a time.time()): only pages written since then are read (a build re-renders a few
    pages; the site keeps those of 30 runs). Idempotent: pages already pointing at local copies
    are left alone, so it can be called again on the whole site.
    """
    _copy_assets(site / VENDOR_DIR)
    changed = 0
    for page in site.rglob("*.html"):
        if since and page.stat().st_mtime < since:
            continue
        html = page.read_text(encoding="utf-8")
        offline = localize_page(html, Path(os.path.relpath(site, page.parent)).as_posix())
        if offline != html:
            page.write_text(offline, encoding="utf-8")
            changed += 1
    for css in (site / "static" / "styles").glob("*.css"):
        text = css.read_text(encoding="utf-8")
        if GX_WEB_ASSETS.search(text):
            css.write_text(GX_WEB_ASSETS.sub("../images/logo-long.png", text), encoding="utf-8")
    return changed


def _copy_assets(target: Path) -> None:
    """Copy the vendored files that `target` lacks (or holds in another size)."""
    for source in ASSETS_DIR.rglob("*"):
        if source.is_dir():
            continue
        copy = target / source.relative_to(ASSETS_DIR)
        if not copy.is_file() or copy.stat().st_size != source.stat().st_size:
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy)


def localize_page(html: str, site_root: str) -> str:
    """`html` with CDN scripts, stylesheets and logos replaced by files under `site_root`.

    `site_root` is the site's root folder relative to the page ("." for index.html).
    """
    if "vegaEmbed(" not in html:
        html = _CHART_TAGS.sub("", html)

    def local_tag(tag: re.Match[str]) -> str:
        attr = _URL_ATTR.search(tag.group())
        if attr is None:
            return tag.group()
        attribute, url = attr.groups()
        if url in CDN_TO_VENDOR:
            local = f'{attribute}="{site_root}/{VENDOR_DIR}/{CDN_TO_VENDOR[url]}"'
            return _SRI_ATTRS.sub("", tag.group().replace(attr.group(), local))
        if _SITE_STATIC.match(url):
            local = f'{attribute}="{_SITE_STATIC.sub(f"{site_root}/static/", url)}"'
            return tag.group().replace(attr.group(), local)
        return tag.group()

    html = _RESOURCE_TAG.sub(local_tag, html)
    return GX_WEB_ASSETS.sub(f"{site_root}/static/images/logo-long.png", html)
