"""A figure found in a paragraph, before the traps decide whether it is a statistic."""

from __future__ import annotations

from dataclasses import dataclass, field

from pressroom.parsing.figures.masks import Masks
from pressroom.parsing.figures.numbers import NumberMention
from pressroom.parsing.figures.subjects import Subject
from pressroom.parsing.text import TokenColumns, text_columns


@dataclass(slots=True)
class Scene:
    """A paragraph being read: its text, language and the spans that hold no figure."""

    text: str
    language: str | None
    masks: Masks = field(default_factory=lambda: Masks([]))
    before: str = ""  # the paragraph before: its last line may label a figure alone on a line
    country: str | None = None  # the page's country, whose currency's letters may sign money
    heading: str = ""  # the heading of the list of labelled items the paragraph continues
    _columns: TokenColumns | None = None

    @property
    def columns(self) -> TokenColumns:
        """The paragraph's tokens as columns (`text_columns`: read them, never change them)."""
        if self._columns is None:
            self._columns = text_columns(self.text)
        return self._columns


@dataclass(slots=True)
class Candidate:
    """A number (or a range, or a ratio "un sur trois") with what was read around it.

    `start`/`end` cover the figure as written so far: qualifier, currency, number(s), unit;
    the subject, read later, extends `end`.
    """

    first: NumberMention
    last: NumberMention  # the range's upper bound or the ratio's denominator; else `first`
    value: float
    start: int
    end: int
    value_max: float | None = None
    unit: str = "count"
    qualifier: str = "exact"
    kind: str = "single"  # single | range | ratio
    subject: Subject | None = None
    tail_end: int = 0  # end of a qualifier written after the noun ("3 000 personnes environ")
    change_to: int | None = None  # the lower level of a change: where the upper one starts

    @property
    def mentions(self) -> tuple[NumberMention, ...]:
        return (self.first,) if self.last is self.first else (self.first, self.last)

    @property
    def number_end(self) -> int:
        """End of the last number (scale word included), before any unit."""
        return self.last.end
