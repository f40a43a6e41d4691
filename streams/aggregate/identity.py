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

The relation is symmetric but not transitive; incidents are its connected components over all reports
(single linkage), which makes them independent of the order reports arrive in.
"""

from __future__ import annotations

import datetime as dt
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
def placewords(place: str | None) -> frozenset[str]:
    """The distinctive words of a place name (empty when there is none)."""
    if not place:
        return frozenset()
    return frozenset(w for w in words(place) if w not in PLACE_STOPWORDS and len(w) > 1)


@lru_cache(maxsize=8192)
def actorwords(actors: tuple[str, ...]) -> frozenset[str]:
    """The distinctive words of a list of actors (empty when there are none)."""
    return frozenset(w for actor in actors for w in words(actor) if w not in ACTOR_STOPWORDS and len(w) > 1)


def same_place_or_actors(a: Report, b: Report) -> bool:
    """Rule 3 of the module docstring: places decide, else actors, else only equal types."""
    places_a, places_b = placewords(a.place), placewords(b.place)
    if places_a and places_b:
        return not places_a.isdisjoint(places_b)
    actors_a, actors_b = actorwords(a.actors), actorwords(b.actors)
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
        days_close(a.day, b.day)
        and compatible_types(a.event_type, b.event_type)
        and same_place_or_actors(a, b)
    )


def matching_incidents(state: RegionState, report: Report) -> list[str]:
    """Ids (sorted) of the state's live incidents that ``report`` describes: those holding a report of
    the same incident. Looks only at incidents with a report within a day of it (the day index)."""
    day = report.day
    if day is None:
        candidates = set(state.days.get(None, ()))
    else:
        candidates = set()
        for offset in (-DAY_TOLERANCE, dt.timedelta(0), DAY_TOLERANCE):
            candidates.update(state.days.get(day + offset, ()))
    return sorted(
        key
        for key in candidates
        if any(same_incident(report, other) for other in state.incidents[key].reports)
    )
