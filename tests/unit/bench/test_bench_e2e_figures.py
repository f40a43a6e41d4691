"""How the end-to-end bench turns probes into figures: counters, sustained rate, latency matching."""

from __future__ import annotations

import pytest

from streams.bench import e2e


def test_parse_metrics_sums_labelled_samples_and_skips_comments() -> None:
    text = (
        "# HELP conflict_articles_in_total Input messages read\n"
        "conflict_articles_in_total 12.0\n"
        'conflict_dead_letters_total{error_class="InvalidJSON"} 2.0\n'
        'conflict_dead_letters_total{error_class="TooLarge"} 1.0\n'
    )
    m = e2e.parse_metrics(text)
    assert m["conflict_articles_in_total"] == 12
    assert m["conflict_dead_letters_total"] == 3


def test_sustained_rate_leaves_out_the_warm_up() -> None:
    # a slow start (first 5% takes 10 s), then 100 articles/s
    samples = [(0.0, 1.0), (10.0, 50.0), (11.0, 150.0), (19.5, 1000.0)]
    rate, start, end = e2e.sustained_rate(samples, 1000)
    assert (start, end) == (10.0, 19.5)
    assert rate == pytest.approx(950 / 9.5)


def test_our_worker_is_done_only_when_the_tally_caught_up() -> None:
    articles, done = e2e.ours_done(10)
    m = {"conflict_articles_processed_total": 9.0, "conflict_dead_letters_total": 1.0,
         "conflict_events_out_total": 30.0, "conflict_events_applied_total": 29.0}  # fmt: skip
    assert articles(m) == 10
    assert not done(m)
    assert done({**m, "conflict_events_duplicate_total": 1.0})


def test_latency_pairs_each_event_with_the_first_totals_of_its_region_that_include_it() -> None:
    records = e2e.LatencyRecords(
        sent={"a": 1000, "b": 1010},
        # (partition, offset, time, article id, region)
        events=[(0, 0, 1020, "a", "SY-ID"), (1, 0, 1025, "a", "NG-BO"), (0, 1, 1030, "b", "SY-ID")],
        # (partition, offset, time, region, through_offset): the first SY-ID totals include event 0
        # only; a re-sent one (no header) and another region's are never matched
        totals=[(0, 0, 1040, "SY-ID", 0), (1, 0, 1041, "NG-BO", 0), (0, 1, 1045, "SY-ID", None),
                (0, 2, 1060, "SY-ID", 1), (0, 3, 1070, "XX", 9)],
    )  # fmt: skip
    event_ms, totals_ms = e2e.latencies(records)
    assert sorted(event_ms) == [20.0, 25.0]  # a: its last event at 1025; b: 1030
    assert sorted(totals_ms) == [41.0, 50.0]  # a: max(1040, 1041) - 1000; b: 1060 - 1010


def test_latency_matches_one_coalesced_totals_to_every_event_it_includes() -> None:
    records = e2e.LatencyRecords(
        sent={"a": 1000, "b": 1010},
        events=[(0, 4, 1020, "a", "SY-ID"), (0, 5, 1030, "b", "SY-ID")],
        totals=[(0, 0, 1050, "SY-ID", 5)],
    )
    assert sorted(e2e.latencies(records)[1]) == [40.0, 50.0]


def test_latency_ignores_events_of_articles_not_sent_in_the_phase() -> None:
    records = e2e.LatencyRecords(sent={"a": 0}, events=[(0, 0, 5, "old", "ZZ")], totals=[(0, 0, 6, "ZZ", 0)])
    assert e2e.latencies(records) == ([], [])
