"""Find follow-up provisions: what is followed up, how often, and to whom it is reported.

A sentence is a follow-up provision when it says so ("följs upp", "ska följas upp",
"uppföljning sker/görs …", "återrapportering", "utvärderas"), or when it reports
("redovisas", "rapporteras", "statusrapport") to a body or at a stated frequency. Under a
heading "Uppföljning", "Uppföljning och utvärdering", "Revidering och uppföljning" … a
frequency or a recipient alone is enough. Sentences that only revise the document
("Policyn revideras varje mandatperiod") are review provisions (extract/metadata), not
follow-up, and a sentence that says follow-up does not happen ("utan att nyttan har följts
upp", "följs inte upp") provides for nothing.

Sentences that continue a provision ("Uppföljningen redovisas för kommunstyrelsen",
"Resultatet …", or no subject at all) are merged into it, within a paragraph or across the
paragraphs under a follow-up heading, so that "Strategin följs upp årligen. Resultatet
redovisas för kommunstyrelsen." is one provision with both a frequency and a recipient.

- ``what``: the subject as written ("Strategin", "Arbetet med digitalisering"), the object
  of "följer upp X", or X in "uppföljning av X"; None for pronouns.
- ``frequency``: the most frequent of the periods named (month, quarter, tertial,
  half_year, interim_report, year, annual_report, term); None for "vid behov", "löpande".
- ``reported_to``: the body after till / för / inför ("till kommunstyrelsen", "för KS");
  when none is named, the body that follows up ("följs upp av nämnden", "Kommunstyrelsen
  följer upp …"), since a board that follows up is the one informed. Level from
  normalise_level, unit from the organisation model.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from govcheck.extract.bodies import unit_for_body
from govcheck.extract.hints import may_contain
from govcheck.extract.goals import document_title, headings, sentences
from govcheck.extract.levels import normalise_level
from govcheck.extract.lines import Line
from govcheck.model import Block, FollowUp, Location, Organisation

QUOTE_LIMIT = 400

_NUMBER_PREFIX = re.compile(r"^\s*\d+(?:\.\d+)*\.?\s+")
_HEADING = re.compile(r"\b(?:uppföljning\w*|återrapportering\w*|utvärdering\w*|rapportering\w*)\b", re.I)

_FOLLOWS = re.compile(
    r"\bfölj(?:s|as|a|er|des|ts)\s+(?:[\wåäö-]+\s+){0,3}?upp\b|\båterrapporter\w*|\butvärder(?:as|a|ar)\b",
    re.I,
)
_FOLLOW_NOUN = re.compile(r"\b(?:uppföljning|utvärdering)(?:en|ar|arna)?\b", re.I)
_NOUN_ACTION = re.compile(r"\b(?:sker|ske|görs|göras|genomförs|genomföras|ska\s+ske|äger\s+rum)\b", re.I)
_REPORTS = re.compile(
    r"\b(?:redovis(?:as|a|ar|ning\w*)|rapporter(?:as|a|ar)|\w*rapport(?:en|er|erna)?|avrapporter\w*)\b", re.I)
# A follow-up or report said not to happen ("utan att nyttan har följts upp", "följs inte upp",
# "ingen uppföljning sker"): a statement of what is missing, not a provision, so the clause,
# to its end, is left out before the sentence is judged. "inte bara" and its like are not
# negations.
_NOT_ONLY = r"(?!\s+(?:bara|enbart|endast|minst)\b)"
_NEGATED = re.compile(
    r"\b(?:inte" + _NOT_ONLY + r"|ej|aldrig|utan\s+att|ingen|inga)\s+(?:[\wåäö-]+\s+){0,3}?"
    r"(?:följ\w*(?:\s+upp\b)?|uppfölj\w*|redovis\w*|rapporter\w*|återrapporter\w*|utvärder\w*)[^,;.]*"
    r"|\b(?:följ\w*|sker|görs|redovisas|rapporteras|utvärderas)\s+(?:[\wåäö-]+\s+)?(?:inte|ej|aldrig)\b"
    + _NOT_ONLY + r"[^,;.]*",
    re.I,
)
_NEGATION_HINT = ("inte", "ej", "aldrig", "utan att", "ingen", "inga")
# Outside a follow-up heading a provision needs one of these stems (see _is_provision).
_HINT = ("följ", "rapport", "utvärder", "uppföljning", "redovis")
_REVISION = re.compile(
    r"\b(?:revider\w*|ses\s+över|översyn\w*|uppdater\w*|aktualiser\w*|omprövas|omarbetas)\b", re.I)

# Normalised frequency, in order from the most to the least frequent: the first found wins.
_FREQUENCIES: list[tuple[str, re.Pattern[str]]] = [
    ("month", re.compile(
        r"\bmånadsvis\b|\b(?:varje|per|en gång i|en gång per)\s+månad(?:en)?\b|\bmånatlig\w*", re.I)),
    ("quarter", re.compile(
        r"\bkvartalsvis\b|\b(?:varje|per|en gång per)\s+kvartal\b|\bfyra gånger (?:per|om|i) år(?:et)?\b", re.I)),
    ("tertial", re.compile(
        r"\b(?:(?:varje|per|en gång per)\s+)?\w*tertial\w*|\btre gånger (?:per|om|i) år(?:et)?\b", re.I)),
    ("half_year", re.compile(
        r"\btvå gånger (?:per|om|i|varje) år(?:et)?\b|\btvå gånger årligen\b|\bhalvårsvis\b|"
        r"\b(?:varje|per|en gång per)\s+halvår\b|\bhalvårs\w*|\bvår och höst\b", re.I)),
    ("interim_report", re.compile(r"\bdelårs(?:rapport|bokslut|uppföljning|redovisning)\w*", re.I)),
    ("year", re.compile(
        r"\bårligen\b|\b(?:varje|per)\s+år\b|\ben gång (?:per|om|i|varje) år(?:et)?\b|\bårsvis\b|"
        r"\bårlig(?:a|t)?\b", re.I)),
    ("annual_report", re.compile(r"\bårs(?:redovisning|bokslut)\w*|\bverksamhetsberättelse\w*", re.I)),
    ("term", re.compile(r"\b(?:varje|per|en gång per|en gång varje)\s+mandatperiod\b|\bmandatperiod\w*", re.I)),
]

# What every match of each frequency pattern holds (see extract/hints.py): most sentences name
# no period, and the patterns that open with a word of any length are slow to rule out.
_FREQUENCY_HINTS = {
    "month": ("månad", "månatlig"),
    "quarter": ("kvartal", "fyra gånger"),
    "tertial": ("tertial", "tre gånger"),
    "half_year": ("två gånger", "halvår", "vår och höst"),
    "interim_report": ("delårs",),
    "year": ("år",),
    "annual_report": ("årsredovisning", "årsbokslut", "verksamhetsberättelse"),
    "term": ("mandatperiod",),
}

_RECIPIENT_CUE = re.compile(r"\b(?:till|för|inför)\s+(?=\S)", re.I)
_AGENT_CUE = re.compile(r"\bav\s+(?=\S)", re.I)
_SUBJECT = re.compile(
    r"^(?P<what>.{2,120}?)\s+(?:(?:ska|skall|bör|kommer att)\s+(?:[\wåäö-]+\s+){0,2}?)?"
    r"(?:följ(?:s|as|a)\s|redovis(?:as|a)\b|rapporter(?:as|a)\b|återrapporter(?:as|a)\b|utvärder(?:as|a)\b)",
    re.I,
)
_STOP = r"(?=\s+(?:sker|görs|ska|skall|genomförs|redovisas|rapporteras|i|på|mot|efter|inom|till|för|inför|två|" \
        r"tre|fyra|varje|årligen|halvårsvis|kvartalsvis|månadsvis|löpande|en gång|genom|av|vid)\b|[,.;:]|$)"
_OF = re.compile(r"\buppföljning(?:en)?\s+av\s+(?P<what>.+?)" + _STOP, re.I)
_OBJECT = re.compile(r"\bfölj(?:er|a)\s+upp\s+(?P<what>.+?)" + _STOP, re.I)
_CLAUSE = re.compile(r"\b(?:ska|skall|bör|har|är|kan|får)\b", re.I)
_NOT_SUBJECT = {"i", "på", "till", "för", "med", "mot", "av", "inom", "enligt", "att", "och", "om", "hur", "vad"}
_PRONOUNS = {"det", "detta", "den", "dessa", "de", "uppföljningen", "uppföljning", "resultatet", "resultaten",
             "rapporten", "redovisningen", "återrapporteringen", "utfallet"}
_MODIFIERS = {"respektive", "berörd", "ansvarig", "varje", "den", "det", "samtliga", "alla"}
_LEADING = re.compile(r"^(?:vidare|därefter|också|även|dessutom|sedan|slutligen)\s*,?\s+", re.I)


def _trim(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LIMIT else text[: QUOTE_LIMIT - 1] + "…"


@lru_cache(maxsize=4096)
def is_follow_up_heading(heading: str) -> bool:
    return bool(_HEADING.search(_NUMBER_PREFIX.sub("", heading)))


def frequency_of(text: str) -> tuple[str | None, str | None]:
    """(normalised frequency, the words as written) for the most frequent period the text names."""
    found: list[tuple[int, str, re.Match[str]]] = []
    for rank, (name, pattern) in enumerate(_FREQUENCIES):
        if not may_contain(text, _FREQUENCY_HINTS[name]):
            continue
        for m in pattern.finditer(text):
            # "två gånger per år" is half-yearly: its "per år" is no second, yearly match.
            if not any(m.start() < o.end() and o.start() < m.end() for _, _, o in found):
                found.append((rank, name, m))
    if not found:
        return None, None
    written = dict.fromkeys(m.group(0) for _, _, m in sorted(found, key=lambda f: f[2].start()))
    return found[0][1], ", ".join(written)


def _modifier(word: str, previous: str) -> bool:
    """A word that may stand before the head of a body's name: "kommunstyrelsens", "tekniska",
    "respektive", "Kultur- och"."""
    low = word.lower()
    return (low.endswith(("s", "a", "e", "-")) or low in _MODIFIERS
            or (low == "och" and previous.endswith("-")))


def _body_after(text: str, start: int) -> str | None:
    """The body named by the (up to three) words at ``start``, longest first; None if none."""
    words = re.findall(r"[\wåäöÅÄÖ-]+", text[start:start + 80])[:3]
    for k in range(len(words), 0, -1):
        phrase = " ".join(words[:k])
        last = words[k - 1]
        if last.endswith("s") and last.lower() not in ("ks", "ksau"):  # "nämndens plan": a genitive
            continue
        if not all(_modifier(w, words[i - 1] if i else "") for i, w in enumerate(words[:k - 1])):
            continue
        if normalise_level(last) != "unknown" and normalise_level(phrase) != "unknown":
            return phrase
    return None


def recipient_of(text: str) -> str | None:
    for m in _RECIPIENT_CUE.finditer(text):
        body = _body_after(text, m.end())
        if body:
            return body
    return None


def _agent_of(text: str) -> str | None:
    """The body that follows up or receives: "följs upp av X", "X följer upp", "X får en rapport"."""
    for m in _AGENT_CUE.finditer(text):
        body = _body_after(text, m.end())
        if body:
            return body
    subject = re.match(r"^\s*(?P<s>.{2,60}?)\s+(?:följer\s+upp|får|tar\s+del\s+av|erhåller)\b", text, re.I)
    if subject and normalise_level(subject.group("s")) != "unknown":
        return subject.group("s")
    return None


def what_of(text: str) -> str | None:
    for pattern in (_OF, _OBJECT, _SUBJECT):
        m = pattern.search(text)
        if m:
            what = _LEADING.sub("", m.group("what").strip(" ,"))
            relative = re.search(r"(\S+)\s+(?:som|vilka|vilket)$", what)  # "ska ha effektmål som följs upp"
            if relative:
                what = relative.group(1)
            what = re.sub(r"\s+\S+s\s+och$", "", what)  # "Arbetet planeras och följs upp"
            first = what.split()[0].lower()
            if len(what.split()) > 8 or first in _PRONOUNS or first in _NOT_SUBJECT or _CLAUSE.search(what):
                return None
            return what[:1].upper() + what[1:] if pattern is _SUBJECT else what
    return None


def _is_provision(sentence: str, under_heading: bool) -> bool:
    if may_contain(sentence, _NEGATION_HINT):  # what is not followed up provides for nothing
        sentence = _NEGATED.sub(" ", sentence)
    if _FOLLOWS.search(sentence):
        return True
    noun = bool(_FOLLOW_NOUN.search(sentence))
    reports = bool(_REPORTS.search(sentence))
    if not (noun or reports or under_heading) or (_REVISION.search(sentence) and not (noun or reports)):
        return False
    stated = frequency_of(sentence)[0] is not None or recipient_of(sentence) is not None
    if noun and (stated or _NOUN_ACTION.search(sentence)):
        return True
    return stated


@dataclass
class _Draft:
    """One provision's sentences, gathered while reading: those that follow one another, and
    under a follow-up heading also later ones of the section. ``quoted`` is what the quote
    shows: a part that does not follow the one before in the document (sentences left out
    between them, or another paragraph, which the location does not cite) is set off by
    "[…]", so that the quote can be cited as it stands."""

    location: Location
    parts: list[str] = field(default_factory=list)
    what: str | None = None
    quoted: str = ""
    last: tuple[int, int] = (-1, -1)  # (text number, sentence number) of the last part

    def add(self, sentence: str, at: tuple[int, int]) -> None:
        if self.parts:
            self.quoted += (" " if at == (self.last[0], self.last[1] + 1) else " […] ") + sentence
        else:
            self.quoted = sentence
        self.parts.append(sentence)
        self.last = at

    def build(self, org: Organisation | None) -> FollowUp:
        text = " ".join(self.parts)
        frequency, written = frequency_of(text)
        body = recipient_of(text) or _agent_of(text)
        unit = unit_for_body(body, org) if body else None
        return FollowUp(
            what=self.what,
            frequency=frequency,
            frequency_text=written,
            reported_to=body,
            reported_to_level=normalise_level(body) if body else None,
            reported_to_unit_id=unit.id if unit else None,
            location=self.location,
            quote=_trim(self.quoted),
        )


def _texts(blocks: Iterable[Block]) -> Iterator[tuple[str, Location | Line, list[str]]]:
    """(text, location, heading path) of paragraphs and of table cells that hold a sentence.

    A cell right of a label cell "Uppföljning" counts as standing under that heading, so
    a cover-sheet row "Uppföljning | Årligen till kommunstyrelsen" is a provision.
    """
    for block in blocks:
        if block.kind == "paragraph" and block.text.strip():
            yield block.text, block.location, block.location.section
        if block.kind != "table":
            continue
        for r, row in enumerate(block.rows, start=1):
            label = ""  # the cell to the left, stripped
            for c, cell in enumerate(row, start=1):
                cell = (cell or "").strip()
                if cell and label and len(label) < 40 and is_follow_up_heading(label):
                    yield cell, Line(cell, table=block.location, row=r, cell=c), [*block.location.section, label]
                elif len(cell) > 40:
                    yield cell, Line(cell, table=block.location, row=r, cell=c), block.location.section
                label = cell


def _continues(draft: _Draft | None, what: str | None) -> bool:
    return draft is not None and (what is None or (draft.what or "").lower() == what.lower())


def find_follow_ups(blocks: Iterable[Block], org: Organisation | None = None) -> list[FollowUp]:
    """Follow-up provisions in reading order, with frequency and recipient normalised."""
    blocks = list(blocks)
    title = document_title(blocks)
    drafts: list[_Draft] = []
    open_draft: _Draft | None = None
    open_section: list[str] | None = None
    heading_paths: dict[tuple[str, ...], bool] = {}  # most texts share their section's path
    for number, (text, place, path) in enumerate(_texts(blocks)):
        key = tuple(path)
        under_heading = heading_paths.get(key)
        if under_heading is None:
            under_heading = heading_paths[key] = any(is_follow_up_heading(h) for h in headings(path, title))
        if path != open_section or not under_heading:  # merge across paragraphs only under a heading
            open_draft, open_section = None, path
        if not under_heading and not may_contain(text, _HINT):
            continue
        for k, sentence in enumerate(sentences(text)):
            if not (under_heading or may_contain(sentence, _HINT)) or not _is_provision(sentence, under_heading):
                continue
            what = what_of(sentence)
            if not _continues(open_draft, what):
                open_draft = _Draft(place.location if isinstance(place, Line) else place, what=what)
                drafts.append(open_draft)
            open_draft.add(sentence, (number, k))
    return [d.build(org) for d in drafts]
