"""Rejected figures: every number the parser turned down is stored with its rule and reason."""

from __future__ import annotations

import pytest
from conftest import SEEDS_RAW

from pressroom.db import connect
from pressroom.landing import land_files
from pressroom.parsing import parse_bytes
from pressroom.settings import Paths
from pressroom.staging import parse_pending

LAW_SEED = "002_ee27f2e9299fc903.txt"  # "(Loi 985)", "23 ans de prison", "(01 8000 52 20 20)"


@pytest.fixture
def parsed(root: Paths):
    """The working warehouse with the five seeds landed and parsed."""
    con = connect(root.warehouse)
    land_files(con, root, [root.inbox], None)
    summary = parse_pending(con, root)
    yield con, summary
    con.close()


def rejected(con, where: str = "true", params: list | None = None) -> list[tuple]:
    return con.execute(
        "select f.original_name, r.text, r.rule, r.reason, r.sentence "
        "from staging.rejected_figures r join landing.files f using (sha256) "
        f"where {where} order by all", params or []).fetchall()


def test_the_seed_traps_are_stored_with_their_rule_reason_and_sentence(parsed):
    con, summary = parsed

    law = rejected(con, "r.text = '985'")
    assert [(name, rule) for name, _, rule, *_ in law] == [(LAW_SEED, "document_number")]
    assert "Loi 985" in law[0][4] and "document number" in law[0][3]

    (duration,) = rejected(con, "r.text like '%23 ans%'")
    assert duration[:3] == (LAW_SEED, "pouvant aller jusqu'à 23 ans de prison", "duration")
    assert duration[3].startswith("A duration")

    (phone,) = rejected(con, "r.rule = 'masked'")
    assert phone[:3] == (LAW_SEED, "01 8000 52 20 20", "masked")
    assert "phone number" in phone[3]

    assert ("cinq mois", "duration") in {(t, rule) for _, t, rule, *_ in rejected(con)}
    (total,) = con.execute("select count(*) from staging.rejected_figures").fetchone()
    assert summary.rejected_figures == total > 0
    (no_reason,) = con.execute("select count(*) from staging.rejected_figures "
                               "where trim(reason) = '' or trim(rule) = ''").fetchone()
    assert no_reason == 0


def test_site_navigation_is_gone_before_figures_are_read(root, parsed):
    con, _ = parsed
    in_inbox = [f.name for f in root.inbox.iterdir() if "175 Etats membres" in f.read_text()]
    assert len(in_inbox) == 4  # the navigation is in the raw pages ...

    assert rejected(con, "r.text like '%175%' or r.sentence like '%175 Etats%'") == []
    (stats,) = con.execute(
        "select count(*) from staging.statistics where text like '%175%'").fetchone()
    assert stats == 0  # ... and neither reported nor rejected


def test_offsets_point_at_the_rejected_text_in_the_stored_paragraph(parsed):
    con, _ = parsed
    mismatched = con.execute(
        """
        select r.release_id, r.position, r.text
        from staging.rejected_figures r
        join staging.releases rel using (release_id)
        left join staging.paragraphs p
               on p.release_id = r.release_id and p.position = r.paragraph
        where substr(case when r.paragraph = -1 then rel.title else p.text end,
                     r.char_start + 1, r.char_end - r.char_start) is distinct from r.text
           or r.sentence not like '%' || r.text || '%'
        """).fetchall()
    assert mismatched == []


def test_reparsing_with_a_new_parser_version_replaces_the_rejections(root, parsed):
    con, _ = parsed
    before = rejected(con)

    parse_pending(con, root, parser_version="next", batch_size=2)

    assert rejected(con) == before
    assert con.execute("select distinct parser_version from staging.rejected_figures"
                       ).fetchall() == [("next",)]
    (duplicates,) = con.execute(
        "select count(*) - count(distinct (release_id, position)) "
        "from staging.rejected_figures").fetchone()
    assert duplicates == 0


def test_rejections_stay_out_of_the_json_contract():
    data = (SEEDS_RAW / LAW_SEED).read_bytes()
    (release,) = parse_bytes(data, LAW_SEED).releases

    assert {r.rule for r in release.rejected} >= {"document_number", "duration", "masked"}
    contract = release.to_contract(LAW_SEED)
    assert set(contract) == {"source", "release", "contacts", "statistics"}
    assert "985" not in {str(s["value"]) for s in contract["statistics"]}
