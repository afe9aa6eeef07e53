"""An e-mail's header block at the top of a copied mail: a preamble, not a release.

A release sent by e-mail and copied as text opens with the mail's header lines ("De : …",
"Objet : …", "Assunto: … / De: … / Data: …", "From: / Subject: / Date: / To:"), maybe a
short cover note ("Caros amigos e parceiros, / Segue o nosso comunicado.") closed by a rule
line. None of it is the release: the page is cut below it, and the subject's value is kept
as a title for a mail whose text shows none.

A forwarded or answered mail adds layers: the forwarder's or replier's header block and note
(its own numbers and questions), then a marker ("-----Original Message-----", "----------
Mensaje reenviado ---------", "On …, X wrote:") and the original's header block, attachment
lines ("Pièce jointe : …", "Anexos: …") and a cover note opened by a greeting ("Kia ora
koutou,", "Prezados senhores,") and closed by a sign-off and the sender's name. Everything
down to the last marker near the top is cut; a quoted message loses its "> " prefixes. A
newsletter repeating its subject as its headline has its banner, brand and menu lines above
that headline cut too.

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
_OTHER_LABELS = (f"{lexicon_alternation('mail_header_labels')}"
                 f"|{lexicon_alternation('mail_attachment_labels')}")
#: A header line: a label, a colon, a value (on folded, lower-case text); a copied address
#: list may leave the value empty ("To: <undisclosed-recipients:;>" cleaned away).
_HEADER_LINE = re.compile(rf"^(?:(?P<subject>{_SUBJECT_LABELS})|{_OTHER_LABELS})\s*:(?:\s*\S|$)")
#: A header block has at least this many header lines, one of them the subject.
_MIN_LINES = 2
#: A cover note under the block is at most this many lines, closed by a rule line.
_NOTE_MAX_LINES = 3
_NOTE_MAX_CHARS = 160
_RULE = re.compile(r"^(?:[-=_*~#—–]{3,}|(?:\*\s*){3,})$")
#: A mail client's tag before the subject ("[Infolettre FTSQ]") and a reply or forward mark.
_SUBJECT_TAG = re.compile(r"^(?:\s*(?:\[[^\]]*\]|(?:re|fwd?|tr|rv|enc)\s*:))+\s*", re.IGNORECASE)
#: A template header before the subject's words ("Communiqué – …", "COMUNICADO – …").
_HEADER_CUT = re.compile(r"\s+[-–—:|]\s+")
#: The marker above a forwarded message ("-----Original Message-----") or a reply's
#: attribution line above the quoted one ("On …, X wrote:"), on folded lower-case text.
_MARKER = re.compile(f"{lexicon_alternation('mail_forward_patterns')}"
                     f"|{lexicon_alternation('mail_reply_patterns')}")
#: A marker is looked for among this many non-blank lines at the top of a page.
_MARKER_REACH = 40
_MARKER_MAX_CHARS = 200
#: A cover note's greeting line ("Dear Anna,", "Bonjour,") and its sign-off ("Best regards,").
_GREETING = re.compile(lexicon_alternation("mail_greeting_patterns"))
_SIGNOFF = re.compile(lexicon_alternation("mail_signoff_patterns"))
_GREETING_MAX_WORDS = 8
#: A greeted cover note reaches its sign-off within this many non-blank lines; the
#: sender's name lines under the sign-off are at most this many, this short.
_GREETED_NOTE_REACH = 12
_NAME_LINES = 3
_NAME_MAX_WORDS = 6
#: A newsletter repeats its subject as its headline within this many non-blank lines.
_SUBJECT_REACH = 12
#: A quoted line's prefix ("> ", "> > ").
_QUOTE = re.compile(r"^(?:>\s?)+")


@dataclass
class MailHeader:
    """The preamble lines cut off the top of a page, and the subject's value."""

    lines: list[str] = field(default_factory=list)
    subject: str | None = None


def cut_mail_header(lines: list[str]) -> tuple[list[str], MailHeader | None]:
    """The page's lines below an e-mail's preamble, and the preamble; the lines unchanged and
    None when the page opens with none.

    The preamble is a header block (and its cover note), or everything down to the last
    forward marker or reply attribution near the top (a forwarder's or replier's header
    and note), then the forwarded message's own header block and note. A quoted message's
    "> " prefixes are dropped."""
    start = next((j for j, line in enumerate(lines) if line), len(lines))
    marker = _last_marker(lines, start)
    if marker is None:
        k, subject, count = _read_block(lines, start)
        if count < _MIN_LINES or subject is None:
            return lines, None
    else:
        lines = lines[:marker + 1] + _unquote(lines[marker + 1:])
        k, subject, _ = _read_block(lines, marker + 1)
        subject = subject or _read_block(lines, start)[1]
    title = mail_subject(subject) if subject else None
    end = _cover_note_end(lines, k)
    end = _subject_line(lines, end, title)
    return lines[end:], MailHeader([line for line in lines[start:end] if line], title)


def _subject_line(lines: list[str], k: int, subject: str | None) -> int:
    """The index of the line repeating the mail's subject near the top (a newsletter's
    headline under its banner, brand and menu lines, all chrome); `k` when none does."""
    if subject is None:
        return k
    wanted, seen = _words(subject), 0
    for j in range(k, len(lines)):
        if not lines[j]:
            continue
        seen += 1
        if seen > _SUBJECT_REACH:
            break
        if _words(lines[j]) == wanted:
            return j
    return k


def _words(text: str) -> list[str]:
    """A line's words, accent-folded and lower-cased, without punctuation."""
    return re.findall(r"\w+", fold(text).lower())


def _last_marker(lines: list[str], start: int) -> int | None:
    """The index of the last forward marker or reply attribution among the top lines."""
    found, seen = None, 0
    for j in range(start, len(lines)):
        line = lines[j]
        if not line:
            continue
        seen += 1
        if seen > _MARKER_REACH:
            break
        if len(line) <= _MARKER_MAX_CHARS and _MARKER.fullmatch(fold(line).lower()):
            found = j
    return found


def _unquote(lines: list[str]) -> list[str]:
    """A quoted message's lines without their "> " prefixes, when most lines carry one."""
    filled = [line for line in lines if line]
    if 2 * sum(1 for line in filled if line.startswith(">")) <= len(filled):
        return lines
    return [_QUOTE.sub("", line).strip() for line in lines]


def _read_block(lines: list[str], k: int) -> tuple[int, str | None, int]:
    """Past the header lines from `k` (blank lines may stand between them): the end, the
    subject's value and the count of header lines; `k`, None and 0 when none stands there."""
    end, subject, count = k, None, 0
    j = k
    while j < len(lines):
        if not lines[j]:
            j += 1
            continue
        match = _HEADER_LINE.match(fold(lines[j]).lower())
        if match is None:
            break
        if match.group("subject") and subject is None:
            subject = lines[j].split(":", 1)[1].strip() or None
        count += 1
        j += 1
        end = j
    return end, subject, count


def _cover_note_end(lines: list[str], k: int) -> int:
    """Past a short cover note under the header block: one closed by a rule line (the rule
    stays: it may open a letterhead), or one opened by a greeting and closed by a sign-off
    and the sender's name; `k` when none stands there."""
    first = next((j for j in range(k, len(lines)) if lines[j]), len(lines))
    if first < len(lines) and _is_greeting(lines[first]):
        greeted = _signoff_end(lines, first + 1)
        if greeted is not None:
            return greeted
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


def _is_greeting(line: str) -> bool:
    """A cover note's greeting: "Dear Johannes,", "Bonjour à toutes et à tous,"."""
    return (len(line.split()) <= _GREETING_MAX_WORDS
            and bool(_GREETING.fullmatch(fold(line).lower().rstrip(",:!. "))))


def _signoff_end(lines: list[str], k: int) -> int | None:
    """Past a greeted note's sign-off line and the name lines right under it (or at a rule
    line closing the note), when one comes within reach; None otherwise."""
    seen = 0
    for j in range(k, len(lines)):
        line = lines[j]
        if not line:
            continue
        seen += 1
        if seen > _GREETED_NOTE_REACH:
            return None
        if _RULE.match(line):
            return j
        if _SIGNOFF.fullmatch(fold(line).lower().rstrip(",:!. ")):
            end = j + 1
            while (end < len(lines) and lines[end] and end - j <= _NAME_LINES
                   and len(lines[end].split()) <= _NAME_MAX_WORDS):
                end += 1
            return end
    return None


def mail_subject(value: str) -> str | None:
    """A subject as a title: the client's tag, reply marks and a template header before a
    dash cut ("[Infolettre] Communiqué – Les préposées…" -> "Les préposées…")."""
    value = _SUBJECT_TAG.sub("", value).strip()
    parts = _HEADER_CUT.split(value, maxsplit=1)
    if len(parts) == 2 and header_template(parts[0]):
        value = parts[1].strip()
    return value or None
