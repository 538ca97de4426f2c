"""JUnit XML, so CI systems that only read test reports show each control as a test.

A testsuite per checklist, a testcase per control. A control fails when its verdict is at or
worse than ``fail_on`` (the CLI's ``--fail-on``, so the report and the exit code agree); a
not assessable control that does not fail is skipped; a waived control passes with a note.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from govcheck.checks.base import VERDICT_RANK
from govcheck.errors import UsageError
from govcheck.model import ChecklistResult, ControlResult, Report
from govcheck.report.escape import for_xml
from govcheck.report.words import describe_location, tr, verdict_text

WAIVED = {"sv": "Undantagen", "en": "Waived"}
EXPIRED = {"sv": "undantaget gick ut", "en": "waiver expired"}
ACCEPTED = {"sv": "godkänt av {by}, gäller till {until}", "en": "accepted by {by}, until {until}"}


def _fails(verdict: str, fail_on: str) -> bool:
    return fail_on in VERDICT_RANK and VERDICT_RANK[verdict] >= VERDICT_RANK[fail_on]


def _details(control: ControlResult, lang: str) -> str:
    """Every check that is not fulfilled: verdict, message, then its evidence with the quote."""
    lines: list[str] = []
    for check in control.checks:
        if check.verdict == "fulfilled":
            continue
        lines.append(f"[{verdict_text(check.verdict, lang)}] {tr(check.message, lang)}")
        if check.waiver is not None:
            w = check.waiver
            head = EXPIRED[lang] if w.expired else WAIVED[lang]
            until = ACCEPTED[lang].format(by=w.accepted_by, until=w.expires.isoformat())
            lines.append(f"  {head}: {w.justification} ({until})")
        for ev in check.evidence:
            where = f"  - {ev.document}, {describe_location(ev.location, lang)}"
            lines.append(f"{where}: “{ev.quote}”" if ev.quote else where)
    return "\n".join(lines)


def _testcase(control: ControlResult, checklist: str, lang: str, fail_on: str) -> tuple[ET.Element, str]:
    """The element and its outcome: passed, failure or skipped."""
    case = ET.Element("testcase", classname=checklist, name=f"{control.id} {tr(control.title, lang)}")
    verdict = verdict_text(control.verdict, lang)
    details = _details(control, lang)
    if control.waived:
        outcome = "passed"
        ET.SubElement(case, "system-out").text = f"{WAIVED[lang]} ({verdict})\n{details}"
    elif _fails(control.verdict, fail_on):
        outcome = "failure"
        ET.SubElement(case, "failure", message=verdict, type=control.verdict).text = details
    elif control.verdict == "not_assessable":
        outcome = "skipped"
        ET.SubElement(case, "skipped", message=verdict)
        if details:
            ET.SubElement(case, "system-out").text = details
    else:
        outcome = "passed"
        if details:
            ET.SubElement(case, "system-out").text = f"{verdict}\n{details}"
    return case, outcome


def _suite(result: ChecklistResult, report: Report, lang: str, fail_on: str) -> ET.Element:
    cases = [_testcase(c, result.id, lang, fail_on) for c in result.controls]
    outcomes = [o for _, o in cases]
    suite = ET.Element("testsuite", name=result.id, tests=str(len(cases)), failures=str(outcomes.count("failure")),
                       errors="0", skipped=str(outcomes.count("skipped")))
    props = ET.SubElement(suite, "properties")
    for name, value in (("title", tr(result.title, lang)), ("version", str(result.version)),
                        ("verdict", result.verdict), ("as_of", report.as_of.isoformat()), ("fail_on", fail_on)):
        ET.SubElement(props, "property", name=name, value=value)
    suite.extend(case for case, _ in cases)
    return suite


def render(report: Report, lang: str, fail_on: str = "not_fulfilled") -> str:
    if fail_on not in (*VERDICT_RANK, "never") or fail_on == "fulfilled":
        raise UsageError(f"unknown fail-on level {fail_on!r}", sv=f"okänd nivå för fail-on {fail_on!r}")
    suites = [_suite(r, report, lang, fail_on) for r in report.checklists]
    root = ET.Element("testsuites", name=report.tool.name)
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, str(sum(int(s.get(key)) for s in suites)))
    root.extend(suites)
    ET.indent(root)
    # ElementTree writes any character as it is, even one XML cannot hold: escaping the whole
    # text once covers every name, message and quote (such a character is never markup).
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + for_xml(ET.tostring(root, encoding="unicode")) + "\n"
