"""SARIF output: valid against the official 2.1.0 schema, one result per finding, waivers as
suppressions, baseline changes as baselineState, and the region mapping documented in sarif.py."""

import datetime as dt
import hashlib
import json
from functools import lru_cache
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import govcheck
from govcheck.checklists import default_ids, load_checklist
from govcheck.cli import main
from govcheck.model import Unreadable, Waiver
from govcheck.model.result import ComparedControl
from govcheck.report import json_report, sarif
from govcheck.resources import schema_path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ["helsingborg-2023", "lund-2021"]
VALIDATOR = jsonschema.Draft4Validator(json.loads(schema_path("sarif-schema-2.1.0.json").read_text(encoding="utf-8")))


@lru_cache(maxsize=None)
def example(name):
    corpus = govcheck.load_corpus([ROOT / "examples" / name])
    return govcheck.evaluate(corpus, [load_checklist(i) for i in default_ids()])


def sarif_of(report, lang="en"):
    out = json.loads(sarif.render(report, lang))
    VALIDATOR.validate(out)
    return out


def results(out):
    return out["runs"][0]["results"]


def update_control(report, control_id, **changes):
    """A copy of the report with one control changed; ``waiver`` goes on every failing check."""
    waiver = changes.pop("waiver", None)
    checklists = []
    for cl in report.checklists:
        controls = []
        for c in cl.controls:
            if c.id == control_id:
                if waiver is not None:
                    changes["checks"] = [ch.model_copy(update={"waiver": waiver}) if ch.verdict != "fulfilled" else ch
                                         for ch in c.checks]
                c = c.model_copy(update=changes)
            controls.append(c)
        checklists.append(cl.model_copy(update={"controls": controls}))
    return report.model_copy(update={"checklists": checklists})


def waiver(expired):
    return Waiver(control="SD-3", document="documents/it-policy.docx", justification="Policyn revideras under 2024.",
                  accepted_by="Kommunstyrelsen", expires=dt.date(2023, 6, 30) if expired else dt.date(2024, 6, 30),
                  expired=expired)


def test_shipped_schema_is_the_official_one_unchanged():
    path = schema_path("sarif-schema-2.1.0.json")
    assert hashlib.sha256(path.read_bytes()).hexdigest() in (ROOT / "schemas" / "README.md").read_text(encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["id"] == sarif.SCHEMA_URI


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("name", EXAMPLES)
def test_example_validates_and_has_one_result_per_finding(name, lang):
    report = example(name)
    out = sarif_of(report, lang)
    checks = [ch for cl in json_report.to_dict(report, lang)["checklists"] for c in cl["controls"] for ch in c["checks"]]
    failing = [ch for ch in checks if ch["verdict"] != "fulfilled"]
    assert failing and len(results(out)) == len(failing)
    assert [r["message"]["text"] for r in results(out)] == [ch["message"] for ch in failing]
    levels = {"not_fulfilled": "error", "partially_fulfilled": "warning", "not_assessable": "note"}
    assert [r["level"] for r in results(out)] == [levels[ch["verdict"]] for ch in failing]


@pytest.mark.parametrize("name", EXAMPLES)
def test_one_rule_per_control_with_provenance(name):
    report = example(name)
    run = sarif_of(report)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [c.id for cl in report.checklists for c in cl.controls]
    assert run["tool"]["driver"]["name"] == "govcheck" and run["tool"]["driver"]["version"] == govcheck.__version__
    sd3 = next(r for r in rules if r["id"] == "SD-3")
    assert sd3["properties"]["checklist"] == "styrdokument" and sd3["properties"]["source"]
    assert sd3["shortDescription"]["text"] and sd3["help"]["text"] == sd3["fullDescription"]["text"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run["results"])


def test_region_is_block_plus_one_with_quote_as_snippet():
    report = example("helsingborg-2023")
    quotes = {}  # a table is one block: its rows and cells share a line
    for e in (e for cl in report.checklists for c in cl.controls for ch in c.checks for e in ch.evidence):
        if e.location and e.location.block is not None:
            quotes.setdefault((e.document, e.location.block + 1), set()).add(e.quote)
    regions = [loc["physicalLocation"] for r in results(sarif_of(report))
               for loc in r.get("locations", []) + r.get("relatedLocations", []) if "region" in loc["physicalLocation"]]
    assert regions
    for phys in regions:
        key = (phys["artifactLocation"]["uri"], phys["region"]["startLine"])
        assert phys["region"].get("snippet", {}).get("text") in quotes[key]
    sd4 = next(r for r in results(sarif_of(report)) if r["ruleId"] == "SD-4")
    where = sd4["locations"][0]
    assert where["physicalLocation"]["artifactLocation"] == {"uri": "documents/it-policy.docx",
                                                             "uriBaseId": "WORKSPACE", "index": 1}
    assert where["logicalLocations"][0]["fullyQualifiedName"] == "3 Ansvar och roller › 3.1 Kommunstyrelsen"
    assert where["properties"]["locator"]["paragraph"] == 1 and "paragraph 1" in where["message"]["text"]


def test_corpus_level_finding_has_no_location_but_its_message():
    out = sarif_of(example("helsingborg-2023"))
    missing = [r for r in results(out) if r["ruleId"] == "DIG-1" and "locations" not in r]
    assert missing and "no adopted governing document" in missing[0]["message"]["text"]
    assert out["runs"][0]["originalUriBaseIds"]["WORKSPACE"]["description"]["text"]


def test_invocation_artifacts_and_determinism():
    report = example("helsingborg-2023")
    run = sarif_of(report)["runs"][0]
    assert run["invocations"] == [{"executionSuccessful": True, "properties": {"asOf": "2023-11-27"}}]
    assert [a["location"]["uri"] for a in run["artifacts"]] == [i.path for i in report.inputs]
    assert all(len(a["hashes"]["sha-256"]) == 64 for a in run["artifacts"])
    assert sarif.render(report, "sv") == sarif.render(example("helsingborg-2023"), "sv")


def test_active_waiver_suppresses_and_expired_does_not():
    report = example("helsingborg-2023")
    for expired in (False, True):
        waived = update_control(report, "SD-3", waiver=waiver(expired), waived=not expired)
        found = [r for r in results(sarif_of(waived)) if r["ruleId"] == "SD-3"]
        assert found and len(results(sarif_of(waived))) == len(results(sarif_of(report)))
        for r in found:
            if expired:
                assert "suppressions" not in r and r["properties"]["waiver"]["expired"] is True
            else:
                assert r["suppressions"] == [{"kind": "external", "status": "accepted",
                                              "justification": "Policyn revideras under 2024.",
                                              "properties": {"acceptedBy": "Kommunstyrelsen", "expires": "2024-06-30"}}]


def test_baseline_changes_map_to_baseline_state():
    report = example("helsingborg-2023").model_copy(update={"baseline": "granskning-2022.json"})
    fulfilled = next(c.id for cl in report.checklists for c in cl.controls if c.verdict == "fulfilled")
    for cid, change in (("SD-3", "persisting"), ("SD-4", "new"), ("DIG-1", "changed")):
        report = update_control(report, cid, change=change)
    report = update_control(report, fulfilled, change="resolved", previous_verdict="not_fulfilled")
    gone = [ComparedControl(checklist="styrdokument", id="SD-99", title="Borttagen kontroll",
                            previous_verdict="partially_fulfilled"),
            ComparedControl(checklist="styrdokument", id="SD-98", title="Uppfylld förut", previous_verdict="fulfilled")]
    report = report.model_copy(update={"baseline_as_of": dt.date(2022, 11, 1), "baseline_absent": gone})
    out = sarif_of(report)
    states = {(r["ruleId"], r.get("baselineState")) for r in results(out)}
    assert {("SD-3", "unchanged"), ("SD-4", "new"), ("DIG-1", "updated"), (fulfilled, "absent")} <= states
    absent = [r for r in results(out) if r.get("baselineState") == "absent"]
    assert [(r["ruleId"], r["level"]) for r in absent] == [(fulfilled, "error"), ("SD-99", "warning")]
    assert "ruleIndex" not in absent[1] and "Borttagen kontroll" in absent[1]["message"]["text"]
    assert out["runs"][0]["properties"] == {"municipality": report.municipality, "baseline": "granskning-2022.json",
                                            "baselineAsOf": "2022-11-01"}


def test_unreadable_documents_become_notifications_and_paths_are_encoded():
    report = example("helsingborg-2023").model_copy(update={"unreadable": [
        Unreadable(path="documents/IT-strategi för 2020.docx", reason="corrupt-zip", detail="not a zip file")]})
    notes = sarif_of(report)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["level"] == "error" and notes[0]["descriptor"]["id"] == "corrupt-zip"
    uri = notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "documents/IT-strategi%20f%C3%B6r%202020.docx"


def cli(*args):
    return CliRunner().invoke(main, ["check", str(ROOT / "examples" / "helsingborg-2023"), *args],
                              catch_exceptions=False)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_cli_format_sarif_exits_1_with_valid_output(lang):
    result = cli("--format", "sarif", "--lang", lang)
    assert result.exit_code == 1
    out = json.loads(result.stdout)
    VALIDATOR.validate(out)
    as_json = json.loads(cli("--format", "json", "--lang", lang).stdout)
    failing = [ch for cl in as_json["checklists"] for c in cl["controls"] for ch in c["checks"]
               if ch["verdict"] != "fulfilled"]
    assert len(results(out)) == len(failing) > 0
