"""``any_of``: one of the nested checks is enough (a delegation, or an attested fact).

The verdict is the best nested verdict, ranked fulfilled > partially fulfilled > not
assessable > not fulfilled: when no document settles it and no fact is given, the control
is not assessable rather than failed. The message lists every nested result; the evidence
is that of the deciding nested check.

Options:
  checks      the nested checks (any kinds, composites included)
"""

from __future__ import annotations

from typing import Iterator, Literal

from govcheck.checks.base import CheckContext, Example, Outcome, msg
from govcheck.checks.composite import CompositeSpec, run_children
from govcheck.model import Text

NAME = "any_of"
SUMMARY = Text(sv="Minst en av de ingående kontrollerna ska vara uppfylld.", en="At least one nested check must hold.")

BEST_FIRST = ["fulfilled", "partially_fulfilled", "not_assessable", "not_fulfilled"]
VERDICT_SV = {"fulfilled": "uppfyllt", "partially_fulfilled": "delvis uppfyllt",
              "not_fulfilled": "ej uppfyllt", "not_assessable": "ej bedömbart"}


class Spec(CompositeSpec):
    kind: Literal["any_of"]


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    children = run_children(spec, ctx)
    best_child, best, outcomes = min(children, key=lambda c: BEST_FIRST.index(c[1]))
    parts_sv = [f"{child.kind} ({VERDICT_SV[v]}): " + " ".join(o.message.sv for o in outs)
                for child, v, outs in children]
    parts_en = [f"{child.kind} ({v.replace('_', ' ')}): " + " ".join(o.message.en for o in outs)
                for child, v, outs in children]
    deciding = outcomes if best != "not_fulfilled" else [o for _, _, outs in children for o in outs]
    yield Outcome(
        best,  # type: ignore[arg-type]
        msg("Ett av alternativen räcker. " + " | ".join(parts_sv),
            "One alternative is enough. " + " | ".join(parts_en)),
        None,
        tuple(e for o in deciding for e in o.evidence),
    )


_Q = {"sv": "Är automatiserade beslut rättssäkra?", "en": "Are automated decisions legally secure?"}
_CHECK = {"kind": "any_of", "checks": [
    {"kind": "adopted", "doc_types": ["delegationsordning"]},
    {"kind": "fact", "statement": "automated_decisions_legal", "question": _Q},
]}

EXAMPLES = [
    Example(
        title="An adopted delegationsordning is enough",
        check=_CHECK,
        document="# Delegationsordning för kommunstyrelsen\n\nAntagen av kommunstyrelsen 2021-03-01, § 40\n",
        verdict="fulfilled",
    ),
    Example(
        title="No delegationsordning and no fact: not assessable",
        check=_CHECK,
        document="# Delegationsordning för kommunstyrelsen\n\nUtkast\n",
        verdict="not_assessable",
    ),
    Example(
        title="No delegationsordning, and the fact says no",
        check=_CHECK,
        document="# Delegationsordning för kommunstyrelsen\n\nUtkast\n",
        facts=[{"id": "automated_decisions_legal", "value": False, "source": "interview", "date": "2021-10-01"}],
        verdict="not_fulfilled",
    ),
]
