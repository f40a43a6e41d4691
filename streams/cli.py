"""``python -m streams`` / ``conflict-streams``: the worker and the app's commands.

    worker            the Faust worker (Faust's own CLI, on the app built from the environment)
    demo              local Kafka + a worker + the bundled sample articles, events and totals live
    send FILE.jsonl   publish articles, with progress and a count of sent / rejected lines
    extract FILE|-    offline, no Kafka: articles in, one Event JSON a line out
    tally EVENTS      offline twin of the tables: per-region totals of an events file
    schemas           regenerate schemas/ (or --check that it is up to date)

Offline commands import neither Faust nor Kafka clients.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

import orjson

SAMPLES = Path(__file__).parent / "samples" / "articles.jsonl"


def _open_in(path: str) -> IO[bytes]:
    return sys.stdin.buffer if path == "-" else open(path, "rb")


def _open_out(path: str | None) -> IO[bytes]:
    return sys.stdout.buffer if path in (None, "-") else open(path, "wb")


def _lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    for number, line in enumerate(stream, 1):
        line = line.strip()
        if line:
            yield number, line


def cmd_extract(args: argparse.Namespace) -> int:
    from streams.codec import decode_article, encode
    from streams.errors import InvalidMessage
    from streams.extract import extract

    articles = events = rejected = 0
    with _open_in(args.input) as src, _open_out(args.output) as out:
        for number, line in _lines(src):
            try:
                article = decode_article(line, max_bytes=args.max_bytes)
            except InvalidMessage as error:
                rejected += 1
                print(f"{args.input}:{number}: {error.error_class}: {error.reason}", file=sys.stderr)
                continue
            articles += 1
            for event in extract(article):
                out.write(encode(event) + b"\n")
                events += 1
    print(f"extract: {articles} articles, {events} events, {rejected} rejected lines", file=sys.stderr)
    return 1 if rejected and not articles else 0


def cmd_tally(args: argparse.Namespace) -> int:
    import datetime as dt

    from pydantic import ValidationError

    from streams.aggregate import tally
    from streams.models import Event

    events: list[Event] = []
    with _open_in(args.input) as src:
        for number, line in _lines(src):
            try:
                events.append(Event.model_validate_json(line))
            except ValidationError as exc:
                print(f"{args.input}:{number}: not an Event: {exc.errors()[0]['msg']}", file=sys.stderr)
                return 2
    now = dt.date.fromisoformat(args.now) if args.now else None
    result = tally(events, now=now)
    sys.stdout.buffer.write(orjson.dumps(result, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
    return 0


def cmd_schemas(args: argparse.Namespace) -> int:
    from streams.schemas import check_schemas, write_schemas

    if args.check:
        stale = check_schemas(Path(args.dir))
        for name in stale:
            print(
                f"schemas: {name} differs from the models; run `python -m streams schemas`", file=sys.stderr
            )
        return 1 if stale else 0
    for path in write_schemas(Path(args.dir)):
        print(f"wrote {path}")
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    from streams.sender import send_file
    from streams.settings import Settings

    settings = Settings()
    bootstrap = args.bootstrap or settings.bootstrap_servers
    sent, rejected = send_file(
        Path(args.input) if args.input != "-" else None,
        bootstrap=bootstrap,
        topic=args.topic or settings.articles_topic,
        partitions=settings.partitions,
        validate=not args.no_validate,
        progress=not args.quiet,
    )
    print(f"send: {sent} sent, {rejected} rejected lines", file=sys.stderr)
    return 0 if not rejected else 1


def cmd_worker(argv: Sequence[str]) -> int:
    import asyncio

    from streams.app import create_app, topic_partitions
    from streams.kafka.admin import ensure_topics
    from streams.settings import Settings

    settings = Settings()
    asyncio.run(ensure_topics(settings.bootstrap_servers, topic_partitions(settings)))
    app = create_app(settings)
    sys.argv = ["conflict-streams", "worker", "--loglevel", settings.log_level, *argv]
    app.main()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from streams.demo import run_demo

    return run_demo(articles=Path(args.articles), web_port=args.web_port, keep_running=not args.no_wait)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="conflict-streams", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    sub.add_parser("worker", help="run the Faust worker (extra arguments go to Faust's worker command)")

    p = sub.add_parser("demo", help="local Kafka + worker + sample articles, live events and totals")
    p.add_argument("--articles", default=str(SAMPLES), help="JSON-lines articles to send (default: bundled)")
    p.add_argument("--web-port", type=int, default=6066, help="port of the live page and API")
    p.add_argument("--no-wait", action="store_true", help="exit once the sample is processed")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("send", help="publish articles from a JSON-lines file")
    p.add_argument("input", help="JSON-lines file of articles, or - for standard input")
    p.add_argument("--bootstrap", help="Kafka bootstrap servers (default: settings)")
    p.add_argument("--topic", help="topic (default: the articles topic)")
    p.add_argument(
        "--no-validate",
        action="store_true",
        help="send every line as it is, even invalid ones (the worker dead-letters them)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_send)

    p = sub.add_parser("extract", help="offline: articles (JSON lines) in, events (JSON lines) out")
    p.add_argument("input", help="JSON-lines file of articles, or - for standard input")
    p.add_argument("-o", "--output", help="output file (default: standard output)")
    p.add_argument("--max-bytes", type=int, default=1024 * 1024, help="reject longer lines")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("tally", help="offline: per-region totals of an events file, as JSON")
    p.add_argument("input", help="JSON-lines file of events, or - for standard input")
    p.add_argument("--now", help="end of the rolling windows, YYYY-MM-DD (default: latest incident date)")
    p.set_defaults(func=cmd_tally)

    p = sub.add_parser("schemas", help="regenerate the JSON Schemas in schemas/")
    p.add_argument("--dir", default="schemas", help="output folder")
    p.add_argument("--check", action="store_true", help="fail if the files differ from the models")
    p.set_defaults(func=cmd_schemas)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "worker":
        return cmd_worker(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
