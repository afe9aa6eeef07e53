"""Site menus of sites the parser has never seen, recognised on a single page."""

from __future__ import annotations

from pressroom.parsing import parse_bytes
from pressroom.parsing.navigation import strip_navigation

LEAD = "Nairobi, Kenya - Heavy rain displaced 3,000 families in the west of the country."


def _title(text: str) -> str | None:
    releases = parse_bytes(text.encode(), "page.txt").releases
    assert len(releases) == 1
    return releases[0].title


def test_skip_link_and_short_menu_items_are_navigation() -> None:
    page = ("Skip to main content\nAbout\n- Our mandate\n- Member States\nMedia\n"
            "- Press releases\nSearch\nFloods displace thousands of families in western Kenya\n"
            + LEAD)
    assert _title(page) == "Floods displace thousands of families in western Kenya"


def test_menu_heading_starts_a_menu_in_french_and_spanish() -> None:
    fr = ("Menu\nAccueil\nActualités\n- Communiqués\nNous contacter\n"
          "Des milliers de familles déplacées par les pluies au Kenya\n"
          "Nairobi - Les pluies ont déplacé 3 000 familles dans l'ouest du pays.")
    es = ("Ir al contenido principal\nInicio\nNoticias\n- Comunicados\nContáctenos\n"
          "Miles de familias desplazadas por las lluvias en Kenia\n"
          "Nairobi - Las lluvias desplazaron a 3.000 familias en el oeste del país.")
    assert _title(fr) == "Des milliers de familles déplacées par les pluies au Kenya"
    assert _title(es) == "Miles de familias desplazadas por las lluvias en Kenia"


def test_office_name_and_labels_above_the_menu_items_are_navigation() -> None:
    page = ("IOM Kenya\nHome\nAbout us\n- IOM in Kenya\n- Our partners\nContact us\nDonate\n"
            "Floods displace thousands of families in western Kenya\n" + LEAD)
    assert _title(page) == "Floods displace thousands of families in western Kenya"


def test_blurb_closing_the_menu_is_not_the_title() -> None:
    page = ("Main navigation\nHome\nWhat we do\n- Health\nJobs\n"
            "IOM has worked in Kenya since 1996 with twelve field offices.\n"
            "Floods displace thousands of families in western Kenya\n"
            "Heavy rain displaced 3,000 families in the west of the country.\n"
            "Shelters were opened in four towns.")
    assert _title(page) == "Floods displace thousands of families in western Kenya"


def test_blurb_between_menu_items_and_copyright_line_are_navigation() -> None:
    page = ("Menú principal\nQuiénes somos\n- Estados Miembros\n"
            "La OIM tiene 175 Estados Miembros y oficinas en más de 100 países.\n"
            "Prensa\n- Historias\n© OIM 2024\n"
            "Miles de familias desplazadas por las lluvias en Kenia\n"
            "Nairobi - Las lluvias desplazaron a 3.000 familias en el oeste del país.")
    assert _title(page) == "Miles de familias desplazadas por las lluvias en Kenia"


def test_short_title_read_as_a_menu_label_is_given_back() -> None:
    lines = ["Skip to main content", "Home", "- News", "Search", "Floods in Kenya", LEAD]
    assert strip_navigation(lines) == (["Floods in Kenya", LEAD], True)
    dated = ["Skip to main content", "Home", "- News", "Floods in Kenya", "12 May 2016",
             "Heavy rain displaced families."]
    assert strip_navigation(dated)[0][0] == "Floods in Kenya"


def test_release_with_a_short_title_and_no_menu_is_left_alone() -> None:
    lines = ["Floods in Kenya", "", "Heavy rain displaced families.", "", "- 300 tents",
             "- 200 hygiene kits"]
    assert strip_navigation(lines) == (lines, False)
    communique = ["Press Release", "Global", "", "Floods in Kenya", "", "- 300 tents",
                  "- 200 kits"]
    assert strip_navigation(communique) == (communique, False)


def test_title_with_a_place_head_after_a_menu_label() -> None:
    page = ("Skip to main content\nHome\n- News\nSearch\n"
            "Haiti - Heavy rain displaces 3,000 families\n"
            "Port-au-Prince - Heavy rain displaced 3,000 families in the south.\n")
    assert _title(page) == "Haiti - Heavy rain displaces 3,000 families"


def test_line_kinds_read_one_by_one_equal_the_whole_page_at_once() -> None:
    """Each line's kind is read only when asked (the menu is at the top of the page): the
    kinds are those the flags of the whole page give, echoed labels included."""
    from pressroom.parsing.navigation import _line_kind, line_kinds, menu_line_flags

    lines = ["Skip to main content", "", "Structure", "StructureL'OIM en bref", "Media", "",
             "- Press releases", "Home", "Home", "Floods displace thousands of families", "",
             LEAD, "Share", "© IOM 2024", ""]
    flags = menu_line_flags(lines)
    eager = [_line_kind(line, flag) for line, flag in zip(lines, flags, strict=True)]
    assert line_kinds(lines) == eager
    assert eager[0] == "decisive" and eager[2] == eager[3] == "menu" and eager[11] is None
