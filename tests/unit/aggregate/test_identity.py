"""When two reports are the same incident (streams.aggregate.identity) and how sources rank."""

from __future__ import annotations

import datetime as dt

import pytest

from streams.aggregate.identity import compatible_types, same_incident
from streams.aggregate.sourcing import source_rank
from streams.aggregate.state import Report

from .conftest import DAY, make_event


def report(**fields: object) -> Report:
    return Report.from_event(make_event(**fields))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("armed_clash", "shelling_artillery", True),
        ("airstrike_drone", "attack_on_civilians", True),
        ("attack_on_civilians", "massacre", True),
        ("other_violence", "bombing_explosion", True),
        ("armed_clash", "massacre", False),
        ("displacement", "armed_clash", False),
        ("displacement", "other_violence", False),
        ("displacement", "displacement", True),
    ],
)
def test_event_types_are_compatible_when_two_writers_could_code_one_incident_so(
    a: str, b: str, expected: bool
) -> None:
    assert compatible_types(a, b) is expected
    assert compatible_types(b, a) is expected


def test_reports_a_day_apart_with_a_shared_place_word_are_one_incident() -> None:
    a = report(place="Zamzam camp", date=DAY, event_type="attack_on_civilians")
    b = report(place="Zamzam and Abu Shouk camps", date=DAY + dt.timedelta(days=1), event_type="massacre")
    assert same_incident(a, b)


def test_reports_two_days_apart_are_different_incidents() -> None:
    assert not same_incident(report(date=DAY), report(date=DAY + dt.timedelta(days=2)))


def test_different_places_are_different_incidents_even_with_the_same_actors() -> None:
    assert not same_incident(report(place="Saraqib"), report(place="Taftanaz"))


def test_without_a_place_on_one_side_the_actors_decide() -> None:
    assert same_incident(report(place=None, actors=["Syrian forces"]), report(actors=["Syrian army"]))
    assert not same_incident(report(place=None, actors=["Turkish forces"]), report(actors=["Syrian army"]))


def test_without_place_or_actors_only_an_equal_type_is_the_same_incident() -> None:
    a = report(place=None, actors=[], event_type="airstrike_drone")
    assert same_incident(a, report(place=None, actors=[], event_type="airstrike_drone"))
    assert not same_incident(a, report(place=None, actors=[], event_type="armed_clash"))


def test_an_undated_report_only_meets_undated_reports() -> None:
    undated = report(date=None, published_at=None)
    assert not same_incident(undated, report())
    assert same_incident(undated, report(date=None, published_at=None))


@pytest.mark.parametrize(
    ("claimed_by", "rank"),
    [
        ("OCHA spokesman Jens Laerke", 2),
        ("the U.N. refugee agency", 2),
        ("United Nations", 2),
        ("the provincial governor", 1),
        (None, 0),
        ("", 0),
    ],
)
def test_agencies_outrank_named_sources_which_outrank_unattributed(claimed_by: str | None, rank: int) -> None:
    assert source_rank(claimed_by) == rank
