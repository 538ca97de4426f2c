"""The PDF reader: structure rebuilt from real PDFs (tests/pdfgen.py), and hostile input."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import govcheck
import running
from docxgen import make_docx
from govcheck.errors import ReadError
from govcheck.limits import Limits
from govcheck.readers import read_raw
from govcheck.readers.pdf import join, pdf_date
from pdfgen import DEJAVU, make_flate_bomb, make_pdf, make_raw_pdf, make_scanned_pdf

LONG = ("Kommunens informationssäkerhetsarbete ska bedrivas systematiskt och riskbaserat så att "
        "informationstillgångarna skyddas på ett ändamålsenligt sätt. Digitaliseringsavdelningen "
        "ansvarar för att förvaltningsövergripande behörighetsadministration följs upp årligen. ")


def summary(raw) -> list[tuple]:
    return [(b.kind, b.level, b.text) for b in raw.blocks]


def read_error(path, limits: Limits | None = None) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_raw(path, limits) if limits else read_raw(path)
    return info.value


# --- structure ----------------------------------------------------------------------------

def test_headings_numbered_by_font_size_and_bold(tmp_path):
    path = make_pdf(tmp_path / "policy.pdf", [
        ("title", "IT-policy för Västby kommun"),
        ("p", "Antagen av kommunfullmäktige 2008-09-12, § 123"),
        ("h1", "1 Syfte"),
        ("p", "Policyn anger inriktningen för kommunens arbete."),
        ("h2", "1.1 Ansvar"),
        ("p", "Kommunstyrelsen ansvarar för uppföljningen."),
        ("h3", "Roller"),
        ("p", "Varje nämnd utser en systemägare."),
        ("h1", "Uppföljning"),
        ("p", "Policyn följs upp årligen."),
        ("big", "Bilagor"),
        ("p", "Bilaga 1 Delegationsordning."),
    ])
    raw = read_raw(path)
    assert raw.format == "pdf"
    assert summary(raw) == [
        ("heading", 0, "IT-policy för Västby kommun"),
        ("paragraph", None, "Antagen av kommunfullmäktige 2008-09-12, § 123"),
        ("heading", 1, "1 Syfte"),
        ("paragraph", None, "Policyn anger inriktningen för kommunens arbete."),
        ("heading", 2, "1.1 Ansvar"),
        ("paragraph", None, "Kommunstyrelsen ansvarar för uppföljningen."),
        ("heading", 3, "Roller"),  # bold, body size: below the two larger heading sizes
        ("paragraph", None, "Varje nämnd utser en systemägare."),
        ("heading", 1, "Uppföljning"),  # unnumbered, by font size
        ("paragraph", None, "Policyn följs upp årligen."),
        ("heading", 1, "Bilagor"),  # larger font without bold
        ("paragraph", None, "Bilaga 1 Delegationsordning."),
    ]
    sections = [b.location.section for b in raw.blocks]
    assert sections[5] == ["1 Syfte", "1.1 Ansvar"]
    assert sections[7] == ["1 Syfte", "1.1 Ansvar", "Roller"]
    assert sections[9] == ["Uppföljning"]
    assert [b.location.block for b in raw.blocks] == list(range(12))
    assert [b.location.paragraph for b in raw.blocks][:4] == [1, 2, None, 1]


def test_numbered_heading_in_body_font_but_not_list_items(tmp_path):
    path = make_pdf(tmp_path / "n.pdf", [
        ("p", "Inledande text om riktlinjerna."),
        ("p", "3.2 Ägarskap"),
        ("p", "1. Kommunstyrelsen ansvarar för att riktlinjerna följs upp varje år och att "
              "avvikelser rapporteras till kommunfullmäktige."),
    ])
    assert [(b.kind, b.level) for b in read_raw(path).blocks] == [
        ("paragraph", None), ("heading", 2), ("paragraph", None)]


def test_paragraphs_join_lines_and_pages(tmp_path):
    text = LONG * 18  # more than a page
    path = make_pdf(tmp_path / "long.pdf", [
        ("title", "Riktlinjer för informationssäkerhet"),
        ("p", text.strip()),
        ("p", "Ett eget stycke efter det långa."),
    ], footer="Sida {page} ({pages})", header="Västby kommun")
    raw = read_raw(path)
    assert summary(raw) == [
        ("heading", 0, "Riktlinjer för informationssäkerhet"),
        ("paragraph", None, text.strip()),  # every hyphenated word joined, nothing of the footer
        ("paragraph", None, "Ett eget stycke efter det långa."),
    ]
    assert [b.location.page for b in raw.blocks] == [1, 1, 2]


def test_short_lines_and_bullets_end_paragraphs(tmp_path):
    path = make_pdf(tmp_path / "meta.pdf", [
        ("lines", ["Antagen av kommunfullmäktige 2019-02-01", "Dokumentansvarig: IT-chef",
                   "Gäller till och med 2025-12-31"]),
        ("p", "• Kommunstyrelsen ansvarar för uppföljning."),
        ("p", "• Nämnderna rapporterar årligen."),
    ])
    assert [b.text for b in read_raw(path).blocks] == [
        "Antagen av kommunfullmäktige 2019-02-01", "Dokumentansvarig: IT-chef",
        "Gäller till och med 2025-12-31", "• Kommunstyrelsen ansvarar för uppföljning.",
        "• Nämnderna rapporterar årligen."]


def test_hyphenation_at_line_ends(tmp_path):
    path = make_pdf(tmp_path / "h.pdf", [("lines", [
        "Kommunens arbete med informations-", "säkerhet styrs av en särskild IT-",
        "policy som omfattar kommunikations-", "och samverkansrutiner för e-", "tjänster och Region-",
        "Skånes system."])])
    (block,) = read_raw(path).blocks
    assert block.text == ("Kommunens arbete med informationssäkerhet styrs av en särskild IT-policy som "
                          "omfattar kommunikations- och samverkansrutiner för e-tjänster och Region-Skånes system.")


@pytest.mark.parametrize("line, following, joined", [
    ("informations-", "säkerhet", "informationssäkerhet"),
    ("en IT-", "policy gäller", "en IT-policy gäller"),
    ("kommunikations-", "och samverkansrutiner", "kommunikations- och samverkansrutiner"),
    ("kommunikations-", "eller", "kommunikations- eller"),
    ("för e-", "tjänster", "för e-tjänster"),
    ("år 2019-", "2022", "år 2019-2022"),
    ("på 2010-", "talet", "på 2010-talet"),
    ("Region-", "Skåne", "Region-Skåne"),
    ("text -", "mer text", "text - mer text"),
    ("slut.", "Nästa", "slut. Nästa"),
    ("informations", "säkerhet", "informations säkerhet"),
])
def test_join(line, following, joined):
    assert join(line, following) == joined


def test_pdfium_hyphen_mark_is_joined(tmp_path):
    # pdfium reports a word split at a line end with a mark, not a "-": the flag restores it
    assert join("informations", "säkerhet", hyphen=True) == "informationssäkerhet"
    assert join("IT", "policy", hyphen=True) == "IT-policy"


@pytest.mark.parametrize("footer", ["Sida {page} ({pages})", "{page} ({pages})", "Sidan {page} av {pages}",
                                    "{page}", "Page {page} of {pages}"])
def test_running_header_and_page_counter_removed(tmp_path, footer):
    content = [("title", "Reglemente för kommunstyrelsen")]
    for i in range(1, 4):
        content += [("h1", f"{i} Avsnitt"), ("p", LONG), ("pagebreak",)]
    path = make_pdf(tmp_path / "r.pdf", content[:-1], header="Västby kommun – Reglemente", footer=footer)
    raw = read_raw(path)
    texts = " ".join(b.text for b in raw.blocks)
    assert "Västby kommun –" not in texts and "Sida" not in texts and "Page" not in texts
    assert [b.text for b in raw.blocks if b.kind == "heading"] == [
        "Reglemente för kommunstyrelsen", "1 Avsnitt", "2 Avsnitt", "3 Avsnitt"]
    assert [(b.location.part, b.text, b.location.page) for b in raw.header_footer] == [
        ("header", "Västby kommun – Reglemente", 1)]


def test_header_with_page_counter_and_changing_digits(tmp_path):
    content = [("p", LONG), ("pagebreak",), ("p", LONG), ("pagebreak",), ("p", LONG)]
    path = make_pdf(tmp_path / "d.pdf", content, header="Dnr KS 2019/123    Sida {page} ({pages})",
                    footer="Utskrivet 2019-0{page}-01")
    raw = read_raw(path)
    assert [b.text for b in raw.blocks] == [LONG.strip()] * 3
    assert [(b.location.part, b.text) for b in raw.header_footer] == [
        ("header", "Dnr KS 2019/123"),
        ("footer", "Utskrivet 2019-01-01"), ("footer", "Utskrivet 2019-02-01"), ("footer", "Utskrivet 2019-03-01")]


def test_single_page_header_apart_from_body_is_a_header(tmp_path):
    path = make_pdf(tmp_path / "one.pdf", [("title", "Arkivreglemente"), ("p", LONG)],
                    header="UTKAST 2017-02-01", footer="Sida {page} ({pages})")
    raw = read_raw(path)
    assert [b.text for b in raw.header_footer] == ["UTKAST 2017-02-01"]
    assert raw.blocks[0].text == "Arkivreglemente"


def test_body_close_to_the_top_edge_stays_body(tmp_path):
    title = make_pdf(tmp_path / "t.pdf", [("title", "Arkivreglemente"), ("p", LONG)], top_margin=25)
    assert summary(read_raw(title))[0] == ("heading", 0, "Arkivreglemente")
    body = make_pdf(tmp_path / "b.pdf", [("p", (LONG * 3).strip())], top_margin=25)
    raw = read_raw(body)
    assert [b.text for b in raw.blocks] == [(LONG * 3).strip()] and raw.header_footer == []


def test_page_locations(tmp_path):
    path = make_pdf(tmp_path / "p.pdf", [
        ("title", "Plan"), ("p", "Första sidan."), ("pagebreak",),
        ("h1", "1 Mål"), ("p", "Andra sidan."), ("pagebreak",),
        ("table", [["Mål", "Ansvar"], ["Säker drift", "IT-chef"]]),
    ], footer="Sida {page} ({pages})")
    raw = read_raw(path)
    assert [(b.kind, b.location.page) for b in raw.blocks] == [
        ("heading", 1), ("paragraph", 1), ("heading", 2), ("paragraph", 2), ("table", 3)]
    assert raw.properties["pages"] == "3"


def test_tables_with_wrapped_cells(tmp_path):
    rows = [["Ärende", "Delegat", "Lagrum", "Anmärkning"],
            ["Beslut om inköp av IT-system och licenser över fem prisbasbelopp", "IT-chef", "LOU", "Anmäls"],
            ["Utse systemägare", "Förvaltningschef", "KL 6:37", "Anmäls till nämnden"]]
    path = make_pdf(tmp_path / "t.pdf", [("title", "Delegationsordning"), ("h1", "3 Ekonomi"), ("table", rows),
                                         ("p", "Efter tabellen.")])
    raw = read_raw(path)
    assert [b.kind for b in raw.blocks] == ["heading", "heading", "table", "paragraph"]
    assert raw.blocks[2].rows == rows
    assert raw.blocks[2].location.table == 1 and raw.blocks[2].location.section == ["3 Ekonomi"]


@pytest.mark.parametrize("font", ["helvetica", "dejavu"])
def test_swedish_letters_survive(tmp_path, font):
    if font == "dejavu" and not (DEJAVU / "DejaVuSans.ttf").exists():
        pytest.skip("DejaVu fonts are not installed")
    text = "Åtgärder för öppenhet och ärendehantering: Å Ä Ö å ä ö é ü, § 12 – ”citat”."
    path = make_pdf(tmp_path / "sv.pdf", [("title", "Översiktsplan för Ängelholm"), ("p", text),
                                           ("table", [["Ärende", "Åtgärd"], ["Öppna data", "Äga"]])], font=font)
    raw = read_raw(path)
    assert raw.blocks[0].text == "Översiktsplan för Ängelholm"
    assert raw.blocks[1].text == text
    assert raw.blocks[2].rows == [["Ärende", "Åtgärd"], ["Öppna data", "Äga"]]


def test_metadata_properties(tmp_path):
    path = make_pdf(tmp_path / "m.pdf", [("p", LONG)], info={
        "title": "IT-policy", "author": "Anna Åberg", "subject": "Styrdokument", "keywords": "policy, IT",
        "created": dt.datetime(2008, 9, 12, 10, 30)})
    props = read_raw(path).properties
    assert {k: props[k] for k in ("title", "creator", "subject", "keywords", "created")} == {
        "title": "IT-policy", "creator": "Anna Åberg", "subject": "Styrdokument", "keywords": "policy, IT",
        "created": "2008-09-12T10:30:00+01:00"}


@pytest.mark.parametrize("value, iso", [
    ("D:20080912103000+01'00'", "2008-09-12T10:30:00+01:00"),
    ("D:20080912103000Z", "2008-09-12T10:30:00+00:00"),
    ("D:20080912", "2008-09-12"),
    ("D:2008", "2008"),
    ("20170509081500-05'30", "2017-05-09T08:15:00-05:30"),
    ("not a date", "not a date"),
])
def test_pdf_date(value, iso):
    assert pdf_date(value) == iso


def test_any_extension_is_sniffed(tmp_path):
    path = make_pdf(tmp_path / "policy.pdf", [("title", "Policy"), ("p", LONG)])
    renamed = path.rename(tmp_path / "policy.bin")
    assert read_raw(renamed).format == "pdf"


# --- end to end ---------------------------------------------------------------------------

def test_parse_document_pdf_matches_docx(tmp_path):
    content = [
        ("title", "IT-policy för Västby kommun"),
        ("p", "Antagen av kommunfullmäktige 2008-09-12, § 123"),
        ("p", "Dokumentansvarig: IT-chef"),
        ("h1", "1 Syfte"), ("p", LONG * 3),
        ("h1", "2 Ansvar"), ("p", "Kommunstyrelsen ansvarar för att policyn följs upp årligen."),
    ]
    pdf = govcheck.parse_document(make_pdf(tmp_path / "policy.pdf", content, footer="Sida {page} ({pages})"))
    docx = govcheck.parse_document(make_docx(tmp_path / "policy.docx", content))
    for name in ("title", "doc_type", "status", "owner"):
        assert getattr(pdf, name).value == getattr(docx, name).value, name
    assert pdf.title.value == "IT-policy för Västby kommun" and pdf.doc_type.value == "policy"
    strip = {"provenance"}
    assert [a.model_dump(exclude=strip) for a in pdf.adoptions] == [a.model_dump(exclude=strip) for a in docx.adoptions]
    assert pdf.adoptions[0].provenance.location.page == 1


# --- bad input ----------------------------------------------------------------------------

def test_scanned_pdf_has_no_text_layer(tmp_path):
    error = read_error(make_scanned_pdf(tmp_path / "scan.pdf", pages=3))
    assert error.reason == "no-text-layer" and "OCR" in error.detail


def test_page_numbers_only_is_no_text_layer(tmp_path):
    path = make_pdf(tmp_path / "blank.pdf", [("p", "."), ("pagebreak",), ("p", ".")], footer="Sida {page} ({pages})")
    assert read_error(path).reason == "no-text-layer"


def test_password_protected_pdf(tmp_path):
    error = read_error(make_pdf(tmp_path / "secret.pdf", [("p", LONG)], encrypt="hemligt"))
    assert error.reason == "encrypted" and "password" in error.detail


def test_pdf_encrypted_without_user_password_is_read(tmp_path):
    raw = read_raw(make_pdf(tmp_path / "owner.pdf", [("title", "Policy"), ("p", LONG)], owner_password="ägare"))
    assert raw.blocks[1].text == LONG.strip()


@pytest.mark.parametrize("damage", ["truncated", "garbage", "header-only"])
def test_corrupt_pdf_is_reported(tmp_path, damage):
    data = make_pdf(tmp_path / "ok.pdf", [("p", LONG)]).read_bytes()
    bad = {"truncated": data[: len(data) // 2], "garbage": b"%PDF-1.7\n" + os.urandom(4000),
           "header-only": b"%PDF-1.4\n"}[damage]
    path = tmp_path / "bad.pdf"
    path.write_bytes(bad)
    assert read_error(path).reason == "corrupt-pdf"


def test_flate_bomb_is_contained(tmp_path):
    bomb = make_flate_bomb(tmp_path / "bomb.pdf", megabytes=2000)
    assert bomb.stat().st_size < 3_000_000
    limits = Limits(pdf_memory_bytes=1024**3, pdf_timeout_s=60)
    start = time.monotonic()
    error = read_error(bomb, limits)
    assert error.reason in ("pdf-crash", "timeout")
    assert time.monotonic() - start < 65
    # the worker is replaced: the next document reads normally
    assert read_raw(make_pdf(tmp_path / "next.pdf", [("p", LONG)])).blocks[0].text == LONG.strip()


def test_timeout_stops_extraction(tmp_path):
    bomb = make_flate_bomb(tmp_path / "slow.pdf", megabytes=3000)
    start = time.monotonic()
    error = read_error(bomb, Limits(pdf_timeout_s=0.3, pdf_memory_bytes=16 * 1024**3))
    assert error.reason == "timeout" and "0.3 s" in error.detail
    assert time.monotonic() - start < 10


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="interrupts the request with SIGALRM")
def test_an_interrupted_request_never_leaves_its_reply_for_the_next(tmp_path):
    """With --jobs 1 the document's own time bound (an alarm, parallel.py) can interrupt a PDF
    while the extraction process works on it: its late reply must never be read as the
    answer to the next PDF, which would give that document another document's text."""
    slow = make_flate_bomb(tmp_path / "slow.pdf", megabytes=3000)
    small = make_pdf(tmp_path / "small.pdf", [("title", "Riktlinje för e-post"), ("p", LONG)])
    limits = Limits(pdf_timeout_s=60, pdf_memory_bytes=16 * 1024**3)

    class Interrupted(BaseException):
        pass

    def alarm(signum, frame):
        raise Interrupted

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, 0.5)
    try:
        with pytest.raises(Interrupted):
            read_raw(slow, limits)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert read_raw(small, limits).blocks[0].text == "Riktlinje för e-post"


@running.needs_proc
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_the_extraction_process_ends_with_the_process_that_started_it(tmp_path):
    """Killed in the middle of a PDF (its own time bound, the out-of-memory killer), a worker
    must not leave its extraction process working on, or looping in, that PDF: this bomb
    alone keeps pdfium busy for about ten seconds."""
    bomb = make_flate_bomb(tmp_path / "slow.pdf", megabytes=3000)
    script = (
        "import os, signal, sys\n"
        "from govcheck.readers import pdf_worker\n"
        f"data = open({str(bomb)!r}, 'rb').read()\n"
        "proc = pdf_worker._ensure_child(16 * 1024 ** 3)\n"
        "proc.stdin.write(pdf_worker.REQUEST.pack(len(data), 10000, 10 ** 9) + data)\n"
        "proc.stdin.flush()\n"
        "print(proc.pid, flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                         cwd=Path(__file__).resolve().parents[2])
    child = int(run.stdout.split()[0])
    fields = running._stat(child)
    if fields is not None:  # not yet gone: it must be within a few seconds, long before the bomb is done
        assert running.still_alive([(child, fields[19])], within=3) == []


def test_page_cap(tmp_path):
    path = make_pdf(tmp_path / "long.pdf", [("p", LONG), ("pagebreak",), ("p", LONG), ("pagebreak",), ("p", LONG)])
    error = read_error(path, Limits(max_pdf_pages=2))
    assert error.reason == "too-much-content" and "3 pages" in error.detail
    assert len(read_raw(path, Limits(max_pdf_pages=3)).blocks) == 3


def test_text_cap(tmp_path):
    path = make_pdf(tmp_path / "t.pdf", [("p", LONG * 4)])
    assert read_error(path, Limits(max_text_chars=500)).reason == "too-much-content"


def test_hand_written_pdf_with_lying_page_count(tmp_path):
    path = make_raw_pdf(tmp_path / "raw.pdf", [b"BT /F1 12 Tf 72 720 Td (" + LONG.encode("cp1252") + b") Tj ET"])
    data = path.read_bytes().replace(b"/Count 1", b"/Count 1000000000")
    path.write_bytes(data)
    assert read_raw(path).blocks[0].text == LONG.strip()


def test_input_file_is_not_modified(tmp_path):
    path = make_pdf(tmp_path / "keep.pdf", [("title", "Policy"), ("p", LONG)], footer="Sida {page} ({pages})")
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    read_raw(path)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


def test_control_characters_from_the_font_are_spaces(tmp_path):
    """pdfium passes on whatever character a font's encoding names, control characters too."""
    line = "Kommunstyrelsen ansvarar\x0bför uppföljning\x01och\x1b[31m rapporterar årligen."
    path = make_raw_pdf(tmp_path / "raw.pdf", [b"BT /F1 12 Tf 72 720 Td (" + line.encode("cp1252") + b") Tj ET"])
    assert [b.text for b in read_raw(path).blocks] == ["Kommunstyrelsen ansvarar för uppföljning och [31m rapporterar årligen."]
