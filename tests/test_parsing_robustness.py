"""parse_bytes never raises: any bytes give releases or problems, and nothing is lost silently."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressroom.parsing import parse_bytes

LINES = st.sampled_from([
    "Communiqué", "Global", "Press Release", "-", "- Structure", "Structure", "", "* * *",
    "Pérou - L’OIM a signé un accord.", "GENEVA, 12 May 2016 – IOM said.",
    "Pour plus d'informations, veuillez contacter", "For more information, please contact:",
    "Inés Calderón, OIM Pérou, Tel. +511 6330000, Email: icalderon@iom.int",
    "Tél.: +56-2-2746713", "E-mail :", '"mailto:x@iom.int">x@iom.int', "ou", "Mobile: +",
    "plus de 3 900 victimes", "40", "403 000 dollars", "Ext. 145", "<br>", "&eacute;",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINES, max_size=25))
def test_release_shaped_text_never_raises(lines: list[str]) -> None:
    parsed = parse_bytes("\n".join(lines).encode(), "fuzz.txt")
    assert parsed.releases or parsed.problems
    assert all(p.stage and p.reason for p in parsed.problems)
    assert not any("unexpected error" in p.reason for p in parsed.problems), parsed.problems


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_never_raise(data: bytes) -> None:
    parsed = parse_bytes(data, "fuzz.bin")
    assert parsed.releases or parsed.problems


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=1500))
def test_any_text_never_raises(text: str) -> None:
    parsed = parse_bytes(text.encode("utf-8", "surrogatepass"), "fuzz.txt")
    assert parsed.releases or parsed.problems
    assert not any("unexpected error" in p.reason for p in parsed.problems), parsed.problems
