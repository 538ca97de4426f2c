"""Write real PDFs for tests and benchmarks, with reportlab's canvas.

``make_pdf`` lays text out itself rather than with platypus, so a test knows exactly what a
PDF contains: which words were hyphenated at a line end, where pages break, what the running
header and footer say. ``make_scanned_pdf``, ``make_flate_bomb`` and ``make_raw_pdf`` write
the hostile and odd files the reader must survive.
"""

from __future__ import annotations

import datetime as dt
import io
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4
LEFT = RIGHT = 72.0
TOP, BOTTOM = HEIGHT - 80.0, 80.0
TEXT_WIDTH = WIDTH - LEFT - RIGHT
MEGABYTE = 1024 * 1024
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class Style:
    bold: bool
    size: float
    leading: float
    before: float
    after: float


STYLES = {
    "title": Style(True, 20, 25, 0, 14),
    "h1": Style(True, 15, 19, 12, 6),
    "h2": Style(True, 12.5, 16, 10, 4),
    "h3": Style(True, 11, 14, 8, 3),
    "big": Style(False, 15, 19, 12, 6),  # a heading shown by size alone, not bold
    "p": Style(False, 10.5, 13.5, 0, 7),
    "lines": Style(False, 10.5, 13.5, 0, 7),
    "table": Style(False, 10, 13, 0, 0),
}
CELL_PADDING = 11.0  # Word's default cell margins: 5.4 pt on each side
MIN_HYPHEN_WORD = 10  # words this long may be split at a line end, like Word's auto-hyphenation


def make_pdf(
    path: str | Path,
    content: Iterable[tuple],
    *,
    header: str | None = None,
    footer: str | None = None,
    info: dict | None = None,
    font: str = "helvetica",
    encrypt: str | None = None,
    owner_password: str | None = None,
    hyphenate: bool = True,
    top_margin: float = HEIGHT - TOP,
) -> Path:
    """Write ``content`` to ``path`` and return the path.

    Items: ("title", t), ("h1" | "h2" | "h3", t), ("big", t) (larger font, not bold), ("p", t),
    ("table", rows), ("lines", [line, ...]) (a paragraph with the given line breaks, justified),
    ("pagebreak",). ``header``/``footer`` are drawn on every page with
    ``{page}`` and ``{pages}`` filled in ("Sida {page} ({pages})"). ``info`` sets title,
    author, subject, keywords, creator and created (a datetime). ``font`` "dejavu" embeds a
    TrueType subset (as Word does) instead of the standard Helvetica. ``encrypt`` is a user
    password; ``owner_password`` alone encrypts with an empty user password. ``top_margin``
    moves the body's first line (in points from the top edge).
    """
    path = Path(path)
    regular, bold = _fonts(font)
    pages = _layout(list(content), regular, bold, hyphenate, HEIGHT - top_margin)
    protection = None
    if encrypt is not None or owner_password is not None:
        from reportlab.lib.pdfencrypt import StandardEncryption

        protection = StandardEncryption(encrypt or "", ownerPassword=owner_password or encrypt, canCopy=1)
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=protection, invariant=1)
    _set_info(c, info or {})
    for number, ops in enumerate(pages, 1):
        if header:
            c.setFont(regular, 9)
            c.drawString(LEFT, HEIGHT - 45, header.format(page=number, pages=len(pages)))
        for x, y, text, name, size, word_space in ops:
            if word_space:
                line = c.beginText(x, y)
                line.setFont(name, size)
                line.setWordSpace(word_space)
                line.textOut(text)
                c.drawText(line)
            else:
                c.setFont(name, size)
                c.drawString(x, y, text)
        if footer:
            c.setFont(regular, 9)
            c.drawRightString(WIDTH - RIGHT, 45, footer.format(page=number, pages=len(pages)))
        c.showPage()
    c.save()
    return path


def _fonts(font: str) -> tuple[str, str]:
    if font == "helvetica":
        return "Helvetica", "Helvetica-Bold"
    if font == "dejavu":
        from reportlab.pdfbase.ttfonts import TTFont

        pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(DEJAVU / "DejaVuSans-Bold.ttf")))
        return "DejaVu", "DejaVu-Bold"
    raise ValueError(f"unknown font {font!r}")


def _set_info(c: canvas.Canvas, info: dict) -> None:
    for key, setter in (("title", c.setTitle), ("author", c.setAuthor), ("subject", c.setSubject),
                        ("keywords", c.setKeywords), ("creator", c.setCreator)):
        setter(info.get(key, ""))
    created = info.get("created")
    if isinstance(created, dt.datetime):
        stamp = created.strftime("D:%Y%m%d%H%M%S") + "+01'00'"
        c.setDateFormatter(lambda *_: stamp)


def _layout(content: list[tuple], regular: str, bold: str, hyphenate: bool, top: float) -> list[list[tuple]]:
    """Pages of draw operations (x, y, text, font, size, extra word spacing)."""
    pages: list[list[tuple]] = [[]]
    y = top

    def line(x: float, text: str, name: str, style: Style, word_space: float = 0.0) -> None:
        nonlocal y
        if y - style.leading < BOTTOM:
            pages.append([])
            y = top
        y -= style.leading
        pages[-1].append((x, y + style.leading * 0.25, text, name, style.size, word_space))

    for item in content:
        kind = item[0]
        if kind == "pagebreak":
            pages.append([])
            y = top
            continue
        style = STYLES[kind]
        name = bold if style.bold else regular
        if y < top:
            y -= style.before
        if kind == "table":
            columns = max(len(row) for row in item[1])
            width = TEXT_WIDTH / columns
            for row in item[1]:
                cells = [wrap(cell, regular, style.size, width - CELL_PADDING, hyphenate) for cell in row]
                for k in range(max(len(c) for c in cells)):
                    if y - style.leading < BOTTOM:
                        pages.append([])
                        y = top
                    y -= style.leading
                    for col, cell in enumerate(cells):
                        if k < len(cell):
                            pages[-1].append((LEFT + col * width, y + 3, cell[k], regular, style.size, 0.0))
                y -= 3
        elif kind == "lines":  # given line breaks, justified like Word's "Justify" (the last line not)
            for k, text in enumerate(item[1]):
                spaces = text.count(" ") if k < len(item[1]) - 1 else 0
                slack = TEXT_WIDTH - pdfmetrics.stringWidth(text, name, style.size)
                line(LEFT, text, name, style, slack / spaces if spaces else 0.0)
        else:
            for text in wrap(item[1], name, style.size, TEXT_WIDTH, hyphenate and kind == "p"):
                line(LEFT, text, name, style)
        y -= style.after
    return pages


def wrap(text: str, font: str, size: float, width: float, hyphenate: bool) -> list[str]:
    """Greedy line breaking; a long word that does not fit is split with a hyphen."""
    def fits(candidate: str) -> bool:
        return pdfmetrics.stringWidth(candidate, font, size) <= width

    lines: list[str] = []
    current = ""
    words = text.split()
    i = 0
    while i < len(words):
        word = words[i]
        candidate = f"{current} {word}" if current else word
        if fits(candidate):
            current, i = candidate, i + 1
            continue
        cut = None
        if hyphenate and len(word) >= MIN_HYPHEN_WORD and word.isalpha():
            cut = next((k for k in range(len(word) - 4, 3, -1) if fits(f"{current} {word[:k]}-".strip())), None)
        if cut:
            lines.append(f"{current} {word[:cut]}-".strip())
            current, words[i] = "", word[cut:]
        elif current:
            lines.append(current)
            current = ""
        else:  # wider than a whole line and not splittable: let it overflow
            lines.append(word)
            i += 1
    if current:
        lines.append(current)
    return lines


def make_scanned_pdf(path: str | Path, pages: int = 2) -> Path:
    """Pages that are only an image, like a scan without OCR."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (400, 560), 255)
    draw = ImageDraw.Draw(image)
    for row in range(40, 520, 20):
        draw.line((40, row, 360, row), fill=0, width=3)  # lines of "text"
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for _ in range(pages):
        c.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 50, 100, width=495, height=690)
        c.showPage()
    c.save()
    return Path(path)


def make_raw_pdf(path: str | Path, streams: list[bytes], *, filters: str = "") -> Path:
    """A minimal hand-written PDF: one page per content stream (already encoded with
    ``filters``, e.g. "/Filter /FlateDecode"), text in Helvetica."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        None,  # the page tree, filled in below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for stream in streams:
        content_number = len(objects) + 2
        kids.append(len(objects) + 1)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content_number)
        objects.append(b"<< /Length %d %s >>\nstream\n" % (len(stream), filters.encode()) + stream + b"\nendstream")
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    Path(path).write_bytes(bytes(out))
    return Path(path)


def make_flate_bomb(path: str | Path, megabytes: int = 400) -> Path:
    """A small PDF whose one content stream inflates to ``megabytes`` MB: a line of text, then
    zero bytes (NUL is PDF whitespace, so a parser must really inflate all of it).

    Each MB of zeros is compressed once after a full flush, which resets the compressor, so
    the same ~1 KB block can be repeated: a 1 GB bomb takes milliseconds to build.
    """
    text = b"BT /F1 12 Tf 72 720 Td (Bomb) Tj ET\n"
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate; zlib framing added below
    head = compressor.compress(text) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(bytes(MEGABYTE)) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.flush(zlib.Z_FINISH)
    adler = zlib.adler32(text)
    a, b = adler & 0xFFFF, adler >> 16
    b = (b + a * megabytes * MEGABYTE) % 65521  # appending zeros leaves a and adds a per byte to b
    stream = b"\x78\xda" + head + block * megabytes + tail + ((b << 16) | a).to_bytes(4, "big")
    return make_raw_pdf(path, [stream], filters="/Filter /FlateDecode")
