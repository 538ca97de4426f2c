"""Sidecar > register > extracted, field by field; what the report says about each input (SPEC §3, §5, §6)."""

import datetime as dt
import hashlib
import json

import jsonschema
import pytest
from click.testing import CliRunner

import govcheck
from govcheck.cli import main
from govcheck.resources import schema_path

AS_OF = dt.date(2023, 11, 27)
POLICY = """\
# IT-policy för Västby kommun

Antagen av kommunstyrelsen 2021-09-12, § 123

Dokumentansvarig: IT-chef

Gäller för: Alla förvaltningar

## Syfte

Text.
"""
REGISTER = ("Filnamn;Dokumentansvarig;Beslutsinstans;Beslutsdatum;Gäller till\n"
            "it-policy.md;Kanslichef;KF;2015-02-02;2024-06-30\n")
SIDECAR = "owner: Digitaliseringschef\n"


def workspace(tmp_path, register=True, sidecar=True, policy=POLICY):
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "govcheck.yaml").write_text("municipality: Västby kommun\n", encoding="utf-8")
    docs = tmp_path / "documents"
    docs.mkdir()
    (docs / "it-policy.md").write_text(policy, encoding="utf-8")
    if register:
        (tmp_path / "register.csv").write_text(register if isinstance(register, str) else REGISTER, encoding="utf-8")
    if sidecar:
        (docs / "it-policy.md.meta.yaml").write_text(sidecar if isinstance(sidecar, str) else SIDECAR,
                                                      encoding="utf-8")
    return tmp_path


def policy(ws):
    corpus = govcheck.load_corpus([ws], as_of=AS_OF)
    return corpus.documents[0], corpus.inputs[0]


@pytest.mark.parametrize("register, sidecar, owner, source, sources", [
    (False, False, "IT-chef", "extracted", ["extracted"]),
    (True, False, "Kanslichef", "register", ["extracted", "register"]),
    (False, True, "Digitaliseringschef", "sidecar", ["extracted", "sidecar"]),
    (True, True, "Digitaliseringschef", "sidecar", ["extracted", "register", "sidecar"]),
], ids=["extracted", "register", "sidecar", "sidecar-over-register"])
def test_precedence_sidecar_over_register_over_extracted(tmp_path, register, sidecar, owner, source, sources):
    doc, entry = policy(workspace(tmp_path, register, sidecar))
    assert (doc.owner.value, doc.owner.source) == (owner, source)
    assert entry.metadata_sources == sources


def test_fields_are_merged_one_by_one(tmp_path):
    doc, _ = policy(workspace(tmp_path))
    assert (doc.owner.source, doc.valid_until.source, doc.scope.source) == ("sidecar", "register", "extracted")
    assert doc.valid_until.value == dt.date(2024, 6, 30)


def test_a_stated_adoption_list_replaces_the_extracted_one(tmp_path):
    doc, _ = policy(workspace(tmp_path, sidecar=False))
    assert [(a.level, a.date, a.provenance.source) for a in doc.adoptions] == [("KF", dt.date(2015, 2, 2), "register")]
    assert (doc.status.value, doc.status.source) == ("adopted", "register")
    doc, _ = policy(workspace(tmp_path / "b", sidecar="adoptions: [{body: KS, date: 2023-01-01}]\n"))
    assert [(a.level, a.date, a.provenance.source) for a in doc.adoptions] == [("KS", dt.date(2023, 1, 1), "sidecar")]


def test_sidecar_null_clears_a_register_value(tmp_path):
    doc, entry = policy(workspace(tmp_path, sidecar="valid_until: null\n"))
    assert doc.valid_until is None and "sidecar" in entry.metadata_sources


def test_a_draft_stays_a_draft_when_the_register_states_an_adoption(tmp_path):
    draft = "# Förslag: IT-policy\n\nArbetsmaterial\n"
    register = "Fil;Beslutsinstans;Beslutsdatum\nit-policy.md;KS;2020-01-01\n"
    doc, _ = policy(workspace(tmp_path, register, sidecar=False, policy=draft))
    assert doc.status.value == "draft" and doc.adoptions[0].provenance.source == "register"
    doc, _ = policy(workspace(tmp_path / "b", register, sidecar="status: adopted\n", policy=draft))
    assert (doc.status.value, doc.status.source) == ("adopted", "sidecar")


def test_review_date_from_an_interval_follows_the_stated_adoption(tmp_path):
    text = "# IT-policy\n\nAntagen av kommunstyrelsen 2011\n\nPolicyn ska ses över varje mandatperiod.\n"
    doc, _ = policy(workspace(tmp_path, register=False, sidecar=False, policy=text))
    assert doc.review_by.value == dt.date(2018, 10, 14)  # the end of the period after 2010–2014
    doc, _ = policy(workspace(tmp_path / "b", register=False, sidecar="adoptions: [{body: KS, date: 2023-02-01}]\n",
                              policy=text))
    assert (doc.review_by.value, doc.review_by.source) == (dt.date(2030, 10, 14), "extracted")


def test_front_matter_is_below_the_register(tmp_path):
    text = "---\nowner: Webbredaktör\nscope: Hela kommunen\n---\n# IT-policy för Västby kommun\n"
    doc, entry = policy(workspace(tmp_path, sidecar=False, policy=text))
    assert (doc.owner.value, doc.owner.source) == ("Kanslichef", "register")
    assert (doc.scope.value, doc.scope.source) == ("Hela kommunen", "properties")
    assert entry.metadata_sources == ["extracted", "properties", "register"]


# ------------------------------------------------------------------------------------ report


def _snapshot(root):
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(root.rglob("*")) if p.is_file()}


def test_json_report_carries_sources_notes_and_metadata_only_inputs_and_writes_no_input(tmp_path):
    from docxgen import make_docx

    ws = workspace(tmp_path, register=REGISTER + "it-strategi-2009.pdf;;KF;2009-05-05;\n")
    make_docx(ws / "documents" / "plan.pdf", [("title", "Handlingsplan för IT"), ("p", "Text.")])
    before = _snapshot(ws)
    runs = []
    for _ in range(2):
        result = CliRunner().invoke(main, ["check", str(ws), "--as-of", "2023-11-27", "--format", "json",
                                           "--checklist", "styrdokument"])
        assert result.exit_code == 1, result.output
        runs.append(result.output)
    assert runs[0] == runs[1]  # deterministic
    assert _snapshot(ws) == before  # nothing written, touched or added in the workspace
    report = json.loads(runs[0])
    jsonschema.validate(report, json.loads(schema_path("report.schema.json").read_text(encoding="utf-8")))
    entries = {i["path"]: i for i in report["inputs"]}
    assert entries["documents/it-policy.md"]["metadata_sources"] == ["extracted", "register", "sidecar"]
    assert entries["documents/plan.pdf"]["format"] == "docx"
    assert entries["documents/plan.pdf"]["format_note"] == "named .pdf but the content is a Word document (.docx)"
    row = entries["it-strategi-2009.pdf"]
    assert (row["status"], row["format"], row["metadata_sources"]) == ("metadata-only", "register", ["register"])
    assert row["sha256"] == hashlib.sha256(b"it-strategi-2009.pdf;;KF;2009-05-05;").hexdigest()
    sd3 = next(c for c in report["checklists"][0]["controls"] if c["id"] == "SD-3")
    [check] = [c for c in sd3["checks"] if c["document"] == "it-strategi-2009.pdf"]
    assert check["verdict"] == "not_fulfilled"
    assert check["evidence"][0]["locator"] == {"part": "register", "row": 3, "field": "Beslutsdatum"}
