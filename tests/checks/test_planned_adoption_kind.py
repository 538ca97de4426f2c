"""``planned_adoption`` and its extractor: who is to adopt a draft, and when."""

import pytest

from govcheck.testing import evaluate_check

DRAFT = "# Utkast till digitaliseringsstrategi\n\nUtkast\n\n"


def check(text, **options):
    return evaluate_check({"kind": "planned_adoption", **options}, [DRAFT + text])


@pytest.mark.parametrize("text, body, when", [
    ("Strategin ska antas av kommunfullmäktige.\n", "kommunfullmäktige", None),
    ("## Förslag till beslut\n\nKommunstyrelsen föreslår kommunfullmäktige att anta strategin.\n",
     "kommunfullmäktige", None),
    ("## Beslutsförslag\n\nKommunfullmäktige antar Digitaliseringsstrategi 2024–2027.\n", "Kommunfullmäktige", None),
    ("Beslutsinstans: Kommunfullmäktige\n", "Kommunfullmäktige", None),
    ("Planerat beslut: KF 2024-06-17\n", "KF", "2024-06-17"),
    ("| Uppgift | Värde |\n|---|---|\n| Beslutsinstans | Kommunstyrelsen |\n", "Kommunstyrelsen", None),
    ("Policyn föreslås fastställas av kommunstyrelsen i juni 2024.\n", "kommunstyrelsen", "juni 2024"),
])
def test_phrasings_of_the_planned_decision(text, body, when):
    result = check(text)
    assert result.verdict == "fulfilled"
    message = result.checks[0].message.sv
    assert f"antas av {body}" in message
    assert (f"planerat {when}" in message) if when else "planerat" not in message


def test_a_label_and_a_dated_label_combine():
    result = check("Beslutsinstans: Kommunstyrelsen\n\nPlanerat beslut: KS 2024-06-17\n", require_date=True)
    assert result.verdict == "fulfilled" and "planerat 2024-06-17" in result.checks[0].message.sv


def test_require_date_and_minimum_level():
    assert check("Strategin ska antas av kommunfullmäktige.\n", require_date=True).verdict == "partially_fulfilled"
    low = check("Strategin ska fastställas av digitaliseringsrådet.\n", minimum_level="KS")
    assert low.verdict == "partially_fulfilled" and "under den nivå" in low.checks[0].message.sv


@pytest.mark.parametrize("text", [
    "Kommunstyrelsen ansvarar för strategin.\n",
    "Strategin har tagits fram av förvaltningen och antogs inte 2023.\n",
])
def test_no_planned_decision(text):
    assert check(text).verdict == "not_fulfilled"


def test_an_adopted_document_states_its_decision():
    result = evaluate_check({"kind": "planned_adoption"},
                            ["# IT-policy\n\nAntagen av kommunfullmäktige 2021-09-12, § 123\n"])
    assert result.verdict == "fulfilled" and "redan antaget" in result.checks[0].message.sv
