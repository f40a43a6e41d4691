"""Casualty roles of numbers in one sentence."""

from __future__ import annotations

from streams.extract.classify import (
    Figure,
    casualty_role,
    is_projection,
    is_subset,
    sentence_figures,
    singular_casualties,
)
from streams.extract.numbers import find_quantities


def roles(text: str) -> list[tuple[int | None, str]]:
    qs = find_quantities(text)
    out = []
    for q in qs:
        if is_subset(text, q):
            continue
        f: Figure | None = casualty_role(text, q, qs)
        if f is not None:
            out.append((q.value, f.role))
    return out


def test_passive_killed_after_the_number() -> None:
    assert roles("Nine villagers were killed on Sunday.") == [(9, "killed")]


def test_verb_before_the_number() -> None:
    assert roles("The raid killed 14 farmers near the river.") == [(14, "killed")]


def test_killed_and_wounded_in_one_clause_get_their_own_roles() -> None:
    assert roles("The shelling killed three soldiers and wounded 11 others.") == [
        (3, "killed"),
        (11, "wounded"),
    ]


def test_dead_and_injured_adjectives() -> None:
    assert roles("Officials reported 6 dead and 20 injured.") == [(6, "killed"), (20, "wounded")]


def test_death_toll_phrasing_is_killed() -> None:
    assert roles("The mayor put the death toll at 31.") == [(31, "killed")]


def test_displacement_verbs_and_flee_clauses() -> None:
    assert roles("The fighting forced 5,000 residents to flee.") == [(5000, "displaced")]
    assert roles("Some 8,000 people have been displaced this week.") == [(8000, "displaced")]


def test_missing_or_kidnapped_are_not_casualties() -> None:
    assert roles("Twelve people were reported dead or missing.") == []
    assert roles("Gunmen kidnapped 30 students.") == []


def test_attackers_and_objects_are_not_victims() -> None:
    assert roles("About 40 gunmen on motorbikes burned 25 houses.") == []
    assert roles("The army said it destroyed four vehicles.") == []


def test_subsets_after_including_are_not_separate_figures() -> None:
    assert roles("The attack left 50 dead, including 12 children.") == [(50, "killed")]


def test_coordinated_victim_groups_share_the_verb() -> None:
    assert [
        (f.quantity.value, f.role) for f in sentence_figures("Seven civilians and 9 militants were killed.")
    ] == [
        (7, "killed"),
        (9, "killed"),
    ]


def test_a_single_named_victim_counts_as_one() -> None:
    found = singular_casualties("Police said another officer was wounded in the exchange.")
    assert [r for r, _s, _e in found] == ["wounded"]


def test_projections_are_flagged() -> None:
    assert is_projection("Aid agencies warned the offensive could see 200,000 people flee.")
    assert not is_projection("About 2,000 people fled on Tuesday.")


def test_years_are_not_counts() -> None:
    assert roles("The town was captured in 2016 and retaken in 2019.") == []


def test_the_event_type_is_the_first_type_with_a_cue_wherever_the_cue_stands() -> None:
    from streams.extract.classify import classify_event

    assert classify_event("Gunmen opened fire on villagers after an airstrike.") == "airstrike_drone"
    assert classify_event("A car bomb exploded.") == "bombing_explosion"
    assert classify_event("A pre-dawn raid-on the village.") == "attack_on_civilians"
    assert classify_event("Three people died.") == "other_violence"
