"""The JSON report (SPEC §5), validated by schemas/report.schema.json; byte-identical for equal input."""

from __future__ import annotations

import json
from typing import Any

from govcheck.model import CheckResult, ChecklistResult, ControlResult, Evidence, Report
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
        "evidence": [_evidence(e, lang) for e in check.evidence],
    }


def _control(control: ControlResult, lang: str) -> dict[str, Any]:
    return {
        "id": control.id,
        "title": tr(control.title, lang),
        "verdict": control.verdict,
        "verdict_text": verdict_text(control.verdict, lang),
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


def to_dict(report: Report, lang: str) -> dict[str, Any]:
    return {
        "tool": report.tool.model_dump(mode="json"),
        "as_of": report.as_of.isoformat(),
        "lang": lang,
        "municipality": report.municipality,
        "inputs": [i.model_dump(mode="json") for i in report.inputs],
        "unreadable": [u.model_dump(mode="json") for u in report.unreadable],
        "checklists": [_checklist(c, lang) for c in report.checklists],
    }


def render(report: Report, lang: str) -> str:
    return json.dumps(to_dict(report, lang), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
