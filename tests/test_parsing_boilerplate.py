"""Boilerplate learned from a corpus, and dropped by parse_bytes outside contact blocks."""

from __future__ import annotations

from conftest import SEEDS_RAW

from pressroom.parsing import parse_bytes
from pressroom.parsing.boilerplate import learn_boilerplate
from pressroom.parsing.decode import decode_bytes

FOOTER = "Partager cette page\nImprimer\n"


def _release(n: int, footer: str = FOOTER) -> str:
    return (f"Titre numéro {n} sur la migration\n"
            f"Pérou - L’OIM a formé {n}0 agents de police à Lima.\n"
            f"{footer}"
            "Le programme se poursuit jusqu'à la fin de la\n"
            "traite.\n"
            "Pour plus d'informations, veuillez contacter\n"
            "Carolina Santos\nOIM Pérou\nEmail: casantos@iom.int\n")


def test_seed_menu_is_learned() -> None:
    texts = [decode_bytes(p.read_bytes()).text for p in sorted(SEEDS_RAW.glob("*.txt"))]
    learned = learn_boilerplate(texts)
    assert {"Qui sommes nous", "- Directrice générale", "Travailler avec nous"} <= learned
    assert not any("@" in line or "contacter" in line for line in learned)


def test_rule_needs_three_files_and_thirty_percent() -> None:
    assert learn_boilerplate([_release(1), _release(2)]) == frozenset()  # two files only
    others = [f"Autre texte {n}\nSans pied ni menu, numéro {n}." for n in range(8)]
    many = [_release(n) for n in range(1, 4)] + others
    assert learn_boilerplate(many) == frozenset()  # 3 of 11 files < 30 %
    assert {"Partager cette page", "Imprimer"} <= learn_boilerplate(many[:6])


def test_identical_files_count_once() -> None:
    assert learn_boilerplate([_release(1)] * 5) == frozenset()


def test_openers_emails_and_wrapped_fragments_are_never_boilerplate() -> None:
    learned = learn_boilerplate([_release(n) for n in range(1, 6)])
    assert {"Partager cette page", "Imprimer"} <= learned
    assert "traite." not in learned  # the end of a wrapped paragraph
    assert "Pour plus d'informations, veuillez contacter" not in learned
    assert "Email: casantos@iom.int" not in learned


def test_parse_drops_learned_lines_but_keeps_contacts() -> None:
    corpus = [_release(n) for n in range(1, 6)]
    learned = learn_boilerplate(corpus)
    assert {"OIM Pérou", "Carolina Santos"} <= learned  # repeated contact lines are learned...
    release = parse_bytes(corpus[0].encode(), "r1.txt", boilerplate=learned).releases[0]
    texts = [p.text for p in release.paragraphs]
    assert not any("Partager" in t or "Imprimer" in t for t in texts)
    assert [(c.name, c.office) for c in release.contacts] == [("Carolina Santos", "OIM Pérou")]
    without = parse_bytes(corpus[0].encode(), "r1.txt").releases[0]
    assert any("Partager cette page" in p.text for p in without.paragraphs)


def test_footer_after_the_contact_block_is_dropped() -> None:
    corpus = [_release(n, footer="") + "Plan du site\nMentions légales\n" for n in range(1, 6)]
    learned = learn_boilerplate(corpus)
    release = parse_bytes(corpus[0].encode(), "r1.txt", boilerplate=learned).releases[0]
    assert release.paragraphs[-1].text == "Email: casantos@iom.int"
    assert [c.name for c in release.contacts] == ["Carolina Santos"]
    without = parse_bytes(corpus[0].encode(), "r1.txt").releases[0]
    assert without.paragraphs[-1].text == "Mentions légales"  # without the corpus: no footer


def test_share_and_print_buttons_are_no_contacts_even_on_a_single_file() -> None:
    text = _release(1, footer="") + "Partager\nFacebook\nTwitter\nImprimer cette page\n"
    release = parse_bytes(text.encode(), "r1.txt").releases[0]
    assert [c.name for c in release.contacts] == ["Carolina Santos"]
    assert release.paragraphs[-1].text == "Email: casantos@iom.int"


def test_blurb_after_the_contacts_does_not_start_a_release() -> None:
    blurb = ("L'OIM, créée en 1951, est la principale organisation intergouvernementale dans "
             "le domaine de la migration et compte 175 Etats membres.")
    corpus = [_release(n, footer="") + blurb + "\n" for n in range(1, 6)]
    learned = learn_boilerplate(corpus)
    parsed = parse_bytes(corpus[0].encode(), "r1.txt", boilerplate=learned)
    assert [r.title for r in parsed.releases] == ["Titre numéro 1 sur la migration"]
    unknown = parse_bytes(corpus[0].encode(), "r1.txt")  # without the corpus: kept as a problem
    assert [r.title for r in unknown.releases] == ["Titre numéro 1 sur la migration"]
    assert [(p.stage, p.reason, p.detail) for p in unknown.problems] == [
        ("contacts", "page text after the contact block: not a contact", blurb)]


def test_template_headers_are_never_boilerplate() -> None:
    corpus = [f"Communiqué\nGlobal\n\nTitre numéro {n} sur la migration\n\n"
              f"Pérou - L’OIM a formé {n}0 agents de police à Lima.\n" for n in range(1, 5)]
    learned = learn_boilerplate(corpus)
    assert "Communiqué" not in learned
    release = parse_bytes(corpus[0].encode(), "c1.txt", boilerplate=learned).releases[0]
    assert (release.template, release.title) == ("communique", "Titre numéro 1 sur la migration")


def test_a_release_whose_every_line_was_learned_is_read_without_the_boilerplate() -> None:
    """A corpus holding many copies of one release learns all its lines: the page is then
    read without them rather than lost."""
    from pressroom.parsing import parse_text

    text = ("Des vivres pour 3 000 familles\n\n"
            "Goma - Le CICR a distribué des vivres à plus de 3 000 familles déplacées.\n")
    learned = frozenset(line for line in text.splitlines() if line)
    releases, _ = parse_text(text, boilerplate=learned)
    assert [r.title for r in releases] == ["Des vivres pour 3 000 familles"]
    assert [s.value for s in releases[0].statistics] == [3000]
