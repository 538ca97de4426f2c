import pytest

from govcheck.extract.assemble import assemble
from govcheck.extract.delegation import find_delegation_entries
from govcheck.limits import DEFAULT_LIMITS
from govcheck.model import Block, Location, Organisation, OrgUnit
from govcheck.readers.text import read_text

ORG = Organisation(units=[
    OrgUnit(id="ks", name="Kommunstyrelsen", kind="styrelse", political=True),
    OrgUnit(id="ksau", name="Kommunstyrelsens arbetsutskott", kind="utskott", political=True, aliases=["KSAU"]),
    OrgUnit(id="itc", name="IT-chef", kind="befattning"),
])


def table(rows, number=1, section=("5 Delegationer",)):
    return Block(kind="table", rows=rows, location=Location(block=number, section=list(section), table=number))


@pytest.mark.parametrize("header", [
    ["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"],
    ["punkt", "ÄRENDETYP", "Författning", "Delegering till", "Villkor"],
    ["Ärendegrupp", "Beslutsfattare", "Stöd", "Begränsning", "Nummer"],
])
def test_columns_are_recognised_in_any_order_and_case(header):
    values = {"nr": "1.2", "ärende": "Beslut om nya IT-system", "lag": "KL 6 kap. 37 §", "delegat": "IT-chef", "anm": "Inom budget"}
    kinds = {"Nr": "nr", "punkt": "nr", "Nummer": "nr", "Ärende": "ärende", "ÄRENDETYP": "ärende", "Ärendegrupp": "ärende",
             "Lagrum": "lag", "Författning": "lag", "Stöd": "lag", "Delegat": "delegat", "Delegering till": "delegat",
             "Beslutsfattare": "delegat", "Anmärkning": "anm", "Villkor": "anm", "Begränsning": "anm"}
    row = [values[kinds[h]] for h in header]
    (e,) = find_delegation_entries([table([header, row])], ORG)
    assert (e.matter, e.delegate, e.law, e.note, e.reference) == (
        "Beslut om nya IT-system", "IT-chef", "KL 6 kap. 37 §", "Inom budget", "1.2")
    assert (e.delegate_level, e.delegate_unit_id) == ("tjansteperson", "itc")
    assert e.location.table == 1 and e.location.row == 2 and e.location.cell == header.index(
        next(h for h in header if kinds[h] == "ärende")) + 1


def test_reference_from_the_matter_cell_and_titles_inside_the_table():
    rows = [
        ["Administrativa ärenden", "Administrativa ärenden", "Administrativa ärenden"],
        ["Ärende", "Lagrum", "Delegat"],
        ["A.1.1 Yttrande i remissärenden", "KL 6:37", "Kommundirektör"],
        ["Personalärenden", "", ""],
        ["A.2.1 Anställning av förvaltningschef", "", "KSAU"],
        ["Ärende", "Lagrum", "Delegat"],  # the header repeated on a new page
    ]
    first, second = find_delegation_entries([table(rows)], ORG)
    assert (first.reference, first.matter, first.section) == ("A.1.1", "Yttrande i remissärenden", ["5 Delegationer", "Administrativa ärenden"])
    assert (second.reference, second.delegate_level, second.delegate_unit_id) == ("A.2.1", "utskott", "ksau")
    assert second.section == ["5 Delegationer", "Personalärenden"]
    assert first.law == "KL 6:37" and second.law is None


def test_a_table_without_header_continues_the_previous_delegation_table():
    blocks = [
        table([["Nr", "Ärende", "Delegat"], ["1", "Beslut om behörigheter i system", "IT-chef"]]),
        Block(kind="paragraph", text="Sida 2", location=Location(block=2)),
        table([["2", "Avveckling av ett kommungemensamt system", "Kommundirektör"]], number=3),
    ]
    entries = find_delegation_entries(blocks, ORG)
    assert [(e.reference, e.delegate) for e in entries] == [("1", "IT-chef"), ("2", "Kommundirektör")]
    assert entries[1].location.table == 3 and entries[1].location.row == 1


def test_other_tables_are_not_delegation_tables():
    blocks = [
        table([["Roll", "Ansvar"], ["IT-chef", "Driften"]]),
        table([["Beslut om nya system och avveckling", "IT-chef"]], number=2),  # no header, no delegation table before
        table([["Ärende", "Handläggare"], ["Remiss", "Anna"]], number=3),  # no delegate column
    ]
    assert find_delegation_entries(blocks, ORG) == []


def test_a_different_width_does_not_continue():
    blocks = [table([["Ärende", "Delegat"], ["Beslut om X", "IT-chef"]]),
              table([["Beslut om användning av molntjänster", "Kommundirektör", "Efter samråd"]], number=2)]
    assert [e.matter for e in find_delegation_entries(blocks, ORG)] == ["Beslut om X"]


def test_rows_without_matter_or_delegate_are_skipped():
    rows = [["Ärende", "Delegat"], ["Beslut om X", ""], ["", "IT-chef"], ["Beslut om Y", "IT-chef"]]
    assert [e.matter for e in find_delegation_entries([table(rows)], ORG)] == ["Beslut om Y"]


def test_assembled_document_carries_responsibilities_decisions_and_entries():
    text = (
        "# Delegationsordning för kommunstyrelsen\n\n"
        "Kommunstyrelsen ansvarar för att delegationsordningen hålls aktuell.\n\n"
        "Ärenden av principiell beskaffenhet beslutas av kommunstyrelsen.\n\n"
        "## IT\n\n| Nr | Ärende | Delegat |\n|---|---|---|\n| 7.1 | Beslut om nya IT-system | IT-chef |\n"
    )
    raw = read_text(text.encode(), "x.md", DEFAULT_LIMITS, markdown=True)
    doc = assemble(raw, path="x.md", sha256="0" * 64, organisation=ORG)
    assert doc.doc_type.value == "delegationsordning"
    assert [(r.actor, r.unit_id) for r in doc.responsibilities] == [("Kommunstyrelsen", "ks")]
    assert [(d.actor, d.level) for d in doc.decisions] == [("kommunstyrelsen", "KS")]
    (e,) = doc.delegation_entries
    assert (e.reference, e.matter, e.delegate_unit_id) == ("7.1", "Beslut om nya IT-system", "itc")
    assert e.section == ["IT"]
