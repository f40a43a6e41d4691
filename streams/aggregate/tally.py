"""The offline twin of the totals tables: the same reducer over a list of events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from streams.aggregate.reducer import apply_in_place
from streams.aggregate.state import RegionState
from streams.aggregate.windows import all_measures
from streams.models import Event


def build_states(events: Iterable[Event]) -> dict[str, RegionState]:
    """One state per place key (region, else country, else ``ZZ``), with every event applied."""
    states: dict[str, RegionState] = {}
    for event in events:
        key = event.place_key
        state = states.get(key)
        if state is None:
            state = states[key] = RegionState(place_key=key)
        apply_in_place(state, event)
    return states


def latest_day(states: Iterable[RegionState]) -> dt.date | None:
    """The latest day of any incident or displacement stock (background reports aside)."""
    days = [i.day for s in states for i in s.incidents.values() if i.day is not None]
    days += [r.day for s in states for r in s.stocks.values() if r.day is not None]
    return max(days) if days else None


def tally_states(states: Mapping[str, RegionState], now: dt.date | None = None) -> dict[str, Any]:
    """The totals of built states (see :func:`tally`)."""
    if now is None:
        now = latest_day(states.values())
    return {
        "regions": {
            key: {w: m.model_dump() for w, m in all_measures(states[key], now).items()}
            for key in sorted(states)
        }
    }


def tally(events: Iterable[Event], now: dt.date | None = None) -> dict[str, Any]:
    """Per-region totals of a list of events, for every window ending at ``now``::

        {"regions": {"SY-ID": {"all": {...Measures...}, "1d": {...}, "7d": {...}, "30d": {...}},
                     "SY": {...}}}

    ``now`` defaults to the latest incident (or stock) day in the input; with no dated event at all the
    rolling windows are empty. Country-level events (no region) are under the country code. Nothing is
    pruned, so the result depends only on the set of distinct events.
    """
    return tally_states(build_states(events), now)
