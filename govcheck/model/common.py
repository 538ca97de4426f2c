"""Shared value types: bilingual text, locations in a document, provenance of a value."""

from __future__ import annotations

from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


def empty_list() -> Any:
    """The default of a list field: what ``= []`` means, with the same schema, but made by
    ``list()``. pydantic deep-copies a ``[]`` default for every object that lacks the field,
    which made reading documents from the parse cache (stored without defaults) slower."""
    return Field(default_factory=list, json_schema_extra={"default": []})


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, so typos in input never pass silently."""

    model_config = ConfigDict(extra="forbid")


class Text(Strict):
    """A user-facing text in Swedish and English."""

    sv: str
    en: str


Part = Literal["body", "header", "footer", "properties", "filename", "sidecar", "register", "facts"]


class Location(Strict):
    """Where in a document something stands; carried from the reader, never searched for afterwards.

    ``block`` is the reader's running block index (0-based). ``section`` is the heading path.
    ``paragraph`` counts paragraphs within the section (1-based); the document's title is one
    (the first of the opening, before any heading), as the section tree holds it. Tables are
    numbered 1-based in document order, rows and cells 1-based within the table.
    """

    part: Part = "body"
    block: int | None = None
    page: int | None = None
    section: list[str] = empty_list()
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    field: str | None = None


Source = Literal["extracted", "properties", "sidecar", "register", "default"]


class Provenance(Strict):
    """Where an extracted value came from, so a finding can cite it."""

    source: Source = "extracted"
    location: Location | None = None
    quote: str | None = None


class Sourced(Strict, Generic[T]):
    """A value wrapped with its provenance, as SPEC §3 allows: {value, source, location, quote}."""

    value: T
    source: Source = "extracted"
    location: Location | None = None
    quote: str | None = None
