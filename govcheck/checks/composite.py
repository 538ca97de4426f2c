"""Shared parts of the composite kinds ``all_of`` and ``any_of``: nested checks, validated by the registry."""

from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from govcheck.checks.base import CheckContext, CheckSpec, Outcome, worst


class CompositeSpec(CheckSpec):
    checks: list[Any] = Field(min_length=1, description="The nested checks.")

    @field_validator("checks")
    @classmethod
    def _validate_children(cls, value: list[Any]) -> list[CheckSpec]:
        from govcheck.checks import REGISTRY

        children = []
        for raw in value:
            if isinstance(raw, CheckSpec):
                children.append(raw)
                continue
            kind = REGISTRY.get(raw.get("kind")) if isinstance(raw, dict) else None
            if kind is None:
                found = raw.get("kind") if isinstance(raw, dict) else raw
                raise PydanticCustomError("unknown_check_kind", "unknown check kind {kind}", {"kind": repr(found)})
            children.append(kind.spec.model_validate(raw))
        return children

    def topic_ids(self) -> list[str]:
        return [t for child in self.checks for t in child.topic_ids()]


def run_children(spec: CompositeSpec, ctx: CheckContext) -> list[tuple[CheckSpec, str, list[Outcome]]]:
    """Each nested check with its own verdict (the worst of its outcomes) and outcomes."""
    from govcheck.checks import REGISTRY

    results = []
    for child in spec.checks:
        outcomes = list(REGISTRY[child.kind].run(child, ctx))
        results.append((child, worst(o.verdict for o in outcomes) or "not_assessable", outcomes))
    return results
