import pytest

from govcheck.extract.followup import find_follow_ups, frequency_of
from govcheck.limits import DEFAULT_LIMITS
from govcheck.model import Organisation, OrgUnit
from govcheck.readers.text import read_text


def follow_ups(markdown, org=None):
    raw = read_text(markdown.encode("utf-8"), "x.md", DEFAULT_LIMITS, markdown=True)
    return find_follow_ups(raw.blocks, org)


def one(markdown, org=None):
    (item,) = follow_ups(markdown, org)
    return item


def in_body(sentence):
    return one(f"# Strategi\n\n## Genomförande\n\nKommunen arbetar i projekt. {sentence}\n")


# ------------------------------------------------------------------------- frequency


@pytest.mark.parametrize("text, frequency", [
    ("följs upp årligen", "year"), ("varje år", "year"), ("en gång per år", "year"), ("årsvis", "year"),
    ("i den årliga temarapporten", "year"),
    ("två gånger per år", "half_year"), ("halvårsvis", "half_year"), ("varje halvår", "half_year"),
    ("kvartalsvis", "quarter"), ("varje kvartal", "quarter"),
    ("varje tertial", "tertial"), ("i tertialrapporten", "tertial"),
    ("månadsvis", "month"), ("varje månad", "month"),
    ("i delårsrapporten", "interim_report"), ("i delårsbokslutet", "interim_report"),
    ("i årsredovisningen", "annual_report"), ("i årsbokslutet", "annual_report"),
    ("varje mandatperiod", "term"),
    ("vid behov", None), ("löpande", None),
])
def test_frequency_is_normalised(text, frequency):
    assert frequency_of(text)[0] == frequency


def test_most_frequent_period_wins_and_all_are_kept_as_written():
    assert frequency_of("i samband med delårsrapporten och årsredovisningen") == (
        "interim_report", "delårsrapporten, årsredovisningen")
    assert frequency_of("två gånger per år") == ("half_year", "två gånger per år")


# ------------------------------------------------------------------------- provisions


def test_strategy_followed_up_yearly_and_reported_to_ks():
    item = in_body("Strategin följs upp årligen och redovisas för kommunstyrelsen.")
    assert (item.what, item.frequency, item.frequency_text) == ("Strategin", "year", "årligen")
    assert (item.reported_to, item.reported_to_level) == ("kommunstyrelsen", "KS")
    assert item.quote == "Strategin följs upp årligen och redovisas för kommunstyrelsen."
    assert item.location.section == ["Genomförande"] and item.location.paragraph == 1


def test_follow_up_without_subject_twice_a_year():
    item = in_body("Uppföljning sker två gånger per år till kommunstyrelsen.")
    assert (item.what, item.frequency, item.reported_to_level) == (None, "half_year", "KS")


def test_reported_with_interim_and_annual_report():
    item = in_body("Digitaliseringsarbetet rapporteras i samband med delårsrapporten och årsredovisningen.")
    assert (item.what, item.frequency, item.reported_to) == ("Digitaliseringsarbetet", "interim_report", None)


def test_information_security_followed_up_through_internal_control():
    item = in_body("Informationssäkerhetsarbetet följs upp årligen genom den interna kontrollen.")
    assert (item.what, item.frequency, item.reported_to) == ("Informationssäkerhetsarbetet", "year", None)


def test_status_to_ks_half_yearly():
    item = in_body("Status ska redovisas till KS halvårsvis.")
    assert (item.what, item.frequency, item.reported_to, item.reported_to_level) == ("Status", "half_year", "KS", "KS")


def test_report_to_the_committee_every_tertial():
    item = in_body("Arbetet med e-tjänster ska återrapporteras till nämnden varje tertial.")
    assert (item.what, item.frequency, item.reported_to_level) == ("Arbetet med e-tjänster", "tertial", "namnd")


def test_a_vague_provision_has_no_frequency():
    item = in_body("Policyn ska följas upp vid behov.")
    assert (item.what, item.frequency, item.reported_to) == ("Policyn", None, None)


def test_the_body_that_follows_up_counts_as_recipient():
    item = in_body("Kommunstyrelsen följer upp arbetet med informationssäkerhet varje år.")
    assert (item.what, item.reported_to_level, item.frequency) == ("arbetet med informationssäkerhet", "KS", "year")
    assert in_body("Handlingsplanen följs upp av kommunfullmäktige årligen.").reported_to_level == "KF"


def test_a_statusrapport_to_the_board():
    item = in_body("Digitaliseringsrådet lämnar en statusrapport till kommunstyrelsen två gånger per år, vår och höst.")
    assert (item.frequency, item.reported_to_level) == ("half_year", "KS")


def test_sentences_that_continue_a_provision_are_merged():
    item = in_body("Strategin följs upp varje år. Resultatet redovisas för kommunfullmäktige.")
    assert (item.what, item.frequency, item.reported_to_level) == ("Strategin", "year", "KF")
    assert item.quote == "Strategin följs upp varje år. Resultatet redovisas för kommunfullmäktige."


def test_two_subjects_are_two_provisions():
    found = follow_ups("# S\n\nStrategin följs upp årligen till KS. Handlingsplanen följs upp kvartalsvis.\n")
    assert [(f.what, f.frequency) for f in found] == [("Strategin", "year"), ("Handlingsplanen", "quarter")]


def test_follow_up_heading_paragraphs_make_one_provision():
    item = one("# IT-policy\n\n## Revidering och uppföljning\n\nPolicyn ses över varje mandatperiod.\n\n"
               "Kommunstyrelsen får en rapport om läget två gånger per år.\n\n"
               "Rapporten tas fram av IT-avdelningen.\n")
    assert (item.frequency, item.reported_to_level) == ("half_year", "KS")
    assert item.location.section == ["Revidering och uppföljning"]


def test_a_quote_marks_what_it_leaves_out():
    markdown = ("# Riktlinjer\n\n## Uppföljning\n\nKanslichefen håller riktlinjerna aktuella. En lägesrapport lämnas "
                "till kommunstyrelsen en gång per år. Resultatet styr nästa års budget. Uppföljning sker två gånger "
                "per år i delårsrapporten. Nämnderna följer upp efterlevnaden i sin internkontroll.\n\n"
                "Rapporten publiceras på intranätet varje år.\n")
    found = follow_ups(markdown)
    assert [f.quote for f in found] == [
        # a sentence left out between two of the provision's
        "En lägesrapport lämnas till kommunstyrelsen en gång per år. […] Uppföljning sker två gånger per år i "
        "delårsrapporten.",
        # the next paragraph, which the location does not cite
        "Nämnderna följer upp efterlevnaden i sin internkontroll. […] Rapporten publiceras på intranätet varje år.",
    ]
    paragraph = markdown.split("\n\n")[2]
    for item in found:
        first, *rest = item.quote.split(" […] ")
        assert first in paragraph and item.location.paragraph == 1  # what the location cites stands there
        assert all(part in markdown for part in rest)
    assert "Strategin följs upp varje år. Resultatet" in in_body(
        "Strategin följs upp varje år. Resultatet redovisas för kommunfullmäktige.").quote  # one after the other


def test_a_label_row_on_a_cover_sheet():
    item = one("# Policy\n\n| Uppföljning | Årligen till kommunstyrelsen |\n|---|---|\n| Ägare | IT-chef |\n")
    assert (item.frequency, item.reported_to_level) == ("year", "KS")
    assert (item.location.table, item.location.row, item.location.cell) == (1, 1, 2)


@pytest.mark.parametrize("sentence", [
    "Policyn revideras varje mandatperiod.",
    "Kostnaderna redovisas i bilaga 2.",
    "IT-chefen ansvarar för driften av nätverket.",
    "Projektet pågår under 2024.",
])
def test_not_follow_up(sentence):
    assert follow_ups(f"# Policy\n\n## Ansvar\n\n{sentence}\n") == []


@pytest.mark.parametrize("sentence", [
    "Kostnaderna för licenser och drift har ökat under flera år utan att nyttan har följts upp systematiskt.",
    "Arbetet följs inte upp.",
    "Planen har inte följts upp sedan 2019.",
    "Någon uppföljning sker inte.",
    "Ingen uppföljning görs av nyttan.",
    "Resultaten redovisas aldrig för nämnden.",
])
@pytest.mark.parametrize("heading", ["Bakgrund", "Uppföljning"])
def test_what_is_not_followed_up_is_no_provision(sentence, heading):
    assert follow_ups(f"# Strategi\n\n## {heading}\n\n{sentence}\n") == []


@pytest.mark.parametrize("sentence", [
    "Strategin följs upp årligen, men kostnaderna har inte följts upp.",
    "Nämnden ska inte bara följa upp kostnaderna utan även nyttan, årligen till kommunstyrelsen.",
    "Strategin följs upp inte bara årligen utan även vid behov.",
    "Uppföljningen ska inte ske mer sällan än en gång per år.",
])
def test_a_negation_elsewhere_in_the_sentence_keeps_the_provision(sentence):
    (item,) = follow_ups(f"# Strategi\n\n## Uppföljning\n\n{sentence}\n")
    assert item.quote == sentence


def test_genitive_is_not_a_recipient():
    item = in_body("Uppföljning av handlingsplanen sker i nämndens verksamhetsplan.")
    assert (item.what, item.reported_to) == ("handlingsplanen", None)


def test_recipient_matched_against_the_organisation_model():
    org = Organisation(units=[OrgUnit(id="ks", name="Kommunstyrelsen", kind="styrelse", political=True)])
    item = in_body("Strategin följs upp årligen och redovisas för kommunstyrelsen.")
    assert item.reported_to_unit_id is None
    item = one("# S\n\nStrategin följs upp årligen och redovisas för kommunstyrelsen.\n", org)
    assert item.reported_to_unit_id == "ks"
