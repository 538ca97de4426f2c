"""Waivers: accepted findings stay visible, marked waived; only active ones spare the exit code.

Helsingborg 2023 on styrdokument fails two controls, each with one finding about the IT
policy: SD-3 (not current, check kind ``current``) and SD-4 (names a unit that no longer exists).
"""

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import govcheck
from factory import adoption, corpus, document
from govcheck.cli import main
from govcheck.model.waivers import WaiverEntry
from govcheck.resources import schema_path
from govcheck.waivers import WaiversError

HELSINGBORG = Path(__file__).resolve().parents[1] / "examples" / "helsingborg-2023"
ARGS = ("check", HELSINGBORG, "--as-of", "2023-11-27", "--checklist", "styrdokument")


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def waivers_yaml(sd3_expires="2024-06-30", sd4_expires="2024-06-30"):
    return f"""\
waivers:
  - control: SD-3
    document: documents/it-policy.docx
    kind: current
    justification: Policyn revideras under våren 2024.
    accepted_by: Kommundirektören
    expires: {sd3_expires}
  - control: SD-4
    justification: Organisationsnamnet rättas vid revideringen.
    accepted_by: Kommundirektören
    expires: {sd4_expires}
"""


def write(tmp_path, text, name="waivers.yaml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def controls(result):
    report = json.loads(result.stdout)
    jsonschema.validate(report, json.loads(schema_path("report.schema.json").read_text(encoding="utf-8")))
    return {c["id"]: c for cl in report["checklists"] for c in cl["controls"]}


def test_active_waivers_spare_the_exit_code_but_the_findings_stay(tmp_path):
    waivers = write(tmp_path, waivers_yaml())
    assert invoke(*ARGS).exit_code == 1
    text = invoke(*ARGS, "--waivers", waivers)
    assert text.exit_code == 0, text.output
    assert "SD-3" in text.stdout and "Ej uppfyllt [undantag]" in text.stdout
    assert "Undantag: Policyn revideras under våren 2024. (Kommundirektören, t.o.m. 2024-06-30)" in text.stdout
    found = controls(invoke(*ARGS, "--waivers", waivers, "--format", "json"))
    for cid in ("SD-3", "SD-4"):
        assert found[cid]["verdict"] == "not_fulfilled" and found[cid]["waived"] is True
        (finding,) = [c for c in found[cid]["checks"] if c["verdict"] != "fulfilled"]
        assert finding["waiver"]["expired"] is False and finding["waiver"]["accepted_by"] == "Kommundirektören"
    assert found["SD-1"]["waived"] is False


def test_expired_waiver_does_not_suppress_and_is_reported_expired(tmp_path):
    waivers = write(tmp_path, waivers_yaml(sd4_expires="2023-11-26"))
    text = invoke(*ARGS, "--waivers", waivers, "--lang", "en")
    assert text.exit_code == 1
    assert "Waiver expired 2023-11-26: Organisationsnamnet rättas vid revideringen. (Kommundirektören)" in text.stdout
    found = controls(invoke(*ARGS, "--waivers", waivers, "--format", "json"))
    assert found["SD-3"]["waived"] is True
    assert found["SD-4"]["waived"] is False
    assert [c["waiver"]["expired"] for c in found["SD-4"]["checks"] if c["waiver"]] == [True]


def test_waiver_valid_through_its_expiry_date(tmp_path):
    waivers = write(tmp_path, waivers_yaml(sd3_expires="2023-11-27", sd4_expires="2023-11-27"))
    assert invoke(*ARGS, "--waivers", waivers).exit_code == 0


def test_workspace_waivers_apply_unless_no_waivers(tmp_path):
    ws = tmp_path / "helsingborg"
    shutil.copytree(HELSINGBORG, ws)
    write(ws, waivers_yaml())
    args = ("check", ws, "--as-of", "2023-11-27", "--checklist", "styrdokument")
    assert invoke(*args).exit_code == 0
    ignored = invoke(*args, "--no-waivers", "--format", "json")
    assert ignored.exit_code == 1
    assert not any(c["waived"] or any(ch["waiver"] for ch in c["checks"]) for c in controls(ignored).values())
    both = invoke(*args, "--no-waivers", "--waivers", ws / "waivers.yaml")
    assert both.exit_code == 2 and "utesluter varandra" in both.stderr


@pytest.mark.parametrize("text, line, words", [
    (waivers_yaml().replace("    kind: current\n", "    kind: current\n    severity: low\n"), 5, "severity"),
    (waivers_yaml().replace("    justification: Policyn revideras under våren 2024.\n", ""), 2, "justification"),
    (waivers_yaml(sd4_expires="till revideringen"), 11, "expires"),
    (waivers_yaml(sd4_expires="2024-13-01"), 11, "month must be in 1..12"),
    (waivers_yaml().replace("    accepted_by: Kommundirektören\n", "", 1), 2, "accepted_by"),
    ("waivers:\n  - control: SD-3\n    justification: [x\n", 4, "invalid YAML"),
    ("- control: SD-3\n", 1, "not of type 'object'"),
])
def test_malformed_waivers_exit_2_with_file_and_line(tmp_path, text, line, words):
    waivers = write(tmp_path, text)
    result = invoke(*ARGS, "--waivers", waivers, "--lang", "en")
    assert result.exit_code == 2
    assert f"{waivers}:{line}:" in result.stderr and words in result.stderr
    with pytest.raises(WaiversError):
        govcheck.load_waivers(waivers)


def test_empty_waivers_file_is_no_waivers(tmp_path):
    assert govcheck.load_waivers(write(tmp_path, "# none yet\n")) == []


def _sd3(report):
    return next(c for cl in report.checklists for c in cl.controls if c.id == "SD-3")


def _waiver(**fields):
    return WaiverEntry(**{"control": "SD-3", "justification": "j", "accepted_by": "a", "expires": "2024-01-01", **fields})


@pytest.mark.parametrize("waivers, marked, waived", [
    ([_waiver()], {"old.docx", "older.docx"}, True),
    ([_waiver(document="old.docx")], {"old.docx"}, False),
    ([_waiver(document="./old.docx"), _waiver(document="older.docx")], {"old.docx", "older.docx"}, True),
    ([_waiver(kind="adopted")], set(), False),
    ([_waiver(control="SD-4")], set(), False),
    ([_waiver(expires="2023-01-01"), _waiver()], {"old.docx", "older.docx"}, True),
])
def test_which_findings_a_waiver_matches(waivers, marked, waived):
    docs = [document(path=p, adoptions=[adoption(date=d)])
            for p, d in (("old.docx", "2008-09-12"), ("older.docx", "2005-01-01"), ("new.docx", "2022-09-12"))]
    report = govcheck.evaluate(corpus(*docs), [govcheck.load_checklist("styrdokument")])
    sd3 = _sd3(govcheck.apply_waivers(report, waivers))
    assert sd3.verdict == _sd3(report).verdict == "not_fulfilled"  # a waiver never changes a verdict
    assert {c.document for c in sd3.checks if c.waiver and not c.waiver.expired} == marked
    assert sd3.waived is waived
    assert all(c.waiver is None for c in sd3.checks if c.verdict == "fulfilled")
