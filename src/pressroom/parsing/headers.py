"""Template headers: the line a communiqué or press release opens with ("Communiqué")."""

from __future__ import annotations

import re

from pressroom.parsing.text import fold, lexicon_alternation

#: A communiqué's reference after its header: "Communiqué de presse N°2023-017/MSHP/SG/DCPM".
_REFERENCE = re.compile(rf"\s+{lexicon_alternation('reference_sign_patterns')}\s*\S*\d\S*$")

_HEADERS = {
    "communique": "communique", "communiques": "communique",
    "communique de presse": "press_release", "comunicado": "communique",
    "comunicado de prensa": "press_release", "comunicado de imprensa": "press_release",
    "nota de imprensa": "press_release", "nota a imprensa": "press_release",
    "nota para a imprensa": "press_release",
    "press release": "press_release", "news release": "press_release",
    "media release": "press_release", "nota de prensa": "press_release",
    "note de presse": "press_release", "press briefing note": "press_release",
}


def header_template(line: str) -> str | None:
    """'Communiqué' -> communique, 'Press Release' -> press_release, else None; a reference
    number after the header ("N°2023-017/MSHP") is allowed."""
    return _HEADERS.get(_REFERENCE.sub("", fold(line).lower().strip(" :")).strip(" :"))
