"""The Word report: title page, an assessment table per checklist, then the evidence per control.

Only Word's built-in styles are used (Title, Heading 1/2, Quote, List Bullet, Table Grid), so a
user's own template restyles the report. The bytes are deterministic: core properties come
from the report's as-of date and the zip is rewritten with fixed timestamps and sorted members.
Every string from the report goes through ``for_xml``: python-docx refuses what XML cannot hold.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # python-docx is imported when a Word report is made, not on every run
    from docx.document import Document as DocxDocument

from govcheck.errors import reason_words
from govcheck.model import ChecklistResult, ControlResult, Report
from govcheck.report.escape import for_xml
from govcheck.report.markdown import (
    SOURCES, STATUS, absent_line, baseline_line, change_note, control_comment, evidence_place, one_line, quoted, w, waiver_note,
)
from govcheck.report.words import tr, verdict_text

LANGUAGE = {"sv": "sv-SE", "en": "en-GB"}
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)
ZIP_FILE_MODE = 0o644 << 16
ZIP_CREATE_SYSTEM = 3  # Unix, so the bytes do not depend on the platform that renders


def deterministic_docx_bytes(doc: DocxDocument) -> bytes:
    """Serialise the document and rewrite the zip with fixed timestamps and sorted members."""
    raw = io.BytesIO()
    doc.save(raw)
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source:
        members = {name: source.read(name) for name in source.namelist()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in sorted(members):
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = ZIP_FILE_MODE
            info.create_system = ZIP_CREATE_SYSTEM
            target.writestr(info, members[name], compresslevel=9)
    return out.getvalue()


def _new_document(report: Report, lang: str) -> DocxDocument:
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document()
    props = doc.core_properties
    stamp = dt.datetime.combine(report.as_of, dt.time(0), tzinfo=dt.timezone.utc)
    props.title = for_xml(w("title", lang) + (f" — {report.municipality}" if report.municipality else ""))
    props.subject = for_xml(", ".join(tr(cl.title, lang) for cl in report.checklists))
    props.author = props.last_modified_by = "govcheck"
    props.comments = f"{report.tool.name} {report.tool.version}"
    props.created = props.modified = stamp
    props.revision = 1
    props.language = LANGUAGE[lang]
    r_pr = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if r_pr is not None:  # proofing language of the text, so Word checks spelling in the right one
        lang_el = r_pr.find(qn("w:lang"))
        if lang_el is None:
            lang_el = r_pr.makeelement(qn("w:lang"), {})
            r_pr.append(lang_el)
        lang_el.set(qn("w:val"), LANGUAGE[lang])
    return doc


def _labelled(doc: DocxDocument, label: str, value: str, style: str | None = None) -> None:
    paragraph = doc.add_paragraph(style=style)
    paragraph.add_run(for_xml(f"{label}: ")).bold = True
    paragraph.add_run(for_xml(value))


def _table(doc: DocxDocument, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
    """A Table Grid table, header in bold; widths in cm, set per cell because Word reads them there."""
    from docx.shared import Cm

    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = for_xml(text)
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = Cm(width)


def _title_page(doc: DocxDocument, report: Report, lang: str) -> None:
    doc.add_paragraph(w("title", lang), style="Title")
    if report.municipality:
        doc.add_paragraph(for_xml(report.municipality), style="Subtitle")
    for cl in report.checklists:
        doc.add_paragraph(for_xml(tr(cl.title, lang)), style="List Bullet")
    _labelled(doc, w("report_date", lang), report.as_of.isoformat())
    _labelled(doc, w("tool", lang), f"{report.tool.name} {report.tool.version}")
    baseline = baseline_line(report, lang)
    if baseline:
        _labelled(doc, w("baseline", lang), baseline)
    doc.add_page_break()


def _control(doc: DocxDocument, control: ControlResult, lang: str) -> None:
    doc.add_heading(for_xml(f"{control.id} {tr(control.title, lang)}"), level=2)
    _labelled(doc, w("assessment", lang), verdict_text(control.verdict, lang))
    change = change_note(control, lang)
    if change:
        _labelled(doc, w("change", lang), change)
    if control.waived:
        _labelled(doc, w("waiver", lang), w("all_waived", lang))
    for check in control.checks:
        _labelled(doc, verdict_text(check.verdict, lang), tr(check.message, lang), style="List Bullet")
        if check.waiver:
            _labelled(doc, w("waiver", lang), waiver_note(check.waiver, lang), style="List Bullet 2")
        for ev in check.evidence:
            paragraph = doc.add_paragraph(style="Quote")
            if ev.quote:
                paragraph.add_run(for_xml(quoted(one_line(ev.quote), lang) + " — "))
            paragraph.add_run(for_xml(evidence_place(ev, lang)))
    _labelled(doc, w("recommendation", lang), tr(control.recommendation, lang))


def _checklist(doc: DocxDocument, cl: ChecklistResult, lang: str) -> None:
    doc.add_heading(for_xml(tr(cl.title, lang)), level=1)
    _labelled(doc, w("overall", lang), verdict_text(cl.verdict, lang))
    rows = [[f"{c.id} {tr(c.title, lang)}", verdict_text(c.verdict, lang), control_comment(c, lang)]
            for c in cl.controls]
    _table(doc, [w("objective", lang), w("assessment", lang), w("comment", lang)], rows, [5.5, 3.0, 7.5])
    for control in cl.controls:
        _control(doc, control, lang)


def _absent(doc: DocxDocument, report: Report, lang: str) -> None:
    if report.baseline_absent:
        doc.add_heading(w("absent", lang), level=1)
        for control in report.baseline_absent:
            doc.add_paragraph(for_xml(absent_line(control, lang)), style="List Bullet")


def _inputs(doc: DocxDocument, report: Report, lang: str) -> None:
    doc.add_heading(w("inputs", lang), level=1)
    rows = [[i.path, i.format or "—", tr(STATUS[i.status], lang) if i.status in STATUS else i.status,
             ", ".join(tr(SOURCES[s], lang) if s in SOURCES else s for s in i.metadata_sources) or "—",
             i.format_note or "—"] for i in report.inputs]
    if rows:
        _table(doc, [w(k, lang) for k in ("file", "format", "status", "sources", "note")], rows,
               [5.5, 1.8, 2.2, 3.0, 3.5])
    else:
        doc.add_paragraph(w("none", lang))
    doc.add_heading(w("unreadable", lang), level=1)
    for u in report.unreadable:
        doc.add_paragraph(for_xml(f"{u.path}: {reason_words(u.reason, lang)} — {u.detail}"), style="List Bullet")
    if not report.unreadable:
        doc.add_paragraph(w("none", lang))


def render(report: Report, lang: str) -> bytes:
    doc = _new_document(report, lang)
    _title_page(doc, report, lang)
    for cl in report.checklists:
        _checklist(doc, cl, lang)
    _absent(doc, report, lang)
    _inputs(doc, report, lang)
    return deterministic_docx_bytes(doc)
