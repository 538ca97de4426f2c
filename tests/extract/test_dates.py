import datetime as dt

import pytest

from govcheck.extract.dates import find_dates, parse_date

D = dt.date


@pytest.mark.parametrize("text, expected", [
    ("2008-09-12", D(2008, 9, 12)),
    ("2008.09.12", D(2008, 9, 12)),
    ("12 september 2008", D(2008, 9, 12)),
    ("den 9 maj år 2017", D(2017, 5, 9)),
    ("9 maj 2017", D(2017, 5, 9)),
    ("den 2 december 2019", D(2019, 12, 2)),
    ("Tisdagen den 31 januari 2017", D(2017, 1, 31)),
    ("onsdag den 29 augusti 2018", D(2018, 8, 29)),
    ("29/11 2017", D(2017, 11, 29)),
    ("29/11-2017", D(2017, 11, 29)),
    ("12 sept. 2017", D(2017, 9, 12)),
    ("12 sep 2017", D(2017, 9, 12)),
    ("3 febr. 2020", D(2020, 2, 3)),
    ("1 Feb 2020", D(2020, 2, 1)),
    ("14 okt 2021", D(2021, 10, 14)),
    ("5 jun 2019", D(2019, 6, 5)),
    ("5 juni 2019", D(2019, 6, 5)),
    ("7 jul. 2019", D(2019, 7, 7)),
    ("7 juli 2019", D(2019, 7, 7)),
    ("30 NOVEMBER 2022", D(2022, 11, 30)),
    ("  2008-09-12. ", D(2008, 9, 12)),
])
def test_parse_date_formats(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    "2019-02-30",        # impossible day
    "31 april 2020",
    "2017-05",           # year-month: no day, no date
    "maj 2017",
    "2024",              # a bare year is not a date
    "Antagen 2008-09-12",  # not one date expression
    "",
    "KS 2016/918",
])
def test_parse_date_rejects(text):
    assert parse_date(text) is None


def test_year_month_keeps_year_and_month():
    [m] = find_dates("Reviderad 2017-05")
    assert (m.date, m.year, m.month, m.text) == (None, 2017, 5, "2017-05")
    assert m.period_end() == D(2017, 5, 31)


def test_invalid_day_keeps_year_only_as_information():
    [m] = find_dates("beslut 2019-02-30")
    assert m.date is None and m.year == 2019


def test_find_dates_spans_include_weekday_and_den():
    text = "Sammanträde Tisdagen den 31 januari 2017 kl 13"
    [m] = find_dates(text)
    assert text[m.start:m.end] == "Tisdagen den 31 januari 2017" == m.text
    assert m.date == D(2017, 1, 31)


def test_find_dates_several_left_to_right():
    found = find_dates("Antaget 23 november 2010, reviderat 2015-04-21 och 29/11 2017")
    assert [m.date for m in found] == [D(2010, 11, 23), D(2015, 4, 21), D(2017, 11, 29)]


@pytest.mark.parametrize("text", ["KS 2016/918", "Dnr 2011/391 KS.023", "§ 54/2020", "KS § 116/13",
                                  "SVN 2018/0038-2", "perioden 2020-2023", "KS/2019:73"])
def test_diarienummer_and_paragraphs_are_not_dates(text):
    assert find_dates(text) == []
    assert find_dates(text, bare_years=False) == []


def test_bare_years_only_on_request():
    assert find_dates("Revideras senast 2024") == []
    [m] = find_dates("Revideras senast 2024", bare_years=True)
    assert (m.date, m.year, m.text) == (None, 2024, "2024")
    assert m.period_end() == D(2024, 12, 31)


def test_bare_years_skip_dnr_and_full_dates():
    found = find_dates("Dnr KS 2016/918, antagen 2017-03-01, ses över 2021.", bare_years=True)
    assert [(m.date, m.year) for m in found] == [(D(2017, 3, 1), 2017), (None, 2021)]
