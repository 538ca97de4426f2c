"""The `utkast` checklist (SPEC §4 DR-1 … DR-8): each control fulfilled and not fulfilled on
drafts written here, in at least two phrasings each, with an organisation model and other
workspace documents where the control needs them."""

import pytest

from govcheck.checklists import default_ids, load_checklist
from govcheck.testing import evaluate_check

CHECKLIST = load_checklist("utkast")
CONTROLS = {c.id: c for c in CHECKLIST.controls}
TOPICS = {k: v.model_dump() for k, v in CHECKLIST.topics.items()}

ORG = [
    {"id": "kf", "name": "Kommunfullmäktige", "kind": "fullmaktige", "political": True},
    {"id": "ks", "name": "Kommunstyrelsen", "kind": "styrelse", "political": True},
    {"id": "digit", "name": "Digitaliseringsavdelningen", "kind": "avdelning",
     "former_names": [{"name": "IT-avdelningen", "until": "2019-01-01"}]},
    {"id": "klf", "name": "Kommunledningsförvaltningen", "kind": "forvaltning"},
    {"id": "rad", "name": "Digitaliseringsrådet", "kind": "rad"},
]
HEAD = "# Förslag: Digitaliseringsstrategi 2024–2027\n\nUtkast\n\n"
POLICY = "# IT-policy för Västby kommun\n\nAntagen av kommunfullmäktige 2021-05-03, § 40\n"
INFOSEC = "# Informationssäkerhetspolicy\n\nAntagen av kommunstyrelsen 2022-02-01, § 12\n"
OLD_STRATEGY = "# Digitaliseringsstrategi 2017\n\nAntagen av kommunstyrelsen 2017-03-01, § 20\n\nDiarienummer: KS 2017/123\n"
NEW_STRATEGY_REPLACING = ("# IT-strategi 2021\n\nAntagen av kommunstyrelsen 2021-03-01, § 20\n\n"
                          "Ersätter: Digitaliseringsstrategi 2017\n")
ORDER = ("# Delegationsordning för kommunstyrelsen\n\nAntagen av kommunstyrelsen 2022-01-20, § 12\n\n"
         "## Digitalisering\n\n| Nr | Ärende | Delegat | Anmärkning |\n|---|---|---|---|\n"
         "| 7.1 | Prioritering av digitaliseringsprojekt | Digitaliseringsrådet | Anmäls till KS |\n")


def run(control_id, draft, *more, organisation=None):
    """The control's verdict on the draft and the messages of its checks (each check run on its own)."""
    control = CONTROLS[control_id]
    verdicts, messages = [], []
    for spec in control.checks:
        result = evaluate_check(spec.model_dump(exclude_none=True), [HEAD + draft, *more],
                                organisation=organisation, topics=TOPICS)
        verdicts.append(result.verdict)
        messages.extend(c.message.sv for c in result.checks)
    order = ["fulfilled", "not_assessable", "partially_fulfilled", "not_fulfilled"]
    return max(verdicts, key=order.index), " | ".join(messages)


def test_utkast_is_built_in_but_not_run_by_default():
    assert [c.id for c in CHECKLIST.controls] == [f"DR-{i}" for i in range(1, 9)]
    assert "utkast" not in default_ids()
    for control in CHECKLIST.controls:
        assert control.provenance.question and control.recommendation.sv and control.recommendation.en


# DR-1 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Strategin ska antas av kommunfullmäktige.\n",
    "## Förslag till beslut\n\nKommunstyrelsen föreslår kommunfullmäktige att anta Digitaliseringsstrategi 2024–2027.\n",
    "Beslutsinstans: Kommunfullmäktige\n\nPlanerat beslut: KF 2024-06-17\n",
    "Strategin föreslås fastställas av kommunstyrelsen i juni 2024.\n",
])
def test_dr1_names_the_adopting_body(text):
    verdict, message = run("DR-1", text)
    assert verdict == "fulfilled", message


@pytest.mark.parametrize("text", [
    "## Bakgrund\n\nStrategin har tagits fram av kommunledningsförvaltningen.\n",
    "## Syfte\n\nStrategin ska ge vägledning i digitaliseringsarbetet.\n",
])
def test_dr1_without_an_adopting_body(text):
    verdict, message = run("DR-1", text)
    assert verdict == "not_fulfilled" and "anger inte vilket organ" in message


# DR-2 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "## Mål\n\n- Senast 2026 ska minst 80 procent av ansökningarna om bygglov göras digitalt.\n",
    "## Mål\n\n| Mål | Indikator | Målvärde | Tidpunkt |\n|---|---|---|---|\n"
    "| Fler digitala tjänster | Antal e-tjänster | 50 | 2026 |\n",
])
def test_dr2_measurable_goals(text):
    verdict, message = run("DR-2", text)
    assert verdict == "fulfilled", message


@pytest.mark.parametrize("text, goal", [
    ("## Mål\n\n- Senast 2026 ska minst 80 procent av ansökningarna göras digitalt.\n"
     "- Kommunen ska vara en ledande digital kommun.\n", "Kommunen ska vara en ledande digital kommun."),
    ("## Övergripande mål\n\n- Invånarna ska mötas av enkla digitala tjänster.\n",
     "Invånarna ska mötas av enkla digitala tjänster."),
])
def test_dr2_lists_each_goal_that_is_not_measurable_with_its_place(text, goal):
    verdict, message = run("DR-2", text)
    assert verdict in ("partially_fulfilled", "not_fulfilled")
    assert f"Målet «{goal}»" in message and "avsnitt «" in message and "indikator" in message


# DR-3 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "## Ansvar\n\nKommunstyrelsen ansvarar för att strategin genomförs.\n\n"
    "Digitaliseringsavdelningen ansvarar för samordningen.\n",
    "## Roller\n\n| Roll | Ansvar |\n|---|---|\n| Kommunledningsförvaltningen | Samordnar genomförandet av strategin. |\n",
])
def test_dr3_duties_given_to_existing_bodies(text):
    verdict, message = run("DR-3", text, organisation=ORG)
    assert verdict == "fulfilled", message


@pytest.mark.parametrize("text, flagged, suggested", [
    ("## Ansvar\n\nDigitaliseringsenheten ansvarar för samordningen av strategin.\n",
     "Digitaliseringsenheten", "Digitaliseringsavdelningen"),
    ("## Ansvar\n\nKommunledningskontoret ansvarar för att strategin genomförs.\n",
     "Kommunledningskontoret", "Kommunledningsförvaltningen"),
])
def test_dr3_flags_unknown_units_with_the_closest_current_name(text, flagged, suggested):
    verdict, message = run("DR-3", text, organisation=ORG)
    assert verdict == "not_fulfilled"
    assert flagged in message and f"närmaste nuvarande namn: {suggested}" in message


def test_dr3_flags_a_former_name_with_todays_name():
    verdict, message = run("DR-3", "## Ansvar\n\nIT-avdelningen ansvarar för driften.\n", organisation=ORG)
    assert verdict == "not_fulfilled" and "Digitaliseringsavdelningen" in message


# DR-4 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "## Uppföljning\n\nStrategin följs upp årligen och redovisas för kommunstyrelsen.\n",
    "Kommunstyrelsen följer upp digitaliseringsarbetet två gånger per år i samband med delårsrapporten.\n",
])
def test_dr4_follow_up_defined(text):
    verdict, message = run("DR-4", text)
    assert verdict == "fulfilled", message


@pytest.mark.parametrize("text, lacks", [
    ("## Uppföljning\n\nStrategin ska följas upp.\n", "hur ofta"),
    ("## Genomförande\n\nFörvaltningarna genomför strategin i sina verksamhetsplaner.\n", "Uppföljning saknas"),
])
def test_dr4_follow_up_missing_or_incomplete(text, lacks):
    verdict, message = run("DR-4", text)
    assert verdict in ("partially_fulfilled", "not_fulfilled") and lacks in message


def test_dr4_judges_the_draft_not_the_workspace():
    other = "# IT-policy\n\nPolicyn följs upp årligen och redovisas för kommunstyrelsen.\n"
    verdict, _ = run("DR-4", "## Uppföljning\n\nStrategin ska följas upp.\n", other)
    assert verdict == "partially_fulfilled"


# DR-5 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Strategin gäller till och med 2027-12-31.\n",
    "Strategin ska revideras senast 2026.\n",
])
def test_dr5_validity_or_review_date(text):
    verdict, message = run("DR-5", text)
    assert verdict == "fulfilled", message


@pytest.mark.parametrize("text", [
    "## Syfte\n\nStrategin ger riktning åt digitaliseringen.\n",
    "## Giltighet\n\nStrategin gäller tills vidare.\n",
])
def test_dr5_without_validity(text):
    verdict, message = run("DR-5", text)
    assert verdict == "not_fulfilled" and "översyns- eller giltighetsdatum" in message


# DR-6 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "## Utgångspunkter\n\nStrategin utgår från IT-policyn.\n",
    "## Utgångspunkter\n\nArbetet bedrivs i enlighet med informationssäkerhetspolicyn och IT-policyn.\n",
])
def test_dr6_references_to_documents_in_force(text):
    verdict, message = run("DR-6", text, POLICY, INFOSEC)
    assert verdict == "fulfilled", message


@pytest.mark.parametrize("text, flagged, why", [
    ("Strategin bygger på Digitaliseringsstrategin (KS 2017/123).\n", "Digitaliseringsstrategin", "ersatt av"),
    ("Arbetet sker i enlighet med riktlinjerna för informationssäkerhet.\n", "riktlinjerna för informationssäkerhet",
     "finns inte bland dokumenten"),
    ("## Relaterade dokument\n\n- Arkivpolicy\n", "Arkivpolicy", "finns inte bland dokumenten"),
])
def test_dr6_flags_missing_and_replaced_documents(text, flagged, why):
    verdict, message = run("DR-6", text, POLICY, OLD_STRATEGY, NEW_STRATEGY_REPLACING)
    assert verdict == "not_fulfilled" and flagged in message and why in message


# DR-7 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "## Resurser och finansiering\n\nGenomförandet kräver två årsarbetskrafter och finansieras inom "
    "kommunstyrelsens budgetram.\n",
    "## Ekonomiska konsekvenser\n\nStrategin genomförs inom befintliga resurser; särskilda medel avsätts "
    "i budget 2025.\n",
])
def test_dr7_resources_and_financing(text):
    verdict, message = run("DR-7", text)
    assert verdict == "fulfilled", message


@pytest.mark.parametrize("text, verdict_wanted", [
    ("## Genomförande\n\nFörvaltningarna genomför strategin.\n", "not_fulfilled"),
    ("## Genomförande\n\nStrategin genomförs inom befintliga resurser.\n", "partially_fulfilled"),
])
def test_dr7_without_financing(text, verdict_wanted):
    verdict, message = run("DR-7", text)
    assert verdict == verdict_wanted and "Finansiering" in message


# DR-8 -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "## Styrning\n\nDigitaliseringsrådet beslutar om prioritering av digitaliseringsprojekt.\n",
    "## Styrning\n\nKommunstyrelsen beslutar om strategins handlingsplan.\n",
])
def test_dr8_decisions_covered_by_delegation(text):
    verdict, message = run("DR-8", text, ORDER, organisation=ORG)
    assert verdict == "fulfilled", message


@pytest.mark.parametrize("text", [
    "## Styrning\n\nDigitaliseringsrådet beslutar om vilka e-tjänster som ska upphandlas.\n",
    "## Styrning\n\nDigitaliseringschefen fattar beslut om nya verksamhetssystem.\n",
])
def test_dr8_flags_decisions_that_need_a_delegation(text):
    verdict, message = run("DR-8", text, ORDER, organisation=ORG)
    assert verdict == "not_fulfilled" and "ingen delegationsordning delegerar" in message
