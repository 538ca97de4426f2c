"""Model objects built from values govcheck made itself, without pydantic's validation.

Readers make a Block and a Location for every paragraph and extractors a Location for every
cited table cell, thousands per document; validating values the code has just built was a
visible share of reading and extraction time. Each object gets exactly the fields and the set
of given fields that the validating constructor call would have given it.
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_SET = object.__setattr__


def trusted(cls: type[M], given: frozenset[str] | set[str], **values) -> M:
    """An instance of ``cls`` holding ``values`` (every field), with ``given`` as its set fields."""
    new = object.__new__(cls)
    _SET(new, "__dict__", values)
    _SET(new, "__pydantic_fields_set__", set(given))
    _SET(new, "__pydantic_extra__", None)
    _SET(new, "__pydantic_private__", None)
    return new
