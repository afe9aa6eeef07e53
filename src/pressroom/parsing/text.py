"""The parser's text toolkit: accent folding, line shapes, the one tokeniser, the one
alternation builder, word sets, sentences and the words around a position.

Every module of `parsing/` builds its phrase regexes with `alternation` and reads words with
`tokens` / `words_before` / `words_after`, so escaping, spaces and apostrophes are handled the
same way everywhere.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache, partial
from typing import NamedTuple

from pressroom.parsing.lexicon import union

#: Every match holds its "@": callers test `"@" in text` first (the pattern, opening on a class
#: of word characters, is tried at every word character and backtracks through each word).
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
#: Every character str.isspace() accepts, as the regex \s does (a test checks the list).
WHITESPACE = ("\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
              "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
# What may follow a sentence's end mark: whitespace, closing quotes and brackets.
_AFTER_END = WHITESPACE + "»”\"’')]"
_END_MARKS = ".!?…:"
_LIST_ITEM = re.compile(r"^(?:[-•*·▪–—]\s+|\(?\d{1,2}[.)]\s+|\(?[a-z][)]\s+)")


def ends_mid_phrase(line: str) -> bool:
    """The line stops on an article, preposition or conjunction of a lexicon ("... insta a
    los"): a title, a name or a contact line does not end on "de" or "the"."""
    last = line.rsplit(None, 1)[-1].casefold() if line.strip() else ""
    return last in union("phrase_openers") or (len(last) <= 3 and last.endswith(("'", "’")))


def fold(text: str) -> str:
    """Accents off, typographic apostrophes straight; same length, case kept."""
    if text.isascii() and "`" not in text:
        return text
    if len(text) <= _FOLD_CACHED_CHARS:
        return _fold_line(text)
    # A long text (a paragraph) is mostly plain ASCII, which folds to itself: only its runs
    # of other characters (and backquotes) are translated, the rest copied in C (~1.4x
    # faster than `translate` looking every character up in the table).
    folded = _fold_latin1(text)
    return _TO_FOLD_RE.sub(_fold_run, text) if folded is None else folded


#: Lines up to this long are folded once and remembered (the segmenter folds a line in
#: several of its rules); longer texts are folded each time, not kept.
_FOLD_CACHED_CHARS = 300


@lru_cache(maxsize=8192)
def _fold_line(text: str) -> str:
    folded = _fold_latin1(text)
    return text.translate(_FOLD_TABLE) if folded is None else folded


def _fold_latin1(text: str) -> str | None:
    """`fold` of a text written in Latin-1 alone (most French, Spanish and Portuguese lines),
    else None. Each Latin-1 character folds to a Latin-1 one (a test checks all 256), so the
    text is folded as bytes: one table look-up a byte in C, ~2.5x faster than `str.translate`,
    which looks each character up in a dict. The encoding drops what Latin-1 cannot write:
    a text that loses characters is no Latin-1 text (no exception raised and caught)."""
    raw = text.encode("latin-1", "ignore")
    return raw.translate(_LATIN1_FOLD).decode("latin-1") if len(raw) == len(text) else None


#: The characters `fold` may change: every non-ASCII one, and "`" (ASCII folds to itself).
_TO_FOLD_RE = re.compile(r"[^\x00-\x5f\x61-\x7f]+")


def _fold_run(m: re.Match[str]) -> str:
    return m.group().translate(_FOLD_TABLE)


@cache
def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[0]
    return "'" if base in "’ʼ‘`´" else base


class _FoldTable(dict[int, str]):
    """`str.translate` table of `_fold_char`, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()
#: `_fold_char` of each Latin-1 character, as a `bytes.translate` table (`_fold_latin1`).
_LATIN1_FOLD = bytes(ord(_fold_char(chr(code))) for code in range(256))


def ends_sentence(line: str) -> bool:
    """The line ends on . ! ? … or :, maybe followed by closing quotes, brackets and spaces.

    The same answer as the regex it replaces (kept in the test, which compares them), without
    trying a regex at every position of the line."""
    stripped = line.rstrip(_AFTER_END)
    return bool(stripped) and stripped[-1] in _END_MARKS


def starts_sentence(line: str) -> bool:
    """The line opens like a sentence: capital letter, digit, or an opening quote or dash."""
    first = line.lstrip("«“\"'‘([ ")[:1]
    return bool(first) and (first.isupper() or first.isdigit() or line[0] in "«“\"—–")


def is_list_item(line: str) -> bool:
    return bool(_LIST_ITEM.match(line))


def word_count(line: str, up_to: int | None = None) -> int:
    """The number of words; with up_to, counting stops at up_to + 1 words (enough to compare
    the count with up_to or less, without splitting a long line to its end)."""
    return len(line.split() if up_to is None else line.split(None, up_to))


# --- word sets, the tokeniser, the alternation builder -------------------------------------


def word_set(words: str | Iterable[str]) -> frozenset[str]:
    """A word list written as one space-separated string (readable in source), or words."""
    return frozenset(words.split() if isinstance(words, str) else words)


#: One token: a word (with a trailing elision apostrophe, "d'", and hyphenated parts,
#: "quatre-vingt", "grand-mère"), a run of digits, or one punctuation sign: what
#: `(?:[^\W\d_]++(?:['’](?=[^\W\d_]))?(?:-[^\W\d_]++)*+|\d++|[^\w\s])` reads. Written to
#: open on the class \S, the branch then chosen by looking back at that first character: re
#: skips in C to the characters a pattern may open on only when it opens on a class (the
#: same tokens, ~10 % faster). The possessive `++` / `*+` keep no backtracking points:
#: nothing after them could use a character given back.
TOKEN_RE = re.compile(r"\S(?:(?<=[^\W\d_])[^\W\d_]*+(?:['’](?=[^\W\d_]))?(?:-[^\W\d_]++)*+"
                      r"|(?<=\d)\d*+|(?<=[^\w\s]))")
APOSTROPHES = "'’"
SPACES = "[ \u00a0\u202f\u2009]"


#: The characters Python's case-insensitive regexes read as a Latin letter while `str.lower`
#: makes them something else: "İ" and "ı" are read as "i", "ſ" as "s" (every code point was
#: checked against re's lower-casing, `_sre.unicode_tolower`, and its extra cases).
CASE_ODDITIES = frozenset("\u0130\u0131\u017f")


#: `CASE_ODDITIES` written as re's case-insensitive matching reads them.
_ODDITIES_READ = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def lexicon_key(matched: str) -> str:
    """What a case-insensitive regex matched, lower-cased as the lexicons write their words:
    "TİERS" and "mıllıon" match "tiers" and "million", but `str.lower` keeps the dotted or
    dotless i ("i̇ers"), so a lexicon lookup on it would fail."""
    return matched.translate(_ODDITIES_READ).lower()


def literal_form(text: str) -> str | None:
    """`text` lower-cased with "’" written "'": where a case-insensitive regex built by
    `alternation` (without `accents`) can only match if the lower-cased phrase is there as
    written, so a substring test may stand for it when it fails. None when the text holds
    one of `CASE_ODDITIES` (the regex must decide)."""
    if text.isascii():
        return text.lower()  # no odd letter, no "’" (most texts: one scan)
    if any(map(text.__contains__, CASE_ODDITIES)):  # three substring scans in C, where
        return None  # `isdisjoint(text)` hashed every character of the text in turn
    return text.lower().replace("’", "'")


class Token(NamedTuple):
    """A token and where it is in the text."""

    word: str
    start: int
    end: int


def tokens(text: str, start: int = 0, end: int | None = None, first: int | None = None
           ) -> list[Token]:
    """The tokens of `text[start:end]`, with their offsets in `text`: those `window_tokens`
    finds, read from the text's tokens (found once per text) instead of a new scan. With
    `first`, only the first ones (`tokens(…)[:first]`, without making the others)."""
    stop = len(text) if end is None else min(end, len(text))
    span = _whole_tokens(text, start, stop)
    if span is None:
        return list(_tokens_between(text, start, stop)[:first])
    i, j = span
    if first is not None and j > i + first:
        return _made_tokens(text, i, i + first)  # none of them reaches `stop`: no cut
    found = _made_tokens(text, i, j)
    if found and found[-1].end > stop:
        cut = found[-1]
        found[-1] = _token((text[cut.start:stop], cut.start, stop))
    return found


def token_columns(text: str) -> tuple[list[str], list[int], list[int]]:
    """`tokens(text)` of a whole text as three remembered lists (read, never change them):
    the words, their starts and their ends."""
    return _text_tokens(text)


def token_words(text: str) -> list[str]:
    """The words of `tokens(text)`, without their offsets (no index of the text is kept: for
    a short phrase read once)."""
    return TOKEN_RE.findall(text)


class TokenColumns(NamedTuple):
    """Tokens as columns: their words, the words lower-cased, their starts and ends."""

    words: list[str]
    lows: list[str]
    starts: list[int]
    ends: list[int]


@lru_cache(maxsize=256)  # the figure reader asks for a paragraph's columns once per figure
def text_columns(text: str) -> TokenColumns:
    """`lower_token_columns(text)` of a whole text, as remembered lists (read, never change
    them): no copy is made."""
    words, starts, ends = _text_tokens(text)
    return TokenColumns(words, _text_lower(text), starts, ends)


def lower_token_columns(text: str, start: int = 0, end: int | None = None) -> TokenColumns:
    """`tokens(text, start, end)` as columns, with the words lower-cased: for a reader that
    walks many windows of a text (no `Token` is made)."""
    stop = len(text) if end is None else min(end, len(text))
    words, starts, ends = _text_tokens(text)
    i = bisect.bisect_left(starts, start)  # `_whole_tokens`, inlined: a call per figure
    if i > 0 and ends[i - 1] > start:
        found = _tokens_between(text, start, stop)
        return TokenColumns([t.word for t in found], [t.word.lower() for t in found],
                            [t.start for t in found], [t.end for t in found])
    j = bisect.bisect_left(starts, stop, i)
    cut = TokenColumns(words[i:j], _text_lower(text)[i:j], starts[i:j], ends[i:j])
    if cut.ends and cut.ends[-1] > stop:
        cut.words[-1] = text[cut.starts[-1]:stop]
        cut.lows[-1] = cut.words[-1].lower()
        cut.ends[-1] = stop
    return cut


def _whole_tokens(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The indexes [i, j) of the text's tokens starting in [start, stop) (the last one may
    run past `stop`), or None when `start` falls inside a token: a scan from there would
    read that token's tail as tokens of its own."""
    _, starts, ends = _text_tokens(text)
    i = bisect.bisect_left(starts, start)
    if i > 0 and ends[i - 1] > start:
        return None
    return i, bisect.bisect_left(starts, stop, i)


def window_tokens(text: str, start: int, stop: int) -> list[Token]:
    """The tokens a scan of `text[start:stop]` finds, seeing one character past `stop` (so
    that "qu’" keeps its apostrophe when "en" follows), each cut at `stop`."""
    found = []
    for m in TOKEN_RE.finditer(text, start, min(len(text), stop + 1)):
        first, last = m.span()
        if first >= stop:
            break
        found.append(_token((m.group() if last <= stop else text[first:stop], first,
                             min(last, stop))))
    return found


_token = partial(tuple.__new__, Token)  # Token(word, start, end) without the keyword layer


@lru_cache(maxsize=256)
def _text_tokens(text: str) -> tuple[list[str], list[int], list[int]]:
    """All the tokens of a text as columns: their words, starts (for bisecting) and ends.

    Lists of strings and integers, not one `Token` per token: a text's tokens stay
    remembered while its figures are read, and the garbage collector walks every tuple
    subclass it keeps, every time (plain strings and integers it never walks). A caller
    gets `Token`s made for the span it asks about (`_made_tokens`)."""
    # `split` on the captured tokens gives [gap, token, gap, token, …, gap]: the offsets are
    # the running sum of the pieces' lengths. The same tokens as `TOKEN_RE.finditer`, without
    # a match object per token (each one tracked by the garbage collector until freed).
    pieces = _TOKEN_SPLIT_RE.split(text)
    offsets = list(itertools.accumulate(map(len, pieces), initial=0))
    return pieces[1::2], offsets[1:-1:2], offsets[2::2]


_TOKEN_SPLIT_RE = re.compile(f"({TOKEN_RE.pattern})")


def _made_tokens(text: str, i: int, j: int) -> list[Token]:
    """The text's tokens [i, j) as `Token`s."""
    words, starts, ends = _text_tokens(text)
    return list(map(_token, zip(words[i:j], starts[i:j], ends[i:j], strict=True)))


def _tokens_between(text: str, start: int, stop: int) -> tuple[Token, ...]:
    """`window_tokens`, read off the text's tokens (not remembered: no window was asked
    about twice in a run over 2,000 releases).

    A scan from `start` and the whole text's tokens agree from the first offset where both
    have a token start: the tokeniser looks at no character before the match. Before that
    point (a window opening inside a word, "…ello world"), the window's own scan is used. At
    `stop` a token is cut the same way in both (it ends at `stop` or later in either).
    """
    _, starts, ends = _text_tokens(text)
    i = bisect.bisect_left(starts, start)
    found: list[Token] = []
    if i > 0 and ends[i - 1] > start:  # the window opens inside a token
        for m in TOKEN_RE.finditer(text, start, min(len(text), stop + 1)):
            first, last = m.span()
            while i < len(starts) and starts[i] < first:
                i += 1
            if i < len(starts) and starts[i] == first:
                break  # in step with the text's tokens from here
            if first >= stop:
                return tuple(found)
            found.append(_token((m.group() if last <= stop else text[first:stop], first,
                                 min(last, stop))))
        else:
            return tuple(found)
    j = bisect.bisect_left(starts, stop, i)
    found.extend(_made_tokens(text, i, j))
    if found and found[-1].end > stop:
        cut = found[-1]
        found[-1] = _token((text[cut.start:stop], cut.start, stop))
    return tuple(found)


def _unit(char: str, accents: bool, case: bool = False) -> tuple[str, frozenset[str]]:
    """One character of a phrase as a regex, and the characters it matches (lower-cased
    unless `case`: the regex is compiled without IGNORECASE)."""
    low = str if case else str.lower
    if char == " ":
        return r"\s+", frozenset({" "})
    if char in APOSTROPHES:
        return "['’]", frozenset(APOSTROPHES)
    if accents and _fold_char(char) != char:
        return f"[{re.escape(char)}{_fold_char(char)}]", frozenset({low(char),
                                                                  low(_fold_char(char))})
    return re.escape(char), frozenset({" " if char.isspace() else low(char)})


def _flexible(phrase: str, accents: bool) -> str:
    return "".join(_unit(char, accents)[0] for char in phrase)


def alternation(phrases: Iterable[str], *, accents: bool = False,
                case_sensitive: bool = False, patterns: bool = False) -> str:
    """One regex alternative per phrase, longest first (so "plus de" wins over "plus"):
    spaces match any run of white space, either apostrophe matches, and with `accents` an
    accented letter also matches its bare form ("année" matches "annee"). With `patterns`
    the phrases are regular-expression fragments (a lexicon's `*_patterns` fields), used
    as written (a fragment cannot go into the prefix tree).

    The phrases are written as a prefix tree ("Niger|Nigeria" as "Niger(?:ia)?"): the regex
    engine tries one branch per character instead of every phrase at every position, and,
    since the branches of a node never match the same character, it still finds the longest
    phrase first. When two branches could match the same character (an accented letter and
    its bare form, or "T" and "t" unless the caller promises a `case_sensitive` regex), it
    falls back to the plain list, longest first.
    """
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not unique:
        return "(?!)"
    if patterns:
        return "|".join(unique)
    spelled = _spellings(unique) if accents else unique
    tree = _prefix_tree(spelled, False, case_sensitive) if spelled is not None else None
    if tree is None:
        return "|".join(_flexible(p, accents) for p in unique)
    return _tree_regex(tree)


#: A phrase with more accented letters than this is not spelled out in full (2^n spellings).
_MAX_ACCENTED = 6


def _spellings(phrases: list[str]) -> list[str] | None:
    """Every phrase with each accented letter written both ways ("année", "annee"): what
    `accents` matches, as plain phrases. None when a character folds to no letter."""
    spelled: set[str] = set()
    for phrase in phrases:
        variants = [""]
        accented = 0
        for char in phrase:
            bare_char = _fold_char(char)
            if bare_char == char or char in APOSTROPHES or char == " ":
                variants = [v + char for v in variants]
                continue
            if not bare_char.isalpha():
                return None
            accented += 1
            if accented > _MAX_ACCENTED:
                return None
            variants = [v + c for v in variants for c in (char, bare_char)]
        spelled.update(variants)
    return sorted(spelled, key=lambda p: (-len(p), p))


_END = ""  # the key marking that a phrase ends at a node of the prefix tree


def _prefix_tree(phrases: list[str], accents: bool, case: bool) -> dict | None:
    """{unit regex: subtree, _END: {}}; None when two branches of a node overlap."""
    tree: dict = {}
    matched: dict[int, dict[str, frozenset[str]]] = {}  # node id -> unit -> characters
    for phrase in phrases:
        node = tree
        for char in phrase:
            regex, chars = _unit(char, accents, case)
            if regex not in node:
                siblings = matched.setdefault(id(node), {})
                if any(chars & other for other in siblings.values()):
                    return None
                siblings[regex] = chars
                node[regex] = {}
            node = node[regex]
        node[_END] = {}
    return tree


def _tree_regex(node: dict) -> str:
    """The regex of a prefix tree: longer continuations before the end of a phrase."""
    branches = [unit + _tree_regex(child) for unit, child in node.items() if unit != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return f"(?:{body})?"
    return body


def lexicon_alternation(field: str, language: str | None = None) -> str:
    """A lexicon field across `lexicons(language)` as one regex group, longest first: its
    words, or for a `*_patterns` field its regular-expression fragments."""
    phrases = union(field, language)
    return f"(?:{alternation(phrases, patterns=field.endswith('_patterns'))})"


#: Words naming an organisation or one of its offices, the lexicons' `organisation_words`
#: (capitalised, matched case-sensitively on accent-folded text).
ORGANISATION = re.compile(
    rf"\b(?:{alternation(union('organisation_words'), case_sensitive=True)})\b")

#: Words naming an office or a service, the lexicons' `office_words` (on folded lower-case text).
OFFICE_WORD = re.compile(rf"(?<![\w-]){lexicon_alternation('office_words')}(?![\w-])")


def names_organisation(text: str) -> bool:
    """Holds a word naming an organisation, an office or a service ("Ministerio", "Prensa
    IRC", "Service presse"), which no person's name and no place's name does."""
    folded = fold(text)
    return bool(ORGANISATION.search(folded) or OFFICE_WORD.search(folded.lower()))


def bare(word: str) -> str:
    """A token without a trailing elision apostrophe: "d’" -> "d"."""
    return word.rstrip(APOSTROPHES)


# --- sentences and the words around a position ---------------------------------------------

# Sentence end: . ! ? … then spaces then what may start a sentence. Abbreviations are checked
# separately (a regex lookbehind cannot take variable-length alternatives).
_SENTENCE_END_RE = re.compile(r"[.!?…]+[»\"”)]?\s+(?=[«\"“(\[¿¡]?\s*[A-ZÀ-ÖØ-Þ0-9])")
#: Words after which no sentence ends ("Mme.", "approx."): the lexicons' `abbreviations`.
_ABBREVIATIONS = union("abbreviations")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, in order, covering its non-blank text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END_RE.finditer(text):
        if m.group().startswith("."):
            last_word = _last_word(text, start, m.start()).lower().rstrip(".")
            if last_word in _ABBREVIATIONS or len(last_word) == 1:
                continue
        end = m.start() + len(m.group().rstrip())
        spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _last_word(text: str, start: int, end: int) -> str:
    """The last white-space-separated word of `text[start:end]` ("" if none): split off the
    last characters (not a copy of the whole sentence), else read back from `end`."""
    near = max(start, end - _LAST_WORD_NEAR)
    words = text[near:end].rsplit(None, 1)
    if len(words) == 2 or (near == start and words):
        return words[-1]  # a white space before it in reach, or the whole text read
    if near == start:
        return ""
    while end > start and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]


#: How many characters `_last_word` splits before reading back character by character.
_LAST_WORD_NEAR = 48


#: `words_before` and `words_after` remember the few words around the last places asked about:
#: the trap rules ask in turn about the same places, for one to four words.
_NEAR = 4


def words_before(text: str, pos: int, n: int, reach: int = 80) -> list[str]:
    """The last `n` tokens (words, digit runs, punctuation) before `pos`, lower-cased."""
    if 0 < n <= _NEAR and reach == 80:
        return list(_near_before(text, pos)[-n:])  # the same window: its last n tokens
    return _words_before(text, pos, n, reach)


@lru_cache(maxsize=1024)
def _near_before(text: str, pos: int) -> tuple[str, ...]:
    return tuple(_words_before(text, pos, _NEAR, 80))


def _words_before(text: str, pos: int, n: int, reach: int) -> list[str]:
    if n <= 0:
        return list(_lower_words(text, max(0, pos - reach), min(pos, len(text)))[-n:]) if n \
            else []
    start, stop = max(0, pos - reach), min(pos, len(text))
    _, starts, ends = _text_tokens(text)
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, stop, i)
    if j - i < n:  # the window may open inside a word: read it as `tokens` does
        return list(_lower_words(text, start, stop)[-n:])
    # the last `n` tokens are whole tokens of the text (the last one maybe cut at `stop`)
    words = _text_lower(text)[j - n:j]
    if ends[j - 1] > stop:
        words[-1] = text[starts[j - 1]:stop].lower()
    return words


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
    if 0 <= n <= _NEAR and reach == 80:
        return list(_near_after(text, pos)[:n])  # the same window: its first n tokens
    return _words_after(text, pos, n, reach)


@lru_cache(maxsize=1024)
def _near_after(text: str, pos: int) -> tuple[str, ...]:
    return tuple(_words_after(text, pos, _NEAR, 80))


def _words_after(text: str, pos: int, n: int, reach: int) -> list[str]:
    stop = min(len(text), pos + reach)
    _, starts, ends = _text_tokens(text)
    i = bisect.bisect_left(starts, pos)
    if n < 0 or (i > 0 and ends[i - 1] > pos):  # opens inside a word: as `tokens` reads it
        return list(_lower_words(text, pos, stop)[:n])
    j = bisect.bisect_left(starts, stop, i)
    k = min(j, i + n)
    words = _text_lower(text)[i:k]
    if k == j and k > i and ends[k - 1] > stop:
        words[-1] = text[starts[k - 1]:stop].lower()
    return words


@lru_cache(maxsize=256)
def _text_lower(text: str) -> list[str]:
    """The lower-cased words of `_text_tokens(text)` (read, never changed: callers slice it)."""
    return list(map(str.lower, _text_tokens(text)[0]))


@lru_cache(maxsize=4096)
def _lower_words(text: str, start: int, stop: int) -> tuple[str, ...]:
    """The lower-cased words of a window (the trap rules ask for the same ones in turn)."""
    return tuple(t.word.lower() for t in _tokens_between(text, start, stop))
