"""The cyclic collector is paused only for the duration of load_corpus and evaluate."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import govcheck
from govcheck.gcpause import collector_paused

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
