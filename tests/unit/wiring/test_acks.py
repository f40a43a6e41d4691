"""OrderedAcks: inputs acknowledged per partition in offset order, only after their outputs settled."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

from streams.acks import OrderedAcks


class FakeStream:
    def __init__(self) -> None:
        self.acked: list[tuple[int, int]] = []

    async def ack(self, event: Any) -> bool:
        self.acked.append((event.message.tp, event.message.offset))
        return True


def event(tp: int, offset: int) -> Any:
    return SimpleNamespace(message=SimpleNamespace(tp=tp, offset=offset, topic="articles", partition=tp))


def test_outputs_settling_out_of_order_are_acknowledged_in_offset_order() -> None:
    async def scenario() -> list[tuple[int, int]]:
        stream = FakeStream()
        acks = OrderedAcks(stream, on_refused=lambda exc, what: asyncio.sleep(0))  # type: ignore[arg-type]
        loop = asyncio.get_running_loop()
        slow, fast = loop.create_future(), loop.create_future()
        await acks.settle(event(0, 10), [slow])
        await acks.settle(event(0, 11), [fast])
        await acks.settle(event(0, 12), [])  # no output, but an earlier one is pending
        await acks.settle(event(1, 5), [])  # another partition: nothing pending there
        fast.set_result(None)
        await asyncio.sleep(0.01)
        assert stream.acked == [(1, 5)], "nothing of partition 0 before offset 10 settles"
        slow.set_result(None)
        await asyncio.sleep(0.01)
        return stream.acked

    assert asyncio.run(scenario()) == [(1, 5), (0, 10), (0, 11), (0, 12)]


def test_a_refused_output_stops_acknowledgement_of_its_partition_only() -> None:
    refused: list[str] = []

    async def on_refused(exc: BaseException, what: str) -> None:
        refused.append(what)

    async def scenario() -> list[tuple[int, int]]:
        stream = FakeStream()
        acks = OrderedAcks(stream, on_refused)  # type: ignore[arg-type]
        loop = asyncio.get_running_loop()
        bad, later = loop.create_future(), loop.create_future()
        await acks.settle(event(0, 1), [bad])
        await acks.settle(event(0, 2), [later])
        await acks.settle(event(1, 7), [])
        bad.set_exception(RuntimeError("MessageSizeTooLarge"))
        later.set_result(None)
        await asyncio.sleep(0.01)
        await acks.settle(event(0, 3), [])  # still behind the refused one
        await asyncio.sleep(0.01)
        return stream.acked

    assert asyncio.run(scenario()) == [(1, 7)]
    assert refused == ["an output of articles[0]@1"]


def test_a_batch_is_acknowledged_per_partition_once_that_partition_s_outputs_are_confirmed() -> None:
    async def scenario() -> list[tuple[int, int]]:
        stream = FakeStream()
        acks = OrderedAcks(stream, on_refused=lambda exc, what: asyncio.sleep(0))  # type: ignore[arg-type]
        loop = asyncio.get_running_loop()
        first, second = loop.create_future(), loop.create_future()
        batch = [event(0, 1), event(1, 1), event(0, 2), event(1, 2)]
        await acks.settle_batch(batch, {0: [first], 1: [second]})
        await acks.settle_batch([event(0, 3), event(2, 1)], {})  # 0 waits behind the batch; 2 does not
        await asyncio.sleep(0.01)
        assert stream.acked == [(2, 1)]
        second.set_result(None)
        await asyncio.sleep(0.01)
        assert stream.acked == [(2, 1), (1, 1), (1, 2)], "partition 1 does not wait for partition 0"
        first.set_result(None)
        await asyncio.sleep(0.01)
        return stream.acked

    assert asyncio.run(scenario()) == [(2, 1), (1, 1), (1, 2), (0, 1), (0, 2), (0, 3)]


def test_a_refused_output_of_a_batch_names_the_partition_s_offsets() -> None:
    refused: list[str] = []

    async def on_refused(exc: BaseException, what: str) -> None:
        refused.append(what)

    async def scenario() -> list[tuple[int, int]]:
        stream = FakeStream()
        acks = OrderedAcks(stream, on_refused)  # type: ignore[arg-type]
        bad = asyncio.get_running_loop().create_future()
        await acks.settle_batch([event(0, 4), event(0, 5), event(1, 9)], {0: [bad]})
        bad.set_exception(RuntimeError("refused"))
        await asyncio.sleep(0.01)
        return stream.acked

    assert asyncio.run(scenario()) == [(1, 9)]
    assert refused == ["an output of articles[0]@4..5"]


def test_each_message_is_reported_finished_before_its_acknowledgement() -> None:
    async def scenario() -> list[tuple[str, int]]:
        order: list[tuple[str, int]] = []

        class Stream:
            async def ack(self, event: Any) -> bool:
                order.append(("ack", event.message.offset))
                return True

        def on_finished(message: Any) -> None:
            order.append(("finished", message.offset))

        acks = OrderedAcks(Stream(), lambda exc, what: asyncio.sleep(0), on_finished)  # type: ignore[arg-type]
        pending = asyncio.get_running_loop().create_future()
        await acks.settle(event(0, 1), [])
        await acks.settle(event(0, 2), [pending])
        await acks.settle_batch([event(0, 3)], {})
        assert order == [("finished", 1), ("ack", 1)], "nothing before its outputs are confirmed"
        pending.set_result(None)
        await asyncio.sleep(0.01)
        return order

    assert asyncio.run(scenario()) == [
        ("finished", 1),
        ("ack", 1),
        ("finished", 2),
        ("ack", 2),
        ("finished", 3),
        ("ack", 3),
    ]
