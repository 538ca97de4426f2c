"""``references_exist``, its reference extractor, and the options added for the `utkast` checklist:
``goals.report_each``, ``suggest`` on existing_units/responsibilities, ``follow_up.scope``."""

import pytest

from govcheck.testing import evaluate_check

DRAFT = "# Förslag: Digitaliseringsstrategi\n\nUtkast\n\n"
POLICY = "# IT-policy för Västby kommun\n\nAntagen av kommunfullmäktige 2021-05-03, § 40\n"
DRAFT_POLICY = "# Förslag: Informationssäkerhetspolicy\n\nRemissversion\n"
EXPIRED = "# Arkivplan\n\nAntagen av kommunstyrelsen 2015-01-10, § 3\n\nGäller till och med 2019-12-31.\n"


def check(text, *more, **options):
    return evaluate_check({"kind": "references_exist", "doc_types": ["strategi"], **options}, [DRAFT + text, *more])


@pytest.mark.parametrize("text", [
    "Strategin utgår från IT-policyn.\n",
    "Strategin ska läsas i linje med kommunens IT-policy.\n",
    "## Relaterade dokument\n\n- IT-policy för Västby kommun\n",
    "Se även IT-policy för Västby kommun (KF 2021/40).\n",
])
def test_references_found_in_the_workspace(text):
    result = check(text, POLICY)
    assert result.verdict == "fulfilled", result.checks[0].message.sv
    assert "IT-policy för Västby kommun" in result.checks[0].message.sv


@pytest.mark.parametrize("text, why", [
    ("Arbetet följer informationssäkerhetspolicyn.\n", "ett utkast"),
    ("Dokumenthanteringen sker enligt arkivplanen.\n", "giltigt till 2019-12-31"),
    ("Strategin bygger på Policy för e-förvaltning.\n", "finns inte bland dokumenten"),
])
def test_references_out_of_force_or_missing(text, why):
    result = check(text, POLICY, DRAFT_POLICY, EXPIRED)
    assert result.verdict == "not_fulfilled" and why in result.checks[0].message.sv
    assert result.checks[0].evidence[0].location.paragraph is not None


@pytest.mark.parametrize("text", [
    "Digitaliseringsstrategin följs upp årligen.\n",  # the draft itself
    "Strategin ersätter IT-strategin från 2015.\n",  # a replaced document may be named
    "En handlingsplan för e-tjänster ska tas fram.\n",  # a document to come
    "Projektet följer tidplanen.\n",
])
def test_not_references(text):
    result = check(text, POLICY, none_verdict="partially_fulfilled")
    assert result.verdict == "partially_fulfilled" and "hänvisar inte" in result.checks[0].message.sv


def test_missing_verdict_option():
    assert check("Se Policy för e-förvaltning.\n", missing_verdict="partially_fulfilled").verdict == "partially_fulfilled"


def test_goals_report_each_with_none_measurable():
    result = evaluate_check({"kind": "goals", "report_each": True},
                            ["# Strategi\n\n## Mål\n\n- Kommunen ska vara digital.\n- Tjänsterna ska vara enkla.\n"])
    assert result.verdict == "not_fulfilled"
    assert [c.message.sv.split("»")[0] for c in result.checks] == ["Målet «Kommunen ska vara digital.",
                                                                   "Målet «Tjänsterna ska vara enkla."]


ORG = [{"id": "ks", "name": "Kommunstyrelsen", "kind": "styrelse", "political": True},
       {"id": "soc", "name": "Socialförvaltningen", "kind": "forvaltning"},
       {"id": "rad", "name": "Digitaliseringsrådet", "kind": "rad"}]


def test_suggest_prefers_a_unit_of_the_same_kind_and_says_when_none_is_close():
    near = evaluate_check({"kind": "existing_units", "suggest": True},
                          ["# IT-policy\n\nSocialkontoret ansvarar för sina system.\n"], organisation=ORG)
    assert "närmaste nuvarande namn: Socialförvaltningen" in near.checks[0].message.sv
    far = evaluate_check({"kind": "existing_units", "suggest": True},
                         ["# IT-policy\n\nByggnadsnämnden ansvarar för sina system.\n"], organisation=ORG)
    assert "inget liknande namn" in far.checks[0].message.sv
    plain = evaluate_check({"kind": "existing_units"},
                           ["# IT-policy\n\nSocialkontoret ansvarar för sina system.\n"], organisation=ORG)
    assert "närmaste" not in plain.checks[0].message.sv


def test_follow_up_scope_document():
    docs = ["# Strategi\n\nStrategin ska följas upp.\n",
            "# IT-policy\n\nPolicyn följs upp årligen och redovisas för kommunstyrelsen.\n"]
    assert evaluate_check({"kind": "follow_up"}, docs).verdict == "fulfilled"
    each = evaluate_check({"kind": "follow_up", "scope": "document"}, docs)
    assert each.verdict == "partially_fulfilled" and len(each.checks) == 2
