"""Incident identity: when do two reports describe the same incident?

Two reports (events, usually from different articles) of the same place key are the same incident when
1. their days are at most :data:`DAY_TOLERANCE` apart (the day is the incident ``date``, else the
   article's ``published_at``; an undated report only meets other undated reports),
2. their event types are compatible (:func:`compatible_types`), and
3. what they say about where and who agrees (:func:`same_place_or_actors`):
   - both name a place: the names share a distinctive word ("Zamzam camp" ~ "Zamzam and Abu Shouk
     camps"); two different places are two incidents, whatever the actors;
   - otherwise both name actors: the actors share a distinctive word ("Syrian forces" ~ "Syrian army");
   - otherwise nothing can tell them apart: same only when the event types are equal. This errs on the
     side of not double counting two vague reports of one incident.

The relation is symmetric but not transitive. Reports linked by it, directly or through others, form
a *linked group* (a connected component); a group is split into incidents by :func:`split_incidents`:
its days are cut into spans of at most two consecutive days, starting from its earliest day, and each
span's own linked reports are one incident. So one incident never spans more than "within a day",
daily shelling of one town for a week does not collapse into one incident, and the split is a function
of the set of reports alone: it does not depend on the order they arrive in. (A report of an earlier
day can move the cuts of its group; that is the price of order-independence.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Final

from streams.aggregate.lexicon import ACTOR_STOPWORDS, PLACE_STOPWORDS, words
from streams.aggregate.state import RegionState, Report

DAY_TOLERANCE: Final = dt.timedelta(days=1)

_FIGHTING: Final = frozenset({"armed_clash", "shelling_artillery", "airstrike_drone", "bombing_explosion"})
_REMOTE: Final = frozenset({"shelling_artillery", "airstrike_drone", "bombing_explosion"})
_AGAINST_CIVILIANS: Final = frozenset({"attack_on_civilians", "massacre"})


def compatible_types(a: str, b: str) -> bool:
    """Whether two event types can describe one incident as coded by two different writers.

    Equal types always; displacement only with displacement; ``other_violence`` with any violent type;
    the means of fighting with one another (one outlet's "clash" is another's "shelling"); an attack on
    civilians with a massacre and with the remote means (a strike on a market is both). An armed clash
    is not an attack on civilians.
    """
    if a == b:
        return True
    if "displacement" in (a, b):
        return False
    if "other_violence" in (a, b):
        return True
    if a in _FIGHTING and b in _FIGHTING:
        return True
    pair = {a, b}
    return pair <= _AGAINST_CIVILIANS | _REMOTE and bool(pair & _AGAINST_CIVILIANS)


@lru_cache(maxsize=8192)
def place_words(place: str | None) -> frozenset[str]:
    """The distinctive words of a place name (empty when there is none)."""
    if not place:
        return frozenset()
    return frozenset(w for w in words(place) if w not in PLACE_STOPWORDS and len(w) > 1)


@lru_cache(maxsize=8192)
def actor_words(actors: tuple[str, ...]) -> frozenset[str]:
    """The distinctive words of a list of actors (empty when there are none)."""
    return frozenset(w for actor in actors for w in words(actor) if w not in ACTOR_STOPWORDS and len(w) > 1)


def same_place_or_actors(a: Report, b: Report) -> bool:
    """Rule 3 of the module docstring: places decide, else actors, else only equal types."""
    places_a, places_b = place_words(a.place), place_words(b.place)
    if places_a and places_b:
        return not places_a.isdisjoint(places_b)
    actors_a, actors_b = actor_words(a.actors), actor_words(b.actors)
    if actors_a and actors_b:
        return not actors_a.isdisjoint(actors_b)
    return a.event_type == b.event_type


def days_close(a: dt.date | None, b: dt.date | None) -> bool:
    """Rule 1: within :data:`DAY_TOLERANCE`; an unknown day only meets an unknown day."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= DAY_TOLERANCE


def same_incident(a: Report, b: Report) -> bool:
    """Whether two reports of one place key describe the same incident (see the module docstring)."""
    return (
        compatible_types(a.event_type, b.event_type)
        and days_close(a.day, b.day)
        and same_place_or_actors(a, b)
    )


def matching_groups(state: RegionState, report: Report) -> list[str]:
    """Ids (sorted) of the state's linked groups holding a report of the same incident as ``report``.
    Compares it only with reports within a day of it (the day index)."""
    day = report.day
    days = [None] if day is None else [day - DAY_TOLERANCE, day, day + DAY_TOLERANCE]
    matched: set[str] = set()
    for d in days:
        for gid, reports in state.days.get(d, {}).items():
            if gid not in matched and any(same_incident(report, other) for other in reports):
                matched.add(gid)
    return sorted(matched)


def matching_incidents(state: RegionState, report: Report) -> list[str]:
    """Ids (sorted) of the state's incidents holding a report of the same incident as ``report``."""
    return [
        iid
        for gid in matching_groups(state, report)
        for iid in state.groups[gid]
        if any(same_incident(report, other) for other in state.incidents[iid].reports)
    ]


def linked_components(reports: Sequence[Report]) -> list[list[Report]]:
    """The reports split into groups linked by :func:`same_incident` (union-find; small inputs)."""
    parent = list(range(len(reports)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(reports):
        for j in range(i):
            if same_incident(a, reports[j]):
                parent[root(i)] = root(j)
    components: dict[int, list[Report]] = {}
    for i, r in enumerate(reports):
        components.setdefault(root(i), []).append(r)
    return list(components.values())


def split_incidents(group: Iterable[Report]) -> list[list[Report]]:
    """A linked group's incidents (see the module docstring): spans of at most two days from the
    earliest, then the linked reports within each span."""
    dated = sorted((r.day, r.event_id, r) for r in group if r.day is not None)
    undated = [r for r in group if r.day is None]
    spans: list[list[Report]] = []
    start: dt.date | None = None
    for day, _, r in dated:
        if start is None or day > start + DAY_TOLERANCE:
            spans.append([])
            start = day
        spans[-1].append(r)
    if undated:
        spans.append(undated)
    return [incident for span in spans for incident in linked_components(span)]
