"""``adoption_level``: each document is adopted at the level its type requires, or higher.

Levels rank KF > KS > namnd > utskott > tjansteperson > rad. The requirement is data in
the checklist (``minimum``), so a municipality's own "riktlinje för styrdokument" can be
written down without Python. A document type without a requirement is not assessed.

Options:
  minimum           mapping doc_type -> lowest level that may adopt it, e.g. {policy: KS}
  default_minimum   level for types not in ``minimum`` (default: none → not assessed)
  doc_types         only documents of these types (default: all)
"""

from __future__ import annotations

from typing import Iterator, Literal

from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_evidence, doc_label, msg, no_documents
from govcheck.model import DocType, Evidence, Text

NAME = "adoption_level"
SUMMARY = Text(
    sv="Dokumentet är antaget på den nivå som dess typ kräver.",
    en="The document is adopted at the level its type requires.",
)

RequiredLevel = Literal["KF", "KS", "namnd", "utskott", "tjansteperson", "rad"]
RANK = {"KF": 5, "KS": 4, "namnd": 3, "utskott": 2, "tjansteperson": 1, "rad": 0}
LEVEL_NAME = {
    "KF": ("kommunfullmäktige", "the municipal council (KF)"),
    "KS": ("kommunstyrelsen", "the municipal executive board (KS)"),
    "namnd": ("en nämnd", "a committee (nämnd)"),
    "utskott": ("ett utskott", "a sub-committee (utskott)"),
    "tjansteperson": ("en tjänsteperson", "an official"),
    "rad": ("ett råd eller forum", "a council or forum"),
    "unknown": ("okänd nivå", "an unknown level"),
}


class Spec(CheckSpec):
    kind: Literal["adoption_level"]
    minimum: dict[DocType, RequiredLevel] = {}
    default_minimum: RequiredLevel | None = None


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    docs = [d for d in ctx.documents(spec) if _required(spec, d.doc_type.value)]
    if not docs:
        yield no_documents(spec)
        return
    for doc in docs:
        name = doc_label(doc)
        need = _required(spec, doc.doc_type.value)
        need_sv, need_en = LEVEL_NAME[need]
        known = [a for a in doc.adoptions if a.level != "unknown"]
        if not doc.adoptions:
            yield Outcome(
                "not_assessable",
                msg(
                    f"«{name}» anger inte vem som antagit det; kräver minst {need_sv}.",
                    f"“{name}” does not say who adopted it; it requires at least {need_en}.",
                ),
                doc.path,
                (doc_evidence(doc),),
            )
            continue
        if not known:
            a = doc.adoptions[0]
            yield Outcome(
                "not_assessable",
                msg(
                    f"Beslutsnivån för «{name}» går inte att avgöra («{a.body or ''}»).",
                    f"The deciding level of “{name}” cannot be told (“{a.body or ''}”).",
                ),
                doc.path,
                (Evidence(document=doc.path, location=a.provenance.location, quote=a.provenance.quote),),
            )
            continue
        best = max(known, key=lambda a: RANK[a.level])
        got_sv, got_en = LEVEL_NAME[best.level]
        evidence = (Evidence(document=doc.path, location=best.provenance.location, quote=best.provenance.quote),)
        if RANK[best.level] >= RANK[need]:
            yield Outcome(
                "fulfilled",
                msg(
                    f"«{name}» ({doc.doc_type.value}) är antaget av {got_sv}; kravet är minst {need_sv}.",
                    f"“{name}” ({doc.doc_type.value}) is adopted by {got_en}; at least {need_en} is required.",
                ),
                doc.path,
                evidence,
            )
        else:
            yield Outcome(
                "not_fulfilled",
                msg(
                    f"«{name}» ({doc.doc_type.value}) är beslutat av {got_sv} men ska antas av minst {need_sv}.",
                    f"“{name}” ({doc.doc_type.value}) was decided by {got_en} but must be adopted by at least {need_en}.",
                ),
                doc.path,
                evidence,
            )


def _required(spec: Spec, doc_type: str) -> str | None:
    return spec.minimum.get(doc_type, spec.default_minimum)  # type: ignore[call-overload]


EXAMPLES = [
    Example(
        title="A policy adopted by kommunfullmäktige where KS is the minimum",
        check={"kind": "adoption_level", "minimum": {"policy": "KS"}},
        document="# IT-policy\n\nAntagen av kommunfullmäktige 2021-09-12, § 123\n",
        verdict="fulfilled",
    ),
    Example(
        title="A strategy decided by an official",
        check={"kind": "adoption_level", "minimum": {"strategi": "KS"}},
        document="# Digitaliseringsstrategi\n\nBeslutad av kommundirektören 2022-03-01\n",
        verdict="not_fulfilled",
    ),
]
