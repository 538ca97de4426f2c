"""Write real .odt files for tests, from the same content items as docxgen.make_docx.

``make_odt`` writes the four parts LibreOffice writes (content, styles, meta, manifest),
mimetype first and stored; ``make_odt_xml`` wraps hand-written body XML (tracked changes,
annotations, attacks) and lets a test replace any part.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Iterable
from xml.sax.saxutils import escape

MIMETYPE = "application/vnd.oasis.opendocument.text"
NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}
XMLNS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS.items())
DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

# The common styles LibreOffice writes for a new document, with headings as in its template.
COMMON_STYLES = (
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
    '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"'
    ' style:next-style-name="Text_20_body" style:class="text"/>'
    '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"'
    ' style:parent-style-name="Standard" style:class="text"/>'
    '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"'
    ' style:class="chapter"/>'
    + "".join(
        f'<style:style style:name="Heading_20_{n}" style:display-name="Heading {n}" style:family="paragraph"'
        f' style:parent-style-name="Heading" style:default-outline-level="{n}" style:class="text"/>'
        for n in range(1, 7))
    + '<style:style style:name="Table_20_Contents" style:display-name="Table Contents"'
    ' style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>'
)


def make_odt(
    path: str | Path,
    content: Iterable[tuple],
    *,
    header: str | None = None,
    footer: str | None = None,
    meta_title: str | None = None,
) -> Path:
    """Write ``content`` to ``path`` as LibreOffice would and return the path.

    Items: ("title", text), ("h1".."h6", text), ("p", text), ("table", rows) with the first
    row as header row, ("pstyle", style_name, text) with the style defined in styles.xml,
    ("list", [item, ...]).
    """
    body, extra_styles = [], {}
    for item in content:
        kind = item[0]
        if kind == "title":
            body.append(_p(item[1], "Title"))
        elif kind in ("h1", "h2", "h3", "h4", "h5", "h6"):
            body.append(f'<text:h text:style-name="Heading_20_{kind[1]}" text:outline-level="{kind[1]}">'
                        f"{escape(item[1])}</text:h>")
        elif kind == "p":
            body.append(_p(item[1], "Text_20_body"))
        elif kind == "table":
            body.append(table_xml(item[1]))
        elif kind == "pstyle":
            name = item[1].replace(" ", "_20_")
            extra_styles[name] = (f'<style:style style:name="{name}" style:display-name="{escape(item[1])}"'
                                  ' style:family="paragraph" style:parent-style-name="Standard"/>')
            body.append(_p(item[2], name))
        elif kind == "list":
            items = "".join(f"<text:list-item>{_p(text, 'Standard')}</text:list-item>" for text in item[1])
            body.append(f"<text:list>{items}</text:list>")
        else:
            raise ValueError(f"unknown content item {item!r}")
    pages = ""
    if header is not None:
        pages += f"<style:header>{_p(header, 'Standard')}</style:header>"
    if footer is not None:
        pages += f"<style:footer>{_p(footer, 'Standard')}</style:footer>"
    styles = styles_xml(COMMON_STYLES + "".join(extra_styles.values()), pages)
    meta = meta_xml(f"<dc:title>{escape(meta_title)}</dc:title>" if meta_title is not None else "")
    return make_odt_xml(path, "".join(body), parts={"styles.xml": styles, "meta.xml": meta})


def _p(text: str, style: str) -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def table_xml(rows: list[list[str]]) -> str:
    width = max(len(row) for row in rows)

    def row_xml(row: list[str]) -> str:
        cells = "".join(f'<table:table-cell office:value-type="string">{_p(c, "Table_20_Contents")}'
                        "</table:table-cell>" for c in row)
        return f"<table:table-row>{cells}</table:table-row>"

    head, *rest = rows
    return (f'<table:table table:name="Tabell1"><table:table-column table:number-columns-repeated="{width}"/>'
            f"<table:table-header-rows>{row_xml(head)}</table:table-header-rows>"
            f"{''.join(row_xml(r) for r in rest)}</table:table>")


def content_xml(body_xml: str, *, automatic_styles: str = "", prolog: str = "") -> bytes:
    """A content.xml around ``body_xml`` (all ODF prefixes declared); ``prolog`` goes before
    the root element (e.g. a DOCTYPE)."""
    return (
        f"{DECLARATION}{prolog}<office:document-content {XMLNS} office:version=\"1.3\">"
        f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
        f"<office:body><office:text>{body_xml}</office:text></office:body></office:document-content>"
    ).encode("utf-8")


def styles_xml(styles: str = COMMON_STYLES, master_page: str = "") -> str:
    """styles.xml with common ``styles`` and one "Standard" master page holding ``master_page``."""
    return (f"{DECLARATION}<office:document-styles {XMLNS} office:version=\"1.3\">"
            f"<office:styles>{styles}</office:styles>"
            f'<office:master-styles><style:master-page style:name="Standard">{master_page}</style:master-page>'
            "</office:master-styles></office:document-styles>")


def meta_xml(meta: str = "") -> str:
    return (f"{DECLARATION}<office:document-meta {XMLNS} office:version=\"1.3\"><office:meta>"
            f"<meta:generator>govcheck tests/odtgen</meta:generator>{meta}</office:meta></office:document-meta>")


MANIFEST = (
    f"{DECLARATION}"
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE}"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def make_odt_xml(
    path: str | Path,
    body_xml: str = "",
    *,
    content: bytes | None = None,
    parts: dict[str, bytes | str | None] | None = None,
    mimetype: str = MIMETYPE,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Write an .odt whose body is ``body_xml`` (or whose content.xml is ``content``).

    ``parts`` adds or replaces parts (None drops one); styles.xml, meta.xml and the manifest
    are written unless replaced.
    """
    path = Path(path)
    members: dict[str, bytes | str | None] = {
        "content.xml": content if content is not None else content_xml(body_xml),
        "styles.xml": styles_xml(),
        "meta.xml": meta_xml(),
        "META-INF/manifest.xml": MANIFEST,
    }
    members.update(parts or {})
    with zipfile.ZipFile(path, "w", compression) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # first and stored, as ODF requires
        for name, data in members.items():
            if data is not None:
                zf.writestr(name, data)
    return path
