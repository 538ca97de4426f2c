"""The typed model: pydantic classes with no logic, importing nothing else from govcheck."""

from govcheck.model.blocks import Block, RawDocument
from govcheck.model.common import Location, Provenance, Sourced, Text
from govcheck.model.document import (
    Adoption,
    BodyMention,
    DecisionStatement,
    DelegationEntry,
    DocStatus,
    FollowUp,
    Goal,
    Responsibility,
    DocType,
    DocumentReference,
    GoverningDocument,
    Level,
    Revision,
    Section,
    Table,
)
from govcheck.model.organisation import FormerName, OrgUnit, Organisation, UnitKind, WorkspaceConfig
from govcheck.model.corpus import Corpus, Fact, FactsFile, InputEntry, Unreadable
from govcheck.model.sidecar import DocumentMetadata, StatedAdoption, StatedRevision
from govcheck.model.checklist import Checklist, ChecklistProvenance, Control, ControlProvenance, Topic
from govcheck.model.result import (
    CheckResult,
    ChecklistResult,
    ControlResult,
    Evidence,
    Report,
    ToolInfo,
    Verdict,
    Waiver,
)

__all__ = [
    "Waiver",
    "DecisionStatement", "DelegationEntry", "Fact", "FactsFile", "FollowUp", "Goal", "Responsibility", "Topic",
    "Adoption", "Block", "BodyMention", "CheckResult", "Checklist", "ChecklistProvenance",
    "ChecklistResult", "Control", "ControlProvenance", "ControlResult", "Corpus", "DocStatus",
    "DocType", "DocumentReference", "Evidence", "FormerName", "GoverningDocument", "InputEntry",
    "Level", "Location", "OrgUnit", "Organisation", "Provenance", "RawDocument", "Report",
    "Revision", "Section", "Sourced", "Table", "Text", "ToolInfo", "UnitKind", "Unreadable",
    "Verdict", "WorkspaceConfig", "DocumentMetadata", "StatedAdoption", "StatedRevision",
]
