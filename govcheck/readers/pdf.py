"""PDF -> RawDocument: rebuild headings, paragraphs and tables from positioned lines.

A PDF has no paragraphs or headings, only lines of glyphs at positions. pdfium (in an
isolated worker, see pdf_worker) gives each line its text, box, font size and boldness;
this module turns them back into structure, with plain heuristics that are easy to check:

- running headers and footers are lines near the top or bottom edge that repeat on most
  pages, stand apart from the body, or count pages ("Sida 2 (5)"); they go to
  ``header_footer`` (counters are dropped), as the .docx reader does with header parts;
- a line starts a new paragraph after a wider gap, after a line that ended early (the next
  line's first word would have fitted), at a bullet, or when the font changes;
- headings are short blocks in a larger font (levels by size), short bold lines, typed
  numbers ("3.1 Ansvar"), and the first large line of page 1 is the title (level 0);
- lines whose words are split by wide gaps are table rows;
- a word split at a line end is joined ("informations-|säkerhet"), but not "IT-|policy"
  or "kommunikations- och".
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from govcheck.errors import ReadError
from govcheck.limits import Limits
from govcheck.model.blocks import RawDocument
from govcheck.model.common import Location, Part
from govcheck.readers import BlockBuilder, numbered_heading_level
from govcheck.readers.controls import without_controls
from govcheck.readers.pdf_worker import WorkerFailure, extract

BAND = 0.08  # top and bottom share of the page where running headers and footers stand
MIN_CHARS_PER_PAGE = 10  # fewer body characters per page on average: a scan without text
PAGE_COUNTER = re.compile(  # "Sida 2 (5)", "Sidan 2 av 5", "2 (11)", "sida 2", "Page 2 of 5"
    r"(?:\b(?:sida|sidan|sid|s\.|page)\s*)?\b\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|\b(?:av|of)\s+\d{1,3}\b)"
    r"|\b(?:sida|sidan|page)\s*\d{1,3}\b", re.I)
BARE_NUMBER = re.compile(r"^[-–(\s]*\d{1,3}(?:\s*/\s*\d{1,3})?[-–)\s]*$")  # "3", "- 3 -", "3/5"
BULLET = re.compile(r"^(?:[•·▪▫◦○●■□➢►\u2023\u2043\uf0b7\uf0a7*]|[-–]\s|\(?(?:\d{1,2}|[a-zåäö])\)\s|\d{1,2}\.\s)")
MARKER = re.compile(r"^(?:[•·▪▫◦○●■□➢►\u2023\u2043\uf0b7\uf0a7*–-]|\(?(?:\d{1,2}|[a-zåäö])[.)])$")
TOC_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d*\s*$|…\s*\d+\s*$")
LABEL = re.compile(r"^[^:]{1,40}:(?:\s|$)")
CONJUNCTIONS = {"och", "eller", "samt", "respektive", "resp.", "liksom", "men", "som", "till", "and", "or"}
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st", "\u00ad": ""}
LIGATURE = re.compile("|".join(LIGATURES))
METADATA_KEYS = {"Title": "title", "Subject": "subject", "Keywords": "keywords", "Author": "creator",
                 "CreationDate": "created", "ModDate": "modified"}
PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?\s*(Z|[+-]\d\d'?\d\d'?|[+-]\d\d)?")


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    y: float  # baseline, PDF units (larger is higher on the page)
    size: float
    bold: bool
    hyphen: bool  # ends with a hyphen that splits a word
    word_x1: float  # right edge of the first word
    cells: list | None
    page: int
    part: Part = "body"
    key: str = field(default="", repr=False)


def read_pdf(data: bytes, document: str, limits: Limits) -> RawDocument:
    """Blocks with page locations, running headers/footers and metadata of one PDF."""
    try:
        result = extract(data, max_pages=limits.max_pdf_pages, max_chars=limits.max_text_chars,
                         timeout=limits.pdf_timeout_s, memory=limits.pdf_memory_bytes)
    except WorkerFailure as exc:
        raise ReadError(document, exc.code, exc.detail) from None
    pages = result["pages"]
    if not pages:
        raise ReadError(document, "empty", "the PDF has no pages")
    lines = _mark_running(_lines(pages))
    body = [line for line in lines if line.part == "body"]
    chars = sum(len(line.text.replace(" ", "")) for line in body)
    if chars < MIN_CHARS_PER_PAGE * max(1, len(pages)):
        raise ReadError(document, "no-text-layer",
                        f"scanned PDF without a text layer; OCR is not supported "
                        f"({len(pages)} pages, {chars} characters of text)")
    budget = [0, 0]
    main = _PageBuilder(document, limits, budget)
    _Layout(body).emit(main)
    extras = _PageBuilder(document, limits, budget)
    seen: set[tuple[str, str]] = set()
    for line in lines:
        if line.part != "body" and line.text and (line.part, line.text) not in seen:
            seen.add((line.part, line.text))
            extras.start_part(line.part)
            extras.page = line.page
            extras.paragraph(line.text)
    properties = _properties(result["metadata"])
    properties["pages"] = str(result["count"])
    empty = [str(n) for n, page in enumerate(pages, 1) if page[4] == 0]
    if empty:
        properties["pages_without_text"] = ", ".join(empty)
    return RawDocument(format="pdf", blocks=main.blocks, properties=properties, header_footer=extras.blocks)


class _PageBuilder(BlockBuilder):
    """A BlockBuilder whose locations also carry the page number."""

    page: int | None = None

    def _location(self, paragraph: int | None = None, table: int | None = None) -> Location:
        location = super()._location(paragraph, table)
        location.page = self.page
        return location


def _lines(pages: list) -> list[Line]:
    """All lines in page order; those in the top or bottom band are provisionally header/footer.

    A font's ToUnicode map can name any character, control characters too: they become spaces
    before the layout looks at the words (one for one, so the offsets of table cells hold).
    """
    out = []
    for number, (_, bottom, _, top, _, raw_lines) in enumerate(pages, 1):
        band = BAND * max(top - bottom, 1.0)
        for text, x0, x1, y, size, bold, hyphen, word_x1, cells in raw_lines:
            text = unicodedata.normalize("NFC", LIGATURE.sub(lambda m: LIGATURES[m.group()], without_controls(text)))
            if cells:
                text, cells = _unbullet(text, cells)
            line = Line(text, x0, x1, y, size, bold, hyphen, word_x1, cells, number)
            if top - y <= band:
                line.part = "header"
            elif y - bottom <= band:
                line.part = "footer"
            out.append(line)
    return out


def _unbullet(text: str, cells: list) -> tuple[str, list | None]:
    """A list item set with a hanging indent has a wide gap after its bullet: not a table cell."""
    if not MARKER.match(text[:cells[1][0]].strip()):
        return text, cells
    marker, start = text[:cells[1][0]].strip(), cells[1][0]
    text = f"{marker} {text[start:].strip()}"
    shift = len(marker) + 1 - start
    rest = [[offset + shift, x] for offset, x in cells[1:]]
    return text, rest if len(rest) > 1 else None


def _mark_running(lines: list[Line]) -> list[Line]:
    """Keep "header"/"footer" only on band lines that are running headers or page counters.

    A band line is one if it counts pages, repeats (digits ignored) on at least half of the
    pages, or is set apart from the body by a gap and not in a larger font than the body (a
    title close to the top edge); otherwise it is body text near the edge. Page counters are
    removed from the text; a line that was only a counter becomes empty.
    """
    pages = {line.page for line in lines}
    body_size = _body_size(lines)
    seen_on: dict[tuple[str, str], set[int]] = {}
    for line in lines:
        if line.part != "body":
            line.key = re.sub(r"\d+", "#", " ".join(line.text.lower().split()))
            seen_on.setdefault((line.part, line.key), set()).add(line.page)
    needed = max(2, math.ceil(len(pages) / 2))
    by_page: dict[int, list[Line]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    for page_lines in by_page.values():
        ordered = sorted(page_lines, key=lambda line: -line.y)
        for part, sequence in (("header", ordered), ("footer", ordered[::-1])):
            band = [line for line in sequence if line.part == part]
            rest = [line for line in sequence if line.part != part]
            apart = bool(band) and (not rest or abs(band[-1].y - rest[0].y) >= max(16.0, 1.8 * band[-1].size))
            for line in band:
                counter = PAGE_COUNTER.search(line.text) or BARE_NUMBER.match(line.text)
                small = line.size < body_size + 0.9
                if counter or (apart and small) or len(seen_on[(part, line.key)]) >= needed:
                    line.text = " ".join(PAGE_COUNTER.sub(" ", line.text).split()) if counter else line.text
                    if BARE_NUMBER.match(line.text):
                        line.text = ""
                else:
                    line.part = "body"
    return lines


def _body_size(lines: list[Line]) -> float:
    """The most common font size, weighted by characters, to the half point."""
    by_size: dict[float, int] = {}  # few distinct sizes: round each once, in first-seen order
    for line in lines:
        by_size[line.size] = by_size.get(line.size, 0) + len(line.text)
    weights: Counter[float] = Counter()
    for size, chars in by_size.items():
        weights[round(size * 2) / 2] += chars
    return weights.most_common(1)[0][0] if weights else 10.0


class _Layout:
    """Groups body lines into blocks and decides which blocks are headings or tables."""

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.body_size = _body_size(lines)
        steps = Counter(round(a.y - b.y, 1) for a, b in zip(lines, lines[1:])
                        if a.page == b.page and abs(a.size - self.body_size) < 0.6
                        and abs(b.size - self.body_size) < 0.6 and 0 < a.y - b.y < 3 * a.size)
        self.leading = steps.most_common(1)[0][0] if steps else 1.2 * self.body_size
        body_right = sorted(line.x1 for line in lines if abs(line.size - self.body_size) < 0.6)
        self.right = body_right[int(len(body_right) * 0.95)] if body_right else max((l.x1 for l in lines), default=0)

    def emit(self, out: _PageBuilder) -> None:
        blocks = self._group()
        title = self._title(blocks)
        sizes = self._heading_sizes([b for b in blocks if b[1] is not title])
        for kind, lines in blocks:
            out.page = lines[0].page
            if kind == "table":
                rows = _table_rows(lines)
                if len(rows) == 1:
                    out.paragraph("\t".join(cell for cell in rows[0] if cell))
                else:
                    out.table(rows)
                continue
            text = _join_lines(lines)
            level = 0 if lines is title else self._heading_level(lines, text, sizes)
            if level is None:
                out.paragraph(text)
            else:
                out.heading(text, level)

    def _group(self) -> list[tuple[str, list[Line]]]:
        blocks: list[tuple[str, list[Line]]] = []
        for line in self.lines:
            kind = "table" if line.cells else "text"
            if blocks and self._continues(blocks[-1], line, kind):
                blocks[-1][1].append(line)
            else:
                blocks.append((kind, [line]))
        return blocks

    def _continues(self, block: tuple[str, list[Line]], line: Line, kind: str) -> bool:
        prev_kind, lines = block
        prev = lines[-1]
        if prev_kind == "table":
            return _in_table(lines, line, self.leading * line.size / self.body_size)
        if kind == "table" or abs(prev.size - line.size) >= 0.6 or prev.bold != line.bold:
            return False
        if BULLET.match(line.text) or numbered_heading_level(line.text) is not None:
            return False
        if line.page == prev.page:
            step = prev.y - line.y
            if step <= 0 or step > 1.35 * self.leading * line.size / self.body_size:
                return False
        elif prev.text.endswith((".", ":", "!", "?")) and not prev.hyphen:
            return False  # across a page break, a full stop at the page end likely ends it
        if prev.hyphen:
            return True
        space = 0.3 * line.size
        return prev.x1 + space + (line.word_x1 - line.x0) > self.right - 0.5 * line.size

    def _heading_sizes(self, blocks: list[tuple[str, list[Line]]]) -> list[float]:
        """Font sizes of headings, largest first: their rank is the heading level."""
        sizes = {_size(lines) for kind, lines in blocks if kind == "text" and self._big(lines)}
        return sorted(sizes, reverse=True)

    def _big(self, lines: list[Line]) -> bool:
        return lines[0].size >= self.body_size + 0.9 and len(lines) <= 3 and \
            sum(len(line.text) for line in lines) <= 200

    def _heading_level(self, lines: list[Line], text: str, sizes: list[float]) -> int | None:
        if TOC_LEADER.search(text):
            return None  # a table-of-contents entry ("3.1 Ansvar ........ 5")
        numbered = numbered_heading_level(text) if len(lines) == 1 or lines[0].bold else None
        if self._big(lines):
            rank = sizes.index(_size(lines)) + 1
            return numbered or rank
        if numbered is not None:
            return numbered
        if all(line.bold for line in lines) and len(lines) <= 2 and len(text) <= 120 \
                and not text.endswith((".", ":", ";", ",")) and not LABEL.match(text):
            return len(sizes) + 1
        return None

    def _title(self, blocks: list[tuple[str, list[Line]]]) -> list[Line] | None:
        """The lines of the title: the first large, unnumbered block among the first five of
        page 1, in the document's largest font, used nowhere else (or the very first block)."""
        texts = [lines for kind, lines in blocks if kind == "text"]
        if not texts:
            return None
        largest = max(_size(lines) for lines in texts)
        for index, (kind, lines) in enumerate(blocks[:5]):
            if kind == "text" and lines[0].page == 1 and self._big(lines):
                if _size(lines) != largest or numbered_heading_level(_join_lines(lines)) is not None:
                    return None
                alone = sum(1 for other in texts if _size(other) == largest) == 1
                return lines if alone or index == 0 else None
        return None


def _size(lines: list[Line]) -> float:
    """A block's font size, to the half point (sizes from pdfium carry rounding noise)."""
    return round(lines[0].size * 2) / 2


def _join_lines(lines: list[Line]) -> str:
    text = lines[0].text
    for prev, line in zip(lines, lines[1:]):
        text = join(text, line.text, prev.hyphen)
    return text


def join(text: str, following: str, hyphen: bool = False) -> str:
    """Join two lines of one paragraph, undoing hyphenation at the line end.

    "informations-" + "säkerhet" -> "informationssäkerhet"; kept: "IT-" + "policy",
    "e-" + "tjänster", "2019-" + "talet", "kommunikations-" + "och" (a shared compound
    ending), "Region-" + "Skåne".
    """
    if hyphen and not text.endswith("-"):
        text += "-"
    if not text.endswith("-") or len(text) < 2 or not text[-2].isalnum():
        return f"{text} {following}"
    head = text[:-1].rsplit(" ", 1)[-1]
    word = following.split(" ", 1)[0]
    if word.lower() in CONJUNCTIONS or word.lower().rstrip(",.;:") in CONJUNCTIONS:
        return f"{text} {following}"
    if len(head) == 1 or head[-1].isupper() or head[-1].isdigit() or not word[:1].islower():
        return text + following
    return text[:-1] + following


def _in_table(rows: list[Line], line: Line, leading: float) -> bool:
    """A line continues a table when its parts start at the table's column positions; a line
    without gaps (a wrapped cell) must also fit its column and follow closely."""
    anchors = [x for _, x in rows[0].cells]
    starts = [x for _, x in line.cells] if line.cells else [line.x0]
    for x in starts:
        for a in anchors:
            if abs(x - a) <= 4:
                break
        else:
            return False
    step = rows[-1].y - line.y if line.page == rows[-1].page else None
    if line.cells:
        return step is None or 0 < step <= 2.5 * leading
    close = _split_word(rows[-1]) if step is None else 0 < step <= 1.15 * leading
    if not close or abs(line.size - rows[-1].size) >= 0.6:
        return False
    column = _nearest(anchors, line.x0)
    return column + 1 >= len(anchors) or line.x1 < anchors[column + 1]


def _table_rows(lines: list[Line]) -> list[list[str]]:
    """Rows of cell texts. When some line steps are wider than the tightest one, rows are
    padded apart, and a line at the tightest step continues the row above (a wrapped cell);
    otherwise every line is a row."""
    anchors = [x for _, x in lines[0].cells]
    steps = [a.y - b.y for a, b in zip(lines, lines[1:]) if a.page == b.page and a.y > b.y]
    tight = min(steps, default=0.0)
    padded = any(step > tight + 1.5 for step in steps)
    rows: list[list[str]] = []
    columns: dict[float, int] = {}  # cells of one column share their left edge: find it once
    for previous, line in zip([None, *lines], lines):
        if previous is None:
            wrapped = False
        elif previous.page != line.page:
            wrapped = _split_word(previous)
        else:
            wrapped = padded and previous.y - line.y <= tight + 0.5
        if not wrapped:
            rows.append([""] * len(anchors))
        for x, text in _parts(line):
            column = columns.get(x)
            if column is None:
                column = columns[x] = _nearest(anchors, x)
            cell = rows[-1][column]
            rows[-1][column] = join(cell, text) if cell else text
    return rows


def _nearest(anchors: list[float], x: float) -> int:
    """Index of the anchor closest to x, the first of equals (as ``min`` over the indices picks it)."""
    gaps = [abs(a - x) for a in anchors]
    return gaps.index(min(gaps))


def _split_word(line: Line) -> bool:
    """A cell of this line ends in a word split by a hyphen: its row goes on after a page break."""
    return any(len(text) > 1 and text.endswith("-") and text[-2].isalpha() for _, text in _parts(line))


def _parts(line: Line) -> list[tuple[float, str]]:
    """(left edge, text) of each cell of a table line; a line-end hyphen goes back on the last."""
    hyphen = "-" if line.hyphen else ""
    if not line.cells:
        return [(line.x0, line.text + hyphen)]
    bounds = [offset for offset, _ in line.cells] + [len(line.text)]
    parts = [(x, line.text[start:end].strip()) for (start, x), end in zip(line.cells, bounds[1:])]
    parts[-1] = (parts[-1][0], parts[-1][1] + hyphen)
    return parts


def _properties(metadata: dict) -> dict[str, str]:
    """Title, subject, keywords, author (as "creator", like .docx) and dates in ISO 8601."""
    properties = {}
    for key, name in METADATA_KEYS.items():
        value = " ".join(str(metadata.get(key) or "").split())
        if value:
            properties[name] = pdf_date(value) if key.endswith("Date") else value
    return properties


def pdf_date(value: str) -> str:
    """"D:20080912103000+01'00'" -> "2008-09-12T10:30:00+01:00"; unparseable input unchanged."""
    m = PDF_DATE.match(value)
    if not m:
        return value
    year, month, day, hour, minute, second, zone = m.groups()
    out = "-".join(part for part in (year, month, day) if part)
    if hour and day:
        out += f"T{hour}:{minute or '00'}:{second or '00'}"
        if zone:
            digits = zone.replace("'", "")
            out += "+00:00" if digits in ("Z", "z") else f"{digits[:3]}:{digits[3:5] or '00'}"
    return out
