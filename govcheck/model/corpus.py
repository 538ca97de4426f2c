"""The corpus: what checks read (documents + organisation + the date of the check)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from govcheck.model.common import Strict
from govcheck.model.document import GoverningDocument
from govcheck.model.organisation import Organisation


class InputEntry(Strict):
    """One input file (or register row) and how it was read.

    ``format`` is the format detected from the content; ``format_note`` says when it differs
    from what the file name suggests. ``metadata_sources`` lists where the document's
    metadata came from: extracted, properties, register, sidecar.
    """

    path: str
    sha256: str | None = None
    format: str | None = None
    status: Literal["read", "unreadable", "metadata-only"]
    format_note: str | None = None
    metadata_sources: list[str] = []


class Unreadable(Strict):
    path: str
    reason: str
    detail: str


class Fact(Strict):
    """An attested fact from facts.yaml: what an interview, survey or observation established.

    ``value`` true / false / "partial" decides a fact check; ``note`` says what was found.
    """

    id: str
    value: bool | Literal["partial"]
    source: Literal["interview", "survey", "document", "observation", "other"]
    date: dt.date
    note: str | None = None
    by: str | None = None


class FactsFile(Strict):
    """The shape of a workspace's facts.yaml."""

    facts: list[Fact]


class Corpus(Strict):
    documents: list[GoverningDocument]
    organisation: Organisation | None = None
    as_of: dt.date
    municipality: str | None = None
    inputs: list[InputEntry] = []
    unreadable: list[Unreadable] = []
    facts: list[Fact] = []
    facts_source: str | None = None
