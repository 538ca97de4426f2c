"""A runner for check examples and case files, for govcheck's tests and for checklist authors.

An example is a check (as it would stand in a checklist), one or more small Markdown
documents, an optional organisation model and the verdict the check must give.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any, Iterable

from govcheck.api import load_corpus
from govcheck.checklists import parse_checklist
from govcheck.checks.base import Example
from govcheck.engine import evaluate_checklist
from govcheck.model import ControlResult, Fact, Organisation, OrgUnit
from govcheck.yamlload import Located


def evaluate_check(
    check: dict[str, Any],
    documents: Iterable[str],
    *,
    as_of: str | dt.date = "2023-11-27",
    organisation: list[dict[str, Any]] | None = None,
    topics: dict[str, dict[str, Any]] | None = None,
    facts: list[dict[str, Any]] | None = None,
) -> ControlResult:
    """Evaluate one check against Markdown documents written to a temporary folder."""
    checklist = parse_checklist(Located(
        data={
            "id": "example",
            "version": 1,
            "title": {"sv": "Exempel", "en": "Example"},
            "provenance": {"source": "example"},
            "topics": topics or {},
            "controls": [{
                "id": "EX-1",
                "title": {"sv": "Exempel", "en": "Example"},
                "provenance": {"source": "example"},
                "recommendation": {"sv": "-", "en": "-"},
                "checks": [check],
            }],
        },
        file="<example>",
    ))
    org = None
    if organisation:
        org = Organisation(units=[OrgUnit.model_validate(u) for u in organisation])
    day = as_of if isinstance(as_of, dt.date) else dt.date.fromisoformat(as_of)
    with tempfile.TemporaryDirectory(prefix="govcheck-example-") as tmp:
        paths = []
        for i, text in enumerate(documents, start=1):
            path = Path(tmp) / f"doc{i}.md"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        corpus = load_corpus(paths, organisation=org, as_of=day)
    if facts:
        corpus = corpus.model_copy(update={"facts": [Fact.model_validate(f) for f in facts]})
    return evaluate_checklist(checklist, corpus).controls[0]


def run_example(example: Example) -> ControlResult:
    return evaluate_check(
        example.check,
        [example.document, *example.more_documents],
        as_of=example.as_of,
        organisation=example.organisation,
        topics=example.topics,
        facts=example.facts,
    )
