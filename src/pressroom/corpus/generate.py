"""One generated document (a page and its expected JSON) from a corpus seed and an index.

Each document has its own random stream derived from (seed, index), so document i is the same
whatever N is, and any document can be regenerated alone.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from pressroom.corpus.body import Draft, draft_release
from pressroom.corpus.contacts import contact_block
from pressroom.corpus.lang import LANGUAGES, Language
from pressroom.corpus.real_world import real_world_release
from pressroom.corpus.templates import curly, layout, template_name

LAYOUTS = (("web_page", 40), ("communique", 30), ("plain", 15), ("multi", 15))
LANGS = (("fr", 40), ("en", 35), ("es", 25))
#: Share of documents written in Portuguese. Drawn from a second random stream so that the
#: fr/en/es documents of a seed stay what they were before Portuguese was added.
PORTUGUESE_SHARE = 0.2
#: Share of documents in the layouts of real publishers (real_world.py), from the same stream.
REAL_WORLD_SHARE = 0.25


@dataclass
class Document:
    """A generated page: its text, what a correct parse yields, and the phones it prints."""

    name: str  # file stem
    text: str
    expected: list[dict]  # one object per release, in page order
    phones: list[str]  # every phone-like string printed (contacts and body hotlines)
    crlf: bool = False
    layout: str = ""  # web_page, communique, plain, multi, or real_world/<shape>

    @property
    def multi(self) -> bool:
        return len(self.expected) > 1

    @property
    def data(self) -> bytes:
        text = self.text.replace("\n", "\r\n") if self.crlf else self.text
        return text.encode("utf-8")


def _pick(rng: random.Random, weighted: tuple[tuple[str, int], ...]) -> str:
    items, weights = zip(*weighted, strict=True)
    return rng.choices(items, weights)[0]


def _name(index: int, text: str) -> str:
    """File stem: the index, then a hash of the text."""
    return f"{index:06d}_{hashlib.blake2b(text.encode(), digest_size=8).hexdigest()}"


def generate_document(seed: int, index: int) -> Document:
    """The index-th document of the corpus generated with `seed`."""
    rng = random.Random(f"pressroom-corpus:{seed}:{index}")
    extra = random.Random(f"pressroom-corpus:{seed}:{index}:extra")
    lang = LANGUAGES[_pick(rng, LANGS)]
    if extra.random() < PORTUGUESE_SHARE:
        lang = LANGUAGES["pt"]
    kind = _pick(rng, LAYOUTS)
    layout_kind = kind
    count = 1
    if kind == "multi":
        kind = "web_page" if rng.random() < 0.6 else "communique"
        count = rng.randint(2, 3)
    if extra.random() < REAL_WORLD_SHARE:
        return _real_world_document(rng, lang, index)
    drafts: list[Draft] = []
    for _ in range(count):
        draft = draft_release(rng, lang)
        draft.contact_text = contact_block(rng, lang, draft.contacts)
        if lang.code != "es" and rng.random() < 0.4:
            curly(draft)
        drafts.append(draft)
    text = layout(rng, kind, drafts)
    if not text.endswith("\n") and rng.random() < 0.5:
        text += "\n"
    crlf = rng.random() < 0.05
    name = _name(index, text)
    template = template_name(kind, lang.code)
    expected = [d.expected(f"{name}.txt", template) for d in drafts]
    phones = [p for d in drafts for p in d.phones_written]
    return Document(name, text, expected, phones, crlf, layout_kind)


def _real_world_document(rng: random.Random, lang: Language, index: int) -> Document:
    """One release in a real publisher's layout (archive banner, newswire, aggregator…)."""
    text, draft, template, shape = real_world_release(rng, lang)
    if not text.endswith("\n") and rng.random() < 0.5:
        text += "\n"
    name = _name(index, text)
    return Document(name, text, [draft.expected(f"{name}.txt", template)],
                    draft.phones_written, False, f"real_world/{shape}")
