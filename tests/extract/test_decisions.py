import pytest

from govcheck.extract.decisions import find_decisions
from govcheck.model import Block, Location, Organisation, OrgUnit

ORG = Organisation(units=[
    OrgUnit(id="ks", name="Kommunstyrelsen", kind="styrelse", political=True),
    OrgUnit(id="tn", name="Tekniska nämnden", kind="namnd"),  # no political flag: the kind decides
    OrgUnit(id="rad", name="Digitaliseringsrådet", kind="rad"),
    OrgUnit(id="forum", name="Digitaliseringsforum", kind="rad"),
    OrgUnit(id="pres", name="Presidiet", kind="rad", political=True),  # an explicit flag wins
    OrgUnit(id="itc", name="IT-chef", kind="befattning"),
])


def para(text, paragraph=1):
    return Block(kind="paragraph", text=text, location=Location(block=paragraph, section=["Styrning"], paragraph=paragraph))


def decisions(*blocks, org=ORG):
    return [(d.actor, d.matter) for d in find_decisions(list(blocks), org)]


@pytest.mark.parametrize("text, actor, matter", [
    ("Digitaliseringsrådet beslutar om prioritering av gemensamma projekt.", "Digitaliseringsrådet", "prioritering av gemensamma projekt"),
    ("Nämnderna beslutar själva om sina verksamhetssystem.", "Nämnderna", "sina verksamhetssystem"),
    ("Digitaliseringsforumet fattar beslut om den digitala färdplanen.", "Digitaliseringsforumet", "den digitala färdplanen"),
    ("Styrgruppen fattar även beslut om projektens budget.", "Styrgruppen", "projektens budget"),
    ("Kommunstyrelsen fastställer årligen IT-planen.", "Kommunstyrelsen", "IT-planen"),
    ("IT-chefen fastställer tekniska standarder för kommunens nät.", "IT-chefen", "tekniska standarder för kommunens nät"),
    ("Ledningsgruppen har mandat att prioritera bland de inkomna behoven.", "Ledningsgruppen", "bland de inkomna behoven"),
    ("Kommundirektören beslutar, med stöd av styrgruppen, om vilka projekt som prioriteras.",
     "Kommundirektören", "vilka projekt som prioriteras"),
    ("Beslut om investeringar i IT-system fattas av kommunstyrelsen.", "kommunstyrelsen", "investeringar i IT-system"),
    ("Beslut fattas av förvaltningschefen efter samråd med IT-chefen.", "förvaltningschefen", ""),
    ("Förvaltningsplanen fastställs årligen av objektägaren.", "objektägaren", "Förvaltningsplanen"),
    ("Styrgruppen har mandat att besluta om resursfördelning mellan projekten.", "Styrgruppen", "resursfördelning mellan projekten"),
    ("Rådet har full beslutanderätt i frågor om gemensamma e-tjänster.", "Rådet", "frågor om gemensamma e-tjänster"),
    ("IT-chefen godkänner nya system innan de införs.", "IT-chefen", "nya system innan de införs"),
    ("Systemägaren ska godkänna alla behörigheter.", "Systemägaren", "alla behörigheter"),
    ("Det är digitaliseringsforumet som upprättar och beslutar den digitala färdplanen.", "digitaliseringsforumet", "den digitala färdplanen"),
    ("Behov bereds till digitaliseringsforumet, som fattar beslut om vilka initiativ som genomförs.",
     "digitaliseringsforumet", "vilka initiativ som genomförs"),
    ("Varje år fastställer kommunstyrelsen internkontrollplanen.", "kommunstyrelsen", "internkontrollplanen"),
    ("IT-avdelningen bereder ärendet och kommunstyrelsen beslutar om det.", "kommunstyrelsen", "det"),
    ("I digitaliseringsrådet fattas beslut om gemensamma standarder.", "digitaliseringsrådet", "gemensamma standarder"),
])
def test_decision_statements(text, actor, matter):
    assert decisions(para(text)) == [(actor, matter)]


@pytest.mark.parametrize("text", [
    "Beslutad av kommunfullmäktige 2008-09-12, § 187.",
    "Fastställd av kommunstyrelsen 2020-01-15.",
    "Antagen av kommunfullmäktige den 28 februari 2019, § 31.",
    "Kommunfullmäktige beslutade 2016 att anta policyn.",
    "Rådet är rådgivande och fattar inga beslut.",
    "Digitaliseringsrådet har ingen beslutanderätt.",
    "Forumet får inte besluta om investeringar.",
    "Digitaliseringsrådet beslutar inte om enskilda förvaltningars system.",
    "Digitaliseringsrådet bereder investeringar och prioriteringar av gemensamma projekt.",
    "Förvaltningen prioriterar initiativ med tydlig nytta.",
    "Ledningsgruppen prioriterar bland de inkomna behoven.",
    "Den som beslutar om ett nytt system ska dokumentera beslutet.",
    "Besluten som fattas i forumen följer den vanliga delegationsordningen.",
])
def test_not_decision_statements(text):
    assert decisions(para(text)) == []


def test_level_unit_and_political_flag():
    found = {d.actor: d for d in find_decisions([
        para("Kommunstyrelsen beslutar om IT-strategin."),
        para("Tekniska nämnden beslutar om driften."),
        para("Digitaliseringsrådet beslutar om prioriteringar."),
        para("Presidiet beslutar om sammanträdesplanen."),
        para("IT-chefen beslutar om behörigheter."),
        para("Kommunfullmäktige beslutar om policyn."),
        para("Ordföranden beslutar i brådskande ärenden."),
    ], ORG)}
    assert (found["Kommunstyrelsen"].level, found["Kommunstyrelsen"].unit_id, found["Kommunstyrelsen"].political) == ("KS", "ks", True)
    assert (found["Tekniska nämnden"].unit_id, found["Tekniska nämnden"].political) == ("tn", True)
    assert (found["Digitaliseringsrådet"].level, found["Digitaliseringsrådet"].political) == ("rad", False)
    assert found["Presidiet"].political is True
    assert (found["IT-chefen"].level, found["IT-chefen"].unit_id, found["IT-chefen"].political) == ("tjansteperson", "itc", False)
    assert (found["Kommunfullmäktige"].unit_id, found["Kommunfullmäktige"].political) == (None, True)  # from the level
    assert (found["Ordföranden"].level, found["Ordföranden"].political) == ("unknown", None)


def test_heading_list_and_table_give_the_actor_of_subjectless_items():
    blocks = [
        Block(kind="heading", text="3.2 Digitaliseringsrådet", level=2, location=Location(block=0)),
        para("Rådet beslutar om:", 1),
        para("gemensamma investeringar", 2),
        para("Prioritering av kommunövergripande projekt", 3),
        para("Rådet sammanträder fyra gånger per år.", 4),
        para("Fastställer årligen en plan för gemensamma e-tjänster.", 5),
        Block(kind="table", rows=[["Forum", "Mandat"], ["Styrgrupp IT", "Prioritering av IT-investeringar"]],
              location=Location(block=7, table=1)),
    ]
    assert decisions(*blocks) == [
        ("Digitaliseringsrådet", "gemensamma investeringar"),
        ("Digitaliseringsrådet", "Prioritering av kommunövergripande projekt"),
        ("Digitaliseringsrådet", "en plan för gemensamma e-tjänster"),
        ("Styrgrupp IT", "Prioritering av IT-investeringar"),
    ]


def test_quote_and_location():
    (d,) = find_decisions([para("Inledning. Digitaliseringsrådet beslutar om standarder. Slut.", paragraph=3)], ORG)
    assert d.quote == "Digitaliseringsrådet beslutar om standarder." and d.location.paragraph == 3
