"""Read the rows of a delegationsordning's tables: ärende, delegat, lagrum, anmärkning, nr.

Delegation tables differ in column order and wording ("Ärende | Lagrum | Delegat", "Nr |
Beslut | Delegering till | Villkor"), so columns are recognised by their header, in any
order and case. A table is read only when it has at least a matter and a delegate column.
Word splits long tables at page or section breaks without repeating the header: a table
without a header whose first row is data continues the previous delegation table when it
has as many columns. Rows that hold one text across the row ("3. Personalärenden") are
titles: they extend the entry's section path. A leading number in the matter cell
("A.1.1 Beslut om …", Knivsta's shape) becomes the reference when there is no Nr column.
"""

from __future__ import annotations

import re
from functools import lru_cache

from govcheck.extract.levels import normalise_level
from govcheck.extract.lines import cell_location
from govcheck.extract.responsibilities import clean, match_actor
from govcheck.model import Block, DelegationEntry, Organisation
from govcheck.trusted import trusted

_COLUMNS = [  # (field, header pattern); the first that matches a header cell names its column
    ("delegate", r"delegat(?!ions)|delegering\s+till|delegeras\s+till|beslutsfattare|beslutande|beslutas\s+av|beslutsnivå"),
    ("matter", r"ärende|beslut\b|beslutstyp|beslutsärende|beslutsområde|delegationsärende|ärendebeskrivning"),
    ("law", r"lagrum|lag\b|lagstöd|lag\s*/|författning|stöd\b|lagstöd|bestämmelse|rättsligt\s+stöd|hänvisning"),
    ("note", r"anmärkning|anm\b|kommentar|villkor|begränsning|notering|övrigt|förutsättning"),
    ("reference", r"(?:nr|nummer|punkt|p|ref|referens|id|kod|löpnummer|#)\.?$"),
]
_COLUMN_PATTERNS = [(name, re.compile(rf"^(?:{pattern})", re.I)) for name, pattern in _COLUMNS]
_REFERENCE = re.compile(r"^((?:[A-ZÅÄÖ]{1,3}\s?)?\d+(?:\.\d+)*[a-z]?|[A-ZÅÄÖ]\.\d+(?:\.\d+)*)\.?\s+(?=\S)")


@lru_cache(maxsize=4096)
def _column(cell: str) -> str | None:
    """The field a header cell names; cached, as every row is compared with the header."""
    text = cell.strip().rstrip(":").strip()
    if not text or len(text) > 40:
        return None
    for name, pattern in _COLUMN_PATTERNS:
        if pattern.match(text):
            return name
    return None


def _header(row: list[str]) -> dict[str, int] | None:
    """The column of each field when ``row`` is a delegation table's header, else None."""
    columns: dict[str, int] = {}
    for i, cell in enumerate(row):
        name = _column(cell)
        if name and name not in columns:
            columns[name] = i
    return columns if {"matter", "delegate"} <= columns.keys() else None


def _title(row: list[str]) -> str | None:
    """A row holding one text only (merged cells repeat it): a title inside the table."""
    texts = {c.strip() for c in row if c.strip()}
    return texts.pop() if len(texts) == 1 and len(row) > 1 else None


def _looks_like_data(row: list[str], columns: dict[str, int]) -> bool:
    """A first row that reads as an entry: a matter of some words and a delegate."""
    matter, delegate = _cell(row, columns, "matter"), _cell(row, columns, "delegate")
    return bool(matter and delegate and len(matter.split()) >= 2 and not any(c.strip().endswith(":") for c in row))


def _cell(row: list[str], columns: dict[str, int], name: str) -> str | None:
    i = columns.get(name)
    text = clean(row[i]) if i is not None and i < len(row) else ""
    return text or None


_ENTRY_FIELDS = frozenset(DelegationEntry.model_fields)


def find_delegation_entries(blocks: list[Block], org: Organisation | None) -> list[DelegationEntry]:
    """Every row of the delegation tables in the blocks, in reading order."""
    cache: dict = {}
    entries: list[DelegationEntry] = []
    previous: tuple[dict[str, int], int, list[str], list[str]] | None = None  # columns, width, section, titles
    for block in blocks:
        if block.kind != "table" or not block.rows:
            continue
        width = max(len(r) for r in block.rows)
        start, titles = 0, []
        while start < min(len(block.rows), 3) and (title := _title(block.rows[start])) is not None:
            titles.append(title)
            start += 1
        first = block.rows[start] if start < len(block.rows) else []
        columns = _header(first)
        if columns:
            start += 1
        elif previous and previous[1] == width and _looks_like_data(first, previous[0]):
            columns = previous[0]
            if not titles and previous[2] == block.location.section:  # the same part, split by a page break
                titles = previous[3]
        else:
            previous = None
            continue
        for r, row in enumerate(block.rows[start:], start=start + 1):
            if _header(row) == columns:  # the header repeated on a new page
                continue
            title = _title(row)
            if title is not None:
                titles = [title]
                continue
            entry = _entry(block, r, row, columns, titles, org, cache)
            if entry:
                entries.append(entry)
        previous = (columns, width, block.location.section, titles)
    return entries


def _entry(block: Block, r: int, row: list[str], columns: dict[str, int], titles: list[str],
           org: Organisation | None, cache: dict) -> DelegationEntry | None:
    matter, delegate = _cell(row, columns, "matter"), _cell(row, columns, "delegate")
    if not matter or not delegate:
        return None
    reference = _cell(row, columns, "reference")
    if reference is None and (m := _REFERENCE.match(matter)):
        reference, matter = m.group(1), matter[m.end():]
    match = match_actor(delegate, org, cache)
    return trusted(  # values made here, a table of hundreds of rows (see trusted.py)
        DelegationEntry, _ENTRY_FIELDS,
        matter=matter,
        delegate=delegate,
        delegate_level=normalise_level(delegate),
        delegate_unit_id=match.unit_id,
        law=_cell(row, columns, "law"),
        note=_cell(row, columns, "note"),
        reference=reference,
        section=[*block.location.section, *titles],
        location=cell_location(block.location, r, columns["matter"] + 1),
    )
