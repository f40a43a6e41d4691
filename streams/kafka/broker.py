"""A real Apache Kafka broker on this machine, from Maven Central jars, without Docker.

``fetch_jars`` downloads the broker jars once into a cache (``~/.cache/conflict-streams`` or
``$CONFLICT_STREAMS_CACHE_DIR``) with Maven; ``LocalKafka`` runs a single-node KRaft broker+controller
from them as a child process on free ``127.0.0.1`` ports.

The pom.xml and log4j2.properties used are the copies shipped in ``streams/kafka/resources/`` (so an
installed package finds them); ``deploy/kafka/`` holds the documented copies, kept identical by a test.

The java process never outlives the Python process that started it: it is stopped by ``close()``,
``__exit__``, a ``weakref.finalize`` guard that also runs at interpreter exit, and, on Linux, by
``PR_SET_PDEATHSIG`` (the kernel sends it SIGKILL when the Python process dies, even by SIGKILL; set
only when started from the main thread, since it is tied to the thread that forked).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import fcntl
import hashlib
import importlib.resources
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
import weakref
from collections.abc import Callable, Coroutine, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from streams.children import die_with_parent

__all__ = [
    "KAFKA_VERSION",
    "BrokerStartError",
    "KafkaToolMissingError",
    "LocalKafka",
    "cache_root",
    "fetch_jars",
    "resource_text",
]

KAFKA_VERSION = "4.1.1"
CACHE_ENV = "CONFLICT_STREAMS_CACHE_DIR"
_MARKER = ".complete"
_LOG_TAIL_LINES = 40

T = TypeVar("T")


class KafkaToolMissingError(RuntimeError):
    """``java`` or ``mvn`` is not on PATH."""


class BrokerStartError(RuntimeError):
    """The broker did not format, start or answer in time. The message names the log file and its tail."""

    def __init__(self, message: str, log_path: Path | None = None) -> None:
        super().__init__(message)
        self.log_path = log_path


def _log(msg: str) -> None:
    print(f"[streams.kafka] {msg}", file=sys.stderr, flush=True)


def cache_root() -> Path:
    """Where jars are cached: ``$CONFLICT_STREAMS_CACHE_DIR`` or ``~/.cache/conflict-streams``."""
    env = os.environ.get(CACHE_ENV)
    return Path(env).expanduser() if env else Path.home() / ".cache" / "conflict-streams"


def resource_text(name: str) -> str:
    """The text of a file shipped in ``streams/kafka/resources/`` (``pom.xml``, ``log4j2.properties``)."""
    try:
        return importlib.resources.files("streams.kafka").joinpath("resources", name).read_text("utf-8")
    except FileNotFoundError as exc:
        raise FileNotFoundError(
            f"streams/kafka/resources/{name} is missing from the installed package: its package-data must "
            'include "kafka/resources/*" (pyproject.toml [tool.setuptools.package-data]); '
            "deploy/kafka/ in a checkout holds the same file"
        ) from exc


def _require(tool: str, what: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise KafkaToolMissingError(
            f"`{tool}` was not found on PATH; it is needed to {what}. Install a JDK (17 or newer) and "
            "Maven 3, e.g. `apt-get install openjdk-17-jdk-headless maven`, or point "
            "KAFKA_BOOTSTRAP_SERVERS at an existing broker."
        )
    return path


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def fetch_jars(version: str = KAFKA_VERSION, cache_dir: Path | str | None = None) -> Path:
    """Download the Kafka broker jars with Maven; return the directory holding them (``.../libs``).

    Into ``<cache>/kafka-<version>/libs``; skipped when a previous fetch with the same pom completed
    (a marker file records the pom's hash). Safe to call from several processes at once (file lock).
    """
    root = Path(cache_dir).expanduser() if cache_dir is not None else cache_root()
    dest = root / f"kafka-{version}"
    libs = dest / "libs"
    marker = dest / _MARKER
    pom = resource_text("pom.xml")
    stamp = f"{version} {hashlib.sha256(pom.encode()).hexdigest()}\n"
    if marker.is_file() and marker.read_text() == stamp and libs.is_dir():
        return libs
    with _file_lock(dest / ".lock"):
        if marker.is_file() and marker.read_text() == stamp and libs.is_dir():
            return libs  # another process fetched them while we waited
        mvn = _require("mvn", "download the Kafka broker jars from Maven Central")
        _require("java", "run the Kafka broker")
        (dest / "pom.xml").write_text(pom)
        tmp = dest / "libs.partial"
        shutil.rmtree(tmp, ignore_errors=True)
        _log(f"fetching Apache Kafka {version} jars with Maven into {libs} (first time only, ~10-60 s)")
        started = time.monotonic()
        cmd = [
            mvn, "-q", "-B", "-f", str(dest / "pom.xml"), "dependency:copy-dependencies",
            f"-DoutputDirectory={tmp}", f"-Dkafka.version={version}",
        ]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0 or not any(tmp.glob("kafka_2.13-*.jar")):
            out = (proc.stdout + proc.stderr).strip().splitlines()[-40:]
            raise RuntimeError(
                f"Maven failed to fetch Kafka {version} (exit {proc.returncode}): {' '.join(cmd)}\n"
                + "\n".join(out)
            )
        shutil.rmtree(libs, ignore_errors=True)
        tmp.rename(libs)
        marker.write_text(stamp)
        n = len(list(libs.glob("*.jar")))
        _log(f"fetched {n} jars in {time.monotonic() - started:.1f} s")
    return libs


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tail(path: Path, lines: int = _LOG_TAIL_LINES) -> str:
    try:
        with path.open("rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - 256 * 1024))
            data = fh.read().decode("utf-8", "replace")
    except OSError:
        return f"(no log at {path})"
    return "\n".join(data.splitlines()[-lines:]) or f"({path} is empty)"


def _first_errors(path: Path, limit: int = 12) -> str:
    """The first ERROR/FATAL lines of a Log4j log with their ``Caused by:`` lines (the real reason of a
    failed start is often hundreds of lines above the shutdown noise at the end)."""
    found: list[str] = []
    try:
        with path.open("r", encoding="utf-8", errors="replace") as fh:
            for line in fh:
                if " ERROR " in line or " FATAL " in line or line.startswith("Caused by:"):
                    found.append(line.rstrip())
                    if len(found) >= limit:
                        break
    except OSError:
        pass
    return "\n".join(found)


def _run_coro(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to completion from sync code, even when an event loop already runs here."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(factory())
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(factory())).result()


@dataclass
class _Runtime:
    """What the finalizer needs, without a reference to the LocalKafka object."""

    data_dir: Path
    remove_data: bool
    proc: subprocess.Popen[bytes] | None = None
    out: list[Any] = field(default_factory=list)


def _signal_group(proc: subprocess.Popen[bytes], sig: int) -> None:
    try:
        os.killpg(proc.pid, sig)
    except (ProcessLookupError, PermissionError):
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(sig)


def _stop_proc(rt: _Runtime, timeout: float, sig: int = signal.SIGTERM) -> None:
    proc = rt.proc
    if proc is None:
        return
    if proc.poll() is None:
        _signal_group(proc, sig)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            _signal_group(proc, signal.SIGKILL)
            proc.wait()
    # Kill anything left in the group (nothing, normally) and close our end of the output file.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    for fh in rt.out:
        fh.close()
    rt.out.clear()
    rt.proc = None


def _finalize(rt: _Runtime) -> None:
    _stop_proc(rt, timeout=5)
    if rt.remove_data:
        shutil.rmtree(rt.data_dir, ignore_errors=True)


class LocalKafka:
    """A single-node KRaft Kafka broker (broker + controller) running as a child process.

    >>> with LocalKafka(partitions=2) as kafka:
    ...     kafka.bootstrap_servers  # "127.0.0.1:PORT"

    Ports are picked once (free ``127.0.0.1`` ports unless ``port`` is given) and kept by
    ``restart()``, as are the data and log directories, so a restarted broker has the same data.
    ``data_dir`` defaults to a temporary directory removed on ``close()`` unless ``keep=True``;
    a given ``data_dir`` is never removed. ``config`` adds or overrides ``server.properties`` entries.
    """

    def __init__(
        self,
        partitions: int = 2,
        data_dir: Path | str | None = None,
        port: int | None = None,
        heap: str = "512m",
        *,
        controller_port: int | None = None,
        keep: bool = False,
        version: str = KAFKA_VERSION,
        cache_dir: Path | str | None = None,
        start_timeout: float = 60.0,
        config: Mapping[str, str | int] | None = None,
    ) -> None:
        if partitions < 1:
            raise ValueError("partitions must be >= 1")
        self.partitions = partitions
        self.heap = heap
        self.version = version
        self.cache_dir = cache_dir
        self.start_timeout = start_timeout
        self.config: dict[str, str] = {k: str(v) for k, v in (config or {}).items()}
        self.keep = keep
        self._fixed_ports = port is not None
        self._port = port
        self._controller_port = controller_port
        if data_dir is None:
            path = Path(tempfile.mkdtemp(prefix="conflict-streams-kafka-"))
            remove = not keep
        else:
            path = Path(data_dir).expanduser().resolve()
            path.mkdir(parents=True, exist_ok=True)
            remove = False
        self._rt = _Runtime(data_dir=path, remove_data=remove)
        self._finalizer = weakref.finalize(self, _finalize, self._rt)

    # -- paths and addresses -------------------------------------------------------------------

    @property
    def data_dir(self) -> Path:
        return self._rt.data_dir

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_path(self) -> Path:
        """The broker's Log4j log (``server.log``)."""
        return self.log_dir / "server.log"

    @property
    def stdout_path(self) -> Path:
        """The JVM's own stdout/stderr (JVM errors that happen before logging is set up)."""
        return self.log_dir / "stdout.log"

    @property
    def properties_path(self) -> Path:
        return self.data_dir / "server.properties"

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("LocalKafka has not been started yet")
        return self._port

    @property
    def controller_port(self) -> int:
        if self._controller_port is None:
            raise RuntimeError("LocalKafka has not been started yet")
        return self._controller_port

    @property
    def bootstrap_servers(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._rt.proc.pid if self._rt.proc is not None else None

    @property
    def running(self) -> bool:
        return self._rt.proc is not None and self._rt.proc.poll() is None

    # -- lifecycle -----------------------------------------------------------------------------

    def __enter__(self) -> LocalKafka:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def start(self, timeout: float | None = None) -> LocalKafka:
        """Start the broker (formatting its storage on first start); return once it answers metadata."""
        if self.running:
            return self
        if not self._finalizer.alive:
            raise RuntimeError("this LocalKafka was closed")
        timeout = self.start_timeout if timeout is None else timeout
        libs = fetch_jars(self.version, self.cache_dir)
        java = _require("java", "run the Kafka broker")
        first_start = self._port is None or self._controller_port is None
        attempts = 3 if first_start and not self._fixed_ports else 1
        for attempt in range(attempts):
            if self._port is None:
                self._port = _free_port()
            if self._controller_port is None:
                self._controller_port = _free_port()
                while self._controller_port == self._port:
                    self._controller_port = _free_port()
            self._write_config()
            self._format_if_needed(java, libs)
            try:
                self._launch(java, libs, timeout)
                return self
            except BrokerStartError:
                # Auto-picked ports can be taken between picking and binding: pick again.
                if attempt + 1 < attempts and "Address already in use" in _first_errors(self.log_path):
                    _log("port taken while starting; retrying on new ports")
                    self._port = self._controller_port = None
                    continue
                raise
        raise AssertionError("unreachable")

    def _write_config(self) -> None:
        data = self.data_dir / "data"
        props: dict[str, str] = {
            "process.roles": "broker,controller",
            "node.id": "1",
            "controller.quorum.voters": f"1@127.0.0.1:{self.controller_port}",
            "listeners": f"PLAINTEXT://127.0.0.1:{self.port},CONTROLLER://127.0.0.1:{self.controller_port}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{self.port}",
            "controller.listener.names": "CONTROLLER",
            "inter.broker.listener.name": "PLAINTEXT",
            "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
            "log.dirs": str(data),
            "num.partitions": str(self.partitions),
            "default.replication.factor": "1",
            "min.insync.replicas": "1",
            "offsets.topic.replication.factor": "1",
            "offsets.topic.num.partitions": "1",
            "transaction.state.log.replication.factor": "1",
            "transaction.state.log.min.isr": "1",
            "transaction.state.log.num.partitions": "1",
            "share.coordinator.state.topic.replication.factor": "1",
            "share.coordinator.state.topic.min.isr": "1",
            "group.initial.rebalance.delay.ms": "0",
            # After a SIGKILL the restarted node cannot register until the dead incarnation's broker
            # session expires (DUPLICATE_BROKER_REGISTRATION): 9 s by default, 3 s here.
            "broker.session.timeout.ms": "3000",
            "broker.heartbeat.interval.ms": "500",
            "auto.create.topics.enable": "true",
            "delete.topic.enable": "true",
            "num.network.threads": "2",
            "num.io.threads": "4",
            "log.retention.hours": "168",
        }
        props.update(self.config)
        text = "".join(f"{k}={v}\n" for k, v in props.items())
        self.properties_path.write_text("# written by streams.kafka.LocalKafka\n" + text)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        (self.data_dir / "log4j2.properties").write_text(resource_text("log4j2.properties"))

    def _java_base(self, java: str, libs: Path) -> list[str]:
        return [
            java, f"-Xmx{self.heap}", "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={self.data_dir / 'log4j2.properties'}",
            f"-Dkafka.logs.dir={self.log_dir}",
            "-cp", f"{libs}/*",
        ]  # fmt: skip

    def _format_if_needed(self, java: str, libs: Path) -> None:
        data = self.data_dir / "data"
        if (data / "meta.properties").is_file():
            return
        cluster_id = self._cluster_id(java, libs)
        cmd = [
            *self._java_base(java, libs),
            "kafka.tools.StorageTool", "format", "-t", cluster_id, "-c", str(self.properties_path),
        ]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=120)
        if proc.returncode != 0:
            raise BrokerStartError(
                f"formatting KRaft storage failed (exit {proc.returncode}) with {self.properties_path}; "
                f"log: {self.log_path}\n{(proc.stdout + proc.stderr).strip()}\n"
                f"--- last lines of {self.log_path} ---\n{_tail(self.log_path)}",
                self.log_path,
            )

    def _cluster_id(self, java: str, libs: Path) -> str:
        proc = subprocess.run(
            [*self._java_base(java, libs), "kafka.tools.StorageTool", "random-uuid"],
            capture_output=True, text=True, check=False, timeout=120,
        )  # fmt: skip
        lines = proc.stdout.strip().splitlines()
        if proc.returncode == 0 and lines and len(lines[-1].strip()) == 22:
            return lines[-1].strip()
        # StorageTool random-uuid is a base64url UUID; make one ourselves if it printed something odd.
        import base64

        return base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")

    def _launch(self, java: str, libs: Path, timeout: float) -> None:
        cmd = [*self._java_base(java, libs), "kafka.Kafka", str(self.properties_path)]
        out = self.stdout_path.open("ab")
        # dies with us; not when started from a worker thread (a restart from asyncio.to_thread must
        # not die with that thread): see die_with_parent
        preexec = die_with_parent()
        started = time.monotonic()
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True, preexec_fn=preexec, cwd=self.data_dir,
        )  # fmt: skip
        self._rt.proc = proc
        self._rt.out.append(out)
        from streams.kafka.admin import probe

        bootstrap = self.bootstrap_servers

        async def wait_ready() -> str | None:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                code = proc.poll()
                if code is not None:
                    return f"the broker exited with code {code}"
                if await probe(bootstrap, timeout=min(3.0, max(0.5, deadline - time.monotonic()))):
                    return None
                await asyncio.sleep(0.2)
            return f"the broker did not answer a metadata request within {timeout:.0f} s"

        problem = _run_coro(wait_ready)
        if problem is not None:
            _stop_proc(self._rt, timeout=5, sig=signal.SIGKILL)
            extra = ""
            if self.stdout_path.stat().st_size if self.stdout_path.exists() else 0:
                extra = f"\n--- last lines of {self.stdout_path} ---\n{_tail(self.stdout_path, 15)}"
            errors = _first_errors(self.log_path)
            if errors:
                errors = f"--- first errors in {self.log_path} ---\n{errors}\n"
            raise BrokerStartError(
                f"Kafka broker failed to start: {problem}. Log: {self.log_path}\n{errors}"
                f"--- last {_LOG_TAIL_LINES} lines of {self.log_path} ---\n{_tail(self.log_path)}{extra}",
                self.log_path,
            )
        took = time.monotonic() - started
        _log(f"Kafka {self.version} ready at {bootstrap} in {took:.1f} s (log: {self.log_path})")

    def stop(self, timeout: float = 15) -> None:
        """Stop the broker: SIGTERM (controlled shutdown), then SIGKILL after ``timeout`` seconds."""
        _stop_proc(self._rt, timeout)

    def kill(self) -> None:
        """SIGKILL the broker at once (for fault tests); ``start()``/``restart()`` bring it back."""
        _stop_proc(self._rt, timeout=0, sig=signal.SIGKILL)

    def restart(self, timeout: float | None = None, stop_timeout: float = 15) -> LocalKafka:
        """Stop and start again on the same ports, with the same data and log directories."""
        self.stop(stop_timeout)
        return self.start(timeout)

    def close(self) -> None:
        """Stop the broker and remove its temporary data directory (unless ``keep=True``)."""
        self._finalizer()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        port = self._port if self._port is not None else "?"
        return f"<LocalKafka 127.0.0.1:{port} {state} data_dir={self.data_dir}>"
