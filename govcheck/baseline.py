"""Follow-up mode: compare a report with an earlier JSON report, control by control.

Controls are matched by checklist id and control id. With *before* the earlier verdict (or
none when the earlier report lacks the control) and *now* the current one:

- new: not fulfilled now, and fulfilled or absent before (a gap the earlier audit did not have);
- persisting: not fulfilled now, with the same verdict as before;
- changed: not fulfilled now nor before, with another verdict (improved to partial, or worse,
  or no longer assessable);
- resolved: fulfilled now, not fulfilled before;
- unchanged: fulfilled now and before.

"Not fulfilled" here means any verdict but fulfilled, not_assessable included: a follow-up
must still see a gap it can no longer assess. A control fulfilled now that the earlier report
lacks has no change (nothing to follow up). A control only the earlier report has is kept in
``Report.baseline_absent`` so that no earlier gap drops out of a follow-up unseen.

Only reports of the same govcheck major version are compared: their shape is the same
contract (schemas/report.schema.json); anything else is rejected before comparing.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from govcheck import __version__
from govcheck.errors import InputFileError
from govcheck.errortext import os_reason
from govcheck.model import Report, Verdict
from govcheck.model.result import Change, ComparedControl, Comparison
from govcheck.schemacheck import is_valid_fast, load_schema

CHANGES: tuple[Change, ...] = ("new", "persisting", "changed", "resolved", "unchanged")


class BaselineError(InputFileError):
    """A file given as an earlier report is not a govcheck JSON report this version can compare."""

    kind = "baseline"


def classify(previous: Verdict | None, verdict: Verdict) -> Change | None:
    if verdict != "fulfilled":
        if previous is None or previous == "fulfilled":
            return "new"
        return "persisting" if previous == verdict else "changed"
    if previous is None:
        return None
    return "unchanged" if previous == "fulfilled" else "resolved"


def _major(version: str) -> str:
    return version.split(".", 1)[0]


def check_report(data: Any, name: str) -> None:
    """Raise BaselineError unless ``data`` is a report of this govcheck major version."""
    tool = data.get("tool") if isinstance(data, dict) else None
    if not isinstance(tool, dict) or tool.get("name") != "govcheck":
        raise BaselineError(name, 'not a govcheck report (no "tool": {"name": "govcheck"})',
                            sv='inte en rapport från govcheck ("tool": {"name": "govcheck"} saknas)')
    version = str(tool.get("version", "?"))
    if _major(version) != _major(__version__):
        major = _major(__version__)
        raise BaselineError(name, f"report of govcheck {version}; govcheck {__version__} compares only "
                                  f"reports of major version {major}",
                            sv=f"rapport från govcheck {version}; govcheck {__version__} jämför bara "
                               f"rapporter av huvudversion {major}")
    if is_valid_fast(data, "report.schema.json"):
        return
    schema = load_schema("report.schema.json")
    import jsonschema  # only when a baseline is compared: a plain run does not load it
    from jsonschema.exceptions import best_match

    from govcheck.errortext import schema_message

    errors = list(jsonschema.validators.validator_for(schema)(schema).iter_errors(data))
    if errors:
        error = best_match(errors)
        where = "/".join(str(p) for p in error.absolute_path) or "(top)"
        raise BaselineError(name, f"does not match report.schema.json at {where}: {error.message}",
                            sv=f"stämmer inte med report.schema.json vid {where}: {schema_message(error)}")


def load_json_report(path: str | Path) -> dict[str, Any]:
    """An earlier `govcheck check --format json` report, checked by ``check_report``."""
    name = str(path)
    try:
        data = json.loads(Path(path).read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        en, sv = os_reason(exc)
        raise BaselineError(name, f"cannot read: {en}", sv=f"kan inte läsas: {sv}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = exc.lineno if isinstance(exc, json.JSONDecodeError) else None
        raise BaselineError(name, "not a govcheck JSON report: not JSON" + (f" (line {line})" if line else ""),
                            sv="inte en JSON-rapport från govcheck: inte JSON" + (f" (rad {line})" if line else ""),
                            ) from None
    check_report(data, name)
    return data


def _verdicts(report: dict[str, Any]) -> dict[tuple[str, str], tuple[str, Verdict]]:
    return {(cl["id"], c["id"]): (c["title"], c["verdict"]) for cl in report["checklists"] for c in cl["controls"]}


def apply_baseline(report: Report, earlier: dict[str, Any], name: str) -> Report:
    """A copy of ``report`` with each control's change against ``earlier`` (a loaded JSON report)."""
    before = _verdicts(earlier)
    checklists = []
    for cl in report.checklists:
        controls = []
        for c in cl.controls:
            previous = before.pop((cl.id, c.id), (None, None))[1]
            controls.append(c.model_copy(update={"change": classify(previous, c.verdict), "previous_verdict": previous}))
        checklists.append(cl.model_copy(update={"controls": controls}))
    absent = [ComparedControl(checklist=k[0], id=k[1], title=title, previous_verdict=verdict)
              for k, (title, verdict) in before.items()]
    return report.model_copy(update={
        "checklists": checklists, "baseline": name, "baseline_as_of": dt.date.fromisoformat(earlier["as_of"]),
        "baseline_absent": absent,
    })


def comparison_of(report: Report, lang: str) -> Comparison | None:
    """The comparison a report made with ``apply_baseline`` carries, in the shape ``diff_reports`` gives."""
    if report.baseline is None or report.baseline_as_of is None:
        return None
    rows = [ComparedControl(checklist=cl.id, id=c.id, title=getattr(c.title, lang), change=c.change,
                            verdict=c.verdict, previous_verdict=c.previous_verdict)
            for cl in report.checklists for c in cl.controls if c.change is not None]
    return Comparison(baseline=report.baseline, baseline_as_of=report.baseline_as_of, as_of=report.as_of,
                      controls=rows + list(report.baseline_absent))


def diff_reports(old: dict[str, Any], new: dict[str, Any], baseline: str = "baseline") -> Comparison:
    """Compare two saved JSON reports without reading any document; ``baseline`` names ``old``."""
    check_report(old, baseline)
    check_report(new, "newer report")
    before = _verdicts(old)
    rows = []
    for (checklist, control), (title, verdict) in _verdicts(new).items():
        previous = before.pop((checklist, control), (None, None))[1]
        change = classify(previous, verdict)
        if change is not None:
            rows.append(ComparedControl(checklist=checklist, id=control, title=title, change=change,
                                        verdict=verdict, previous_verdict=previous))
    rows += [ComparedControl(checklist=k[0], id=k[1], title=title, previous_verdict=verdict)
             for k, (title, verdict) in before.items()]
    return Comparison(baseline=baseline, baseline_as_of=dt.date.fromisoformat(old["as_of"]),
                      as_of=dt.date.fromisoformat(new["as_of"]), controls=rows)
