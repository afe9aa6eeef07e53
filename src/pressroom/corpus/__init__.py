"""Ground-truth corpus generator: realistic releases with the JSON a correct parse yields.

Labels are chosen first (value, unit, qualifier, subject, period) from the rules of the seeds
README, then written in French, English, Spanish or Portuguese; traps (years, laws, ages,
durations, phone lines, navigation…) are written but never labelled.
"""

from pressroom.corpus.generate import Document, generate_document
from pressroom.corpus.writer import CorpusSummary, write_corpus

__all__ = ["CorpusSummary", "Document", "generate_document", "write_corpus"]
