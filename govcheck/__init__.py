"""govcheck: read a Swedish municipality's governing documents and check them against audit checklists.

The public API, which the CLI only wraps:

    parse_document(path, organisation=None) -> GoverningDocument
    load_corpus(paths, organisation=None, as_of=None, facts=None) -> Corpus
    load_organisation(path) / load_facts(path)
    load_checklist(id_or_path) -> Checklist
    evaluate(corpus, checklists) -> Report
    render(report, format="text", lang="sv") -> str
    load_waivers(path) / workspace_waivers(paths); apply_waivers(report, waivers) -> Report
    load_json_report(path) -> dict; apply_baseline(report, earlier, name) -> Report
    diff_reports(old, new) -> Comparison
    check_draft(path, workspace=None, as_of=None) -> DraftResult (the fix list of a draft)
    check_paths(paths, checklists, ...) -> Report (what `govcheck check` runs before rendering)
    run_batch(root, out, checklists, ...) -> BatchResult (every workspace under root, one at a time)
    find_workspaces(root); check_workspaces(workspaces, checklists, out) -> iterator of WorkspaceRow
"""

__version__ = "0.1.0"

from govcheck.api import load_corpus, parse_document  # noqa: E402
from govcheck.batch import (  # noqa: E402
    BatchResult, WorkspaceRow, check_paths, check_workspaces, find_workspaces, run_batch,
)
from govcheck.baseline import apply_baseline, diff_reports, load_json_report  # noqa: E402
from govcheck.checklists import builtin_ids, default_ids, load_checklist  # noqa: E402
from govcheck.engine import evaluate  # noqa: E402
from govcheck.errors import ChecklistError, GovcheckError, OrganisationError, ReadError, UsageError  # noqa: E402
from govcheck.facts import load_facts  # noqa: E402
from govcheck.organisation import load_organisation  # noqa: E402
from govcheck.report import render  # noqa: E402
from govcheck.waivers import apply_waivers, load_waivers, workspace_waivers  # noqa: E402

__all__ = [
    "ChecklistError", "GovcheckError", "OrganisationError", "ReadError", "UsageError", "__version__",
    "builtin_ids", "default_ids", "evaluate", "load_checklist", "load_corpus", "load_facts", "load_organisation",
    "parse_document", "render", "check_draft",
    "apply_baseline", "apply_waivers", "diff_reports", "load_json_report", "load_waivers", "workspace_waivers",
    "BatchResult", "WorkspaceRow", "check_paths", "check_workspaces", "find_workspaces", "run_batch",
]


def __getattr__(name: str):
    """``check_draft`` on first use: its module brings the document readers, which a run that
    reads every document from the parse cache never needs."""
    if name == "check_draft":
        from govcheck.draft import check_draft

        return check_draft
    raise AttributeError(f"module 'govcheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
