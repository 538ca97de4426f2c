"""The delegation and delegation_covers kinds on exact model values, both ways."""

import pytest

from factory import corpus, document
from govcheck.checks import REGISTRY, CheckContext
from govcheck.checks.delegation import same_actor, shared_word
from govcheck.model import DecisionStatement, DelegationEntry, Location, Organisation, OrgUnit, Topic


def run(kind, corpus_, topic_defs=None, **params):
    spec = REGISTRY[kind].spec.model_validate({"kind": kind, **params})
    return list(REGISTRY[kind].run(spec, CheckContext(corpus_, topic_defs or {})))


def decision(actor, matter, level="rad", unit_id=None, political=None, paragraph=1):
    return DecisionStatement(actor=actor, matter=matter, level=level, unit_id=unit_id, political=political,
                             location=Location(section=["Styrning"], paragraph=paragraph),
                             quote=f"{actor} beslutar om {matter}.")


def entry(matter, delegate, unit_id=None, note=None, section=(), row=2):
    return DelegationEntry(matter=matter, delegate=delegate, delegate_unit_id=unit_id, note=note, section=list(section),
                           reference=f"7.{row - 1}", location=Location(section=["IT"], table=1, row=row, cell=2))


def order(*entries, path="documents/delegationsordning.docx"):
    return document(path=path, title="Delegationsordning för kommunstyrelsen", doc_type="delegationsordning",
                    delegation_entries=list(entries))


FORUM = decision("Digitaliseringsforumet", "förvaltningens digitala färdplan")


# delegation ---------------------------------------------------------------------------------

def test_lund_case_a_forum_that_decides_without_delegation():
    model = document(doc_type="modell", title="Digitaliseringsmodellen", decisions=[FORUM])
    (o,) = run("delegation", corpus(model, order(entry("Upphandling av IT-system", "IT-chef"))), doc_types=["modell"])
    assert o.verdict == "not_fulfilled" and o.document == "documents/a.docx"
    assert "Digitaliseringsforumet beslutar om «förvaltningens digitala färdplan»" in o.message.sv
    assert "ingen delegationsordning delegerar" in o.message.sv and "decides on" in o.message.en
    (ev,) = o.evidence
    assert ev.quote == FORUM.quote and ev.location.section == ["Styrning"]


def test_without_any_delegationsordning_the_message_says_so():
    (o,) = run("delegation", corpus(document(decisions=[FORUM])))
    assert o.verdict == "not_fulfilled" and "det finns ingen delegationsordning" in o.message.sv


@pytest.mark.parametrize("delegate", ["Digitaliseringsforum", "digitaliseringsforumet", "Förvaltningschef / Digitaliseringsforum"])
def test_a_delegation_entry_by_name_for_the_same_kind_of_matter(delegate):
    model = document(decisions=[FORUM])
    (o,) = run("delegation", corpus(model, order(entry("Fastställa digitala färdplaner", delegate))))
    assert o.verdict == "fulfilled"
    assert [e.document for e in o.evidence] == ["documents/a.docx", "documents/delegationsordning.docx"]
    assert o.evidence[1].quote.startswith("7.1 Fastställa digitala färdplaner | ")


def test_a_delegation_entry_by_unit_id():
    d = decision("Forumet", "den digitala färdplanen", unit_id="forum", political=False)
    (o,) = run("delegation", corpus(document(decisions=[d]), order(entry("Digital färdplan", "DF", unit_id="forum"))))
    assert o.verdict == "fulfilled"


def test_an_entry_for_another_matter_or_another_delegate_does_not_count():
    model = document(decisions=[FORUM])
    other_matter = order(entry("Beslut om behörigheter i system", "Digitaliseringsforum"))
    other_delegate = order(entry("Fastställa digitala färdplaner", "Förvaltningschef"))
    assert run("delegation", corpus(model, other_matter))[0].verdict == "not_fulfilled"
    assert run("delegation", corpus(model, other_delegate))[0].verdict == "not_fulfilled"


def test_a_decision_without_matter_is_covered_by_any_entry_for_its_actor():
    d = decision("digitaliseringsforumet", "")
    (o,) = run("delegation", corpus(document(decisions=[d]), order(entry("Beslut om behörigheter", "Digitaliseringsforum"))))
    assert o.verdict == "fulfilled"


def test_political_bodies_decide_by_their_own_mandate():
    decisions = [decision("Kommunstyrelsen", "IT-strategin", level="KS"),
                 decision("Nämnderna", "sina system", level="namnd"),
                 decision("Presidiet", "sammanträdesplanen", level="unknown", unit_id="pres", political=True)]
    (o,) = run("delegation", corpus(document(decisions=decisions)))
    assert o.verdict == "fulfilled" and len(o.evidence) == 3


def test_the_organisation_model_overrides_the_level_and_political_levels_are_configurable():
    not_political = decision("Servicestyrelsen", "avgifter", level="KS", unit_id="bolag", political=False)
    assert run("delegation", corpus(document(decisions=[not_political])))[0].verdict == "not_fulfilled"
    au = decision("Arbetsutskottet", "yttranden", level="utskott")
    assert run("delegation", corpus(document(decisions=[au])))[0].verdict == "fulfilled"
    assert run("delegation", corpus(document(decisions=[au])), political_levels=["KF", "KS"])[0].verdict == "not_fulfilled"


def test_each_unmandated_decision_is_its_own_finding():
    decisions = [FORUM, decision("IT-chefen", "nya system", level="tjansteperson", paragraph=2),
                 decision("Kommunstyrelsen", "strategin", level="KS", paragraph=3)]
    outcomes = run("delegation", corpus(document(decisions=decisions)))
    assert [o.verdict for o in outcomes] == ["not_fulfilled", "not_fulfilled"]
    assert [o.evidence[0].location.paragraph for o in outcomes] == [1, 2]


def test_statements_in_reglemente_and_delegationsordning_are_the_mandate():
    reglemente = document(path="documents/reglemente.docx", doc_type="reglemente",
                          decisions=[decision("Digitaliseringsforum", "digitala färdplaner")])
    outcomes = run("delegation", corpus(reglemente))
    assert [o.verdict for o in outcomes] == ["fulfilled"]
    (o,) = run("delegation", corpus(document(decisions=[FORUM]), reglemente))
    assert o.verdict == "fulfilled" and o.evidence[1].document == "documents/reglemente.docx"


def test_no_decision_statements_is_fulfilled_and_no_documents_not_assessable():
    assert run("delegation", corpus(document()))[0].verdict == "fulfilled"
    assert run("delegation", corpus(document()), doc_types=["strategi"])[0].verdict == "not_assessable"


@pytest.mark.parametrize("a, b, shared", [
    ("prioritering av digitaliseringsprojekt", "Beslut om projekt inom digitalisering", "projekt"),
    ("förvaltningens digitala färdplan", "Fastställa digitala färdplaner", "färdplan"),
    ("nya IT-system", "Avveckling av system", "system"),
    ("beslut i ärenden om behörigheter", "beslut i ärenden om budget", None),
    ("den digitala färdplanen", "digitala tjänster", None),
])
def test_shared_word(a, b, shared):
    assert shared_word(a, b) == shared


def test_same_actor_across_inflection():
    assert same_actor("Digitaliseringsforumet", "digitaliseringsforum")
    assert same_actor("IT-chef", "IT-chefen")
    assert not same_actor("IT-chef", "Förvaltningschef")


# delegation_covers --------------------------------------------------------------------------

TOPICS = {
    "automat": Topic(sv="Automatiserade beslut", en="Automated decisions",
                     terms=["automatiserade beslut", "automatiserat beslutsfattande"]),
    "upphandling": Topic(sv="IT-upphandling", en="IT procurement", terms=["upphandling av IT", "IT-upphandling"]),
}


def test_covers_all_topics_cites_the_rows():
    o_ = order(entry("Ekonomiskt bistånd enligt norm", "Socialsekreterare", note="Får fattas som automatiserat beslutsfattande"),
               entry("Upphandling av IT-tjänster", "IT-chef", row=3))
    (o,) = run("delegation_covers", corpus(o_), TOPICS, topics=["automat", "upphandling"])
    assert o.verdict == "fulfilled" and [e.location.row for e in o.evidence] == [2, 3]
    assert "automatiserat beslutsfattande" in o.evidence[0].quote


def test_section_heading_counts_and_some_topics_is_partial():
    o_ = order(entry("Beslut om bistånd", "Handläggare", section=["Automatiserade beslut"]))
    (o,) = run("delegation_covers", corpus(o_), TOPICS, topics=["automat", "upphandling"])
    assert o.verdict == "partially_fulfilled" and "saknar delegation för IT-upphandling" in o.message.sv


def test_no_topic_is_not_fulfilled_and_empty_tables_are_said():
    (o,) = run("delegation_covers", corpus(order()), TOPICS, topics=["automat"])
    assert o.verdict == "not_fulfilled" and "inga delegationsrader" in o.message.sv


def test_no_delegationsordning_is_not_fulfilled():
    (o,) = run("delegation_covers", corpus(document(delegation_entries=[entry("Automatiserade beslut", "IT-chef")])),
               TOPICS, topics=["automat"])
    assert o.verdict == "not_fulfilled" and o.message.sv == "Det saknas en delegationsordning."


def test_doc_types_widen_the_documents_read():
    reglemente = document(doc_type="reglemente", delegation_entries=[entry("Automatiserade beslut i e-tjänster", "IT-chef")])
    (o,) = run("delegation_covers", corpus(reglemente), TOPICS, topics=["automat"], doc_types=["reglemente"])
    assert o.verdict == "fulfilled"


def test_topics_are_required():
    with pytest.raises(Exception):
        REGISTRY["delegation_covers"].spec.model_validate({"kind": "delegation_covers", "topics": []})


def test_organisation_is_not_needed():
    org = Organisation(units=[OrgUnit(id="x", name="X-nämnden", kind="namnd")])
    (o,) = run("delegation", corpus(document(decisions=[FORUM]), organisation=org))
    assert o.verdict == "not_fulfilled"
