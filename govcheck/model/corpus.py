"""The corpus: what checks read (documents + organisation + the date of the check)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from govcheck.model.common import Strict
from govcheck.model.document import GoverningDocument
from govcheck.model.organisation import Organisation


class InputEntry(Strict):
    path: str
    sha256: str | None = None
    format: str | None = None
    status: Literal["read", "unreadable"]


class Unreadable(Strict):
    path: str
    reason: str
    detail: str


class Corpus(Strict):
    documents: list[GoverningDocument]
    organisation: Organisation | None = None
    as_of: dt.date
    municipality: str | None = None
    inputs: list[InputEntry] = []
    unreadable: list[Unreadable] = []
