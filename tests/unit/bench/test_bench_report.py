"""The bench report: percentiles, the table, and the final JSON line (made-up figures, no timing)."""

from __future__ import annotations

import orjson
import pytest

from streams.bench import report

FIGURES = {
    "mode": "quick",
    "k": 1000,
    "articles_per_s": 92.9,
    "baseline_articles_per_s": 3312.8,
    "ratio": 92.9 / 3312.8,
    "p50_ms": 11.0,
    "p95_ms": 30.0,
    "p99_ms": 39.06,
    "rss_mb": 312.8,
    "extract_articles_per_s": 464.6,
    "latency": {"rate": 50, "seconds": 10, "articles": 500, "articles_with_events": 470,
                "event_ms": {"p50": 11.0, "p95": 30.0, "p99": 39.06, "max": 45.0}},
    "stages_us": {"extract": 3400.0, "decode: json": 7.5},
}  # fmt: skip


@pytest.mark.parametrize(
    ("values", "q", "expected"),
    [
        ([1, 2, 3, 4], 50, 2.5),
        ([4, 1, 3, 2], 50, 2.5),
        ([1, 2, 3, 4], 0, 1),
        ([1, 2, 3, 4], 100, 4),
        ([1, 2, 3, 4, 5], 25, 2),
        (list(range(1, 101)), 99, 99.01),
        ([7], 99, 7),
    ],
)
def test_percentile_interpolates_linearly_between_closest_ranks(
    values: list[float], q: float, expected: float
) -> None:
    assert report.percentile(values, q) == pytest.approx(expected)


def test_percentile_of_nothing_is_none_and_q_is_checked() -> None:
    assert report.percentile([], 50) is None
    with pytest.raises(ValueError):
        report.percentile([1.0], 101)


def test_summarize_gives_p50_p95_p99_and_max() -> None:
    stats = report.summarize([float(v) for v in range(1, 201)])
    assert stats["p50"] == pytest.approx(100.5)
    assert stats["max"] == 200
    assert report.summarize([]) == {"p50": None, "p95": None, "p99": None, "max": None}


def test_json_line_has_the_required_keys_first_and_is_one_line() -> None:
    line = report.json_line(FIGURES)
    assert "\n" not in line
    data = orjson.loads(line)
    assert list(data)[: len(report.REQUIRED_KEYS)] == list(report.REQUIRED_KEYS)
    assert data["articles_per_s"] == pytest.approx(92.9)
    assert data["latency"]["event_ms"]["p99"] == pytest.approx(39.06)


def test_json_line_keeps_missing_figures_as_null() -> None:
    data = orjson.loads(report.json_line({"articles_per_s": 10.0}))
    assert set(report.REQUIRED_KEYS) <= set(data)
    assert data["p99_ms"] is None and data["ratio"] is None


def test_targets_are_judged_against_the_issue() -> None:
    met = report.targets_met(
        {"ratio": 0.61, "p99_ms": 249.0, "rss_mb": 700.0, "extract_corpus_articles_per_s": 499.0}
    )
    assert met == {"ratio": True, "p99_ms": True, "rss_mb": False, "extract_corpus_articles_per_s": False}
    assert report.targets_met({})["ratio"] is None


def test_table_shows_the_figures_and_survives_missing_ones() -> None:
    text = report.table(FIGURES)
    assert "92.9" in text and "3,312.8" in text and "MISSED" in text
    assert "extract" in text
    assert "n/a" in report.table({})
