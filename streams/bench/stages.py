"""In-process microbench of the pipeline's stages on the corpus: no Kafka, no Faust.

Each stage is the code the agents run, timed on its own over the same articles, in the order the
agents run them (so each stage gets real inputs):

- ``decode: json``      ``codec.decode_json`` (UTF-8 check + orjson) of the article bytes
- ``decode: validate``  ``Article.model_validate`` of the parsed dict (pydantic)
- ``extract``           ``streams.extract.extract(article)``
- ``encode events``     ``codec.encode(event)`` of each event
- ``tally: decode``     ``codec.decode_event`` of each event's bytes (the tally agent's input)
- ``table update``      ``apply_in_place`` per event, then ``RegionState.to_json`` (the changelog write)
                        once per region a batch changed
- ``totals: build+encode`` ``region_totals(state, latest_day)`` + ``encode`` once per region a batch
                        changed

The tally agent works in batches (``CONFLICT_STREAMS_TALLY_INTERVAL_S``); here a batch is the events of
``BATCH_ARTICLES`` consecutive articles, what one 0.2 s interval holds at the bench's steady 50
articles/s (a backlog makes batches larger, so this is the costlier case).

Figures are per *article* (event-level stages are summed over the article's events), in µs. A full
garbage collection runs before each stage, so that one owed by earlier work is not charged to it.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from streams.aggregate import RETENTION_DAYS, RegionState, apply_in_place, region_totals
from streams.aggregate.tally import latest_day
from streams.codec import decode_event, decode_json, encode
from streams.extract import extract
from streams.models import Article, Event

T = TypeVar("T")

BATCH_ARTICLES = 10


@dataclass
class StageTimes:
    articles: int = 0
    events: int = 0
    totals: int = 0
    changelog_bytes: int = 0
    """Bytes of region state the table writes to its changelog (the whole state, once per region a
    batch changed)."""
    seconds: dict[str, float] = field(default_factory=dict)

    def per_article_us(self) -> dict[str, float]:
        n = max(self.articles, 1)
        return {name: s / n * 1e6 for name, s in self.seconds.items()}

    @property
    def extract_articles_per_s(self) -> float | None:
        spent = self.seconds.get("extract")
        return self.articles / spent if spent else None


def _timed(times: StageTimes, name: str, fn: Callable[[], T]) -> T:
    gc.collect()  # a full collection owed by earlier work would otherwise land in a random stage
    started = time.perf_counter()
    result = fn()
    times.seconds[name] = times.seconds.get(name, 0.0) + time.perf_counter() - started
    return result


def measure_stages(lines: Sequence[bytes], *, warmup: Sequence[bytes] = ()) -> StageTimes:
    """Run every stage over ``lines`` (article JSON bytes) and time each one (see the module doc).

    The ``warmup`` articles (others than those timed, so that no cache holds a timed article) are run
    untimed first: first-use loading (the gazetteer, tables read lazily, cue patterns compiled on first
    use) is no per-article cost."""
    for line in warmup:
        for event in extract(Article.model_validate(decode_json(line))):
            encode(event)
    times = StageTimes()
    dicts: list[Any] = _timed(times, "decode: json", lambda: [decode_json(line) for line in lines])
    articles = _timed(times, "decode: validate", lambda: [Article.model_validate(d) for d in dicts])
    per_article: list[list[Event]] = _timed(times, "extract", lambda: [extract(a) for a in articles])
    events = [e for evs in per_article for e in evs]
    payloads = _timed(times, "encode events", lambda: [encode(e) for e in events])
    decoded = _timed(times, "tally: decode event", lambda: [decode_event(p) for p in payloads])
    states: dict[str, RegionState] = {}
    batches: list[list[Event]] = []
    start = 0
    for i in range(0, len(per_article), BATCH_ARTICLES):
        n = sum(len(evs) for evs in per_article[i : i + BATCH_ARTICLES])
        batches.append(decoded[start : start + n])
        start += n

    written = 0

    def update() -> list[RegionState]:
        nonlocal written
        changed_per_batch: list[RegionState] = []
        for batch in batches:
            changed: dict[str, RegionState] = {}
            for event in batch:
                key = event.place_key
                state = states.get(key) or RegionState(place_key=key)
                if apply_in_place(state, event, retention_days=RETENTION_DAYS):  # as the agent does
                    states[key] = changed[key] = state
            for state in changed.values():
                written += len(state.to_json())  # what the table's changelog write costs
            changed_per_batch.extend(changed.values())
        return changed_per_batch

    applied = _timed(times, "table update (+ changelog json)", update)
    _timed(
        times,
        "totals: build + encode",
        lambda: [encode(region_totals(s, latest_day([s]))) for s in applied],
    )
    times.articles, times.events, times.totals = len(lines), len(events), len(applied)
    times.changelog_bytes = written
    return times


def extraction_rate(lines: Sequence[bytes], *, min_seconds: float = 1.0) -> float:
    """Articles/s of ``extract`` alone (articles decoded beforehand), repeated for ``min_seconds``."""
    articles = [Article.model_validate(decode_json(line)) for line in lines]
    for article in articles[:20]:
        extract(article)
    done = 0
    started = time.perf_counter()
    while True:
        for article in articles:
            extract(article)
        done += len(articles)
        spent = time.perf_counter() - started
        if spent >= min_seconds:
            return done / spent
