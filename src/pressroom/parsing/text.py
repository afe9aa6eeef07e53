"""Small text predicates shared by the parsing steps (accent folding, line shapes)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
#: Words naming an organisation or one of its offices (match on accent-folded text).
ORGANISATION = re.compile(
    r"\b(?:OIM|IOM|OIMs|UN|ONU|UNHCR|HCR|ACNUR|UNICEF|Organisation|Organization|Organizacion"
    r"|Bureau|Office|Oficina|Mission|Mision|Ministere|Ministry|Ministerio|Embassy|Ambassade"
    r"|Embajada|Headquarters|Siege|Sede|Regional)\b"
)
_SENTENCE_END = re.compile(r"[.!?…:][\s»”\"’')\]]*$|[.!?…][»”\"’)]\s*\.?$")
_LIST_ITEM = re.compile(r"^(?:[-•*·▪–—]\s+|\(?\d{1,2}[.)]\s+|\(?[a-z][)]\s+)")


#: Articles, prepositions and conjunctions (fr/en/es): a line ending on one is continued below
#: (a title, a name or a contact line does not end on "de" or "the").
_PHRASE_OPENERS = frozenset({
    "de", "du", "des", "la", "le", "les", "un", "une", "au", "aux", "en", "et", "ou", "pour",
    "par", "sur", "dans", "avec", "que", "qui", "dont", "ses", "leur",
    "the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with", "by", "at", "from",
    "its", "their", "that", "which",
    "el", "los", "las", "del", "al", "y", "o", "con", "por", "para", "una", "su", "sus", "se",
})


def ends_mid_phrase(line: str) -> bool:
    """The line stops on an article, preposition or conjunction ("... insta a los")."""
    last = line.rsplit(None, 1)[-1].casefold() if line.strip() else ""
    return last in _PHRASE_OPENERS or (len(last) <= 3 and last.endswith(("'", "’")))


def fold(text: str) -> str:
    """Accents off, typographic apostrophes straight; same length, case kept."""
    if text.isascii() and "`" not in text:
        return text
    return "".join(map(_fold_char, text))


@cache
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    return "'" if base in "’ʼ‘`´" else base


def ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line))


def starts_sentence(line: str) -> bool:
    """The line opens like a sentence: capital letter, digit, or an opening quote or dash."""
    first = line.lstrip("«“\"'‘([ ")[:1]
    return bool(first) and (first.isupper() or first.isdigit() or line[0] in "«“\"—–")


def is_list_item(line: str) -> bool:
    return bool(_LIST_ITEM.match(line))


def word_count(line: str) -> int:
    return len(line.split())
