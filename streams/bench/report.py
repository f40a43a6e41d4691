"""Figures -> the readable table and the final JSON line of ``python -m streams.bench``.

Pure: percentiles and formatting only, so that tests can feed made-up figures.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import orjson

REQUIRED_KEYS = (
    "articles_per_s",
    "baseline_articles_per_s",
    "ratio",
    "p50_ms",
    "p99_ms",
    "rss_mb",
    "extract_articles_per_s",
)
"""Keys the JSON line always carries (``null`` when a figure could not be measured)."""

TARGETS = {"ratio": 0.6, "p99_ms": 250.0, "rss_mb": 600.0, "extract_corpus_articles_per_s": 500.0}
"""The targets: ratio and extraction speed (on the ~3 KB corpus articles) at least, latency and memory
at most."""


def percentile(values: Iterable[float], q: float) -> float | None:
    """The ``q``-th percentile (0..100) by linear interpolation between closest ranks (numpy's
    default, "linear"); ``None`` for no values."""
    if not 0 <= q <= 100:
        raise ValueError(f"percentile must be within 0..100, got {q}")
    data = sorted(values)
    if not data:
        return None
    pos = (len(data) - 1) * q / 100
    lo = math.floor(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def summarize(values: Sequence[float]) -> dict[str, float | None]:
    """p50/p95/p99/max of a sample (all ``None`` when empty)."""
    return {
        "p50": percentile(values, 50),
        "p95": percentile(values, 95),
        "p99": percentile(values, 99),
        "max": max(values) if values else None,
    }


def targets_met(figures: Mapping[str, Any]) -> dict[str, bool | None]:
    """Whether each target is met (``None`` when its figure is missing)."""

    def check(key: str, at_least: bool) -> bool | None:
        value = figures.get(key)
        if value is None:
            return None
        return bool(value >= TARGETS[key]) if at_least else bool(value < TARGETS[key])

    return {
        "ratio": check("ratio", True),
        "p99_ms": check("p99_ms", False),
        "rss_mb": check("rss_mb", False),
        "extract_corpus_articles_per_s": check("extract_corpus_articles_per_s", True),
    }


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 3) if abs(value) < 100 else round(value, 1)
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_round(v) for v in value]
    return value


def json_line(figures: Mapping[str, Any]) -> str:
    """The one-line JSON summary: every required key (``null`` if missing) first, then the rest."""
    out: dict[str, Any] = {key: figures.get(key) for key in REQUIRED_KEYS}
    out.update({k: v for k, v in figures.items() if k not in out})
    return orjson.dumps(_round(out)).decode()


def _fmt(value: Any, unit: str = "") -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        text = f"{value:,.1f}" if abs(value) >= 10 else f"{value:.2f}"
    else:
        text = f"{value:,}" if isinstance(value, int) else str(value)
    return f"{text} {unit}".rstrip()


def _mark(ok: bool | None) -> str:
    return {True: "ok", False: "MISSED", None: "n/a"}[ok]


def table(figures: Mapping[str, Any]) -> str:
    """The human-readable report (several sections of aligned rows)."""
    f = figures
    met = targets_met(f)
    lines: list[str] = []

    def section(title: str) -> None:
        lines.append("")
        lines.append(title)
        lines.append("-" * len(title))

    def row(label: str, value: str, note: str = "") -> None:
        lines.append(f"  {label:<38} {value:>16}  {note}".rstrip())

    lines.append(f"conflict-streams bench ({f.get('mode', '?')}), broker {f.get('broker', '?')}")
    section("Throughput (K articles pre-loaded, worker started after)")
    row("K articles", _fmt(f.get("k")))
    row("ours: articles/s (extract + tally)", _fmt(f.get("articles_per_s")))
    row("baseline: passthrough msg/s", _fmt(f.get("baseline_articles_per_s")))
    row("ratio ours / baseline", _fmt(f.get("ratio")), f"target >= {TARGETS['ratio']}: {_mark(met['ratio'])}")
    row("worker CPU, cores busy (ours / baseline)",
        f"{_fmt(f.get('worker_cpu_share'))} / {_fmt(f.get('baseline_cpu_share'))}")  # fmt: skip
    row("machine CPU, cores busy (ours / baseline)",
        f"{_fmt(f.get('machine_cpu_share'))} / {_fmt(f.get('baseline_machine_cpu_share'))}",
        f"of {_fmt(f.get('cores'))}; includes the broker and anything else running")  # fmt: skip
    row("worker CPU µs per article / per message",
        f"{_fmt(f.get('worker_cpu_us_per_article'))} / {_fmt(f.get('baseline_cpu_us_per_message'))}",
        "ours / baseline; steadier than the rates on a shared machine")  # fmt: skip
    row("wiring alone: articles/s", _fmt(f.get("wiring_articles_per_s")),
        "our worker, extraction answered from memory")  # fmt: skip
    row("wiring alone: worker CPU µs per article", _fmt(f.get("wiring_cpu_us_per_article")),
        "Kafka + Faust + tally around a free extraction")  # fmt: skip
    row("events per article", _fmt(f.get("events_per_article")))
    row("totals updates per article", _fmt(f.get("totals_per_article")))
    letters = f.get("dead_letters")
    row("dead letters", _fmt(letters), "WARNING: extraction failed on some input" if letters else "")

    lat = f.get("latency") or {}
    section(f"Latency at a steady {_fmt(lat.get('rate'))} articles/s for {_fmt(lat.get('seconds'))} s")
    sent, with_events = _fmt(lat.get("articles")), _fmt(lat.get("articles_with_events"))
    row("articles sent / with events", f"{sent} / {with_events}")
    for name, key in (("article -> its events", "event_ms"), ("article -> its totals", "totals_ms")):
        stats = lat.get(key) or {}
        row(
            name + " p50/p95/p99 ms",
            "/".join(_fmt(stats.get(p)) for p in ("p50", "p95", "p99")),
            f"max {_fmt(stats.get('max'))}",
        )
    row("p99 (article -> events)", _fmt(f.get("p99_ms"), "ms"), f"target < 250 ms: {_mark(met['p99_ms'])}")

    section("Memory")
    row("worker peak RSS (VmHWM)", _fmt(f.get("rss_mb"), "MB"), f"target < 600 MB: {_mark(met['rss_mb'])}")
    row("baseline worker peak RSS", _fmt(f.get("baseline_rss_mb"), "MB"))
    row("table changelog written per article", _fmt(f.get("changelog_kb_per_article"), "KB"),
        f"microbench, first {_fmt(f.get('stage_articles'))} articles; grows with the table")  # fmt: skip

    stages = f.get("stages_us") or {}
    if stages:
        section("Per-article time split, µs (in-process microbench on the corpus, except the last rows)")
        for name, us in stages.items():
            row(name, _fmt(us))
    row("extraction core", str(f.get("extraction_build") or "?"), "native: compiled by mypyc (make native)")
    row("extraction alone: articles/s", _fmt(f.get("extract_articles_per_s")), "(eval articles, in process)")
    row("extraction alone on this corpus: articles/s", _fmt(f.get("extract_corpus_articles_per_s")),
        f"target >= 500 for ~3 KB articles: {_mark(met['extract_corpus_articles_per_s'])}")  # fmt: skip
    lines.append("")
    return "\n".join(lines)
