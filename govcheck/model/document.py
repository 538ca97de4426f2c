"""GoverningDocument and what is extracted from it (SPEC §3)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from govcheck.model.common import Provenance, Sourced, Strict, Location

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


class BodyMention(Strict):
    """A body or unit named in the text, matched against the organisation model where one is given.

    ``status``: ``current`` (matches a current name or alias), ``former`` (matches a former name;
    ``renamed_to`` and ``until`` say what and when), ``unknown`` (looks like a unit but is not in
    the model), ``unmatched`` (no organisation model to match against).
    """

    text: str
    unit_id: str | None = None
    status: Literal["current", "former", "unknown", "unmatched"] = "unmatched"
    renamed_to: str | None = None
    until: dt.date | None = None
    location: Location
    quote: str | None = None


class DocumentReference(Strict):
    """A reference in the text to another governing document, by its title."""

    text: str
    location: Location


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
    paragraphs: list[str] = []
    tables: list[Table] = []
    sections: list["Section"] = []


class GoverningDocument(Strict):
    """One governing document as read and understood; checks read only this (via the Corpus)."""

    path: str
    sha256: str
    format: str
    title: Sourced[str] | None = None
    doc_type: Sourced[DocType]
    status: Sourced[DocStatus]
    adoptions: list[Adoption] = []
    revisions: list[Revision] = []
    reference: Sourced[str] | None = None
    valid_until: Sourced[dt.date] | None = None
    review_by: Sourced[dt.date] | None = None
    review_interval: Sourced[str] | None = None
    owner: Sourced[str] | None = None
    scope: Sourced[str] | None = None
    replaces: list[Sourced[str]] = []
    draft_markers: list[Sourced[str]] = []
    sections: list[Section] = []
    bodies_mentioned: list[BodyMention] = []
    document_references: list[DocumentReference] = []
    format_note: str | None = None
