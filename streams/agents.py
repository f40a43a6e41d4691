"""The Faust agents: thin wiring around the pure core.

``extract_articles``: articles -> events (keyed by region), or a dead letter with the reason.
``tally_events``: events -> region state table -> totals.

Nothing is lost to a failing downstream: an article is acknowledged (its offset becomes committable)
only once the broker has confirmed every message it produced (events or its dead letter). Faust itself
would only log a refused send and commit past it. A refused send stops the worker loudly instead; the
article's offset stays uncommitted, so the restarted worker does it again (at-least-once).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from typing import Any

import faust

from streams.acks import OrderedAcks
from streams.aggregate import RegionState, apply_in_place, region_totals
from streams.aggregate.tally import latest_day
from streams.app import Wiring
from streams.codec import decode_event, encode
from streams.dlq import DlqLimit, dead_letter, dead_letter_headers
from streams.errors import InvalidMessage, TooManyDeadLetters
from streams.models import TOTALS_THROUGH_OFFSET_HEADER
from streams.processing import event_key, process
from streams.tables import owned_states, put_state

log = logging.getLogger(__name__)


def register_agents(app: faust.App, w: Wiring) -> None:
    limit = DlqLimit(w.settings.dlq_max_ratio, w.settings.dlq_window)
    retention = w.settings.retention_days or None
    m = w.metrics

    async def refused(exc: BaseException, what: str) -> None:
        m.delivery_failures.inc()
        log.critical("the broker refused %s (%r): stopping; its input will be redone on restart", what, exc)
        await app.crash(exc if isinstance(exc, Exception) else RuntimeError(repr(exc)))

    async def publish(
        topic: str, key: bytes | None, value: bytes, headers: dict[str, bytes] | None = None
    ) -> Awaitable[Any]:
        """Send encoded bytes through the app's producer (under exactly_once, its transaction manager),
        as ``topic.send`` does, without the wrapping ``topic.send`` adds to every message (a
        FutureMessage, serializers, sensor calls): about half the CPU per message. Returns the
        delivery future."""
        producer = await app.maybe_start_producer()
        delivery: Awaitable[Any] = await producer.send(topic, key, value, None, None, headers)
        return delivery

    def finished() -> Callable[[Any], None] | None:
        """The consumer's ``mark_finished`` (``streams.consumer.Consumer``), for ``OrderedAcks``."""
        mark: Callable[[Any], None] | None = getattr(app.consumer, "mark_finished", None)
        return mark

    events_topic = w.events.get_topic_name()
    totals_topic = w.totals.get_topic_name()
    dlq_topic = w.dead_letters.get_topic_name()

    async def send_dead_letter(error: InvalidMessage, msg: Any) -> Awaitable[Any]:
        """Publish ``msg`` to the dead-letter topic with the reason; return the delivery future."""
        letter = dead_letter(error, msg.value, topic=msg.topic, partition=msg.partition, offset=msg.offset)
        key = msg.key.encode() if isinstance(msg.key, str) else msg.key  # the input's key, as it came
        delivery = await publish(dlq_topic, key, encode(letter), dead_letter_headers(letter))
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
        acks = OrderedAcks(manual, refused, finished())
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
                    sent.append(await publish(events_topic, event_key(event).encode(), encode(event)))
                m.events_out.inc(len(events))
                m.articles_processed.inc()
                await _count(app, limit, rejected=False)
            await acks.settle(item, sent)

    background: set[asyncio.Future[Any]] = set()

    @w.regions.on_recover
    async def emit_recovered() -> None:
        """After the table is recovered (start, restart, rebalance), send the totals of every region
        this worker now owns. An event whose region state reached the changelog before a crash, but
        not its totals, is a duplicate when read again and changes nothing: without this, its
        region's last totals message would stay behind the state."""
        sent = []
        for key, state in owned_states(app, w.regions):
            totals = encode(region_totals(state, latest_day([state])))
            sent.append(await publish(totals_topic, key.encode(), totals))
        m.totals_out.inc(len(sent))
        if sent:
            log.info("sent the totals of %d recovered regions", len(sent))
            watch = asyncio.ensure_future(confirm(sent, "the totals of recovered regions"))
            background.add(watch)  # a strong reference until it is done
            watch.add_done_callback(background.discard)

    async def confirm(sent: list[Awaitable[Any]], what: str) -> None:
        try:
            await asyncio.gather(*sent)
        except Exception as exc:
            await refused(exc, what)

    @app.agent(w.events, name="tally_events")
    async def tally_events(stream: faust.StreamT[Any]) -> None:
        manual = stream.noack()  # type: ignore[attr-defined]  # on Stream, missing from StreamT
        acks = OrderedAcks(manual, refused, finished())
        batches = manual.noack_take(w.settings.tally_batch, within=w.settings.tally_interval_s)
        async for batch in batches:
            await tally_batch(batch, acks)

    async def tally_batch(batch: list[faust.EventT[Any]], acks: OrderedAcks) -> None:
        """Apply a batch of events; then, once per region it changed, write the region's state to the
        table and send its totals. Each input is acknowledged once its partition's outputs of the batch
        (states, totals, dead letters) are confirmed."""
        generation = app.consumer_generation_id
        # Events fetched before a rebalance are left unacknowledged: their partition's owner reads
        # them again from the committed offset.
        current = [item for item in batch if item.message.generation_id == generation]
        sent: dict[Any, list[Awaitable[Any]]] = defaultdict(list)
        changed: dict[str, tuple[RegionState, faust.EventT[Any]]] = {}
        applied = rejected = 0
        for item in current:
            msg = item.message
            try:
                event = decode_event(msg.value)
            except InvalidMessage as error:  # written by someone else than our extractor
                sent[msg.tp].append(await send_dead_letter(error, msg))
                rejected += 1
                continue
            key = event.place_key
            seen = changed.get(key)
            state = seen[0] if seen else (w.regions.get(key) or RegionState(place_key=key))
            if apply_in_place(state, event, retention_days=retention):
                changed[key] = (state, item)  # the latest event of the region in the batch
                applied += 1
        m.events_applied.inc(applied)
        m.events_duplicate.inc(len(current) - applied - rejected)
        for key, (state, item) in changed.items():
            tp = item.message.tp
            sent[tp].append(put_state(w.regions, item, key, state))
            totals = encode(region_totals(state, latest_day([state])))
            headers = {TOTALS_THROUGH_OFFSET_HEADER: str(item.message.offset).encode()}
            sent[tp].append(await publish(totals_topic, key.encode(), totals, headers))
        m.totals_out.inc(len(changed))
        await acks.settle_batch(current, sent)


async def _count(app: faust.App, limit: DlqLimit, *, rejected: bool) -> None:
    """Feed the dead-letter limit; past it, stop the worker loudly rather than reject everything."""
    try:
        limit.record(rejected)
    except TooManyDeadLetters as exc:
        log.critical("%s", exc)
        await app.crash(exc)
