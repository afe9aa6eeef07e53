"""Lines a site repeats on every page (menus, footers), learned from a corpus.

Rule: a line is boilerplate when it stands alone (it is not a piece of a hard-wrapped
paragraph) in at least `MIN_FILES` distinct texts and in at least `MIN_SHARE` of them.
Identical texts count once. Lines that open a contact block, template headers and lines
carrying an e-mail or phone number are never boilerplate. Names and offices of contacts
repeat across a country office's releases and may be learned: `parse_bytes` keeps
boilerplate lines inside a contact block and drops only those closing the release after it
(a footer).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from pressroom.parsing.clean import clean_lines
from pressroom.parsing.decode import UndecodableError, decode_bytes
from pressroom.parsing.headers import header_template
from pressroom.parsing.opener import is_opener
from pressroom.parsing.phones import NUMBER
from pressroom.parsing.text import EMAIL, ends_sentence

MIN_FILES = 3
MIN_SHARE = 0.30
#: Files a corpus's boilerplate is learned from (the pipeline takes the latest landed ones):
#: enough to see a site's menu many times, bounded work and memory however large the corpus.
CORPUS_SAMPLE = 500


def learn_from_files(files: Iterable[Path]) -> frozenset[str]:
    """The boilerplate of raw files, decoded as `parse_bytes` decodes them.

    The one way the pipeline (`staging.corpus_boilerplate`) and `pressroom bench accuracy`
    learn a corpus. Files that cannot be read or decoded are skipped: the parse records them.
    """
    return learn_boilerplate(_decoded(files))


def _decoded(files: Iterable[Path]) -> Iterator[str]:
    for path in files:
        try:
            yield decode_bytes(path.read_bytes()).text
        except (OSError, UndecodableError):
            continue


def learn_boilerplate(texts: Iterable[str]) -> frozenset[str]:
    """The cleaned lines that repeat across the corpus `texts` (decoded release texts)."""
    counts: Counter[str] = Counter()
    seen: set[str] = set()
    for text in texts:
        if text in seen:
            continue
        seen.add(text)
        counts.update(standalone_lines(clean_lines(text)))
    files = len(seen)
    return frozenset(
        line for line, n in counts.items() if n >= MIN_FILES and n >= MIN_SHARE * files
    )


def standalone_lines(lines: list[str]) -> set[str]:
    """Lines that may be boilerplate: not continued from or onto a neighbour, not protected."""
    out = set()
    for i, line in enumerate(lines):
        if not line or is_protected(line):
            continue
        previous = lines[i - 1] if i > 0 else ""
        following = lines[i + 1] if i + 1 < len(lines) else ""
        continued_from = previous and not ends_sentence(previous) and _opens_lower(line)
        continues_onto = following and not ends_sentence(line) and _opens_lower(following)
        if not (continued_from or continues_onto):
            out.add(line)
    return out


def is_protected(line: str) -> bool:
    """Contact openers, template headers ("Communiqué": they tell the template, however
    many releases share them) and lines with an e-mail or a phone number are never dropped."""
    return bool(is_opener(line) or header_template(line)
                or ("@" in line and EMAIL.search(line)) or NUMBER.search(line))


def _opens_lower(line: str) -> bool:
    return line[:1].islower() or line[:1].isdigit()
