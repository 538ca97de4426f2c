"""The Akoma Ntoso reader: nesting as heading levels, FRBR and lifecycle as decision metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import govcheck
from docxgen import make_docx
from govcheck.errors import ReadError
from govcheck.readers import read_raw, sniff_format

AKN3 = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def akn(body: str, *, kind: str = "act", meta: str = "", preface: str = "", name: str = "policy",
        namespace: str = AKN3, prolog: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n{prolog}<akomaNtoso xmlns="{namespace}">'
            f'<{kind} name="{name}"><meta>{meta}</meta>'
            f"{f'<preface>{preface}</preface>' if preface else ''}"
            f"<body>{body}</body></{kind}></akomaNtoso>")


def identification(work_dates: str = '<FRBRdate date="2008-09-12" name="adoption"/>', author: str = "#kf",
                   expression: str = "") -> str:
    return ('<identification source="#vastby">'
            f'<FRBRWork><FRBRthis value="/akn/se-vastby/act/2008/123/!main"/><FRBRuri value="/akn/se-vastby/act/2008/123"/>'
            f'{work_dates}<FRBRauthor href="{author}"/><FRBRcountry value="se"/></FRBRWork>'
            f'<FRBRExpression><FRBRthis value="x"/><FRBRuri value="x"/>{expression}'
            '<FRBRauthor href="#ks"/><FRBRlanguage language="swe"/></FRBRExpression></identification>')


REFERENCES = ('<references source="#vastby">'
              '<original eId="ro1" href="/akn/se-vastby/debateRecord/2008-09-12" showAs="Kommunfullmäktige 2008-09-12 § 123"/>'
              '<passiveRef eId="ro2" href="/akn/se-vastby/debateRecord/2015-03-01" showAs="Kommunstyrelsen 2015-03-01 § 40"/>'
              '<TLCOrganization eId="kf" href="/ontology/organization/vastby/kf" showAs="Kommunfullmäktige"/>'
              '<TLCOrganization eId="ks" href="/ontology/organization/vastby/ks" showAs="Kommunstyrelsen"/>'
              '<TLCEvent eId="beslut" href="/ontology/event/vastby/beslut" showAs="Antagande"/>'
              "</references>")
LIFECYCLE = ('<lifecycle source="#vastby">'
             '<eventRef eId="e1" date="2008-09-12" source="#ro1" type="generation"/>'
             '<eventRef eId="e2" date="2015-03-01" source="#ro2" type="amendment"/>'
             '<eventRef eId="e3" date="2019-06-01" source="#ro2" type="amendment"/></lifecycle>')

BODY = """
  <chapter eId="chp_1"><num>1</num><heading>Syfte</heading>
    <content><p>Policyn ska säkerställa att IT-stödet är säkert.<authorialNote eId="n1"><p>FOTNOT</p></authorialNote></p>
      <p>Första raden<eol/>andra raden</p></content>
  </chapter>
  <chapter eId="chp_2"><num>2</num><heading>Ansvar</heading>
    <section eId="chp_2__sec_1"><num>2.1</num><heading>Roller</heading>
      <paragraph eId="p1"><num>1.</num><content><p>Kommunstyrelsen ansvarar för uppföljningen.</p></content></paragraph>
      <paragraph eId="p2"><num>2.</num>
        <intro><p>Nämnderna ska:</p></intro>
        <point eId="p2_a"><num>a)</num><content><p>följa policyn,</p></content></point>
        <point eId="p2_b"><num>b)</num><content><p>rapportera <del>årligen</del> <ins>varje kvartal</ins>.</p></content></point>
      </paragraph>
    </section>
    <section eId="chp_2__sec_2"><num>2.2</num><heading>Delegation</heading>
      <content><table eId="t1"><tr><th><p>Ärende</p></th><th><p>Delegat</p></th></tr>
        <tr><td><p>Inköp av IT-system</p></td><td><p>IT-chef</p><p>Ersättare</p></td></tr></table></content>
    </section>
  </chapter>
"""
PREFACE = ('<p class="title"><docTitle>IT-policy för Västby kommun</docTitle></p>'
           '<p>Diarienummer <docNumber>KS 2008/412</docNumber></p>')


def write(tmp_path: Path, xml: str, name: str = "policy.xml") -> Path:
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    return path


def read_error(path: Path) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_raw(path)
    return info.value


def test_structure_levels_from_nesting(tmp_path):
    raw = read_raw(write(tmp_path, akn(BODY, preface=PREFACE)))
    assert raw.format == "akn"
    assert [(b.kind, b.level, b.text) for b in raw.blocks] == [
        ("heading", 0, "IT-policy för Västby kommun"),
        ("paragraph", None, "Diarienummer KS 2008/412"),
        ("heading", 1, "1 Syfte"),
        ("paragraph", None, "Policyn ska säkerställa att IT-stödet är säkert."),
        ("paragraph", None, "Första raden\nandra raden"),
        ("heading", 1, "2 Ansvar"),
        ("heading", 2, "2.1 Roller"),
        ("paragraph", None, "1. Kommunstyrelsen ansvarar för uppföljningen."),
        ("paragraph", None, "2. Nämnderna ska:"),
        ("paragraph", None, "a) följa policyn,"),
        ("paragraph", None, "b) rapportera varje kvartal."),
        ("heading", 2, "2.2 Delegation"),
        ("table", None, ""),
    ]
    locs = [b.location for b in raw.blocks]
    assert [loc.block for loc in locs] == list(range(13))
    assert locs[9].section == ["2 Ansvar", "2.1 Roller"] and locs[9].paragraph == 3
    assert locs[12].section == ["2 Ansvar", "2.2 Delegation"] and locs[12].table == 1
    assert raw.blocks[12].rows == [["Ärende", "Delegat"], ["Inköp av IT-system", "IT-chef\nErsättare"]]
    assert [raw.blocks[i].style for i in (0, 2, 6, 7)] == ["docTitle", "chapter", "section", "p"]


def test_frbr_and_lifecycle_become_label_properties(tmp_path):
    meta = identification() + LIFECYCLE + REFERENCES
    props = read_raw(write(tmp_path, akn(BODY, meta=meta, preface=PREFACE))).properties
    assert props == {
        "title": "IT-policy för Västby kommun",
        "custom:Beteckning": "KS 2008/412",
        "custom:Dokumenttyp": "policy",
        "custom:Beslutsdatum": "2008-09-12",
        "custom:Beslutsparagraf": "§ 123",
        "custom:Beslutad av": "Kommunfullmäktige",
        "custom:Reviderad": "2015-03-01",
        "custom:Reviderad 2": "2019-06-01",
        "custom:Status": "Antagen",
    }


def test_act_is_adopted_with_date_body_paragraph_and_revisions(tmp_path):
    meta = identification() + LIFECYCLE + REFERENCES
    doc = govcheck.parse_document(write(tmp_path, akn(BODY, meta=meta, preface=PREFACE)))
    assert doc.status.value == "adopted"
    (adoption,) = doc.adoptions
    assert (adoption.level, adoption.date, adoption.paragraph) == ("KF", dt.date(2008, 9, 12), "§ 123")
    assert adoption.provenance.source == "properties"
    assert [r.date for r in doc.revisions] == [dt.date(2015, 3, 1), dt.date(2019, 6, 1)]
    assert doc.reference.value == "KS 2008/412"
    assert (doc.title.value, doc.doc_type.value) == ("IT-policy för Västby kommun", "policy")


def test_bill_is_a_draft(tmp_path):
    meta = identification('<FRBRdate date="2008-08-20" name="presentation"/>', author="#ks") + REFERENCES
    preface = '<longTitle><p>Förslag till <docTitle>IT-policy för Västby kommun</docTitle></p></longTitle>'
    path = write(tmp_path, akn(BODY, kind="bill", meta=meta, preface=preface))
    props = read_raw(path).properties
    assert props["custom:Status"] == "Förslag"
    assert "custom:Beslutad av" not in props and "custom:Beslutsdatum" not in props
    doc = govcheck.parse_document(path)
    assert doc.status.value == "draft" and doc.adoptions == []
    assert doc.title.value == "IT-policy för Västby kommun" and doc.title.source == "properties"


@pytest.mark.parametrize("meta, date", [
    # a generation event without a named date
    (identification('<FRBRdate date="2008-10-01" name="Generation"/>')
     + '<lifecycle source="#v"><eventRef date="2008-09-12" source="#ro1" type="generation"/></lifecycle>', "2008-09-12"),
    # an event that refers to a TLCEvent showing "Antagande"
    (identification('<FRBRdate date="2008-10-01" name="publication"/>')
     + '<lifecycle source="#v"><eventRef date="2008-09-12" source="#ro1" refersTo="#antagande" type="amendment"/>'
       "</lifecycle>", "2008-09-12"),
    # only the work date: an act's is its enactment
    (identification('<FRBRdate date="2008-09-12" name="Enactment"/>'), "2008-09-12"),
    (identification('<FRBRdate date="2008-09-12" name=""/>'), "2008-09-12"),
    # a publication date is not a decision
    (identification('<FRBRdate date="2008-10-01" name="publication"/>'), None),
])
def test_adoption_date_sources(tmp_path, meta, date):
    props = read_raw(write(tmp_path, akn(BODY, meta=meta + REFERENCES))).properties
    assert props.get("custom:Beslutsdatum") == date


def test_repeal_event(tmp_path):
    meta = identification() + ('<lifecycle source="#v"><eventRef date="2008-09-12" source="#ro1" type="generation"/>'
                               '<eventRef date="2020-01-01" source="#ro2" type="repeal"/></lifecycle>') + REFERENCES
    path = write(tmp_path, akn(BODY, meta=meta, preface=PREFACE))
    assert read_raw(path).properties["custom:Status"] == "Upphävd 2020-01-01"
    assert govcheck.parse_document(path).status.value == "repealed"


def test_generic_doc_with_swedish_type_and_akn_2_0(tmp_path):
    xml = akn("", kind="doc", name="riktlinje", namespace="http://www.akomantoso.org/2.0",
              preface="<p><docTitle>Riktlinjer för e-post</docTitle></p>").replace("<body></body>", (
                  "<mainBody><hcontainer name='avsnitt'><heading>Syfte</heading><content><p>Text.</p></content>"
                  "</hcontainer></mainBody>"))
    path = write(tmp_path, xml)
    raw = read_raw(path)
    assert [(b.kind, b.level, b.text) for b in raw.blocks] == [
        ("heading", 0, "Riktlinjer för e-post"), ("heading", 1, "Syfte"), ("paragraph", None, "Text.")]
    assert "custom:Status" not in raw.properties  # neither act nor bill: the text decides
    assert govcheck.parse_document(path).doc_type.value == "riktlinje"


# --- the same policy as a .docx ----------------------------------------------------------

END_TO_END = [("title", "IT-policy för Västby kommun"), ("p", "Antagen av kommunfullmäktige 2008-09-12, § 123"),
              ("p", "Dokumentansvarig: IT-chef"), ("h1", "1 Syfte"), ("p", "Policyn ska säkerställa IT-stödet."),
              ("h1", "2 Ansvar"), ("p", "Kommunstyrelsen ansvarar för uppföljningen.")]
END_TO_END_AKN = akn(
    "<chapter><num>1</num><heading>Syfte</heading><content><p>Policyn ska säkerställa IT-stödet.</p></content>"
    "</chapter><chapter><num>2</num><heading>Ansvar</heading><content>"
    "<p>Kommunstyrelsen ansvarar för uppföljningen.</p></content></chapter>",
    meta=identification() + '<lifecycle source="#v"><eventRef date="2008-09-12" source="#ro1" type="generation"/>'
    "</lifecycle>" + REFERENCES,
    preface=('<p><docTitle>IT-policy för Västby kommun</docTitle></p>'
             "<p>Antagen av kommunfullmäktige <docDate date=\"2008-09-12\">2008-09-12</docDate>, § 123</p>"
             "<p>Dokumentansvarig: IT-chef</p>"))


def essentials(doc) -> tuple:
    (adoption,) = doc.adoptions
    return (doc.title.value, doc.doc_type.value, doc.status.value, doc.owner.value,
            (adoption.level, adoption.date, adoption.paragraph),
            [(s.heading, s.level) for s in doc.sections if s.heading])


def test_same_policy_as_docx(tmp_path):
    from_akn = govcheck.parse_document(write(tmp_path, END_TO_END_AKN))
    from_docx = govcheck.parse_document(make_docx(tmp_path / "policy.docx", END_TO_END))
    assert essentials(from_akn) == essentials(from_docx)
    assert essentials(from_akn)[:3] == ("IT-policy för Västby kommun", "policy", "adopted")
    assert from_akn.adoptions[0].provenance.location.block == 1  # the text's line and the FRBR date agree
    assert from_akn.format == "akn"


# --- sniffing and hostile input ---------------------------------------------------------

@pytest.mark.parametrize("suffix", [".xml", ".akn", ".txt", ""])
def test_sniffed_by_root_element(tmp_path, suffix):
    assert sniff_format(akn(BODY).encode(), suffix) == "akn"
    prefixed = f'<akn:akomaNtoso xmlns:akn="{AKN3}"><akn:act><akn:body/></akn:act></akn:akomaNtoso>'
    assert sniff_format(prefixed.encode(), suffix) == "akn"
    assert read_raw(write(tmp_path, prefixed, f"p{suffix}")).blocks == []


def test_unknown_namespace_is_unsupported(tmp_path):
    err = read_error(write(tmp_path, akn(BODY, namespace="http://example.org/not-akn")))
    assert err.reason == "unsupported-format" and "example.org" in err.detail


def test_empty_akoma_ntoso(tmp_path):
    assert read_error(write(tmp_path, f'<akomaNtoso xmlns="{AKN3}"/>')).reason == "missing-part"


BILLION_LAUGHS = (
    '<!DOCTYPE akomaNtoso [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + "]>"
)


def test_billion_laughs_is_not_expanded(tmp_path):
    path = write(tmp_path, akn("<chapter><content><p>Före &lol9; efter</p></content></chapter>", prolog=BILLION_LAUGHS))
    assert sniff_format(path.read_bytes(), ".xml") == "akn"
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
    prolog = f'<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    path = write(tmp_path, akn("<chapter><content><p>A&xxe;B</p></content></chapter>", prolog=prolog))
    try:
        raw = read_raw(path)
    except ReadError as err:
        assert err.reason == "xml-error" and "HEMLIGT" not in err.detail
    else:
        assert [b.text for b in raw.blocks] == ["AB"]
        assert "HEMLIGT" not in raw.model_dump_json()


@pytest.mark.parametrize("depth", [300, 100_000])
def test_deep_nesting(tmp_path, depth):
    nested = "<section>" * depth + "<content><p>Djupt</p></content>" + "</section>" * depth
    assert read_error(write(tmp_path, akn(nested))).reason == "xml-too-deep"


def test_malformed_xml(tmp_path):
    assert read_error(write(tmp_path, akn(BODY)[:-40])).reason == "xml-error"
