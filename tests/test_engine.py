from factory import adoption, corpus, document
from govcheck.checks.base import worst
from govcheck.checklists import load_checklist
from govcheck.engine import distinct, evaluate, overall
from govcheck.model import Evidence, Location


def test_worst_order():
    assert worst(["fulfilled", "not_assessable"]) == "not_assessable"
    assert worst(["not_assessable", "partially_fulfilled"]) == "partially_fulfilled"
    assert worst(["fulfilled", "not_fulfilled", "partially_fulfilled"]) == "not_fulfilled"
    assert worst([]) is None


def test_overall_verdict_of_a_checklist():
    assert overall(["fulfilled", "fulfilled", "not_assessable"]) == "fulfilled"
    assert overall(["fulfilled", "not_fulfilled"]) == "partially_fulfilled"
    assert overall(["not_fulfilled", "not_assessable"]) == "not_fulfilled"
    assert overall(["not_assessable"]) == "not_assessable"


def test_engine_stamps_ids_and_aggregates_per_document_outcomes():
    old = document(path="old.docx", adoptions=[adoption(date="2008-09-12")])
    new = document(path="new.docx", adoptions=[adoption(date="2022-09-12")])
    report = evaluate(corpus(old, new), [load_checklist("styrdokument")])
    (result,) = report.checklists
    sd3 = next(c for c in result.controls if c.id == "SD-3")
    assert sd3.verdict == "not_fulfilled"
    assert {(c.document, c.verdict) for c in sd3.checks} == {("old.docx", "not_fulfilled"), ("new.docx", "fulfilled")}
    assert sd3.provenance.source == "002_b5b17ebf99716bb4.txt"
    assert report.as_of.isoformat() == "2023-11-27"


def _control(aggregate):
    from govcheck.checklists import parse_checklist
    from govcheck.yamlload import Located

    data = {"id": "x", "version": 1, "title": {"sv": "x", "en": "x"}, "provenance": {"source": "x"},
            "controls": [{"id": "X-1", "title": {"sv": "x", "en": "x"}, "provenance": {"source": "x"},
                          "recommendation": {"sv": "r", "en": "r"}, "aggregate": aggregate,
                          "checks": [{"kind": "current"}]}]}
    return parse_checklist(Located(data=data, file="<test>"))


def test_balanced_control_gives_delvis_for_mixed_outcomes():
    old = document(path="old.docx", adoptions=[adoption(date="2008-09-12")])
    new = document(path="new.docx", adoptions=[adoption(date="2022-09-12")])
    assert evaluate(corpus(old, new), [_control("worst")]).checklists[0].controls[0].verdict == "not_fulfilled"
    assert evaluate(corpus(old, new), [_control("balanced")]).checklists[0].controls[0].verdict == "partially_fulfilled"
    assert evaluate(corpus(old), [_control("balanced")]).checklists[0].controls[0].verdict == "not_fulfilled"
    assert evaluate(corpus(new), [_control("balanced")]).checklists[0].controls[0].verdict == "fulfilled"


def test_one_outcome_cites_each_place_once():
    extracted = Evidence(document="a.docx", location=Location(block=1, section=[], paragraph=2), quote="Beslutad i forum")
    from_tree = Evidence(document="a.docx", location=Location(section=[], paragraph=2), quote="Beslutad i forum")
    other = Evidence(document="a.docx", location=Location(section=[], paragraph=3), quote="Beslutad i forum")
    elsewhere = Evidence(document="b.docx", location=Location(section=[], paragraph=2), quote="Beslutad i forum")
    assert distinct([extracted, from_tree, other, elsewhere]) == [extracted, other, elsewhere]
    # the section tree's copy came first: it keeps its place and takes the block index
    assert distinct([from_tree, other, extracted]) == [extracted, other]
    whole = Evidence(document="facts.yaml", quote="Ja")
    assert distinct([whole, whole]) == [whole]
    assert distinct([]) == [] and distinct([whole]) == [whole]
