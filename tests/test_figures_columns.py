"""The figure reader's shortcuts read what the general readers read: the words around a
candidate taken from the paragraph's token columns (`traps.Around`) are those `words_before`
and `words_after` give, the rules kept for counts only (`traps.rules_for`) never turn down a
share, an amount of money or a fraction, and the last word before a sentence end or a digit
run is the one a reading back character by character finds. Checked on generated text and on the
held-out real releases (an edit that breaks a shortcut fails here, not silently in the figures)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressroom.parsing import parse_bytes
from pressroom.parsing import text as text_module
from pressroom.parsing.figures import masks, traps, units
from pressroom.parsing.figures.candidate import Scene
from pressroom.parsing.figures.masks import find_masks
from pressroom.parsing.figures.numbers import find_number_mentions
from pressroom.parsing.figures.statistics import _candidates
from pressroom.parsing.text import tokens, words_after, words_before

SETTINGS = settings(max_examples=300, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

PIECES = ["12", "3 900", "2014", "plus de", "d’", "l'", "qu’en", "-", "(", ")", ":", ",", ".",
          "personnes", "people", "Mme.", "niños", "«", "»", " ", "  ", "\n", "é", "x" * 90,
          "COVID-19", "un", "trois", "%", "$", "€", "millions"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=16).map(" ".join) | st.text(max_size=120)
HELD_OUT = sorted((Path(__file__).parent / "data").glob("holdout*/raw"))


def _paragraphs() -> list[tuple[str, str | None]]:
    """The sentences of the held-out real releases that hold a figure, with their language."""
    found: list[tuple[str, str | None]] = []
    for path in [p for folder in HELD_OUT for p in sorted(folder.iterdir())[:15]]:
        for release in parse_bytes(path.read_bytes(), source=path.name).releases:
            found += [(s.sentence, release.language) for s in release.statistics]
            found += [(r.sentence, release.language) for r in release.rejected]
    return found


def _check_around(text: str, language: str | None) -> int:
    """Every candidate of `text`: Around's windows equal the general readers'; the rules
    skipped for a non-count figure answer False on it. The number of candidates."""
    mentions = find_number_mentions(text, language)
    scene = Scene(text, language, find_masks(text))
    seen = 0
    for c in _candidates(mentions, scene):
        seen += 1
        around = traps.Around(c, scene)
        for n in (1, 2, 3, 4):
            assert around.before_number(n) == words_before(text, c.first.start, n)
            assert around.before(n) == words_before(text, c.start, n)
            assert around.after(n) == words_after(text, c.end, n)
        if c.unit != "count":
            for rule in traps._COUNTS_ONLY:
                assert not rule(c, scene, traps.Around(c, scene)), rule.__name__
    return seen


@SETTINGS
@given(TEXTS, st.sampled_from(["fr", "en", "es", "pt", None]))
def test_around_reads_what_the_word_readers_read(text: str, language: str | None) -> None:
    _check_around(text, language)


def test_around_reads_what_the_word_readers_read_on_real_releases() -> None:
    paragraphs = _paragraphs()
    assert sum(_check_around(text, language) for text, language in paragraphs) > 100


def test_counts_only_rules_are_skipped_for_other_units() -> None:
    kept = traps.rules_for("digits", count=False)
    assert traps.is_year not in kept and traps.is_masked in kept
    assert set(traps.rules_for("digits")) - set(kept) == traps._COUNTS_ONLY & set(
        traps.rules_for("digits"))


def _last_word_read_back(text: str, start: int, end: int) -> str:
    """The last white-space-separated word of text[start:end], read back from `end`."""
    while end > start and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


@SETTINGS
@given(TEXTS, st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=200))
def test_the_last_word_of_a_sentence_is_read_back_from_its_end(text: str, a: int,
                                                               b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert text_module._last_word(text, start, end) == _last_word_read_back(text, start, end)


@SETTINGS
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_the_word_before_a_digit_run_is_read_back_from_its_end(before: str) -> None:
    tail = before.rstrip(masks._AFTER_LABEL)
    i = len(tail)
    while i and (tail[i - 1].isalnum() or tail[i - 1] == "_"):
        i -= 1
    expected = None if tail.endswith(")") else tail[i:].lower()
    assert masks._last_word(before) == expected


@SETTINGS
@given(TEXTS, st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=90))
def test_the_words_a_rate_may_follow_are_the_tokens(text: str, cut: int, reach: int) -> None:
    pos = min(cut, len(text))
    stop = min(len(text), pos + reach)
    for first in (units._RATE_REACH, units._RATE_REACH + units._NAMES_REACH):
        assert units._words_after(text, pos, stop, first) == [
            (t.word, t.end) for t in tokens(text, pos, stop, first=first)]
