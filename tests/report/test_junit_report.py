"""JUnit XML: well-formed, one testsuite per checklist and one testcase per control, failures at
the --fail-on level, skipped for not assessable, waived controls passing with a note."""

import datetime as dt
import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

import pytest
from click.testing import CliRunner

import govcheck
from govcheck.checks.base import VERDICT_RANK
from govcheck.checklists import default_ids, load_checklist
from govcheck.cli import FAIL_ON, main
from govcheck.errors import UsageError
from govcheck.model import Text, Waiver
from govcheck.report import json_report, junit

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ["helsingborg-2023", "lund-2021"]


@lru_cache(maxsize=None)
def example(name):
    corpus = govcheck.load_corpus([ROOT / "examples" / name])
    return govcheck.evaluate(corpus, [load_checklist(i) for i in default_ids()])


def update_control(report, control_id, checks=None, **changes):
    """A copy of the report with one control changed; ``checks`` maps each check to its copy."""
    checklists = []
    for cl in report.checklists:
        controls = []
        for c in cl.controls:
            if c.id == control_id:
                c = c.model_copy(update={**changes, **({"checks": [checks(ch) for ch in c.checks]} if checks else {})})
            controls.append(c)
        checklists.append(cl.model_copy(update={"controls": controls}))
    return report.model_copy(update={"checklists": checklists})


def waive(report, control_id, expired):
    w = Waiver(control=control_id, justification="Policyn revideras under 2024.", accepted_by="Kommunstyrelsen",
               expires=dt.date(2023, 6, 30) if expired else dt.date(2024, 6, 30), expired=expired)
    return update_control(report, control_id, waived=not expired,
                          checks=lambda ch: ch if ch.verdict == "fulfilled" else ch.model_copy(update={"waiver": w}))


def case(root, control_id):
    return next(c for c in root.iter("testcase") if c.get("name").split(" ", 1)[0] == control_id)


@pytest.mark.parametrize("fail_on", FAIL_ON)
@pytest.mark.parametrize("name", EXAMPLES)
def test_counts_match_the_json_report(name, fail_on):
    report = example(name)
    root = ET.fromstring(junit.render(report, "en", fail_on=fail_on))
    data = json_report.to_dict(report, "en")
    assert [s.get("name") for s in root.findall("testsuite")] == [cl["id"] for cl in data["checklists"]]
    totals = {"tests": 0, "failures": 0, "skipped": 0}
    for suite, cl in zip(root.findall("testsuite"), data["checklists"]):
        verdicts = [c["verdict"] for c in cl["controls"]]
        fails = [fail_on != "never" and VERDICT_RANK[v] >= VERDICT_RANK[fail_on] for v in verdicts]
        expected = {"tests": len(verdicts), "failures": sum(fails),
                    "skipped": sum(v == "not_assessable" and not f for v, f in zip(verdicts, fails))}
        cases = suite.findall("testcase")
        found = {"tests": len(cases), "failures": sum(c.find("failure") is not None for c in cases),
                 "skipped": sum(c.find("skipped") is not None for c in cases)}
        assert found == expected == {k: int(suite.get(k)) for k in expected}
        assert [c.get("name") for c in cases] == [f"{c['id']} {c['title']}" for c in cl["controls"]]
        assert {c.get("classname") for c in cases} == {cl["id"]}
        totals = {k: totals[k] + v for k, v in expected.items()}
    assert {k: int(root.get(k)) for k in totals} == totals


def test_failure_carries_verdict_messages_and_evidence():
    root = ET.fromstring(junit.render(example("helsingborg-2023"), "sv"))
    failure = case(root, "SD-3").find("failure")
    assert failure.get("message") == "Ej uppfyllt" and failure.get("type") == "not_fulfilled"
    assert "15,2 år" in failure.text or "2008-09-12" in failure.text
    assert "documents/it-policy.docx" in failure.text and "“Beslutad av: Kommunfullmäktige" in failure.text
    skipped = [c for c in root.iter("testcase") if c.find("skipped") is not None]
    assert all(c.find("skipped").get("message") == "Ej bedömbart" for c in skipped)


def test_waived_control_passes_with_a_note_and_expired_waiver_still_fails():
    report = example("helsingborg-2023")
    waived = case(ET.fromstring(junit.render(waive(report, "SD-3", expired=False), "en")), "SD-3")
    assert waived.find("failure") is None and waived.find("skipped") is None
    note = waived.find("system-out").text
    assert note.startswith("Waived (Not fulfilled)") and "Policyn revideras under 2024." in note
    assert "accepted by Kommunstyrelsen, until 2024-06-30" in note
    expired = case(ET.fromstring(junit.render(waive(report, "SD-3", expired=True), "en")), "SD-3")
    assert "waiver expired: Policyn revideras" in expired.find("failure").text


def test_text_is_escaped_and_control_characters_shown_as_escapes():
    bad = Text(sv="<&> \"citat\" \x0b\x00 slut", en="<&> \"quote\" \x0b\x00 end")
    report = update_control(example("helsingborg-2023"), "SD-3", title=bad,
                            checks=lambda ch: ch.model_copy(update={"message": bad}))
    xml = junit.render(report, "en")
    found = case(ET.fromstring(xml), "SD-3")
    assert found.get("name") == "SD-3 <&> \"quote\" \\x0b\\x00 end"
    assert "<&> \"quote\" \\x0b\\x00 end" in found.find("failure").text


@pytest.mark.parametrize("level", ["fulfilled", "worst", ""])
def test_unknown_fail_on_is_a_usage_error(level):
    with pytest.raises(UsageError, match="fail-on"):
        junit.render(example("lund-2021"), "en", fail_on=level)


def test_deterministic():
    report = example("lund-2021")
    assert junit.render(report, "sv") == junit.render(example("lund-2021"), "sv")
    assert junit.render(report, "sv").startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')


def test_cli_format_junit_exits_1_with_well_formed_output():
    result = CliRunner().invoke(main, ["check", str(ROOT / "examples" / "helsingborg-2023"), "--format", "junit"],
                                catch_exceptions=False)
    assert result.exit_code == 1
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert int(root.get("failures")) > 0
    assert [s.get("name") for s in root.findall("testsuite")] == default_ids()


def test_cli_passes_fail_on_to_junit():
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from click.testing import CliRunner

    from govcheck.cli import main

    ws = str(Path(__file__).resolve().parents[2] / "examples" / "helsingborg-2023")
    strict = CliRunner().invoke(main, ["check", ws, "--format", "junit", "--fail-on", "partially_fulfilled"])
    loose = CliRunner().invoke(main, ["check", ws, "--format", "junit", "--fail-on", "never"])
    assert int(ET.fromstring(strict.stdout.split("\n", 1)[1]).get("failures")) > 0
    assert ET.fromstring(loose.stdout.split("\n", 1)[1]).get("failures") == "0"
    assert loose.exit_code == 0
