"""Swedish date expressions as written in styrdokument, protocols and their transcripts.

Recognised: ISO ``2008-09-12`` / ``2008.09.12``; ``12 september 2008``, ``den 9 maj år 2017``,
``Tisdagen den 31 januari 2017``, abbreviated months (``12 sept. 2017``); ``29/11 2017``;
and, without a day, ``2017-05`` and ``maj 2017``.

Decisions, so that callers need not guess:

- Only a full, valid calendar date gives ``date``. A year-month (``2017-05``, ``maj 2017``)
  gives ``year`` and ``month`` with ``date`` None; so does an impossible day such as
  ``2019-02-30`` (the year is still worth knowing, the date is not).
- Bare years (``2024``) are found only with ``bare_years=True``: in running text they
  collide with diarienummer and § numbers, so only callers with a year-shaped context
  ("Revideras senast 2024") ask for them.
- A match's span includes a leading weekday and "den", so cutting it out of a line
  leaves the rest clean.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from govcheck.extract.hints import may_contain

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "febr": 2, "feb": 2, "mars": 3, "mar": 3,
    "april": 4, "apr": 4, "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augusti": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d{2}"
_PREFIX = r"(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?(?:den\s+)?"

# (priority, pattern): lower priority wins when two candidates start at the same place.
_PATTERNS: list[tuple[int, re.Pattern[str]]] = [
    (0, re.compile(rf"(?<![\w/]){_PREFIX}(?P<d>\d{{1,2}})(?::[ae])?\s*(?P<m>{_MONTH})\b\.?"
                   rf"\s*(?:år\s+)?(?P<y>{_YEAR})(?!\d)", re.I)),
    (1, re.compile(rf"(?<![\d/.-])(?P<y>{_YEAR})(?P<sep>[-.])(?P<mn>\d{{1,2}})(?P=sep)"
                   rf"(?P<d>\d{{1,2}})(?!\d)")),
    (2, re.compile(rf"(?<![\d/])(?P<d>\d{{1,2}})/(?P<mn>\d{{1,2}})(?:[ ,-]+|/)(?P<y>{_YEAR})(?!\d)")),
    (3, re.compile(rf"(?<![\w/]){_PREFIX}(?P<m>{_MONTH})\b\.?\s+(?:år\s+)?(?P<y>{_YEAR})(?!\d)", re.I)),
    (4, re.compile(rf"(?<![\d/.-])(?P<y>{_YEAR})-(?P<mn>0[1-9]|1[0-2])(?![\d-])")),
]
# Every pattern needs a year: text without one is answered without running them.
_ANY_YEAR = re.compile(_YEAR)
# The patterns with a month name (0 and 3, case-insensitive: the costly ones) need one of these.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_NAMED_MONTH = frozenset({0, 3})
_BARE_YEAR = re.compile(rf"(?<![\d/:.§-])(?P<y>{_YEAR})(?![\d/:]|[-.]\d)")


@dataclass(frozen=True)
class DateMatch:
    """One date expression in a text: ``date`` None when the day is missing or impossible."""

    date: dt.date | None
    year: int
    start: int
    end: int
    text: str
    month: int | None = None

    def period_end(self) -> dt.date:
        """The last day the expression can mean: the date, else month end, else 31 December."""
        if self.date is not None:
            return self.date
        if self.month is not None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, 12, 31)


def _build(m: re.Match[str]) -> DateMatch | None:
    groups = m.groupdict()
    year = int(groups["y"])
    month = MONTHS[groups["m"].lower()] if groups.get("m") else (
        int(groups["mn"]) if groups.get("mn") else None)
    if month is not None and not 1 <= month <= 12:
        return None
    day = int(groups["d"]) if groups.get("d") else None
    if day is not None and not 1 <= day <= 31:
        return None
    date = None
    if day is not None and month is not None:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            date = None
    return DateMatch(date, year, m.start(), m.end(), m.group(0), month)


def find_dates(text: str, *, bare_years: bool = False) -> list[DateMatch]:
    """All date expressions in ``text``, left to right, never overlapping."""
    if not _ANY_YEAR.search(text):
        return []
    candidates: list[tuple[int, int, int, DateMatch]] = []
    patterns = _PATTERNS + ([(5, _BARE_YEAR)] if bare_years else [])
    named = may_contain(text, _MONTH_STEMS)
    for priority, pattern in patterns:
        if not named and priority in _NAMED_MONTH:
            continue
        for m in pattern.finditer(text):
            found = _build(m)
            if found is not None:
                candidates.append((found.start, -(found.end - found.start), priority, found))
    result: list[DateMatch] = []
    for _, _, _, found in sorted(candidates, key=lambda c: c[:3]):
        if not result or found.start >= result[-1].end:
            result.append(found)
    return result


def parse_date(text: str) -> dt.date | None:
    """The date of a text that is one date expression and nothing else (a register cell,
    a label's value); None for anything else, including year-month and impossible dates."""
    stripped = text.strip().strip(".,;").strip()
    matches = find_dates(stripped)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(stripped):
        return matches[0].date
    return None
