"""Properties of the reducer over any events: it depends only on the set of distinct events."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from streams.aggregate import RETENTION_DAYS, RegionState, apply, build_states, merge, prune, tally
from streams.aggregate.reducer import apply_in_place
from streams.aggregate.windows import WINDOWS, all_measures
from streams.models import Event, Measures

from .conftest import DAY

ADDITIVE = ("killed", "killed_unverified", "wounded", "displaced_incident", "incidents", "articles")


def _day(offset: int | None) -> dt.date | None:
    return None if offset is None else DAY + dt.timedelta(days=offset)


@st.composite
def event_fields(draw: st.DrawFn) -> dict[str, Any]:
    region = draw(st.sampled_from(["SY-ID", "SY-ID", "SY-AL", None]))
    displaced = draw(st.none() | st.integers(0, 900_000))
    return {
        "article_id": draw(st.sampled_from(["a1", "a2", "a3", "a4", "a5"])),
        "event_type": draw(
            st.sampled_from(
                ["armed_clash", "shelling_artillery", "attack_on_civilians", "massacre", "displacement"]
            )
        ),
        "country": "SY",
        "region": region,
        "place": draw(
            st.sampled_from([None, "Saraqib", "Taftanaz", "Zamzam camp", "Zamzam and Abu Shouk camps"])
        ),
        "date": _day(draw(st.none() | st.integers(-40, 0))),
        "published_at": _day(draw(st.none() | st.integers(-40, 2))),
        "actors": draw(st.lists(st.sampled_from(["Syrian army", "Turkish forces", "HTS"]), max_size=2)),
        "killed": draw(st.none() | st.integers(0, 120)),
        "wounded": draw(st.none() | st.integers(0, 60)),
        "displaced": displaced,
        "displaced_kind": None if displaced is None else draw(st.sampled_from(["incident", "cumulative"])),
        "claimed_by": draw(st.sampled_from([None, "OCHA", "the provincial governor"])),
        "verified": draw(st.booleans()),
        "previously_reported": draw(st.integers(0, 4)) == 0,
        "evidence": "A sentence written for the property tests.",
        "extractor_version": "test",
    }


distinct_events = st.lists(event_fields(), max_size=30).map(
    lambda rows: [Event(event_id=f"e{i:03d}", **row) for i, row in enumerate(rows)]
)


def region_state(events: list[Event], key: str = "SY-ID") -> RegionState:
    state = RegionState(place_key=key)
    for event in events:
        if event.place_key == key:
            apply_in_place(state, event)
    return state


@settings(max_examples=200, deadline=None)
@given(events=distinct_events, data=st.data())
def test_any_duplication_and_permutation_gives_the_totals_and_state_of_the_distinct_events(
    events: list[Event], data: st.DataObject
) -> None:
    extra = data.draw(st.lists(st.sampled_from(events), max_size=20)) if events else []
    shuffled = data.draw(st.permutations(events + extra))
    assert tally(shuffled) == tally(events)
    assert region_state(shuffled) == region_state(events)


@settings(max_examples=150, deadline=None)
@given(events=distinct_events, data=st.data())
def test_merge_is_commutative_and_gives_the_state_of_all_events(
    events: list[Event], data: st.DataObject
) -> None:
    mask = data.draw(
        st.lists(st.sampled_from(["a", "b", "both"]), min_size=len(events), max_size=len(events))
    )
    a = region_state([e for e, side in zip(events, mask, strict=True) if side != "b"])
    b = region_state([e for e, side in zip(events, mask, strict=True) if side != "a"])
    whole = region_state(events)
    assert merge(a, b) == merge(b, a) == whole
    assert merge(whole, whole) == whole


@settings(max_examples=100, deadline=None)
@given(events=distinct_events, data=st.data())
def test_merge_is_associative(events: list[Event], data: st.DataObject) -> None:
    parts = data.draw(st.lists(st.integers(0, 2), min_size=len(events), max_size=len(events)))
    a, b, c = (region_state([e for e, p in zip(events, parts, strict=True) if p == k]) for k in range(3))
    assert merge(merge(a, b), c) == merge(a, merge(b, c))


@settings(max_examples=200, deadline=None)
@given(events=distinct_events, now_offset=st.integers(-45, 3))
def test_totals_are_never_negative_and_shorter_windows_never_exceed_longer_ones(
    events: list[Event], now_offset: int
) -> None:
    for state in build_states(events).values():
        windows = all_measures(state, DAY + dt.timedelta(days=now_offset))
        for m in windows.values():
            assert all(value >= 0 for value in m.model_dump().values())
        for name in ADDITIVE:
            values = [getattr(windows[w], name) for w in ("1d", "7d", "30d", "all")]
            assert values == sorted(values), name


@settings(max_examples=100, deadline=None)
@given(events=distinct_events)
def test_background_events_never_change_the_totals(events: list[Event]) -> None:
    with_background = tally(events, DAY)["regions"]
    without = tally([e for e in events if not e.previously_reported], DAY)["regions"]
    zeros = {w: Measures().model_dump() for w in WINDOWS}
    for key in with_background.keys() | without.keys():
        assert with_background.get(key, zeros) == without.get(key, zeros)


@settings(max_examples=100, deadline=None)
@given(events=distinct_events)
def test_the_state_round_trips_through_json(events: list[Event]) -> None:
    for state in build_states(events).values():
        again = RegionState.from_json(state.to_json())
        assert again == state
        assert all_measures(again, DAY) == all_measures(state, DAY)


@settings(max_examples=150, deadline=None)
@given(events=distinct_events, horizon=st.integers(-45, 0))
def test_pruning_keeps_all_time_and_windows_that_do_not_reach_the_horizon(
    events: list[Event], horizon: int
) -> None:
    before = DAY + dt.timedelta(days=horizon)
    state = region_state(events)
    pruned = prune(state, before)
    assert all_measures(pruned, DAY, ["all"]) == all_measures(state, DAY, ["all"])
    late_now = before + dt.timedelta(days=29)
    assert all_measures(pruned, late_now) == all_measures(state, late_now)
    for event in events:
        if event.place_key == "SY-ID":
            assert apply(pruned, event) is pruned


@settings(max_examples=100, deadline=None)
@given(events=distinct_events)
def test_apply_with_retention_counts_as_much_all_time_as_without_when_events_arrive_in_date_order(
    events: list[Event],
) -> None:
    ordered = sorted(events, key=lambda e: (e.published_at or dt.date.min, e.date or dt.date.min))
    state: RegionState | None = RegionState(place_key="SY-ID")
    for event in ordered:
        if event.place_key == "SY-ID":
            state = apply(state, event, retention_days=RETENTION_DAYS)
    assert state is not None
    whole = region_state(events)
    assert all_measures(state, DAY, WINDOWS)["30d"] == all_measures(whole, DAY, WINDOWS)["30d"]


@settings(max_examples=150, deadline=None)
@given(events=distinct_events)
def test_no_incident_spans_more_than_a_day(events: list[Event]) -> None:
    for state in build_states(events).values():
        for incident in state.incidents.values():
            days = [r.day for r in incident.reports if r.day is not None]
            if days:
                assert max(days) - min(days) <= dt.timedelta(days=1)
