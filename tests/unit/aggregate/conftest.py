"""A small factory of Events for the aggregation tests: an Idlib shelling unless told otherwise."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from streams.models import Event

DAY = dt.date(2024, 3, 11)
_serial = itertools.count()


def make_event(**fields: Any) -> Event:
    """An Event with plausible defaults; ``event_id`` defaults to a fresh id within ``article_id``."""
    article_id = fields.setdefault("article_id", "wire-1")
    values: dict[str, Any] = {
        "event_id": f"{article_id}#{next(_serial)}",
        "source": "Test Wire",
        "published_at": DAY + dt.timedelta(days=1),
        "event_type": "shelling_artillery",
        "country": "SY",
        "region": "SY-ID",
        "place": "Saraqib",
        "date": DAY,
        "actors": ["Syrian army"],
        "evidence": "Artillery fire on the market of Saraqib killed four people on Monday, medics said.",
        "extractor_version": "test",
    }
    values.update(fields)
    return Event(**values)
