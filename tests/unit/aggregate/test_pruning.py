"""Bounding the state: detail older than the retention folds into an all-time archive."""

from __future__ import annotations

import datetime as dt

from streams.aggregate import RETENTION_DAYS, RegionState, apply, measures, merge, prune, region_totals
from streams.aggregate.reducer import apply_in_place
from streams.models import Event

from .conftest import DAY, make_event

OLD = DAY - dt.timedelta(days=60)


def old_and_new() -> list[Event]:
    return [
        make_event(article_id="old-1", date=OLD, published_at=OLD, killed=8, wounded=2),
        make_event(article_id="old-2", date=OLD, published_at=OLD, killed=11),
        make_event(article_id="old-2", date=OLD, published_at=OLD, killed=30, verified=False),
        make_event(
            article_id="old-2",
            event_type="displacement",
            place=None,
            date=OLD,
            published_at=OLD,
            displaced=500_000,
            displaced_kind="cumulative",
        ),
        make_event(
            article_id="old-2",
            date=OLD - dt.timedelta(days=9),
            published_at=OLD,
            killed=4,
            previously_reported=True,
        ),
        make_event(article_id="new-1", place="Ariha", killed=3, published_at=DAY),
    ]


def built(events: list[Event]) -> RegionState:
    state = RegionState(place_key="SY-ID")
    for event in events:
        apply_in_place(state, event)
    return state


def test_pruning_keeps_all_time_totals_and_recent_windows_exact() -> None:
    state = built(old_and_new())
    pruned = prune(state, DAY - dt.timedelta(days=RETENTION_DAYS))
    assert len(pruned.incidents) == 1 and not pruned.stocks and not pruned.background
    assert region_totals(pruned, DAY) == region_totals(state, DAY)
    all_time = measures(pruned, DAY, "all")
    assert (all_time.killed, all_time.killed_unverified, all_time.incidents) == (14, 30, 2)
    assert all_time.displaced_cumulative == 500_000


def test_a_pruned_event_delivered_again_is_still_a_no_op() -> None:
    events = old_and_new()
    pruned = prune(built(events), DAY - dt.timedelta(days=RETENTION_DAYS))
    for event in events:
        assert apply(pruned, event) is pruned


def test_pruned_state_round_trips_through_json() -> None:
    pruned = prune(built(old_and_new()), DAY - dt.timedelta(days=RETENTION_DAYS))
    assert RegionState.from_json(pruned.to_json()) == pruned


def test_apply_with_retention_prunes_once_the_region_clock_moves_past_the_horizon() -> None:
    state: RegionState | None = None
    for event in old_and_new():
        state = apply(state, event, retention_days=RETENTION_DAYS)
    assert state is not None
    assert [i.day for i in state.incidents.values()] == [DAY]
    assert state.archive.before == DAY - dt.timedelta(days=RETENTION_DAYS)
    assert region_totals(state, DAY) == region_totals(built(old_and_new()), DAY)


def test_a_new_report_of_an_archived_incident_counts_all_time_only_the_documented_trade_off() -> None:
    pruned = prune(built(old_and_new()), DAY - dt.timedelta(days=RETENTION_DAYS))
    late = make_event(article_id="late", date=OLD, published_at=DAY, killed=11)
    after = apply(pruned, late, retention_days=RETENTION_DAYS)
    assert measures(after, DAY, "30d") == measures(pruned, DAY, "30d")
    assert measures(after, DAY, "all").killed == measures(pruned, DAY, "all").killed + 11


def test_merging_a_pruned_state_with_an_older_copy_counts_nothing_twice() -> None:
    whole = built(old_and_new())
    pruned = prune(whole, DAY - dt.timedelta(days=RETENTION_DAYS))
    assert region_totals(merge(whole, pruned), DAY) == region_totals(whole, DAY)
    assert merge(whole, pruned) == merge(pruned, whole)


def test_a_stock_given_with_a_toll_stays_while_the_stock_is_dated_on_the_horizon() -> None:
    # One article: a toll dated the day before the horizon, and, published on the horizon day without
    # an incident date, a cumulative displacement figure given with a count of wounded. Both join one
    # incident; the stock counts in a 30-day window from its own day, so the window that starts on the
    # horizon day must see it after pruning too.
    horizon = DAY - dt.timedelta(days=4)
    toll = make_event(article_id="a1", date=horizon - dt.timedelta(days=1), published_at=None, killed=2)
    stock = make_event(
        article_id="a1",
        date=None,
        published_at=horizon,
        wounded=3,
        displaced=40_000,
        displaced_kind="cumulative",
    )
    state = built([toll, stock])
    pruned = prune(state, horizon)
    late = horizon + dt.timedelta(days=29)  # the last window that still holds the horizon day
    assert measures(pruned, late, "30d") == measures(state, late, "30d")
    assert measures(pruned, late, "30d").displaced_cumulative == 40_000
    assert measures(pruned, DAY, "all") == measures(state, DAY, "all")
