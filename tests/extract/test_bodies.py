import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govcheck.extract.bodies import UNIT_SUFFIXES, _UNIT_WORD, find_mentions, unit_for_body, unit_word_starts
from govcheck.extract.hints import matches_at, occurrences
from govcheck.model import Block, FormerName, Location, Organisation, OrgUnit

ORG = Organisation(units=[
    OrgUnit(id="kf", name="Kommunfullmäktige", kind="fullmaktige", political=True),
    OrgUnit(id="ks", name="Kommunstyrelsen", kind="styrelse", political=True, aliases=["KS"]),
    OrgUnit(id="sfn", name="Skol- och fritidsnämnden", kind="namnd", political=True),
    OrgUnit(id="digit", name="Digitaliseringsavdelningen", kind="avdelning",
            former_names=[FormerName(name="Kommunikations- och utvecklingsavdelningen", until=dt.date(2019, 1, 1))]),
    OrgUnit(id="rad", name="Digitaliseringsrådet", kind="rad"),
    OrgUnit(id="itc", name="IT-chef", kind="befattning"),
])


def mentions(text, org=ORG):
    return find_mentions([Block(kind="paragraph", text=text, location=Location(block=3, section=["Ansvar"], paragraph=2))], org)


@pytest.mark.parametrize("text, unit", [
    ("Kommunstyrelsens beslut gäller.", "ks"),
    ("Beslut fattas av kommunstyrelsen.", "ks"),
    ("KS:s arbetsutskott bereder.", "ks"),
    ("Kommunfullmäktiges beslut.", "kf"),
    ("skol- och fritidsnämndens verksamheter", "sfn"),
    ("Digitaliseringsrådet är rådgivande.", "rad"),
    ("IT-chefen ansvarar för driften.", "itc"),
    ("Digitaliseringsavdelningens uppdrag", "digit"),
])
def test_current_names_in_inflected_forms(text, unit):
    found = [m for m in mentions(text) if m.unit_id == unit]
    assert found and found[0].status == "current"


@pytest.mark.parametrize("text", [
    "Kommunstyrelsen, genom kommunikations- och utvecklingsavdelningen, ansvarar för IT.",
    "Beställningar görs hos Kommunikations- och utvecklingsavdelningens kundtjänst.",
])
def test_former_name_resolves_to_current_unit(text):
    (m,) = [m for m in mentions(text) if m.status == "former"]
    assert m.unit_id == "digit" and m.renamed_to == "Digitaliseringsavdelningen"
    assert m.until == dt.date(2019, 1, 1)
    assert m.location.section == ["Ansvar"] and m.location.paragraph == 2
    assert "utvecklingsavdelning" in m.quote.lower()


def test_unknown_units_and_generic_words():
    found = mentions("Tekniska förvaltningen och Ekonomiavdelningen samråder med nämnderna och facknämnderna i förrådet.")
    unknown = sorted(m.text for m in found if m.status == "unknown")
    # "Tekniska förvaltningen" is an adjective plus a generic word: not taken, precision over recall.
    assert unknown == ["Ekonomiavdelningen"]
    assert not any(m.text.lower() in ("nämnderna", "facknämnderna", "förrådet") for m in found)


def test_without_organisation_mentions_are_unmatched():
    found = mentions("Ekonomiavdelningen ansvarar.", org=None)
    assert [m.status for m in found] == ["unmatched"]


def test_table_cells_carry_row_and_cell():
    block = Block(kind="table", rows=[["Ärende", "Delegat"], ["Upphandling", "Kommunstyrelsen"]],
                  location=Location(block=5, table=1))
    (m,) = [m for m in find_mentions([block], ORG) if m.unit_id == "ks"]
    assert (m.location.table, m.location.row, m.location.cell) == (1, 2, 2)


@pytest.mark.parametrize("body, unit", [("kommunfullmäktige", "kf"), ("Kommunstyrelsen", "ks"), ("IT-chefen", "itc")])
def test_unit_for_body(body, unit):
    assert unit_for_body(body, ORG).id == unit


def test_unit_for_body_without_match():
    assert unit_for_body("kommundirektören", ORG) is None


# Pieces of text that matter to _UNIT_WORD: unit suffixes, names before them, "Barn- och", commas.
_PIECES = ["nämnd", "nämnden", "Barn-", " och ", ", ", ",", "-", "råd", "rådet", "styrelse", "IT", "é", "x", " ",
           "\n", "a", "Kultur", "s", "en", "fullmäktige", "och", "1", ".", "enhet", "  ", "Ö"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), st.randoms())
def test_unit_words_are_tried_only_where_one_can_begin(text, random):
    suffixes_at = [at for suffix in UNIT_SUFFIXES for at in occurrences(suffix, text)]
    random.shuffle(suffixes_at)  # in any order
    expected = [m.span() for m in _UNIT_WORD.finditer(text)]
    assert [m.span() for m in matches_at(_UNIT_WORD, text, unit_word_starts(text, suffixes_at))] == expected


def test_a_word_that_opens_another_name_keeps_its_own_opening():
    text = "Barn- och Kulturnämnd- och fritidsförvaltningen"
    later_first = [text.index("förvaltning"), text.index("nämnd")]
    assert [m.group(0) for m in matches_at(_UNIT_WORD, text, unit_word_starts(text, later_first))] == [
        m.group(0) for m in _UNIT_WORD.finditer(text)]
