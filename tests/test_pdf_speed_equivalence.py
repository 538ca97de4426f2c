"""The PDF worker's fast line measuring gives exactly what plain, typed pypdfium2 calls give.

pdf_worker._lines calls pdfium through untyped ctypes handles and inlined loops for speed.
The reference here is the straightforward form it replaced (pypdfium2's typed bindings, one
helper per measurement), kept as an oracle: any future tuning must keep the output equal,
including on pages whose text does not map one to one onto pdfium's characters (NUL and
control characters), where indices go through FPDFText_GetCharIndexFromTextIndex.
"""

from __future__ import annotations

import ctypes
import re

import pytest

from govcheck.readers import pdf_worker
from pdfgen import DEJAVU, make_pdf, make_raw_pdf

pdfium = pytest.importorskip("pypdfium2")
c = pytest.importorskip("pypdfium2.raw")


def reference_lines(tp, text: str, remap: bool) -> list:
    box = [ctypes.c_double() for _ in range(4)]
    refs = [ctypes.byref(v) for v in box]
    ox, oy = ctypes.c_double(), ctypes.c_double()
    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    index = (lambda i: c.FPDFText_GetCharIndexFromTextIndex(tp, i)) if remap else int
    styles: dict = {}

    def edges(i: int) -> tuple[float, float]:
        c.FPDFText_GetCharBox(tp, index(i), *refs)
        return box[0].value, box[1].value

    def bold(i: int) -> bool:
        ci = index(i)
        c.FPDFText_GetFontInfo(tp, ci, name, len(name), ctypes.byref(flags))
        key = (name.value, flags.value)
        if key not in styles:
            font = key[0].decode("latin-1")
            named = bool(pdf_worker.BOLD_FONT.search(font)) or bool(key[1] & pdf_worker.FORCE_BOLD)
            styles[key] = named or (None if not re.search(r"[-,]", font) else False)
        return c.FPDFText_GetFontWeight(tp, ci) >= 600 if styles[key] is None else styles[key]

    def gapped(first: int, last: int, size: float) -> bool:
        count = c.FPDFText_CountRects(tp, first, last - first + 1)
        if count < 2:
            return False
        spans = []
        for k in range(count):
            c.FPDFText_GetRect(tp, k, *refs)
            spans.append((box[0].value, box[2].value))
        spans.sort()
        threshold = max(pdf_worker.MIN_CELL_GAP, pdf_worker.CELL_GAP_EM * size)
        return any(b[0] - a[1] >= threshold for a, b in zip(spans, spans[1:]))

    def cells(line: str, start: int, size: float) -> list | None:
        threshold = max(pdf_worker.MIN_CELL_GAP, pdf_worker.CELL_GAP_EM * size)
        out, right = [], None
        for k, ch in enumerate(line):
            if ch != " ":
                left, next_right = edges(start + k)
                if right is None or left - right >= threshold:
                    out.append([k, round(left, 2)])
                right = next_right
        return out if len(out) > 1 else None

    out = []
    for match in re.finditer(r"[^\r\n\ufffe]+(\ufffe?)", text):
        hyphen = bool(match.group(1))
        body = match.group(0)[:-1] if hyphen else match.group(0)
        stripped = body.strip()
        if not stripped:
            continue
        first = match.start() + len(body) - len(body.lstrip())
        last = match.start() + len(body.rstrip()) - 1
        c.FPDFText_GetCharOrigin(tp, index(first), ctypes.byref(ox), ctypes.byref(oy))
        x1 = edges(match.end() - 1 if hyphen else last)[1]
        size = c.FPDFText_GetFontSize(tp, index(first))
        if not stripped[0].isalnum():
            size = max(size, c.FPDFText_GetFontSize(tp, index(last)))
        space = stripped.find(" ")
        word_x1 = edges(first + space - 1)[1] if space > 0 else x1
        is_bold = bold(first) and (last == first or bold(last))
        row = cells(stripped, first, size) if gapped(index(first), index(last), size) else None
        out.append([stripped, round(ox.value, 2), round(x1, 2), round(oy.value, 2), round(size, 2), is_bold,
                    hyphen, round(word_x1, 2), row])
    return out


def assert_same_as_reference(path) -> int:
    """Compare every page; return how many pages needed index remapping."""
    data = path.read_bytes()
    fast = pdf_worker.read_pdf_lines(data, 100, 10**7)["pages"]
    document = pdfium.PdfDocument(data)
    remapped = 0
    try:
        for number in range(len(document)):
            page = document[number]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            remap = len(text) != textpage.count_chars()
            remapped += remap
            assert fast[number][5] == reference_lines(textpage.raw, text, remap), f"page {number + 1}"
            textpage.close()
            page.close()
    finally:
        document.close()
    return remapped


ROWS = [["Ärende", "Delegat", "Lagrum", "Anmärkning"],
        ["Beslut om inköp av IT-system och licenser över fem prisbasbelopp", "IT-chef", "LOU", "Anmäls"],
        ["Utse systemägare", "Förvaltningschef", "KL 6:37", "Anmäls till nämnden"]]
CONTENT = [
    ("title", "Delegationsordning för kommunstyrelsen"),
    ("h1", "1 Inledning"),
    ("p", "Informationssäkerhetsarbetet ska bedrivas systematiskt och riskbaserat så att "
          "informationstillgångarna skyddas på ett ändamålsenligt sätt. " * 3),
    ("lines", ["• Kommunstyrelsen ansvarar för uppföljningen.", "– Nämnderna rapporterar årligen."]),
    ("h2", "1.1 Ansvar"),
    ("table", ROWS),
    ("big", "Bilagor"),
    ("p", "Efter tabellen."),
]


@pytest.mark.parametrize("font", ["helvetica", "dejavu"])
def test_generated_document_matches_reference(tmp_path, font):
    if font == "dejavu" and not (DEJAVU / "DejaVuSans.ttf").exists():
        pytest.skip("DejaVu fonts are not installed")
    path = make_pdf(tmp_path / "d.pdf", CONTENT, header="Västby kommun", footer="Sida {page} ({pages})", font=font)
    assert_same_as_reference(path)


def test_remapped_text_matches_reference(tmp_path):
    streams = [
        b"BT /F1 12 Tf 72 720 Td (Hello\\000World  x) Tj ET\n"
        b"BT /F1 12 Tf 72 700 Td [(A\\001) -3000 (B\\002C) -3000 (D)] TJ ET\n"
        b"BT /F1 10 Tf 72 680 Td (informations-) Tj ET BT /F1 10 Tf 72 668 Td (s\\344kerhet\\000 och) Tj ET\n"
        b"BT /F1 10 Tf 40 Tc 72 640 Td (SPACED\\000) Tj ET\n"
        b"BT /F1 12 Tf 72 620 Td (\\225 punkt) Tj ET BT /F1 12 Tf 200 620 Td (cell\\000 tv\\345) Tj ET",
    ]
    path = make_raw_pdf(tmp_path / "r.pdf", streams)
    assert assert_same_as_reference(path) == 1  # the odd characters do make pdfium's text differ
