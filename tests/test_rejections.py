"""Rejections are recorded: turned-down figures (staging.rejected_figures), unusable contact
text and unparseable phone numbers (staging.parse_problems), each with its reason."""

from __future__ import annotations

import pytest
from conftest import SEEDS_RAW

from pressroom.db import connect
from pressroom.landing import land_files
from pressroom.parsing import parse_bytes
from pressroom.parsing.contacts import scan_contacts
from pressroom.parsing.phones import find_phones
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


# --- contact lines and phone numbers -------------------------------------------------------


def test_contact_text_the_parser_cannot_use_is_reported_job_titles_are_not():
    scan = scan_contacts(["Ana Ruiz", "Chargée de communication", "Share this page",
                          "Tel: 1234", "Email: aruiz@iom.int"], region="PE")

    assert [(c.name, c.emails, c.phones) for c in scan.contacts] == [
        ("Ana Ruiz", ["aruiz@iom.int"], [])]
    assert [(p.stage, p.detail) for p in scan.unused] == [("contacts", "Share this page"),
                                                         ("contacts", "Tel: 1234")]
    assert "not a phone number" in scan.unused[1].reason


def test_an_unparseable_number_is_kept_flagged_and_reported():
    scan = scan_contacts(["Ana Ruiz", "Tel: 0800 1234 5678 9012 3456"], region="PE")

    (phone,) = scan.contacts[0].phones
    assert (phone.e164, phone.valid) == ("+08001234567890123456", False)
    (problem,) = scan.unused
    assert problem.reason == "phone number cannot be parsed: kept as its digits, flagged invalid"
    assert problem.detail.startswith("0800 1234 5678 9012 3456 -> +08001234567890123456: ")


def test_a_number_dialled_with_00_needs_no_country():
    (phone,) = find_phones("Tel: 0041 22 717 90 63", region=None)
    assert (phone.e164, phone.valid, phone.problem) == ("+41227179063", True, None)


def test_unused_contact_lines_reach_parse_problems_and_the_number_a_flagged_row(root, tmp_path):
    text = (SEEDS_RAW / "001_abb1b8f4ae9cc770.txt").read_text("utf-8").replace(
        "Mobile: + 51 968 216 777",
        "Mobile: + 51 968 216 777\nTel: 0800 1234 5678 9012 3456\nSuivez-nous sur Twitter")
    page = tmp_path / "contacts.txt"
    page.write_text(text, "utf-8")
    with connect(root.warehouse) as con:
        land_files(con, root, [page], None)
        parse_pending(con, root)

        problems = con.execute("select stage, reason, detail from staging.parse_problems "
                               "order by detail").fetchall()
        flagged = con.execute("select value, raw from staging.contact_points "
                              "where not is_valid").fetchall()
    assert problems == [
        ("contacts", "phone number cannot be parsed: kept as its digits, flagged invalid",
         "0800 1234 5678 9012 3456 -> +08001234567890123456: (4) The string supplied is too "
         "long to be a phone number."),
        ("contacts", "page text after the contact block: not a contact",  # "follow us": chrome
         "Suivez-nous sur Twitter"),
    ]
    assert flagged == [("+08001234567890123456", "0800 1234 5678 9012 3456")]
