"""Subjects and periods read from the verb around a figure: an amount a cost or investment
verb governs ("the bridge cost", "invirtió … en"), a clause subject before a level verb the
lexicon lacked ("fue del", "somam"), a noun with a verb's ending ("El plan de respuesta"), a
month after a share ("de juin à septembre"), a day before a month ("le 9 mars, dont 56 …"),
and a span of days with a month on each side (fr/en/es/pt)."""

from __future__ import annotations

import pytest

from pressroom.parsing import parse_text
from pressroom.parsing.figures.statistics import extract_statistics


def _title(text: str) -> str:
    """A headline in the sentence's language, with no figure: its first three words."""
    return " ".join(text.split()[:3])


def _subject(text: str, value: float) -> str | None:
    releases, _ = parse_text(f"{_title(text)}\n\n{text}\n")
    found = [s for s in releases[0].statistics if s.value == value]
    assert found, f"no figure {value}"
    return found[0].subject


def _period(text: str, value: float) -> tuple[int | None, int | None]:
    releases, _ = parse_text(f"{_title(text)}\n\n{text}\n")
    found = [s for s in releases[0].statistics if s.value == value]
    assert found, f"no figure {value}"
    return found[0].period_start, found[0].period_end


@pytest.mark.parametrize("sentence, value, words", [
    ("The new footbridge cost NZ$3.4 million and opened in May.", 3_400_000,
     {"cost", "footbridge"}),
    ("La rénovation de la halle a coûté 2,3 millions d'euros, selon la mairie.", 2_300_000,
     {"coût"}),
    ("La ponte, que custou R$ 18 milhões, liga os dois bairros.", 18_000_000, {"custo"}),
    ("La alcaldía invirtió 75 millones de dólares en la reparación de escuelas rurales.",
     75_000_000, {"inversión", "reparación"}),
    ("O município investiu R$ 4,5 milhões na compra de ambulâncias.", 4_500_000,
     {"investimento", "compra"}),
])
def test_a_cost_or_investment_verb_names_the_amount(sentence: str, value: float,
                                                     words: set[str]) -> None:
    subject = _subject(sentence, value) or ""
    assert words <= set(subject.lower().split())


@pytest.mark.parametrize("sentence, value, head", [
    ("La tasa de vacunación de los niños fue del 81 %, según el informe.", 81, "tasa"),
    ("As despesas com combustível somam cerca de R$ 3,1 milhões.", 3_100_000, "despesas"),
    ("El plan de emergencia asciende a 12 millones de dólares.", 12_000_000, "plan"),
    ("A taxa de reciclagem ronda os 43%.", 43, "taxa"),
])
def test_the_clause_subject_of_a_level_verb(sentence: str, value: float, head: str) -> None:
    subject = _subject(sentence, value) or ""
    assert head in subject.lower().split()


def test_a_month_after_a_share_is_no_subject() -> None:
    sentence = "Le taux de remplissage des campings a été de 71 % de juin à août."
    assert "juin" not in (_subject(sentence, 71) or "").lower()


def test_a_day_before_a_month_keeps_the_elided_noun() -> None:
    sentence = ("Les autorités ont recensé 240 cas confirmés de rougeole entre le 2 février "
                "et le 3 avril 2025, dont 180 à Moroni et 60 à Fomboni.")
    assert "cas" in (_subject(sentence, 60) or "").split()


@pytest.mark.parametrize("sentence, value", [
    ("Les autorités ont recensé 240 cas confirmés entre le 2 février et le 3 avril 2025.", 240),
    ("The clinics treated 1,800 patients between 4 January and 12 March 2024.", 1800),
])
def test_a_span_of_days_across_two_months_dates_the_figure(sentence: str,
                                                           value: float) -> None:
    year = int(sentence.rstrip(".")[-4:])
    assert _period(sentence, value) == (year, year)


@pytest.mark.parametrize(
    ("language", "sentence", "value", "subject"),
    [
        ("en", "Real GDP growth is estimated at 4.2 percent this year.", 4.2, "Real GDP growth"),
        ("es", "Sin embargo, en 2024 los donativos sumaron 312 millones de pesos.", 312_000_000,
         "donativos"),
        ("fr", "Le coût total est estimé à 12 millions d'euros.", 12_000_000, "coût total"),
        ("es", "La tasa de desempleo se ubicó en 6,1 % en el trimestre.", 6.1,
         "tasa de desempleo"),
        ("es", "La Cruz Roja atendió a 300 personas y la OIM alcanzó 200 casos.", 300,
         "personas"),
    ],
)
def test_estimate_verbs_a_year_before_the_subject_and_a_second_actor(
        language: str, sentence: str, value: float, subject: str) -> None:
    stats = {s.value: s.subject for s in extract_statistics([sentence], language, None)}
    assert stats[value] == subject
