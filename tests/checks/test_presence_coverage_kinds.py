"""document_present, covers_topics and project_documentation on exact model values, both ways."""

import pytest
from pydantic import ValidationError

from factory import adoption, corpus, document, revision, sourced
from govcheck.checks import REGISTRY, CheckContext
from govcheck.model import Location, Section, Table, Topic

TOPICS = {
    "digitalisering": Topic(sv="Digitalisering", en="Digitalisation", terms=["digitalisering", "e-förvaltning"]),
    "infosak": Topic(sv="Informationssäkerhet", en="Information security", terms=["informationssäkerhet"]),
    "roller": Topic(sv="Roller och ansvar", en="Roles and responsibilities", terms=["roller och ansvar"]),
    "klassning": Topic(sv="Informationsklassning", en="Information classification", terms=["klassning"]),
    "kontinuitet": Topic(sv="Kontinuitetsplanering", en="Continuity planning", terms=["kontinuitetsplanering"]),
    "uppfoljning": Topic(sv="Uppföljning", en="Follow-up", terms=["följs upp"]),
    "syfte": Topic(sv="Syfte och mål", en="Purpose and goals", terms=["syfte", "mål"]),
    "nytta": Topic(sv="Nyttokalkyl", en="Benefit calculation", terms=["nyttokalkyl"]),
    "risk": Topic(sv="Riskanalys", en="Risk analysis", terms=["riskanalys"]),
    "utvardering": Topic(sv="Utvärdering", en="Evaluation", terms=["utvärdering"]),
}


def run(kind, corpus_, **params):
    spec = REGISTRY[kind].spec.model_validate({"kind": kind, **params})
    return list(REGISTRY[kind].run(spec, CheckContext(corpus_, TOPICS)))


def body(*sections):
    """A section tree: each item is (heading, [paragraphs]) or (heading, [paragraphs], [table rows])."""
    out = []
    for n, (heading, paragraphs, *rows) in enumerate(sections, start=1):
        tables = [Table(rows=rows[0], location=Location(block=100 + n, section=[heading] if heading else [], table=1))] if rows else []
        out.append(Section(heading=heading, level=1 if heading else 0, paragraphs=paragraphs, tables=tables,
                           location=Location(block=n * 10, section=[heading]) if heading else None))
    return out


STRATEGY = dict(doc_types=["strategi", "program"], topics=["digitalisering"])


# document_present ---------------------------------------------------------------------------

def test_present_matches_a_compound_title_and_cites_the_adoption():
    doc = document(title="Digitaliseringsstrategin 2022–2025", doc_type="strategi",
                   adoptions=[adoption(body="Kommunstyrelsen", level="KS", date="2022-02-01")])
    (o,) = run("document_present", corpus(doc), **STRATEGY, minimum_level="KS", max_age_years=4)
    assert o.verdict == "fulfilled" and o.document == doc.path
    assert o.evidence[0].quote.startswith("Antagen av Kommunstyrelsen")
    assert "kommunstyrelsen 2022-02-01" in o.message.sv and "on 2022-02-01" in o.message.en


def test_present_falls_back_to_the_opening_lines_but_not_to_later_sections():
    opening = body(("Strategi 2022", ["Antagen av KS.", "Strategin styr kommunens e-förvaltning."]))
    doc = document(title="Strategi 2022", doc_type="strategi", adoptions=[adoption(date="2022-01-01")], sections=opening)
    (o,) = run("document_present", corpus(doc), **STRATEGY)
    assert o.verdict == "fulfilled"
    assert o.evidence[-1].quote == "Strategin styr kommunens e-förvaltning."
    assert o.evidence[-1].location.paragraph == 2

    later = body(("Strategi 2022", ["Antagen av KS."]), ("Bilaga", ["Om digitalisering."]))
    doc = document(title="Strategi 2022", doc_type="strategi", adoptions=[adoption(date="2022-01-01")], sections=later)
    assert run("document_present", corpus(doc), **STRATEGY)[0].verdict == "not_fulfilled"


def test_present_reads_an_untitled_preamble_and_the_first_heading():
    doc = document(title=None, doc_type="program", adoptions=[adoption(date="2022-01-01")],
                   sections=body((None, ["Västby kommun", "Dnr KS 2021/12"]), ("Program för digitalisering", [])))
    (o,) = run("document_present", corpus(doc), **STRATEGY)
    assert o.verdict == "fulfilled" and o.evidence[-1].quote == "Program för digitalisering"


def test_present_draft_cites_its_marker_and_its_verdict_is_configurable():
    doc = document(title="Utkast: Digitaliseringsstrategi", doc_type="strategi", status="draft",
                   draft_markers=[sourced("Utkast", block=0, quote="Utkast: Digitaliseringsstrategi")])
    (o,) = run("document_present", corpus(doc), **STRATEGY)
    assert o.verdict == "partially_fulfilled" and "utkast" in o.message.sv
    assert o.evidence[0].quote == "Utkast: Digitaliseringsstrategi" and len(o.evidence) == 1
    assert run("document_present", corpus(doc), **STRATEGY, draft_verdict="not_fulfilled")[0].verdict == "not_fulfilled"


@pytest.mark.parametrize("level, verdict", [("KF", "fulfilled"), ("KS", "fulfilled"), ("namnd", "not_fulfilled"),
                                            ("tjansteperson", "not_fulfilled"), ("unknown", "not_fulfilled")])
def test_present_below_the_minimum_level_gets_the_weak_verdict(level, verdict):
    doc = document(title="Digitaliseringsstrategi", doc_type="strategi",
                   adoptions=[adoption(body="x", level=level, date="2022-01-01")])
    (o,) = run("document_present", corpus(doc), **STRATEGY, minimum_level="KS", weak_verdict="not_fulfilled")
    assert o.verdict == verdict
    if verdict != "fulfilled":
        assert "kravet är minst kommunstyrelsen" in o.message.sv


def test_present_weak_verdict_defaults_to_partially():
    doc = document(title="Digitaliseringsstrategi", doc_type="strategi",
                   adoptions=[adoption(body="IT-chefen", level="tjansteperson", date="2022-01-01")])
    (o,) = run("document_present", corpus(doc), **STRATEGY, minimum_level="KS")
    assert o.verdict == "partially_fulfilled" and "en tjänsteperson" in o.message.sv


def test_present_too_old_unless_revised():
    old = [adoption(level="KF", date="2015-03-01")]
    doc = document(title="Digitaliseringsstrategi", doc_type="strategi", adoptions=old)
    (o,) = run("document_present", corpus(doc), **STRATEGY, max_age_years=4)
    assert o.verdict == "partially_fulfilled" and "2015-03-01" in o.message.sv and "4 år" in o.message.sv
    doc = document(title="Digitaliseringsstrategi", doc_type="strategi", adoptions=old, revisions=[revision("2021-06-01")])
    (o,) = run("document_present", corpus(doc), **STRATEGY, max_age_years=4)
    assert o.verdict == "fulfilled" and any(e.quote == "Reviderad 2021-06-01" for e in o.evidence)


def test_present_without_date_or_adoption_is_weak():
    doc = document(title="Digitaliseringsstrategi", doc_type="strategi", status="unknown")
    (o,) = run("document_present", corpus(doc), **STRATEGY, max_age_years=4)
    assert o.verdict == "partially_fulfilled"
    assert "beslut om antagande saknas" in o.message.sv and "beslutsdatum saknas" in o.message.sv


def test_present_without_the_adoption_requirement_counts_any_document():
    doc = document(title="Digitaliseringsstrategi", doc_type="strategi", status="unknown")
    (o,) = run("document_present", corpus(doc), **STRATEGY, adopted=False)
    assert o.verdict == "fulfilled" and "antaget" not in o.message.sv


def test_present_takes_the_best_document():
    draft = document(path="a.docx", title="Förslag digitaliseringsstrategi", doc_type="strategi", status="draft")
    weak = document(path="b.docx", title="Digitaliseringsprogram", doc_type="program",
                    adoptions=[adoption(level="tjansteperson", date="2022-01-01")])
    good = document(path="c.docx", title="Digitaliseringsstrategi", doc_type="strategi",
                    adoptions=[adoption(level="KF", date="2022-01-01")])
    assert run("document_present", corpus(draft, weak, good), **STRATEGY, minimum_level="KS")[0].document == "c.docx"
    assert run("document_present", corpus(draft, weak), **STRATEGY, minimum_level="KS")[0].document == "b.docx"
    (o,) = run("document_present", corpus(draft, weak), **STRATEGY, minimum_level="KS", weak_verdict="not_fulfilled")
    assert o.document == "a.docx" and o.verdict == "partially_fulfilled"


def test_present_missing_names_type_and_topic():
    other = document(title="Informationssäkerhetspolicy", doc_type="policy", adoptions=[adoption(date="2022-01-01")])
    wrong_topic = document(path="b.docx", title="Kulturstrategi", doc_type="strategi", adoptions=[adoption(date="2022-01-01")])
    (o,) = run("document_present", corpus(other, wrong_topic), **STRATEGY)
    assert o.verdict == "not_fulfilled" and o.document is None and o.evidence == ()
    assert o.message.sv == "Det saknas ett antaget styrdokument av typen strategi/program om digitalisering."
    assert o.message.en == "There is no adopted governing document of type strategi/program on digitalisation."
    assert run("document_present", corpus(other), **STRATEGY, missing_verdict="partially_fulfilled")[0].verdict \
        == "partially_fulfilled"
    (o,) = run("document_present", corpus(other), doc_types=["policy"], topics=["infosak"])
    assert o.verdict == "fulfilled"


def test_present_repealed_document_does_not_count():
    doc = document(title="Digitaliseringsstrategi", doc_type="strategi", status="repealed")
    (o,) = run("document_present", corpus(doc), **STRATEGY)
    assert o.verdict == "not_fulfilled" and "är upphävt" in o.message.sv and o.evidence[0].document == doc.path


def test_present_without_topics_any_document_of_the_type():
    doc = document(title="Kulturstrategi", doc_type="strategi", adoptions=[adoption(date="2022-01-01")])
    assert run("document_present", corpus(doc), doc_types=["strategi"])[0].verdict == "fulfilled"


def test_present_spec_requires_doc_types_and_names_its_topics():
    spec = REGISTRY["document_present"].spec
    with pytest.raises(ValidationError):
        spec.model_validate({"kind": "document_present"})
    with pytest.raises(ValidationError):
        spec.model_validate({"kind": "document_present", "doc_types": ["strategi"], "minimum_level": "kf"})
    assert spec.model_validate({"kind": "document_present", **STRATEGY}).topic_ids() == ["digitalisering"]


# covers_topics ------------------------------------------------------------------------------

AREAS = ["roller", "klassning", "kontinuitet", "uppfoljning"]


def guideline(path="a.docx", *sections):
    return document(path=path, title="Riktlinjer för informationssäkerhet", doc_type="riktlinje", sections=body(*sections))


FULL = guideline(
    "a.docx",
    ("Roller och ansvar", ["Systemägaren ansvarar för sitt system."]),
    ("Information", ["Inledning. All information ska klassas enligt informationsklassningen. Slut."]),
    ("Kontinuitet", ["Planer."], [["Område", "Krav"], ["Kontinuitetsplaneringen", "Årligen"]]),
    ("Uppföljning", ["Arbetet följs regelbundet upp av kommunstyrelsen."]),
)


def test_covers_all_with_first_hit_per_topic_from_headings_paragraphs_and_cells():
    (o,) = run("covers_topics", corpus(FULL), topics=AREAS)
    assert o.verdict == "fulfilled" and o.document == "a.docx"
    quotes = [e.quote for e in o.evidence]
    assert quotes == ["Roller och ansvar", "All information ska klassas enligt informationsklassningen.",
                      "Kontinuitetsplaneringen", "Arbetet följs regelbundet upp av kommunstyrelsen."]
    cell = o.evidence[2].location
    assert (cell.table, cell.row, cell.cell) == (1, 2, 1)
    assert o.evidence[1].location.section == ["Information"] and o.evidence[1].location.paragraph == 1


def test_covers_some_lists_what_is_missing():
    doc = guideline("a.docx", ("Roller och ansvar", []), ("Klassning", ["Informationsklassning."]))
    (o,) = run("covers_topics", corpus(doc), topics=AREAS)
    assert o.verdict == "partially_fulfilled" and len(o.evidence) == 2
    assert "2 av 4" in o.message.sv and "saknas: Kontinuitetsplanering, Uppföljning" in o.message.sv
    assert "missing: Continuity planning, Follow-up" in o.message.en


@pytest.mark.parametrize("minimum, verdict", [(1.0, "partially_fulfilled"), (0.75, "partially_fulfilled"),
                                              (0.5, "fulfilled"), (0.0, "fulfilled")])
def test_covers_minimum_fraction(minimum, verdict):
    doc = guideline("a.docx", ("Roller och ansvar", []), ("Klassning", ["Informationsklassning."]))
    assert run("covers_topics", corpus(doc), topics=AREAS, minimum=minimum)[0].verdict == verdict


def test_covers_none_is_not_fulfilled_even_with_minimum_zero():
    doc = guideline("a.docx", ("Inledning", ["Ingenting relevant."]))
    (o,) = run("covers_topics", corpus(doc), topics=AREAS, minimum=0)
    assert o.verdict == "not_fulfilled" and "tar inte upp något av de 4 områdena; saknas:" in o.message.sv


def test_covers_corpus_scope_spreads_topics_over_documents_document_scope_does_not():
    a = guideline("a.docx", ("Roller och ansvar", []), ("Klassning", []))
    b = guideline("b.docx", ("Kontinuitetsplanering", []), ("Uppföljning", ["Följs upp årligen."]))
    (o,) = run("covers_topics", corpus(a, b), topics=AREAS)
    assert o.verdict == "fulfilled" and o.document is None
    assert [e.document for e in o.evidence] == ["a.docx", "a.docx", "b.docx", "b.docx"]
    outcomes = run("covers_topics", corpus(a, b), topics=AREAS, scope="document")
    assert [(x.document, x.verdict) for x in outcomes] == [("a.docx", "partially_fulfilled"), ("b.docx", "partially_fulfilled")]


def test_covers_reads_only_documents_about_the_document_topics():
    policy = document(path="p.docx", title="Informationssäkerhetspolicy", doc_type="policy",
                      sections=body(("Roller och ansvar", [])))
    other = document(path="o.docx", title="Upphandlingspolicy", doc_type="policy", sections=body(("Klassning", [])))
    (o,) = run("covers_topics", corpus(policy, other), topics=["roller", "klassning"], document_topics=["infosak"])
    assert o.verdict == "partially_fulfilled" and o.document == "p.docx"


def test_covers_without_a_matching_document_says_what_is_missing():
    other = document(title="Upphandlingspolicy", doc_type="policy", sections=body(("Roller och ansvar", [])))
    (o,) = run("covers_topics", corpus(other), topics=AREAS, doc_types=["riktlinje"], document_topics=["infosak"])
    assert o.verdict == "not_fulfilled"
    assert o.message.sv.startswith("Det saknas ett styrdokument av typen riktlinje om informationssäkerhet")
    assert run("covers_topics", corpus(), topics=AREAS)[0].verdict == "not_fulfilled"


def test_covers_spec():
    spec = REGISTRY["covers_topics"].spec
    with pytest.raises(ValidationError):
        spec.model_validate({"kind": "covers_topics", "topics": []})
    with pytest.raises(ValidationError):
        spec.model_validate({"kind": "covers_topics", "topics": ["roller"], "minimum": 1.5})
    with pytest.raises(ValidationError):
        spec.model_validate({"kind": "covers_topics", "topics": ["roller"], "scope": "section"})
    assert spec.model_validate({"kind": "covers_topics", "topics": ["roller"], "document_topics": ["infosak"]}
                               ).topic_ids() == ["roller", "infosak"]


# project_documentation ----------------------------------------------------------------------

ELEMENTS = ["syfte", "nytta", "risk", "utvardering"]


def project(path, doc_type="projektplan", *sections):
    return document(path=path, title=f"Projektplan {path}", doc_type=doc_type, status="unknown", sections=body(*sections))


COMPLETE = project("bygglov", "projektplan", ("Syfte och mål", ["Kortare handläggningstider."]),
                   ("Ekonomi", [], [["Nyttokalkyl", "Genomförd"], ["Riskanalys", "Ja"]]),
                   ("Utvärderingen", ["Sker efter sex månader."]))
PARTIAL = project("wellbee", "projektrapport", ("Bakgrund", ["Syftet är ökad självständighet."]))
NONE = project("signering", "projektplan", ("Bakgrund", ["Dokumentation saknas."]))


@pytest.mark.parametrize("docs, verdict", [
    ((COMPLETE,), "fulfilled"),
    ((COMPLETE, PARTIAL), "partially_fulfilled"),
    ((COMPLETE, NONE), "partially_fulfilled"),
    ((NONE,), "not_fulfilled"),
])
def test_project_documentation_overall(docs, verdict):
    (o,) = run("project_documentation", corpus(*docs), elements=ELEMENTS)
    assert o.verdict == verdict


def test_project_documentation_message_is_a_presence_table_with_evidence():
    (o,) = run("project_documentation", corpus(COMPLETE, PARTIAL, NONE), elements=ELEMENTS)
    assert o.message.sv.startswith("Komplett projektdokumentation: 1 av 3 dokument.")
    assert "«Projektplan wellbee» (delvis): Syfte och mål ja, Nyttokalkyl nej, Riskanalys nej, Utvärdering nej" \
        in o.message.sv
    assert "“Projektplan signering” (none): Purpose and goals no" in o.message.en
    assert [(e.document, e.quote) for e in o.evidence] == [
        ("bygglov", "Syfte och mål"), ("bygglov", "Nyttokalkyl"), ("bygglov", "Riskanalys"),
        ("bygglov", "Utvärderingen"), ("wellbee", "Syftet är ökad självständighet."),
    ]
    assert o.evidence[1].location.table == 1 and o.evidence[1].location.row == 1


def test_project_documentation_per_document():
    outcomes = run("project_documentation", corpus(COMPLETE, PARTIAL, NONE), elements=ELEMENTS, aggregate="per_document")
    assert [(o.document, o.verdict) for o in outcomes] == [
        ("bygglov", "fulfilled"), ("wellbee", "partially_fulfilled"), ("signering", "not_fulfilled")]


def test_project_documentation_reads_project_documents_only():
    strategy = document(title="Digitaliseringsstrategi", doc_type="strategi", sections=body(("Syfte", [])))
    (o,) = run("project_documentation", corpus(strategy), elements=ELEMENTS)
    assert o.verdict == "not_assessable"
    (o,) = run("project_documentation", corpus(strategy, NONE), elements=ELEMENTS)
    assert o.verdict == "not_fulfilled" and o.document == "signering"
    assert run("project_documentation", corpus(strategy), elements=ELEMENTS, doc_types=["strategi"])[0].verdict \
        == "partially_fulfilled"


# every finding cites a place or says what is missing ----------------------------------------

@pytest.mark.parametrize("kind, docs, params", [
    ("document_present", (document(title="Kulturstrategi", doc_type="strategi", status="unknown"),), {"doc_types": ["strategi"]}),
    ("document_present", (document(title="Digitaliseringsstrategi", doc_type="strategi", status="draft"),), STRATEGY),
    ("document_present", (document(title="Digitaliseringsstrategi", doc_type="strategi", status="draft"),),
     {"doc_types": ["strategi"]}),
    ("document_present", (), STRATEGY),
    ("covers_topics", (guideline("a.docx", ("Inledning", [])),), {"topics": AREAS}),
    ("covers_topics", (), {"topics": AREAS}),
    ("project_documentation", (NONE,), {"elements": ELEMENTS}),
    ("project_documentation", (NONE,), {"elements": ELEMENTS, "aggregate": "per_document"}),
])
def test_failing_findings_cite_a_place_or_say_what_is_missing(kind, docs, params):
    for o in run(kind, corpus(*docs), **params):
        assert o.verdict != "fulfilled"
        cited = [e for e in o.evidence if e.location is not None and e.quote]
        assert cited or "saknas" in o.message.sv.lower(), o.message.sv
