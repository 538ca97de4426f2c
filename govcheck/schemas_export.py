"""Schemas derived from the model and the registry; `python -m govcheck.schemas_export DIR` writes them.

A test keeps the committed copies under schemas/ equal to what this produces.
report.schema.json is written by hand: it is the contract of the JSON report's shape.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from govcheck.checklists import checklist_schema
from govcheck.model import DocumentMetadata, FactsFile, GoverningDocument, WorkspaceConfig
from govcheck.model.waivers import WaiversFile


def _with_header(schema: dict[str, Any], name: str, title: str) -> dict[str, Any]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://govcheck.invalid/schemas/{name}",
        **{k: v for k, v in schema.items() if k not in ("title",)},
        "title": title,
    }


def generated_schemas() -> dict[str, dict[str, Any]]:
    return {
        "document.schema.json": _with_header(
            GoverningDocument.model_json_schema(mode="serialization"), "document.schema.json", "govcheck document"
        ),
        "workspace.schema.json": _with_header(
            WorkspaceConfig.model_json_schema(), "workspace.schema.json", "govcheck workspace (govcheck.yaml)"
        ),
        "facts.schema.json": _with_header(FactsFile.model_json_schema(), "facts.schema.json", "govcheck facts (facts.yaml)"),
        "sidecar.schema.json": _with_header(
            DocumentMetadata.model_json_schema(), "sidecar.schema.json", "govcheck sidecar (<file>.meta.yaml)"
        ),
        "waivers.schema.json": _with_header(
            WaiversFile.model_json_schema(), "waivers.schema.json", "govcheck waivers (waivers.yaml)"
        ),
        "checklist.schema.json": checklist_schema(),
    }


def dump(schema: dict[str, Any]) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else Path("schemas")
    for name, schema in generated_schemas().items():
        (target / name).write_text(dump(schema), encoding="utf-8")
        print(f"wrote {target / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
