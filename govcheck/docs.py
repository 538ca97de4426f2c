"""Documentation of the check kinds, generated from the registry (docs/check-kinds.md is its output)."""

from __future__ import annotations

import yaml

from govcheck.checks import REGISTRY


def kinds_markdown() -> str:
    out = [
        "# Check kinds",
        "",
        "Generated from the registry by `govcheck checklists kinds --markdown`; do not edit by hand.",
        "Every kind also takes `doc_types` (only documents of these types are checked) and",
        "`document_topics` (only documents whose title or opening lines match one of these topic ids).",
        "",
    ]
    for name, kind in sorted(REGISTRY.items()):
        out += [f"## `{name}`", "", kind.summary.en, "", f"*{kind.summary.sv}*", "", "```text", kind.doc, "```", ""]
        for ex in kind.examples:
            out += [f"**Example: {ex.title}** → `{ex.verdict}`", "", "```yaml",
                    yaml.safe_dump(ex.check, allow_unicode=True, sort_keys=False).rstrip(), "```", "",
                    "Document:", "", "```markdown", ex.document.rstrip(), "```", ""]
            for more in ex.more_documents:
                out += ["Other document in the corpus:", "", "```markdown", more.rstrip(), "```", ""]
            if ex.organisation:
                out += ["Organisation model:", "", "```yaml",
                        yaml.safe_dump({"organisation": ex.organisation}, allow_unicode=True, sort_keys=False).rstrip(),
                        "```", ""]
    return "\n".join(out)
