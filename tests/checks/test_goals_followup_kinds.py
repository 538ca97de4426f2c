"""The goals and follow_up kinds on exact model values, both ways."""

import pytest
from pydantic import ValidationError

from factory import corpus, document
from govcheck.checks import REGISTRY, CheckContext
from govcheck.model import FollowUp, Goal, Location, Topic


def run(kind, corpus_, topics=None, **params):
    spec = REGISTRY[kind].spec.model_validate({"kind": kind, **params})
    return list(REGISTRY[kind].run(spec, CheckContext(corpus_, topics or {})))


def goal(text="Fler e-tjänster", measurable=True, indicator="Antal e-tjänster", target="100", paragraph=1):
    return Goal(text=text, indicator=indicator if measurable or indicator else None,
                target=target if measurable else None, measurable=measurable,
                location=Location(section=["Mål"], paragraph=paragraph), quote=text)


def follow(what="Strategin", frequency="year", reported_to="kommunstyrelsen", level="KS", quote=None):
    return FollowUp(what=what, frequency=frequency, frequency_text=frequency and "årligen",
                    reported_to=reported_to, reported_to_level=level if reported_to else None,
                    location=Location(section=["Uppföljning"], paragraph=1),
                    quote=quote or f"{what} följs upp {frequency} till {reported_to}.")


# goals --------------------------------------------------------------------------------------

def test_goals_fulfilled_cites_each_goal():
    doc = document(doc_type="strategi", goals=[goal(), goal("Nöjdare invånare", paragraph=2)])
    (o,) = run("goals", corpus(doc), minimum=2, require_measurable=True)
    assert o.verdict == "fulfilled"
    assert [e.quote for e in o.evidence] == ["Fler e-tjänster", "Nöjdare invånare"]
    assert o.evidence[0].location.section == ["Mål"] and o.document == "documents/a.docx"


def test_goals_too_few_is_partial():
    (o,) = run("goals", corpus(document(goals=[goal()])), minimum=3)
    assert o.verdict == "partially_fulfilled"
    assert "minst 3" in o.message.sv and "at least 3" in o.message.en


def test_goals_not_measurable_when_required_names_what_is_missing():
    doc = document(goals=[goal(), goal("Enkel service", measurable=False, indicator=None),
                          goal("Fler möten digitalt", measurable=False, indicator="Antal möten")])
    (o,) = run("goals", corpus(doc), require_measurable=True)
    assert o.verdict == "partially_fulfilled"
    assert "2 av 3 mål" in o.message.sv
    assert "«Enkel service» saknar indikator" in o.message.sv
    assert "«Fler möten digitalt» saknar målvärde eller tidpunkt" in o.message.sv
    assert "lacks an indicator" in o.message.en
    assert [e.quote for e in o.evidence][:2] == ["Enkel service", "Fler möten digitalt"]


def test_unmeasurable_goals_pass_when_measurability_is_not_required():
    doc = document(goals=[goal("Enkel service", measurable=False, indicator=None)])
    assert run("goals", corpus(doc))[0].verdict == "fulfilled"


def test_goals_are_counted_over_the_selected_documents():
    a = document(path="a.docx", doc_type="strategi", goals=[goal()])
    b = document(path="b.docx", doc_type="strategi", goals=[goal("Säkrare IT")])
    c = document(path="c.docx", doc_type="policy", goals=[goal("Övrigt")])
    (o,) = run("goals", corpus(a, b, c), minimum=2, doc_types=["strategi"])
    assert o.verdict == "fulfilled" and o.document is None
    assert {e.document for e in o.evidence} == {"a.docx", "b.docx"}


def test_no_goals_and_no_documents_are_not_fulfilled():
    (o,) = run("goals", corpus(document()))
    assert o.verdict == "not_fulfilled" and "Mål saknas" in o.message.sv
    assert o.evidence[0].quote == "IT-policy"  # the document that lacks them
    (o,) = run("goals", corpus(document()), doc_types=["strategi"])
    assert o.verdict == "not_fulfilled" and "strategi" in o.message.sv


def test_goals_spec_rejects_bad_minimum_and_unknown_keys():
    with pytest.raises(ValidationError):
        REGISTRY["goals"].spec.model_validate({"kind": "goals", "minimum": 0})
    with pytest.raises(ValidationError):
        REGISTRY["goals"].spec.model_validate({"kind": "goals", "measurable": True})


# follow_up ----------------------------------------------------------------------------------

def test_follow_up_fulfilled_cites_the_provision():
    (o,) = run("follow_up", corpus(document(follow_ups=[follow()])), reported_to_levels=["KS", "KF"])
    assert o.verdict == "fulfilled"
    assert o.evidence[0].quote == "Strategin följs upp year till kommunstyrelsen."
    assert o.evidence[0].location.section == ["Uppföljning"]


def test_follow_up_without_recipient_says_so():
    (o,) = run("follow_up", corpus(document(follow_ups=[follow(reported_to=None)])))
    assert o.verdict == "partially_fulfilled"
    assert "uppföljning finns men anger inte till vem den redovisas" in o.message.sv.lower()
    assert "does not say to whom" in o.message.en


def test_follow_up_without_frequency_unless_not_required():
    doc = document(follow_ups=[follow(frequency=None)])
    (o,) = run("follow_up", corpus(doc))
    assert o.verdict == "partially_fulfilled" and "anger inte hur ofta" in o.message.sv
    assert run("follow_up", corpus(doc), require_frequency=False)[0].verdict == "fulfilled"


def test_follow_up_at_the_wrong_level():
    doc = document(follow_ups=[follow(reported_to="kommundirektören", level="tjansteperson")])
    (o,) = run("follow_up", corpus(doc), reported_to_levels=["KS", "KF"])
    assert o.verdict == "partially_fulfilled"
    assert "redovisas till kommundirektören, inte till kommunstyrelsen eller kommunfullmäktige" in o.message.sv


def test_follow_up_takes_the_provision_that_meets_everything():
    doc = document(follow_ups=[follow(frequency=None), follow(what="Handlingsplanen")])
    (o,) = run("follow_up", corpus(doc), reported_to_levels=["KS"])
    assert o.verdict == "fulfilled" and len(o.evidence) == 1
    assert o.evidence[0].quote.startswith("Handlingsplanen")


def test_follow_up_partial_cites_the_closest_provisions():
    doc = document(follow_ups=[follow(frequency=None, reported_to=None), follow(what="Planen", reported_to=None)])
    (o,) = run("follow_up", corpus(doc))
    assert o.verdict == "partially_fulfilled"
    assert [e.quote.split()[0] for e in o.evidence] == ["Planen"]


TOPICS = {"digitalisering": Topic(sv="Digitalisering", en="Digitalisation", terms=["digitalisering*"])}


def test_follow_up_must_concern_the_topic():
    doc = document(title="IT-policy", follow_ups=[follow(what="Avtalen", quote="Avtalen följs upp årligen till KS.")])
    (o,) = run("follow_up", corpus(doc), topics=TOPICS, what_topics=["digitalisering"])
    assert o.verdict == "not_fulfilled" and "Uppföljning av Digitalisering saknas" in o.message.sv
    assert o.evidence[0].quote == "Avtalen följs upp årligen till KS."


def test_follow_up_of_the_document_itself_takes_the_topic_from_its_title():
    doc = document(title="Digitaliseringsstrategi", doc_type="strategi", follow_ups=[follow(what="Strategin")])
    (o,) = run("follow_up", corpus(doc), topics=TOPICS, what_topics=["digitalisering"])
    assert o.verdict == "fulfilled"
    other = document(title="IT-policy", follow_ups=[follow(what="Strategin")])
    assert run("follow_up", corpus(other), topics=TOPICS, what_topics=["digitalisering"])[0].verdict == "not_fulfilled"


def test_follow_up_topic_in_the_subject():
    doc = document(title="Plan", follow_ups=[follow(what="Digitaliseringsarbetet", quote="Digitaliseringsarbetet följs upp.")])
    assert run("follow_up", corpus(doc), topics=TOPICS, what_topics=["digitalisering"])[0].verdict == "fulfilled"


def test_no_follow_up_at_all():
    (o,) = run("follow_up", corpus(document()))
    assert o.verdict == "not_fulfilled" and "Uppföljning saknas" in o.message.sv
    assert o.evidence[0].quote == "IT-policy"
    (o,) = run("follow_up", corpus(document()), doc_types=["strategi"])
    assert o.verdict == "not_fulfilled" and "strategi" in o.message.sv


def test_follow_up_declares_its_topics_for_the_loader():
    spec = REGISTRY["follow_up"].spec.model_validate({"kind": "follow_up", "what_topics": ["a", "b"]})
    assert spec.topic_ids() == ["a", "b"]
    with pytest.raises(ValidationError):
        REGISTRY["follow_up"].spec.model_validate({"kind": "follow_up", "reported_to_levels": ["styrelsen"]})

