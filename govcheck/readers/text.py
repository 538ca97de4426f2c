"""Plain text (.txt) and Markdown (.md) -> RawDocument.

Markdown is read line by line for the few constructs that carry structure in governing
documents (headings, pipe tables, lists, front matter); it is not a full CommonMark parser.
Front matter is kept raw in properties["front_matter"]: parsing it is the sidecar's job.
"""

from __future__ import annotations

import codecs
import re

from govcheck.errors import ReadError
from govcheck.limits import Limits
from govcheck.model.blocks import RawDocument
from govcheck.readers import BlockBuilder, numbered_heading_level
from govcheck.readers.controls import without_controls

ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
THEMATIC_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
LIST_ITEM = re.compile(r"^\s*(?:[-*+•–]|\d{1,3}[.)])\s+(.*)$")
TXT_BULLET = re.compile(r"^\s*[-*•–]\s+(.*)$")
FENCE = re.compile(r"^ {0,3}(```+|~~~+)")
TABLE_DELIMITER = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
STRONG = re.compile(r"(\*\*|__)(.+?)\1")


def read_text(data: bytes, document: str, limits: Limits, *, markdown: bool) -> RawDocument:
    """A vertical tab or form feed is a line break here (a manual line or page break in
    exported text), before the lines are split."""
    text = without_controls(decode(data, document), line_breaks=True)
    if len(text) > limits.max_text_chars:
        raise ReadError(document, "too-much-content", f"more than {limits.max_text_chars} characters of text")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out = BlockBuilder(document, limits)
    properties: dict[str, str] = {}
    if markdown:
        lines, front_matter = _split_front_matter(lines)
        if front_matter is not None:
            properties["front_matter"] = front_matter
        _read_markdown(lines, out)
    else:
        _read_plain(lines, out)
    return RawDocument(format="md" if markdown else "txt", blocks=out.blocks, properties=properties)


def decode(data: bytes, document: str) -> str:
    """UTF-8 (BOM optional) or UTF-16 with a BOM; cp1252 only when UTF-8 fails."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReadError(document, "encoding", f"invalid UTF-16: {exc}") from None
    if b"\x00" in data:
        raise ReadError(document, "encoding", "not text: the file contains NUL bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ReadError(document, "encoding", f"neither UTF-8 nor Windows-1252: {exc}") from None


_NOT_A_TITLE = re.compile(r"^(?:antagen|antaget|fastställd|beslutad|beslutat|dnr|diarienummer|sida)\b|§", re.I)


def _is_plain_title(paragraph: list[str]) -> bool:
    """A plain text file's title: its first paragraph, when that is one short line that is
    neither a numbered heading, a sentence, a label nor an adoption line."""
    if len(paragraph) != 1:
        return False
    line = paragraph[0].strip()
    return (0 < len(line) <= 100 and not line.endswith((".", ":", ";", ","))
            and numbered_heading_level(line) is None and not _NOT_A_TITLE.search(line))


def _read_plain(lines: list[str], out: BlockBuilder) -> None:
    """Paragraphs are separated by blank lines; a bullet line starts a new paragraph.

    Only the first line of a paragraph can be a numbered heading ("3.1 Ansvar"): a wrapped
    line that happens to start with a number must not become one. A short first paragraph
    is the document's title.
    """
    buffer: list[str] = []
    first_paragraph = [True]

    def flush() -> None:
        if buffer:
            if first_paragraph[0] and _is_plain_title(buffer):
                out.heading(" ".join(buffer[0].split()), 0)
                buffer.clear()
            first_paragraph[0] = False
        if buffer:
            first = buffer[0]
            level = numbered_heading_level(first)
            if level is not None:
                out.heading(" ".join(first.split()), level)
                del buffer[0]
            if buffer:
                out.paragraph(" ".join(line.strip() for line in buffer))
            buffer.clear()

    for line in lines:
        if not line.strip():
            flush()
            continue
        bullet = TXT_BULLET.match(line)
        if bullet:
            flush()
            buffer.append(bullet.group(1))
        else:
            buffer.append(line)
    flush()


def _split_front_matter(lines: list[str]) -> tuple[list[str], str | None]:
    if not lines or lines[0].strip() != "---":
        return lines, None
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            return lines[end + 1:], "\n".join(lines[1:end])
    return lines, None  # never closed: a thematic break, not front matter


def _title_shift(lines: list[str]) -> int:
    """1 when the file has a single "# Title" as its first content: that heading is the
    document's title (level 0) and "## 1 Syfte" a top-level section, as in Word and HTML."""
    in_fence = False
    level_one, first_seen = 0, None
    for line in lines:
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence or not line.strip():
            continue
        heading = ATX_HEADING.match(line)
        if first_seen is None:
            first_seen = bool(heading and len(heading.group(1)) == 1)
        if heading and len(heading.group(1)) == 1:
            level_one += 1
    return 1 if first_seen and level_one == 1 else 0


def _read_markdown(lines: list[str], out: BlockBuilder) -> None:
    buffer: list[str] = []
    shift = _title_shift(lines)

    def flush() -> None:
        if buffer:
            out.paragraph(_inline(" ".join(line.strip() for line in buffer)))
            buffer.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        fence = FENCE.match(line)
        if fence:
            flush()
            end = i + 1
            while end < len(lines) and not lines[end].strip().startswith(fence.group(1)):
                end += 1
            code = "\n".join(lines[i + 1:end]).strip("\n")
            if code.strip():
                out.paragraph(code)
            i = end + 1
            continue
        if not line.strip():
            flush()
        elif (heading := ATX_HEADING.match(line)) is not None:
            flush()
            text = _inline((heading.group(2) or "").strip())
            if text:
                out.heading(text, len(heading.group(1)) - shift)
        elif len(buffer) == 1 and (under := SETEXT_UNDERLINE.match(line)) is not None:
            text = _inline(buffer.pop().strip())
            out.heading(text, max(1, (1 if under.group(1)[0] == "=" else 2) - shift))
        elif THEMATIC_BREAK.match(line):
            flush()
        elif "|" in line and i + 1 < len(lines) and TABLE_DELIMITER.match(lines[i + 1]):
            flush()
            rows = [_cells(line)]
            i += 2
            while i < len(lines) and lines[i].strip() and "|" in lines[i]:
                rows.append(_cells(lines[i]))
                i += 1
            out.table(rows)
            continue
        elif (item := LIST_ITEM.match(line)) is not None:
            flush()
            buffer.append(item.group(1))
        else:
            buffer.append(line.lstrip("> ") if line.lstrip().startswith(">") else line)
        i += 1
    flush()


def _cells(line: str) -> list[str]:
    """Split a pipe-table row on unescaped pipes, dropping the outer ones."""
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [_inline(cell.strip().replace("\\|", "|")) for cell in re.split(r"(?<!\\)\|", line)]


def _inline(text: str) -> str:
    """Drop link targets and bold markers so quotes read like the document."""
    return STRONG.sub(r"\2", LINK.sub(r"\1", text))
