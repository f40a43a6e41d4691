"""The drill-down: the incidents behind a region's totals, with their figures, articles and evidence.

Everything returned is JSON-ready (str, int, bool, None, lists, dicts; dates as ``YYYY-MM-DD``).
"""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

from streams.aggregate.identity import matching_incidents
from streams.aggregate.sourcing import best_stock
from streams.aggregate.state import Figure, Incident, RegionState, Report
from streams.aggregate.windows import windows_of
from streams.models import WindowName


class FigureView(TypedDict):
    value: int
    qualifier: str | None
    event_id: str
    article_id: str


class ReportView(TypedDict):
    event_id: str
    article_id: str
    source: str | None
    url: str | None
    published_at: str | None
    date: str | None
    event_type: str
    place: str | None
    actors: list[str]
    killed: int | None
    wounded: int | None
    displaced: int | None
    displaced_kind: str | None
    claimed_by: str | None
    verified: bool
    previously_reported: bool
    evidence: str


class IncidentView(TypedDict):
    incident_id: str
    place_key: str
    date: str | None
    windows: list[WindowName]
    event_types: list[str]
    places: list[str]
    actors: list[str]
    killed: FigureView | None
    killed_unverified: FigureView | None
    wounded: FigureView | None
    wounded_unverified: FigureView | None
    displaced: FigureView | None
    article_ids: list[str]
    reports: list[ReportView]
    background: list[ReportView]


class StockView(TypedDict):
    place_key: str
    current: bool
    windows: list[WindowName]
    report: ReportView


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _figure(f: Figure | None) -> FigureView | None:
    if f is None:
        return None
    return {"value": f.value, "qualifier": f.qualifier, "event_id": f.event_id, "article_id": f.article_id}


def report_view(r: Report) -> ReportView:
    return {
        "event_id": r.event_id,
        "article_id": r.article_id,
        "source": r.source,
        "url": r.url,
        "published_at": _iso(r.published_at),
        "date": _iso(r.date),
        "event_type": r.event_type,
        "place": r.place,
        "actors": list(r.actors),
        "killed": r.killed,
        "wounded": r.wounded,
        "displaced": r.displaced,
        "displaced_kind": r.displaced_kind,
        "claimed_by": r.claimed_by,
        "verified": r.verified,
        "previously_reported": r.previously_reported,
        "evidence": r.evidence,
    }


def _incident_view(
    state: RegionState, incident: Incident, background: list[Report], now: dt.date | None
) -> IncidentView:
    rs = incident.reports
    return {
        "incident_id": incident.id,
        "place_key": state.place_key,
        "date": _iso(incident.day),
        "windows": windows_of(incident.day, now),
        "event_types": sorted({r.event_type for r in rs}),
        "places": sorted({r.place for r in rs if r.place}),
        "actors": sorted({a for r in rs for a in r.actors}),
        "killed": _figure(incident.killed),
        "killed_unverified": _figure(incident.killed_unverified),
        "wounded": _figure(incident.wounded),
        "wounded_unverified": _figure(incident.wounded_unverified),
        "displaced": _figure(incident.displaced),
        "article_ids": sorted(incident.article_ids),
        "reports": [report_view(r) for r in rs],
        "background": [report_view(r) for r in sorted(background, key=lambda r: r.event_id)],
    }


def incidents_view(state: RegionState, now: dt.date | None) -> list[IncidentView]:
    """The region's live incidents, newest first, each with the windows it counts in, its figures
    (and the report each comes from), its articles, its reports' evidence, and the background reports
    that mention it (they never add to its figures)."""
    mentions: dict[str, list[Report]] = {}
    for r in state.background.values():
        for key in matching_incidents(state, r):
            mentions.setdefault(key, []).append(r)
    incidents = sorted(state.incidents.values(), key=lambda i: (i.day or dt.date.min, i.id), reverse=True)
    return [_incident_view(state, i, mentions.get(i.id, []), now) for i in incidents]


def stocks_view(state: RegionState, now: dt.date | None) -> list[StockView]:
    """The region's live cumulative displacement reports, newest first; ``current`` marks the one that
    stands for the region all-time."""
    current = best_stock([*state.stocks.values(), state.archive.stock])
    stocks = sorted(state.stocks.values(), key=lambda r: (r.day or dt.date.min, r.event_id), reverse=True)
    return [
        {
            "place_key": state.place_key,
            "current": r is current,
            "windows": windows_of(r.day, now),
            "report": report_view(r),
        }
        for r in stocks
    ]
