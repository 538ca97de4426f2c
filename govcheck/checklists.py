"""Load checklists (built-in by id, or a user's YAML/JSON file), validated by schema and registry."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from govcheck.checks import REGISTRY
from govcheck.errors import ChecklistError, UsageError
from govcheck.model import Checklist
from govcheck.resources import data_dir
from govcheck.schemacheck import validate_located
from govcheck.yamlload import Located, load_yaml_file

DRAFT_ONLY = {"utkast"}


def checklist_schema() -> dict[str, Any]:
    """The checklist JSON Schema, derived from the Checklist model and the check registry.

    Each check is validated by an if/then branch on its ``kind``, so an error names the
    exact key that is wrong instead of "not valid under any of the given schemas".
    """
    schema = Checklist.model_json_schema()
    defs = schema.setdefault("$defs", {})
    branches = []
    for name, kind in sorted(REGISTRY.items()):
        spec_schema = copy.deepcopy(kind.spec.model_json_schema())
        for def_name, sub in spec_schema.pop("$defs", {}).items():
            defs.setdefault(def_name, sub)
        spec_schema["properties"]["kind"] = {"const": name}
        if "checks" in spec_schema["properties"]:  # composites nest whole checks
            spec_schema["properties"]["checks"] = {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/Check"}}
        spec_schema["title"] = name
        spec_schema["description"] = kind.summary.en
        defs[f"check_{name}"] = spec_schema
        branches.append({"if": {"properties": {"kind": {"const": name}}, "required": ["kind"]},
                         "then": {"$ref": f"#/$defs/check_{name}"}})
    defs["Check"] = {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"enum": sorted(REGISTRY)}},
        "allOf": branches,
    }
    defs["Control"]["properties"]["checks"] = {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/Check"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://govcheck.invalid/schemas/checklist.schema.json",
        **schema,
        "title": "govcheck checklist",
    }


def builtin_ids() -> list[str]:
    return sorted(p.stem for p in data_dir("checklists").glob("*.yaml"))


def default_ids() -> list[str]:
    """Without --checklist every built-in runs except the pre-adoption ones (SPEC §5)."""
    return [i for i in builtin_ids() if i not in DRAFT_ONLY]


def load_checklist(ref: str | Path) -> Checklist:
    """Load a checklist by built-in id or by file path; ChecklistError carries file and line."""
    path = Path(ref)
    if not path.is_file():
        candidate = data_dir("checklists") / f"{ref}.yaml"
        if isinstance(ref, str) and candidate.is_file():
            path = candidate
        else:
            known = ", ".join(builtin_ids())
            raise UsageError(f"checklist {str(ref)!r} is neither a file nor a built-in id ({known})",
                             sv=f"checklistan {str(ref)!r} är varken en fil eller en inbyggd checklista ({known})")
    located = load_yaml_file(path, cls=ChecklistError)
    return parse_checklist(located)


def parse_checklist(located: Located) -> Checklist:
    if not isinstance(located.data, dict):
        raise ChecklistError(located.file, "a checklist must be a mapping with id, title, controls", 1, 1,
                             sv="en checklista ska vara en mappning med id, title och controls")
    validate_located(located, "checklist.schema.json", ChecklistError)
    try:
        checklist = Checklist.model_validate(located.data)
    except ValidationError as exc:
        raise located.pydantic_error(exc, ChecklistError) from None
    seen: set[str] = set()
    for ci, control in enumerate(checklist.controls):
        if control.id in seen:
            raise located.error(("controls", ci, "id"), f"duplicate control id {control.id!r}", ChecklistError,
                                sv=f"kontrollmålet {control.id!r} finns redan")
        seen.add(control.id)
        specs = []
        for ki, raw in enumerate(control.checks):
            kind = REGISTRY.get(raw.get("kind")) if isinstance(raw, dict) else None
            if kind is None:
                raise located.error(("controls", ci, "checks", ki, "kind"), "unknown check kind", ChecklistError,
                                    sv="okänd kontrolltyp")
            try:
                spec = kind.spec.model_validate(raw)
            except ValidationError as exc:
                raise located.pydantic_error(exc, ChecklistError, ("controls", ci, "checks", ki)) from None
            for topic_id in spec.topic_ids():
                if topic_id not in checklist.topics:
                    raise located.error(
                        ("controls", ci, "checks", ki),
                        f"topic {topic_id!r} is not defined under the checklist's 'topics'",
                        ChecklistError,
                        sv=f"ämnet {topic_id!r} finns inte under checklistans 'topics'",
                    )
            specs.append(spec)
        control.checks = specs
    return checklist
