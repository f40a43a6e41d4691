"""The broker stops and comes back (same log dir, same ports) while articles stream in: the worker
reconnects by itself, and nothing is lost or counted twice."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from faultkit import (
    FAST_FAILOVER,
    StreamSender,
    assert_non_trivial,
    build_plan,
    check_accounted,
    wait_api_equals,
    wait_consumed,
)
from harness import Worker, settings_env, settings_of

if TYPE_CHECKING:
    from streams.kafka.broker import LocalKafka

STREAM_SECONDS = 10.0


def test_worker_reconnects_after_a_broker_restart_and_totals_stay_exact(
    local_kafka: LocalKafka, topic_prefix: str, spawn: Callable[..., Worker]
) -> None:
    bootstrap = local_kafka.bootstrap_servers
    env = settings_env(bootstrap, topic_prefix, **FAST_FAILOVER)
    settings = settings_of(env)
    plan = build_plan(21, articles=200, incidents=50)
    expected = plan.expected_regions()
    assert_non_trivial(expected)

    worker = spawn(env).wait_ready()
    sender = StreamSender(bootstrap, settings, plan, duration=STREAM_SECONDS)
    sender.start()
    time.sleep(STREAM_SECONDS / 3)
    sent_before = sender.sent
    local_kafka.stop()  # a clean broker shutdown (SIGTERM); the worker is left to cope
    down_at = time.monotonic()
    time.sleep(4.0)
    worker.assert_alive()
    local_kafka.start()
    sender.join_ok()

    wait_consumed(bootstrap, settings, timeout=180)
    converged = wait_api_equals(worker, expected, timeout=120)
    outcome = check_accounted(bootstrap, settings, plan, expected)
    worker.assert_alive()
    assert 0 < sent_before < len(plan.items), "the broker went down mid-stream"
    print(
        f"broker down after {sent_before}/{len(plan.items)} items; exact "
        f"{time.monotonic() - down_at:.1f} s after it went down (API {converged:.1f} s after consumed); "
        f"{sender.resends} batches re-sent; {outcome}"
    )
