"""Whether a document is a draft, adopted, repealed or unknown.

Drafts announce themselves where a reader looks first: the title, the first blocks, the
page header or footer, a "Status:" label, the file's properties. The same words deep in the
text ("förslag till beslut", "utkastet skickades på remiss") describe something else, so
only those places count, and in the first blocks only a short line or a marker that opens
the block or is written in capitals. A draft marker beats an adoption line, because drafts
carry the adoption line they are meant to get ("Antagen av kommunfullmäktige 20XX-XX-XX").
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from govcheck.extract.hints import may_contain
from govcheck.extract.lines import Line, all_text, iter_lines
from govcheck.model.blocks import Block
from govcheck.model.common import Location, Source, Sourced
from govcheck.model.document import Adoption, DocStatus

FIRST_BLOCKS = 8
SHORT_LINE = 40  # "Version: Utkast 2"; a sentence that mentions "förslag" is longer

_DRAFT = re.compile(
    r"(?<![\w-])(?:förslag|utkast(?:et)?|arbetsmaterial|remissversion(?:en)?|remissutgåva(?:n)?|"
    r"preliminär[ta]?|draft)(?![\w-])", re.I)
_REPEALED = re.compile(
    r"(?<![\w-])(?:upphävd|upphävt|upphävda|upphävdes|har\s+upphävts|upph[öo]r(?:t|de)\s+att\s+gälla)(?![\w-])",
    re.I)
_STATUS_LABEL = re.compile(r"^\s*status\s*:\s*(?P<v>.{1,60})$", re.I)
_ADOPTED_VALUE = re.compile(
    r"^\s*(?:antagen|antaget|antagna|fastställd|fastställt|beslutad|beslutat|godkänd|godkänt|gällande)\b",
    re.I)
_PROPERTY_KEYS = {"title", "keywords", "category", "subject", "custom:status"}


def _sourced(value: str, source: Source, location: Location | None, quote: str) -> Sourced[str]:
    quote = re.sub(r"\s+", " ", quote).strip()[:200]
    return Sourced[str](value=value, source=source, location=location, quote=quote)


def _places(blocks: Sequence[Block], properties: dict[str, str], header_footer: Iterable[Block]
            ) -> Iterable[tuple[Line, Source, bool]]:
    """(line, source, strict) for every place a status marker counts; strict lines count a
    marker only when the line is short, opens with it, or writes it in capitals."""
    headings = [b for b in blocks if b.kind == "heading"]
    titles = [b for b in headings if b.level == 0] + headings[:1]
    for line in iter_lines(titles):
        yield line, "extracted", False
    for line in iter_lines(list(header_footer)):
        yield line, "extracted", False
    for line in iter_lines(list(blocks[:FIRST_BLOCKS])):
        yield line, "extracted", True
    for key, value in sorted(properties.items()):
        if key.lower() in _PROPERTY_KEYS and value.strip():
            yield Line(value, Location(part="properties", field=key)), "properties", False


def _counts(m: re.Match[str], text: str, strict: bool) -> bool:
    if not strict:
        return True
    return len(text.strip()) <= SHORT_LINE or m.start() == len(text) - len(text.lstrip()) or m.group(0).isupper()


def _status_labels(blocks: Sequence[Block], header_footer: Iterable[Block]) -> Iterable[tuple[Line, str]]:
    for block in [*header_footer, *blocks]:
        if not may_contain(all_text(block), ("status",)):  # a label line holds its block's word
            continue
        for line in iter_lines([block]):
            m = _STATUS_LABEL.match(line.text)
            if m:
                yield line, m["v"]


def detect_status(blocks: list[Block], properties: dict[str, str], header_footer: list[Block],
                  adoptions: list[Adoption]) -> tuple[Sourced[DocStatus], list[Sourced[str]]]:
    """The status and the draft markers found: repealed > draft > adopted > unknown."""
    drafts: list[Sourced[str]] = []
    repealed: Sourced[str] | None = None
    seen: set[tuple[str, str]] = set()
    places = list(_places(blocks, properties, header_footer))
    places += [(line, "extracted", False) for line, _ in _status_labels(blocks, header_footer)]
    for line, source, strict in places:
        for m in _DRAFT.finditer(line.text):
            key = (m.group(0).lower(), line.location.model_dump_json())
            if _counts(m, line.text, strict) and key not in seen:
                seen.add(key)
                drafts.append(_sourced(m.group(0), source, line.location, line.text))
        m = _REPEALED.search(line.text)
        if m and repealed is None and _counts(m, line.text, strict):
            repealed = _sourced(m.group(0), source, line.location, line.text)

    def status(value: DocStatus, source: Source, location: Location | None, quote: str | None):
        return Sourced[DocStatus](value=value, source=source, location=location, quote=quote)

    if repealed is not None:
        return status("repealed", repealed.source, repealed.location, repealed.quote), drafts
    if drafts:
        return status("draft", drafts[0].source, drafts[0].location, drafts[0].quote), drafts
    if adoptions:
        p = adoptions[0].provenance
        return status("adopted", p.source, p.location, p.quote), drafts
    for line, value in _status_labels(blocks, header_footer):
        if _ADOPTED_VALUE.match(value):
            return status("adopted", "extracted", line.location, line.text.strip()[:200]), drafts
    return status("unknown", "default", None, None), drafts
