"""The text toolkit's fast paths give what the plain ways give: the prefix-tree alternation
matches what a longest-first list matches, and `tokens` (read off the text's tokens) is the
scan of the window."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressroom.parsing.text import (
    CASE_ODDITIES,
    TOKEN_RE,
    WHITESPACE,
    _flexible,
    _fold_char,
    alternation,
    ends_sentence,
    fold,
    literal_form,
    token_columns,
    tokens,
    window_tokens,
    word_count,
)

PHRASES = ["Niger", "Nigeria", "Nigéria", "plus", "plus de", "plus d’", "the", "then",
           "the State of Palestine", "Guinée", "Guinée-Bissau", "Guinée équatoriale", "T", "t"]
TEXTS = [
    "Au Niger et au Nigeria, plus de 300 personnes ; plus d'aide en Guinée-Bissau.",
    "the the State of  Palestine then, Nigerian, NIGER, guinée équatoriale, Guinée\néquatoriale",
    "plus  de, plusieurs, then theme T-t",
]


def _plain(phrases: list[str], accents: bool = False) -> str:
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(_flexible(p, accents) for p in unique)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("accents", [False, True])
@pytest.mark.parametrize("tail", ["", r"(?![\w-])", r"\s+\d"])
def test_prefix_tree_alternation_finds_what_the_plain_list_finds(flags, accents, tail):
    tree = re.compile(rf"(?<!\w)(?:{alternation(PHRASES, accents=accents)}){tail}", flags)
    plain = re.compile(rf"(?<!\w)(?:{_plain(PHRASES, accents)}){tail}", flags)
    for text in TEXTS:
        assert [m.span() for m in tree.finditer(text)] == \
            [m.span() for m in plain.finditer(text)]


def test_phrases_sharing_a_start_share_one_branch():
    assert alternation(["Niger", "Nigeria", "Nigéria"]) == "Nig(?:er(?:ia)?|éria)"
    # "T" and "t" could both match under IGNORECASE: the plain list, longest first
    assert alternation(["T", "t", "the"]) == "the|T|t"


def test_case_sensitive_alternation_is_a_tree_and_still_longest_first():
    pattern = alternation(PHRASES, case_sensitive=True)
    found = [m.group() for m in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", TEXTS[1])]
    assert found == ["the", "the State of  Palestine", "then", "Guinée\néquatoriale"]


def test_an_empty_list_matches_nothing():
    assert re.search(alternation([]), "anything") is None


def test_tokens_of_every_window_are_the_scan_of_that_window():
    for text in [*TEXTS, "aujourd’hui qu’en l’ONU, quatre-vingt-dix a-b- c'  x-'y 12,5 %"]:
        for start in range(len(text) + 1):
            for stop in range(start, min(len(text), start + 40) + 1):
                assert tokens(text, start, stop) == window_tokens(text, start, stop), \
                    (text[start:stop], start, stop)


def test_the_first_tokens_of_a_window_are_the_start_of_its_tokens():
    for text in [*TEXTS, "aujourd’hui qu’en l’ONU, quatre-vingt-dix a-b- c'  x-'y 12,5 %"]:
        for start in range(len(text) + 1):
            for stop in range(start, min(len(text), start + 40) + 1):
                window = tokens(text, start, stop)
                for first in range(4):
                    assert tokens(text, start, stop, first=first) == window[:first], \
                        (text[start:stop], first)


# The regex ends_sentence replaced: the rewrite must give the same answer for every line.
_OLD_SENTENCE_END = re.compile(r"[.!?…:][\s»”\"’')\]]*$|[.!?…][»”\"’)]\s*\.?$")
_ENDINGS = ".!?…:»”\"’')]([«“ \t\n\r\u00a0\u202f\u2009\u3000\x85\x1cab1;,-"


def test_whitespace_is_every_character_the_regex_calls_a_space():
    spaces = {c for c in map(chr, range(0x110000)) if re.fullmatch(r"\s", c)}
    assert set(WHITESPACE) == spaces


@pytest.mark.parametrize("line", [
    "", " ", "\n", ".", ":", "…", "a.", "a. ", "a.\n", "a.\n\n", "a.\nb", "a", "a )", "a.)",
    "a.) .", "a.»  .", "a!” ", "«\u00a0Oui\u00a0!\u00a0»", "(voir ci-dessous) :", "a.]", "a?’ ",
    "Fin.\u3000", "a.\u200b", "a;", "a,", "a.(", "a ." , "a.\t\r", "'.'", ")", "a\n.",
])
def test_ends_sentence_on_edge_cases_agrees_with_the_old_regex(line):
    assert ends_sentence(line) == bool(_OLD_SENTENCE_END.search(line))


@given(st.text(alphabet=st.sampled_from(_ENDINGS), max_size=12) | st.text(max_size=12))
def test_ends_sentence_agrees_with_the_old_regex(line):
    assert ends_sentence(line) == bool(_OLD_SENTENCE_END.search(line))


@given(st.text(alphabet=st.sampled_from("ab \t\n\u00a0\u3000."), max_size=30),
       st.integers(min_value=0, max_value=8))
def test_word_count_up_to_a_limit_compares_like_the_full_count(line, limit):
    capped, full = word_count(line, limit), word_count(line)
    assert capped == min(full, limit + 1)
    assert (capped <= limit) == (full <= limit) and (capped >= limit) == (full >= limit)


#: Prose of the four languages, marks that fold ("’", "`", "´", accents), the odd letters of
#: case-insensitive matching, digits, "_" and other word characters no token starts with.
_PIECES = st.sampled_from(
    [*"aeiou nrstçéèàâôœÉÀ’'`´-.,;:()\n\u00a0\u202f 0123456789_²½İıſ", "de ", "l’", "qu’"])
_PROSE = st.lists(_PIECES, max_size=400).map("".join)
#: Longer than the lines `fold` remembers: a paragraph, folded by runs.
_PARAGRAPH = st.lists(_PIECES, min_size=301, max_size=600).map("".join)


@given(_PROSE | _PARAGRAPH)
def test_fold_of_any_text_folds_each_character(text):
    """A long text is folded by its runs of non-ASCII characters: the same as folding each
    character, as a short one is."""
    assert fold(text) == "".join(map(_fold_char, text))


def test_every_latin1_character_folds_to_a_latin1_character():
    """What lets a Latin-1 text be folded as bytes (`_fold_latin1`)."""
    assert all(len(_fold_char(chr(code))) == 1 and ord(_fold_char(chr(code))) < 256
               for code in range(256))


#: Every Latin-1 character, and the non-Latin-1 marks prose holds ("’", "œ", "—").
_LATIN1 = st.sampled_from([*map(chr, range(256)), "’", "œ", "—"])


@given(st.lists(_LATIN1, max_size=400).map("".join)
       | st.lists(_LATIN1, min_size=301, max_size=600).map("".join))
def test_fold_of_a_latin1_text_folds_each_character(text):
    """The bytes table of a Latin-1 text and the dict of any other give what folding each
    character gives, short lines and paragraphs alike."""
    assert fold(text) == "".join(map(_fold_char, text))


@given(_PROSE)
def test_the_token_columns_of_a_text_are_its_token_matches(text):
    matches = list(TOKEN_RE.finditer(text))
    assert token_columns(text) == ([m.group() for m in matches], [m.start() for m in matches],
                                   [m.end() for m in matches])


@given(_PROSE)
def test_literal_form_leaves_the_odd_letters_to_the_regex(text):
    form = literal_form(text)
    assert form is None if CASE_ODDITIES & set(text) else form == text.lower().replace("’", "'")


def test_every_email_match_holds_its_at_sign() -> None:
    """The callers of `EMAIL` skip a text without "@" (headline, dateline, contacts): the
    pattern must need one outside any optional part."""
    import re

    from pressroom.parsing.text import EMAIL

    top = re._parser.parse(EMAIL.pattern)  # type: ignore[attr-defined]
    assert (re._constants.LITERAL, ord("@")) in list(top)  # type: ignore[attr-defined]
    assert EMAIL.search("presse at example.org, presse(at)example.org") is None
    assert EMAIL.search("presse@example.org") is not None
