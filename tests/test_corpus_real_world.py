"""The real-world layouts of the generated corpus are labelled by shared/dev/README.md's rules."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest

from pressroom.corpus import generate_document
from pressroom.corpus.real_contacts import OBFUSCATED
from pressroom.corpus.real_world import SHAPES
from pressroom.parsing import LANGUAGES

N = 500
MOBILE_LABELS = r"(?:Mob\.?:?|Mobile :|Cell:|Portable :|Móvil:|Cel\.:|Celular:|Mob\.:)"


@pytest.fixture(scope="module")
def real():
    docs = [generate_document(17, i) for i in range(N)]
    return [(d, d.layout.split("/")[1], d.expected[0]) for d in docs
            if d.layout.startswith("real_world/")]


def test_real_world_layouts_are_a_share_of_the_corpus_and_all_appear(real):
    assert 0.15 * N < len(real) < 0.35 * N
    shapes = Counter(shape for _, shape, _ in real)
    assert set(shapes) == {s for table in SHAPES.values() for s, _ in table}
    assert {label["release"]["language"] for _, _, label in real} == set(LANGUAGES)


def test_datelines_are_the_place_only_and_wires_date_the_release(real):
    wires = 0
    for doc, shape, label in real:
        rel = label["release"]
        if rel["dateline"] is not None:
            assert rel["dateline"] in doc.text
            assert not re.search(r"\d|\(|CNW|APO|PRNewswire|CICR\)|ICRC\)", rel["dateline"])
        if shape in ("prn", "cnw", "apo"):
            wires += 1
            assert rel["template"] == "press_release" and rel["dateline"]
            assert re.search(re.escape(rel["dateline"]) + r", (le )?\w", doc.text)
            day = date.fromisoformat(rel["published_on"])
            assert re.search(rf"\b{day.day}\b", doc.text) and str(day.year) in doc.text
        if shape in ("archive", "reliefweb", "swiss", "copy"):
            assert rel["published_on"] is not None
    assert wires >= 10


def test_titles_are_null_when_the_page_has_no_headline(real):
    for doc, shape, label in real:
        title = label["release"]["title"]
        first = doc.text.lstrip().split("\n", 1)[0]
        if shape in ("stamp", "cnw", "swiss"):
            assert title is None, doc.name
        elif shape == "archive":
            assert re.search("archiv|arquiv", first.lower()) and title in doc.text
        elif shape in ("listing", "contacts_first") and re.search(r"\b(19|20)\d\d\b", first):
            assert title is None, (doc.name, first)  # "2016 Press Releases" is no headline
        elif shape == "copy":
            assert first == "logo" and label["release"]["template"] == "web_page"
            head = re.search(r"\d\d-\d\d-\d{4} .+\n\n(.+)", doc.text)[1]
            assert title == head or (title is None and "-" in head and " " not in head)
        elif shape == "allafrica":
            assert title == first and title.startswith(("Afrique: ", "Africa: "))


def test_contacts_follow_the_dev_rules(real):
    desks = media = hidden = national = 0
    for doc, _, label in real:
        contacts = label["contacts"]
        if OBFUSCATED in doc.text:
            hidden += 1
            assert all(c["emails"] == [] for c in contacts)
        for c in contacts:
            if c["name"] is None and c["office"] is None:  # a bare "Media Contact" e-mail
                media += 1
                assert len(c["emails"]) == 1 and c["phones"] == []
                assert c["emails"][0] in doc.text.lower()
            elif c["name"] is None:  # a service desk, named in `office`
                desks += 1
                assert c["office"] in doc.text
            for phone in c["phones"]:  # Canada, Switzerland, Brazil without country code
                e164 = phone["e164"]
                forms = {"+1": f"{e164[2:5]}-{e164[5:8]}-{e164[8:]}",
                         "+41": f"0{e164[3:5]} {e164[5:8]} {e164[8:10]} {e164[10:]}",
                         "+55": f"({e164[3:5]}) {e164[5]}.{e164[6:10]}.{e164[10:]}"}
                code = next((k for k in forms if e164.startswith(k)), None)
                if code and re.search(r"(?<!\+1 )(?<![\d-])" + re.escape(forms[code]), doc.text):
                    national += 1
    assert desks >= 5 and media >= 3 and hidden >= 10 and national >= 10


def test_phone_kinds_follow_their_labels(real):
    mobiles = 0
    for doc, _, label in real:
        kinds = {p["e164"]: p["kind"] for c in label["contacts"] for p in c["phones"]}
        for m in re.finditer(MOBILE_LABELS + r" ([+\d(][\d .\-()]+\d)", doc.text):
            digits = re.sub(r"\D", "", m[1]).lstrip("0")
            hits = [kind for e164, kind in kinds.items() if e164.endswith(digits)]
            if hits:
                assert hits == ["mobile"], (doc.name, m[0])
                mobiles += 1
        for line in doc.text.splitlines():
            if line.count(" | ") >= 1:  # "Name | phone | e-mail": unlabelled -> phone
                number = re.sub(r"\D", "", line.split(" | ")[1]).lstrip("0")
                assert all(kind == "phone" for e164, kind in kinds.items()
                           if e164.endswith(number))
    assert mobiles >= 10


def test_real_world_wordings_of_figures(real):
    seen = Counter()
    for _, shape, label in real:
        for stat in label["statistics"]:
            text = stat["text"]
            if re.search(r"\d'\d{3}", text):
                seen["swiss"] += 1
                assert shape == "swiss"
            if text.endswith(", aproximadamente"):
                seen["after"] += 1
                assert stat["qualifier"] == "about"
            if text.endswith(("every day", "chaque jour", "todos os dias")):
                seen["daily"] += 1
                assert stat["unit"] == "count/day"
            if text.endswith("al año"):
                seen["yearly"] += 1
                assert stat["unit"] == "count/year"
            assert "articles par jour" not in text and "reports a day" not in text
            assert not text.startswith("Displaying")
    assert set(seen) == {"swiss", "after", "daily", "yearly"}, seen
