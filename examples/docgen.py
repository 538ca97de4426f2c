"""Shared helpers for the example workspaces' document generators.

Each ``examples/<workspace>/make_documents.py`` builds its documents with python-docx and
writes them through ``write_documents``, which fixes core properties, zip timestamps and
member order, so that re-running gives byte-identical files (with the same Python and zlib).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

LANGUAGE = "sv-SE"
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)
ZIP_FILE_MODE = 0o644 << 16
ZIP_CREATE_SYSTEM = 3  # Unix, so the bytes do not depend on the platform that runs the script

Builder = Callable[[], DocxDocument]


def new_document(title: str, created: dt.datetime, author: str) -> DocxDocument:
    """Return an empty document with fixed core properties and Swedish as the default language."""
    doc = Document()
    props = doc.core_properties
    props.title = title
    props.author = author
    props.comments = ""
    props.last_modified_by = author
    props.created = created
    props.modified = created
    props.revision = 1
    props.language = LANGUAGE
    set_default_language(doc, LANGUAGE)
    return doc


def set_default_language(doc: DocxDocument, language: str) -> None:
    """Set the proofing language of the document defaults (w:docDefaults/w:rPrDefault)."""
    styles = doc.styles.element
    doc_defaults = styles.find(qn("w:docDefaults"))
    if doc_defaults is None:
        return
    r_pr = doc_defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if r_pr is None:
        return
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = r_pr.makeelement(qn("w:lang"), {})
        r_pr.append(lang)
    lang.set(qn("w:val"), language)


def add_paragraphs(doc: DocxDocument, texts: Sequence[str]) -> None:
    """Add one Normal paragraph per text."""
    for text in texts:
        doc.add_paragraph(text)


def add_bullets(doc: DocxDocument, items: Sequence[str]) -> None:
    """Add a bulleted list (List Bullet style)."""
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def add_label_table(doc: DocxDocument, rows: Sequence[tuple[str, str]]) -> None:
    """Add a two-column label | value table, labels in bold, as on a cover page."""
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)


def add_label_lines(doc: DocxDocument, rows: Sequence[tuple[str, str]]) -> None:
    """Add metadata as 'Label: value' lines, the label in bold."""
    for label, value in rows:
        paragraph = doc.add_paragraph()
        paragraph.add_run(f"{label}:").bold = True
        paragraph.add_run(f" {value}")


def deterministic_docx_bytes(doc: DocxDocument) -> bytes:
    """Serialise the document and rewrite the zip with fixed timestamps and sorted members."""
    raw = io.BytesIO()
    doc.save(raw)
    raw.seek(0)
    with zipfile.ZipFile(raw) as source:
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


def set_header(doc: DocxDocument, text: str) -> None:
    """One line in the page header of every page, as on a municipality's document template."""
    doc.sections[0].header.paragraphs[0].text = text


def add_grid_table(doc: DocxDocument, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A grid table with a bold header row."""
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.paragraphs[0].add_run(text).bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text


def write_documents(output_dir: Path, documents: Sequence[tuple[str, Builder]]) -> dict[str, str]:
    """Write every document to ``output_dir``; return file name -> sha256 of the bytes written."""
    output_dir.mkdir(parents=True, exist_ok=True)
    digests: dict[str, str] = {}
    for file_name, build in documents:
        data = deterministic_docx_bytes(build())
        (output_dir / file_name).write_bytes(data)
        digests[file_name] = hashlib.sha256(data).hexdigest()
    return digests


def main(output_dir: Path, documents: Sequence[tuple[str, Builder]]) -> None:
    """Write the documents and print their sha256 digests."""
    for file_name, digest in write_documents(output_dir, documents).items():
        print(f"{digest}  documents/{file_name}")
