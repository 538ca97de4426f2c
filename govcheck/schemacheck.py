"""Validate loaded YAML against one of govcheck's JSON Schemas and report the first error in place."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from govcheck.errors import InputFileError
from govcheck.resources import schema_path
from govcheck.yamlload import Located


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict[str, Any]:
    return json.loads(schema_path(name).read_text(encoding="utf-8"))


def _describe(error: jsonschema.ValidationError) -> str:
    where = "/".join(str(p) for p in error.absolute_path)
    if error.validator == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown key(s)")
    message = error.message
    if isinstance(error.instance, (str, int, float, bool)) and repr(error.instance) not in message:
        message += f" (found {error.instance!r})"
    return f"{where + ': ' if where else ''}{message}"


def validate_located(located: Located, schema_name: str, cls: type[InputFileError]) -> None:
    """Raise ``cls`` at the line of the most relevant schema error, if any."""
    validator_cls = jsonschema.validators.validator_for(load_schema(schema_name))
    validator = validator_cls(load_schema(schema_name))
    errors = sorted(validator.iter_errors(located.data), key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return
    error = best_match(errors)
    # Prefer the deepest error inside an if/then branch: it names the exact key that is wrong.
    while error.context:
        error = best_match(error.context)
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        # Point at the first unexpected key itself, not at the mapping that holds it.
        allowed = set(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        if extra:
            path += (extra[0],)
    raise located.error(path, _describe(error), cls)
