"""Each metadata pattern of the walking-skeleton issue, written into a real .docx and parsed back."""

import datetime as dt

import pytest

import govcheck
from docxgen import make_docx

D = dt.date


def parse(tmp_path, *paragraphs, title="IT-policy", content=None, **kw):
    body = content if content is not None else [("title", title), *[("p", p) for p in paragraphs],
                                                ("h1", "1 Syfte"), ("p", "Text om syftet.")]
    return govcheck.parse_document(make_docx(tmp_path / "doc.docx", body, **kw))


@pytest.mark.parametrize("line, body, level, date, year, paragraph", [
    ("Antagen av kommunfullmäktige 2008-09-12, § 123", "kommunfullmäktige", "KF", D(2008, 9, 12), 2008, "§ 123"),
    ("Fastställd av kommunstyrelsen den 9 maj 2017", "kommunstyrelsen", "KS", D(2017, 5, 9), 2017, None),
    ("Beslutad av kommundirektören", "kommundirektören", "tjansteperson", None, None, None),
    ("KF § 54/2020", "KF", "KF", None, 2020, "§ 54"),
    ("Antagen av kommunfullmäktige 12 september 2008", "kommunfullmäktige", "KF", D(2008, 9, 12), 2008, None),
    ("Fastställd av kommunstyrelsen den 9 maj år 2017", "kommunstyrelsen", "KS", D(2017, 5, 9), 2017, None),
])
def test_adoption_lines(tmp_path, line, body, level, date, year, paragraph):
    doc = parse(tmp_path, line)
    (a,) = doc.adoptions
    assert (a.body.lower(), a.level, a.date, a.year, a.paragraph) == (body.lower(), level, date, year, paragraph)
    assert a.provenance.quote and line.split()[0] in a.provenance.quote
    assert a.provenance.location.block is not None
    assert doc.status.value == "adopted"


@pytest.mark.parametrize("line, reference", [
    ("Dnr KS 2016/918", "KS 2016/918"),
    ("Diarienummer: KS 2016/918/01", "KS 2016/918/01"),
])
def test_diarienummer(tmp_path, line, reference):
    doc = parse(tmp_path, "Antagen av kommunstyrelsen 2017-05-09", line)
    assert doc.reference.value == reference
    assert doc.adoptions[0].reference == reference


def test_revision_valid_until_review_owner(tmp_path):
    doc = parse(tmp_path, "Antagen av kommunfullmäktige 2015-02-01, § 12", "Reviderad 2019-03-01",
                "Gäller till och med 2025-12-31", "Revideras senast 2024", "Dokumentansvarig: IT-chef")
    assert [r.date for r in doc.revisions] == [D(2019, 3, 1)]
    assert doc.valid_until.value == D(2025, 12, 31) and doc.valid_until.quote
    assert doc.review_by.value == D(2024, 12, 31)
    assert doc.owner.value == "IT-chef" and doc.owner.location.block is not None


def test_review_every_mandate_period(tmp_path):
    doc = parse(tmp_path, "Antagen av kommunfullmäktige 2019-03-01, § 12", "Ska ses över varje mandatperiod")
    assert doc.review_interval.value == "mandatperiod"
    assert doc.review_by.value == D(2026, 10, 14)
    assert "mandatperiod" in doc.review_by.quote


@pytest.mark.parametrize("marker", ["Förslag", "Utkast", "Arbetsmaterial", "Remissversion"])
def test_draft_markers(tmp_path, marker):
    doc = parse(tmp_path, marker, "Antagen av kommunfullmäktige 20XX-XX-XX")
    assert doc.status.value == "draft"
    assert doc.draft_markers and doc.draft_markers[0].value.lower().startswith(marker.lower()[:5])


def test_draft_marker_in_header(tmp_path):
    doc = parse(tmp_path, "Text.", header="UTKAST 2017-02-01")
    assert doc.status.value == "draft" and doc.draft_markers[0].location.part == "header"


def test_forslag_deep_in_running_text_is_not_a_draft(tmp_path):
    content = [("title", "IT-policy"), ("p", "Antagen av kommunfullmäktige 2021-02-01, § 3")]
    for i in range(1, 6):
        content += [("h1", f"{i} Avsnitt {i}"), ("p", "Nämnden lämnar förslag till beslut om nya system.")]
    doc = parse(tmp_path, content=content)
    assert doc.status.value == "adopted"


@pytest.mark.parametrize("title, doc_type", [
    ("IT-policy", "policy"),
    ("Digitaliseringsstrategi för Västby kommun", "strategi"),
    ("Riktlinjer för informationssäkerhet", "riktlinje"),
    ("Delegationsordning för kommunstyrelsen", "delegationsordning"),
    ("Reglemente för kommunstyrelsen", "reglemente"),
])
def test_document_type_from_title(tmp_path, title, doc_type):
    doc = parse(tmp_path, "Antagen av kommunstyrelsen 2021-02-01", title=title)
    assert doc.title.value == title and doc.doc_type.value == doc_type


def test_title_from_core_properties_when_body_has_none(tmp_path):
    doc = parse(tmp_path, content=[("p", "Antagen av kommunstyrelsen 2021-02-01"), ("h1", "Syfte"), ("p", "x")],
                core_title="Informationssäkerhetspolicy")
    assert doc.title.value == "Informationssäkerhetspolicy" and doc.doc_type.value == "policy"
    assert doc.title.source == "properties"


def test_sections_headings_tables(tmp_path):
    content = [("title", "Delegationsordning för kommunstyrelsen"), ("p", "Antagen av kommunstyrelsen 2021-02-01"),
               ("h1", "1 Allmänt"), ("p", "Om delegering."),
               ("p", "2 Ekonomiärenden"),
               ("pstyle", "Normal", "2.1 Upphandling"),
               ("table", [["Ärende", "Delegat", "Lagrum", "Anmärkning"], ["Tilldelningsbeslut", "Ekonomichef", "LOU", ""]])]
    doc = parse(tmp_path, content=content)
    headings = [(s.heading, s.level, s.number) for s in doc.sections if s.heading]
    assert headings == [("1 Allmänt", 1, "1"), ("2 Ekonomiärenden", 1, "2")]
    sub = doc.sections[-1].sections[0]
    assert (sub.heading, sub.level, sub.number) == ("2.1 Upphandling", 2, "2.1")
    assert sub.tables[0].rows[1] == ["Tilldelningsbeslut", "Ekonomichef", "LOU", ""]
    assert sub.tables[0].location.table == 1


def test_bodies_mentioned_with_organisation(tmp_path):
    from govcheck.model import Organisation, OrgUnit

    org = Organisation(units=[OrgUnit(id="ks", name="Kommunstyrelsen", kind="styrelse", political=True)])
    path = make_docx(tmp_path / "d.docx", [("title", "IT-policy"), ("h1", "Ansvar"),
                                           ("p", "Kommunstyrelsens ansvar omfattar nämnderna.")])
    doc = govcheck.parse_document(path, org)
    (m,) = doc.bodies_mentioned
    assert (m.text, m.unit_id, m.status) == ("Kommunstyrelsens", "ks", "current")
    assert m.location.section == ["Ansvar"] and m.location.paragraph == 1
