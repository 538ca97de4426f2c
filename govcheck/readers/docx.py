"""Word .docx -> RawDocument, with zipfile + lxml directly.

python-docx's convenience API is about 17x slower (research/perf-security.md, A1) and
hides what we need to control: deleted text, content controls, style inheritance.
Text comes from w:t nodes only, never itertext(), so unresolved entities cannot leak.
"""

from __future__ import annotations

import posixpath
import re
from typing import Callable, Iterator

from lxml import etree

from govcheck.errors import ReadError
from govcheck.limits import Limits
from govcheck.model.blocks import RawDocument
from govcheck.readers import BlockBuilder, numbered_heading_level
from govcheck.readers.safexml import parse_xml, text_of
from govcheck.readers.safezip import open_zip, read_member

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
P, T, TBL, TR, TC = W + "p", W + "t", W + "tbl", W + "tr", W + "tc"
SDT, SDT_CONTENT, CUSTOM_XML = W + "sdt", W + "sdtContent", W + "customXml"
VAL = W + "val"
PPR, PSTYLE, OUTLINE_LVL, TR_PR, DEL = W + "pPr", W + "pStyle", W + "outlineLvl", W + "trPr", W + "del"
NAME, BASED_ON = W + "name", W + "basedOn"

MAIN_PART = "word/document.xml"
STYLES_PART = "word/styles.xml"
CORE_KEYS = ("title", "subject", "creator", "keywords", "description", "category", "created", "modified",
             "lastModifiedBy")

# Subtrees whose text is not document text: properties, deleted or moved-away runs, field
# codes, content-control settings, and the duplicate fallback of drawings.
SKIPPED = {W + t for t in ("pPr", "rPr", "del", "moveFrom", "instrText", "delText", "sdtPr", "sdtEndPr", "fldData")}
SKIPPED.add(MC_FALLBACK)
TAB = W + "tab"
RUN_TEXT = {W + "tab": "\t", W + "ptab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}

HEADING_STYLE = re.compile(r"^(?:heading|rubrik)\s*([1-9])$")
TITLE_STYLES = {"title", "rubrik", "titel"}
BODY_TEXT_LEVEL = 9  # w:outlineLvl 9 means "body text", not a heading


def read_docx(data: bytes, document: str, limits: Limits) -> RawDocument:
    """Body blocks, header and footer lines, and core and custom properties of one .docx."""
    zf = open_zip(data, document, limits)
    names = set(zf.namelist())

    def part(name: str) -> etree._Element:
        return parse_xml(read_member(zf, name, document, limits), document, name)

    root = part(MAIN_PART)
    body = root.find(W + "body")
    if body is None:
        raise ReadError(document, "missing-part", f"{MAIN_PART} has no w:body (Strict Open XML is not supported)")
    styles = Styles(_styles_root(read_member(zf, STYLES_PART, document, limits), document)
                    if STYLES_PART in names else None)

    budget = [0, 0]
    main = BlockBuilder(document, limits, budget)
    _read_body(body, styles, main)

    extras = BlockBuilder(document, limits, budget)
    seen: set[tuple[str, str]] = set()
    for name, kind in _header_footer_parts(names, part):
        extras.start_part(kind)
        for text in _header_footer_lines(part(name)):
            if (kind, text) not in seen:  # first-page and default headers often repeat
                seen.add((kind, text))
                extras.paragraph(text)

    properties = _properties(part, names)
    return RawDocument(format="docx", blocks=main.blocks, properties=properties, header_footer=extras.blocks)


_W_NS = W[1:-1].encode()
_W_PREFIX = re.compile(rb"""xmlns:([A-Za-z_][\w.-]*)=["']""" + re.escape(_W_NS) + rb"""["']""")


def _styles_root(data: bytes, document: str) -> etree._Element:
    """styles.xml reduced to its paragraph styles, else the whole part.

    Word's styles.xml is often 300 KB of latent and table styles around a few KB of paragraph
    styles, ten times the size of a short document.xml; parsing it whole was most of the read
    time. The paragraph styles are cut out of the bytes and parsed (safely) on their own; any
    construct the cut cannot be sure of (a DTD, comment, CDATA, an unexpected prefix, or a
    fragment that does not parse) falls back to the whole part, so the result never differs.
    """
    subset = _paragraph_styles(data)
    if subset is not None:
        try:
            return parse_xml(subset, document, STYLES_PART)
        except ReadError:
            pass
    return parse_xml(data, document, STYLES_PART)


def _paragraph_styles(data: bytes) -> bytes | None:
    if b"<!" in data:
        return None
    start = data.find(b"<", data.find(b"?>") + 2 if data.startswith(b"<?") else 0)
    end = data.find(b">", start)
    if start < 0 or end < 0:
        return None
    root_tag = data[start:end + 1]
    prefix = _W_PREFIX.search(root_tag)
    if prefix is None or root_tag.endswith(b"/>") or not root_tag.startswith(b"<" + prefix.group(1) + b":styles"):
        return None
    p = prefix.group(1)
    open_tag = re.compile(rb"<" + re.escape(p) + rb":style(?=[\s/>])[^>]*>")
    kind = re.compile(rb"\s" + re.escape(p) + rb""":type\s*=\s*["']([^"']*)["']""")
    close = b"</" + p + b":style>"
    parts = [root_tag]
    pos = end + 1
    while True:
        m = open_tag.search(data, pos)
        if m is None:
            break
        tag = m.group(0)
        if tag.endswith(b"/>"):
            stop = m.end()
        else:
            stop = data.find(close, m.end())
            if stop < 0:
                return None
            stop += len(close)
        found = kind.search(tag)
        if found is None or found.group(1) == b"paragraph":
            parts.append(data[m.start():stop])
        pos = stop
    parts.append(b"</" + p + b":styles>")
    return b"".join(parts)


class Styles:
    """Paragraph style ids -> lower-case names and outline levels (inherited through basedOn)."""

    def __init__(self, root: etree._Element | None):
        self.names: dict[str, str] = {}
        self.default: str | None = None
        own_outline: dict[str, int] = {}
        based_on: dict[str, str] = {}
        for style in root.iterfind(W + "style") if root is not None else ():
            sid = style.get(W + "styleId")
            if not sid or style.get(W + "type", "paragraph") != "paragraph":
                continue
            name, props, base = _first_children(style, (NAME, PPR, BASED_ON))
            self.names[sid] = (name.get(VAL) if name is not None and name.get(VAL) else sid).lower()
            if style.get(W + "default") in ("1", "true", "on"):
                self.default = sid
            level = _outline_level(props)
            if level is not None:
                own_outline[sid] = level
            if base is not None and base.get(VAL):
                based_on[sid] = base.get(VAL)
        self.outline: dict[str, int] = {}
        for sid in self.names:
            current, visited = sid, set()
            while current and current not in own_outline and current not in visited:
                visited.add(current)
                current = based_on.get(current)
            if current in own_outline:
                self.outline[sid] = own_outline[current]

    def name(self, style_id: str | None) -> str | None:
        style_id = style_id or self.default
        return self.names.get(style_id, style_id.lower()) if style_id else None


def _read_body(body: etree._Element, styles: Styles, out: BlockBuilder) -> None:
    for el in _children(body, (P, TBL)):
        if el.tag == TBL:
            rows = _table_rows(el)
            if any(cell for row in rows for cell in row):
                out.table(rows)
            continue
        text = paragraph_text(el)
        if not text:
            continue
        props = _child(el, PPR)
        style_el = _child(props, PSTYLE) if props is not None else None
        style_id = style_el.get(VAL) if style_el is not None else None
        style = styles.name(style_id)
        level = _heading_level(text, style, _outline_level(props), styles.outline.get(style_id or styles.default or ""))
        if level is None:
            out.paragraph(text, style)
        else:
            out.heading(" ".join(text.split()), level, style)


def _heading_level(text: str, style: str | None, direct: int | None, inherited: int | None) -> int | None:
    """Style name first, then outline level (direct before style), then typed numbering."""
    style = style or ""
    match = HEADING_STYLE.match(style)
    if match:
        return int(match.group(1))
    if style in TITLE_STYLES:
        return 0
    for level in (direct, inherited):
        if level is not None:
            return None if level == BODY_TEXT_LEVEL else level + 1
    if style.startswith("toc"):
        return None
    return numbered_heading_level(text)


def _outline_level(props: etree._Element | None) -> int | None:
    el = _child(props, OUTLINE_LVL) if props is not None else None
    try:
        level = int(el.get(VAL)) if el is not None else None
    except (TypeError, ValueError):
        return None
    return level if level is not None and 0 <= level <= BODY_TEXT_LEVEL else None


def _child(el: etree._Element, tag: str) -> etree._Element | None:
    """``el.find(tag)`` for one tag: the first child with it. lxml's find goes through
    ElementPath's layers of generators, which cost more than a look at a few children (it is
    asked three times for every paragraph)."""
    for child in el:
        if child.tag == tag:
            return child
    return None


def _first_children(el: etree._Element, tags: tuple[str, ...]) -> list[etree._Element | None]:
    """``[el.find(tag) for tag in tags]`` in one look at the children."""
    found: list[etree._Element | None] = [None] * len(tags)
    for child in el:
        tag = child.tag
        for k, wanted in enumerate(tags):
            if tag == wanted and found[k] is None:
                found[k] = child
    return found


def _deleted_row(tr: etree._Element) -> bool:
    """Whether ``tr.find("w:trPr/w:del")`` finds anything: a row deleted with tracked changes."""
    for props in tr:
        if props.tag == TR_PR and _child(props, DEL) is not None:
            return True
    return False


def _children(el: etree._Element, tags: tuple[str, ...]) -> list[etree._Element]:
    """Child elements with one of ``tags``, looking through content controls and custom XML."""
    found = []
    for child in el:
        tag = child.tag
        if tag in tags:
            found.append(child)
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None and not _shows_placeholder(child):
                found.extend(_children(content, tags))
        elif tag == CUSTOM_XML:
            found.extend(_children(child, tags))
    return found


def _shows_placeholder(sdt: etree._Element) -> bool:
    """A content control still showing its prompt ("Klicka här för att ange text.")."""
    return sdt.find(f"{W}sdtPr/{W}showingPlcHdr") is not None


# Elements that need the careful walk of _collect: what they hold is skipped or separated.
_SPECIAL = frozenset({W + "del", W + "moveFrom", MC_FALLBACK, SDT, P})
_NOT_PLAIN_TEXT = frozenset(RUN_TEXT) | _SPECIAL
TABS = W + "tabs"


def paragraph_text(p: etree._Element) -> str:
    """Visible text of a paragraph: inserted runs and hyperlinks in, deleted runs out.

    Most paragraphs hold only runs of text: their w:t (and tab, break) elements are read in
    one pass, which gives what _collect would. A paragraph with a deletion, a move, a
    content control, a text box or alternate content takes the careful walk.

    The pass visits every element and picks by tag here: lxml's iterator over a set of tags
    builds its tag matcher anew for each paragraph, which cost more than visiting the
    pPr and rPr elements in between (a document has hundreds of short table-cell paragraphs).
    """
    parts: list[str] = []
    elements = p.iter()
    next(elements)  # the paragraph itself
    for el in elements:
        tag = el.tag
        if tag == T:
            parts.append(text_of(el) if len(el) else el.text or "")
        elif tag not in _NOT_PLAIN_TEXT:
            continue
        elif tag in _SPECIAL:
            parts = []
            _collect(p, parts)
            break
        elif tag == TAB and el.getparent().tag == TABS:  # a tab stop in w:pPr/w:tabs, not text
            continue
        else:
            parts.append(RUN_TEXT[tag])
    return "".join(parts).strip()


def _collect(el: etree._Element, parts: list[str]) -> None:
    for child in el:
        tag = child.tag
        if tag == T:  # by far the most common: test it first
            parts.append(text_of(child) if len(child) else child.text or "")
        elif not isinstance(tag, str) or tag in SKIPPED:
            continue
        elif tag in RUN_TEXT:
            parts.append(RUN_TEXT[tag])
        elif tag == SDT and _shows_placeholder(child):
            continue
        elif tag == P:  # a paragraph inside a text box
            if parts and not parts[-1].endswith("\n"):
                parts.append("\n")
            _collect(child, parts)
            parts.append("\n")
        else:
            _collect(child, parts)


def _table_rows(tbl: etree._Element) -> list[list[str]]:
    rows = []
    for tr in _children(tbl, (TR,)):
        if _deleted_row(tr):
            continue
        rows.append([_cell_text(tc) for tc in _children(tr, (TC,))])
    return rows


def _cell_text(tc: etree._Element) -> str:
    """A cell's paragraphs joined by newlines; a nested table becomes lines of "a | b".

    Most cells hold only paragraphs (and their properties): they are read in one loop over
    the cell's children. A nested table, content control or custom XML takes the general
    walk, from the start of the cell.
    """
    lines = []
    for el in tc:
        tag = el.tag
        if tag == P:
            text = paragraph_text(el)
            if text:
                lines.append(text)
        elif tag in _CELL_GENERAL:
            return _cell_text_general(tc)
    return "\n".join(lines)


_CELL_GENERAL = frozenset({TBL, SDT, CUSTOM_XML})


def _cell_text_general(tc: etree._Element) -> str:
    lines = []
    for el in _children(tc, (P, TBL)):
        if el.tag == P:
            lines.append(paragraph_text(el))
        else:
            lines.extend(" | ".join(c for c in row if c) for row in _table_rows(el))
    return "\n".join(line for line in lines if line)


def _header_footer_parts(names: set[str], part: Callable[[str], etree._Element]) -> list[tuple[str, str]]:
    """Header and footer parts referenced from the main part, in relationship order."""
    rels_name = "word/_rels/document.xml.rels"
    found: list[tuple[str, str]] = []
    if rels_name in names:
        for rel in part(rels_name).iter(REL):
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            target = rel.get("Target") or ""
            if kind in ("header", "footer") and rel.get("TargetMode") != "External" and target:
                name = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join("word", target))
                if (name, kind) not in found:
                    found.append((name, kind))
    else:
        for name in sorted(names):
            match = re.fullmatch(r"word/(header|footer)\d*\.xml", name)
            if match:
                found.append((name, match.group(1)))
    return found


def _header_footer_lines(root: etree._Element) -> Iterator[str]:
    """Paragraph texts; a table row becomes one line of tab-separated cells."""
    for el in _children(root, (P, TBL)):
        if el.tag == P:
            text = paragraph_text(el)
            if text:
                yield text
        else:
            for row in _table_rows(el):
                line = "\t".join(cell for cell in row if cell)
                if line:
                    yield line


def _properties(part: Callable[[str], etree._Element], names: set[str]) -> dict[str, str]:
    """Core properties (title, creator, dates …) and custom ones as "custom:<name>"."""
    properties: dict[str, str] = {}
    if "docProps/core.xml" in names:
        for el in part("docProps/core.xml"):
            if isinstance(el.tag, str):
                key = etree.QName(el).localname
                value = text_of(el).strip()
                if key in CORE_KEYS and value:
                    properties[key] = value
    if "docProps/custom.xml" in names:
        for el in part("docProps/custom.xml"):
            name = el.get("name") if isinstance(el.tag, str) else None
            value = text_of(el).strip() if name else ""
            if name and value:
                properties[f"custom:{name}"] = value
    return properties
