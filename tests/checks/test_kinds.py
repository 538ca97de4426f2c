"""Each check kind on exact model values, both ways, including its edge cases."""

import datetime as dt

import pytest

from factory import adoption, corpus, document, mention, revision, sourced
from govcheck.checks import REGISTRY, CheckContext
from govcheck.model import FormerName, Organisation, OrgUnit, Sourced


def run(kind, corpus_, **params):
    spec = REGISTRY[kind].spec.model_validate({"kind": kind, **params})
    return list(REGISTRY[kind].run(spec, CheckContext(corpus_)))


# adopted ------------------------------------------------------------------------------------

def test_adopted_cites_the_adoption():
    (o,) = run("adopted", corpus(document(adoptions=[adoption(date="2020-01-01")])))
    assert o.verdict == "fulfilled" and o.evidence[0].quote.startswith("Antagen av")


def test_draft_cites_its_marker_and_verdict_is_configurable():
    doc = document(status="draft", draft_markers=[sourced("Utkast", quote="Utkast 2017-02-01")])
    (o,) = run("adopted", corpus(doc))
    assert o.verdict == "not_fulfilled" and o.evidence[0].quote == "Utkast 2017-02-01"
    (o,) = run("adopted", corpus(doc), draft_verdict="partially_fulfilled")
    assert o.verdict == "partially_fulfilled"


def test_unknown_status_and_repealed():
    assert run("adopted", corpus(document(status="unknown")))[0].verdict == "not_fulfilled"
    assert run("adopted", corpus(document(status="repealed")))[0].verdict == "not_fulfilled"


def test_no_documents_is_not_assessable():
    (o,) = run("adopted", corpus(document(doc_type="policy")), doc_types=["strategi"])
    assert o.verdict == "not_assessable"


# adoption_level -----------------------------------------------------------------------------

@pytest.mark.parametrize("level, minimum, verdict", [
    ("KF", "KS", "fulfilled"), ("KS", "KS", "fulfilled"), ("namnd", "KS", "not_fulfilled"),
    ("tjansteperson", "KS", "not_fulfilled"), ("tjansteperson", "tjansteperson", "fulfilled"),
    ("rad", "tjansteperson", "not_fulfilled"), ("unknown", "KS", "not_assessable"),
])
def test_adoption_level(level, minimum, verdict):
    doc = document(adoptions=[adoption(body="x", level=level, date="2022-01-01")])
    (o,) = run("adoption_level", corpus(doc), minimum={"policy": minimum})
    assert o.verdict == verdict


def test_adoption_level_takes_the_highest_decision_and_skips_types_without_requirement():
    doc = document(adoptions=[adoption(level="tjansteperson", date="2020-01-01"), adoption(level="KF", date="2021-01-01")])
    other = document(path="b.docx", doc_type="other", adoptions=[adoption(level="rad", date="2021-01-01")])
    outcomes = run("adoption_level", corpus(doc, other), minimum={"policy": "KF"})
    assert [(o.document, o.verdict) for o in outcomes] == [("documents/a.docx", "fulfilled")]


def test_adoption_level_without_adoption():
    (o,) = run("adoption_level", corpus(document(status="unknown")), default_minimum="KS")
    assert o.verdict == "not_assessable"


# current ------------------------------------------------------------------------------------

@pytest.mark.parametrize("fields, verdict", [
    ({"adoptions": [adoption(date="2008-09-12")]}, "not_fulfilled"),
    ({"adoptions": [adoption(date="2020-01-01")]}, "fulfilled"),
    ({"adoptions": [adoption(date="2008-09-12")], "revisions": [revision("2021-03-01")]}, "fulfilled"),
    ({"adoptions": [adoption(date="2021-01-01")], "review_by": sourced("2022-12-31")}, "not_fulfilled"),
    ({"adoptions": [adoption(date="2021-01-01")], "valid_until": sourced("2023-06-30")}, "not_fulfilled"),
    ({"adoptions": [adoption(date="2021-01-01")], "valid_until": sourced("2025-12-31")}, "fulfilled"),
    ({"adoptions": [adoption(date=None, year=2019)]}, "fulfilled"),
    ({"adoptions": [adoption(date=None, year=2018)]}, "not_fulfilled"),
    ({}, "not_assessable"),
])
def test_current(fields, verdict):
    (o,) = run("current", corpus(document(**fields)), max_age_years=4)
    assert o.verdict == verdict, o.message.en
    if verdict != "not_assessable":
        assert o.evidence and all(e.quote for e in o.evidence)


def test_current_age_limit_is_a_parameter():
    doc = document(adoptions=[adoption(date="2020-01-01")])
    assert run("current", corpus(doc), max_age_years=2)[0].verdict == "not_fulfilled"
    assert run("current", corpus(doc), max_age_years=4)[0].verdict == "fulfilled"


# existing_units -----------------------------------------------------------------------------

ORG = Organisation(units=[OrgUnit(id="digit", name="Digitaliseringsavdelningen", kind="avdelning",
                                  former_names=[FormerName(name="Kommunikations- och utvecklingsavdelningen",
                                                           until=dt.date(2019, 1, 1))])])


def test_existing_units_former_name_before_check_date():
    doc = document(bodies_mentioned=[mention("kommunikations- och utvecklingsavdelningen", "former", "digit",
                                             "Digitaliseringsavdelningen", "2019-01-01")])
    (o,) = run("existing_units", corpus(doc, organisation=ORG))
    assert o.verdict == "not_fulfilled" and "Digitaliseringsavdelningen" in o.message.sv
    assert o.evidence[0].location.section == ["Ansvar"]


def test_existing_units_former_name_still_current_on_an_earlier_check_date():
    doc = document(bodies_mentioned=[mention("kommunikations- och utvecklingsavdelningen", "former", "digit",
                                             "Digitaliseringsavdelningen", "2019-01-01")])
    (o,) = run("existing_units", corpus(doc, organisation=ORG, as_of="2018-06-01"))
    assert o.verdict == "fulfilled"


def test_existing_units_unknown_name_verdict_is_configurable():
    doc = document(bodies_mentioned=[mention("Ekonomiavdelningen", "unknown")])
    assert run("existing_units", corpus(doc, organisation=ORG))[0].verdict == "partially_fulfilled"
    assert run("existing_units", corpus(doc, organisation=ORG), unknown_verdict="not_fulfilled")[0].verdict == "not_fulfilled"


def test_existing_units_without_organisation_is_not_assessable():
    (o,) = run("existing_units", corpus(document()))
    assert o.verdict == "not_assessable"


# references_in_force ------------------------------------------------------------------------

def test_reference_to_document_whose_validity_ended():
    from govcheck.model import Section

    old = document(path="old.docx", title="Riktlinjer för e-post", doc_type="riktlinje", valid_until=sourced("2020-12-31"))
    new = document(path="new.docx", title="IT-policy",
                   sections=[Section(heading="Ansvar", level=1, paragraphs=["Se Riktlinjer för e-post."])])
    outcomes = {o.document: o for o in run("references_in_force", corpus(old, new))}
    assert outcomes["new.docx"].verdict == "not_fulfilled"
    assert outcomes["new.docx"].evidence[0].location.section == ["Ansvar"]
    assert outcomes["old.docx"].verdict == "fulfilled"


# metadata_present ---------------------------------------------------------------------------

@pytest.mark.parametrize("fields, wanted, verdict", [
    ({"owner": sourced("IT-chef"), "scope": sourced("Alla nämnder")}, ["owner", "scope"], "fulfilled"),
    ({"owner": sourced("IT-chef")}, ["owner", "scope"], "partially_fulfilled"),
    ({}, ["owner", "scope"], "not_fulfilled"),
    ({"review_interval": sourced("mandatperiod")}, ["review"], "fulfilled"),
    ({"reference": sourced("KS 2016/918")}, ["reference", "review"], "partially_fulfilled"),
])
def test_metadata_present(fields, wanted, verdict):
    (o,) = run("metadata_present", corpus(document(**fields)), fields=wanted)
    assert o.verdict == verdict


def test_text_reading_checks_skip_documents_known_only_from_the_register():
    from govcheck.model import Section

    only_row = document(path="register.csv#3", title="Informationssäkerhetspolicy").model_copy(update={"format": "register"})
    with_text = document(path="b.docx", title="IT-policy",
                         sections=[Section(heading="Ansvar", level=1, paragraphs=["Se Riktlinjer för e-post."])])
    checked = {o.document for o in run("references_in_force", corpus(only_row, with_text))}
    assert checked == {"b.docx"}
    # Checks that read metadata still judge it.
    assert {o.document for o in run("adopted", corpus(only_row, with_text))} == {"register.csv#3", "b.docx"}
