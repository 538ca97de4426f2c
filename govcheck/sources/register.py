"""``register.csv``: the municipality's list of governing documents, as exported from a
diarium or a spreadsheet.

Exports differ, so the reader is lenient about form and strict about content. Form: UTF-8
(BOM optional), UTF-16 with a BOM or Windows-1252; comma, semicolon or tab (whichever makes
the first line name the most known columns); headers in English or Swedish, any case;
unknown columns ignored. Content: a date, type, status or § that cannot be read is an error
with file, line and reason, because a misread decision date would silently change a verdict.

A row describes the document whose file name it gives, else the one with its title (case
insensitive). A row that describes no document that was read becomes a metadata-only
document, so age and adoption checks still see it.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from govcheck.errors import RegisterError
from govcheck.errortext import os_reason, pydantic_message
from govcheck.model import DocumentMetadata, GoverningDocument, Location, Organisation, Sourced
from govcheck.model.document import DocStatus, DocType
from govcheck.sources.merge import Layer, apply_layers, paragraph_text

if TYPE_CHECKING:
    from govcheck.extract.dates import DateMatch

REGISTER_FILE = "register.csv"
MAX_BYTES = 16 * 1024 * 1024
DELIMITERS = (";", ",", "\t")

# Canonical column → the headers that name it (compared after _header()).
COLUMNS: dict[str, tuple[str, ...]] = {
    "file": ("file", "fil", "filnamn", "filename", "file name", "fil namn"),
    "title": ("title", "titel", "dokumentnamn", "dokumenttitel", "namn", "name"),
    "type": ("type", "typ", "dokumenttyp", "dokumentslag", "document type", "doc type"),
    "adopted_by": ("adopted by", "beslutad av", "antagen av", "beslutsinstans", "fastställd av",
                   "beslutande organ"),
    "date": ("date", "adopted", "beslutsdatum", "antagen", "datum", "antagandedatum", "fastställd"),
    "paragraph": ("paragraph", "paragraf", "§", "beslutsparagraf"),
    "reference": ("reference", "diarienummer", "dnr", "diarienr"),
    "valid_until": ("valid until", "giltig till", "gäller till", "giltig t.o.m", "gäller t.o.m"),
    "review_by": ("review by", "revideras senast", "nästa revidering", "översyn senast"),
    "owner": ("owner", "dokumentansvarig", "dokumentägare"),
    "status": ("status",),
    "revised": ("revised", "reviderad", "senast reviderad", "revisionsdatum"),
    "scope": ("scope", "gäller för", "omfattning"),
    "replaces": ("replaces", "ersätter"),
}
_BY_HEADER = {name: column for column, names in COLUMNS.items() for name in names}

STATUS_WORDS: dict[DocStatus, tuple[str, ...]] = {
    "adopted": ("adopted", "antagen", "antaget", "fastställd", "fastställt", "beslutad", "beslutat",
                "gällande", "godkänd", "aktuell"),
    "draft": ("draft", "utkast", "förslag", "remissversion", "arbetsmaterial", "under arbete"),
    "repealed": ("repealed", "upphävd", "upphävt", "upphört", "ersatt", "ej gällande", "inaktuell"),
    "unknown": ("unknown", "okänd", "okänt"),
}
_STATUS = {word: status for status, words in STATUS_WORDS.items() for word in words}
DOC_TYPES = set(typing.get_args(DocType))
OTHER_WORDS = {"övrigt", "övriga", "annat", "annan"}


def _header(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("_", " ")).strip(" :.\ufeff").casefold()


def _key(text: str) -> str:
    """How file names and titles are compared: case- and whitespace-insensitive."""
    return re.sub(r"\s+", " ", text).strip().casefold()


@dataclass
class Row:
    """One register row: its 1-based line, its text as written, what it names, its statements."""

    line: int
    text: str
    file: str | None
    title: str | None
    layer: Layer
    used_by: list[str] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Register:
    path: str  # as shown in reports, e.g. "register.csv"
    rows: list[Row]

    def claim(self, document: str, title: str | None) -> Layer | None:
        """What the register states about ``document`` (its display path), titled ``title``.

        A row that names a file describes that file; a row without one, the documents with its
        title. Matched by title, the row's title is not restated (it says nothing new).
        """
        name, path = _key(document.rsplit("/", 1)[-1]), _key(document)
        found = [r for r in self.rows if (
            r.file and (_key(r.file) in (name, path) or path.endswith("/" + _key(r.file)))
            or not r.file and title and r.title and _key(r.title) == _key(title))]
        if len(found) > 1:
            first, second = found[0].line, found[1].line
            raise RegisterError(self.path, f"lines {first} and {second} both describe {document}", second,
                                sv=f"raderna {first} och {second} beskriver båda {document}")
        if not found:
            return None
        row = found[0]
        row.used_by.append(document)
        if row.file:
            return row.layer
        stated = row.layer.metadata.model_dump(exclude_unset=True, exclude={"title"})
        return Layer(row.layer.source, DocumentMetadata.model_validate(stated), row.layer.cites)

    def unclaimed(self) -> list[Row]:
        return [r for r in self.rows if not r.used_by]


def _decode(data: bytes, file: str) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise RegisterError(file, f"invalid UTF-16: {exc}", sv=f"ogiltig UTF-16: {exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _date(text: str) -> DateMatch | None:
    """A cell that is one date expression, a year-month or a year (Excel may add " 00:00:00");
    None for anything else, including an impossible day such as 2019-02-30."""
    from govcheck.extract.dates import find_dates  # only a workspace with a register needs it

    text = re.sub(r"[ T]\d{1,2}:\d{2}(?::\d{2})?$", "", text.strip()).strip(" .,;")
    found = find_dates(text, bare_years=True)
    if not (len(found) == 1 and found[0].start == 0 and found[0].end == len(text)):
        return None
    numbers = len(re.findall(r"\d+", text))
    day_given = numbers >= 3 or numbers == 2 and re.search(r"[^\W\d_]", text)
    return None if day_given and found[0].date is None else found[0]


class _RowReader:
    """Turns one row's cells into the statements of a DocumentMetadata, or a RegisterError."""

    def __init__(self, file: str, headers: dict[str, tuple[int, str]]):
        self.file = file
        self.headers = headers  # column → (index, header as written)

    def read(self, line: int, text: str, cells: list[str]) -> Row:
        get = {c: cells[i].strip() for c, (i, _) in self.headers.items() if i < len(cells) and cells[i].strip()}
        if "file" not in get and "title" not in get:
            raise RegisterError(self.file, "the row names neither a file nor a title", line,
                                sv="raden anger varken filnamn eller titel")
        values: dict = {}
        cites: dict[str, tuple[Location, str | None]] = {}

        def state(key: str, column: str, value, quote: str | None = None) -> None:
            values[key] = value
            cites[key] = (Location(part="register", row=line, field=self.headers[column][1]),
                          quote if quote is not None else get[column])

        for key in ("title", "reference", "owner", "scope"):
            if key in get:
                state(key, key, get[key])
        if "replaces" in get:
            state("replaces", "replaces", [get["replaces"]])
        if "type" in get:
            state("doc_type", "type", self._doc_type(get["type"], line))
        if "status" in get:
            state("status", "status", self._status(get["status"], line))
        for key in ("valid_until", "review_by"):
            if key in get:
                state(key, key, self._when(get[key], key, line).period_end())
        adoption = self._adoption(get, line)
        if adoption:  # cited by the whole row: the decision is spread over several cells
            column = next(c for c in ("date", "adopted_by", "paragraph") if c in get)
            state("adoptions", column, [adoption], re.sub(r"\s+", " ", text).strip())
        if "revised" in get:
            when = self._when(get["revised"], "revised", line)
            state("revisions", "revised", [{"date": when.date, "year": when.year}])
        try:
            metadata = DocumentMetadata(**values)
        except ValidationError as exc:  # a value the schema refuses, e.g. a year out of range
            en, sv = pydantic_message(exc.errors()[0])
            raise RegisterError(self.file, en, line, sv=sv) from None
        return Row(line, text, get.get("file"), get.get("title"), Layer("register", metadata, cites))

    def _adoption(self, get: dict[str, str], line: int) -> dict | None:
        adoption: dict = {}
        if "adopted_by" in get:
            adoption["body"] = get["adopted_by"]
        if "date" in get:
            when = self._when(get["date"], "date", line)
            adoption.update(date=when.date) if when.date else adoption.update(year=when.year)
        if "paragraph" in get:
            paragraph = paragraph_text(get["paragraph"])
            if paragraph is None:
                raise self._error(line, "paragraph", "no paragraph number (§) in it", "inget paragrafnummer (§)")
            adoption["paragraph"] = paragraph
        if adoption and "reference" in get:
            adoption["reference"] = get["reference"]
        return adoption or None

    def _when(self, text: str, column: str, line: int) -> DateMatch:
        found = _date(text)
        if found is None:
            raise self._error(line, column, "not a date (write 2019-05-13, 13 maj 2019 or 2019)",
                              "inte ett datum (skriv 2019-05-13, 13 maj 2019 eller 2019)")
        return found

    def _doc_type(self, text: str, line: int) -> DocType:
        from govcheck.extract.doctype import type_of

        word = _key(text)
        found = word if word in DOC_TYPES else "other" if word in OTHER_WORDS else type_of(text)
        if found is None:
            known = ", ".join(sorted(DOC_TYPES))
            raise self._error(line, "type", f"unknown document type (known: {known})",
                              f"okänd dokumenttyp (kända: {known})")
        return found

    def _status(self, text: str, line: int) -> DocStatus:
        found = _STATUS.get(_key(text))
        if found is None:
            raise self._error(line, "status", "unknown status (write antagen, utkast, upphävd or okänd)",
                              "okänd status (skriv antagen, utkast, upphävd eller okänd)")
        return found

    def _error(self, line: int, column: str, reason: str, sv: str) -> RegisterError:
        index, header = self.headers[column]
        return RegisterError(self.file, f"column {header!r}: {reason}", line, index + 1, sv=f"kolumnen {header!r}: {sv}")


def _headers(cells: list[str], file: str) -> dict[str, tuple[int, str]]:
    headers: dict[str, tuple[int, str]] = {}
    for i, cell in enumerate(cells):
        column = _BY_HEADER.get(_header(cell))
        if column is None:
            continue
        if column in headers:
            first, second = headers[column][1], cell.strip()
            raise RegisterError(file, f"columns {first!r} and {second!r} both give {column}", 1, i + 1,
                                sv=f"kolumnerna {first!r} och {second!r} anger båda {column}")
        headers[column] = (i, cell.strip())
    return headers


def _sniff(first_line: str, file: str) -> tuple[str, list[str], dict[str, tuple[int, str]]]:
    """The delimiter that makes the header line name the most known columns."""
    best = max(DELIMITERS, key=lambda d: (sum(_header(c) in _BY_HEADER for c in first_line.split(d)),
                                          first_line.count(d)))
    cells = next(csv.reader([first_line], delimiter=best))
    headers = _headers(cells, file)
    if "file" not in headers and "title" not in headers:
        found = ", ".join(repr(c) for c in cells)
        raise RegisterError(file, "the first line must name a file or title column (e.g. Filnamn, Titel); "
                                  f"found {found}", 1,
                            sv=f"första raden ska ha en kolumn för filnamn eller titel (t.ex. Filnamn, Titel); "
                               f"hittade {found}")
    return best, cells, headers


def load_register(path: Path, shown: str = REGISTER_FILE) -> Register:
    """Read ``register.csv``; RegisterError with file, line and reason for a row it cannot read."""
    file = str(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise RegisterError(file, f"file is larger than {MAX_BYTES} bytes", sv=f"filen är större än {MAX_BYTES} byte")
        text = _decode(path.read_bytes(), file)
    except OSError as exc:
        en, sv = os_reason(exc)
        raise RegisterError(file, f"cannot read: {en}", sv=f"kan inte läsas: {sv}") from None
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not text.strip():  # an empty register lists nothing
        return Register(shown, [])
    if not lines[0].strip():
        raise RegisterError(file, "the first line must be the column headers", 1,
                            sv="första raden ska vara kolumnrubrikerna")
    delimiter, header_cells, headers = _sniff(lines[0], file)
    reader = _RowReader(file, headers)
    rows: list[Row] = []
    records = csv.reader(io.StringIO("\n".join(lines[1:])), delimiter=delimiter)
    end = 1
    try:
        for cells in records:
            start, end = end + 1, records.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            extra = [c for c in cells[len(header_cells):] if c.strip()]
            if extra:
                raise RegisterError(file, f"more cells than column headers ({extra[0]!r})", start,
                                    sv=f"fler celler än kolumnrubriker ({extra[0]!r})")
            rows.append(reader.read(start, "\n".join(lines[start - 1:end]), cells))
    except csv.Error as exc:
        raise RegisterError(file, f"not valid CSV: {exc}", end + 1, sv=f"ogiltig CSV: {exc}") from None
    return Register(shown, rows)


def metadata_document(row: Row, register_path: str, organisation: Organisation | None) -> GoverningDocument:
    """A document known only from its register row, so age and adoption checks still run on it."""
    from govcheck.extract.doctype import type_of

    path = row.file or f"{register_path}#{row.line}"
    doc_type = Sourced[DocType](value="other", source="default")
    if row.title and type_of(row.title):
        location, quote = row.layer.cites["title"]
        doc_type = Sourced[DocType](value=type_of(row.title), source="register", location=location, quote=quote)
    base = GoverningDocument(path=path, sha256=row.sha256, format="register", doc_type=doc_type,
                             status=Sourced[DocStatus](value="unknown", source="default"))
    return apply_layers(base, [row.layer], organisation)
