"""Per-file caps, so one hostile file cannot take the memory or the tables of a whole batch.

Real releases are small (the largest seen is ~40 KB with a few dozen figures). A machine-made
file of 100,000 short lines would otherwise yield 100,000 figures each holding its paragraph.
What is cut is never silent: each cap that applies becomes a `Problem` of the file, stored in
`staging.parse_problems` with what was cut.

- `limit_text`: before parsing, the text is cut at `MAX_TEXT_CHARS` characters or at the line
  holding the `MAX_NUMBERS`-th number, whichever comes first;
- `limit_release`: after parsing, at most `MAX_STATISTICS` figures and `MAX_REJECTED` rejected
  figures per release are kept, and sentences longer than `MAX_SENTENCE_CHARS` are shortened.
"""

from __future__ import annotations

import re

from pressroom.model import Problem, RejectedFigure, Release, Statistic

#: About six times the largest release seen (multi-release pages included).
MAX_TEXT_CHARS = 250_000
#: Numbers read before the text is cut (a long real release has a few hundred).
MAX_NUMBERS = 2_000
MAX_STATISTICS = 500
MAX_REJECTED = 1_000
MAX_SENTENCE_CHARS = 1_000

_NUMBER = re.compile(r"\d+")


def limit_text(text: str) -> tuple[str, Problem | None]:
    """`text` cut to the caps (at a line end), and the problem saying what was cut."""
    cut = len(text) if len(text) <= MAX_TEXT_CHARS else MAX_TEXT_CHARS
    why = f"over {MAX_TEXT_CHARS:,} characters"
    # Two numbers stand at least one character apart: a text too short to hold more than
    # the cap (most texts) is not searched; a longer one is counted in C (findall) before
    # its numbers are walked to the first one too many.
    if (cut + 1) // 2 > MAX_NUMBERS and len(_NUMBER.findall(text, 0, cut)) > MAX_NUMBERS:
        for count, match in enumerate(_NUMBER.finditer(text, 0, cut), start=1):
            if count > MAX_NUMBERS:
                cut, why = match.start(), f"over {MAX_NUMBERS:,} numbers"
                break
    if cut >= len(text):
        return text, None
    line_start = text.rfind("\n", 0, cut)
    cut = line_start if line_start > 0 else cut
    problem = Problem("limits", f"text cut: {why}; only the first {cut:,} of {len(text):,} "
                      "characters were parsed", f"cut at character {cut}")
    return text[:cut], problem


def limit_release(index: int, release: Release) -> list[Problem]:
    """Apply the per-release caps to `release` in place; the problems say what was cut."""
    problems: list[Problem] = []
    for name, limit in (("statistics", MAX_STATISTICS), ("rejected", MAX_REJECTED)):
        items = getattr(release, name)
        if len(items) > limit:
            setattr(release, name, items[:limit])
            problems.append(Problem("limits", f"release {index}: {len(items):,} {name} "
                                    f"figures, only the first {limit:,} kept",
                                    f"{len(items) - limit:,} cut"))
    long = 0
    figures: list[Statistic | RejectedFigure] = [*release.statistics, *release.rejected]
    for figure in figures:
        sentence = getattr(figure, "sentence", None) or ""
        if len(sentence) > MAX_SENTENCE_CHARS:
            figure.sentence = _window(sentence, figure.text)
            long += 1
    if long:
        problems.append(Problem("limits", f"release {index}: {long:,} sentences longer than "
                                f"{MAX_SENTENCE_CHARS:,} characters were shortened"))
    return problems


def _window(sentence: str, span: str, size: int = MAX_SENTENCE_CHARS) -> str:
    """`size` characters of `sentence` around `span` (kept whole), marked "…" where cut."""
    at = max(sentence.find(span), 0)
    start = max(0, min(at - (size - len(span)) // 2, len(sentence) - size))
    window = sentence[start:start + size]
    return ("…" if start else "") + window + ("…" if start + size < len(sentence) else "")
