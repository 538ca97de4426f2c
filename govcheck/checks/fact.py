"""``fact``: an attested fact decides what documents cannot ("known in the organisation").

Facts come from the workspace's ``facts.yaml`` (interviews, surveys, observations), each with
an id, a value (true, false or partial), a source and a date. Without the fact the check is
not assessable: govcheck never guesses what only people can tell. When several facts carry
the id, the latest one counts.

Options:
  statement   the fact id to look up in facts.yaml
  question    {sv, en}: what the fact answers, shown when it is missing
  sources     only facts from these sources count (interview, survey, document,
              observation, other; default: any)
"""

from __future__ import annotations

from typing import Iterator, Literal

from pydantic import Field

from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, msg
from govcheck.model import Evidence, Location, Text

NAME = "fact"
SUMMARY = Text(sv="En intygad uppgift (intervju, enkät) avgör kontrollen.",
               en="An attested fact (interview, survey) decides the control.")

SourceName = Literal["interview", "survey", "document", "observation", "other"]
VERDICTS = {True: "fulfilled", "partial": "partially_fulfilled", False: "not_fulfilled"}
SOURCE_SV = {"interview": "intervju", "survey": "enkät", "document": "dokument",
             "observation": "observation", "other": "annan källa"}


class Spec(CheckSpec):
    kind: Literal["fact"]
    statement: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    question: Text
    sources: list[SourceName] | None = None


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    facts = [f for f in ctx.corpus.facts
             if f.id == spec.statement and (spec.sources is None or f.source in spec.sources)]
    if not facts:
        yield Outcome(
            "not_assessable",
            msg(f"Ej bedömbart utan intygad uppgift: {spec.question.sv} (facts.yaml: {spec.statement}).",
                f"Not assessable without an attested fact: {spec.question.en} (facts.yaml: {spec.statement})."),
        )
        return
    fact = max(facts, key=lambda f: f.date)
    answer_sv = {True: "ja", False: "nej", "partial": "delvis"}[fact.value]
    answer_en = {True: "yes", False: "no", "partial": "partly"}[fact.value]
    yield Outcome(
        VERDICTS[fact.value],  # type: ignore[arg-type]
        msg(f"{spec.question.sv} — {answer_sv} ({SOURCE_SV[fact.source]} {fact.date.isoformat()}).",
            f"{spec.question.en} — {answer_en} ({fact.source} {fact.date.isoformat()})."),
        None,
        (Evidence(document=ctx.corpus.facts_source or "facts.yaml",
                  location=Location(part="facts", field=fact.id), quote=fact.note or answer_sv),),
    )


_Q = {"sv": "Är strategin känd i organisationen?", "en": "Is the strategy known in the organisation?"}

EXAMPLES = [
    Example(
        title="A survey shows the strategy is known",
        check={"kind": "fact", "statement": "strategy_known", "question": _Q},
        document="# Digitaliseringsstrategi\n",
        facts=[{"id": "strategy_known", "value": True, "source": "survey", "date": "2018-10-01",
                "note": "Nio av tio chefer känner till strategin."}],
        verdict="fulfilled",
    ),
    Example(
        title="Interviews show the strategy is only partly known",
        check={"kind": "fact", "statement": "strategy_known", "question": _Q},
        document="# Digitaliseringsstrategi\n",
        facts=[{"id": "strategy_known", "value": "partial", "source": "interview", "date": "2018-10-01"}],
        verdict="partially_fulfilled",
    ),
    Example(
        title="No fact: not assessable",
        check={"kind": "fact", "statement": "strategy_known", "question": _Q},
        document="# Digitaliseringsstrategi\n",
        verdict="not_assessable",
    ),
    Example(
        title="The fact says no",
        check={"kind": "fact", "statement": "strategy_known", "question": _Q},
        document="# Digitaliseringsstrategi\n",
        facts=[{"id": "strategy_known", "value": False, "source": "survey", "date": "2018-10-01"}],
        verdict="not_fulfilled",
    ),
]
