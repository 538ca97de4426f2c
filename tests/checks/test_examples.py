"""Every check kind documents examples both ways, and each example evaluates as documented."""

from pathlib import Path

import pytest

from govcheck.checks import REGISTRY
from govcheck.docs import kinds_markdown
from govcheck.testing import run_example

EXAMPLES = [(name, ex) for name, kind in sorted(REGISTRY.items()) for ex in kind.examples]


@pytest.mark.parametrize("name, example", EXAMPLES, ids=[f"{n}: {e.title}" for n, e in EXAMPLES])
def test_example_evaluates_as_documented(name, example):
    result = run_example(example)
    assert result.verdict == example.verdict, [c.message.en for c in result.checks]
    nested = {c["kind"] for c in example.check.get("checks", [])}
    assert {c.kind for c in result.checks} <= {name} | nested


@pytest.mark.parametrize("name", sorted(REGISTRY))
def test_kind_is_documented_both_ways(name):
    kind = REGISTRY[name]
    verdicts = {e.verdict for e in kind.examples}
    assert "fulfilled" in verdicts, f"{name} has no passing example"
    assert verdicts & {"not_fulfilled", "partially_fulfilled"}, f"{name} has no failing example"
    assert "Options:" in kind.doc, f"{name}'s docstring does not document its options"
    assert kind.summary.sv and kind.summary.en


def test_generated_docs_are_committed():
    committed = (Path(__file__).resolve().parents[2] / "docs" / "check-kinds.md").read_text(encoding="utf-8")
    assert committed == kinds_markdown(), "docs/check-kinds.md is stale: run `govcheck checklists kinds --markdown > docs/check-kinds.md`"
