"""Cleaning: HTML remnants, spaces, the site menu, and joining hard-wrapped lines."""

from __future__ import annotations

import sys

import pytest
from conftest import SEEDS_RAW

from pressroom.parsing import unwrap as unwrap_module
from pressroom.parsing.clean import _MAILTO_HINT, clean_lines, strip_html
from pressroom.parsing.decode import decode_bytes
from pressroom.parsing.navigation import strip_navigation
from pressroom.parsing.unwrap import unwrap


def test_broken_mailto_link_keeps_the_address() -> None:
    assert strip_html('E-mail: "mailto:jcasapia@iom.int">jcasapia@iom.int') == (
        "E-mail: jcasapia@iom.int")


def test_mailto_hint_finds_what_the_lower_cased_page_shows() -> None:
    """`_MAILTO_HINT` stands for `"lto:" in text.lower()`: no code point but these six letters
    lower-cases to text holding "l", "t" or "o" (nor ":" but itself), and "mailto:" is
    removed in any case."""
    assert {chr(c) for c in range(sys.maxunicode + 1)
            if set(chr(c).lower()) & set("lto:")} == set("lLtToO:")
    assert strip_html('"MailTo:a@b.org">a@b.org, "mAILTO:c@d.org">c') == "a@b.org, c"
    assert _MAILTO_HINT.search("écrire à l’équipe : mailto") is None


def test_whole_links_tags_and_entities() -> None:
    html = ('Voir <a href="https://www.iom.int/fr">le site</a> '
            "&eacute;t&eacute; &amp; R&D &#8211; fin")
    assert strip_html(html) == "Voir le site été & R&D – fin"


def test_breaks_and_paragraph_tags_become_line_and_paragraph_ends() -> None:
    assert clean_lines("a<br>\nb<br/>c<p>d</p>e") == ["a", "b", "c", "", "d", "", "e"]


def test_odd_spaces_are_plain_and_collapsed() -> None:
    assert clean_lines("plus de 3\u00a0900\u202fvictimes  ici.\u00a0\t") == [
        "plus de 3 900 victimes ici."]


def _seed_lines(prefix: str) -> list[str]:
    path = next(SEEDS_RAW.glob(f"{prefix}_*.txt"))
    return clean_lines(decode_bytes(path.read_bytes()).text)


def test_oim_menu_is_cut_off_the_seed_pages() -> None:
    for prefix in ("000", "001", "002", "003"):
        lines, found = strip_navigation(_seed_lines(prefix))
        assert found
        assert "175 Etats membres" not in " ".join(lines)  # the menu blurb is gone
        assert lines[0].startswith(("L’OIM", "L'OIM", "Une étude"))


def test_communique_without_menu_is_left_alone() -> None:
    lines = _seed_lines("004")
    assert strip_navigation(lines) == (lines, False)


def test_unknown_site_menu_is_recognised_by_its_shape() -> None:
    lines = ["-", "About us", "About usWe help refugees since 1950.", "Programmes",
             "Programmes", "- Health", "- Shelter", "Floods hit the coast",
             "Dhaka - Heavy rain displaced families."]
    assert strip_navigation(lines) == (lines[7:], True)


def test_a_release_starting_with_one_list_item_is_not_a_menu() -> None:
    lines = ["- Update", "Floods hit the coast", "Dhaka - Heavy rain displaced families."]
    assert strip_navigation(lines) == (lines, False)


def test_hard_wrapped_seed_joins_into_paragraphs() -> None:
    lines, _ = strip_navigation(_seed_lines("002"))
    paragraphs = unwrap(lines[1:])
    assert paragraphs[0] == (
        "L'OIM a passé le relais au gouvernement colombien pour la gestion du service "
        "téléphonique national gratuit de lutte contre la traite qui permettait de signaler "
        "les cas de traite et d'obtenir des informations.")
    text = "\n".join(paragraphs)
    assert "pouvant aller jusqu'à 23 ans de prison" in text
    assert "(Loi 985)" in text
    assert "plus de 4000 fonctionnaires et membres de la société civile" in text


def test_wrapped_paragraphs_split_where_the_next_word_would_have_fitted() -> None:
    lines = ["Le service a reçu plus de 28000 appels depuis son lancement",
             "en 2003.",
             "Grâce à cette loi, les autorités colombiennes ont ouvert",
             "49 enquêtes."]
    assert unwrap(lines) == [
        "Le service a reçu plus de 28000 appels depuis son lancement en 2003.",
        "Grâce à cette loi, les autorités colombiennes ont ouvert 49 enquêtes."]


def test_number_split_across_lines_is_rejoined() -> None:
    assert unwrap(["L'OIM a besoin de 40", "403 000 dollars pour continuer."]) == [
        "L'OIM a besoin de 40 403 000 dollars pour continuer."]
    web_line = ("L'OIM a besoin, pour poursuivre ses opérations d'urgence dans les trois provinces "
                "jusqu'à la fin de l'année, de 40")  # a web-page line longer than any wrap
    assert unwrap([web_line, "403 000 dollars."]) == [web_line + " 403 000 dollars."]


def test_web_page_lines_are_paragraphs() -> None:
    long_a = "Peru - " + "L’OIM au Pérou et le Ministère ont signé un accord. " * 3
    long_b = "Le Mémorandum a été signé par le chef de mission de l’OIM au Pérou. " * 2
    assert unwrap([long_a.strip(), long_b.strip()]) == [long_a.strip(), long_b.strip()]


def test_blank_lines_separate_paragraphs_and_list_items_stay_apart() -> None:
    lines = ["Les besoins urgents sont :", "- l'eau potable ;", "- des latrines.", "",
             "Un autre paragraphe court.", "Qui continue ici."]
    assert unwrap(lines) == ["Les besoins urgents sont :", "- l'eau potable ;",
                             "- des latrines.", "Un autre paragraphe court. Qui continue ici."]


def test_elision_and_hyphen_at_line_end_join_without_space() -> None:
    assert unwrap(["les victimes d’", "exploitation et les anti-", "traite"]) == [
        "les victimes d’exploitation et les anti-traite"]


def test_a_word_hyphenated_at_a_line_end_is_joined_without_its_hyphen() -> None:
    lines = ["La fondation a remis des équipements aux 35 ma-",
             "ternités rurales ; 38 % des accouche-",
             "ments ont encore lieu à domicile."]
    assert unwrap(lines) == ["La fondation a remis des équipements aux 35 maternités rurales ; "
                             "38 % des accouchements ont encore lieu à domicile."]


def test_a_compound_cut_at_a_line_end_keeps_its_hyphen() -> None:
    """The page writes the compound whole, or both halves as words: a compound, not a cut."""
    lines = ["Le porte-parole a parlé. Il a dit que le porte-",
             "parole serait là, et que ce serait peut-",
             "être utile. Il faut être là, on peut le faire."]
    text = " ".join(unwrap(lines))
    assert "le porte-parole serait" in text and "peut-être utile" in text


def test_a_compound_the_page_writes_whole_only_further_down_keeps_its_hyphen() -> None:
    """The page's words are read when a join first meets a cut word, but from every line."""
    lines = ["Il a dit que le porte-", "parole serait là.", "Le porte-parole l'a confirmé."]
    assert unwrap(lines)[0].startswith("Il a dit que le porte-parole serait là.")


def test_the_page_s_words_are_read_only_when_a_join_meets_a_cut_word(
        monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    page_words = unwrap_module.page_words
    monkeypatch.setattr(unwrap_module, "page_words",
                        lambda lines: read.append(len(lines)) or page_words(lines))
    assert unwrap(["Une ligne coupée", "au milieu.", "", "Un tiret - seul", "ici."]) == [
        "Une ligne coupée au milieu.", "Un tiret - seul ici."]
    assert read == []  # no line ends on a word cut by a hyphen
    assert unwrap(["38 % des accouche-", "ments ont lieu ici.", "", "Un autre", "texte."]) == [
        "38 % des accouchements ont lieu ici.", "Un autre texte."]
    assert read == [5]  # once, for the whole page
