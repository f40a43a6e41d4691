"""Extraction throughput benchmark: articles/s on one core, gazetteer load time, stage split, peak RSS.

    python -m streams.bench.extraction [--quick]

Loads the evaluation articles (``$CONFLICT_STREAMS_EVAL_DIR``, default ``<repo>/../shared/eval``),
repeats them, runs :func:`streams.extract.extract` over them and prints a table, then one JSON line
with ``extract_articles_per_s``, ``gazetteer_load_s`` and ``rss_mb`` (and more).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time

from streams.bench.corpus import eval_dir
from streams.models import Article


def load_articles() -> list[Article]:
    """The eval articles (seed + dev); exits with a clear message when they are missing."""
    directory = eval_dir()
    files = [directory / "seed.jsonl", directory / "dev.jsonl"]
    missing = [str(f) for f in files if not f.exists()]
    if missing:
        sys.exit(f"evaluation articles not found: {', '.join(missing)} (set CONFLICT_STREAMS_EVAL_DIR)")
    articles = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                articles.append(Article.model_validate_json(line))
    return articles


def _rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return round(peak / 1024, 1)


def extraction_build() -> str:
    """'native' when the extraction core runs compiled by mypyc (``make native``, deploy/native.sh),
    'python' when it runs from its sources."""
    from streams.extract import pipeline

    return "native" if (pipeline.__file__ or "").endswith(".so") else "python"


def main(quick: bool = False) -> dict[str, float | str]:
    """Run the benchmark; returns (and prints last, as JSON) the figures."""
    from streams.extract import extract
    from streams.extract.gazetteer import get_gazetteer
    from streams.extract.pipeline import STAGE_TIMES

    articles = load_articles()
    t0 = time.perf_counter()
    get_gazetteer()
    load_s = time.perf_counter() - t0
    rss_after_load = _rss_mb()

    for a in articles:  # warm-up (regex compilation, caches)
        extract(a)
    for name in ("sentences", "numbers", "places", "dates", "assembly"):
        setattr(STAGE_TIMES, name, 0.0)

    repeats = 5 if quick else 50
    batch = articles * repeats
    chars = sum(len(a.body) for a in batch)
    events = 0
    t1, c1 = time.perf_counter(), time.process_time()
    for a in batch:
        events += len(extract(a))
    elapsed = time.perf_counter() - t1
    cpu = time.process_time() - c1

    per_s = len(batch) / elapsed
    kb_per_article = chars / len(batch) / 1024
    stage_total = sum(
        getattr(STAGE_TIMES, n) for n in ("sentences", "numbers", "places", "dates", "assembly")
    )
    print(f"articles: {len(batch)} ({len(articles)} distinct x {repeats}), "
          f"mean body {kb_per_article:.1f} KB, extraction core: {extraction_build()}")  # fmt: skip
    print(f"gazetteer load: {load_s:.2f} s (RSS after load {rss_after_load} MB)")
    print(f"extraction: {per_s:,.0f} articles/s wall, {len(batch) / cpu:,.0f} articles/s CPU time, "
          f"{1000 * elapsed / len(batch):.2f} ms/article, {events} events")  # fmt: skip
    print(f"load average while measuring: {os.getloadavg()[0]:.2f} (other processes share the cores)")
    print("stage split:")
    for name in ("sentences", "numbers", "places", "dates", "assembly"):
        seconds = getattr(STAGE_TIMES, name)
        share = 100 * seconds / stage_total if stage_total else 0.0
        print(f"  {name:10} {1000 * seconds / len(batch):7.3f} ms/article  {share:5.1f}%")
    result: dict[str, float | str] = {
        "extract_articles_per_s": round(per_s, 1),
        "extraction_build": extraction_build(),
        "extract_ms_per_article": round(1000 * elapsed / len(batch), 3),
        "extract_articles_per_s_cpu": round(len(batch) / cpu, 1),
        "load_average": round(os.getloadavg()[0], 2),
        "mean_article_kb": round(kb_per_article, 2),
        "gazetteer_load_s": round(load_s, 3),
        "rss_mb": _rss_mb(),
        "articles": len(batch),
    }
    print(f"peak RSS: {result['rss_mb']} MB")
    print(json.dumps(result, sort_keys=True))
    return result


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="fewer repetitions (a smoke run)")
    main(quick=ap.parse_args().quick)
