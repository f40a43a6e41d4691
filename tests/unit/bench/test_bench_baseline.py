"""The passthrough baseline runs with the same Faust settings as the app it is compared with."""

from __future__ import annotations

from pathlib import Path

import pytest

from streams.app import create_app
from streams.bench.baseline import create_baseline_app
from streams.settings import Settings

SAME = (
    "broker", "store", "topic_partitions", "topic_replication_factor", "processing_guarantee",
    "broker_session_timeout", "broker_heartbeat_interval", "consumer_auto_offset_reset",
    "key_serializer", "value_serializer", "producer_max_request_size", "consumer_max_fetch_size",
    "web_host", "web_port", "producer_linger", "producer_acks", "stream_buffer_maxsize",
)  # fmt: skip


@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
def test_baseline_app_has_the_apps_settings(tmp_path: Path, guarantee: str) -> None:
    settings = Settings(
        bootstrap_servers="127.0.0.1:1234,127.0.0.1:5678",
        app_id="bench-test",
        partitions=3,
        processing_guarantee=guarantee,
        data_dir=str(tmp_path),
        session_timeout_s=7.0,
        max_message_bytes=2 * 1024 * 1024,
    )
    ours, base = create_app(settings).conf, create_baseline_app(settings).conf
    for name in SAME:
        assert getattr(base, name) == getattr(ours, name), name
