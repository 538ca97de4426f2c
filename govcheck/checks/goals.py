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
  report_each         one outcome per goal that is not measurable, naming the goal, where it
                      stands and what it lacks (partially_fulfilled when other goals are
                      measurable, else not_fulfilled), and one for the measurable ones
                      (default false: one outcome for all goals)
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
    report_each: bool = False


def _lacks(goal: Goal) -> tuple[str, str]:
    """What keeps a goal from being measurable, in Swedish and English."""
    if not goal.indicator:
        return "indikator", "an indicator"
    return "målvärde eller tidpunkt", "a target value or a deadline"


def _where(goal: Goal) -> tuple[str, str]:
    """Where a goal stands, for a message: "avsnitt Mål › Digital service, stycke 2"."""
    loc = goal.location
    section = " › ".join(loc.section)
    sv = [f"avsnitt «{section}»"] if section else []
    en = [f"section “{section}”"] if section else []
    if loc.table is not None:
        sv.append(f"tabell {loc.table}" + (f", rad {loc.row}" if loc.row else ""))
        en.append(f"table {loc.table}" + (f", row {loc.row}" if loc.row else ""))
    elif loc.paragraph is not None:
        sv.append(f"stycke {loc.paragraph}")
        en.append(f"paragraph {loc.paragraph}")
    return ", ".join(sv) or "dokumentet", ", ".join(en) or "the document"


def _missing(goal: Goal) -> tuple[str, str]:
    """Everything a goal lacks to be measurable: an indicator, and a target value or a date."""
    sv, en = [], []
    if not goal.indicator:
        sv.append("indikator (vad som mäts)")
        en.append("an indicator (what is measured)")
    if not goal.target and not goal.deadline_year:
        sv.append("målvärde eller tidpunkt")
        en.append("a target value or a date")
    return " och ".join(sv), " and ".join(en)


def _each(spec: Spec, pairs: list[tuple[GoverningDocument, Goal]]) -> Iterator[Outcome]:
    unmeasurable = [(d, g) for d, g in pairs if not g.measurable]
    measurable = [(d, g) for d, g in pairs if g.measurable]
    verdict = "partially_fulfilled" if measurable else "not_fulfilled"
    for d, g in unmeasurable:
        where_sv, where_en = _where(g)
        lack_sv, lack_en = _missing(g)
        yield Outcome(verdict, msg(
            f"Målet «{g.text}» ({where_sv}) är inte mätbart: det saknar {lack_sv}.",
            f"The goal “{g.text}” ({where_en}) is not measurable: it lacks {lack_en}."),
            d.path, _evidence([(d, g)]))
    if measurable:
        yield Outcome("fulfilled", msg(
            f"{len(measurable)} av {len(pairs)} mål är mätbara (indikator och målvärde eller tidpunkt).",
            f"{len(measurable)} of {len(pairs)} goals are measurable (indicator and target value or date)."),
            measurable[0][0].path if len({d.path for d, _ in measurable}) == 1 else None, _evidence(measurable))
    if len(pairs) < spec.minimum:
        yield Outcome("partially_fulfilled", msg(
            f"Endast {len(pairs)} mål anges, minst {spec.minimum} krävs.",
            f"Only {len(pairs)} goal(s) stated, at least {spec.minimum} required."))


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
    if spec.report_each:
        yield from _each(spec, pairs)
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
        title="Each goal that is not measurable reported on its own",
        check={"kind": "goals", "require_measurable": True, "report_each": True},
        document=("# Digitaliseringsstrategi\n\n## Mål\n\n"
                  "- Senast 2025 ska 80 procent av alla ansökningar om bygglov göras digitalt.\n"
                  "- Invånarna ska mötas av enkla digitala tjänster.\n"),
        verdict="partially_fulfilled",
    ),
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
