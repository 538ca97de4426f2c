"""GoverningDocument and what is extracted from it (SPEC §3)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from govcheck.model.common import Location, Provenance, Sourced, Strict, empty_list

DocType = Literal[
    "policy", "strategi", "program", "plan", "handlingsplan", "riktlinje", "regler", "rutin",
    "reglemente", "delegationsordning", "modell", "handbok", "projektplan", "projektrapport",
    "other",
]
DocStatus = Literal["draft", "adopted", "repealed", "unknown"]
Level = Literal["KF", "KS", "namnd", "utskott", "tjansteperson", "rad", "unknown"]


class Adoption(Strict):
    """One decision adopting the document: who (as written and normalised), when, §, diarienummer."""

    body: str | None = None
    level: Level = "unknown"
    date: dt.date | None = None
    year: int | None = None
    paragraph: str | None = None
    reference: str | None = None
    unit_id: str | None = None
    provenance: Provenance


class Revision(Strict):
    """A later revision (Reviderad …), which restarts the document's age."""

    date: dt.date | None = None
    year: int | None = None
    body: str | None = None
    level: Level | None = None
    paragraph: str | None = None
    provenance: Provenance


MatchStatus = Literal["current", "former", "unknown", "unmatched"]


class BodyMention(Strict):
    """A body or unit named in the text, matched against the organisation model where one is given.

    ``status``: ``current`` (matches a current name or alias), ``former`` (matches a former name;
    ``renamed_to`` and ``until`` say what and when), ``unknown`` (looks like a unit but is not in
    the model), ``unmatched`` (no organisation model to match against).
    """

    text: str
    unit_id: str | None = None
    status: MatchStatus = "unmatched"
    renamed_to: str | None = None
    until: dt.date | None = None
    location: Location
    quote: str | None = None


class Responsibility(Strict):
    """An actor → duty statement: "Kommunstyrelsen ansvarar för …", "Nämnderna ska …".

    ``actor`` is as written; ``unit_id`` and ``status`` come from matching it against the
    organisation model (as for BodyMention). Roles that are not units ("systemägaren")
    stay ``unmatched`` unless the model lists them.
    """

    actor: str
    duty: str
    unit_id: str | None = None
    status: MatchStatus = "unmatched"
    renamed_to: str | None = None
    location: Location
    quote: str


class DecisionStatement(Strict):
    """A statement that an actor decides something: "Digitaliseringsrådet beslutar om …".

    ``political`` is the organisation model's flag for the actor when it knows it, else a
    guess from the level (KF, KS, nämnd, utskott are political) or None.
    """

    actor: str
    matter: str
    level: Level = "unknown"
    unit_id: str | None = None
    political: bool | None = None
    location: Location
    quote: str


class Goal(Strict):
    """A goal statement and what makes it measurable: an indicator, a target value, a date."""

    text: str
    indicator: str | None = None
    target: str | None = None
    deadline: dt.date | None = None
    deadline_year: int | None = None
    measurable: bool = False
    location: Location
    quote: str


class FollowUp(Strict):
    """A follow-up provision: what is followed up, how often, and to whom it is reported.

    ``frequency`` is normalised: "year", "half_year", "quarter", "month", "tertial",
    "interim_report" (delårsrapport), "annual_report" (årsredovisning), "term" (mandatperiod)
    or None; ``frequency_text`` keeps the words as written.
    """

    what: str | None = None
    frequency: str | None = None
    frequency_text: str | None = None
    reported_to: str | None = None
    reported_to_level: Level | None = None
    reported_to_unit_id: str | None = None
    location: Location
    quote: str


class DelegationEntry(Strict):
    """One row of a delegationsordning: ärende, delegat, lagrum, anmärkning (and limits)."""

    matter: str
    delegate: str
    delegate_level: Level = "unknown"
    delegate_unit_id: str | None = None
    law: str | None = None
    note: str | None = None
    reference: str | None = None
    section: list[str] = empty_list()
    location: Location


class DocumentReference(Strict):
    """A reference in the text to another governing document, by its title.

    ``text`` is the name as written ("IT-policyn", "Riktlinjer för informationssäkerhet"),
    ``reference`` a diarienummer given with it ("KS 2017/123"), ``quote`` the sentence.
    """

    text: str
    reference: str | None = None
    location: Location
    quote: str | None = None


class PlannedAdoption(Strict):
    """What a draft says about its own coming decision: the body that is to adopt it, and when.

    "Strategin ska antas av kommunfullmäktige", "Kommunstyrelsen föreslår kommunfullmäktige att
    anta …", "Beslutsinstans: Kommunfullmäktige", "Planerat beslut: KF 2024-06-17".
    ``date_text`` keeps a planned date as written ("juni 2024"); ``date`` only a full date.
    """

    body: str
    level: Level = "unknown"
    unit_id: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    location: Location
    quote: str


class Table(Strict):
    rows: list[list[str]]
    location: Location


class Section(Strict):
    """A heading with its paragraphs and tables, and its subsections.

    The content before the first heading sits in a section with ``heading`` None and level 0.
    """

    heading: str | None
    level: int
    number: str | None = None
    location: Location | None = None
    paragraphs: list[str] = empty_list()
    tables: list[Table] = empty_list()
    sections: list["Section"] = empty_list()


class GoverningDocument(Strict):
    """One governing document as read and understood; checks read only this (via the Corpus)."""

    path: str
    sha256: str
    format: str
    title: Sourced[str] | None = None
    doc_type: Sourced[DocType]
    status: Sourced[DocStatus]
    adoptions: list[Adoption] = empty_list()
    revisions: list[Revision] = empty_list()
    reference: Sourced[str] | None = None
    valid_until: Sourced[dt.date] | None = None
    review_by: Sourced[dt.date] | None = None
    review_interval: Sourced[str] | None = None
    owner: Sourced[str] | None = None
    scope: Sourced[str] | None = None
    replaces: list[Sourced[str]] = empty_list()
    draft_markers: list[Sourced[str]] = empty_list()
    sections: list[Section] = empty_list()
    bodies_mentioned: list[BodyMention] = empty_list()
    responsibilities: list[Responsibility] = empty_list()
    decisions: list[DecisionStatement] = empty_list()
    goals: list[Goal] = empty_list()
    follow_ups: list[FollowUp] = empty_list()
    delegation_entries: list[DelegationEntry] = empty_list()
    document_references: list[DocumentReference] = empty_list()
    planned_adoption: PlannedAdoption | None = None
    format_note: str | None = None
