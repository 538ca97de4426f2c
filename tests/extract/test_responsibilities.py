import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govcheck.extract.responsibilities import (
    _SENTENCE_END, find_responsibilities, heading_actor, is_actor, split_sentences,
)
from govcheck.model import Block, FormerName, Location, Organisation, OrgUnit

ORG = Organisation(units=[
    OrgUnit(id="kf", name="Kommunfullmäktige", kind="fullmaktige", political=True),
    OrgUnit(id="ks", name="Kommunstyrelsen", kind="styrelse", political=True, aliases=["KS"]),
    OrgUnit(id="sn", name="Socialnämnden", kind="namnd", political=True),
    OrgUnit(id="digit", name="Digitaliseringsavdelningen", kind="avdelning",
            former_names=[FormerName(name="Kommunikations- och utvecklingsavdelningen", until=dt.date(2019, 1, 1))]),
    OrgUnit(id="rad", name="Digitaliseringsrådet", kind="rad"),
    OrgUnit(id="itc", name="IT-chef", kind="befattning"),
])


def para(text, paragraph=1, section=("Ansvar",), style=None):
    return Block(kind="paragraph", text=text, style=style,
                 location=Location(block=paragraph, section=list(section), paragraph=paragraph))


def heading(text, level):
    return Block(kind="heading", text=text, level=level, location=Location(block=0, section=[text]))


def table(rows):
    return Block(kind="table", rows=rows, location=Location(block=9, section=["Roller"], table=1))


def found(*blocks, org=ORG):
    return [(r.actor, r.duty) for r in find_responsibilities(list(blocks), org)]


@pytest.mark.parametrize("text, actor, duty", [
    ("Kommunstyrelsen ansvarar för kommunens IT-verksamhet.", "Kommunstyrelsen", "kommunens IT-verksamhet"),
    ("IT-chefen ansvarar även för driften av nätet.", "IT-chefen", "driften av nätet"),
    ("Kommunstyrelsen, genom digitaliseringsavdelningen, ansvarar för samordningen av e-tjänster.",
     "Kommunstyrelsen", "samordningen av e-tjänster"),
    ("Kommunstyrelsen ansvarar, genom digitaliseringsavdelningen, för samordningen av e-tjänster.",
     "Kommunstyrelsen", "samordningen av e-tjänster"),
    ("Nämnderna ska följa upp IT-kostnaderna i sina verksamheter.", "Nämnderna", "följa upp IT-kostnaderna i sina verksamheter"),
    ("Varje nämnd skall utse systemägare för sina system.", "Varje nämnd", "utse systemägare för sina system"),
    ("Systemägaren ansvarar för att systemet har en förvaltningsplan.", "Systemägaren", "att systemet har en förvaltningsplan"),
    ("Det är IT-chefens ansvar att säkerhetskopiering sker varje natt.", "IT-chefen", "säkerhetskopiering sker varje natt"),
    ("Det är KS:s ansvar att policyn hålls aktuell.", "KS", "policyn hålls aktuell"),
    ("Ansvaret för informationssäkerheten ligger hos kommunstyrelsen.", "kommunstyrelsen", "informationssäkerheten"),
    ("Det övergripande ansvaret för arkivet vilar på kommunstyrelsen.", "kommunstyrelsen", "arkivet"),
    ("Digitaliseringsrådet har ansvar för att prioritera gemensamma projekt.", "Digitaliseringsrådet", "att prioritera gemensamma projekt"),
    ("IT-chefen har det övergripande ansvaret för driften.", "IT-chefen", "driften"),
    ("Förvaltningschefen är ansvarig för att rutinerna följs.", "Förvaltningschefen", "att rutinerna följs"),
    ("Digitaliseringsrådet är ytterst ansvarigt för prioriteringen.", "Digitaliseringsrådet", "prioriteringen"),
    ("För informationssäkerheten ansvarar IT-chefen.", "IT-chefen", "informationssäkerheten"),
    ("Varje år ska nämnden redovisa sitt digitaliseringsarbete.", "nämnden", "redovisa sitt digitaliseringsarbete"),
    ("Det är forumet som ansvarar för att uppskatta nyttan av initiativen.", "forumet", "att uppskatta nyttan av initiativen"),
    ("Det åligger förvaltningschefen att utse en informationssäkerhetssamordnare.",
     "förvaltningschefen", "utse en informationssäkerhetssamordnare"),
])
def test_sentences_that_name_their_actor(text, actor, duty):
    assert found(para(text)) == [(actor, duty)]


@pytest.mark.parametrize("text", [
    "Informationen ska klassas enligt kommunens modell.",
    "Digitaliseringsrådet ska bestå av fem ledamöter.",
    "Alla system ska ha en utsedd systemägare.",
    "I varje förvaltning finns en IT-samordnare.",
    "Det är viktigt att IT-stödet fungerar.",
    "Målet är att alla ärenden ska kunna skötas digitalt.",
])
def test_sentences_without_an_actor_and_duty(text):
    assert found(para(text)) == []


def test_a_heading_that_names_the_actor_gives_its_duties():
    blocks = [
        heading("3 Roller och ansvar", 1),
        para("Här beskrivs hur ansvaret är fördelat."),
        heading("3.1 Kommunstyrelsen", 2),
        para("att fastställa IT-policyn", 1),
        para("Ansvarar för att IT-kostnaderna följs upp.", 2),
        para("Kommunstyrelsen är kommunens ledande politiska organ.", 3),
        heading("3.2 Systemägarens ansvar", 2),
        para("- ansvara för att systemet har en förvaltningsplan", 1),
        heading("4 Uppföljning", 1),
        para("Ansvarar för uppföljningen gör ingen särskild.", 1),
    ]
    assert found(*blocks) == [
        ("Kommunstyrelsen", "fastställa IT-policyn"),
        ("Kommunstyrelsen", "Ansvarar för att IT-kostnaderna följs upp"),
        ("Systemägaren", "ansvara för att systemet har en förvaltningsplan"),
    ]


def test_a_short_line_naming_an_actor_acts_as_a_heading_and_pronouns_resolve():
    blocks = [para("Digitaliseringsråd"), para("Rådet ansvarar för att prioritera gemensamma projekt."),
              para("Systemägare"), para("Den ska se till att behörigheterna är aktuella.")]
    assert found(*blocks) == [("Digitaliseringsråd", "att prioritera gemensamma projekt"),
                              ("Systemägare", "se till att behörigheterna är aktuella")]


@pytest.mark.parametrize("intro", ["Kommunstyrelsen ska:", "Kommunstyrelsen ansvarar även för", "Kommunstyrelsen har ansvar för följande:"])
def test_a_list_after_an_introducing_sentence(intro):
    blocks = [para(intro), para("fastställa riktlinjer för IT-säkerhet,"), para("Följa upp arbetet årligen"),
              para("Arbetet följs upp varje år av ekonomiavdelningen.")]
    assert found(*blocks) == [("Kommunstyrelsen", "fastställa riktlinjer för IT-säkerhet"),
                              ("Kommunstyrelsen", "Följa upp arbetet årligen")]


def test_a_list_under_a_label_in_an_actor_section():
    blocks = [heading("IT-chef", 2), para("Uppgifter:"), para("leda IT-avdelningen"), para("Budget för driften")]
    assert found(*blocks) == [("IT-chef", "leda IT-avdelningen"), ("IT-chef", "Budget för driften")]


def test_role_table_gives_one_duty_per_sentence_at_the_duty_cell():
    rows = [["Roll", "Ansvar"], ["Systemägare", "Ansvarar för systemet. Utser systemförvaltare."],
            ["IT-chef", "Leder IT-avdelningen"], ["", "tom rad"]]
    result = find_responsibilities([table(rows)], ORG)
    assert [(r.actor, r.duty) for r in result] == [
        ("Systemägare", "Ansvarar för systemet"), ("Systemägare", "Utser systemförvaltare"), ("IT-chef", "Leder IT-avdelningen")]
    assert result[0].location.table == 1 and result[0].location.row == 2 and result[0].location.cell == 2
    assert result[2].unit_id == "itc" and result[2].status == "current"


def test_tables_that_are_not_role_tables_are_skipped():
    assert found(table([["Mål", "Indikator"], ["Fler e-tjänster", "Antal"]])) == []


def test_actor_is_matched_against_the_organisation_model():
    (current, former, unknown, role) = find_responsibilities([
        para("Socialnämnden ansvarar för sina verksamhetssystem."),
        para("Kommunikations- och utvecklingsavdelningen ansvarar för IT-driften."),
        para("Ekonomiavdelningen ansvarar för budgeten."),
        para("Systemägaren ansvarar för behörigheterna."),
    ], ORG)
    assert (current.unit_id, current.status) == ("sn", "current")
    assert (former.unit_id, former.status, former.renamed_to) == ("digit", "former", "Digitaliseringsavdelningen")
    assert (unknown.unit_id, unknown.status) == (None, "unknown")
    assert (role.unit_id, role.status) == (None, "unmatched")


def test_only_the_head_word_is_matched():
    (r,) = find_responsibilities([para("Socialnämndens ordförande ansvarar för kallelsen.")], ORG)
    assert r.actor == "Socialnämndens ordförande" and r.unit_id is None and r.status == "unmatched"


def test_without_organisation_every_actor_is_unmatched():
    (r,) = find_responsibilities([para("Kommunstyrelsen ansvarar för IT.")], None)
    assert r.status == "unmatched" and r.unit_id is None


def test_location_and_quote_come_from_the_block():
    text = "Inledning utan ansvar. Kommunstyrelsen ansvarar för " + "mycket " * 60 + "annat."
    (r,) = find_responsibilities([para(text, paragraph=4, section=("IT", "Ansvar"))], ORG)
    assert r.location.section == ["IT", "Ansvar"] and r.location.paragraph == 4
    assert r.quote.startswith("Kommunstyrelsen ansvarar") and len(r.quote) <= 300


@pytest.mark.parametrize("text, actor", [
    ("3.1 Kommunstyrelsen", "Kommunstyrelsen"), ("Systemägare", "Systemägare"),
    ("Kommunstyrelsens ansvar", "Kommunstyrelsen"), ("4.4 IT-råd", "IT-råd"), ("Nämnder och styrelser", "Nämnder och styrelser"),
    ("Roller och ansvar", None), ("Målgrupp", None), ("Systemförvaltning", None), ("Informationssäkerhet", None),
    ("Varför en digitaliseringsstrategi", None), ("Område", None),
])
def test_heading_actor(text, actor):
    assert heading_actor(text, ORG) == actor


@pytest.mark.parametrize("phrase, expected", [
    ("Kommunfullmäktige och kommunstyrelsen", True), ("Skol- och fritidsnämnden", True), ("KS", True),
    ("IT-avdelningen bereder och nämnden", False), ("Alla system", False), ("I varje förvaltning", False),
])
def test_is_actor(phrase, expected):
    assert is_actor(phrase, ORG) is expected


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ab .!?\n\tÅ1\u00a0«", max_size=40))
def test_split_sentences_agrees_with_the_plain_split(text):
    assert split_sentences(text) == [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]
