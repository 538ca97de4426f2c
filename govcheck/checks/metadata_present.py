"""``metadata_present``: each document states the metadata fields the checklist requires.

Typical fields are an owner ("Dokumentansvarig: IT-chef") and a scope ("Gäller för:
samtliga nämnder"), which make clear who keeps the document alive and whom it binds.
All fields present → fulfilled, some → partially fulfilled, none → not fulfilled.

Options:
  fields      which fields: owner, scope, reference, review (a review date, a review
              interval or a validity date) (default: [owner, scope])
  doc_types   only documents of these types (default: all)
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_evidence, doc_label, msg, no_documents
from govcheck.model import Evidence, GoverningDocument, Sourced, Text

NAME = "metadata_present"
SUMMARY = Text(sv="Dokumentet anger ägare, omfattning och andra uppgifter.",
               en="The document states its owner, scope and other metadata.")

FieldName = Literal["owner", "scope", "reference", "review"]
FIELD_NAMES = {
    "owner": ("dokumentansvarig", "owner"),
    "scope": ("omfattning (gäller för)", "scope"),
    "reference": ("diarienummer", "reference number"),
    "review": ("översyns- eller giltighetsdatum", "review or validity date"),
}


class Spec(CheckSpec):
    kind: Literal["metadata_present"]
    fields: list[FieldName] = Field(default=["owner", "scope"], min_length=1)


def _value(doc: GoverningDocument, field: str) -> Sourced | None:
    if field == "review":
        return doc.review_by or doc.review_interval or doc.valid_until
    return getattr(doc, field)


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    docs = ctx.documents(spec)
    if not docs:
        yield no_documents(spec)
        return
    for doc in docs:
        name = doc_label(doc)
        present = {f: _value(doc, f) for f in spec.fields}
        missing = [f for f, v in present.items() if v is None]
        evidence = tuple(
            Evidence(document=doc.path, location=v.location, quote=v.quote or str(v.value))
            for v in present.values() if v is not None
        )
        found_sv = ", ".join(f"{FIELD_NAMES[f][0]}: {v.value}" for f, v in present.items() if v is not None)
        found_en = ", ".join(f"{FIELD_NAMES[f][1]}: {v.value}" for f, v in present.items() if v is not None)
        if not missing:
            yield Outcome("fulfilled", msg(f"«{name}» anger {found_sv}.", f"“{name}” states {found_en}."), doc.path, evidence)
            continue
        miss_sv = ", ".join(FIELD_NAMES[f][0] for f in missing)
        miss_en = ", ".join(FIELD_NAMES[f][1] for f in missing)
        verdict = "not_fulfilled" if len(missing) == len(spec.fields) else "partially_fulfilled"
        yield Outcome(
            verdict,
            msg(f"«{name}» saknar {miss_sv}." + (f" Anger {found_sv}." if found_sv else ""),
                f"“{name}” lacks {miss_en}." + (f" States {found_en}." if found_en else "")),
            doc.path,
            evidence or (doc_evidence(doc),),
        )


EXAMPLES = [
    Example(
        title="Owner and scope stated",
        check={"kind": "metadata_present", "fields": ["owner", "scope"]},
        document="# IT-policy\n\nDokumentansvarig: IT-chef\n\nGäller för: Samtliga nämnder och förvaltningar\n",
        verdict="fulfilled",
    ),
    Example(
        title="Only an owner",
        check={"kind": "metadata_present", "fields": ["owner", "scope"]},
        document="# IT-policy\n\nDokumentansvarig: IT-chef\n\n## Syfte\n\nText.\n",
        verdict="partially_fulfilled",
    ),
    Example(
        title="Neither owner nor scope",
        check={"kind": "metadata_present"},
        document="# IT-policy\n\n## Syfte\n\nText.\n",
        verdict="not_fulfilled",
    ),
]
