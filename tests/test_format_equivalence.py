"""The same document in every format gives the same model and the same findings (issue 4).

One policy written as .docx, .odt, .pdf, .html, .md and .txt parses to the same metadata and
section headings, through the API and through ``govcheck parse``; the Helsingborg example
gives the same verdicts whichever format its documents are in; and a workspace that mixes all
formats with a register and sidecars is checked in one run, its JSON report naming each
input's detected format and metadata sources.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import govcheck
from formats import content_of, title_of, write_as
from govcheck.cli import main
from govcheck.resources import schema_path
from pdfgen import make_pdf

ROOT = Path(__file__).resolve().parents[1]
HELSINGBORG = ROOT / "examples" / "helsingborg-2023"
README_ROW = re.compile(r"^\|\s*([A-Z]+-\d+)\s*\|\s*(fulfilled|partially_fulfilled|not_fulfilled|not_assessable)\s*\|",
                        re.M)

LONG = ("Policyn ska tillämpas av samtliga nämnder och förvaltningar vid anskaffning, utveckling och "
        "förvaltning av informationstekniska lösningar. Den kompletteras av de riktlinjer och "
        "informationssäkerhetsinstruktioner som kommunstyrelsen beslutar om, och den ska vara känd av "
        "alla medarbetare som använder kommunens IT-stöd i sitt arbete.")
POLICY = [
    ("title", "IT-policy för Västby kommun"),
    ("p", "Antagen av kommunfullmäktige 2019-03-01, § 54"),
    ("p", "Dnr KS 2019/0118"),
    ("p", "Revideras senast 2023-12-31"),
    ("p", "Dokumentansvarig: IT-chef"),
    ("p", "Gäller för: samtliga nämnder"),
    ("h1", "1 Syfte"),
    ("p", LONG),
    ("h1", "2 Ansvar"),
    ("h2", "2.1 Kommunstyrelsen"),
    ("p", "Kommunstyrelsen ansvarar för kommunens gemensamma IT-infrastruktur och för IT-säkerheten."),
    ("h2", "2.2 Nämnderna"),
    ("p", "Nämnderna ansvarar för de verksamhetssystem som bara används i den egna verksamheten."),
    ("table", [["Roll", "Ansvar"], ["IT-chef", "Leder IT-enheten"], ["Systemägare", "Ansvarar för systemet"]]),
    ("h1", "3 Uppföljning"),
    ("p", "Policyn följs upp årligen av kommunstyrelsen."),
]
EXPECTED = {
    "title": "IT-policy för Västby kommun",
    "doc_type": "policy",
    "status": "adopted",
    "adoptions": [("kommunfullmäktige", "KF", "2019-03-01", "§ 54", "KS 2019/0118")],
    "reference": "KS 2019/0118",
    "review_by": "2023-12-31",
    "owner": "IT-chef",
    "scope": "samtliga nämnder",
}
HEADINGS = [(None, 0), ("1 Syfte", 1), ("2 Ansvar", 1), ("2.1 Kommunstyrelsen", 2), ("2.2 Nämnderna", 2),
            ("3 Uppföljning", 1)]

def metadata(doc: govcheck.GoverningDocument) -> dict:
    def value(field):
        return None if field is None else str(field.value)

    return {
        "title": value(doc.title),
        "doc_type": doc.doc_type.value,
        "status": doc.status.value,
        "adoptions": [((a.body or "").lower() or None, a.level, a.date and a.date.isoformat(), a.paragraph,
                       a.reference) for a in doc.adoptions],
        "reference": value(doc.reference),
        "review_by": value(doc.review_by),
        "owner": value(doc.owner),
        "scope": value(doc.scope),
    }


def json_metadata(doc: dict) -> dict:
    """The same keys from ``govcheck parse --format json`` output."""
    def value(key):
        return None if doc.get(key) is None else str(doc[key]["value"])

    return {
        "title": value("title"),
        "doc_type": doc["doc_type"]["value"],
        "status": doc["status"]["value"],
        "adoptions": [((a["body"] or "").lower() or None, a["level"], a["date"], a["paragraph"], a["reference"])
                      for a in doc["adoptions"]],
        "reference": value("reference"),
        "review_by": value("review_by"),
        "owner": value("owner"),
        "scope": value("scope"),
    }


def headings(sections, out=None) -> list[tuple[str | None, int]]:
    out = [] if out is None else out
    for section in sections:
        heading = section.heading if hasattr(section, "heading") else section["heading"]
        level = section.level if hasattr(section, "level") else section["level"]
        out.append((heading, level))
        headings(section.sections if hasattr(section, "sections") else section["sections"], out)
    return out


# ------------------------------------------------------------------------ 1. one policy


@pytest.fixture(scope="module")
def policy_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("policy")
    return {fmt: write_as(fmt, folder / f"it-policy.{fmt}", POLICY)
            for fmt in ("docx", "odt", "pdf", "html", "md", "txt")}


@pytest.fixture(scope="module")
def parsed(policy_files) -> dict[str, govcheck.GoverningDocument]:
    return {fmt: govcheck.parse_document(path) for fmt, path in policy_files.items()}


@pytest.fixture(scope="module")
def parsed_json(policy_files) -> dict[str, dict]:
    out = {}
    for fmt, path in policy_files.items():
        result = CliRunner().invoke(main, ["parse", str(path), "--format", "json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        out[fmt] = json.loads(result.output)
    return out


def test_the_docx_reference_reads_as_written(parsed):
    doc = parsed["docx"]
    assert doc.format == "docx"
    assert metadata(doc) == EXPECTED
    assert headings(doc.sections) == HEADINGS
    table = next(t for s in doc.sections for sub in [s, *s.sections] for t in sub.tables)
    assert table.rows[0] == ["Roll", "Ansvar"]


def test_every_file_is_read_in_its_own_format(parsed):
    assert {fmt: doc.format for fmt, doc in parsed.items()} == {fmt: fmt for fmt in parsed}
    assert all(doc.format_note is None for doc in parsed.values())


@pytest.mark.parametrize("fmt", ["odt", "pdf", "html", "md", "txt"])
def test_metadata_is_the_same_in_every_format(parsed, fmt):
    assert metadata(parsed[fmt]) == metadata(parsed["docx"])


def test_plain_text_agrees_on_everything_but_the_title(parsed):
    """Plain text keeps the decision lines and labels as they are."""
    got, want = metadata(parsed["txt"]), metadata(parsed["docx"])
    for key in ("title", "doc_type"):
        got.pop(key), want.pop(key)
    assert got == want


@pytest.mark.parametrize("fmt", ["odt", "pdf", "html", "md", "txt"])
def test_section_headings_are_the_same_in_every_format(parsed, fmt):
    assert headings(parsed[fmt].sections) == headings(parsed["docx"].sections)


def test_the_long_paragraph_wraps_in_the_pdf_and_is_joined_again(policy_files):
    from govcheck.readers import read_raw
    from pdfgen import STYLES, TEXT_WIDTH, wrap

    assert len(wrap(LONG, "Helvetica", STYLES["p"].size, TEXT_WIDTH, True)) >= 3  # as make_pdf lays it out
    raw = read_raw(policy_files["pdf"])
    assert [b.text for b in raw.blocks if b.kind == "paragraph" and b.text.startswith("Policyn ska")] == [LONG]
    assert [row for b in raw.blocks if b.kind == "table" for row in b.rows][0] == ["Roll", "Ansvar"]


@pytest.mark.parametrize("fmt", ["odt", "pdf", "html", "md", "txt"])
def test_govcheck_parse_prints_the_same_metadata(parsed_json, fmt):
    assert parsed_json["docx"]["format"] == "docx" and parsed_json[fmt]["format"] == fmt
    assert json_metadata(parsed_json[fmt]) == json_metadata(parsed_json["docx"])
    assert json_metadata(parsed_json["docx"]) == EXPECTED


@pytest.mark.parametrize("fmt", ["odt", "pdf", "html", "md", "txt"])
def test_govcheck_parse_prints_the_same_sections(parsed_json, fmt):
    assert headings(parsed_json[fmt]["sections"]) == headings(parsed_json["docx"]["sections"]) == HEADINGS


# ------------------------------------------------------------- 2. the Helsingborg example


def _verdicts(report) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    return {control.id: (control.verdict, [(check.kind, check.verdict) for check in control.checks])
            for checklist in report.checklists for control in checklist.controls}


def _evaluate(workspace: Path):
    corpus = govcheck.load_corpus([workspace])
    return corpus, govcheck.evaluate(corpus, [govcheck.load_checklist(c) for c in govcheck.default_ids()])


@pytest.fixture(scope="module")
def helsingborg_docx():
    corpus, report = _evaluate(HELSINGBORG)
    assert {d.format for d in corpus.documents} == {"docx"} and not report.unreadable
    return _verdicts(report)


@pytest.fixture(scope="module")
def helsingborg_as(tmp_path_factory):
    """The example with its documents converted to one format, per format (built once)."""
    built = {}

    def make(fmt: str):
        if fmt not in built:
            workspace = tmp_path_factory.mktemp(f"helsingborg-{fmt}")
            for name in ("govcheck.yaml", "facts.yaml"):
                shutil.copy(HELSINGBORG / name, workspace / name)
            (workspace / "documents").mkdir()
            for source in sorted((HELSINGBORG / "documents").glob("*.docx")):
                write_as(fmt, workspace / "documents" / f"{source.stem}.{fmt}", content_of(source),
                         title=title_of(source))
            built[fmt] = _evaluate(workspace)
        return built[fmt]

    return make


def test_content_of_reads_headings_lists_and_tables():
    items = content_of(HELSINGBORG / "documents" / "it-policy.docx")
    assert items[0] == ("title", "IT-policy för Helsingborgs stad")
    assert items[1] == ("table", [["Beslutad av", "Kommunfullmäktige"], ["Beslutsdatum", "2008-09-12"],
                                  ["Paragraf", "§ 187"], ["Diarienummer", "KS 2008/0412"],
                                  ["Dokumentansvarig", "IT-chef"]])
    assert ("h1", "1 Syfte") in items and ("h2", "3.1 Kommunstyrelsen") in items and ("h2", "Behörigheter") in items
    lists = [item[1] for item in items if item[0] == "list"]
    assert len(lists) == 2 and len(lists[0]) == 5 and lists[0][0].startswith("att bygga upp")


@pytest.mark.parametrize("fmt", ["docx", "odt", "pdf", "html", "md"])
def test_helsingborg_findings_are_the_same_in_every_format(helsingborg_docx, helsingborg_as, fmt):
    corpus, report = helsingborg_as(fmt)
    assert not report.unreadable
    assert sorted((d.path, d.format) for d in corpus.documents) == sorted(
        (f"documents/{p.stem}.{fmt}", fmt) for p in (HELSINGBORG / "documents").glob("*.docx"))
    assert _verdicts(report) == helsingborg_docx


@pytest.mark.parametrize("fmt", ["docx", "odt", "pdf", "html", "md"])
def test_helsingborg_readme_verdicts_hold_in_every_format(helsingborg_as, fmt):
    wanted = dict(README_ROW.findall((HELSINGBORG / "README.md").read_text(encoding="utf-8")))
    assert len(wanted) >= 12
    _, report = helsingborg_as(fmt)
    got = {control.id: control.verdict for checklist in report.checklists for control in checklist.controls}
    assert {cid: got.get(cid) for cid in wanted} == wanted


# ----------------------------------------------------------------- 3. a mixed workspace

AKN_ACT = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act name="reglemente">
    <meta>
      <identification source="#vastby">
        <FRBRWork>
          <FRBRthis value="/akn/se-vastby/act/2017/12/!main"/>
          <FRBRuri value="/akn/se-vastby/act/2017/12"/>
          <FRBRdate date="2017-11-27" name="adoption"/>
          <FRBRauthor href="#kf"/>
          <FRBRcountry value="se"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="/akn/se-vastby/act/2017/12/swe@/!main"/>
          <FRBRuri value="/akn/se-vastby/act/2017/12/swe@"/>
          <FRBRdate date="2017-12-01" name="publication"/>
          <FRBRauthor href="#kf"/>
          <FRBRlanguage language="swe"/>
        </FRBRExpression>
      </identification>
      <references source="#vastby">
        <TLCOrganization eId="kf" href="/ontology/organization/vastby/kf" showAs="Kommunfullmäktige"/>
      </references>
    </meta>
    <preface>
      <p class="title"><docTitle>Arkivreglemente för Västby kommun</docTitle></p>
    </preface>
    <body>
      <section eId="sec_1"><num>1</num><heading>Tillämpning</heading>
        <content><p>Reglementet gäller för kommunens myndigheter.</p></content>
      </section>
      <section eId="sec_2"><num>2</num><heading>Arkivansvar</heading>
        <content><p>Varje myndighet ansvarar för vården av sina arkiv.</p></content>
      </section>
    </body>
  </act>
</akomaNtoso>
"""
REGISTER = (
    "Filnamn;Titel;Dokumenttyp;Beslutsinstans;Beslutsdatum;Paragraf;Dokumentansvarig\n"
    "webbpolicy.html;Webbpolicy;Policy;Kommunstyrelsen;2018-10-01;§ 150;Kommunikationschef\n"
    ";Digitaliseringsstrategi 2016–2019;Strategi;Kommunfullmäktige;2016-03-21;§ 40;\n"
)
MIXED_FORMATS = {
    "documents/it-policy.docx": "docx",
    "documents/informationssakerhetspolicy.odt": "odt",
    "documents/riktlinjer-for-e-post.pdf": "pdf",
    "documents/webbpolicy.html": "html",
    "documents/dataskyddspolicy.md": "md",
    "documents/arkivreglemente.xml": "akn",
    "documents/handlingsplan.docx": "pdf",
}


def _document(title: str, decision: str, *sections: str) -> list[tuple]:
    items = [("title", title), ("p", decision)]
    for n, heading in enumerate(sections, start=1):
        items += [("h1", f"{n} {heading}"), ("p", f"{heading} beskrivs i detta avsnitt.")]
    return items


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> Path:
    ws = tmp_path_factory.mktemp("mixed")
    (ws / "govcheck.yaml").write_text("municipality: Västby kommun\nas_of: 2023-11-27\n", encoding="utf-8")
    docs = ws / "documents"
    docs.mkdir()
    write_as("docx", docs / "it-policy.docx", POLICY)
    write_as("odt", docs / "informationssakerhetspolicy.odt", _document(
        "Informationssäkerhetspolicy", "Antagen av kommunstyrelsen 2020-05-11, § 70", "Syfte", "Ansvar"))
    write_as("pdf", docs / "riktlinjer-for-e-post.pdf", _document(
        "Riktlinjer för e-post", "Beslutad av kommundirektören 2021-02-01", "Syfte", "Användning"))
    write_as("html", docs / "webbpolicy.html", _document(
        "Webbpolicy", "Antagen av kommunstyrelsen 2018-10-01, § 150", "Syfte", "Publicering"))
    write_as("md", docs / "dataskyddspolicy.md", _document(
        "Dataskyddspolicy", "Antagen av kommunfullmäktige 2019-05-13, § 77", "Syfte", "Personuppgifter")
        + [("p", "Dokumentansvarig: Kanslichef")])
    (docs / "arkivreglemente.xml").write_text(AKN_ACT, encoding="utf-8")
    make_pdf(docs / "handlingsplan.docx", _document(
        "Handlingsplan för IT 2023", "Antagen av kommunstyrelsen 2023-01-16, § 5", "Åtgärder"))
    (docs / "dataskyddspolicy.md.meta.yaml").write_text("owner: Dataskyddsombud\n", encoding="utf-8")
    (docs / "riktlinjer-for-e-post.pdf.meta.yaml").write_text(
        "adoptions:\n  - body: Kommunstyrelsen\n    date: 2022-06-13\n    paragraph: § 88\n", encoding="utf-8")
    (ws / "register.csv").write_text(REGISTER, encoding="utf-8")
    return ws


@pytest.fixture(scope="module")
def mixed_report(mixed) -> dict:
    result = CliRunner().invoke(main, ["check", str(mixed), "--format", "json"], catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.output)
    jsonschema.validate(report, json.loads(schema_path("report.schema.json").read_text(encoding="utf-8")))
    return report


def test_mixed_workspace_lists_every_input_with_its_format(mixed_report):
    entries = {entry["path"]: entry for entry in mixed_report["inputs"]}
    assert mixed_report["unreadable"] == []
    read = {path: entry["format"] for path, entry in entries.items() if entry["status"] == "read"}
    assert read == MIXED_FORMATS
    assert {"docx", "odt", "pdf", "html", "md", "akn"} == set(read.values())


def test_mixed_workspace_names_the_metadata_sources(mixed_report):
    sources = {entry["path"]: entry["metadata_sources"] for entry in mixed_report["inputs"]}
    assert sources == {
        "documents/it-policy.docx": ["extracted"],
        "documents/informationssakerhetspolicy.odt": ["extracted"],
        "documents/riktlinjer-for-e-post.pdf": ["extracted", "sidecar"],  # its adoption
        "documents/webbpolicy.html": ["register"],  # the row restates all that the page says
        "documents/dataskyddspolicy.md": ["extracted", "sidecar"],  # its owner
        "documents/arkivreglemente.xml": ["extracted", "properties"],  # FRBR dates and author
        "documents/handlingsplan.docx": ["extracted"],
        "register.csv#3": ["register"],
    }


def test_mixed_workspace_keeps_the_register_row_without_a_file(mixed_report):
    rows = [entry for entry in mixed_report["inputs"] if entry["status"] == "metadata-only"]
    assert rows == [{"path": "register.csv#3", "sha256": rows[0]["sha256"], "format": "register",
                     "status": "metadata-only", "format_note": None, "metadata_sources": ["register"]}]


def test_mixed_workspace_reads_a_pdf_named_docx_as_pdf(mixed_report):
    entry = next(e for e in mixed_report["inputs"] if e["path"] == "documents/handlingsplan.docx")
    assert (entry["status"], entry["format"]) == ("read", "pdf")
    assert entry["format_note"] == "named .docx but the content is PDF"
    others = [e for e in mixed_report["inputs"] if e["path"] != "documents/handlingsplan.docx"]
    assert all(e["format_note"] is None for e in others)


def test_mixed_workspace_applies_the_sidecars_and_the_register(mixed):
    corpus = govcheck.load_corpus([mixed])
    docs = {doc.path: doc for doc in corpus.documents}
    md = docs["documents/dataskyddspolicy.md"]
    assert (md.owner.value, md.owner.source) == ("Dataskyddsombud", "sidecar")
    pdf = docs["documents/riktlinjer-for-e-post.pdf"]
    assert [(a.level, a.date, a.paragraph, a.provenance.source) for a in pdf.adoptions] == [
        ("KS", dt.date(2022, 6, 13), "§ 88", "sidecar")]
    html = docs["documents/webbpolicy.html"]
    assert (html.owner.value, html.owner.source) == ("Kommunikationschef", "register")
    assert [(a.level, a.date, a.provenance.source) for a in html.adoptions] == [
        ("KS", dt.date(2018, 10, 1), "register")]
    akn = docs["documents/arkivreglemente.xml"]
    assert (akn.title.value, akn.doc_type.value, akn.status.value) == (
        "Arkivreglemente för Västby kommun", "reglemente", "adopted")
    assert [(a.level, a.date) for a in akn.adoptions] == [("KF", dt.date(2017, 11, 27))]
    assert headings(akn.sections)[-2:] == [("1 Tillämpning", 1), ("2 Arkivansvar", 1)]
    strategy = docs["register.csv#3"]
    assert (strategy.format, strategy.doc_type.value, strategy.title.value) == (
        "register", "strategi", "Digitaliseringsstrategi 2016–2019")
    assert metadata(docs["documents/it-policy.docx"]) == EXPECTED
