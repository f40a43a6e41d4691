"""Background incidents, cumulative tolls and displacement stocks vs flows."""

from __future__ import annotations

import datetime as dt

from streams.extract.classify import displacement_kind, figure_clause, is_background, is_cumulative_toll
from streams.models import Event


def test_relative_past_cues_are_background() -> None:
    assert is_background("A similar attack a week earlier killed six.", 2021, 5)
    assert is_background("Last month, 14 people died in the same district.", 2021, 5)
    assert is_background("Two years ago, gunmen killed 30 there.", 2021, 5)
    assert is_background("Earlier in the week, the militants raided the town, killing two people.", 2021, 5)


def test_an_earlier_year_is_background_but_the_publication_year_is_not_by_itself() -> None:
    assert is_background("In 2017 an attack killed 40.", 2021, 5)
    assert not is_background("Gunmen killed 12 villagers on Tuesday.", 2021, 5)


def test_a_year_before_an_incidents_noun_is_background() -> None:
    assert is_background("A court sentenced 11 men for a 2016 bombing that killed 320 people.", 2021, 5)
    assert not is_background("The 2021 offensive killed 40 soldiers.", 2021, 5)
    assert not is_background("About 2016 people fled the attack.", 2021, 5)


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


def _events(body: str, published: str | None = "2022-05-20") -> list[Event]:
    from streams.extract import extract
    from streams.models import Article

    return extract(Article(id="bg", body=body, published_at=published, title=""))


def _background_flags(body: str, published: str = "2022-05-20") -> list[tuple[int | None, bool]]:
    return [(e.killed, e.previously_reported) for e in _events(body, published) if e.killed is not None]


def test_a_conflict_that_has_left_thousands_dead_is_a_running_toll() -> None:
    body = (
        "Gunmen killed six farmers in Zamfara state on Thursday, police said. "
        "The region has been hit by an insurgency that has left more than 2,000 dead."
    )
    assert _background_flags(body) == [(6, False), (2000, True)]


def test_a_toll_counted_over_weeks_of_fighting_is_a_running_total() -> None:
    body = (
        "Clashes in Tripoli killed nine people on Wednesday, medics said. "
        "After almost three weeks of fighting, the toll of the dead stood at 80."
    )
    assert _background_flags(body) == [(9, False), (80, True)]


def test_the_attack_comes_after_an_earlier_one() -> None:
    body = (
        "A roadside bomb killed four soldiers in Kirkuk on Monday, officials said. "
        "The attack came two days after militants killed three guards at a checkpoint."
    )
    assert _background_flags(body) == [(4, False), (3, True)]


def test_an_incident_dated_weeks_before_publication_is_background() -> None:
    body = (
        "Shelling killed two civilians in Kharkiv on Tuesday, the governor said. "
        "On 3 March 2022, a strike on the same district killed 11 people."
    )
    assert _background_flags(body) == [(2, False), (11, True)]


def test_a_running_toll_after_a_sentence_naming_the_period() -> None:
    body = (
        "A drone strike killed three people in the village of Kafr Nabl on Friday. "
        "Fighting has flared repeatedly since the truce collapsed in January. "
        "More than 300 civilians have been killed, a monitor said."
    )
    assert _background_flags(body) == [(3, False), (300, True)]


def test_a_conflict_that_has_forced_people_to_flee_is_a_stock() -> None:
    text = "It is a conflict that has forced 450,000 people to flee their homes."
    assert displacement_kind(text, 450_000) == "cumulative"


def test_months_named_with_mid_early_or_start_of_are_background() -> None:
    assert is_background("In mid-April, 54 soldiers were killed in the park.", 2025, 6)
    assert is_background("At the start of January, 28 troops were killed there.", 2025, 6)
    assert not is_background("Gunmen killed 5 traders in the state of Borno.", 2025, 6)


def test_people_who_have_fled_and_are_now_somewhere_are_a_stock() -> None:
    assert displacement_kind("About 2,000 people who have fled are now in need of aid.", 2000) == "cumulative"


def test_a_two_day_battle_is_an_incident_but_eleven_days_of_strikes_are_a_period() -> None:
    body = "The army said 40 fighters were killed over two days of combat in Amhara region, Ethiopia."
    assert _background_flags(body) == [(40, False)]
    body = "A monitor said strikes over 11 days this month killed 95 civilians in Saada, Yemen."
    assert _background_flags(body) == [(95, True)]


def test_a_total_after_a_sentence_naming_the_period_of_the_strikes_is_background() -> None:
    body = (
        "A drone strike killed four farmers in Amhara region, Ethiopia, on Monday, residents said.\n"
        "A rights group said the strikes occurred between September 25 and November 23.\n"
        "According to the group, the strikes killed 321 people."
    )
    assert _background_flags(body, "2024-12-01") == [(4, False), (321, True)]


def test_a_place_named_often_votes_once_for_its_country() -> None:
    from streams.extract.gazetteer import get_gazetteer
    from streams.extract.places import article_context, find_mentions

    gaz = get_gazetteer()
    text = "Fano fighters attacked. Fano said. Fano members fled. Fighting raged in Ethiopia's Amhara region."
    ctx = article_context(find_mentions(text, gaz), [])
    assert ctx.primary_country == "ET"
    assert ctx.countries.get("IT", 0) <= 1


def test_a_month_that_just_ended_is_the_news_not_background() -> None:
    assert not is_background("More than 40,000 people were displaced in January.", 2025, 2, 4, flow=True)
    assert is_background("A total of 761 people were killed in January.", 2025, 2, 4)
    assert is_background("More than 40,000 people were displaced in January.", 2025, 3, 20)


def test_an_incident_on_the_same_day_as_another_is_context_for_the_other() -> None:
    body = (
        "Gunmen killed 18 villagers in Seno province, Burkina Faso, on Monday, the governor said.\n"
        "The attack happened the same day that two soldiers were killed in an ambush in the east."
    )
    assert _background_flags(body) == [(18, False), (2, True)]


def test_a_daily_reports_past_day_is_the_news() -> None:
    assert not is_cumulative_toll("Eight civilians were injured in shelling over the past day.")
    assert is_cumulative_toll("Eight hundred civilians were injured over the past year.")


def test_a_flow_since_an_outbreak_is_a_flow_and_a_region_home_to_people_is_a_stock() -> None:
    text = "Nearly 17,000 have been left homeless since the gang attacks began on February 29."
    assert displacement_kind(text, 17_000) == "incident"
    assert displacement_kind("The south is home to 116,000 people who fled.", 116_000) == "cumulative"
    text = "More than 130,000 people have been displaced as a result of fighting along the border."
    assert displacement_kind(text, 130_000) == "incident"


def test_a_flow_that_began_last_week_is_still_the_news() -> None:
    assert not is_background("Fighting last week forced 90,000 people to flee.", 2022, 1, 16, flow=True)
    assert is_background("Fighting last month killed 40 people.", 2022, 1, 16)


def test_last_week_is_the_news_in_the_lead_and_context_after_it() -> None:
    body = (
        "Gunmen killed 20 people last week in Ethiopia's Oromiya region, an official said on Thursday.\n"
        "Relatives buried the dead in Limmu Kosa district.\n"
        "Last week, 18 civilians were killed in another attack in the same area."
    )
    assert _background_flags(body) == [(20, False), (18, True)]


def test_a_toll_of_the_past_two_days_is_the_news() -> None:
    body = "Turkey said 12 of its soldiers had been killed in the past two days in clashes in northern Iraq."
    assert _background_flags(body) == [(12, False)]


def test_the_deadliest_attack_since_a_year_is_the_news() -> None:
    body = (
        "In the deadliest attack on the police since 2015, 31 officers were killed in Borno state on Friday."
    )
    assert _background_flags(body) == [(31, False)]
    body = (
        "Nine soldiers were killed in Borno state on Friday. The toll was the worst for the army since "
        "May 2019, when 25 soldiers were killed in the same state."
    )
    assert _background_flags(body) == [(9, False), (25, True)]


def test_an_incident_days_before_the_leads_is_its_background() -> None:
    body = (  # published Friday 20 May 2022
        "A car bomb killed 8 people in Kirkuk on Thursday, police said.\n"
        "On Monday, 5 people were killed by a roadside bomb in the same city."
    )
    assert _background_flags(body) == [(8, False), (5, True)]
    body = (
        "A car bomb killed 8 people in Kirkuk, police said on Friday.\n"
        "Gunmen killed 4 shepherds near the city on Tuesday, officials said."
    )
    assert _background_flags(body) == [(8, False), (4, True)]


def test_a_dated_incident_after_the_lead_is_background_a_few_days_on() -> None:
    body = (
        "Gunmen killed 6 villagers in Kaduna state on Thursday, police said.\n"
        "On May 15, 11 people were killed in an attack in the same area."
    )
    assert _background_flags(body) == [(6, False), (11, True)]
    lead = "On May 15, gunmen killed 11 people in Kaduna state, police said on Friday."
    assert _background_flags(lead) == [(11, False)]  # the lead's own incident, five days before


def test_the_attacks_of_a_roundup_are_the_news_whatever_their_days() -> None:
    body = (
        "At least 19 people were killed in three separate attacks in Kaduna state, officials said.\n"
        "On May 14, gunmen killed 7 villagers in Kauru.\n"
        "On May 16, 12 people were killed in Zangon Kataf."
    )
    assert _background_flags(body) == [(7, False), (12, False)]


def test_a_running_toll_told_on_a_weekday_is_still_a_running_toll() -> None:
    body = (
        "Gunmen killed 3 people in Port-au-Prince on Thursday.\n"
        "A UN spokeswoman said on Friday that at least 2,100 people had been killed in Haiti this year."
    )
    assert _background_flags(body) == [(3, False), (2100, True)]


def test_an_attack_that_came_within_hours_of_others_makes_those_background() -> None:
    body = (
        "Militants killed 10 police officers in Dera Ismail Khan on Thursday, police said.\n"
        "The attack came within 24 hours of an operation in which troops killed 12 insurgents in Bajaur."
    )
    assert [k for k, bg in _background_flags(body) if bg] == [12]


def test_a_flow_over_a_period_long_past_is_background_and_one_just_ended_is_news() -> None:
    def flows(body: str) -> list[tuple[int | None, bool]]:
        return [(e.displaced, e.previously_reported) for e in _events(body, "2023-06-13") if e.displaced]

    assert flows(
        "About 70,000 people displaced by fighting reached Bule, Ituri, between April 15 and May 15."
    ) == [(70000, True)]
    assert flows("Between June 1 and 9, 40,000 people fled fighting in Ituri province.") == [(40000, False)]


def test_a_toll_dated_by_the_sentence_before_is_background_when_that_date_is_old() -> None:
    body = (  # published 20 May 2022
        "Shelling went on along the front line overnight, the ministry said.\n"
        "Before that, on May 9, the army launched an offensive in the south.\n"
        "As many as 40 soldiers were killed in the fighting."
    )
    assert _background_flags(body) == [(40, True)]
    body = (
        "Shelling went on along the front line overnight, the ministry said.\n"
        "On Thursday the army launched an offensive in the south.\n"
        "As many as 40 soldiers were killed in the fighting."
    )
    assert _background_flags(body) == [(40, False)]


def test_a_toll_that_doubles_the_previous_toll_is_the_news_and_the_previous_one_is_no_figure() -> None:
    body = "A bombing of a market in Kandahar killed 41 people, almost doubling the previous toll of 22."
    assert _background_flags(body) == [(41, False)]


def test_the_clashes_running_toll_without_a_day_is_background() -> None:
    body = (
        "Two police officers were killed in an attack in Bamenda, Cameroon, on Thursday.\n"
        "The clashes have claimed the lives of over 120 soldiers, according to the government."
    )
    assert _background_flags(body) == [(2, False), (120, True)]


def test_a_number_of_those_killed_is_a_part_of_them() -> None:
    from streams.extract.classify import sentence_figures

    assert sentence_figures("Only three of those killed were soldiers, the spokesman said.") == []


def test_incidents_of_the_week_the_lead_speaks_of_are_the_news() -> None:
    body = (  # published Friday 20 May 2022
        "Police killed a rebel during a clash this week in Papua province, a spokesman said on Friday.\n"
        "On Monday, rebels killed 2 soldiers in an ambush in the same regency."
    )
    assert _background_flags(body) == [(1, False), (2, False)]


def test_an_incident_over_the_weekend_told_after_a_later_lead_is_background() -> None:
    body = (  # published Friday 20 May 2022
        "Gunmen killed 9 people in Petite-Riviere, Haiti, on Thursday, a community leader said.\n"
        "Over the weekend, nearly 150 people were killed in Port-au-Prince in a gang massacre."
    )
    assert _background_flags(body) == [(9, False), (150, True)]


def test_more_of_the_leads_toll_told_later_is_not_background_whatever_its_day() -> None:
    body = (  # published Friday 20 May 2022
        "At least 22 people have been killed in clashes in Jonglei state, South Sudan, an official said.\n"
        "About 18 people were also injured during the clashes, which occurred over the weekend."
    )
    events = _events(body)
    assert [(e.killed, e.wounded, e.previously_reported) for e in events] == [(22, 18, False)]


def test_a_dead_body_is_no_toll() -> None:
    from streams.extract.classify import sentence_figures

    assert sentence_figures("Two men carried a dead body wrapped in a blanket.") == []


def test_people_killed_in_the_clashes_are_the_news_and_a_total_so_far_is_not() -> None:
    body = (
        "Eleven people have been killed and 43 injured in the clashes in Tripoli, Libya, the ministry said."
    )
    assert _background_flags(body) == [(11, False)]
    body = (
        "Three rebels were killed in a clash in Sulu province, the Philippines, on Thursday, the army said.\n"
        "A total of 12 rebels have been killed, the military said, as troops tried to free the hostages."
    )
    assert _background_flags(body) == [(3, False), (12, True)]


def test_a_late_report_of_the_lead_incident_is_still_the_news() -> None:
    lead = "One soldier was killed and six wounded in skirmishes in Azerbaijan late on Wednesday, May 11."
    assert _background_flags(lead) == [(1, False)]  # published 20 May, nine days on


def test_an_attack_of_a_roundup_a_week_old_is_background() -> None:
    body = (
        "Security forces were hit in three separate incidents in Diyala and Kirkuk provinces, Iraq.\n"
        "A soldier was killed in a clash in Diyala province on Wednesday.\n"
        "Two soldiers were killed and 10 others wounded on May 12 in Kirkuk province."
    )
    assert _background_flags(body) == [(1, False), (2, True)]


def test_more_wounded_in_the_attack_are_the_news_after_a_background_aside() -> None:
    body = (
        "A bomb in a market in Kirkuk, Iraq, killed 5 people on Friday, police said.\n"
        "It was the same market where a car bombing last month killed 12 people.\n"
        "Nine people were also wounded in the attack."
    )
    events = _events(body)
    assert sorted((e.killed or 0, e.wounded or 0, e.previously_reported) for e in events) == [
        (5, 9, False),
        (12, 0, True),
    ]


def test_a_toll_since_dawn_is_todays_news_and_a_week_of_clashes_their_own_toll() -> None:
    body = "Israeli strikes have killed at least 70 people across Gaza since dawn, the civil defence said."
    assert [(e.killed, e.previously_reported) for e in _events(body)] == [(70, False)]
    body = "At least 30 people have been killed in a week of clashes between rival militias in Tripoli."
    assert [(e.killed, e.previously_reported) for e in _events(body)] == [(30, False)]


def test_a_massacre_a_month_before_and_a_half_years_toll_are_background() -> None:
    body = (
        "A month after the massacre in which 160 villagers were killed, survivors remain in camps. "
        "On Thursday, gunmen killed three farmers near Bokkos in Plateau State."
    )
    assert [(e.killed, e.previously_reported) for e in _events(body)] == [(160, True), (3, False)]
    body = "Attacks by armed groups killed at least 2,500 civilians in Mali in the first half of the year."
    assert [(e.killed, e.previously_reported) for e in _events(body)] == [(2500, True)]


def test_the_count_after_a_week_after_is_the_earlier_incidents() -> None:
    body = (
        "Gunmen killed 12 people in Zamfara State on Thursday, a week after 30 villagers were killed nearby."
    )
    assert [(e.killed, e.previously_reported) for e in _events(body)] == [(12, False), (30, True)]
    body = "Two days after the attack in Zamfara State, the death toll rose to 30."
    assert [(e.killed, e.previously_reported) for e in _events(body)] == [(30, False)]


def test_the_number_killed_this_month_is_a_running_total_not_a_new_toll() -> None:
    body = (
        "Militia fighters killed six herders in Ituri province, Congo, on Friday. "
        "The raid brought to 52 the number of people killed in the province this month."
    )
    assert _background_flags(body) == [(6, False), (52, True)]


def test_seeking_shelter_and_the_past_hours_are_a_flow() -> None:
    assert displacement_kind(
        "After the raid, about 4,000 villagers sought shelter in two schools.", 4000
    ) == ("incident")
    assert displacement_kind("Some 4,000 villagers are sheltering in two schools.", 4000) == "cumulative"
    assert (
        displacement_kind("Aid workers counted 900 newly displaced in the past 72 hours.", 900) == "incident"
    )


def test_the_total_displaced_brought_up_by_a_flow_is_a_stock_of_its_own() -> None:
    body = (
        "Army shelling displaced 9,000 people in Sagaing region, Myanmar, this week, bringing the total "
        "displaced in the region to 410,000."
    )
    assert sorted((e.displaced, e.displaced_kind) for e in _events(body, "2022-05-20")) == [
        (9000, "incident"),
        (410_000, "cumulative"),
    ]


def test_an_incident_a_day_before_the_lead_in_its_sentence_leaves_the_lead_the_news() -> None:
    body = (
        "Bandits killed 7 farmers in Sokoto state, Nigeria, on Monday, a day after 11 people were killed "
        "in a similar raid nearby."
    )
    assert _background_flags(body) == [(7, False), (11, True)]


def test_bringing_to_a_running_total_leaves_the_days_toll_the_news() -> None:
    body = (
        "Three soldiers were killed in an ambush in Mali's Mopti region on Monday, the army said, bringing "
        "to 212 the number of soldiers killed since the offensive began."
    )
    assert _background_flags(body) == [(3, False), (212, True)]


def test_taking_the_number_killed_this_month_to_a_total_leaves_the_days_toll_the_news() -> None:
    body = (
        "Shelling killed 4 people in Kherson on Sunday, taking the number killed in the city this month "
        "to 51."
    )
    assert _background_flags(body) == [(4, False), (51, True)]


def test_a_count_of_the_displaced_that_has_climbed_is_a_stock() -> None:
    text = "The number of people displaced by the fighting has climbed to 61,000, officials said on Tuesday."
    assert displacement_kind(text, 61_000) == "cumulative"
    assert (
        displacement_kind("Some 61,000 people fled the fighting on Tuesday, officials said.", 61_000)
        == "incident"
    )


def test_a_groups_toll_over_its_years_is_background() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "Eight soldiers were killed in fighting with Boko Haram on islands of Lake Chad on Sunday, Chad's "
        "army said. Boko Haram, which is blamed for killing at least 20,000 people, fights in four countries."
    )
    events = extract(Article(id="t", body=body))
    assert [e.killed for e in events if not e.previously_reported] == [8]


def test_an_incident_a_day_earlier_is_still_the_news() -> None:
    # a day before the lead's incident is within the news cycle; a week earlier is context
    assert not is_background(
        "A day earlier, the army reported that shelling had killed 47 civilians.", 2025, 4
    )
    assert is_background("A week earlier, the army reported that shelling had killed 47 civilians.", 2025, 4)


def test_period_total_is_the_whole_regex_read_by_its_alternatives() -> None:
    import re

    from streams.extract import lexicon
    from streams.extract.pipeline import _period_total

    whole = re.compile(lexicon.PERIOD_TOTAL.pattern, lexicon.PERIOD_TOTAL.flags)
    texts = [
        "More than 300 were killed in two years of fighting.",
        "The conflict, which has killed 300, goes on.",
        "The overall death toll rose to 45 this week.",
        "Number of people killed so far: 12.",
        "the number of civilians killed in the state this month rose to 45",
        "a spate of attacks that killed 20",
        "Between 12 March and 3 April, 40 died.",
        "Gunmen killed 12 people on Sunday.",
        "In the war that has left 20 dead",
        "Boko Haram, which is blamed for killing 20,000, and 400 killed in 10 days of clashes",
        "",
    ]
    for text in texts:
        assert _period_total(text) == (whole.search(text) is not None), text


def test_a_sentence_opening_on_last_week_after_the_lead_is_context() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "Rebels shelled Bujumbura, Burundi, on Sunday, killing four civilians, the mayor said. Last week, "
        "the army deployed troops in Bubanza province, where four rebel supporters were killed."
    )
    events = extract(Article(id="t", body=body))
    assert [(e.killed, e.previously_reported) for e in events] == [(4, False), (4, True)]


def test_the_day_the_lead_recalls_is_context() -> None:
    import datetime as dt

    from streams.extract import extract
    from streams.models import Article

    body = (
        "Five police officers were killed on Thursday when their vehicle hit a roadside bomb in Garissa, "
        "Kenya, a day after nine police died in similar blasts. On Wednesday morning four police officers "
        "were killed when their vehicle drove over a bomb near Liboi."
    )
    events = extract(Article(id="t", body=body, published_at=dt.date(2017, 5, 26)))
    assert [e.killed for e in events if not e.previously_reported] == [5]


def test_a_period_total_before_the_days_incident_is_no_lead_that_dates_it() -> None:
    import datetime as dt

    from streams.extract import extract
    from streams.models import Article

    body = (
        "The WHO said Thursday that 205 people have been killed in two weeks of fighting in Libya. At least "
        "five civilians were killed in rocket fire on Tuesday night in the Abu Salim district of Tripoli."
    )
    events = extract(Article(id="t", body=body, published_at=dt.date(2019, 4, 19)))
    assert [(e.killed, e.previously_reported) for e in events] == [(205, True), (5, False)]


def test_a_places_share_told_with_alone_is_a_stock() -> None:
    text = (
        "In Bria alone, the violence has forced more than 40,000 people out of their homes, OCHA figures show"
    )
    assert displacement_kind(text, 40_000) == "cumulative"
    assert displacement_kind(
        "The violence has forced 4,000 people out of their homes in the past week alone", 4_000
    ) == ("incident")


def test_the_leads_count_told_again_after_an_aside_is_the_news_resumed() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "Gunmen stormed an army post near Kidal on Friday, killing at least eight soldiers, an officer said. "
        "The assault came three days after a drone strike killed a rebel commander. "
        '"We lost eight soldiers," the officer said. He said troops killed four attackers during the assault.'
    )
    events = extract(Article(id="t", body=body))
    news = [(e.killed, e.verified) for e in events if not e.previously_reported]
    assert news == [(8, True), (4, False)]  # the officer's count of the attackers is his side's claim


def test_a_part_of_the_leads_toll_is_still_carried_with_the_context_before_it() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "Two bombs killed two soldiers and wounded nine in Yala on Saturday, police said. One bomb wounded "
        "four soldiers in a town that has seen violence since 2004. A second bomb went off nearby, killing "
        "two soldiers and wounding five."
    )
    events = extract(Article(id="t", body=body))
    news = [e for e in events if not e.previously_reported]
    assert sum(e.killed or 0 for e in news) == 2


def test_a_year_of_birth_or_building_dates_no_incident() -> None:
    assert not is_background("A missile killed a man and a woman born in 1948 and 1951.", 2024, 9)
    assert not is_background("The bridge, built in 1962, was shelled, killing four.", 2024, 9)
    assert is_background("A missile killed a man and a woman in 1998.", 2024, 9)


def test_a_similar_incident_without_a_time_of_its_own_is_news() -> None:
    assert not is_background(
        "In a similar incident, three people were killed when their car hit a bomb.", 2021, 5
    )
    assert is_background("In a similar incident last month, three people were killed.", 2021, 5)


def test_context_told_day_by_day_before_the_lead_stays_context() -> None:
    import datetime as dt

    from streams.extract import extract
    from streams.models import Article

    body = (
        "The army said it killed four militants near Rafah on Friday. Twenty people were killed in strikes "
        "on Wednesday, the civil defence said. The agency said six more people were killed on Thursday."
    )
    events = extract(Article(id="t", body=body, published_at=dt.date(2025, 11, 21)))
    assert [e.killed for e in events if not e.previously_reported] == [4]


def test_not_over_four_days_after_is_no_period() -> None:
    from streams.extract.pipeline import _over_a_period

    assert not _over_a_period(
        "The toll climbed to 43, with rescue work still not over four days after the strike."
    )
    assert _over_a_period("Fighting killed 43 people over four days in the north.")


def test_when_a_minister_spoke_earlier_this_week_dates_no_incident() -> None:
    import datetime as dt

    from streams.extract import extract
    from streams.models import Article

    body = (
        "Troops killed six rebels in an operation in Apure state, the ministry said on Saturday. The defence "
        "minister earlier this week said two soldiers had been killed in the clashes."
    )
    events = extract(Article(id="t", body=body, published_at=dt.date(2021, 3, 27)))
    assert sorted(e.killed for e in events if not e.previously_reported) == [2, 6]


def test_a_count_put_at_a_figure_expected_to_rise_is_a_stock_of_today() -> None:
    from streams.extract.classify import is_projection

    text = "The ministry puts the number of registered IDPs at 450,000, a figure that is expected to rise."
    assert not is_projection(text)
    assert displacement_kind(text, 450_000) == "cumulative"
    assert is_projection("The fighting is expected to displace 450,000 more people.")


def test_people_who_are_displaced_are_a_stock() -> None:
    assert displacement_kind(
        "More than 160,000 people are internally displaced in the country.", 160_000
    ) == ("cumulative")


def test_a_running_toll_told_twice_is_context_both_times() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "The death toll in the city has risen to over 120, with more than 900 injured since fighting began "
        "in May, doctors said. In a statement, the charity said that over 120 people have been killed since "
        "the siege began. On Friday night, shelling of the hospital's pharmacy killed a nurse and two others."
    )
    events = extract(Article(id="t", body=body))
    assert [e.killed for e in events if not e.previously_reported] == [3]


def test_some_of_the_dead_counted_before_are_not_more_dead() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "A car bomb killed at least 41 people near a hotel in Mogadishu, police said. Most of them were "
        "civilians and nearly 20 of them died in minibuses passing by. Rescuers then came under fire, and "
        "the gunmen killed seven of them."
    )
    events = [e for e in extract(Article(id="t", body=body)) if not e.previously_reported]
    assert sorted(e.killed for e in events) == [7, 41]


def test_the_worst_toll_since_an_operation_began_is_no_period_total() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "Rebels and troops fought in the province on Monday, the military said. Seven soldiers were shot "
        "dead and seven wounded -- the worst toll since the operation was launched on May 19."
    )
    events = [e for e in extract(Article(id="t", body=body)) if not e.previously_reported]
    assert [(e.killed, e.wounded) for e in events] == [(7, 7)]


def test_a_running_toll_told_again_later_is_context_again() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "Troops killed three rebels at a road junction on Sunday night, the commander said. Since December "
        '13, a total of 26 rebels have been killed, he added. "We have killed 26 and captured 15 alive on '
        'Sunday night," he said.'
    )
    events = [e for e in extract(Article(id="t", body=body)) if not e.previously_reported]
    assert [e.killed for e in events] == [3]


def test_a_flow_told_again_as_the_stock_since_it_began_is_one_figure() -> None:
    import datetime as dt

    from streams.extract import extract
    from streams.models import Article

    body = (
        "More than 9,000 people have fled the most recent violence in Upper Nile state, the UN said. More "
        "than 9,100 had been displaced since clashes between armed factions erupted in mid-November."
    )
    events = extract(Article(id="t", body=body, published_at=dt.date(2022, 12, 8)))
    assert [(e.displaced, e.displaced_kind) for e in events] == [(9_100, "cumulative")]


def test_the_dated_attack_told_again_is_the_news_attack() -> None:
    import datetime as dt

    from streams.extract import extract
    from streams.models import Article

    body = (
        "Suspected militants killed 54 troops in an attack on military posts in a national park last week, "
        "the government said on Wednesday. The April 17 attack was claimed by an al Qaeda-linked group, "
        "which said it had killed 70 soldiers."
    )
    events = [e for e in extract(Article(id="t", body=body, published_at=dt.date(2025, 4, 24)))]
    assert sorted((e.killed, e.verified) for e in events if not e.previously_reported) == [
        (54, True),
        (70, False),
    ]


def test_a_large_toll_in_reported_speech_without_a_day_is_a_running_toll() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "Jets bombed the town of Gori on Saturday, killing at least 30 civilians, officials said. Russia "
        "said that 2,000 people had been killed in the breakaway region."
    )
    events = extract(Article(id="t", body=body))
    assert [(e.killed, e.previously_reported) for e in events] == [(30, False), (2_000, True)]


def test_the_revolt_that_has_killed_thousands_is_its_running_toll_whatever_day_is_named() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "Rebels attacked a police post near the capital today, killing five policemen. Violence has risen "
        "before a January 13 deadline for talks on ending the revolt that has killed more than 9,000 people. "
        "The raids have claimed around 640 lives nationally, according to a tally."
    )
    events = extract(Article(id="t", body=body))
    assert [(e.killed, e.previously_reported) for e in events] == [(5, False), (9_000, True), (640, True)]


def test_a_groups_career_displacement_is_no_stock_of_one_place() -> None:
    from streams.extract import extract
    from streams.models import Article

    body = (
        "At least 50,000 people have fled their homes in southeastern Niger after attacks on Bosso, the UN "
        "said. Boko Haram's seven-year insurgency has killed thousands and displaced 2.7 million."
    )
    events = [e for e in extract(Article(id="t", body=body)) if not e.previously_reported]
    assert [e.displaced for e in events] == [50_000]


def test_a_relative_clause_of_an_incident_dated_years_before_is_background() -> None:
    body = (
        "Troops killed three raiders near the border on Monday, the army said. "
        "The militia's leaders are wanted over the 2008 massacres in the valley, which left at least 3,000 "
        "people dead."
    )
    assert _background_flags(body) == [(3, False), (3000, True)]


def test_a_day_toll_bringing_a_running_toll_since_the_start_of_a_war_splits_the_two() -> None:
    body = (
        "Fighting killed at least 15 people on Tuesday bringing the death toll since the start of the "
        "rebellion to more than 9,300, a monitor said."
    )
    assert _background_flags(body, "2021-03-10") == [(15, False), (9300, True)]


def test_a_week_or_two_of_fighting_is_the_news_a_longer_period_a_running_toll() -> None:
    assert not is_cumulative_toll(
        "Street battles over the past week killed more than 70 people, aid groups said."
    )
    assert not is_cumulative_toll("At least 45 civilians were killed over the last two weeks of fighting.")
    assert is_cumulative_toll("At least 45 civilians were killed over the last three months of fighting.")


def test_a_toll_of_a_series_over_months_is_a_running_total() -> None:
    body = (
        "A car bomb killed 12 people in a market in Kano on Friday, police said. "
        "It was the fourth bombing in the city in three months in which 60 people have been killed."
    )
    assert _background_flags(body) == [(12, False), (60, True)]


def test_a_nationwide_toll_the_incident_is_added_to_is_background() -> None:
    body = (
        "Shelling in the town of Tafas killed five civilians on Tuesday, a monitor said, taking the death "
        "toll nationwide to 41. By evening, the monitor put the nationwide death toll at 41."
    )
    assert _background_flags(body, "2012-07-24") == [(5, False), (41, True), (41, True)]


def test_the_sentence_after_an_aside_of_context_goes_on_with_the_news() -> None:
    body = (
        "The toll from a car bomb in a market in Quetta rose to at least 30 on Monday, police said. "
        "The blast ripped through the market on Sunday, exactly a week after more than 50 people were "
        "killed at a mosque nearby. A spokesman for the main hospital said at least 90 people were wounded."
    )
    events = [(e.killed, e.wounded, e.previously_reported) for e in _events(body, "2013-09-30")]
    assert (None, 90, False) in events or (30, 90, False) in events


def test_a_months_toll_told_first_is_no_lead_and_the_incident_after_it_is_the_news() -> None:
    body = (
        "The UN said 120 people were killed in heavy clashes in August alone. "
        "Yesterday, the militia said it had taken the port town of Marka. "
        "According to hospital sources, some 14 people were killed and 40 others injured."
    )
    assert _background_flags(body, "2009-09-02") == [(120, True), (14, False)]


def test_a_massacre_people_fled_after_hearing_about_is_context() -> None:
    assert is_background(
        "Others said they fled after hearing about the killing of 300 people in Bouna.", 2011
    )


def test_a_toll_the_news_comes_on_top_of_is_context() -> None:
    body = (
        "Militiamen killed nine villagers near Kemise on Sunday, officials said on Monday. That comes on top "
        "of more than 250 killed during a flare-up of violence in the same area."
    )
    assert _background_flags(body, "2021-04-19") == [(9, False), (250, True)]


def test_a_large_flight_told_in_the_perfect_over_a_few_days_is_a_flow() -> None:
    assert displacement_kind(
        "More than 120,000 people have fled four days of fighting around the town.", 120_000
    ) == ("incident")
    assert displacement_kind(
        "Some 150,000 people have fled their homes this week, the UN said.", 150_000
    ) == ("incident")
    assert (
        displacement_kind("More than 120,000 people have fled the fighting, the UN said.", 120_000)
        == "cumulative"
    )


def test_there_are_so_many_displaced_is_a_stock() -> None:
    text = (
        "In this part of the country alone, there are more than 40,000 people displaced, the spokesman said."
    )
    assert displacement_kind(text, 40_000) == "cumulative"
    assert (
        displacement_kind("There are now 12,000 internally displaced in the district.", 12_000)
        == "cumulative"
    )


def test_a_toll_since_a_recent_day_runs_to_today_and_is_news() -> None:
    body = (
        "The health director of Kassala state said at least 120 people have been killed and 900 injured "
        "since the fighting erupted on April 2nd."
    )
    assert _background_flags(body) == [(120, False)]
    # the toll of the day a comparison recalls is that day's, and the day is long past
    body = (
        "A car bomb killed 14 people in Kirkuk on Thursday, police said. "
        "Thursday's toll of 14 was the highest since April 30, when at least 26 people were killed "
        "in the country."
    )
    assert [flag for flag in _background_flags(body) if flag[0] == 26] == [(26, True)]
    from streams.extract.pipeline import _since_a_recent_day

    recalled = "The toll of 14 was the highest since April 30, when at least 26 people were killed."
    assert not _since_a_recent_day(recalled, dt.date(2022, 5, 20))
    assert _since_a_recent_day("At least 26 people have been killed since April 30.", dt.date(2022, 5, 20))
    earlier = "The army said last week that a total of 40 militants had been killed since May 2."
    assert not _since_a_recent_day(earlier, dt.date(2022, 5, 20))


def test_a_stock_since_the_start_of_the_year_is_no_flow_for_the_day_it_was_said() -> None:
    body = (
        '"Since the start of this year, over 250,000 people have been newly displaced in Somalia, mostly by '
        'conflict," the agency said in a statement posted on its website on Sunday.'
    )
    (event,) = _events(body, "2020-11-30")
    assert (event.displaced, event.displaced_kind) == (250_000, "cumulative")


def test_an_item_told_apart_in_a_roundup_is_news_for_the_roundups_week() -> None:
    body = (
        "Officials say a roadside bomb has killed three people in the southern province of Helmand.\n"
        "Separately, NATO says a battle in Uruzgan province last Friday left two civilians dead."
    )
    assert _background_flags(body, "2022-05-23") == [(3, False), (2, False)]  # a Monday
    body = (
        "Officials say a roadside bomb has killed three people in the southern province of Helmand.\n"
        "The bomb went off near a police post, officials said.\n"
        "Gunmen killed two police in the same district last Friday."
    )
    assert _background_flags(body, "2022-05-23") == [(3, False), (2, True)]  # context, not told apart


def test_a_leaders_toll_over_the_years_is_background() -> None:
    body = (
        "A court sentenced the rebel commander to life in prison on Friday. "
        "The commander, who is blamed for 12,500 deaths, listened in silence."
    )
    assert _background_flags(body) == [(12_500, True)]


def test_this_time_opens_the_clause_of_the_new_incident() -> None:
    body = (
        "Officials say gunmen attacked the same police post in Kirkuk where nine policemen were killed "
        "earlier this month, this time leaving two policemen dead."
    )
    assert _background_flags(body) == [(9, True), (2, False)]


def test_the_day_before_a_roundup_told_after_its_items_is_another_days_roundup() -> None:
    body = (
        "A series of bombings across Iraq killed at least 11 people on Wednesday, officials said.\n"
        "A car bomb in Baghdad's Sadr City killed six civilians, police said.\n"
        "In Baquba, a roadside bomb killed five soldiers, police said.\n"
        "On Tuesday, a wave of attacks killed 21 people."
    )
    flags = _background_flags(body, "2022-05-19")  # a Thursday
    assert (21, True) in flags and (21, False) not in flags


def test_a_stock_that_held_until_recently_is_background() -> None:
    body = (
        "An estimated 60,000 people have fled the town of Hit as militants stormed it, the UN said.\n"
        '"Until recently, Hit had been a safe haven, providing shelter for some 40,000 displaced people," '
        "the agency said."
    )
    assert [e.previously_reported for e in _events(body) if e.displaced == 40_000] == [True]


def test_the_people_a_camp_houses_are_a_stock_whatever_day_the_camp_was_attacked() -> None:
    text = "The camp housing 1,200 internally displaced people was attacked early on Sunday."
    assert displacement_kind(text, 1200) == "cumulative"


def test_a_toll_in_one_of_the_worst_attacks_of_a_war_is_that_attacks_toll() -> None:
    body = (
        "At least 31 people have been killed, residents said, in one of the deadliest air strikes of the "
        "civil war.\nThe war has killed thousands since 2021."
    )
    assert _background_flags(body) == [(31, False)]
    assert _background_flags("At least 9,000 people have been killed in the civil war.") == [(9000, True)]


def test_those_responsible_for_one_days_killings_are_no_groups_record() -> None:
    body = "Police hunt the gunmen responsible for killing five guards Wednesday in Kandahar, Afghanistan."
    assert _background_flags(body) == [(5, False)]
    body = "Kandahar, Afghanistan: the group, which is blamed for killing 3,000 people, denied the attack."
    assert _background_flags(body) == [(3000, True)]


def test_violence_that_has_not_been_seen_for_years_is_a_comparison_not_a_period() -> None:
    body = "Twenty people were killed on Thursday in San Salvador, violence that has not been seen for years."
    assert _background_flags(body) == [(20, False)]


def test_displaced_people_registered_since_a_recent_day_are_a_stock() -> None:
    body = (
        "Fighting raged in Ituri province, Congo. The district has registered a total of 6,000 displaced "
        "persons since May 10, officials said."
    )
    assert [(e.displaced, e.displaced_kind) for e in _events(body)] == [(6000, "cumulative")]
    body = "Fighting raged in Ituri province, Congo. About 6,000 people have been displaced since May 10."
    assert [(e.displaced, e.displaced_kind) for e in _events(body)] == [(6000, "incident")]


def test_the_dead_of_past_decades_are_a_running_toll() -> None:
    body = (
        "Militants killed two soldiers in Kupwara district, Kashmir, on Tuesday, police said.\n"
        "The police chief said 900 policemen were killed in past two decades while fighting militancy."
    )
    assert _background_flags(body) == [(2, False), (900, True)]


def test_the_dead_of_the_last_months_are_a_running_toll() -> None:
    body = (
        "Troops killed 30 militants in Hiiraan region, Somalia, on Thursday, the army said.\n"
        "In the last four months, troops have retaken several villages, killing nearly 800 militants."
    )
    assert _background_flags(body) == [(30, False), (800, True)]


def test_a_stock_that_held_until_a_month_past_is_background() -> None:
    body = (
        "Some 20,000 people have fled fighting in Bajaur to camps near Peshawar, Pakistan, this month.\n"
        "Until July, the camp was home to 50,000 Afghan refugees, most of whom have since gone home."
    )
    assert [e.previously_reported for e in _events(body, "2022-11-20") if e.displaced == 50_000] == [True]


def test_a_comparison_with_last_years_total_does_not_date_this_years() -> None:
    body = (
        "Civilians are fleeing the war zone in Mullaitivu district, Sri Lanka, the military said.\n"
        "A total of 2,700 fled in the first 15 days of 2009, dwarfing the 1,600 who left in all of 2008."
    )
    flags = [(e.displaced, e.previously_reported) for e in _events(body, "2009-01-16") if e.displaced]
    assert (2700, False) in flags


def test_another_estimate_of_the_running_toll_just_named_is_background_too() -> None:
    body = (
        "A total of 1,070 people fled El Fasher, the capital of North Darfur state, Sudan, over two "
        "days, IOM said on Tuesday. The army and the RSF have been fighting a war since April 2023 that "
        "has killed more than 20,000 people, according to the UN. Research from US universities, "
        "however, estimates the "
        "death toll at around 130,000."
    )
    events = _events(body, "2025-10-21")
    assert [e.killed for e in events if not e.previously_reported and e.killed] == []
    assert sorted(e.killed for e in events if e.previously_reported and e.killed) == [20000, 130000]


def test_a_larger_nationwide_toll_after_the_lead_is_the_countrys_day_not_another_incident() -> None:
    body = (
        "Pro-government militia killed 78 people in a village in Hama province, Syria, on Wednesday, "
        "activists said. Activists said 140 people had been killed nationwide on Wednesday."
    )
    assert [e.killed for e in _events(body, "2012-06-07") if not e.previously_reported] == [78]
    body = (
        "Pro-government militia killed 78 people in a village in Hama province, Syria, on Wednesday, "
        "activists said. Nationwide, eight soldiers were killed in other clashes on Wednesday."
    )
    assert [e.killed for e in _events(body, "2012-06-07") if not e.previously_reported] == [78, 8]


def test_refugees_forced_to_cross_a_border_are_a_flow() -> None:
    text = "Clashes in West Darfur have forced 1,860 refugees to cross into Chad in the past week."
    assert displacement_kind(text, 1860, ("refugees",)) == "incident"
    assert displacement_kind("Chad hosts 400,000 refugees.", 400_000, ("refugees",)) == "cumulative"


def test_the_toll_of_an_episode_the_sentence_before_says_began_days_ago_is_news() -> None:
    body = (
        "Clashes in West Darfur, Sudan, have forced 1,860 people to flee into Chad in the past week, the "
        "UN said. They fled villages near the border in the aftermath of deadly clashes that started on "
        "April 3. The resurging violence has reportedly left 144 people dead and more than 230 injured."
    )
    assert [e.killed for e in _events(body, "2021-04-14") if e.killed and not e.previously_reported] == [144]
    body = (
        "Gunmen killed 12 people in a village in West Darfur, Sudan, on Monday, the UN said. The village was "
        "attacked on April 3. At that time, 30 people were killed."
    )
    assert [e.killed for e in _events(body, "2021-04-14") if e.killed and not e.previously_reported] == [12]


def test_a_conflicts_running_toll_told_again_with_surpassed_is_still_background() -> None:
    body = (
        "Thousands are trapped in Bor, South Sudan, a city in one of the most violent areas of a week-long "
        "conflict that has likely killed more than 1,000 people, a UN official said Monday. The death toll "
        "from a week of violence in South Sudan has likely surpassed 1,000 people, he said."
    )
    assert [e.killed for e in _events(body, "2013-12-23") if e.killed and not e.previously_reported] == []


def test_a_flow_told_again_by_an_official_as_a_total_is_the_same_flow() -> None:
    body = (
        "Insurgents are attacking villages in Cabo Delgado province, Mozambique, as more than 20,000 people "
        "have fled their homes, officials said. The administrator of Erati in Nampula province estimated "
        "that more than 20,000 people had been displaced in total."
    )
    flows = [(e.displaced, e.displaced_kind) for e in _events(body) if e.displaced]
    assert flows == [(20000, "incident")]


def test_a_count_of_the_displaced_between_two_days_months_apart_is_a_stock() -> None:
    body = (
        "The IOM reported that 26,690 people had been displaced by insurgent attacks across Cabo Delgado "
        "province, Mozambique, between 22 December and 20 February."
    )
    assert [e.displaced_kind for e in _events(body, "2024-02-25")] == ["cumulative"]
    body = "The IOM said 1,510 people were displaced by fighting in El Fasher, Sudan, between Oct. 15 and 19."
    assert [e.displaced_kind for e in _events(body, "2025-10-21")] == ["incident"]


def test_a_toll_over_a_spell_that_ended_days_ago_is_news() -> None:
    body = (
        "Hospital morgues in Goma, North Kivu, DR Congo, have reported 773 bodies after the M23 offensive, "
        "the health ministry said. The ministry also noted that between January 26 and January 30, about "
        "2,880 people were wounded in the fighting."
    )
    hurt = [(e.killed, e.wounded) for e in _events(body, "2025-02-01") if not e.previously_reported]
    assert sum(w or 0 for _k, w in hurt) == 2880
    body = (
        "Gunmen killed 12 people in Goma, North Kivu, DR Congo, on Friday, the army said. Between "
        "January 2 and January 6, 40 people were wounded in clashes in the town."
    )
    assert [e.wounded for e in _events(body, "2025-02-01") if e.wounded and not e.previously_reported] == []


def test_a_count_of_the_displaced_as_it_stood_on_a_day_is_a_stock() -> None:
    text = (
        "According to OCHA, up to 30 November 2024 more than 600,000 displaced persons were registered there."
    )
    assert displacement_kind(text, 600_000) == "cumulative"
    assert displacement_kind("Up to 5,000 people fled the village on Monday.", 5_000) == "incident"
    assert displacement_kind("As of March 3, some 20,000 people had fled the fighting.", 20_000) == "incident"


def test_the_displaced_since_an_incursion_began_are_its_flow() -> None:
    text = "More than 120,000 people have been evacuated from the Kursk region since the incursion began."
    assert displacement_kind(text, 120_000) == "incident"
    assert (
        displacement_kind("More than 2 million people have fled since the war began.", 2_000_000)
        == "cumulative"
    )


def test_a_count_with_a_projection_only_added_after_it_stands_and_an_assaults_flow_is_a_flow() -> None:
    body = (
        "Turkey's assault on Kurdish positions in northeastern Syria has forced 130,000 people to flee "
        "their homes, the UN said, adding it was preparing for that figure to more than triple."
    )
    assert [(e.displaced, e.displaced_kind) for e in _events(body)] == [(130_000, "incident")]
    body = "The UN said the assault could force 400,000 people to flee their homes in northeastern Syria."
    assert [e.displaced for e in _events(body)] == []


def test_a_toll_that_made_the_deadliest_year_is_that_years_total() -> None:
    body = (
        "Security forces killed four militants in North Waziristan, Pakistan, on Tuesday, the army said. "
        "With at least 685 members of security forces losing their lives in 444 attacks, 2024 turned out "
        "to be the deadliest year for them in a decade, according to a report."
    )
    assert [e.killed for e in _events(body, "2025-01-01") if e.killed and not e.previously_reported] == [4]


def test_running_tolls_that_a_conflict_resulted_in_or_recorded_so_far_are_background() -> None:
    body = (
        "More than 11,000 refugees have fled Kasai-Central province, DR Congo, the UN said on Friday. "
        "Fighting in Kasai has resulted in more than 400 deaths, with the UN identifying 40 mass graves."
    )
    assert [e.killed for e in _events(body, "2017-04-21") if e.killed and not e.previously_reported] == []
    body = (
        "An Israeli drone strike killed one person in Khiam, Lebanon, on Saturday. Lebanese authorities "
        "have recorded nearly 4,000 breaches so far, resulting in 251 deaths and 559 injuries."
    )
    assert [e.killed for e in _events(body, "2025-07-20") if e.killed and not e.previously_reported] == [1]


def test_a_toll_after_a_sentence_naming_a_month_long_gone_is_background() -> None:
    body = (
        "Air strikes killed four civilians in Kayah state on Friday. In October 2021, jets bombed a clinic "
        "in the same township. Two nurses were killed."
    )
    assert _background_flags(body) == [(4, False), (2, True)]
    news = body.replace("In October 2021, jets", "On Thursday, jets")
    assert _background_flags(news) == [(4, False), (2, False)]
    context = (
        "Air strikes killed four civilians in Kayah. The army seized power in February 2021. Two were killed."
    )
    assert _background_flags(context) == [(4, False), (2, False)]
    war = (
        "Air strikes killed four civilians in Kayah. The war began in February 2021. 6,000 have been killed."
    )
    assert _background_flags(war) == [(4, False), (6000, True)]


def test_victims_deployed_years_ago_died_in_the_news() -> None:
    body = "Raiders attacked Makuach on Friday and killed 12 members of the forces deployed there years ago."
    assert _background_flags(body, "2020-06-21") == [(12, False)]
    assert _background_flags("Raiders attacked Makuach years ago and killed 12 soldiers.", "2020-06-21") == [
        (12, True)
    ]


def test_the_deadliest_this_year_compares_and_is_no_years_total() -> None:
    body = "The ambush, the deadliest this year, killed 33 soldiers near Djibo, the army said."
    assert _background_flags(body, "2024-05-07") == [(33, False)]
    body = "More than 300 soldiers have been killed this year, the army said."
    assert _background_flags(body, "2024-05-07") == [(300, True)]


def test_the_people_a_camp_houses_are_a_stock_even_when_it_is_attacked_that_day() -> None:
    body = "The camp, which houses 25,000 displaced people, was attacked by gunmen on Monday, killing five."
    kinds = [(e.displaced, e.displaced_kind) for e in _events(body, "2024-05-07") if e.displaced]
    assert kinds == [(25000, "cumulative")]
    body = "Gunmen burned houses in the village on Monday, forcing 2,000 people to flee."
    kinds = [(e.displaced, e.displaced_kind) for e in _events(body, "2024-05-07") if e.displaced]
    assert kinds == [(2000, "incident")]


def test_last_week_in_an_undated_story_is_background_when_the_story_has_other_news() -> None:
    body = (
        "Gunmen attacked a base near Kismayo, the second raid after militants stormed a hotel in the port "
        "last week, killing at least six people. The militants claimed to have killed 40 soldiers."
    )
    events = _events(body, None)
    assert [(e.killed, e.previously_reported) for e in events] == [(6, True), (40, False)]
    alone = "Militants stormed a hotel in Kismayo last week, killing at least six people."
    events = _events(alone, None)
    assert [(e.killed, e.previously_reported) for e in events] == [(6, False)]


def test_a_flow_since_fighting_erupted_last_month_is_still_the_news() -> None:
    body = "Some 30,000 people have fled their homes in South Kordofan since fighting erupted last month."
    flows = [(e.displaced, e.previously_reported) for e in _events(body, "2024-05-07") if e.displaced]
    assert flows == [(30000, False)]
    body = "Some 30,000 people fled fighting in South Kordofan in February, the UN said."
    flows = [(e.displaced, e.previously_reported) for e in _events(body, "2024-05-07") if e.displaced]
    assert flows == [(30000, True)]


def test_the_wounded_of_clashes_that_erupted_earlier_this_week_are_the_news() -> None:
    lead = (
        "Police said on Thursday that the death toll rose to six from fighting between two clans in Kismayo. "
    )
    body = lead + "Police said 40 people have been wounded in the clashes which erupted earlier this week."
    assert [(e.killed, e.wounded, e.previously_reported) for e in _events(body)] == [(6, 40, False)]
    aside = (
        "Police said 40 people were wounded in the clashes, the latest flare-up since the war in the south."
    )
    assert [(e.killed, e.wounded, e.previously_reported) for e in _events(lead + aside)] == [(6, 40, False)]


def test_a_region_that_houses_displaced_people_holds_a_stock() -> None:
    assert displacement_kind(
        "Presently, Tillaberi houses around 150,000 internally displaced people.", 150_000
    ) == ("cumulative")
    assert displacement_kind("The district now shelters 40,000 people who fled the fighting.", 40_000) == (
        "cumulative"
    )


def test_a_conflict_between_two_groups_that_has_claimed_lives_is_a_running_toll() -> None:
    body = (
        "Since then, thousands have fled as a conflict between the Popular Front (PF) and the 12th Brigade "
        "has claimed the lives of at least 70 people and displaced entire communities."
    )
    assert _background_flags(body) == [(70, True)]


def test_a_standfirst_that_only_recalls_an_earlier_toll_is_no_lead() -> None:
    body = (
        "Strike in the capital comes a week after at least 21 civilians were killed by shelling in "
        "Omdurman.\n"
        "A drone attack on a market in southern Khartoum has killed at least 30 people, medics said."
    )
    assert _background_flags(body, "2023-09-10") == [(21, True), (30, False)]


def test_this_comes_after_with_no_time_between_and_nothing_before_is_the_news() -> None:
    body = (
        "Security has been beefed up in Bawku.\nThis comes after one person was shot dead on the evening of "
        "Monday, February 6, 2023.\nThe deceased, Osman Awudu, age 45 was shot dead at Sabongari."
    )
    assert _background_flags(body, "2023-02-07") == [(1, False)]


def test_a_victim_killed_earlier_this_week_named_after_the_toll_leaves_the_toll_the_news() -> None:
    body = (
        "At least nine people were killed in an explosion near a mosque in Kunduz during a memorial service "
        "for the provincial police chief, who was killed in an attack earlier this week, officials said."
    )
    assert _background_flags(body, "2023-06-09") == [(9, False)]


def test_security_forces_that_have_killed_hundreds_of_protesters_tell_a_crackdowns_toll() -> None:
    body = (
        "Drones struck a camp of exiled opposition fighters near Koya on Monday, killing two, officials "
        "said. The government blames the groups for unrest at home, where security forces have killed at "
        "least 250 protesters and bystanders, according to rights monitors."
    )
    assert _background_flags(body, "2022-11-14") == [(2, False), (250, True)]


def test_a_flow_whose_people_are_currently_taking_shelter_somewhere_stays_a_flow() -> None:
    text = (
        "No casualty has been reported yet but villagers numbering over three hundred have fled their homes "
        "and some of them are currently taking shelter in a school."
    )
    assert displacement_kind(text, 300) == "incident"


def test_the_killing_someone_is_suspected_of_is_a_known_one() -> None:
    body = (
        "The bodies of three men were found in a car in Culiacan on Monday, and police suspect they were "
        "behind the massacre of 11 people at a bar last week."
    )
    events = _events(body)
    assert sorted((e.killed, e.previously_reported) for e in events) == [(3, False), (11, True)]


def test_what_a_sentence_opening_before_the_incident_tells_came_earlier() -> None:
    body = (
        "At least 14 soldiers were killed when rebels ambushed a convoy in Ayacucho on Thursday, the army "
        "said. Before the ambush, the military said three rebels and two soldiers had died in clashes."
    )
    events = _events(body)
    assert [e.killed for e in events if not e.previously_reported] == [14]
    assert sum(e.killed or 0 for e in events if e.previously_reported) == 5


def test_a_flow_since_late_last_month_is_news_and_a_past_years_total_a_stock() -> None:
    body = (
        "Fighting in Upper Nile state has displaced 40,000 people since late April, the UN said on Tuesday."
    )
    (flow,) = _events(body)
    assert (flow.displaced, flow.displaced_kind, flow.previously_reported) == (40000, "incident", False)
    body = (
        "Raiders killed 12 people in Jonglei state on Monday. The UN says over 200,000 people were displaced "
        "last year alone in clashes between communities."
    )
    (stock,) = [e for e in _events(body, published=None) if e.displaced]
    assert (stock.displaced_kind, stock.previously_reported) == ("cumulative", False)


def test_a_headlines_weeks_after_bombing_and_a_wars_toll_since_it_began_are_background() -> None:
    body = (
        "Militants claim bomb attack in the capital, three weeks after bombing in city that left more than "
        "200 dead\nA car bomb exploded outside a hotel in Mogadishu on Friday, killing at least nine people."
    )
    assert sorted((e.killed, e.previously_reported) for e in _events(body)) == [(9, False), (200, True)]
    body = (
        "Air strikes killed at least 30 people at a market in Khartoum on Thursday. A conservative estimate "
        "says nearly 9,000 people have been killed in the war that began in April between the two generals."
    )
    assert sorted((e.killed, e.previously_reported) for e in _events(body)) == [(30, False), (9000, True)]


def test_a_toll_its_own_sentence_dates_months_before_the_news_is_background() -> None:
    body = (
        "Shelling killed four people in Kupiansk in the Kharkiv region on Monday, officials said. "
        "The offensive on the region began on May 12, 2021, which resulted in the deaths of 1,340 people, "
        "according to a tally by the regional administration."
    )
    assert _background_flags(body, "2022-05-20") == [(4, False), (1340, True)]
    # the same sentence told a week after the date is the news
    assert _background_flags(body.replace("May 12, 2021", "May 12, 2022"), "2022-05-20")[1] == (1340, False)


def test_a_toll_years_after_which_the_news_came_is_background_but_days_after_is_the_news() -> None:
    body = (
        "An attack on a bar in Coatzacoalcos has left 23 people dead. It came almost eight years to the day "
        "after a fire at a casino in the northern city of Monterrey killed 52 people."
    )
    assert _background_flags(body) == [(23, False), (52, True)]
    body = (
        "Aid agencies fear more displacement in northern Burkina Faso, days after an attack by armed groups "
        "on a civilian convoy near Titao killed 41 people."
    )
    assert _background_flags(body) == [(41, False)]


def test_a_lead_that_revises_last_weeks_toll_is_the_news() -> None:
    lead = "The ministry on Saturday raised the death toll in last week's truck bombing in Tal Afar to 152."
    assert _background_flags(lead, "2007-03-31") == [(152, False)]
    # told after another incident's lead, the revised toll of last week's bombing is context
    body = "Gunmen killed 5 people in Baghdad on Saturday. " + lead
    assert _background_flags(body, "2007-03-31") == [(5, False), (152, True)]


def test_a_campaigns_toll_so_far_is_background() -> None:
    body = (
        "Suspected U.S. airstrikes killed at least four people on Sunday in Sanaa, the health ministry said. "
        "The intense campaign of U.S. airstrikes targeting the rebels over their attacks on shipping in "
        "Mideast waters has killed at least 69 people, according to figures released by the rebels."
    )
    assert _background_flags(body, "2025-04-06") == [(4, False), (69, True)]


def test_people_displaced_in_the_violence_beside_its_running_toll_are_a_stock() -> None:
    body = (
        "Ethnic clashes in Manipur have killed more than 150 people since May 3. Over 150 individuals lost "
        "their lives and over 60,000 people were displaced in the violence in the state."
    )
    kinds = [(e.displaced, e.displaced_kind) for e in _events(body, "2023-07-20") if e.displaced]
    assert kinds == [(60000, "cumulative")]


def test_a_where_clause_of_an_antecedent_told_as_earlier_is_background() -> None:
    body = (
        "At least 12 people were killed in the Metakal zone, officials said. The killings, on Monday night, "
        "followed two attacks in the same zone last month where 45 people died."
    )
    assert _background_flags(body, "2020-10-14") == [(12, False), (45, True)]
