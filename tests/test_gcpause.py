"""The cycle collector's pause around an analysis (unmask.gcpause)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from unmask.gcpause import cycles_paused, without_cycle_collection


@pytest.fixture(autouse=True)
def _collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_inside_and_on_again_after() -> None:
    with cycles_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # nothing is left out of later collections


def test_nested_pauses_end_with_the_outer_one() -> None:
    with cycles_paused():
        with cycles_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    with cycles_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_it_is_on_again_after_an_error() -> None:
    with pytest.raises(ValueError), cycles_paused():
        raise ValueError("stop")
    assert gc.isenabled()


def test_pauses_on_two_threads_end_with_the_last() -> None:
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with cycles_paused():
            inside.set()
            release.wait(10)

    thread = threading.Thread(target=other)
    with cycles_paused():
        thread.start()
        assert inside.wait(10)
    assert not gc.isenabled()  # the other thread's pause still runs
    release.set()
    thread.join(10)
    assert gc.isenabled()


def test_cycles_made_in_a_pause_are_collected_later() -> None:
    class Node:
        other: object = None

    with cycles_paused():
        a, b = Node(), Node()
        a.other, b.other = b, a
        del a, b
    assert gc.collect() >= 2  # the full collection finds the cycle made while paused


def test_the_wrapped_function_keeps_its_signature_and_result() -> None:
    @without_cycle_collection
    def add(x: int, y: int = 2) -> tuple[int, bool]:
        return x + y, gc.isenabled()

    assert add(1) == (3, False)
    assert add.__name__ == "add"
    assert gc.isenabled()
