"""``goals``: the documents state goals, and (if required) measurable ones.

Goals are counted over all the selected documents together, since an auditor asks whether
the municipality has decided goals, not which file holds them (narrow with ``doc_types``).
A goal is measurable when it names an indicator and either a target value or a deadline
(see govcheck/extract/goals.py). At least ``minimum`` goals, all measurable when
``require_measurable`` is set → fulfilled; goals, but too few or not all measurable →
partially fulfilled; no goals → not fulfilled. The message names the goals that lack an
indicator, a target value or a deadline.

Options:
  minimum             how many goals are needed (default 1)
  require_measurable  every goal must be measurable (default false)
  doc_types           only documents of these types (default: all)
"""

from __future__ import annotations

from typing import ClassVar, Iterator, Literal

from pydantic import Field

from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_evidence, msg
from govcheck.model import Evidence, GoverningDocument, Goal, Text

NAME = "goals"
SUMMARY = Text(sv="Dokumenten anger mål, vid behov mätbara (indikator, målvärde, tidpunkt).",
               en="The documents state goals, if required measurable ones (indicator, target, date).")
MAX_EVIDENCE = 10


class Spec(CheckSpec):
    reads_text: ClassVar[bool] = True
    kind: Literal["goals"]
    minimum: int = Field(default=1, ge=1)
    require_measurable: bool = False


def _lacks(goal: Goal) -> tuple[str, str]:
    """What keeps a goal from being measurable, in Swedish and English."""
    if not goal.indicator:
        return "indikator", "an indicator"
    return "målvärde eller tidpunkt", "a target value or a deadline"


def _evidence(pairs: list[tuple[GoverningDocument, Goal]]) -> tuple[Evidence, ...]:
    return tuple(Evidence(document=d.path, location=g.location, quote=g.quote) for d, g in pairs[:MAX_EVIDENCE])


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    docs = ctx.documents(spec)
    types = ", ".join(spec.doc_types or [])
    if not docs:
        yield Outcome("not_fulfilled", msg(
            f"Dokument{f' av typen {types}' if types else ''} som anger mål saknas.",
            f"No document{f' of type {types}' if types else ''} states goals: none is present."))
        return
    pairs = [(d, g) for d in docs for g in d.goals]
    if not pairs:
        yield Outcome("not_fulfilled", msg(
            f"Mål saknas i {len(docs)} dokument{f' ({types})' if types else ''}.",
            f"Goals are missing from {len(docs)} document(s){f' ({types})' if types else ''}."),
            docs[0].path if len(docs) == 1 else None, tuple(doc_evidence(d) for d in docs[:MAX_EVIDENCE]))
        return
    count = len(pairs)
    unmeasurable = [(d, g) for d, g in pairs if not g.measurable]
    problems_sv: list[str] = []
    problems_en: list[str] = []
    if count < spec.minimum:
        problems_sv.append(f"endast {count} mål, minst {spec.minimum} krävs")
        problems_en.append(f"only {count} goal(s), at least {spec.minimum} required")
    if spec.require_measurable and unmeasurable:
        listed_sv = "; ".join(f"«{g.text}» saknar {_lacks(g)[0]}" for _, g in unmeasurable[:5])
        listed_en = "; ".join(f"“{g.text}” lacks {_lacks(g)[1]}" for _, g in unmeasurable[:5])
        problems_sv.append(f"{len(unmeasurable)} av {count} mål är inte mätbara: {listed_sv}")
        problems_en.append(f"{len(unmeasurable)} of {count} goals are not measurable: {listed_en}")
    document = pairs[0][0].path if len({d.path for d, _ in pairs}) == 1 else None
    if problems_sv:
        first = unmeasurable if spec.require_measurable else []
        rest = [p for p in pairs if p not in first]
        yield Outcome("partially_fulfilled", msg(
            f"Mål finns men {'; '.join(problems_sv)}.", f"Goals are stated but {'; '.join(problems_en)}."),
            document, _evidence([*first, *rest]))
        return
    measurable = count - len(unmeasurable)
    yield Outcome("fulfilled", msg(
        f"{count} mål anges, varav {measurable} mätbara.", f"{count} goal(s) stated, {measurable} measurable."),
        document, _evidence(pairs))


EXAMPLES = [
    Example(
        title="A strategy with a measurable goal",
        check={"kind": "goals", "require_measurable": True},
        document=("# Digitaliseringsstrategi\n\n## Mål\n\n"
                  "- Senast 2025 ska 80 procent av alla ansökningar om bygglov göras digitalt.\n"),
        verdict="fulfilled",
    ),
    Example(
        title="Goals without indicator or target, when measurable goals are required",
        check={"kind": "goals", "require_measurable": True},
        document=("# Digitaliseringsstrategi\n\n## Övergripande mål\n\n"
                  "- Kommunen ska vara en ledande digital kommun.\n"
                  "- Invånarna ska mötas av enkla digitala tjänster.\n"),
        verdict="partially_fulfilled",
    ),
    Example(
        title="Fewer goals than required",
        check={"kind": "goals", "minimum": 3},
        document="# IT-strategi\n\nMålet är att alla skolor ska ha trådlöst nätverk.\n",
        verdict="partially_fulfilled",
    ),
    Example(
        title="A policy without goals",
        check={"kind": "goals"},
        document="# IT-policy\n\n## Ansvar\n\nKommunstyrelsen ansvarar för IT-frågorna.\n",
        verdict="not_fulfilled",
    ),
]
