"""The JSON report (SPEC §5), validated by schemas/report.schema.json; byte-identical for equal input."""

from __future__ import annotations

import json
from typing import Any

from govcheck.baseline import CHANGES, comparison_of
from govcheck import __version__
from govcheck.model import CheckResult, ChecklistResult, ControlResult, Evidence, Report, ToolInfo
from govcheck.model.result import Comparison
from govcheck.report.jsonfast import dumps
from govcheck.report.words import describe_location, tr, verdict_text


def _evidence(ev: Evidence, lang: str) -> dict[str, Any]:
    return {
        "document": ev.document,
        "location": describe_location(ev.location, lang),
        "quote": ev.quote,
        "locator": ev.location.model_dump(mode="json", exclude_defaults=True) if ev.location else None,
    }


def _check(check: CheckResult, lang: str) -> dict[str, Any]:
    return {
        "kind": check.kind,
        "verdict": check.verdict,
        "message": tr(check.message, lang),
        "document": check.document,
        "waiver": check.waiver.model_dump(mode="json") if check.waiver else None,
        "evidence": [_evidence(e, lang) for e in check.evidence],
    }


def _control(control: ControlResult, lang: str) -> dict[str, Any]:
    return {
        "id": control.id,
        "title": tr(control.title, lang),
        "verdict": control.verdict,
        "verdict_text": verdict_text(control.verdict, lang),
        "waived": control.waived,
        "change": control.change,
        "previous_verdict": control.previous_verdict,
        "provenance": control.provenance.model_dump(mode="json", exclude_none=True),
        "recommendation": tr(control.recommendation, lang),
        "checks": [_check(c, lang) for c in control.checks],
    }


def _checklist(result: ChecklistResult, lang: str) -> dict[str, Any]:
    return {
        "id": result.id,
        "title": tr(result.title, lang),
        "version": result.version,
        "verdict": result.verdict,
        "verdict_text": verdict_text(result.verdict, lang),
        "controls": [_control(c, lang) for c in result.controls],
    }


def comparison_dict(comparison: Comparison | None) -> dict[str, Any] | None:
    """Counts first, then the controls of each change kind; "absent": only the baseline has them."""
    if comparison is None:
        return None
    groups: dict[str, list[dict[str, Any]]] = {kind: [] for kind in (*CHANGES, "absent")}
    for c in comparison.controls:
        groups[c.change or "absent"].append(c.model_dump(mode="json", exclude={"change"}))
    return {
        "baseline": comparison.baseline,
        "baseline_as_of": comparison.baseline_as_of.isoformat(),
        "as_of": comparison.as_of.isoformat(),
        "counts": {kind: len(rows) for kind, rows in groups.items()},
        **groups,
    }


def render_comparison(comparison: Comparison) -> str:
    """The JSON of `govcheck diff`: which tool made it, then the comparison as a report holds it."""
    out = {"tool": ToolInfo(version=__version__).model_dump(mode="json"), "comparison": comparison_dict(comparison)}
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def to_dict(report: Report, lang: str) -> dict[str, Any]:
    return {
        "tool": report.tool.model_dump(mode="json"),
        "as_of": report.as_of.isoformat(),
        "lang": lang,
        "municipality": report.municipality,
        "baseline": report.baseline,
        "comparison": comparison_dict(comparison_of(report, lang)),
        "inputs": [i.model_dump(mode="json") for i in report.inputs],
        "unreadable": [u.model_dump(mode="json") for u in report.unreadable],
        "checklists": [_checklist(c, lang) for c in report.checklists],
    }


def render(report: Report, lang: str) -> str:
    return dumps(to_dict(report, lang)) + "\n"
