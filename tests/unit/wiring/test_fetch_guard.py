"""fetch_guard: never ask aiokafka for "every partition" by accident, and hand back fetched records of
partitions paused while the fetch waited (README, "Fault tolerance")."""

from __future__ import annotations

from dataclasses import dataclass

from streams.fetch_guard import fetch_request, undeliverable


@dataclass
class Record:
    offset: int


def test_the_request_is_a_copy_taken_at_the_call() -> None:
    live = {"articles-0", "changelog-0"}
    request = fetch_request(live)
    live.clear()  # the main thread pauses everything while the fetch waits
    assert request == {"articles-0", "changelog-0"}


def test_an_empty_active_set_asks_for_nothing_and_none_for_everything() -> None:
    request = fetch_request(set())
    assert request is not None and not request
    assert fetch_request(None) is None


def test_records_of_partitions_paused_meanwhile_are_fetched_again_from_their_first_offset() -> None:
    records = {
        "articles-0": [Record(92), Record(93)],
        "events-1": [Record(125)],
        "changelog-0": [Record(4)],
        "events-0": [],
    }
    active = {"changelog-0"}
    again = undeliverable(records, lambda tp: tp in active, lambda r: r.offset)
    assert again == {"articles-0": 92, "events-1": 125}


def test_nothing_to_fetch_again_when_every_partition_is_deliverable() -> None:
    records = {"articles-0": [Record(0)]}
    assert undeliverable(records, lambda tp: True, lambda r: r.offset) == {}
