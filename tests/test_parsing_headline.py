"""The headline among head lines that cues do not know: the scored choice (`headline`)."""

from __future__ import annotations

import pytest

from pressroom.parsing import parse_text
from pressroom.parsing.head import read_head, title_evidence

LEAD_ES = ("La Secretaría de Salud informó este lunes que 48.200 niños de la provincia recibieron "
           "la vacuna contra el sarampión durante la campaña de marzo, el 83 % de la meta.")
BODY_ES = ("La campaña continuará en las escuelas rurales hasta el 30 de abril, con 26 equipos "
           "móviles de vacunación.")
TITLE_ES = "La provincia vacunó a 48.200 niños contra el sarampión en marzo"
LEAD_PT = ("A Prefeitura de Sobral entregou nesta terça-feira 320 novas casas do programa de "
           "habitação popular no bairro Cidade Nova, com investimento de R$ 41 milhões.")
BODY_PT = "Outras 180 casas serão entregues até dezembro, segundo a secretaria de habitação."
TITLE_PT = "Sobral entrega 320 casas do programa de habitação popular"
LEAD_FR = ("Le Conseil d'Etat a adopté mercredi un crédit de 12,4 millions de francs pour "
           "rénover 9 gymnases scolaires, a annoncé le Département de la jeunesse et des sports.")
BODY_FR = "Les travaux commenceront en septembre et dureront deux ans."
TITLE_FR = "Neuf gymnases scolaires seront rénovés pour 12,4 millions de francs"
LEAD_EN = ("The coastal district council has moved 2,350 families away from the flooded shore "
           "villages since Monday, the council said on Thursday.")
BODY_EN = "A further 600 families will be moved by the end of the month."
TITLE_EN = "Council moves 2,350 families from flooded shore villages"


def _title(text: str) -> str | None:
    releases, _ = parse_text(text)
    assert len(releases) == 1
    return releases[0].title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a byline with a colon above the headline, both in one group of head lines
        (f"Publicado: 03/04/2025\nPor: Oficina de Prensa\n{TITLE_ES}\n\n{LEAD_ES}\n\n{BODY_ES}\n",
         TITLE_ES),
        # a credit row under the date, right above the lead
        (f"{TITLE_PT}\n3 de abril de 2025 - 10:15\nPor Ascom Prefeitura - Texto: Ana Lima | "
         f"Fotos: Rui Melo\n{LEAD_PT}\n{BODY_PT}\n", TITLE_PT),
        # a listen/print row under the share row, right above the lead
        (f"{TITLE_PT}\nPartilhar: Facebook | E-mail\nOuvir artigo | Imprimir página\n"
         f"{LEAD_PT}\n{BODY_PT}\n", TITLE_PT),
        # a wire dateline on a line of its own, under the byline row
        (f"SALUD\n{TITLE_ES}\nAgencia Sur | Mendoza | 03/04/2025 10:12h\n"
         f"MENDOZA, 3 (AGENCIA SUR)\n{LEAD_ES}\n{BODY_ES}\n", TITLE_ES),
        # a label and its number above the headline, blank lines between
        (f"Boletín informativo N.° 112-2025\n\n{TITLE_ES}\n\nMendoza, 3 de abril de 2025\n\n"
         f"{LEAD_ES}\n\n{BODY_ES}\n", TITLE_ES),
        # share icons written as letters and signs under the date
        (f"{TITLE_FR}\n\nPublié le : 03-04-2025 09:10\nPartager  f  X  in  ✉\n\n{LEAD_FR}\n\n"
         f"{BODY_FR}\n", TITLE_FR),
        # the department above the headline: the lead names it inside a sentence
        (f"Publié le 3 avril 2025\nDépartement de la jeunesse et des sports\n{TITLE_FR}\n"
         f"{LEAD_FR}\n{BODY_FR}\n", TITLE_FR),
        # a line no cue knows under the date: it shares no word with the text, the headline does
        (f"{TITLE_PT}\n3 de abril de 2025\nVeja também a galeria completa\n{LEAD_PT}\n"
         f"{BODY_PT}\n", TITLE_PT),
    ],
)
def test_the_headline_wins_over_head_lines_of_chrome_shapes(text: str, title: str) -> None:
    assert _title(text) == title


def test_a_headline_and_its_standfirst_keep_the_headline() -> None:
    """The standfirst shares more words with the text, but the headline opens the group."""
    standfirst = ("Las 48.200 dosis aplicadas en marzo a niños de la provincia cubren el 83 % de "
                  "la meta de la campaña contra el sarampión")
    assert _title(f"{TITLE_ES}\n\n{standfirst}\n\n{LEAD_ES}\n\n{BODY_ES}\n") == TITLE_ES


def test_the_evidence_tells_why_the_headline_won() -> None:
    """Each candidate's features are there to read: the listen/print row has a chrome shape
    and shares no word with the text; the headline opens its group and shares most."""
    lines = [TITLE_PT, "3 de abril de 2025", "Ouvir artigo | Imprimir página", LEAD_PT, BODY_PT]
    head = read_head(lines, 0)
    assert head.title_at == 0
    evidence = {e.line: e for e in title_evidence(lines, [[0], [2]], 3)}
    assert evidence[2].shapes == ("bar_items",)
    assert evidence[0].opens_group and not evidence[0].shapes
    assert evidence[0].score > evidence[2].score


def _paragraphs(text: str) -> list[str]:
    releases, _ = parse_text(text)
    assert len(releases) == 1
    return [paragraph.text for paragraph in releases[0].paragraphs]


@pytest.mark.parametrize(
    "rows",
    [
        ["Ouvir artigo | Imprimir página"],  # a listen/print row
        ["Partager  f  X  in  ✉"],  # share icons as letters and signs
        ["By Staff Reporter, Daily Courier", "[Share] [Tweet] [Email]"],  # a byline, buttons
    ],
)
def test_rows_of_chrome_under_the_title_are_no_paragraph(rows: list[str]) -> None:
    """Rows of a chrome shape between the headline and the lead are page chrome: the lead is
    the first paragraph."""
    lines = "\n".join(rows)
    assert _paragraphs(f"{TITLE_PT}\n{lines}\n{LEAD_PT}\n{BODY_PT}\n") == [LEAD_PT, BODY_PT]


def test_a_subtitle_of_capitalised_words_and_a_comma_is_no_dateline() -> None:
    """"Act Now, Protect Coastal Families" under the headline reads as capitalised words, no
    place: it stays a paragraph of its own, the share buttons under it go."""
    subtitle = "Act Now, Protect Coastal Families"
    text = (f"{TITLE_EN}\n{subtitle}\nShare this via Facebook\nShare this via X\nPrint\n"
            f"{LEAD_EN}\n{BODY_EN}\n")
    assert _paragraphs(text) == [subtitle, LEAD_EN, BODY_EN]


def test_date_and_byline_rows_under_a_standfirst_are_no_part_of_it() -> None:
    """A standfirst, then the date and the byline row, then the lead: the standfirst is a
    paragraph of its own, the rows are chrome."""
    standfirst = "Outras 180 casas ficam prontas até dezembro no mesmo bairro"
    text = (f"{TITLE_PT}\n{standfirst}\n3 de abril de 2025 - 10:15 | Atualizado há 2 dias\n"
            f"Por Ascom Prefeitura - Texto: Ana Lima | Fotos: Rui Melo\n{LEAD_PT}\n{BODY_PT}\n")
    assert _paragraphs(text) == [standfirst, LEAD_PT, BODY_PT]


def test_a_section_label_sharing_no_word_with_the_text_gives_way_to_the_headline() -> None:
    """A section label of a few words right above the headline (no chrome between them) tells
    nothing the text tells; the headline below it shares most of its words."""
    text = f"Publicado: 03/04/2025\nSala de Situación Regional\n{TITLE_ES}\n{LEAD_ES}\n{BODY_ES}\n"
    assert _title(text) == TITLE_ES


def test_an_organisation_the_text_names_again_is_no_headline_for_that() -> None:
    """The organisation's name above the date shares all its words with the text; the
    headline below the date shares a third of its words: enough, it stands above the lead."""
    headline = "Campaña de marzo: récord histórico de inmunización infantil"
    text = (f"Secretaría de Salud de la Provincia\n3 de abril de 2025\n{headline}\n{LEAD_ES}\n"
            f"{BODY_ES}\n")
    assert _title(text) == headline


@pytest.mark.parametrize(("note", "salutation"), [
    ("Seul le prononcé fait foi", "Monsieur le Ministre,"),
    ("Check against delivery", "Distinguished guests,"),
    ("Só faz fé a versão efetivamente proferida", "Senhora Secretária de Estado,"),
])
def test_a_speech_keeps_its_title_above_the_delivery_note(note: str, salutation: str) -> None:
    """A speech page: the title, a delivery note, salutations ending on commas, then the
    speech. The title is the line above the note, never a salutation, and the note is no
    paragraph."""
    title = "Discours de la ministre à l'ouverture de l'atelier national sur la réinsertion"
    text = (f"{title}\n\n{note}\n\n{salutation}\nMesdames et Messieurs,\n\n"
            "C'est un honneur pour moi d'ouvrir cet atelier, qui réunit près de 180 "
            "participants venus de tout le pays.\n")
    releases, _ = parse_text(text)
    assert releases[0].title == title
    assert all(note not in p.text for p in releases[0].paragraphs)


@pytest.mark.parametrize(("label", "headline", "lead", "body"), [
    ("Boletín Sanitario N° 18 – mayo de 2025", TITLE_ES, LEAD_ES, BODY_ES),
    ("Bulletin de situation N° 7 — Semaine 12/2025", TITLE_FR, LEAD_FR, BODY_FR),
    ("Situation Report No. 33 – June 2025", TITLE_EN, LEAD_EN, BODY_EN),
    ("Boletim Informativo n.º 5 – março de 2025", TITLE_PT, LEAD_PT, BODY_PT),
])
def test_a_bulletins_number_and_issue_above_the_headline_is_no_title(
        label: str, headline: str, lead: str, body: str) -> None:
    """A bulletin's label closed by its number, then a dash and the issue's month or week,
    stands above the headline in one group: a label, not the headline."""
    text = f"Noticias › Comunicados\n\n{label}\n\n{headline}\n\n{lead}\n\n{body}\n"
    assert _title(text) == headline


@pytest.mark.parametrize(("caption", "headline", "lead", "body"), [
    ("Vacunadores en una escuela rural de la provincia | Foto: Ana Ruiz/Archivo",
     TITLE_ES, LEAD_ES, BODY_ES),
    ("Casas entregues no bairro Cidade Nova, em Sobral | Foto: João Lima/Arquivo",
     TITLE_PT, LEAD_PT, BODY_PT),
    ("Families leave a flooded village near the shore – Photo: Staff/File",
     TITLE_EN, LEAD_EN, BODY_EN),
])
def test_a_photo_caption_closed_by_its_credit_after_a_bar_is_no_title(
        caption: str, headline: str, lead: str, body: str) -> None:
    """A photo caption between the byline and the lead, its credit after a bar or a dash:
    the headline above it stays the title."""
    text = (f"SAÚDE\n\n{headline}\n\nPor Redação | 10/04/2025 às 16h32\n\n{caption}\n\n"
            f"{lead}\n\n{body}\n")
    assert _title(text) == headline
