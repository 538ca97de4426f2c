import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govcheck.extract.goals import _ABBREVIATION, _SENTENCE_SPLIT, find_goals, is_goal_heading, sentences
from govcheck.limits import DEFAULT_LIMITS
from govcheck.readers.text import read_text


def goals(markdown):
    raw = read_text(markdown.encode("utf-8"), "x.md", DEFAULT_LIMITS, markdown=True)
    return find_goals(raw.blocks)


def one(markdown):
    (goal,) = goals(markdown)
    return goal


# ------------------------------------------------------------------------- where goals stand


@pytest.mark.parametrize("heading", [
    "Mål", "Målsättning", "3.2 Målsättningar", "Effektmål", "Övergripande mål", "Långsiktiga mål",
    "Årliga mål", "Mål för informationssäkerhetsarbetet", "Syfte och mål", "Mål 2025",
])
def test_goal_headings(heading):
    assert is_goal_heading(heading)


@pytest.mark.parametrize("heading", ["Målgrupp", "Uppföljning av mål", "Ansvar", "Målvärden", "Syfte"])
def test_headings_that_are_not_about_goals(heading):
    assert not is_goal_heading(heading)


def test_list_items_under_a_goal_heading_are_goals_and_the_lead_in_is_not():
    found = goals("# Strategi\n\n## Övergripande mål\n\nKommunens mål är följande:\n\n"
                  "- Invånarna upplever att det är enkelt att kontakta kommunen\n"
                  "- Medarbetarna har digitala verktyg som stödjer arbetet\n")
    assert [g.text for g in found] == ["Invånarna upplever att det är enkelt att kontakta kommunen",
                                       "Medarbetarna har digitala verktyg som stödjer arbetet"]
    assert found[0].location.section == ["Övergripande mål"]
    assert found[0].quote == found[0].text


def test_a_lead_in_without_colon_and_items_under_a_numbered_goal_heading():
    found = goals("# Informationssäkerhetspolicy\n\n## 4 Mål för informationssäkerhetsarbetet\n\n"
                  "Arbetet ska leda till att\n\n- personalen känner till reglerna,\n- avtalen är kända och följs.\n")
    assert [g.text for g in found] == ["personalen känner till reglerna,", "avtalen är kända och följs."]


def test_items_after_a_goal_lead_in_outside_a_goal_section():
    found = goals("# Policy\n\n## Inledning\n\nMålen för informationssäkerhetsarbetet är:\n\n"
                  "- Krishanteringsförmågan upprätthålls\n- Lagar och avtal är kända\n\n## Ansvar\n\n"
                  "Kommunstyrelsen ansvarar för informationssäkerheten.\n")
    assert [g.text for g in found] == ["Krishanteringsförmågan upprätthålls", "Lagar och avtal är kända"]


def test_follow_up_and_purpose_paragraphs_in_a_goal_section_are_not_goals():
    assert goals("# S\n\n## Syfte och mål\n\nSyftet med strategin är att ge vägledning.\n\n"
                 "Målen följs upp årligen i årsredovisningen.\n") == []


def test_a_document_titled_with_goals_does_not_make_every_paragraph_a_goal():
    assert goals("# Mål och budget 2023\n\n## Ekonomi\n\nNämnderna får ramar enligt bilaga.\n") == []


@pytest.mark.parametrize("sentence", [
    "Målet är att alla skolor ska ha trådlöst nätverk.",
    "Vårt mål är en modern och effektiv förvaltning.",
    "Kommunen har som målsättning att halvera pappersutskicken.",
    "Kommunen ska senast 2025 erbjuda alla invånare e-legitimation.",
    "Senast 2024 ska 80 procent av alla ansökningar göras digitalt.",
])
def test_goal_sentences_anywhere(sentence):
    goal = one(f"# IT-strategi\n\n## Inriktning\n\nKommunen arbetar med digitalisering. {sentence} Det tar tid.\n")
    assert goal.text == sentence
    assert goal.location.section == ["Inriktning"] and goal.location.paragraph == 1


@pytest.mark.parametrize("sentence", [
    "Nämnderna ska utse systemägare för sina system.",
    "Policyn ska revideras senast 2024.",
    "Strategin ska följas upp senast 2025.",
    "Målgruppen är alla medarbetare.",
    "För att nå kommunens mål behövs samverkan.",
])
def test_duties_and_review_dates_are_not_goals(sentence):
    assert goals(f"# IT-policy\n\n## Ansvar\n\n{sentence}\n") == []


# ------------------------------------------------------------------------- measurability


def test_percentage_with_deadline_is_measurable():
    goal = one("# S\n\nSenast 2024 ska 80 procent av alla ansökningar om försörjningsstöd göras digitalt.\n")
    assert goal.measurable
    assert goal.target == "80 procent"
    assert goal.indicator.startswith("procent av alla ansökningar")
    assert goal.deadline_year == 2024 and goal.deadline is None


def test_indicator_with_target_and_full_date():
    goal = one("# S\n\n## Mål\n\nAndelen ärenden som avgörs digitalt ska öka till 60 % till 2024-12-31.\n")
    assert goal.measurable
    assert goal.indicator == "Andelen ärenden som avgörs digitalt"
    assert goal.target == "öka till 60 %"
    assert goal.deadline == dt.date(2024, 12, 31) and goal.deadline_year == 2024


def test_nki_with_minimum_and_no_deadline():
    goal = one("# S\n\n## Effektmål\n\nNöjd-kund-index för e-tjänsterna ska vara minst 75.\n")
    assert goal.measurable and goal.target == "minst 75" and goal.deadline_year is None
    assert goal.indicator.startswith("Nöjd-kund-index")


def test_measured_by_in_the_next_sentence():
    goal = one("# S\n\nMålet är att halvera pappersutskicken under 2025. Målet mäts genom antalet skickade brev.\n")
    assert goal.measurable
    assert goal.indicator == "antalet skickade brev"
    assert goal.target.lower().startswith("halver") and goal.deadline_year == 2025
    assert "mäts genom" in goal.quote and "mäts" not in goal.text


def test_deadline_without_indicator_is_not_measurable():
    goal = one("# S\n\nKommunen ska senast 2025 erbjuda alla invånare e-legitimation.\n")
    assert goal.deadline_year == 2025 and goal.indicator is None and not goal.measurable


def test_indicator_without_target_or_deadline_is_not_measurable():
    goal = one("# S\n\n## Mål\n\nAntalet parallella system ska minska.\n")
    assert goal.indicator and goal.target is None and goal.deadline_year is None
    assert not goal.measurable


def test_a_year_is_never_a_target():
    goal = one("# S\n\n## Mål\n\nAndelen digitala möten ska öka under 2023.\n")
    assert goal.target is None and goal.deadline_year == 2023 and goal.measurable


# ------------------------------------------------------------------------- tables


def test_goal_table_columns_fill_indicator_target_and_deadline():
    found = goals("# Handlingsplan\n\n| Mål | Indikator | Målvärde | Tidpunkt |\n|---|---|---|---|\n"
                  "| Fler e-tjänster | Antal e-tjänster | 100 | 2025-12-31 |\n"
                  "| Nöjdare medarbetare | | | |\n")
    assert [(g.text, g.indicator, g.target, g.deadline, g.measurable) for g in found] == [
        ("Fler e-tjänster", "Antal e-tjänster", "100", dt.date(2025, 12, 31), True),
        ("Nöjdare medarbetare", None, None, None, False),
    ]
    assert (found[0].location.table, found[0].location.row, found[0].location.cell) == (1, 2, 1)
    assert found[0].quote == "Fler e-tjänster | Antal e-tjänster | 100 | 2025-12-31"


def test_effect_goal_table_with_year_column():
    (goal,) = goals("# Plan\n\n| Effektmål | Mått | Nivå | År |\n|---|---|---|---|\n"
                    "| Kortare handläggning | Handläggningstid i dagar | högst 5 dagar | 2024 |\n")
    assert goal.measurable and goal.deadline_year == 2024 and goal.target == "högst 5 dagar"


def test_tables_without_a_goal_column_outside_goal_sections_are_ignored():
    assert goals("# Policy\n\n| Roll | Ansvar |\n|---|---|\n| IT-chef | Drift |\n") == []


# ------------------------------------------------------------------------- sentences


def test_sentences_keep_abbreviations_together():
    assert sentences("Detta följs upp varje år. Resultatet redovisas t.ex. i KS. Det kostar ca. 5 mnkr.") == [
        "Detta följs upp varje år.", "Resultatet redovisas t.ex. i KS.", "Det kostar ca. 5 mnkr."]


def test_subsections_of_a_goal_heading_hold_goals_but_not_those_of_a_mixed_heading():
    found = goals("# S\n\n## Mål\n\n### Digital service\n\nInvånarna ska kunna sköta sina ärenden digitalt.\n\n"
                  "## Mål och strategi\n\n### Iakttagelser\n\nKommunen har en strategi.\n")
    assert [g.text for g in found] == ["Invånarna ska kunna sköta sina ärenden digitalt."]
    assert found[0].location.section == ["Mål", "Digital service"]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ab .!?\n\tÅ1\u00a0t.ex", max_size=40))
def test_sentences_agree_with_the_plain_split(text):
    out: list[str] = []
    for piece in _SENTENCE_SPLIT.split(text):
        if out and _ABBREVIATION.search(out[-1][-12:]):
            out[-1] += " " + piece
        elif piece.strip():
            out.append(piece)
    assert sentences(text) == [s.strip() for s in out if s.strip()]
