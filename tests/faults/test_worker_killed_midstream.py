"""SIGKILL the worker at random points while articles and events stream in, restart it: nothing lost,
nothing counted twice.

The totals the API serves must equal the offline ``tally`` of the distinct input events exactly, the
events topic must hold exactly the offline extraction, every article and poison message must be
accounted for, and the totals topic's last message per region must be the final ``all`` totals.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import pytest
from faultkit import (
    StreamSender,
    assert_non_trivial,
    build_plan,
    check_accounted,
    wait_api_equals,
    wait_consumed,
)
from harness import Worker, restart, settings_of, wait_ready_after

STREAM_SECONDS = 8.0


@pytest.mark.parametrize(
    "seed, kills, guarantee",
    [
        pytest.param(1, 1, "at_least_once", id="one-kill"),
        pytest.param(2, 2, "at_least_once", id="two-kills"),
        pytest.param(3, 1, "at_least_once", id="kill-after-input-ends"),
        # About once in thirty runs a table misses one report's update after a kill -9 under
        # exactly_once, every input committed: robinhood/faust#340 (README, Known issues). Rerun once,
        # shown as "R" in the summary; two failures in a row still fail the suite.
        pytest.param(4, 2, "exactly_once", id="two-kills-exactly-once", marks=pytest.mark.flaky(reruns=1)),
    ],
)
def test_sigkilled_worker_restarts_with_every_article_accounted_and_totals_exact(
    kafka_bootstrap: str,
    fault_env: dict[str, str],
    spawn: Callable[..., Worker],
    seed: int,
    kills: int,
    guarantee: str,
) -> None:
    fault_env = {**fault_env, "CONFLICT_STREAMS_PROCESSING_GUARANTEE": guarantee}
    settings = settings_of(fault_env)
    plan = build_plan(seed, articles=240, incidents=60)
    expected = plan.expected_regions()
    assert_non_trivial(expected)

    worker = spawn(fault_env).wait_ready()
    sender = StreamSender(kafka_bootstrap, settings, plan, duration=STREAM_SECONDS)
    sender.start()
    rng = random.Random(seed)
    if seed == 3:  # right after the last input: the backlog is in flight, nothing new will come
        points = [STREAM_SECONDS + rng.uniform(0.2, 1.0)]
    else:
        points = sorted(rng.uniform(0.5, STREAM_SECONDS) for _ in range(kills))
    started = time.monotonic()
    for point in points:
        time.sleep(max(0.0, started + point - time.monotonic()))
        offset = restart(worker, kill=True)
        wait_ready_after(worker, offset)
    killed_at = time.monotonic()
    sender.join_ok()

    wait_consumed(kafka_bootstrap, settings)
    converged = wait_api_equals(worker, expected)
    outcome = check_accounted(kafka_bootstrap, settings, plan, expected)
    worker.assert_alive()
    replayed = outcome.events_by_worker - outcome.events_unique_by_worker
    kill_points = [round(p, 1) for p in points]
    print(
        f"{guarantee}: {replayed} events published twice; kills at {kill_points} s; exact "
        f"{time.monotonic() - killed_at:.1f} s after the last restart (API {converged:.1f} s after "
        f"consumed); {outcome}"
    )
