"""Waivers: findings an accountable person has accepted (waivers.yaml), applied to a Report.

A waiver never changes a verdict: auditors must still see what the documents say. It marks
the findings it matches (``CheckResult.waiver``); a control whose every non-fulfilled check
carries an active waiver is ``waived`` and is left out of ``--fail-on`` counting. A waiver
past its ``expires`` date still attaches, marked expired, and suppresses nothing, so an
acceptance that lapsed shows up instead of silently failing the build or hiding the gap.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path, PurePosixPath
from typing import Iterable

from pydantic import ValidationError

from govcheck.errors import InputFileError
from govcheck.model import CheckResult, ControlResult, Report, Waiver
from govcheck.model.waivers import WaiverEntry, WaiversFile
from govcheck.schemacheck import validate_located
from govcheck.yamlload import load_yaml_file

WAIVERS_FILE = "waivers.yaml"


class WaiversError(InputFileError):
    """A waivers.yaml that does not fit schemas/waivers.schema.json."""

    kind = "waivers"


def load_waivers(path: str | Path) -> list[WaiverEntry]:
    """The waivers of ``path``; WaiversError with file, line and reason when it is malformed."""
    located = load_yaml_file(Path(path), cls=WaiversError)
    if located.data is None:
        return []
    validate_located(located, "waivers.schema.json", WaiversError)
    try:
        return WaiversFile.model_validate(located.data).waivers
    except ValidationError as exc:
        raise located.pydantic_error(exc, WaiversError) from None


def workspace_waivers(paths: Iterable[str | Path]) -> list[WaiverEntry]:
    """The waivers.yaml of every folder among ``paths`` (the workspace roots), in order."""
    return [w for p in paths if (Path(p) / WAIVERS_FILE).is_file() for w in load_waivers(Path(p) / WAIVERS_FILE)]


def _norm(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).as_posix()


def _matches(entry: WaiverEntry, check: CheckResult) -> bool:
    if entry.kind is not None and entry.kind != check.kind:
        return False
    if entry.document is None:
        return True
    documents = [check.document] if check.document else [e.document for e in check.evidence]
    return _norm(entry.document) in {_norm(d) for d in documents}


def _check(check: CheckResult, entries: list[WaiverEntry], as_of: dt.date) -> CheckResult:
    matching = [e for e in entries if _matches(e, check)] if check.verdict != "fulfilled" else []
    if not matching:
        return check
    entry = min(matching, key=lambda e: e.expires < as_of)  # the first active one, else the first expired
    waiver = Waiver(control=entry.control, document=entry.document, justification=entry.justification,
                    accepted_by=entry.accepted_by, expires=entry.expires, expired=entry.expires < as_of)
    return check.model_copy(update={"waiver": waiver})


def _control(control: ControlResult, entries: list[WaiverEntry], as_of: dt.date) -> ControlResult:
    mine = [e for e in entries if e.control == control.id]
    if not mine:
        return control
    checks = [_check(c, mine, as_of) for c in control.checks]
    failing = [c for c in checks if c.verdict != "fulfilled"]
    waived = control.verdict != "fulfilled" and bool(failing) and all(
        c.waiver is not None and not c.waiver.expired for c in failing)
    return control.model_copy(update={"checks": checks, "waived": waived})


def apply_waivers(report: Report, entries: list[WaiverEntry]) -> Report:
    """A copy of ``report`` with matching findings marked; verdicts stay as they are."""
    if not entries:
        return report
    checklists = [cl.model_copy(update={"controls": [_control(c, entries, report.as_of) for c in cl.controls]})
                  for cl in report.checklists]
    return report.model_copy(update={"checklists": checklists})
