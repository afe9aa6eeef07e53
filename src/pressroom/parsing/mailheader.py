"""An e-mail's header block at the top of a copied mail: a preamble, not a release.

A release sent by e-mail and copied as text opens with the mail's header lines ("De : …",
"Objet : …", "Assunto: … / De: … / Data: …", "From: / Subject: / Date: / To:"), maybe a
short cover note ("Caros amigos e parceiros, / Segue o nosso comunicado.") closed by a rule
line. None of it is the release: the page is cut below it, and the subject's value is kept
as a title for a mail whose text shows none.

The standard library's `email` parser reads a whole message, not a header block copied
above a page's text among other lines; the labels here are the lexicons' (translated by
mail clients), so the block is read by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressroom.parsing.headers import header_template
from pressroom.parsing.text import fold, lexicon_alternation

_SUBJECT_LABELS = lexicon_alternation("mail_subject_labels")
#: A header line: a label, a colon, a value (on folded, lower-case text).
_HEADER_LINE = re.compile(
    rf"^(?:(?P<subject>{_SUBJECT_LABELS})|{lexicon_alternation('mail_header_labels')})"
    r"\s*:\s*\S")
#: A header block has at least this many header lines, one of them the subject.
_MIN_LINES = 2
#: A cover note under the block is at most this many lines, closed by a rule line.
_NOTE_MAX_LINES = 3
_NOTE_MAX_CHARS = 160
_RULE = re.compile(r"^(?:[-=_*~#]{3,}|(?:\*\s*){3,})$")
#: A mail client's tag before the subject ("[Infolettre FTSQ]") and a reply or forward mark.
_SUBJECT_TAG = re.compile(r"^(?:\s*(?:\[[^\]]*\]|(?:re|fwd?|tr|rv|enc)\s*:))+\s*", re.IGNORECASE)
#: A template header before the subject's words ("Communiqué – …", "COMUNICADO – …").
_HEADER_CUT = re.compile(r"\s+[-–—:]\s+")


@dataclass
class MailHeader:
    """The preamble lines cut off the top of a page, and the subject's value."""

    lines: list[str] = field(default_factory=list)
    subject: str | None = None


def cut_mail_header(lines: list[str]) -> tuple[list[str], MailHeader | None]:
    """The page's lines below an e-mail's header block (and its cover note), and the block;
    the lines unchanged and None when the page opens with no header block."""
    k = next((j for j, line in enumerate(lines) if line), len(lines))
    start, subject = k, None
    count = 0
    while k < len(lines) and lines[k] and (match := _HEADER_LINE.match(fold(lines[k]).lower())):
        if match.group("subject") and subject is None:
            subject = lines[k].split(":", 1)[1].strip()
        count += 1
        k += 1
    if count < _MIN_LINES or subject is None:
        return lines, None
    end = _cover_note_end(lines, k)
    header = MailHeader([line for line in lines[start:end] if line], mail_subject(subject))
    return lines[end:], header


def _cover_note_end(lines: list[str], k: int) -> int:
    """Past a short cover note under the header block, when a rule line closes it (the
    rule stays: it may open a letterhead); `k` when none does."""
    note = 0
    for j in range(k, len(lines)):
        line = lines[j]
        if not line:
            continue
        if _RULE.match(line):
            return j
        note += 1
        if note > _NOTE_MAX_LINES or len(line) > _NOTE_MAX_CHARS:
            return k
    return k


def mail_subject(value: str) -> str | None:
    """A subject as a title: the client's tag, reply marks and a template header before a
    dash cut ("[Infolettre] Communiqué – Les préposées…" -> "Les préposées…")."""
    value = _SUBJECT_TAG.sub("", value).strip()
    parts = _HEADER_CUT.split(value, maxsplit=1)
    if len(parts) == 2 and header_template(parts[0]):
        value = parts[1].strip()
    return value or None
