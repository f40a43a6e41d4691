"""Our worker with extraction answered from memory: what the wiring alone costs per article.

``python -m streams.bench.wiring_worker CORPUS.jsonl`` extracts every article of the corpus once, at
start-up, then runs the ordinary worker (``python -m streams worker``) with ``extract`` replaced by a
lookup of those results. Everything else is the real code path: decode and validation of each article,
the events sent, read back, tallied into the table and totals, the acknowledgements. Its CPU time per
article is the cost of Kafka, Faust and the tally around an extraction that costs nothing, which the
full worker's figures mix with an extraction whose speed depends on the machine's load and on the
extraction code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from streams import processing
from streams.codec import decode_json
from streams.extract import extract
from streams.models import Article, Event


def main() -> int:
    corpus, *worker_args = sys.argv[1:]
    extracted: dict[str, list[Event]] = {}
    for line in Path(corpus).read_bytes().splitlines():
        article = Article.model_validate(decode_json(line))
        extracted[article.id] = extract(article)

    def remembered(article: Article) -> list[Event]:
        events = extracted.get(article.id)
        return list(events) if events is not None else extract(article)

    processing.extract = remembered  # type: ignore[attr-defined]  # the name process() calls
    from streams.cli import cmd_worker

    return cmd_worker(worker_args)


if __name__ == "__main__":
    sys.exit(main())
