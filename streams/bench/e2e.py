"""End to end on a real broker: worker processes, pre-loaded topics, a steady producer, and the probes.

How each figure is measured (the report repeats it):

- **Throughput.** K articles are produced to a fresh articles topic *before* the worker starts. The
  worker (``python -m streams worker``, or ``python -m streams.bench.baseline worker``) is then started
  and its Prometheus counters (``/metrics`` on its web port) are read every ``POLL_S`` seconds.
  The rate is (articles done at the end − articles done at the first poll past ``WARMUP_SHARE`` of K)
  / (time between those polls), so the start-up and first-use loading are left out. "Done" for our
  worker is: every article extracted or dead-lettered, *and* the tally agent has read every event
  written (``events_applied + events_duplicate == events_out``), i.e. the totals are up to date.
- **Latency.** Against the running worker (idle, its backlog drained), a producer sends articles at a
  steady rate. Every bench topic is created with ``message.timestamp.type=LogAppendTime``, so each
  record carries the time the broker appended it, on one clock: the article's (from the produce
  response) and its events' and totals' (read back from those topics). An article's event latency is
  its *last* event's append time − the article's append time. Totals carry a region, not an article:
  each totals record says, in its ``through_offset`` header, the events-topic offset of the latest
  event of its region it includes (the tally agent emits a region's totals once per batch of events);
  an event is matched with the first totals record of its region (in offset order) whose
  ``through_offset`` reaches the event's offset, and an article's totals latency is its latest matched
  totals time − its append time. Resolution: 1 ms (Kafka timestamps).
- **Peak RSS.** ``VmHWM`` of the worker process (``/proc/<pid>/status``), read just before stopping it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streams.children import die_with_parent
from streams.kafka.admin import ensure_topics, read_all, topic_partitions
from streams.models import TOTALS_THROUGH_OFFSET_HEADER

POLL_S = 0.05
WARMUP_SHARE = 0.05
TOPIC_CONFIG = {"message.timestamp.type": "LogAppendTime"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def topic_env(bootstrap: str, prefix: str, partitions: int, log_level: str = "info") -> dict[str, str]:
    """The worker environment naming this run's topics and consumer group."""
    return {
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "CONFLICT_STREAMS_APP_ID": f"{prefix}app",
        "CONFLICT_STREAMS_ARTICLES_TOPIC": f"{prefix}articles",
        "CONFLICT_STREAMS_EVENTS_TOPIC": f"{prefix}events",
        "CONFLICT_STREAMS_DLQ_TOPIC": f"{prefix}articles.dlq",
        "CONFLICT_STREAMS_TOTALS_TOPIC": f"{prefix}totals",
        "CONFLICT_STREAMS_PARTITIONS": str(partitions),
        "CONFLICT_STREAMS_LOG_LEVEL": log_level,
    }


def parse_metrics(text: str) -> dict[str, float]:
    """Prometheus exposition -> metric name (labels dropped, samples of one name summed) -> value."""
    out: dict[str, float] = defaultdict(float)
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        name_labels, _, value = line.rpartition(" ")
        name = name_labels.split("{", 1)[0]
        with contextlib.suppress(ValueError):
            out[name] += float(value)
    return dict(out)


@dataclass
class WorkerProcess:
    """One worker process in its own session (stopped with its whole process group)."""

    name: str
    argv: list[str]
    env: dict[str, str]
    workdir: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def log_path(self) -> Path:
        return self.workdir / f"{self.name}.log"

    def start(self) -> WorkerProcess:
        env = {
            **os.environ,
            **self.env,
            "CONFLICT_STREAMS_WEB_PORT": str(self.port),
            "CONFLICT_STREAMS_DATA_DIR": str(self.workdir / f"data-{self.name}"),
        }
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                self.argv, env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True, preexec_fn=die_with_parent(),
            )  # fmt: skip
        return self

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log_tail(self, lines: int = 40) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def check_alive(self) -> None:
        if not self.alive():
            code = self.proc.returncode if self.proc else None
            raise RuntimeError(f"{self.name} worker exited ({code}); log {self.log_path}:\n{self.log_tail()}")

    def metrics(self, timeout: float = 2.0) -> dict[str, float] | None:
        """The worker's counters, or ``None`` while its web server does not answer."""
        try:
            url = f"http://127.0.0.1:{self.port}/metrics"
            with urllib.request.urlopen(url, timeout=timeout) as response:
                return parse_metrics(response.read().decode())
        except OSError:
            return None

    def peak_rss_mb(self) -> float | None:
        """``VmHWM`` (peak resident set size) of the worker process, in MiB."""
        if self.proc is None:
            return None
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            return None
        return None

    def cpu_seconds(self) -> float | None:
        """User + system CPU time of the worker process so far (all its threads)."""
        return process_cpu_seconds(self.proc.pid) if self.proc is not None else None

    def stop(self, timeout: float = 20.0) -> None:
        """SIGTERM to the group (Faust shuts down cleanly), SIGKILL after ``timeout`` seconds."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)


def process_cpu_seconds(pid: int) -> float | None:
    """utime + stime of ``pid`` from ``/proc/<pid>/stat``, in seconds (``None`` if unreadable)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def machine_busy_seconds() -> float | None:
    """CPU seconds spent busy (not idle or iowait) by all cores of this machine since boot."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def wiring_worker(env: dict[str, str], workdir: Path, corpus: Path) -> WorkerProcess:
    """Our worker with extraction answered from memory (``streams.bench.wiring_worker``)."""
    argv = [sys.executable, "-P", "-m", "streams.bench.wiring_worker", str(corpus)]
    return WorkerProcess("wiring", argv, env, workdir)


def our_worker(env: dict[str, str], workdir: Path, *, profile: Path | None = None) -> WorkerProcess:
    if profile is None:
        return WorkerProcess("ours", [sys.executable, "-P", "-m", "streams", "worker"], env, workdir)
    argv = [sys.executable, "-P", "-m", "streams.bench.profiled", str(profile), "streams", "worker"]
    return WorkerProcess("ours", argv, env, workdir)


def baseline_worker(env: dict[str, str], workdir: Path) -> WorkerProcess:
    return WorkerProcess(
        "baseline", [sys.executable, "-P", "-m", "streams.bench.baseline", "worker"], env, workdir
    )


# -- topics and producing ----------------------------------------------------------------------


async def create_topics(bootstrap: str, topics: Mapping[str, int]) -> None:
    """Create ``topics`` with broker append timestamps (see the module doc), then wait for leaders."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics(
            [NewTopic(name, n, 1, topic_configs=dict(TOPIC_CONFIG)) for name, n in topics.items()]
        )
    finally:
        await admin.close()
    await ensure_topics(bootstrap, dict(topics))


def _producer(bootstrap: str, linger_ms: int) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap, linger_ms=linger_ms, max_request_size=4 * 1024 * 1024,
        acks="all", enable_idempotence=True,
    )  # fmt: skip


def article_key(line: bytes) -> bytes:
    return str(orjson.loads(line)["id"]).encode()


async def preload(bootstrap: str, topic: str, lines: Sequence[bytes]) -> None:
    """Produce every line (keyed by article id) and wait until all are acknowledged."""
    producer = _producer(bootstrap, linger_ms=20)
    await producer.start()
    try:
        futures = [await producer.send(topic, line, key=article_key(line)) for line in lines]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


# -- throughput --------------------------------------------------------------------------------


@dataclass
class Throughput:
    k: int
    rate: float
    seconds: float
    counters: dict[str, float]
    samples: list[tuple[float, float]]
    cpu_share: float | None = None
    """The worker's CPU time / wall time over the measured window (1.0 = one core busy)."""
    machine_share: float | None = None
    """All processes' CPU time / wall time over the window (2.0 = two cores busy): broker, bench,
    and anything else running on the machine."""
    bench_share: float | None = None
    """The bench process's own CPU time / wall time over the window (its polling)."""


Done = Callable[[Mapping[str, float]], bool]


def ours_done(k: int) -> tuple[Callable[[Mapping[str, float]], float], Done]:
    """(articles done, all done) for our worker: extracted or dead-lettered, and the tally caught up."""

    def articles(m: Mapping[str, float]) -> float:
        return m.get("conflict_articles_processed_total", 0.0) + m.get("conflict_dead_letters_total", 0.0)

    def done(m: Mapping[str, float]) -> bool:
        tallied = m.get("conflict_events_applied_total", 0.0) + m.get("conflict_events_duplicate_total", 0.0)
        return articles(m) >= k and tallied >= m.get("conflict_events_out_total", 0.0)

    return articles, done


def baseline_done(k: int) -> tuple[Callable[[Mapping[str, float]], float], Done]:
    def articles(m: Mapping[str, float]) -> float:
        return m.get("conflict_articles_processed_total", 0.0)

    return articles, lambda m: articles(m) >= k


def sustained_rate(samples: Sequence[tuple[float, float]], k: int) -> tuple[float, float, float]:
    """(rate, start, end) between the first sample past ``WARMUP_SHARE`` of ``k`` and the last sample.

    ``samples`` are (time, articles done), the last one taken when everything was done."""
    if len(samples) < 2:
        raise ValueError("need at least two samples")
    t_end, n_end = samples[-1]
    start = next((s for s in samples if s[1] >= WARMUP_SHARE * k), samples[0])
    if start is samples[-1] or n_end <= start[1]:
        start = next(s for s in samples if s[1] > 0)
    if start is samples[-1]:
        start = samples[-2]
    return (n_end - start[1]) / (t_end - start[0]), start[0], t_end


def measure_throughput(
    worker: WorkerProcess,
    k: int,
    probes: tuple[Callable[[Mapping[str, float]], float], Done],
    *,
    timeout: float,
    progress: Callable[[str], None] = lambda s: None,
) -> Throughput:
    """Poll the worker's counters from its start until ``done``; see the module doc for the rate."""
    articles, done = probes
    deadline = time.monotonic() + timeout
    samples: list[tuple[float, float]] = []
    cpu: dict[float, tuple[float | None, float | None, float | None]] = {}
    last_note = 0.0
    while True:
        worker.check_alive()
        now = time.monotonic()
        if now > deadline:
            raise TimeoutError(
                f"{worker.name}: {samples[-1][1] if samples else 0:.0f}/{k} articles after {timeout:.0f} s;"
                f" log {worker.log_path}:\n{worker.log_tail()}"
            )
        m = worker.metrics()
        t = time.monotonic()
        if m is not None:
            n = articles(m)
            if n > 0 or samples:
                samples.append((t, n))
                own = os.times()
                cpu[t] = (worker.cpu_seconds(), machine_busy_seconds(), own.user + own.system)
            if done(m) and len(samples) >= 2:
                rate, t0, t1 = sustained_rate(samples, k)
                return Throughput(k, rate, t1 - t0, m, samples, *_shares(cpu[t0], cpu[t1], t1 - t0))
            if t - last_note > 5 and samples:
                progress(f"{worker.name}: {n:.0f}/{k}")
                last_note = t
        time.sleep(POLL_S)


def _shares(
    start: tuple[float | None, ...], end: tuple[float | None, ...], seconds: float
) -> tuple[float | None, ...]:
    return tuple(
        (b - a) / seconds if a is not None and b is not None and seconds > 0 else None
        for a, b in zip(start, end, strict=True)
    )


# -- latency -----------------------------------------------------------------------------------


@dataclass
class LatencyRecords:
    """What the steady-rate phase observed: append times (ms) of articles, events and totals."""

    sent: dict[str, int] = field(default_factory=dict)
    """article id -> append time of the article."""
    events: list[tuple[int, int, int, str, str]] = field(default_factory=list)
    """(partition, offset, time, article id, region key) of every event."""
    totals: list[tuple[int, int, int, str, int | None]] = field(default_factory=list)
    """(partition, offset, time, region key, through_offset header) of every totals record."""


def latencies(records: LatencyRecords) -> tuple[list[float], list[float]]:
    """(article -> last event ms, article -> last matched totals ms) per article (see the module doc)."""
    by_article_event: dict[str, int] = {}
    by_article_totals: dict[str, int] = {}
    totals_by_region: dict[str, list[tuple[int, int]]] = defaultdict(list)  # (through_offset, time)
    for _, _, ts, region, through in sorted(records.totals, key=lambda r: r[:2]):
        if through is not None:
            totals_by_region[region].append((through, ts))
    cursor: dict[str, int] = defaultdict(int)
    for _, offset, ts, article_id, region in sorted(records.events):
        queue = totals_by_region.get(region, [])
        i = cursor[region]
        while i < len(queue) and queue[i][0] < offset:
            i += 1
        cursor[region] = i
        if article_id not in records.sent:
            continue
        by_article_event[article_id] = max(ts, by_article_event.get(article_id, ts))
        if i < len(queue):
            t = queue[i][1]
            by_article_totals[article_id] = max(t, by_article_totals.get(article_id, t))
    event_ms = [float(t - records.sent[a]) for a, t in by_article_event.items()]
    totals_ms = [float(t - records.sent[a]) for a, t in by_article_totals.items()]
    return event_ms, totals_ms


async def steady_latency(
    bootstrap: str,
    env: Mapping[str, str],
    lines: Sequence[bytes],
    rate: float,
    worker: WorkerProcess,
    *,
    drain_timeout: float = 60.0,
) -> LatencyRecords:
    """Send ``lines`` at ``rate`` per second to the running ``worker``; collect what it writes."""
    articles_topic = env["CONFLICT_STREAMS_ARTICLES_TOPIC"]
    events_topic = env["CONFLICT_STREAMS_EVENTS_TOPIC"]
    totals_topic = env["CONFLICT_STREAMS_TOTALS_TOPIC"]
    tps = [TopicPartition(events_topic, p) for p in await topic_partitions(bootstrap, events_topic)]
    tps += [TopicPartition(totals_topic, p) for p in await topic_partitions(bootstrap, totals_topic)]
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    producer = _producer(bootstrap, linger_ms=0)
    records = LatencyRecords()
    before = await asyncio.to_thread(worker.metrics) or {}
    reader: asyncio.Task[None] | None = None
    await consumer.start()
    await producer.start()
    try:
        consumer.assign(tps)
        await consumer.seek_to_end(*tps)
        for tp in tps:
            await consumer.position(tp)  # resolve now: only what the worker writes from here on
        sending = True

        async def consume() -> None:
            while sending or not await _caught_up(consumer, tps):
                batch = await consumer.getmany(timeout_ms=100)
                for tp, recs in batch.items():
                    for r in recs:
                        key = r.key.decode() if r.key else ""
                        if tp.topic == events_topic:
                            article_id = str(orjson.loads(r.value).get("article_id", ""))
                            records.events.append((r.partition, r.offset, r.timestamp, article_id, key))
                        else:
                            through = dict(r.headers or ()).get(TOTALS_THROUGH_OFFSET_HEADER)
                            through_offset = int(through) if through is not None else None
                            records.totals.append((r.partition, r.offset, r.timestamp, key, through_offset))

        reader = asyncio.create_task(consume())
        started = time.monotonic()
        pending = []
        for i, line in enumerate(lines):
            delay = started + i / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            pending.append(
                (article_key(line).decode(), await producer.send(articles_topic, line, key=article_key(line)))
            )
        for article_id, future in pending:
            records.sent[article_id] = (await future).timestamp
        # Wait for the worker to finish these articles (its counters), then read to the end offsets.
        deadline = time.monotonic() + drain_timeout
        articles, done = ours_done(0)
        target = articles(before) + len(lines)
        while True:
            worker.check_alive()
            m = await asyncio.to_thread(worker.metrics)
            if m is not None and articles(m) >= target and done(m):
                break
            if time.monotonic() > deadline:
                raise TimeoutError(f"the worker did not process the latency articles in {drain_timeout} s")
            await asyncio.sleep(POLL_S)
        sending = False
        await asyncio.wait_for(reader, timeout=30)
    finally:
        if reader is not None and not reader.done():
            reader.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await reader
        await producer.stop()
        await consumer.stop()
    return records


async def _caught_up(consumer: AIOKafkaConsumer, tps: Sequence[TopicPartition]) -> bool:
    ends = await consumer.end_offsets(list(tps))
    for tp in tps:
        if await consumer.position(tp) < ends[tp]:
            return False
    return True


async def output_rate(bootstrap: str, topic: str, k: int) -> float | None:
    """Records/s of ``topic`` from its append times: (records after the first ``WARMUP_SHARE`` of
    ``k``) / (last append time − append time of that record). ``None`` if it has too few records."""
    records = await read_all(bootstrap, topic)
    stamps = sorted(r.timestamp for r in records)
    if len(stamps) < 2:
        return None
    first = min(int(WARMUP_SHARE * k), len(stamps) - 2)
    seconds = (stamps[-1] - stamps[first]) / 1000
    return (len(stamps) - 1 - first) / seconds if seconds > 0 else None
