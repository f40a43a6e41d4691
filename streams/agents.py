"""The Faust agents: thin wiring around the pure core.

``extract_articles``: articles -> events (keyed by region), or a dead letter with the reason.
``tally_events``: events -> region state table -> totals.

Nothing is lost to a failing downstream: an article is acknowledged (its offset becomes committable)
only once the broker has confirmed every message it produced (events or its dead letter). Faust itself
would only log a refused send and commit past it. A refused send stops the worker loudly instead; the
article's offset stays uncommitted, so the restarted worker does it again (at-least-once).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable
from typing import Any

import faust

from streams.acks import OrderedAcks
from streams.aggregate import RegionState, apply_in_place, region_totals
from streams.aggregate.tally import latest_day
from streams.app import Wiring
from streams.codec import decode_event, encode
from streams.dlq import DlqLimit, dead_letter, dead_letter_headers
from streams.errors import InvalidMessage, TooManyDeadLetters
from streams.processing import event_key, process

log = logging.getLogger(__name__)


def register_agents(app: faust.App, w: Wiring) -> None:
    limit = DlqLimit(w.settings.dlq_max_ratio, w.settings.dlq_window)
    retention = w.settings.retention_days or None
    m = w.metrics

    async def refused(exc: BaseException, what: str) -> None:
        m.delivery_failures.inc()
        log.critical("the broker refused %s (%r): stopping; its input will be redone on restart", what, exc)
        await app.crash(exc if isinstance(exc, Exception) else RuntimeError(repr(exc)))

    async def send_dead_letter(error: InvalidMessage, msg: Any) -> Awaitable[Any]:
        """Publish ``msg`` to the dead-letter topic with the reason; return the delivery future."""
        letter = dead_letter(error, msg.value, topic=msg.topic, partition=msg.partition, offset=msg.offset)
        delivery = await w.dead_letters.send(
            key=msg.key, value=encode(letter), headers=dead_letter_headers(letter)
        )
        m.dead_letters.labels(error.error_class).inc()
        log.warning(
            "dead-lettered %s[%s]@%s: %s: %s",
            msg.topic,
            msg.partition,
            msg.offset,
            error.error_class,
            error.reason,
        )
        return delivery

    @app.agent(w.articles, name="extract_articles")
    async def extract_articles(stream: faust.StreamT[Any]) -> None:
        manual = stream.noack()  # type: ignore[attr-defined]  # on Stream, missing from StreamT
        acks = OrderedAcks(manual, refused)
        async for item in manual.events():
            msg = item.message
            m.articles_in.inc()
            started = time.perf_counter()
            sent: list[Awaitable[Any]] = []
            try:
                events = process(msg.value, max_bytes=w.settings.max_message_bytes)
            except InvalidMessage as error:
                sent.append(await send_dead_letter(error, msg))
                await _count(app, limit, rejected=True)
            else:
                m.extract_seconds.observe(time.perf_counter() - started)
                for event in events:
                    sent.append(await w.events.send(key=event_key(event), value=encode(event)))
                m.events_out.inc(len(events))
                m.articles_processed.inc()
                await _count(app, limit, rejected=False)
            await acks.settle(item, sent)

    @app.agent(w.events, name="tally_events")
    async def tally_events(stream: faust.StreamT[Any]) -> None:
        manual = stream.noack()  # type: ignore[attr-defined]  # on Stream, missing from StreamT
        acks = OrderedAcks(manual, refused)
        async for item in manual.events():
            msg = item.message
            sent: list[Awaitable[Any]] = []
            try:
                event = decode_event(msg.value)
            except InvalidMessage as error:  # written by someone else than our extractor
                sent.append(await send_dead_letter(error, msg))
            else:
                key = event.place_key
                state = w.regions.get(key) or RegionState(place_key=key)
                if apply_in_place(state, event, retention_days=retention):
                    w.regions[key] = state
                    m.events_applied.inc()
                    totals = region_totals(state, latest_day([state]))
                    sent.append(await w.totals.send(key=key, value=encode(totals)))
                    m.totals_out.inc()
                else:
                    m.events_duplicate.inc()
            await acks.settle(item, sent)


async def _count(app: faust.App, limit: DlqLimit, *, rejected: bool) -> None:
    """Feed the dead-letter limit; past it, stop the worker loudly rather than reject everything."""
    try:
        limit.record(rejected)
    except TooManyDeadLetters as exc:
        log.critical("%s", exc)
        await app.crash(exc)
