"""Validate loaded YAML against one of govcheck's JSON Schemas and report the first error in place.

Two validators, one verdict: jsonschema-rs (compiled, about a hundred times faster) decides
whether a file is valid; only a file it finds invalid goes through jsonschema, whose errors
carry the paths and context that the message and line come from. A file is rejected only when
jsonschema finds an error, so a difference between the two (jsonschema-rs also checks
``format`` and reads ``pattern`` as ECMA-262) can cost time but never changes what is accepted
or what is said; without jsonschema-rs every file goes through jsonschema.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable

from govcheck.errors import InputFileError
from govcheck.errortext import schema_message
from govcheck.resources import schema_path
from govcheck.yamlload import Located


if TYPE_CHECKING:
    import jsonschema


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict[str, Any]:
    return json.loads(schema_path(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _fast_validator(name: str) -> Callable[[Any], bool] | None:
    """jsonschema-rs's ``is_valid`` for schema ``name``; None when it is not installed or does
    not take the schema."""
    try:
        import jsonschema_rs

        return jsonschema_rs.validator_for(load_schema(name)).is_valid
    except Exception:  # not installed, or a schema it cannot compile: the slow path decides
        return None


def is_valid_fast(data: Any, schema_name: str) -> bool:
    """True when jsonschema-rs finds ``data`` valid; False when it finds it invalid, cannot
    take it (a value that is not JSON) or is missing, and jsonschema must look."""
    check = _fast_validator(schema_name)
    if check is None:
        return False
    try:
        return bool(check(data))
    except Exception:
        return False


def _describe(error: jsonschema.ValidationError) -> tuple[str, str]:
    """A schema error in English and Swedish, led by the key path it is at."""
    where = "/".join(str(p) for p in error.absolute_path)
    lead = f"{where}: " if where else ""
    swedish = schema_message(error)
    if error.validator == "additionalProperties":
        return lead + error.message.replace("Additional properties are not allowed", "unknown key(s)"), lead + swedish
    message = error.message
    if isinstance(error.instance, (str, int, float, bool)):
        found = repr(error.instance)
        message += "" if found in message else f" (found {found})"
        swedish += "" if found in swedish else f" (hittade {found})"
    return lead + message, lead + swedish


def validate_located(located: Located, schema_name: str, cls: type[InputFileError]) -> None:
    """Raise ``cls`` at the line of the most relevant schema error, if any."""
    if is_valid_fast(located.data, schema_name):
        return
    import jsonschema  # only for a file the fast validator did not pass: its errors have paths
    from jsonschema.exceptions import best_match

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
    en, sv = _describe(error)
    raise located.error(path, en, cls, sv=sv)
