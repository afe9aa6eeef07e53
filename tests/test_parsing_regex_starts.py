"""`regex_starts`: the first letters a pattern's matches begin with, tested before the
pattern. The test must never reject a text the pattern matches, and must reject the lines
that cannot match (else it would spare nothing)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressroom.parsing import opener
from pressroom.parsing.regex_starts import Starts, literal_prefixes
from pressroom.parsing.text import fold, lexicon_alternation

_FIELDS = ["contact_heading_patterns", "information_patterns", "archive_banner_patterns",
           "listing_header_patterns", "skip_link_patterns", "menu_headings", "share_buttons",
           "date_labels"]
_SHAPES = [r"abc", r"(?:for\s+)?(?:media|press)\s+x", r"[a-c]b|\bzz", r"(?:ab)+c",
           r"x{0,3}yz", r"(?=a)ab|c(?:d|e)", r"a?b", r"\s*ab", r"(?i:ab)", r"a|bc", r"."]
_PIECES = st.sampled_from(["for ", "media", "press", "x", "a", "b", "c", "d", "e", "y", "z",
                           "contact", "pour ", "plus d'", "informations", " ", ":", "-", "é",
                           "xx", "Press", "share", "\t"])
_TEXT = st.lists(_PIECES, max_size=8).map("".join)


@pytest.mark.parametrize("pattern, expected", [
    (r"abc", {"ab"}),
    (r"(?:for\s+)?(?:media|press)\s+x", {"fo", "me", "pr"}),
    (r"[a-c]b|\bzz", {"ab", "bb", "cb", "zz"}),
    (r"x{0,3}yz", {"xx", "xy", "yz"}),
    (r"a?b", None),  # a match may be one letter long
    (r"\s*ab", None),  # a class of categories is not spelled out
    (r"(?i:ab)", None),  # nor a case-insensitive part
])
def test_prefixes_of_shapes(pattern, expected):
    assert literal_prefixes(pattern) == (None if expected is None else frozenset(expected))


@given(text=_TEXT, pattern=st.sampled_from(_SHAPES + [lexicon_alternation(f) for f in _FIELDS]))
def test_never_rejects_a_text_the_pattern_matches(text, pattern):
    if re.match(pattern, text):
        assert Starts.of(pattern).admits(text)


def test_lexicon_phrases_are_admitted_and_ordinary_lines_rejected():
    starts = Starts.of(lexicon_alternation("contact_heading_patterns"))
    assert starts.prefixes is not None
    for phrase in ["media contacts", "pour plus d'informations", "contactos de prensa"]:
        assert starts.admits(phrase)
    for line in ["the ministry announced today", "2024", "geneve, 12 mai"]:
        assert not starts.admits(line)


def test_a_prefix_opening_with_a_stripped_character_turns_the_test_off():
    assert Starts.of(r"-ab|cd", stripped="-").prefixes is None
    assert Starts.of(r"ab|cd", stripped="-").prefixes == frozenset({"ab", "cd"})


def _old_opening(line: str) -> tuple[int | None, bool]:
    folded = fold(line).lower()
    label = opener._LABEL.match(folded)
    return (label.end() if label else None), bool(opener._INFORMATION.match(folded))


_OPENER_TEXT = st.lists(st.sampled_from(
    ["  ", "• ", "- ", "– ", ">", "Media ", "contacts", "Contact", " presse", ":", "Pour ",
     "plus ", "d'informations", "For ", "more ", "information", "Mais ", "informações",
     "(médias) ", "x", "\u00a0", "Σ", "İ", "ΣΑ ", "İnformation", "Le ministère a annoncé ",
     "•••••••••••• ", "Pe", "Co"]), max_size=7).map("".join)


@given(line=_OPENER_TEXT)
def test_opening_reads_what_the_patterns_alone_read(line):
    """The first letters are tested on the line's head alone: still the same answers, with
    long bullets, a capital sigma (lower-cased by context) or "İ" (two letters lower-cased)."""
    assert opener._opening.__wrapped__(line) == _old_opening(line)
