"""Bytes to text: byte-order marks, strict UTF-8, detected legacy code pages, mojibake repair.

Order: a BOM wins (UTF-8/16/32); else strict UTF-8; else charset-normalizer's best guess
(cp1252, latin-1, ...). The text is then repaired with ftfy ("Ã©" -> "é") and put in NFC.
Binary data and text that no code page explains raise `UndecodableError`.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

import charset_normalizer
import ftfy

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


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can tell."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the codec that turned the bytes into text
    repaired: bool  # ftfy changed something (mojibake, control characters...)


def decode_bytes(data: bytes) -> Decoded:
    """Decode a release file to NFC text; raise `UndecodableError` with a readable reason."""
    if not data.strip():
        raise UndecodableError("empty file")
    text, encoding = _decode(data)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise UndecodableError(f"binary data (decoded as {encoding}, too many control characters)")
    fixed = unicodedata.normalize("NFC", ftfy.fix_text(text, config=_FTFY))
    fixed = fixed.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(fixed, encoding, repaired=fixed != unicodedata.normalize("NFC", text))


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding.removesuffix("-sig")), encoding
            except UnicodeDecodeError as e:
                reason = f"{encoding} byte-order mark but invalid {encoding}: {e}"
                raise UndecodableError(reason) from e
    if b"\x00" not in data:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    best = charset_normalizer.from_bytes(data, cp_isolation=_CODE_PAGES).best()
    if best is None:
        raise UndecodableError("binary data or an unknown encoding (no code page fits the bytes)")
    return str(best), codecs.lookup(best.encoding).name


def _control_share(text: str) -> float:
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    return controls / max(len(text), 1)
