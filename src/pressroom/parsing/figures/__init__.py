"""Sentence-level extraction of statistics: the number reader (`numbers`), masks, units and
rates, qualifiers and ranges, subjects, periods and traps, each in its own module, with the words
of every language taken from `pressroom.parsing.lexicon`.

`pressroom.parsing.figures.statistics.scan_statistics` is the entry point that puts them
together.
"""
