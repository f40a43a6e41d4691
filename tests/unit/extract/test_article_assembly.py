"""Whole-article assembly: one event per incident, no double counting, stable ids."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from streams.extract import EXTRACTOR_VERSION, extract
from streams.models import Article


def article(body: str, title: str = "", published: dt.date | None = dt.date(2023, 5, 12)) -> Article:
    return Article(id="test-1", title=title, body=body, published_at=published, source="unit test")


def current(events: list) -> list:  # type: ignore[type-arg]
    return [e for e in events if not e.previously_reported]


def test_one_incident_reported_twice_is_one_event_with_both_figures() -> None:
    body = (
        "At least nine people were killed on Thursday in a bombing at a market in Maiduguri, Nigeria, "
        "police said.\n"
        "Nine people died and 23 others were injured in the explosion, a hospital official said."
    )
    (event,) = current(extract(article(body)))
    assert (event.killed, event.killed_qualifier, event.wounded) == (9, "at_least", 23)
    assert (event.country, event.region) == ("NG", "NG-BO")
    assert event.date == dt.date(2023, 5, 11)
    assert event.event_type == "bombing_explosion"


def test_wounded_figure_in_a_later_sentence_joins_the_incident() -> None:
    body = (
        "Gunmen killed 6 villagers in an attack in Zamfara State, Nigeria, on Monday.\n"
        "Eleven others were wounded, a local official said."
    )
    (event,) = current(extract(article(body)))
    assert (event.killed, event.wounded, event.region) == (6, 11, "NG-ZA")
    assert (
        event.evidence_start < event.evidence_end
        and event.evidence == body[event.evidence_start : event.evidence_end]
    )


def test_separately_described_attacks_stay_separate_and_a_summing_lead_is_dropped() -> None:
    body = (
        "Air strikes on two towns killed 10 people on Sunday, officials said.\n"
        "A strike on Kharkiv killed 6 people, the regional governor said.\n"
        "Separately, a strike on Odesa killed 4 people."
    )
    events = current(extract(article(body, title="Strikes in Ukraine")))
    assert sorted((e.killed, e.region) for e in events) == [(4, "UA-51"), (6, "UA-63")]


def test_background_incident_is_marked_and_not_current() -> None:
    body = (
        "Militants killed 5 soldiers in Khost province, Afghanistan, on Tuesday, the army said.\n"
        "Last year, a similar attack in the province killed 30 people."
    )
    events = extract(article(body))
    assert [(e.killed, e.previously_reported) for e in events] == [(5, False), (30, True)]


def test_conflict_wide_toll_is_background() -> None:
    body = "The war in Yemen has killed more than 150,000 people since 2015, according to monitors."
    (event,) = extract(article(body))
    assert event.previously_reported and event.killed == 150_000 and event.killed_qualifier == "more_than"


def test_enemy_losses_claimed_by_the_army_are_a_separate_unverified_event() -> None:
    body = (
        "Three soldiers were killed in clashes with rebels in North Kivu, Congo, on Friday, the army said.\n"
        "The army said it had neutralised 40 rebels in the fighting."
    )
    events = current(extract(article(body)))
    assert sorted((e.killed, e.verified) for e in events) == [(3, True), (40, False)]


def test_could_not_be_verified_marks_the_figure_unverified() -> None:
    body = (
        "A rebel spokesman said 25 civilians were killed in the shelling of Kidal, Mali.\n"
        "The figure could not be independently verified."
    )
    (event,) = current(extract(article(body)))
    assert event.killed == 25 and event.verified is False


def test_displacement_flow_and_stock_are_kept_apart() -> None:
    body = (
        "About 3,500 people fled Bunia in Ituri province, DR Congo, after Tuesday's attack, the UN said.\n"
        "The conflict has displaced 1.7 million people in the country since 2017."
    )
    events = current(extract(article(body)))
    kinds = sorted((e.displaced, e.displaced_kind, e.region) for e in events)
    assert kinds == [(3500, "incident", "CD-IT"), (1_700_000, "cumulative", None)]


def test_projection_is_not_an_event() -> None:
    body = "Aid agencies warned that an assault on the city could see 250,000 people flee."
    assert extract(article(body)) == []


def test_vague_amounts_and_figureless_violence_give_no_event() -> None:
    body = "Dozens of people were killed and hundreds fled as fighting raged near Goma, Congo."
    assert extract(article(body)) == []


def test_same_article_twice_gives_the_same_ids() -> None:
    body = "Gunmen killed 7 people in Mopti, Mali, on Monday."
    first = [e.event_id for e in extract(article(body))]
    second = [e.event_id for e in extract(article(body))]
    assert first and first == second
    assert all(e.extractor_version == EXTRACTOR_VERSION for e in extract(article(body)))


def test_missing_publication_date_gives_null_relative_dates() -> None:
    body = "Gunmen killed 7 people in Mopti, Mali, on Monday."
    (event,) = extract(article(body, published=None))
    assert event.date is None


def test_extraction_is_pure() -> None:
    code = (
        "import sys, streams.extract as x; from streams.extract.gazetteer import get_gazetteer;"
        "get_gazetteer(); forbidden = ('faust', 'mode', 'aiokafka', 'kafka');"
        "bad = [m for m in sys.modules if m.split('.')[0] in forbidden];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@given(st.text(min_size=1, max_size=600).filter(lambda s: s.strip() != ""))
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_arbitrary_text_never_crashes_and_counts_are_never_negative(body: str) -> None:
    for e in extract(article(body)):
        assert all(v is None or v >= 0 for v in (e.killed, e.wounded, e.displaced))
        assert 0 <= e.evidence_start <= e.evidence_end <= len(body)


def test_road_accident_deaths_are_not_conflict_events() -> None:
    body = "Twelve people were killed when a bus collided with a truck near Kano, Nigeria, police said."
    assert extract(article(body)) == []


def test_flood_displacement_is_not_a_conflict_event() -> None:
    body = "Floods have displaced 20,000 people in Borno State, Nigeria, emergency officials said on Monday."
    assert extract(article(body)) == []


def test_article_without_any_violence_gives_nothing() -> None:
    body = "The central bank said 4,500 people applied for the new loans. Prices rose by 3 percent."
    assert extract(article(body)) == []


def test_a_strike_is_violence_enough_for_an_event() -> None:
    body = "A strike on a house in Tyre, Lebanon, killed three people on Friday, the health ministry said."
    (event,) = extract(article(body))
    assert (event.killed, event.country) == (3, "LB")


def test_people_forcibly_displaced_are_violence_enough_for_an_event() -> None:
    body = (
        "The number of forcibly displaced persons who have arrived in Armenia reached 4,210, officials said."
    )
    assert [e.displaced for e in extract(article(body))] == [4210]


def test_a_shell_or_the_herders_who_attacked_are_violence_enough_for_an_event() -> None:
    body = "Four children died when a shell hit their school in Idlib, Syria, on Sunday."
    assert [e.killed for e in extract(article(body))] == [4]
    body = "Suspected herders killed 14 farmers in a village in Plateau State, Nigeria, residents said."
    assert [e.killed for e in extract(article(body))] == [14]
    body = "Fighters of the M23 killed 22 people in a village of Rutshuru, North Kivu, residents said."
    assert [e.killed for e in extract(article(body))] == [22]


def test_a_toll_across_the_country_keeps_no_region_of_the_sentences_after_it() -> None:
    body = (
        "Drone strikes killed at least seven civilians across Ukraine overnight, officials said.\n"
        "In the Sumy region, three people were killed in the town of Shostka."
    )
    assert [(e.killed, e.region) for e in extract(article(body))] == [(7, None), (3, "UA-59")]
    body = (
        "A strike killed 4 people in Gaza City on Tuesday, medics said.\n"
        "On Monday, strikes across the territory killed 31 people, the health ministry said."
    )
    assert [(e.killed, e.region) for e in extract(article(body))] == [(4, "PS-GZA"), (31, None)]


def test_a_lake_named_after_a_country_is_no_place_in_it() -> None:
    body = "Jihadists killed 9 fishermen on Lake Chad, near a Nigerian island village, on Monday."
    assert [(e.killed, e.country) for e in extract(article(body))] == [(9, "NG")]


def test_a_second_source_counting_the_same_strike_does_not_add_an_incident() -> None:
    body = (
        "A monitoring group said 9 people were killed in an air strike on the Syrian village of "
        "Kafr Nabl on Tuesday.\n"
        "A local activist network said 12 people were killed in the strike."
    )
    events = current(extract(article(body)))
    assert [(e.killed, e.region) for e in events] == [(9, "SY-ID")]


def test_an_earlier_count_of_the_same_incident_does_not_add_an_incident() -> None:
    body = (
        "Shelling killed 14 people in the Ukrainian city of Kherson on Friday, the governor said.\n"
        "Earlier, the city council said 11 people had been killed."
    )
    events = current(extract(article(body)))
    assert [(e.killed, e.region) for e in events] == [(14, "UA-65")]


def test_a_second_report_naming_another_village_is_another_incident() -> None:
    body = (
        "Gunmen killed 7 villagers in Zamfara State, Nigeria, on Monday, police said.\n"
        "Three traders were also killed in the raid on Gusau."
    )
    events = current(extract(article(body)))
    assert sorted(e.killed for e in events) == [3, 7]


def test_two_clauses_with_their_own_verbs_are_two_incidents_and_their_sum_in_the_lead_is_dropped() -> None:
    body = (
        "At least seven civilians were killed in attacks in Beni territory, DR Congo, on Saturday.\n"
        "In Mbau, the attackers killed four civilians while in Oicha, three people were killed."
    )
    events = current(extract(article(body)))
    assert sorted(e.killed for e in events) == [3, 4]


def test_groups_sharing_one_verb_are_one_incident_with_their_sum() -> None:
    body = (
        "Four soldiers and three police officers were killed in an attack in Borno State, Nigeria, on Monday."
    )
    (event,) = current(extract(article(body)))
    assert event.killed == 7


def test_a_wounded_count_naming_another_province_is_another_incident() -> None:
    body = (
        "A bomb killed one soldier and wounded five in Narathiwat province, Thailand, on Monday.\n"
        "Two more bombs in Pattani province wounded four rangers."
    )
    events = current(extract(article(body)))
    assert [(e.killed, e.wounded, e.region) for e in events] == [(1, 5, "TH-96"), (None, 4, "TH-94")]


def test_attacks_that_an_incident_followed_are_background() -> None:
    body = (
        "A bomb killed two rangers in Narathiwat province, Thailand, on Monday.\n"
        "The blast followed a wave of bombings in Yala.\n"
        "The attacks killed nine people, officials said."
    )
    events = extract(article(body))
    assert [(e.killed, e.previously_reported) for e in events] == [(2, False), (9, True)]


def test_a_bulleted_breakdown_by_region_takes_the_verb_and_kind_of_its_total() -> None:
    body = (
        "Since January, 52,000 people have been evacuated from shelled areas of Ukraine, the ministry said.\n"
        "The figures by region:\n"
        "• Donetsk region - over 30,000 people evacuated;\n"
        "• Kharkiv region - 12,000 people;\n"
        "• Sumy region - 10,000 people."
    )
    stocks = sorted((e.region, e.displaced, e.displaced_kind) for e in extract(article(body)) if e.region)
    assert stocks == [
        ("UA-14", 30000, "cumulative"),
        ("UA-59", 10000, "cumulative"),
        ("UA-63", 12000, "cumulative"),
    ]


def test_a_count_of_families_stays_a_count_of_families() -> None:
    body = "More than 1,200 families fled fighting in Tripoli, Libya, on Sunday, the UN said."
    (event,) = extract(article(body))
    assert (event.displaced, event.displaced_families, event.displaced_unit) == (None, 1200, "families")


def test_road_plunges_and_drones_shot_down_are_not_casualties() -> None:
    assert (
        extract(
            article("A bus plunged into a ravine in Nepal on Monday, killing 23 passengers, police said.")
        )
        == []
    )
    body = "Ukraine said its forces shot down 25 of 30 drones launched by Russia in an overnight attack."
    assert [e.killed for e in extract(article(body))] == []


def test_a_flood_clause_does_not_add_to_a_conflict_flow() -> None:
    body = "Rebels attacked Bunia, DR Congo, and 3,000 residents fled, while floods displaced another 2,000."
    assert [e.displaced for e in extract(article(body))] == [3000]


def test_a_lead_flow_that_sums_the_flows_listed_after_it_is_dropped() -> None:
    body = (
        "Clashes between armed groups forced at least 1,000 people to flee in Colombia this week.\n"
        "In Tumaco, Narino department, 600 people fled on Monday.\n"
        "In Caceres, Antioquia department, 450 people fled their homes on Tuesday."
    )
    events = current(extract(article(body)))
    assert sorted(e.displaced or 0 for e in events) == [450, 600]


def test_a_lead_total_of_separate_attacks_is_dropped_even_when_not_every_attack_gives_a_figure() -> None:
    body = (
        "At least 20 people were killed in separate attacks across Iraq on Friday, police said.\n"
        "In Baghdad, a suicide bomber killed 9 people at a mosque.\n"
        "In Samarra, a roadside bomb killed 6 people.\n"
        "Gunmen also attacked a checkpoint in Fallujah."
    )
    events = current(extract(article(body)))
    assert sorted(e.killed for e in events) == [6, 9]


def test_two_small_tolls_with_different_wounded_counts_are_two_incidents() -> None:
    body = (
        "One soldier was killed and one wounded at a checkpoint in Fallujah, Iraq, on Friday.\n"
        "A car bomb in Kut killed one person and wounded 17 others."
    )
    events = current(extract(article(body)))
    assert sorted((e.killed, e.wounded) for e in events) == [(1, 1), (1, 17)]


def test_three_soldiers_and_their_driver_are_four() -> None:
    body = "Three soldiers and their driver were killed when militants attacked a convoy in Karak, Pakistan."
    assert [e.killed for e in extract(article(body))] == [4]


def test_a_flow_and_a_stock_in_one_sentence_stay_apart() -> None:
    body = (
        "Over 45,000 people are fleeing their homes as rebels push on Marib, Yemen, "
        "the city that has seen around 1 million people flee since late 2014."
    )
    kinds = sorted((e.displaced, e.displaced_kind) for e in extract(article(body)))
    assert kinds == [(45000, "incident"), (1000000, "cumulative")]


def test_refugees_who_arrived_are_a_flow_counted_where_they_fled_from() -> None:
    body = "More than 100,000 refugees have arrived in Armenia from Nagorno-Karabakh after the offensive."
    (event,) = extract(article(body))
    assert (event.country, event.displaced_kind) == ("AZ", "incident")


def test_subsets_listed_with_and_after_including_are_parts() -> None:
    body = "More than 3,000 people, including 600 children and 1,400 women, fled shelling in Donetsk."
    assert [e.displaced for e in extract(article(body))] == [3000]


def test_anecdotal_handfuls_of_people_who_fled_are_not_displacement_figures() -> None:
    body = (
        "Fighting in Loikaw, Myanmar, forced 90,000 people to flee, the UN said. About 15 priests also fled."
    )
    assert [e.displaced for e in extract(article(body))] == [90000]


def test_equal_small_tolls_in_two_provinces_are_two_incidents() -> None:
    body = (
        "Taliban fighters attacked a checkpoint in Kunar province, Afghanistan, killing three policemen.\n"
        "In Laghman province, a rocket killed three construction workers."
    )
    assert sorted(e.region or "" for e in current(extract(article(body)))) == ["AF-KNR", "AF-LAG"]


def test_a_lower_toll_from_the_official_who_confirmed_the_attack_is_the_same_incident() -> None:
    body = (
        "Separatists killed 24 civilians in an attack on a village in Cameroon's Southwest region.\n"
        "The attack was confirmed by a local official, who gave a death toll of at least 15 civilians."
    )
    assert [e.killed for e in current(extract(article(body)))] == [24]


def test_a_perfect_tense_toll_in_the_thousands_is_a_running_one() -> None:
    body = (
        "Gunmen killed four people in Cameroon's Southwest region on Sunday, the mayor said.\n"
        "Clashes between militants and the army have claimed more than 6,000 lives."
    )
    assert [(e.killed, e.previously_reported) for e in extract(article(body))] == [(4, False), (6000, True)]


def test_the_latest_in_a_spate_of_attacks_that_killed_others_keeps_its_own_figures() -> None:
    body = (
        "A bomb killed a ranger and wounded six in Narathiwat province, Thailand, today, the latest in a "
        "spate of attacks that claimed six lives over the weekend."
    )
    flags = sorted((e.killed, e.previously_reported) for e in extract(article(body)))
    assert flags == [(1, False), (6, True)]


def test_a_later_incident_that_happens_to_equal_the_sum_of_the_next_ones_stays() -> None:
    body = (
        "At least 28 people were killed in separate attacks across Iraq on Friday, police said.\n"
        "Elsewhere, a gunman shot a shopkeeper in Basra.\n"
        "In Baghdad, a suicide bomber killed 14 people at a mosque.\n"
        "A roadside bomb killed 12 people in Samarra.\n"
        "In Fallujah, one soldier was killed.\n"
        "A car bomb in Kut killed one person."
    )
    assert 14 in [e.killed for e in current(extract(article(body)))]


def test_a_breakdown_by_place_replaces_the_toll_it_breaks_down() -> None:
    body = (
        "Russian shelling killed one civilian in Ukraine's Kharkiv oblast on Friday, the governor said.\n"
        "The Donetsk oblast governor said four civilians were killed in Donetsk oblast.\n"
        "Three civilians were killed in Bohorodychne and one in Torske."
    )
    events = current(extract(article(body)))
    assert sorted(e.killed for e in events if e.killed) == [1, 1, 3]


def test_a_one_sided_verb_marks_only_its_own_figure() -> None:
    body = (
        "Shelling killed five Turkish soldiers in Idlib province, Syria, on Monday.\n"
        "Turkey said five of its troops were killed, and that it had neutralised 76 Syrian soldiers."
    )
    events = current(extract(article(body)))
    assert sorted((e.killed, e.verified) for e in events) == [(5, True), (76, False)]


def test_the_exact_figure_given_later_makes_the_approximate_one_exact() -> None:
    body = (
        "More than 100,000 refugees have arrived in Armenia from Nagorno-Karabakh after the offensive.\n"
        "The government on Saturday put the exact figure at 100,417."
    )
    assert [(e.displaced, e.displaced_qualifier) for e in extract(article(body))] == [(100417, "exact")]


def test_a_flow_since_a_recent_date_is_a_flow_and_evacuated_is_displacement() -> None:
    body = (
        "Since the February 19 start of the offensive on west Mosul, Iraq, over 10,000 people have now "
        "been displaced, IOM said."
    )
    events = extract(article(body, published=dt.date(2017, 2, 28)))
    assert [(e.displaced, e.displaced_kind) for e in events] == [(10000, "incident")]


def test_each_clause_of_a_while_sentence_names_its_own_region() -> None:
    body = "While 12 people were killed in the Zamfara attack, three lost their lives in the Katsina attack."
    events = current(extract(article(body)))
    assert sorted((e.region or "", e.killed) for e in events) == [("NG-KT", 3), ("NG-ZA", 12)]


def test_a_partial_count_found_so_far_is_the_same_incident() -> None:
    body = (
        "At least 100 villagers were killed in an attack on Seytenga, in Burkina Faso's Sahel region.\n"
        "The government said 50 bodies had been found so far but the figure was not final."
    )
    assert [e.killed for e in current(extract(article(body)))] == [100]


def test_an_incident_last_thursday_told_after_the_news_is_context() -> None:
    body = (
        "At least 100 villagers were killed in an attack on Seytenga, in Burkina Faso's Sahel region.\n"
        "About 3,000 people fled to Dori.\n"
        "Armed men killed 11 military police in the same area last Thursday."
    )
    flags = [(e.killed, e.previously_reported) for e in extract(article(body)) if e.killed]
    assert flags == [(100, False), (11, True)]


def test_bodies_a_journalist_saw_are_a_partial_count_of_the_incident() -> None:
    body = (
        "Health officials said eight Palestinians were killed on Tuesday in a raid on Jenin, West Bank.\n"
        "An AFP journalist saw four bodies at the hospital morgue."
    )
    assert [e.killed for e in current(extract(article(body)))] == [8]


def test_a_wounded_count_the_governor_gave_later_revises_the_first() -> None:
    body = (
        "Russian missiles killed three people in Ukraine's Kirovohrad region on Saturday.\n"
        "One soldier was killed and nine more were wounded, he said.\n"
        "The governor said later that 19 people had been wounded in the strike."
    )
    events = current(extract(article(body)))
    assert sum(e.wounded or 0 for e in events) == 19


def test_equal_tolls_in_another_region_than_the_leads_are_two_incidents() -> None:
    body = (
        "KABUL (AP) — Insurgents attacked two checkpoints in the east, killing five police officers.\n"
        "A spokesman for Kunar province said the fighting lasted hours.\n"
        "In a separate statement, officials said a roadside bomb killed five civilians in Helmand province."
    )
    events = extract(article(body))
    assert sorted((e.region, e.killed) for e in events) == [("AF-HEL", 5), ("AF-KNR", 5)]


def test_an_aim_to_kill_is_no_death() -> None:
    body = (
        "Gunmen killed 9 people at the town hall in Guerrero state, Mexico, on Wednesday. "
        "The gunmen carried out the attack with the aim of killing the mayor, a newspaper reported."
    )
    assert [e.killed for e in extract(article(body))] == [9]


def test_wounded_told_after_the_enemys_dead_belong_to_the_own_sides_toll() -> None:
    body = (
        "Insurgents attacked a checkpoint in Nuristan province, Afghanistan, killing three police officers, "
        "a spokesman said. The firefight left 11 militants dead, he said. "
        "He said two police were also wounded."
    )
    events = extract(article(body))
    assert sorted((e.killed, e.wounded, e.verified) for e in events) == [(3, 2, True), (11, None, False)]


def test_a_lead_equal_to_one_later_toll_is_not_their_sum() -> None:
    body = (
        "Taliban fighters attacked checkpoints in Nuristan province, Afghanistan, killing four policemen.\n"
        "The firefight left 13 militants dead, a spokesman said.\n"
        "Separately, a roadside bomb killed four civilians in Uruzgan province."
    )
    killed = sorted(e.killed for e in extract(article(body)) if e.killed)
    assert killed == [4, 4, 13]


def test_a_regions_part_of_a_national_stock_is_a_stock_of_its_own() -> None:
    body = (
        "Fighting has displaced some 3.1 million people in Sudan's neighbour, Chad, including 1.2 million in "
        "the province of Ouaddai, the agency said."
    )
    events = extract(article(body))
    assert sorted((e.region or "", e.displaced, e.displaced_kind) for e in events) == [
        ("", 3_100_000, "cumulative"),
        ("TD-OD", 1_200_000, "cumulative"),
    ]


def test_a_decimal_point_does_not_end_an_including_clause() -> None:
    from streams.extract.classify import sentence_figures

    text = "Clashes have displaced 4 million people, including 1.5 million children, the agency said."
    assert [(f.role, f.quantity.value) for f in sentence_figures(text)] == [("displaced", 4_000_000)]


def test_a_count_of_lives_is_not_a_count_of_sides() -> None:
    from streams.extract.classify import sentence_figures

    text = "Clashes in the north claimed at least 52 lives on both sides, a monitor said."
    assert [(f.role, f.quantity.value) for f in sentence_figures(text)] == [("killed", 52)]
    text = "Conditions at 120 displacement sites are poor, the agency said."
    assert sentence_figures(text) == []


def test_households_are_never_summed_with_people() -> None:
    body = (
        "Raids by insurgents forced about 18,000 people to flee their homes in Cabo Delgado, Mozambique, "
        "the IOM said. The 18,000 displaced people correspond to over 4,000 households."
    )
    events = extract(article(body))
    assert sorted((e.displaced or 0, e.displaced_families or 0) for e in events) == [(0, 4000), (18000, 0)]


def test_flows_listed_by_district_are_the_news_and_their_round_total_is_not() -> None:
    body = (
        "Insurgent raids forced about 10,000 people to flee their homes in northern Mozambique, IOM said.\n"
        "In Cabo Delgado, over 7,000 people fled from Macomia district after attacks.\n"
        "In Balama district, 2,000 people abandoned their villages after raids.\n"
        "Fighting displaced 120 people from Ancuabe district, 80 from Meluco, and 40 from Quissanga."
    )
    events = [e for e in extract(article(body)) if e.displaced]
    assert sorted(e.displaced for e in events) == [240, 2000, 7000]


def test_bodies_counted_after_a_toll_are_part_of_it() -> None:
    body = (
        "The death toll of an attack on a village in Kaduna state, Nigeria, has risen to 61, police said.\n"
        "A youth leader said 55 bodies had been buried since the attack on Saturday.\n"
        "Vigilantes found 6 more bodies in the bush on Tuesday."
    )
    assert [e.killed for e in extract(article(body)) if not e.previously_reported] == [61]


def test_a_number_that_rose_revises_the_figure_before_it() -> None:
    body = (
        "Fighting in Seno province, Burkina Faso, forced more than 2,000 people to flee to Dori by Monday.\n"
        "An aid group in Dori said on Tuesday that the number had risen to more than 4,500 people."
    )
    assert [(e.displaced, e.displaced_qualifier) for e in extract(article(body))] == [(4500, "more_than")]


def test_equal_tolls_on_different_days_are_two_incidents() -> None:
    body = (
        "Air strikes killed at least nine people in the north of the country, officials said.\n"
        "A strike late on Wednesday hit a house in Kunduz, killing four people, the police said.\n"
        "Another strike early on Thursday killed four people in a car near Kunduz, a doctor said."
    )
    events = current(extract(article(body)))
    assert sorted(e.killed for e in events) == [4, 4, 9]


def test_a_count_vouched_for_after_an_enemy_claim_completes_the_lead() -> None:
    body = (
        "Gunmen attacked a police post in Mardan on Sunday, killing at least nine officers, officials said.\n"
        "Police said they had killed three of the attackers.\n"
        "In all, seven officers were killed and 14 wounded in the attack, a police spokesman said."
    )
    events = current(extract(article(body)))
    lead = next(e for e in events if e.killed == 9)
    assert lead.wounded == 14
    assert sorted((e.killed, e.verified) for e in events) == [(3, False), (9, True)]


def test_an_armys_count_of_enemy_dead_splits_from_its_own_wounded() -> None:
    body = (
        "Four Boko Haram members were killed and six soldiers were wounded in a gun battle near Bama on "
        "Tuesday, an army spokesman said."
    )
    events = current(extract(article(body)))
    assert sorted(((e.killed, e.wounded, e.verified) for e in events), key=str) == [
        (4, None, False),
        (None, 6, True),
    ]


def test_jawans_are_the_states_own_so_their_wounded_split_from_the_claimed_dead() -> None:
    body = (
        "Nine militants were killed while three CRPF jawans were injured in a gunfight in Manipur on Monday."
    )
    events = current(extract(article(body)))
    assert sorted(((e.killed, e.wounded, e.verified) for e in events), key=str) == [
        (9, None, False),
        (None, 3, True),
    ]


def test_the_wounded_of_the_same_group_stay_with_its_claimed_dead() -> None:
    body = "Two Houthi fighters were killed and one injured in an army attack near Taiz on Monday, it said."
    (event,) = current(extract(article(body)))
    assert (event.killed, event.wounded, event.verified) == (2, 1, False)


def test_a_flight_told_beside_the_running_toll_is_a_stock() -> None:
    body = (
        "Gunmen attacked a village in Jonglei state on Monday, killing six people, officials said.\n"
        "Ethnic violence has raged in the state since March. More than 300 people have been killed and "
        "nearly 45,000 have fled their homes."
    )
    events = extract(article(body))
    (flight,) = [e for e in events if e.displaced]
    assert flight.displaced == 45000
    assert flight.displaced_kind == "cumulative"


def test_a_lower_count_after_an_earlier_report_cue_is_that_reports_count() -> None:
    body = (
        "Fourteen soldiers were killed in an attack on an army post in Gao on Tuesday, the army said.\n"
        "The attack had been previously reported by a local official.\n"
        "He said the gunmen stormed the post at dawn, killing nine soldiers and wounding 11 others."
    )
    (event,) = current(extract(article(body)))
    assert (event.killed, event.wounded) == (14, 11)


def test_a_standfirsts_wounded_figure_joins_the_lead_told_in_full_after_it() -> None:
    body = (
        "The raid on the market also left two traders wounded, the district chief said.\n"
        "At least 12 people were killed and two wounded when gunmen raided a market in Tillaberi on Thursday."
    )
    (event,) = current(extract(article(body)))
    assert (event.killed, event.wounded) == (12, 2)


def test_an_incident_only_hours_before_the_lead_is_news_too() -> None:
    body = (
        "A roadside bomb killed three soldiers in Bannu on Thursday, police said.\n"
        "The blast came hours after gunmen shot dead two policemen at a checkpoint in the same district.\n"
        "The bombing came a week after an attack killed seven soldiers in the same district."
    )
    events = extract(article(body))
    assert sorted((e.killed, e.previously_reported) for e in events) == [(2, False), (3, False), (7, True)]


def test_the_leads_incident_of_the_previous_day_is_the_news() -> None:
    body = (
        "Officials have raised the death toll from the previous day's car bombing in Mogadishu to 21.\n"
        "A previous attack on the same market killed nine people in March."
    )
    events = extract(article(body))
    assert sorted((e.killed, e.previously_reported) for e in events) == [(9, True), (21, False)]


def test_an_equal_count_of_enemy_dead_is_a_separate_claim() -> None:
    body = (
        "A soldier was killed in a gunfight with militants in Kupwara on Friday, officials said.\n"
        "According to the army, one militant has also been killed so far."
    )
    events = current(extract(article(body)))
    assert sorted((e.killed, e.verified) for e in events) == [(1, False), (1, True)]


def test_wounding_another_civilian_is_one_more_not_a_competing_count() -> None:
    body = (
        "Rebels shelled a camp near Goma on Tuesday, killing three people and wounding six, a report said.\n"
        "They also fired mortar shells near a UN base, wounding another civilian, the report added."
    )
    events = current(extract(article(body)))
    assert sum(e.wounded or 0 for e in events) == 7


def test_a_precise_wounded_count_replaces_an_approximate_one_of_the_same_toll() -> None:
    body = (
        "Eighteen villagers were killed and around 40 wounded when gunmen raided Kajuru on Thursday.\n"
        '"The toll is 18 dead and at least 43 wounded," a local official said.'
    )
    (event,) = current(extract(article(body)))
    assert (event.killed, event.wounded) == (18, 43)


def test_a_lead_summing_parts_of_a_broken_down_total_is_dropped_and_the_totals_wounded_kept() -> None:
    body = (
        "Shelling killed four civilians and wounded 11 across the region on Thursday, officials said.\n"
        "One civilian was killed in Kharkiv, the governor said.\n"
        "Three civilians were killed and two wounded in Donetsk oblast, its governor said.\n"
        "Two were killed in Bakhmut and one in Toretsk."
    )
    events = current(extract(article(body)))
    assert sorted((e.killed or 0, e.wounded or 0) for e in events) == [(0, 2), (1, 0), (1, 0), (2, 0)]


def test_people_displaced_over_a_whole_past_year_are_a_stock() -> None:
    body = (
        "Armed clashes killed four people in Cauca on Tuesday, officials said.\n"
        "More than 16,000 people were displaced from Cauca in 2022, the ombudsman's office reported."
    )
    (flight,) = [e for e in extract(article(body, published=dt.date(2023, 1, 12))) if e.displaced]
    assert (flight.displaced, flight.displaced_kind, flight.previously_reported) == (
        16000,
        "cumulative",
        False,
    )


def test_a_war_communique_is_read_and_its_claim_about_the_enemy_is_unverified() -> None:
    # no "attack" or "clash" in it: the parties ("forces", "servicemen") tell it is about a war
    body = (
        "The defence ministry said on Tuesday its forces had killed up to 140 enemy servicemen near "
        "Pokrovsk in Donetsk region."
    )
    (event,) = extract(article(body))
    assert (event.killed, event.killed_qualifier, event.region) == (140, "up_to", "UA-14")
    assert event.verified is False  # the ministry's count of its enemy's losses


def test_a_junta_counting_dead_insurgents_is_a_one_sided_claim() -> None:
    body = (
        "The junta said 25 insurgents were killed when troops repelled an attack in Sagaing region on Monday."
    )
    (event,) = extract(article(body))
    assert (event.killed, event.region, event.verified) == (25, "MM-01", False)


def test_a_party_saying_it_killed_civilians_is_not_read_as_a_claim_about_fighters() -> None:
    body = (
        "Witnesses said gunmen stormed the village in Zamfara State and they killed 12 civilians on Monday."
    )
    (event,) = extract(article(body))
    assert (event.killed, event.verified) == (12, True)


def test_an_armed_group_named_beside_a_town_is_no_place() -> None:
    body = "The military said it killed 15 Hamas militants in Khan Younis on Monday."
    (event,) = extract(article(body))
    assert (event.country, event.region, event.place) == ("PS", "PS-KYS", "Khan Younis")


def test_the_region_of_a_country_is_that_countrys_region() -> None:
    # "region of Niger": the country Niger, not Nigeria's Niger State
    body = "Militants killed four villagers in the Tillaberi region of Niger on Monday."
    (event,) = extract(article(body))
    assert (event.country, event.region) == ("NE", "NE-6")
    body = (
        "Militants killed four villagers in the vast Tillaberi border region of Niger on Monday. Many fled "
        "from Nigeria."
    )
    (event,) = extract(article(body))
    assert (event.country, event.region) == ("NE", "NE-6")


def test_a_dated_incident_after_a_running_toll_is_the_news() -> None:
    body = (
        "More than 300 people have been killed in the fighting in El Fasher since May, the UN said. "
        "On Sunday, shelling killed 12 civilians in the city."
    )
    toll, sunday = extract(article(body, published=dt.date(2026, 3, 4)))
    assert (toll.killed, toll.previously_reported) == (300, True)
    assert (sunday.killed, sunday.previously_reported, sunday.date) == (12, False, dt.date(2026, 3, 1))


def test_a_sentence_opening_with_across_still_names_the_country() -> None:
    body = (
        "Across Ukraine, Russian attacks killed 11 people and wounded 45 over the past day, officials said."
    )
    (event,) = extract(article(body))
    assert (event.country, event.region, event.killed, event.wounded) == ("UA", None, 11, 45)


def test_each_count_of_a_list_by_place_takes_the_place_named_after_it() -> None:
    body = "Shelling killed nine people in Kharkiv, three in Odesa and two in Kherson on Monday."
    events = extract(article(body))
    assert [(e.killed, e.region) for e in events] == [(9, "UA-63"), (3, "UA-51"), (2, "UA-65")]


def test_killed_in_the_attack_on_a_town_is_the_news() -> None:
    body = "Twenty people were killed in the attack on Djibo, a security source told AFP."
    (event,) = extract(article(body))
    assert (event.killed, event.previously_reported) == (20, False)


def test_a_lead_dated_days_ago_is_the_news_and_a_later_one_its_background() -> None:
    lead = "Three days ago, gunmen killed 10 people in Mokwa, Niger State."
    (event,) = extract(article(lead, published=dt.date(2026, 3, 4)))
    assert (event.killed, event.previously_reported, event.date) == (10, False, dt.date(2026, 3, 1))
    body = (
        "Gunmen killed 12 people in Mokwa, Niger State, on Tuesday. Three days ago, gunmen killed 10 nearby."
    )
    news, earlier = extract(article(body, published=dt.date(2026, 3, 4)))
    assert (news.killed, news.previously_reported, earlier.killed, earlier.previously_reported) == (
        12,
        False,
        10,
        True,
    )


def test_names_with_an_e_form_arabic_article_are_read_whole() -> None:
    (event,) = extract(article("Nineteen fighters were killed in clashes in Deir ez-Zor in Syria on Monday."))
    assert (event.country, event.region) == ("SY", "SY-DY")


def test_a_list_by_place_goes_on_after_a_name_of_several_words() -> None:
    body = "Strikes killed four people in Deir al-Balah and three in Khan Younis in Gaza on Monday."
    events = extract(article(body))
    assert [(e.killed, e.region) for e in events] == [(4, "PS-DEB"), (3, "PS-KYS")]


def test_a_total_told_after_its_parts_is_not_another_incident() -> None:
    body = (
        "Militants attacked two army posts in Tillaberi region on Thursday. Seven soldiers were killed at "
        "the first post. In all, 12 soldiers died, the army said."
    )
    (event,) = extract(article(body))
    assert event.killed == 12


def test_a_days_toll_told_as_part_of_a_longer_one_is_not_added_to_it() -> None:
    body = (
        "The death toll from a week of clashes in Sweida has risen to 350, a monitor said. "
        "On Monday alone, 40 people were killed in the city."
    )
    (event,) = current(extract(article(body)))
    assert event.killed == 350


def test_a_cartel_feud_is_conflict_violence() -> None:
    body = "Nine people were killed in the Mexican state of Sinaloa on Friday amid a cartel feud."
    (event,) = extract(article(body))
    assert (event.killed, event.region) == (9, "MX-SIN")


def test_how_some_of_a_massacres_dead_died_is_part_of_its_toll() -> None:
    body = (
        "Militiamen killed more than 45 civilians in an attack on a camp in Ituri province on Monday. "
        "At least 12 people were burned alive after their shelters were set on fire."
    )
    (event,) = extract(article(body))
    assert event.killed == 45


def test_a_displacement_total_told_with_its_parts_is_the_total() -> None:
    body = (
        "The conflict has uprooted 700,000 people: 400,000 refugees in neighbouring countries and 300,000 "
        "internally displaced in Cabo Delgado province."
    )
    (event,) = extract(article(body))
    assert (event.displaced, event.displaced_kind) == (700_000, "cumulative")


def test_stocks_of_two_regions_told_in_one_sentence_stay_apart() -> None:
    body = (
        "In Tigray, about 1 million people remain displaced, while in Amhara the number of displaced has "
        "reached 500,000 amid the war."
    )
    events = extract(article(body))
    assert [(e.displaced, e.displaced_kind, e.region) for e in events] == [
        (1_000_000, "cumulative", "ET-TI"),
        (500_000, "cumulative", "ET-AM"),
    ]


def test_a_toll_said_to_be_now_higher_revises_the_incidents_count() -> None:
    body = "An airstrike killed at least 20 people in Idlib on Monday. The toll is now 23, rescuers said."
    (event,) = extract(article(body))
    assert event.killed == 23


def test_a_toll_broken_down_by_places_told_by_their_order_is_counted_once() -> None:
    body = (
        "Suspected jihadists killed 22 people in two villages in Tahoua region on Sunday, officials said. "
        "Ten died in the first village and 12 in the second."
    )
    assert sum(e.killed or 0 for e in current(extract(article(body)))) == 22


def test_another_sources_count_of_the_incident_just_told_is_not_a_second_incident() -> None:
    body = (
        "Gunmen killed at least 20 people in an attack on a village in Plateau State on Sunday, police said. "
        "Residents put the death toll at 35. The attackers also burnt dozens of houses."
    )
    assert [(e.killed, e.claimed_by) for e in current(extract(article(body)))] == [(20, "police")]
    body = (
        "A suicide bomber killed 14 people at a market in Maiduguri on Tuesday, according to officials. "
        "A local militia leader said 18 people died."
    )
    assert [e.killed for e in current(extract(article(body)))] == [14]
    body = (
        "A suicide bomber killed 14 people at a market in Maiduguri on Tuesday, according to officials. "
        "In Kano, a local militia leader said 18 people died in a separate attack."
    )
    assert [e.killed for e in current(extract(article(body)))] == [14, 18]


def test_the_count_an_incident_initially_had_is_superseded_by_the_toll_it_rose_to() -> None:
    body = (
        "The death toll from Saturday's bombing in Quetta, Balochistan, has risen to 32, officials said. "
        "The blast at the railway station initially killed 24 people."
    )
    assert [e.killed for e in current(extract(article(body)))] == [32]


def test_displacement_told_for_this_year_is_a_stock() -> None:
    body = "Violence has displaced 50,000 people in the Central African Republic this year, the UN said."
    (event,) = current(extract(article(body)))
    assert (event.displaced, event.displaced_kind) == (50000, "cumulative")


def test_plural_arms_and_settlers_are_violence_enough_for_an_event() -> None:
    body = "Ukrainian drones killed a woman in the Moscow region overnight, the governor said."
    assert [(e.killed, e.region) for e in current(extract(article(body)))] == [(1, "RU-MOS")]
    body = "Settlers killed two Palestinians near Ramallah, the health ministry said."
    assert [(e.killed, e.region) for e in current(extract(article(body)))] == [(2, "PS-RBH")]


def test_the_states_own_dead_and_the_militants_it_counts_are_vouched_for_differently() -> None:
    body = (
        "A Pakistani soldier and three militants were killed in a shootout in North Waziristan, "
        "the military said."
    )
    events = current(extract(article(body)))
    assert sorted((e.killed, e.verified) for e in events) == [(1, True), (3, False)]


def test_a_days_toll_broken_down_by_region_gives_each_regions_count() -> None:
    body = (
        "Russian attacks over the past day killed three civilians in the Zaporizhzhia region and two in the "
        "Dnipropetrovsk region, governors said."
    )
    assert [(e.killed, e.region) for e in current(extract(article(body)))] == [(3, "UA-23"), (2, "UA-12")]


def test_a_town_dateline_places_an_incident_the_text_gives_no_region_but_a_capital_does_not() -> None:
    body = (
        "JENIN, Palestinian Territories — Israeli forces in the occupied West Bank killed five Palestinians."
    )
    assert [(e.country, e.region) for e in current(extract(article(body)))] == [("PS", "PS-JEN")]
    body = "KYIV, Ukraine — Russian strikes killed five people across the country overnight, officials said."
    assert [(e.country, e.region) for e in current(extract(article(body)))] == [("UA", None)]


def test_responders_counts_of_the_incident_just_told_are_not_incidents_of_their_own() -> None:
    body = (
        "Gunmen killed 12 people in the village of Kidan in Zamfara State on Sunday, police said. "
        "A hospital official said the hospital had received 15 bodies from the village."
    )
    assert [e.killed for e in current(extract(article(body)))] == [12]
    body = (
        "A car bomb killed 18 people in Mogadishu on Saturday. "
        "Aamin Ambulance service said it had carried 22 dead and 40 wounded."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(18, 40)]


def test_a_toll_broken_down_in_the_next_sentence_gives_its_parts_not_itself() -> None:
    body = (
        "At least 25 people were killed in a landmine blast and ensuing clashes in Tillaberi region. "
        "Twelve soldiers died in the blast, and 13 attackers were killed when troops responded, the army "
        "said."
    )
    assert sorted((e.killed, e.verified) for e in current(extract(article(body)))) == [
        (12, True),
        (13, False),
    ]


def test_more_deaths_bringing_the_toll_to_a_new_total_revise_the_incident() -> None:
    body = (
        "Eight people died in the Russian strike on Kharkiv on Thursday. Five of them were children, the "
        "governor said. Three more died in hospital on Friday, bringing the toll to 11."
    )
    assert [e.killed for e in current(extract(article(body)))] == [11]


def test_a_hub_citys_dateline_is_no_place_of_the_news() -> None:
    body = "COTONOU, Benin — Three soldiers were killed in a jihadist attack in the north of the country."
    assert [(e.country, e.region) for e in current(extract(article(body)))] == [("BJ", None)]


def test_a_convoy_hitting_an_ied_is_violence_enough_for_an_event() -> None:
    body = (
        "Three peacekeepers were killed and five wounded when their convoy hit an IED near Aguelhok in Mali."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(3, 5)]


def test_a_lower_bound_toll_broken_down_into_a_little_more_gives_the_parts() -> None:
    body = (
        "Jihadist fighters killed more than 60 civilians in attacks on two villages in Mali's Mopti region. "
        "In Diallassagou, 41 people were killed, while 20 others died in the nearby village of Dianweli."
    )
    assert sorted(e.killed for e in current(extract(article(body)))) == [20, 41]


def test_the_capital_named_by_nothing_else_is_the_capital_of_the_storys_country() -> None:
    body = "Gang violence in the capital has killed 30 people this week, Haiti's police said."
    assert [(e.country, e.region) for e in current(extract(article(body)))] == [("HT", "HT-OU")]
    body = "Gunmen attacked a mosque in the capital of Zamfara State, killing 8, Nigerian police said."
    assert [(e.country, e.region) for e in current(extract(article(body)))] == [("NG", "NG-ZA")]


def test_the_wounded_count_rising_later_revises_the_incident() -> None:
    body = (
        "Five people were killed and 22 injured in a Russian attack on Zaporizhzhia. "
        "The number of injured later rose to 29."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(5, 29)]


def test_a_group_that_fights_in_one_country_names_it_when_nothing_else_does() -> None:
    body = "Boko Haram fighters killed at least 37 people in the village of Mafa, local residents said."
    assert [e.country for e in current(extract(article(body)))] == ["NG"]
    body = "Hamas said its fighters killed 10 soldiers in an ambush."
    assert [e.country for e in current(extract(article(body)))] == ["PS"]
    from streams.extract.places import group_home

    assert group_home("Storms hit the Bahamas, killing 10.") is None  # whole names only
    assert group_home("Hamas and Hezbollah fighters were killed.") is None  # two countries: no answer
    # groups of one country each, from insurgencies in Asia, Africa and the Americas
    homes = ["the LTTE", "Abu Sayyaf gunmen", "ISWAP fighters", "CODECO militiamen", "Naxalites", "the CJNG"]
    assert [group_home(f"{g} attacked.") for g in homes] == ["LK", "PH", "NG", "CD", "IN", "MX"]


def test_a_flow_and_the_stock_it_brings_up_or_is_added_to_are_two_figures() -> None:
    body = (
        "Fighting since Saturday has displaced 35,000 people in North Kivu, bringing the number of displaced "
        "in the province to 2.5 million."
    )
    kinds = [(e.displaced, e.displaced_kind) for e in current(extract(article(body)))]
    assert kinds == [(35000, "incident"), (2500000, "cumulative")]
    body = (
        "More than 3,000 people fled their homes in Ituri after attacks on Monday, OCHA said, adding that "
        "1.7 million people are displaced in the province."
    )
    kinds = [(e.displaced, e.displaced_kind) for e in current(extract(article(body)))]
    assert kinds == [(3000, "incident"), (1700000, "cumulative")]


def test_displacement_over_the_past_two_weeks_is_a_flow() -> None:
    body = "Over 50,000 people have been displaced by gang violence in Port-au-Prince in the past two weeks."
    assert [e.displaced_kind for e in current(extract(article(body)))] == ["incident"]


def test_a_district_named_with_its_unit_is_the_same_district_when_its_bare_name_comes_back() -> None:
    body = (
        "Gunmen killed 15 soldiers in the district of Kurram, Pakistan's army said on Monday.\n"
        "In a separate attack, a bomb killed four police officers in Quetta.\n"
        "More than 30,000 people have fled Kurram since January, the UN said."
    )
    (stock,) = [e for e in extract(article(body)) if e.displaced]
    assert (stock.displaced, stock.country, stock.region) == (30000, "PK", "PK-KP")


def test_an_incident_told_apart_does_not_take_the_place_of_the_incident_before_it() -> None:
    body = (
        "Gunmen killed 12 villagers in Zamfara state, Nigeria, on Monday, police said.\n"
        "Police in Zamfara said the attackers fled on motorcycles.\n"
        "Troops killed 20 bandits in a raid in Katsina state, the army said.\n"
        "Separately, bandits killed three farmers on their way to market, a lawmaker said."
    )
    farmers = next(e for e in extract(article(body)) if e.killed == 3)
    assert (farmers.country, farmers.region) == ("NG", "NG-ZA")  # the story's region, not Katsina's


def test_a_sentence_opening_on_a_part_of_a_country_does_not_take_the_place_told_before_it() -> None:
    body = (
        "An air strike on a school in Aleppo killed six people on Monday, rescuers said.\n"
        "In eastern Syria, a drone strike on a car killed two men on Tuesday, a monitor said."
    )
    car = next(e for e in extract(article(body)) if e.killed == 2)
    assert (car.country, car.region) == ("SY", None)
    told_next = (
        "In northwestern Syria, shelling killed four civilians on Monday, rescuers said.\n"
        "The shells hit a market in the town of Sarmada in Idlib province."
    )
    (market,) = extract(article(told_next))
    assert (market.country, market.region) == ("SY", "SY-ID")


def test_wounded_in_the_attack_just_told_join_it_though_the_sentence_names_its_town() -> None:
    body = (
        "Militants attacked an army post in northern Nigeria and killed eight soldiers, the army said.\n"
        "Four other soldiers were wounded in the overnight attack in Gwoza, in Borno state, an officer said."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(8, 4)]


def test_a_lead_toll_summing_the_operations_told_after_it_drops_with_its_increment() -> None:
    body = (
        "Four militants were killed in two separate gunfights with security forces in Kupwara and Baramulla "
        "districts on Tuesday, taking the toll of militants in the two operations to five, the Army said.\n"
        "Troops began a search operation in a village of Kupwara on Monday evening, a police official said.\n"
        "One militant was killed in the first exchange of fire last evening while another was shot dead on "
        "Tuesday morning, an Army official said.\n"
        "In another operation in Baramulla district, three militants were killed by security forces."
    )
    title = "4 militants killed in separate gunfights in north Kashmir"
    events = current(extract(article(title + "\n\n" + body, title=title)))
    assert sorted(e.killed for e in events) == [1, 1, 3]


def test_a_large_flight_in_the_perfect_naming_no_episode_is_a_stock() -> None:
    body = "Some 70,000 people have fled their homes in Borno state as the insurgency drags on, the UN said."
    assert [e.displaced_kind for e in current(extract(article(body)))] == ["cumulative"]
    body = "Some 70,000 people have fled their homes in Borno after attacks on their villages, the UN said."
    assert [e.displaced_kind for e in current(extract(article(body)))] == ["incident"]


def test_the_dead_a_witness_buried_are_another_count_of_the_incident_just_told() -> None:
    body = (
        "Gunmen killed at least 15 villagers in an attack in Katsina state on Sunday, police said.\n"
        "A farmer said he and other villagers buried 22 people, most of them killed by gunfire."
    )
    assert [(e.killed, e.killed_qualifier) for e in current(extract(article(body)))] == [(15, "at_least")]


def test_a_channel_citing_sources_as_saying_another_toll_is_no_second_incident() -> None:
    body = (
        "A district official said gunmen stormed a police post in Kunduz province on Monday, killing "
        "nine officers and wounding four others.\n"
        "A local television station cited residents as saying six officers were killed at the post."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(9, 4)]


def test_the_wounded_a_hospital_still_has_are_some_of_the_wounded_told() -> None:
    body = (
        "Nine people were killed and six others injured in a gun attack on a bus in Kurram district on "
        "Friday, officials said.\n"
        "“Two injured men are admitted here, while the rest were referred to Peshawar,” a doctor at the "
        "Parachinar hospital said."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(9, 6)]


def test_a_precise_count_below_a_flows_lower_bound_is_a_part_not_the_flow() -> None:
    body = (
        "More than 30,000 people have been displaced in Ituri province in ten days by militia attacks, OCHA "
        "said.\n"
        "In Djugu territory, 27,412 people fled their homes, it said."
    )
    assert [e.displaced for e in current(extract(article(body)))] == [30000]


def test_a_count_of_idps_is_a_stock_as_a_count_of_refugees_is() -> None:
    body = (
        "Shelling on Monday hit the area around the Kalehe camp in South Kivu, where 12,000 IDPs were housed."
    )
    assert [(e.displaced, e.displaced_kind) for e in current(extract(article(body)))] == [
        (12000, "cumulative")
    ]


def test_a_stock_in_and_around_the_city_is_the_citys_not_the_countrys() -> None:
    body = (
        "Militia fighters shelled the town of Kalemie in Tanganyika province, Congo, killing 6 people.\n"
        "Aid groups said fighting in and around the town had displaced more than 210,000 people since May."
    )
    displaced = [(e.displaced, e.region) for e in extract(article(body)) if e.displaced]
    assert displaced == [(210_000, "CD-TA")]


def test_a_part_of_a_toll_named_with_its_place_does_not_place_the_whole_toll() -> None:
    body = "Russian attacks killed 12 people in Ukraine overnight, five of them in Kharkiv, officials said."
    (event,) = current(extract(article(body)))
    assert (event.killed, event.country, event.region) == (12, "UA", None)


def test_the_city_before_any_town_is_named_is_the_city_a_story_is_filed_from() -> None:
    body = (
        "KYIV, Ukraine (AP) — Russian drones struck the city overnight, killing four people, officials said. "
        "Officials in Kharkiv said two more were wounded there."
    )
    first = current(extract(article(body)))[0]
    assert (first.killed, first.country, first.region) == (4, "UA", "UA-30")


def test_displaced_before_another_noun_is_its_adjective_not_the_counts_verb() -> None:
    body = "An Israeli strike killed 7 people at a school sheltering displaced families in Gaza City."
    (event,) = current(extract(article(body)))
    assert (event.killed, event.displaced) == (7, None)


def test_a_count_after_a_passive_toll_in_strikes_on_a_place_carries_the_verb_to_its_own_place() -> None:
    body = "Five people were killed in Russian strikes on Kharkiv, and three in Odesa, officials said."
    events = current(extract(article(body)))
    assert sorted((e.killed, e.region) for e in events) == [(3, "UA-51"), (5, "UA-63")]


def test_the_dead_brought_from_a_town_count_where_they_were_struck_not_where_the_hospital_is() -> None:
    body = (
        "A hospital official in Khan Younis said 20 bodies had arrived from Rafah "
        "after Israeli strikes on the city."
    )
    (event,) = current(extract(article(body)))
    assert (event.killed, event.region) == (20, "PS-RFH")


def test_a_count_said_to_be_higher_is_another_count_of_the_incident() -> None:
    body = (
        "More than 30 villagers were killed in an attack on villages in Djugu territory, Ituri province, on "
        "Wednesday, a local chief said. A civil society leader reported a higher count of 44 bodies."
    )
    assert [e.killed for e in current(extract(article(body)))] == [30]
    other = body.replace("reported a higher count of 44 bodies", "said 44 bodies were found in Bunia")
    assert sorted(e.killed or 0 for e in current(extract(article(other)))) == [30, 44]
    lower = body.replace("reported a higher count of 44 bodies", "reported a lower casualty count of 18 dead")
    assert [e.killed for e in current(extract(article(lower)))] == [30]


def test_a_spate_of_violence_counts_the_attack_told_after_it() -> None:
    body = (
        "Nearly three dozen people have been killed in the latest spate of violence in Somalia. The death "
        "toll from a suicide bombing at a hotel in Beledweyne has risen to 21, officials said on Thursday."
    )
    assert [e.killed for e in current(extract(article(body)))] == [21]
    one = body.replace("in the latest spate of violence in Somalia", "in clashes near Kismayo in Somalia")
    assert sorted(e.killed or 0 for e in current(extract(article(one)))) == [21, 36]
    # an attack told as "the latest in a string of attacks" is an incident of its own
    body = (
        "Armed men killed at least a dozen people in Mbau in North Kivu, Congo, on Sunday night, the latest "
        "in a string of attacks. The UN mission confirmed that five men and five women had been killed."
    )
    assert 12 in [e.killed for e in current(extract(article(body)))]


def test_the_first_count_of_a_risen_toll_is_not_an_incident() -> None:
    body = (
        "The death toll from a suicide bombing in Somalia has risen to 16, security sources said "
        "on Thursday. Initially, six people were killed on Wednesday when a bomber struck in Galkayo."
    )
    assert [e.killed for e in current(extract(article(body)))] == [16]


def test_a_toll_the_fighting_had_already_reached_is_a_total_so_far() -> None:
    body = (
        "Clashes erupted on Tuesday in the town of Bria in the Central African Republic, killing 40 people. "
        "By the end of last month, the fighting had already killed 300 people and displaced 100,000 others, "
        "OCHA said."
    )
    events = extract(article(body))
    assert [e.killed for e in events if e.killed and not e.previously_reported] == [40]
    assert [(e.displaced, e.displaced_kind) for e in events if e.displaced] == [(100_000, "cumulative")]


def test_a_toll_vouched_for_is_no_sum_of_the_enemys_claim_and_one_more() -> None:
    body = (
        "The rebel group confirmed that 9 of its fighters were killed in a clash with troops in Patikul, "
        "Sulu, on Thursday. An army spokesman said 8 rebel fighters had been killed in the clash. "
        "Troops said one villager was killed by a stray bullet in Jolo, Sulu, on Thursday."
    )
    assert 9 in [e.killed for e in current(extract(article(body)))]  # (8 + 1: no sum of the lead's)


def test_a_count_so_far_revises_the_toll_just_told() -> None:
    body = (
        "Gunmen killed about 20 villagers in Hijer in South Darfur, Sudan, on Wednesday, a sheikh said. "
        "So far 35 names are known of the people killed, he said."
    )
    assert [e.killed for e in current(extract(article(body)))] == [35]


def test_where_the_attack_took_place_told_later_places_it() -> None:
    body = (
        "An ambush in the north of Paraguay killed eight soldiers, authorities said on Thursday. "
        "The group is loosely modelled on other guerrilla movements. "
        "Officials said the unit was created in 2013 to fight it. "
        "Officials gave no other details. "
        "The government said it is investigating the attack, which took place in a rural part of "
        "Concepcion, about 450 kilometres north of capital Asuncion."
    )
    (event,) = current(extract(article(body)))
    assert (event.country, event.region) == ("PY", "PY-1")
    told = body.replace("the attack, which took place in", "a raid last year in")
    assert [(e.country, e.region) for e in current(extract(article(told)))] == [("PY", None)]


def test_a_hospital_where_the_dead_were_counted_does_not_place_them() -> None:
    body = (
        "At least 30 fighters were killed in clashes in Hodeidah, Yemen, medics said on Sunday. Another 9 "
        "fighters were reported killed by medics at a hospital in Mocha, south of Hodeidah."
    )
    regions = {e.region for e in current(extract(article(body)))}
    assert regions == {"YE-HU"}
    struck = body.replace("were reported killed by medics at a hospital in", "were killed in").replace(
        ", south of Hodeidah", ""
    )
    assert "YE-TA" in {e.region for e in current(extract(article(struck)))}


def test_a_toll_of_ten_days_of_clashes_is_a_campaigns_total() -> None:
    body = (
        "At least 20 fighters were killed in clashes in Hodeidah, Yemen, medics said on Sunday. More than "
        "400 combatants have been killed in 10 days of clashes in the city."
    )
    assert [e.killed for e in current(extract(article(body)))] == [20]


def test_the_toll_of_an_attack_nearly_two_weeks_before_is_background() -> None:
    body = (
        "A suicide bomber struck a market in Peshawar, Pakistan, on Thursday, killing 11 people and injuring "
        "36, nearly two weeks after a car bombing in the city left 118 people dead."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(11, 36)]


def test_another_groups_origin_before_the_figure_is_not_where_it_fled_from() -> None:
    body = (
        "UNHCR said that in addition to the new arrivals from Burkina Faso, an additional 1,186 Nigerien "
        "citizens were displaced in Tillaberi, Niger, by attacks last week."
    )
    assert [(e.country, e.region) for e in current(extract(article(body)))] == [("NE", "NE-6")]


def test_officials_lower_count_of_the_incident_is_another_count_not_an_incident() -> None:
    body = (
        "Residents in Badakhshan province, Afghanistan, said at least 15 civilians were killed in an "
        "airstrike in Warduj district on Sunday. However, local officials confirmed two people were killed "
        "in the incident."
    )
    assert [e.killed for e in current(extract(article(body)))] == [15]


def test_a_lead_summing_the_incidents_keeps_the_wounded_no_later_sentence_tells() -> None:
    body = (
        "Ten civilians were killed and six others injured when rebels shelled a district of Taiz, Yemen, a "
        "rescuer said on Thursday. Three people were killed when the rebels shelled a home on Wednesday "
        "night. When rescuers arrived, the rebels struck at them too, killing seven of them."
    )
    events = current(extract(article(body)))
    assert sum(e.killed or 0 for e in events) == 10
    assert sum(e.wounded or 0 for e in events) == 6


def test_the_dead_identified_by_name_are_not_more_dead() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "Security forces killed nine rebels in a clash in the forest on Sunday, police said. Two other dead "
        "rebels have been identified as Ram Kumar and Sita Devi, an officer said."
    )
    events = [e for e in extract(Article(id="t", body=body)) if not e.previously_reported]
    assert [e.killed for e in events] == [9]


def test_what_earlier_reports_claimed_is_the_same_incident_counted_before() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "Security forces killed six militants in a raid in a forest in Dagestan, a police source said on "
        "Sunday. One soldier was killed and two officers were injured. Earlier reports claimed four "
        "militants were killed."
    )
    events = [e for e in extract(Article(id="t", body=body)) if not e.previously_reported]
    assert sorted(e.killed for e in events) == [1, 6]


def test_residents_own_count_of_the_raid_leaves_the_polices_lead_figure() -> None:
    import datetime as dt

    from streams.extract import extract
    from streams.models import Article

    body = (
        "Gunmen killed at least 30 people in four villages in Zamfara state, police said on Saturday. Local "
        'residents said up to 41 villagers were killed in the raid late on Thursday. "We found a total of 41 '
        'bodies," resident Musa Bello said.'
    )
    events = [e for e in extract(Article(id="t", body=body, published_at=dt.date(2021, 7, 10)))]
    assert [(e.killed, e.previously_reported) for e in events] == [(30, False)]


def test_a_lead_lower_bound_over_the_attacks_told_after_it_is_their_sum() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "More than a dozen people have been killed in two attacks near Beni, local sources said Sunday. Late "
        "Saturday, seven people were killed in an attack at Kisima. A second assault took place early Sunday "
        "near Oicha, where six people died."
    )
    events = [e for e in extract(Article(id="t", body=body)) if not e.previously_reported]
    assert sorted(e.killed for e in events) == [6, 7]


def test_after_a_series_of_attacks_one_burned_alive_is_one_attacks_dead() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "Gunmen launched a series of attacks overnight that killed four people, officials said. In Cibitoke, "
        "gunmen ambushed a minibus. One man was burned alive and two others were seriously hurt, the "
        "governor said."
    )
    events = [e for e in extract(Article(id="t", body=body)) if not e.previously_reported]
    assert any(e.killed == 1 for e in events)


def test_what_a_source_had_said_before_the_count_that_stands_is_told_again() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "At least nine soldiers were killed when militants ambushed their patrol, the ministry said. A "
        "security source on Saturday had said 11 soldiers were killed."
    )
    events = [e for e in extract(Article(id="t", body=body)) if not e.previously_reported]
    assert [e.killed for e in events] == [9]


def test_another_estimate_of_the_one_incidents_dead_is_no_new_incident() -> None:
    body = (
        "Gunmen attacked the village of Kwall in Plateau State on Sunday, and witnesses counted 80 bodies. "
        "Aid workers said they were still searching the bush. "
        '"We are estimating 200 people killed," a state official said. '
        "Police later said the number of dead officially recorded stood at 40."
    )
    events = current(extract(article(body)))
    assert [e.killed for e in events] == [80]


def test_the_wounded_who_died_later_are_in_the_toll_told_not_more_dead() -> None:
    body = (
        "The toll from Friday's bombing of a market in Quetta has risen to 31, police said on Saturday. "
        '"Four seriously injured died in the hospital overnight," a doctor said. '
        "Officials said two soldiers later succumbed to their injuries."
    )
    assert [e.killed for e in current(extract(article(body)))] == [31]


def test_what_a_source_had_claimed_of_the_attack_is_the_count_before_the_one_that_stands() -> None:
    body = (
        "Gunmen killed at least 38 worshippers in an attack on a church in Owo, an official said on Friday. "
        "Police had claimed on Thursday that nine people were killed in the attack."
    )
    assert [e.killed for e in current(extract(article(body)))] == [38]


def test_a_roundups_first_incident_told_again_after_the_second_is_one_incident() -> None:
    body = (
        "Gunmen attacked a police post on Wednesday in Kunar province, killing five officers, officials "
        "said. "
        "The attack came hours after insurgents killed seven soldiers in Zabul province on Tuesday night. "
        "In the Kunar attack, the post's commander was killed along with four others, a spokesman said."
    )
    events = current(extract(article(body, published=dt.date(2023, 5, 10))))
    assert sorted(e.killed for e in events) == [5, 7]


def test_an_item_told_in_another_report_days_before_the_lead_is_still_the_news() -> None:
    body = (
        "A roadside bomb killed three policemen in Helmand province on Wednesday, officials said. "
        "In another report, from Farah province, airstrikes on Monday killed nine laborers, an official said."
    )
    events = current(extract(article(body, published=dt.date(2023, 5, 10))))
    assert sorted(e.killed for e in events) == [3, 9]


def test_a_roundup_told_battle_by_battle_drops_its_lead_sum() -> None:
    body = (
        "Shells hit parts of Mogadishu on Monday, killing at least 11 civilians in two separate battles, "
        "witnesses and officials said. In the first battle, insurgents attacked an AU base in the south. "
        "Witnesses said seven civilians were killed. Later Monday, residents said shells hit the main "
        "market, and witnesses saw at least four civilians killed."
    )
    events = current(extract(article(body, published=dt.date(2023, 5, 8))))
    assert sorted(e.killed for e in events) == [4, 7]


def test_the_bombing_after_a_lead_that_sums_bombings_is_one_of_them() -> None:
    body = (
        "More than 25 people were killed in bombings in Iraq on Monday, including one in Kirkuk, officials "
        "said. At least 16 people were killed in the bombing, a police commander said. In Baghdad, a car "
        "bomb near a market killed at least nine people, officials said."
    )
    events = current(extract(article(body, published=dt.date(2023, 5, 9))))
    assert sorted(e.killed for e in events) == [9, 16]


def test_a_lead_claim_that_sums_the_claims_after_it_is_no_incident() -> None:
    body = (
        "The army has killed at least 12 rebel fighters in its campaign in the east, the government "
        "spokesman said on Sunday. Eight rebel fighters have been killed near the town of Rutshuru in "
        "North Kivu province and a soldier was also killed there, he said. Four rebels were killed earlier "
        "in South Kivu."
    )
    events = current(extract(article(body, published=dt.date(2023, 5, 7))))
    assert sorted(e.killed for e in events) == [1, 4, 8]


def test_a_roundup_lead_beside_a_displacement_stock_sums_its_attacks_told_after() -> None:
    body = (
        "At least 14 civilians were killed in attacks on two villages in eastern Congo over the weekend, "
        "the army said on Monday, the latest in a wave of violence that has forced 90,000 people from "
        "their homes. Gunmen attacked the village of Mambasa on Sunday and seven people were found dead, "
        "a spokesman said. Seven people were also killed in an earlier attack on the village of Oicha on "
        "Saturday, the army said."
    )
    events = current(extract(article(body, published=dt.date(2023, 5, 9))))
    assert sorted(e.killed for e in events if e.killed) == [7, 7]


def test_a_toll_of_combatants_broken_down_side_by_side_is_one_toll() -> None:
    body = (
        "At least 40 combatants have been killed in clashes in Hodeida, medics said on Sunday. "
        "Medics in the city reported 31 rebels and six loyalists killed in the fighting."
    )
    events = current(extract(article(body, published=dt.date(2018, 11, 11))))
    assert [e.killed for e in events] == [40]


def test_another_officials_count_of_the_same_dead_is_no_new_incident() -> None:
    body = (
        "The death toll from twin car bombs near a hotel in Mogadishu has risen to at least 30, police "
        "said on Saturday. Another security official told reporters that nearly 38 had been confirmed "
        "dead so far."
    )
    assert [e.killed for e in current(extract(article(body)))] == [30]


def test_another_body_confirming_a_count_of_the_same_dead_is_no_new_incident() -> None:
    body = (
        "Armed men killed at least 15 people in the town of Oicha in North Kivu on Sunday night, "
        "authorities said. The UN mission confirmed that six men and five women had been killed."
    )
    assert [e.killed for e in current(extract(article(body)))] == [15]


def test_wounded_told_after_a_sentence_back_at_the_first_incident_are_its_own() -> None:
    body = (
        "A bomb in a market in Kirkuk killed five people on Monday, police said. "
        "Also Monday, a suicide bomber struck a checkpoint in Tikrit, killing two and wounding six. "
        "The Kirkuk bombing went off at the main gate of the market. "
        "Twenty people were also wounded in the attack."
    )
    events = current(extract(article(body, published=dt.date(2009, 6, 1))))
    assert sorted((e.killed, e.wounded) for e in events) == [(2, 6), (5, 20)]


def test_a_lead_of_fighters_neutralized_that_the_killed_and_wounded_after_it_make_up_is_no_toll() -> None:
    body = (
        'Security forces have "neutralized" eight militants during an operation in Hakkari province, the '
        "governor's office said on Friday. Five militants were killed in Yuksekova district on Thursday, "
        "and three others were injured, the statement said."
    )
    events = current(extract(article(body, published=dt.date(2017, 6, 23))))
    assert [(e.killed, e.wounded) for e in events] == [(5, 3)]


def test_an_estimate_by_an_official_whose_title_names_a_region_is_still_another_estimate() -> None:
    body = (
        "Gunmen attacked the village of Kwall on Sunday, and witnesses counted more than 60 bodies. "
        '"We are estimating 150 people killed," Kaduna State Commissioner for Information Musa Bello said.'
    )
    assert [e.killed for e in current(extract(article(body)))] == [60]


def test_a_later_so_far_toll_of_the_same_fighting_is_no_second_incident_and_keeps_its_wounded() -> None:
    body = (
        "Fighting between government forces and insurgents in Mogadishu over the past week killed more "
        "than 80 people, according to the UN refugee agency. The fighting has so far killed more than "
        "95 people, the agency said in a statement, adding that it had counted 240 wounded."
    )
    events = current(extract(article(body)))
    assert [(e.killed, e.wounded) for e in events if e.killed] == [(80, 240)]


def test_a_lead_rounding_both_sides_dead_down_is_their_sum_and_the_enemy_dead_are_a_claim() -> None:
    body = (
        "More than a dozen people have lost their lives in clashes between the army and rebels in North "
        'Kivu. "There are 11 dead among the rebels and three deaths among the army," an army spokesman '
        "said on Tuesday."
    )
    events = current(extract(article(body, published=dt.date(2016, 3, 29))))
    assert sorted((e.killed, e.verified) for e in events) == [(3, True), (11, False)]


def test_another_estimate_of_the_one_flow_is_no_second_flow() -> None:
    body = (
        "Fighting in the capital has displaced 25,000 people this week, the UN refugee agency said. "
        "Earlier on Friday, the information minister spoke of at least 70 killed and 16,000 displaced."
    )
    events = current(extract(article(body)))
    assert [e.displaced for e in events if e.displaced] == [25_000]


def test_a_toll_broken_down_with_those_who_died_of_their_injuries_keeps_its_parts() -> None:
    body = (
        "The death toll from a car bombing near a hotel in Mogadishu has risen to 12, authorities said. "
        "Ten people died when the car bomb exploded on Wednesday evening, and two died of their injuries "
        "in hospital, an official said."
    )
    events = current(extract(article(body)))
    assert sum(e.killed or 0 for e in events) == 12


def test_a_stock_since_violence_began_in_the_region_is_counted_in_the_region_the_story_tells_of() -> None:
    body = (
        "More than 20,000 people have fled fighting around the towns of Baidoa and Burhakaba in Somalia's "
        "Bay region this week, the UN refugee agency said on Friday.\n"
        "Since violence started in the region last year, more than 90,000 people have been made homeless, "
        "Somalia's Ministry of Humanitarian Affairs said."
    )
    stock = next(e for e in current(extract(article(body))) if e.displaced_kind == "cumulative")
    assert (stock.displaced, stock.country, stock.region) == (90_000, "SO", "SO-BY")


def test_refugees_who_arrived_in_a_neighbouring_country_are_counted_where_the_story_says_they_fled() -> None:
    body = (
        "Fighting between the army and a rebel group broke out last month in Yei State, South Sudan, "
        "the UN refugee agency said on Tuesday.\n"
        "About 3,000 refugees arrived in several remote villages in northeastern Congo, the agency said."
    )
    (flow,) = [e for e in current(extract(article(body))) if e.displaced]
    assert (flow.displaced, flow.displaced_kind, flow.country, flow.region) == (
        3000,
        "incident",
        "SS",
        "SS-EC",
    )


def test_the_named_dead_and_a_count_beside_them_are_the_toll_told_before() -> None:
    body = (
        "Five policemen were killed in an ambush by Maoists in Sukma district on Monday, officials said.\n"
        "Inspectors Ravi Kumar and Anil Yadav and three constables were killed when the rebels opened fire."
    )
    assert [e.killed for e in current(extract(article(body)))] == [5]
    body = (
        "Five policemen were killed in an ambush by Maoists in Sukma district on Monday, officials said.\n"
        "On Tuesday, Inspector Ravi Kumar and three constables were killed in a blast in Bijapur."
    )
    assert len(current(extract(article(body)))) == 2  # another day's incident


def test_a_third_encounter_is_an_incident_of_its_own_though_its_count_equals_the_second() -> None:
    body = (
        "Security forces killed eight militants in three operations in Khyber Pakhtunkhwa, the army said.\n"
        "Four militants were killed in the first operation in Bannu district.\n"
        "Two militants were killed in another operation in Lakki Marwat.\n"
        "A third encounter took place in Bajaur district in which two more militants were killed."
    )
    assert sorted(e.killed for e in current(extract(article(body)))) == [2, 2, 4]


def test_the_other_sides_dead_told_later_are_no_parts_of_the_lead_toll() -> None:
    body = (
        "A suicide car bomb at a police headquarters in Mogadishu killed at least two officers on Monday, "
        "police said, and the al Shabaab militant group claimed responsibility.\n"
        "Three others were wounded during the attack, said Ahmed Ali, a police officer. One of the "
        "assailants was killed in a gun fight after the blast.\n"
        '"It was a suicide car bomb that hit the gate. We also shot dead an armed militant who wanted to '
        'storm the building," Ali told Reuters.'
    )
    lead = current(extract(article(body)))[0]
    assert (lead.killed, lead.wounded) == (2, 3)


def test_a_quoted_today_is_the_speakers_day_and_the_count_told_again_is_the_leads() -> None:
    body = (
        "At least six people were killed in clashes in the capital Bangui on Sunday, the Red Cross said.\n"
        "Fighters burned several houses in the district.\n"
        '"Today there were six dead. Most were killed with machetes," the Red Cross head told reporters.'
    )
    assert [e.killed for e in current(extract(article(body, published=dt.date(2023, 5, 15))))] == [6]


def test_the_place_a_part_of_a_stock_went_to_is_not_the_stocks() -> None:
    body = (
        "The army fought rebels in Sudan's Blue Nile state last week, both sides said on Saturday.\n"
        "The violence has already forced about 200,000 people to flee their homes, more than 30,000 of them "
        "to Ethiopia, the United Nations estimates."
    )
    (stock,) = [e for e in current(extract(article(body))) if e.displaced]
    assert (stock.displaced, stock.country) == (200_000, "SD")


def test_other_people_also_displaced_after_a_flow_are_more_of_the_flow() -> None:
    body = (
        "Fighting between the army and rebels resumed on Friday near Rutshuru, in North Kivu.\n"
        "More than 6,000 people have found refuge in public buildings in Kanyaruchinya.\n"
        "Close to 4,500 other people are also settled with host families, the civil protection said."
    )
    flows = [(e.displaced, e.displaced_kind) for e in current(extract(article(body))) if e.displaced]
    assert flows == [(6000, "incident"), (4500, "incident")]


def test_a_quote_of_both_sides_figures_does_not_give_the_enemys_dead_the_armys_wounded() -> None:
    body = (
        "Troops have repelled an attack in Borno State, killing 14 insurgents while 9 soldiers were wounded, "
        "an army spokesman said on Monday.\n"
        'The army "dealt a decisive blow on the insurgents by killing 14," he said, adding: "Unfortunately, '
        'an officer and 8 soldiers were wounded in action."'
    )
    figures = sorted((e.killed or 0, e.wounded or 0) for e in current(extract(article(body))))
    assert figures == [(0, 9), (14, 0)]


def test_a_bulletins_section_headline_in_capitals_is_no_incident_of_its_own() -> None:
    body = (
        "Humanitarian Snapshot\n\n"
        "CHAD\nNEARLY 4,000 PEOPLE FLEE ATTACKS IN LAC\n\n"
        "Around 3,200 people have fled across the border to Chad's Lac region after attacks by armed "
        "elements in Nigeria's north-east, officials said."
    )
    assert [e.displaced for e in current(extract(article(body))) if e.displaced] == [3200]


def test_an_estimate_of_people_is_no_competing_count_of_a_families_figure() -> None:
    body = (
        "In South Sudan's Jonglei state, some 700 families were displaced in Akobo by clan fighting.\n"
        "An estimated 450 people sought shelter in Yirol town, Lakes, when their settlement was raided."
    )
    flows = [(e.displaced, e.region) for e in current(extract(article(body))) if e.displaced]
    assert flows == [(450, "SS-LK")]  # (the families figure stays households: no number of people)


def test_a_stock_told_again_with_its_place_takes_the_place() -> None:
    body = (
        "From 41,000 people as of May 9, the crisis has now forced a total of 52,300 people to flee "
        "their homes\n\n"
        "The number of people displaced by the fighting in Marawi City has climbed to 52,300, the social "
        "welfare department said on Tuesday."
    )
    (stock,) = [e for e in current(extract(article(body))) if e.displaced]
    assert (stock.displaced, stock.country, stock.region) == (52_300, "PH", "PH-14")


def test_the_count_of_refugees_in_one_host_country_is_part_of_the_flow_told_before() -> None:
    body = (
        "About 15,000 people have fled fighting in Mali to Niger and Burkina Faso, the UN said on Tuesday.\n"
        "A spokesman said most of the 9,000 refugees who have arrived in Niger are sleeping in the open."
    )
    assert [e.displaced for e in current(extract(article(body))) if e.displaced] == [15_000]


def test_those_killed_at_the_scene_and_the_wounded_who_died_later_are_part_of_the_toll() -> None:
    body = (
        "Gunmen killed seven soldiers on Thursday in an ambush in Mopti region, Mali.\n"
        "Five members of the convoy were killed at the scene. Two others, badly wounded, died later, "
        "a military source said."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(7, None)]


def test_a_rank_abbreviated_does_not_end_the_sentence_and_a_wounded_count_told_again_is_the_same() -> None:
    from streams.extract.sentences import split_sentences

    text = "But Brig. Ali Hassan, the police spokesman, later said 25 were wounded."
    assert [s.text for s in split_sentences(text)] == [text]
    body = (
        "A truck bomb killed one person and wounded 25 others on Tuesday near Mosul, Iraq, police said.\n"
        "But Brig. Ali Hassan, the police spokesman in Nineveh province, later said 25 were wounded."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(1, 25)]


def test_others_also_killed_in_the_attacks_are_more_dead_not_the_toll_told_again() -> None:
    body = (
        "Rebels attacked police posts in Nayagarh district, Orissa, India, on Friday, killing 13 officers.\n"
        "A civilian also died in the attacks. The rebels escaped with arms."
    )
    assert sum(e.killed or 0 for e in current(extract(article(body)))) == 14
    body = (
        "Rebels attacked police posts in Nayagarh district, Orissa, India, on Friday, killing 13 officers.\n"
        "Thirteen policemen were killed in the attacks, the state police chief said."
    )
    assert sum(e.killed or 0 for e in current(extract(article(body)))) == 13


def test_the_next_bombing_of_the_day_with_a_close_toll_is_another_incident() -> None:
    body = (
        "The first bombing hit the Amil district of Baghdad, Iraq, on Sunday, killing six people and "
        "wounding 19 others.\n"
        "Later, a car bomb exploded on a street of repair shops in Bayaa, killing seven people and "
        "wounding 20, police said."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(6, 19), (7, 20)]


def test_a_toll_brought_to_a_new_count_replaces_the_one_more_found() -> None:
    body = (
        "One more police officer has been found dead after Friday's attack by bandits in Turkana County, "
        "Kenya.\n"
        "The recovery of the body on Sunday brings to five the number of officers killed by the bandits."
    )
    assert [e.killed for e in current(extract(article(body, published=dt.date(2023, 5, 15))))] == [5]


def test_a_headline_count_the_body_never_repeats_is_the_articles_count() -> None:
    body = (
        "Two policemen shot dead as gunmen attack Kasangati police post\n"
        "Unknown gunmen on Monday evening attacked Kasangati police post in Wakiso District, Uganda.\n"
        "The dead were named as Inspector Moses Okello, the officer in charge, and constable Alex Obura."
    )
    assert [e.killed for e in current(extract(article(body, title="Two policemen shot dead")))] == [2]


def test_strikes_across_a_named_territory_and_a_part_in_one_house_leave_the_toll_without_a_region() -> None:
    body = (
        "Israeli strikes across the Gaza Strip killed at least 42 Palestinians overnight, including 12 in a "
        "single house in Jabalia, the health ministry said."
    )
    assert [(e.killed, e.country, e.region) for e in extract(article(body))] == [(42, "PS", None)]
    body = "Shelling killed 30 people, including five soldiers in an attack in Kharkiv, Ukraine, on Monday."
    assert [(e.killed, e.region) for e in extract(article(body))] == [(30, "UA-63")]


def test_a_toll_in_one_region_is_not_the_sum_of_the_next_sentences_tolls_in_another() -> None:
    body = (
        "Russian forces shelled the southern city of Kherson, Ukraine, on Tuesday, killing three civilians "
        "and wounding 11, the governor said. In the eastern Donetsk region, Russian attacks killed two "
        "people in Pokrovsk and one in Kostiantynivka, officials said."
    )
    events = current(extract(article(body)))
    assert sorted((e.region, e.killed) for e in events) == [("UA-14", 1), ("UA-14", 2), ("UA-65", 3)]
    body = (
        "Russian shelling killed four civilians in Donetsk oblast, Ukraine, on Monday, officials said. "
        "Three were killed in Pokrovsk and one in Toretsk."
    )
    assert sorted(e.killed for e in current(extract(article(body)))) == [1, 3]


def test_another_strike_with_the_same_toll_is_another_incident() -> None:
    body = (
        "On Saturday, Israeli drones struck southern Lebanon. A drone strike on a car near the town of "
        "Khiam in the Marjayoun district killed one person, the health ministry said. Another strike hit a "
        "motorcycle in the Nabatieh district, killing one person."
    )
    assert sum(e.killed or 0 for e in current(extract(article(body)))) == 2


def test_a_lead_toll_then_its_incident_told_in_detail_up_to_the_same_toll_is_one_incident() -> None:
    body = (
        "Eight soldiers have been killed in a jihadist attack in the north of the country, security sources "
        "told AFP. Jihadists ambushed the troops on Monday close to the Niger border in Yagha province, a "
        'source said, leaving four dead and four others missing. "The bodies of the missing soldiers have '
        'been found during a search raising the death toll to eight," the source said late Tuesday.'
    )
    assert [e.killed for e in current(extract(article(body, published=dt.date(2020, 5, 13))))] == [8]


def test_a_days_attack_brought_in_with_a_is_its_own_incident() -> None:
    body = (
        "At least 20 soldiers have been killed and 40 injured in two days of fighting in Benghazi, Libya, "
        "a hospital official said on Wednesday. On Tuesday, a car bombing near a vegetable market at the "
        "entrance to the city left 14 wounded, another official said."
    )
    events = current(extract(article(body, published=dt.date(2016, 11, 9))))
    assert sorted((e.killed or 0, e.wounded) for e in events) == [(0, 14), (20, 40)]


def test_another_sources_count_of_the_one_flight_is_not_a_second_flight() -> None:
    body = (
        "At least 20,000 people have fled into the bush to escape fighting in Jonglei state, South Sudan, "
        "UN officials said. In a statement, Save the Children said that up to 25,000 women and children "
        "have fled the fighting."
    )
    assert [e.displaced for e in current(extract(article(body))) if e.displaced] == [20_000]
    body = (
        "At least 20,000 people have fled fighting in Jonglei state, South Sudan, UN officials said. "
        "In Upper Nile state, 25,000 people fled clashes, the governor said."
    )
    assert sorted(e.displaced for e in current(extract(article(body))) if e.displaced) == [20_000, 25_000]


def test_the_leads_day_told_again_with_a_is_the_lead() -> None:
    body = (
        "A car bombing wounded 14 people in Benghazi, Libya, on Tuesday, officials said. On Tuesday, a car "
        "bombing near a vegetable market left 14 wounded, a hospital official said."
    )
    assert [e.wounded for e in current(extract(article(body)))] == [14]


def test_more_deaths_then_this_brings_the_total_are_part_of_the_total() -> None:
    body = (
        "Tribal clashes in Kurram district have killed 43 people and injured 177. Officials said the latest "
        "clashes in one village caused eight more deaths and 11 injuries. This brings the total casualties "
        "in Kurram to 43 dead and 177 injured."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(43, 177)]


def test_a_flows_total_broken_down_by_where_people_stay_is_one_flow() -> None:
    body = (
        "Clashes between the army and militants in Lanao del Sur have displaced 9,210 people, officials said "
        "on Tuesday. The total number includes 1,920 individuals in evacuation centers and 7,290 individuals "
        "who have evacuated to relatives' homes. Butig town has taken in 2,050 individuals who evacuated."
    )
    assert [e.displaced for e in current(extract(article(body)))] == [9210]


def test_a_part_of_a_roundup_close_to_its_total_is_an_attack_of_its_own() -> None:
    body = (
        "Two separate cattle-related attacks in Jonglei State have left at least 15 people dead. Raiders "
        "attacked Makuach on Friday afternoon and killed 13 people. A separate attack by armed youths also "
        "left 2 civilians dead in Panyagoor on Saturday."
    )
    assert sorted(e.killed or 0 for e in current(extract(article(body, published=dt.date(2020, 6, 21))))) == [
        2,
        13,
    ]


def test_a_toll_quoted_and_told_on_a_later_day_is_the_incident_told_again() -> None:
    body = (
        "Raiders attacked Makuach on Friday afternoon and killed 13 people, an official said. "
        '"During the attack, 13 people were killed," the official told a radio station on Sunday.'
    )
    events = current(extract(article(body, published=dt.date(2020, 6, 21))))
    assert [(e.killed, e.date) for e in events] == [(13, dt.date(2020, 6, 19))]


def test_some_of_the_wounded_said_to_be_seriously_hurt_are_no_more_wounded() -> None:
    body = (
        "Seventeen policemen were killed and 14 wounded in an ambush by Maoists in Sukma on Saturday. "
        '"Our two men are seriously injured," the chief minister said.'
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(17, 14)]


def test_a_person_of_another_noun_killed_later_is_one_more_dead() -> None:
    body = (
        "A soldier was killed by a roadside bomb in Yala province on Monday. "
        "A 52-year-old farmer was later shot and killed near a rubber plantation in the same province."
    )
    assert [e.killed for e in current(extract(article(body)))] == [1, 1]
    again = body.replace("A 52-year-old farmer was later shot and killed", "The soldier was killed")
    assert [e.killed for e in current(extract(article(again)))] == [1]


def test_a_further_flow_and_the_total_it_brings_up_are_a_flow_and_a_stock() -> None:
    body = (
        "A further 3,000 people fled fighting in Rutshuru on Monday, bringing the total displaced to 25,000."
    )
    events = current(extract(article(body)))
    assert sorted((e.displaced or 0, e.displaced_kind) for e in events) == [
        (3000, "incident"),
        (25000, "cumulative"),
    ]


def test_higher_counts_after_a_toll_said_to_be_maybe_higher_are_other_counts_of_it() -> None:
    body = (
        "At least 12 soldiers were killed when militants attacked an army post near Ngouboua on Tuesday, "
        "the government said, but media reports suggest the toll may be much higher. But an army officer, "
        'speaking on condition of anonymity, said "about 35" troops had been killed and the attackers took '
        'their weapons. Radio France Internationale reported that "between 25 and 40 soldiers were killed".'
    )
    assert [e.killed for e in current(extract(article(body)))] == [12]


def test_a_total_of_bodies_recovered_is_the_incidents_dead_counted_again() -> None:
    body = (
        "Gunmen attacked two villages in Plateau State on Monday night and killed no fewer than 20 people. "
        "A resident said a total of 26 corpses had been recovered from the villages."
    )
    assert [e.killed for e in current(extract(article(body)))] == [20]


def test_a_count_set_against_the_first_with_however_is_a_competing_count() -> None:
    body = (
        "Air strikes by the military killed as many as 80 people at a ceremony in the village of Kyauk Ye in "
        "Magway region on Tuesday, a witness told reporters. However, the local radio reported that 40 "
        "villagers were killed and 25 wounded. The junta denied it."
    )
    events = current(extract(article(body)))
    assert [(e.killed, e.wounded) for e in events] == [(80, 25)]


def test_the_number_killed_reaching_the_sum_of_the_attacks_told_is_no_new_incident() -> None:
    body = (
        "Five civilians were killed in rocket attacks on the village of Sarmin in the countryside of Idlib "
        "this morning. Moreover, activists documented the death of three civilians in rocket fire on "
        "Binnish. "
        "Accordingly, the number of civilians killed this morning in bombardment has reached eight people."
    )
    assert sorted(e.killed or 0 for e in current(extract(article(body)))) == [3, 5]


def test_a_speaker_saying_there_had_been_fewer_deaths_gives_a_competing_count() -> None:
    body = (
        "At least 30 people were killed and 70 wounded when a car bomb exploded at a market in Mosul on "
        'Thursday, a hospital director said. "A car packed with explosives blew up near the stalls," said a '
        "police spokesman. He said there had been 19 deaths."
    )
    assert [e.killed for e in current(extract(article(body)))] == [30]


def test_a_toll_told_as_those_killed_at_once_and_those_who_died_later_keeps_the_lead() -> None:
    body = (
        "Seven soldiers were killed and two others wounded in a rebel attack on Thursday in Mardin province, "
        "according to local sources. In a statement, the governor's office said four soldiers were killed, "
        "five others wounded in a rural area of Nusaybin district. Later, three soldiers succumbed to their "
        "wounds at the state hospital, said a health officer. Four of the soldiers were killed at the site "
        "while three others died of their wounds in hospital."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(7, 2)]


def test_meanwhile_another_authority_putting_the_toll_lower_gives_a_competing_count() -> None:
    body = (
        "At least 60 people were killed and some 150 others injured over the past two days in clashes "
        "between militias and tribes in southern Syria's Deraa province, a war monitor said on Monday. "
        "Meanwhile, the defense authority, in a statement carried by the state news agency, put the death "
        "toll at more than 20 and the injuries at some 70."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(60, 150)]


def test_meanwhile_a_source_quoted_on_the_attacks_toll_gives_a_competing_count() -> None:
    body = (
        "Gunmen stormed a police post in Zabul province on Tuesday, killing at least 12 officers, officials "
        "said. Meanwhile, a local radio quoted a tribal elder as saying that the Taliban attack had killed "
        "nine policemen."
    )
    assert [e.killed for e in current(extract(article(body)))] == [12]


def test_a_series_of_attacks_that_have_killed_more_over_the_week_is_a_running_toll() -> None:
    body = (
        "Gunmen stormed a police post in Zabul province on Tuesday, killing at least 12 officers, officials "
        "said. A series of raids by the insurgents in the province over the past week have killed at least "
        "30 policemen, the agency reported."
    )
    events = extract(article(body))
    assert sorted((e.killed, e.previously_reported) for e in events) == [(12, False), (30, True)]


def test_the_dead_of_one_of_the_strikes_a_toll_counts_are_part_of_it() -> None:
    body = (
        "Airstrikes on villages in Kunar province killed at least 30 people on Monday, officials said. "
        "One strike killed 12 members of a single family, a resident said. Another strike reportedly "
        "killed four people."
    )
    assert [e.killed for e in current(extract(article(body)))] == [30]
    elsewhere = body.replace("killed four people.", "killed four people in the Nangarhar province.")
    assert [e.killed for e in current(extract(article(elsewhere)))] == [30, 4]


def test_a_lower_bound_after_an_upper_guess_is_the_count_and_if_confirmed_leaves_it_unverified() -> None:
    body = (
        "Troops hunted for gunmen suspected of killing as many as 30 miners in Zamfara state on Sunday. "
        "A survivor's account detailed the killing of at least 22 people, which if confirmed would make it "
        "the deadliest attack this year."
    )
    (event,) = current(extract(article(body)))
    assert (event.killed, event.killed_qualifier, event.verified) == (22, "at_least", False)
    assert event.claimed_by is None


def test_those_neutralised_after_a_toll_of_killed_and_wounded_are_both_and_a_partys_count() -> None:
    body = (
        "Air strikes by the army have killed 12 and injured four at a camp used by rebels in the south, "
        "according to the minister. The minister said on Tuesday the operation had 'neutralised' 16 rebels."
    )
    (event,) = current(extract(article(body)))
    assert (event.killed, event.wounded, event.verified) == (12, 4, False)


def test_two_single_victims_of_one_side_are_one_toll_of_two_and_of_two_sides_two_counts() -> None:
    body = "A Malian soldier and a civilian were killed in an attack on a gold mine near Kayes on Monday."
    assert [e.killed for e in current(extract(article(body)))] == [2]
    body = "A policeman and one of the attackers were killed in the raid in Kano on Monday."
    assert sorted((e.killed, e.verified) for e in current(extract(article(body)))) == [(1, False), (1, True)]


def test_the_provisional_toll_of_this_attack_from_another_source_completes_the_lead() -> None:
    body = (
        "At least 10 gendarmes were killed on Thursday night in an attack on a post in northern Mali, "
        "security sources said. According to an officer, the provisional balance sheet of this violent "
        "attack shows a dozen gendarmes killed and four injured."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(10, 4)]


def test_a_standfirst_of_wounded_after_the_headline_joins_the_lead_and_a_governors_toll_competes() -> None:
    body = (
        "Gunmen kill more than a dozen in Niger village\n"
        "Attack in the west of the country left six injured and 10 missing, an official says.\n"
        "At least 16 people were killed in an attack on a fishing village in western Niger on Thursday, "
        "an official said. The region's governor gave a toll of at least nine dead."
    )
    events = current(extract(article(body, title="Gunmen kill more than a dozen in Niger village")))
    assert [(e.killed, e.wounded) for e in events] == [(16, 6)]


def test_a_flow_since_an_offensive_was_launched_and_its_precise_count_are_one_flow() -> None:
    body = (
        "Nearly 20,000 civilians have been forced to flee their homes in Zaporizhzhia Oblast since Russia "
        'launched a ground offensive there on 3 June, the regional governor said. "We have already evacuated '
        '19,651 people," he said.'
    )
    events = current(extract(article(body)))
    assert [(e.displaced, e.displaced_kind) for e in events] == [(19_651, "incident")]


def test_a_line_wrapped_inside_a_sentence_goes_on_on_the_next() -> None:
    from streams.extract.sentences import split_sentences

    body = (
        "The agency said nearly 4,000 of those living in\ndisplacement camps fled again.\nKANO, Nigeria\n"
        "Gunmen came."
    )
    assert [s.text for s in split_sentences(body)] == [
        "The agency said nearly 4,000 of those living in\ndisplacement camps fled again.",
        "KANO, Nigeria",
        "Gunmen came.",
    ]
    # a text wrapped at a width: every line without closing punctuation goes on, but for the headline
    wrapped = (
        "Camps fill up in Marib\nThe town already hosts an estimated\none million in 125 IDP sites, it said. "
        "Sirwah District hosts around 30,000\ndisplaced people who fled the fighting, the\nagency added."
    )
    texts = [s.text for s in split_sentences(wrapped)]
    assert texts[0] == "Camps fill up in Marib"
    assert texts[1] == "The town already hosts an estimated\none million in 125 IDP sites, it said."
    events = current(extract(article(wrapped)))
    assert sorted((e.displaced or 0, e.displaced_kind) for e in events) == [
        (30_000, "cumulative"),
        (1_000_000, "cumulative"),
    ]


def test_bodies_a_resident_says_have_been_recovered_are_another_count_of_the_dead() -> None:
    body = (
        "Gunmen on Friday night attacked four communities in Guma, Benue State, killing at least eight "
        "people. A resident said more than 14 dead bodies had been recovered."
    )
    assert [e.killed for e in current(extract(article(body)))] == [8]


def test_a_standfirst_of_the_wounded_then_the_dead_then_the_precise_count_are_one_attack() -> None:
    body = (
        "Attack in the south of the country left four injured and nine missing, an official says.\n"
        "More than a dozen people were killed in an attack on a fishing village in southern Mali on Tuesday, "
        "an official said.\n"
        '"There were 15 dead, four wounded and nine missing in the attack" near the village of Kona, the '
        "prefect said on Wednesday."
    )
    events = current(extract(article(body, published=dt.date(2019, 12, 18))))
    assert [(e.killed, e.killed_qualifier, e.wounded) for e in events] == [(15, "exact", 4)]


def test_an_exact_count_just_above_a_lower_bound_of_the_wounded_replaces_it() -> None:
    body = (
        "Four people were killed and more than 40 injured in a grenade attack on a market in Ngozi, Burundi, "
        'on Sunday. "The grenade killed four people on the spot and wounded 43 others," the police '
        "spokesman said."
    )
    assert [(e.killed, e.wounded) for e in current(extract(article(body)))] == [(4, 43)]


def test_one_resident_and_another_giving_two_counts_are_competing_counts_of_the_lead() -> None:
    body = (
        "Gunmen attacked villages in western Oromia on Saturday, killing at least 150 civilians, witnesses "
        "said. One resident reported there were 120 people killed, while another said there were 150."
    )
    assert [e.killed for e in current(extract(article(body)))] == [150]


def test_the_other_attack_a_lead_sums_is_no_other_source_count_of_the_first() -> None:
    body = (
        "Nine people have been killed in two attacks in northern Burkina Faso, officials said on Monday. "
        '"Six people were killed by armed men overnight Saturday at Pissele," a security official said. '
        'A local administrative official said three people "were shot dead in the village of Bool-Kiiba".'
    )
    # 6 + 3 = 9: the lead is their sum, and the three are the second attack, not a lower count of the first
    assert sorted(e.killed for e in current(extract(article(body)))) == [3, 6]


def test_a_toll_another_source_keeps_the_same_day_is_the_same_incident() -> None:
    body = (
        "The ministry on Saturday raised the death toll in the truck bombing in Tal Afar to 152. However, "
        "the mayor of Tal Afar, speaking at a news conference on Saturday, kept the death toll at 83."
    )
    assert [e.killed for e in current(extract(article(body, published=dt.date(2007, 3, 31))))] == [152]


def test_a_report_told_paragraphs_before_makes_no_later_count_an_earlier_report() -> None:
    body = (
        "At least two people were killed and seven injured after a Russian missile struck Zaporizhzhia, "
        "officials said. A third person previously reported to have died was later resuscitated. "
        "Air raid warnings sounded across the country. "
        "In Nikopol, an 18-year-old died after Russian shelling struck the city, administrators said."
    )
    assert [(e.killed, e.region) for e in current(extract(article(body)))] == [(2, "UA-23"), (1, "UA-12")]


def test_where_the_dead_of_one_toll_died_is_no_breakdown_into_incidents() -> None:
    body = (
        "Six people were shot to death Monday outside a bar in Morelia, Michoacan. Prosecutors said three "
        "men died at the scene, while three other people died of their wounds at a local hospital."
    )
    assert [e.killed for e in current(extract(article(body)))] == [6]


def test_a_separate_raid_that_killed_another_six_is_an_incident_of_its_own() -> None:
    body = (
        "Fourteen people were killed in a strike that hit a family home in Khan Yunis, and a separate raid "
        "killed another six, the civil defence agency said."
    )
    assert sorted(e.killed for e in current(extract(article(body)))) == [6, 14]


def test_one_dead_a_survivor_tells_of_in_a_quote_is_one_of_the_toll() -> None:
    body = (
        "Israeli air strikes hit two homes at dawn on Friday in Khan Yunis, killing at least 20 people. "
        '"The rocket fell next to us. My son Issa was killed, he was five years old," a mother said.'
    )
    assert [e.killed for e in current(extract(article(body)))] == [20]
    # one told outside a quote, in a place of its own, stays an incident
    body = "Gunmen killed 12 people in Zamfara on Monday. A policeman was killed in an attack in Katsina."
    assert sorted(e.killed for e in current(extract(article(body)))) == [1, 12]
