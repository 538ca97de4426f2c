"""The title of a document and its type (policy, strategi, reglemente …).

Swedish document types are the head noun of the title, often inside a compound
("Informationssäkerhetspolicy", "Digitaliseringsstrategi"), and in "X för Y" the head is
X ("Riktlinjer för informationssäkerhetspolicyn" is a riktlinje). So the title is read
before its first "för"/"till"/"om" first, and only then as a whole; within either part the
most specific type wins (handlingsplan before plan, delegationsordning before ordning).
"""

from __future__ import annotations

import re

from govcheck.extract.lines import iter_lines
from govcheck.model.blocks import Block
from govcheck.model.common import Location, Sourced
from govcheck.model.document import DocType

# In priority order; each pattern may end a compound and take a Swedish ending.
_TYPES: list[tuple[DocType, re.Pattern[str]]] = [
    (doc_type, re.compile(pattern + r"(?:en|et|er|erna|n|na|ns|s|t|r|rna)?(?![\wåäö])", re.I))
    for doc_type, pattern in [
        ("delegationsordning", r"(?:delegations|delegerings)ordning"),
        ("reglemente", r"reglemente"),
        ("projektplan", r"projektplan"),
        ("projektrapport", r"(?:slut|projekt)rapport"),
        ("handlingsplan", r"handlingsplan"),
        ("policy", r"policy"),
        ("strategi", r"strategi"),
        ("program", r"program(?:m)?"),
        ("riktlinje", r"(?:riktlinje|riktlinj|principe|princip)"),
        ("regler", r"(?:regl|regel|föreskrift|instruktion)"),
        ("rutin", r"rutin"),
        ("modell", r"modell"),
        ("handbok", r"(?:handbok|handböck|vägledning)"),
        ("plan", r"plan"),
    ]
]
_HEAD_END = re.compile(r"\s(?:för|till|om|avseende|gällande|inom)\s", re.I)
_TYPE_LABEL = re.compile(
    r"^\s*(?:dokumenttyp|dokumentslag|typ\s+av\s+(?:styr)?dokument|styrdokumenttyp)\s*:?\s*(?P<v>.+)$", re.I)
_JUNK_TITLE = re.compile(
    r"^(?:|dokument\d*|document\d*|doc\d*|namnlös.*|untitled.*|rubrik|titel|title|mall|template|normal|"
    r"microsoft (?:word|powerpoint|excel)\b.*|.*\.(?:docx?|odt|pdf|dotx?|rtf))$", re.I)
_NOT_TITLE = re.compile(
    r"^(?:sid(?:a|an)?\s*)?\d+\s*(?:\(\s*\d+\s*\)|av\s+\d+)$|^[\w\s-]+\s(?:kommun|stad|region)$|"
    r"^(?:förslag|utkast|arbetsmaterial|remissversion|draft)$|^[^:]{1,30}:\s", re.I)


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def detect_title(blocks: list[Block], properties: dict[str, str]) -> Sourced[str] | None:
    """Title block, else a meaningful core "title" property, else first heading, else first short paragraph."""
    def from_block(block: Block) -> Sourced[str]:
        text = _clean(block.text)
        return Sourced[str](value=text, location=block.location, quote=text[:200])

    for block in blocks:
        if block.kind == "heading" and block.level == 0 and _clean(block.text):
            return from_block(block)
    prop = _clean(properties.get("title", ""))
    if not _JUNK_TITLE.match(prop) and len(prop) >= 3:
        return Sourced[str](value=prop, source="properties",
                            location=Location(part="properties", field="title"), quote=prop[:200])
    for block in blocks:
        if block.kind == "heading" and _clean(block.text):
            return from_block(block)
    for block in blocks:
        text = _clean(block.text)
        if block.kind == "paragraph" and text and len(text) <= 120 and not _NOT_TITLE.match(text):
            return from_block(block)
    return None


def type_of(text: str) -> DocType | None:
    """The document type a title or label names, or None."""
    head = _HEAD_END.split(text, maxsplit=1)[0]
    for part in (head, text):
        for doc_type, pattern in _TYPES:
            if pattern.search(part):
                return doc_type
    return None


def detect_doc_type(title: str | None, blocks: list[Block], properties: dict[str, str]) -> Sourced[DocType]:
    """An explicit "Dokumenttyp:" label, else the title's head noun, else the first headings."""
    for key, value in sorted(properties.items()):
        if key.lower() in {"custom:dokumenttyp", "custom:dokumentslag", "custom:typ"} and type_of(value):
            return Sourced[DocType](value=type_of(value), source="properties",
                                location=Location(part="properties", field=key), quote=value[:200])
    for line in iter_lines(blocks[:30]):
        m = _TYPE_LABEL.match(line.text)
        if m and type_of(m["v"]):
            return Sourced[DocType](value=type_of(m["v"]), location=line.location, quote=_clean(line.text)[:200])
    if title and type_of(title):
        return Sourced[DocType](value=type_of(title), quote=_clean(title)[:200])
    headings = [b for b in blocks[:30] if b.kind == "heading"][:3]
    for block in headings:
        if type_of(block.text):
            return Sourced[DocType](value=type_of(block.text), location=block.location,
                                    quote=_clean(block.text)[:200])
    return Sourced[DocType](value="other", source="default")
