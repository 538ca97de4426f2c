"""``responsibilities``: the documents assign duties to the actors an audit asks about.

Auditors ask whether roles and responsibilities are described ("Kommunstyrelsen ansvarar
för …", "Systemägaren ska …", a role table) and whether they are given to bodies that
exist: a duty assigned to a unit that has been renamed or dissolved (a former name in the
organisation model) cannot be carried out as written. Each actor is a topic, so its terms
tolerate inflection ("systemägare" finds "Systemägaren"); a duty statement counts for the
actor when the topic's terms match the statement's actor. Evidence is the first duty found
per actor, then each duty given to a former or unknown unit.

Options:
  actors            topic ids naming the actors that must have at least one duty statement
                    (default: none, and then any duty statement will do)
  former_verdict    verdict when a duty is assigned to a unit that no longer exists
                    (default partially_fulfilled)
  unknown_verdict   verdict when a duty is assigned to a unit-like name the organisation model
                    does not know (default fulfilled: the model may be incomplete)
  suggest           name the closest current unit in the model for each unknown actor
                    (default false)
  doc_types         only documents of these types (default: all)
All actors found → fulfilled; some → partially_fulfilled; none, or no document to read →
not_fulfilled; the worst of that and the former/unknown verdicts is the outcome.
"""

from __future__ import annotations

from typing import ClassVar, Iterator, Literal

from govcheck.checks.existing_units import corpus_suggestion
from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_label, msg, worst
from govcheck.lexicon import first_term
from govcheck.model import Evidence, GoverningDocument, Responsibility, Text

NAME = "responsibilities"
SUMMARY = Text(
    sv="Dokumenten anger vad de angivna aktörerna ansvarar för, och ger ansvar bara till enheter som finns.",
    en="The documents state what the listed actors are responsible for, and assign duties only to units that exist.",
)
Settable = Literal["fulfilled", "partially_fulfilled", "not_fulfilled"]


class Spec(CheckSpec):
    reads_text: ClassVar[bool] = True
    kind: Literal["responsibilities"]
    actors: list[str] = []
    former_verdict: Settable = "partially_fulfilled"
    unknown_verdict: Settable = "fulfilled"
    suggest: bool = False

    def topic_ids(self) -> list[str]:
        return [*self.actors, *super().topic_ids()]


Found = tuple[GoverningDocument, Responsibility]


def _evidence(found: Found) -> Evidence:
    doc, r = found
    return Evidence(document=doc.path, location=r.location, quote=r.quote)


def _first_per_actor(items: list[Found]) -> list[Found]:
    seen, out = set(), []
    for doc, r in items:
        if r.actor.lower() not in seen:
            seen.add(r.actor.lower())
            out.append((doc, r))
    return out


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    docs = ctx.documents(spec)
    if not docs:
        kinds = f" av typen {'/'.join(spec.doc_types)}" if spec.doc_types else ""
        kinds_en = f" of type {'/'.join(spec.doc_types)}" if spec.doc_types else ""
        yield Outcome("not_fulfilled", msg(f"Det saknas dokument{kinds} som fördelar ansvar.",
                                           f"There is no document{kinds_en} that assigns responsibilities."))
        return
    duties = [(doc, r) for doc in docs for r in doc.responsibilities]
    former = _first_per_actor([f for f in duties if f[1].status == "former"])
    unknown = _first_per_actor([f for f in duties if f[1].status == "unknown"])
    sv: list[str] = []
    en: list[str] = []
    evidence: list[Evidence] = []
    if spec.actors:
        found = {t: next((f for f in duties if first_term(f[1].actor, ctx.topic(t).terms)), None) for t in spec.actors}
        have = [t for t in spec.actors if found[t]]
        lack = [t for t in spec.actors if not found[t]]
        coverage = "fulfilled" if not lack else "partially_fulfilled" if have else "not_fulfilled"
        if have:
            sv.append("ansvar anges för " + ", ".join(ctx.topic(t).sv for t in have))
            en.append("duties are assigned to " + ", ".join(ctx.topic(t).en for t in have))
            evidence.extend(_evidence(found[t]) for t in have)
        if lack:
            sv.append("ansvar saknas för " + ", ".join(ctx.topic(t).sv for t in lack))
            en.append("no duty is assigned to " + ", ".join(ctx.topic(t).en for t in lack))
    else:
        coverage = "fulfilled" if duties else "not_fulfilled"
        sv.append(f"{len(duties)} ansvarsformuleringar" if duties else "ansvarsformuleringar saknas")
        en.append(f"{len(duties)} statements of responsibility" if duties else "no statement of responsibility")
        evidence.extend(_evidence(f) for f in _first_per_actor(duties)[:5])
    for doc, r in former:
        sv.append(f"«{r.actor}» ges ansvar men finns inte längre (i dag {r.renamed_to})")
        en.append(f"“{r.actor}” is given duties but no longer exists (now {r.renamed_to})")
    for doc, r in unknown:
        hint_sv, hint_en = corpus_suggestion(r.actor, ctx) if spec.suggest else ("", "")
        sv.append(f"«{r.actor}» ges ansvar men finns inte i organisationsmodellen{hint_sv}")
        en.append(f"“{r.actor}” is given duties but is not in the organisation model{hint_en}")
    # The defects lead: a reader (and `govcheck draft`) looks at the first place cited.
    evidence[:0] = [_evidence(f) for f in [*former, *unknown]]
    verdicts = [coverage, *([spec.former_verdict] if former else []), *([spec.unknown_verdict] if unknown else [])]
    one = len(docs) == 1
    subject_sv = f"«{doc_label(docs[0])}»" if one else f"De {len(docs)} dokumenten"
    subject_en = f"“{doc_label(docs[0])}”" if one else f"The {len(docs)} documents"
    yield Outcome(
        worst(verdicts) or "not_fulfilled",
        msg(f"{subject_sv}: {'; '.join(sv)}.", f"{subject_en}: {'; '.join(en)}."),
        docs[0].path if one else None,
        tuple(_unique(evidence)),
    )


def _unique(evidence: list[Evidence]) -> list[Evidence]:
    out: list[Evidence] = []
    for ev in evidence:
        if ev not in out:
            out.append(ev)
    return out


_TOPICS = {
    "kommunstyrelsen": {"sv": "Kommunstyrelsen", "en": "The municipal executive board", "terms": ["kommunstyrelse"]},
    "systemagare": {"sv": "Systemägare", "en": "System owners", "terms": ["systemägare"]},
}
_ORG = [
    {"id": "ks", "name": "Kommunstyrelsen", "kind": "styrelse", "political": True},
    {"id": "digit", "name": "Digitaliseringsavdelningen", "kind": "avdelning",
     "former_names": [{"name": "Kommunikations- och utvecklingsavdelningen", "until": "2019-01-01"}]},
]

EXAMPLES = [
    Example(
        title="Duties for the board in a sentence and for system owners under their heading",
        check={"kind": "responsibilities", "actors": ["kommunstyrelsen", "systemagare"]},
        document=(
            "# IT-policy\n\n## Roller och ansvar\n\n"
            "Kommunstyrelsen ansvarar för att IT-verksamheten bedrivs enligt denna policy.\n\n"
            "### Systemägare\n\n- ansvara för att varje system har en förvaltningsplan\n"
            "- besluta om behörigheter i systemet\n"
        ),
        verdict="fulfilled",
        topics=_TOPICS,
    ),
    Example(
        title="A role table that names the board but no system owner",
        check={"kind": "responsibilities", "actors": ["kommunstyrelsen", "systemagare"]},
        document=(
            "# IT-strategi\n\n## Roller\n\n| Roll | Ansvar |\n|---|---|\n"
            "| Kommunstyrelsen | Fastställer IT-strategin och följer upp den årligen. |\n"
            "| IT-chef | Leder IT-avdelningen. |\n"
        ),
        verdict="partially_fulfilled",
        topics=_TOPICS,
    ),
    Example(
        title="A duty given to a unit renamed in 2019",
        check={"kind": "responsibilities", "actors": ["kommunstyrelsen"]},
        document=(
            "# IT-policy\n\nKommunstyrelsen har det övergripande ansvaret för IT-frågorna.\n\n"
            "Kommunikations- och utvecklingsavdelningen ansvarar för driften av kommunens IT-system.\n"
        ),
        verdict="partially_fulfilled",
        topics=_TOPICS,
        organisation=_ORG,
    ),
    Example(
        title="A duty given to a unit the model does not know, with the closest current name",
        check={"kind": "responsibilities", "unknown_verdict": "not_fulfilled", "suggest": True},
        document="# IT-policy\n\nDigitaliseringsenheten ansvarar för driften av kommunens IT-system.\n",
        verdict="not_fulfilled",
        organisation=_ORG,
    ),
    Example(
        title="A policy that assigns no duties at all",
        check={"kind": "responsibilities"},
        document="# IT-policy\n\nIT ska användas på ett säkert och effektivt sätt i hela kommunen.\n",
        verdict="not_fulfilled",
    ),
]
