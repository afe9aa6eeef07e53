"""The pressroom dashboard (Streamlit): figures, releases, contacts and quality of the published
warehouse. Start it with `pressroom dashboard` (or `make dashboard`); see README, "Dashboard".

The page reads `warehouse/published/pressroom.duckdb` read-only through queries.load, and loads it
again when a new publish replaces the file (checked every few seconds), so it can stay open while
pipelines run.
"""

from __future__ import annotations

from pathlib import Path

import altair as alt
import streamlit as st
from queries import Dashboard, load, publish_signature

from pressroom.settings import Paths

PUBLISHED = Paths.default().published
CHECK_EVERY = "5s"  # how often the page looks for a new publish


@st.cache_data(max_entries=2, show_spinner=False)
def dashboard(path: str, signature: tuple[int, int]) -> Dashboard:
    """The page's data for one publish (`signature` is the cache key that changes with it)."""
    return load(Path(path))


@st.fragment(run_every=CHECK_EVERY)
def reload_on_publish(shown: tuple[int, int] | None) -> None:
    """Rerun the page when the published file was replaced since it was drawn."""
    if publish_signature(PUBLISHED) != shown:
        st.rerun()


def bar(data, x: str, y: str, color: str | alt.Color | None = None, sort: str | None = None,
        height: int = 300) -> alt.Chart:
    """A bar chart with tooltips (Vega-Lite, drawn as SVG by Streamlit)."""
    encoding = {"x": alt.X(x, sort=sort), "y": alt.Y(y), "tooltip": list(data.columns)}
    if color is not None:
        encoding["color"] = color if isinstance(color, alt.Color) else alt.Color(color)
    return alt.Chart(data).mark_bar().encode(**encoding).properties(height=height)


DATES = {c: st.column_config.DateColumn(format="YYYY-MM-DD")
         for c in ("published_on", "released_on", "first_seen_on", "last_seen_on")}


def header(d: Dashboard) -> None:
    publish = d.publish.iloc[0]
    st.title("pressroom")
    st.caption(f"Publish {publish.publish_id}, {publish.published_at:%Y-%m-%d %H:%M} UTC, "
               f"parser {publish.parser_version} — {PUBLISHED}")
    columns = st.columns(4)
    columns[0].metric("Releases", len(d.releases))
    columns[1].metric("Figures", d.figures)
    columns[2].metric("Countries", d.releases["country_name"].nunique())
    columns[3].metric("Contacts", len(d.contacts))


def figures(d: Dashboard) -> None:
    st.header("Figures")
    left, right = st.columns(2)
    with left:
        st.subheader("Per country and year")
        st.caption("Year: the end of the period a figure covers, else its release's year.")
        st.altair_chart(bar(d.figures_by_country_year, "year:O", "figures:Q", "country:N"),
                        use_container_width=True)
    with right:
        label = "category" if d.category_source == "category" else "category (unit)"
        st.subheader(f"Per {label}")
        st.altair_chart(bar(d.figures_by_category, "category:N", "figures:Q", sort="-y"),
                        use_container_width=True)


def releases(d: Dashboard) -> None:
    st.header("Latest releases")
    per_country = d.releases.groupby("country_name", dropna=False).size().rename("releases")
    st.altair_chart(bar(per_country.reset_index(), "country_name:N", "releases:Q", sort="-y",
                        height=200),
                    use_container_width=True)
    st.dataframe(d.releases.head(50), hide_index=True, use_container_width=True,
                 column_config=DATES)


def contacts(d: Dashboard) -> None:
    st.header("Contact directory")
    search = st.text_input("Search a name, office, e-mail or phone")
    shown = d.contacts
    if search:
        text = shown[["name", "offices", "emails", "phones"]].fillna("").agg(" ".join, axis=1)
        shown = shown[text.str.contains(search, case=False, regex=False)]
    st.dataframe(shown, hide_index=True, use_container_width=True, column_config=DATES)


def quality(d: Dashboard) -> None:
    st.header("Quality")
    st.caption("Great Expectations results of the latest validation of each stage.")
    q = d.quality.assign(result=d.quality["success"].map({True: "passed", False: "failed"}))
    counts = q.groupby(["stage", "result"]).size().rename("expectations").reset_index()
    result = alt.Color("result:N", scale=alt.Scale(domain=["passed", "failed"],
                                                   range=["#59a14f", "#e15759"]))
    st.altair_chart(bar(counts, "stage:N", "expectations:Q", result, height=250),
                    use_container_width=True)
    failed = q[~q["success"]].drop(columns=["success", "result"])
    st.write(f"{len(failed)} failed expectation(s) (warnings do not block a publish):")
    st.dataframe(failed, hide_index=True, use_container_width=True)


def main() -> None:
    st.set_page_config(page_title="pressroom dashboard", layout="wide")
    signature = publish_signature(PUBLISHED)
    reload_on_publish(signature)
    if signature is None:
        st.title("pressroom")
        st.info(f"Nothing published yet at {PUBLISHED}: run `pressroom run` first.")
        return
    d = dashboard(str(PUBLISHED), signature)
    header(d)
    figures(d)
    releases(d)
    contacts(d)
    quality(d)


main()
