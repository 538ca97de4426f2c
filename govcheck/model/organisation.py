"""The organisation model of a municipality, from a workspace's govcheck.yaml (SPEC §2)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from govcheck.model.common import Strict

UnitKind = Literal[
    "fullmaktige", "styrelse", "namnd", "utskott", "forvaltning", "avdelning", "enhet", "rad",
    "befattning",
]


class FormerName(Strict):
    name: str
    until: dt.date | None = None


class OrgUnit(Strict):
    id: str
    name: str
    kind: UnitKind
    political: bool = False
    parent: str | None = None
    aliases: list[str] = []
    former_names: list[FormerName] = []


class Organisation(Strict):
    municipality: str | None = None
    source: str | None = None
    units: list[OrgUnit] = []


class WorkspaceConfig(Strict):
    """The shape of a workspace's govcheck.yaml (SPEC §2)."""

    municipality: str | None = None
    as_of: dt.date | None = None
    organisation: list[OrgUnit] = []
