"""Find what a draft says about its own coming decision: which body is to adopt it, and when (SPEC §4 DR-1).

A draft names its decision in one of these ways, and the first one found wins:

- a label, in a paragraph line or a table row: "Beslutsinstans: Kommunfullmäktige",
  "Beslutande organ: KS", "Antas av: kommunfullmäktige", "Fastställs av: …",
  "Planerat beslut: KF 2024-06-17", "Beslut planeras i: kommunstyrelsen";
- a sentence that the document is to be adopted: "Strategin ska antas av kommunfullmäktige",
  "Policyn föreslås fastställas av kommunstyrelsen i juni 2024", "… planeras att antas av KF";
- a proposal: "Kommunstyrelsen föreslår kommunfullmäktige att anta …", "Kommunfullmäktige
  föreslås besluta att anta …", "Förvaltningen föreslår att kommunstyrelsen antar …";
- under a heading "Förslag till beslut" / "Beslutsförslag": "Kommunfullmäktige antar …",
  "Kommunfullmäktige beslutar att anta …".

The body is the longest phrase of up to four words after (or, for "X föreslås anta", before)
the cue whose level normalise_level knows; a planned date is the first date in the rest of
the sentence ("KF 2024-06-17", "i juni 2024").
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from govcheck.extract.bodies import unit_for_body
from govcheck.extract.dates import find_dates
from govcheck.extract.goals import sentences
from govcheck.extract.hints import may_contain
from govcheck.extract.levels import normalise_level
from govcheck.extract.lines import cell_location
from govcheck.model import Block, Location, Organisation
from govcheck.model.document import PlannedAdoption

QUOTE_LIMIT = 300

_ADOPT_INF = r"(?:antas|fastställas|beslutas|godkännas|behandlas)"
_ADOPT_VERB = r"(?:anta|antar|fastställa|fastställer|godkänna|godkänner)"
_LABEL = re.compile(
    r"^\s*\**\s*(?:beslutsinstans|beslutande\s+(?:organ|instans)|beslutsorgan|"
    r"(?:ska\s+)?(?:antas|fastställs|beslutas)\s+av|planerat?\s+beslut(?:\s+i|\s+av)?|"
    r"beslut\s+planeras\s+(?:i|av)|planerad\s+beslutsinstans|planerat\s+antagande|"
    r"förslag\s+till\s+beslutsinstans)\s*\**\s*:\s*\**\s*(?P<v>.+)$",
    re.I,
)
_LABEL_CELL = re.compile(
    r"^\s*(?:beslutsinstans|beslutande\s+(?:organ|instans)|beslutsorgan|(?:ska\s+)?(?:antas|fastställs|beslutas)\s+av|"
    r"planerat?\s+beslut(?:\s+i|\s+av)?|beslut\s+planeras\s+(?:i|av)|planerad\s+beslutsinstans|planerat\s+antagande)"
    r"\s*:?\s*$",
    re.I,
)
# Every label above names a decision ("beslut…"), or adoption or confirmation ("antas", "antagande", "fastställs").
_LABEL_HINT = ("beslut", "antas", "antag", "fastställs")
_TO_BE_ADOPTED = re.compile(
    rf"\b(?:ska|skall|kommer\s+att|föreslås|planeras(?:\s+att)?|avses|beräknas)\s+(?:att\s+)?(?:kunna\s+)?"
    rf"{_ADOPT_INF}\s+(?:\S+\s+){{0,3}}?av\s+",
    re.I,
)
_PROPOSES = re.compile(rf"\bföreslår\s+(?:att\s+)?(?=\S+(?:\s+\S+){{0,3}}?\s+(?:att\s+)?{_ADOPT_VERB}\b)", re.I)
_PROPOSED_SUBJECT = re.compile(
    rf"^(?:att\s+)?(?P<body>\S+(?:\s+\S+){{0,3}}?)\s+föreslås\s+(?:besluta\s+)?(?:att\s+)?{_ADOPT_VERB}\b", re.I)
_PROPOSED_OBJECT = re.compile(rf"\bföreslås\s+(?=\S+(?:\s+\S+){{0,3}}?\s+(?:besluta\s+)?(?:att\s+)?{_ADOPT_VERB}\b)",
                              re.I)
_DECIDES = re.compile(
    rf"^(?:att\s+)?(?P<body>\S+(?:\s+\S+){{0,3}}?)\s+(?:beslutar\s+(?:att\s+)?)?{_ADOPT_VERB}\b", re.I)
_PROPOSAL_HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:förslag\s+till\s+beslut|beslutsförslag)\b", re.I)


def _trim(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "…"


def body_at(text: str) -> str | None:
    """The body named by the (up to four) words at the start of ``text``, longest first."""
    words = re.findall(r"[\wåäöÅÄÖ][\wåäöÅÄÖ-]*", text[:80])[:4]
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[:k])
        if normalise_level(words[k - 1]) != "unknown" and normalise_level(phrase) != "unknown":
            return phrase
    return None


_DATE_CUE = re.compile(r"(?:\b(?:i|den|vid|under|senast|före|planerat|sammanträde[st]?|sammanträdet\s+den|mötet?)\s+|^\W*)$",
                       re.I)


def _planned(body: str, rest: str, location: Location, quote: str, org: Organisation | None,
             *, labelled: bool = False) -> PlannedAdoption:
    """``rest`` is the text after the body's cue; in a sentence only a date after "i", "den",
    "vid", "senast" … is the decision's ("att anta Strategi 2024–2027" names no date)."""
    dates = find_dates(rest, bare_years=True)
    if not labelled:
        dates = [d for d in dates if _DATE_CUE.search(rest[max(0, d.start - 25): d.start])
                 and rest[max(0, d.start - 25): d.start].strip()]
    found = dates[0] if dates else None
    unit = unit_for_body(body, org)
    return PlannedAdoption(
        body=body,
        level=normalise_level(body),
        unit_id=unit.id if unit else None,
        date=found.date if found else None,
        date_text=found.text if found else None,
        location=location,
        quote=_trim(quote),
    )


# A table cell as (its table's location, row, cell): made into a Location only when a finding
# cites it, as most cells never are.
_Cell = tuple[Location, int, int]


def _where(place: Location | _Cell) -> Location:
    return cell_location(*place) if type(place) is tuple else place


def _texts(blocks: Iterable[Block]) -> Iterator[tuple[str, Location | _Cell, list[str], str | None]]:
    """(text, place, heading path, label) of paragraph lines and of table cells after a label cell."""
    for block in blocks:
        if block.kind in ("paragraph", "list_item", "list") and block.text.strip():
            for line in block.text.splitlines():
                if line.strip():
                    yield line.strip(), block.location, block.location.section, None
        elif block.kind == "table":
            table = block.location
            path = table.section
            for r, row in enumerate(block.rows, start=1):
                label = ""  # the cell to the left, stripped
                for c, cell in enumerate(row, start=1):
                    cell = (cell or "").strip()
                    if cell:
                        yield cell, (table, r, c), path, label if label and _LABEL_CELL.match(label) else None
                    label = cell


# Outside a "Förslag till beslut" section every sentence pattern needs one of these words.
_HINT = ("antas", "fastställas", "beslutas", "godkännas", "behandlas", "föreslå")


def _from_sentence(sentence: str, in_proposal: bool) -> tuple[str, str] | None:
    """(body, rest of the sentence) when the sentence names the adopting body."""
    m = _TO_BE_ADOPTED.search(sentence)
    if m and (body := body_at(sentence[m.end():])):
        return body, sentence[m.end():]
    m = _PROPOSES.search(sentence)
    if m and (body := body_at(sentence[m.end():])):
        return body, sentence[m.end():]
    m = _PROPOSED_OBJECT.search(sentence)
    if m and (body := body_at(sentence[m.end():])):
        return body, sentence[m.end():]
    m = _PROPOSED_SUBJECT.match(sentence)
    if m and (body := body_at(m.group("body"))):
        return body, sentence[m.end():]
    if in_proposal:
        m = _DECIDES.match(sentence)
        if m and (body := body_at(m.group("body"))):
            return body, sentence[m.end():]
    return None


def find_planned_adoption(blocks: Iterable[Block], org: Organisation | None = None) -> PlannedAdoption | None:
    """The body a draft is to be adopted by, with a planned date, or None when the draft does not say."""
    texts = list(_texts(blocks))
    labelled = []
    for text, location, _, label in texts:
        if label:
            value = text
        elif ":" in text and may_contain(text, _LABEL_HINT) and (m := _LABEL.match(text)):
            value = m.group("v")
        else:
            continue
        if value and (body := body_at(value)):
            quote = f"{label}: {text}" if label else text
            labelled.append(_planned(body, value, _where(location), quote, org, labelled=True))
    if labelled:  # "Beslutsinstans: KS" on one line, "Planerat beslut: KS 2024-06-17" on the next
        dated = next((p for p in labelled if p.date_text), None)
        first = labelled[0]
        if dated and not first.date_text:
            return first.model_copy(update={"date": dated.date, "date_text": dated.date_text,
                                            "quote": _trim(f"{first.quote}; {dated.quote}")})
        return first
    proposal: dict[tuple[str, ...], bool] = {}  # per heading path: most texts share their section's
    last_path, in_proposal = None, False
    for text, location, path, label in texts:
        if label:
            continue
        if path is not last_path:  # the texts of one block share its path
            key = tuple(path)
            in_proposal = proposal.get(key)
            if in_proposal is None:
                in_proposal = proposal[key] = any(_PROPOSAL_HEADING.match(h) for h in path)
            last_path = path
        if not in_proposal and not may_contain(text, _HINT):
            continue
        for sentence in sentences(text):
            found = _from_sentence(sentence, in_proposal)
            if found:
                return _planned(found[0], found[1], _where(location), sentence, org)
    return None
