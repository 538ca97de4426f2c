"""govcheck: read a Swedish municipality's governing documents and check them against audit checklists.

The public API, which the CLI only wraps:

    parse_document(path, organisation=None) -> GoverningDocument
    load_corpus(paths, organisation=None, as_of=None, facts=None) -> Corpus
    load_organisation(path) / load_facts(path)
    load_checklist(id_or_path) -> Checklist
    evaluate(corpus, checklists) -> Report
    render(report, format="text", lang="sv") -> str
"""

__version__ = "0.1.0"

from govcheck.api import load_corpus, parse_document  # noqa: E402
from govcheck.checklists import builtin_ids, default_ids, load_checklist  # noqa: E402
from govcheck.engine import evaluate  # noqa: E402
from govcheck.errors import ChecklistError, GovcheckError, OrganisationError, ReadError, UsageError  # noqa: E402
from govcheck.facts import load_facts  # noqa: E402
from govcheck.organisation import load_organisation  # noqa: E402
from govcheck.report import render  # noqa: E402

__all__ = [
    "ChecklistError", "GovcheckError", "OrganisationError", "ReadError", "UsageError", "__version__",
    "builtin_ids", "default_ids", "evaluate", "load_checklist", "load_corpus", "load_facts", "load_organisation",
    "parse_document", "render",
]
