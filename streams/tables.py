"""The region-state table: one ``RegionState`` per region key, partitioned like the events topic.

Values are stored through a codec of their own (``RegionState.to_json`` / ``from_json``) and
recovered from the table's changelog topic when a worker starts or takes over a partition.
"""

from __future__ import annotations

from typing import Any

import faust
from faust.serializers import codecs
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
