"""Results: findings as data, with verdicts and evidence (SPEC §4, §5)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from govcheck.model.common import Location, Strict, Text
from govcheck.model.checklist import ControlProvenance
from govcheck.model.corpus import InputEntry, Unreadable

Verdict = Literal["fulfilled", "partially_fulfilled", "not_fulfilled", "not_assessable"]


class Evidence(Strict):
    document: str
    location: Location | None = None
    quote: str | None = None


class CheckResult(Strict):
    kind: str
    verdict: Verdict
    message: Text
    document: str | None = None
    evidence: list[Evidence] = []


class ControlResult(Strict):
    id: str
    title: Text
    verdict: Verdict
    provenance: ControlProvenance
    recommendation: Text
    checks: list[CheckResult]


class ChecklistResult(Strict):
    id: str
    title: Text
    version: int
    verdict: Verdict
    controls: list[ControlResult]


class ToolInfo(Strict):
    name: str = "govcheck"
    version: str


class Report(Strict):
    tool: ToolInfo
    as_of: dt.date
    municipality: str | None = None
    inputs: list[InputEntry]
    unreadable: list[Unreadable]
    checklists: list[ChecklistResult]
