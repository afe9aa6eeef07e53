"""The figure reader's faster paths read what the paths they replace read: the digit-run
pattern of the masks finds the runs the pattern as written before found, and the noun phrase
after a figure, read off the paragraph's own token columns, is the one read off a copy of the
window's tokens. Checked on generated text and on the held-out real releases (an edit that
breaks a fast path fails here, not silently in the figures)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from text_to_num import find_numbers

from pressroom.parsing import parse_bytes
from pressroom.parsing.figures import masks, numbers, subjects, units
from pressroom.parsing.lexicon import union
from pressroom.parsing.text import TOKEN_RE, lexicon_key, lower_token_columns

SETTINGS = settings(max_examples=300, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])

# The pattern as written before: a lookahead and a lookbehind first.
_OLD_RUN = re.compile(
    r"(?=[+(\d])"
    r"(?<![\w+])(?:\+\s?|\(\+?)?\d(?:[ \u00a0\u202f.\-/]?\(?\d|\)[ \u00a0\u202f.\-]?(?=\d))*\)?"
)
_RUN_TEXT = st.text(alphabet=st.sampled_from("0123456789+( ).-/\u00a0\u202f\na_é٣"),
                    max_size=20)

PIECES = ["12", "3 900", "2014", "plus de", "d’", "l'", "qu’en", "-", "(", ")", ":", ",", ".",
          "personnes", "people", "de", "des", "of", "the", "les", "all", "toutes", "inter-",
          "governmental", "niños", "«", " ", "  ", "\n", "é", "x" * 90, "COVID-19", "un",
          "trois", "%", "$", "millions", "permanecem", "el"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=20).map(" ".join) | st.text(max_size=120)
HELD_OUT = sorted((Path(__file__).parent / "data").glob("holdout*/raw"))


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@SETTINGS
@given(_RUN_TEXT)
def test_the_digit_run_pattern_finds_what_the_lookahead_version_found(text: str) -> None:
    assert _spans(masks._RUN_RE, text) == _spans(_OLD_RUN, text)


@pytest.mark.parametrize("text", ["+57 1 594 6410", "a+33 123456", "x(201) 555-0123",
                                  "(+33) 1 45 67 89", "++33 12345678", "é123", "_123", "+ 5",
                                  "( 5", "Tel. (01) 8000 52 20 20", "٣٤٥", "12(34)", "3)4"])
def test_the_digit_run_pattern_on_examples(text: str) -> None:
    assert _spans(masks._RUN_RE, text) == _spans(_OLD_RUN, text)


def _window_copy(text: str, pos: int, limit: int | None = None
                 ) -> tuple[subjects.TokenColumns, int, int]:
    """What `_column_range` stands for: a copy of the window's tokens, all of them read."""
    stop = max(pos, min(len(text), pos + 160, len(text) if limit is None else limit))
    cut = lower_token_columns(text, pos, stop)
    return cut, 0, len(cut.words)


def _check_subjects(text: str, language: str | None, monkeypatch: pytest.MonkeyPatch) -> None:
    """At every position (and a few limits): the range `_column_range` gives holds the
    window's tokens, and `subject_after` reads the same phrase from it as from a copy."""
    for pos in range(len(text) + 1):
        for limit in (None, pos + 7, pos + 40):
            cols, i, j = subjects._column_range(text, pos, limit)
            copy = _window_copy(text, pos, limit)[0]
            assert (cols.words[i:j], cols.lows[i:j], cols.starts[i:j], cols.ends[i:j]) \
                == tuple(copy), (text, pos, limit)
            for partitive, article in ((False, False), (True, False), (False, True)):
                kwargs = {"partitive": partitive, "limit": limit, "article_opens": article}
                fast = subjects.subject_after(text, pos, language, **kwargs)
                with monkeypatch.context() as m:
                    m.setattr(subjects, "_column_range", _window_copy)
                    assert subjects.subject_after(text, pos, language, **kwargs) == fast


@SETTINGS
@given(TEXTS, st.sampled_from(["fr", "en", "es", "pt", None]))
def test_the_phrase_after_a_figure_is_read_as_from_a_copy(text: str, language: str | None
                                                          ) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        _check_subjects(text, language, monkeypatch)


def test_the_phrase_after_a_figure_is_read_as_from_a_copy_on_real_releases(
        monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = {(s.sentence, release.language)
                 for path in [p for folder in HELD_OUT for p in sorted(folder.iterdir())[:6]]
                 for release in parse_bytes(path.read_bytes(), source=path.name).releases
                 for s in release.statistics}
    assert len(sentences) > 20
    for text, language in sorted(sentences, key=str)[:60]:
        _check_subjects(text, language, monkeypatch)


def _currency_of_scale_by_search(text: str, pos: int) -> str | None:
    """`units._currency_of_scale` without its one-character test: the search always runs."""
    pattern = units._scale_abbreviation_re()
    m = pattern.search(text, max(0, pos - 8), pos) if pattern else None
    if m is None:
        return None
    named = union("currency_abbreviations")
    abbreviation = next(a for a in named if lexicon_key(a) == lexicon_key(m.group()))
    code = units.currencies().names.get(named[abbreviation].lower())
    return f"currency:{code}" if code else None


_SCALE_TEXT = st.lists(st.sampled_from(["1,240", " ", "mdp", "MDP", "mmdd", "Mdd", "x", "é",
                                        "\u017f", "\u0130", "12", "-", "mil", "p"]),
                       max_size=8).map("".join)


@SETTINGS
@given(_SCALE_TEXT)
def test_the_currency_of_a_scale_word_is_found_as_by_the_search(text: str) -> None:
    assert units._abbreviations_end_on_letters()
    for pos in range(len(text) + 1):
        assert units._currency_of_scale(text, pos) == _currency_of_scale_by_search(text, pos)


# The token pattern as written before: a lookahead first, then the three kinds of token.
_OLD_TOKEN = re.compile(r"(?=\S)(?:[^\W\d_]++(?:['’](?=[^\W\d_]))?(?:-[^\W\d_]++)*+|\d++|[^\w\s])")
_TOKEN_TEXT = st.lists(st.sampled_from(["ab", "é", "-", "'", "’", "_", "1", "234", "٣٤", "²",
                                        "½", " ", ".", ",", "(", "\n", "\t", "Xé", "d’", "-b"]),
                       max_size=12).map("".join) | st.text(max_size=24)


@SETTINGS
@given(_TOKEN_TEXT, st.integers(min_value=0, max_value=30), st.integers(min_value=0,
                                                                         max_value=30))
def test_the_token_pattern_finds_what_the_lookahead_version_found(text: str, a: int,
                                                                   b: int) -> None:
    start, stop = sorted((a, b))
    assert [(m.span(), m.group()) for m in TOKEN_RE.finditer(text, start, stop)] \
        == [(m.span(), m.group()) for m in _OLD_TOKEN.finditer(text, start, stop)]
    assert TOKEN_RE.findall(text) == _OLD_TOKEN.findall(text)


_PIECE = st.lists(st.sampled_from(["une", "millions", ",", "(", "tercera", "segundo", "et", "one",
                                   "trois", "x", "-", "vingt", "quatre-vingt", "d’", "mil"]),
                  min_size=1, max_size=3).map("".join)


@SETTINGS
@given(st.lists(_PIECE, max_size=6), st.sampled_from(["fr", "en", "es", "pt"]))
def test_a_piece_reads_a_number_as_text2num_reads_its_words_alone(pieces: list[str],
                                                                   language: str) -> None:
    """Words asked about by the windows of a text's tokens and by the test of its pieces
    share one table: a piece reads a number when text2num reads one of its words alone."""
    numbers._number_windows(pieces, language)  # the windows fill the table first
    for piece in pieces:
        assert numbers._reads_a_number(piece, language) == any(
            find_numbers([numbers._as_token((word, 0, len(word)))], language, 0.0)
            for word in TOKEN_RE.findall(piece))
