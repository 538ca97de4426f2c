"""``project_documentation``: project plans and reports document the elements an audit asks for.

Auditors tabulate each project's documentation (syfte och mål, nyttokalkyl, riskanalys,
utvärdering) and mark what is there; this builds that table from the documents. Each
project document is complete (all elements), partial (some) or has none of them; an
element is present when one of its terms appears in a heading, paragraph or table cell,
and the first such place is cited. The table is in the message, one row per document.

Options:
  elements          topic ids of the elements every project document should hold (required)
  doc_types         the project documents (default: [projektplan, projektrapport])
  aggregate         overall (default): one outcome; fulfilled when every document is
                    complete, not_fulfilled when none has any element, else
                    partially_fulfilled. per_document: one outcome per document (complete
                    → fulfilled, partial → partially_fulfilled, none → not_fulfilled).
                    Without project documents the check is not_assessable.
"""

from __future__ import annotations

from typing import ClassVar, Iterator, Literal

from pydantic import Field

from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_label, msg, no_documents
from govcheck.checks.covers_topics import first_hits
from govcheck.model import DocType, Evidence, GoverningDocument, Text

NAME = "project_documentation"
SUMMARY = Text(
    sv="Projektens dokumentation innehåller de efterfrågade delarna (t.ex. syfte och mål, nyttokalkyl, riskanalys).",
    en="Project documents hold the required elements (e.g. purpose and goals, benefit calculation, risk analysis).",
)

STATE_VERDICT = {"complete": "fulfilled", "partial": "partially_fulfilled", "none": "not_fulfilled"}
STATE_WORDS = {"complete": ("komplett", "complete"), "partial": ("delvis", "partial"), "none": ("saknas", "none")}


class Spec(CheckSpec):
    reads_text: ClassVar[bool] = True
    kind: Literal["project_documentation"]
    doc_types: list[DocType] = Field(
        default=["projektplan", "projektrapport"], min_length=1, description="The project documents."
    )
    elements: list[str] = Field(min_length=1, description="Topic ids of the elements each document should hold.")
    aggregate: Literal["overall", "per_document"] = "overall"

    def topic_ids(self) -> list[str]:
        return [*self.elements, *super().topic_ids()]


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    docs = ctx.documents(spec)
    if not docs:
        yield no_documents(spec)
        return
    rows = [_row(doc, spec, ctx) for doc in docs]
    if spec.aggregate == "per_document":
        for doc, (state, sv, en, evidence) in zip(docs, rows):
            yield Outcome(STATE_VERDICT[state], msg(f"Projektdokumentation {sv}.", f"Project documentation {en}."),
                          doc.path, evidence)
        return
    states = [r[0] for r in rows]
    if all(s == "complete" for s in states):
        verdict = "fulfilled"
    elif all(s == "none" for s in states):
        verdict = "not_fulfilled"
    else:
        verdict = "partially_fulfilled"
    complete = states.count("complete")
    yield Outcome(
        verdict,
        msg(
            f"Komplett projektdokumentation: {complete} av {len(docs)} dokument. " + "; ".join(r[1] for r in rows) + ".",
            f"Complete project documentation: {complete} of {len(docs)} documents. " + "; ".join(r[2] for r in rows) + ".",
        ),
        docs[0].path if len(docs) == 1 else None,
        tuple(ev for r in rows for ev in r[3]),
    )


def _row(doc: GoverningDocument, spec: Spec, ctx: CheckContext) -> tuple[str, str, str, tuple[Evidence, ...]]:
    """One row of the presence table: state, the row in Swedish and English, evidence for what is there."""
    found = first_hits(doc, spec.elements, ctx)
    state = "complete" if len(found) == len(spec.elements) else "partial" if found else "none"
    state_sv, state_en = STATE_WORDS[state]
    cells_sv = ", ".join(f"{ctx.topic(e).sv} {'ja' if e in found else 'nej'}" for e in spec.elements)
    cells_en = ", ".join(f"{ctx.topic(e).en} {'yes' if e in found else 'no'}" for e in spec.elements)
    name = doc_label(doc)
    return (
        state,
        f"«{name}» ({state_sv}): {cells_sv}",
        f"“{name}” ({state_en}): {cells_en}",
        tuple(found[e] for e in spec.elements if e in found),
    )


_ELEMENTS = {
    "syfte_mal": {"sv": "Syfte och mål", "en": "Purpose and goals", "terms": ["syfte", "mål", "effektmål"]},
    "nyttokalkyl": {"sv": "Nyttokalkyl", "en": "Benefit calculation",
                    "terms": ["nyttokalkyl", "nyttoanalys", "förväntad nytta", "nyttorealisering"]},
    "riskanalys": {"sv": "Riskanalys", "en": "Risk analysis", "terms": ["riskanalys", "risker", "sårbarhetsanalys"]},
    "utvardering": {"sv": "Utvärdering", "en": "Evaluation", "terms": ["utvärdering", "utvärderas", "uppföljning"]},
}
_CHECK = {"kind": "project_documentation", "elements": list(_ELEMENTS)}
_PLAN = (
    "# Projektplan Digitalt bygglov\n\n## Syfte och mål\n\nProjektet ska förenkla ansökningsprocessen.\n\n"
    "## Nyttokalkyl\n\nFörväntad nytta: kortare handläggningstider.\n\n"
    "## Riskanalys\n\n| Risk | Åtgärd |\n|---|---|\n| Förseningar | Extra resurser |\n"
)

EXAMPLES = [
    Example(
        title="A project plan with every element",
        check=_CHECK,
        document=_PLAN + "\n## Utvärdering\n\nProjektet utvärderas sex månader efter avslut.\n",
        verdict="fulfilled",
        topics=_ELEMENTS,
    ),
    Example(
        title="One complete plan and one plan with only its purpose",
        check=_CHECK,
        document=_PLAN + "\n## Utvärdering\n\nProjektet utvärderas sex månader efter avslut.\n",
        more_documents=("# Projektplan Digital signering\n\n## Bakgrund\n\nSyftet är att signera beslut digitalt.\n",),
        verdict="partially_fulfilled",
        topics=_ELEMENTS,
    ),
    Example(
        title="A plan without evaluation, assessed on its own",
        check={**_CHECK, "aggregate": "per_document"},
        document=_PLAN,
        verdict="partially_fulfilled",
        topics=_ELEMENTS,
    ),
]
