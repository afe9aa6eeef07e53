"""Text read from a scan (OCR output): letters the engine took for digits, put back.

An OCR engine reads a "1" as "l" and a "0" as "O" ("l46 marchés", "R$ 4l2 milhões",
"N° 0O7"). A page is taken for OCR output by its marks: the `ﬁ`/`ﬂ` ligatures printed
fonts leave, or several lines cut by a hyphen at the line's end ("Atlan-" / "tique").
Only there, and only inside a run of digits (a word made of digits and those letters,
holding a digit), are the letters read as the digits they stand for.
"""

from __future__ import annotations

import re

#: Ligature characters a scan's OCR keeps from the printed font.
_LIGATURES = re.compile("[\ufb00-\ufb06]")
#: A word cut by a hyphen at the end of a line, going on in lower case on the next.
_HYPHENATED_END = re.compile(r"[^\W\d]-[ \t]*\n[ \t|]*[a-zà-ÿ]")
#: What every match of `_HYPHENATED_END` holds: a hyphen before the line's end. Searched for
#: first: it starts only at a hyphen (found in C), the full pattern at every letter.
_HYPHEN_AT_END = re.compile(r"-[ \t]*\n")
#: Hyphenated line ends that tell a hard-wrapped scan from a page with a few compounds.
_MIN_HYPHENATED_ENDS = 3
#: A word of digits with the letters OCR confuses with them, holding a digit and a letter.
_DIGIT_RUN = re.compile(r"(?<![\w.,])(?=[\dlO]*[lO])(?=[\dlO]*\d)[\dlO]{2,}(?![^\W\d_])")
_DIGIT_OF = str.maketrans({"l": "1", "O": "0"})


def looks_scanned(text: str) -> bool:
    """The text shows OCR marks: ligature characters, or several hyphenated line ends."""
    return bool(_LIGATURES.search(text)) or (
        len(_HYPHEN_AT_END.findall(text)) >= _MIN_HYPHENATED_ENDS
        and len(_HYPHENATED_END.findall(text)) >= _MIN_HYPHENATED_ENDS)


def fix_ocr_digits(text: str) -> str:
    """`text` with "l" and "O" inside runs of digits read as "1" and "0", when the text
    looks scanned (`looks_scanned`); any other text is returned as it is."""
    if not looks_scanned(text) or not _DIGIT_RUN.search(text):  # the cheaper test first
        return text
    return _DIGIT_RUN.sub(lambda m: m.group().translate(_DIGIT_OF), text)
