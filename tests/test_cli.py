"""The CLI through click's runner: arguments, outputs and exit codes (SPEC §5)."""

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import govcheck
from govcheck import __version__
from govcheck.checklists import default_ids
from govcheck.cli import main
from govcheck.resources import data_dir, schema_path

ROOT = Path(__file__).resolve().parents[1]
HELSINGBORG = ROOT / "examples" / "helsingborg-2023"


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_check_helsingborg_text_reports_sd3_and_sd4_and_exits_1():
    result = invoke("check", HELSINGBORG, "--as-of", "2023-11-27", "--checklist", "styrdokument")
    assert result.exit_code == 1, result.output
    out = result.output
    assert "SD-3" in out and "SD-4" in out
    assert "kommunikations- och utvecklingsavdelningen" in out.lower()
    assert "2008-09-12" in out


def test_check_json_validates_and_is_byte_identical(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    for out in (a, b):
        result = invoke("check", HELSINGBORG, "--as-of", "2023-11-27", "--format", "json", "--output", out)
        assert result.exit_code == 1
    assert a.read_bytes() == b.read_bytes()
    report = json.loads(a.read_text(encoding="utf-8"))
    schema = json.loads(schema_path("report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, schema)
    assert report["as_of"] == "2023-11-27"
    # Without --checklist every built-in runs except the pre-adoption one (SPEC §5).
    assert [c["id"] for c in report["checklists"]] == default_ids() and "styrdokument" in default_ids()


def test_lang_switches_messages():
    sv = invoke("check", HELSINGBORG, "--as-of", "2023-11-27", "--lang", "sv").output
    en = invoke("check", HELSINGBORG, "--as-of", "2023-11-27", "--lang", "en").output
    assert "Ej uppfyllt" in sv and "Not fulfilled" in en
    assert "Rekommendation" in sv and "Recommendation" in en


def test_fail_on_levels():
    args = ("check", HELSINGBORG, "--as-of", "2023-11-27", "--checklist", "styrdokument")
    assert invoke(*args, "--fail-on", "never").exit_code == 0
    assert invoke(*args, "--fail-on", "not_fulfilled").exit_code == 1


def test_exit_0_when_nothing_fails(tmp_path):
    doc = tmp_path / "policy.md"
    doc.write_text("# IT-policy\n\nAntagen av kommunfullmäktige 2022-09-12, § 12\n\n"
                   "Dokumentansvarig: IT-chef\n\nGäller för: Samtliga nämnder\n", encoding="utf-8")
    result = invoke("check", doc, "--as-of", "2023-11-27", "--checklist", "styrdokument")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("args, english, swedish", [
    (("check", "no/such/path"), "path does not exist: no/such/path", "sökvägen finns inte: no/such/path"),
    (("check", HELSINGBORG, "--checklist", "no-such-list"), "'no-such-list' is neither", "'no-such-list' är varken"),
    (("check", HELSINGBORG, "--as-of", "27/11/2023"), "YYYY-MM-DD", "ÅÅÅÅ-MM-DD"),
    (("parse", "no/such/file.docx"), "does not exist", "finns inte"),
    (("draft", "no/such/draft.docx"), "does not exist", "finns inte"),
    (("check", HELSINGBORG, "--waivers", "w.yaml", "--no-waivers"), "exclude each other", "utesluter varandra"),
])
def test_usage_errors_exit_2_with_one_line(args, english, swedish):
    """One line, in the command's --lang: Swedish by default."""
    for lang, lead, words in (("sv", "govcheck: fel: ", swedish), ("en", "govcheck: error: ", english)):
        result = invoke(*args, "--lang", lang) if lang == "en" else invoke(*args)
        assert result.exit_code == 2
        assert result.stderr.startswith(lead) and result.stderr.count("\n") == 1, result.stderr
        assert words in result.stderr
        assert "Traceback" not in result.output


def test_malformed_checklist_exits_2_with_file_and_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\nversion: 1\ntitle: {sv: a, en: b}\nprovenance: {source: x}\ncontrols:\n"
                   "  - id: B-1\n    title: {sv: a, en: b}\n    provenance: {source: x}\n"
                   "    recommendation: {sv: a, en: b}\n    checks:\n      - kind: nonsense\n", encoding="utf-8")
    result = invoke("check", HELSINGBORG, "--checklist", bad)
    assert result.exit_code == 2
    assert f"{bad}:11" in result.output
    result = invoke("checklists", "validate", bad)
    assert result.exit_code == 2 and f"{bad}:11" in result.output


def test_a_malformed_checklist_is_said_in_the_chosen_language(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\nversion: 1\ntitle: {sv: a, en: b}\nprovenance: {source: x}\ncontrols: []\n"
                   "colour: blue\n", encoding="utf-8")
    for args in (("checklists", "validate", bad), ("check", HELSINGBORG, "--checklist", bad)):
        swedish, english = invoke(*args), invoke(*args, "--lang", "en")
        assert swedish.exit_code == english.exit_code == 2
        assert f"{bad}:6:9: okänd nyckel: 'colour'" in swedish.stderr, swedish.stderr
        assert f"{bad}:6:9: unknown key(s) ('colour' was unexpected)" in english.stderr, english.stderr
    bad.write_text("id: bad\ntitle: {sv: a, en: b\n", encoding="utf-8")
    swedish, english = invoke("checklists", "validate", bad), invoke("checklists", "validate", bad, "--lang", "en")
    assert f"{bad}:3:1: ogiltig YAML: " in swedish.stderr and "flow mapping" not in swedish.stderr
    assert f"{bad}:3:1: invalid YAML: while parsing a flow mapping" in english.stderr
    ok = invoke("checklists", "validate", data_dir("checklists") / "styrdokument.yaml")
    assert ok.exit_code == 0 and "kontrollmål)" in ok.stdout


def test_output_never_overwrites_an_input(tmp_path):
    doc = tmp_path / "a.md"
    doc.write_text("# IT-policy\n", encoding="utf-8")
    result = invoke("check", doc, "--output", doc)
    assert result.exit_code == 2 and doc.read_text(encoding="utf-8") == "# IT-policy\n"


def test_parse_json_has_spec_keys():
    result = invoke("parse", HELSINGBORG / "documents" / "it-policy.docx", "--format", "json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    for key in ("title", "doc_type", "status", "adoptions", "valid_until", "review_by", "sections"):
        assert key in doc
    (adoption,) = doc["adoptions"]
    assert adoption["level"] == "KF" and adoption["date"] == "2008-09-12"
    assert adoption["paragraph"] == "§ 187" and adoption["reference"] == "KS 2008/0412"
    assert adoption["provenance"]["quote"]


def test_parse_text():
    result = invoke("parse", HELSINGBORG / "documents" / "it-policy.docx", "--format", "text")
    assert result.exit_code == 0 and "KF" in result.output and "2008-09-12" in result.output


def test_checklists_list_show_kinds_schema():
    listed = invoke("checklists", "list")
    assert listed.exit_code == 0 and "styrdokument" in listed.output
    shown = invoke("checklists", "show", "styrdokument")
    assert shown.exit_code == 0
    for cid in ("SD-1", "SD-2", "SD-3", "SD-4", "SD-5"):
        assert cid in shown.output
    assert "002_b5b17ebf99716bb4.txt" in shown.output
    from govcheck.checks import REGISTRY

    kinds = invoke("checklists", "kinds")
    assert "current" in kinds.output and "existing_units" in kinds.output
    assert REGISTRY["current"].summary.sv in kinds.output
    assert REGISTRY["current"].summary.en in invoke("checklists", "kinds", "--lang", "en").output
    schema = json.loads(invoke("checklists", "schema").output)
    assert schema["title"] == "govcheck checklist"


def test_ctrl_c_exits_130_with_one_line_not_aborted_and_1(monkeypatch):
    """Exit 1 means findings: an interrupted run must not look like one (130, as a shell reports SIGINT)."""
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(govcheck, "check_paths", interrupted)
    result = invoke("check", HELSINGBORG, "--jobs", "1")
    assert result.exit_code == 130
    assert result.stderr == "govcheck: avbruten / interrupted\n" and result.stdout == ""


def test_parse_says_why_a_document_cannot_be_read_in_the_chosen_language(tmp_path):
    bad = tmp_path / "trasig.docx"
    bad.write_text("not a zip", encoding="utf-8")
    swedish, english = invoke("parse", bad), invoke("parse", bad, "--lang", "en")
    assert swedish.exit_code == english.exit_code == 2
    assert swedish.stderr.startswith(f"govcheck: kan inte läsa {bad}: trasigt zip-arkiv: ")
    assert english.stderr.startswith(f"govcheck: cannot read {bad}: damaged zip archive: ")
    assert "[corrupt-zip]: " in swedish.stderr and "[corrupt-zip]: " in english.stderr
