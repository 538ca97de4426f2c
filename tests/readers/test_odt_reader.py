"""The .odt reader: structure and locations from real OpenDocument files, and hostile input."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest

import govcheck
from docxgen import make_docx
from govcheck.errors import ReadError
from govcheck.limits import Limits
from govcheck.readers import read_raw, sniff_format
from odtgen import COMMON_STYLES, XMLNS, content_xml, make_odt, make_odt_xml, meta_xml, styles_xml


def p(text: str, style: str = "Standard") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def read_error(path: Path, limits: Limits | None = None) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_raw(path, limits) if limits else read_raw(path)
    return info.value


def summary(raw) -> list[tuple]:
    return [(b.kind, b.level, b.text) for b in raw.blocks]


POLICY = [
    ("title", "IT-policy för Västby kommun"),
    ("p", "Antagen av kommunfullmäktige 2008-09-12, § 123"),
    ("p", "Dokumentansvarig: IT-chef"),
    ("h1", "1 Syfte"),
    ("p", "Policyn ska säkerställa att IT-stödet är säkert och ändamålsenligt."),
    ("h2", "Omfattning"),
    ("p", "Den gäller för alla förvaltningar."),
    ("table", [["Ärende", "Delegat"], ["Inköp av IT-system", "IT-chef"]]),
    ("h1", "2 Ansvar"),
    ("list", ["Kommunstyrelsen ansvarar för uppföljningen.", "Nämnderna ansvarar för sina system."]),
]


# --- structure ------------------------------------------------------------------------

def test_headings_paragraphs_tables_and_locations(tmp_path):
    raw = read_raw(make_odt(tmp_path / "policy.odt", POLICY))
    assert raw.format == "odt"
    assert summary(raw) == [
        ("heading", 0, "IT-policy för Västby kommun"),
        ("paragraph", None, "Antagen av kommunfullmäktige 2008-09-12, § 123"),
        ("paragraph", None, "Dokumentansvarig: IT-chef"),
        ("heading", 1, "1 Syfte"),
        ("paragraph", None, "Policyn ska säkerställa att IT-stödet är säkert och ändamålsenligt."),
        ("heading", 2, "Omfattning"),
        ("paragraph", None, "Den gäller för alla förvaltningar."),
        ("table", None, ""),
        ("heading", 1, "2 Ansvar"),
        ("paragraph", None, "Kommunstyrelsen ansvarar för uppföljningen."),
        ("paragraph", None, "Nämnderna ansvarar för sina system."),
    ]
    locs = [b.location for b in raw.blocks]
    assert [loc.block for loc in locs] == list(range(11))
    assert [loc.section for loc in locs][5:9] == [
        ["1 Syfte", "Omfattning"], ["1 Syfte", "Omfattning"], ["1 Syfte", "Omfattning"], ["2 Ansvar"]]
    assert [loc.paragraph for loc in locs] == [1, 2, 3, None, 1, None, 1, None, None, 1, 2]
    assert raw.blocks[7].rows == [["Ärende", "Delegat"], ["Inköp av IT-system", "IT-chef"]]
    assert raw.blocks[7].location.table == 1
    assert [raw.blocks[i].style for i in (0, 1, 3)] == ["title", "text body", "heading 1"]


def test_style_based_and_numbered_headings(tmp_path):
    automatic = ('<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2">'
                 '<style:text-properties fo:font-weight="bold"/></style:style>'
                 '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"/>')
    extra = ('<style:style style:name="Rubrik_20_1" style:display-name="Rubrik 1" style:family="paragraph"/>'
             '<style:style style:name="Rubrik" style:family="paragraph"/>'
             '<style:style style:name="Egen" style:display-name="Min rubrik" style:family="paragraph"'
             ' style:parent-style-name="Nivå3"/>'
             '<style:style style:name="Nivå3" style:family="paragraph" style:default-outline-level="3"/>'
             '<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph"/>')
    body = (p("Riktlinjer för informationssäkerhet", "Rubrik")
            + '<text:table-of-content><text:index-body>'
            + p("1 Inledning<text:tab/>3", "Contents_20_1") + p("Roller", "Heading_20_1")
            + "</text:index-body></text:table-of-content>"
            + p("Inledning", "Rubrik_20_1")
            + p("Direktformaterad", "P1")
            + p("Egen nivå", "Egen")
            + '<text:h text:style-name="Heading_20_1">Utan nivå</text:h>'
            + p("3.1 Ansvar", "P2")
            + p("1. Kommunstyrelsen ansvarar för att policyn följs.", "P2"))
    path = make_odt_xml(tmp_path / "s.odt", parts={
        "content.xml": content_xml(body, automatic_styles=automatic),
        "styles.xml": styles_xml(COMMON_STYLES + extra)})
    raw = read_raw(path)
    assert [(b.kind, b.level, b.style) for b in raw.blocks] == [
        ("heading", 0, "rubrik"),
        ("paragraph", None, "contents 1"),  # a table of contents never makes headings
        ("paragraph", None, "heading 1"),
        ("heading", 1, "rubrik 1"),
        ("heading", 2, "heading 2"),  # automatic style P1 is direct formatting on Heading 2
        ("heading", 3, "min rubrik"),  # outline level inherited from the parent style
        ("heading", 1, "heading 1"),  # text:h without outline-level: its style's level
        ("heading", 2, "standard"),
        ("paragraph", None, "standard"),
    ]
    assert raw.blocks[1].text == "1 Inledning\t3"


def test_inline_content_changes_annotations_and_notes(tmp_path):
    tracked = ('<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
               '<office:change-info><dc:creator>x</dc:creator></office:change-info>'
               + p("BORTTAGET") + "</text:deletion></text:changed-region></text:tracked-changes>")
    body = tracked + p(
        'Kommun<text:change text:change-id="ct1"/><text:span text:style-name="T1">styrelsen</text:span>'
        '<text:tab/>ansvarar<text:line-break/>för<text:s text:c="3"/>IT'
        '<office:annotation><dc:creator>Granskare</dc:creator><text:p>KOMMENTAR</text:p></office:annotation>'
        ' och <text:a xlink:href="https://example.org" xmlns:xlink="http://www.w3.org/1999/xlink">länk</text:a>'
        '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        '<text:note-body><text:p>FOTNOT</text:p></text:note-body></text:note>.\n    Radbrytning i källan.'
    ) + p("   ") + p('<draw:frame><draw:text-box>' + p("I textruta") + '</draw:text-box></draw:frame>')
    raw = read_raw(make_odt_xml(tmp_path / "i.odt", body))
    assert [b.text for b in raw.blocks] == [
        "Kommunstyrelsen\tansvarar\nför   IT och länk. Radbrytning i källan.",
        "I textruta",
    ]
    assert [b.location.block for b in raw.blocks] == [0, 1]


def test_lists_and_sections_are_read_in_order(tmp_path):
    body = ('<text:section text:name="S1"><text:list><text:list-item>' + p("Ett")
            + "<text:list><text:list-item>" + p("Ett a") + "</text:list-item></text:list>"
            + "</text:list-item><text:list-header>" + p("Rubrik i lista") + "</text:list-header>"
            + '<text:list-item><text:h text:outline-level="2">2.1 Listrubrik</text:h></text:list-item>'
            + "</text:list></text:section>")
    raw = read_raw(make_odt_xml(tmp_path / "l.odt", body))
    assert summary(raw) == [("paragraph", None, "Ett"), ("paragraph", None, "Ett a"),
                            ("paragraph", None, "Rubrik i lista"), ("heading", 2, "2.1 Listrubrik")]


def test_table_cells_merged_repeated_and_nested(tmp_path):
    nested = ("<table:table><table:table-row><table:table-cell>" + p("a") + "</table:table-cell>"
              "<table:table-cell>" + p("b") + "</table:table-cell></table:table-row></table:table>")
    table = (
        "<table:table><table:table-header-rows><table:table-row>"
        '<table:table-cell table:number-columns-spanned="2">' + p("Rubrik över två") + "</table:table-cell>"
        "<table:covered-table-cell/><table:table-cell>" + p("Tredje") + "</table:table-cell>"
        "</table:table-row></table:table-header-rows>"
        "<table:table-row-group><table:table-row><table:table-cell>" + p("Rad ett") + p("Rad två")
        + "</table:table-cell><table:table-cell>" + nested + "</table:table-cell>"
        '<table:table-cell table:number-columns-repeated="100000"/></table:table-row></table:table-row-group>'
        "</table:table>"
        "<table:table><table:table-row><table:table-cell/></table:table-row></table:table>"  # empty: dropped
    )
    raw = read_raw(make_odt_xml(tmp_path / "t.odt", table))
    (block,) = raw.blocks
    assert block.rows[0] == ["Rubrik över två", "", "Tredje"]
    assert block.rows[1][:2] == ["Rad ett\nRad två", "a | b"]
    assert len(block.rows[1]) == 2 + 64  # repeated empty cells are capped


def test_repeated_cells_cannot_amplify(tmp_path):
    row = ('<table:table-row><table:table-cell table:number-columns-repeated="64"/>'
           "<table:table-cell>" + p("x") + "</table:table-cell></table:table-row>")
    raw = read_raw(make_odt_xml(tmp_path / "r.odt", f"<table:table>{row * 2000}</table:table>"))
    (table,) = raw.blocks
    assert sum(len(r) for r in table.rows) <= 2 * 2000 + 10_000
    assert table.rows[0] == [""] * 64 + ["x"] and table.rows[-1] == ["", "x"]


def test_heading_with_rendered_number(tmp_path):
    body = '<text:h text:outline-level="1"><text:number>1.</text:number>Syfte</text:h>'
    assert summary(read_raw(make_odt_xml(tmp_path / "n.odt", body))) == [("heading", 1, "1. Syfte")]


def test_header_and_footer_from_master_pages(tmp_path):
    table = ("<table:table><table:table-row><table:table-cell>" + p("Fastställd av") + "</table:table-cell>"
             "<table:table-cell>" + p("KF") + "</table:table-cell></table:table-row></table:table>")
    pages = (f'<office:master-styles><style:master-page style:name="Standard">'
             f'<style:header>{p("Västby kommun")}{table}</style:header>'
             f'<style:footer>{p("Dnr KS 2008/412")}</style:footer>'
             f'<style:footer-first>{p("Sida <text:page-number>1</text:page-number>")}</style:footer-first>'
             f'</style:master-page><style:master-page style:name="Landscape">'
             f'<style:header>{p("Västby kommun")}</style:header></style:master-page></office:master-styles>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {XMLNS}>'
              f"<office:styles>{COMMON_STYLES}</office:styles>{pages}</office:document-styles>")
    raw = read_raw(make_odt_xml(tmp_path / "h.odt", p("Text."), parts={"styles.xml": styles}))
    assert [(b.text, b.location.part, b.location.paragraph) for b in raw.header_footer] == [
        ("Västby kommun", "header", 1),
        ("Fastställd av\tKF", "header", 2),
        ("Dnr KS 2008/412", "footer", 1),
        ("Sida 1", "footer", 2),
    ]
    assert [b.text for b in raw.blocks] == ["Text."]


def test_make_odt_header_footer_and_title(tmp_path):
    raw = read_raw(make_odt(tmp_path / "m.odt", [("p", "Text.")], header="Huvud", footer="Fot",
                            meta_title="IT-policy"))
    assert [(b.text, b.location.part) for b in raw.header_footer] == [("Huvud", "header"), ("Fot", "footer")]
    assert raw.properties["title"] == "IT-policy"


def test_meta_properties(tmp_path):
    meta = meta_xml(
        "<dc:title>IT-policy</dc:title><dc:subject>Informationssäkerhet</dc:subject>"
        "<meta:keyword>IT</meta:keyword><meta:keyword>säkerhet</meta:keyword>"
        "<meta:initial-creator>Anna Andersson</meta:initial-creator><dc:creator>Bo Berg</dc:creator>"
        "<meta:creation-date>2008-08-01T10:00:00</meta:creation-date><dc:date>2015-03-01T09:00:00</dc:date>"
        '<meta:user-defined meta:name="Diarienummer">KS 2008/412</meta:user-defined>'
        '<meta:user-defined meta:name="Tom"></meta:user-defined>')
    props = read_raw(make_odt_xml(tmp_path / "p.odt", p("Text."), parts={"meta.xml": meta})).properties
    assert props == {
        "title": "IT-policy", "subject": "Informationssäkerhet", "keywords": "IT; säkerhet",
        "creator": "Anna Andersson", "lastModifiedBy": "Bo Berg", "created": "2008-08-01T10:00:00",
        "modified": "2015-03-01T09:00:00", "custom:Diarienummer": "KS 2008/412",
    }


def test_custom_properties_reach_extraction(tmp_path):
    meta = meta_xml('<meta:user-defined meta:name="Status">Förslag</meta:user-defined>'
                    '<meta:user-defined meta:name="Dokumentansvarig">IT-chef</meta:user-defined>')
    body = p("IT-policy", "Title") + '<text:h text:outline-level="1">1 Syfte</text:h>' + p("Text.")
    doc = govcheck.parse_document(make_odt_xml(tmp_path / "d.odt", body, parts={"meta.xml": meta}))
    assert doc.status.value == "draft" and doc.status.source == "properties"
    assert doc.owner.value == "IT-chef" and doc.owner.location.field == "custom:Dokumentansvarig"


def test_flat_odt(tmp_path):
    flat = (f'<?xml version="1.0" encoding="UTF-8"?><office:document {XMLNS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">'
            f"<office:meta><dc:title>Platt</dc:title></office:meta>"
            f"<office:styles>{COMMON_STYLES}</office:styles>"
            f'<office:master-styles><style:master-page style:name="Standard"><style:footer>{p("Fot")}'
            f"</style:footer></style:master-page></office:master-styles>"
            f'<office:body><office:text>{p("Rubrik", "Title")}'
            f'<text:h text:style-name="Heading_20_1" text:outline-level="1">Syfte</text:h>{p("Text.")}'
            f"</office:text></office:body></office:document>")
    path = tmp_path / "platt.fodt"
    path.write_text(flat, encoding="utf-8")
    raw = read_raw(path)
    assert raw.format == "fodt"
    assert summary(raw) == [("heading", 0, "Rubrik"), ("heading", 1, "Syfte"), ("paragraph", None, "Text.")]
    assert raw.properties == {"title": "Platt"} and [b.text for b in raw.header_footer] == ["Fot"]


def test_format_is_decided_by_content(tmp_path):
    data = make_odt(tmp_path / "a.odt", [("p", "Hej")]).read_bytes()
    assert sniff_format(data, ".odt") == sniff_format(data, ".docx") == sniff_format(data, ".txt") == "odt"
    renamed = tmp_path / "policy.docx"
    renamed.write_bytes(data)
    assert read_raw(renamed).format == "odt"


def test_mimetype_not_first_is_still_read(tmp_path):
    path = tmp_path / "repacked.odt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("content.xml", content_xml(p("Omskriven.")))
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    assert sniff_format(path.read_bytes(), ".odt") == "odf"
    assert [b.text for b in read_raw(path).blocks] == ["Omskriven."]


# --- the same policy as a .docx ----------------------------------------------------------

END_TO_END = [("title", "IT-policy för Västby kommun"), ("p", "Antagen av kommunfullmäktige 2008-09-12, § 123"),
              ("p", "Dokumentansvarig: IT-chef"), ("h1", "1 Syfte"), ("p", "Policyn ska säkerställa IT-stödet."),
              ("h1", "2 Ansvar"), ("p", "Kommunstyrelsen ansvarar för uppföljningen.")]


def essentials(doc) -> tuple:
    (adoption,) = doc.adoptions
    return (doc.title.value, doc.doc_type.value, doc.status.value, doc.owner.value,
            (adoption.level, adoption.date, adoption.paragraph),
            [(s.heading, s.level) for s in doc.sections if s.heading])


def test_same_policy_as_docx(tmp_path):
    odt = govcheck.parse_document(make_odt(tmp_path / "policy.odt", END_TO_END))
    docx = govcheck.parse_document(make_docx(tmp_path / "policy.docx", END_TO_END))
    assert essentials(odt) == essentials(docx)
    assert essentials(odt)[:3] == ("IT-policy för Västby kommun", "policy", "adopted")
    assert odt.adoptions[0].provenance.location.block == docx.adoptions[0].provenance.location.block == 1
    assert odt.format == "odt"


# --- hostile and broken input ---------------------------------------------------------

def test_zip_bomb_by_ratio(tmp_path):
    path = make_odt(tmp_path / "bomb.odt", [("p", "Text.")])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Pictures/zeros.bin", b"\0" * (20 * 1024 * 1024))
    assert path.stat().st_size < 200_000
    err = read_error(path)
    assert err.reason == "unsafe-archive" and "zeros.bin" in err.detail


def test_huge_content_xml_is_refused_before_reading(tmp_path):
    body = p("Stycke med lite text. " * 50) * 2000
    path = make_odt_xml(tmp_path / "big.odt", body)
    assert read_error(path, Limits(max_member_bytes=100_000)).reason == "unsafe-archive"


BILLION_LAUGHS = (
    "<!DOCTYPE office:document-content [<!ENTITY lol \"lol\">"
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + "]>"
)


def test_billion_laughs_is_not_expanded(tmp_path):
    path = make_odt_xml(tmp_path / "lol.odt", content=content_xml(p("Före &lol9; efter"), prolog=BILLION_LAUGHS))
    try:
        raw = read_raw(path)
    except ReadError as err:
        assert err.reason == "xml-error"
    else:
        text = " ".join(b.text for b in raw.blocks)
        assert "lol" not in text and len(text) < 100


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("HEMLIGT-4711")
    prolog = f'<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    path = make_odt_xml(tmp_path / "xxe.odt", content=content_xml(p("A&xxe;B"), prolog=prolog))
    try:
        raw = read_raw(path)
    except ReadError as err:
        assert err.reason == "xml-error" and "HEMLIGT" not in err.detail
    else:
        assert [b.text for b in raw.blocks] == ["AB"]
        assert "HEMLIGT" not in raw.model_dump_json()


@pytest.mark.parametrize("depth", [300, 100_000])
def test_deep_nesting(tmp_path, depth):
    nested = "<text:section>" * depth + p("Djupt") + "</text:section>" * depth
    path = make_odt_xml(tmp_path / "deep.odt", nested, compression=zipfile.ZIP_STORED)
    assert read_error(path).reason == "xml-too-deep"


def test_missing_content_and_wrong_kind(tmp_path):
    assert read_error(make_odt_xml(tmp_path / "nc.odt", parts={"content.xml": None})).reason == "missing-part"
    no_body = f'<office:document-content {XMLNS}><office:body/></office:document-content>'
    assert read_error(make_odt_xml(tmp_path / "nb.odt", content=no_body.encode())).reason == "missing-part"
    sheet = make_odt_xml(tmp_path / "kalkyl.odt", p("x"), mimetype="application/vnd.oasis.opendocument.spreadsheet")
    err = read_error(sheet)
    assert err.reason == "unsupported-format" and "spreadsheet" in err.detail


def test_truncated_and_mutated_files_raise_only_read_error(tmp_path):
    original = make_odt(tmp_path / "p.odt", POLICY, header="Huvud", meta_title="T").read_bytes()
    path = tmp_path / "m.odt"
    path.write_bytes(original[: len(original) // 2])
    assert read_error(path).reason == "corrupt-zip"
    rng = random.Random(2024)
    reasons = set()
    for _ in range(200):
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


def test_output_is_bounded(tmp_path):
    path = make_odt(tmp_path / "big.odt", [("p", f"Stycke {i}.") for i in range(10)])
    assert read_error(path, Limits(max_blocks=5)).reason == "too-much-content"
    assert read_error(path, Limits(max_text_chars=50)).reason == "too-much-content"
