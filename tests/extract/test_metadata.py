import datetime as dt

import pytest

from govcheck.extract.lines import Line, iter_lines
from govcheck.extract.metadata import Metadata, extract_metadata
from govcheck.model.blocks import Block
from govcheck.model.common import Location

D = dt.date


def para(text, block=0, part="body"):
    return Block(kind="paragraph", text=text, location=Location(part=part, block=block))


def table(rows, block=0, number=1, part="body"):
    return Block(kind="table", rows=rows, location=Location(part=part, block=block, table=number))


def doc(*texts):
    """Blocks from texts, one paragraph each, numbered in order."""
    return [para(t, i) for i, t in enumerate(texts)]


def deep(*texts):
    """Texts placed after 20 blocks of prose, outside the front of the document."""
    prose = [para("Kommunen arbetar med digitalisering inom alla verksamheter. " * 2, i) for i in range(20)]
    return prose + [para(t, 20 + i) for i, t in enumerate(texts)]


def meta(blocks, properties=None, header_footer=()):
    return extract_metadata(blocks, properties or {}, list(header_footer))


# ------------------------------------------------------------------------- lines


def test_iter_lines_paragraphs_and_cells_keep_locations():
    blocks = [para("IT-policy", 0), table([["a", "b"], ["c", ""]], block=1, number=1)]
    lines = list(iter_lines(blocks))
    assert lines[0] == Line("IT-policy", Location(block=0))
    cells = [(l.text, l.location.row, l.location.cell, l.location.table, l.location.block)
             for l in lines[1:] if l.location.field is None]
    assert cells == [("a", 1, 1, 1, 1), ("b", 1, 2, 1, 1), ("c", 2, 1, 1, 1), ("", 2, 2, 1, 1)]


def _synth(rows):
    return [(l.text, l.location.row, l.location.cell, l.location.field)
            for l in iter_lines([table(rows)]) if l.location.field]


def test_two_column_rows_become_label_lines():
    assert _synth([["Beslutad av", "Kommunfullmäktige"], ["Dnr:", "KS 2008/123"]]) == [
        ("Beslutad av: Kommunfullmäktige", 1, 2, "Beslutad av"),
        ("Dnr: KS 2008/123", 2, 2, "Dnr"),
    ]


def test_header_row_over_value_rows_becomes_label_lines():
    assert _synth([["Beslutad av", "Datum", "Dnr"], ["KF", "2008-09-12", "KS 2008/123"]]) == [
        ("Beslutad av: KF", 2, 1, "Beslutad av"),
        ("Datum: 2008-09-12", 2, 2, "Datum"),
        ("Dnr: KS 2008/123", 2, 3, "Dnr"),
    ]


def test_two_column_header_row_is_recognised():
    assert _synth([["Beslutad av", "Datum"], ["KF", "2008-09-12"]]) == [
        ("Beslutad av: KF", 2, 1, "Beslutad av"), ("Datum: 2008-09-12", 2, 2, "Datum")]


def test_alternating_label_value_row():
    assert _synth([["Beslutad av", "KF", "Datum", "2008-09-12"]]) == [
        ("Beslutad av: KF", 1, 2, "Beslutad av"), ("Datum: 2008-09-12", 1, 4, "Datum")]


def test_label_pairs_in_two_column_table_are_not_read_as_header():
    assert _synth([["Status", "Antaget"], ["Dnr", "KS 2016/918"]]) == [
        ("Status: Antaget", 1, 2, "Status"), ("Dnr: KS 2016/918", 2, 2, "Dnr")]


def test_merged_cells_are_read_once():
    assert _synth([["Beslutad av", "Kommunfullmäktige", "Kommunfullmäktige"]]) == [
        ("Beslutad av: Kommunfullmäktige", 1, 2, "Beslutad av")]


# --------------------------------------------------------------------- adoptions


@pytest.mark.parametrize("text, body, level, date, paragraph", [
    ("Antagen av kommunfullmäktige 2008-09-12, § 123", "kommunfullmäktige", "KF", D(2008, 9, 12), "§ 123"),
    ("Antaget av Kommunstyrelsen den 2 december 2019 § 239.", "Kommunstyrelsen", "KS", D(2019, 12, 2), "§ 239"),
    ("Antagna av kommunfullmäktige 2019-12-16 §115", "kommunfullmäktige", "KF", D(2019, 12, 16), "§ 115"),
    ("Fastställd av Kommunfullmäktige den 25 juni 2018, § 129.", "Kommunfullmäktige", "KF", D(2018, 6, 25), "§ 129"),
    ("Fastställt av kommunchefsforum 30 november 2023", "kommunchefsforum", "rad", D(2023, 11, 30), None),
    ("Beslutad av nämnden för service och teknik den 22 januari 2015", "nämnden för service och teknik",
     "namnd", D(2015, 1, 22), None),
    ("Beslutat av kommunstyrelsen 2022-12-12, § 172", "kommunstyrelsen", "KS", D(2022, 12, 12), "§ 172"),
    ("Godkänd av Tekniska nämnden 2021-03-04 § 12", "Tekniska nämnden", "namnd", D(2021, 3, 4), "§ 12"),
    ("Godkänt av IT-rådet 2021-03-04", "IT-rådet", "rad", D(2021, 3, 4), None),
    ("Delegationsordningen antogs av kommunstyrelsen den 30 november 2022 § 259.", "kommunstyrelsen", "KS",
     D(2022, 11, 30), "§ 259"),
    ("Antaget av kommunstyrelsen 29/11 2017, § 141", "kommunstyrelsen", "KS", D(2017, 11, 29), "§ 141"),
    ("Fastställd av kommunstyrelsen den 9 maj 2017", "kommunstyrelsen", "KS", D(2017, 5, 9), None),
    ("Antagen av kommunstyrelsen 12 mars 2014.", "kommunstyrelsen", "KS", D(2014, 3, 12), None),
    ("Antagen i kommunfullmäktige 2016-06-20", "kommunfullmäktige", "KF", D(2016, 6, 20), None),
    ("Beslutad av kommundirektören", "kommundirektören", "tjansteperson", None, None),
    ("Beslutad av Kommundirektör", "Kommundirektör", "tjansteperson", None, None),
])
def test_adoption_lines(text, body, level, date, paragraph):
    [a] = meta(doc("IT-policy", text)).adoptions
    assert (a.body, a.level, a.date, a.paragraph) == (body, level, date, paragraph)
    assert a.year == (date.year if date else None)
    assert a.provenance.location == Location(block=1)
    assert a.provenance.quote == text.strip()


def test_adoption_quote_is_the_clause_when_a_revision_follows():
    m = meta(doc("Antaget av kommunfullmäktige 23 november 2010, 115, reviderat av kommunfullmäktige 21 april 2015"))
    [a] = m.adoptions
    assert (a.date, a.paragraph, a.provenance.quote) == (
        D(2010, 11, 23), "§ 115", "Antaget av kommunfullmäktige 23 november 2010, 115")
    [r] = m.revisions
    assert (r.date, r.body, r.level, r.provenance.quote) == (
        D(2015, 4, 21), "kommunfullmäktige", "KF", "reviderat av kommunfullmäktige 21 april 2015")


@pytest.mark.parametrize("text, body, level, paragraph, year", [
    ("KF § 54/2020", "KF", "KF", "§ 54", 2020),
    ("KS § 116/13", "KS", "KS", "§ 116", 2013),
    ("Antagen av KF § 54/2020", "KF", "KF", "§ 54", 2020),
    ("Kf § 6/97", "Kf", "KF", "§ 6", 1997),
])
def test_body_abbreviation_with_paragraph_and_year(text, body, level, paragraph, year):
    [a] = meta(doc("IT-policy", text)).adoptions
    assert (a.body, a.level, a.paragraph, a.year, a.date) == (body, level, paragraph, year, None)


@pytest.mark.parametrize("text, body, date, paragraph", [
    ("Kommunstyrelsen 10 april 2024 § 38", "Kommunstyrelsen", D(2024, 4, 10), "§ 38"),
    ("Kommunfullmäktige 2019-12-16, § 115.", "Kommunfullmäktige", D(2019, 12, 16), "§ 115"),
])
def test_short_standalone_decision_line(text, body, date, paragraph):
    [a] = meta(doc("IT-policy", text)).adoptions
    assert (a.body, a.date, a.paragraph) == (body, date, paragraph)


@pytest.mark.parametrize("text", [
    "Kommunstyrelsen 10 april 2024 § 38 beslutade att ge förvaltningen i uppdrag att ta fram en strategi.",
    "Kommunstyrelsen 10 april 2024",          # no §
])
def test_body_and_date_in_prose_or_without_paragraph_is_not_an_adoption(text):
    assert meta(doc("IT-policy", text)).adoptions == []


@pytest.mark.parametrize("text, body, paragraph", [
    ("Antagen av kommunfullmäktige , 140", "kommunfullmäktige", "§ 140"),
    ("Fastställd av kommunstyrelsen , 240", "kommunstyrelsen", "§ 240"),
])
def test_damaged_transcript_with_lost_date_and_paragraph_sign(text, body, paragraph):
    [a] = meta(doc(text)).adoptions
    assert (a.body, a.date, a.year, a.paragraph) == (body, None, None, paragraph)


def test_damaged_label_with_empty_brackets():
    [a] = meta(doc("Beslutad av: Kommunstyrelsen ( )")).adoptions
    assert (a.body, a.level, a.date) == ("Kommunstyrelsen", "KS", None)


@pytest.mark.parametrize("lines, body", [
    (["Beslutad av: Kommunfullmäktige", "Beslutsdatum: 2008-09-12"], "Kommunfullmäktige"),
    (["Beslutat av: Kommunfullmäktige", "Antagen: 2008-09-12"], "Kommunfullmäktige"),
    (["Fastställd av: Kommunstyrelsen", "Datum: 12 september 2008"], "Kommunstyrelsen"),
])
def test_label_body_and_separate_date_merge_into_one_adoption(lines, body):
    [a] = meta(doc("IT-policy", *lines)).adoptions
    assert (a.body, a.date, a.year) == (body, D(2008, 9, 12), 2008)
    assert a.provenance.location == Location(block=1)
    assert a.provenance.quote == " / ".join(lines)


def test_label_on_one_line_value_on_the_next():
    [a] = meta(doc("Beslutad av\nKommunfullmäktige\nBeslutsdatum\n2008-09-12")).adoptions
    assert (a.body, a.level, a.date) == ("Kommunfullmäktige", "KF", D(2008, 9, 12))
    assert a.provenance.location.field == "Beslutad av"


def test_weak_date_label_far_away_is_not_merged():
    blocks = doc("Beslutad av: Kommunstyrelsen", "a", "b", "c", "d", "Datum: 2020-01-01")
    [a] = meta(blocks).adoptions
    assert a.date is None


def test_strong_date_label_alone_is_an_adoption_without_body():
    [a] = meta(doc("IT-policy", "Beslutsdatum: 2008-09-12")).adoptions
    assert (a.body, a.level, a.date) == (None, "unknown", D(2008, 9, 12))


def test_plain_date_label_alone_is_not_an_adoption():
    assert meta(doc("IT-policy", "Datum: 2008-09-12")).adoptions == []


@pytest.mark.parametrize("text, body, level, date, paragraph", [
    ("Beslutsinstans: Valnämnden 24 februari 2022, § 2", "Valnämnden", "namnd", D(2022, 2, 24), "§ 2"),
    ("Beslutsinstans: Kommundirektör Beslutsdatum:", "Kommundirektör", "tjansteperson", None, None),
    ("Beslutande organ: Kommunfullmäktige", "Kommunfullmäktige", "KF", None, None),
])
def test_beslutsinstans_label(text, body, level, date, paragraph):
    [a] = meta(doc(text)).adoptions
    assert (a.body, a.level, a.date, a.paragraph) == (body, level, date, paragraph)
    assert a.provenance.quote == text


def test_status_label_paragraph_joins_adoption_on_same_line():
    [a] = meta(doc("Antaget av: Kommunstyrelsen Status: Antaget , 275")).adoptions
    assert (a.body, a.level, a.paragraph) == ("Kommunstyrelsen", "KS", "§ 275")
    assert a.provenance.quote == "Antaget av: Kommunstyrelsen Status: Antaget , 275"


@pytest.mark.parametrize("rows, cell", [
    ([["Beslutad av", "Kommunfullmäktige"], ["Beslutsdatum", "2008-09-12"], ["Dnr", "KS 2008/123"]], (1, 2)),
    ([["Beslutad av", "Datum", "Dnr"], ["Kommunfullmäktige", "2008-09-12", "KS 2008/123"]], (2, 1)),
    ([["Fastställt av:", "Kommunfullmäktige", "Datum:", "12 september 2008"], ["Dnr:", "KS 2008/123", "", ""]],
     (1, 2)),
])
def test_metadata_table(rows, cell):
    m = meta([para("IT-policy", 0), table(rows, block=1)])
    [a] = m.adoptions
    assert (a.body, a.level, a.date, a.reference) == ("Kommunfullmäktige", "KF", D(2008, 9, 12), "KS 2008/123")
    loc = a.provenance.location
    assert (loc.block, loc.table, loc.row, loc.cell) == (1, 1, *cell)
    assert m.reference.value == "KS 2008/123" and m.reference.location.table == 1


def test_version_history_table_first_decision_is_adoption_rest_revisions():
    rows = [["Version", "Datum", "Beslutad av"], ["1.0", "2008-09-12", "KF"], ["2.0", "2012-01-10", "KS"]]
    m = meta([table(rows)])
    assert [(a.body, a.date) for a in m.adoptions] == [("KF", D(2008, 9, 12))]
    assert [(r.body, r.level, r.date) for r in m.revisions] == [("KS", "KS", D(2012, 1, 10))]


def test_same_adoption_in_header_and_body_is_kept_once_with_details_merged():
    header = [para("IT-policy Antagen av KF 2008-09-12", 0, part="header")]
    m = meta(doc("IT-policy", "Antagen av kommunfullmäktige 2008-09-12, § 123"), header_footer=header)
    [a] = m.adoptions
    assert (a.level, a.date, a.paragraph) == ("KF", D(2008, 9, 12), "§ 123")
    assert a.provenance.location.part == "header"


def test_two_different_adoptions_are_both_kept():
    m = meta(doc("Antagen av kommunstyrelsen 2015-02-01 § 12", "Antagen av kommunfullmäktige 2015-03-01 § 30"))
    assert [a.level for a in m.adoptions] == ["KS", "KF"]


def test_adoption_in_footer_with_abbreviated_body_and_no_av():
    footer = [para("Antagen KF 2008-09-12 § 123", 0, part="footer")]
    [a] = meta([para("IT-policy")], header_footer=footer).adoptions
    assert (a.body, a.level, a.date, a.paragraph) == ("KF", "KF", D(2008, 9, 12), "§ 123")
    assert a.provenance.location.part == "footer"


def test_adoption_at_the_end_of_the_document_is_found():
    [a] = meta(deep("Strategin antogs av kommunfullmäktige 2019-06-10 § 45.")).adoptions
    assert (a.level, a.date, a.paragraph) == ("KF", D(2019, 6, 10), "§ 45")
    assert a.provenance.quote == "Strategin antogs av kommunfullmäktige 2019-06-10 § 45."


@pytest.mark.parametrize("text", [
    "Kommunstyrelsen beslutar om riktlinjer för informationssäkerhet.",
    "Kommunfullmäktige har beslutat att kommunstyrelsen ska ansvara för digitaliseringen.",
    "Ansökan ska vara godkänd av förvaltningschefen innan systemet tas i drift.",
    "Riktlinjerna som är beslutade av kommunstyrelsen 2015-03-01 gäller fortfarande.",
    "Denna IT-plan ersätter tidigare gällande ITstrategi (antagna av Kommunfullmäktige , 118)",
    "Handlingsplaner beslutas av förvaltningschef och följs upp årligen.",
    "Planen har tagits fram av en arbetsgrupp och godkänts av styrgruppen efter remiss till nämnderna "
    "som lämnat synpunkter på innehållet under våren.",
    "Kommunstyrelsen 10 april 2024 § 38",
])
def test_running_text_is_not_an_adoption(text):
    m = meta(deep(text))
    assert m.adoptions == [] and m.revisions == []


def test_placeholder_adoption_of_a_draft_is_not_an_adoption():
    assert meta(doc("Förslag till IT-policy", "Antagen av kommunfullmäktige 20XX-XX-XX")).adoptions == []


def test_document_reference_fills_adoption_reference():
    [a] = meta(doc("Antagen av kommunfullmäktige 2008-09-12 § 12", "Dnr KS 2008/412")).adoptions
    assert a.reference == "KS 2008/412"


def test_reference_on_the_adoption_line_wins():
    m = meta(doc("Beslutad av nämnden för service och teknik den 22 januari 2015 Dnr NST15-5",
                 "Diarienummer: KS 2015/1"))
    assert m.adoptions[0].reference == "NST15-5"
    assert m.reference.value == "NST15-5"


def test_revision_chain_with_references_per_clause():
    m = meta(doc("Antagen av kommunstyrelsen , 224 Dnr 2011/391 KS.023 "
                 "Reviderad av kommunstyrelsen , 86 Dnr 2012/129 KS.022"))
    [a] = m.adoptions
    assert (a.level, a.paragraph, a.reference) == ("KS", "§ 224", "2011/391 KS.023")
    [r] = m.revisions
    assert (r.level, r.paragraph) == ("KS", "§ 86")


# --------------------------------------------------------------------- revisions


@pytest.mark.parametrize("text, date, body, paragraph", [
    ("Reviderad 2019-03-01", D(2019, 3, 1), None, None),
    ("Reviderad av kommunstyrelsen 2019-03-01 § 22", D(2019, 3, 1), "kommunstyrelsen", "§ 22"),
    ("Senast reviderad: 12 mars 2021", D(2021, 3, 12), None, None),
    ("Reviderad 2023-02-27, § 22", D(2023, 2, 27), None, "§ 22"),
    ("Reviderat av kommunfullmäktige 21 april 2015", D(2015, 4, 21), "kommunfullmäktige", None),
    ("Ändrad av kommunfullmäktige 2016-05-30 § 77", D(2016, 5, 30), "kommunfullmäktige", "§ 77"),
])
def test_revision_lines(text, date, body, paragraph):
    m = meta(doc("IT-policy", text))
    assert m.adoptions == []
    [r] = m.revisions
    assert (r.date, r.year, r.body, r.paragraph) == (date, date.year, body, paragraph)
    assert r.provenance.quote == text and r.provenance.location == Location(block=1)


def test_revisions_do_not_count_as_adoptions():
    m = meta(doc("Antagen av kommunfullmäktige 2012-01-01", "Reviderad av kommunfullmäktige 2019-03-01"))
    assert [a.date for a in m.adoptions] == [D(2012, 1, 1)]
    assert [r.date for r in m.revisions] == [D(2019, 3, 1)]


def test_revision_without_date_is_ignored():
    assert meta(doc("Policyn revideras vid behov.", "Dokumentet har reviderats.")).revisions == []


# ------------------------------------------------------------------ diarienummer


@pytest.mark.parametrize("text, value", [
    ("Dnr KS 2016/918", "KS 2016/918"),
    ("Diarienummer: KS 2016/918/01", "KS 2016/918/01"),
    ("DNR: KS2016/918/01", "KS2016/918/01"),
    ("Dnr ks 09/20", "ks 09/20"),
    ("Dnr 2011/391 KS.023", "2011/391 KS.023"),
    ("KS 2017/00064", "KS 2017/00064"),
    ("KS 2017/00064 nr 79279", "KS 2017/00064"),
    ("Dnr: SVN 2018/0038-2", "SVN 2018/0038-2"),
    ("Dnr KS/2019:73", "KS/2019:73"),
    ("Diarienummer KS 2022/100.", "KS 2022/100"),
    ("Dnr KK15/768", "KK15/768"),
    ("Dnr 1-306/2019", "1-306/2019"),
])
def test_diarienummer(text, value):
    ref = meta(doc("IT-policy", text)).reference
    assert ref.value == value
    assert ref.quote == text and ref.location == Location(block=1)


def test_diarienummer_in_header_wins_over_body():
    header = [para("Dnr KS 2020/1", 0, part="header")]
    assert meta(doc("Dnr KS 2019/5"), header_footer=header).reference.value == "KS 2020/1"


def test_unlabelled_numbers_deep_in_text_are_not_the_reference():
    m = meta(deep("Se beslut KS 2015/12 om arkivering och SFS 2017:725."))
    assert m.reference is None


def test_law_references_are_not_diarienummer():
    assert meta(doc("Enligt SFS 2017/725 och ISO/IEC 27001:2013")).reference is None


def test_forfattningssamling_number_is_not_diarienummer():
    assert meta(doc("Kommunens författningssamling IT-strategi ÖFS 2010:17")).reference is None


def test_reference_from_custom_property():
    ref = meta([para("IT-policy")], properties={"custom:Diarienummer": "KS 2020/5", "title": "x"}).reference
    assert (ref.value, ref.source, ref.location.part, ref.location.field) == (
        "KS 2020/5", "properties", "properties", "custom:Diarienummer")


# ------------------------------------------------------------- validity, review


@pytest.mark.parametrize("text, value", [
    ("Gäller till och med 2025-12-31", D(2025, 12, 31)),
    ("Dokumentet gäller till och med: 31 december 2020", D(2020, 12, 31)),
    ("Giltig t.o.m. 2024-06-30", D(2024, 6, 30)),
    ("Giltig fr.o.m. 2020-01-01 Giltig t.o.m. 2023-12-31", D(2023, 12, 31)),
    ("Gäller från och med 2020-01-01 till och med 2023-12-31", D(2023, 12, 31)),
    ("Gäller till och med 2025", D(2025, 12, 31)),
    ("Giltighetstid: 2021–2024", D(2024, 12, 31)),
    ("Giltighetstid: 2024-06-30", D(2024, 6, 30)),
])
def test_valid_until(text, value):
    v = meta(doc("IT-policy", text)).valid_until
    assert v.value == value and v.quote == text and v.location == Location(block=1)


@pytest.mark.parametrize("text", [
    "Giltighetstid: Tillsvidare", "Gäller tills vidare", "Gäller: Tillsvidare", "Giltighetstid t.v",
    "Dokumentet gäller till och med: Nästa revidering tas", "Gäller från och med 22 september 2023",
])
def test_open_ended_validity_gives_nothing(text):
    m = meta(doc("IT-policy", text))
    assert m.valid_until is None and m.review_by is None


def test_validity_of_something_else_in_running_text_is_ignored():
    assert meta(deep("Avtalet gäller till och med 2025-12-31.")).valid_until is None
    assert meta(deep("Dokumentet gäller till och med 2025-12-31.")).valid_until.value == D(2025, 12, 31)


@pytest.mark.parametrize("text, value", [
    ("Revideras senast 2024", D(2024, 12, 31)),
    ("Revideras senast 2024-06-30", D(2024, 6, 30)),
    ("Ska ses över senast 2025", D(2025, 12, 31)),
    ("Nästa revidering: 2026-01-01", D(2026, 1, 1)),
    ("Revideras: juni 2025", D(2025, 6, 30)),
    ("Tidpunkt för aktualitetsprövning: 2025", D(2025, 12, 31)),
])
def test_review_by(text, value):
    r = meta(doc("IT-policy", text)).review_by
    assert r.value == value and r.quote == text and r.location == Location(block=1)


def test_review_by_sentence_in_body():
    r = meta(deep("Strategin ska revideras senast 2026.")).review_by
    assert r.value == D(2026, 12, 31) and r.quote == "Strategin ska revideras senast 2026."


@pytest.mark.parametrize("text, interval", [
    ("Ska ses över varje mandatperiod", "mandatperiod"),
    ("Översyn varje mandatperiod", "mandatperiod"),
    ("Dokumentet ska revideras en gång per mandatperiod.", "mandatperiod"),
    ("Riktlinjen ses över årligen.", "år"),
    ("Årlig aktualitetsprövning", "år"),
    ("Policyn ska revideras vart fjärde år.", "4 år"),
    ("Planen ses över vartannat år.", "2 år"),
    ("Planen ses över vart annat år.", "2 år"),
])
def test_review_interval(text, interval):
    r = meta(doc("IT-policy", text)).review_interval
    assert (r.value if r else None) == interval
    if r:
        assert r.quote == text and r.location == Location(block=1)


def test_review_interval_of_other_things_in_running_text_is_ignored():
    m = meta(deep("Kommunens mål ska ses över varje mandatperiod.",
                  "Uppföljning sker årligen. Dokumentet revideras vid behov."))
    assert m.review_interval is None


# --------------------------------------------------------------- owner, scope, replaces


@pytest.mark.parametrize("text, value", [
    ("Dokumentansvarig: IT-chef", "IT-chef"),
    ("Dokumentansvarig Kommundirektör", "Kommundirektör"),
    ("Dokumentansvarig: Chef, kommunledningssektorn", "Chef, kommunledningssektorn"),
    ("Dokumentägare: Digitaliseringschef", "Digitaliseringschef"),
    ("Ansvarig tjänsteman: Kanslichef", "Kanslichef"),
    ("Ägare/ansvarig: IT-strateg", "IT-strateg"),
    ("Processägare: Kommunsekreterare", "Kommunsekreterare"),
    ("Dokumentansvarig: säkerhetssamordnare kommunledningskontoret.", "säkerhetssamordnare kommunledningskontoret"),
])
def test_owner(text, value):
    o = meta(doc("IT-policy", text)).owner
    assert o.value == value and o.quote == text and o.location == Location(block=1)


def test_owner_from_table_label():
    o = meta([table([["Dokumentansvarig", "IT-chef"], ["Version", "1.0"]])]).owner
    assert (o.value, o.location.row, o.location.cell, o.location.field) == ("IT-chef", 1, 2, "Dokumentansvarig")


def test_owner_in_prose_is_not_a_label():
    assert meta(doc("Dokumentansvarig ansvarar för att dokumentet hålls aktuellt.")).owner is None


@pytest.mark.parametrize("text, value, quote", [
    ("Gäller för: Samtliga nämnder och förvaltningar", "Samtliga nämnder och förvaltningar", None),
    ("Dokumentet gäller för: Kommunstyrelsens förvaltning", "Kommunstyrelsens förvaltning", None),
    ("Omfattning: Alla anställda", "Alla anställda", None),
    ("Policyn gäller för alla anställda och förtroendevalda i kommunen.",
     "alla anställda och förtroendevalda i kommunen", None),
    ("Syfte med policyn beskrivs nedan. Denna IT-policy gäller för hela kommunkoncernen.",
     "hela kommunkoncernen", "Denna IT-policy gäller för hela kommunkoncernen."),
    ("Riktlinjerna gäller inom samtliga förvaltningar.", "inom samtliga förvaltningar", None),
])
def test_scope(text, value, quote):
    s = meta(doc("IT-policy", text)).scope
    assert s.value == value and s.quote == (quote or text) and s.location == Location(block=1)


@pytest.mark.parametrize("text", [
    "Detta gäller för alla medarbetare som använder e-post.",
    "Kravet gäller för samtliga system.",
    "Omfattningen av arbetet är stor.",
    "Gäller: Tillsvidare",
])
def test_not_scope(text):
    assert meta(doc(text)).scope is None


@pytest.mark.parametrize("text, value, quote", [
    ("Ersätter: IT-policy antagen 2003", "IT-policy antagen 2003", None),
    ("Ersätter tidigare versioner KF 30 2013", "tidigare versioner KF 30 2013", None),
    ("Denna IT-plan ersätter tidigare gällande IT-strategi (antagen av kommunfullmäktige , 118)",
     "tidigare gällande IT-strategi (antagen av kommunfullmäktige , 118)", None),
    ("Bakgrund finns i bilagan. Policyn ersätter informationssäkerhetspolicy från 2010.",
     "informationssäkerhetspolicy från 2010", "Policyn ersätter informationssäkerhetspolicy från 2010."),
])
def test_replaces(text, value, quote):
    [r] = meta(doc("IT-policy", text)).replaces
    assert r.value == value and r.quote == (quote or text) and r.location == Location(block=1)


@pytest.mark.parametrize("text", ["Ersätter:", "Ersätter Utbytt den Sign", "Systemet ersätter det gamla systemet."])
def test_not_replaces(text):
    assert meta(doc(text)).replaces == []


# ------------------------------------------------------------------------ whole


def test_cover_sheet_end_to_end():
    header = [para("Västby kommun   Dnr KS 2016/918   1 (8)", 0, part="header")]
    blocks = [
        Block(kind="heading", text="IT-policy för Västby kommun", level=0, location=Location(block=0)),
        table([["Beslutad av", "Kommunfullmäktige"], ["Beslutsdatum", "12 september 2008"],
               ["Paragraf", "187"], ["Dokumentansvarig", "IT-chef"], ["Gäller till och med", "2012-12-31"],
               ["Ersätter", "IT-policy antagen 2003"]], block=1),
        para("Policyn gäller för alla anställda och förtroendevalda i kommunen.", 2),
        para("Policyn ska ses över varje mandatperiod.", 3),
    ]
    m = meta(blocks, header_footer=header)
    assert isinstance(m, Metadata)
    [a] = m.adoptions
    assert (a.body, a.level, a.date, a.paragraph, a.reference) == (
        "Kommunfullmäktige", "KF", D(2008, 9, 12), "§ 187", "KS 2016/918")
    assert m.reference.location.part == "header"
    assert m.owner.value == "IT-chef"
    assert m.valid_until.value == D(2012, 12, 31) and m.valid_until.location.field == "Gäller till och med"
    assert m.scope.value == "alla anställda och förtroendevalda i kommunen"
    assert m.review_interval.value == "mandatperiod"
    assert [r.value for r in m.replaces] == ["IT-policy antagen 2003"]
    assert m.model_dump(mode="json")["adoptions"][0]["date"] == "2008-09-12"


def test_empty_document():
    assert meta([]) == Metadata()


def test_quotes_are_trimmed_to_200_characters():
    long = "Antagen av kommunfullmäktige 2008-09-12 § 12 " + "och så vidare " * 30
    [a] = meta(doc(long)).adoptions
    assert len(a.provenance.quote) <= 200


def test_metadata_model_rejects_unknown_keys():
    with pytest.raises(Exception):
        Metadata(adoptions=[], surprise=1)


# ------------------------------------------------------------- false positives


def test_action_plan_responsible_column_is_not_the_owner():
    rows = [["Ansvarig", "Datum", "Status"], ["IT-chef", "2024-06-30", "Pågår"]]
    lines = [l.text for l in iter_lines([table(rows)])]
    assert "Ansvarig: IT-chef" in lines
    m = meta([para("Handlingsplan", 0), table(rows, block=1)])
    assert m.owner is None and m.adoptions == []


def test_plain_responsible_label_outside_tables_is_the_owner():
    o = meta(doc("Riktlinjer", "Ansvarig: Kanslichef")).owner
    assert (o.value, o.location) == ("Kanslichef", Location(block=1))


def test_related_documents_with_their_adoptions_are_not_this_adoption():
    m = meta(doc("IT-policy", "Relaterade styrdokument: Informationssäkerhetspolicy, antagen av "
                              "kommunfullmäktige 2015-03-01 § 12"))
    assert m.adoptions == []


def test_duration_is_not_scope():
    assert meta(doc("Policyn gäller i tre år från beslutsdatum.")).scope is None


def test_label_and_value_in_consecutive_paragraphs():
    m = meta(doc("Dokumentansvarig", "IT-chef", "Diarienummer:", "KS 2020/44"))
    assert (m.owner.value, m.owner.location, m.owner.quote) == (
        "IT-chef", Location(block=1, field="Dokumentansvarig"), "Dokumentansvarig: IT-chef")
    assert m.reference.value == "KS 2020/44"


def test_revision_table_without_decision_columns_gives_no_adoption():
    rows = [["Revision", "Datum", "Utförd av", "Diarienr", "Kommentar"],
            ["1.0", "2015-03-01", "IT-strateg", "KS 2015/12", "Första version"]]
    m = meta([para("IT-strategi", 0), table(rows, block=1)])
    assert m.adoptions == [] and m.reference.value == "KS 2015/12"
    assert m.reference.location.field == "Diarienr"


@pytest.mark.parametrize("text, level, year", [
    ("Antagen av kommunfullmäktige 2008", "KF", 2008),
    ("Antagen av kommunfullmäktige i maj 2017", "KF", 2017),
    ("Fastställd av kommunstyrelsen 2017-05", "KS", 2017),
])
def test_adoption_with_year_only_keeps_the_year(text, level, year):
    [a] = meta(doc(text)).adoptions
    assert (a.level, a.date, a.year) == (level, None, year)
