"""``planned_adoption``: a draft names the body that is to adopt it and the planned decision.

Before a draft goes to the political decision it should say who is to adopt it and how:
"Strategin ska antas av kommunfullmäktige", "Kommunstyrelsen föreslår kommunfullmäktige att
anta …", "Beslutsinstans: Kommunfullmäktige", "Planerat beslut: KF 2024-06-17" (see
govcheck/extract/planned_adoption.py). A document that is already adopted states its
decision instead, and that counts as well.

Options:
  minimum_level   the lowest level that may adopt it, e.g. KS (default: any body will do);
                  a lower body is partially_fulfilled, naming both
  require_date    the planned decision date (or month/year) must be given (default false);
                  without it partially_fulfilled
  doc_types       only documents of these types (default: all)
The draft names no adopting body → not_fulfilled.
"""

from __future__ import annotations

from typing import ClassVar, Iterator, Literal

from govcheck.checks.adoption_level import LEVEL_NAME, RANK, RequiredLevel
from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_evidence, doc_label, msg, no_documents
from govcheck.model import Evidence, Text

NAME = "planned_adoption"
SUMMARY = Text(sv="Utkastet anger vilket organ som ska anta det och det planerade beslutet.",
               en="The draft names the body that is to adopt it and the planned decision.")


class Spec(CheckSpec):
    reads_text: ClassVar[bool] = True
    kind: Literal["planned_adoption"]
    minimum_level: RequiredLevel | None = None
    require_date: bool = False


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    docs = ctx.documents(spec)
    if not docs:
        yield no_documents(spec)
        return
    for doc in docs:
        name = doc_label(doc)
        planned = doc.planned_adoption
        if planned is None:
            if doc.status.value == "adopted" and any(a.body for a in doc.adoptions):
                adoption = next(a for a in doc.adoptions if a.body)
                yield Outcome("fulfilled", msg(
                    f"«{name}» är redan antaget av {adoption.body}.", f"“{name}” is already adopted by {adoption.body}."),
                    doc.path, (Evidence(document=doc.path, location=adoption.provenance.location,
                                        quote=adoption.provenance.quote),))
                continue
            yield Outcome("not_fulfilled", msg(
                f"«{name}» anger inte vilket organ som ska anta det eller vilket beslut som planeras "
                "(skriv t.ex. «Strategin ska antas av kommunfullmäktige» eller «Beslutsinstans: Kommunfullmäktige»).",
                f"“{name}” does not say which body is to adopt it or what decision is planned "
                "(write e.g. “Strategin ska antas av kommunfullmäktige” or “Beslutsinstans: Kommunfullmäktige”)."),
                doc.path, (doc_evidence(doc),))
            continue
        evidence = (Evidence(document=doc.path, location=planned.location, quote=planned.quote),)
        when_sv = f", planerat {planned.date_text}" if planned.date_text else ""
        when_en = f", planned for {planned.date_text}" if planned.date_text else ""
        problems_sv: list[str] = []
        problems_en: list[str] = []
        if spec.minimum_level and (planned.level == "unknown" or RANK[planned.level] < RANK[spec.minimum_level]):
            need_sv, need_en = LEVEL_NAME[spec.minimum_level]
            got_sv, got_en = LEVEL_NAME[planned.level]
            problems_sv.append(f"{planned.body} ({got_sv}) ligger under den nivå som krävs ({need_sv} eller högre)")
            problems_en.append(f"{planned.body} ({got_en}) is below the required level ({need_en} or higher)")
        if spec.require_date and not planned.date_text:
            problems_sv.append("när beslutet planeras anges inte")
            problems_en.append("the planned decision date is not given")
        if problems_sv:
            yield Outcome("partially_fulfilled", msg(
                f"«{name}» ska enligt utkastet antas av {planned.body}{when_sv}, men {' och '.join(problems_sv)}: "
                f"«{planned.quote}»",
                f"“{name}” is to be adopted by {planned.body}{when_en}, but {' and '.join(problems_en)}: "
                f"“{planned.quote}”"), doc.path, evidence)
            continue
        yield Outcome("fulfilled", msg(
            f"«{name}» ska antas av {planned.body}{when_sv}: «{planned.quote}»",
            f"“{name}” is to be adopted by {planned.body}{when_en}: “{planned.quote}”"), doc.path, evidence)


EXAMPLES = [
    Example(
        title="A draft strategy to be adopted by the council",
        check={"kind": "planned_adoption", "minimum_level": "KS"},
        document="# Förslag: Digitaliseringsstrategi\n\nArbetsmaterial\n\nStrategin ska antas av kommunfullmäktige.\n",
        verdict="fulfilled",
    ),
    Example(
        title="A decision label with a planned date",
        check={"kind": "planned_adoption", "require_date": True},
        document="# Utkast till IT-policy\n\nBeslutsinstans: Kommunstyrelsen\n\nPlanerat beslut: KS 2024-06-17\n",
        verdict="fulfilled",
    ),
    Example(
        title="A draft to be decided by a forum, where KS is required",
        check={"kind": "planned_adoption", "minimum_level": "KS"},
        document="# Utkast till digitaliseringsstrategi\n\nStrategin ska fastställas av digitaliseringsrådet.\n",
        verdict="partially_fulfilled",
    ),
    Example(
        title="A draft that does not say who adopts it",
        check={"kind": "planned_adoption"},
        document="# Utkast till digitaliseringsstrategi\n\n## Mål\n\nKommunen ska bli mer digital.\n",
        verdict="not_fulfilled",
    ),
]
