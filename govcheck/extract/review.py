"""Derive a review date from a review interval ("ses över varje mandatperiod", "årligen").

Swedish municipal mandate periods start on 15 October of an election year (1994, 1998, …,
2022, 2026) and last four years. A document that is to be reviewed every mandate period and
was last decided in one period must be reviewed before the end of the next.
"""

from __future__ import annotations

import datetime as dt
import re

FIRST_ELECTION = 1994


def mandate_period_end(day: dt.date) -> dt.date:
    """The last day of the mandate period that contains ``day``."""
    start_year = FIRST_ELECTION + ((day.year - FIRST_ELECTION) // 4) * 4
    if day < dt.date(start_year, 10, 15):
        start_year -= 4
    return dt.date(start_year + 4, 10, 14)


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def review_date(interval: str, last_decision: dt.date) -> dt.date | None:
    """The date by which a review is due: intervals are "mandatperiod", "år" or "N år".

    None also when the due date falls outside the calendar (a stated decision in year 9999).
    """
    try:
        return _due(interval, last_decision)
    except (ValueError, OverflowError):
        return None


def _due(interval: str, last_decision: dt.date) -> dt.date | None:
    if interval == "mandatperiod":
        return mandate_period_end(mandate_period_end(last_decision) + dt.timedelta(days=1))
    if interval == "år":
        return _years_after(last_decision, 1)
    match = re.fullmatch(r"(\d{1,2}) år", interval)
    if match and int(match.group(1)) > 0:
        return _years_after(last_decision, int(match.group(1)))
    return None
