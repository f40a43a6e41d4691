"""Background incidents, cumulative tolls and displacement stocks vs flows."""

from __future__ import annotations

from streams.extract.classify import displacement_kind, figure_clause, is_background, is_cumulative_toll


def test_relative_past_cues_are_background() -> None:
    assert is_background("A similar attack a week earlier killed six.", 2021, 5)
    assert is_background("Last month, 14 people died in the same district.", 2021, 5)
    assert is_background("Two years ago, gunmen killed 30 there.", 2021, 5)


def test_an_earlier_year_is_background_but_the_publication_year_is_not_by_itself() -> None:
    assert is_background("In 2017 an attack killed 40.", 2021, 5)
    assert not is_background("Gunmen killed 12 villagers on Tuesday.", 2021, 5)


def test_an_earlier_month_of_the_same_year_is_background() -> None:
    assert is_background("In February, a raid killed 9.", 2021, 5)


def test_context_clause_does_not_make_the_incident_background() -> None:
    text = "A drone strike killed 7 people, as violence has surged since the 2019 election."
    clause = figure_clause(text, text.index("7"))
    assert not is_background(clause, 2021, 5)


def test_conflict_wide_tolls_are_cumulative() -> None:
    assert is_cumulative_toll("The war has killed more than 50,000 people since 2015.")
    assert not is_cumulative_toll("The blast killed 5 people on the bus.")


def test_stocks_vs_flows() -> None:
    assert (
        displacement_kind("The conflict has displaced 1.2 million people since 2019.", 1_200_000)
        == "cumulative"
    )
    assert displacement_kind("About 3,000 families fled the town on Tuesday.", 3000) == "incident"
    assert displacement_kind("The camps shelter 90,000 people.", 90_000) == "cumulative"
    assert (
        displacement_kind("Some 4,000 people have fled since fighting began last week.", 4000) == "incident"
    )
