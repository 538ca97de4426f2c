"""Checklists as loaded from YAML. Check specs are validated per kind by the check registry."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from govcheck.model.common import Strict, Text


class ChecklistProvenance(Strict):
    source: str | list[str]
    criteria: list[str] = []
    note: str | None = None


class ControlProvenance(Strict):
    source: str | list[str]
    question: str | None = None
    criteria: list[str] = []
    note: str | None = None


class Topic(Strict):
    """A named topic and the Swedish terms that show a text covers it.

    A term matches across inflection and as the tail of a compound: "klassning" finds
    "informationsklassningen"; a term of several words finds them in that order, close
    together ("följs upp" finds "följs regelbundet upp"). See govcheck/lexicon.py.
    """

    sv: str
    en: str
    terms: list[str] = Field(min_length=1)


class Control(Strict):
    """An audit question. ``aggregate`` says how its checks' outcomes make its verdict:
    ``worst`` (default) — it holds only if every outcome holds; ``balanced`` — the auditor's
    "delvis": fulfilled when all hold, not fulfilled when none does, partially otherwise."""

    id: str = Field(pattern=r"^[A-Z][A-Z0-9]*-[0-9A-Za-z.]+$")
    title: Text
    provenance: ControlProvenance
    recommendation: Text
    aggregate: Literal["worst", "balanced"] = "worst"
    checks: list[Any] = Field(min_length=1)


class Checklist(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    version: int = Field(ge=1)
    title: Text
    description: Text | None = None
    provenance: ChecklistProvenance
    topics: dict[str, Topic] = {}
    controls: list[Control] = Field(min_length=1)
