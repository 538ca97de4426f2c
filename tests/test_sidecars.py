"""Sidecars (x.md.meta.yaml) and Markdown front matter override extracted metadata (SPEC §2, §3, §6)."""

import datetime as dt
import json

import jsonschema
import pytest
from click.testing import CliRunner

import govcheck
from govcheck.cli import main
from govcheck.errors import SidecarError
from govcheck.model import Location
from govcheck.resources import schema_path
from govcheck.sources import format_note

POLICY = """\
# IT-policy för Västby kommun

Antagen av kommunfullmäktige 2021-09-12, § 123

Reviderad 2022-03-01

Diarienummer: KS 2021/100

Dokumentansvarig: IT-chef

Gäller för: Alla förvaltningar

Gäller till och med 2025-12-31

Revideras senast 2024-06-30

Ersätter: IT-policy 2015

## Syfte

Text.
"""


def _policy(tmp_path, sidecar=None, name="it-policy.md", text=POLICY):
    doc = tmp_path / name
    doc.write_text(text, encoding="utf-8")
    if sidecar is not None:
        (tmp_path / f"{name}.meta.yaml").write_text(sidecar, encoding="utf-8")
    return doc


def _value(doc, field):
    value = getattr(doc, field)
    return value.value if hasattr(value, "value") else value


# field, sidecar text, the value it must give, the quote it must carry
SCALARS = [
    ("title", "title: Policy för IT\n", "Policy för IT", "Policy för IT"),
    ("doc_type", "doc_type: riktlinje\n", "riktlinje", "riktlinje"),
    ("status", "status: repealed\n", "repealed", "repealed"),
    ("reference", "reference: KS 2008/0412\n", "KS 2008/0412", "KS 2008/0412"),
    ("valid_until", "valid_until: 2030-06-30\n", dt.date(2030, 6, 30), "2030-06-30"),
    ("review_by", "review_by: 2027-01-31\n", dt.date(2027, 1, 31), "2027-01-31"),
    ("owner", "owner: Digitaliseringschef\n", "Digitaliseringschef", "Digitaliseringschef"),
    ("scope", "scope: Stadsbyggnad\n", "Stadsbyggnad", "Stadsbyggnad"),
]


@pytest.mark.parametrize("field, sidecar, value, quote", SCALARS, ids=[s[0] for s in SCALARS])
def test_sidecar_overrides_a_scalar_field_with_its_provenance(tmp_path, field, sidecar, value, quote):
    extracted = getattr(govcheck.parse_document(_policy(tmp_path)), field)
    assert extracted.source == "extracted" and extracted.value != value
    doc = govcheck.parse_document(_policy(tmp_path, sidecar))
    got = getattr(doc, field)
    assert (got.value, got.source, got.quote) == (value, "sidecar", quote)
    assert got.location == Location(part="sidecar", field=field)


def test_sidecar_adoptions_and_revisions_replace_the_extracted_lists(tmp_path):
    doc = govcheck.parse_document(_policy(tmp_path, """\
adoptions:
  - body: Kommunstyrelsen
    date: 2008-09-12
    paragraph: "187"
    reference: KS 2008/0412
  - {body: Tekniska nämnden, year: 2009, level: utskott}
revisions: [{date: 2012-01-15, body: Kommunstyrelsen}]
"""))
    first, second = doc.adoptions
    assert (first.body, first.level, first.date, first.year, first.paragraph, first.reference) == (
        "Kommunstyrelsen", "KS", dt.date(2008, 9, 12), 2008, "§ 187", "KS 2008/0412")
    assert first.provenance.source == "sidecar"
    assert first.provenance.location == Location(part="sidecar", field="adoptions")
    assert first.provenance.quote == (
        "body: Kommunstyrelsen, date: 2008-09-12, paragraph: 187, reference: KS 2008/0412")
    assert (second.level, second.date, second.year) == ("utskott", None, 2009)  # a stated level is kept
    [revision] = doc.revisions
    assert (revision.date, revision.level, revision.provenance.source) == (dt.date(2012, 1, 15), "KS", "sidecar")


def test_sidecar_replaces_and_null_clears(tmp_path):
    sidecar = "replaces: [IT-strategi 2010, IT-policy 2008]\nvalid_until: null\n"
    doc = govcheck.parse_document(_policy(tmp_path, sidecar))
    assert [(r.value, r.source, r.quote) for r in doc.replaces] == [
        ("IT-strategi 2010", "sidecar", "IT-strategi 2010"), ("IT-policy 2008", "sidecar", "IT-policy 2008")]
    assert doc.valid_until is None
    assert doc.owner.source == "extracted"  # keys the sidecar does not name stay as extracted


def test_stated_adoption_makes_an_undated_document_adopted(tmp_path):
    bare = "# Riktlinjer för IT\n\nText.\n"
    assert govcheck.parse_document(_policy(tmp_path, text=bare)).status.value == "unknown"
    doc = govcheck.parse_document(_policy(tmp_path, "adoptions: [{body: KS, date: 2020-02-02}]\n", text=bare))
    assert (doc.status.value, doc.status.source) == ("adopted", "sidecar")


def test_sidecar_body_is_matched_against_the_organisation(tmp_path):
    (tmp_path / "govcheck.yaml").write_text(
        "organisation:\n  - {id: ks, name: Kommunstyrelsen, kind: styrelse, political: true, aliases: [KS]}\n",
        encoding="utf-8")
    org = govcheck.load_organisation(tmp_path / "govcheck.yaml")
    doc = govcheck.parse_document(_policy(tmp_path, "adoptions: [{body: KS, date: 2020-02-02}]\n"), org)
    assert (doc.adoptions[0].unit_id, doc.adoptions[0].level) == ("ks", "KS")


@pytest.mark.parametrize("text, line, words", [
    ("owner: IT-chef\nownr: Kanslichef\n", 2, "ownr"),
    ("doc_type: policyy\n", 1, "policyy"),
    ("valid_until: 13 maj 2024\n", 1, "valid_until"),
    ("adoptions:\n  - body: KF\n    datum: 2020-01-01\n", 3, "datum"),
    ("adoptions:\n  - {body: KF, level: fullmäktige}\n", 2, "fullmäktige"),
    ("title: null\n", 1, "title"),
    ("owner: [unclosed\n", 2, "invalid YAML"),
    ("- owner: IT-chef\n", 1, "object"),
], ids=["unknown-key", "bad-type", "bad-date", "nested-key", "bad-level", "null-title", "yaml", "not-a-map"])
def test_malformed_sidecar_is_rejected_with_file_line_and_reason(tmp_path, text, line, words):
    doc = _policy(tmp_path, text)
    with pytest.raises(SidecarError) as exc:
        govcheck.parse_document(doc)
    assert exc.value.file.endswith("it-policy.md.meta.yaml") and exc.value.line == line, str(exc.value)
    assert words in exc.value.reason


def test_impossible_yaml_date_is_an_error_not_a_crash(tmp_path):
    with pytest.raises(SidecarError, match="month must be in 1..12"):
        govcheck.parse_document(_policy(tmp_path, "valid_until: 2024-13-45\n"))


def test_malformed_sidecar_exits_2_naming_the_place(tmp_path):
    (tmp_path / "govcheck.yaml").write_text("municipality: Västby\n", encoding="utf-8")
    (tmp_path / "documents").mkdir()
    _policy(tmp_path / "documents", "owner: IT-chef\nstatus: antagen\n")
    result = CliRunner().invoke(main, ["check", str(tmp_path), "--as-of", "2023-11-27"])
    assert result.exit_code == 2
    assert "it-policy.md.meta.yaml:2" in result.output and "antagen" in result.output


def test_sidecar_without_a_document_is_an_error(tmp_path):
    _policy(tmp_path)
    (tmp_path / "it-polcy.md.meta.yaml").write_text("owner: IT-chef\n", encoding="utf-8")
    with pytest.raises(SidecarError, match="it-polcy.md"):
        govcheck.load_corpus([tmp_path])


def test_sidecar_is_not_a_document_and_empty_sidecar_states_nothing(tmp_path):
    _policy(tmp_path, "")
    corpus = govcheck.load_corpus([tmp_path])
    assert len(corpus.inputs) == 1 and corpus.inputs[0].path.endswith("it-policy.md")
    assert corpus.inputs[0].metadata_sources == ["extracted"]


def test_parse_cli_shows_sidecar_provenance(tmp_path):
    doc = _policy(tmp_path, "owner: Digitaliseringschef\n")
    result = CliRunner().invoke(main, ["parse", str(doc)])
    assert result.exit_code == 0, result.output
    owner = json.loads(result.output)["owner"]
    assert owner["value"] == "Digitaliseringschef" and owner["source"] == "sidecar"
    assert owner["location"]["part"] == "sidecar" and owner["location"]["field"] == "owner"


# ----------------------------------------------------------------------------- front matter

FRONT = """\
---
title: Digitaliseringsstrategi 2022–2026
doc_type: strategi
adoptions:
  - {body: Kommunfullmäktige, date: 2022-05-16, paragraph: § 88}
owner: Digitaliseringschef
---
# Utkast till strategi

Dokumentansvarig: IT-chef

## Mål

Text.
"""


def test_front_matter_states_metadata_with_source_properties(tmp_path):
    doc = govcheck.parse_document(_policy(tmp_path, name="strategi.md", text=FRONT))
    assert (doc.title.value, doc.title.source) == ("Digitaliseringsstrategi 2022–2026", "properties")
    assert doc.title.location == Location(part="properties", field="front_matter.title")
    assert (doc.doc_type.value, doc.owner.value, doc.owner.source) == ("strategi", "Digitaliseringschef", "properties")
    [adoption] = doc.adoptions
    assert (adoption.level, adoption.date, adoption.paragraph, adoption.provenance.source) == (
        "KF", dt.date(2022, 5, 16), "§ 88", "properties")
    assert doc.sections[0].paragraphs[0] == "Utkast till strategi"  # the body is read as usual (the title opens it)


def test_sidecar_beats_front_matter(tmp_path):
    doc = govcheck.parse_document(_policy(tmp_path, "owner: Kanslichef\n", name="strategi.md", text=FRONT))
    assert (doc.owner.value, doc.owner.source) == ("Kanslichef", "sidecar")
    assert doc.title.source == "properties"


def test_malformed_front_matter_makes_only_that_document_unreadable(tmp_path):
    _policy(tmp_path, name="strategi.md", text=FRONT.replace("owner:", "ägare:"))
    _policy(tmp_path)
    corpus = govcheck.load_corpus([tmp_path])
    [bad] = corpus.unreadable
    assert bad.path.endswith("strategi.md") and bad.reason == "invalid-front-matter"
    assert "line 6" in bad.detail and "ägare" in bad.detail
    assert [d.path.rsplit("/", 1)[-1] for d in corpus.documents] == ["it-policy.md"]


def test_sidecar_schema_is_what_a_sidecar_is_checked_against():
    schema = json.loads(schema_path("sidecar.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate({"owner": "x", "adoptions": [{"body": "KF", "date": "2020-01-01"}]}, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"ownr": "x"}, schema)


# ----------------------------------------------------------------------------- format note

@pytest.mark.parametrize("name, fmt, note", [
    ("policy.docx", "pdf", "named .docx but the content is PDF"),
    ("policy.pdf", "docx", "named .pdf but the content is a Word document (.docx)"),
    ("policy.docx", "docx", None),
    ("policy.xml", "akn", None),
    ("policy", "txt", None),
])
def test_format_note(name, fmt, note):
    assert format_note(name, fmt) == note


def test_renamed_docx_is_read_and_noted(tmp_path):
    from docxgen import make_docx

    make_docx(tmp_path / "policy.pdf", [("title", "IT-policy"), ("p", "Antagen av kommunfullmäktige 2021-09-12")])
    corpus = govcheck.load_corpus([tmp_path])
    [entry] = corpus.inputs
    assert (entry.status, entry.format, entry.format_note) == (
        "read", "docx", "named .pdf but the content is a Word document (.docx)")
    assert corpus.documents[0].format_note == entry.format_note
