import pytest

from govcheck.extract.levels import normalise_level, strip_body


@pytest.mark.parametrize("body, level", [
    ("kommunfullmäktige", "KF"), ("Kommunfullmäktige", "KF"), ("fullmäktige", "KF"), ("KF", "KF"),
    ("Kf", "KF"), ("stadsfullmäktige", "KF"), ("regionfullmäktige", "KF"),
    ("kommunstyrelsen", "KS"), ("Kommunstyrelse", "KS"), ("KS", "KS"), ("Ks", "KS"),
    ("stadsstyrelsen", "KS"),
    ("kommunstyrelsens arbetsutskott", "utskott"), ("arbetsutskottet", "utskott"),
    ("Tekniska nämndens arbetsutskott", "utskott"), ("Personalutskottet", "utskott"),
    ("nämnden för service och teknik", "namnd"), ("Tekniska nämnden", "namnd"), ("Valnämnden", "namnd"),
    ("bygg- och miljönämnden", "namnd"), ("Kultur- och fritidsnämnden", "namnd"),
    ("kommundirektören", "tjansteperson"), ("Kommundirektör", "tjansteperson"),
    ("stadsdirektör", "tjansteperson"), ("kommunchef", "tjansteperson"),
    ("förvaltningschef", "tjansteperson"), ("IT-chef", "tjansteperson"),
    ("digitaliseringsdirektör", "tjansteperson"), ("säkerhetschef", "tjansteperson"),
    ("biträdande stadsdirektör", "tjansteperson"), ("verksamhetsansvarig chef", "tjansteperson"),
    ("kanslichef", "tjansteperson"), ("Chef, kommunledningssektorn", "tjansteperson"),
    ("Kommunstyrelsens förvaltningschef", "tjansteperson"),
    ("IT-rådet", "rad"), ("Digitaliseringsrådet", "rad"), ("råd", "rad"), ("forum", "rad"),
    ("styrgruppen", "rad"), ("styrgrupp för digitalisering", "rad"), ("kommittén", "rad"),
    ("Stadsdirektörens ledningsgrupp", "rad"), ("kommunchefsforum", "rad"),
    ("Kommunstyrelsens ordförande", "unknown"), ("Västby Energi AB:s styrelse", "unknown"),
    ("Västby", "unknown"), ("", "unknown"), ("rådgivaren", "unknown"),
])
def test_normalise_level(body, level):
    assert normalise_level(body) == level


@pytest.mark.parametrize("written", [
    "kommunstyrelsen den 9 maj 2017", "Kommunfullmäktige , 140", "kommunfullmäktige 2008-09-12, § 123",
    "Kommunstyrelsen ( )", "kommunstyrelsen Dnr KS 2016/918",
])
def test_normalise_level_accepts_bodies_with_trailing_date_and_paragraph(written):
    assert normalise_level(written) in {"KF", "KS"}


@pytest.mark.parametrize("text, cleaned", [
    ("kommunstyrelsen den 9 maj 2017", "kommunstyrelsen"),
    ("Kommunfullmäktige , 140", "Kommunfullmäktige"),
    ("Kommunfullmäktige 2008-09-12, § 123.", "Kommunfullmäktige"),
    ("Kommunstyrelsen ( )", "Kommunstyrelsen"),
    ("Valnämnden 24 februari 2022, § 2", "Valnämnden"),
    ("nämnden för service och teknik den 22 januari 2015 Dnr NST15-5", "nämnden för service och teknik"),
    ("bygg- och miljönämnden.", "bygg- och miljönämnden"),
    ("  Kommundirektören:  ", "Kommundirektören"),
])
def test_strip_body(text, cleaned):
    assert strip_body(text) == cleaned
