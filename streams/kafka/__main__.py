"""``python -m streams.kafka fetch|run``: download the broker jars, or run a local broker until Ctrl-C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from streams.kafka.broker import (
    KAFKA_VERSION,
    BrokerStartError,
    KafkaToolMissingError,
    LocalKafka,
    fetch_jars,
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m streams.kafka", description=__doc__)
    parser.add_argument("--version", default=KAFKA_VERSION, help="Kafka version (default %(default)s)")
    parser.add_argument("--cache-dir", type=Path, default=None, help="jar cache (default: ~/.cache/...)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("fetch", help="download the Kafka jars with Maven (once) and print their directory")
    run = sub.add_parser("run", help="start a broker, print its bootstrap servers, run until Ctrl-C")
    run.add_argument("--partitions", type=int, default=2, help="num.partitions (default %(default)s)")
    run.add_argument("--port", type=int, default=None, help="PLAINTEXT port (default: a free one)")
    run.add_argument("--data-dir", type=Path, default=None, help="data dir (default: temporary, removed)")
    run.add_argument("--heap", default="512m", help="JVM -Xmx (default %(default)s)")
    run.add_argument("--keep", action="store_true", help="keep the temporary data dir on exit")
    run.add_argument("--timeout", type=float, default=60.0, help="start timeout, seconds")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "fetch":
            print(fetch_jars(args.version, args.cache_dir))
            return 0
        stop = threading.Event()

        def on_signal(signum: int, frame: FrameType | None) -> None:
            stop.set()

        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        kafka = LocalKafka(
            partitions=args.partitions, data_dir=args.data_dir, port=args.port, heap=args.heap,
            keep=args.keep, version=args.version, cache_dir=args.cache_dir, start_timeout=args.timeout,
        )  # fmt: skip
        with kafka:
            print(kafka.bootstrap_servers, flush=True)
            print(
                f"log: {kafka.log_path}\ndata: {kafka.data_dir}\nCtrl-C to stop", file=sys.stderr, flush=True
            )
            while not stop.wait(0.5):
                if not kafka.running:
                    print(f"the broker exited; see {kafka.log_path}", file=sys.stderr)
                    return 1
            print("stopping the broker", file=sys.stderr, flush=True)
        return 0
    except (BrokerStartError, KafkaToolMissingError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
