"""SARIF 2.1.0, so review tools and CI code-scanning can show findings next to other analysers.

One rule per control, one result per check outcome that is not fulfilled. Locations map as
follows (documents are docx/pdf, not lines of text, and the schema demands a region have a
``startLine``, ``charOffset`` or ``byteOffset``):

- ``region.startLine`` = the reader's block index + 1: a number unique in the document, in
  reading order (a paragraph, heading or whole table counts one). ``paragraph`` is not used,
  because it counts within a section and would give two places the same line. Without a
  block index there is no region.
- ``region.snippet.text`` = the evidence quote (``location.properties.quote`` when there is no
  region); ``location.properties.locator`` = the full Location (page, section, paragraph,
  table, row, cell, field) as in the JSON report; ``location.message`` = its human phrase.
- ``logicalLocations`` = the heading path, kind "section".

A check tied to a document gets its first evidence in that document (or the bare document) as
its location and the other evidence as ``relatedLocations``; a corpus-level check (no
document, e.g. a missing document type) gets no location, only related evidence.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from govcheck.errors import reason_words
from govcheck.model import CheckResult, ControlResult, Evidence, Report
from govcheck.report.jsonfast import dumps
from govcheck.report.words import describe_location, tr, verdict_text

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
BASE = "WORKSPACE"
LEVEL = {"not_fulfilled": "error", "partially_fulfilled": "warning", "not_assessable": "note"}
BASELINE = {"new": "new", "persisting": "unchanged", "unchanged": "unchanged", "changed": "updated"}
GONE = {
    "resolved": {"sv": "Åtgärdat sedan jämförelserapporten", "en": "Resolved since the baseline report"},
    "dropped": {"sv": "Finns bara i jämförelserapporten", "en": "Only in the baseline report"},
}
WAS = {"sv": "var", "en": "was"}
BASE_NOTE = {
    "sv": "Mappen som gavs till govcheck check (arbetsyta eller dokumentmapp), eller arbetskatalogen för enskilda filer.",
    "en": "The folder given to govcheck check (a workspace or a folder of documents), or the working directory for single files.",
}


def _artifact(path: str, index: dict[str, int]) -> dict[str, Any]:
    """A relative path becomes a percent-encoded URI against WORKSPACE; an absolute one a file: URI."""
    if path.startswith("/"):
        loc: dict[str, Any] = {"uri": "file://" + quote(path)}
    else:
        loc = {"uri": quote(path), "uriBaseId": BASE}
    if path in index:
        loc["index"] = index[path]
    return loc


def _location(ev: Evidence, index: dict[str, int], lang: str, id_: int | None = None) -> dict[str, Any]:
    loc = ev.location
    physical: dict[str, Any] = {"artifactLocation": _artifact(ev.document, index)}
    props: dict[str, Any] = {}
    if loc is not None and loc.block is not None:
        physical["region"] = {"startLine": loc.block + 1}
        if ev.quote:
            physical["region"]["snippet"] = {"text": ev.quote}
    elif ev.quote:
        props["quote"] = ev.quote
    if loc is not None:
        props["locator"] = loc.model_dump(mode="json", exclude_defaults=True)
    out: dict[str, Any] = {} if id_ is None else {"id": id_}
    out["physicalLocation"] = physical
    if loc is not None and loc.section:
        out["logicalLocations"] = [{"name": loc.section[-1], "fullyQualifiedName": " › ".join(loc.section),
                                    "kind": "section"}]
    out["message"] = {"text": describe_location(loc, lang)}
    if props:
        out["properties"] = props
    return out


def _places(check: CheckResult, index: dict[str, int], lang: str) -> dict[str, Any]:
    evidence = list(check.evidence)
    primary: list[dict[str, Any]] = []
    if check.document is not None:
        mine = next((e for e in evidence if e.document == check.document), None)
        if mine is not None:
            evidence.remove(mine)
        primary = [_location(mine or Evidence(document=check.document), index, lang)]
    out: dict[str, Any] = {"locations": primary} if primary else {}
    if evidence:
        out["relatedLocations"] = [_location(e, index, lang, i) for i, e in enumerate(evidence, 1)]
    return out


def _waiver(check: CheckResult) -> tuple[dict[str, Any], dict[str, Any]]:
    """(result keys, property keys): an active waiver suppresses the result, an expired one is only noted."""
    w = check.waiver
    if w is None:
        return {}, {}
    about = {"acceptedBy": w.accepted_by, "expires": w.expires.isoformat()}
    if w.expired:
        return {}, {"waiver": {"justification": w.justification, **about, "expired": True}}
    return {"suppressions": [{"kind": "external", "status": "accepted", "justification": w.justification,
                              "properties": about}]}, {}


def _absent(rule_id: str, rule: int | None, title: str, checklist: str, was: str | None, why: str,
            lang: str) -> dict[str, Any]:
    """SARIF's way to say a finding went away: an "absent" result at the baseline's level."""
    index = {} if rule is None else {"ruleIndex": rule}
    level = {"level": LEVEL[was]} if was in LEVEL else {}
    note = f" ({WAS[lang]}: {verdict_text(was, lang)})" if was else ""
    return {"ruleId": rule_id, **index, **level, "message": {"text": f"{GONE[why][lang]}: {title}{note}"},
            "baselineState": "absent", "properties": {"checklist": checklist}}


def _results(control: ControlResult, rule: int, checklist: str, index: dict[str, int], lang: str):
    if control.change == "resolved":
        yield _absent(control.id, rule, tr(control.title, lang), checklist, control.previous_verdict, "resolved", lang)
        return
    state = {"baselineState": BASELINE[control.change]} if control.change else {}
    for check in control.checks:
        if check.verdict not in LEVEL:
            continue
        suppressions, noted = _waiver(check)
        yield {"ruleId": control.id, "ruleIndex": rule, "level": LEVEL[check.verdict],
               "message": {"text": tr(check.message, lang)}, **_places(check, index, lang),
               **suppressions, **state,
               "properties": {"checklist": checklist, "verdict": check.verdict,
                              "verdictText": verdict_text(check.verdict, lang), "check": check.kind, **noted}}


def _rule(control: ControlResult, checklist: str, lang: str) -> dict[str, Any]:
    p = control.provenance
    props: dict[str, Any] = {"checklist": checklist, "tags": [checklist], "source": p.source}
    if p.question:
        props["question"] = p.question
    if p.criteria:
        props["criteria"] = list(p.criteria)
    advice = {"text": tr(control.recommendation, lang)}
    return {"id": control.id, "name": f"{checklist}/{control.id}",
            "shortDescription": {"text": tr(control.title, lang)}, "fullDescription": advice, "help": advice,
            "properties": props}


def to_dict(report: Report, lang: str) -> dict[str, Any]:
    index = {i.path: n for n, i in enumerate(report.inputs)}
    rules: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    for cl in report.checklists:
        for control in cl.controls:
            results.extend(_results(control, len(rules), cl.id, index, lang))
            rules.append(_rule(control, cl.id, lang))
    # Controls only the baseline has (no rule here): their earlier gaps must not vanish unseen.
    results.extend(_absent(c.id, None, c.title, c.checklist, c.previous_verdict, "dropped", lang)
                   for c in report.baseline_absent if c.previous_verdict in LEVEL)
    artifacts = [{"location": _artifact(i.path, {}),
                  **({"hashes": {"sha-256": i.sha256}} if i.sha256 else {}),
                  "properties": {"format": i.format, "status": i.status}} for i in report.inputs]
    invocation: dict[str, Any] = {"executionSuccessful": True, "properties": {"asOf": report.as_of.isoformat()}}
    if report.unreadable:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "descriptor": {"id": u.reason},
             "message": {"text": f"{u.path}: {reason_words(u.reason, lang)}: {u.detail}"},
             "locations": [{"physicalLocation": {"artifactLocation": _artifact(u.path, index)}}]}
            for u in report.unreadable]
    run_props = {k: v for k, v in (("municipality", report.municipality), ("baseline", report.baseline),
                                   ("baselineAsOf", report.baseline_as_of and report.baseline_as_of.isoformat())) if v}
    run: dict[str, Any] = {
        "tool": {"driver": {"name": report.tool.name, "version": report.tool.version,
                            "semanticVersion": report.tool.version, "rules": rules}},
        "invocations": [invocation],
        "originalUriBaseIds": {BASE: {"description": {"text": BASE_NOTE[lang]}}},
        "artifacts": artifacts,
        "language": lang,
        "results": results,
    }
    if run_props:
        run["properties"] = run_props
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, lang: str) -> str:
    return dumps(to_dict(report, lang)) + "\n"
