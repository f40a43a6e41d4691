"""commit_guard: a partition with nothing committed is committed only from the first offset read."""

from __future__ import annotations

from streams.commit_guard import FirstReads, head_committable


def test_first_reads_keeps_the_first_offset_until_reset() -> None:
    reads = FirstReads()
    assert reads.first("articles-0") is None
    reads.read("articles-0", 5)
    reads.read("articles-0", 6)
    assert reads.first("articles-0") == 5
    reads.reset(["articles-0"])
    assert reads.first("articles-0") is None
    reads.read("articles-0", 0)
    assert reads.first("articles-0") == 0


def test_reset_leaves_other_partitions() -> None:
    reads = FirstReads()
    reads.read("a", 3)
    reads.read("b", 7)
    reads.reset(["a", "c"])
    assert reads.first("a") is None and reads.first("b") == 7


def test_with_a_committed_offset_faust_checks_the_head() -> None:
    assert head_committable(40, 31, None)
    assert head_committable(40, 31, 35)


def test_without_a_committed_offset_the_run_must_start_at_the_first_read() -> None:
    assert head_committable(0, None, 0)
    assert head_committable(0, 0, 0), "a committed offset of 0 is the same as none for Faust"
    # offsets 0..4 were read but not counted (skipped, or left to another owner): not past them
    assert not head_committable(5, None, 0)
    assert not head_committable(5, 0, 0)
    # nothing read since the last reset: nothing is known about the head
    assert not head_committable(5, None, None)
