"""Blocks as lines of text with their locations, including label/value lines made from tables.

Cover sheets put metadata in tables ("Beslutad av | Kommunfullmäktige", or a header row
"Beslutad av | Datum | Dnr" over a value row). Synthesising "Beslutad av: Kommunfullmäktige"
lets every metadata matcher treat tables and running "Label: value" text alike, and the
synthesised line keeps the value cell's location with ``field`` set to the label.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from govcheck.model.blocks import Block
from govcheck.model.common import Location
from govcheck.trusted import trusted

# First words of metadata labels on cover sheets and in page headers (lower case prefixes).
LABEL_STEMS = (
    "antag", "beslut", "fastst", "godkän", "datum", "dnr", "diarie", "dokument", "ägare",
    "ansvar", "giltig", "gäller", "revider", "revision", "version", "status", "ersätter",
    "omfattning", "senast", "nästa", "paragraf", "§", "upprätt", "målgrupp", "utfärdad",
    "handläggare", "processägare", "typ", "kontakt", "översyn", "tidpunkt",
    "uppföljning", "framtagen", "instans", "referens", "beteckning", "protokoll", "relaterade",
    "ändr", "förändr", "kommentar", "beskrivning", "utförd", "författare",
    "sida", "klassificering", "utgåva", "författningssamling", "utbytt", "sign", "id", "nr",
)


_DIGIT = re.compile(r"\d")
_FIRST_WORD_END = re.compile(r"[\s/:]+")


@lru_cache(maxsize=8192)
def is_label(text: str) -> bool:
    """True for a short cell or line that reads as a metadata label ("Dnr", "Beslutad av:").

    Cached: table headers and label cells repeat across rows and documents.
    """
    t = text.strip()
    if not t or len(t) > 40 or _DIGIT.search(t):
        return False
    if t.endswith(":"):
        return True
    first = _FIRST_WORD_END.split(t.lower())[0]
    return first.startswith(LABEL_STEMS)


def _loose_label(text: str) -> bool:
    """A left cell of a two-column row may be any short text without digits."""
    t = text.strip()
    return bool(t) and len(t) <= 40 and not _DIGIT.search(t) and not t.endswith(".")


class Line:
    """A line of text and where it stands.

    A table cell's Location is built only when someone asks for it: every cell of every table
    becomes a Line, and almost none is ever cited.
    """

    __slots__ = ("text", "_location", "_table", "_row", "_cell", "_field", "_base")

    def __init__(self, text: str, location: Location | None = None, *, table: Location | None = None,
                 row: int = 0, cell: int = 0, field: str | None = None, base: "Line | None" = None):
        self.text = text
        self._location = location
        self._table, self._row, self._cell, self._field, self._base = table, row, cell, field, base

    @property
    def location(self) -> Location:
        if self._location is None:
            if self._base is not None:
                self._location = self._base.location.model_copy(update={"field": self._field})
            else:
                loc = cell_location(self._table, self._row, self._cell)
                self._location = loc if self._field is None else loc.model_copy(update={"field": self._field})
        return self._location

    def with_field(self, text: str, field: str) -> "Line":
        """This line's place, read as the value of label ``field``."""
        return Line(text, base=self, field=field)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Line) and (self.text, self.location) == (other.text, other.location)

    __hash__ = None  # mutable cache inside; compared by value like the dataclass it replaces

    def __repr__(self) -> str:
        return f"Line({self.text!r}, {self.location!r})"


def _label_line(label: str, value: str, table: Location, row: int, cell: int) -> Line:
    name = label.strip().rstrip(":").strip()
    return Line(f"{name}: {value.strip()}", table=table, row=row, cell=cell, field=name)


def _is_header(cells: list[str]) -> bool:
    """At least two filled cells, and every filled cell a label."""
    filled = 0
    for c in cells:
        if c.strip():
            if not is_label(c):
                return False
            filled += 1
    return filled >= 2


def _pairs(cells: list[str]) -> list[tuple[int, int]]:
    """(label index, value index) pairs of a row read as label/value, 0-based."""
    # Merged cells repeat their text in each grid column; read each run once.
    runs = [i for i, c in enumerate(cells) if i == 0 or c != cells[i - 1]]
    if len(runs) == 2:
        i, j = runs
        return [(i, j)] if _loose_label(cells[i]) and cells[j].strip() else []
    labels, values = runs[0::2], runs[1::2]
    if len(runs) >= 4 and all(is_label(cells[i]) for i in labels if cells[i].strip()) and any(
        cells[j].strip() and not is_label(cells[j]) for j in values
    ):
        return [(i, j) for i, j in zip(labels, values) if cells[i].strip() and cells[j].strip()]
    filled = [i for i in runs if cells[i].strip()]
    if len(filled) == 2 and filled[1] == filled[0] + 1 and is_label(cells[filled[0]]):
        return [(filled[0], filled[1])]
    return []


def cell_location(table: Location, row: int, cell: int) -> Location:
    """The location of one table cell: the table's, with row and cell (unvalidated, see trusted.py)."""
    values = dict(table.__dict__)
    values["row"] = row
    values["cell"] = cell
    return trusted(Location, set(values), **values)


def table_lines(block: Block) -> Iterator[Line]:
    rows = [[c or "" for c in row] for row in block.rows]
    heads = [_is_header(cells) for cells in rows]
    header: list[str] | None = None
    table = block.location
    for r, cells in enumerate(rows, 1):
        for c, text in enumerate(cells, 1):
            yield Line(text, table=table, row=r, cell=c)
        following = rows[r] if r < len(rows) else None
        # A row of labels over a row of values is a header; in a two-column table only if the
        # next row does not itself open with a label ("Status | Antaget" / "Dnr | KS 2016/918").
        if following and heads[r - 1] and not heads[r] and (
                len(cells) > 2 or not is_label(following[0])):
            header = cells
            continue
        if header is not None and not heads[r - 1]:
            for c, (label, value) in enumerate(zip(header, cells), 1):
                if label.strip() and value.strip():
                    yield _label_line(label, value, table, r, c)
            continue
        header = None
        for i, j in _pairs(cells):
            yield _label_line(cells[i], cells[j], table, r, j + 1)


def iter_lines(blocks: list[Block]) -> Iterator[Line]:
    """One line per paragraph or heading, one per table cell, plus synthesised label lines."""
    for block in blocks:
        if block.kind == "table":
            yield from table_lines(block)
        else:
            yield Line(block.text, block.location)


def all_text(block: Block) -> str:
    """A paragraph's text, or a table's cells joined by newlines: what any line made from the
    block can hold (a synthesised label line holds a label cell's and a value cell's text)."""
    if block.kind != "table":
        return block.text
    return "\n".join(cell for row in block.rows for cell in row if cell)

