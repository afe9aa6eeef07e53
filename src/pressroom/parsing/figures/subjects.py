"""The noun phrase a figure counts: "plus de 3 900 [victimes de traite] ont été identifiées",
"80% des [victimes identifiées] étaient", "89 pour cent sont des adultes" (none).

Hand-written, because no installed library tags parts of speech in French, English and Spanish:
the phrase runs from the first content word after the figure (past "de"/"of"/"de los") over
adjectives, participles, "de ..." complements and "et ..." coordinations, and stops at
punctuation, a function word or a word that looks like a finite verb or an adverb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressroom.parsing.figures.text import word_set

_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’](?=[^\W\d_]))?(?:-[^\W\d_]+)*|\d+|[^\w\s]")
MAX_WORDS = 8

PARTITIVES = word_set("de d' d’ des du of del")
ARTICLES = word_set("la l' l’ le les the los las el")
COMPLEMENT = word_set("de d' d’ du des of del")
COMPLEMENT_DETERMINERS = word_set(
    "la l' l’ le les the los las el ces ce cette cet ses sa son leurs leur these those this that "
    "their its his her estos estas esos esas este esta sus su"
)
COORDINATION = word_set("et and y e")
LINKS = COMPLEMENT | COORDINATION

# Words that end a noun phrase: prepositions (other than de/of), pronouns, auxiliaries and
# common verbs, conjunctions, adverbs, relative pronouns, determiners.
STOPWORDS = word_set(
    # French
    "qui que qu' qu’ dont où ont sont est était étaient sera seront serait seraient a avait "
    "avaient aura auront fut furent été étant ayant avoir être peut peuvent pourrait pourraient "
    "doit doivent devront vont va font fait se s' s’ ne n' n’ y en pour par dans sur sous avec "
    "sans vers chez entre depuis pendant après avant selon contre lors à au aux comme mais ou "
    "donc car lorsque quand si il elle ils elles on nous vous leur ce cet cette ces le la les l' "
    "l’ un une des du ainsi également aussi déjà encore toujours très plus moins tous toutes tout "
    "toute dont soit sont-ils parmi durant jusqu' jusqu’ afin grâce notamment dont actuellement "
    "environ près chaque eux dit disent déclaré affirmé selon "
    # English
    "is are was were be been being have has had will would can could may might must should "
    "shall do does did who which that whom whose where when in on at for from to with by since "
    "during across into through over under between among per as than but or because while if "
    "it they he she we you this these those there here also already still now not all their its "
    "his her our a an the some each every about around nearly almost them us said say says "
    "told "
    # Spanish
    "quien quienes cual cuales cuyo donde cuando es son era eran fue fueron será serán sería "
    "serían ha han había habían habrá habrán está están estaba estaban estuvo se no en por para "
    "con sin sobre entre desde hasta durante tras según contra hacia a al como pero o u porque "
    "ya también aún todavía muy más menos ellos ellas lo le les un una unos unas cada casi "
    "cerca dijo dijeron dice dicen hizo hicieron tuvo tuvieron tiene tienen pudo pudieron "
    "puede pueden puso vino vinieron"
)
# Adjectives in -ent that are not verbs ("des emplois permanents" are plural anyway).
_ENT_ADJECTIVES = word_set(
    "récent différent urgent présent absent excellent violent permanent précédent "
    "suivant"
)


def _looks_like_verb_or_adverb(word: str, previous: str, language: str | None) -> bool:
    """A finite verb or an adverb right after a noun: "vivent", "llegaron", "arrived",
    "actuellement". Participles used as adjectives ("identifiées") pass, and so do English
    pre-modifiers ("internally displaced persons")."""
    w = word.lower()
    if len(w) <= 3:
        return False
    if language in ("fr", None):
        if w.endswith("ment") or (w.endswith("ent") and w not in _ENT_ADJECTIVES):
            return True  # adverb, or 3rd person plural: "vivent", "travaillent", "étaient"
        if w.endswith(("aient", "ait")):
            return True
    if language in ("es", None):
        if w.endswith(("mente", "aron", "ieron", "aban", "ían", "ía", "arán", "erán", "ó")):
            return True
        if w.endswith(("an", "en")) and previous.endswith("s"):
            return True  # plural verb after a plural noun: "migrantes viven"
    if language in ("en", None):
        noun_before = not previous.endswith(("ly", "ed"))
        return noun_before and w.endswith(("ed", "ly"))
    return False


@dataclass(frozen=True, slots=True)
class Subject:
    """The counted noun phrase, as written, and where it is in the paragraph."""

    text: str
    start: int
    end: int


def _tokens(text: str, pos: int, limit: int | None = None) -> list[re.Match[str]]:
    end = min(len(text), pos + 160, len(text) if limit is None else limit)
    return list(_TOKEN_RE.finditer(text, pos, max(pos, end)))


def _is_word(tok: re.Match[str]) -> bool:
    return tok.group()[0].isalpha()


def _skip_number(toks: list[re.Match[str]], i: int) -> int:
    """Index past a written number ("300", "1,200", "3 900") starting at toks[i], if any."""
    j = i
    while j < len(toks) and (toks[j].group().isdigit()
                             or (j > i and toks[j].group() in ",." and j + 1 < len(toks)
                                 and toks[j + 1].group().isdigit())):
        j += 1
    return j


def head_words(text: str, pos: int, limit: int = 4) -> list[str]:
    """Content words after `pos`, past partitives, articles and numbers, lower-cased
    ("cinq des douze régions" -> ["régions"]); used by the traps on what is counted."""
    words: list[str] = []
    for tok in _tokens(text, pos):
        w = tok.group().lower()
        if w.isdigit():
            continue
        if not _is_word(tok):
            break
        if w in PARTITIVES or w in ARTICLES:
            continue
        words.append(w)
        if len(words) >= limit:
            break
    return words


def core_words(subject: Subject) -> list[str]:
    """The words of a noun phrase before its first complement or coordination, lower-cased:
    "partner organizations of the region" -> ["partner", "organizations"]."""
    words: list[str] = []
    for tok in _TOKEN_RE.finditer(subject.text):
        w = tok.group().lower()
        if w in LINKS:
            break
        words.append(w)
    return words


def subject_after(
    text: str, pos: int, language: str | None, *, partitive: bool, limit: int | None = None
) -> Subject | None:
    """The noun phrase right after a figure ending at `pos`, or None when the figure is
    followed by a verb or punctuation ("61% étaient âgées…").

    `partitive`: the phrase must be introduced by "de/des/of/de los" ("80% des victimes"), as
    for percentages; otherwise a partitive is skipped when present ("3,7 millions de personnes").
    `limit`: the phrase ends before it (a phone number follows).
    """
    toks = _tokens(text, pos, limit)
    i = 0
    if i < len(toks) and toks[i].group().lower() in PARTITIVES:
        i += 1
        if i < len(toks) and toks[i].group().lower() in ARTICLES:
            i += 1
        i = _skip_number(toks, i)  # "25 % des 300 personnes interrogées"
    elif partitive:
        return None
    words: list[re.Match[str]] = []
    while i < len(toks) and len(words) < MAX_WORDS:
        tok = toks[i]
        w = tok.group().lower()
        if not _is_word(tok) or (w in STOPWORDS and (not words or w not in LINKS)):
            break
        if not words:
            words.append(tok)
            i += 1
            continue
        if w in COMPLEMENT or w in COORDINATION:
            j = i + 1
            determiner = j < len(toks) and toks[j].group().lower() in COMPLEMENT_DETERMINERS
            if w in COMPLEMENT and determiner:
                j += 1
            if j < len(toks) and _is_word(toks[j]) and toks[j].group().lower() not in STOPWORDS:
                words.append(toks[j])
                i = j + 1
                continue
            break
        previous = toks[i - 1].group().lower()
        if previous not in COMPLEMENT and _looks_like_verb_or_adverb(w, previous, language):
            break
        words.append(tok)
        i += 1
    if not words:
        return None
    start, end = words[0].start(), words[-1].end()
    return Subject(text[start:end], start, end)
