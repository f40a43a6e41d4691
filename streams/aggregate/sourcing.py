"""Which displacement stock stands for a region: the latest, then the best-sourced."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from streams.aggregate.lexicon import AGENCY_WORDS, words
from streams.aggregate.state import Report


@lru_cache(maxsize=4096)
def source_rank(claimed_by: str | None) -> int:
    """How well-sourced a figure is: 2 for the UN system or a humanitarian agency, 1 for any other
    named source, 0 for an unattributed figure."""
    if not claimed_by:
        return 0
    ws = words(claimed_by)
    phrases = {" ".join(ws[i : i + n]) for n in (1, 2, 3, 4) for i in range(len(ws) - n + 1)}
    return 2 if not phrases.isdisjoint(AGENCY_WORDS) else 1


def stock_rank(r: Report) -> tuple[Any, ...]:
    """Order of displacement stocks, best last: verified; the latest day (incident date, else
    publication); the latest publication; the best-sourced (UN/agency > named > none); the highest
    figure; then the ids, so that the choice never depends on arrival order."""
    return (
        r.verified,
        r.day or dt.date.min,
        r.revision_day,
        source_rank(r.claimed_by),
        r.displaced or 0,
        r.article_id,
        r.event_id,
    )


def best_stock(stocks: Iterable[Report | None]) -> Report | None:
    """The stock that stands for the region's displacement (see :func:`stock_rank`)."""
    candidates = [s for s in stocks if s is not None]
    return max(candidates, key=stock_rank) if candidates else None
