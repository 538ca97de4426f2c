"""OpenDocument text (.odt, and flat .fodt) -> RawDocument, with zipfile + lxml directly.

Same bounds as .docx (safezip, safexml). ODF marks headings (text:h with an outline
level), but files converted from Word often keep "Rubrik 1" paragraph styles or typed
numbers, so paragraph styles and numbered_heading_level count as in docx. Tracked
deletions (text:tracked-changes), comments and footnotes are skipped: only the text a
reader of the page sees. Unlike w:t, ODF text is mixed content: tails count.
"""

from __future__ import annotations

import re
from typing import Iterator

from lxml import etree

from govcheck.errors import ReadError
from govcheck.limits import Limits
from govcheck.model.blocks import RawDocument
from govcheck.readers import ODF_TEXT, BlockBuilder, numbered_heading_level
from govcheck.readers.controls import without_controls
from govcheck.readers.docx import HEADING_STYLE, TITLE_STYLES
from govcheck.readers.safexml import parse_xml
from govcheck.readers.safezip import open_zip, read_member

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"

P, H, TBL, ROW = TEXT + "p", TEXT + "h", TABLE + "table", TABLE + "table-row"
CELL, COVERED = TABLE + "table-cell", TABLE + "covered-table-cell"
ROW_GROUPS = {TABLE + t for t in ("table-header-rows", "table-rows", "table-row-group")}
INDEXES = {TEXT + t for t in ("table-of-content", "illustration-index", "table-index", "object-index",
                              "user-index", "alphabetical-index", "bibliography")}
# Not document text: tracked deletions, comments, footnotes, declarations, hidden text,
# embedded binaries, alt texts.
SKIPPED = {TEXT + t for t in ("tracked-changes", "note", "sequence-decls", "variable-decls", "user-field-decls",
                              "hidden-text", "hidden-paragraph", "change", "change-start", "change-end")}
SKIPPED |= {OFFICE + "annotation", OFFICE + "annotation-end", OFFICE + "forms", OFFICE + "binary-data",
            SVG + "title", SVG + "desc"}
CELL_REPEAT_CAP = 64
REPEAT_BUDGET = 10_000  # extra cells one table may gain from repeats: a 50 MB content.xml of
# repeated empty cells must not become hundreds of millions of strings
SPACE_CAP = 100
META_KEYS = {DC + "title": "title", DC + "subject": "subject", DC + "description": "description",
             META + "initial-creator": "creator", META + "creation-date": "created", DC + "date": "modified",
             DC + "creator": "lastModifiedBy"}


def read_odt(data: bytes, document: str, limits: Limits) -> RawDocument:
    """Body blocks, header and footer lines and meta.xml properties of one .odt package."""
    zf = open_zip(data, document, limits)
    names = set(zf.namelist())
    mimetype = read_member(zf, "mimetype", document, limits)[:200].decode("ascii", "replace").strip()
    if not mimetype.encode().startswith(ODF_TEXT):
        raise ReadError(document, "unsupported-format", f"an OpenDocument file of type {mimetype!r}, not text")

    def part(name: str) -> etree._Element | None:
        return parse_xml(read_member(zf, name, document, limits), document, name) if name in names else None

    content = part("content.xml")
    if content is None:
        raise ReadError(document, "missing-part", "the archive has no content.xml")
    return _read(content, part("styles.xml"), part("meta.xml"), document, limits, "odt")


def read_fodt(data: bytes, document: str, limits: Limits) -> RawDocument:
    """A flat OpenDocument text file: the same parts as children of one office:document."""
    if len(data) > limits.max_member_bytes:
        raise ReadError(document, "too-large", f"{len(data)} bytes of XML; the limit is {limits.max_member_bytes}")
    root = parse_xml(data, document)
    mimetype = root.get(OFFICE + "mimetype") or ""
    if root.tag != OFFICE + "document" or not mimetype.encode().startswith(ODF_TEXT):
        raise ReadError(document, "unsupported-format", f"flat OpenDocument of type {mimetype!r}, not text")
    return _read(root, root, root, document, limits, "fodt")


def _read(content: etree._Element, styles_root: etree._Element | None, meta_root: etree._Element | None,
          document: str, limits: Limits, fmt: str) -> RawDocument:
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise ReadError(document, "missing-part", "content.xml has no office:body/office:text")
    styles = Styles([r for r in (styles_root, content) if r is not None])
    budget = [0, 0]
    main = BlockBuilder(document, limits, budget)
    for el, in_index in _flow(body):
        if el.tag == TBL:
            rows = _table_rows(el)
            if any(cell for row in rows for cell in row):
                main.table(rows)
        else:
            _text_block(el, styles, main, in_index)
    extras = BlockBuilder(document, limits, budget)
    seen: set[tuple[str, str]] = set()
    for kind, text in _header_footer_lines(styles_root):
        if (kind, text) not in seen:  # every master page repeats the same header
            seen.add((kind, text))
            extras.start_part(kind)
            extras.paragraph(text)
    return RawDocument(format=fmt, blocks=main.blocks, properties=_properties(meta_root), header_footer=extras.blocks)


class Styles:
    """Paragraph style names -> lower-case display names and outline levels, through parents.

    Automatic styles ("P1") are direct formatting on one paragraph: they take their parent's
    name, so a "P1" based on "Heading_20_1" is a heading 1. content.xml's automatic styles
    come last and win over styles.xml's of the same name.
    """

    def __init__(self, roots: list[etree._Element]):
        self.parent: dict[str, str] = {}
        self.display: dict[str, str] = {}
        self.level: dict[str, int] = {}
        self.automatic: set[str] = set()
        for root in dict.fromkeys(roots):  # a flat ODT passes one root twice
            for group in (OFFICE + "styles", OFFICE + "automatic-styles"):
                for style in root.iterfind(f"{group}/{STYLE}style"):
                    name = style.get(STYLE + "name")
                    if not name or style.get(STYLE + "family") != "paragraph":
                        continue
                    if group.endswith("automatic-styles"):
                        self.automatic.add(name)
                    else:
                        self.automatic.discard(name)
                    self.display[name] = style.get(STYLE + "display-name") or _decode_name(name)
                    self.parent.pop(name, None)
                    self.level.pop(name, None)
                    if style.get(STYLE + "parent-style-name"):
                        self.parent[name] = style.get(STYLE + "parent-style-name")
                    level = _int(style.get(STYLE + "default-outline-level"))
                    if level is not None and 1 <= level <= 10:
                        self.level[name] = level

    def name(self, style: str | None) -> str | None:
        seen = set()
        while style in self.automatic and style in self.parent and style not in seen:
            seen.add(style)
            style = self.parent[style]
        return (self.display.get(style) or _decode_name(style)).lower() if style else None

    def outline(self, style: str | None) -> int | None:
        seen = set()
        while style and style not in self.level and style not in seen:
            seen.add(style)
            style = self.parent.get(style)
        return self.level.get(style) if style else None


def _decode_name(name: str) -> str:
    """ODF escapes style names: "Heading_20_1" is "Heading 1" (and "_01_" no control character)."""
    return without_controls(re.sub(r"_([0-9A-Fa-f]{2})_", lambda m: chr(int(m.group(1), 16)), name))


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _flow(el: etree._Element, in_index: bool = False) -> Iterator[tuple[etree._Element, bool]]:
    """Paragraphs, headings and tables in reading order, looking through lists, sections,
    frames and indexes; the flag says whether the block stands in a table of contents."""
    for child in el:
        tag = child.tag
        if tag in (P, H, TBL):
            yield child, in_index
        elif isinstance(tag, str) and tag not in SKIPPED:
            yield from _flow(child, in_index or tag in INDEXES)


def _text_block(el: etree._Element, styles: Styles, out: BlockBuilder, in_index: bool) -> None:
    text = paragraph_text(el)
    if not text:
        return
    style_name = el.get(TEXT + "style-name")
    style = styles.name(style_name)
    if in_index:
        level = None
    elif el.tag == H:
        explicit = _int(el.get(TEXT + "outline-level"))
        level = 0 if style in TITLE_STYLES else explicit or styles.outline(style_name) or 1
    else:
        level = _paragraph_level(text, style or "", styles.outline(style_name))
    if level is None:
        out.paragraph(text, style)
    else:
        out.heading(" ".join(text.split()), level, style)


def _paragraph_level(text: str, style: str, outline: int | None) -> int | None:
    """Style name first, then the style's outline level, then typed numbering (as in docx)."""
    match = HEADING_STYLE.match(style)
    if match:
        return int(match.group(1))
    if style in TITLE_STYLES:
        return 0
    if outline is not None:
        return outline
    if style.startswith(("contents", "toc", "index")):
        return None
    return numbered_heading_level(text)


def paragraph_text(p: etree._Element) -> str:
    """Visible text: spans, links and fields in; text:s, text:tab, text:line-break expanded."""
    parts: list[str] = []
    _collect(p, parts)
    return "".join(parts).strip()


def _collect(el: etree._Element, parts: list[str]) -> None:
    if el.text:
        parts.append(_spaces(el.text))
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in SKIPPED:
            pass  # an unresolved entity, a comment, a deletion: its tail still counts
        elif tag == TEXT + "s":
            parts.append(" " * min(_int(child.get(TEXT + "c")) or 1, SPACE_CAP))
        elif tag == TEXT + "tab":
            parts.append("\t")
        elif tag == TEXT + "line-break":
            parts.append("\n")
        elif tag == TEXT + "number":  # a heading's rendered number: "1." before "Syfte"
            _collect(child, parts)
            parts.append(" ")
        elif tag in (P, H):  # a paragraph in a text box
            if parts and not parts[-1].endswith("\n"):
                parts.append("\n")
            _collect(child, parts)
            parts.append("\n")
        else:
            _collect(child, parts)
        if child.tail:
            parts.append(_spaces(child.tail))


def _spaces(text: str) -> str:
    """ODF collapses runs of white space in character data; text:s writes extra spaces."""
    return re.sub(r"[ \t\r\n]+", " ", text)


def _table_rows(tbl: etree._Element) -> list[list[str]]:
    rows = []
    budget = REPEAT_BUDGET
    for row in _rows(tbl):
        cells: list[str] = []
        for cell in row:
            if cell.tag in (CELL, COVERED):  # a covered (merged) cell keeps the columns aligned
                text = _cell_text(cell) if cell.tag == CELL else ""
                repeat = min(max(_int(cell.get(TABLE + "number-columns-repeated")) or 1, 1), CELL_REPEAT_CAP,
                             budget + 1)
                budget -= repeat - 1
                cells.extend([text] * repeat)
        rows.append(cells)
    return rows


def _rows(el: etree._Element) -> Iterator[etree._Element]:
    for child in el:
        if child.tag == ROW:
            yield child
        elif child.tag in ROW_GROUPS:
            yield from _rows(child)


def _cell_text(cell: etree._Element) -> str:
    """A cell's paragraphs joined by newlines; a nested table becomes lines of "a | b"."""
    lines = []
    for el, _ in _flow(cell):
        if el.tag == TBL:
            lines.extend(" | ".join(c for c in row if c) for row in _table_rows(el))
        else:
            lines.append(paragraph_text(el))
    return "\n".join(line for line in lines if line)


def _header_footer_lines(root: etree._Element | None) -> Iterator[tuple[str, str]]:
    """(part, line) from the master pages' headers, then their footers; a table row becomes
    one line of tab-separated cells."""
    pages = list(root.iterfind(f"{OFFICE}master-styles/{STYLE}master-page")) if root is not None else []
    for kind in ("header", "footer"):
        for page in pages:
            for region in page:
                if not isinstance(region.tag, str) or not etree.QName(region).localname.startswith(kind):
                    continue
                for el, _ in _flow(region):
                    if el.tag == TBL:
                        lines = ["\t".join(c for c in row if c) for row in _table_rows(el)]
                    else:
                        lines = [paragraph_text(el)]
                    yield from ((kind, line) for line in lines if line)


def _properties(root: etree._Element | None) -> dict[str, str]:
    """meta.xml under docx's names (title, creator, created …); user-defined as "custom:<name>"."""
    meta = root.find(OFFICE + "meta") if root is not None else None
    properties: dict[str, str] = {}
    keywords: list[str] = []
    for el in meta if meta is not None else ():
        value = paragraph_text(el) if isinstance(el.tag, str) else ""
        if not value:
            continue
        if el.tag in META_KEYS:
            properties[META_KEYS[el.tag]] = value
        elif el.tag == META + "keyword":
            keywords.append(value)
        elif el.tag == META + "user-defined" and el.get(META + "name"):
            properties[f"custom:{el.get(META + 'name')}"] = value
    if keywords:
        properties["keywords"] = "; ".join(keywords)
    return properties
