"""Acknowledge input messages only once their outputs are on the broker, in offset order.

Faust commits, per partition, the run of consecutive acknowledged offsets; when nothing has been
committed yet it takes the first run it finds even if an earlier offset is still unacknowledged (so a
message whose output failed could be committed past). Acknowledging each partition's messages in offset
order, each after the broker confirmed its outputs and its predecessor was acknowledged, keeps every
committed offset behind every unconfirmed output, whatever Faust's bookkeeping.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import faust

log = logging.getLogger(__name__)

OnRefused = Callable[[BaseException, str], Coroutine[Any, Any, None]]


class OrderedAcks:
    """``settle(event, sent)`` for the events of one manual-ack stream (``stream.noack()``)."""

    def __init__(self, stream: faust.StreamT[Any], on_refused: OnRefused) -> None:
        self.stream = stream
        self.on_refused = on_refused
        self.tail: dict[Any, asyncio.Future[bool]] = {}  # partition -> did its latest message settle
        self.tasks: set[asyncio.Future[Any]] = set()

    async def settle(self, event: faust.EventT[Any], sent: list[Awaitable[Any]]) -> None:
        """Acknowledge ``event`` once ``sent`` are confirmed and its partition's earlier messages are
        acknowledged; never if a send failed (``on_refused`` is told, and the stream stops there)."""
        tp = event.message.tp
        prev = self.tail.get(tp)
        if not sent and (prev is None or (prev.done() and prev.result())):
            await self.stream.ack(event)  # the common case: nothing pending on this partition
            return
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self.tail[tp] = done
        task = asyncio.ensure_future(self._settle(event, sent, prev, done))
        self.tasks.add(task)  # a strong reference until it is done
        task.add_done_callback(self.tasks.discard)

    async def _settle(
        self,
        event: faust.EventT[Any],
        sent: list[Awaitable[Any]],
        prev: asyncio.Future[bool] | None,
        done: asyncio.Future[bool],
    ) -> None:
        ok = False
        try:
            try:
                await asyncio.gather(*sent)
            except Exception as exc:
                msg = event.message
                await self.on_refused(exc, f"an output of {msg.topic}[{msg.partition}]@{msg.offset}")
                return
            if prev is not None and not await prev:
                return  # an earlier message of this partition was refused: stop acknowledging here
            await self.stream.ack(event)
            ok = True
        finally:
            done.set_result(ok)  # whatever happened, the next message of the partition learns it
