"""The lexicons: every language defines every field, the languages are declared once, and
every example sentence a lexicon carries is read as it says (one parametrised test)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest
import yaml

from pressroom.corpus.lang import LANGUAGES as CORPUS_LANGUAGES
from pressroom.parsing import LANGUAGES as PUBLIC_LANGUAGES
from pressroom.parsing.contacts import is_office, parse_contacts
from pressroom.parsing.country import is_origin, mentions
from pressroom.parsing.dates import parse_date
from pressroom.parsing.figures.statistics import scan_statistics
from pressroom.parsing.head import is_chrome, strip_stamp
from pressroom.parsing.headers import header_template
from pressroom.parsing.language import candidates
from pressroom.parsing.lexicon import LANGUAGES, Example, Lexicon, LexiconError, lexicon
from pressroom.parsing.lexicon.base import load
from pressroom.parsing.navigation import is_decisive, is_furniture, is_known_label
from pressroom.parsing.opener import is_opener
from pressroom.parsing.text import (
    ORGANISATION,
    alternation,
    fold,
    names_organisation,
    sentence_spans,
)

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "src" / "pressroom" / "parsing" / "lexicon" / "README.md"
#: Fields that may be empty in a language ("a third" needs "of" only in English).
MAY_BE_EMPTY = {"denominators_needing_of", "spelled_at_unbracketed", "numerators_needing_of",
                "half_scales", "particle_verbs",
                "ratio_links_adjacent", "not_a_rate_after", "plural_verb_endings", "not_verbs",
                "period_year_words", "number_homographs", "examples",
                "infinitive_endings", "office_link_articles", "partitive_articles", "date_links",
                "year_links", "name_particles", "currency_links",
                "month_abbreviations", "clock_suffix_patterns",
                "sign_scales", "scale_remainders", "currency_abbreviations", "action_links",
                "change_to_links", "approximate_numbers", "copulas"}
QUALIFIERS = {"more_than", "about", "less_than", "up_to", "at_least"}
FIELDS = [f.name for f in dataclasses.fields(Lexicon)]


def test_the_languages_are_the_lexicon_files() -> None:
    files = sorted(p.stem for p in README.parent.glob("*.toml"))
    assert sorted(LANGUAGES) == files
    assert LANGUAGES[:3] == ("fr", "en", "es") and "pt" in LANGUAGES


def test_a_lexicon_lacking_a_field_is_refused(tmp_path: Path) -> None:
    """A language file without, say, its qualifiers cannot be loaded: the error names it."""
    source = (README.parent / "pt.toml").read_text(encoding="utf-8")
    start = source.index("[qualifiers_before]")
    broken = source[:start] + source[source.index("[qualifiers_after]"):]
    (tmp_path / "pt.toml").write_text(broken, encoding="utf-8")
    with pytest.raises(LexiconError, match="qualifiers_before"):
        load(tmp_path / "pt.toml")
    (tmp_path / "pt.toml").write_text(source.replace("head_first = true", 'head_first = "yes"'),
                                      encoding="utf-8")
    with pytest.raises(LexiconError, match="bool"):
        load(tmp_path / "pt.toml")


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", FIELDS)
def test_lexicon_defines_every_field(code: str, name: str) -> None:
    """Every field holds words (a file lacking a field cannot even be loaded, see above)."""
    value = getattr(lexicon(code), name)
    if name not in MAY_BE_EMPTY and not isinstance(value, bool):
        assert value, f"{code} lexicon: {name} is empty"


@pytest.mark.parametrize("code", LANGUAGES)
def test_comparatives_make_a_change_the_lexicon_knows(code: str) -> None:
    """"70 % more X" becomes "increase in X": the change's noun is one of `change_nouns`."""
    lex = lexicon(code)
    assert {change.split()[0] for change in lex.comparatives.values()} <= lex.change_nouns


@pytest.mark.parametrize("code", LANGUAGES)
def test_lexicon_names_every_qualifier_and_cldr_months(code: str) -> None:
    lex = lexicon(code)
    assert set(lex.qualifiers_before) == QUALIFIERS
    assert set(lex.qualifiers_after) <= QUALIFIERS
    assert len(lex.months("wide")) == 12 and len(lex.weekdays()) >= 7


def test_readme_checklist_lists_every_field() -> None:
    """The checklist a new language follows names exactly the fields of `Lexicon`."""
    checklist = README.read_text(encoding="utf-8").split("## Checklist")[1].split("\n## ")[0]
    bullets = [line[2:].split(":")[0] for line in checklist.splitlines() if line.startswith("- ")]
    listed = {name for bullet in bullets for name in re.findall(r"`(\w+)`", bullet)}
    assert listed == set(FIELDS)


def test_dbt_and_expectations_accept_exactly_the_declared_languages() -> None:
    project = yaml.safe_load((ROOT / "dbt" / "dbt_project.yml").read_text(encoding="utf-8"))
    assert project["vars"]["languages"] == list(LANGUAGES)
    sets = []
    for suite in (ROOT / "expectations").rglob("*.json"):
        for expectation in json.loads(suite.read_text(encoding="utf-8"))["expectations"]:
            kwargs = expectation.get("kwargs", {})
            if kwargs.get("column") == "language" and "value_set" in kwargs:
                sets.append(kwargs["value_set"])
    assert len(sets) >= 3 and all(s == list(LANGUAGES) for s in sets)


def test_corpus_generator_writes_exactly_the_declared_languages() -> None:
    """The generator declares its own language modules (it may not import the parser's
    internals); they are the parser's public `LANGUAGES`, in the same order."""
    assert tuple(CORPUS_LANGUAGES) == PUBLIC_LANGUAGES == LANGUAGES
    assert all(CORPUS_LANGUAGES[code].code == code for code in CORPUS_LANGUAGES)


def test_lingua_chooses_among_the_declared_languages() -> None:
    """Each lexicon names the lingua model of its own language."""
    assert [lang.iso_code_639_1.name.lower() for lang in candidates()] == list(LANGUAGES)


EXAMPLES = [
    pytest.param(code, example, sentence, positive,
                 id=f"{code}-{example.rule}-{example.expect}-{'pos' if positive else 'neg'}{i}")
    for code in LANGUAGES
    for example in lexicon(code).examples
    for positive, sentences in ((True, example.positive), (False, example.negative))
    for i, sentence in enumerate(sentences)
]


@pytest.mark.parametrize(("code", "example", "sentence", "positive"), EXAMPLES)
def test_lexicon_example(code: str, example: Example, sentence: str, positive: bool) -> None:
    """Each qualifier, unit and trap entry is proven by its example sentences."""
    scan = scan_statistics([sentence], code)
    if example.rule == "trap":
        found = [r.rule for r in scan.rejected]
    elif example.rule == "qualifier":
        found = [s.qualifier for s in scan.statistics]
    elif example.rule == "subject":
        found = [w for s in scan.statistics for w in (s.subject or "").lower().split()]
    else:
        found = [s.unit for s in scan.statistics]
    assert (example.expect in found) is positive, (found, scan)


def test_every_language_proves_its_qualifiers_units_and_main_traps() -> None:
    """Each entry has sentences both ways: where it applies, and a near miss where it does not."""
    for code in LANGUAGES:
        assert all(e.positive and e.negative for e in lexicon(code).examples), code
        proven = {(e.rule, e.expect) for e in lexicon(code).examples}
        assert {("qualifier", q) for q in QUALIFIERS | {"range"}} <= proven, code
        assert {("unit", u) for u in ("percent", "count/day", "count/year", "fraction")} <= proven
        assert {("trap", t) for t in ("year", "age", "duration", "physical_measure", "date",
                                      "document_number", "geo_or_org_count")} <= proven, code


#: The structure fields: matched on accent-folded, lower-cased text (`text.fold`).
STRUCTURE_FIELDS = ["contact_heading_patterns", "contact_verb_patterns", "block_end_patterns",
                    "related_heading_patterns", "free_line_patterns", "other_desk_patterns",
                    "switchboard_labels",
                    "about_heading_patterns",
                    "honorifics", "ranks", "office_words", "address_words", "spelled_at",
                    "spelled_dot",
                    "spelled_at_unbracketed",
                    "contact_locatives", "flight_patterns", "archive_banner_patterns",
                    "listing_header_patterns", "head_chrome_patterns", "bylines", "date_labels",
                    "demonym_patterns",
                    # navigation
                    "skip_link_patterns", "menu_headings", "menu_labels", "share_buttons",
                    "share_suffix_patterns", "more_sharing_links", "share_row_words",
                    "share_row_links",
                    # contacts
                    "email_label_patterns", "contact_connectors", "contact_edge_words",
                    "office_links", "office_link_articles", "name_particles", "role_patterns",
                    # opener
                    "information_patterns", "contact_verb_links",
                    # head
                    "photo_credit_labels", "minute_words", "stamp_words", "mail_header_labels",
                    "mail_subject_labels", "mail_banner_patterns", "feed_title_labels",
                    "feed_field_labels", "feed_entry_patterns", "engagement_words",
                    "clock_suffix_patterns",
                    # dateline
                    "place_particles", "not_place_openers",
                    # country
                    "donor_nouns", "partitive_articles", "donor_agent_patterns",
                    "donor_support_nouns", "city_of_patterns", "not_city_words",
                    # dates
                    "date_links", "year_links", "date_lead_words", "day_suffixes",
                    # units, country
                    "currency_links", "currency_nouns",
                    # headers
                    "communique_headers", "press_release_headers", "reference_sign_patterns"]


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", STRUCTURE_FIELDS)
def test_structure_words_are_folded_and_patterns_compile(code: str, name: str) -> None:
    """An accent or a capital in these fields would never match the folded text; every
    `*_patterns` fragment is a valid regular expression on its own."""
    value = getattr(lexicon(code), name)
    entries = list(value.values()) if isinstance(value, dict) else list(value)
    for entry in entries:
        assert entry == fold(entry).lower(), f"{code} {name}: {entry!r} is not folded"
        if name.endswith("_patterns"):
            re.compile(entry)


@pytest.mark.parametrize("code", LANGUAGES)
def test_organisation_words_are_folded_and_capitalised(code: str) -> None:
    """`organisation_words` are matched case-sensitively on folded text: "Ministerio", not
    "ministério"; each is a word the parser recognises as an office."""
    for word in lexicon(code).organisation_words:
        assert word == fold(word) and word[0].isupper(), f"{code}: {word!r}"
        assert ORGANISATION.fullmatch(word) and not ORGANISATION.fullmatch(word.lower())


def test_structure_words_are_read_from_the_lexicons() -> None:
    """A word added to a lexicon reaches the parser: the Portuguese heading, office word,
    flight verb and demonym are recognised (no list elsewhere to update)."""
    assert is_opener("Assessoria de imprensa:")
    assert is_office("Assessoria de Comunicação")
    fled = "famílias fugindo da violência no Mali"
    assert is_origin(fled, fled.index("Mali")) and not is_origin("no Mali", 3)
    assert [code for _, code in mentions("Os moçambicanos deslocados")] == ["MZ"]


def test_one_alternation_builder_for_words_and_patterns() -> None:
    """Words are escaped, with any run of spaces and either apostrophe; `*_patterns`
    fragments are used as written; the longest alternative comes first either way."""
    words = re.compile("(?:" + alternation(["p.o. box", "po", "l'an"]) + ")$")
    assert words.match("p.o.  box") and words.match("l’an") and words.match("po")
    assert not words.match("pxo. box")  # the dots are escaped
    patterns = alternation(["contatos?", r"contact\w*"], patterns=True)
    assert patterns == r"contact\w*|contatos?"
    assert re.fullmatch(patterns, "contactez") and re.fullmatch(patterns, "contato")
    assert alternation([], patterns=True) == "(?!)"


def test_words_moved_out_of_the_code_reach_the_parser() -> None:
    """The lexicon fields that replaced word lists in the modules are read, with their
    Portuguese entries: an office word, a header and its reference sign, a country name that
    is a word, a stamp, a French scale before a currency sign."""
    assert names_organisation("Embaixada do Brasil") and not names_organisation("Maria Silva")
    assert header_template("Nota à imprensa n.º 12/2024") == "press_release"
    assert header_template("Comunicado") == "communique"
    assert mentions("A Granada é uma fruta") == [] and mentions("O Chade")[0][1] == "TD"
    assert strip_stamp("data 2024-05-12 Título") == "Título"
    assert sentence_spans("A Sra. Silva chegou. Depois falou.") == [(0, 20), (21, 34)]


def test_portuguese_page_words_are_read_from_the_lexicons() -> None:
    """The Portuguese entries of the navigation, contact, head and date fields reach the
    parser: menu and share lines, an e-mail label, a name-at-office link, a photo credit, a
    date line."""
    assert is_decisive("Pular para o conteúdo principal") and is_decisive("Navegação principal")
    assert is_known_label("Nosso trabalho") and is_known_label("Dados e pesquisa")
    assert is_furniture("Compartilhar no Facebook")
    assert is_furniture("Outras formas de compartilhar")
    assert [(c.name, c.office, c.emails) for c in parse_contacts(
        ["Ana Silva", "OIM Brasil", "Correio eletrônico: ana@iom.int"])] == [
        ("Ana Silva", "OIM Brasil", ["ana@iom.int"])]
    assert [(c.name, c.office) for c in parse_contacts(
        ["Ana Silva no UNICEF Brasil, ana@unicef.org"])] == [("Ana Silva", "UNICEF Brasil")]
    assert is_chrome("Crédito: OIM/Ana Silva")
    assert parse_date("Publicado em 18 de julho de 2006") == dt.date(2006, 7, 18)


def test_joint_release_header_with_its_signatories_is_a_header() -> None:
    assert header_template("Communiqué de presse conjoint OMS – PAM") == "press_release"
    assert header_template("Joint news release WFP | UNHCR and FAO") == "press_release"
    assert header_template("COMUNICADO DE PRENSA CONJUNTO OPS/OMS y UNICEF") == "press_release"
    assert header_template("Comunicado conjunto") == "communique"
    # a bilingual header in capitals names no signatory; a sentence after a header is no header
    assert header_template("COMMUNIQUÉ / NEWS RELEASE") is None
    assert header_template("Communiqué de presse UNICEF lance un appel") is None
