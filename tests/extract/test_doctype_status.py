import datetime as dt

import pytest

from govcheck.extract.doctype import detect_doc_type, detect_title
from govcheck.extract.status import detect_status
from govcheck.model.blocks import Block
from govcheck.model.common import Location, Provenance
from govcheck.model.document import Adoption


def heading(text, level=1, block=0):
    return Block(kind="heading", text=text, level=level, location=Location(block=block))


def para(text, block=0, part="body"):
    return Block(kind="paragraph", text=text, location=Location(part=part, block=block))


def table(rows, block=0):
    return Block(kind="table", rows=rows, location=Location(block=block, table=1))


def prose(start, count):
    return [para("Kommunen arbetar med digitalisering inom alla verksamheter. " * 3, i)
            for i in range(start, start + count)]


ADOPTION = Adoption(body="kommunfullmäktige", level="KF", date=dt.date(2020, 1, 1), year=2020,
                    provenance=Provenance(location=Location(block=1),
                                          quote="Antagen av kommunfullmäktige 2020-01-01"))

# ------------------------------------------------------------------------ title


def test_title_block_wins():
    t = detect_title([para("Västby kommun", 0), heading("IT-policy", 0, 1)], {"title": "Annan titel"})
    assert (t.value, t.source, t.location, t.quote) == ("IT-policy", "extracted", Location(block=1), "IT-policy")


def test_title_property_when_no_title_block():
    t = detect_title([heading("Syfte", 1, 0)], {"title": "Digitaliseringsstrategi"})
    assert (t.value, t.source, t.location.part, t.location.field) == (
        "Digitaliseringsstrategi", "properties", "properties", "title")


@pytest.mark.parametrize("junk", ["Dokument1", "Microsoft Word - itpolicy.doc", "", "  ", "Document2",
                                  "Namnlös", "mall.dotx"])
def test_junk_title_property_falls_back_to_first_heading(junk):
    t = detect_title([para("1 (11)", 0), heading("Riktlinjer för IT", 1, 1), heading("Syfte", 2, 2)],
                     {"title": junk})
    assert (t.value, t.location) == ("Riktlinjer för IT", Location(block=1))


def test_first_short_paragraph_last():
    blocks = [para("Sida 1 (13)", 0), para("Västby kommun", 1), para("Dnr: KS 2019/1", 2),
              para("IT-strategi  2020–2023", 3), para("Lång text " * 30, 4)]
    t = detect_title(blocks, {})
    assert (t.value, t.location) == ("IT-strategi 2020–2023", Location(block=3))


def test_no_title():
    assert detect_title([para("Lång text " * 30)], {}) is None


# --------------------------------------------------------------------- doc type


@pytest.mark.parametrize("title, doc_type", [
    ("IT-policy", "policy"),
    ("Informationssäkerhetspolicy", "policy"),
    ("Policy och riktlinjer för IT", "policy"),
    ("Digitaliseringsstrategi", "strategi"),
    ("Västby kommuns digitaliseringsstrategi 2020–2023", "strategi"),
    ("Förslag till IT-strategi", "strategi"),
    ("Riktlinjer för informationssäkerhet", "riktlinje"),
    ("Riktlinjer för informationssäkerhetspolicyn", "riktlinje"),
    ("Riktlinjer för programvara", "riktlinje"),
    ("Digitala principer", "riktlinje"),
    ("Principer för systemförvaltning", "riktlinje"),
    ("Delegationsordning för kommunstyrelsen", "delegationsordning"),
    ("Delegeringsordning", "delegationsordning"),
    ("Reglemente för kommunstyrelsen", "reglemente"),
    ("Kommunstyrelsens reglemente", "reglemente"),
    ("Projektplan e-arkiv", "projektplan"),
    ("Slutrapport införande av e-tjänsteplattform", "projektrapport"),
    ("Projektrapport", "projektrapport"),
    ("Handlingsplan för digitaliseringsstrategin", "handlingsplan"),
    ("Program för digitalisering", "program"),
    ("IT-programmet", "program"),
    ("Regler och instruktioner för informationssäkerhet", "regler"),
    ("Lokala föreskrifter", "regler"),
    ("Instruktion för kommundirektören", "regler"),
    ("Rutin för incidenthantering", "rutin"),
    ("Rutiner för loggning", "rutin"),
    ("Styrmodell för digitalisering", "modell"),
    ("Systemförvaltningsmodell", "modell"),
    ("Handbok för systemägare", "handbok"),
    ("Vägledning för AI", "handbok"),
    ("IT-plan 2020", "plan"),
    ("Dokumenthanteringsplan", "plan"),
    ("Planering av arbetet", "other"),
    ("Västby kommun", "other"),
])
def test_doc_type_from_title(title, doc_type):
    t = detect_doc_type(title, [], {})
    assert t.value == doc_type
    assert (t.source, t.quote) == (("default", None) if doc_type == "other" else ("extracted", title))


@pytest.mark.parametrize("blocks", [
    [para("Dokumenttyp: Policy", 2)],
    [table([["Dokumenttyp", "Policy"], ["Version", "1.0"]], block=2)],
])
def test_explicit_doc_type_label_wins(blocks):
    t = detect_doc_type("Digitaliseringsstrategi", blocks, {})
    assert t.value == "policy" and t.location.block == 2


def test_doc_type_from_custom_property():
    t = detect_doc_type("Digitaliseringsstrategi", [], {"custom:Dokumenttyp": "Riktlinje"})
    assert (t.value, t.source, t.location.field) == ("riktlinje", "properties", "custom:Dokumenttyp")


def test_doc_type_from_first_headings_when_title_says_nothing():
    t = detect_doc_type("Västby kommun", [para("Västby kommun", 0), heading("IT-strategi", 1, 1)], {})
    assert (t.value, t.location) == ("strategi", Location(block=1))


def test_doc_type_default():
    t = detect_doc_type(None, [], {})
    assert (t.value, t.source) == ("other", "default")


# ----------------------------------------------------------------------- status


@pytest.mark.parametrize("blocks, props, header_footer, marker, where", [
    ([heading("Förslag till IT-strategi", 0)], {}, [], "Förslag", Location(block=0)),
    ([heading("Digitaliseringsstrategi", 0), para("UTKAST 2023-05-01", 1)], {}, [], "UTKAST", Location(block=1)),
    ([heading("IT-policy", 0), para("Remissversion", 2)], {}, [], "Remissversion", Location(block=2)),
    ([heading("IT-policy", 0), para("Arbetsmaterial – får ej spridas", 1)], {}, [], "Arbetsmaterial",
     Location(block=1)),
    ([heading("IT-policy", 0)], {}, [para("Preliminär version", 0, "header")], "Preliminär",
     Location(part="header", block=0)),
    ([heading("IT-policy", 0)], {}, [para("DRAFT", 0, "footer")], "DRAFT", Location(part="footer", block=0)),
    ([heading("IT-policy", 0)], {"custom:Status": "Utkast"}, [], "Utkast",
     Location(part="properties", field="custom:Status")),
    ([heading("IT-policy", 0)], {"keywords": "IT, remissutgåva"}, [], "remissutgåva",
     Location(part="properties", field="keywords")),
    ([heading("IT-policy", 0)] + prose(1, 12) + [table([["Status", "Utkast"]], block=20)], {}, [], "Utkast",
     Location(block=20, table=1, row=1, cell=2, field="Status")),
])
def test_draft_markers(blocks, props, header_footer, marker, where):
    status, markers = detect_status(blocks, props, header_footer, [ADOPTION])
    assert status.value == "draft"
    assert markers[0].value == marker and markers[0].location == where
    assert (status.location, status.quote) == (markers[0].location, markers[0].quote)


def test_draft_marker_beats_placeholder_adoption():
    status, markers = detect_status([heading("Förslag: IT-policy", 0), para("Antagen av kommunfullmäktige 20XX-XX-XX", 1)],
                                    {}, [], [ADOPTION])
    assert status.value == "draft" and [m.value for m in markers] == ["Förslag"]


@pytest.mark.parametrize("late", [
    "Förvaltningen lämnar förslag till beslut.",
    "UTKAST",   # a marker, but deep in the body
    "Ett utkast skickades på remiss under våren och remissversionen finns i bilagan.",
])
def test_markers_deep_in_body_do_not_count(late):
    blocks = [heading("IT-policy", 0)] + prose(1, 10) + [para(late, 11)]
    status, markers = detect_status(blocks, {}, [], [ADOPTION])
    assert status.value == "adopted" and markers == []


def test_marker_inside_long_early_paragraph_does_not_count():
    blocks = [heading("IT-policy", 0), para("Syftet med policyn är att ge förvaltningarna stöd och att lämna "
                                            "förslag på hur informationssäkerheten kan stärkas i verksamheterna.", 1)]
    status, markers = detect_status(blocks, {}, [], [ADOPTION])
    assert status.value == "adopted" and markers == []


def test_inflected_words_are_not_markers():
    status, markers = detect_status([heading("Förslagsverksamhet i Västby", 0)], {}, [], [])
    assert status.value == "unknown" and markers == []


@pytest.mark.parametrize("blocks, header_footer", [
    ([heading("IT-policy", 0), para("Upphävd av kommunfullmäktige 2021-05-03 § 44", 1)], []),
    ([heading("IT-policy", 0)], [para("Dokumentet har upphört att gälla", 0, "header")]),
])
def test_repealed(blocks, header_footer):
    status, _ = detect_status(blocks, {}, header_footer, [ADOPTION])
    assert status.value == "repealed" and "pph" in status.quote


def test_adopted_takes_first_adoption_provenance():
    status, markers = detect_status([heading("IT-policy", 0)], {}, [], [ADOPTION])
    assert (status.value, status.location, status.quote) == (
        "adopted", Location(block=1), "Antagen av kommunfullmäktige 2020-01-01")
    assert markers == []


@pytest.mark.parametrize("value", ["Antagen", "Antaget", "Fastställd"])
def test_status_label_adopted_without_adoption_line(value):
    blocks = [heading("IT-policy", 0)] + prose(1, 12) + [para(f"Status: {value}", 13)]
    status, _ = detect_status(blocks, {}, [], [])
    assert (status.value, status.location, status.quote) == ("adopted", Location(block=13), f"Status: {value}")


def test_unknown_by_default():
    status, markers = detect_status([heading("IT-policy", 0)], {}, [], [])
    assert (status.value, status.source, status.location) == ("unknown", "default", None)
    assert markers == []


def test_status_word_in_prose_is_not_a_label():
    blocks = [heading("IT-policy", 0)] + prose(1, 12) + [para("Status för arbetet: förslag tas fram under hösten", 13)]
    status, markers = detect_status(blocks, {}, [], [ADOPTION])
    assert status.value == "adopted" and markers == []
