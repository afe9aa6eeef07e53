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


@pytest.mark.parametrize(("language", "text", "value", "subject"), [
    # a counted group opening the sentence: the count after it is a part of that group
    ("en", "Of the 45 wells inspected, 12 were contaminated.", 12, "wells inspected"),
    ("en", "Out of the 300 rural clinics, 41 have no doctor.", 41, "rural clinics"),
    ("es", "De las 120 escuelas del distrito, 35 siguen cerradas.", 35, "escuelas del distrito"),
    ("pt", "Dos 80 postos de saúde, 19 continuam fechados.", 19, "postos de saúde"),
    # a phrase that opens on a verb is no noun: the group named before is
    ("en", "Of the 90 weather stations, 31 reported record heat, and 7 set new highs.", 31,
     "weather stations"),
    ("en", "Of the 90 weather stations, 31 reported record heat, and 7 set new highs.", 7,
     "weather stations"),
    ("fr", "Parmi les personnes hébergées, 40 % avaient moins de 18 ans et 1 120 étaient "
     "des femmes seules.", 1120, "personnes hébergées"),
])
def test_a_count_after_a_group_counts_a_part_of_it(language: str, text: str, value: float,
                                                    subject: str) -> None:
    found = [s for s in extract_statistics([text], language, None) if s.value == value]
    assert [s.subject for s in found] == [subject]


@pytest.mark.parametrize(("text", "value", "subject"), [
    # an English past tense with no "-ed" ends the noun phrase
    ("More than 2,500 runners took part in the relay.", 2500, "runners"),
    ("About 70% of the grants went to small farms.", 70, "grants"),
    ("In total 640 pupils wrote the final exam.", 640, "pupils"),
])
def test_an_irregular_past_tense_ends_the_noun_phrase(text: str, value: float,
                                                      subject: str) -> None:
    found = [s for s in extract_statistics([text], "en", None) if s.value == value]
    assert [s.subject for s in found] == [subject]


def test_a_french_verb_after_a_count_is_no_noun() -> None:
    text = ("Les équipes ont examiné 9 300 enfants dans la région. "
            "Parmi eux, 2 100 souffrent d'anémie sévère.")
    assert _subject(text, 2100) == "enfants"


def test_a_share_of_a_counted_group_before_a_verb_stays_implicit() -> None:
    text = "Sur 200 ménages interrogés, 35 pour cent sont des familles monoparentales."
    stats = extract_statistics([text], "fr", None)
    assert [(s.value, s.subject) for s in stats] == [(200, "ménages interrogés"), (35, None)]


@pytest.mark.parametrize(("text", "value", "subject"), [
    ("Les équipes ont examiné 9 300 enfants dans la région.\n\n"
     "Parmi eux, 2 100 souffrent d'anémie sévère.", 2100, "enfants"),
    ("El consulado atendió a 1.800 viajeros varados.\n\n"
     "De ellos, 640 recibieron alojamiento y 900 volvieron en autobús.", 900, "viajeros varados"),
    # further into the paragraph, a group opener refers to nothing before it
    ("O projeto plantou 4.000 árvores nativas.\n\n"
     "A equipa recolheu 12 toneladas de lixo na praia, delas 70 % plásticos.", 70, None),
])
def test_a_group_opener_opening_a_paragraph_refers_to_the_one_before(
        text: str, value: float, subject: str | None) -> None:
    assert _subject(text, value) == subject


@pytest.mark.parametrize(("language", "text", "value", "subject"), [
    ("en", "The fair drew 5,400 visitors, up from 4,100 last year.", 4100, "visitors"),
    ("es", "La tasa de paro bajó al 9,1 %, frente al 12 % de hace tres años.", 12,
     "tasa de paro"),
    ("es", "El club cuenta con 820 afiliados activos, frente a 610 hace dos años.", 610,
     "afiliados activos"),
])
def test_a_figure_followed_only_by_when_measures_what_it_is_compared_with(
        language: str, text: str, value: float, subject: str) -> None:
    found = [s for s in extract_statistics([text], language, None) if s.value == value]
    assert [s.subject for s in found] == [subject]


@pytest.mark.parametrize(("language", "text", "value", "subject"), [
    ("es", "Entre enero y junio, la lista pasó de 5.120 a 3.940 pacientes.", 5120, "pacientes"),
    ("pt", "A cantina passou de 1,8 mil para 2,6 mil refeições diárias.", 1800,
     "refeições diárias"),
])
def test_both_levels_of_a_change_count_one_noun(language: str, text: str, value: float,
                                                subject: str) -> None:
    found = [s for s in extract_statistics([text], language, None) if s.value == value]
    assert [s.subject for s in found] == [subject]


def test_a_counted_group_may_open_on_a_demonstrative() -> None:
    text = "Of these evictions, 240 were recorded in the capital."
    found = [s for s in extract_statistics([text], "en", None) if s.value == 240]
    assert [s.subject for s in found] == ["evictions"]


@pytest.mark.parametrize(("language", "text", "value", "subject"), [
    ("fr", "Les agricultrices représentent 42 % des exploitants du canton.", 42, "agricultrices"),
    ("fr", "Les petits commerces, qui représentent près de 60 % des entreprises, seront aidés.",
     60, "petits commerces"),
    ("es", "Las denuncias de robo representaron apenas el 9 %.", 9, "denuncias de robo"),
    ("pt", "As mulheres representam 35% dos associados.", 35, "mulheres"),
    ("en", "In the district, girls account for 54% of pupils.", 54, "girls"),
    # a name, or a capital that may be one, is no part: the share is of the whole
    ("en", "Cape Province accounts for 31% of the cases.", 31, "cases"),
    # an activity is no part of a count
    ("fr", "La pêche représente 4,1 % du produit intérieur brut.", 4.1, "produit intérieur brut"),
])
def test_a_share_after_a_share_verb_measures_the_verbs_subject(
        language: str, text: str, value: float, subject: str) -> None:
    found = [s for s in extract_statistics([text], language, None) if s.value == value]
    assert [s.subject for s in found] == [subject]

