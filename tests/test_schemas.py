"""The committed schemas are what the model and the registry produce."""

import json

import jsonschema
import pytest

from govcheck.resources import schema_path
from govcheck.schemas_export import dump, generated_schemas


@pytest.mark.parametrize("name", sorted(generated_schemas()))
def test_committed_schema_is_in_sync(name):
    committed = schema_path(name).read_text(encoding="utf-8")
    assert committed == dump(generated_schemas()[name]), (
        f"schemas/{name} is stale: run `python -m govcheck.schemas_export schemas`"
    )


@pytest.mark.parametrize("name", [*sorted(generated_schemas()), "report.schema.json"])
def test_schemas_are_valid_json_schema(name):
    schema = json.loads(schema_path(name).read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)
