"""The Word report: read back with python-docx, byte-identical, and written only with --output."""

import datetime as dt
import io
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

import govcheck
from govcheck.cli import main
from govcheck.model import Unreadable, Waiver
from govcheck.model.result import ComparedControl
from govcheck.report import render
from govcheck.report.words import tr, verdict_text

ROOT = Path(__file__).resolve().parents[2]
HELSINGBORG = ROOT / "examples" / "helsingborg-2023"


@pytest.fixture(scope="module")
def report():
    corpus = govcheck.load_corpus([str(HELSINGBORG)])
    return govcheck.evaluate(corpus, [govcheck.load_checklist(i) for i in govcheck.default_ids()])


def read(data: bytes):
    return docx.Document(io.BytesIO(data))


def styled(document, style):
    return [p.text for p in document.paragraphs if p.style.name == style]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_structure_table_quotes_and_recommendations(report, lang):
    document = read(render(report, "docx", lang))
    assert styled(document, "Title") and "Helsingborgs stad" in styled(document, "Subtitle")
    headings1 = styled(document, "Heading 1")
    assert [tr(cl.title, lang) for cl in report.checklists] == headings1[: len(report.checklists)]
    headings2 = styled(document, "Heading 2")
    body = "\n".join(p.text for p in document.paragraphs)
    quotes = "\n".join(styled(document, "Quote"))
    assert "2023-11-27" in body and f"govcheck {govcheck.__version__}" in body
    for cl, table in zip(report.checklists, document.tables):
        assert table.style.name == "Table Grid"
        header = [c.text for c in table.rows[0].cells]
        assert header == (["Kontrollmål", "Bedömning", "Kommentar"] if lang == "sv"
                          else ["Control objective", "Assessment", "Comment"])
        for control, row in zip(cl.controls, table.rows[1:]):
            cells = [c.text for c in row.cells]
            assert cells[0] == f"{control.id} {tr(control.title, lang)}"
            assert cells[1] == verdict_text(control.verdict, lang) and cells[2]
            assert f"{control.id} {tr(control.title, lang)}" in headings2
            assert tr(control.recommendation, lang) in body
            for ev in (e for check in control.checks for e in check.evidence if e.quote):
                assert " ".join(ev.quote.split()) in quotes
    inputs_table = document.tables[len(report.checklists)]
    assert [r.cells[0].text for r in inputs_table.rows[1:]] == [i.path for i in report.inputs]


def test_byte_identical_with_fixed_core_properties(report):
    first, second = render(report, "docx", "sv"), render(report, "docx", "sv")
    assert first == second
    props = read(first).core_properties
    assert props.author == "govcheck" and props.last_modified_by == "govcheck"
    assert props.created == props.modified == dt.datetime(2023, 11, 27, tzinfo=dt.timezone.utc)
    assert props.language == "sv-SE"


def test_waivers_baseline_and_unreadable(report):
    cl = report.checklists[0]
    control = cl.controls[0]
    checks = [control.checks[0].model_copy(update={"waiver": Waiver(
        control=control.id, justification="Ny strategi antas 2024", accepted_by="Kommundirektören",
        expires=dt.date(2024, 6, 30), expired=True)}), *control.checks[1:]]
    control = control.model_copy(update={"checks": checks, "change": "changed", "previous_verdict": "fulfilled"})
    changed = report.model_copy(update={
        "baseline": "granskning-2022.json",
        "baseline_absent": [ComparedControl(checklist="digitalisering", id="DIG-9", title="Gammalt",
                                            previous_verdict="partially_fulfilled")],
        "unreadable": [Unreadable(path="documents/trasig.docx", reason="corrupt-zip", detail="bad\x00zip")],
        "checklists": [cl.model_copy(update={"controls": [control, *cl.controls[1:]]}), *report.checklists[1:]],
    })
    document = read(render(changed, "docx", "sv"))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Jämförd med tidigare rapport: granskning-2022.json" in body
    assert "Förändring: Ändrad från Uppfyllt till Ej uppfyllt" in body
    assert "digitalisering DIG-9 Gammalt: tidigare Delvis uppfyllt" in styled(document, "List Bullet")
    assert "Undantag: Undantaget löpte ut 2024-06-30 (godtaget av Kommundirektören)" in body
    reason = "trasigt zip-arkiv: filen är skadad eller inget Office-dokument [corrupt-zip]"
    assert f"documents/trasig.docx: {reason} — bad\\x00zip" in body  # a NUL cannot go into XML: an escape


def test_cli_writes_docx_only_with_output(tmp_path):
    out = tmp_path / "out.docx"
    runner = CliRunner()
    result = runner.invoke(main, ["check", str(HELSINGBORG), "--format", "docx", "-o", str(out)])
    assert result.exit_code == 1, result.output  # findings, but the file is written
    assert "Kontrollmål" in [c.text for c in read(out.read_bytes()).tables[0].rows[0].cells]
    result = runner.invoke(main, ["check", str(HELSINGBORG), "--format", "docx"])
    assert result.exit_code == 2
    assert "--output" in result.stderr and not result.stdout
