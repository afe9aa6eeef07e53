"""Decide from its content whether a file can be a press release, and in which encoding.

Landing calls `check_text` on every received file (up to the size limit). In order:

1. binary formats by their signature (PDF, images, archives, office files... through the
   `filetype` library), then NUL bytes or too many control characters: `binary`;
2. the text itself: strict UTF-8 first (the common case: no detection cost, and the parser's
   decoder is not even imported), else that decoder (`pressroom.parsing.decode`, with
   charset-normalizer and ftfy: byte-order marks, Western code pages); when the decoder
   refuses, nearly-clean text with a few bad bytes (a few invalid UTF-8 bytes, mixed
   cp1252/UTF-8, stray control bytes) is still accepted: the parser decodes it with
   replacement characters and a problem is better than a lost release. Only text that is
   mostly bad bytes is `undecodable`;
3. what the text is: structured data (JSON, CSV/TSV), text with almost no words (numbers
   only) or a contact block alone are `not_a_release`.

Refused files go to quarantine with a reason code and a sentence a person understands.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from itertools import islice

import filetype  # type: ignore[import-untyped]  # ships no type information


@dataclass(frozen=True)
class TextCheck:
    """The verdict on one file: an encoding when accepted, a reason when refused."""

    encoding: str | None = None  # codec name as the decoder reports it: utf-8, cp1252 ...
    #: empty | binary | undecodable | oversize | not_a_release
    reason_code: str | None = None
    reason: str | None = None

    @property
    def accepted(self) -> bool:
        return self.reason_code is None


#: Share of control characters (other than tab, newlines, form feed) above which "text" is
#: binary data; the parser's decoder uses the same share.
MAX_CONTROL_SHARE = 0.01
#: Share of undecodable bytes (U+FFFD after a lenient UTF-8 decode) a release may carry.
MAX_BAD_SHARE = 0.02
#: Fewer words than this (runs of two letters or more) is no prose: numbers, codes, a list.
MIN_WORDS = 15
#: A contact block alone has fewer words than this outside its e-mail/phone/web lines.
MIN_PROSE_WORDS = 25

_BLANK = TextCheck(reason_code="empty", reason="the file holds only blank characters")
_EMPTY = TextCheck(reason_code="empty", reason="the file is empty (0 bytes)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: The bytes `_CONTROL` does not match: deleting them from UTF-8 leaves its control characters
#: (UTF-8 never uses a byte below 0x80 inside a multi-byte character), counted at C speed.
_NOT_CONTROL = bytes(b for b in range(256) if not _CONTROL.match(chr(b)))
_WORD = re.compile(r"[^\W\d_]{2,}")
_CONTACT_LINE = re.compile(
    r"@|https?://|www\.|(?:\+|\b)\d[\d .()/-]{6,}\d", re.IGNORECASE)
_CSV_DELIMITERS = ",;\t|"
#: Files starting with 8 printable ASCII characters are text unless they start with one of the
#: signatures of binary formats that are themselves printable (PDF, GIF, RTF, PostScript).
_TEXT_HEAD = re.compile(rb"[\t\n\r\x20-\x7e]{8}")
_TEXT_MAGIC = (b"%PDF", b"GIF8", b"{\\rtf", b"%!PS")
#: A contact block alone never has this many words: counting stops there.
_ENOUGH_WORDS = 100
#: Lines of a text the structured-data checks look at (CSV sample, JSON lines).
_HEAD_LINES = 200


def oversize(size: int, limit: int) -> TextCheck:
    """The verdict for a file larger than the landing limit."""
    return TextCheck(
        reason_code="oversize",
        reason=f"the file is {size:,} bytes, over the {limit:,}-byte limit for a release "
        "(settings.MAX_FILE_BYTES)",
    )


def check_text(data: bytes) -> TextCheck:
    """Accept `data` as a release's text with its encoding, or refuse it with a reason."""
    if not data:
        return _EMPTY
    if not data.strip():
        return _BLANK
    binary = _binary_format(data)
    if binary:
        return _refuse("binary", f"binary data: the file is {binary}, not text")
    text: str | None = _strict_utf8(data)  # the common case: no detection needed
    if text is not None:
        encoding: str | None = "utf-8"
        controls = len(data.translate(None, _NOT_CONTROL))  # same count, at C speed
    else:
        text, encoding = _text(data)
        if text is None:
            return _refuse("undecodable", "the bytes are not text in any encoding a release can "
                           "be in (UTF-8/16/32, Windows-1252, Latin-1, Mac Roman, DOS Latin-1)")
        controls = len(_CONTROL.findall(text))
    if controls > MAX_CONTROL_SHARE * len(text):
        return _refuse("binary", "the file holds binary data (too many control characters), "
                       "not text")
    if not text.replace("\ufeff", "").strip():
        return _BLANK
    what = not_a_release(text)
    if what:
        return _refuse("not_a_release", what)
    return TextCheck(encoding=encoding)


def not_a_release(text: str) -> str | None:
    """Why decoded `text` cannot be a press release (structured data, no prose), or None."""
    structured = _structured(text)
    if structured:
        return f"the file is {structured}, not a press release"
    # Counted up to _ENOUGH_WORDS only (a release reaches it within its first lines), in C:
    # subn stops after `count` matches and reports how many it made.
    words = _WORD.subn("", text, count=_ENOUGH_WORDS)[1]
    if words < MIN_WORDS:
        return (f"the text has almost no words ({words}; a release has sentences): numbers, "
                "codes or a list, not a press release")
    if words >= _ENOUGH_WORDS:  # far more words than any contact block: prose is there
        return None
    prose_words, contact_lines = 0, 0
    for line in text.splitlines():
        if _CONTACT_LINE.search(line):
            contact_lines += 1
        else:
            prose_words += len(_WORD.findall(line))
            if prose_words >= MIN_PROSE_WORDS:
                return None
    if contact_lines:
        return (f"the text is a contact block alone (e-mails, phones or links and "
                f"{prose_words} other words), not a press release")
    return None


def _refuse(code: str, reason: str) -> TextCheck:
    return TextCheck(reason_code=code, reason=reason)


def _binary_format(data: bytes) -> str | None:
    """A description of a known binary format (by its signature), or None."""
    if _TEXT_HEAD.match(data) and not data.startswith(_TEXT_MAGIC):
        return None  # starts like text: skip the signature scan (it costs more than the rest)
    kind = filetype.guess(data[:8192])
    return f"a {kind.extension.upper()} file ({kind.mime})" if kind is not None else None


def _strict_utf8(data: bytes) -> str | None:
    """`data` decoded as UTF-8 without a byte-order mark or NUL, else None."""
    if b"\x00" in data or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _text(data: bytes) -> tuple[str | None, str | None]:
    """The text and its encoding; (None, None) when the bytes are mostly not text."""
    # charset-normalizer and ftfy load in about a second: only for text that is not UTF-8
    from pressroom.parsing.decode import UndecodableError, decode_bytes

    try:
        decoded = decode_bytes(data)
        return decoded.text, decoded.encoding
    except UndecodableError:
        pass
    # A few bad bytes in otherwise clean text: the parser decodes with replacement characters.
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= MAX_BAD_SHARE * len(lenient):
        return lenient, "utf-8"
    return None, None


def _structured(text: str) -> str | None:
    """'JSON data' or 'CSV data (…)' when the whole text is structured data, else None."""
    stripped = text.strip().lstrip("\ufeff")
    if stripped[:1] in "{[":
        try:
            json.loads(stripped)
            return "JSON data"
        except ValueError:
            pass
    lines = list(islice(filter(str.strip, stripped.splitlines()), _HEAD_LINES))  # not blank
    if len(lines) >= 2 and all(line.lstrip()[:1] in "{[" for line in lines[:20]):
        try:
            for line in lines[:20]:
                json.loads(line)
            return "JSON lines data"
        except ValueError:
            pass
    return _csv(lines)


def _csv(lines: list[str]) -> str | None:
    """'CSV data' when nearly every line splits into the same number (>= 2) of short fields.

    Prose has commas too, but not the same number on every line, and its "fields" are long.
    """
    if len(lines) < 3:
        return None
    sample = lines[:200]
    for delimiter in _CSV_DELIMITERS:
        if delimiter not in sample[0] or len({line.count(delimiter) for line in sample[:3]}) != 1:
            continue  # cheap tests first: the first lines hold the delimiter equally often
        rows = list(csv.reader(sample, delimiter=delimiter))
        widths = [len(row) for row in rows]
        width = max(set(widths), key=widths.count)
        if width < 2 or widths.count(width) < 0.9 * len(rows):
            continue
        fields = [f for row in rows for f in row]
        if sum(len(f) for f in fields) / len(fields) <= 40:
            name = {"\t": "TSV"}.get(delimiter, "CSV")
            return f"{name} data ({width} columns)"
    return None
