"""The Kafka consumer of the app: faust-streaming's aiokafka consumer with corrections to what it
fetches and what it takes as processed around a rebalance (README, "Rebalance when a worker leaves").

1. Input partitions are fetched after a rebalance only once they were seeked to their committed
   offsets and the flow resumed (``streams.resume_gate``). Faust resumes them before its seek, and the
   records fetched in between were partly processed, partly emptied from the queues by the flow's
   resumption and never fetched again: a partition whose commit stopped, or one input committed past.
2. On the input topics of our agents (``StreamsApp.manual_ack_topics``), an acknowledgement counts
   towards the committed offset only for a message the agent finished (``mark_finished``, called by
   ``streams.acks.OrderedAcks``) in the consumer generation it was fetched in. A stream acknowledges
   by itself the messages it skips during a rebalance, unprocessed; and an acknowledgement of a
   message of an earlier generation would land in the bookkeeping of partitions assigned since. Such
   a message is released (shutdown does not wait for it) but its offset stays uncommitted: the
   partition's owner reads it again from the committed offset (at-least-once; totals are idempotent).
3. aiokafka is asked for a copy of the active partitions taken at the call, never for an empty set
   (which it reads as "every partition"), and records Faust would drop because their partition was
   paused while the fetch waited are fetched again (``streams.fetch_guard``). A seek to the committed
   offsets also seeks the input partitions the group never committed to their beginning (where
   ``auto_offset_reset="earliest"`` starts them): records dropped in a rebalance come back even
   without a committed offset.
4. On the same topics, a partition the group never committed is committed only from the first offset
   read (``streams.commit_guard``): Faust checks the head of a run only against a committed offset,
   and 2. can leave an uncounted message at the head.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from faust.transport.consumer import RecordMap
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP
from faust.types.tuples import Message, ack_lock
from mode.utils.futures import notify

from streams.commit_guard import FirstReads, head_committable
from streams.fetch_guard import fetch_request, undeliverable
from streams.resume_gate import ResumeGate

log = logging.getLogger(__name__)


class _ReadOffsets(defaultdict[TP, int | None]):
    """Faust's ``_read_offset`` (the last offset delivered per partition), also telling ``FirstReads``
    of each delivery. Seeks write it with ``update``, which does not go through ``__setitem__``."""

    def __init__(self, first_reads: FirstReads) -> None:
        super().__init__(lambda: None)
        self.first_reads = first_reads

    def __setitem__(self, tp: TP, offset: int | None) -> None:
        if offset is not None:
            self.first_reads.read(tp, offset)
        super().__setitem__(tp, offset)


class Consumer(faust_aiokafka.Consumer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.resume_gate = ResumeGate()
        self._finished: weakref.WeakSet[Message] = weakref.WeakSet()
        self.first_reads = FirstReads()
        self._read_offset = _ReadOffsets(self.first_reads)

    # -- 1. no fetching of input partitions between an assignment and its seek ----------------------

    def _is_input_tp(self, tp: TP) -> bool:
        return not self._is_changelog_tp(tp)

    async def on_partitions_assigned(self, assigned: set[TP], generation_id: int = 0) -> None:
        self.resume_gate.assigned()
        # Faust makes a newly assigned partition active at once and pauses it only later, after other
        # callbacks: paused from the start here. And a partition whose buffer was full before the
        # rebalance is fetched even when paused; its queue was emptied when the partitions were revoked.
        self._paused_partitions.update(tp for tp in assigned if self._is_input_tp(tp))
        self._buffered_partitions.difference_update(assigned)
        await super().on_partitions_assigned(assigned, generation_id)

    def resume_partitions(self, tps: Iterable[TP]) -> None:
        super().resume_partitions(self.resume_gate.resume(tps, self._is_input_tp))

    async def perform_seek(self) -> None:
        token = self.resume_gate.seek_starting()
        await super().perform_seek()
        await self._seek_uncommitted_to_beginning()
        self.resume_gate.seek_done(token)
        # read again from the committed offset, or (none committed) from the reset position
        self.first_reads.reset(self.assignment())

    async def _seek_uncommitted_to_beginning(self) -> None:
        """Faust's seek to the committed offsets leaves a partition with none where the fetcher was."""
        if self.app.conf.consumer_auto_offset_reset != "earliest":
            return
        manual = getattr(self.app, "manual_ack_topics", ())
        never = [tp for tp in self.assignment() if tp.topic in manual and not self._committed_offset.get(tp)]
        if never:
            log.info("no committed offset: reading %s from the beginning", sorted(map(_label, never)))
            await self._thread.seek_to_beginning(*(faust_aiokafka.ensure_aiokafka_TP(tp) for tp in never))

    # -- 3. fetch only what will be delivered ---------------------------------------------------------

    async def _getmany(self, active_partitions: set[TP] | None, timeout: float) -> RecordMap:
        request = fetch_request(active_partitions)
        if request is not None and not request:
            await asyncio.sleep(min(timeout, 0.1))
            return {}
        records: RecordMap = await super()._getmany(
            None if request is None else set(request),
            timeout,
        )
        if request is None or not records:
            return records
        active = self._get_active_partitions()
        buffered = self._buffered_partitions
        again = undeliverable(records, lambda tp: tp in active or tp in buffered, lambda r: r.offset)
        if not again:
            return records
        kept = {tp: batch for tp, batch in records.items() if tp not in again}
        assignment = self.assignment()
        again = {tp: offset for tp, offset in again.items() if tp in assignment}  # revoked: not ours
        if again:
            log.info("fetched again (paused meanwhile): %s", {_label(tp): o for tp, o in again.items()})
            try:
                await self.seek_wait(again)
            except Exception as exc:  # revoked meanwhile: its next owner reads from the committed offset
                log.warning("could not seek back %s: %r", sorted(map(_label, again)), exc)
        return kept

    def resume_flow(self) -> None:
        super().resume_flow()
        held = self.resume_gate.flow_resumed()
        if held:
            assignment = self.assignment()
            super().resume_partitions({tp for tp in held if tp in assignment})

    def on_buffer_drop(self, tp: TP) -> None:
        if tp in self.resume_gate.held():
            self._buffered_partitions.discard(tp)  # stays paused until the gate opens
            return
        super().on_buffer_drop(tp)

    async def on_partitions_revoked(self, revoked: set[TP]) -> None:
        self.first_reads.reset(revoked)
        await super().on_partitions_revoked(revoked)

    # -- 2. only messages our agents finished, in their own generation, are committed ----------------

    def mark_finished(self, message: Message) -> None:
        """The agent is done with ``message`` (its outputs are confirmed): its acknowledgement counts."""
        self._finished.add(message)

    def ack(self, message: Message) -> bool:
        manual = getattr(self.app, "manual_ack_topics", ())
        if message.topic in manual:
            finished = message in self._finished
            self._finished.discard(message)
            if not finished or message.generation_id != self.app.consumer_generation_id:
                with ack_lock:
                    message.acked = True  # released: nothing waits for it any more
                    self._unacked_messages.discard(message)
                    notify(self._waiting_for_ack)
                return False
        return super().ack(message)

    # -- 4. a partition never committed: not past an uncounted head -------------------------------------

    def _new_offset(self, tp: TP) -> int | None:
        acked = self._acked[tp]
        if acked and tp.topic in getattr(self.app, "manual_ack_topics", ()):
            committed = self._committed_offset[tp]
            if not committed and not head_committable(min(acked), committed, self.first_reads.first(tp)):
                return None
        offset: int | None = super()._new_offset(tp)
        return offset


def _label(tp: Any) -> str:
    return f"{tp.topic}[{tp.partition}]"


class Transport(faust_aiokafka.Transport):
    Consumer = Consumer
