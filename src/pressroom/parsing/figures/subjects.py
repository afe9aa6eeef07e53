"""The noun phrase a figure counts: "plus de 3 900 [victimes de traite] ont été identifiées",
"80% des [victimes identifiées] étaient", "89 pour cent sont des adultes" (none).

Hand-written, because no installed library tags parts of speech in every supported language:
the phrase runs from the first content word after the figure (past "de"/"of"/"de los") over
adjectives, participles, "de ..." complements and "et ..." coordinations, and stops at
punctuation, a function word or a word that looks like a finite verb or an adverb.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from pressroom.parsing.figures.numbers import is_number_word
from pressroom.parsing.figures.plurals import head_word, looks_plural, plural_phrase, singular
from pressroom.parsing.lexicon import lexicons, union
from pressroom.parsing.text import (
    Token,
    TokenColumns,
    alternation,
    fold,
    lexicon_key,
    literal_form,
    lower_token_columns,
    text_columns,
    token_words,
    tokens,
)

MAX_WORDS = 8


@cache
def _months() -> frozenset[str]:
    """The month names of every lexicon (CLDR), lower-cased."""
    return frozenset().union(*(lex.months("wide") for lex in lexicons()))


def month_follows(text: str, pos: int) -> bool:
    """A month name is the next word after `pos`: the figure before it is a day ("9 mars")."""
    after = tokens(text, pos, min(len(text), pos + 20), first=1)
    return bool(after) and after[0].word.lower() in _months()


def _words(name: str, language: str | None) -> frozenset[str]:
    words: frozenset[str] = union(name, language)
    return words


@cache
def _determiners(language: str | None) -> frozenset[str]:
    """Articles, indefinite articles and the determiners of a complement ("ces", "their")."""
    return (_words("articles", language) | _words("complement_determiners", language)
            | _words("indefinite_articles", language))


@cache
def _funding_stopwords(language: str | None) -> frozenset[str]:
    """The words after which a funding noun heads its phrase (`_funding_head`)."""
    return (_words("stopwords", language) | _words("partitives", language)) \
        - _determiners(language)


def _looks_like_verb_or_adverb(word: str, previous: str, language: str | None) -> bool:
    """A finite verb or an adverb right after a noun: "vivent", "llegaron", "arrived",
    "actuellement" (the lexicon's verb endings). Participles used as adjectives
    ("identifiées") pass, and so do English pre-modifiers ("internally displaced persons")."""
    w = word.lower()
    if len(w) <= 3:
        return False
    for lex in lexicons(language):
        if lex.modifier_chains and previous.endswith(lex.verb_endings):
            continue
        if w.endswith(lex.verb_endings) and w not in lex.not_verbs:
            return True
        if lex.plural_verb_endings and w.endswith(lex.plural_verb_endings) \
                and previous.endswith("s"):
            return True  # plural verb after a plural noun: "migrantes viven"
    return False


def _plural_verb(word: str, language: str | None) -> bool:
    """A plural finite verb right after a number ("800 permanecem", "1.000 viven"): plural
    nouns end in -s in the languages that list these endings."""
    return len(word) > 3 and any(
        lex.plural_verb_endings and word.endswith(lex.plural_verb_endings)
        and word not in lex.not_verbs for lex in lexicons(language))


#: What ends a sentence or a clause, searched between two figures or a verb and a figure
#: (compiled once: `re.search` with a pattern string looks it up in re's cache each call).
_SENTENCE_STOP_RE = re.compile(r"[.;:!?]")
_SENTENCE_END_RE = re.compile(r"[.!?;]")  # a colon may introduce the compared figure
_CLAUSE_STOP_RE = re.compile(r"[,;:.!?]")


@dataclass(slots=True)
class Subject:
    """The counted noun phrase, as written, and where it is in the paragraph. A phrase read
    before the figure or left out ("Décisions positives : 48", "dont 5 graves") is placed
    at the figure's end, with no width: the figure's text and its traps read only what
    follows it. Never changed once made."""

    text: str
    start: int
    end: int


def _tokens(text: str, pos: int, limit: int | None = None, first: int | None = None
            ) -> list[Token]:
    """The tokens of the next 160 characters (up to `limit`); with `first`, only the first
    ones: a reader that looks at one to four words need not make the others."""
    end = min(len(text), pos + 160, len(text) if limit is None else limit)
    return tokens(text, pos, max(pos, end), first=first)


def _column_range(text: str, pos: int, limit: int | None = None
                  ) -> tuple[TokenColumns, int, int]:
    """`_tokens(text, pos, limit)` as columns, with their words lower-cased
    (`lower_token_columns`), and the range [i, j) of them it covers:
    the paragraph's own columns when the window opens on a token and its last token ends
    inside it (most figures: no list is copied), else the window's copy and (0, its length).
    """
    stop = max(pos, min(len(text), pos + 160, len(text) if limit is None else limit))
    cols = text_columns(text)
    starts, ends = cols.starts, cols.ends
    i = bisect.bisect_left(starts, pos)
    if i == 0 or ends[i - 1] <= pos:  # `lower_token_columns` copies these very tokens
        j = bisect.bisect_left(starts, stop, i)
        if j == i or ends[j - 1] <= stop:
            return cols, i, j
    cut = lower_token_columns(text, pos, stop)
    return cut, 0, len(cut.words)


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """The word sets a noun phrase is read with, in one language (all when None)."""

    partitives: frozenset[str]
    articles: frozenset[str]
    determiners: frozenset[str]  # the lexicons' `complement_determiners`
    quantifiers: frozenset[str]
    stopwords: frozenset[str]
    links: frozenset[str]  # partitives and coordinations: "de", "et", "of", "and"
    head_first: bool  # some lexicon puts the head noun first ("entreprises du secteur privé")


@cache
def _vocabulary(language: str | None) -> _Vocabulary:
    return _Vocabulary(
        partitives=_words("partitives", language), articles=_words("articles", language),
        determiners=_words("complement_determiners", language),
        quantifiers=_words("quantifiers", language), stopwords=_words("stopwords", language),
        links=_words("partitives", language) | _words("coordinations", language),
        head_first=any(lex.head_first for lex in lexicons(language)))


def _is_word(tok: Token) -> bool:
    return tok.word[0].isalpha()


def _wrapped_compound(toks: TokenColumns, i: int, first: int = 0, stop: int | None = None
                      ) -> bool:
    """Token i is the "-" of a compound cut at a line end ("inter- governmental"), among the
    tokens [first, stop) (all by default)."""
    words = toks.words
    stop = len(words) if stop is None else stop
    return (first < i < stop - 1 and words[i] == "-" and toks.ends[i - 1] == toks.starts[i]
            and words[i - 1][0].isalpha() and words[i + 1][0].isalpha())


def _skip_number(words: list[str], i: int, stop: int | None = None) -> int:
    """Index past a written number ("300", "1,200", "3 900") starting at words[i], if any,
    reading words[:stop] (all by default)."""
    stop = len(words) if stop is None else stop
    j = i
    while j < stop and (words[j].isdigit()
                        or (j > i and words[j] in ",." and j + 1 < stop
                            and words[j + 1].isdigit())):
        j += 1
    return j


def head_words(text: str, pos: int, limit: int = 4, language: str | None = None) -> list[str]:
    """Content words after `pos`, past partitives, articles and numbers, lower-cased
    ("cinq des douze régions" -> ["régions"]); used by the traps on what is counted."""
    words: list[str] = []
    skip = _words("partitives", language) | _words("articles", language)
    for tok in _tokens(text, pos):
        w = tok.word.lower()
        if w.isdigit():
            continue
        if not _is_word(tok):
            break
        if w in skip:
            continue
        words.append(w)
        if len(words) >= limit:
            break
    return words


def core_words(subject: Subject, language: str | None = None) -> list[str]:
    """The words of a noun phrase before its first complement or coordination, lower-cased:
    "partner organizations of the region" -> ["partner", "organizations"]."""
    return phrase_core_words(subject.text, language)


def phrase_core_words(phrase: str, language: str | None = None) -> list[str]:
    """`core_words` of a noun phrase written `phrase`."""
    words: list[str] = []
    links = _vocabulary(language).links
    for word in token_words(phrase):
        w = word.lower()
        if w in links:
            break
        words.append(w)
    return words


def subject_after(
    text: str, pos: int, language: str | None, *, partitive: bool, limit: int | None = None,
    article_opens: bool = False,
) -> Subject | None:
    """The noun phrase right after a figure ending at `pos`, or None when the figure is
    followed by a verb or punctuation ("61% étaient âgées…").

    `partitive`: the phrase must be introduced by "de/des/of/de los" ("80% des victimes"), as
    for percentages; otherwise a partitive is skipped when present ("3,7 millions de personnes").
    A quantifier after it is skipped ("23 % de toutes les écoles").
    `article_opens`: an article may stand for the partitive ("half the population"), in a
    head-last language.
    `limit`: the phrase ends before it (a phone number follows).
    """
    # The window's tokens are toks[first:n] (`_column_range`: no copy of the paragraph's).
    toks, first, n = _column_range(text, pos, limit)
    raw, lows = toks.words, toks.lows
    v = _vocabulary(language)
    complements = v.partitives  # "victimes de traite": the same words
    article_opens = article_opens and not v.head_first
    i = first
    if i < n and (lows[i] in complements or (article_opens and lows[i] in v.articles)):
        i += 1
        if i < n and lows[i] in v.quantifiers:
            i += 1  # "de toutes les écoles", "of all schools"
        if i < n and (lows[i] in v.articles or lows[i] in v.determiners):
            i += 1  # "80 % des victimes", "sept de ces enfants"
        i = _skip_number(raw, i, n)  # "25 % des 300 personnes interrogées"
    elif partitive:
        return None
    taken: list[int] = []  # the indexes of the phrase's words
    while i < n and len(taken) < MAX_WORDS:
        w = lows[i]
        link = w in v.links
        if taken and _wrapped_compound(toks, i, first, n):
            taken.append(i + 1)  # "inter- governmental": a compound cut at a line end
            i += 2
            continue
        if not raw[i][0].isalpha() or (w in v.stopwords and (not taken or not link)):
            break
        if not taken:
            if link:
                break  # "$12 million and will serve": a coordination opens no noun phrase
            if w in _months():
                break  # "64 % de juin à septembre": a month is when, not what is counted
            if i == first and _plural_verb(w, language):
                break  # "cerca de 800 permanecem alojados": a verb, the noun is implicit
            if i == first and w in v.articles and not _number_next(raw, i, n):
                break  # "redujo a dos el número de…": an article opens another phrase
            taken.append(i)
            i += 1
            continue
        if link:
            j = i + 1
            if w in complements and j < n and lows[j] in v.determiners:
                j += 1
            if w not in complements and j < n and _finite_verb(lows[j], language):
                break  # "112 boreholes and rehabilitated 47 others": a second clause
            if j < n and (lows[j] in v.articles or lows[j] in _words("other_words", language)) \
                    and _number_next(raw, j, n):
                break  # "a la operación y el 90 % de los casos", "23 defunciones y otras 41":
                # the next figure's clause
            if (w not in complements and j + 1 < n and lows[j] in v.articles
                    and raw[j + 1][:1].isupper()):
                break  # "300 personas y la OIM alcanzó …": another actor's clause
            if j < n and raw[j][0].isalpha() and lows[j] not in v.stopwords:
                taken.append(j)
                i = j + 1
                continue
            break
        previous = lows[i - 1]
        if previous not in complements and _looks_like_verb_or_adverb(w, previous, language):
            break
        taken.append(i)
        i += 1
    if not taken:
        return None
    start, end = toks.starts[taken[0]], toks.ends[taken[-1]]
    return Subject(text[start:end], start, end)


def _number_next(words: list[str], i: int, stop: int | None = None) -> bool:
    """A number follows the word at `i` ("de 10 a 15": a range, not an article), among
    words[:stop] (all by default)."""
    return i + 1 < (len(words) if stop is None else stop) and words[i + 1][:1].isdigit()


def _opens_phrase(tok: Token | None, language: str | None) -> bool:
    """A noun phrase may start after `tok`: nothing, punctuation or a determiner ("un taux")."""
    if tok is None or not _is_word(tok):
        return True
    w = tok.word.lower()
    return w in _determiners(language) or _finite_verb(w, language)


def _finite_verb(word: str, language: str | None) -> bool:
    """A finite verb, the phrase after it being its object ("lançam resposta de")."""
    return len(word) > 3 and word not in _words("stopwords", language) and any(
        word.endswith(lex.verb_endings + lex.plural_verb_endings) and word not in lex.not_verbs
        for lex in lexicons(language))


def _is_content(tok: Token, language: str | None) -> bool:
    w = tok.word.lower()
    return (_is_word(tok) and w not in _words("stopwords", language)
            and w not in _words("function_words", language)
            and w not in _words("empty_heads", language)
            and w not in _words("change_verbs", language))


def _verb_before_phrase(toks: list[Token], i: int, language: str | None) -> bool:
    """toks[i] is the verb of a clause, not a pre-modifier: a word with a verb ending after a
    noun or an adverb of the clause ("the firm [reported] annual revenue", "also [posted]"),
    where a participle used as an adjective follows a determiner or a "-ly" adverb ("the
    displaced families", "newly displaced families")."""
    w = toks[i].word.lower()
    if not _finite_verb(w, language) or w.endswith("ly"):
        return False
    previous = toks[i - 1].word.lower() if i > 0 else ""
    determiners = _determiners(language)
    return bool(previous) and previous not in determiners and not previous.endswith("ly") \
        and toks[i - 1].word[0].isalpha()


def subject_before(text: str, start: int, language: str | None) -> Subject | None:
    """The noun phrase a figure measures when it is written before it, joined by "de"/"of":
    "un taux de létalité de 7,9 %", "un appel de 2,7 milliards", "an appeal of $5 million",
    "lançam resposta de 56 milhões".

    Used only when nothing follows the figure. The phrase must open after punctuation, a
    determiner or a finite verb, or start with a capital (a headline), so a participle ("a
    réduit de 20 %") is no subject; "un total de" names nothing (the lexicon's `empty_heads`);
    a change noun opens one anywhere ("en hausse de 12 %")."""
    toks = tokens(text, max(0, start - 120), start)
    partitives = _words("partitives", language)
    if len(toks) < 2:
        return None
    to_link = toks[-1].word.lower() in union("range_to_links", language)
    if toks[-1].word.lower() not in partitives and not to_link:
        return None
    head_first = _vocabulary(language).head_first
    words: list[Token] = []
    i = len(toks) - 2
    while i >= 0 and len(words) < 4:
        tok = toks[i]
        if not words or not head_first:
            if not _is_content(tok, language) or (not head_first
                                                  and _verb_before_phrase(toks, i, language)):
                break  # English pre-modifiers pass: "humanitarian appeal of"
            words.insert(0, tok)
            i -= 1
        elif tok.word.lower() in partitives and i > 0 and _is_content(toks[i - 1], language):
            words.insert(0, toks[i - 1])  # "taux de létalité de": a complement of the head
            i -= 2
        elif len(words) == 1 and i > 0 and _is_content(tok, language) \
                and toks[i - 1].word.lower() in _determiners(language):
            words.insert(0, tok)  # "um aumento salarial de": the head, then its adjective
            i -= 1
        elif len(words) == 1 and i > 2 and _is_content(tok, language) \
                and toks[i - 1].word.lower() in partitives and _is_content(toks[i - 2], language) \
                and toks[i - 3].word.lower() in _determiners(language):
            words.insert(0, tok)  # "un taux de couverture provisoire de": the complement,
            i -= 1  # then its adjective; the head, after its determiner, comes next
        else:
            break
    if not words:
        return None
    change = words[0].word.lower() in _words("change_nouns", language)
    if to_link:
        # "amplía su presupuesto a US$ 6,2 millones", "raised its budget to $5 million": only
        # after a possessive or demonstrative, else "a" is any preposition
        opener = toks[i].word.lower() if i >= 0 else ""
        articles = _words("articles", language)
        if opener not in _words("complement_determiners", language) - articles:
            return None
    elif not (_opens_phrase(toks[i] if i >= 0 else None, language)
              or words[0].word[0].isupper() or change):
        return None  # but "en hausse de 12 %": a change noun needs no determiner
    first, last = words[0], words[-1]
    return Subject(text[first.start:last.end], first.start, last.end)


@cache
def _period_re(language: str | None) -> re.Pattern[str]:
    """"en 2024", "in 2024", "al año", "a year": a year or a rate between an amount and what
    it pays for."""
    cues = alternation(union("year_cues", language))
    rates = alternation([*union("rates_per_year", language), *union("rates_per_day", language)])
    return re.compile(rf"\s*(?:(?:{cues})\s+\d{{4}}\b|(?:{rates})\b)", re.IGNORECASE)


def subject_of_purpose(text: str, pos: int, language: str | None,
                       limit: int | None = None) -> Subject | None:
    """What an amount of money pays for, after a purpose link: "28,5 millones de euros en
    ayuda humanitaria", "US$ 2,5 milhões à resposta emergencial". A place or a name
    (capitalised) or a year is no purpose. After "to"/"a" ("$12 million to food security
    programmes", "3 millones en 2024 a programas de salud"), only a phrase with a funding
    noun is."""
    period = _period_re(language).match(text, pos)
    toks = _tokens(text, period.end() if period else pos, limit, first=3)  # reads toks[:3]
    if len(toks) < 2:
        return None
    link = toks[0].word.lower()
    to_link = link in union("range_to_links", language)
    action = link in _words("action_links", language)
    if link not in _words("purpose_links", language) and not to_link and not action:
        return None
    k = 1
    if toks[k].word.lower() in _words("articles", language):
        k += 1
    if k >= len(toks) or not _is_word(toks[k]) or not toks[k].word[0].islower():
        return None
    if k == 1 and len(toks[k].word) > 3 \
            and toks[k].word.lower().endswith(union("infinitive_endings", language)):
        return None  # "pour soutenir", "para fortalecer": a verb, what the money does
    found = subject_after(text, toks[k].start, language, partitive=False, limit=limit)
    if found and action and looks_plural(head_word(found.text, language), language):
        return None  # "para as famílias": the recipients, not what the money pays for
    if found and to_link and link not in _words("purpose_links", language) and not (
            _words("funding_nouns", language) & set(core_words(found, language))
            and not _infinitive_with_object(text, found, language)):
        return None
    return found


def _infinitive_with_object(text: str, phrase: Subject, language: str | None) -> bool:
    """"$35 million to support the agency's work": in a head-last language a word after "to"
    followed by a determiner is a verb and its object, not a noun."""
    if _vocabulary(language).head_first:
        return False
    after = _tokens(text, phrase.end, first=1)
    determiners = _determiners(language)
    return bool(after) and after[0].word.lower() in determiners


@cache
def _clause_re(language: str | None) -> re.Pattern[str]:
    """The clause before a level verb and the figure: "a cobertura chega a ", "food bank
    visits reached a record ", "las ventas alcanzaron los "."""
    verbs = alternation(union("level_verbs", language))
    indefinite = alternation(union("indefinite_articles", language))
    partitives = alternation(union("partitives", language))
    articles = alternation(union("articles", language))
    return re.compile(
        rf"(?P<clause>[^.;:!?,()\[\]\n—–]+?)\s+(?P<verb>{verbs})\s+"
        rf"(?:(?:{indefinite})\s+[^\W\d_]+\s+(?:(?:{partitives})\s+)?|(?:{articles})\s+)?$",
        re.IGNORECASE)


@cache
def _clause_tail_re(language: str | None) -> re.Pattern[str]:
    """The end of `_clause_re`: a level verb after a space, then the figure. Searched first:
    unlike `_clause_re`, whose clause may start at any of 200 characters and end at any
    later one, it reads each character once."""
    verbs = alternation(union("level_verbs", language))
    indefinite = alternation(union("indefinite_articles", language))
    partitives = alternation(union("partitives", language))
    articles = alternation(union("articles", language))
    return re.compile(
        rf"\s(?:{verbs})\s+(?:(?:{indefinite})\s+[^\W\d_]+\s+(?:(?:{partitives})\s+)?"
        rf"|(?:{articles})\s+)?$",
        re.IGNORECASE)


@cache
def _count_noun_re(language: str | None) -> re.Pattern[str]:
    """"le nombre de", "the number of": the count is of what follows."""
    articles = alternation(union("articles", language) | union("indefinite_articles", language))
    nouns = alternation(union("count_nouns", language))
    partitives = alternation(union("partitives", language))
    return re.compile(rf"\s*(?:(?:{articles})\s*)?(?:{nouns})\s+(?:{partitives})\s*",
                      re.IGNORECASE)


def _past_count_noun(text: str, subject: Subject | None, language: str | None,
                     limit: int | None) -> Subject | None:
    """"nombre de demandes en suspens" -> "demandes en suspens"."""
    if subject is None:
        return None
    m = _count_noun_re(language).match(text, subject.start)
    if not m:
        return subject
    return subject_after(text, m.end(), language, partitive=False, limit=limit) or subject


def subject_of_clause(text: str, start: int, language: str | None) -> Subject | None:
    """The subject of a clause that gives a level: "la letalidad se sitúa en 0,16 %", "le
    nombre de demandes s'élève à 6899" (-> "demandes"), "visits reached a record 2 million"."""
    if not _clause_tail_re(language).search(text, max(0, start - 200), start):
        return None  # no level verb ends the text before the figure (the cheap test first)
    m = _clause_re(language).search(text, max(0, start - 200), start)
    if not m or m.end() != start:
        return None
    skip = (_words("stopwords", language) | _words("function_words", language)
            | _words("articles", language) | _words("complement_determiners", language))
    last = tokens(text, _last_clause_start(text, m.start("clause"), m.start("verb"), language),
                  m.start("verb"))
    if not last:  # "growth is estimated at 4.2 % and is projected at 4.7 %": a shared subject
        last = tokens(text, m.start("clause"), m.start("verb"))
    for tok in _after_relative(last, language):
        if _is_year(tok):
            continue  # "en 2024 los donativos sumaron …": when, before the subject
        if not _is_word(tok):
            return None
        if tok.word.lower() not in skip:
            if sum(ch.isupper() for ch in tok.word) > 1:
                return None  # "UNICEF needs $5 million": a name, not what is measured
            found = subject_after(text, tok.start, language, partitive=False,
                                  limit=m.start("verb"))
            return _past_count_noun(text, found, language, m.start("verb"))
    return None


def _is_year(tok: Token) -> bool:
    """A year written in digits ("2024")."""
    return len(tok.word) == 4 and tok.word.isdigit() and 1900 <= int(tok.word) <= 2100


#: "that homicides had": the relative, a bare plural noun and an auxiliary before the verb.
_BARE_NOUN_CLAUSE = 3


def _after_relative(toks: list[Token], language: str | None) -> list[Token]:
    """The tokens after the last one-word relative pronoun or conjunction ("que", "that")
    when words follow it: "Serrano ha subrayado que la tasa ha bajado al" -> "la tasa". A
    word that is also a determiner ("that") counts only before another one ("said that the
    rate", not "under that scheme"), or before a bare noun and an auxiliary closing the
    clause ("said that homicides had [fallen to]"; not "under that programme [was]")."""
    relatives, determiners = _words("relative_pronouns", language), _determiners(language)
    stopwords = _words("stopwords", language)
    last = max((k for k, tok in enumerate(toks[:-1]) if tok.word.lower() in relatives
                and (tok.word.lower() not in determiners
                     or toks[k + 1].word.lower() in determiners
                     or (len(toks) - k == _BARE_NOUN_CLAUSE and toks[k + 1].word.islower()
                         and toks[k + 1].word.lower() not in stopwords
                         and toks[-1].word.lower() in stopwords))),
               default=None)
    return toks if last is None else toks[last + 1:]


@cache
def _joined_clause_re(language: str | None) -> re.Pattern[str]:
    coordinations = alternation(union("coordinations", language))
    return re.compile(rf"\d[^\d]*?\s(?:{coordinations})\s+(?!.*\d)", re.IGNORECASE)


def _last_clause_start(text: str, start: int, end: int, language: str | None) -> int:
    """Where the last of two clauses joined by "y"/"and" starts when the first gives its own
    figure ("tránsitos suben 9 % y los ingresos alcanzan "); else `start`."""
    if not any(ch.isdigit() for ch in text[start:end]):
        return start  # one clause, or a figure inside the phrase ("rate within 30 days")
    m = _joined_clause_re(language).search(text, start, end)
    return m.end() if m else start


def subject_counted_after(text: str, pos: int, language: str | None,
                          limit: int | None = None) -> Subject | None:
    """"à 10 000 le nombre de personnes déplacées": the count noun written after the figure."""
    m = _count_noun_re(language).match(text, pos)
    if not m:
        return None
    return subject_after(text, m.end(), language, partitive=False, limit=limit)


def subject_of_amount(text: str, pos: int, language: str | None,
                      limit: int | None = None) -> Subject | None:
    """In a head-last language, an amount of money may modify the noun that follows it: "an
    8 million Swiss franc emergency appeal", "a $5 million grant". Not a name (capitalised),
    nor a verb ("$40 million helped clinics")."""
    if _vocabulary(language).head_first:
        return None
    toks = _tokens(text, pos, limit, first=1)
    if not toks or not _is_word(toks[0]) or not toks[0].word[0].islower():
        return None
    if _looks_like_verb_or_adverb(toks[0].word, "", language):
        return None  # "$40 million helped clinics": the verb of the clause
    found = subject_after(text, toks[0].start, language, partitive=False, limit=limit)
    if found and set(union("time_units", language)) & {w.lower() for w in found.text.split()}:
        return None  # "$5 million last year": a period, not what the money is
    return found


#: How many words before an amount of money its funding noun may stand.
FUNDING_REACH = 15


def subject_of_funding(text: str, start: int, language: str | None,
                       sentence_start: int = 0) -> Subject | None:
    """What an amount of money with no noun of its own is: the nearest funding noun before it
    in its clause ("son budget, qui est passé de 4 à 8 millions", "los programas de salud,
    por un total de 12 millones", "the biggest grant, of about $9 million", "a campanha de
    doações já reuniu 40 mil reais"). In a head-last language a funding noun followed by
    another word modifies it ("aid agency"), and one followed by a determiner is a verb with
    its object ("floods cost the region", "donors fund these clinics"): neither is a head."""
    nouns = _words("funding_nouns", language)
    toks = tokens(text, max(sentence_start, start - 200), start)
    seen = 0
    for k in range(len(toks) - 1, -1, -1):
        tok = toks[k]
        if tok.word in (";", ":", ".", "!", "?"):
            return None
        if not _is_word(tok):
            continue
        seen += 1
        if seen > FUNDING_REACH:
            return None
        if tok.word.lower() in nouns:
            found = _funding_head(text, toks, k, language, start)
            if found:
                return found
    return None


def _funding_head(text: str, toks: list[Token], k: int, language: str | None,
                  limit: int) -> Subject | None:
    """The phrase a funding noun at toks[k] heads, or None when it is no head (see
    `subject_of_funding`)."""
    nouns = _words("funding_nouns", language)
    if _vocabulary(language).head_first:
        partitives = _words("partitives", language)
        while k >= 2 and toks[k - 1].word.lower() in partitives \
                and toks[k - 2].word.lower() in nouns:
            k -= 2  # "campanha de doações": the phrase starts at the first one
        return subject_after(text, toks[k].start, language, partitive=False, limit=limit)
    stopwords = _funding_stopwords(language)
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is None or not _is_word(after) or after.word.lower() in stopwords:
        return Subject(toks[k].word, toks[k].start, toks[k].end)
    return None


def subject_of_change(text: str, pos: int, language: str | None,
                      limit: int | None = None) -> Subject | None:
    """A share written right before a change noun measures the change: "a 30% increase in
    cases", "a 12 per cent drop from last year"."""
    toks = _tokens(text, pos, limit, first=1)
    if not toks or toks[0].word.lower() not in _words("change_nouns", language):
        return None
    return subject_after(text, toks[0].start, language, partitive=False, limit=limit)


@cache
def _link_before_re(name: str, language: str | None) -> re.Pattern[str]:
    """The words of lexicon field `name` ending the text before a figure, after nothing or a
    comma: ", dont ", " and "."""
    return re.compile(rf"(?:^|[\s,(])(?:{alternation(union(name, language))})\s*$",
                      re.IGNORECASE)


@cache
def _of_them_re(language: str | None) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{alternation(union('of_them', language))})\b", re.IGNORECASE)


def _of_them(text: str, pos: int, language: str | None) -> bool:
    """"600 mil delas", "trois d'entre eux": the figure is a part of a group named before."""
    return bool(_of_them_re(language).match(text, pos))


@cache
def _group_before_re(language: str | None) -> re.Pattern[str]:
    """"Parmi elles, ", "De ellos, ", ", de los cuales el ": a group opener ending the text
    before a figure."""
    articles = alternation(union("articles", language))
    return re.compile(rf"(?<!\w)(?:{alternation(union('group_openers', language))})\s*,?\s*"
                      rf"(?:(?:{articles})\s+)?$", re.IGNORECASE)


def subject_of_group(text: str, span: tuple[int, int], named: list[Subject],
                     language: str | None) -> Subject | None:
    """The group a figure is a part of, when its own noun is left out and a pronoun refers
    back to it: "730 of them", "Près de 40 % d'entre eux", "Parmi elles, 310 000" -> the
    plural noun of the nearest figure before it in the paragraph (`named`, in reading order),
    placed at the figure's end. `span` is the figure's (with its qualifier). A group named
    only in the sentence's opening ("Sur 99 victimes…, 89 pour cent sont des adultes") is no
    such reference: the seeds leave that subject null."""
    start, end = span
    window = text[max(0, start - 60):start]
    if not (_of_them(text, end, language) or _group_before_re(language).search(window)):
        return None
    for phrase in reversed(named):
        if looks_plural(head_word(phrase.text, language), language):
            return Subject(phrase.text, end, end)
    return None


#: A count in an opening group: "Of the 1,204 schools", "De las 210 presas".
_GROUP_COUNT = r"\d{1,3}(?:[\s.,’']\d{3})*\s+"


@cache
def _opening_group_phrase_re(language: str | None, counted: bool) -> re.Pattern[str]:
    """A sentence opening on a group, then a comma: "Parmi les malades, "; `counted`, maybe
    with its count ("Of the 31 people killed, ", "De las 210 presas, ")."""
    links = alternation(union("partitive_after", language))
    articles = alternation(union("articles", language))
    if counted:  # "Of these closures, 610 …": a demonstrative too
        articles = alternation(union("articles", language)
                               | union("complement_determiners", language))
    group = rf"(?:{articles})\s+"
    if counted:  # "de los" holds its article: one more is optional before a count
        group = rf"(?:{group}(?:{_GROUP_COUNT})?|(?:{group})?{_GROUP_COUNT})"
    return re.compile(rf"(?:^|(?<=[.!?])\s+)(?:{links})\s+{group}"
                      rf"(?P<group>[^\W\d][^\d,.;:!?]*?)\s*,\s*$", re.IGNORECASE)


def subject_of_opening_group(text: str, span: tuple[int, int], language: str | None,
                             *, counted: bool = False) -> Subject | None:
    """"Parmi les malades, 41 ont dû être hospitalisés": a figure with no noun right after a
    sentence's opening group counts a part of that group (placed at the figure's end).
    `counted`: the group may give its own count ("Of the 31 people killed, 11 were under
    18"), for a count; a share of a counted group with a verb after it stays implicit, as the
    seeds label "Sur 99 victimes…, 89 pour cent sont des adultes"."""
    start, end = span
    m = _opening_group_phrase_re(language, counted).search(text, 0, start)
    return Subject(m.group("group"), end, end) if m else None


#: At most this many words in a phrase that only says when ("hace cinco años").
_PERIOD_PHRASE_WORDS = 4


@cache
def _relative_period_words(language: str | None) -> frozenset[str]:
    """The words of the lexicons' relative periods and time units: "last", "hace", "tôt"."""
    phrases = [*union("period_relative", language), *union("time_units", language)]
    return frozenset(w.lower() for phrase in phrases for w in token_words(phrase))


def names_a_relative_period(phrase: Subject | None, language: str | None) -> bool:
    """The phrase read after a figure only says when: "1,615 last year", "16 % de hace
    cinco años", "3.900 hace cuatro años" (the figure's noun is the one compared with);
    a time unit, the words of the lexicon's relative periods, and at most one other word
    that names no plural noun (a number word: "cinco")."""
    if phrase is None:
        return False
    words = [w.lower() for w in token_words(phrase.text)]
    units = union("time_units", language)
    if not words or len(words) > _PERIOD_PHRASE_WORDS or not any(w in units for w in words):
        return False
    others = [w for w in words if w not in _relative_period_words(language)]
    return len(others) <= 1 and all(
        is_number_word(w, language) or not looks_plural(w, language) for w in others)


def opens_on_verb(phrase: Subject, language: str | None) -> bool:
    """The phrase read after a count of more than one opens on a finite verb and names no
    plural noun: "62 recorded above-normal", "337 158 achieved admission", "12 400 souffrent
    de malnutrition" (a verb, its object); not "1,200 displaced families", whose participle
    modifies a plural head (a singular noun ending like a verb, "un investissement", follows
    only one)."""
    words = token_words(phrase.text)
    if not words:
        return False
    if not _finite_verb(words[0].lower(), language):
        return False
    return not looks_plural(head_word(phrase.text, language), language)


def verb_after_share(text: str, end: int, language: str | None) -> bool:
    """A bare share is followed by its verb, not a noun: "el 43 % tenía menos de 18 años",
    "38% já trabalharam": the next word (or the one after a short adverb, "já") has a
    finite verb's ending (after a copula, "89 pour cent sont des adultes", the noun stays
    left out), but is no participle ("19 per cent funded" measures funding) nor adverb
    ("22 % seulement"). `end`: where the share's figure ends."""
    toks = tokens(text, end, min(len(text), end + 40))[:2]
    if not toks or toks[0].start - end > 1:
        return False
    if len(toks) == 2 and len(toks[0].word) <= 3 and toks[0].word.islower() \
            and toks[0].word not in _determiners(language) \
            and toks[0].word not in _words("partitives", language):
        toks = toks[1:]  # "38% já trabalharam"
    word = toks[0].word
    lower = word.lower()
    if not _is_word(toks[0]) or not word[0].islower():
        return False
    if lower in _words("copulas", language) or lower in union("passive_auxiliaries", language):
        return False  # "89 pour cent sont des adultes / sont mineures": no noun (the seeds')
    return (_finite_verb(lower, language) or _plural_verb(lower, language)) \
        and not lower.endswith(union("participle_endings", language)) \
        and not lower.endswith(union("adverb_endings", language))


def subject_of_surveyed(named: list[Subject], language: str | None) -> Subject | None:
    """The group a share followed by its verb counts ("una encuesta a 9.850 personas …, y el
    43 % tenía …"): the last plural noun phrase the figures before it named (`named`: those
    of its sentence), placed where it was written."""
    for phrase in reversed(named):
        if phrase.end > phrase.start and looks_plural(head_word(phrase.text, language),
                                                        language):
            return phrase
    return None


def share_of_whole(text: str, end: int, subject: Subject, language: str | None) -> Subject:
    """A share of a whole or of a change reads as one: "45 percent of the global total" ->
    "share of the global total", "70 % du total" -> "part du total", "70% of the increase"
    -> "share of the increase" (the lexicons' `share_nouns`; the wholes are `whole_nouns`
    and `change_nouns`). `end`: where the share's figure ends; `subject`: the phrase read
    after it, returned as it is unless a partitive alone parts them and its head is a
    whole."""
    if language is None or subject.start <= end or not text.startswith(subject.text,
                                                                       subject.start):
        return subject  # a phrase not written as read ("de patients de moins")
    link = text[end:subject.start]
    words = link.split()
    if not words or len(link) > 12 or words[0].lower() not in (
            *_words("partitives", language), *union("partitive_after", language)) \
            or any(w.lower() not in _determiners(language) for w in words[1:]):
        return subject
    head = head_word(subject.text, language).lower()
    if head not in _words("whole_nouns", language) | _words("change_nouns", language):
        return subject
    share = lexicons(language)[0].share_nouns[0]
    return Subject(f"{share} {' '.join(words)} {subject.text}", subject.start, subject.end)


def _own_phrase_kind(own: Subject | None, language: str | None) -> str:
    """What follows a figure written after an ellipsis link: "none" (a verb or punctuation:
    "dont 5 ont été évacués"), "verb" ("deux rétablir le contact"), "modifier" (an adjective
    or a participle: "dont 5 graves", "dont 4 évacués") or "noun" ("dont 5 enfants")."""
    if own is None:
        return "none"
    first = own.text.split()[0].lower()
    if len(first) > 3 and ((first.endswith(union("infinitive_endings", language))
                           and not first.endswith("s")) or _finite_verb(first, language)):
        return "verb"
    if first in _words("ellipsis_adjectives", language) \
            or first.endswith(union("participle_endings", language)):
        return "modifier"
    return "noun"


def subject_of_ellipsis(text: str, span: tuple[int, int], own: Subject | None,
                        previous: Subject, language: str | None, *,
                        share: bool = False) -> Subject | None:
    """The noun a figure leaves out, from the figure right before it in the same clause: "21
    blessés, dont 5 graves" -> "blessés graves"; "dont 5 ont été évacués" -> "blessés"; "sept
    de ces enfants ont pu rentrer, et deux rétablir le contact" -> "enfants"; "321 requérants
    …, et 51 ont été transférés" -> "requérants". A figure with a noun of its own keeps it
    ("dont 5 enfants"), and a percent (`share`) followed by a verb leaves its noun implicit
    ("dos quais 35% não têm acesso", "et 61 % étaient âgées": null, as the labels say), and
    a figure "of them" is no ellipsis ("600 mil delas são crianças": `subject_of_group`
    reads the group later, from the figures before it in the paragraph); but a
    fraction is a part of the noun before, as a count is ("1500 appels, dont plus d'un tiers
    se sont soldés…" -> "appels"; "arrested 1,200 people, and two-thirds were released" ->
    "people"). `span` is where the figure (with its qualifier) is, `own` the phrase read after
    it. None when the figure is no such ellipsis."""
    start, end = span
    between = text[previous.end:start]
    if previous.end > start or _SENTENCE_STOP_RE.search(between):
        return None
    kind = _own_phrase_kind(own, language)
    if kind == "noun" or (kind in ("none", "verb") and (share or _of_them(text, end, language))):
        return None
    if not _link_before_re("ellipsis_links", language).search(between) and not (
            kind != "modifier" and _link_before_re("coordinations", language).search(between)):
        return None
    if own is None or kind == "verb":
        return Subject(previous.text, end, end)
    if _vocabulary(language).head_first:
        return Subject(f"{previous.text} {own.text}", own.start, own.end)
    return Subject(f"{own.text} {previous.text}", own.start, own.end)


def subject_of_copula(text: str, pos: int, language: str | None,
                      limit: int | None = None) -> Subject | None:
    """The noun a copula right after a bare figure ending at `pos` says the figure is: "el
    58 % son mujeres", "12 eram crianças", "40% were women". The plural noun must follow the
    copula directly: a determiner ("89 pour cent sont des adultes") describes the group, and
    the seeds leave that subject null; an adjective or participle ("1.126 son graves", "eram
    atendidos", "were male") is no noun. None when no such copula follows."""
    toks, first, n = _column_range(text, pos, limit)
    lows = toks.lows
    if first + 1 >= n or lows[first] not in _words("copulas", language):
        return None
    follower = lows[first + 1]
    if follower in _vocabulary(language).partitives or follower in _determiners(language):
        return None
    phrase = subject_after(text, toks.ends[first], language, partitive=False, limit=limit)
    if phrase is None or _own_phrase_kind(phrase, language) != "noun" \
            or not looks_plural(head_word(phrase.text, language), language):
        return None
    return phrase


#: "Personnes déplacées : 12 000", "- People reached: 12,500", "• Azad Jammu & Kashmir: 10": a
#: short label opening its line (after a bullet), an ampersand maybe joining its words, then a
#: colon, then the figure.
_LABEL_RE = re.compile(r"[ \t]*(?:[-•*–][ \t]*)?"
                       r"(?P<label>[^\W\d_][\w'’-]*(?:[ \t]+(?:&[ \t]+)?[\w'’-]+){0,5})"
                       r"[ \t]*[:：][ \t]*")


def subject_of_label(text: str, span: tuple[int, int], language: str | None,
                     heading: str = "") -> Subject | None:
    """The label before a figure in a key-figure list or a table row ("Décisions positives :
    48"): up to six words opening the line, none of them a verb or another word that ends a
    noun phrase ("Le ministre a déclaré : 45" is a sentence, not a label). A place's name
    under a breakdown heading takes the noun it counts ("Deaths by province:⏎• Punjab: 129"
    -> "deaths in Punjab"; `heading`: the list's heading when the item opens its paragraph).
    `span` is the figure's; the subject is placed at its end, so the figure's text stays its
    own."""
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    colon = start
    while colon > line_start and text[colon - 1] in " \t":
        colon -= 1
    if colon == line_start or text[colon - 1] not in ":：":
        return None  # no colon right before the figure (most figures): `_LABEL_RE` needs one
    m = _LABEL_RE.fullmatch(text, line_start, start)
    if not m or not _is_label(m.group("label"), language, colon=True):
        return None
    label = m.group("label")
    counted = _breakdown_noun(text, line_start, language, heading) \
        if _names_a_place(label) else None
    if counted is not None:  # "Deaths by province:⏎• Punjab: 129" -> "deaths in Punjab"
        link = lexicons(language)[0].place_links[0] if language else "in"
        label = f"{counted} {link} {label}"
    return Subject(label, end, end)


#: A place's name: capitalised words, maybe joined by "&" or a short lower-case particle
#: ("Azad Jammu & Kashmir", "Oti-Sud", "Mato Grosso do Sul").
_PLACE_NAME_RE = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:[ \t]+(?:&|[a-zà-ÿ]{1,3}|[A-ZÀ-Ý][\w'’-]*))*")
#: A list heading: its line ends with a colon.
_HEADING_RE = re.compile(r"[ \t]*(?P<heading>[^\n:：]{3,80}?)[ \t]*[:：][ \t]*")


def _names_a_place(label: str) -> bool:
    """Whether a list item's label is a name: every word capitalised but small particles
    ("Khyber Pakhtunkhwa", "Tône"), not a noun phrase ("Décisions positives")."""
    return bool(_PLACE_NAME_RE.fullmatch(label.strip()))


def list_heading(paragraphs: Sequence[str], index: int) -> str:
    """The heading line of the list of labelled items ("• Punjab: 129") paragraph `index`
    continues when each item is a paragraph: the last line of the nearest paragraph before
    it that ends with a colon, all those between being items; "" when there is none."""
    k = index - 1
    while k >= 0:
        last = paragraphs[k].rstrip().rsplit("\n", 1)[-1]
        if last.endswith((":", "：")):
            return last
        if not _LABEL_RE.match(last):
            return ""
        k -= 1
    return ""


def _breakdown_noun(text: str, line_start: int, language: str | None,
                    heading: str = "") -> str | None:
    """The noun a list of places counts, read in the heading above the list's items when it
    names a breakdown (the lexicons' `breakdown_words`): the words in its brackets ("Bilan par
    préfecture (personnes sinistrées) :"), those after its last partitive
    ("Province-wise breakdown of deaths:") or those before the breakdown word ("Deaths by
    province:"). `line_start`: where the item's line starts; the
    lines between it and the heading must be items with a colon too."""
    pos = line_start
    while pos > 0:
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above:pos - 1]
        if not line.strip():
            return None
        if _LABEL_RE.match(line) and not line.rstrip().endswith((":", "：")):
            pos = above  # another item of the list
            continue
        m = _HEADING_RE.fullmatch(line)
        return _heading_noun(m.group("heading"), language) if m else None
    m = _HEADING_RE.fullmatch(heading)
    return _heading_noun(m.group("heading"), language) if m else None


def _heading_noun(heading: str, language: str | None) -> str | None:
    """`_breakdown_noun` for one heading line."""
    if language is None:
        return None
    cues = lexicons(language)[0].breakdown_words
    words = re.findall(r"[\w'’-]+", heading.lower())
    if not any(w.endswith(cue) if cue.startswith("-") else w == cue
               for w in words for cue in cues):
        return None
    bracket = re.search(r"\(([^()]{3,40})\)", heading)
    if bracket:
        noun = bracket.group(1).strip()
    else:
        words = heading.split()
        partitives = _words("partitives", language)
        cut = max((k for k, w in enumerate(words) if w.lower() in partitives), default=-1)
        by = next((k for k, w in enumerate(words) if w.lower() in cues), 0)
        kept = words[cut + 1:] if cut >= 0 else words[:by]  # "Deaths by province"
        while kept and kept[0].lower() in _determiners(language):
            kept = kept[1:]  # "de los albergues"
        noun = " ".join(kept)
    if not noun or not all(w[0].isalpha() for w in noun.split()) or len(noun.split()) > 4 \
            or any(w.lower() in cues for w in noun.split()):
        return None
    return noun


def _is_label(label: str, language: str | None, *, colon: bool = False) -> bool:
    """One to six words, one at least more than an article, and no stopword: a heading, not
    a clause ("Le ministre a déclaré"). Without a colon, no word may look like a verb either
    ("IOM received 500" is a sentence; "People reached: 500" a label)."""
    articles = _words("articles", language)
    stopwords = _label_stopwords(language)
    words = [w.lower() for w in token_words(label) if w != "&"]  # "Jammu & Kashmir"
    return 0 < len(words) <= 6 and any(w not in articles for w in words) and all(
        w[0].isalpha() and w not in stopwords and (colon or not _finite_verb(w, language))
        for w in words)


@cache
def _label_stopwords(language: str | None) -> frozenset[str]:
    """The stopwords no label holds: all but the articles ("Le nombre de…")."""
    return _words("stopwords", language) - _words("articles", language)


_BULLETS = " \t-•*–"


def subject_of_label_line(text: str, span: tuple[int, int], language: str | None,
                          before: str = "") -> Subject | None:
    """The label of a figure that ends its line: the words before it on the line, when they
    are all the line holds besides ("Personnes déplacées 12 000", as a joined table row), or
    the line above a figure alone on its line ("Personnes déplacées⏎12 000"); for a figure on
    its paragraph's first line, the last line of the paragraph `before`. The subject is placed
    at the figure's end."""
    start, end = span
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    rest = text[end:len(text) if line_end < 0 else line_end]
    same_line = text[line_start:start].strip(_BULLETS)
    if same_line:  # a row, not a sentence: nothing after the figure, not even a full stop
        ok = not rest.strip() and _is_label(same_line, language)
        return Subject(same_line, end, end) if ok else None
    if rest.strip(" \t.;,"):
        return None
    above = text[:line_start - 1] if line_start else before
    label = above.rstrip().rsplit("\n", 1)[-1].strip(_BULLETS).rstrip(" \t:：")
    if not label or not _is_label(label, language):
        return None
    return Subject(label, end, end)


@cache
def _passive_re(language: str | None) -> re.Pattern[str]:
    auxiliaries = alternation(union("passive_auxiliaries", language))
    return re.compile(rf"\s+(?:{auxiliaries})\s+(?=[^\W\d_])", re.IGNORECASE)


def subject_of_passive(text: str, pos: int, language: str | None,
                       limit: int | None = None) -> Subject | None:
    """What was done with an amount of money written as a passive clause's subject: "$128
    million was allocated to underfunded emergencies" -> "allocated to underfunded
    emergencies", "3 millions d'euros ont été versés" -> "versés". The participle, and what it
    went to after a link ("to", "à"), if a lower-case phrase follows."""
    m = _passive_re(language).match(text, pos)
    toks = _tokens(text, m.end(), limit, first=4) if m else []  # reads toks[:4]
    if not toks or not toks[0].word.lower().endswith(union("participle_endings", language)):
        return None
    participle, end = toks[0], toks[0].end
    links = set(union("range_to_links", language)) | _words("purpose_links", language)
    if len(toks) > 2 and toks[1].word.lower() in links:
        k = 3 if toks[2].word.lower() in _words("articles", language) and len(toks) > 3 else 2
        if toks[k].word[0].islower():
            goal = subject_after(text, toks[k].start, language, partitive=False, limit=limit)
            end = goal.end if goal else end
    return Subject(text[participle.start:end], participle.start, end)


@cache
def _change_clause_re(language: str | None) -> re.Pattern[str]:
    """"…, qui est passée de 81 % en 2019 à ", "rose from ": a change verb and its "from",
    then at most a figure and its link before the figure read. The new level may come
    first: "eased to 3.8 percent in May from " (a "to" link and its figure before "from")."""
    relatives = alternation(union("relative_pronouns", language))
    verbs = alternation(union("change_verbs", language))
    links = alternation([*union("partitives", language), *union("range_openers", language)])
    to_links = alternation([*union("range_to_links", language),
                            *union("change_to_links", language)])
    return re.compile(rf"(?:\s*,\s*(?:{relatives})\s+|\s+)(?:[^\W\d_]+\s+){{0,2}}?"
                      rf"(?:{verbs})\s+(?:(?:{to_links})\s+\d(?:[^.;:!?,]|(?<=\d)[.,](?=\d)){{0,40}}?\s)?"
                      rf"(?:{links})\b[^.;:!?,]{{0,60}}$", re.IGNORECASE)


def _phrase_start_before(text: str, end: int, language: str | None) -> Token | None:
    """The first word of the noun phrase ending at `end`: back over words and "de"/"of"
    complements to a determiner, punctuation or a stopword ("a seca reduziu a [cobertura
    vacinal]", "fait reculer la [couverture vaccinale de routine]")."""
    toks = tokens(text, max(0, end - 150), end)
    partitives = _words("partitives", language)
    determiners = _determiners(language)
    stopwords = _words("stopwords", language)
    first: Token | None = None
    k = len(toks) - 1
    while k >= 0 and _is_word(toks[k]):
        w = toks[k].word.lower()
        after_link = k > 0 and toks[k - 1].word.lower() in partitives
        if w in partitives and first is not None:
            k -= 1
            continue
        if w in determiners:
            if not after_link or first is None:
                break
            k -= 1
            continue
        if w in stopwords or _finite_verb(w, language):
            break
        first = toks[k]
        k -= 1
    return first


@cache
def _change_verb_words(language: str | None) -> tuple[str, ...]:
    """The first word of each change verb, lower-cased with "'" apostrophes: a text that
    `_change_clause_re` matches holds one of them as written (`literal_form`). A word that
    holds another one ("passent", "passe") adds nothing to the test."""
    words = {v.lower().replace("’", "'").split()[0] for v in union("change_verbs", language)}
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def subject_of_change_clause(text: str, start: int, language: str | None) -> Subject | None:
    """The noun whose level a change verb gives, for both levels: "la couverture vaccinale,
    qui est passée de 81 % en 2019 à 65 %", "the share of women rose from 20% to 35%"."""
    window = literal_form(text[max(0, start - 220):start])
    if window is not None and not any(map(window.__contains__, _change_verb_words(language))):
        return None  # no change verb before the figure (most figures): the pattern needs one
    m = _change_clause_re(language).search(text, max(0, start - 220), start)
    if not m:
        return None
    first = _phrase_start_before(text, m.start(), language) or _clause_opening(
        text, m.start(), language)
    if first is None:
        return None
    found = subject_after(text, first.start, language, partitive=False, limit=m.start())
    return _past_count_noun(text, found, language, m.start())


#: At most this many words (adverbs, an article) between a share verb and its share.
_SHARE_VERB_REACH = 3


@cache
def _share_verb_re(language: str | None) -> re.Pattern[str]:
    """A share verb, then at most `_SHARE_VERB_REACH` words, ending the text before a share:
    "représentent désormais en moyenne ", "representaron apenas el "."""
    verbs = alternation(union("share_verbs", language))
    return re.compile(rf"(?<![\w-])(?P<verb>{verbs})(?:\s+[^\W\d_]+){{0,{_SHARE_VERB_REACH}}}"
                      r"\s*$", re.IGNORECASE)


def subject_of_share_verb(text: str, start: int, language: str | None,
                          sentence_start: int) -> Subject | None:
    """The part a share after a share verb measures: the verb's subject ("Les ressortissants
    étrangers représentent 47,3 % de la population" -> "ressortissants étrangers"; "Les
    petits exploitants, qui représentent 80 % des céréaliculteurs" -> "petits exploitants"),
    not the whole after the share. A plural noun phrase opening its clause, with no name in
    it: a capital, even opening the sentence, may be a name's ("Lagos State accounts for 37%
    of the cases" keeps "cases"). `start`: where the share is written (with its
    qualifier)."""
    m = _share_verb_re(language).search(text, max(sentence_start, start - 60), start)
    if m is None:
        return None
    end = m.start("verb")
    before = text[sentence_start:end].rstrip()
    relatives = _words("relative_pronouns", language)
    words = before.split()
    if words and words[-1].lower() in relatives and before[:-len(words[-1])].rstrip().endswith(","):
        end = sentence_start + before[:-len(words[-1])].rstrip().rfind(",")  # ", qui représentent"
    first = _clause_opening(text, end, language) if end > sentence_start else None
    if first is None or first.start < sentence_start:
        return None
    found = subject_after(text, first.start, language, partitive=False, limit=end)
    if found is None or _CLAUSE_STOP_RE.search(text, found.end, end):
        return None  # "X, selon Y, représente": the phrase and the verb in one clause
    if any(w[:1].isupper() for w in token_words(found.text)):
        return None  # a name ("Lagos State accounts for"), or a capital that may be one: the
        # share is of the noun after it
    if not looks_plural(head_word(found.text, language), language):
        return None  # "la pêche artisanale représente 3,2 % du PIB": an activity, no part
    return found


def _clause_opening(text: str, end: int, language: str | None) -> Token | None:
    """The first content word of the clause ending at `end`, when it opens the sentence or
    follows a comma: "[Maternal] deaths recorded in Kambia District fell from 96" (the
    phrase before the verb is a place's name, its noun further back)."""
    toks = tokens(text, max(0, end - 150), end)
    k = len(toks)
    while k > 0 and _is_word(toks[k - 1]):
        k -= 1
    if k > 0 and toks[k - 1].word not in _CLAUSE_MARKS:
        return None  # a number or a bracket inside the clause
    if k == 0 and end > 150:
        return None  # the clause runs on beyond the window
    return next((tok for tok in toks[k:] if _is_content(tok, language)
                 and tok.word.lower() not in _determiners(language)), None)


_CLAUSE_MARKS = frozenset({",", ".", ";", ":", "!", "?", "-", "–", "—"})


@cache
def _value_link_re(language: str | None) -> re.Pattern[str]:
    """", évalué à ", " worth some $": a value link before a number, then at most a
    qualifier's two words and a currency sign."""
    links = alternation(union("value_links", language))
    return re.compile(rf"(?:\s*,)?\s+(?:{links})\s+(?:[^\s\d]+\s+){{0,2}}?[^\s\d]{{0,4}}\s*$",
                      re.IGNORECASE)


def subject_of_value(text: str, start: int, language: str | None) -> Subject | None:
    """What an amount is the value of, written before a value link: "emergency units worth
    €8 million", "O projeto, orçado em 2 milhões de reais", "un coût estimé à 380 000
    francs" (the noun phrase before the link, back to a determiner or a verb). `start` is
    where the number is written, after its qualifier and currency."""
    m = _value_link_re(language).search(text, max(0, start - 80), start)
    if m is None:
        return None
    acronym = _ACRONYM_END_RE.search(text, max(0, m.start() - 20), m.start())
    phrase_end = acronym.start() if acronym else m.start()  # "family food packs (FFPs) worth"
    first = _phrase_start_before(text, phrase_end, language)
    if first is None:
        return None
    if not _vocabulary(language).head_first:
        # "will also finance emergency units worth": in a head-last language a word after an
        # auxiliary or an adverb (a stopword that is no determiner) is the clause's verb
        before = tokens(text, max(0, first.start - 20), first.start)
        words = [t for t in tokens(text, first.start, phrase_end) if _is_word(t)]
        if before and len(words) > 1 and before[-1].word.lower() in _words(
                "stopwords", language) - _determiners(language):
            first = words[1]
    return subject_after(text, first.start, language, partitive=False, limit=phrase_end)


@cache
def _funded_re(language: str | None) -> re.Pattern[str]:
    """", n'est financé qu'à hauteur de ", " cofinanciadas em ": a funded link right before a
    share."""
    links = alternation(union("funded_links", language))
    return re.compile(rf"(?<!\w)(?:{links})\s*$", re.IGNORECASE)


def subject_of_funded_share(text: str, start: int, language: str | None,
                            sentence_start: int) -> Subject | None:
    """What a share after a funded link measures the funding of: the noun phrase that opens
    its clause ("…, mais cet appel n'est financé qu'à 3 %"), else the sentence ("Le plan de
    réponse n'est financé qu'à 18 %", "As obras, cofinanciadas em 60% pelo PRR"). `start`
    is where the number is written; None when no such link ends the text before it."""
    m = _funded_re(language).search(text, max(sentence_start, start - 40), start)
    if m is None:
        return None
    for opening in (_clause_start(text, m.start(), sentence_start), sentence_start):
        first = next((tok for tok in tokens(text, opening, m.start())
                      if _is_content(tok, language)
                      and tok.word.lower() not in _determiners(language)), None)
        if first is not None:
            if not first.word[0].isalpha():
                return None
            return subject_after(text, first.start, language, partitive=False, limit=m.start())
    return None


#: A short name in brackets ending a noun phrase: " (FFPs)", " (CCCM)".
_ACRONYM_END_RE = re.compile(r"\s*\([^\W\d_][^()\d]{0,14}\)$")


@cache
def _comparison_re(language: str | None) -> re.Pattern[str]:
    links = alternation(union("comparison_links", language))
    return re.compile(rf"\s*,?\s*(?:{links})\s*", re.IGNORECASE)


def compared_at(text: str, start: int, language: str | None) -> bool:
    """A comparison link ends right before `start` ("…, up from 54%"): the figure there is
    the term another figure is compared with."""
    link = _comparison_re(language).search(text, max(0, start - 40), start)
    return link is not None and link.end() == start


def subject_of_comparison(text: str, span: tuple[int, int], previous_end: int,
                          previous: Subject, language: str | None) -> Subject | None:
    """A figure compared with the one right before it measures the same thing: "le taux
    atteint 12 %, contre 9 % l'an dernier", "$50 million, up from $30 million". `span` is the
    figure's, `previous_end` where the figure before it ends."""
    start, end = span
    if previous_end > start:
        return None
    link = _comparison_re(language).search(text, max(previous_end, start - 40), start)
    if link is None or link.end() != start or _SENTENCE_END_RE.search(text, previous_end, start):
        return None  # "96 refus durant l'hiver, contre 31": a complement may end the clause
    return Subject(previous.text, end, end)


#: A capitalised place name of one to three words ("Maré", "Costa Rica", "Burkina Faso").
_PLACE = r"[A-ZÀ-Ý][^\W\d_]*(?:[\s'’-][A-ZÀ-Ý][^\W\d_]*){0,2}"
#: Between a counted figure and a place's bare count after it: ", Maré " of "41 navires, Maré 19".
_LISTED_PLACE_LINK_RE = re.compile(r"\s*,\s*[A-ZÀ-Ý][^\W\d_]*(?:[\s'’-][A-ZÀ-Ý][^\W\d_]*)?\s+")
#: The same list with each place's figures in brackets: "Kenya (120 cases), Uganda (45)",
#: "la Syrie (84 demandes ; +5) et l'Algérie (76 ; -11)": the rest of the bracket, a comma or
#: short lower-case words ("and", "et la", "y", "l'"), the next place and its bracket.
PLACE_BRACKET_LINK = (r"[^()\n]{0,12}\)\s*[,;]?\s*(?:[a-zà-ÿ]{1,4}(?:\s+|['’]))?"
                      r"(?:[a-zà-ÿ]{1,3}(?:\s+|['’]))?" + _PLACE + r"\s*\(\s*")
_PLACE_BRACKET_LINK_RE = re.compile(PLACE_BRACKET_LINK)


@cache
def followed_place_link() -> str:
    """Between a figure and its noun and the next place's count in brackets: ", followed by
    Myagdi (" of "eight deaths, followed by Myagdi (six)", ", seguida de Dourados (", ",
    Kaski (": a comma or a follower (the lexicons' `list_followers`), maybe an article, the
    place and its bracket."""
    followers = alternation(union("list_followers"))
    return (rf"\s*(?:,\s*(?:(?:{followers})\s+)?|\s+(?:{followers})\s+)"
            rf"(?:[a-zà-ÿ]{{1,3}}(?:\s+|['’]))?{_PLACE}\s*\(\s*")


@cache
def _followed_place_link_re() -> re.Pattern[str]:
    return re.compile(followed_place_link())


def subject_of_listed_place(text: str, span: tuple[int, int], previous_end: int,
                            previous: Subject) -> Subject | None:
    """A place's bare count right after a figure and its noun ("Lifou n'a reçu que 41
    navires, Maré 19"; "Kenya (120 cases), Uganda (45)"; "eight deaths, followed by Myagdi
    (six)") counts the same noun."""
    start, end = span
    if previous_end > start or not (_LISTED_PLACE_LINK_RE.fullmatch(text, previous_end, start)
                                    or _PLACE_BRACKET_LINK_RE.fullmatch(text, previous_end, start)
                                    or _followed_place_link_re().fullmatch(
                                        text, previous_end, start)):
        return None
    return Subject(previous.text, end, end)


@cache
def _outcome_re(language: str | None, links: frozenset[str]) -> re.Pattern[str]:
    """"ont abouti à une ", "resulted in a ": an outcome verb (up to two auxiliary words before
    it) and its link, then an article; or one of `links` alone (", 483 à l'")."""
    verbs = alternation(union("outcome_verbs", language))
    outcome = rf"(?:[^\W\d_]+\s+){{0,2}}?(?P<verb>{verbs})"
    if links:
        outcome += rf"|{alternation(links)}"
    articles = alternation(union("articles", language) | union("indefinite_articles", language))
    return re.compile(rf"\s+(?:{outcome})\s+(?:(?:{articles})(?:\s+|(?<=['’])))?",
                      re.IGNORECASE)


def _verb_links(verb: str, language: str | None) -> frozenset[str]:
    """The links an outcome verb takes: "abouti à" -> {"à", "au", "aux"}."""
    stem = fold(" ".join(verb.lower().split()[:-1]))
    return frozenset(v.split()[-1] for v in union("outcome_verbs", language)
                     if fold(" ".join(v.split()[:-1])) == stem)


def subject_of_outcome(text: str, pos: int, language: str | None, *, many: bool,
                       own: Subject | None = None, links: frozenset[str] = frozenset(),
                       limit: int | None = None) -> tuple[Subject, frozenset[str]] | None:
    """What a bare number counts when it is the subject of an outcome verb: its object ("210
    ont abouti à une décision de non-entrée" -> "décisions de non-entrée"), in the plural when
    the figure is `many`; and the links of that verb. A figure coordinated after such a one
    may be written with one of those `links` alone (", 483 à l'octroi de l'asile" -> "octrois
    de l'asile"). A noun of its `own` before the verb stays the figure's ("1200 dossiers ont
    abouti à…"); a verb read as one ("95 resulted") does not."""
    m = _outcome_re(language, links).match(text, pos)
    if not m or (limit is not None and m.end() >= limit):
        return None
    if own is not None and own.start < (m.start("verb") if m.group("verb") else m.end()):
        return None  # "1200 dossiers ont abouti à …": the figure's own noun stays
    found = subject_after(text, m.end(), language, partitive=False, limit=limit)
    if found is None or not found.text[0].islower():
        return None
    words = plural_phrase(found.text, language) if many else found.text
    return Subject(words, found.start, found.end), (
        _verb_links(m.group("verb"), language) if m.group("verb") else links)


@cache
def _comparative_re(language: str | None, after: bool) -> re.Pattern[str]:
    """"more ", "plus de ", "más " right after a share; `after`, " de plus" after its noun
    ("70 % de migrants de plus qu'en 2011")."""
    words = alternation(union("comparatives", language))
    partitives = alternation(union("partitives", language))
    if after:
        # not "des patients de plus de 60 ans": a qualifier of the number that follows
        return re.compile(rf"\s+(?:{partitives})\s+(?P<cmp>{words})\b"
                          rf"(?!\s*(?:\d|(?:{partitives})(?:\s|(?<=['’]))))", re.IGNORECASE)
    return re.compile(rf"\s+(?P<cmp>{words})\s+(?:(?:{partitives})\s+)?", re.IGNORECASE)


def subject_of_comparative(text: str, pos: int, language: str | None,
                           limit: int | None = None) -> Subject | None:
    """A share of "more"/"fewer" of a noun is a change in it: "70 per cent more migrants than
    in 2011" -> "increase in migrants", "30 % de repas de moins" -> "diminution de repas" (the
    lexicon's `comparatives` give the change, in the release's language)."""
    m = _comparative_re(language, after=False).match(text, pos)
    if m:
        found = subject_after(text, m.end(), language, partitive=False, limit=limit)
    else:
        found = subject_after(text, pos, language, partitive=True, limit=limit)
        m = _comparative_re(language, after=True).match(text, found.end) if found else None
    if not m or found is None:
        return None
    found = _before_comparison(found, text, language)
    if found is None or not looks_plural(head_word(found.text, language), language):
        return None  # "30 % plus élevé", "more likely to": an adjective, no counted noun
    change = union("comparatives", language)[lexicon_key(m.group("cmp"))]
    return Subject(f"{change} {found.text}", found.start, max(found.end, m.end()))


def _before_comparison(phrase: Subject, text: str, language: str | None) -> Subject | None:
    """The phrase cut before "than"/"que" ("migrantes que" -> "migrantes")."""
    than = union("comparison_words", language)
    for tok in tokens(phrase.text):
        if tok.word.lower() in than:
            end = phrase.start + tok.start
            cut = text[phrase.start:end].rstrip()
            return Subject(cut, phrase.start, phrase.start + len(cut)) if cut else None
    return phrase


#: How many words a receive verb may stand before the amount it governs ("will receive $4
#: million, and Myanmar $3 million").
RECEIVE_REACH = 8


@cache
def _receive_re(language: str | None) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(union('receive_verbs', language))})(?!\w)",
                      re.IGNORECASE)


def _receive_verb(text: str, start: int, language: str | None,
                  sentence_start: int) -> re.Match[str] | None:
    """The receive verb whose object is the amount at `start`: the last one before it in its
    clause, a few words away ("will each receive $2 million"; "…, and Myanmar $3 million")."""
    return _verb_before(_receive_re(language), text, start, sentence_start)


@cache
def _allot_re(language: str | None) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(union('allot_verbs', language))})(?!\w)",
                      re.IGNORECASE)


def _verb_before(pattern: re.Pattern[str], text: str, start: int,
                 sentence_start: int) -> re.Match[str] | None:
    """The last match of a verb `pattern` before `start` in its clause, a few words away."""
    found = None
    for m in pattern.finditer(text, max(sentence_start, start - 200), start):
        found = m
    if found is None or _SENTENCE_STOP_RE.search(text, found.end(), start):
        return None
    between = [t for t in tokens(text, found.end(), start) if _is_word(t)]
    return found if len(between) <= RECEIVE_REACH else None


def subject_of_allotment(text: str, span: tuple[int, int], language: str | None,
                         sentence_start: int, limit: int | None = None) -> Subject | None:
    """What an amount of money set aside by an allot verb pays for: the phrase after the
    link that follows the amount ("destinó 150 millones de pesos a la operación", "consacre
    96 millions d'euros par an aux transports scolaires", "investiu R$ 12,6 milhões na compra
    de câmaras frias"). People (the recipients: "a las familias"), a place or a name
    (capitalised), a number and a verb ("para fortalecer", "to support the work") are not.
    `span` is the amount's (with its currency); None when no allot verb comes before it."""
    start, end = span
    if _verb_before(_allot_re(language), text, start, sentence_start) is None:
        return None
    period = _period_re(language).match(text, end)
    toks = _tokens(text, period.end() if period else end, limit, first=3)
    if len(toks) < 2 or toks[0].word.lower() not in _words("allot_links", language):
        return None
    k = 2 if toks[1].word.lower() in _words("articles", language) else 1
    if k >= len(toks) or not _is_word(toks[k]) or not toks[k].word[0].islower():
        return None
    if len(toks[k].word) > 3 and toks[k].word.lower().endswith(
            union("infinitive_endings", language)):
        return None
    found = subject_after(text, toks[k].start, language, partitive=False, limit=limit)
    if found is None or _infinitive_with_object(text, found, language) \
            or head_word(found.text, language).lower() in _words("age_groups", language):
        return None
    return found


def receives_amount(text: str, start: int, language: str | None, sentence_start: int) -> bool:
    """The amount of money at `start` is what a recipient receives."""
    return _receive_verb(text, start, language, sentence_start) is not None


def singular_funding(subject: Subject, language: str | None) -> Subject:
    """An amount received is one allocation: a plural funding noun heading the phrase in the
    singular ("allocations" -> "allocation")."""
    nouns = _words("funding_nouns", language)
    for tok in tokens(subject.text):
        if tok.word.lower() in nouns:
            one = singular(tok.word, language)  # "fonds" stays: "fond" is no funding noun
            if one.lower() in nouns:
                words = subject.text[:tok.start] + one + subject.text[tok.end:]
                return Subject(words, subject.start, subject.end)
            break
    return subject


def subject_of_receipt(text: str, start: int, language: str | None,
                       sentence_start: int) -> Subject | None:
    """What an amount of money a recipient receives is, with no noun of its own: the funding
    noun between the receive verb and the amount ("received the largest allocation, of some
    $11 million"), else the nearest one before the recipient in the paragraph, earlier
    sentences too ("…allocations of $10 million per country. Agencies in Yemen will receive
    $5 million" -> "allocation"), in the singular. The recipient ("programmes in Niger will
    receive $4 million") is never what the money is, here or in an earlier sentence."""
    verb = _receive_verb(text, start, language, sentence_start)
    if verb is None:
        return None
    found = subject_of_funding(text, start, language, verb.end())
    if found is None:
        found = _funding_before(text, _clause_start(text, verb.start(), sentence_start),
                                language)
    return singular_funding(found, language) if found else None


def _clause_start(text: str, pos: int, floor: int) -> int:
    """Where the clause holding `pos` starts: after the last comma or semicolon before it."""
    cut = max(text.rfind(",", floor, pos), text.rfind(";", floor, pos))
    return cut + 1 if cut >= 0 else floor


def _funding_before(text: str, end: int, language: str | None) -> Subject | None:
    """The nearest funding noun heading a phrase before `end` in the paragraph, that is no
    recipient (no receive verb follows it in its clause)."""
    nouns = _words("funding_nouns", language)
    toks = tokens(text, 0, end)
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].word.lower() not in nouns or _is_recipient(text, toks[k].end, language):
            continue
        found = _funding_head(text, toks, k, language, end)
        if found:
            return found
    return None


def _is_recipient(text: str, pos: int, language: str | None) -> bool:
    """A receive verb follows `pos` in its clause, a few words on: "programmes in Burundi and
    Niger will receive"."""
    stop = _CLAUSE_STOP_RE.search(text, pos, pos + 200)
    clause_end = stop.start() if stop else pos + min(200, len(text) - pos)
    verb = _receive_re(language).search(text, pos, clause_end)
    return verb is not None and sum(
        _is_word(t) for t in tokens(text, pos, verb.start())) <= RECEIVE_REACH


#: A noun phrase a bracketed figure restates has at most this many words before the "(".
_BRACKETED_MAX_WORDS = 4


def subject_in_brackets(text: str, span: tuple[int, int],
                        previous: tuple[int, Subject | None] | None,
                        language: str | None) -> Subject | None:
    """The noun phrase a figure alone in brackets restates, written right before the "(":
    the noun of the figure before it when at most two words part them ("Nine in ten
    patients surveyed (91%)" -> "patients"), else the content words before the "(" ("funded
    by the regional government ($4.5 million)" -> "regional government"). Placed at the
    figure's end. `previous`: where the figure before ends (its noun included) and its noun.
    None when the figure is not alone in its brackets or the words before are the figure
    before's ("2 millions d'euros (…)")."""
    start, end = span
    before = text[:start].rstrip()
    if not before.endswith("(") or not text[end:].lstrip().startswith(")"):
        return None
    bracket = len(before) - 1
    named = previous[1] if previous else None
    if named is not None and named.end <= bracket:
        gap = text[named.end:bracket]
        if len(gap.split()) <= 2 and all(ch.isalpha() or ch.isspace() for ch in gap):
            return Subject(named.text, end, end)
    words = tokens(text, max(0, bracket - 80), bracket)
    phrase: list[Token] = []
    for tok in reversed(words):
        if not _is_content(tok, language) or len(phrase) == _BRACKETED_MAX_WORDS \
                or tok.word.lower() in _determiners(language):
            break
        phrase.insert(0, tok)
    if not phrase or phrase[-1].end != len(before[:bracket].rstrip()) or (
            previous is not None and previous[0] > phrase[0].start):
        return None
    return Subject(text[phrase[0].start:phrase[-1].end], end, end)


def subject_of_others(text: str, span: tuple[int, int], own: Subject | None,
                      before: Subject, language: str | None) -> Subject | None:
    """The noun of the figure before, for a figure of "others" ("drilled 112 boreholes and
    rehabilitated 47 others", "destruiu 21.700 casas e danificou outras 34.150" -> the
    noun `before` names), placed at the figure's end; None when the figure is no such one.
    `span` is the figure's (with its qualifier), `own` the phrase read after it."""
    start, end = span
    others = _words("other_words", language)
    if own is not None:
        return Subject(before.text, end, end) if own.text.lower() in others else None
    words = tokens(text, max(0, start - 20), start)
    if words and words[-1].word.lower() in others:
        return Subject(before.text, end, end)
    return None


@cache
def _amount_verb_re(language: str | None) -> tuple[re.Pattern[str], dict[str, str]]:
    """An amount verb (`amount_verbs`) ending the text before an amount, maybe with "a
    further" or "an additional" between; and the verbs' nouns, by lower-cased verb."""
    nouns = {" ".join(verb.lower().split()): noun for lex in lexicons(language)
             for verb, noun in lex.amount_verbs.items()}
    if not nouns:
        return re.compile(r"(?!)"), nouns
    return re.compile(rf"(?<![\w-])(?P<verb>{alternation(nouns)})"
                      r"(?:\s+(?:a|an)\s+(?:further|additional))?\s*$", re.IGNORECASE), nouns


def spent_on(text: str, spent: Subject | None, found: Subject | None, language: str | None
             ) -> Subject | None:
    """The subject of an amount an amount verb governs (`spent`: "cost", "inversión en el
    fútbol femenino"), joined to the phrase the other rules read for it (`found`: what cost
    it, "the work cost NZ$12.4 million" -> "work cost", "a campanha … custou" -> "custo de
    campanha"), unless that phrase already holds the noun; before what the amount paid for,
    with the text's link ("investimento na compra de ambulâncias")."""
    if spent is None or found is None or spent.start < spent.end:
        return spent or found  # "inversión en …": what the amount went to is in it
    if found.start >= spent.end:  # "investiu R$ 4,5 milhões na compra de …": what it paid for
        between = text[spent.end:found.start].split()
        return Subject(f"{spent.text} {' '.join(between)} {found.text}", found.start, found.end
                       ) if len(between) <= 2 else found
    if spent.text.lower() in found.text.lower().split():
        return found
    if _vocabulary(language).head_first:
        link = lexicons(language)[0].complement_link
        return Subject(f"{spent.text} {link} {found.text}", found.start, found.end)
    return Subject(f"{found.text} {spent.text}", found.start, found.end)


def subject_of_amount_verb(text: str, start: int, end: int, language: str | None,
                           limit: int | None = None) -> Subject | None:
    """The noun an amount verb right before an amount makes ("RBI is appealing for $4.5
    million" -> "appeal", "the terminal cost KSh 2.4 billion" -> "cost"), placed at the
    amount's end; with what the amount went to when a purpose follows it ("invirtió 420
    millones de colones en el fútbol femenino" -> "inversión en el fútbol femenino"). `start`
    is where the amount is written (with its qualifier and currency), `end` where it ends."""
    pattern, nouns = _amount_verb_re(language)
    m = pattern.search(text, max(0, start - 50), start)
    if m is None:
        return None
    noun = nouns[" ".join(m.group("verb").lower().split())]
    purpose = subject_of_purpose(text, end, language, limit)
    if purpose is None:
        return Subject(noun, end, end)
    period = _period_re(language).match(text, end)  # "invirtió … en 2024 en la renovación"
    link = _tokens(text, period.end() if period else end, limit, first=1)[0]
    return Subject(f"{noun} {text[link.start:purpose.end]}", link.start, purpose.end)
