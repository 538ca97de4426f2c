"""The quick paths of the .docx reader give what the general ones give, on any input.

paragraph_text reads every element and picks by tag (one lxml iterator without a tag
filter): it must give what a scan of the text-bearing tags alone gives. _cell_text reads a
cell of paragraphs in one loop: it must give what the general walk of the cell gives. The
child lookups give what lxml's ``find`` gives."""

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from govcheck.readers.docx import (
    MC_FALLBACK, RUN_TEXT, SDT, TABS, W, _cell_text, _cell_text_general, _child, _collect, _deleted_row,
    _first_children, paragraph_text,
)
from govcheck.readers.safexml import text_of

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
NS = f'xmlns:w="{W[1:-1]}" xmlns:mc="{MC}"'
T, P = W + "t", W + "p"
SPECIAL = {W + "del", W + "moveFrom", MC_FALLBACK, SDT, P}


def scanned(p: etree._Element) -> str:
    """The reading by lxml's iterator over the text-bearing and special tags."""
    parts: list[str] = []
    for el in p.iter(T, *RUN_TEXT, *SPECIAL):
        if el.tag == T:
            parts.append(text_of(el) if len(el) else el.text or "")
        elif el.tag in SPECIAL:
            if el is p:
                continue
            parts = []
            _collect(p, parts)
            break
        elif el.tag == W + "tab" and el.getparent().tag == TABS:
            continue
        else:
            parts.append(RUN_TEXT[el.tag])
    return "".join(parts).strip()


WORDS = st.sampled_from(["Kommunstyrelsen", " beslutar ", "om", "IT-policy", "", "  ", "å ä ö"])
RUN_PARTS = st.lists(st.one_of(
    WORDS.map(lambda w: f'<w:t xml:space="preserve">{w}</w:t>'),
    st.sampled_from(["<w:tab/>", "<w:br/>", "<w:cr/>", "<w:ptab/>", "<w:noBreakHyphen/>",
                     "<w:rPr><w:b/><w:sz w:val='24'/></w:rPr>", "<w:instrText>PAGE</w:instrText>",
                     "<!-- a comment -->", "<?pi data?>", "<w:delText>bort</w:delText>"])), max_size=5)


@st.composite
def runs(draw, depth=0):
    inner = "".join(draw(RUN_PARTS))
    kind = draw(st.sampled_from(["r", "r", "r", "ins", "del", "hyperlink", "moveFrom", "sdt", "alt", "box"]
                                if depth < 2 else ["r"]))
    if kind == "r":
        return f"<w:r>{inner}</w:r>"
    if kind in ("ins", "del", "hyperlink", "moveFrom"):
        return f"<w:{kind}><w:r>{inner}</w:r>{draw(runs(depth + 1))}</w:{kind}>"
    if kind == "sdt":
        return f"<w:sdt><w:sdtPr/><w:sdtContent><w:r>{inner}</w:r></w:sdtContent></w:sdt>"
    if kind == "alt":
        return (f"<mc:AlternateContent><mc:Choice><w:r>{inner}</w:r></mc:Choice>"
                f"<mc:Fallback><w:r>{inner}</w:r></mc:Fallback></mc:AlternateContent>")
    return f"<w:r><w:txbxContent><w:p>{draw(runs(depth + 1))}</w:p></w:txbxContent></w:r>"


@st.composite
def paragraphs(draw):
    props = draw(st.sampled_from(["", "<w:pPr><w:pStyle w:val='Normal'/></w:pPr>",
                                  "<w:pPr><w:tabs><w:tab w:val='left' w:pos='720'/></w:tabs></w:pPr>"]))
    body = "".join(draw(st.lists(runs(), max_size=4)))
    return etree.fromstring(f"<w:p {NS}>{props}{body}</w:p>")


@settings(max_examples=400, deadline=None)
@given(paragraphs())
def test_paragraph_text_equals_the_scan_of_its_tags(p):
    assert paragraph_text(p) == scanned(p)


BRANCHES = [  # (paragraph body, its text): tabs and tab stops, breaks, comments, deletions, text boxes
    ('<w:pPr><w:tabs><w:tab/></w:tabs></w:pPr><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><!-- c --><w:t>c</w:t></w:r>',
     "a\tb\nc"),
    ("<w:r><w:t>a</w:t></w:r><w:pPr><w:tabs><w:tab/></w:tabs></w:pPr><w:r><w:t>b</w:t></w:r>", "ab"),
    ("<w:r><w:t>kvar</w:t></w:r><w:del><w:r><w:delText>bort</w:delText></w:r></w:del><w:r><w:t> text</w:t></w:r>",
     "kvar text"),
    ("<w:r><w:t>ute</w:t><w:txbxContent><w:p><w:r><w:t>inne</w:t></w:r></w:p></w:txbxContent></w:r>", "ute\ninne"),
]


def test_the_generated_paragraphs_reach_every_branch():
    for body, text in BRANCHES:
        p = etree.fromstring(f"<w:p {NS}>{body}</w:p>")
        assert paragraph_text(p) == scanned(p) == text


CELL_PARTS = st.sampled_from([
    "<w:tcPr><w:tcW w:w='2000'/></w:tcPr>", "<w:p><w:r><w:t>Ansvar</w:t></w:r></w:p>", "<w:p/>",
    "<w:p><w:r><w:t>  </w:t></w:r></w:p>", "<w:p><w:r><w:t>Kommunstyrelsen</w:t><w:br/><w:t>KS</w:t></w:r></w:p>",
    "<!-- note -->", "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>inre</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>tabell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
    "<w:sdt><w:sdtContent><w:p><w:r><w:t>i kontroll</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Klicka här</w:t></w:r></w:p>"
    "</w:sdtContent></w:sdt>",
    "<w:customXml><w:p><w:r><w:t>anpassad</w:t></w:r></w:p></w:customXml>",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(CELL_PARTS, max_size=6))
def test_cell_text_equals_the_general_walk(parts):
    tc = etree.fromstring(f"<w:tc {NS}>{''.join(parts)}</w:tc>")
    assert _cell_text(tc) == _cell_text_general(tc)


CHILDREN = st.lists(st.sampled_from(["<w:pPr/>", "<w:pPr><w:outlineLvl w:val='1'/></w:pPr>", "<w:name w:val='a'/>",
                                     "<w:trPr/>", "<w:trPr><w:del/></w:trPr>", "<w:trPr><w:jc/><w:del/></w:trPr>",
                                     "<w:basedOn w:val='b'/>", "<w:tc/>", "<!-- c -->", "<w:del/>"]), max_size=6)


@settings(max_examples=300, deadline=None)
@given(CHILDREN)
def test_child_lookups_equal_lxml_find(children):
    el = etree.fromstring(f"<w:x {NS}>{''.join(children)}</w:x>")
    tags = tuple(W + t for t in ("pPr", "name", "basedOn", "trPr", "del"))
    assert [_child(el, t) for t in tags] == [el.find(t) for t in tags] == _first_children(el, tags)
    assert _deleted_row(el) == (el.find(f"{W}trPr/{W}del") is not None)
