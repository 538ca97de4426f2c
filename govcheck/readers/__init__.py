"""Readers: file bytes -> RawDocument (blocks that carry their own location).

``read_raw`` is the only entry point. It decides the format from the content (magic bytes),
not from the extension, bounds every resource (limits.Limits), never writes to the input,
and lets nothing but ReadError escape, so one bad document cannot stop a run (SPEC §6).
Format readers are imported lazily: later ones (PDF) bring heavy optional dependencies.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import stat
import zipfile
import zlib
from pathlib import Path

from govcheck.errors import ReadError
from govcheck.limits import DEFAULT_LIMITS, Limits
from govcheck.model.blocks import Block, RawDocument
from govcheck.model.common import Location, Part
from govcheck.readers.controls import CONTROL, without_controls
from govcheck.trusted import trusted

__all__ = ["BlockBuilder", "describe_content", "numbered_heading_level", "read_raw", "sniff_format"]

TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ODF_TEXT = b"application/vnd.oasis.opendocument.text"
ODF_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a first member, or an empty archive


def read_raw(path: Path, limits: Limits = DEFAULT_LIMITS) -> RawDocument:
    """Read one document file; raises ReadError (and nothing else) when it cannot.

    Neither its blocks nor its properties hold control characters (readers/controls.py).
    """
    path = Path(path)
    document = str(path)
    data = _read_bytes(path, document, limits)
    digest = hashlib.sha256(data).hexdigest()  # of the bytes read, so the file is opened once
    try:
        raw = _dispatch(data, path.suffix.lower(), document, limits)
    except ReadError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ReadError(document, "corrupt-zip", str(exc)) from None
    except KeyError as exc:
        raise ReadError(document, "missing-part", f"missing part {exc}") from None
    except UnicodeDecodeError as exc:
        raise ReadError(document, "encoding", str(exc)) from None
    except RecursionError:
        raise ReadError(document, "xml-too-deep", "structure nested too deeply") from None
    except MemoryError:
        raise ReadError(document, "too-much-content", "ran out of memory while reading") from None
    except OSError as exc:
        raise ReadError(document, "io-error", exc.strerror or str(exc)) from None
    except Exception as exc:  # last resort: a bad document must never stop the run
        raise ReadError(document, "internal-error", f"the reader failed on this file ({type(exc).__name__}: {exc})") from None
    properties = {key: without_controls(value) for key, value in raw.properties.items()}
    return raw.model_copy(update={"sha256": digest, "properties": properties})


def sniff_format(data: bytes, suffix: str) -> str:
    """Name the format from the content: docx, odt, odf, zip, pdf, html, akn, fodt, xml, txt,
    md, empty or unknown.

    "odf" is an OpenDocument package whose mimetype is not first (the reader checks it);
    "zip" is any other zip, or one whose directory cannot be read. Markup is named by its
    first element: html, akn (akomaNtoso), fodt (flat ODF), other "xml". The suffix only
    picks between text flavours; text content with another suffix is "unknown".
    """
    if not data:
        return "empty"
    if data.startswith(ZIP_MAGIC):
        from govcheck.readers.safezip import member_names

        names = member_names(data)
        if names is None:
            return "zip"
        if "word/document.xml" in names:
            return "docx"
        if data[30:38] == b"mimetype" and data[38:38 + len(ODF_TEXT)] == ODF_TEXT:
            return "odt"
        if {"mimetype", "content.xml"} <= names:
            return "odf"
        return "zip"
    if data.startswith(b"%PDF-"):
        return "pdf"
    return _sniff_markup(data, suffix.lower()) or TEXT_SUFFIXES.get(suffix.lower(), "unknown")


_PROLOG = re.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.S)
DOCTYPE = re.compile(r"<!doctype\s+(?:[A-Za-z_][\w.-]*:)?(?P<name>[^\s>\[]+)"
                      r"(?:[^>\[]|\[(?:\"[^\"]*\"|'[^']*'|[^\]\"'])*\])*>", re.I)
_ROOT = re.compile(r"<(?:[A-Za-z_][\w.-]*:)?(?P<name>[A-Za-z_][\w.-]*)(?P<attrs>[^>]*)")


def _sniff_markup(data: bytes, suffix: str) -> str | None:
    """html, akn, fodt or xml from the doctype or first element; None when not markup.

    Only markup that says so counts as XML (a declaration, a doctype, a namespace or an
    .xml name), so a Markdown file opening with an HTML comment or tag stays Markdown.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data[:65536].decode("utf-16", errors="replace")
    else:
        text = data[:65536].decode("utf-8", errors="replace").lstrip("\ufeff")
    pos = _PROLOG.match(text).end()
    declared = text.lstrip().startswith("<?xml")
    named = re.match(r"<!doctype\s+(?:[A-Za-z_][\w.-]*:)?([^\s>\[]+)", text[pos:], re.I)
    if named:
        if named.group(1).lower() == "html":
            return "html"
        doctype = DOCTYPE.match(text, pos)
        if doctype is None:  # an internal subset longer than the head: an XML document
            return "akn" if named.group(1) == "akomaNtoso" else "xml"
        pos = _PROLOG.match(text, doctype.end()).end()
    root = _ROOT.match(text, pos)
    if root is None:
        if declared or named:
            return "xml"
        return "html" if suffix in HTML_SUFFIXES and _looks_like_text(data[:4096]) else None
    name = root["name"]
    if name.lower() == "html" or (suffix in HTML_SUFFIXES and not declared):
        return "html"
    if name == "akomaNtoso":
        return "akn"
    if name == "document" and ODF_OFFICE_NS in root["attrs"]:
        return "fodt"
    if declared or named or suffix == ".xml" or "xmlns" in root["attrs"]:
        return "xml"
    return None


def describe_content(data: bytes) -> str:
    """A short phrase saying what bytes look like, for error details."""
    head = data[:4096]
    if not head:
        return "an empty file"
    if head.startswith(ZIP_MAGIC):
        return "a zip archive"
    if head.startswith(b"%PDF-"):
        return "a PDF document"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "a legacy Word .doc or an encrypted Office file (OLE compound file)"
    if head.startswith(b"{\\rtf"):
        return "an RTF document"
    if not _looks_like_text(head):
        return "binary data"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return "HTML"
    text = head.decode("utf-8", errors="replace")
    root = _ROOT.match(text, _PROLOG.match(text).end())
    if start.startswith(b"<?xml") and root:
        return f"XML with root element <{root['name']}>"
    if start.startswith(b"<"):
        return "XML or HTML"
    return "plain text"


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return True
    except UnicodeDecodeError:
        decoded = head.decode("cp1252", errors="replace")
        controls = sum(1 for ch in decoded if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\t\r\n\f"))
        return controls <= len(decoded) // 50


def _read_bytes(path: Path, document: str, limits: Limits) -> bytes:
    """Read the whole file, refusing oversize or non-regular files before reading them."""
    try:
        if path.is_symlink():
            _check_link(path, document)
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(document, "io-error", "a symbolic link to a folder; govcheck does not follow links to "
                                                  "folders (move or copy the documents in instead)")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(document, "io-error", "not a regular file")
        if info.st_size > limits.max_file_bytes:
            raise ReadError(document, "too-large", f"{info.st_size} bytes; the limit is {limits.max_file_bytes}")
        with path.open("rb") as fh:
            data = fh.read(limits.max_file_bytes + 1)
    except OSError as exc:
        raise ReadError(document, "io-error", exc.strerror or str(exc)) from None
    if len(data) > limits.max_file_bytes:  # the file grew after stat()
        raise ReadError(document, "too-large", f"more than {limits.max_file_bytes} bytes")
    if not data:
        raise ReadError(document, "empty", "the file is empty")
    return data


def _check_link(path: Path, document: str) -> None:
    """Follow a symbolic link only to a file in the link's own folder (or below it): a link in
    documents/ to /etc/hostname, or to a file in another workspace, must not be read."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # dangling, a loop, or no permission on the way
        raise ReadError(document, "io-error", f"a symbolic link that cannot be followed ({exc})") from None
    if not target.is_relative_to(path.parent.resolve()):
        raise ReadError(document, "io-error", "a symbolic link to a file outside its folder; govcheck does not "
                                              "follow links out of the documents folder (copy the file in instead)")


def _dispatch(data: bytes, suffix: str, document: str, limits: Limits) -> RawDocument:
    fmt = sniff_format(data, suffix)
    named = f" (named {suffix})" if suffix else ""
    if fmt == "docx":
        from govcheck.readers.docx import read_docx

        return read_docx(data, document, limits)
    if fmt in ("txt", "md"):
        from govcheck.readers.text import read_text

        return read_text(data, document, limits, markdown=fmt == "md")
    if fmt == "empty":
        raise ReadError(document, "empty", "the file is empty")
    if fmt == "pdf":
        from govcheck.readers.pdf import read_pdf

        return read_pdf(data, document, limits)
    if fmt in ("odt", "odf", "fodt"):
        from govcheck.readers.odt import read_fodt, read_odt

        return read_fodt(data, document, limits) if fmt == "fodt" else read_odt(data, document, limits)
    if fmt == "html":
        from govcheck.readers.html import read_html

        return read_html(data, document, limits)
    if fmt == "akn":
        from govcheck.readers.akn import read_akn

        return read_akn(data, document, limits)
    if fmt == "zip":
        from govcheck.readers.safezip import open_zip

        zf = open_zip(data, document, limits)  # raises corrupt-zip / unsafe-archive first
        if "word/document.xml" in zf.namelist():  # sniffing used default limits; these are looser
            from govcheck.readers.docx import read_docx

            return read_docx(data, document, limits)
        if {"mimetype", "content.xml"} <= set(zf.namelist()):
            from govcheck.readers.odt import read_odt

            return read_odt(data, document, limits)
        kind = "a Word document without word/document.xml" if suffix == ".docx" else "a zip archive"
        members = len(zf.infolist())
        raise ReadError(document, "unsupported-format", f"{kind} with {members} members, not a supported document")
    looks = describe_content(data)
    if fmt == "xml":
        raise ReadError(document, "unsupported-format", f"XML that is not Akoma Ntoso or OpenDocument{named}; "
                                                        f"content looks like {looks}")
    if suffix == ".docx":
        raise ReadError(document, "corrupt-zip", f"not a zip archive; content looks like {looks}")
    kind = suffix or "(no extension)"
    raise ReadError(document, "unsupported-format", f"unsupported file type {kind}; content looks like {looks}")


NUMBERED_HEADING = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.?\s+[A-ZÅÄÖ]")
TOC_LINE = re.compile(r"\t\s*\d+\s*$")


def numbered_heading_level(text: str) -> int | None:
    """Level of a typed-in numbered heading ("3.1 Ansvar" -> 2, "2. Syfte" -> 1), else None.

    Only short lines that do not end like a sentence: "1. Kommunstyrelsen ansvarar för att
    ... ." is a list item. Numbers of four digits (years) and table-of-contents lines
    ("3.1 Ansvar<TAB>5") are not headings.
    """
    text = text.strip()
    if len(text) > 90 or text.endswith((".", ":", ";", ",")) or TOC_LINE.search(text):
        return None
    match = NUMBERED_HEADING.match(text)
    return len(match.group(1).split(".")) if match else None


# Blocks and their locations are made from values built here, unvalidated (see trusted.py),
# with the set fields of ``Block(kind=..., text=..., ...)``.
_HEADING_SET = frozenset({"kind", "text", "level", "style", "location"})
_PARAGRAPH_SET = frozenset({"kind", "text", "style", "location"})
_TABLE_SET = frozenset({"kind", "rows", "style", "location"})
_LOCATION_SET = frozenset({"part", "block", "section", "paragraph", "table"})


class BlockBuilder:
    """Numbers emitted blocks and tracks the heading path, so each block carries its Location.

    One builder per part list (body; header and footer together). ``budget`` is shared by
    the builders of one document and bounds its output (research rec. 4). Control characters
    become spaces here, whatever the reader: XML 1.0 lets DEL and C1 controls through .docx,
    .odt and Akoma Ntoso, and the readers of text, HTML and PDF may have missed one.
    """

    def __init__(self, document: str, limits: Limits, budget: list[int] | None = None):
        self.document = document
        self.limits = limits
        self.blocks: list[Block] = []
        self.budget = budget if budget is not None else [0, 0]  # [blocks, chars]
        self.part: Part = "body"
        self._path: list[tuple[int, str]] = []
        self._paragraph = 0
        self._tables = 0

    def start_part(self, part: Part) -> None:
        """Header and footer paragraphs are counted per part."""
        if part != self.part:
            self.part, self._paragraph = part, 0

    def heading(self, text: str, level: int, style: str | None = None) -> None:
        """Level 0 is the document title: it stays out of the section path, and is counted as a
        paragraph of its section, as the model's section tree holds it (extract/sections.py):
        a line after it has one paragraph number, whether an extractor or a check cites it."""
        text = without_controls(text)
        if level >= 1:
            while self._path and self._path[-1][0] >= level:
                self._path.pop()
            self._path.append((level, text))
            self._paragraph = 0
            location = self._location()
        else:
            self._paragraph += 1
            location = self._location(paragraph=self._paragraph)
        self._emit(trusted(Block, _HEADING_SET, kind="heading", text=text, level=level, style=style, rows=[],
                           location=location), len(text))

    def paragraph(self, text: str, style: str | None = None) -> None:
        text = without_controls(text)
        self._paragraph += 1
        location = self._location(paragraph=self._paragraph)
        self._emit(trusted(Block, _PARAGRAPH_SET, kind="paragraph", text=text, level=None, style=style, rows=[],
                           location=location), len(text))

    def table(self, rows: list[list[str]], style: str | None = None) -> None:
        self._tables += 1
        rows = [list(row) for row in rows]
        whole = "".join([cell for row in rows for cell in row])  # one search for the table, not one per cell
        if CONTROL.search(whole):
            rows = [[without_controls(cell) for cell in row] for row in rows]
        self._emit(trusted(Block, _TABLE_SET, kind="table", text="", level=None, style=style, rows=rows,
                           location=self._location(table=self._tables)), len(whole))

    def _location(self, paragraph: int | None = None, table: int | None = None) -> Location:
        return trusted(Location, _LOCATION_SET, part=self.part, block=len(self.blocks), page=None,
                       section=[text for _, text in self._path], paragraph=paragraph, table=table, row=None,
                       cell=None, field=None)

    def _emit(self, block: Block, chars: int) -> None:
        self.budget[0] += 1
        self.budget[1] += chars
        limits = self.limits
        if self.budget[0] > limits.max_blocks:
            raise ReadError(self.document, "too-much-content", f"more than {limits.max_blocks} blocks")
        if self.budget[1] > limits.max_text_chars:
            raise ReadError(self.document, "too-much-content", f"more than {limits.max_text_chars} characters of text")
        self.blocks.append(block)
