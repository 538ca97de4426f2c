"""The .docx reader: structure and locations from real Word files, and hostile input."""

from __future__ import annotations

import random
import struct
import zipfile
from pathlib import Path

import pytest

from docxgen import document_xml, make_docx, make_docx_xml, rewrite_parts
from govcheck.errors import ReadError
from govcheck.limits import Limits
from govcheck.readers import read_raw
from govcheck.readers.docx import read_docx

def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def para(*runs: str, style: str | None = None, props: str = "") -> str:
    ppr = f'<w:pPr>{f"<w:pStyle w:val={chr(34)}{style}{chr(34)}/>" if style else ""}{props}</w:pPr>'
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def read_error(path: Path, limits: Limits | None = None) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_raw(path, limits) if limits else read_raw(path)
    return info.value


def summary(raw) -> list[tuple]:
    return [(b.kind, b.level, b.text) for b in raw.blocks]


# --- structure ------------------------------------------------------------------------

POLICY = [
    ("title", "IT-policy för Västby kommun"),
    ("p", "Antagen av kommunfullmäktige 2008-09-12 § 187."),
    ("p", ""),
    ("h1", "Syfte"),
    ("p", "Policyn ska säkerställa att IT-stödet är säkert och ändamålsenligt."),
    ("p", "Den gäller för alla förvaltningar."),
    ("h2", "Ansvar"),
    ("p", "Kommunstyrelsen ansvarar för uppföljningen."),
    ("table", [["Ärende", "Delegat", "Lagrum", "Anmärkning"], ["Inköp av IT-system", "IT-chef", "LOU", "Upp till 5 pbb"]]),
    ("h1", "Uppföljning"),
    ("p", "Policyn följs upp årligen av kommunstyrelsen."),
]


def test_headings_by_style_give_levels_sections_and_indices(tmp_path):
    raw = read_raw(make_docx(tmp_path / "policy.docx", POLICY))
    assert raw.format == "docx"
    assert summary(raw) == [
        ("heading", 0, "IT-policy för Västby kommun"),
        ("paragraph", None, "Antagen av kommunfullmäktige 2008-09-12 § 187."),
        ("heading", 1, "Syfte"),
        ("paragraph", None, "Policyn ska säkerställa att IT-stödet är säkert och ändamålsenligt."),
        ("paragraph", None, "Den gäller för alla förvaltningar."),
        ("heading", 2, "Ansvar"),
        ("paragraph", None, "Kommunstyrelsen ansvarar för uppföljningen."),
        ("table", None, ""),
        ("heading", 1, "Uppföljning"),
        ("paragraph", None, "Policyn följs upp årligen av kommunstyrelsen."),
    ]
    locs = [b.location for b in raw.blocks]
    assert [loc.block for loc in locs] == list(range(10))  # the empty paragraph is skipped
    assert all(loc.part == "body" for loc in locs)
    assert [loc.section for loc in locs] == [
        [], [], ["Syfte"], ["Syfte"], ["Syfte"], ["Syfte", "Ansvar"], ["Syfte", "Ansvar"],
        ["Syfte", "Ansvar"], ["Uppföljning"], ["Uppföljning"],
    ]
    assert [loc.paragraph for loc in locs] == [1, 2, None, 1, 2, None, 1, None, None, 1]  # the title is a paragraph
    assert [loc.table for loc in locs] == [None] * 7 + [1, None, None]
    assert raw.blocks[0].style == "title"
    assert raw.blocks[2].style == "heading 1"
    assert raw.blocks[1].style == "normal"


def test_swedish_style_names(tmp_path):
    path = make_docx(tmp_path / "rubrik.docx", [
        ("pstyle", "Rubrik", "Riktlinjer för informationssäkerhet"),
        ("pstyle", "Rubrik 1", "Inledning"),
        ("p", "Text."),
        ("pstyle", "rubrik 2", "Roller"),
        ("p", "Mer text."),
    ])
    raw = read_raw(path)
    assert summary(raw)[:4] == [
        ("heading", 0, "Riktlinjer för informationssäkerhet"),
        ("heading", 1, "Inledning"),
        ("paragraph", None, "Text."),
        ("heading", 2, "Roller"),
    ]
    assert raw.blocks[4].location.section == ["Inledning", "Roller"]


def test_style_ids_resolve_through_styles_xml(tmp_path):
    # Swedish Word: styleId "Rubrik1" is the built-in "heading 1", "Rubrik" is "Title".
    styles = f"""<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/></w:style>
      <w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/>
        <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Egen"><w:name w:val="Min rubrik"/><w:basedOn w:val="Rubrik1"/></w:style>
      <w:style w:type="paragraph" w:styleId="Egen3"><w:name w:val="Nivå tre"/>
        <w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Rubrik1"/>
        <w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
    </w:styles>"""
    body = (
        para(run("Strategi"), style="Rubrik")
        + para(run("Innehåll"), style="TOCHeading")
        + para(run("Bakgrund"), style="Rubrik1")
        + para(run("Egen rubrik"), style="Egen")
        + para(run("Djup"), style="Egen3")
        + para(run("Direkt nivå två"), props='<w:outlineLvl w:val="1"/>')
        + para(run("Vanlig text."))
    )
    raw = read_raw(make_docx_xml(tmp_path / "s.docx", body, parts={"word/styles.xml": styles}))
    assert [(b.kind, b.level, b.style) for b in raw.blocks] == [
        ("heading", 0, "title"),
        ("paragraph", None, "toc heading"),
        ("heading", 1, "heading 1"),
        ("heading", 1, "min rubrik"),
        ("heading", 3, "nivå tre"),
        ("heading", 2, "normal"),
        ("paragraph", None, "normal"),
    ]
    assert raw.blocks[-1].location.section == ["Egen rubrik", "Direkt nivå två"]  # level 3 closed by level 2


@pytest.mark.parametrize(
    "text, level",
    [("3.1 Ansvar", 2), ("2. Syfte", 1), ("4 Uppföljning och rapportering", 1), ("10.2.1 Roller och ansvar", 3),
     ("5.3. Ägarskap", 2), ("6 Övergripande mål", 1)],
)
def test_numbered_headings_in_plain_paragraphs(tmp_path, text, level):
    raw = read_raw(make_docx(tmp_path / "n.docx", [("p", text), ("p", "Brödtext.")]))
    assert summary(raw)[0] == ("heading", level, text)
    assert raw.blocks[1].location.section == [text]
    assert raw.blocks[1].location.paragraph == 1


@pytest.mark.parametrize(
    "text",
    [
        "1. Kommunstyrelsen ansvarar för att IT-strategin följs upp.",
        "2. Kommunstyrelsen ansvarar för att samordna digitaliseringsarbetet i hela kommunkoncernen och",
        "3. Följande gäller:",
        "2019 Kommunfullmäktige antog policyn",
        "12 september 2008",
        "3.1 Ansvar\t5",
    ],
)
def test_list_items_and_lookalikes_are_not_headings(tmp_path, text):
    raw = read_raw(make_docx(tmp_path / "l.docx", [("p", text)]))
    assert [b.kind for b in raw.blocks] == ["paragraph"]


def test_toc_entries_are_not_headings(tmp_path):
    path = make_docx(tmp_path / "toc.docx", [("pstyle", "toc 1", "1 Inledning"), ("h1", "Inledning")])
    raw = read_raw(path)
    assert [(b.kind, b.text) for b in raw.blocks] == [("paragraph", "1 Inledning"), ("heading", "Inledning")]


def test_tables_keep_swedish_headers_and_are_numbered(tmp_path):
    delegation = [["Ärende", "Delegat", "Lagrum", "Anmärkning"],
                  ["Beslut om anskaffning av IT-system", "IT-direktör", "KL 6 kap. 37 §", "Högst 10 pbb"],
                  ["Avskrivning av ärenden", "Förvaltningschef", "", ""]]
    path = make_docx(tmp_path / "t.docx", [
        ("h1", "Delegationsordning"), ("table", delegation), ("p", "Efter tabellen."),
        ("h2", "Övrigt"), ("table", [["År", "Åtgärd"], ["2024", "Översyn"]]),
    ])
    raw = read_raw(path)
    tables = [b for b in raw.blocks if b.kind == "table"]
    assert tables[0].rows == delegation
    assert tables[0].text == ""
    assert [t.location.table for t in tables] == [1, 2]
    assert tables[0].location.section == ["Delegationsordning"]
    assert tables[1].location.section == ["Delegationsordning", "Övrigt"]
    assert tables[0].location.paragraph is None
    assert raw.blocks[2].location.paragraph == 1  # tables do not count as paragraphs


def test_header_footer_blocks(tmp_path):
    path = make_docx(tmp_path / "hf.docx", [("p", "Text.")], header="Västby kommun – Styrdokument",
                     footer="Dnr KS 2008/0412")
    raw = read_raw(path)
    assert [(b.kind, b.text, b.location.part) for b in raw.header_footer] == [
        ("paragraph", "Västby kommun – Styrdokument", "header"),
        ("paragraph", "Dnr KS 2008/0412", "footer"),
    ]
    assert [b.location.block for b in raw.header_footer] == [0, 1]
    assert [b.text for b in raw.blocks] == ["Text."]


def test_header_tables_become_lines(tmp_path):
    header = (f'<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              f'<w:tbl><w:tr><w:tc>{para(run("Fastställd av"))}</w:tc><w:tc>{para(run("KF"))}</w:tc></w:tr></w:tbl>'
              f'{para(run("Sida 1"))}</w:hdr>')
    rels = """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
    </Relationships>"""
    path = make_docx_xml(tmp_path / "h.docx", para(run("Text.")),
                         parts={"word/header1.xml": header, "word/_rels/document.xml.rels": rels})
    assert [b.text for b in read_raw(path).header_footer] == ["Fastställd av\tKF", "Sida 1"]


def test_core_and_custom_properties(tmp_path):
    path = make_docx(tmp_path / "p.docx", [("p", "Text.")], core_title="IT-policy", keywords="IT; säkerhet")
    custom = """<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
        xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">
      <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Diarienummer"><vt:lpwstr>KS 2016/918</vt:lpwstr></property>
      <property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="Tom"><vt:lpwstr></vt:lpwstr></property>
    </Properties>"""
    rewrite_parts(path, {"docProps/custom.xml": custom})
    props = read_raw(path).properties
    assert props["title"] == "IT-policy"
    assert props["keywords"] == "IT; säkerhet"
    assert props["creator"] == "python-docx"
    assert props["custom:Diarienummer"] == "KS 2016/918"
    assert "custom:Tom" not in props and "subject" not in props
    assert all(props.values())


def test_run_content_deleted_inserted_fields_and_controls(tmp_path):
    body = para(
        run("Kommun"),
        '<w:del w:id="1" w:author="x"><w:r><w:delText>BORTTAGET</w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="x">' + run("styrelsen") + "</w:ins>",
        '<w:r><w:tab/><w:t>ansvarar</w:t><w:br/><w:t>för</w:t><w:noBreakHyphen/><w:t>IT</w:t></w:r>',
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r>',
        '<w:hyperlink r:id="rId5">' + run(" länk") + "</w:hyperlink>",
        '<w:sdt><w:sdtPr><w:alias w:val="Datum"/></w:sdtPr><w:sdtContent>' + run(" 2023-11-27") + "</w:sdtContent></w:sdt>",
        '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' + run("Klicka här för att ange text.") + "</w:sdtContent></w:sdt>",
        props='<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:del w:id="3" w:author="x"/></w:rPr>',
    )
    block_sdt = '<w:sdt><w:sdtContent>' + para(run("I innehållskontroll.")) + "</w:sdtContent></w:sdt>"
    all_deleted = para('<w:del w:id="4" w:author="x"><w:r><w:delText>Helt borttagen.</w:delText></w:r></w:del>')
    raw = read_raw(make_docx_xml(tmp_path / "r.docx", body + block_sdt + all_deleted))
    assert [b.text for b in raw.blocks] == [
        "Kommunstyrelsen\tansvarar\nför-IT länk 2023-11-27",
        "I innehållskontroll.",
    ]
    assert [b.location.block for b in raw.blocks] == [0, 1]


def test_table_cells_nested_merged_and_deleted_rows(tmp_path):
    nested = f"<w:tbl><w:tr><w:tc>{para(run('a'))}</w:tc><w:tc>{para(run('b'))}</w:tc></w:tr></w:tbl>"
    table = (
        "<w:tbl>"
        f"<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>{para(run('Rubrik över två'))}</w:tc></w:tr>"
        f"<w:tr><w:tc>{para(run('Rad ett'))}{para(run('Rad två'))}</w:tc><w:tc>{nested}</w:tc></w:tr>"
        f"<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>{para()}</w:tc><w:tc>{para(run('x'))}</w:tc></w:tr>"
        f"<w:tr><w:trPr><w:del w:id=\"1\" w:author=\"x\"/></w:trPr><w:tc>{para(run('Strykt'))}</w:tc></w:tr>"
        "</w:tbl>"
        f"<w:tbl><w:tr><w:tc>{para()}</w:tc></w:tr></w:tbl>"
    )
    raw = read_raw(make_docx_xml(tmp_path / "t.docx", table))
    assert [b.rows for b in raw.blocks] == [[["Rubrik över två"], ["Rad ett\nRad två", "a | b"], ["", "x"]]]


def test_missing_document_part(tmp_path):
    path = tmp_path / "x.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/styles.xml", "<x/>")
    with pytest.raises(ReadError) as info:
        read_docx(path.read_bytes(), "x.docx", Limits())
    assert info.value.reason == "missing-part"
    assert read_error(path).reason == "unsupported-format"  # through read_raw: not a Word document


def test_missing_referenced_header_is_reported(tmp_path):
    rels = """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer7.xml"/>
    </Relationships>"""
    path = make_docx_xml(tmp_path / "h.docx", para(run("Text.")), parts={"word/_rels/document.xml.rels": rels})
    assert read_error(path).reason == "missing-part"


def test_output_is_bounded(tmp_path):
    path = make_docx(tmp_path / "big.docx", [("p", f"Stycke {i}.") for i in range(10)])
    assert read_error(path, Limits(max_blocks=5)).reason == "too-much-content"
    assert read_error(path, Limits(max_text_chars=50)).reason == "too-much-content"


def test_docx_content_with_other_extension_is_read_as_docx(tmp_path):
    path = make_docx(tmp_path / "policy.docx", POLICY)
    renamed = path.rename(tmp_path / "policy.txt")
    assert read_raw(renamed).format == "docx"


# --- hostile and broken input ---------------------------------------------------------

def test_zip_bomb_by_ratio(tmp_path):
    path = make_docx(tmp_path / "bomb.docx", [("p", "Text.")])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/media/zeros.bin", b"\0" * (20 * 1024 * 1024))
    assert path.stat().st_size < 200_000
    err = read_error(path)
    assert err.reason == "unsafe-archive"
    assert "zeros.bin" in err.detail


def _patch_declared_size(path: Path, member: str, size: int) -> None:
    """Overwrite the uncompressed size that the central directory declares for ``member``."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    pos = data.find(b"PK\x01\x02")
    while pos >= 0:
        name_len = struct.unpack_from("<H", data, pos + 28)[0]
        if bytes(data[pos + 46:pos + 46 + name_len]) == name:
            struct.pack_into("<I", data, pos + 24, size)
            path.write_bytes(bytes(data))
            return
        pos = data.find(b"PK\x01\x02", pos + 4)
    raise AssertionError(f"{member} not found")


def test_zip_bomb_by_declared_size(tmp_path):
    path = make_docx(tmp_path / "declared.docx", [("p", "Text.")])
    _patch_declared_size(path, "word/document.xml", 2_000_000_000)
    assert read_error(path).reason == "unsafe-archive"


def test_lying_header_is_capped(tmp_path):
    body = "".join(para(run(f"Stycke nummer {i} med lite text.")) for i in range(20_000))
    path = make_docx_xml(tmp_path / "liar.docx", body)
    _patch_declared_size(path, "word/document.xml", 1000)
    assert read_error(path).reason in ("corrupt-zip", "unsafe-archive")


def test_archive_limits(tmp_path):
    path = make_docx(tmp_path / "ok.docx", POLICY)
    assert read_error(path, Limits(max_zip_members=3)).reason == "unsafe-archive"
    assert read_error(path, Limits(max_member_bytes=1000)).reason == "unsafe-archive"
    assert read_error(path, Limits(max_zip_total_bytes=5000)).reason == "unsafe-archive"


BILLION_LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + "]>"
)


def test_billion_laughs_is_not_expanded(tmp_path):
    doc = document_xml(para(run("Före &lol9; efter")), prolog=BILLION_LAUGHS)
    path = make_docx_xml(tmp_path / "lol.docx", document=doc)
    try:
        raw = read_raw(path)
    except ReadError as err:
        assert err.reason == "xml-error"
    else:
        text = " ".join(b.text for b in raw.blocks)
        assert "lol" not in text and len(text) < 100


def _xxe_targets(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("HEMLIGT-4711")
    yield secret.as_uri(), "HEMLIGT-4711"
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_text().strip():
        yield "file:///etc/hostname", hostname.read_text().strip()


def test_external_entities_are_not_resolved(tmp_path):
    for uri, secret in _xxe_targets(tmp_path):
        prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{uri}">]>'
        path = make_docx_xml(tmp_path / "xxe.docx", document=document_xml(para(run("A&xxe;B")), prolog=prolog))
        try:
            raw = read_raw(path)
        except ReadError as err:
            assert err.reason == "xml-error"
            assert secret not in err.detail
        else:
            assert [b.text for b in raw.blocks] == ["AB"]
            assert secret not in raw.model_dump_json()


@pytest.mark.parametrize("depth", [300, 100_000])
def test_deep_nesting(tmp_path, depth):
    nested = "<w:customXml>" * depth + para(run("Djupt")) + "</w:customXml>" * depth
    # Stored, not deflated: 100k repeated tags would otherwise trip the compression-ratio check.
    path = make_docx_xml(tmp_path / "deep.docx", nested, compression=zipfile.ZIP_STORED)
    try:
        raw = read_raw(path)
    except ReadError as err:
        assert err.reason == "xml-too-deep"
    else:
        assert [b.text for b in raw.blocks] == ["Djupt"]


def test_docx_that_is_really_text(tmp_path):
    path = tmp_path / "policy.docx"
    path.write_text("IT-policy för Västby kommun\n\nAntagen av KF.\n", encoding="utf-8")
    err = read_error(path)
    assert err.reason == "corrupt-zip"
    assert "not a zip archive" in err.detail and "plain text" in err.detail


def test_truncated_docx(tmp_path):
    data = make_docx(tmp_path / "full.docx", POLICY).read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    assert read_error(path).reason == "corrupt-zip"


def test_empty_file(tmp_path):
    path = tmp_path / "empty.docx"
    path.write_bytes(b"")
    assert read_error(path).reason == "empty"


def test_random_bytes(tmp_path):
    data = random.Random(7).randbytes(5000)
    (tmp_path / "random.docx").write_bytes(data)
    (tmp_path / "random.bin").write_bytes(data)
    err = read_error(tmp_path / "random.docx")
    assert err.reason == "corrupt-zip" and "binary data" in err.detail
    assert read_error(tmp_path / "random.bin").reason == "unsupported-format"


@pytest.mark.parametrize("name", ["policy.pdf", "policy.docx"])
def test_a_broken_pdf_is_read_as_pdf_whatever_its_name(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n")
    err = read_error(path)
    assert err.reason == "corrupt-pdf"


def test_legacy_doc_is_described(tmp_path):
    path = tmp_path / "gammal.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    err = read_error(path)
    assert err.reason == "unsupported-format" and "legacy Word" in err.detail


def test_odt_with_malformed_content_is_an_xml_error(tmp_path):
    path = tmp_path / "policy.odt"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", "<office:document-content/>")  # undeclared prefix
    assert read_error(path).reason == "xml-error"


def test_too_large_is_refused_before_reading(tmp_path):
    path = make_docx(tmp_path / "p.docx", POLICY)
    err = read_error(path, Limits(max_file_bytes=1000))
    assert err.reason == "too-large"


def test_io_errors(tmp_path):
    assert read_error(tmp_path / "missing.docx").reason == "io-error"
    assert read_error(tmp_path).reason == "io-error"


def test_input_file_is_never_modified(tmp_path):
    good = make_docx(tmp_path / "p.docx", POLICY, header="Huvud")
    bad = tmp_path / "bomb.docx"
    bad.write_bytes(good.read_bytes())
    with zipfile.ZipFile(bad, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/media/zeros.bin", b"\0" * (5 * 1024 * 1024))
    for path in (good, bad):
        before = (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_size)
        try:
            read_raw(path)
        except ReadError:
            pass
        assert (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_size) == before


def test_mutated_files_raise_only_read_error(tmp_path):
    """Flip bytes of a real .docx: the reader may succeed or raise ReadError, nothing else."""
    original = make_docx(tmp_path / "p.docx", POLICY, header="Huvud", core_title="T").read_bytes()
    rng = random.Random(2024)
    path = tmp_path / "m.docx"
    reasons = set()
    for _ in range(300):
        data = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        path.write_bytes(bytes(data))
        try:
            read_raw(path)
        except ReadError as err:
            reasons.add(err.reason)
    assert reasons <= {"corrupt-zip", "xml-error", "unsafe-archive", "missing-part", "unsupported-format",
                       "xml-too-deep", "encoding"}
