"""Akoma Ntoso (OASIS LegalDocML, 3.0 and 2.0) XML -> RawDocument.

Structure is explicit: hierarchical containers (chapter, section, article, paragraph …)
carry a num and a heading, so a heading's level is its nesting, not a style. Metadata is
explicit too, but in FRBR and lifecycle terms, so the reader restates it as the Swedish
label properties the extractors already read from Word's custom properties
("custom:Beslutsdatum", "custom:Beslutsparagraf", "custom:Beslutad av", "custom:Reviderad",
"custom:Status"): an <act> is adopted ("Antagen"), a <bill> is a proposal ("Förslag").
Key names matter: the extractors pair label lines that sort next to each other.
"""

from __future__ import annotations

import re
from typing import Iterator

from lxml import etree

from govcheck.errors import ReadError
from govcheck.limits import Limits
from govcheck.model.blocks import RawDocument
from govcheck.readers import BlockBuilder
from govcheck.readers.safexml import parse_xml

NAMESPACES = ("http://docs.oasis-open.org/legaldocml/ns/akn/3.0", "http://www.akomantoso.org/2.0")
HCONTAINERS = {"part", "subpart", "book", "tome", "title", "subtitle", "chapter", "subchapter", "section",
               "subsection", "article", "paragraph", "subparagraph", "clause", "subclause", "division",
               "subdivision", "point", "list", "sublist", "indent", "alinea", "rule", "subrule", "proviso",
               "level", "hcontainer", "transitional", "tblock"}
# Elements that end the paragraph being gathered; anything else is inline text.
BLOCKS = {"p", "blockList", "item", "listIntroduction", "listWrapUp", "ul", "ol", "li", "blockContainer",
          "container", "content", "intro", "wrapUp", "preface", "preamble", "conclusions", "body", "mainBody",
          "coverPage", "longTitle", "formula", "recitals", "recital", "citations", "citation", "attachments",
          "attachment", "components", "component", "collectionBody", "interstitial", "div", "subheading",
          "blockQuote", "embeddedStructure", "quotedStructure", "judgmentBody", "debateBody", "debateSection",
          "introduction", "background", "arguments", "remedies", "motivation", "decision", "signature"}
SKIPPED = {"meta", "authorialNote", "noteRef", "del", "img", "foreign", "toc", "componentRef", "documentRef",
           "num", "heading"}
BREAKS = {"eol", "eop", "br"}
ADOPTION_NAMES = {"adoption", "adopted", "enacted", "enactment", "approval", "approved", "decision", "beslut",
                  "beslutad", "beslutsdatum", "antagen", "antagande", "antagandedatum", "fastställd",
                  "fastställelse"}
REVISION_NAMES = {"amendment", "amended", "revision", "revised", "reviderad", "revidering", "ändring", "ändrad"}
NOT_ADOPTION_NAMES = {"publication", "presentation", "submission", "introduction", "proposal", "förslag",
                      "remiss", "draft", "utkast", "entryintoforce", "ikraftträdande"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
SECTION_SIGN = re.compile(r"§\s*\d+")


def read_akn(data: bytes, document: str, limits: Limits) -> RawDocument:
    """Body blocks in nesting order and FRBR/lifecycle metadata as label properties."""
    if len(data) > limits.max_member_bytes:
        raise ReadError(document, "too-large", f"{len(data)} bytes of XML; the limit is {limits.max_member_bytes}")
    root = parse_xml(data, document)
    namespace = etree.QName(root).namespace or ""
    if _local(root) != "akomaNtoso" or not namespace.startswith(NAMESPACES):
        raise ReadError(document, "unsupported-format",
                        f"<{_local(root)}> in namespace {namespace or '(none)'} is not Akoma Ntoso 2.0 or 3.0")
    doc = next((el for el in root if isinstance(el.tag, str)), None)
    if doc is None:
        raise ReadError(document, "missing-part", "akomaNtoso holds no document")
    meta = _child(doc, "meta")
    properties = _properties(_local(doc), doc, meta)
    out = BlockBuilder(document, limits)
    _Walker(out, properties.get("title")).read(doc)
    return RawDocument(format="akn", blocks=out.blocks, properties=properties)


def _local(el: etree._Element) -> str:
    return el.tag.rpartition("}")[2] if isinstance(el.tag, str) else ""


def _child(el: etree._Element | None, name: str) -> etree._Element | None:
    return next((c for c in el if _local(c) == name), None) if el is not None else None


def _children(el: etree._Element | None, name: str) -> Iterator[etree._Element]:
    return (c for c in el if _local(c) == name) if el is not None else iter(())


class _Walker:
    """Reading order: inline text gathers into the open paragraph, a block closes it, and a
    container with a heading opens a section one level below the enclosing one."""

    def __init__(self, out: BlockBuilder, title: str | None):
        self.out = out
        self.title = title  # a paragraph that is just the title, before any heading, is the title
        self.level = 0
        self.number: str | None = None  # the num of a container without heading, for its first paragraph
        self.buffer: list[str] = []

    def read(self, el: etree._Element) -> None:
        if el.text:
            self.buffer.append(_ws(el.text))
        for child in el:
            name = _local(child)
            if name and name not in SKIPPED:
                self._visit(child, name)
            if child.tail:
                self.buffer.append(_ws(child.tail))

    def _visit(self, el: etree._Element, name: str) -> None:
        if name in BREAKS:
            self.buffer.append("\n")
        elif name in HCONTAINERS:
            self.flush()
            self._container(el)
        elif name == "crossHeading":
            self.flush()
            text = " ".join(text_of(el).split())
            if text:
                self.out.heading(text, self.level + 1, name)
        elif name == "table":
            self.flush()
            rows = _table_rows(el)
            if any(cell for row in rows for cell in row):
                self.out.table(rows)
        elif name in BLOCKS:
            self.flush()
            self.number = _part_text(el, "num") or self.number  # a list item's "a)"
            self.read(el)
            self.flush(name)
        else:
            self.read(el)

    def _container(self, el: etree._Element) -> None:
        num, heading = _part_text(el, "num"), _part_text(el, "heading")
        outer = self.level
        if heading:
            self.level += 1
            self.out.heading(f"{num} {heading}".strip(), self.level, _local(el))
            self.title = None
        self.number = None if heading else num
        self.read(el)
        self.flush(_local(el))
        self.level, self.number = outer, None

    def flush(self, style: str | None = None) -> None:
        if not self.buffer:
            return
        lines = (" ".join(line.split()) for line in "".join(self.buffer).split("\n"))
        text = "\n".join(line for line in lines if line)
        self.buffer.clear()
        if not text:
            return
        if self.number:
            text, self.number = f"{self.number} {text}", None
        if self.title and text == self.title:
            self.out.heading(text, 0, "docTitle")
            self.title = None
        else:
            self.out.paragraph(text, style)


def _part_text(el: etree._Element, name: str) -> str:
    part = _child(el, name)
    return " ".join(text_of(part).split()) if part is not None else ""


def _table_rows(table: etree._Element) -> list[list[str]]:
    return [[_cell_text(c) for c in tr if _local(c) in ("td", "th")] for tr in _rows(table)]


def _rows(el: etree._Element) -> Iterator[etree._Element]:
    for child in el:
        if _local(child) == "tr":
            yield child
        elif _local(child) in ("thead", "tbody", "tfoot"):
            yield from _rows(child)


def _cell_text(cell: etree._Element) -> str:
    lines = []
    for el in cell:
        name = _local(el)
        if name == "table":
            lines.extend(" | ".join(c for c in row if c) for row in _table_rows(el))
        elif name and name not in SKIPPED:
            lines.append(" ".join(text_of(el).split()))
    if not lines:
        lines.append(" ".join(text_of(cell).split()))
    return "\n".join(line for line in lines if line)


def text_of(el: etree._Element) -> str:
    """Character data without skipped elements (notes, deletions) or unresolved entities."""
    parts: list[str] = [el.text or ""]
    for child in el:
        if _local(child) in BREAKS:
            parts.append(" ")
        elif _local(child) and _local(child) not in SKIPPED:
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _ws(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# --------------------------------------------------------------------------- metadata


def _properties(kind: str, doc: etree._Element, meta: etree._Element | None) -> dict[str, str]:
    """Title, number, type, status and decision dates as the label properties a Word file's
    custom properties would hold."""
    work = _child(_child(meta, "identification"), "FRBRWork")
    properties: dict[str, str] = {}
    title = _first_text(doc, "docTitle") or _value(work, "FRBRname") or _value(work, "FRBRalias")
    if title:
        properties["title"] = title
    number = _first_text(doc, "docNumber") or _value(work, "FRBRnumber")
    if number:
        properties["custom:Beteckning"] = number
    subtype = doc.get("name")
    if subtype and subtype != kind:
        properties["custom:Dokumenttyp"] = subtype
    properties.update(_decisions(kind, meta))
    return properties


def _decisions(kind: str, meta: etree._Element | None) -> dict[str, str]:
    """Adoption (date, § from the minutes the event cites, deciding body), revisions, status."""
    identification = _child(meta, "identification")
    work = _child(identification, "FRBRWork")
    names = _references(meta)
    events = [(ev.get("type") or "", _date(ev.get("date")), ev) for ev in _events(meta)]
    dated = [(d.get("name") or "", _date(d.get("date")), d)
             for part in (work, _child(identification, "FRBRExpression")) for d in _children(part, "FRBRdate")]
    found: dict[str, str] = {}
    adoption = _adoption(kind, work, events, dated, names)
    if adoption:
        found["custom:Beslutsdatum"] = adoption
        minutes = [names.get((ev.get("source") or "").lstrip("#"), "") for _, d, ev in events if d == adoption]
        section = next((m.group(0) for text in minutes if (m := SECTION_SIGN.search(text))), None)
        if section:  # "Kommunfullmäktige 2008-09-12 § 123"
            found["custom:Beslutsparagraf"] = section
    author = _child(work, "FRBRauthor")
    body = names.get((author.get("href") or "").lstrip("#"), "") if author is not None else ""
    if body and kind != "bill":  # a bill's author proposes; it does not decide
        found["custom:Beslutad av"] = body
    revisions = sorted({d for t, d, ev in events if d and d != adoption and _is_revision(t, ev, names)}
                       | {d for name, d, _ in dated if d and d != adoption and name.lower() in REVISION_NAMES})
    for i, date in enumerate(revisions, start=1):
        found["custom:Reviderad" if i == 1 else f"custom:Reviderad {i}"] = date
    repealed = [d for t, d, _ in events if t == "repeal"]
    if kind == "bill":
        found["custom:Status"] = "Förslag"
    elif repealed:
        found["custom:Status"] = f"Upphävd {repealed[0] or ''}".strip()
    elif kind == "act":
        found["custom:Status"] = "Antagen"
    return found


def _adoption(kind: str, work: etree._Element | None, events: list, dated: list, names: dict[str, str]
              ) -> str | None:
    """A date named as the decision, else the generation event (not a bill's: that is when it
    was tabled), else an act's work date."""
    for name, date, _ in dated:
        if date and name.lower() in ADOPTION_NAMES:
            return date
    for _, date, ev in events:
        if date and _refers_to(ev, names) in ADOPTION_NAMES:
            return date
    if kind == "bill":
        return None
    generation = next((d for t, d, _ in events if t == "generation" and d), None)
    if generation or kind != "act":
        return generation
    work_dates = (d for name, d, el in dated if el.getparent() is work and name.lower() not in NOT_ADOPTION_NAMES)
    return next((d for d in work_dates if d), None)


def _refers_to(ev: etree._Element, names: dict[str, str]) -> str:
    """What an event is, by its TLCEvent's showAs or the id itself ("#antagande")."""
    refers = (ev.get("refersTo") or "").lstrip("#")
    return names.get(refers, refers).lower()


def _is_revision(event_type: str, ev: etree._Element, names: dict[str, str]) -> bool:
    return event_type == "amendment" or _refers_to(ev, names) in REVISION_NAMES


def _events(meta: etree._Element | None) -> Iterator[etree._Element]:
    for lifecycle in _children(meta, "lifecycle"):
        yield from _children(lifecycle, "eventRef")


def _references(meta: etree._Element | None) -> dict[str, str]:
    """eId -> showAs of every reference (TLCOrganization, TLCEvent, original, passiveRef …)."""
    names: dict[str, str] = {}
    for refs in _children(meta, "references"):
        for ref in refs:
            eid = ref.get("eId") or ref.get("id")
            if eid and ref.get("showAs"):
                names[eid] = ref.get("showAs").strip()
    return names


def _first_text(doc: etree._Element, name: str) -> str | None:
    for el in doc.iter():
        if _local(el) == name and not any(_local(a) == "meta" for a in el.iterancestors()):
            text = " ".join(text_of(el).split())
            if text:
                return text
    return None


def _value(el: etree._Element | None, name: str) -> str | None:
    found = _child(el, name)
    value = (found.get("value") or "").strip() if found is not None else ""
    return value or None


def _date(value: str | None) -> str | None:
    return value[:10] if value and DATE.match(value) else None
