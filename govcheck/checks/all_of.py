"""``all_of``: every nested check must hold; the control sees each nested outcome.

Use it to require a document and an attested fact together ("a strategy is adopted and it
is known in the organisation"). The verdict is the worst nested outcome, and every nested
outcome is reported under its own kind.

Options:
  checks      the nested checks (any kinds, composites included)
"""

from __future__ import annotations

from typing import Iterator, Literal

from govcheck.checks.base import CheckContext, Example, Outcome
from govcheck.checks.composite import CompositeSpec, run_children
from govcheck.model import Text

NAME = "all_of"
SUMMARY = Text(sv="Alla ingående kontroller ska vara uppfyllda.", en="Every nested check must hold.")


class Spec(CompositeSpec):
    kind: Literal["all_of"]


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    for child, _, outcomes in run_children(spec, ctx):
        for outcome in outcomes:
            # made directly: dataclasses.replace looks up the fields on each call
            yield outcome if outcome.kind else Outcome(outcome.verdict, outcome.message, outcome.document,
                                                       outcome.evidence, child.kind)


_Q = {"sv": "Är strategin känd i organisationen?", "en": "Is the strategy known in the organisation?"}
_ADOPTED = "# Digitaliseringsstrategi\n\nAntagen av kommunstyrelsen 2022-05-09, § 80\n"

EXAMPLES = [
    Example(
        title="Adopted and known",
        check={"kind": "all_of", "checks": [{"kind": "adopted"},
                                            {"kind": "fact", "statement": "known", "question": _Q}]},
        document=_ADOPTED,
        facts=[{"id": "known", "value": True, "source": "survey", "date": "2023-01-01"}],
        verdict="fulfilled",
    ),
    Example(
        title="Adopted but only partly known",
        check={"kind": "all_of", "checks": [{"kind": "adopted"},
                                            {"kind": "fact", "statement": "known", "question": _Q}]},
        document=_ADOPTED,
        facts=[{"id": "known", "value": "partial", "source": "survey", "date": "2023-01-01"}],
        verdict="partially_fulfilled",
    ),
]
