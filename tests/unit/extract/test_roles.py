"""Casualty roles of numbers in one sentence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.cli import SAMPLES
from streams.extract.classify import (
    _ROLE_KEYS,
    _ROLE_WORDS,
    Figure,
    _figures_of,
    casualty_role,
    displacement_kind,
    is_projection,
    is_subset,
    sentence_figures,
    singular_casualties,
)
from streams.extract.lexicon import (
    BRIDGE_WORDS,
    NON_STATE_COMBATANTS,
    PERSON_NOUNS,
    STATE_FORCES,
    TOLL_TO_VERBS,
)
from streams.extract.numbers import find_quantities
from streams.extract.sentences import split_sentences
from streams.models import Article

_FUNCTION_WORDS = frozenset(
    ["the", "of", "in", "and", "by", "to", "on", "at", "his", "her", "their", "homes", "camps", "down",
     "into", "refuge", "toll", "rose", "after", "attack", "clashes", "near", "town", "village", "including",
     "children", "whom", "them", "two", "during", "said", "police", "army", "more", "than", "nearly", "some",
     "families"]
)  # fmt: skip


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
    assert roles("The rebels put the death toll among their fighters at only three.") == [(3, "killed")]


def test_displacement_verbs_and_flee_clauses() -> None:
    assert roles("The fighting forced 5,000 residents to flee.") == [(5000, "displaced")]
    assert roles("Some 8,000 people have been displaced this week.") == [(8000, "displaced")]


def test_missing_or_kidnapped_are_not_casualties() -> None:
    assert roles("Twelve people were reported dead or missing.") == []
    assert roles("Gunmen kidnapped 30 students.") == []


def test_attackers_and_objects_are_not_victims() -> None:
    assert roles("About 40 gunmen on motorbikes burned 25 houses.") == []
    assert roles("The army said it destroyed four vehicles.") == []
    assert roles("Part of the more than 80,000 kits distributed to vulnerable IDPs since 2014.") == []


def test_subsets_after_including_are_not_separate_figures() -> None:
    assert roles("The attack left 50 dead, including 12 children.") == [(50, "killed")]
    text = "The number of people displaced stood at 2.5 million, of which 900,000 were internally displaced."
    assert roles(text) == [(2_500_000, "displaced")]
    assert (
        roles("That toll included a farmer and his four sons, killed when gunmen stormed their home.") == []
    )
    assert roles("The dead include 12 men and two women, and a number of people were wounded.") == []
    text = (
        "They joined those displaced in the area, including the 900,000 people displaced across the country."
    )
    assert roles(text) == [(900_000, "displaced")]  # the country's count: no part of the area's


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
    assert is_projection("The agency is planning for the arrival of 8,000 refugees in the coming weeks.")


def test_years_are_notfigures() -> None:
    assert roles("The town was captured in 2016 and retaken in 2019.") == []


def figures(text: str) -> list[tuple[int | None, str]]:
    return [(f.quantity.value, f.role) for f in sentence_figures(text)]


def test_killed_or_wounded_mixes_two_roles_and_gives_no_figure() -> None:
    assert figures("The army said 12 recruits were killed or wounded in the ambush.") == []
    assert figures("The group said it had killed and injured 14 guards at the depot.") == []


def test_martyred_and_beheaded_are_killed() -> None:
    assert figures("Three policemen martyred when the convoy came under fire.") == [(3, "killed")]
    assert figures("Raiders beheaded two herders near the well.") == [(2, "killed")]


def test_the_lives_of_and_a_listed_second_group_share_the_verb() -> None:
    assert figures("The raid claimed the lives of four farmers and two teachers.") == [
        (4, "killed"),
        (2, "killed"),
    ]
    assert figures("Fighters killed six guards and burned 40 huts.") == [(6, "killed")]


def test_a_toll_that_rose_to_a_number_is_a_killed_figure() -> None:
    assert figures("The toll from the market bombing has risen to 23, doctors said.") == [(23, "killed")]
    assert figures("The number of injured climbed to 41 overnight.") == [(41, "wounded")]


def test_a_toll_that_rose_past_a_day_of_the_month_is_still_the_toll() -> None:
    text = "The toll from the blasts at a church in Jolo on March 14 increased to 23, police said."
    assert figures(text) == [(23, "killed")]
    assert figures("The toll from the blasts on 14 March rose to 23.") == [(23, "killed")]


def test_an_increment_inside_a_new_total_is_not_counted_twice() -> None:
    text = "Officials reported a further 6 deaths on Monday, bringing the death toll to 31."
    assert figures(text) == [(31, "killed")]


def test_a_named_victim_and_n_others_counts_the_named_one_too() -> None:
    assert figures("The district chief and four other people were killed in the blast.") == [(5, "killed")]
    assert figures("Villagers and four others were killed in the blast.") == [(4, "killed")]


def test_an_earlier_count_within_the_sentence_is_superseded() -> None:
    text = "Nine fishermen were killed, the navy said, after earlier reporting five were killed."
    assert figures(text) == [(9, "killed")]


def test_any_single_victim_noun_counts_one_but_not_the_attacker() -> None:
    assert figures("Later a shepherd was shot dead near the river.") == [(1, "killed")]
    assert figures("The bomber was also killed in the explosion.") == []


def test_people_among_those_injured_are_a_subset() -> None:
    assert figures("Two local judges are among those injured, the hospital said.") == []


def test_one_family_is_not_a_count() -> None:
    assert figures("The shell left 8 people from one family dead.") == [(8, "killed")]
    assert figures("Six members of one household were killed.") == [(6, "killed")]


def test_a_list_of_victim_groups_after_the_verb_is_one_toll() -> None:
    text = "Three guards were killed, two policemen and four civilians, officials said."
    joined = [(f.quantity.value, f.joined) for f in sentence_figures(text)]
    assert joined[:2] == [(3, False), (2, True)]


def test_two_clauses_each_with_a_verb_are_not_one_list() -> None:
    text = "In the north, gunmen killed four herders while in the south, two farmers were killed."
    assert [f.joined for f in sentence_figures(text)] == [False, False]


def test_leaving_their_homes_is_displacement_and_of_these_is_a_subset() -> None:
    assert figures("Some 9,500 residents had to leave their homes during the week.") == [(9500, "displaced")]
    assert figures("Of the 2,000 displaced, 450 of these people are in town.") == [(2000, "displaced")]


def test_fatally_shot_is_killed_and_a_singular_group_adds_one() -> None:
    assert figures("Gunmen fatally shot three guards at the gate.") == [(3, "killed")]
    assert figures("The blast injured four soldiers and a civilian.") == [(4, "wounded"), (1, "wounded")]


def test_refugee_flows_are_displacement() -> None:
    assert figures("Some 12,000 people crossed into Chad last week.") == [(12000, "displaced")]
    assert figures("About 800 families sought refuge in the school.") == [(800, "displaced")]


def test_parts_listed_after_a_subset_are_parts_too() -> None:
    text = "Of the 1,000 displaced, 450 of these are in town and another 620 on the islands."
    assert figures(text) == [(1000, "displaced")]


def test_the_noun_phrase_ends_at_the_verb_and_a_number_in_another_phrase_has_no_role() -> None:
    assert figures("Five people died and 12 were wounded when a rocket hit a house.") == [
        (5, "killed"),
        (12, "wounded"),
    ]
    assert figures("At least 50 people were killed in clashes between two clans.") == [(50, "killed")]


def test_shot_dead_a_named_victim_with_kin_and_people_sheltering_in_camps() -> None:
    assert figures("Gunmen shot dead 8 people at a bar.") == [(8, "killed")]
    assert figures("Bandits killed a herder and his three sons near the river.") == [(4, "killed")]
    assert figures("About 90,000 people are sheltering in camps near the town.") == [(90000, "displaced")]


def test_the_deaths_of_and_a_casualty_split_after_including() -> None:
    assert figures("The raid resulted in the deaths of 14 herders.") == [(14, "killed")]
    text = "The strikes caused 90 casualties, including 60 fatalities and 30 injuries."
    assert figures(text) == [(60, "killed"), (30, "wounded")]


def test_people_camped_out_are_displaced_and_settlements_count_nobody() -> None:
    assert figures("Almost 40,000 people are camped out in the village.") == [(40000, "displaced")]
    assert figures("It is one of 31 UNHCR-run settlements for displaced people.") == []


def test_men_women_and_children_is_one_noun_phrase_and_month_days_are_nofigures() -> None:
    assert figures("Over 10,000 men, women and children have been displaced.") == [(10000, "displaced")]
    assert figures("People who fled between March 8 and 20 said so.") == []


def test_one_of_the_bloodiest_and_neutralising_and_two_days_recency() -> None:
    from streams.extract.classify import is_cumulative_toll

    assert figures("The toll is one of the bloodiest in years.") == []
    assert figures("Troops said they were neutralising 16 fighters.") == [(16, "killed")]
    assert not is_cumulative_toll("Twelve soldiers were killed in the past two days.")


def test_a_share_in_an_appositive_does_not_hide_the_verb() -> None:
    text = "Nearly 2 million residents, about 90 percent of the population, have been displaced."
    assert figures(text) == [(2000000, "displaced")]


def test_counts_per_place_after_the_verb_and_another_one_killed() -> None:
    text = "Eight people were killed in Ukum, nine in nearby Logo, three each in Guma and Kwande, he said."
    assert figures(text) == [(8, "killed"), (9, "killed"), (6, "killed")]
    text = "One fighter was killed last evening while another was shot dead on Tuesday."
    assert figures(text) == [(1, "killed"), (1, "killed")]


def test_asides_between_dashes_and_gunned_down_and_adjectives_joined_by_and() -> None:
    text = "More than 1 million Haitians – close to 10% of the country's people – have been displaced."
    assert figures(text) == [(1000000, "displaced")]
    assert figures("Seventeen security personnel were gunned down by Maoists.") == [(17, "killed")]
    from streams.extract.classify import sentence_figures

    (f,) = sentence_figures("Fighters said they had killed 25 local and national police.")
    assert f.noun == "police"


def test_of_them_without_a_figure_before_is_a_count_and_wounding_a_resident_counts_one() -> None:
    text = "Soldiers exchanged fire with the attackers, killing seven of them."
    assert figures(text) == [(7, "killed")]
    assert figures("Twenty people were killed, 14 of them children.") == [(20, "killed")]
    assert figures("Militants raided the village, wounding a resident.") == [(1, "wounded")]


def test_each_singular_group_in_a_list_adds_one() -> None:
    from streams.extract.classify import sentence_figures

    text = "Gunmen killed at least seven police officers, a national guard officer and a priest."
    assert [(f.quantity.value, f.joined) for f in sentence_figures(text)] == [
        (7, False),
        (1, True),
        (1, True),
    ]


def test_a_singular_group_after_a_longer_or_capitalised_noun_phrase_adds_one() -> None:
    assert figures("At least six guards from the Border Security Force and a cook were killed.") == [
        (6, "killed"),
        (1, "killed"),
    ]
    assert figures("Three rebels and a Village Defence Committee member died in the fighting.") == [
        (3, "killed"),
        (1, "killed"),
    ]


def test_a_relative_clause_set_off_by_commas_does_not_hide_the_main_verb() -> None:
    text = "Three rebels, who were behind the recent killing of a village chief, were killed in a raid."
    assert figures(text) == [(3, "killed")]


def test_a_running_total_after_an_increment_is_the_count() -> None:
    assert figures("Update: one more gunman killed (total 3). Search going on.") == [(3, "killed")]


def test_another_count_after_a_closed_including_aside_counts_the_same_kind_of_victims() -> None:
    from streams.extract.classify import sentence_figures

    text = (
        "Two rebels, including a foreign national, were killed in the morning, and another two were "
        "killed in the afternoon."
    )
    assert [(f.quantity.value, f.role, f.noun) for f in sentence_figures(text)] == [
        (2, "killed", "rebels"),
        (2, "killed", "rebels"),
    ]


def test_the_villages_the_displaced_come_from_are_not_a_count_of_their_own() -> None:
    text = "An estimated 4,000 people from nine Kayin villages have left their homes."
    assert figures(text) == [(4000, "displaced")]


def test_families_restated_in_people_after_a_bare_or_count_the_people() -> None:
    from streams.extract.classify import sentence_figures

    text = "Fighting between two rival rebel groups has displaced about 900 families or 4,500 individuals."
    assert [(f.quantity.value, f.role, f.unit) for f in sentence_figures(text)] == [
        (4500, "displaced", "people")
    ]


def test_people_who_move_to_shelters_or_centres_are_displaced_but_troops_are_not() -> None:
    text = "The governor said 6,000 residents moved to temporary accommodation centres this week."
    assert figures(text) == [(6000, "displaced")]
    assert figures("More than 40,000 people have moved to urban centres such as Goma.") == [
        (40000, "displaced")
    ]
    assert figures("About 300 troops moved to the camps near the border.") == []


def test_families_totalling_so_many_people_count_the_people_whoever_returned_later_in_the_sentence() -> None:
    from streams.extract.classify import sentence_figures

    text = (
        "Since January, a total of 900 families, totalling 5,200 people, have fled their homes in the "
        "province, due to attacks by insurgent groups, who returned at the end of last year."
    )
    assert [(f.quantity.value, f.role, f.unit) for f in sentence_figures(text)] == [
        (5200, "displaced", "people")
    ]


def test_the_event_type_is_the_first_type_with_a_cue_wherever_the_cue_stands() -> None:
    from streams.extract.classify import classify_event

    assert classify_event("Gunmen opened fire on villagers after an airstrike.") == "airstrike_drone"
    assert classify_event("A car bomb exploded.") == "bombing_explosion"
    assert classify_event("A pre-dawn raid-on the village.") == "attack_on_civilians"
    assert classify_event("Three people died.") == "other_violence"


def figs(text: str) -> list[tuple[str, int | None]]:
    return [(f.role, f.quantity.value) for f in sentence_figures(text)]


def test_the_number_before_an_active_verb_counts_who_killed() -> None:
    assert figs("Officials admitted that three policemen killed seven farmers near the market.") == [
        ("killed", 7)
    ]
    assert figs("Two soldiers killed the day before were buried on Monday.") == [("killed", 2)]
    assert figs("Six people killed last night were buried on Monday.") == [("killed", 6)]
    assert figs("Four killed, nine injured in a market blast.") == [("killed", 4), ("wounded", 9)]


def test_the_number_after_the_is_the_group_counted_before() -> None:
    assert figs("The three wounded officers were flown to the capital.") == []
    assert figs("Gunmen killed the two guards at the gate.") == [("killed", 2)]  # an object, not an anaphora


def test_a_number_of_years_is_no_group_of_victims() -> None:
    assert figs("The war has gone on for eight years and caused at least 9,000 deaths.") == [("killed", 9000)]


def test_lost_with_a_digit_number_is_killed() -> None:
    assert figs("We have lost 11 men and two were injured.") == [("killed", 11), ("wounded", 2)]


def test_of_the_wounded_those_who_died_are_killed() -> None:
    assert sorted(figs("Shells hit the market, wounding 20 traders, three of whom later died.")) == [
        ("killed", 3),
        ("wounded", 17),
    ]


def test_people_listed_before_a_count_add_one_each() -> None:
    assert figs("The imam, his nephew and four worshippers were killed in the raid.") == [("killed", 6)]
    assert figs("Gunmen said the mayor, his driver, and three guards were killed.") == [("killed", 5)]


def test_one_victim_named_after_a_verb_with_a_longer_noun_phrase() -> None:
    assert figs("Rebels ambushed the convoy, killing the district police chief.") == [("killed", 1)]
    assert figs("A mine exploded, killing a young shepherd and another boy.") == [
        ("killed", 1),
        ("killed", 1),
    ]
    assert figs("Shelling overnight wounded another civilian.") == [("wounded", 1)]
    assert figs("The monitor reported the death of a teenage boy in the raid.") == [("killed", 1)]


def test_one_victim_in_the_passive_with_a_title_or_a_long_complement() -> None:
    assert figs("Local councillor Maria Ortiz was shot dead and her driver wounded near her home.") == [
        ("killed", 1),
        ("wounded", 1),
    ]
    assert figs("A sergeant from the army's 3rd Brigade was martyred in the clash.") == [("killed", 1)]
    assert figs("A member of the group that was killed last year spoke.") == []


def test_the_people_killed_a_lynching_and_a_toll_read_far_from_its_noun() -> None:
    assert figs("Mobs had led to 40 people being lynched since March.") == [("killed", 40)]
    long_toll = (
        "The death toll from Saturday's rocket attack on a crowded bus station in the northern city of "
        "Kramatorsk has risen to 52, officials said."
    )
    assert figs(long_toll) == [("killed", 52)]
    assert figs("Authorities revised the death toll from the bombing to 21, down from 30.") == [
        ("killed", 21)
    ]


def test_one_victim_keeps_who_they_were_and_another_is_one_more_of_them() -> None:
    fs = sentence_figures(
        "One rebel was killed in the first exchange of fire while another was shot dead at dawn, troops said."
    )
    assert [(f.role, f.quantity.value, f.noun) for f in fs] == [
        ("killed", 1, "rebel"),
        ("killed", 1, "rebel"),
    ]


def test_who_tells_the_toll_is_not_one_more_victim() -> None:
    assert figs(
        "Gunmen attacked the post, killing three soldiers, a police officer in the town told reporters."
    ) == [("killed", 3)]


def test_another_n_is_one_more_group_of_the_same_toll() -> None:
    fs = sentence_figures("Three people died in hospital and another 9 at the scene, the doctor said.")
    assert [(f.role, f.quantity.value, f.joined) for f in fs] == [("killed", 3, False), ("killed", 9, True)]
    fs = sentence_figures("He saw 10 bodies at the morgue and was told that another 5 had died.")
    assert [(f.role, f.quantity.value, f.joined) for f in fs] == [("killed", 10, False), ("killed", 5, True)]


def test_an_acronym_in_brackets_does_not_end_the_noun_phrase() -> None:
    fs = sentence_figures("The army said 14 Armed Forces (FAR) soldiers were killed in the raid.")
    assert [(f.role, f.quantity.value, f.noun) for f in fs] == [("killed", 14, "soldiers")]


def test_a_list_before_a_count_ends_in_a_comma_or_and() -> None:
    from streams.extract.classify import _LISTED_BEFORE, _may_end_a_list

    texts = [
        "the village chief, his son, and five civilians were killed",
        "the village chief and his son AND\n five",
        "the chief, his son,\tfive",
        "the chief and five",
        "the band five",
        "five",
        "",
    ]
    for text in texts:
        for end in range(len(text) + 1):
            if _LISTED_BEFORE.search(text, max(0, end - 160), end):
                assert _may_end_a_list(text, end), (text, end)
    assert not _may_end_a_list("killing five", 8)


def test_a_list_of_groups_before_one_verb_is_one_toll() -> None:
    fs = sentence_figures("Two gendarmes, one soldier, and four civilians were killed.")
    assert [(f.role, f.quantity.value, f.joined) for f in fs] == [
        ("killed", 2, False),
        ("killed", 1, True),
        ("killed", 4, True),
    ]
    fs = sentence_figures("Gunmen killed at least six Colombian police officers and three investigators.")
    assert [(f.quantity.value, f.joined) for f in fs] == [(6, False), (3, True)]


def test_a_running_total_added_to_is_its_own_clause() -> None:
    from streams.extract.classify import figure_clause

    text = "Rebels killed 9 civilians in Beni, officials said, adding to some 800 killed there since 2014."
    assert figure_clause(text, text.index("9")) == "Rebels killed 9 civilians in Beni, officials said"


def test_other_before_a_group_leaves_the_group_as_the_noun() -> None:
    fs = sentence_figures("The raid also left three other militants injured near the border.")
    assert [(f.role, f.quantity.value, f.noun) for f in fs] == [("wounded", 3, "militants")]


# The gate of sentence_figures: a sentence holding no role word has no figure.

_NON_ROLE_WORDS = st.sampled_from(
    sorted(
        w
        for w in BRIDGE_WORDS
        | TOLL_TO_VERBS
        | PERSON_NOUNS
        | NON_STATE_COMBATANTS
        | STATE_FORCES
        | _FUNCTION_WORDS
        if not any(k in w for k in _ROLE_KEYS)
    )
)
_NUMBERS = st.sampled_from(["12", "1,200", "twelve", "a dozen", "one", "a", "another", "at least 30", "2024"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_NON_ROLE_WORDS, _NUMBERS), min_size=1, max_size=25))
def test_without_a_role_word_the_rules_find_no_figure(words: list[str]) -> None:
    text = " ".join(words).capitalize() + "."
    assert not any(k in text.lower() for k in _ROLE_KEYS)  # what the gate rejects
    assert _figures_of(text) == [] and sentence_figures(text) == []


def test_every_role_word_passes_the_gate() -> None:
    for word in _ROLE_WORDS:
        sentence = f"Twelve people were {word} on Monday."
        assert any(k in sentence.lower() for k in _ROLE_KEYS), word


def test_the_gate_changes_nothing_on_whole_articles() -> None:
    # every sentence of the bundled sample articles, gated and not
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        body = Article.model_validate_json(line).body
        for s in split_sentences(body):
            assert sentence_figures(s.text) == _figures_of(s.text), s.text


def test_groups_listed_after_a_single_victim_share_its_verb() -> None:
    figures = sentence_figures(
        "A drone hit a car near the market, killing a teacher, two students and a driver."
    )
    assert [(f.quantity.value, f.role) for f in figures] == [(1, "killed"), (2, "killed"), (1, "killed")]
    assert [f.joined for f in figures] == [False, True, True]


def test_a_single_victim_then_a_group_with_its_own_verb_stays_apart() -> None:
    figures = sentence_figures("A guard was killed and four visitors were wounded at the gate.")
    assert [(f.quantity.value, f.role) for f in figures] == [(1, "killed"), (4, "wounded")]


def test_another_person_heading_a_list_counts_one() -> None:
    figures = sentence_figures("Another officer, two soldiers and a civilian were injured in the blast.")
    assert sum(f.quantity.value or 0 for f in figures if f.role == "wounded") == 4


def test_another_person_after_and_heads_the_next_groups_list() -> None:
    figures = sentence_figures("One guard was killed and another guard and two drivers were wounded.")
    assert [(f.quantity.value, f.role) for f in figures] == [(1, "killed"), (3, "wounded")]


def test_a_count_restated_in_people_in_brackets_is_one_figure() -> None:
    figures = sentence_figures("Some 2,000 families (about 12,000 people) fled the town on Tuesday.")
    assert [(f.quantity.value, f.role, f.unit) for f in figures] == [(12000, "displaced", "people")]


def test_a_part_of_these_displaced_people_is_a_subset_of_the_figure_before() -> None:
    assert sentence_figures("300 of these displaced families are in Mora and another 200 in Kolofata.") == []


def test_a_toll_told_as_a_chain_of_values_keeps_its_last() -> None:
    assert figures("The toll later rose to 14, and then to 19 as more bodies were found.") == [(19, "killed")]
    assert figures("The death toll rose from 14 to 19 on Tuesday.") == [(19, "killed")]
    assert figures("Officials raised the death toll from 12 to 17.") == [(17, "killed")]
    # two places' counts are no chain
    assert figures("Twelve were killed in Gao and 14 in Mopti.") == [(12, "killed"), (14, "killed")]


def test_a_toll_put_at_a_count_is_what_the_toll_counts_whatever_follows() -> None:
    text = "A hospital source put the death toll at 22, saying several of the wounded had died overnight."
    assert figures(text) == [(22, "killed")]


def test_a_list_of_named_victims_goes_on_to_the_group_after_them() -> None:
    assert figures("Gunmen killed the village chief, his son and three others.") == [
        (1, "killed"),
        (1, "killed"),
        (3, "killed"),
    ]


def test_others_after_a_clause_of_their_own_do_not_count_the_one_before() -> None:
    assert figures("A soldier was killed and two others wounded.") == [(1, "killed"), (2, "wounded")]
    assert figures("The district commissioner and two others were wounded.") == [(3, "wounded")]


def test_more_ways_of_telling_deaths() -> None:
    assert figures("Authorities recovered the bodies of 11 people.") == [(11, "killed")]
    assert figures("The number of dead reached 57 on Tuesday.") == [(57, "killed")]
    assert figures("At least 10 villagers were hacked to death.") == [(10, "killed")]
    assert figures("Six people were burnt alive in their homes.") == [(6, "killed")]
    assert figures("Three hostages were found alive.") == []


def test_a_part_told_aside_does_not_hide_the_count_or_the_wounded_after_it() -> None:
    assert figures("Five people, among them two children, died in the strike.") == [(5, "killed")]
    assert figures("The raid left three dead, including a child, and 11 wounded.") == [
        (3, "killed"),
        (11, "wounded"),
    ]


def test_one_victim_and_their_kin_are_two_and_a_single_death_in_a_toll_is_part_of_it() -> None:
    assert figures("Gunmen killed a pastor and his wife in Kaduna State.") == [(1, "killed"), (1, "killed")]
    assert figures("Gunmen killed a village chief and his two sons.") == [(3, "killed")]
    assert figures("The death of a girl in the shelling brought the toll to five.") == [(5, "killed")]
    assert figures("The toll rose to 5 after a soldier was killed.") == [(5, "killed")]


def test_losses_counted_as_killed_or_wounded_are_neither_kind() -> None:
    assert figures("Russia had lost 1,190 troops killed or wounded over the past day.") == []
    assert figures("We lost seven soldiers in the ambush.") == [(7, "killed")]
    assert figures("Russia lost 300 soldiers killed and 500 wounded.") == [(300, "killed"), (500, "wounded")]


def test_a_victim_named_by_a_trade_adds_one_to_the_count_before() -> None:
    assert figures("Two Indian soldiers and a porter were killed in the ambush.") == [
        (2, "killed"),
        (1, "killed"),
    ]


def test_one_victim_of_the_other_side_listed_first_is_a_count_of_its_own() -> None:
    assert figures("A Pakistani soldier and three militants were killed in a shootout.") == [
        (1, "killed"),
        (3, "killed"),
    ]
    assert figures("The village chief, his son and five civilians were killed.") == [(7, "killed")]


def test_a_single_victim_named_with_a_capitalised_word_is_one() -> None:
    assert figures("A Hezbollah commander was killed in a strike on his car.") == [(1, "killed")]


def test_counts_listed_by_region_with_the_regions_unit_word_each_count() -> None:
    text = "Five people were killed in the Donetsk region, three in Kherson and one in Kharkiv."
    assert figures(text) == [(5, "killed"), (3, "killed"), (1, "killed")]
    text = "Strikes killed three civilians in the Zaporizhzhia region and two in the Dnipropetrovsk region."
    assert figures(text) == [(3, "killed"), (2, "killed")]


def test_an_aside_of_how_many_of_them_does_not_hide_the_count() -> None:
    assert figures("At least 7 people, 4 of them children, died.") == [(7, "killed")]
    assert figures("Seven people, four of whom were children, were killed in the strike.") == [(7, "killed")]


def test_a_casualty_word_in_quotes_is_still_the_casualty_word() -> None:
    assert figures("The ministry said 26 militants were 'neutralised' in the north.") == [(26, "killed")]
    assert figures("It said it had 'neutralised' 101 soldiers.") == [(101, "killed")]


def test_a_neutral_sources_other_count_in_the_same_sentence_is_not_more_dead() -> None:
    text = "Gunmen killed 30 villagers on Sunday, the police said, while local leaders said 45 people died."
    assert figures(text) == [(30, "killed")]
    # another side's dead, or a party's competing claim, stay counts of their own
    text = "Police said 12 soldiers were killed, while rebels said 40 of their fighters died."
    assert figures(text) == [(12, "killed"), (40, "killed")]
    text = "Police said 12 soldiers were killed, but the Taliban said 40 soldiers died."
    assert figures(text) == [(12, "killed"), (40, "killed")]


def test_people_sheltering_in_schools_and_the_flight_of_a_number_are_displaced() -> None:
    assert figures("Over 6,000 people are now sheltering in a school.") == [(6000, "displaced")]
    assert figures("The offensive has triggered the flight of 250,000 people.") == [(250000, "displaced")]
    assert figures("The exodus of 20,000 people continued.") == [(20000, "displaced")]
    assert figures("He took a flight of 200 km.") == []


def test_a_families_figure_told_again_in_people_counts_the_people() -> None:
    assert figures("The attack displaced about 600 households, or some 3,600 people.") == [
        (3600, "displaced")
    ]
    assert figures("The attack displaced about 600 households (some 3,600 people).") == [(3600, "displaced")]
    assert figures("The attack displaced 600 households, or most of the village.") == [(600, "displaced")]


def test_a_threat_or_attempt_to_kill_counts_nobody() -> None:
    assert roles("The kidnappers threatened to kill 30 passengers unless paid.") == []
    assert roles("Police said the cell had plotted to kill 12 officials.") == []
    assert roles("Insurgents sought to kill six guards at the gate.") == []
    assert roles("Insurgents went on to kill six guards at the gate.") == [(6, "killed")]


def test_part_of_the_hostages_killed_is_a_count_of_the_dead() -> None:
    assert roles("Three of the kidnapped teachers were found dead on Friday.") == [(3, "killed")]
    assert roles("Two of the four hostages were killed in the rescue.") == [(2, "killed")]
    assert roles("Ten of the 40 hostages were released on Friday.") == []


def test_a_year_after_in_or_since_is_no_count_of_victims() -> None:
    assert roles("In 2016, militia fighters killed 35 herders near the river.") == [(35, "killed")]
    assert roles("Since 2021, the rebels have displaced 4,000 farmers.") == [(4000, "displaced")]


def test_who_leads_a_village_or_a_council_is_a_victim() -> None:
    assert [
        (f.quantity.value, f.role) for f in sentence_figures("Raiders shot dead the chairman of the ward.")
    ] == [(1, "killed")]


def test_one_victim_named_by_a_longer_phrase_or_with_a_name_between_commas_counts_one() -> None:
    assert figures("A Border Police radio operator was shot dead near the post.") == [(1, "killed")]
    assert figures("A local councillor, named Juma Bakari, was killed by gunmen.") == [(1, "killed")]


def test_one_of_the_wounded_who_later_died_is_killed_and_no_longer_wounded() -> None:
    assert figures("A roadside mine wounded nine people, including a police officer who later died.") == [
        (8, "wounded"),
        (1, "killed"),
    ]


def test_the_displacement_of_a_number_is_displaced() -> None:
    assert figures("The fighting led to the displacement of 8,400 people.") == [(8400, "displaced")]
    assert figures('He said the raids "caused the displacement" of 3,100 people.') == [(3100, "displaced")]


def test_a_verb_whose_object_is_a_qualified_count_is_not_the_earlier_counts_verb() -> None:
    # "wounded more than 1,000" is the verb of the 1,000, not the role of the 300 before it
    assert figures("The offensive has killed about 300 soldiers, wounded more than 1,000.") == [
        (300, "killed"),
        (1000, "wounded"),
    ]


def test_and_right_after_a_count_starts_another_verb_not_its_noun_phrase() -> None:
    # "wounded 25 and burned dozens of homes": the homes are not what the 25 count
    assert figures("Raiders killed 40 villagers, wounded 25 and torched dozens of houses.") == [
        (40, "killed"),
        (25, "wounded"),
    ]


def test_an_age_between_commas_is_no_count() -> None:
    assert figures("A soldier, 23, was wounded by the blast.") == []
    assert figures("Khalid Omar, aged 23, was wounded by the blast.") == []
    assert figures("In Kherson, 12 people were wounded by the blast.") == [(12, "wounded")]


def test_a_person_of_an_age_is_no_count() -> None:
    text = (
        "The governor said the victims, a couple and a boy of 16, were killed when a shell hit their house."
    )
    assert figures(text) == []
    assert figures("A group of 16 were killed by the blast.") == [(16, "killed")]


def test_an_aside_naming_the_place_does_not_end_the_noun_phrase() -> None:
    text = "More than 3,000 residents of Gubio, a market town in Borno State, have fled into Niger."
    assert figures(text) == [(3000, "displaced")]
    # (an aside is short: a sentence whose noun phrase runs on past eight words still ends)
    text = (
        "More than 3,000 residents of Gubio, a town that the army and the militia have fought over for "
        "years, have fled."
    )
    assert sentence_figures(text) == []


def test_taken_to_hospital_counts_the_wounded() -> None:
    assert figures("Seven were rushed to a hospital.") == [(7, "wounded")]
    text = "Eleven people were killed and about 10 others taken to hospital after gunmen opened fire."
    assert figures(text) == [(11, "killed"), (10, "wounded")]
    assert [f.role for f in sentence_figures("Twenty people were evacuated to safer areas.")] == ["displaced"]


def test_the_households_of_the_people_counted_are_the_same_people() -> None:
    text = "More than 24,000 people from 4,870 households have been displaced by the clashes."
    assert [(f.quantity.value, f.unit) for f in sentence_figures(text)] == [(24000, "people")]
    assert [(f.quantity.value, f.unit) for f in sentence_figures("Fighting displaced 4,870 households.")] == [
        (4870, "households")
    ]


def test_people_who_entered_another_country_fled_there() -> None:
    text = "Nearly 1,800 villagers had entered Thailand from eastern Myanmar since the fighting began."
    assert figures(text) == [(1800, "displaced")]
    assert sentence_figures("Some 200 soldiers entered Chad on Monday.") == []


def test_a_units_number_is_no_count() -> None:
    assert sentence_figures("One jawan of 197 Battalion was injured in the blast.") == [] or all(
        f.quantity.value != 197
        for f in sentence_figures("One jawan of 197 Battalion was injured in the blast.")
    )
    text = "Three soldiers of the 5th Brigade were killed in the ambush."
    assert figures(text) == [(3, "killed")]


def test_shot_to_death_kills_active_and_passive() -> None:
    text = "Hooded gunmen shot to death eight youths and wounded two others."
    assert figures(text) == [(8, "killed"), (2, "wounded")]
    assert [f.role for f in sentence_figures("Eight youths were shot to death.")] == ["killed"]
    assert [f.role for f in sentence_figures("Militiamen hacked to death 12 villagers.")] == ["killed"]


def test_a_count_before_a_comma_keeps_its_noun_phrase_apart() -> None:
    # "36," was read as one token, and the noun search ran on past the comma to "weeks"
    text = (
        "A bomber struck a market, killing 11 people and injuring 36, nearly two weeks after a car bombing."
    )
    assert figures(text) == [(11, "killed"), (36, "wounded")]


def test_asylum_seekers_are_displaced() -> None:
    text = "The region is home to 223,400 displaced people and 36,500 asylum seekers from Mali."
    assert figures(text) == [
        (223400, "displaced"),
        (36500, "displaced"),
    ]


def test_wounded_after_a_bare_including_aside_that_no_comma_closes() -> None:
    text = "At least 15 civilians were killed and 18 others, including children wounded in an airstrike."
    assert figures(text) == [(15, "killed"), (18, "wounded")]


def test_one_named_before_and_kin_in_the_passive_counts_with_them() -> None:
    text = "A state police officer and her two bodyguards were killed in a highway attack."
    assert figures(text) == [(3, "killed")]
    assert figures("Her two bodyguards were killed.") == [(2, "killed")]


@given(st.text(alphabet="abzAZ09\u0663\u00b2'’-,.;:!?()\"“”—–% \n/&_é", max_size=30))
@settings(max_examples=300)
def test_tokens_are_the_token_regexs_matches(text: str) -> None:
    from streams.extract.classify import _TOKEN, _tokens

    assert _tokens(text) == [(m[0].lower(), m.start()) for m in _TOKEN.finditer(text)]


def test_every_verb_of_the_active_singular_starts_with_a_stem_the_search_starts_from() -> None:
    import re

    from streams.extract.classify import _ACTIVE_SINGULAR, _ACTIVE_VERB_STEMS

    verbs = re.search(r"\(\?P<verb>([^)]*)\)", _ACTIVE_SINGULAR.pattern)
    assert verbs is not None
    for verb in verbs.group(1).split("|"):
        assert verb.startswith(_ACTIVE_VERB_STEMS), verb


def test_one_victim_named_by_age_or_by_a_peoples_name() -> None:
    assert [
        (f.quantity.value, f.role) for f in sentence_figures("A 25-year-old doctor was killed on Saturday.")
    ] == [(1, "killed")]
    assert [f.role for f in sentence_figures("A Palestinian was also killed in El-Bireh.")] == ["killed"]
    assert [f.role for f in sentence_figures("A landmine killed a 19-year-old Tunisian overnight.")] == [
        "killed"
    ]
    assert sentence_figures("A Reuters was killed.") == []


def test_a_relative_clause_before_the_casualty_verb_is_not_the_role() -> None:
    text = "At least three civilians who were fleeing the area were killed in a mine attack."
    assert figures(text) == [(3, "killed")]
    text = "About 1,000 people who have fled the attacks are sheltering in schools in Ibo."
    assert [f.role for f in sentence_figures(text)] == ["displaced"]


def test_a_partys_own_dead_lost_with_only() -> None:
    text = "However, the rebels say they lost only one fighter, and killed one government soldier."
    assert [(f.quantity.value, f.noun) for f in sentence_figures(text)] == [(1, "fighter"), (1, "soldier")]


def test_an_including_aside_ends_at_the_verb_or_while_after_it() -> None:
    text = "Six gunmen, including the bomber, were killed, while two policemen and a driver lost their lives."
    assert figures(text) == [
        (6, "killed"),
        (2, "killed"),
        (1, "killed"),
    ]
    text = "Nine people died, including three children whose house was hit, while 14 were injured."
    assert figures(text) == [(9, "killed"), (14, "wounded")]
    assert roles("The attack left 50 dead, including 12 children and 3 women.") == [(50, "killed")]


def test_singles_that_describe_the_count_before_them_add_nobody() -> None:
    text = "Two residents, a man and a boy, were taken to hospital."
    assert figures(text) == [(2, "wounded")]
    text = "The blast killed two soldiers, a policeman and a child, officials said."
    assert sum(f.quantity.value or 0 for f in sentence_figures(text)) == 4


def test_a_body_found_is_one_dead_but_an_image_of_one_is_not() -> None:
    text = "The body of an elderly man was pulled from the rubble."
    assert figures(text) == [(1, "killed")]
    assert sentence_figures("Footage showed relatives beside the body of a man the gunmen had shot.") == []


def test_the_fatally_wounded_and_the_injured_who_succumbed_are_dead() -> None:
    assert roles("Gunmen fatally wounded three farmers near the river.") == [(3, "killed")]
    assert roles("Four guards were fatally wounded in the ambush.") == [(4, "killed")]
    text = "Five more people injured in the market bombing in the north succumbed to their injuries."
    assert roles(text) == [(5, "killed")]
    assert roles("Twelve people were injured and two died.") == [(12, "wounded"), (2, "killed")]


def test_those_who_succumbed_to_their_wounds_are_dead() -> None:
    assert roles("Two soldiers succumbed to their wounds in hospital on Sunday.") == [(2, "killed")]


def test_asylum_sought_and_people_moved_away_are_displaced() -> None:
    assert roles("Some 60,000 Syrians have sought asylum in neighbouring countries since 2012.") == [
        (60_000, "displaced")
    ]
    assert roles("Officials said 7,600 people had been moved away from the border areas.") == [
        (7_600, "displaced")
    ]
    assert roles("About 300 troops were moved out of the base on Friday.") == []


def test_a_count_inside_an_of_phrase_joins_no_list() -> None:
    text = (
        "Aid covers the needs of the most vulnerable 31,000 people, and 9,000 Sudanese people sought asylum."
    )
    assert figures(text) == [(9_000, "displaced")]


def test_one_named_before_a_count_after_where_or_when_is_one_more() -> None:
    text = "Troops were sent to the state, where a police chief and 12 officers were shot dead on Monday."
    assert figures(text) == [(13, "killed")]


def test_a_dash_after_the_verb_opens_an_aside_not_an_object() -> None:
    text = "Six soldiers have been shot dead and four wounded -- the army's worst toll in months."
    assert figures(text) == [(6, "killed"), (4, "wounded")]


def test_the_death_of_a_pharmacist_and_two_others() -> None:
    text = "The shelling resulted in the death of a pharmacist and two others nearby."
    assert sum(f.quantity.value or 0 for f in sentence_figures(text) if f.role == "killed") == 3


def test_the_death_of_a_person_named_with_a_title_is_one_dead() -> None:
    text = "The raid resulted in the death of Police Commander Amina Yusuf Hassan and left two missing."
    assert figures(text) == [(1, "killed")]
    assert figures("The bomb caused the death of United Nations peacekeepers near the camp.") == []


def test_one_person_shot_and_wounded_or_killed() -> None:
    assert figures("A soldier was shot and wounded at the checkpoint.") == [(1, "wounded")]
    assert figures("Police commander Ali Musa was shot and killed on Friday.") == [(1, "killed")]


def test_refugees_somewhere_estimated_at_a_number_are_a_displaced_count() -> None:
    text = "The refugees in Rwanda are now estimated to be about 12,000, up from 9,000."
    assert figures(text) == [(12000, "displaced")]
    assert figures("The displaced in the north are estimated at 15,000.") == [(15000, "displaced")]


def test_those_who_did_not_or_could_not_flee_are_no_displaced() -> None:
    assert figures("About 2,000 villagers who did not flee are trapped in the church.") == []
    assert figures("Some 2,000 villagers were unable to leave the besieged town.") == []
    assert figures("About 2,000 villagers fled and have not returned.") == [(2000, "displaced")]


def test_the_evacuation_of_people_and_people_who_left_border_areas_are_displaced() -> None:
    text = "The authorities announced the evacuation of 42,000 people from the conflict zone."
    assert figures(text) == [(42000, "displaced")]
    text = "More than 42,000 people left the Belgorod region's areas near the border, or were evacuated."
    assert figures(text) == [(42000, "displaced")]
    assert figures("The gunmen left the area before troops arrived, leaving 12 dead.") == [(12, "killed")]


def test_one_killed_and_another_injured_is_one_wounded_besides() -> None:
    text = "One person was killed and another injured in Odesa, where strikes damaged three houses."
    assert figures(text) == [(1, "killed"), (1, "wounded")]
    assert figures("Two people were killed and another five injured.") == [(2, "killed"), (5, "wounded")]


def test_a_commissioner_and_his_guards_are_counted_with_the_guards() -> None:
    text = "The blast killed the district commissioner, his driver and two bodyguards in Kismayo."
    assert figures(text) == [(1, "killed"), (1, "killed"), (2, "killed")]


def test_people_with_burns_are_wounded_but_a_fire_that_burns_houses_counts_none() -> None:
    assert figures("The explosion left 12 people with serious burns.") == [(12, "wounded")]
    assert figures("Fire burns 20 houses in the village.") == []


def test_butchered_and_slaughtered_are_killed() -> None:
    assert roles("Insurgents attacked a car and butchered the ten people inside it.") == [(10, "killed")]
    assert roles("Twelve villagers were slaughtered overnight.") == [(12, "killed")]


def test_two_singles_joined_before_a_plural_verb() -> None:
    text = "A gun battle followed, in which a policeman and one of the attackers were killed."
    assert figures(text) == [(1, "killed"), (1, "killed")]
    text = "Officials said 10 rebels, one soldier and a civilian have been killed."
    assert sum(f.quantity.value or 0 for f in sentence_figures(text)) == 12


def test_others_captured_after_while_are_no_casualties_and_a_trio_is_no_one() -> None:
    text = "A total of 26 rebels have been killed while 15 others were captured and 21 guns recovered."
    assert figures(text) == [(26, "killed")]
    assert sentence_figures("The commander said the trio was killed as they left their hideout.") == []


def test_a_number_hyphenated_to_a_word_describes_a_unit_and_counts_nobody() -> None:
    assert roles("Six guards from a 12-man squad were shot dead near the depot.") == [(6, "killed")]
    assert roles("Four drivers in a 20-truck convoy were wounded by the mine.") == [(4, "wounded")]
    assert roles("Three farmers and a 9-year-old were killed in the raid.")[:1] == [(3, "killed")]


def test_the_injured_who_died_raise_the_toll_and_are_counted_in_it() -> None:
    text = "The death toll in Tuesday's attack on Bama has risen to 31 as four persons who were injured died."
    assert figures(text) == [(31, "killed")]


def test_one_killed_along_with_others_counts_the_one_too() -> None:
    text = "The mayor, Ali Musa, was killed along with three others when a bomb hit his car."
    assert figures(text) == [(4, "killed")]
    text = "Five soldiers were killed along with two others."
    assert [f.quantity.value for f in sentence_figures(text)] == [5, 2]


def test_people_who_returned_home_are_no_displacement() -> None:
    assert sentence_figures("About 12,000 evacuees have already left for home, officials said.") == []
    assert sentence_figures("Some 4,000 displaced villagers have returned to Tal Afar.") == []
    text = "Some 4,000 villagers have fled to Tal Afar."
    assert figures(text) == [(4000, "displaced")]


def test_returnees_told_with_an_aside_are_no_displacement_and_those_not_returned_are() -> None:
    text = "A group of 210 displaced people, mostly women, who recently returned from Chad, are in a camp."
    assert sentence_figures(text) == []
    text = "Over 300 villagers, who took shelter in a church in Chad, about 5 km away, returned home."
    assert sentence_figures(text) == []
    assert figures("Some 5,000 people fled, and many of them have not returned.") == [(5000, "displaced")]
    assert figures("Some 5,000 people who fled have not returned.") == [(5000, "displaced")]


def test_a_listed_groups_noun_is_the_person_noun_not_the_adjective_before_it() -> None:
    text = "Six Houthi rebels and two soldiers were killed in the clashes."
    assert [(f.quantity.value, f.noun) for f in sentence_figures(text)] == [(6, "rebels"), (2, "soldiers")]


def test_a_count_that_reached_a_new_high_is_read_from_the_verb() -> None:
    text = "The number of people displaced since the start of 2015 has reached a new high of 1.9 million."
    assert figures(text) == [(1_900_000, "displaced")]
    text = "The death toll reached a record of 57."
    assert figures(text) == [(57, "killed")]


def test_a_hedged_guess_is_no_count() -> None:
    assert sentence_figures("He said the total number injured was likely more than 80.") == []
    text = "He said the total number injured was more than 80."
    assert figures(text) == [(80, "wounded")]


def test_and_another_after_one_killed_somewhere_is_one_more_elsewhere() -> None:
    text = "A man was also killed in Tubas, near Jenin, and another during a raid on a village near Hebron."
    assert figures(text) == [(1, "killed"), (1, "killed")]


def test_people_forced_or_driven_from_their_homes_are_displaced() -> None:
    for text in (
        "About 1,200 people were forced from their homes.",
        "More than 800 villagers were driven out of their villages by the raids.",
    ):
        assert [f.role for f in sentence_figures(text)] == ["displaced"], text
    assert sentence_figures("Twelve soldiers were forced out of the town.") == []


def test_those_who_may_have_died_are_a_guess() -> None:
    assert sentence_figures("An official said as many as 150 people may have died.") == []
    assert [f.role for f in sentence_figures("An official said 150 people have died.")] == ["killed"]


def test_crushed_to_death_is_killed() -> None:
    assert roles("Three civilians were crushed to death when the shelled building collapsed.") == [
        (3, "killed")
    ]


def test_the_lives_of_a_number_are_the_dead_though_a_displacement_verb_follows() -> None:
    text = "The insurgency has cost the lives of 20,000 people, displaced two million and destroyed schools."
    assert figures(text) == [
        (20_000, "killed"),
        (2_000_000, "displaced"),
    ]


def test_people_who_arrived_somewhere_fleeing_are_displaced_though_the_places_come_first() -> None:
    text = (
        "About 2,300 people have arrived over the past days in the district towns of Bunia and Mahagi, "
        "fleeing the fighting."
    )
    assert roles(text) == [(2300, "displaced")]
    assert roles("About 300 soldiers arrived in the town on Monday to reinforce the garrison.") == []


def test_among_the_count_of_the_wounded_is_the_count_of_them_all() -> None:
    text = "A boy who was among the 22 people wounded in the bombing died in hospital on Tuesday."
    assert roles(text) == [(22, "wounded")]
    assert roles("Two policemen were among the 9 killed.") == [(9, "killed")]
    assert roles("All the four injured soldiers were evacuated.") == []


def test_sent_to_hell_in_a_military_statement_is_killed() -> None:
    assert roles("The statement said nine militants were “sent to hell” in the raid.") == [(9, "killed")]


def test_a_count_with_an_aside_of_what_share_it_is_keeps_its_verb() -> None:
    text = "About 400,000 people, or a fifth of the population, have been displaced by the fighting."
    assert roles(text) == [(400_000, "displaced")]


def test_found_refuge_and_settled_with_host_families_are_displacement_and_people_beat_families() -> None:
    text = "More than 4,000 people (800 families) have found refuge in three schools."
    assert figures(text) == [(4000, "displaced")]
    assert roles("About 2,500 people are settled with host families in the town.") == [(2500, "displaced")]
    assert roles("Some 300 soldiers settled in the town.") == []


def test_no_one_inside_was_injured_counts_nobody() -> None:
    text = "A bomb went off beside an armoured car carrying rangers, but no one inside was injured."
    assert figures(text) == []


def test_a_single_victim_named_by_a_hyphenated_title_counts_one() -> None:
    text = "Three soldiers were killed and the vice-mayor was wounded, the governor said."
    assert figures(text) == [(3, "killed"), (1, "wounded")]


def test_a_count_within_a_span_of_days_keeps_its_verb() -> None:
    text = "The offensive has killed 40 people and displaced about 9,000 within three days."
    assert roles(text) == [(40, "killed"), (9000, "displaced")]


def test_a_count_that_may_grow_is_todays_count_not_a_projection() -> None:
    assert not is_projection(
        "In three days 8,000 displaced people have been registered and there may be many more."
    )
    assert not is_projection("At least 30 died, and the toll could be higher.")
    assert is_projection("There could be more than 20,000 displaced by the end of the month.")


def test_the_wounded_who_died_later_are_dead() -> None:
    assert roles("Two others, badly wounded, died later in hospital.") == [(2, "killed")]
    assert roles("Two others, badly wounded, were taken to hospital.") == [(2, "wounded")]


def test_people_treated_somewhere_for_wounds_are_wounded() -> None:
    text = (
        "At least nine prisoners were being treated at a hospital in the capital for gunshot and stab wounds."
    )
    assert roles(text) == [(9, "wounded")]
    assert roles("Nine soldiers were treated at the base for dehydration.") == []


def test_one_member_of_a_group_named_with_its_acronym_and_an_aside_is_one_victim() -> None:
    text = (
        "A member of the Revolutionary Front (RF), wrongly identified as a police officer, was killed "
        "in a clash on Monday."
    )
    assert [(f.quantity.value, f.role, f.noun) for f in sentence_figures(text)] == [(1, "killed", "member")]


def test_the_displaced_estimated_at_a_number_are_that_many_now() -> None:
    text = (
        "The authorities opened three camps for the displaced people, who are estimated to be about 40,000."
    )
    assert roles(text) == [(40_000, "displaced")]
    assert displacement_kind(text, 40_000) == "cumulative"
    assert roles("The number of displaced people was estimated at 12,000.") == [(12_000, "displaced")]
    assert roles("Most of the displaced went south, whose population is estimated at 2 million.") == []


def test_one_who_died_of_the_violence_counts_one_dead() -> None:
    assert figures("In Sopore a civilian died during an exchange of fire, police said.") == [(1, "killed")]
    assert figures("A policeman later died of his wounds in hospital.") == [(1, "killed")]
    assert figures("A man died of a heart attack at the checkpoint.") == []


def test_one_gunned_down_and_one_of_a_faith_named_by_it_count_one_each() -> None:
    assert figures("A 50-year-old farmer was gunned down at his home in Yala.") == [(1, "killed")]
    text = "A 40-year-old Buddhist was shot dead at a tea shop, and another Muslim, aged 31, was also killed."
    assert figures(text) == [(1, "killed"), (1, "killed")]


def test_a_count_of_whom_only_some_fled_is_no_count_of_the_displaced() -> None:
    text = "An estimated 90,000 civilians remain in the area, many of them having fled from other villages."
    assert roles(text) == []
    assert roles("About 5,000 people, many of them women, were displaced.") == [(5000, "displaced")]


def test_the_displaced_registered_somewhere_are_a_stock() -> None:
    text = "Some 12,000 people displaced from the district have been registered in the provincial capital."
    assert displacement_kind(text, 12_000) == "cumulative"
    assert displacement_kind("Some 1,200 people fled the district on Monday.", 1200) == "incident"


def test_forced_to_relocate_from_their_homes_is_displacement_and_some_more_dead_keep_the_count() -> None:
    assert roles("No fewer than 1,500 people have been forced to relocate from their homes.") == [
        (1500, "displaced")
    ]
    assert roles("The attack left three soldiers and some civilians dead.") == [(3, "killed")]


def test_an_age_in_brackets_after_a_name_is_no_count() -> None:
    assert (
        roles("Soldiers shelled the village, killing Amina Yusuf (31) and Musa Idris (64) on the spot.") == []
    )


def test_gunmen_who_shot_dead_a_guard_are_the_killers_not_the_dead() -> None:
    assert [
        (f.quantity.value, f.role) for f in sentence_figures("Two gunmen shot dead a guard on Friday.")
    ] == [(1, "killed")]
    assert roles("Two soldiers were shot dead on Friday.") == [(2, "killed")]


def test_casualties_a_toll_of_lives_brings_to_are_the_dead() -> None:
    text = "Clashes claimed three more lives on Monday, taking the total number of casualties to 15."
    assert roles(text) == [(15, "killed")]
    assert roles("The blast raised the total number of casualties to 40.") == []


def test_people_who_arrived_in_a_camp_are_displaced_but_soldiers_are_not() -> None:
    assert roles("Some 5,000 people arrived in the camps this week.") == [(5000, "displaced")]
    assert roles("About 300 soldiers arrived in the camp on Monday.") == []


def test_corpses_are_counted_as_bodies_are() -> None:
    assert roles("Nine corpses were recovered from the scene, a community leader said.") == [(9, "killed")]
    assert roles("Police recovered 9 corpses from the river.") == [(9, "killed")]


def test_soldiers_who_embraced_martyrdom_are_dead() -> None:
    assert roles("Three soldiers embraced martyrdom during the exchange of fire, the ISPR said.") == [
        (3, "killed")
    ]


def test_the_bodies_of_people_brought_to_hospital_are_dead_not_wounded() -> None:
    text = "The ministry said the bodies of 14 people had been brought to hospitals in the past day."
    assert roles(text) == [(14, "killed")]
    assert roles("Fourteen people were brought to hospitals in the past day.") == [(14, "wounded")]


def test_casualties_told_by_their_kinds_are_the_counts_themselves() -> None:
    assert roles("The casualties included 11 dead and 40 wounded.") == [(11, "killed"), (40, "wounded")]
    assert roles("The dead included 14 members of the same family.") == []


def test_one_and_her_kin_as_the_verbs_object_count_once_each() -> None:
    assert figures("The blast killed a woman and her two daughters.") == [(3, "killed")]
    assert figures("A police officer and her two bodyguards were killed.") == [(3, "killed")]


def test_the_body_of_one_found_is_one_dead() -> None:
    assert figures("Police found the body of a kidnapped trader on Tuesday.") == [(1, "killed")]
    assert figures("He stood beside the body of a man.") == []


def test_a_vague_part_of_a_population_is_no_count_and_an_expected_flight_no_flow() -> None:
    assert roles("Many of the 3,000 residents of the village fled to the town.") == []
    assert roles("Turkey hopes to resettle many of the 3.6 million Syrian refugees it hosts.") == [
        (3_600_000, "displaced")
    ]
    assert is_projection("Officials expect up to 50,000 more to flee in coming days.")


def test_a_share_of_a_named_places_people_is_no_count() -> None:
    assert (
        roles("The strike hit Rafah, where more than half of Gaza's 2.3 million residents are homeless.")
        == []
    )
    assert roles("Half of the Gaza Strip's 2.3 million people have fled their homes.") == []
    assert roles("Lebanon hosts many of Syria's 5 million refugees.") == [(5_000_000, "displaced")]


def test_one_death_and_one_injury_are_counts_but_a_death_threat_is_not() -> None:
    assert roles("The ministry confirmed one death in a drone raid near the town.") == [(1, "killed")]
    assert roles("The attack caused 1 death and one injury.") == [(1, "killed"), (1, "wounded")]
    assert roles("The mayor received one death threat after the raid.") == []
    assert roles("A court sentenced 12 people to death on Monday.") == []


def test_a_guess_beside_a_count_is_no_count_of_its_own() -> None:
    text = "The monitor said at least 50 people — and possibly as many as 100 — were killed in the raid."
    assert figures(text) == [(50, "killed")]
    assert figures("At least 50 people, possibly as many as 100, were killed in the raid.") == [
        (50, "killed")
    ]
    assert figures("Twelve soldiers and 30 militants were killed in the raid.") == [
        (12, "killed"),
        (30, "killed"),
    ]


def test_an_aside_on_how_some_of_them_are_is_not_the_counts_role() -> None:
    text = "At least 18,500 Rohingya Muslims, many sick and some with bullet wounds, have fled the town."
    assert figures(text) == [(18500, "displaced")]
    assert figures("Five people, some of them children, were wounded in the raid.") == [(5, "wounded")]


def test_paid_the_supreme_price_and_embraced_shahadat_are_killed() -> None:
    assert figures("Police said two officers paid the supreme price in the attack.") == [(2, "killed")]
    assert figures("Three soldiers embraced shahadat in the exchange of fire.") == [(3, "killed")]


def test_a_rate_and_a_capacity_are_no_counts_of_people() -> None:
    assert figures("The camps receive 2,000 displaced people on a daily basis, the minister said.") == []
    assert figures("About 5,000 people are fleeing the city every day.") == []
    assert figures("Gunmen killed 12 people a day after the army left the town.") == [(12, "killed")]
    assert is_projection("Their capacity allows them to accommodate another 120,000 displaced people.")


def test_an_including_aside_about_places_ends_before_the_participle_that_counts() -> None:
    text = (
        "The military launched airstrikes on several areas, including a displacement camp on the border, "
        "killing at least two soldiers."
    )
    assert figures(text) == [(2, "killed")]


def test_villagers_who_escaped_to_a_country_are_displaced_but_escaped_inmates_are_not() -> None:
    assert figures("Nearly 3,000 villagers escaped to Thailand on Sunday.") == [(3000, "displaced")]
    assert figures("About 200 people escaped to safety after the raid.") == [(200, "displaced")]
    assert figures("Twelve inmates escaped to the forest after the raid.") == []


def test_counts_per_place_listed_with_semicolons_carry_the_verb() -> None:
    text = "Seven people were killed in Sakkada; four in Gyadadde; eight in Barin Zare, and two in Otawa."
    assert figures(text) == [(7, "killed"), (4, "killed"), (8, "killed"), (2, "killed")]


def test_people_who_reached_a_town_after_escaping_an_attack_are_a_flight() -> None:
    text = (
        "A group of 5,000 people reached the state capital on Monday after escaping the takeover of the town."
    )
    assert figures(text) == [(5000, "displaced")]
    assert figures("About 300 soldiers reached the town after fleeing the attack.") == []


def test_an_including_list_with_commas_keeps_the_head_count_and_drops_its_items() -> None:
    text = (
        "Nine people, including five soldiers from the border guard unit (BGU), a doctor who was driving "
        "back to his clinic, and two other passengers were killed when gunmen attacked a bus."
    )
    assert figures(text) == [(9, "killed")]
    assert figures("Nine people, including five soldiers, a doctor and two others were killed.") == [
        (9, "killed")
    ]
    assert figures("Gunmen killed nine people, including five soldiers, and wounded 12 others.") == [
        (9, "killed"),
        (12, "wounded"),
    ]


def test_a_toll_that_rose_from_fighting_between_clans_counts_people_not_clans() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = "The death toll rose to six from fighting between two clans in Kismayo, police said."
    events = extract(Article(id="r", body=body, published_at="2022-05-20", title=""))
    assert [e.killed for e in events] == [6]
    body = "Gunmen stormed the village and some 1,500 were forced from their homes, the UN said."
    events = extract(Article(id="r", body=body, published_at="2022-05-20", title=""))
    assert [e.displaced for e in events] == [1500]


def test_refugees_who_crossed_over_into_a_country_are_displaced() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = "As many as 9,000 Malians have crossed over into Niger to escape fighting in Menaka, the UN said."
    events = extract(Article(id="r", body=body, published_at="2022-05-20", title=""))
    assert [e.displaced for e in events] == [9000]


def test_a_count_of_the_displaced_that_rose_by_a_rate_to_a_figure_is_that_figure() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "In two months, the number of internally displaced people in Mali has increased by almost 40% to "
        "nearly 300,000 people because of attacks, the UN said."
    )
    events = extract(Article(id="r", body=body, published_at="2022-05-20", title=""))
    assert [(e.displaced, e.displaced_kind) for e in events] == [(300_000, "cumulative")]


def test_one_victims_listed_between_counts_add_to_the_toll() -> None:
    from streams.extract.classify import sentence_figures

    text = "Two children, a woman and two men were killed in a grenade attack on Sunday."
    assert sum(f.quantity.value or 0 for f in sentence_figures(text) if f.role == "killed") == 5
    text = "Gunmen killed two farmers, a herder and three children in the village."
    assert sum(f.quantity.value or 0 for f in sentence_figures(text) if f.role == "killed") == 6
    text = "Two children, the attackers said, and two men were killed."  # no one victim listed between
    assert sum(f.quantity.value or 0 for f in sentence_figures(text) if f.role == "killed") <= 4


def test_age_after_a_comma_is_an_age() -> None:
    from streams.extract.classify import sentence_figures

    assert sentence_figures("The deceased, Osman Awudu, age 45 was shot dead at Sabongari.") == []


def test_people_deceased_are_killed_not_displaced_with_the_count_beside_them() -> None:
    from streams.extract.classify import sentence_figures

    text = "Clashes have left at least 60 people deceased and over 12,000 displaced from their homes."
    assert [(f.quantity.value, f.role) for f in sentence_figures(text)] == [
        (60, "killed"),
        (12_000, "displaced"),
    ]


def test_one_victim_and_his_or_her_kin_in_a_passive_count_two() -> None:
    from streams.extract.classify import sentence_figures

    for text, role in (
        ("A woman and her son were killed when a missile struck their house.", "killed"),
        ("A farmer and his 12-year-old daughter were shot dead by gunmen on Monday.", "killed"),
        ("A man and his wife were wounded in the shelling.", "wounded"),
    ):
        assert sum(f.quantity.value or 0 for f in sentence_figures(text) if f.role == role) == 2, text


def test_one_more_victim_with_an_age_before_the_noun_counts() -> None:
    from streams.extract.classify import sentence_figures

    text = "A rocket struck a house, killing the woman and her 40-year-old son, officials said."
    assert sum(f.quantity.value or 0 for f in sentence_figures(text) if f.role == "killed") == 2


def test_refugees_who_were_injured_or_killed_are_casualties_not_displaced() -> None:
    from streams.extract.classify import sentence_figures

    def roles(text: str) -> list[tuple[int | None, str]]:
        return [(f.quantity.value, f.role) for f in sentence_figures(text)]

    assert roles("Five refugees were injured in the fighting.") == [(5, "wounded")]
    assert roles("At least four refugees and three villagers were injured by shells.") == [
        (4, "wounded"),
        (3, "wounded"),
    ]
    assert roles("300 refugees arrived after the attack that killed 12.") == [
        (300, "displaced"),
        (12, "killed"),
    ]


def test_ages_listed_after_the_victims_are_ages_that_count_them() -> None:
    # two ages summed would read 139 dead
    assert figures("Women aged 72 and 67 were killed when a shell hit their house.") == [(2, "killed")]
    assert figures("Men aged 31, 40 and 21 were wounded by the blast.") == [(3, "wounded")]
    # a count told before the victims stays the count
    assert figures("Two women aged 72 and 67 were killed when a shell hit their house.") == [(2, "killed")]


def test_animals_are_no_victims_but_a_head_constable_is() -> None:
    assert figures("At least two dozen head of cattle have also perished in the shelling.") == []
    assert figures("Some 39 cattle were killed in the crossfire, as well as four goats.") == []
    assert figures("Five rebels and a head constable were killed in the operation.")[0] == (5, "killed")


def test_lives_fought_for_or_saved_are_no_dead() -> None:
    assert figures("Doctors are fighting for the lives of four patients in serious condition.") == []
    assert figures("Rescuers saved the lives of 20 miners trapped by the blast.") == []
    assert figures("The blast claimed the lives of four people.") == [(4, "killed")]


def test_one_of_an_age_who_died_and_one_who_died_of_earlier_wounds() -> None:
    assert figures("In Nikopol, an 18-year-old died after Russian shelling struck the city.") == [
        (1, "killed")
    ]
    text = "In Kherson, a 16-year-old girl died more than a week after she was injured in shelling attacks."
    assert figures(text) == [(1, "killed")]
    assert figures("A man died of a heart attack.") == []


def test_an_including_list_runs_to_the_counts_own_verb() -> None:
    text = "Five people including three civilians and two suicide bombers died in the blast."
    assert figures(text) == [(5, "killed")]
    text = "At least nine persons including two policemen and a woman sustained bullet injuries."
    assert figures(text) == [(9, "wounded")]
    assert figures("At least 12 people including a child died in the attack.") == [(12, "killed")]


def test_people_described_in_an_apposition_are_not_counted_twice() -> None:
    text = "Overnight, two people, a civilian and a soldier, were killed in the city of Oicha."
    assert figures(text) == [(2, "killed")]
    assert figures("Gunmen killed two soldiers, a policeman and a child.") == [
        (2, "killed"),
        (1, "killed"),
        (1, "killed"),
    ]


def test_cattle_rustlers_are_people_and_enemy_combatants() -> None:
    assert figures("Eight cattle rustlers have been killed in a gun clash with the army.") == [(8, "killed")]
    assert "rustlers" in NON_STATE_COMBATANTS


def test_killed_injured_or_missing_is_no_count_of_the_dead() -> None:
    assert figures("At least 20 people were killed, injured or remain missing after the attacks.") == []
    assert figures("At least 20 people were killed, 15 injured and 4 missing.") == [
        (20, "killed"),
        (15, "wounded"),
    ]


def test_initial_reports_are_superseded() -> None:
    assert figures("Initial reports had five dead but the death toll steadily climbed overnight.") == []
