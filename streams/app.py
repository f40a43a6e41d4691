"""``create_app(settings)``: the Faust app, its topics, tables, agents and web views.

Nothing is built at import time: tests and CLIs each build their own app from their own settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import faust
from faust.serializers import codecs
from faust.types import TableT

from streams.aggregate import RegionState
from streams.consumer import Transport
from streams.metrics import Metrics
from streams.settings import Settings
from streams.tables import STATE_MAX_BYTES, region_table


class Utf8Codec(codecs.Codec):
    """Message keys as plain UTF-8 text: ``"SY-ID"`` on the wire is ``SY-ID``, and comes back a ``str``
    (Faust's raw codec would give ``bytes`` back after table recovery)."""

    def _dumps(self, s: Any) -> bytes:
        return s.encode("utf-8") if isinstance(s, str) else bytes(s)

    def _loads(self, s: bytes) -> Any:
        return s.decode("utf-8")


class OrjsonCodec(codecs.Codec):
    """Table values and messages as JSON, through orjson."""

    def _dumps(self, s: Any) -> bytes:
        import orjson

        return orjson.dumps(s)

    def _loads(self, s: bytes) -> Any:
        import orjson

        return orjson.loads(s)


codecs.register("utf8", Utf8Codec())
codecs.register("orjson", OrjsonCodec())


class StreamsApp(faust.App):
    """``faust.App`` with our consumer (``streams.consumer``). ``manual_ack_topics``: the input topics
    whose offsets are committed only past messages our agents finished."""

    manual_ack_topics: frozenset[str] = frozenset()

    def _new_transport(self) -> Transport:
        return Transport(self.conf.broker_consumer, self)


@dataclass
class Wiring:
    """What the agents and views need, in one place."""

    settings: Settings
    metrics: Metrics
    articles: faust.TopicT
    events: faust.TopicT
    dead_letters: faust.TopicT
    totals: faust.TopicT
    regions: TableT[str, RegionState]


def topic_partitions(settings: Settings) -> dict[str, int]:
    """Every topic the app reads or writes, with its partition count (created before the first send)."""
    names = (settings.articles_topic, settings.events_topic, settings.dlq_topic, settings.totals_topic)
    return {name: settings.partitions for name in names}


def app_options(settings: Settings) -> dict[str, Any]:
    """The ``faust.App`` options for ``settings`` (the bench's passthrough baseline uses them too)."""
    datadir = Path(settings.data_dir) / settings.app_id
    datadir.mkdir(parents=True, exist_ok=True)
    return {
        "broker": [f"kafka://{hp.strip()}" for hp in settings.bootstrap_servers.split(",") if hp.strip()],
        "store": settings.store,
        "datadir": str(datadir),
        "topic_partitions": settings.partitions,
        "topic_replication_factor": 1,
        "processing_guarantee": settings.processing_guarantee,
        "broker_session_timeout": settings.session_timeout_s,
        "broker_heartbeat_interval": settings.heartbeat_interval_s,
        "consumer_auto_offset_reset": "earliest",
        "producer_linger": settings.producer_linger_ms / 1000,
        "web_host": settings.web_host,
        "web_port": settings.web_port,
        "web_bind": settings.web_host,
        "key_serializer": "utf8",
        "value_serializer": "raw",
        "autodiscover": False,
        # region states go to the changelog whole (up to STATE_MAX_BYTES)
        "producer_max_request_size": max(2 * settings.max_message_bytes, STATE_MAX_BYTES + 64 * 1024),
        "consumer_max_fetch_size": max(4 * settings.max_message_bytes, 4 * 1024 * 1024),
    }


def create_app(settings: Settings | None = None) -> faust.App:
    settings = settings or Settings()
    app = StreamsApp(settings.app_id, **app_options(settings))
    app.manual_ack_topics = frozenset((settings.articles_topic, settings.events_topic))
    wiring = Wiring(
        settings=settings,
        metrics=Metrics(),
        articles=app.topic(
            settings.articles_topic, key_type=str, value_serializer="raw", key_serializer="raw"
        ),
        events=app.topic(settings.events_topic, value_serializer="raw", key_serializer="utf8"),
        dead_letters=app.topic(settings.dlq_topic, value_serializer="raw", key_serializer="raw"),
        totals=app.topic(settings.totals_topic, value_serializer="raw", key_serializer="utf8"),
        regions=region_table(app, settings.partitions),
    )
    app.conflict = wiring  # type: ignore[attr-defined]

    from streams.agents import register_agents
    from streams.web.views import register_views

    register_agents(app, wiring)
    register_views(app, wiring)
    return app
