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


class Waiver(Strict):
    """An accepted finding (waivers.yaml): who accepted it, why, and until when."""

    control: str
    document: str | None = None
    justification: str
    accepted_by: str
    expires: dt.date
    expired: bool = False


class CheckResult(Strict):
    """One outcome of a check. ``waiver`` is set when a waiver matches it; an expired waiver
    is shown (``waiver.expired``) but no longer suppresses the finding."""

    kind: str
    verdict: Verdict
    message: Text
    document: str | None = None
    evidence: list[Evidence] = []
    waiver: Waiver | None = None


Change = Literal["new", "persisting", "resolved", "changed", "unchanged"]


class ControlResult(Strict):
    """A control's verdict and checks; ``change`` and ``previous_verdict`` compare it with a
    baseline report (follow-up mode); ``waived`` when every failing check is waived."""

    id: str
    title: Text
    verdict: Verdict
    provenance: ControlProvenance
    recommendation: Text
    checks: list[CheckResult]
    waived: bool = False
    change: Change | None = None
    previous_verdict: Verdict | None = None


class ChecklistResult(Strict):
    id: str
    title: Text
    version: int
    verdict: Verdict
    controls: list[ControlResult]


class ComparedControl(Strict):
    """One control of a comparison between two reports; ``title`` is as its report wrote it.
    ``change`` is None for a control the baseline has and the newer report lacks."""

    checklist: str
    id: str
    title: str
    change: Change | None = None
    verdict: Verdict | None = None
    previous_verdict: Verdict | None = None


class Comparison(Strict):
    """Two reports compared control by control (``check --baseline``, ``govcheck diff``)."""

    baseline: str
    baseline_as_of: dt.date
    as_of: dt.date
    controls: list[ComparedControl]


class ToolInfo(Strict):
    name: str = "govcheck"
    version: str


class Report(Strict):
    """``baseline`` names the earlier report this one is compared with, if any; controls only
    that report has are kept in ``baseline_absent`` so no earlier gap drops out silently."""

    tool: ToolInfo
    as_of: dt.date
    baseline: str | None = None
    baseline_as_of: dt.date | None = None
    baseline_absent: list[ComparedControl] = []
    municipality: str | None = None
    inputs: list[InputEntry]
    unreadable: list[Unreadable]
    checklists: list[ChecklistResult]
