"""Load a workspace's facts.yaml: attested answers for what documents cannot decide."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from govcheck.errors import FactsError
from govcheck.model import Fact, FactsFile
from govcheck.schemacheck import validate_located
from govcheck.yamlload import load_yaml_file


def load_facts(path: Path) -> list[Fact]:
    """The facts of ``path``; FactsError with file, line and reason when it is malformed."""
    located = load_yaml_file(path, cls=FactsError)
    if located.data is None:
        return []
    validate_located(located, "facts.schema.json", FactsError)
    try:
        return FactsFile.model_validate(located.data).facts
    except ValidationError as exc:
        raise located.pydantic_error(exc, FactsError) from None
