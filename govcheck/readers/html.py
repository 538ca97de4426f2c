"""HTML (a municipality's web page, or a policy saved as HTML) -> RawDocument, with lxml.

Only the main content counts: <main>, [role=main], <article>, #content/.content/#main,
else <body> without the site's header, footer and menus. Navigation, cookie banners,
breadcrumbs, sidebars, forms, scripts and hidden elements are skipped wherever they stand,
so "Antagen 1999" in a script or a news teaser cannot become the page's adoption.

Nothing is fetched (no base URL, no network, no DTD). libxml2's HTML parser expands no
entities but puts a DOCTYPE's internal subset into the text (research B1), so the subset
and references to the entities it declares are cut out before parsing.
"""

from __future__ import annotations

import codecs
import re
from typing import Iterator

from lxml import etree

from govcheck.errors import ReadError
from govcheck.limits import Limits
from govcheck.model.blocks import RawDocument
from govcheck.readers import DOCTYPE, BlockBuilder, numbered_heading_level
from govcheck.readers.controls import without_controls
from govcheck.readers.text import decode

HEADINGS = {f"h{n}": n for n in range(1, 7)}
INLINE = {"a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i",
          "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub",
          "sup", "time", "tt", "u", "var", "wbr"}
SKIP_TAGS = {"script", "style", "template", "noscript", "svg", "math", "iframe", "object", "embed", "canvas",
             "video", "audio", "map", "select", "button", "input", "textarea", "head", "title", "meta", "link",
             "base", "img", "del", "dialog", "nav", "aside", "form"}
PAGE_CHROME_TAGS = {"header", "footer"}  # the site's, when the whole body is read
CHROME = re.compile(r"(?<![a-z])nav|menu|breadcrumb|cookie|consent|sidebar|skip-?(?:link|to)|complementary|dialog",
                    re.I)
PAGE_CHROME = re.compile(r"header|footer|banner|contentinfo", re.I)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
MAIN_CANDIDATES = ("//main", "//*[@role='main']", "//article",
                   "//*[@id='content' or @id='main' or @id='main-content' or @id='maincontent']",
                   "//*[contains(concat(' ', normalize-space(@class), ' '), ' content ')]")
META_NAMES = {"description": "description", "keywords": "keywords", "author": "creator"}
CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)""",
                     re.I)


def read_html(data: bytes, document: str, limits: Limits) -> RawDocument:
    """Blocks of the page's main content, and <title> and <meta> as properties."""
    if len(data) > limits.max_member_bytes:
        raise ReadError(document, "too-large", f"{len(data)} bytes of HTML; the limit is {limits.max_member_bytes}")
    root = _parse(_without_internal_subsets(_decode(data, document)), document)
    properties = _properties(root)
    container, whole_body = _main_content(root)
    out = BlockBuilder(document, limits)
    _Page(out, whole_body, properties.get("title", ""), container).read(container)
    return RawDocument(format="html", blocks=out.blocks, properties=properties)


def _decode(data: bytes, document: str) -> str:
    """A BOM, else the declared charset (<meta charset>, XML declaration), else UTF-8, else
    Windows-1252."""
    declared = None if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else (
        CHARSET.search(data[:4096]))
    if declared:
        name = (declared.group(1) or declared.group(2)).decode("ascii", "replace").lower()
        codec = "cp1252" if name in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii") else name
        if not codec.startswith(("utf-16", "utf16")):  # a page that says UTF-16 without a BOM is not
            try:
                return data.decode(codec, errors="replace")
            except LookupError:  # unknown, or not a text encoding ("base64")
                pass
    return decode(data, document)


def _without_internal_subsets(text: str) -> str:
    """Cut every DOCTYPE internal subset, and references to the entities it declared."""
    declared: set[str] = set()

    def cut(match: re.Match[str]) -> str:
        if "[" not in match.group(0):
            return match.group(0)
        declared.update(re.findall(r"<!ENTITY\s+(?:%\s+)?([^\s\"'>%]+)", match.group(0)))
        return ""

    text = DOCTYPE.sub(cut, text)
    if declared:
        text = re.sub(r"&([^\s&;<>\"']{1,100});", lambda m: "" if m.group(1) in declared else m.group(0), text)
    return text


def _parse(text: str, document: str) -> etree._Element:
    parser = etree.HTMLParser(encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True,
                              huge_tree=False)
    try:
        root = etree.fromstring(text.encode("utf-8", errors="replace"), parser)
    except (etree.LxmlError, ValueError) as exc:
        raise ReadError(document, "xml-error", f"not readable as HTML ({exc})") from None
    for error in parser.error_log:
        if "Excessive depth" in error.message:  # libxml2 stops there and returns what it has
            raise ReadError(document, "xml-too-deep", error.message)
    if root is None:
        raise ReadError(document, "empty", "the page has no content")
    return root


def _properties(root: etree._Element) -> dict[str, str]:
    """<title>, <meta name="description|keywords|author"> and Dublin Core <meta name="dcterms.*">."""
    properties: dict[str, str] = {}
    title = root.find(".//title")
    if title is not None and _normalise(_text_of(title)):
        properties["title"] = " ".join(_text_of(title).split())
    for meta in root.iter("meta"):
        name = (meta.get("name") or "").strip().lower()
        value = " ".join((meta.get("content") or "").split())
        key = META_NAMES.get(name) or (name if name.startswith(("dcterms.", "dc.")) else None)
        if key and value and key not in properties:
            properties[key] = value
    return properties


def _main_content(root: etree._Element) -> tuple[etree._Element, bool]:
    """The element holding the page's own content, and whether it is the whole body."""
    for xpath in MAIN_CANDIDATES:
        found = [el for el in root.xpath(xpath) if not _hidden(el) and any(t.strip() for t in el.itertext())]
        if xpath == "//article" and len(found) > 1:  # a list of news teasers: prefer the one with the h1
            found = [el for el in found if el.find(".//h1") is not None][:1]
        if found:
            return found[0], False
    body = root.find("body")
    return (body if body is not None else root), True


def _hidden(el: etree._Element) -> bool:
    return (el.get("hidden") is not None or el.get("aria-hidden") == "true"
            or bool(HIDDEN_STYLE.search(el.get("style") or "")))


def _skipped(el: etree._Element, whole_body: bool) -> bool:
    """Scripts, navigation, banners and hidden elements; a wrapper that holds the page's h1
    is never skipped for its class name ("content-with-sidebar")."""
    tag = el.tag
    if not isinstance(tag, str) or tag in SKIP_TAGS or _hidden(el):
        return True
    if whole_body and tag in PAGE_CHROME_TAGS:
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"
    if not names.strip():
        return False
    chrome = CHROME.search(names) or (whole_body and PAGE_CHROME.search(names))
    return bool(chrome) and el.find(".//h1") is None


class _Page:
    """Walks the content in reading order: inline text gathers into the open paragraph, a
    block element closes it. The first h1 is the title (level 0) when it is the page title."""

    def __init__(self, out: BlockBuilder, whole_body: bool, page_title: str, container: etree._Element):
        self.out = out
        self.whole_body = whole_body
        self.page_title = page_title.casefold()
        self.h1_count = sum(1 for _ in container.iter("h1"))
        self.shift = 0
        self.seen_heading = False
        self.buffer: list[str] = []
        self.styles: list[str] = []

    def read(self, el: etree._Element) -> None:
        self.styles.append(el.tag if isinstance(el.tag, str) else "")
        self._children(el)
        self.flush()
        self.styles.pop()

    def _children(self, el: etree._Element) -> None:
        if el.text:
            self.buffer.append(_ws(el.text))
        for child in el:
            if not _skipped(child, self.whole_body):
                self._visit(child)
            if child.tail:
                self.buffer.append(_ws(child.tail))

    def _visit(self, el: etree._Element) -> None:
        tag = el.tag
        if tag == "br":
            self.buffer.append("\n")
        elif tag in HEADINGS:
            self.flush()
            self._heading(el, HEADINGS[tag])
        elif tag == "table":
            self.flush()
            self._table(el)
        elif tag == "dl":
            self.flush()
            self._definitions(el)
        elif tag in INLINE:
            self._children(el)
        elif tag == "pre":
            self.flush()
            text = "\n".join(line.rstrip() for line in _text_of(el).split("\n")).strip("\n")
            if text.strip():
                self.out.paragraph(text, "pre")
        else:
            self.flush()
            self.read(el)

    def flush(self) -> None:
        if not self.buffer:
            return
        text = _normalise("".join(self.buffer))
        self.buffer.clear()
        if not text:
            return
        style = self.styles[-1] if self.styles else None
        level = numbered_heading_level(text) if style == "p" and "\n" not in text else None
        if level is None:
            self.out.paragraph(text, style)
        else:
            self.out.heading(text, level, style)

    def _heading(self, el: etree._Element, level: int) -> None:
        text = " ".join(_flat(el, self.whole_body).split())
        if not text:
            return
        first, self.seen_heading = not self.seen_heading, True
        if first and level == 1 and (self.h1_count == 1 or text.casefold() in self.page_title):
            self.shift = 1 if self.h1_count == 1 else 0  # then h2 sections are the top level
            self.out.heading(text, 0, el.tag)
        else:
            self.out.heading(text, max(1, level - self.shift), el.tag)

    def _table(self, el: etree._Element) -> None:
        caption = el.find("caption")
        if caption is not None and _normalise(_flat(caption, self.whole_body)):
            self.out.paragraph(_normalise(_flat(caption, self.whole_body)), "caption")
        rows = _table_rows(el, self.whole_body)
        if any(cell for row in rows for cell in row):
            self.out.table(rows)

    def _definitions(self, dl: etree._Element) -> None:
        """<dt>Beslutad av</dt><dd>Kommunfullmäktige</dd> becomes "Beslutad av: Kommunfullmäktige"."""
        label = None
        for el in _definition_items(dl):
            text = _normalise(_flat(el, self.whole_body)).replace("\n", " ")
            if el.tag == "dt":
                if label:
                    self.out.paragraph(label, "dt")
                label = text.rstrip(":") or None
            elif text:
                self.out.paragraph(f"{label}: {text}" if label else text, "dd")
                label = None
        if label:
            self.out.paragraph(label, "dt")


def _definition_items(dl: etree._Element) -> Iterator[etree._Element]:
    for child in dl:
        if child.tag in ("dt", "dd"):
            yield child
        elif child.tag == "div":  # HTML allows <div> around each dt/dd group
            yield from (el for el in child if el.tag in ("dt", "dd"))


def _table_rows(table: etree._Element, whole_body: bool) -> list[list[str]]:
    rows = []
    for tr in _rows(table):
        rows.append([_normalise(_flat(cell, whole_body)) for cell in tr if cell.tag in ("td", "th")])
    return rows


def _rows(el: etree._Element) -> Iterator[etree._Element]:
    for child in el:
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from _rows(child)


def _flat(el: etree._Element, whole_body: bool) -> str:
    """All text of an element: <br> and block boundaries as newlines, a nested table as
    lines of "a | b", skipped elements left out."""
    parts: list[str] = []
    _flat_into(el, parts, whole_body)
    return "".join(parts)


def _flat_into(el: etree._Element, parts: list[str], whole_body: bool) -> None:
    if el.text:
        parts.append(_ws(el.text))
    for child in el:
        tag = child.tag
        if not _skipped(child, whole_body):
            if tag == "br":
                parts.append("\n")
            elif tag == "table":
                parts.extend(f"\n{' | '.join(c for c in row if c)}\n" for row in _table_rows(child, whole_body))
            else:
                block = tag not in INLINE
                parts.append("\n" if block else "")
                _flat_into(child, parts, whole_body)
                parts.append("\n" if block else "")
        if child.tail:
            parts.append(_ws(child.tail))


def _text_of(el: etree._Element) -> str:
    """The element's text as written (<pre>, <title>): a vertical tab or form feed breaks the line."""
    return without_controls("".join(t for t in el.itertext() if isinstance(t, str)), line_breaks=True)


def _ws(text: str) -> str:
    """Source line breaks are white space; only <br> and block ends break lines.

    Control characters, raw or as references ("&#11;"), which libxml2's HTML parser passes
    on, are white space too.
    """
    return re.sub(r"\s+", " ", without_controls(text))


def _normalise(text: str) -> str:
    """Collapse white space as a browser does, keeping line breaks; drop empty lines."""
    if "\n" not in text:
        return " ".join(text.split())
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
