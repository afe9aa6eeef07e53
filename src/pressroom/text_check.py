"""Decide whether a file's bytes can be a press release: readable text, and in which encoding.

Landing calls `check_text` on every received file. It uses the parser's own decoder
(`pressroom.parsing.decode`), so a file is accepted exactly when the parser can read it, and
the recorded encoding is the one the parser uses. Refused files go to quarantine with a reason
code and a sentence a person understands.
"""

from __future__ import annotations

from dataclasses import dataclass

from pressroom.parsing.decode import UndecodableError, decode_bytes


@dataclass(frozen=True)
class TextCheck:
    """The verdict on one file: an encoding when accepted, a reason when refused."""

    encoding: str | None = None  # codec name as the decoder reports it: utf-8, cp1252 ...
    reason_code: str | None = None  # empty | binary | undecodable | oversize
    reason: str | None = None

    @property
    def accepted(self) -> bool:
        return self.reason_code is None


_BLANK = TextCheck(reason_code="empty", reason="the file holds only blank characters")


def oversize(size: int, limit: int) -> TextCheck:
    """The verdict for a file larger than the landing limit."""
    return TextCheck(
        reason_code="oversize",
        reason=f"the file is {size:,} bytes, over the {limit:,}-byte limit for a release "
        "(settings.MAX_FILE_BYTES)",
    )


def check_text(data: bytes) -> TextCheck:
    """Accept `data` as text with its encoding, or refuse it with a reason."""
    try:
        decoded = decode_bytes(data)
    except UndecodableError as exc:
        return _refusal(data, str(exc))
    if not decoded.text.replace("\ufeff", "").strip():
        return _BLANK
    return TextCheck(encoding=decoded.encoding)


def _refusal(data: bytes, detail: str) -> TextCheck:
    """Why bytes the decoder refused cannot be a release, in words."""
    if not data:
        return TextCheck(reason_code="empty", reason="the file is empty (0 bytes)")
    if not data.strip():
        return _BLANK
    if b"\x00" in data or "control characters" in detail:
        return TextCheck(
            reason_code="binary",
            reason="the file holds binary data (NUL bytes or control characters), such as "
            "an image, a PDF or an archive, not text",
        )
    return TextCheck(
        reason_code="undecodable",
        reason="the bytes are not text in any encoding a release can be in "
        "(UTF-8/16/32, Windows-1252, Latin-1, Mac Roman, DOS Latin-1)",
    )
