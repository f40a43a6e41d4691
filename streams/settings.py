"""Every setting, from environment variables, in one frozen object.

Each field is documented here and listed in the README's configuration table; a test checks that the
table and this class agree. ``KAFKA_BOOTSTRAP_SERVERS`` is also honoured without the prefix, as the
usual name for an existing cluster.
"""

from __future__ import annotations

from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from streams.aggregate.reducer import RETENTION_DAYS

ENV_PREFIX = "CONFLICT_STREAMS_"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, frozen=True, extra="ignore")

    bootstrap_servers: str = Field(
        default="127.0.0.1:9092",
        validation_alias=AliasChoices("KAFKA_BOOTSTRAP_SERVERS", f"{ENV_PREFIX}BOOTSTRAP_SERVERS"),
        description="Kafka bootstrap servers, comma separated (also read from KAFKA_BOOTSTRAP_SERVERS).",
    )
    app_id: str = Field(
        default="conflict-streams",
        description="Faust app id: the consumer group and the prefix of table changelog topics.",
    )
    articles_topic: str = Field(default="articles", description="Input topic of raw articles.")
    events_topic: str = Field(default="events", description="Output topic of events, keyed by region.")
    dlq_topic: str = Field(default="articles.dlq", description="Dead-letter topic for rejected input.")
    totals_topic: str = Field(
        default="totals",
        description="Output topic of per-region totals, emitted once per tally batch that changed them"
        " (and re-sent after a table recovery).",
    )
    partitions: int = Field(
        default=2, ge=1, description="Partitions of every topic the app creates (and of its tables)."
    )
    store: str = Field(
        default="memory://",
        description="Table store: memory:// (changelog recovery on start) or rocksdb:// (needs rocksdict).",
    )
    web_host: str = Field(default="127.0.0.1", description="Address the HTTP API and page listen on.")
    web_port: int = Field(default=6066, ge=0, le=65535, description="Port of the HTTP API and live page.")
    processing_guarantee: Literal["at_least_once", "exactly_once"] = Field(
        default="at_least_once",
        description="Kafka delivery guarantee; totals are idempotent either way (see README).",
    )
    max_message_bytes: int = Field(
        default=1024 * 1024, ge=1, description="Larger input messages are dead-lettered as TooLarge."
    )
    dlq_max_ratio: float = Field(
        default=0.9,
        ge=0.0,
        le=1.0,
        description="Stop the worker when more than this share of the last dlq_window inputs is rejected"
        " (1.0: never).",
    )
    dlq_window: int = Field(default=1000, ge=1, description="How many recent inputs the ratio looks at.")
    retention_days: int = Field(
        default=RETENTION_DAYS,
        ge=0,
        description="Days of per-incident detail kept behind a region's latest day; older incidents fold"
        " into all-time counters (0: keep all).",
    )
    tally_batch: int = Field(
        default=1000, ge=1, description="Most events the tally agent takes at once (one batch)."
    )
    tally_interval_s: float = Field(
        default=0.2,
        gt=0,
        description="Longest the tally agent waits to fill a batch. A region touched by a batch has its"
        " state written to the table and its totals emitted once per batch, with the batch applied.",
    )
    producer_linger_ms: float = Field(
        default=10.0,
        ge=0,
        description="How long the producer gathers messages into one request: fewer, larger produce"
        " requests (a socket write each) for at most this much added latency.",
    )
    session_timeout_s: float = Field(
        default=10.0, gt=0, description="Consumer session timeout: how fast a dead worker's partitions move."
    )
    heartbeat_interval_s: float = Field(default=2.0, gt=0, description="Consumer heartbeat interval.")
    log_level: str = Field(default="info", description="Worker log level.")
    data_dir: str = Field(
        default=".conflict-streams", description="Directory for Faust's local data (table stores)."
    )
