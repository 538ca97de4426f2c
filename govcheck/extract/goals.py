"""Find goal statements and decide whether each is measurable (SPEC §4 DR-2, ITS-3, IS-3).

Where goals are found:

- every paragraph, list item and table row in a section whose heading names goals ("Mål",
  "Målsättningar", "Effektmål", "Övergripande mål", "Mål för informationssäkerhetsarbetet",
  "Syfte och mål" …), except lead-ins ending in ":" and follow-up or purpose sentences;
- the items that follow a lead-in such as "Målen för arbetet är:" anywhere;
- goal tables anywhere: a header row with a goal column ("Mål | Indikator | Målvärde | Tidpunkt");
- elsewhere, only sentences that say they are goals ("Målet är att …", "Vårt mål är …",
  "Kommunen har som målsättning att …") or that pair a deadline with a commitment
  ("Senast 2024 ska 80 procent av …", "Kommunen ska senast 2025 …"). Plain "ska"
  sentences are duties, not goals, and sentences about revising or reporting the document
  ("Policyn ska revideras senast 2024") are neither.

Measurability rule: a goal is measurable when it has an **indicator** and either a
**target value** or a **deadline**.

- indicator: andel, antal, procent or %, nöjd-kund-index / NKI, mätning / mäts / mätas,
  indikator, nyckeltal, målvärde (or a table's indicator column). "Mäts genom X" gives X.
- target: a number with a unit or comparison ("80 %", "minst 75 procent", "öka till 90",
  "högst 3 dagar", "inom 5 arbetsdagar"), halvera / fördubbla, or a table's target column.
  Years are never targets.
- deadline: a year or date after senast, till (och med), före, innan, under, år, vid
  utgången av ("senast 2025", "till 2024-12-31"), or a table's time column. ``deadline``
  is set only for a full date; ``deadline_year`` always.

A sentence right after a goal that says how it is measured ("Målet mäts genom …") counts
towards the goal's measurability and stands in its quote.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from govcheck.extract.dates import find_dates
from govcheck.extract.hints import may_contain
from govcheck.extract.lines import cell_location
from govcheck.model import Block, Goal, Location, Organisation

QUOTE_LIMIT = 300

_NUMBER_PREFIX = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+")
_GOAL_WORD = r"(?:\w*mål(?:en|et)?|målsättning(?:ar|en|arna)?|målbild(?:en)?)"
_GOAL_ADJECTIVE = (r"(?:övergripande|långsiktiga|kortsiktiga|årliga|strategiska|kommunens|kommungemensamma|"
                   r"gemensamma|våra|policyns|strategins|programmets|planens|prioriterade|politiska|konkreta|"
                   r"mätbara|nationella|verksamhetens|digitala)")
_GOAL_HEADING = re.compile(
    rf"^(?:[\wåäö-]+\s+och\s+)?(?:{_GOAL_ADJECTIVE}\s+){{0,2}}{_GOAL_WORD}"
    rf"(?:\s+(?:och|för|med|inom|till)\b.*|\s+(?:19|20)\d\d)?$",
    re.I,
)
_NOT_GOAL_HEADING = re.compile(r"mål(?:grupp|värde|nivå|uppfyllelse|styrning)|kontrollmål", re.I)

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")
_MAY_END = re.compile(r"[.!?]\s")  # what every place _SENTENCE_SPLIT splits at holds
_ABBREVIATION = re.compile(
    r"(?:\b(?:t\.ex|bl\.a|s\.k|m\.m|m\.fl|d\.v\.s|fr\.o\.m|t\.o\.m|o\.d|p\.g\.a|dvs|osv|ca|resp|jfr|enl|"
    r"inkl|exkl|st|nr|kap|tex|ev|kl)\.)$",
    re.I,
)

_SAYS_GOAL = re.compile(
    r"\b[\wåäö]*(?:mål(?:et|en)?|målsättning(?:en|ar|arna)?|målbild(?:en)?)\b(?:\s+[\wåäö-]+){0,5}?\s+"
    r"(?:är|ska|skall)\b|\bsom\s+(?:mål|målsättning)\s+att\b",
    re.I,
)
_DEFINITELY_GOAL = re.compile(  # "Målet (för arbetet) är …", "har som mål att …"
    r"\b[\wåäö]*(?:mål(?:et|en)?|målsättning(?:en|ar|arna)?)\s+(?:[\wåäö-]+\s+){0,4}?är\b"
    r"|\bsom\s+(?:mål|målsättning)\s+att\b",
    re.I,
)
_DEADLINE_CUE = re.compile(
    r"\b(?:senast|till och med|t\.o\.m\.|till|före|innan|under|år|vid utgången av|fram till|inom)\s+(?:år\s+)?$",
    re.I,
)
_COMMITMENT = re.compile(r"\b(?:ska|skall)\b", re.I)
_LIFECYCLE = re.compile(
    r"\b(?:revider\w*|ses\s+över|översyn\w*|uppdater\w*|aktualiser\w*|gäller|gälla|följ\w*\s+upp|"
    r"uppföljning\w*|redovis\w*|rapporter\w*|antas|fastställ\w*)\b",
    re.I,
)
_PURPOSE = re.compile(r"^\s*syftet\b", re.I)
_OPEN_END = re.compile(r"\b(?:att|som|följande|är|innebär|bland annat)$", re.I)

_INDICATOR = re.compile(
    r"\b(?:andel(?:en|ar)?|antal(?:et)?|procent|nöjd[- ]?kund[- ]?index|nki|mätning\w*|mät(?:s|as|es)|"
    r"indikator\w*|nyckeltal\w*|målvärde\w*)\b|%",
    re.I,
)
_MEASURED_BY = re.compile(r"\bmät(?:s|as|es)\s+(?:genom|med|i|via|utifrån)\s+(?P<what>[^.;]+)", re.I)
_INDICATOR_STOP = re.compile(r"\b(?:ska|skall|senast|öka\w*|minska\w*|uppgå\w*|vara|är)\b|[.,;:()]", re.I)
_NUM = r"\d+(?:[ \u00a0]\d{3})*(?:[,.]\d+)?"
_TARGET = re.compile(
    rf"(?:\b(?:minst|högst|max(?:imalt)?|över|under|mer än|fler än|mindre än|färre än|lägst|åtminstone|"
    rf"uppgå(?:r)? till|öka(?:s|r)? till|minska(?:s|r)? till|höj(?:a|as|s) till|sänk(?:a|as|s) till|nå)\s+"
    rf"{_NUM}(?:\s*%|\s+procent(?:enheter)?|\s+[a-zåäö-]+)?"
    rf"|\b(?:öka|minska|höja|sänka)\w*\s+med\s+{_NUM}(?:\s*%|\s+procent(?:enheter)?)?"
    rf"|\binom\s+{_NUM}\s+(?:arbets)?(?:dagar|dygn|timmar|veckor|månader)"
    rf"|(?<![\d,.]){_NUM}\s*(?:%|procent(?:enheter)?\b)"
    rf"|\b(?:halver|fördubbl)\w*)",
    re.I,
)
# What a paragraph outside a goal section needs before any sentence of it can be a goal: a
# goal word, or a year with "ska"/"skall" (a dated commitment). Most paragraphs have neither.
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")

_TABLE_GOAL = re.compile(rf"^{_GOAL_WORD}$|^{_GOAL_WORD}\s", re.I)
_TABLE_INDICATOR = re.compile(r"indikator|mått|nyckeltal|mätetal|mätning|mäts", re.I)
_TABLE_TARGET = re.compile(r"målvärde|målnivå|målsättning|nivå|värde|target", re.I)
_TABLE_TIME = re.compile(r"tidpunkt|tid\b|klart|datum|deadline|år\b|senast|när", re.I)


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph; abbreviations such as "t.ex." and "ca." do not end one."""
    if not _MAY_END.search(text):  # the split's lookbehind is tried at every character: rule it out first
        return [text.strip()] if text.strip() else []
    out: list[str] = []
    for piece in _SENTENCE_SPLIT.split(text):
        if out and _ABBREVIATION.search(out[-1][-12:]):  # the pattern is anchored at the end: look there
            out[-1] += " " + piece
        elif piece.strip():
            out.append(piece)
    return [s.strip() for s in out if s.strip()]


def _trim(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "…"


def is_goal_heading(heading: str) -> bool:
    text = _NUMBER_PREFIX.sub("", heading).strip().rstrip(":")
    return bool(_GOAL_HEADING.match(text)) and not _NOT_GOAL_HEADING.search(text)


def document_title(blocks: list[Block]) -> str | None:
    """The first heading when it reads as the document's title (unnumbered): it names the whole
    document, so "# Mål och budget 2023" does not make every paragraph a goal."""
    first = next((b for b in blocks if b.kind == "heading"), None)
    if first is None or _NUMBER_PREFIX.match(first.text):
        return None
    return first.text


def in_goal_section(path: list[str]) -> bool:
    """Under a goal heading: the nearest heading names goals, or an enclosing one names only goals
    ("Mål" › "Digital service" holds goals; "Mål och strategi" › "Iakttagelser" does not)."""
    if path and is_goal_heading(path[-1]):
        return True
    return any(is_goal_heading(h) and not re.search(r"\soch\s", h, re.I) for h in path[:-1])


def headings(path: list[str], title: str | None) -> list[str]:
    """A heading path without the document title."""
    return path[1:] if path and title is not None and path[0] == title else path


def indicator_of(text: str) -> str | None:
    """The indicator a goal names: what follows "mäts genom", else the indicator word and a few after it."""
    measured = _MEASURED_BY.search(text)
    if measured:
        return measured.group("what").strip()
    m = _INDICATOR.search(text)
    if not m:
        return None
    if m.group(0) == "%":
        return "%"
    rest = text[m.end():]
    stop = _INDICATOR_STOP.search(rest)
    words = (rest[: stop.start()] if stop else rest).split()[:5]
    return " ".join([m.group(0), *words])


def target_of(text: str) -> str | None:
    for m in _TARGET.finditer(text):
        value = m.group(0).strip()
        number = re.search(_NUM, value)
        if number and _YEAR_ONLY.match(number.group(0)) and "%" not in value and "procent" not in value:
            continue
        return value
    return None


def deadline_of(text: str):
    """The first date or year that follows a deadline word, as a DateMatch, or None."""
    for found in find_dates(text, bare_years=True):
        if _DEADLINE_CUE.search(text[max(0, found.start - 25): found.start]):
            return found
    return None


def make_goal(text: str, location: Location, quote: str | None = None, *, measure_text: str | None = None,
              indicator: str | None = None, target: str | None = None, deadline_text: str | None = None) -> Goal:
    """A Goal with its measurability filled in from ``measure_text`` (default: the goal text)."""
    basis = measure_text if measure_text is not None else text
    indicator = indicator or indicator_of(basis)
    target = target or target_of(basis)
    found = None
    if deadline_text:
        dates = find_dates(deadline_text, bare_years=True)
        found = dates[0] if dates else None
    found = found or deadline_of(basis)
    return Goal(
        text=_trim(text),
        indicator=indicator,
        target=target,
        deadline=found.date if found else None,
        deadline_year=found.year if found else None,
        measurable=bool(indicator and (target or found)),
        location=location,
        quote=_trim(quote or text),
    )


def _says_goal(sentence: str) -> bool:
    if may_contain(sentence, ("mål",)):  # what both goal-word patterns need; they are slow to rule out
        if _DEFINITELY_GOAL.search(sentence):
            return True
        if _SAYS_GOAL.search(sentence):
            return not _LIFECYCLE.search(sentence)
    return bool(_COMMITMENT.search(sentence) and deadline_of(sentence) and not _LIFECYCLE.search(sentence))


def _with_measure(parts: list[str], i: int) -> str:
    """A goal sentence plus the next one when that one says how it is measured."""
    if i + 1 < len(parts) and re.search(r"\bmät(?:s|as|es)\b|\bindikator|\bnyckeltal", parts[i + 1], re.I) \
            and not _says_goal(parts[i + 1]):
        return parts[i] + " " + parts[i + 1]
    return parts[i]


def is_lead_in(text: str) -> bool:
    """"Målen är:" or "Arbetet ska leda till att" (a list follows, without a colon in some documents)."""
    stripped = text.strip()
    return stripped.endswith(":") or bool(_OPEN_END.search(stripped[-16:]))  # anchored at the end


def _section_goal(text: str) -> bool:
    """A paragraph under a goal heading is a goal unless it is a lead-in, a purpose or a follow-up."""
    stripped = text.strip()
    if not stripped or is_lead_in(stripped) or _PURPOSE.match(stripped):
        return False
    return not (_LIFECYCLE.search(stripped) and not target_of(stripped) and not _SAYS_GOAL.search(stripped))


def _column(header: list[str], pattern: re.Pattern[str], skip: set[int]) -> int | None:
    for i, cell in enumerate(header):
        if i not in skip and pattern.search(cell.strip()):
            return i
    return None


def _table_goals(block: Block, in_section: bool) -> Iterator[Goal]:
    rows = [[c or "" for c in row] for row in block.rows]
    if not rows:
        return
    header = [_NUMBER_PREFIX.sub("", c).strip() for c in rows[0]]
    goal_col = next((i for i, c in enumerate(header)
                     if _TABLE_GOAL.match(c) and not _NOT_GOAL_HEADING.search(c)), None)
    if goal_col is None and not in_section:
        return
    if goal_col is None:
        body, goal_col, cols = rows, 0, (None, None, None)
        start = 1
    else:
        taken = {goal_col}
        ind = _column(header, _TABLE_INDICATOR, taken)
        tgt = _column(header, _TABLE_TARGET, taken | ({ind} if ind is not None else set()))
        tim = _column(header, _TABLE_TIME, taken | {c for c in (ind, tgt) if c is not None})
        body, cols, start = rows[1:], (ind, tgt, tim), 2
    for r, row in enumerate(body, start=start):
        text = row[goal_col].strip() if goal_col < len(row) else ""
        if not text:
            continue
        ind, tgt, tim = (row[c].strip() or None if c is not None and c < len(row) else None for c in cols)
        quote = " | ".join(c.strip() for c in row if c.strip())
        yield make_goal(text, cell_location(block.location, r, goal_col + 1), quote,
                        measure_text=quote, indicator=ind, target=tgt, deadline_text=tim)


def find_goals(blocks: Iterable[Block], org: Organisation | None = None) -> list[Goal]:
    """Goal statements in reading order (``org`` is accepted for symmetry with other extractors)."""
    blocks = list(blocks)
    title = document_title(blocks)
    goals: list[Goal] = []
    list_section: list[str] | None = None  # the section of an open "Målen är:" lead-in
    sections: dict[tuple[str, ...], bool] = {}  # per heading path: most blocks share their section's
    for block in blocks:
        if block.kind == "heading":
            list_section = None
            continue
        key = tuple(block.location.section)
        in_section = sections.get(key)
        if in_section is None:
            in_section = sections[key] = in_goal_section(headings(block.location.section, title))
        if block.kind == "table":
            goals.extend(_table_goals(block, in_section))
            continue
        text = block.text.strip()
        if not text:
            continue
        if in_section:
            if _section_goal(text):
                goals.append(make_goal(text, block.location))
            continue
        if list_section is not None and block.location.section == list_section \
                and not is_lead_in(text) and len(text) <= 400:
            goals.append(make_goal(text, block.location))
            continue
        list_section = None
        if not (may_contain(text, ("mål",)) or (_YEAR_HINT.search(text) and may_contain(text, ("ska",)))):
            continue
        parts = sentences(text)
        for i, sentence in enumerate(parts):
            if _says_goal(sentence) and not is_lead_in(sentence):
                measured = _with_measure(parts, i)
                goals.append(make_goal(sentence, block.location, measured, measure_text=measured))
        if is_lead_in(text) and re.search(rf"\b{_GOAL_WORD}\b", parts[-1] if parts else "", re.I):
            list_section = block.location.section
    return goals
