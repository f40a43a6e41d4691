"""``python -m streams.bench [--quick]`` (``make bench [QUICK=1]``): end to end on a local Apache Kafka.

1. Corpus: the sample and dev articles plus generated variants (``streams.bench.corpus``).
2. In-process microbench of each stage and of extraction alone (``streams.bench.stages``).
3. Throughput: K articles pre-loaded, then our worker started; articles/s until every article is
   extracted and its events tallied (``streams.bench.e2e``).
4. Latency: a steady stream (50 articles/s) into that worker; article -> events and -> totals.
5. Peak RSS of our worker.
6. Baseline: the same K through a bare Faust passthrough agent (``streams.bench.baseline``) with the
   same settings on the same broker; ratio = ours / baseline.

Prints a table, then one JSON line (the last line of output). The broker is ``LocalKafka`` unless
``KAFKA_BOOTSTRAP_SERVERS`` is set. Every process started here is stopped on exit and on Ctrl-C.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import os
import pstats
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from streams.bench import corpus, e2e, extraction, report, stages


@dataclass(frozen=True)
class Plan:
    mode: str
    target_seconds: float
    """K is sized so that our worker needs about this long (estimated from the microbench)."""
    k_min: int
    k_max: int
    """K at most, kept so that figures stay comparable from run to run. (It was set when, past ~4,000
    articles of this corpus through one worker, the busiest region's state passed Kafka's 1 MiB message
    limit on its changelog write; the table now takes states up to 16 MiB, prunes them to
    ``retention_days`` and writes a region once per tally batch.)"""
    baseline_k_min: int
    """The baseline runs max(K, this) messages: at a few thousand/s it needs that many for a
    sustained rate; being stateless, its per-message cost does not depend on K."""
    latency_seconds: float
    latency_rate: float
    stage_articles: int
    k: int | None = None

    def size_k(self, per_article_us: float) -> int:
        if self.k is not None:
            return self.k
        estimate = int(self.target_seconds * 1e6 / max(per_article_us, 1.0))
        return max(self.k_min, min(self.k_max, estimate))


QUICK = Plan("quick", target_seconds=8, k_min=200, k_max=3000, baseline_k_min=3000, latency_seconds=10,
             latency_rate=50, stage_articles=150)  # fmt: skip
FULL = Plan("full", target_seconds=60, k_min=1000, k_max=2000, baseline_k_min=20000, latency_seconds=30,
            latency_rate=50, stage_articles=1000)  # fmt: skip
FAUST_US_PER_MESSAGE = 300.0
"""Faust + Kafka cost assumed per message handled when sizing K: an article is read once and each of
its events is sent, read, and tallied (the table write and totals, once per region per batch, were one
per event when this was set; left as it was, so that K stays comparable)."""
PARTITIONS = 2
STAGE_WARMUP = 100  # articles run untimed before the stage microbench (others than those it times)


def say(msg: str) -> None:
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def broker() -> Iterator[str]:
    """Bootstrap servers: ``KAFKA_BOOTSTRAP_SERVERS``, else a ``LocalKafka`` started here."""
    external = os.environ.get("KAFKA_BOOTSTRAP_SERVERS")
    if external:
        say(f"using the broker at {external} (KAFKA_BOOTSTRAP_SERVERS)")
        yield external
        return
    from streams.kafka.broker import LocalKafka

    with LocalKafka(partitions=PARTITIONS) as kafka:
        yield kafka.bootstrap_servers


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt  # unwinds through every ``finally``: workers and broker are stopped


def profile_summary(path: Path, limit: int = 30) -> str:
    """The top functions of a cProfile dump, by own time and by cumulative time."""
    import io

    out = io.StringIO()
    stats = pstats.Stats(str(path), stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(limit)
    stats.sort_stats("cumulative").print_stats(limit)
    return out.getvalue()


def extraction_bench(*, quick: bool) -> float | None:
    """``extract_articles_per_s`` of the extraction benchmark (``streams.bench.extraction``, on the eval
    articles) when it exists; its own report goes to stderr. ``None`` when it is absent or fails."""
    try:
        from streams.bench.extraction import main as extraction_main
    except ImportError:
        return None
    say("extraction benchmark (streams.bench.extraction)")
    try:
        with contextlib.redirect_stdout(sys.stderr):
            result = extraction_main(quick=quick)
    except (Exception, SystemExit) as exc:  # its eval articles may be missing: we have our own figure
        say(f"streams.bench.extraction did not run: {exc!r}")
        return None
    value = result.get("extract_articles_per_s") if isinstance(result, dict) else None
    return float(value) if value is not None else None


def _topics(*envs: dict[str, str]) -> dict[str, int]:
    names = ("CONFLICT_STREAMS_ARTICLES_TOPIC", "CONFLICT_STREAMS_EVENTS_TOPIC",
             "CONFLICT_STREAMS_DLQ_TOPIC", "CONFLICT_STREAMS_TOTALS_TOPIC")  # fmt: skip
    return {env[name]: PARTITIONS for env in envs for name in names}


def run(plan: Plan, *, seed: int, keep: bool, profile: bool) -> dict[str, Any]:
    figures: dict[str, Any] = {"mode": plan.mode}
    run_id = f"bench{int(time.time())}"
    workdir = Path(tempfile.mkdtemp(prefix="conflict-streams-bench-"))
    workers: list[e2e.WorkerProcess] = []
    try:
        say(f"microbench of the stages on {plan.stage_articles} articles (in process)")
        lines = corpus.corpus(plan.stage_articles + STAGE_WARMUP, seed=seed)
        times = stages.measure_stages(lines[STAGE_WARMUP:], warmup=lines[:STAGE_WARMUP])
        figures["extract_corpus_articles_per_s"] = times.extract_articles_per_s
        figures["extraction_build"] = extraction.extraction_build()
        figures["extract_articles_per_s"] = extraction_bench(quick=plan.mode == "quick")
        if figures["extract_articles_per_s"] is None:
            figures["extract_articles_per_s"] = times.extract_articles_per_s
        stage_us = times.per_article_us()
        figures["changelog_kb_per_article"] = times.changelog_bytes / 1024 / max(times.articles, 1)
        figures["stage_articles"] = times.articles
        events_per_article = times.events / max(times.articles, 1)
        estimate_us = sum(stage_us.values()) + FAUST_US_PER_MESSAGE * (1 + 4 * events_per_article)
        k = plan.size_k(estimate_us)
        base_k = max(k, plan.baseline_k_min)
        figures["k"], figures["baseline_k"] = k, base_k
        lines = corpus.corpus(max(k, base_k), seed=seed, id_prefix=f"{run_id}-")
        latency_lines = corpus.corpus(
            int(plan.latency_seconds * plan.latency_rate), seed=seed + 1, id_prefix=f"{run_id}-lat-"
        )
        figures["corpus_mean_bytes"] = corpus.stats(lines)["mean_bytes"]
        say(f"K = {k} articles (baseline {base_k}), mean {figures['corpus_mean_bytes']:.0f} bytes")

        with broker() as bootstrap:
            try:
                figures["broker"] = bootstrap
                ours_env = e2e.topic_env(bootstrap, f"{run_id}-ours-", PARTITIONS)
                wiring_env = e2e.topic_env(bootstrap, f"{run_id}-wiring-", PARTITIONS)
                base_env = e2e.topic_env(bootstrap, f"{run_id}-base-", PARTITIONS)
                asyncio.run(e2e.create_topics(bootstrap, _topics(ours_env, wiring_env, base_env)))
                say(f"pre-loading {k} + {k} + {base_k} articles")
                asyncio.run(e2e.preload(bootstrap, ours_env["CONFLICT_STREAMS_ARTICLES_TOPIC"], lines[:k]))
                asyncio.run(e2e.preload(bootstrap, wiring_env["CONFLICT_STREAMS_ARTICLES_TOPIC"], lines[:k]))
                asyncio.run(
                    e2e.preload(bootstrap, base_env["CONFLICT_STREAMS_ARTICLES_TOPIC"], lines[:base_k])
                )

                # -- ours: throughput, then latency on the same (drained) worker, then its peak RSS
                prof = workdir / "worker.prof" if profile else None
                ours = e2e.our_worker(ours_env, workdir, profile=prof).start()
                workers.append(ours)
                say(f"our worker started (log {ours.log_path}); throughput over {k} articles")
                timeout = 120 + 10 * k * estimate_us / 1e6
                tp = e2e.measure_throughput(ours, k, e2e.ours_done(k), timeout=timeout, progress=say)
                figures["articles_per_s"] = tp.rate
                figures["throughput_seconds"] = tp.seconds
                figures["worker_cpu_share"] = tp.cpu_share
                figures["machine_cpu_share"] = tp.machine_share
                figures["bench_cpu_share"] = tp.bench_share
                figures["events_per_article"] = tp.counters.get("conflict_events_out_total", 0.0) / k
                figures["totals_per_article"] = tp.counters.get("conflict_totals_out_total", 0.0) / k
                figures["dead_letters"] = tp.counters.get("conflict_dead_letters_total", 0.0)
                say(f"ours: {tp.rate:,.1f} articles/s; now {plan.latency_rate:.0f} articles/s "
                    f"for {plan.latency_seconds:.0f} s")  # fmt: skip
                drain = 60 + 3 * len(latency_lines) / max(tp.rate, 1.0)
                steady = e2e.steady_latency(
                    bootstrap, ours_env, latency_lines, plan.latency_rate, ours, drain_timeout=drain
                )
                records = asyncio.run(steady)
                event_ms, totals_ms = e2e.latencies(records)
                ev, tot = report.summarize(event_ms), report.summarize(totals_ms)
                figures["p50_ms"], figures["p95_ms"], figures["p99_ms"] = ev["p50"], ev["p95"], ev["p99"]
                figures["totals_p50_ms"], figures["totals_p99_ms"] = tot["p50"], tot["p99"]
                figures["latency"] = {
                    "rate": plan.latency_rate,
                    "seconds": plan.latency_seconds,
                    "articles": len(records.sent),
                    "articles_with_events": len(event_ms),
                    "event_ms": ev,
                    "totals_ms": tot,
                }
                figures["rss_mb"] = ours.peak_rss_mb()
                stopping = time.monotonic()
                ours.stop()
                say(f"our worker stopped in {time.monotonic() - stopping:.1f} s")

                # -- the wiring alone: our worker with extraction answered from memory
                corpus_path = workdir / "corpus.jsonl"
                corpus_path.write_bytes(b"\n".join(lines[:k]) + b"\n")
                wiring = e2e.wiring_worker(wiring_env, workdir, corpus_path).start()
                workers.append(wiring)
                say(f"wiring-only worker started (extraction from memory); throughput over {k} articles")
                wtp = e2e.measure_throughput(wiring, k, e2e.ours_done(k), timeout=timeout, progress=say)
                wiring.stop()
                figures["wiring_articles_per_s"] = wtp.rate
                if wtp.cpu_share is not None:
                    figures["wiring_cpu_us_per_article"] = wtp.cpu_share / wtp.rate * 1e6
                figures["wiring_cpu_share"] = wtp.cpu_share

                # -- baseline: a passthrough agent, same settings, same broker
                base = e2e.baseline_worker(base_env, workdir).start()
                workers.append(base)
                say(f"baseline worker started; throughput over {base_k} messages")
                btp = e2e.measure_throughput(
                    base, base_k, e2e.baseline_done(base_k), timeout=120, progress=say
                )
                figures["baseline_rss_mb"] = base.peak_rss_mb()
                base.stop()
                base_rate = asyncio.run(
                    e2e.output_rate(bootstrap, base_env["CONFLICT_STREAMS_EVENTS_TOPIC"], base_k)
                )
                figures["baseline_articles_per_s"] = base_rate or btp.rate
                figures["baseline_polled_per_s"] = btp.rate
                figures["baseline_cpu_share"] = btp.cpu_share
                figures["baseline_machine_cpu_share"] = btp.machine_share
                figures["ratio"] = tp.rate / figures["baseline_articles_per_s"]
                # CPU time per item: less sensitive than rates to other jobs sharing the machine
                if tp.cpu_share is not None:
                    figures["worker_cpu_us_per_article"] = tp.cpu_share / tp.rate * 1e6
                if btp.cpu_share is not None:
                    figures["baseline_cpu_us_per_message"] = btp.cpu_share / btp.rate * 1e6

            finally:  # before the broker goes: a worker without its broker is slow to stop
                for worker in workers:
                    worker.stop(timeout=10)
        in_process = sum(stage_us.values())
        stage_us["Kafka + Faust: consume, send, table (e2e - above)"] = 1e6 / tp.rate - in_process
        stage_us["passthrough baseline, per message (e2e)"] = 1e6 / figures["baseline_articles_per_s"]
        figures["stages_us"] = stage_us
        figures["cores"] = os.cpu_count()
        figures["targets_met"] = report.targets_met(figures)
        if prof is not None and prof.exists():
            print(profile_summary(prof))
        return figures
    finally:
        for worker in workers:
            worker.stop(timeout=10)
        if keep:
            say(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m streams.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--quick", action="store_true", help="a run under a minute (smaller K, 10 s latency)")
    parser.add_argument("-k", type=int, help="articles for our throughput run (default: sized to the mode)")
    parser.add_argument("--latency-seconds", type=float, help="length of the steady-rate phase")
    parser.add_argument("--seed", type=int, default=corpus.DEFAULT_SEED, help="corpus seed")
    parser.add_argument("--keep", action="store_true", help="keep worker logs and data (path printed)")
    parser.add_argument(
        "--profile", action="store_true",
        help="run our worker under cProfile (CPU time) and print where its time goes (slows it: figures"
        " are off)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    if args.k:
        plan = dataclasses.replace(plan, k=args.k)
    if args.latency_seconds:
        plan = dataclasses.replace(plan, latency_seconds=args.latency_seconds)
    signal.signal(signal.SIGTERM, _on_sigterm)
    started = time.monotonic()
    try:
        figures = run(plan, seed=args.seed, keep=args.keep, profile=args.profile)
    except KeyboardInterrupt:
        say("interrupted; workers and broker stopped")
        return 130
    except (RuntimeError, TimeoutError) as exc:  # a worker died or stalled: its log tail says why
        say(f"FAILED: {exc}")
        return 1
    figures["bench_seconds"] = time.monotonic() - started
    print(report.table(figures), flush=True)
    print(report.json_line(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
