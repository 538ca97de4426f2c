"""The Markdown report: assessment table, evidence, waivers, baseline, inputs, and escaping."""

import datetime as dt
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import govcheck
from govcheck.cli import main
from govcheck.model import InputEntry, Unreadable, Waiver
from govcheck.model.result import ComparedControl
from govcheck.report import render
from govcheck.report.markdown import md
from govcheck.report.words import verdict_text

ROOT = Path(__file__).resolve().parents[2]
HELSINGBORG = ROOT / "examples" / "helsingborg-2023"
UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


@pytest.fixture(scope="module")
def report():
    corpus = govcheck.load_corpus([str(HELSINGBORG)])
    return govcheck.evaluate(corpus, [govcheck.load_checklist(i) for i in govcheck.default_ids()])


def replace_control(report, ci, ki, **update):
    """A copy of the report with control ki of checklist ci updated."""
    cl = report.checklists[ci]
    controls = list(cl.controls)
    controls[ki] = controls[ki].model_copy(update=update)
    checklists = list(report.checklists)
    checklists[ci] = cl.model_copy(update={"controls": controls})
    return report.model_copy(update={"checklists": checklists})


def follow_up(report):
    """The example report as a follow-up: waivers on DIG-1's checks, baseline changes on DIG-1..4."""
    control = report.checklists[0].controls[0]
    checks = list(control.checks)
    checks[0] = checks[0].model_copy(update={"waiver": Waiver(
        control=control.id, justification="Ny strategi antas 2024", accepted_by="Kommundirektören",
        expires=dt.date(2024, 6, 30))})
    checks[-1] = checks[-1].model_copy(update={"waiver": Waiver(
        control=control.id, justification="Enkät planerad", accepted_by="Revisionen",
        expires=dt.date(2023, 6, 30), expired=True)})
    report = replace_control(report, 0, 0, checks=checks, waived=True, change="changed",
                             previous_verdict="partially_fulfilled")
    report = replace_control(report, 0, 1, change="new")
    report = replace_control(report, 0, 2, change="persisting", previous_verdict="not_fulfilled")
    report = replace_control(report, 0, 3, change="resolved", previous_verdict="not_fulfilled")
    absent = ComparedControl(checklist="digitalisering", id="DIG-9", title="Gammalt kontrollmål",
                             previous_verdict="not_fulfilled")
    return report.model_copy(update={"baseline": "granskning-2022.json", "baseline_as_of": dt.date(2022, 11, 1),
                                     "baseline_absent": [absent]})


def table_rows(text):
    return [line for line in text.splitlines() if line.startswith("| ")]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_table_row_per_control_with_verdict_and_quotes(report, lang):
    text = render(report, "markdown", lang)
    assert text.startswith("# ") and "Helsingborgs stad" in text.splitlines()[0]
    assert "2023-11-27" in text and f"govcheck {govcheck.__version__}" in text
    header = "| Kontrollmål | Bedömning | Kommentar |" if lang == "sv" else "| Control objective | Assessment | Comment |"
    assert header in text
    rows = table_rows(text)
    for cl in report.checklists:
        overall = "Sammanfattande bedömning" if lang == "sv" else "Overall assessment"
        assert f"**{overall}: {verdict_text(cl.verdict, lang)}**" in text
        for control in cl.controls:
            row = next(r for r in rows if r.startswith(f"| {control.id} "))
            assert f"| {verdict_text(control.verdict, lang)} |" in row
            assert f"\n### {control.id} " in text
            for check in control.checks:
                for ev in check.evidence:
                    if ev.quote:
                        assert md(ev.quote) in text
    assert all(len(UNESCAPED_PIPE.findall(r)) in (4, 6) for r in rows)  # 3 or 5 columns, never broken


def test_swedish_words_and_fulfilled_comment(report):
    text = render(report, "markdown", "sv")
    assert "Sammanfattande bedömning: Delvis uppfyllt" in text
    assert "**Rekommendation:**" in text and "Ej uppfyllt" in text
    # A fulfilled control's comment is its fulfilled message, not an empty cell.
    dig4 = next(r for r in table_rows(text) if r.startswith("| DIG-4 "))
    assert "| Uppfyllt | De 4 dokumenten" in dig4
    assert "Kommunikations- och utvecklingsavdelningen" in text


def test_quote_with_pipe_and_hash_cannot_break_layout(report):
    hostile = "# Rubrik | kolumn *fet* _kursiv_ `kod` <b>x</b> [länk](http://x)\nny rad"
    cl = report.checklists[0]
    control = cl.controls[0]
    check = control.checks[1]
    evidence = [check.evidence[0].model_copy(update={"quote": hostile}), *check.evidence[1:]]
    checks = list(control.checks)
    checks[0] = checks[0].model_copy(update={"message": checks[0].message.model_copy(update={"sv": hostile})})
    checks[1] = check.model_copy(update={"evidence": evidence})
    text = render(replace_control(report, 0, 0, checks=checks), "markdown", "sv")
    assert (r"”\# Rubrik \| kolumn \*fet\* \_kursiv\_ \`kod\` \<b\>x\</b\> \[länk\](http://x) ny rad”"
            in text)
    assert all(re.match(r"#{1,3} \S", line) for line in text.splitlines() if line.startswith("#"))
    row = next(r for r in table_rows(text) if r.startswith(f"| {control.id} "))
    assert len(UNESCAPED_PIPE.findall(row)) == 4


def test_waivers_and_baseline_changes(report):
    text = render(follow_up(report), "markdown", "sv")
    assert "Jämförd med tidigare rapport: granskning-2022.json (per 2022-11-01)" in text
    assert "## Kontrollmål i tidigare rapport som saknas i denna\n\n- digitalisering DIG-9 Gammalt kontrollmål: " \
           "tidigare Ej uppfyllt" in text
    assert "**Förändring:** Ändrad från Delvis uppfyllt till Ej uppfyllt" in text
    assert "**Förändring:** Ny sedan tidigare rapport" in text
    assert "Kvarstår sedan tidigare rapport (tidigare: Ej uppfyllt)" in text
    assert "Åtgärdad sedan tidigare rapport" in text
    assert "Samtliga avvikelser är godtagna genom undantag." in text
    assert "Godtaget av Kommundirektören till och med 2024-06-30. Motivering: Ny strategi antas 2024" in text
    assert "Undantaget löpte ut 2023-06-30 (godtaget av Revisionen). Motivering: Enkät planerad" in text
    dig1 = next(r for r in table_rows(text) if r.startswith("| DIG-1 "))
    assert "(undantag) Det saknas" in dig1
    en = render(follow_up(report), "markdown", "en")
    assert "Changed from Partially fulfilled to Not fulfilled" in en
    assert "Accepted by Kommundirektören until 2024-06-30. Justification:" in en
    assert "Waiver expired 2023-06-30" in en and "Every finding is waived." in en


def test_inputs_and_unreadable(report):
    inputs = [*report.inputs, InputEntry(path="documents/plan.doc", format="docx", status="read",
                                         format_note="heter .doc men är docx", metadata_sources=["register", "sidecar"])]
    broken = [Unreadable(path="documents/trasig.docx", reason="corrupt-zip", detail="File is not a zip file")]
    text = render(report.model_copy(update={"inputs": inputs, "unreadable": broken}), "markdown", "sv")
    inputs_part = text.split("## Underlag", 1)[1]
    for entry in report.inputs:
        assert f"| {entry.path} | docx | läst |" in inputs_part
    assert "| documents/plan.doc | docx | läst | dokumentregister, metadatafil | heter .doc men är docx |" in text
    assert "## Dokument som inte kunde läsas" in text
    assert ("- documents/trasig.docx: trasigt zip-arkiv: filen är skadad eller inget Office-dokument \\[corrupt-zip\\]"
            " — File is not a zip file") in text
    assert render(report, "markdown", "sv") == render(report, "markdown", "sv")


def test_cli_markdown_to_stdout():
    result = CliRunner().invoke(main, ["check", str(HELSINGBORG), "--format", "markdown", "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert "| Control objective | Assessment | Comment |" in result.output
