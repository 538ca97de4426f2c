import datetime as dt

import pytest

from govcheck.extract.review import mandate_period_end, review_date


@pytest.mark.parametrize(
    "day, end",
    [
        (dt.date(2019, 3, 1), dt.date(2022, 10, 14)),
        (dt.date(2022, 10, 14), dt.date(2022, 10, 14)),
        (dt.date(2022, 10, 15), dt.date(2026, 10, 14)),
        (dt.date(2008, 9, 12), dt.date(2010, 10, 14)),
    ],
)
def test_mandate_period_end(day, end):
    assert mandate_period_end(day) == end


def test_review_every_mandate_period_means_before_the_end_of_the_next():
    assert review_date("mandatperiod", dt.date(2019, 3, 1)) == dt.date(2026, 10, 14)


def test_yearly_review():
    assert review_date("år", dt.date(2020, 2, 29)) == dt.date(2021, 2, 28)
    assert review_date("år", dt.date(2021, 5, 3)) == dt.date(2022, 5, 3)


def test_unknown_interval():
    assert review_date("ibland", dt.date(2021, 5, 3)) is None


def test_every_n_years():
    assert review_date("4 år", dt.date(2019, 3, 1)) == dt.date(2023, 3, 1)
    assert review_date("0 år", dt.date(2019, 3, 1)) is None
