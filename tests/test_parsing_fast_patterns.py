"""Patterns of the contact and cleaning steps rewritten to open with a character the regex
engine can skip to: each finds exactly what the pattern as written before found."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressroom.parsing import clean, contacts, phones, text

# The patterns as written before: the lookbehind (or an optional word) first.
_OLD_NUMBER = re.compile(r"(?<![\w+])(?:\+\s?)?\(?\d[\d\s().\-]{4,}\d(?![\w])")
_OLD_LINK = re.compile(
    r"""(?:<\s*a\b[^<>]*>)"""
    r"""|(?:\bhref\s*=\s*)?["'](?:mailto:|https?://|www\.)[^"'<>\s]*["']\s*/?>""",
    re.IGNORECASE,
)
_NUMBER_TEXT = st.text(alphabet=st.sampled_from("0123456789+( ).-\n\ta_é٣"), max_size=16)
_LINK_TEXT = st.lists(st.sampled_from(["<", ">", "a ", "href", "HREF", " = ", '"', "'", "mailto:",
                                        "http://", "www.", "x", "_", "é", "/", " "]),
                      max_size=12).map("".join)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@given(text=_NUMBER_TEXT)
def test_number_pattern_finds_what_the_lookbehind_version_found(text):
    assert _spans(phones.NUMBER, text) == _spans(_OLD_NUMBER, text)
    assert bool(phones.NUMBER.fullmatch(text)) == bool(_OLD_NUMBER.fullmatch(text))


@pytest.mark.parametrize("text", ["+33 1 23 45 67 89", "a+33 123456", "x(123) 456 789",
                                  "(+33) 1 45 67 89", "++33 12345678", "é123456", "_123456",
                                  "Tel. 021 555 47 12, fax 021 555 47 13", "٣٤٥٦٧٨٩"])
def test_number_pattern_on_examples(text):
    assert _spans(phones.NUMBER, text) == _spans(_OLD_NUMBER, text)


@given(text=_LINK_TEXT)
def test_link_remnant_pattern_removes_what_the_old_one_removed(text):
    assert clean._LINK_REMNANT.sub("", text) == _OLD_LINK.sub("", text)


@pytest.mark.parametrize("text", ['x href="mailto:a@b">y', 'HREF = "http://x">', "<a href='x'>t",
                                  "'www.x'/>", 'ahref="mailto:x">', '_href="www.x">'])
def test_link_remnant_pattern_on_examples(text):
    assert clean._LINK_REMNANT.sub("", text) == _OLD_LINK.sub("", text)


_OLD_BARE_AT = re.compile(r"(?<=[\w.-])\s+(?:ar(?:obase|roba))\s+(?=[\w-]+(?:\.[\w-]+)+)",
                          re.IGNORECASE)
_BARE_AT_TEXT = st.lists(st.sampled_from(["ascom", " ", "  ", "arroba", "ARobase", ".", "-", "br",
                                          "\n", "é", "_", "x"]), max_size=10).map("".join)


@given(text=_BARE_AT_TEXT)
def test_bare_at_pattern_finds_what_the_lookbehind_version_found(text):
    assert _spans(contacts._BARE_AT, text) == _spans(_OLD_BARE_AT, text)


@pytest.mark.parametrize("line", ["ascom arroba ufao.br", "prensa@x.org", "jdoe [at] org.int",
                                  "Jane Doe", "a @ b", "x (at) y [dot] org", ""])
def test_holds_email_as_before(line):
    old = bool(text.EMAIL.search(line) or text.EMAIL.search(contacts.unspell_emails(line)))
    assert contacts.holds_email(line) == old
