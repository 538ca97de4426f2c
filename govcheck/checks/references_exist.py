"""``references_exist``: the documents the text refers to exist in the workspace and are in force.

A draft rests on overarching documents ("Strategin utgår från IT-policyn", "i enlighet med
informationssäkerhetspolicyn", "Digitaliseringsstrategin (KS 2017/123)"; see
govcheck/extract/references.py). Each reference is looked up among the other documents of
the workspace by title (inflection and "kommunens" aside; "IT-policyn" finds "IT-policy för
Västby kommun") or by diarienummer. A reference is reported when no document matches
(missing), or when every match is out of force: repealed, valid only until a past date,
replaced by another document (as in ``references_in_force``) or itself only a draft.
References to the document itself are ignored.

Options:
  missing_verdict       verdict for a reference to a document not in the workspace
                        (default not_fulfilled)
  out_of_force_verdict  verdict for a reference to a repealed, replaced, expired or draft
                        document (default not_fulfilled)
  none_verdict          verdict when the document refers to no other governing document
                        (default fulfilled: nothing to flag)
  doc_types             only documents of these types (default: all)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar, Iterator, Literal

from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_evidence, doc_label, msg, no_documents
from govcheck.checks.base import worst
from govcheck.checks.references_in_force import out_of_force
from govcheck.model import DocumentReference, Evidence, GoverningDocument, Text

NAME = "references_exist"
SUMMARY = Text(sv="De styrdokument som texten hänvisar till finns i arbetsytan och gäller.",
               en="The governing documents the text refers to exist in the workspace and are in force.")
Settable = Literal["fulfilled", "partially_fulfilled", "not_fulfilled"]


class Spec(CheckSpec):
    reads_text: ClassVar[bool] = True
    kind: Literal["references_exist"]
    missing_verdict: Settable = "not_fulfilled"
    out_of_force_verdict: Settable = "not_fulfilled"
    none_verdict: Settable = "fulfilled"


@lru_cache(maxsize=4096)
def _digits(reference: str) -> str | None:
    m = re.search(r"\d{2,4}[/:.-]\d+", reference)
    return m.group(0) if m else None


# Every reference is compared with every title: each name is brought to its base form once.
@lru_cache(maxsize=4096)
def _base_name(name: str) -> str:
    """``extract.references.base_name``, once per name. Imported on first use: that module brings
    the sentence and goal extractors, which a run without this check does not need."""
    from govcheck.extract.references import base_name

    return base_name(name)


def _same_words(a: str, b: str) -> bool:
    """Whether one name is the other, or stands at a word boundary inside it."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return (len(short) >= 5 and short in long_
            and re.search(r"(?<![\wåäö-])" + re.escape(short) + r"(?![\wåäö])", long_) is not None)


def matches(ref: DocumentReference, doc: GoverningDocument) -> bool:
    if ref.reference and doc.reference and (wanted := _digits(ref.reference)):
        if wanted == _digits(doc.reference.value):
            return True
    return bool(doc.title) and _same_words(_base_name(ref.text), _base_name(doc.title.value))


def _documents_named(ref: DocumentReference, ctx: CheckContext) -> list[GoverningDocument]:
    """The corpus documents ``ref`` names, looked up once per evaluation for each name."""
    return ctx.index.memo(
        (_documents_named, ref.text, ref.reference),
        lambda: [d for d in ctx.corpus.documents if matches(ref, d)],
    )


def _self(ref: DocumentReference, doc: GoverningDocument) -> bool:
    if ref.reference:  # a diarienummer names one document: this one only if it is its own
        # (the metadata reader may have taken the reference's own diarienummer as the document's)
        own = _digits(doc.reference.value) if doc.reference and doc.reference.location != ref.location else None
        return own is not None and own == _digits(ref.reference)
    return bool(doc.title) and _same_words(_base_name(ref.text), _base_name(doc.title.value))


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    docs = ctx.documents(spec)
    if not docs:
        yield no_documents(spec)
        return
    stale = out_of_force(ctx)
    for doc in docs:
        name = doc_label(doc)
        refs = [r for r in doc.document_references if not _self(r, doc)]
        if not refs:
            yield Outcome(spec.none_verdict, msg(
                f"«{name}» hänvisar inte till något annat styrdokument"
                + (" (t.ex. den policy eller strategi det bygger på)." if spec.none_verdict != "fulfilled" else "."),
                f"“{name}” refers to no other governing document"
                + (" (such as the policy or strategy it rests on)." if spec.none_verdict != "fulfilled" else ".")),
                doc.path, (doc_evidence(doc),))
            continue
        found_sv, found_en, problems_sv, problems_en, verdicts = [], [], [], [], []
        evidence: list[Evidence] = []
        for ref in refs:
            cited = Evidence(document=doc.path, location=ref.location, quote=ref.quote or ref.text)
            dnr = f" ({ref.reference})" if ref.reference else ""
            hits = [d for d in _documents_named(ref, ctx) if d.path != doc.path]
            if not hits:
                verdicts.append(spec.missing_verdict)
                problems_sv.append(f"«{ref.text}»{dnr} finns inte bland dokumenten i arbetsytan")
                problems_en.append(f"“{ref.text}”{dnr} is not among the workspace documents")
                evidence.append(cited)
                continue
            valid = [d for d in hits if d.path not in stale and d.status.value != "draft"]
            if valid:
                found_sv.append(f"«{ref.text}» → «{doc_label(valid[0])}»")
                found_en.append(f"“{ref.text}” → “{doc_label(valid[0])}”")
                evidence.append(cited)
                continue
            hit = hits[0]
            why_sv, why_en = (stale[hit.path][1:] if hit.path in stale else ("ett utkast, inte antaget", "a draft, not adopted"))
            verdicts.append(spec.out_of_force_verdict)
            problems_sv.append(f"«{ref.text}»{dnr} avser «{doc_label(hit)}», som är {why_sv}")
            problems_en.append(f"“{ref.text}”{dnr} means “{doc_label(hit)}”, which is {why_en}")
            evidence.append(cited)
        if not problems_sv:
            yield Outcome("fulfilled", msg(
                f"«{name}» hänvisar till styrdokument som finns och gäller: {'; '.join(found_sv)}.",
                f"“{name}” refers to governing documents that exist and are in force: {'; '.join(found_en)}."),
                doc.path, tuple(evidence))
            continue
        yield Outcome(worst(verdicts) or "not_fulfilled", msg(
            f"«{name}»: {'; '.join(problems_sv)}.", f"“{name}”: {'; '.join(problems_en)}."),
            doc.path, tuple(evidence))


_POLICY = "# IT-policy för Västby kommun\n\nAntagen av kommunfullmäktige 2021-05-03, § 40\n"
EXAMPLES = [
    Example(
        title="A draft resting on a policy in force",
        check={"kind": "references_exist", "doc_types": ["strategi"]},
        document="# Förslag: Digitaliseringsstrategi\n\nStrategin utgår från IT-policyn.\n",
        more_documents=(_POLICY,),
        verdict="fulfilled",
    ),
    Example(
        title="A draft referring to a policy that is not in the workspace",
        check={"kind": "references_exist", "doc_types": ["strategi"]},
        document="# Förslag: Digitaliseringsstrategi\n\nArbetet sker i enlighet med informationssäkerhetspolicyn.\n",
        more_documents=(_POLICY,),
        verdict="not_fulfilled",
    ),
    Example(
        title="A draft referring to a repealed policy",
        check={"kind": "references_exist", "doc_types": ["strategi"]},
        document="# Förslag: Digitaliseringsstrategi\n\nStrategin utgår från IT-policyn.\n",
        more_documents=(_POLICY + "\nUpphävd av kommunfullmäktige 2023-02-01, § 12\n",),
        verdict="not_fulfilled",
    ),
]
