"""``existing_units``: each document names only bodies and units that exist today.

Every body or unit the document names is matched against the organisation model
(govcheck.yaml), tolerating case and inflection ("kommunstyrelsens", "nämnderna"). A name
that the model lists as a former name, changed before the check date, is a certain finding:
the document names a unit that no longer exists (the Helsingborg IT policy of 2008 naming
"kommunikations- och utvecklingsavdelningen"). A unit-like name that the model does not know
at all is reported with ``unknown_verdict``, since the model itself may be incomplete.

Options:
  unknown_verdict   verdict for names not in the model (default partially_fulfilled)
  doc_types         only documents of these types (default: all)
Without an organisation model the check is not assessable.
"""

from __future__ import annotations

from typing import ClassVar, Iterator, Literal

from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_label, msg, no_documents, worst
from govcheck.model import Evidence, Text

NAME = "existing_units"
SUMMARY = Text(
    sv="Dokumentet nämner bara organ och enheter som finns i dag.",
    en="The document names only bodies and units that exist today.",
)


class Spec(CheckSpec):
    reads_text: ClassVar[bool] = True
    kind: Literal["existing_units"]
    unknown_verdict: Literal["fulfilled", "partially_fulfilled", "not_fulfilled"] = "partially_fulfilled"


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    if ctx.corpus.organisation is None or not ctx.corpus.organisation.units:
        yield Outcome(
            "not_assessable",
            msg("Ingen organisationsmodell (govcheck.yaml) att jämföra med.",
                "No organisation model (govcheck.yaml) to compare with."),
        )
        return
    docs = ctx.documents(spec)
    if not docs:
        yield no_documents(spec)
        return
    for doc in docs:
        name = doc_label(doc)
        former = [m for m in doc.bodies_mentioned
                  if m.status == "former" and (m.until is None or m.until <= ctx.as_of)]
        unknown = [m for m in doc.bodies_mentioned if m.status == "unknown"]
        if not former and not unknown:
            yield Outcome(
                "fulfilled",
                msg(f"«{name}» nämner bara organ och enheter som finns i organisationsmodellen.",
                    f"“{name}” names only bodies and units in the organisation model."),
                doc.path,
            )
            continue
        verdicts = ["not_fulfilled"] if former else []
        if unknown:
            verdicts.append(spec.unknown_verdict)
        parts_sv, parts_en, evidence = [], [], []
        for m in _first_per_name(former):
            when = f" (ändrat {m.until.isoformat()})" if m.until else ""
            parts_sv.append(f"«{m.text}» finns inte längre; i dag {m.renamed_to}{when}")
            parts_en.append(f"“{m.text}” no longer exists; now {m.renamed_to}{' (changed ' + m.until.isoformat() + ')' if m.until else ''}")
        for m in _first_per_name(unknown):
            parts_sv.append(f"«{m.text}» finns inte i organisationsmodellen")
            parts_en.append(f"“{m.text}” is not in the organisation model")
        for m in [*former, *unknown]:
            evidence.append(Evidence(document=doc.path, location=m.location, quote=m.quote or m.text))
        yield Outcome(
            worst(verdicts) or "not_fulfilled",
            msg(f"«{name}»: {'; '.join(parts_sv)}.", f"“{name}”: {'; '.join(parts_en)}."),
            doc.path,
            tuple(evidence),
        )


def _first_per_name(mentions):
    seen, out = set(), []
    for m in mentions:
        key = (m.unit_id, m.text.lower())
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


_ORG = [
    {"id": "ks", "name": "Kommunstyrelsen", "kind": "styrelse", "political": True},
    {"id": "digit", "name": "Digitaliseringsavdelningen", "kind": "avdelning",
     "former_names": [{"name": "Kommunikations- och utvecklingsavdelningen", "until": "2019-01-01"}]},
]

EXAMPLES = [
    Example(
        title="A policy naming the current unit",
        check={"kind": "existing_units"},
        document="# IT-policy\n\nKommunstyrelsen ansvarar, genom digitaliseringsavdelningen, för IT-driften.\n",
        verdict="fulfilled",
        organisation=_ORG,
    ),
    Example(
        title="A policy naming a unit renamed in 2019",
        check={"kind": "existing_units"},
        document="# IT-policy\n\nKommunstyrelsen ansvarar, genom kommunikations- och utvecklingsavdelningen, för IT-driften.\n",
        verdict="not_fulfilled",
        organisation=_ORG,
    ),
]
