"""The region-state table: one ``RegionState`` per region key, partitioned like the events topic.

Values are stored through a codec of their own (``RegionState.to_json`` / ``from_json``) and
recovered from the table's changelog topic when a worker starts or takes over a partition.
"""

from __future__ import annotations

import weakref
from collections.abc import Awaitable
from typing import Any

import faust
from faust.serializers import codecs
from faust.streams import _current_event
from faust.types import TableT

from streams.aggregate import RegionState


class RegionStateCodec(codecs.Codec):
    def _dumps(self, s: Any) -> bytes:
        return s.to_json() if isinstance(s, RegionState) else bytes(s)

    def _loads(self, s: bytes) -> Any:
        return RegionState.from_json(s)


codecs.register("region_state", RegionStateCodec())

REGION_TABLE = "region_state"
STATE_MAX_BYTES = 16 * 1024 * 1024
"""Largest region state the changelog accepts (topic ``max.message.bytes``; the producer's request limit
follows). Kafka's default of 1 MiB was reached by a busy region's state in the benchmark; pruning
(``retention_days``) keeps a state's detail bounded, its archive keeps only event and article ids."""


def region_table(app: faust.App, partitions: int) -> TableT[str, RegionState]:
    table = app.Table(
        REGION_TABLE,
        partitions=partitions,
        schema=faust.Schema(key_type=str, key_serializer="utf8", value_serializer="region_state"),
        help="Incidents, reports and stocks of each region (the state behind its totals).",
        extra_topic_configs={"max.message.bytes": str(STATE_MAX_BYTES)},
    )
    # Faust derives a table's changelog serializers from key_type/value_type only ("json" here) and
    # writes them over the schema's when it builds the changelog topic: states were written as JSON and
    # recovered as plain dicts, which crashed tally_events after every restart (found by the kill tests
    # in tests/faults). Set the serializers on the table and build its changelog topic again.
    collection: Any = table  # the attributes below are on faust.tables.base.Collection, not on TableT
    collection.key_serializer = "utf8"
    collection.value_serializer = "region_state"
    collection.schema.update(key_serializer="utf8", value_serializer="region_state")
    collection.changelog_topic = collection._new_changelog_topic()
    return table


def put_state(
    table: TableT[str, RegionState], event: faust.EventT[Any], key: str, state: RegionState
) -> Awaitable[Any]:
    """``table[key] = state`` on behalf of ``event`` (a message of the key's partition), outside the
    stream's own iteration (a batch); return the changelog write's delivery future.

    What ``table[key] = state`` does, except that it returns the future: Faust writes the changelog to
    the partition of the *current* event (a context variable the stream sets per message), and a
    RocksDB store files the key under that partition too; in a batch, the current event is not the
    one whose partition holds ``key``.
    """
    token = _current_event.set(weakref.ref(event))
    try:
        collection: Any = table  # send_changelog and data are on faust.tables.base.Collection
        future: Awaitable[Any] = collection.send_changelog(event.message.partition, key, state)
        collection.data[key] = state
        return future
    finally:
        _current_event.reset(token)


def owned_states(app: faust.App, table: TableT[str, RegionState]) -> list[tuple[str, RegionState]]:
    """The (key, state) of the table's partitions this worker actively owns (a store can also hold
    standby partitions, and keys of partitions it lost)."""
    topic = table.changelog_topic.get_topic_name()
    actives = {tp.partition for tp in app.assignor.assigned_actives() if tp.topic == topic}
    producer = app.producer
    return [
        (key, state)
        for key, state in list(table.items())
        if producer.key_partition(topic, key.encode()).partition in actives
    ]
