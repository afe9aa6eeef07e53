"""Decoding: byte-order marks, legacy code pages, mojibake repair, NFC, binary refused."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from ftfy.chardata import UTF8_CLUES, UTF8_DETECTOR_RE
from hypothesis import given, settings
from hypothesis import strategies as st

from pressroom.parsing import parse_bytes
from pressroom.parsing.decode import UndecodableError, decode_bytes

TEXT = ("Communiqué\n\nL’OIM et le Pérou signent un accord\n\n"
        "Pérou - Près de 80 % des victimes étaient âgées de 13 à 24 ans « selon l’OIM ».\n")


@pytest.mark.parametrize(
    ("encoding", "reported"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16-le"),
     ("utf-16-be", None), ("cp1252", "cp1252")],
)
def test_encodings_written_to_disk_read_back(tmp_path: Path, encoding: str, reported) -> None:
    data = TEXT.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # a big-endian file with its byte-order mark
        reported = "utf-16-be"
    path = tmp_path / f"release-{encoding}.txt"
    path.write_bytes(data)
    decoded = decode_bytes(path.read_bytes())
    assert decoded.text == TEXT
    assert decoded.encoding == reported


def test_latin1_file_reads_as_western_text(tmp_path: Path) -> None:
    text = "Para más información, por favor contacte a Inés Calderón, OIM Perú, teléfono móvil"
    path = tmp_path / "latin1.txt"
    path.write_bytes(text.encode("latin-1"))
    decoded = decode_bytes(path.read_bytes())
    assert decoded.text == text
    assert decoded.encoding in {"cp1252", "latin-1", "iso8859-15"}


def test_short_french_cp1252_is_not_read_as_central_european() -> None:
    decoded = decode_bytes("Le Pérou et la Colombie ont signé un accord".encode("cp1252"))
    assert decoded.text == "Le Pérou et la Colombie ont signé un accord"


def test_mojibake_is_repaired() -> None:
    broken = TEXT.encode("utf-8").decode("cp1252").encode("utf-8")  # "Ã©" for "é"
    decoded = decode_bytes(broken)
    assert decoded.text == TEXT
    assert decoded.repaired


def test_text_is_put_in_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Pérou, Genève, año")
    assert decomposed != "Pérou, Genève, año"
    assert decode_bytes(decomposed.encode("utf-8")).text == "Pérou, Genève, año"


def test_line_ends_are_unix() -> None:
    assert decode_bytes(b"Title\r\nLead line.\rMore.").text == "Title\nLead line.\nMore."


@pytest.mark.parametrize(
    "data",
    [b"", b"  \n\n", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, bytes(range(256)) * 8],
    ids=["empty", "blank", "png", "binary"],
)
def test_undecodable_input_raises_a_readable_reason(data: bytes) -> None:
    with pytest.raises(UndecodableError) as error:
        decode_bytes(data)
    assert str(error.value)


def test_parse_bytes_turns_binary_into_a_decode_problem() -> None:
    parsed = parse_bytes(bytes(range(256)) * 8, "photo.jpg")
    assert parsed.releases == []
    assert [p.stage for p in parsed.problems] == ["decode"]
    assert "binary" in parsed.problems[0].reason


def test_bom_with_broken_body_is_a_problem_not_a_crash() -> None:
    parsed = parse_bytes(b"\xff\xfeA\x00\x00\xd8", "broken-utf16.txt")  # lone surrogate
    assert parsed.releases == []
    assert parsed.problems[0].stage == "decode"


def test_nearly_clean_utf8_keeps_its_text_with_replacement_characters() -> None:
    damaged = TEXT.encode("utf-8").replace("Près".encode(), b"Pr\xe8s")  # one stray cp1252 byte
    decoded = decode_bytes(damaged)
    assert (decoded.encoding, decoded.replaced) == ("utf-8", 1)
    assert "Pr\ufffds de 80 %" in decoded.text
    assert "L’OIM et le Pérou signent un accord" in decoded.text  # the rest is read as UTF-8

    parsed = parse_bytes(damaged, "damaged.txt")
    assert parsed.releases and parsed.releases[0].title == "L’OIM et le Pérou signent un accord"
    assert any(p.stage == "decode" and "1 invalid byte sequence(s) replaced" in p.reason
               for p in parsed.problems)


def test_cp1252_text_is_not_taken_for_damaged_utf8() -> None:
    decoded = decode_bytes(TEXT.encode("cp1252", errors="replace"))
    assert (decoded.encoding, decoded.replaced) == ("cp1252", 0)
    assert "\ufffd" not in decoded.text


def test_clean_text_skips_ftfy_and_mojibake_still_goes_to_it() -> None:
    from pressroom.parsing.decode import may_need_ftfy

    assert not may_need_ftfy(TEXT)
    assert not may_need_ftfy("GENEVA - IOM said on Tuesday that 3,900 people...")
    assert may_need_ftfy("L’OIM et le PÃ©rou")  # UTF-8 read as cp1252
    assert may_need_ftfy("eﬃcace")  # ligature
    assert may_need_ftfy("a\x85b")  # C1 control


#: The characters ftfy's mojibake detector looks for, and a few plain ones around them.
_CLUE_ALPHABET = "".join(sorted(set("".join(UTF8_CLUES.values())))) + "ab -\n.é"


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(alphabet=_CLUE_ALPHABET, max_size=12))
def test_fast_mojibake_detector_agrees_with_ftfys(text: str) -> None:
    from pressroom.parsing.decode import _UTF8_DETECTOR

    assert bool(_UTF8_DETECTOR.search(text)) == bool(UTF8_DETECTOR_RE.search(text))


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(alphabet="ab\né", max_size=14))
def test_non_ascii_runs_are_the_context_patterns_matches(text: str) -> None:
    from pressroom.parsing.decode import non_ascii_runs

    assert non_ascii_runs(text) == re.findall(r".{0,2}[^\x00-\x7f]+.{0,2}", text, re.DOTALL)


def _badness_characters() -> list[str]:
    """Every non-ASCII character some class of ftfy's `BADNESS_RE` names (and a few others)."""
    from ftfy.badness import MOJIBAKE_CATEGORIES

    classes = re.compile("[" + "".join(MOJIBAKE_CATEGORIES.values()) + "ÂÃÎÐØÙ€œŠšŸž°µВГРСβ√≈‚Äâó]")
    return [chr(c) for c in range(0x80, 0x3000) if classes.match(chr(c))] + ["é", "’", "\u00a0"]


def test_a_lone_odd_character_is_never_bad_but_for_the_listed_ones() -> None:
    """The shortcut of `may_need_ftfy`: ftfy's badness needs two non-ASCII characters side
    by side, a C1 control or one of `_ODD_ALONE`; checked against ftfy's own pattern for
    every character it names, between ASCII neighbours."""
    from ftfy.badness import is_bad

    from pressroom.parsing.decode import _ODD_ALONE

    sides = ["", "a", "Z", " ", "a ", ".", "1", "\n", "aa", "a\n"]
    for char in _badness_characters():
        if char in _ODD_ALONE or "\x80" <= char <= "\x9f":
            continue
        for left in sides:
            for right in sides:
                assert not is_bad(f"{left}{char}{right}"), f"{left}{char}{right}"


def test_no_badness_class_but_the_lower_accented_and_kaomoji_holds_a_safe_letter() -> None:
    """The premises of `_ODD_PAIR`: ftfy's classes hold none of its safe letters but
    `lower_accented` and `kaomoji`, whose branches of `BADNESS_RE` pair them with a
    character of another class; the apostrophe is only in `common`, read after "Ø" or "Ù"
    alone (fails when an ftfy upgrade moves a character)."""
    from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

    from pressroom.parsing.decode import _SAFE_LETTERS

    safe = re.compile(f"[{_SAFE_LETTERS}]")
    for name, members in MOJIBAKE_CATEGORIES.items():
        held = {c for c in map(chr, range(0x80, 0x3000)) if re.match(f"[{members}]", c)}
        if name not in ("lower_accented", "kaomoji"):
            assert not any(safe.match(c) for c in held), name
        assert ("’" in held) == (name == "common"), name
    # "common" is read in one branch only, after an "Ø" or "Ù" (the Arabic mojibake)
    assert BADNESS_RE.pattern.count(MOJIBAKE_CATEGORIES["common"]) == 2
    assert all(BADNESS_RE.pattern[:at].rstrip().endswith("[ØÙ] [")
               for at in _finds(BADNESS_RE.pattern, MOJIBAKE_CATEGORIES["common"]))


def _finds(text: str, part: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(part), text)]


def test_safe_letter_pairs_are_never_bad() -> None:
    """Two lower-case Latin-1 letters side by side ("ção", "añ"), between ASCII neighbours
    or a third one, are never bad for ftfy: `_ODD_PAIR` lets them pass."""
    from ftfy.badness import is_bad

    from pressroom.parsing.decode import _LATIN_1_LETTERS, _ODD_PAIR, _SAFE_LETTERS

    letters = [c for c in map(chr, range(0xC0, 0x100)) if re.match(f"[{_SAFE_LETTERS}]", c)]
    sides = ["", "a", "Z", " ", ".", "1", "\n"]
    for first in letters:
        for second in letters:
            assert not _ODD_PAIR.search(first + second)
            for left in [*sides, "é"]:
                for right in sides:
                    assert not is_bad(f"{left}{first}{second}{right}"), (left, first, second)
    for letter in map(chr, range(0xC0, 0x100)):
        if re.match(f"[{_LATIN_1_LETTERS}]", letter):
            assert not _ODD_PAIR.search(f"’{letter}")
            assert not any(is_bad(f"{left}’{letter}{right}") for left in sides for right in sides)


@settings(max_examples=500, deadline=None, database=None)
@given(st.text(alphabet="aZ .1\nçãõñéüßÉØÙ’" + "".join(_badness_characters()[::7]), max_size=10))
def test_a_text_without_an_odd_pair_or_letter_is_not_bad(text: str) -> None:
    """The shortcut of `may_need_ftfy` on any text: no odd pair, no odd letter alone, no C1
    control: ftfy's badness finds nothing."""
    from ftfy.badness import is_bad

    from pressroom.parsing.decode import _ODD_ALONE, _ODD_PAIR

    if not (_ODD_PAIR.search(text) or any(c in text for c in _ODD_ALONE)
            or re.search("[\x80-\x9f]", text)):
        assert not is_bad(text)


def test_odd_pair_is_any_non_ascii_pair_but_two_safe_letters() -> None:
    from pressroom.parsing.decode import _ODD_PAIR

    assert _ODD_PAIR.search("’«") and _ODD_PAIR.search("«\u00a0") and _ODD_PAIR.search("çÃ")
    assert _ODD_PAIR.search("ç€") and _ODD_PAIR.search("÷é") and _ODD_PAIR.search("aé’")
    assert _ODD_PAIR.search("Ø’") and _ODD_PAIR.search("’Œ") and _ODD_PAIR.search("é’")
    assert not _ODD_PAIR.search("Ação, São Paulo, años, ß é ü, l’école, l’État, jusqu’à")


def test_every_control_character_counted_is_an_ftfy_target() -> None:
    """`decode_bytes` counts the control characters only in a text holding a target of
    ftfy's (`_FTFY_TARGETS`): each of them must be one, and so must ftfy's C1 clues."""
    from ftfy.chardata import C1_CONTROL_RE

    from pressroom.parsing.decode import _CONTROLS, _FTFY_TARGETS

    for char in map(chr, range(0x800)):
        if _CONTROLS.match(char) or C1_CONTROL_RE.match(char):
            assert _FTFY_TARGETS.match(char), hex(ord(char))
    with pytest.raises(UndecodableError, match="control characters"):
        decode_bytes(b"abc\x01\x02" * 20)


def test_shortcut_agrees_with_the_full_check_on_odd_texts() -> None:
    from pressroom.parsing.decode import may_need_ftfy

    assert may_need_ftfy("Ã ")  # "à" read as cp1252
    assert may_need_ftfy("la sÅ“ur")  # "œ" read as cp1252
    assert may_need_ftfy("Â« citation Â»")
    assert not may_need_ftfy("Ação, São Paulo e Bogotá: “ótimo”")
