"""ResumeGate: after an assignment, input partitions are resumed only after the seek that follows the
request to resume them and the flow's resumption after that seek (README, "Rebalance when a worker
leaves")."""

from __future__ import annotations

from streams.resume_gate import ResumeGate


def is_input(tp: str) -> bool:
    return not tp.endswith("-changelog")


def test_without_an_assignment_everything_resumes_at_once() -> None:
    gate = ResumeGate()
    assert gate.resume({"articles", "t-changelog"}, is_input) == {"articles", "t-changelog"}
    assert gate.flow_resumed() == set()


def test_input_partitions_wait_for_the_seek_and_then_the_flow() -> None:
    gate = ResumeGate()
    gate.assigned()
    # recovery reads the changelogs: those resume, the flow resumes, no input partition moves
    assert gate.resume({"t-changelog"}, is_input) == {"t-changelog"}
    assert gate.flow_resumed() == set()
    # recovery done: it resumes the input partitions, then seeks them, then resumes the flow
    assert gate.resume({"articles", "events"}, is_input) == set()
    assert gate.holding and gate.held() == {"articles", "events"}
    token = gate.seek_starting()
    assert gate.flow_resumed() == set(), "not before the seek completed"
    gate.seek_done(token)
    assert gate.flow_resumed() == {"articles", "events"}
    assert not gate.holding
    assert gate.resume({"articles"}, is_input) == {"articles"}, "the gate is open until the next assignment"


def test_a_seek_started_before_the_request_does_not_open_the_gate() -> None:
    gate = ResumeGate()
    gate.assigned()
    early = gate.seek_starting()  # e.g. Faust's fetcher seeking while the flow was stopped
    assert gate.resume({"articles"}, is_input) == set()
    gate.seek_done(early)
    assert gate.flow_resumed() == set()
    token = gate.seek_starting()
    gate.seek_done(token)
    assert gate.flow_resumed() == {"articles"}


def test_a_new_assignment_in_the_middle_holds_again() -> None:
    gate = ResumeGate()
    gate.assigned()
    assert gate.resume({"articles"}, is_input) == set()
    token = gate.seek_starting()
    gate.assigned()  # rebalanced again before the seek completed
    gate.seek_done(token)
    assert gate.flow_resumed() == set(), "a seek of the previous assignment does not count"
    assert gate.held() == set()
    assert gate.resume({"events"}, is_input) == set()
    token = gate.seek_starting()
    gate.seek_done(token)
    assert gate.flow_resumed() == {"events"}
