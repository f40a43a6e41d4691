"""The Kafka consumer of the app: faust-streaming's aiokafka consumer with a correction to what it
takes as processed around a rebalance (README, "Rebalance when a worker leaves").

Input partitions are fetched after a rebalance only once they were seeked to their committed offsets
and the flow resumed (``streams.resume_gate``). Faust resumes them before its seek, and the records
fetched in between were partly processed, partly emptied from the queues by the flow's resumption and
never fetched again: a partition whose commit stopped, or one input committed past.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP

from streams.resume_gate import ResumeGate


class Consumer(faust_aiokafka.Consumer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.resume_gate = ResumeGate()

    def _is_input_tp(self, tp: TP) -> bool:
        return not self._is_changelog_tp(tp)

    async def on_partitions_assigned(self, assigned: set[TP], generation_id: int = 0) -> None:
        self.resume_gate.assigned()
        # a partition whose buffer was full before the rebalance is fetched even when paused; its
        # queue was emptied when the partitions were revoked
        self._buffered_partitions.difference_update(assigned)
        await super().on_partitions_assigned(assigned, generation_id)

    def resume_partitions(self, tps: Iterable[TP]) -> None:
        super().resume_partitions(self.resume_gate.resume(tps, self._is_input_tp))

    async def perform_seek(self) -> None:
        token = self.resume_gate.seek_starting()
        await super().perform_seek()
        self.resume_gate.seek_done(token)

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


class Transport(faust_aiokafka.Transport):
    Consumer = Consumer
