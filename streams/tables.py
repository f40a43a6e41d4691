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


def region_table(app: faust.App, partitions: int) -> TableT[str, RegionState]:
    return app.Table(
        REGION_TABLE,
        partitions=partitions,
        schema=faust.Schema(key_type=str, key_serializer="utf8", value_serializer="region_state"),
        help="Incidents, reports and stocks of each region (the state behind its totals).",
    )
