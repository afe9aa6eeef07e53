"""A noun's plural and singular, from the lexicon's ending rules: "décision" -> "décisions",
"admission provisoire" -> "admissions provisoires", "allocations" -> "allocation".

Hand-written, because no well-kept library inflects French, Spanish and Portuguese nouns
(`inflect` is English only): each lexicon lists its regular endings (`plural_endings`) and
the plurals no ending gives (`plural_words`), which is enough for the head of a counted noun.
"""

from __future__ import annotations

from functools import cache

from pressroom.parsing.lexicon import lexicons, union
from pressroom.parsing.text import token_words, tokens


def plural(word: str, language: str | None) -> str:
    """The plural of `word`: its irregular plural, or the rule of its longest ending."""
    lower = word.lower()
    for lex in lexicons(language):
        if lower in lex.plural_words:
            return _cased(word, lex.plural_words[lower])
        ending = max((e for e in lex.plural_endings if lower.endswith(e)), key=len, default=None)
        if ending is not None:
            return word[:len(word) - len(ending)] + lex.plural_endings[ending]
    return word


def singular(word: str, language: str | None) -> str:
    """The singular of a plural `word`: the rule whose plural ending is the longest it ends
    with (a rule that changes the word before one that keeps it: "allocations" -> ""+"s")."""
    lower = word.lower()
    for lex in lexicons(language):
        irregular = {p: s for s, p in lex.plural_words.items()}
        if lower in irregular:
            return _cased(word, irregular[lower])
        rules = [(p, s) for s, p in lex.plural_endings.items() if lower.endswith(p)]
        if rules:
            p, s = max(rules, key=lambda r: (len(r[0]), r[0] != r[1]))
            return word[:len(word) - len(p)] + s
    return word


def looks_plural(word: str, language: str | None) -> bool:
    """`word` has a plural's ending or is an irregular plural ("migrants", "people"): a noun
    counted, not an adjective ("plus élevé", "more likely")."""
    lower = word.lower()
    return any(lower in lex.plural_words.values()
               or lower.endswith(tuple(p for p in lex.plural_endings.values() if p))
               for lex in lexicons(language))


def head_word(phrase: str, language: str | None) -> str:
    """The head of a noun phrase: its first word in a head-first language, else the last one
    before the first complement or coordination ("displaced people of the region" ->
    "people")."""
    links = _links(language)
    core: list[str] = []
    for word in token_words(phrase):
        if word.lower() in links or not word[:1].isalpha():
            break
        core.append(word)
    if not core:
        return ""
    return core[0] if any(lex.head_first for lex in lexicons(language)) else core[-1]


@cache
def _links(language: str | None) -> frozenset[str]:
    """The words that end a noun phrase's core: complements and coordinations."""
    return union("partitives", language) | union("coordinations", language)


def _cased(word: str, form: str) -> str:
    return form[:1].upper() + form[1:] if word[:1].isupper() else form


def plural_phrase(phrase: str, language: str | None) -> str:
    """A counted noun phrase in the plural: its head, and in a head-first language the
    adjectives after it, up to the first complement or coordination ("admission provisoire"
    -> "admissions provisoires", "décision de non-entrée" -> "décisions de non-entrée",
    "final decision" -> "final decisions")."""
    links = _links(language)
    core = []
    for tok in tokens(phrase):
        if tok.word.lower() in links or not tok.word[:1].isalpha():
            break
        core.append(tok)
    if not core:
        return phrase
    head_first = any(lex.head_first for lex in lexicons(language))
    changed = core if head_first else core[-1:]
    out, pos = [], 0
    for tok in changed:
        out += [phrase[pos:tok.start], plural(tok.word, language)]
        pos = tok.end
    return "".join(out) + phrase[pos:]
