"""The cyclic collector is paused only for the duration of load_corpus and evaluate."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import govcheck
from govcheck.gcpause import PROMOTE_AT, collector_paused

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "helsingborg-2023"


@pytest.fixture
def collector():
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was_found(collector, enabled):
    (gc.enable if enabled else gc.disable)()
    seen_inside = []
    with collector_paused():
        seen_inside.append(gc.isenabled())
    assert seen_inside == [False]
    assert gc.isenabled() is enabled


def test_it_is_restored_after_an_error(collector):
    gc.enable()
    with pytest.raises(ValueError):
        with collector_paused():
            raise ValueError("boom")
    assert gc.isenabled()


def test_load_and_evaluate_restore_it(collector):
    gc.enable()
    corpus = govcheck.load_corpus([EXAMPLE], jobs=1)
    assert gc.isenabled()
    report = govcheck.evaluate(corpus, [govcheck.load_checklist("styrdokument")])
    assert gc.isenabled()
    assert report.checklists[0].controls


class _Node:
    """A tracked object that can hold a cycle and be watched by a weak reference."""

    def __init__(self):
        self.other = None


def test_what_the_block_made_is_old_so_no_young_collection_walks_it(collector):
    collections = []

    def seen(phase, info):
        collections.append((phase, info["generation"]))

    gc.enable()
    gc.callbacks.append(seen)
    try:
        with collector_paused():
            made = [_Node() for _ in range(PROMOTE_AT + 1000)]
        after = list(collections)
    finally:
        gc.callbacks.remove(seen)
    assert after == []  # before, a young collection walking all of them ran as the block ended
    assert gc.get_count()[0] < 10  # and none is due
    assert any(obj is made[-1] for obj in gc.get_objects(generation=2))  # a full collection sees them


def test_a_cycle_made_in_the_block_is_still_collected(collector):
    import weakref

    gc.enable()
    with collector_paused():
        made = [_Node() for _ in range(PROMOTE_AT)]
        a, b = _Node(), _Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
    assert gone() is not None and len(made) == PROMOTE_AT  # moved to the oldest generation with the rest
    gc.collect()
    assert gone() is None


def test_objects_the_caller_froze_stay_frozen(collector):
    gc.enable()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with collector_paused():
            made = [_Node() for _ in range(PROMOTE_AT + 1000)]
        assert gc.get_freeze_count() == frozen
        assert not any(obj is made[-1] for obj in gc.get_objects(generation=2))
    finally:
        gc.unfreeze()


def test_a_block_that_made_few_objects_leaves_them_young(collector):
    gc.enable()
    gc.collect()
    with collector_paused():
        made = _Node()
    assert any(obj is made for obj in gc.get_objects(generation=0))


def test_a_disabled_collector_is_left_alone(collector):
    gc.disable()
    gc.collect()
    with collector_paused():
        made = [_Node() for _ in range(PROMOTE_AT + 1000)]
    assert not gc.isenabled()
    assert any(obj is made[-1] for obj in gc.get_objects(generation=0))  # the CLI's: nothing moved
