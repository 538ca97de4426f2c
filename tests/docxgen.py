"""Write real .docx files for tests.

``make_docx`` uses python-docx, so files look like Word's. ``make_docx_xml`` writes a minimal
package around hand-written body XML (deleted text, content controls, attacks), and
``rewrite_parts`` replaces, adds or drops parts of an existing .docx.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Iterable

import docx
from docx.enum.style import WD_STYLE_TYPE

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(
    path: str | Path,
    content: Iterable[tuple],
    *,
    core_title: str | None = None,
    header: str | None = None,
    footer: str | None = None,
    keywords: str | None = None,
) -> Path:
    """Write ``content`` to ``path`` and return the path.

    Items: ("title", text), ("h1" | "h2" | "h3", text), ("p", text),
    ("table", [[cell, ...], ...]) with the first row as header, ("pstyle", style_name, text);
    a style name the template lacks (e.g. "Rubrik 1") is created as a paragraph style.
    """
    path = Path(path)
    doc = docx.Document()
    for item in content:
        kind = item[0]
        if kind == "title":
            doc.add_paragraph(item[1], style="Title")
        elif kind in ("h1", "h2", "h3", "h4", "h5", "h6"):
            doc.add_paragraph(item[1], style=f"Heading {kind[1]}")
        elif kind == "p":
            doc.add_paragraph(item[1])
        elif kind == "table":
            rows = item[1]
            table = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
        elif kind == "pstyle":
            _ensure_paragraph_style(doc, item[1])
            doc.add_paragraph(item[2], style=item[1])
        else:
            raise ValueError(f"unknown content item {item!r}")
    props = doc.core_properties
    if core_title is not None:
        props.title = core_title
    if keywords is not None:
        props.keywords = keywords
    section = doc.sections[0]
    if header is not None:
        section.header.paragraphs[0].text = header
    if footer is not None:
        section.footer.paragraphs[0].text = footer
    doc.save(str(path))
    return path


def _ensure_paragraph_style(doc, name: str) -> None:
    try:
        doc.styles[name]
    except KeyError:
        doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""


def document_xml(body_xml: str, prolog: str = "") -> bytes:
    """A word/document.xml around ``body_xml`` (w: and r: prefixes declared); ``prolog`` goes
    before the root element (e.g. a DOCTYPE)."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"{prolog}"
        f'<w:document xmlns:w="{W_NS}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"<w:body>{body_xml}</w:body></w:document>"
    ).encode("utf-8")


def make_docx_xml(
    path: str | Path,
    body_xml: str = "",
    *,
    document: bytes | None = None,
    parts: dict[str, bytes | str] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Write a minimal .docx whose body is ``body_xml`` (or whose document.xml is ``document``)."""
    path = Path(path)
    with zipfile.ZipFile(path, "w", compression) as zf:
        zf.writestr("[Content_Types].xml", CONTENT_TYPES)
        zf.writestr("_rels/.rels", PACKAGE_RELS)
        zf.writestr("word/document.xml", document if document is not None else document_xml(body_xml))
        for name, data in (parts or {}).items():
            zf.writestr(name, data)
    return path


def rewrite_parts(path: str | Path, changes: dict[str, bytes | str | None]) -> Path:
    """Replace or add parts of a .docx (value None drops the part); returns the path."""
    path = Path(path)
    with zipfile.ZipFile(path) as zf:
        kept = [(info, zf.read(info)) for info in zf.infolist() if info.filename not in changes]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in kept:
            zf.writestr(info, data)
        for name, data in changes.items():
            if data is not None:
                zf.writestr(name, data)
    return path
