"""The reducer: ``apply`` one event to a region's state, ``merge`` two partial states, ``prune`` old detail.

Semantics (a pure function of the *set* of events applied, whatever their order or repetition):
- Idempotence: an event whose ``event_id`` the state has seen (live or archived) changes nothing.
  Event ids are content-stable by contract (an article re-processed gives the same ids and content).
- Background events (``previously_reported``) are kept for the drill-down and never add to totals.
- Cumulative displacement figures (``displaced_kind == "cumulative"``) are stocks, kept apart: a region's
  ``displaced_cumulative`` is one stock (:func:`streams.aggregate.sourcing.stock_rank`), never a sum.
- Every other event is a report of an incident. A report joins every linked group it matches
  (:func:`streams.aggregate.identity.same_incident`), merging them; the group is then split into
  incidents of at most two days (:func:`streams.aggregate.identity.split_incidents`). Both steps are
  functions of the set of reports, whatever the arrival order.
- An incident's figure per measure is that of its latest report by publication day (a revision replaces
  the earlier toll); reports published the same day give the highest figure; ties are broken by
  (article_id, event_id). Verified and unverified (``verified=false``) figures are chosen apart.

Pruning (``prune``, or ``apply(..., retention_days=N)``) folds incidents older than a horizon into an
all-time archive and breaks exact order-independence for events later than the horizon: see ``prune``.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

import orjson

from streams.aggregate.identity import matching_groups, split_incidents
from streams.aggregate.sourcing import best_stock
from streams.aggregate.state import Archive, Incident, RegionState, Report
from streams.models import Event

GRACE_DAYS: Final = 7
"""How late an article may arrive and still find its incident's detail (beyond the longest window)."""
RETENTION_DAYS: Final = 30 + GRACE_DAYS
"""Per-incident detail kept behind the region's latest day: the longest rolling window plus the grace."""


def apply_in_place(state: RegionState, event: Event, *, retention_days: int | None = None) -> bool:
    """Apply ``event`` to ``state``, mutating it; return whether anything changed.

    The hot path for a table-holding agent (``if apply_in_place(s, e, retention_days=RETENTION_DAYS):
    table[k] = s``): no copy, and a redelivered event costs one set lookup and no table write. With
    ``retention_days``, detail older than that many days behind the region's latest day is folded into
    the archive (see :func:`prune_in_place`; it does work only when the horizon moves, about once a day
    of stream time).
    """
    if event.place_key != state.place_key:
        raise ValueError(f"event {event.event_id} belongs to {event.place_key}, not {state.place_key}")
    if state.has_seen(event.event_id):
        return False
    report = Report.from_event(event)
    add_report(state, report)
    if retention_days is not None:
        horizon, last = retention_horizon(state, retention_days), state.archive.before
        late = last is not None and report.day is not None and report.day < last
        if horizon is not None and (last is None or horizon > last or late):
            prune_in_place(state, horizon)
    return True


def apply(state: RegionState | None, event: Event, *, retention_days: int | None = None) -> RegionState:
    """The state after ``event``: ``state`` itself when the event was seen, else a new state (the
    argument is not mutated). With ``retention_days``, prune detail older than that many days behind
    the region's latest day (see :func:`prune`)."""
    if state is None:
        state = RegionState(place_key=event.place_key)
    elif state.has_seen(event.event_id):
        return state
    else:
        state = state.copy()
    apply_in_place(state, event, retention_days=retention_days)
    return state


def add_report(state: RegionState, report: Report) -> None:
    """File one unseen report: background, stock, incident report (an event can be a stock and an
    incident report at once: a cumulative displacement figure given with a death toll)."""
    if report.previously_reported:
        state.background[report.event_id] = report
        state.note(report)
        return
    if report.is_stock:
        state.stocks[report.event_id] = report
        state.note(report)
    if report.is_incident_report:
        reports = [report]
        for gid in matching_groups(state, report):
            reports.extend(r for incident in state.pop_group(gid) for r in incident.reports)
        state.put_group([Incident.of(part) for part in split_incidents(reports)])


def merge(a: RegionState, b: RegionState) -> RegionState:
    """The state of the union of the events of ``a`` and ``b`` (commutative, associative, idempotent
    for unpruned states; neither argument is mutated).

    Archives (pruned detail) combine exactly when their event sets are disjoint (summed) or nested
    (the larger wins); overlapping archives keep the larger count per measure, a lower bound. Live
    reports already in the combined archive are dropped, so nothing is counted twice.
    """
    if a.place_key != b.place_key:
        raise ValueError(f"cannot merge {a.place_key} with {b.place_key}")
    archive = merge_archives(a.archive, b.archive)
    reports: dict[str, Report] = {}
    for side in (a, b):
        for report in _live_reports(side):
            known = reports.get(report.event_id)
            if known is None or (known != report and orjson.dumps(report) > orjson.dumps(known)):
                reports[report.event_id] = report  # same id, other content: a deterministic choice
    merged = RegionState(place_key=a.place_key, archive=archive)
    for event_id in sorted(reports):
        if event_id not in archive.event_ids:
            add_report(merged, reports[event_id])
    return merged


def _live_reports(state: RegionState) -> list[Report]:
    reports = [r for incident in state.incidents.values() for r in incident.reports]
    return reports + list(state.stocks.values()) + list(state.background.values())


def merge_archives(x: Archive, y: Archive) -> Archive:
    """Combine two archives (see :func:`merge`)."""
    if x.event_ids != y.event_ids:
        if x.event_ids < y.event_ids:
            return y
        if y.event_ids < x.event_ids:
            return x
    combine = sum if x.event_ids.isdisjoint(y.event_ids) else max
    counters = {name: combine((getattr(x, name), getattr(y, name))) for name in Archive.COUNTERS}
    befores = [d for d in (x.before, y.before) if d is not None]
    return Archive(
        before=max(befores) if befores else None,
        **counters,
        article_ids=x.article_ids | y.article_ids,
        event_ids=x.event_ids | y.event_ids,
        stock=best_stock((x.stock, y.stock)),
    )


def retention_horizon(state: RegionState, retention_days: int = RETENTION_DAYS) -> dt.date | None:
    """The day before which detail may be pruned: ``retention_days`` before the region's latest day
    (the latest publication date seen, else incident date)."""
    if state.latest is None:
        return None
    return state.latest - dt.timedelta(days=retention_days)


def prune(state: RegionState, before: dt.date | None) -> RegionState:
    """A copy of ``state`` with detail older than ``before`` folded into the archive (see
    :func:`prune_in_place`)."""
    pruned = state.copy()
    prune_in_place(pruned, before)
    return pruned


def _before(state: RegionState, incident: Incident, before: dt.date) -> bool:
    """The incident is dated before the horizon, and so is every stock given with its reports (a stock
    counts in the windows from its own day, which can be later than its incident's)."""
    if incident.day is None or incident.day >= before:
        return False
    stocks = (r for r in incident.reports if r.event_id in state.stocks)
    return all(r.day is None or r.day < before for r in stocks)


def prune_in_place(state: RegionState, before: dt.date | None) -> None:
    """Fold incidents and stocks dated before ``before`` into the archive; drop background detail.
    Incidents leave by whole linked groups (a group reaching past the horizon stays live, so that the
    incidents it splits into do not change), and not before the stocks given with their reports.

    What stays exact: all-time totals; every rolling window ending at or after
    ``before + 30 days`` (the windows never reach that far back); idempotence (archived event ids are
    kept, so a redelivered event is still a no-op).
    The trade-off: an incident's detail (reports, evidence) older than the horizon is gone from the
    drill-down, and a *new* report of an archived incident arriving later than the horizon cannot find
    it: it starts an incident of its own and adds to the all-time totals (not to any rolling window).
    Undated incidents are never pruned (they only count all-time). The horizon never moves back:
    a ``before`` earlier than the archive's is taken as the archive's. O(live state): call it when the
    horizon moves (``apply_in_place(..., retention_days=...)`` does), not on every event.
    """
    if before is None:
        return
    last = state.archive.before
    if last is not None and before < last:
        before = last
    old_groups = [
        gid
        for gid, ids in state.groups.items()
        if all(_before(state, state.incidents[iid], before) for iid in ids)
    ]
    old_stocks = {
        k: r
        for k, r in state.stocks.items()
        if r.day is not None and r.day < before and not r.is_incident_report  # else: with its incident
    }
    old_background = [k for k, r in state.background.items() if r.day is not None and r.day < before]
    if not (old_groups or old_stocks or old_background) and last == before:
        return
    a = state.archive
    counters = {name: getattr(a, name) for name in Archive.COUNTERS}
    article_ids, event_ids = set(a.article_ids), set(a.event_ids)
    for incident in (incident for gid in old_groups for incident in state.pop_group(gid)):
        for figure, name in (
            (incident.killed, "killed"),
            (incident.killed_unverified, "killed_unverified"),
            (incident.wounded, "wounded"),
            (incident.displaced, "displaced_incident"),
        ):
            counters[name] += figure.value if figure is not None else 0
        counters["incidents"] += 1
        article_ids |= incident.article_ids
        for r in incident.reports:
            event_ids.add(r.event_id)
            if r.event_id in state.stocks:  # a stock given with a toll leaves with its incident
                old_stocks[r.event_id] = r
    for key, r in old_stocks.items():
        del state.stocks[key]
        article_ids.add(r.article_id)
        event_ids.add(key)
    for key in old_background:
        del state.background[key]
        event_ids.add(key)
    state.forget(event_ids)
    state.archive = Archive(
        before=before,
        **counters,
        article_ids=frozenset(article_ids),
        event_ids=frozenset(event_ids),
        stock=best_stock([a.stock, *old_stocks.values()]),
    )
