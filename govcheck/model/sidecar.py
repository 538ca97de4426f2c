"""Metadata a person states about a document: a sidecar ``<file>.meta.yaml``, Markdown front
matter, or one row of ``register.csv``. Every key is optional; a key that is present overrides
what was extracted. ``null`` clears an optional value the extractor got wrong (``valid_until:
null``); title, doc_type and status cannot be cleared, only replaced.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from govcheck.model.common import Strict
from govcheck.model.document import DocStatus, DocType, Level


class StatedAdoption(Strict):
    """A decision adopting the document. ``level`` is derived from ``body`` when omitted;
    ``year`` serves when only the year is known."""

    body: str | None = None
    level: Level | None = None
    date: dt.date | None = None
    year: int | None = Field(default=None, ge=1900, le=2100)
    paragraph: str | None = None
    reference: str | None = None


class StatedRevision(Strict):
    """A later revision, which restarts the document's age."""

    date: dt.date | None = None
    year: int | None = Field(default=None, ge=1900, le=2100)
    body: str | None = None
    paragraph: str | None = None


class DocumentMetadata(Strict):
    """The shape of a sidecar (schemas/sidecar.schema.json); a list given replaces the extracted list."""

    title: str = Field(default=None, min_length=1)
    doc_type: DocType = Field(default=None)
    status: DocStatus = Field(default=None)
    adoptions: list[StatedAdoption] | None = None
    revisions: list[StatedRevision] | None = None
    reference: str | None = None
    valid_until: dt.date | None = None
    review_by: dt.date | None = None
    owner: str | None = None
    scope: str | None = None
    replaces: list[str] | None = None
