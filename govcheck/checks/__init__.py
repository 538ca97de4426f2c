"""The registry of check kinds: the only list of them. Schema, docs and `checklists kinds` derive from it.

Adding a kind: write ``checks/<kind>.py`` (NAME, SUMMARY, Spec, run, EXAMPLES, a docstring
with its options) and add one line below.
"""

from __future__ import annotations

from govcheck.checks import adopted, adoption_level, current, existing_units, metadata_present, references_in_force
from govcheck.checks import all_of, any_of, fact
from govcheck.checks import covers_topics, document_present, project_documentation
from govcheck.checks import follow_up, goals
from govcheck.checks import delegation, delegation_covers, responsibilities
from govcheck.checks import planned_adoption, references_exist
from govcheck.checks.base import CheckContext, CheckKind, CheckSpec, Outcome, kind_from_module

REGISTRY: dict[str, CheckKind] = {
    k.name: k
    for k in map(kind_from_module, (
        adopted,
        adoption_level,
        current,
        existing_units,
        references_in_force,
        metadata_present,
        fact,
        all_of,
        any_of,
        document_present,
        covers_topics,
        project_documentation,
        goals,
        follow_up,
        responsibilities,
        delegation,
        delegation_covers,
        planned_adoption,
        references_exist,
    ))
}

__all__ = ["REGISTRY", "CheckContext", "CheckKind", "CheckSpec", "Outcome"]
