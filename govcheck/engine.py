"""Evaluate checklists against a corpus: run each check, stamp ids, aggregate verdicts.

A control's verdict is by default its worst check outcome (fulfilled < not_assessable <
partially_fulfilled < not_fulfilled): a control about every document holds only when it
holds for each. A control with ``aggregate: balanced``, and a checklist's overall verdict,
take the auditor's summary instead: fulfilled when all assessable parts are, not fulfilled
when none is, partially fulfilled in between.

One CorpusIndex serves all checklists of an evaluation, so what checks derive from the
documents (text lines, term matches, subjects) is derived once, not once per control.
"""

from __future__ import annotations

from typing import Iterable

from govcheck import __version__
from govcheck.checks import REGISTRY, CheckContext
from govcheck.checks.base import CorpusIndex, worst
from govcheck.gcpause import collector_paused
from govcheck.model import (
    CheckResult, Checklist, ChecklistResult, Control, ControlResult, Corpus, Evidence, Report, ToolInfo, Verdict,
)


def evaluate_control(control: Control, ctx: CheckContext) -> ControlResult:
    results: list[CheckResult] = []
    for spec in control.checks:
        kind = REGISTRY[spec.kind]
        for outcome in kind.run(spec, ctx):
            results.append(CheckResult(
                kind=outcome.kind or spec.kind,
                verdict=outcome.verdict,
                message=outcome.message,
                document=outcome.document,
                evidence=distinct(outcome.evidence),
            ))
    if control.aggregate == "balanced":
        verdict = overall(r.verdict for r in results)
    else:
        verdict = worst(r.verdict for r in results) or "not_assessable"
    return ControlResult(
        id=control.id,
        title=control.title,
        verdict=verdict,
        provenance=control.provenance,
        recommendation=control.recommendation,
        checks=results,
    )


def distinct(evidence: Iterable[Evidence]) -> list[Evidence]:
    """The evidence of one outcome, each place once. A check may cite one line for two reasons
    (the adoption line of a plan, which also names its topic): once from the extracted fact,
    whose location carries the reader's block index, and once from the section tree, whose
    location does not. The first keeps its place in the order and takes the block index of a
    later copy when it has none; evidence with another quote or place is kept as it is."""
    items = list(evidence)
    if len(items) < 2:
        return items
    kept: list[Evidence] = []
    where: dict[tuple, int] = {}
    for item in items:
        loc = item.location
        place = None if loc is None else (loc.part, loc.page, tuple(loc.section), loc.paragraph, loc.table,
                                          loc.row, loc.cell, loc.field)
        key = (item.document, item.quote, place)
        at = where.get(key)
        if at is None:
            where[key] = len(kept)
            kept.append(item)
        elif loc is not None and loc.block is not None and kept[at].location.block is None:
            first = kept[at]
            kept[at] = first.model_copy(update={"location": first.location.model_copy(update={"block": loc.block})})
    return kept


def overall(verdicts: Iterable[Verdict]) -> Verdict:
    assessable = [v for v in verdicts if v != "not_assessable"]
    if not assessable:
        return "not_assessable"
    if all(v == "fulfilled" for v in assessable):
        return "fulfilled"
    if all(v == "not_fulfilled" for v in assessable):
        return "not_fulfilled"
    return "partially_fulfilled"


def evaluate_checklist(checklist: Checklist, corpus: Corpus, index: CorpusIndex | None = None) -> ChecklistResult:
    ctx = CheckContext(corpus, checklist.topics, index)
    controls = [evaluate_control(c, ctx) for c in checklist.controls]
    return ChecklistResult(
        id=checklist.id,
        title=checklist.title,
        version=checklist.version,
        verdict=overall(c.verdict for c in controls),
        controls=controls,
    )


def evaluate(corpus: Corpus, checklists: Iterable[Checklist]) -> Report:
    """The public entry point: a Report with one result per checklist, in the order given."""
    with collector_paused():
        return _evaluate(corpus, checklists)


def _evaluate(corpus: Corpus, checklists: Iterable[Checklist]) -> Report:
    index = CorpusIndex(corpus)
    return Report(
        tool=ToolInfo(version=__version__),
        as_of=corpus.as_of,
        municipality=corpus.municipality,
        inputs=corpus.inputs,
        unreadable=corpus.unreadable,
        checklists=[evaluate_checklist(c, corpus, index) for c in checklists],
    )
