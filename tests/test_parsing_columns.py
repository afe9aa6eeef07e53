"""Two PDF columns extracted side by side (`pdftotext -layout`) are read one after the other."""

from __future__ import annotations

from pressroom.parsing import parse_text
from pressroom.parsing.columns import split_columns

LEFT = [
    "GENÈVE, 4 mars 2025 – L'Office a accueilli",
    "48 500 visiteurs en 2024, soit une hausse",
    "de 9 % sur un an, selon le rapport annuel",
    "publié lundi par la direction générale.",
    "Le musée a aussi reçu 212 écoles du canton",
    "et prévoit de rouvrir la salle en juin.",
]
RIGHT = [
    "« Nous sommes fiers de ces résultats »,",
    "a déclaré la directrice, Anne Favre.",
    "",
    "Contact presse",
    "Marc Dubois, porte-parole",
    "Tél. : +41 22 555 14 20",
]


def _side_by_side(left: list[str], right: list[str], width: int = 48) -> str:
    return "\n".join(f"{a:<{width}}{b}".rstrip() for a, b in zip(left, right, strict=True))


def test_columns_side_by_side_are_written_one_after_the_other() -> None:
    text = _side_by_side(LEFT, RIGHT)
    assert split_columns(text).split("\n") == [*LEFT, "", *RIGHT]


def test_the_right_column_s_contact_block_is_read() -> None:
    text = ("Le musée accueille 48 500 visiteurs\n\n" + _side_by_side(LEFT, RIGHT)
            + "\n\nRue du Musée 2 · 1204 Genève\n")
    releases, _ = parse_text(text)
    assert [c.name for c in releases[0].contacts] == ["Marc Dubois"]
    assert 48500 in [s.value for s in releases[0].statistics]


def test_an_aligned_table_stays_as_it_is() -> None:
    table = "\n".join([
        "Region                                   2023       2024",
        "Maputo                                   1 200      1 350",
        "Gaza                                     800        910",
        "Inhambane                                640        700",
        "Sofala                                   1 020      1 100",
    ])
    assert split_columns(table) == table


def test_a_letterhead_with_a_right_label_stays_as_it_is() -> None:
    text = ("FEDERATION OF BASKETBALL                   MEDIA RELEASE\n"
            "                                           No. 14/2025\n\n"
            "The federation registered 14,300 athletes in 2024.\n")
    assert split_columns(text) == text
