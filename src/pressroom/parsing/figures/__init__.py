"""The pieces of statistics extraction: sentences, units, qualifiers, traps, subjects, periods.

`pressroom.parsing.figures.statistics.extract_statistics` puts them together.
"""
