"""Bytes to text: byte-order marks, strict UTF-8, detected legacy code pages, mojibake repair.

Order: a BOM wins (UTF-8/16/32); else strict UTF-8; else UTF-8 with a few invalid bytes
replaced by U+FFFD (nearly clean UTF-8 text, counted in `Decoded.replaced`); else
charset-normalizer's best guess (cp1252, latin-1, ...). The text is then repaired with ftfy
("Ã©" -> "é") when it holds something ftfy would change, and put in NFC. Binary data and text
that no code page explains raise `UndecodableError`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer
import ftfy
from ftfy.badness import is_bad
from ftfy.chardata import (
    CONTROL_CHARS,
    HTML_ENTITY_RE,
    LIGATURES,
    UTF8_CLUES,
)

#: Checked longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Keep typographic apostrophes and quotes as written (titles are compared as written).
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False)

#: The releases are French, English and Spanish: only Western code pages can explain them.
#: Left free, charset-normalizer reads short French cp1252 text as cp1250 or cp1257.
_CODE_PAGES = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850",
               "utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]

#: Share of control characters above which decoded "text" is taken for binary data.
_MAX_CONTROL_SHARE = 0.01

#: Characters ftfy removes or replaces besides mojibake: control and format characters,
#: ligatures, odd line breaks, terminal escapes; and the C1 controls (a clue of mojibake, ftfy's
#: `C1_CONTROL_RE`). Each control character `_CONTROLS` counts is one of them (a test checks):
#: a text with none of them holds no control character.
_FTFY_TARGETS = re.compile("[" + re.escape("".join(
    chr(c) for c in sorted(set(CONTROL_CHARS) | set(LIGATURES)))) + "\x1b\u2028\u2029\x80-\x9f]")

#: ftfy's `UTF8_DETECTOR_RE` (a UTF-8 lead byte read as a code-page letter, then continuation
#: bytes) written to start with its first character's class: Python's regex engine then skips
#: to the candidate characters instead of trying the lookbehind at every position (ten times
#: faster on a page). It finds a match exactly where ftfy's pattern finds one.
_UTF8_DETECTOR = re.compile("""
    [{utf8_first_of_2}{utf8_first_of_3}{utf8_first_of_4}]
    (?<! [{utf8_continuation_strict}] .)
    (?: (?<= [{utf8_first_of_2}]) [{utf8_continuation}]
      | (?<= [{utf8_first_of_3}]) [{utf8_continuation}]{{2}}
      | (?<= [{utf8_first_of_4}]) [{utf8_continuation}]{{3}})
    """.format(**UTF8_CLUES), re.VERBOSE | re.DOTALL)

#: Runs of non-ASCII characters (what mojibake is made of).
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
#: Two non-ASCII characters side by side, but for two lower-case Latin-1 letters ("ção",
#: "años") and for a typographic apostrophe before a Latin-1 letter ("l’école", "l’État").
#: Every sequence ftfy's `is_bad` looks for (ftfy's `BADNESS_RE`) holds such a pair, apart
#: from a C1 control (tested before) and the sequences made with one of `_ODD_ALONE` ("Ã "
#: and "Â " mojibake, "œ" before a non-letter): each of its branches puts a character of a
#: class with none of these lower-case letters (its `MOJIBAKE_CATEGORIES` other than
#: `lower_accented` and `kaomoji`, or a capital, a sign) next to another non-ASCII one, and
#: the apostrophe is only in its `common` class, which only its Arabic branch reads, after
#: an "Ø" or "Ù" (tests check the classes). A text with neither is not bad: the single
#: accented letters of most pages, the letter pairs of Portuguese and Spanish and the
#: elisions of French are not looked at.
_SAFE_LETTERS = "ß-öø-ÿ"
_LATIN_1_LETTERS = "À-ÖØ-öø-ÿ"
_ODD_PAIR = re.compile(rf"[^\x00-\x7f](?:(?<=[{_SAFE_LETTERS}])[^\x00-\x7f{_SAFE_LETTERS}]"
                       rf"|(?<=’)[^\x00-\x7f{_LATIN_1_LETTERS}]"
                       rf"|(?<=[^\x00-\x7f{_SAFE_LETTERS}’])[^\x00-\x7f])")
_ODD_ALONE = "ÃÂŒœ"
#: Control characters other than line ends, tabs and form feeds.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

#: Invalid UTF-8 sequences (replaced by U+FFFD) tolerated per valid multi-byte character in
#: otherwise valid UTF-8: more than that is text in another code page, not a few bad bytes.
_MAX_BAD_PER_VALID = 0.1


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can tell."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the codec that turned the bytes into text
    repaired: bool  # ftfy changed something (mojibake, control characters...)
    replaced: int = 0  # invalid UTF-8 sequences replaced by U+FFFD


def decode_bytes(data: bytes) -> Decoded:
    """Decode a release file to NFC text; raise `UndecodableError` with a readable reason."""
    if not data.strip():
        raise UndecodableError("empty file")
    text, encoding, replaced = _decode(data)
    targets = _FTFY_TARGETS.search(text) is not None  # no target: no control character either
    if targets and _control_share(text) > _MAX_CONTROL_SHARE:
        raise UndecodableError(f"binary data (decoded as {encoding}, too many control characters)")
    normal = unicodedata.normalize("NFC", text)
    fixed = unicodedata.normalize("NFC", ftfy.fix_text(text, config=_FTFY)) \
        if may_need_ftfy(text, targets=targets) else normal
    fixed = fixed.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(fixed, encoding, repaired=fixed != normal, replaced=replaced)


def may_need_ftfy(text: str, *, targets: bool | None = None) -> bool:
    """Whether ftfy could change `text`: mojibake clues, controls, ligatures, entities
    (`targets`: whether `_FTFY_TARGETS` is in `text`, when the caller looked already).

    ftfy is the slowest step of decoding and changes nothing in the vast majority of pages;
    these are ftfy's own detectors, so a page it would repair is still handed to it.
    """
    if targets is None:
        targets = _FTFY_TARGETS.search(text) is not None
    if targets or HTML_ENTITY_RE.search(text):
        return True
    if text.isascii():
        return False
    if _UTF8_DETECTOR.search(text):
        return True
    if not _ODD_PAIR.search(text) and not any(c in text for c in _ODD_ALONE):
        return False  # ftfy's badness needs an odd pair or one of these letters: none here
    # is_bad looks at short sequences around odd characters: only the non-ASCII runs and
    # their neighbours can hold one, and checking those alone is many times faster.
    return bool(is_bad(" ".join(non_ascii_runs(text))))


def non_ascii_runs(text: str) -> list[str]:
    """The non-ASCII runs of `text` with two characters of context on each side: the
    matches of `.{0,2}[^\\x00-\\x7f]+.{0,2}` (DOTALL), found from the runs themselves.

    That pattern has no leading character the regex engine can skip to, so it is tried at
    every position of the page; finding the runs first and adding their context here gives
    the same pieces about twice as fast.
    """
    spans = [m.span() for m in _NON_ASCII.finditer(text)]
    pieces: list[str] = []
    done, k = 0, 0
    while k < len(spans):
        start, end = spans[k]
        k += 1
        if end <= done:  # eaten by the previous piece's trailing context
            continue
        begin = max(done, max(start, done) - 2)
        # The pattern's greedy leading ".{0,2}" jumps to a run two characters on.
        if end <= begin + 2 and k < len(spans) and spans[k][0] == begin + 2:
            end = spans[k][1]
            k += 1
        done = min(end + 2, len(text))
        pieces.append(text[begin:done])
    return pieces


def _decode(data: bytes) -> tuple[str, str, int]:
    """The text, the codec, and how many invalid sequences were replaced by U+FFFD."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding.removesuffix("-sig")), encoding, 0
            except UnicodeDecodeError as e:
                reason = f"{encoding} byte-order mark but invalid {encoding}: {e}"
                raise UndecodableError(reason) from e
    if b"\x00" not in data:
        try:
            return data.decode("utf-8"), "utf-8", 0
        except UnicodeDecodeError:
            pass
        nearly = _nearly_utf8(data)
        if nearly is not None:
            return nearly
    best = charset_normalizer.from_bytes(data, cp_isolation=_CODE_PAGES).best()
    if best is None:
        raise UndecodableError("binary data or an unknown encoding (no code page fits the bytes)")
    return str(best), codecs.lookup(best.encoding).name, 0


def _nearly_utf8(data: bytes) -> tuple[str, str, int] | None:
    """UTF-8 text with a few invalid bytes (a damaged copy), decoded with U+FFFD for them;
    None when the invalid sequences are too many for that (another code page)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid_multibyte = sum(1 for c in text if ord(c) > 127 and c != "\ufffd")
    if 0 < bad <= valid_multibyte * _MAX_BAD_PER_VALID:
        return text, "utf-8", bad
    return None


def _control_share(text: str) -> float:
    return len(_CONTROLS.findall(text)) / max(len(text), 1)
