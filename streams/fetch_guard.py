"""What to ask aiokafka's fetcher for, and what to hand back when Faust would drop a fetched batch.

Why (found with ``tests/faults/test_worker_killed_midstream.py``, README "Fault tolerance"): Faust passes
its *live* set of active partitions to aiokafka's ``fetched_records`` in the consumer thread, which
waits there for records. When the main thread pauses partitions meanwhile and the set becomes empty
(table recovery pausing the changelogs while the inputs are still held paused), aiokafka reads the
empty set as "every partition" and hands over the records it had prefetched for the paused inputs,
advancing its position past them. Faust drops records of partitions that are not active, and the seek
to the committed offset that follows a rebalance cannot bring them back when the group has no
committed offset (a worker restarted after a SIGKILL that came before its first commit): the restarted
worker then read each input partition from where aiokafka had stopped, not from the start, and
committed from there -- every input committed, the totals far short.

So: ask the fetcher for a copy of the active set taken at the call (and for nothing when it is
empty), and seek back any partition whose records Faust would drop because it was paused while the
fetch waited. Pure functions (no Kafka, no Faust), used by ``streams.consumer.Consumer``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence, Set
from typing import Any, TypeVar

K = TypeVar("K", bound=Hashable)


def fetch_request(active: Set[K] | None) -> frozenset[K] | None:
    """The partitions to fetch: a copy of ``active`` taken now; ``None`` (a client-only app) is every
    partition. An empty result means fetch nothing, never "every partition"."""
    return None if active is None else frozenset(active)


def undeliverable(
    records: Mapping[K, Sequence[Any]],
    deliverable: Callable[[K], bool],
    offset_of: Callable[[Any], int],
) -> dict[K, int]:
    """The partitions of ``records`` that Faust would drop now, each with the offset of its first
    record: where to fetch it again from."""
    return {tp: offset_of(batch[0]) for tp, batch in records.items() if batch and not deliverable(tp)}
