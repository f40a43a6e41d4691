"""Windows and measures: what a region's state adds up to, all-time and over rolling windows.

A rolling window ``Nd`` ending at ``now`` holds the N calendar days ``now - (N-1) .. now`` (``1d`` is the
day ``now`` itself). Incidents fall in a window by their day (incident date, else publication date);
an undated incident, or one dated after ``now``, is only in ``all``. Windows are evaluated when asked,
from incident dates, so a late article about an incident still inside a window counts in it; an
incident older than the window is simply outside it; ``all`` keeps everything, archive included.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final, get_args

from streams.aggregate.sourcing import best_stock
from streams.aggregate.state import Incident, RegionState, Report
from streams.models import Measures, RegionTotals, WindowName

WINDOWS: Final[tuple[WindowName, ...]] = get_args(WindowName)
WINDOW_DAYS: Final[dict[WindowName, int | None]] = {"all": None, "1d": 1, "7d": 7, "30d": 30}


def in_window(day: dt.date | None, now: dt.date | None, window: WindowName) -> bool:
    """Whether a day falls in ``window`` ending at ``now`` (see the module docstring)."""
    days = WINDOW_DAYS[window]
    if days is None:
        return True
    if day is None or now is None:
        return False
    return now - dt.timedelta(days=days - 1) <= day <= now


def windows_of(day: dt.date | None, now: dt.date | None) -> list[WindowName]:
    """The windows a day falls in."""
    return [w for w in WINDOWS if in_window(day, now, w)]


@dataclass(slots=True)
class _Sum:
    killed: int = 0
    killed_unverified: int = 0
    wounded: int = 0
    displaced_incident: int = 0
    incidents: int = 0
    article_ids: set[str] = field(default_factory=set)
    stocks: list[Report | None] = field(default_factory=list)

    def add(self, incident: Incident) -> None:
        self.killed += incident.killed.value if incident.killed else 0
        self.killed_unverified += incident.killed_unverified.value if incident.killed_unverified else 0
        self.wounded += incident.wounded.value if incident.wounded else 0
        self.displaced_incident += incident.displaced.value if incident.displaced else 0
        self.incidents += 1
        self.article_ids |= incident.article_ids

    def measures(self) -> Measures:
        stock = best_stock(self.stocks)
        return Measures(
            killed=self.killed,
            killed_unverified=self.killed_unverified,
            wounded=self.wounded,
            displaced_incident=self.displaced_incident,
            displaced_cumulative=(stock.displaced or 0) if stock is not None else 0,
            incidents=self.incidents,
            articles=len(self.article_ids),
        )


def all_measures(
    state: RegionState, now: dt.date | None, windows: Iterable[WindowName] = WINDOWS
) -> dict[WindowName, Measures]:
    """The measures of several windows in one pass over the state.

    ``articles`` counts the distinct articles behind the window's incidents and stocks (background
    reports never count); ``displaced_cumulative`` is the best stock dated in the window.
    """
    sums = {w: _Sum() for w in windows}
    for incident in state.incidents.values():
        for w, s in sums.items():
            if in_window(incident.day, now, w):
                s.add(incident)
    for stock in state.stocks.values():
        for w, s in sums.items():
            if in_window(stock.day, now, w):
                s.stocks.append(stock)
                s.article_ids.add(stock.article_id)
    if "all" in sums:
        s, a = sums["all"], state.archive
        s.killed += a.killed
        s.killed_unverified += a.killed_unverified
        s.wounded += a.wounded
        s.displaced_incident += a.displaced_incident
        s.incidents += a.incidents
        s.article_ids |= a.article_ids
        s.stocks.append(a.stock)
    return {w: s.measures() for w, s in sums.items()}


def measures(state: RegionState, now: dt.date | None, window: WindowName) -> Measures:
    """The totals of one region over one window ending at ``now``."""
    return all_measures(state, now, (window,))[window]


def region_totals(state: RegionState, now: dt.date | None) -> RegionTotals:
    """All windows of one region, as published to the ``totals`` topic."""
    return RegionTotals(region=state.place_key, as_of=now, windows=all_measures(state, now))
