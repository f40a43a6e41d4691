"""What a region's totals add up to: incidents counted once, best figures, stocks, windows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pytest

from streams.aggregate import (
    RegionState,
    apply,
    apply_in_place,
    build_states,
    incidents_view,
    measures,
    region_totals,
    stocks_view,
    tally,
)
from streams.models import Event, Measures, WindowName

from .conftest import DAY, make_event

LATER = DAY + dt.timedelta(days=1)


def state_of(events: Iterable[Event]) -> RegionState:
    state: RegionState | None = None
    for event in events:
        state = apply(state, event)
    assert state is not None
    return state


def totals(events: Iterable[Event], now: dt.date = DAY, window: WindowName = "all") -> Measures:
    state = state_of(events)
    return measures(state, now, window)


def test_the_same_incident_sent_three_times_is_counted_once() -> None:
    event = make_event(killed=5, wounded=5)
    m = totals([event, event, event])
    assert (m.killed, m.wounded, m.incidents, m.articles) == (5, 5, 1, 1)


def test_three_articles_reporting_one_incident_count_it_once_with_three_articles() -> None:
    events = [make_event(article_id=f"wire-{i}", killed=5, wounded=5) for i in range(3)]
    m = totals(events)
    assert (m.killed, m.wounded, m.incidents, m.articles) == (5, 5, 1, 3)


def test_cumulative_689000_then_700000_gives_700000_not_their_sum() -> None:
    first = make_event(
        article_id="a1",
        event_type="displacement",
        place=None,
        date=None,
        published_at=DAY - dt.timedelta(days=5),
        displaced=689_000,
        displaced_kind="cumulative",
        claimed_by="OCHA",
    )
    second = make_event(
        article_id="a2",
        event_type="displacement",
        place=None,
        date=None,
        published_at=DAY,
        displaced=700_000,
        displaced_kind="cumulative",
        displaced_qualifier="approx",
    )
    for order in ([first, second], [second, first]):
        m = totals(order)
        assert m.displaced_cumulative == 700_000
        assert (m.displaced_incident, m.incidents, m.articles) == (0, 0, 2)


def test_a_stock_from_an_agency_beats_an_unattributed_one_of_the_same_day() -> None:
    common = {"event_type": "displacement", "place": None, "date": DAY, "displaced_kind": "cumulative"}
    agency = make_event(article_id="a1", displaced=689_000, claimed_by="UN OCHA", **common)
    rumour = make_event(article_id="a2", displaced=750_000, claimed_by=None, **common)
    assert totals([rumour, agency]).displaced_cumulative == 689_000


def test_displacement_flows_of_different_incidents_add_up() -> None:
    flows = [
        make_event(event_type="displacement", place="Saraqib", displaced=2_000, displaced_kind="incident"),
        make_event(event_type="displacement", place="Ariha", displaced=1_500, displaced_kind="incident"),
    ]
    m = totals(flows)
    assert (m.displaced_incident, m.incidents) == (3_500, 2)


def test_a_background_event_adds_nothing() -> None:
    new = make_event(article_id="a1", killed=5)
    background = make_event(
        article_id="a2", killed=8, date=DAY - dt.timedelta(days=7), previously_reported=True, place=None
    )
    assert totals([new, background]) == totals([new])


def test_a_background_mention_of_a_known_incident_shows_in_its_drill_down_but_does_not_add() -> None:
    new = make_event(article_id="a1", killed=5, evidence="Shelling killed five in Saraqib on Monday.")
    recap = make_event(
        article_id="a2",
        killed=50,
        previously_reported=True,
        published_at=DAY + dt.timedelta(days=3),
        evidence="Monday's shelling of Saraqib killed five.",
    )
    state = state_of([new, recap])
    assert measures(state, DAY, "all").killed == 5
    [incident] = incidents_view(state, DAY)
    assert [r["event_id"] for r in incident["background"]] == [recap.event_id]
    assert incident["article_ids"] == ["a1"]


def test_a_toll_revised_from_8_to_12_gives_12_not_20() -> None:
    first = make_event(article_id="a1", killed=8, published_at=DAY)
    revised = make_event(article_id="a2", killed=12, killed_qualifier="at_least", published_at=LATER)
    assert totals([first, revised]).killed == 12
    assert totals([revised, first]).killed == 12


def test_a_later_article_revising_a_toll_downwards_replaces_it() -> None:
    first = make_event(article_id="a1", killed=12, published_at=DAY)
    corrected = make_event(article_id="a2", killed=9, published_at=LATER)
    assert totals([corrected, first]).killed == 9


def test_reports_published_the_same_day_give_the_highest_figure() -> None:
    low = make_event(article_id="a1", killed=7, published_at=LATER)
    high = make_event(article_id="a2", killed=11, published_at=LATER)
    assert totals([high, low]).killed == 11


def test_figures_are_chosen_per_measure_across_reports() -> None:
    toll = make_event(article_id="a1", killed=6, wounded=None)
    injuries = make_event(article_id="a2", killed=None, wounded=14)
    m = totals([toll, injuries])
    assert (m.killed, m.wounded, m.incidents) == (6, 14, 1)


def test_an_unverified_claim_is_kept_apart_from_verified_figures() -> None:
    own_losses = make_event(killed=5, claimed_by="Turkish defence ministry", actors=["Turkish forces"])
    claim = make_event(
        killed=101, verified=False, claimed_by="Turkish defence ministry", actors=["Turkish forces"]
    )
    m = totals([own_losses, claim])
    assert (m.killed, m.killed_unverified, m.incidents) == (5, 101, 1)


def test_a_claim_alone_counts_only_as_unverified() -> None:
    m = totals([make_event(killed=40, verified=False)])
    assert (m.killed, m.killed_unverified) == (0, 40)


def test_an_incident_three_days_before_now_is_in_7d_and_all_but_not_1d() -> None:
    state = state_of([make_event(killed=3, date=DAY - dt.timedelta(days=3))])
    windows = region_totals(state, DAY).windows
    assert windows["all"].killed == windows["7d"].killed == windows["30d"].killed == 3
    assert windows["1d"] == Measures()


def test_an_incident_older_than_30_days_is_only_all_time() -> None:
    state = state_of([make_event(killed=3, date=DAY - dt.timedelta(days=30))])
    windows = region_totals(state, DAY).windows
    assert (windows["all"].killed, windows["30d"].killed) == (3, 0)


def test_the_window_falls_back_to_the_publication_date_when_the_date_is_unknown() -> None:
    state = state_of([make_event(killed=3, date=None, published_at=DAY)])
    assert measures(state, DAY, "1d").killed == 3


def test_an_incident_dated_after_now_is_only_all_time() -> None:
    state = state_of([make_event(killed=3, date=LATER)])
    windows = region_totals(state, DAY).windows
    assert (windows["all"].killed, windows["1d"].killed, windows["30d"].killed) == (3, 0, 0)


def test_two_incidents_in_one_region_on_one_day_with_different_places_and_types_stay_two() -> None:
    strike = make_event(
        event_type="airstrike_drone", place="Maarat al-Numan", killed=9, actors=["Russian jets"]
    )
    raid = make_event(event_type="armed_clash", place="Sarmin", killed=4, actors=["HTS", "Syrian army"])
    m = totals([strike, raid])
    assert (m.killed, m.incidents) == (13, 2)


def test_a_report_matching_two_incidents_joins_them_into_one() -> None:
    north = make_event(article_id="a1", place=None, actors=["Syrian army"], killed=4)
    south = make_event(article_id="a2", place=None, actors=["Turkish forces"], killed=6)
    assert totals([north, south]).incidents == 2
    bridge = make_event(article_id="a3", place=None, actors=["Syrian army", "Turkish forces"], killed=5)
    m = totals([north, bridge, south])
    assert m.incidents == 1
    assert m.killed == 6  # the same publication day: the highest figure


def test_country_level_events_are_tallied_under_the_country_code() -> None:
    regional = make_event(killed=2)
    national = make_event(
        region=None,
        place=None,
        event_type="displacement",
        displaced=689_000,
        displaced_kind="cumulative",
        claimed_by="OCHA",
    )
    unplaced = make_event(region=None, country=None, place="somewhere", killed=1)
    result = tally([regional, national, unplaced])
    assert list(result["regions"]) == ["SY", "SY-ID", "ZZ"]
    assert result["regions"]["SY"]["all"]["displaced_cumulative"] == 689_000
    assert result["regions"]["SY-ID"]["all"]["killed"] == 2
    assert result["regions"]["ZZ"]["all"]["killed"] == 1


def test_tally_has_every_window_of_every_region_and_nothing_else() -> None:
    result = tally([make_event(killed=2)])
    assert list(result) == ["regions"]
    assert list(result["regions"]["SY-ID"]) == ["all", "1d", "7d", "30d"]
    assert set(result["regions"]["SY-ID"]["1d"]) == set(Measures.model_fields)


def test_tally_ends_the_windows_at_the_latest_incident_day_unless_told() -> None:
    events = [make_event(killed=2, date=DAY - dt.timedelta(days=10)), make_event(place="Ariha", killed=1)]
    assert tally(events)["regions"]["SY-ID"]["1d"]["killed"] == 1
    assert tally(events, now=DAY - dt.timedelta(days=10))["regions"]["SY-ID"]["1d"]["killed"] == 2


def test_tally_of_undated_events_has_empty_rolling_windows() -> None:
    result = tally([make_event(killed=2, date=None, published_at=None)])
    assert result["regions"]["SY-ID"]["all"]["killed"] == 2
    assert result["regions"]["SY-ID"]["7d"]["killed"] == 0


def test_apply_returns_the_same_state_for_a_seen_event_and_never_mutates_its_argument() -> None:
    first, second = make_event(killed=2), make_event(place="Ariha", killed=3)
    state = apply(None, first)
    before = state.to_json()
    assert apply(state, first) is state
    after = apply(state, second)
    assert state.to_json() == before
    assert measures(after, DAY, "all").killed == 5


def test_apply_in_place_says_whether_the_event_changed_the_state() -> None:
    event = make_event(killed=2)
    state = RegionState(place_key="SY-ID")
    assert apply_in_place(state, event) is True
    assert apply_in_place(state, event) is False


def test_an_event_of_another_region_is_refused() -> None:
    state = RegionState(place_key="SY-AL")
    with pytest.raises(ValueError, match="SY-ID"):
        apply_in_place(state, make_event())


def test_the_state_round_trips_through_json() -> None:
    events = [
        make_event(article_id="a1", killed=5, wounded=3),
        make_event(article_id="a2", killed=7, published_at=LATER),
        make_event(article_id="a3", killed=50, verified=False),
        make_event(article_id="a3", event_type="displacement", displaced=9_000, displaced_kind="cumulative"),
        make_event(article_id="a3", killed=8, previously_reported=True, date=DAY - dt.timedelta(days=8)),
    ]
    state = state_of(events)
    again = RegionState.from_json(state.to_json())
    assert again == state
    assert RegionState.from_dict(state.to_dict()) == state
    assert region_totals(again, DAY) == region_totals(state, DAY)
    assert all(again.has_seen(e.event_id) for e in events)


def test_an_unknown_state_schema_is_refused() -> None:
    with pytest.raises(ValueError, match="schema"):
        RegionState.from_dict({"schema": 99, "place_key": "SY-ID"})


def test_the_drill_down_gives_each_incident_its_figures_articles_and_evidence() -> None:
    first = make_event(article_id="a1", killed=8, evidence="Shelling killed eight people in Saraqib.")
    revised = make_event(
        article_id="a2", killed=12, published_at=LATER + dt.timedelta(days=1), evidence="The toll rose to 12."
    )
    state = state_of([first, revised])
    [incident] = incidents_view(state, DAY)
    assert incident["killed"] == {
        "value": 12,
        "qualifier": None,
        "event_id": revised.event_id,
        "article_id": "a2",
    }
    assert incident["article_ids"] == ["a1", "a2"]
    assert {r["evidence"] for r in incident["reports"]} == {first.evidence, revised.evidence}
    assert incident["windows"] == ["all", "1d", "7d", "30d"]
    assert incident["date"] == DAY.isoformat()


def test_the_stock_drill_down_marks_the_current_figure() -> None:
    common = {"event_type": "displacement", "place": None, "date": None, "displaced_kind": "cumulative"}
    old = make_event(article_id="a1", displaced=689_000, published_at=DAY, **common)
    new = make_event(article_id="a2", displaced=700_000, published_at=LATER, **common)
    views = stocks_view(state_of([old, new]), LATER)
    assert [(v["report"]["displaced"], v["current"]) for v in views] == [(700_000, True), (689_000, False)]


def test_build_states_keeps_one_state_per_place_key() -> None:
    states = build_states([make_event(), make_event(region="SY-AL", place="Aleppo"), make_event()])
    assert sorted(states) == ["SY-AL", "SY-ID"]


def test_daily_shelling_of_one_town_does_not_chain_into_one_incident() -> None:
    week = [make_event(article_id=f"day-{i}", date=DAY + dt.timedelta(days=i), killed=2) for i in range(7)]
    state = state_of(week)
    days = sorted(sorted(r.date for r in i.reports if r.date) for i in state.incidents.values())
    offsets = [[(d - DAY).days for d in incident] for incident in days]
    assert offsets == [[0, 1], [2, 3], [4, 5], [6]]  # within a day is one incident, and no more
    assert measures(state, DAY + dt.timedelta(days=6), "7d").incidents == 4


def test_reports_a_day_apart_of_one_incident_are_counted_once() -> None:
    monday = make_event(article_id="a1", date=DAY, killed=4)
    tuesday = make_event(article_id="a2", date=DAY + dt.timedelta(days=1), killed=5, published_at=LATER)
    m = totals([monday, tuesday])
    assert (m.killed, m.incidents) == (5, 1)
