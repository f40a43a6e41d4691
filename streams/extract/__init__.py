"""Article -> events. Pure: no Kafka, no Faust, no I/O beyond loading packaged data once."""

from __future__ import annotations

from streams.models import Article, Event

EXTRACTOR_VERSION = "0.0.0"


def extract(article: Article) -> list[Event]:
    """Return the conflict events described in ``article`` (placeholder until the core lands)."""
    return []
