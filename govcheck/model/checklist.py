"""Checklists as loaded from YAML. Check specs are validated per kind by the check registry."""

from __future__ import annotations

from typing import Any

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


class Control(Strict):
    id: str = Field(pattern=r"^[A-Z][A-Z0-9]*-[0-9A-Za-z.]+$")
    title: Text
    provenance: ControlProvenance
    recommendation: Text
    checks: list[Any] = Field(min_length=1)


class Checklist(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    version: int = Field(ge=1)
    title: Text
    description: Text | None = None
    provenance: ChecklistProvenance
    controls: list[Control] = Field(min_length=1)
