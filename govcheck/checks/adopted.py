"""``adopted``: each document has been adopted; a draft or a repealed document has not.

A document counts as adopted when it states an adoption decision ("Antagen av
kommunfullmäktige 2008-09-12, § 123", "Beslutad av kommundirektören", a register row or a
sidecar). Draft markers in the title, the first blocks, the header or the properties
("Förslag", "Utkast", "Arbetsmaterial", "Remissversion") make it a draft even when a
placeholder adoption line is present.

Options:
  doc_types         only documents of these types (default: all)
  draft_verdict     verdict for a draft (default: not_fulfilled; partially_fulfilled is the
                    usual alternative when a checklist gives credit for work in progress)
  unknown_verdict   verdict when the document states no decision at all (default: not_fulfilled)
"""

from __future__ import annotations

from typing import Iterator, Literal

from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_evidence, doc_label, msg, no_documents
from govcheck.model import Evidence, Text

NAME = "adopted"
SUMMARY = Text(sv="Dokumentet är antaget (inte ett utkast).", en="The document is adopted (not a draft).")

VerdictOption = Literal["fulfilled", "partially_fulfilled", "not_fulfilled", "not_assessable"]


class Spec(CheckSpec):
    kind: Literal["adopted"]
    draft_verdict: VerdictOption = "not_fulfilled"
    unknown_verdict: VerdictOption = "not_fulfilled"


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    docs = ctx.documents(spec)
    if not docs:
        yield no_documents(spec)
        return
    for doc in docs:
        name = doc_label(doc)
        status = doc.status
        if status.value == "adopted":
            adoption = doc.adoptions[0] if doc.adoptions else None
            prov_loc = adoption.provenance.location if adoption else status.location
            quote = adoption.provenance.quote if adoption else status.quote
            yield Outcome(
                "fulfilled",
                msg(f"«{name}» är antaget.", f"“{name}” is adopted."),
                doc.path,
                (Evidence(document=doc.path, location=prov_loc, quote=quote),),
            )
        elif status.value == "draft":
            evidence = tuple(
                Evidence(document=doc.path, location=m.location, quote=m.quote or m.value)
                for m in doc.draft_markers
            ) or (Evidence(document=doc.path, location=status.location, quote=status.quote),)
            marker = doc.draft_markers[0].value if doc.draft_markers else "utkast"
            yield Outcome(
                spec.draft_verdict,
                msg(
                    f"«{name}» är ett utkast («{marker}») och inte antaget.",
                    f"“{name}” is a draft (“{marker}”) and has not been adopted.",
                ),
                doc.path,
                evidence,
            )
        elif status.value == "repealed":
            yield Outcome(
                "not_fulfilled",
                msg(f"«{name}» är upphävt.", f"“{name}” has been repealed."),
                doc.path,
                (Evidence(document=doc.path, location=status.location, quote=status.quote),),
            )
        else:
            yield Outcome(
                spec.unknown_verdict,
                msg(
                    f"«{name}» anger inget beslut om antagande (beslutande organ och datum saknas).",
                    f"“{name}” states no adoption decision (no deciding body or date).",
                ),
                doc.path,
                (doc_evidence(doc),),
            )


EXAMPLES = [
    Example(
        title="An adopted policy",
        check={"kind": "adopted"},
        document="# IT-policy\n\nAntagen av kommunfullmäktige 2021-09-12, § 123\n\n## Syfte\n\nText.\n",
        verdict="fulfilled",
    ),
    Example(
        title="A draft strategy",
        check={"kind": "adopted"},
        document="# Förslag: Digitaliseringsstrategi\n\nArbetsmaterial\n\n## Mål\n\nText.\n",
        verdict="not_fulfilled",
    ),
    Example(
        title="A draft counted as work in progress",
        check={"kind": "adopted", "draft_verdict": "partially_fulfilled"},
        document="# Utkast till digitaliseringsstrategi\n\n## Mål\n\nText.\n",
        verdict="partially_fulfilled",
    ),
]
