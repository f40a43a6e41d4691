"""Acknowledge input messages only once their outputs are on the broker, in offset order.

Faust commits, per partition, the run of consecutive acknowledged offsets; when nothing has been
committed yet it takes the first run it finds even if an earlier offset is still unacknowledged (so a
message whose output failed could be committed past). Acknowledging each partition's messages in offset
order, each after the broker confirmed its outputs and its predecessors were acknowledged, keeps every
committed offset behind every unconfirmed output, whatever Faust's bookkeeping.

A batch (``settle_batch``) costs one waiting task per partition, not one per message: its messages of a
partition are acknowledged together once that partition's outputs of the batch are confirmed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Mapping, Sequence
from typing import Any

import faust

log = logging.getLogger(__name__)

OnRefused = Callable[[BaseException, str], Coroutine[Any, Any, None]]


class OrderedAcks:
    """``settle(event, sent)`` / ``settle_batch(events, sent_by_tp)`` for the events of one manual-ack
    stream (``stream.noack()``)."""

    def __init__(
        self,
        stream: faust.StreamT[Any],
        on_refused: OnRefused,
        on_finished: Callable[[Any], None] | None = None,
    ) -> None:
        self.stream = stream
        self.on_refused = on_refused
        self.on_finished = on_finished  # told each message before its acknowledgement (the consumer's
        # ``mark_finished``: only those acknowledgements count towards the committed offset)
        self.tail: dict[Any, asyncio.Future[bool]] = {}  # partition -> did its latest message settle
        self.tasks: set[asyncio.Future[Any]] = set()

    async def settle(self, event: faust.EventT[Any], sent: list[Awaitable[Any]]) -> None:
        """Acknowledge ``event`` once ``sent`` are confirmed and its partition's earlier messages are
        acknowledged; never if a send failed (``on_refused`` is told, and the stream stops there)."""
        await self._settle_partition(event.message.tp, [event], sent)

    async def settle_batch(
        self, events: Iterable[faust.EventT[Any]], sent: Mapping[Any, Sequence[Awaitable[Any]]]
    ) -> None:
        """Acknowledge ``events`` (each partition's in offset order, as the stream gave them): those of
        partition ``tp`` once ``sent[tp]`` are confirmed and the partition's earlier messages are
        acknowledged. A refused send holds its own partition only."""
        by_tp: dict[Any, list[faust.EventT[Any]]] = {}
        for event in events:
            by_tp.setdefault(event.message.tp, []).append(event)
        for tp, evs in by_tp.items():
            await self._settle_partition(tp, evs, sent.get(tp, ()))

    async def _settle_partition(
        self, tp: Any, events: list[faust.EventT[Any]], sent: Sequence[Awaitable[Any]]
    ) -> None:
        prev = self.tail.get(tp)
        if not sent and (prev is None or (prev.done() and prev.result())):
            for event in events:  # the common case: nothing pending on this partition
                await self._ack(event)
            return
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self.tail[tp] = done
        task = asyncio.ensure_future(self._settle(events, sent, prev, done))
        self.tasks.add(task)  # a strong reference until it is done
        task.add_done_callback(self.tasks.discard)

    async def _settle(
        self,
        events: list[faust.EventT[Any]],
        sent: Sequence[Awaitable[Any]],
        prev: asyncio.Future[bool] | None,
        done: asyncio.Future[bool],
    ) -> None:
        ok = False
        try:
            try:
                await asyncio.gather(*sent)
            except Exception as exc:
                msg, last = events[0].message, events[-1].message.offset
                offsets = f"{msg.offset}" if last == msg.offset else f"{msg.offset}..{last}"
                await self.on_refused(exc, f"an output of {msg.topic}[{msg.partition}]@{offsets}")
                return
            if prev is not None and not await prev:
                return  # an earlier message of this partition was refused: stop acknowledging here
            for event in events:
                await self._ack(event)
            ok = True
        finally:
            done.set_result(ok)  # whatever happened, the next message of the partition learns it

    async def _ack(self, event: faust.EventT[Any]) -> None:
        if self.on_finished is not None:
            self.on_finished(event.message)
        await self.stream.ack(event)
