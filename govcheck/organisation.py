"""Load a workspace's govcheck.yaml into the organisation model, rejecting bad files in place."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from govcheck.errors import OrganisationError
from govcheck.model import Organisation, WorkspaceConfig
from govcheck.schemacheck import validate_located
from govcheck.yamlload import load_yaml_file


def load_workspace_config(path: Path) -> WorkspaceConfig:
    located = load_yaml_file(path, cls=OrganisationError)
    if located.data is None:
        return WorkspaceConfig()
    validate_located(located, "workspace.schema.json", OrganisationError)
    try:
        config = WorkspaceConfig.model_validate(located.data)
    except ValidationError as exc:
        raise located.pydantic_error(exc, OrganisationError) from None
    _check_references(config, located)
    return config


def _check_references(config: WorkspaceConfig, located) -> None:
    """Ids are unique and every parent names a unit in the same file."""
    seen: set[str] = set()
    for i, unit in enumerate(config.organisation):
        if unit.id in seen:
            raise located.error(("organisation", i, "id"), f"duplicate unit id {unit.id!r}", OrganisationError,
                                sv=f"enheten {unit.id!r} finns redan")
        seen.add(unit.id)
    for i, unit in enumerate(config.organisation):
        if unit.parent is not None and unit.parent not in seen:
            raise located.error(
                ("organisation", i, "parent"), f"parent {unit.parent!r} is not a unit id in this file",
                OrganisationError, sv=f"överordnad enhet {unit.parent!r} är inte ett enhets-id i denna fil",
            )


def load_organisation(path: Path) -> Organisation:
    config = load_workspace_config(path)
    return Organisation(municipality=config.municipality, source=str(path), units=config.organisation)
