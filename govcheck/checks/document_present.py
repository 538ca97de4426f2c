"""``document_present``: the corpus holds a governing document of a given type and topic, adopted and current.

Audit criteria often ask only "is there an adopted strategy for digitalisation?"; this
answers that once for the whole corpus, citing the best document found. A document is
about a topic when its title names one of the topic's terms, or failing that its opening
lines do (the first section's heading and first paragraphs; after an untitled preamble
also the first heading and its paragraphs). In headings a term may also begin a compound
("digitalisering" finds "Digitaliseringsstrategin"), because Swedish titles join the
topic and the document type into one word.

Levels rank KF > KS > namnd > utskott > tjansteperson > rad; a document's level is that
of its highest adoption, its age runs from its latest adoption or revision. A repealed
document does not count. A document that states no adoption is present but weak.

Options:
  doc_types         document types that qualify (required), e.g. [strategi, program]
  topics            topic ids; the title or opening lines must match one (default: any)
  adopted           the document must be adopted; a draft does not fulfil (default true)
  minimum_level     lowest level of adoption that fulfils, e.g. KS (default: any)
  max_age_years     age limit since the latest adoption or revision (default: none)
  draft_verdict     verdict when the best document is a draft (default partially_fulfilled)
  weak_verdict      verdict when the best document is present but below the level, too old
                    or states no adoption (default partially_fulfilled)
  missing_verdict   verdict when there is no such document (default not_fulfilled)
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Iterator, Literal

from pydantic import Field

from govcheck.checks.adoption_level import LEVEL_NAME, RANK, RequiredLevel
from govcheck.checks.base import (
    VERDICT_RANK, CheckContext, CheckSpec, Example, Outcome, doc_label, msg, years_between,
)
from govcheck.checks.current import latest_decision
from govcheck.checks.subject import topic_terms
from govcheck.model import Adoption, DocType, Evidence, GoverningDocument, Location, Text, Verdict

NAME = "document_present"
SUMMARY = Text(
    sv="Det finns ett antaget och aktuellt styrdokument av en viss typ och inom ett visst område.",
    en="There is an adopted, current governing document of a given type on a given topic.",
)



class Spec(CheckSpec):
    kind: Literal["document_present"]
    doc_types: list[DocType] = Field(min_length=1, description="Document types that qualify.")
    topics: list[str] = Field(default=[], description="Topic ids; the title or opening lines must match one.")
    adopted: bool = True
    minimum_level: RequiredLevel | None = None
    max_age_years: float | None = Field(default=None, gt=0)
    draft_verdict: Verdict = "partially_fulfilled"
    weak_verdict: Verdict = "partially_fulfilled"
    missing_verdict: Verdict = "not_fulfilled"

    def topic_ids(self) -> list[str]:
        return [*self.topics, *super().topic_ids()]


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    terms = topic_terms(ctx, spec.topics)
    found: list[tuple[Outcome, int]] = []
    repealed: list[GoverningDocument] = []
    for doc in ctx.documents(spec):
        topic_evidence = ctx.index.about(doc, terms) if terms else None
        if terms and topic_evidence is None:
            continue
        if doc.status.value == "repealed":
            repealed.append(doc)
            continue
        found.append(_assess(doc, spec, ctx.as_of, topic_evidence))
    if found:
        best, _ = min(found, key=lambda f: (VERDICT_RANK[f[0].verdict], f[1]))
        yield best
        return
    what_sv, what_en = wanted(ctx, spec.doc_types, spec.topics, adopted=spec.adopted)
    note_sv = "".join(f" («{doc_label(d)}» är upphävt)" for d in repealed)
    note_en = "".join(f" (“{doc_label(d)}” has been repealed)" for d in repealed)
    yield Outcome(
        spec.missing_verdict,
        msg(f"Det saknas {what_sv}{note_sv}.", f"There is no {what_en}{note_en}."),
        None,
        tuple(Evidence(document=d.path, location=d.status.location, quote=d.status.quote) for d in repealed),
    )


def _assess(
    doc: GoverningDocument, spec: Spec, as_of: dt.date, topic_evidence: Evidence | None
) -> tuple[Outcome, int]:
    """The outcome for one candidate, and a tie-break order (met, weak, draft) among equal verdicts."""
    name = f"«{doc_label(doc)}» ({doc.doc_type.value})"
    name_en = f"“{doc_label(doc)}” ({doc.doc_type.value})"
    about_ev = (topic_evidence,) if topic_evidence else ()
    status = doc.status.value
    if spec.adopted and status == "draft":
        marker = doc.draft_markers[0].value if doc.draft_markers else "utkast"
        evidence = tuple(
            Evidence(document=doc.path, location=m.location, quote=m.quote or m.value) for m in doc.draft_markers
        ) or _title_evidence(doc)
        return Outcome(
            spec.draft_verdict,
            msg(f"{name} finns men är ett utkast («{marker}») och inte antaget.",
                f"{name_en} exists but is a draft (“{marker}”), not adopted."),
            doc.path,
            _dedupe([*evidence, *about_ev]),
        ), 2
    lacking_sv, lacking_en, evidence = _shortfalls(doc, spec, as_of)
    if spec.adopted and status != "adopted":
        lacking_sv.insert(0, "beslut om antagande saknas")
        lacking_en.insert(0, "it states no adoption decision")
    cited = _dedupe([*evidence, *about_ev]) or _title_evidence(doc)
    if lacking_sv:
        return Outcome(
            spec.weak_verdict,
            msg(f"{name} finns men {'; '.join(lacking_sv)}.", f"{name_en} exists but {'; '.join(lacking_en)}."),
            doc.path,
            cited,
        ), 1
    decided_sv, decided_en = _decided_by(doc)
    return Outcome(
        "fulfilled",
        msg(f"{name} finns{decided_sv}.", f"{name_en} exists{decided_en}."),
        doc.path,
        cited,
    ), 0


def _title_evidence(doc: GoverningDocument) -> tuple[Evidence, ...]:
    """Cite the document by its title when no decision can be cited."""
    if doc.title:
        return (Evidence(document=doc.path, location=doc.title.location, quote=doc.title.quote or doc.title.value),)
    return (Evidence(document=doc.path, location=doc.status.location, quote=doc.status.quote),)


def _shortfalls(doc: GoverningDocument, spec: Spec, as_of: dt.date) -> tuple[list[str], list[str], list[Evidence]]:
    """What keeps the document from meeting the level and age requirements, and the decisions to cite."""
    lacking_sv: list[str] = []
    lacking_en: list[str] = []
    evidence: list[Evidence] = []
    best = _best_adoption(doc)
    if best:
        evidence.append(Evidence(document=doc.path, location=best.provenance.location, quote=best.provenance.quote))
    if spec.minimum_level:
        need_sv, need_en = LEVEL_NAME[spec.minimum_level]
        if best is None or best.level == "unknown":
            lacking_sv.append(f"beslutsnivån framgår inte; kravet är minst {need_sv}")
            lacking_en.append(f"the deciding level is not stated; at least {need_en} is required")
        elif RANK[best.level] < RANK[spec.minimum_level]:
            got_sv, got_en = LEVEL_NAME[best.level]
            lacking_sv.append(f"är beslutat av {got_sv}; kravet är minst {need_sv}")
            lacking_en.append(f"was decided by {got_en}; at least {need_en} is required")
    if spec.max_age_years is not None:
        latest = latest_decision(doc)
        if latest is None:
            lacking_sv.append("beslutsdatum saknas")
            lacking_en.append("no decision date is stated")
        else:
            when, exact, prov = latest
            evidence.append(Evidence(document=doc.path, location=prov.location, quote=prov.quote))
            age = years_between(when, as_of)
            if age > spec.max_age_years:
                shown = when.isoformat() if exact else str(when.year)
                lacking_sv.append(
                    f"senaste beslut ({shown}) är {age:.1f} år gammalt, över gränsen {spec.max_age_years:g} år")
                lacking_en.append(
                    f"its latest decision ({shown}) is {age:.1f} years old, over the {spec.max_age_years:g}-year limit")
    return lacking_sv, lacking_en, evidence


def _best_adoption(doc: GoverningDocument) -> Adoption | None:
    return max(doc.adoptions, key=lambda a: RANK.get(a.level, -1)) if doc.adoptions else None


def _decided_by(doc: GoverningDocument) -> tuple[str, str]:
    if doc.status.value != "adopted":
        return "", ""
    best = _best_adoption(doc)
    if best is None:
        return " och är antaget", " and is adopted"
    who_sv, who_en = (best.body, best.body) if best.level == "unknown" and best.body else LEVEL_NAME[best.level]
    when_sv = f" {best.date.isoformat()}" if best.date else f" {best.year}" if best.year else ""
    when_en = f" on {best.date.isoformat()}" if best.date else f" in {best.year}" if best.year else ""
    return f" och är antaget av {who_sv}{when_sv}", f" and was adopted by {who_en}{when_en}"


def _dedupe(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    out: list[Evidence] = []
    for ev in evidence:
        if ev not in out:
            out.append(ev)
    return tuple(out)


def wanted(ctx: CheckContext, doc_types: list[str] | None, topic_ids: list[str], adopted: bool = False) -> tuple[str, str]:
    """What is missing, in words: "ett antaget styrdokument av typen strategi/program om digitalisering"."""
    kind_sv = f" av typen {'/'.join(doc_types)}" if doc_types else ""
    kind_en = f" of type {'/'.join(doc_types)}" if doc_types else ""
    names = [ctx.topic(t) for t in topic_ids]
    on_sv = f" om {' eller '.join(_lower_first(t.sv) for t in names)}" if names else ""
    on_en = f" on {' or '.join(_lower_first(t.en) for t in names)}" if names else ""
    return (f"ett {'antaget ' if adopted else ''}styrdokument{kind_sv}{on_sv}",
            f"{'adopted ' if adopted else ''}governing document{kind_en}{on_en}")


def _lower_first(name: str) -> str:
    """Lower-case a topic name for use mid-sentence, but keep acronyms ("IT-drift")."""
    return name if len(name) > 1 and name[1].isupper() else name[:1].lower() + name[1:]


_DIGITALISATION = {"digitalisering": {"sv": "Digitalisering", "en": "Digitalisation", "terms": ["digitalisering"]}}
_CHECK = {"kind": "document_present", "doc_types": ["strategi", "program"], "topics": ["digitalisering"],
          "minimum_level": "KS", "max_age_years": 4}

EXAMPLES = [
    Example(
        title="A digitalisation strategy adopted by kommunstyrelsen two years ago",
        check=_CHECK,
        document="# Digitaliseringsstrategi för Västby kommun\n\nAntagen av kommunstyrelsen 2021-09-12, § 123\n",
        verdict="fulfilled",
        topics=_DIGITALISATION,
    ),
    Example(
        title="Only a draft strategy",
        check=_CHECK,
        document="# Förslag: Digitaliseringsstrategi\n\nArbetsmaterial\n\n## Mål\n\nText.\n",
        verdict="partially_fulfilled",
        topics=_DIGITALISATION,
    ),
    Example(
        title="A programme decided by the municipal director where KS is required",
        check=_CHECK,
        document="# Program för digital utveckling\n\nBeslutat av kommundirektören 2022-03-01\n\n"
                 "Programmet beskriver kommunens arbete med digitalisering.\n",
        verdict="partially_fulfilled",
        topics=_DIGITALISATION,
    ),
    Example(
        title="No strategy at all, only an IT policy",
        check=_CHECK,
        document="# IT-policy\n\nAntagen av kommunfullmäktige 2021-09-12, § 123\n",
        verdict="not_fulfilled",
        topics=_DIGITALISATION,
    ),
]
