"""Small text helpers shared by the figure modules: words around a position, sentences."""

from __future__ import annotations

import re
from collections import Counter


def word_set(words: str) -> frozenset[str]:
    """A word list written as one space-separated string (readable in source)."""
    return frozenset(words.split())


WORD_RE = re.compile(r"[^\W\d_]+(?:['’](?=[^\W\d_]))?|\d+|[^\w\s]")
APOSTROPHES = "'’"

# Sentence end: . ! ? … then spaces then what may start a sentence. Abbreviations are checked
# separately (a regex lookbehind cannot take variable-length alternatives).
_SENTENCE_END_RE = re.compile(r"[.!?…]+[»\"”)]?\s+(?=[«\"“(\[¿¡]?\s*[A-ZÀ-ÖØ-Þ0-9])")
_ABBREVIATIONS = word_set(
    "m mm mme mr mrs ms dr st no nº n° tel tél tel art p pp etc av ave sr sra dra ing lic "
    "vol ed éd fig approx env inc ltd co jr sgt gen gral prof cf ex"
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, in order, covering its non-blank text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        before = text[start:m.start()].rsplit(None, 1)
        last_word = before[-1].lower().rstrip(".") if before else ""
        if m.group().startswith(".") and (last_word in _ABBREVIATIONS or len(last_word) == 1):
            continue
        end = m.start() + len(m.group().rstrip())
        spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def words_before(text: str, pos: int, n: int, reach: int = 80) -> list[str]:
    """The last `n` tokens (words, digit runs, punctuation) before `pos`, lower-cased."""
    chunk = text[max(0, pos - reach):pos]
    return [w.lower() for w in WORD_RE.findall(chunk)[-n:]]


_CLAUSE_PUNCTUATION = frozenset(".;:,!?()«»")


def clause_words_before(text: str, pos: int, n: int) -> list[str]:
    """Like `words_before`, but only from the same clause (after the last , ; : . ( )."""
    words = words_before(text, pos, n)
    for k in range(len(words) - 1, -1, -1):
        if words[k] in _CLAUSE_PUNCTUATION:
            return words[k + 1:]
    return words


def words_after(text: str, pos: int, n: int, reach: int = 80) -> list[str]:
    """The first `n` tokens after `pos`, lower-cased."""
    return [w.lower() for w in WORD_RE.findall(text, pos, min(len(text), pos + reach))[:n]]


def bare(word: str) -> str:
    """A token without a trailing elision apostrophe: "d’" -> "d"."""
    return word.rstrip(APOSTROPHES)


_STOPWORDS = {
    "fr": word_set("le les des du et est une dans pour qui sur par au aux avec sont ont "
                    "été cette ces"),
    "en": word_set("the of and to in is was for that with by are on as were have has been "
                    "this from"),
    "es": word_set("el los las del y por con para una es son fue al como muy"),
}


def guess_language(texts: list[str]) -> str | None:
    """fr, en or es by counting a few stop words; None when nothing stands out.

    Used only when the caller gives no language: it decides which number words to read
    (Spanish "once" is 11, English "once" is not a number).
    """
    counts: Counter[str] = Counter()
    for text in texts:
        for word in WORD_RE.findall(text.lower()):
            for lang, words in _STOPWORDS.items():
                if word in words:
                    counts[lang] += 1
    if not counts:
        return None
    (best, n), *rest = counts.most_common()
    if rest and rest[0][1] * 1.5 > n:
        return None
    return best
