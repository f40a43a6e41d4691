"""The bench corpus: deterministic for a seed, valid articles, and varied enough to exercise the
gazetteer and the aggregation (other countries, places, figures, dates)."""

from __future__ import annotations

import orjson

from streams.bench import corpus
from streams.codec import decode_article


def test_same_seed_gives_the_same_corpus_and_another_seed_another() -> None:
    assert corpus.corpus(150, seed=1) == corpus.corpus(150, seed=1)
    assert corpus.corpus(150, seed=1) != corpus.corpus(150, seed=2)


def test_every_line_is_a_valid_article_with_a_unique_id() -> None:
    lines = corpus.corpus(300, seed=3, id_prefix="run1-")
    articles = [decode_article(line) for line in lines]
    assert len({a.id for a in articles}) == len(lines)
    assert all(a.id.startswith("run1-") for a in articles)


def test_the_bundled_articles_come_first_then_variants() -> None:
    bases = corpus.base_articles()
    out = corpus.articles(len(bases) + 5, seed=4)
    assert [a["id"] for a in out[: len(bases)]] == [b["id"] for b in bases]
    assert all("~v" in a["id"] for a in out[len(bases) :])


def test_variants_move_stories_to_many_countries_and_change_figures_and_dates() -> None:
    bases = {b["id"]: b for b in corpus.base_articles()}
    variants = corpus.articles(len(bases) + 200, seed=5)[len(bases) :]
    homes = {c.name for v in variants if (c := corpus.home_country(v["title"] + v["body"]))}
    assert len(homes) >= 10, homes
    changed_body = changed_date = 0
    for v in variants:
        base = bases[v["id"].split("~v")[0]]
        changed_body += v["body"][: len(base["body"])] != base["body"]
        changed_date += v["published_at"] != base["published_at"] and base["published_at"] is not None
    assert changed_body >= 0.95 * len(variants)
    assert changed_date >= 0.8 * sum(1 for v in variants if bases[v["id"].split("~v")[0]]["published_at"])


def test_relocation_is_consistent_within_an_article() -> None:
    base = {
        "id": "x",
        "title": "Clashes in Idlib",
        "body": "Syrian forces shelled Idlib province on Monday; Idlib residents fled to Azaz.",
        "published_at": "2020-02-10",
    }
    import random

    v = corpus.variant(base, 1, random.Random(0), None)
    home = corpus.home_country(v["body"])
    assert home is not None and home.name != "Syria"
    assert "Idlib" not in v["body"] and "Syrian" not in v["body"]
    new_province = v["title"].removeprefix("Clashes in ")
    assert v["body"].count(new_province) >= 2, "the same place becomes the same new place"


def test_mean_size_is_about_three_kilobytes() -> None:
    stats = corpus.stats(corpus.corpus(400, seed=6))
    assert 2000 <= stats["mean_bytes"] <= 4000
    assert stats["unique_ids"] == 400


def test_lines_are_compact_json_objects() -> None:
    for line in corpus.corpus(50, seed=7):
        data = orjson.loads(line)
        assert set(data) <= set(corpus.ARTICLE_FIELDS)
