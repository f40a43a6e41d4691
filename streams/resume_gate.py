"""``ResumeGate``: after a rebalance, an input partition is fetched only once it was seeked to its
committed offset *and* the flow was resumed (which empties the streams' queues).

Why (found with the rebalance fault test, see README "Rebalance when a worker leaves"): faust-streaming's
table recovery resumes the input partitions first and seeks them to the committed offsets after, with
the flow already running. Records fetched in between reach the streams (some get processed and
acknowledged), the seek rewinds the fetcher, and the ``flow_control.resume()`` that follows empties the
queues of the records not yet taken. Faust's fetcher remembers the highest offset it delivered and drops
the rewound records below it, so the emptied ones never come back: the partition's commit stops before
them for good, or, when only one offset is missing, Faust's bookkeeping commits past it (a lost input).

Pure bookkeeping (no Kafka, no Faust), driven by ``streams.consumer.Consumer``. Partitions are opaque.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any


class ResumeGate:
    """Holds the resumption of input partitions from an assignment until the seek that follows it and
    the flow's resumption after that seek. A new assignment restarts the gate (a rebalance in the
    middle keeps everything held)."""

    def __init__(self) -> None:
        self._held: set[Any] | None = None  # None: nothing held, resumptions go through
        self._epoch = 0  # one per assignment
        self._seek_requested = False  # the input partitions were asked to resume: a seek follows
        self._seeked = False  # a seek that started after that request has completed

    @property
    def holding(self) -> bool:
        return self._held is not None

    def held(self) -> frozenset[Any]:
        return frozenset(self._held or ())

    def assigned(self) -> None:
        """A new assignment: hold input partitions from now on."""
        self._held = set()
        self._epoch += 1
        self._seek_requested = self._seeked = False

    def resume(self, tps: Iterable[Any], is_input: Callable[[Any], bool]) -> set[Any]:
        """The partitions of ``tps`` that may be resumed now; the input ones are held while holding."""
        wanted = set(tps)
        if self._held is None:
            return wanted
        inputs = {tp for tp in wanted if is_input(tp)}
        if inputs:
            self._held |= inputs
            self._seek_requested = True
        return wanted - inputs

    def seek_starting(self) -> int | None:
        """A seek to the committed offsets starts; returns the token to give ``seek_done``."""
        return self._epoch if self._held is not None and self._seek_requested else None

    def seek_done(self, token: int | None) -> None:
        if token is not None and token == self._epoch and self._held is not None:
            self._seeked = True

    def flow_resumed(self) -> set[Any]:
        """The flow was resumed: the held partitions to resume now (none before the seek is done)."""
        if self._held is None or not self._seeked:
            return set()
        held, self._held = self._held, None
        return held
