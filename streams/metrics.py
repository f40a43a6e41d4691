"""Prometheus metrics of one worker, in a registry of its own (tests build several apps)."""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest


@dataclass
class Metrics:
    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        self.articles_in = Counter("conflict_articles_in", "Input messages read", registry=r)
        self.articles_processed = Counter(
            "conflict_articles_processed", "Articles extracted (with zero or more events)", registry=r
        )
        self.dead_letters = Counter(
            "conflict_dead_letters", "Input messages dead-lettered", ["error_class"], registry=r
        )
        self.events_out = Counter("conflict_events_out", "Events published", registry=r)
        self.totals_out = Counter("conflict_totals_out", "Region totals published", registry=r)
        self.delivery_failures = Counter(
            "conflict_delivery_failures", "Outputs the broker refused (the worker stops)", registry=r
        )
        self.events_applied = Counter(
            "conflict_events_applied", "Events that changed a region's state", registry=r
        )
        self.events_duplicate = Counter(
            "conflict_events_duplicate", "Events already applied (redelivery, replays)", registry=r
        )
        self.extract_seconds = Histogram(
            "conflict_extract_seconds",
            "Time to extract one article",
            buckets=(0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5),
            registry=r,
        )
        self.consumer_lag = Gauge(
            "conflict_consumer_lag",
            "Messages behind the end of the input",
            ["topic", "partition"],
            registry=r,
        )

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
