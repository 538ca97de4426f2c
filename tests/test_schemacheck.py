"""The fast schema validator (jsonschema-rs) only says "valid" where jsonschema agrees; a file is
rejected, with its place, only on jsonschema's word."""

import copy
import json

import jsonschema
import pytest
import yaml

from govcheck import schemacheck
from govcheck.checklists import builtin_ids, load_checklist
from govcheck.errors import ChecklistError
from govcheck.resources import data_dir
from govcheck.schemacheck import is_valid_fast, load_schema, validate_located
from govcheck.yamlload import load_yaml_text

def _slow_valid(data, schema_name):
    schema = load_schema(schema_name)
    return not list(jsonschema.validators.validator_for(schema)(schema).iter_errors(data))


def _checklists():
    return [yaml.safe_load((data_dir("checklists") / f"{i}.yaml").read_text(encoding="utf-8")) for i in builtin_ids()]


def _mutants(data):
    """Small breakages of a valid checklist, each of which jsonschema rejects."""
    out = []
    for key, value in (("id", 7), ("title", None), ("controls", {}), ("unknown_key", 1)):
        broken = copy.deepcopy(data)
        broken[key] = value
        out.append(broken)
    for mutate in (lambda c: c.update(id=""), lambda c: c.pop("checks"), lambda c: c.update(checks=[]),
                   lambda c: c["checks"][0].update(kind="no-such-kind"),
                   lambda c: c["checks"][0].update(no_such_option=True)):
        broken = copy.deepcopy(data)
        mutate(broken["controls"][0])
        out.append(broken)
    return out


def test_the_fast_validator_is_installed_and_passes_every_builtin_checklist():
    assert schemacheck._fast_validator("checklist.schema.json") is not None
    for data in _checklists():
        assert is_valid_fast(data, "checklist.schema.json") and _slow_valid(data, "checklist.schema.json")


@pytest.mark.parametrize("index", range(len(builtin_ids())))
def test_the_fast_validator_never_passes_what_jsonschema_rejects(index):
    data = _checklists()[index]
    for broken in _mutants(data):
        assert not _slow_valid(broken, "checklist.schema.json")
        assert not is_valid_fast(broken, "checklist.schema.json"), json.dumps(broken, ensure_ascii=False)[:200]


def test_a_value_the_fast_validator_cannot_take_goes_to_jsonschema():
    assert is_valid_fast({"id": object()}, "checklist.schema.json") is False


def test_without_the_fast_validator_the_same_error_and_line(monkeypatch):
    text = (data_dir("checklists") / "styrdokument.yaml").read_text(encoding="utf-8")
    line = text[: text.index("- kind: adopted")].count("\n") + 1
    located = load_yaml_text(text.replace("- kind: adopted", "- kind: nope", 1), "bad.yaml", cls=ChecklistError)
    with pytest.raises(ChecklistError) as fast:
        validate_located(located, "checklist.schema.json", ChecklistError)
    monkeypatch.setattr(schemacheck, "is_valid_fast", lambda data, name: False)
    with pytest.raises(ChecklistError) as slow:
        validate_located(located, "checklist.schema.json", ChecklistError)
    assert str(fast.value) == str(slow.value) and "kind" in str(fast.value)
    assert fast.value.line == slow.value.line == line


def test_builtin_checklists_still_load():
    assert all(load_checklist(i).controls for i in builtin_ids())
