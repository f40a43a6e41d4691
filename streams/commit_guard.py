"""``FirstReads`` and ``head_committable``: never commit past the head of a partition that nothing was
ever committed for, unless that head was acknowledged.

Why: Faust commits, per partition, the first run of consecutive acknowledged offsets. When the group
has a committed offset for the partition it checks that the run starts there; when it has none (a new
group, or a worker killed before its first commit: every partition of the restarted worker is in that
state for its first commit interval) it checks nothing and takes the run wherever it starts. With
``streams.consumer`` counting only the acknowledgements of messages our agents finished, the messages
a stream skips or an agent leaves for the partition's next owner are uncounted; a run that starts past
them would be committed and they would never be read again (a lost input with no lag to show it).

The rule here: without a committed offset, a run may be committed only if it starts at (or before)
the first offset this worker read from the partition since its read position was last reset. Pure
bookkeeping (no Kafka, no Faust), driven by ``streams.consumer.Consumer``. Partitions are opaque.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable


class FirstReads:
    """The first offset read from each partition since its read position was last reset."""

    def __init__(self) -> None:
        self._first: dict[Hashable, int] = {}

    def read(self, tp: Hashable, offset: int) -> None:
        """A message at ``offset`` of ``tp`` was delivered to the streams."""
        if tp not in self._first:
            self._first[tp] = offset

    def reset(self, tps: Iterable[Hashable]) -> None:
        """The read position of ``tps`` was reset (a seek, an assignment, a revocation)."""
        for tp in tps:
            self._first.pop(tp, None)

    def first(self, tp: Hashable) -> int | None:
        return self._first.get(tp)


def head_committable(lowest_acked: int, committed: int | None, first_read: int | None) -> bool:
    """May a run of acknowledged offsets starting at ``lowest_acked`` be committed? With a committed
    offset (``committed``, truthy) Faust checks the head itself; without one, only a run that starts
    at the first offset read since the last reset (nothing read before it was skipped)."""
    if committed:
        return True
    return first_read is not None and lowest_acked <= first_read
