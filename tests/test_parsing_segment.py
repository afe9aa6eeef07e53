"""Segmentation: templates, title, dateline, lead, contact opener, pages of several releases."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from pressroom.parsing import parse_bytes
from pressroom.parsing.dateline import split_dateline
from pressroom.parsing.opener import find_opener
from pressroom.parsing.segment import _holds_paragraph, _LeadWatch, segment_page

MENU = ("-\nQui sommes nous\nQui sommes nousL'OIM fait partie des Nations Unies.\n"
        "Structure\nStructure\n- Directrice générale\n")
LEAD = ("Pérou - L’OIM a signé un accord avec le Ministère de l’intérieur "
        "pour lutter contre la traite.")


@pytest.mark.parametrize(
    ("text", "template"),
    [
        (MENU + "Titre de la page\n" + LEAD, "web_page"),
        ("Communiqué\nGlobal\n\nTitre du communiqué\n\n" + LEAD, "communique"),
        ("Comunicado\nAméricas\n\nTítulo\n\nPerú - La OIM firmó un acuerdo.", "communique"),
        ("Comunicado de prensa\nAméricas\n\nTítulo\n\nPerú - La OIM firmó un acuerdo.",
         "press_release"),
        ("Comunicado de imprensa\n\nTítulo\n\nPeru - IOM assinou um acordo.", "press_release"),
        ("Press Release\nGlobal\n\nIOM signs an agreement\n\nPeru - IOM signed an agreement.",
         "press_release"),
        ("Titre simple\n\n" + LEAD, "plain"),
    ],
)
def test_template(text: str, template: str) -> None:
    (draft,) = segment_page(text)
    assert draft.template == template
    assert draft.lead and draft.lead.startswith(("L’OIM", "La OIM", "IOM"))


def test_header_category_and_date_lines_are_not_the_title() -> None:
    (draft,) = segment_page("Communiqué\nGlobal\n12 mai 2016\n\nTitre long du communiqué\n\nCorps.")
    assert draft.title == "Titre long du communiqué"
    assert draft.published_on == dt.date(2016, 5, 12)


def test_wrapped_title_of_a_communique_is_joined() -> None:
    (draft,) = segment_page("Communiqué\nGlobal\n\nL'OIM lance une campagne\nà haut risque\n\n"
                            "Des centaines de membres du gouvernement.")
    assert draft.title == "L'OIM lance une campagne à haut risque"


def test_date_line_under_the_title() -> None:
    (draft,) = segment_page("IOM opens a centre\nTuesday, 3 March 2015\nIOM opened a centre.")
    assert draft.published_on == dt.date(2015, 3, 3)
    assert draft.lead == "IOM opened a centre."


@pytest.mark.parametrize(
    ("paragraph", "place", "date"),
    [
        ("Pérou - Cette semaine, l’OIM au Pérou a accueilli", "Pérou", None),
        ("Peru - L’OIM au Pérou et le Ministère", "Peru", None),
        ("Genève – L’OIM a lancé un appel", "Genève", None),
        ("Bujumbura, Burundi – L’OIM a distribué", "Bujumbura, Burundi", None),
        ("GENEVA, 12 May 2016 – IOM has evacuated", "GENEVA", dt.date(2016, 5, 12)),
        ("Genève, le 12 mai 2016 – L’OIM a lancé", "Genève", dt.date(2016, 5, 12)),
        ("Bogotá, Colombia – La OIM y el Ministerio", "Bogotá, Colombia", None),
        ("Cox's Bazar – Rohingya refugees", "Cox's Bazar", None),
    ],
)
def test_dateline_is_cut_off_the_lead(paragraph: str, place: str, date) -> None:
    got_place, got_date, lead = split_dateline(paragraph)
    assert (got_place, got_date) == (place, date)
    assert paragraph.endswith(lead) and not lead.startswith(("-", "–", " "))
    assert lead[0].isupper()


@pytest.mark.parametrize(
    "paragraph",
    ["L’OIM – l’agence des Nations Unies pour les migrations – a ouvert",
     "OIM Lima - La campagne est menée",
     "Le directeur général - qui était présent - a déclaré",
     "L'OIM a passé le relais au gouvernement colombien"],
)
def test_no_dateline(paragraph: str) -> None:
    assert split_dateline(paragraph) == (None, None, paragraph)


@pytest.mark.parametrize(
    ("lines", "remainder"),
    [
        (["Pour plus d’information, veuillez contacter"], ""),
        (["Pour plus d'informations, veuillez contacter:"], ""),
        (["Pour plus d’informations et pour obtenir une copie du",
          "rapport, veuillez contacter"], ""),
        (["Pour plus d’informations, veuillez contacter Inés Calderón, OIM Pérou"],
         "Inés Calderón, OIM Pérou"),
        (["For more information, please contact Joel Millman at IOM HQ"], "Joel Millman at IOM HQ"),
        (["For further information please contact:"], ""),
        (["Para más información, por favor contactar a:"], ""),
        (["Para mayor información, por favor contacte a María López"], "María López"),
        (["Contacts presse : Jean Dupont"], "Jean Dupont"),
    ],
)
def test_contact_openers(lines: list[str], remainder: str) -> None:
    opener = find_opener([*lines, "Next line"], 0)
    assert opener is not None
    assert opener.end == len(lines)
    assert opener.remainder == remainder


def test_information_sentence_without_contact_is_no_opener() -> None:
    lines = ["Pour plus d'informations sur la campagne, voir le site.", "Suite"]
    assert find_opener(lines, 0) is None


def test_contact_lines_stay_lines() -> None:
    text = ("Titre\nPérou - Le corps du texte.\nPour plus d'informations, veuillez contacter:\n"
            "Carolina Santos\nOIM Pérou\nEmail: casantos@iom.int\nTel: +51.1.221.7209 Ext. 145")
    (draft,) = segment_page(text)
    assert draft.contact_lines == ["Carolina Santos", "OIM Pérou", "Email: casantos@iom.int",
                                   "Tel: +51.1.221.7209 Ext. 145"]
    assert draft.body == []


def _titles(text: str) -> list[str | None]:
    return [r.title for r in parse_bytes(text.encode(), "page.txt").releases]


def test_page_of_releases_splits_after_each_contact_block() -> None:
    text = (MENU
            + "L’OIM distribue des kits d’urgence aux familles sinistrées au Burundi\n"
            + "Bujumbura, Burundi – L’OIM a distribué des kits à 2 000 familles sinistrées.\n"
            + "Pour plus d’informations, veuillez contacter\nMarie Nkurunziza\nOIM Burundi\n"
            + "Email : mnkurunziza@iom.int\n"
            + "Pérou : une formation\n"  # short title, looks like a contact name
            + LEAD + "\n"
            + "Pour plus d'informations, veuillez contacter Inés Calderón, OIM Pérou, "
            + "Email: icalderon@iom.int\n")
    parsed = parse_bytes(text.encode(), "page.txt")
    assert [r.title for r in parsed.releases] == [
        "L’OIM distribue des kits d’urgence aux familles sinistrées au Burundi",
        "Pérou : une formation"]
    assert [r.dateline for r in parsed.releases] == ["Bujumbura, Burundi", "Pérou"]
    assert [[c.name for c in r.contacts] for r in parsed.releases] == [
        ["Marie Nkurunziza"], ["Inés Calderón"]]
    assert all(r.template == "web_page" for r in parsed.releases)


def test_page_of_releases_splits_at_separators_and_repeated_headers() -> None:
    text = ("Communiqué\nGlobal\n\nPremier titre\n\nPérou - Premier texte.\n\n"
            "Communiqué\nAmériques\n\nDeuxième titre\n\nChili - Deuxième texte.\n"
            "* * *\nTroisième titre\nColombie - Troisième texte.\n")
    assert _titles(text) == ["Premier titre", "Deuxième titre", "Troisième titre"]


def test_menu_between_two_pages_is_dropped() -> None:
    text = (MENU + "Premier titre\n" + LEAD + "\n"
            + "Pour plus d'informations, veuillez contacter Inés Calderón, Email: ic@iom.int\n"
            + MENU + "Second titre\n" + LEAD + "\n")
    parsed = parse_bytes(text.encode(), "page.txt")
    assert [r.title for r in parsed.releases] == ["Premier titre", "Second titre"]
    assert [c.name for c in parsed.releases[0].contacts] == ["Inés Calderón"]


def test_text_without_any_line_is_a_segment_problem() -> None:
    parsed = parse_bytes(b"-\n- \n-\n", "menu-only.txt")
    assert parsed.releases == []
    assert [p.stage for p in parsed.problems] == ["segment"]


def test_release_type_label_under_the_headline_opens_no_new_release() -> None:
    """A "Communiqué de presse" label under a web page's headline (a menu above it) labels
    that release: one release, whose title, date, country and contact desk are found."""
    text = ("Aller au contenu | Aller au menu | Aller à la recherche\n"
            "Accueil > Presse > Communiqués\n"
            "Grippe aviaire : la préfecture renforce la surveillance des élevages du Gers\n"
            "Communiqué de presse\n"
            "Publié le 03/02/2025\n"
            "La préfecture du Gers a placé 41 communes en zone de surveillance après la "
            "détection d'un foyer dans un élevage de canards près de Toulouse, a-t-elle annoncé "
            "lundi.\n"
            "Contact presse\n"
            "Préfecture du Gers – Bureau de la communication\n"
            "Tél. : 05 62 55 40 12 – pref-presse@gers.gouv.example\n")
    (release,) = parse_bytes(text.encode(), "page.txt").releases
    assert release.title == ("Grippe aviaire : la préfecture renforce la surveillance des "
                             "élevages du Gers")
    assert release.template == "web_page"
    assert release.published_on == "2025-02-03"
    assert release.country == "FR"
    assert [(c.emails, [p.e164 for p in c.phones]) for c in release.contacts] == [
        (["pref-presse@gers.gouv.example"], ["+33562554012"])]


@pytest.mark.parametrize(
    "line",
    ["Préfecture du Gers – Bureau communication", "Ascom Sesau – (82) 3555-1020 (plantão)"],
)
def test_a_name_and_its_office_or_phone_after_a_dash_is_no_dateline(line: str) -> None:
    """Fewer words after the dash than a lead opens with: a contact line, not a place."""
    assert split_dateline(line) == (None, None, line)


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("Managua, 12 feb (EFE).- El Gobierno de Nicaragua anunció hoy un plan de vacunación.",
         "Managua"),
        ("Asunción, 3 de abril (EFE).- Las lluvias dejaron 2.000 familias damnificadas.",
         "Asunción"),
    ],
)
def test_wire_dateline_with_a_day_and_month_and_a_glued_dot_dash(paragraph: str,
                                                                  place: str) -> None:
    found, date, rest = split_dateline(paragraph)
    assert (found, date) == (place, None)
    assert rest.startswith(("El Gobierno", "Las lluvias"))


@pytest.mark.parametrize("related", [
    "Related stories\nCity to plant 5,000 trees by 2026\n- Bus fares frozen for 12 months",
    "Leia também: Governo abre 300 vagas em creches",
    "À lire aussi\nLa Région finance 40 nouveaux bus\nLes plus lus\nUn incendie détruit 3 hectares",
    "À lire également\n› Lyon : 12 blessés dans un carambolage",
    "ALSO READ: Government releases Rs 25 million for flood victims",
    "Lea también: El Gobierno entrega 500 viviendas en Santa Cruz",
    "Leia ainda: Prefeitura abre 300 vagas em creches",
])
def test_a_related_list_in_the_body_is_cut_with_its_headlines(related: str) -> None:
    """Other pages' headlines under a "Related" heading are no part of the release: their
    figures are not its statistics. The body after them stays."""
    text = ("Council opens new library\n\n"
            "LEEDS, 3 March 2025 - The city council opened a new library in Armley on Monday, "
            "with 18,000 books and 40 computers.\n\n"
            f"{related}\n\n"
            "The library will open seven days a week from April.\n")
    draft = segment_page(text)[0]
    assert draft.body == ["The library will open seven days a week from April."]


def test_a_wrapped_paragraph_under_a_related_heading_stays_in_the_body() -> None:
    text = ("Council opens new library\n\n"
            "LEEDS, 3 March 2025 - The city council opened a new library in Armley on Monday, "
            "with 18,000 books and 40 computers.\n\n"
            "See also\n"
            "The library will open seven days a week\n"
            "from April, the council said.\n")
    assert segment_page(text)[0].body == [
        "The library will open seven days a week from April, the council said."]


def test_the_lead_watch_answers_as_a_full_reading_of_the_growing_lines() -> None:
    """`_LeadWatch` reads only the lines added since its last answer; a cut resets it."""
    pool = ["", "Titre court", "Menu | Accueil",
            "Genève - L'OIM a distribué 3 000 kits aux familles déplacées par les pluies.",
            "Mise à jour : le chiffre a été corrigé le 3 mars après une vérification."]
    rng = random.Random(5)
    for _ in range(200):
        watch, lines = _LeadWatch(), []
        for _ in range(12):
            if lines and rng.random() < 0.2:
                del lines[rng.randrange(len(lines)):]
                watch.reset()
            elif rng.random() < 0.15:
                lines = []  # the next chunk's lines
            else:
                lines.append(rng.choice(pool))
            assert watch.holds(lines) == _holds_paragraph(lines)
