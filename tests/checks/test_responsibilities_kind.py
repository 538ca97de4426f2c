"""The responsibilities kind on exact model values, both ways."""

import pytest
from pydantic import ValidationError

from factory import corpus, document
from govcheck.checks import REGISTRY, CheckContext
from govcheck.model import Location, Responsibility, Topic

TOPICS = {
    "ks": Topic(sv="Kommunstyrelsen", en="The executive board", terms=["kommunstyrelse"]),
    "systemagare": Topic(sv="Systemägare", en="System owners", terms=["systemägare"]),
    "itchef": Topic(sv="IT-chef", en="Head of IT", terms=["IT-chef"]),
}


def run(corpus_, **params):
    spec = REGISTRY["responsibilities"].spec.model_validate({"kind": "responsibilities", **params})
    return list(REGISTRY["responsibilities"].run(spec, CheckContext(corpus_, TOPICS)))


def duty(actor, duty="IT-driften", status="current", unit_id=None, renamed_to=None, paragraph=1):
    return Responsibility(actor=actor, duty=duty, status=status, unit_id=unit_id, renamed_to=renamed_to,
                          location=Location(section=["Ansvar"], paragraph=paragraph),
                          quote=f"{actor} ansvarar för {duty}.")


def test_all_actors_found_cites_the_first_duty_of_each():
    doc = document(responsibilities=[duty("Kommunstyrelsen"), duty("Systemägaren", paragraph=2),
                                     duty("Kommunstyrelsen", "budgeten", paragraph=3)])
    (o,) = run(corpus(doc), actors=["ks", "systemagare"])
    assert o.verdict == "fulfilled" and o.document == "documents/a.docx"
    assert [e.quote for e in o.evidence] == ["Kommunstyrelsen ansvarar för IT-driften.", "Systemägaren ansvarar för IT-driften."]
    assert "Kommunstyrelsen, Systemägare" in o.message.sv


def test_some_actors_is_partial_and_names_the_missing():
    (o,) = run(corpus(document(responsibilities=[duty("Kommunstyrelsen")])), actors=["ks", "systemagare", "itchef"])
    assert o.verdict == "partially_fulfilled"
    assert "Systemägare, IT-chef" in o.message.sv and "System owners, Head of IT" in o.message.en


def test_no_actor_is_not_fulfilled():
    (o,) = run(corpus(document(responsibilities=[duty("Nämnderna")])), actors=["ks"])
    assert o.verdict == "not_fulfilled" and o.evidence == ()


def test_actors_may_be_spread_over_documents():
    a = document(responsibilities=[duty("Kommunstyrelsen")])
    b = document(path="documents/b.docx", responsibilities=[duty("IT-chefen")])
    (o,) = run(corpus(a, b), actors=["ks", "itchef"])
    assert o.verdict == "fulfilled" and o.document is None
    assert [e.document for e in o.evidence] == ["documents/a.docx", "documents/b.docx"]


def test_a_former_unit_lowers_the_verdict_and_is_cited():
    doc = document(responsibilities=[
        duty("Kommunstyrelsen"),
        duty("Kommunikations- och utvecklingsavdelningen", status="former", unit_id="digit",
             renamed_to="Digitaliseringsavdelningen", paragraph=2),
    ])
    (o,) = run(corpus(doc), actors=["ks"])
    assert o.verdict == "partially_fulfilled"
    assert "i dag Digitaliseringsavdelningen" in o.message.sv
    assert o.evidence[0].quote.startswith("Kommunikations- och utvecklingsavdelningen")  # the defect leads
    (o,) = run(corpus(doc), actors=["ks"], former_verdict="not_fulfilled")
    assert o.verdict == "not_fulfilled"


def test_unknown_units_pass_by_default_and_are_configurable():
    doc = document(responsibilities=[duty("Kommunstyrelsen"), duty("Ekonomiavdelningen", status="unknown")])
    assert run(corpus(doc), actors=["ks"])[0].verdict == "fulfilled"
    (o,) = run(corpus(doc), actors=["ks"], unknown_verdict="partially_fulfilled")
    assert o.verdict == "partially_fulfilled" and "finns inte i organisationsmodellen" in o.message.sv


def test_without_actors_any_duty_will_do():
    assert run(corpus(document(responsibilities=[duty("Nämnderna")])))[0].verdict == "fulfilled"
    assert run(corpus(document()))[0].verdict == "not_fulfilled"


def test_no_document_of_the_types_is_not_fulfilled():
    (o,) = run(corpus(document(doc_type="policy")), actors=["ks"], doc_types=["strategi"])
    assert o.verdict == "not_fulfilled" and "strategi" in o.message.sv


def test_unknown_option_is_rejected():
    with pytest.raises(ValidationError):
        REGISTRY["responsibilities"].spec.model_validate({"kind": "responsibilities", "roles": ["ks"]})


def test_topic_ids_are_the_actors():
    spec = REGISTRY["responsibilities"].spec.model_validate({"kind": "responsibilities", "actors": ["ks"]})
    assert spec.topic_ids() == ["ks"]
