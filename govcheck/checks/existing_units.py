"""``existing_units``: each document names only bodies and units that exist today.

Every body or unit the document names is matched against the organisation model
(govcheck.yaml), tolerating case and inflection ("kommunstyrelsens", "nämnderna"). A name
that the model lists as a former name, changed before the check date, is a certain finding:
the document names a unit that no longer exists (the Helsingborg IT policy of 2008 naming
"kommunikations- och utvecklingsavdelningen"). A unit-like name that the model does not know
at all is reported with ``unknown_verdict``, since the model itself may be incomplete.

Options:
  unknown_verdict   verdict for names not in the model (default partially_fulfilled)
  suggest           for a name not in the model, suggest the closest current name in it
                    ("IT-avdelningen" → "menar ni Digitaliseringsavdelningen?") (default false)
  doc_types         only documents of these types (default: all)
Without an organisation model the check is not assessable.
"""

from __future__ import annotations

import difflib
import re
from typing import ClassVar, Iterator, Literal

from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_label, msg, no_documents, worst
from govcheck.extract.bodies import UNIT_SUFFIXES
from govcheck.model import BodyMention, Evidence, GoverningDocument, Organisation, Text

NAME = "existing_units"
SUMMARY = Text(
    sv="Dokumentet nämner bara organ och enheter som finns i dag.",
    en="The document names only bodies and units that exist today.",
)


class Spec(CheckSpec):
    reads_text: ClassVar[bool] = True
    kind: Literal["existing_units"]
    unknown_verdict: Literal["fulfilled", "partially_fulfilled", "not_fulfilled"] = "partially_fulfilled"
    suggest: bool = False


SUGGEST_CUTOFF = 0.6
SAME_KIND_CUTOFF = 0.45  # a unit of the same kind may differ more ("Socialkontoret" → Socialförvaltningen)
_INFLECTED = re.compile(r"(?:" + "|".join(UNIT_SUFFIXES) + r")(?:ens|ets|en|et|ns|n|t|s)?$")


def _bare(name: str) -> str:
    """A unit name without case, genitive or definite ending: "IT-avdelningens" → "it-avdelning"."""
    low = " ".join(name.lower().split())
    m = _INFLECTED.search(low)
    if m:
        suffix = next(x for x in UNIT_SUFFIXES if m.group(0).startswith(x))
        return low[: m.start()] + suffix
    return low.removesuffix("s") if len(low) > 4 else low


_GROUPS = {
    "political": ("nämnd", "styrelse", "utskott", "fullmäktige"),
    "administrative": ("förvaltning", "avdelning", "enhet", "kontor", "sektor", "sekretariat"),
    "council": ("råd", "forum"),
}


def _group(bare: str) -> str | None:
    return next((g for g, heads in _GROUPS.items() if bare.endswith(heads)), None)


def closest_name(text: str, org: Organisation | None) -> str | None:
    """The current unit name (or alias) in the organisation model closest to ``text``, if any is close."""
    if org is None:
        return None
    names = {_bare(n): n for u in org.units for n in (u.name, *u.aliases)}
    group = _group(_bare(text))
    alike = [n for n in names if _group(n) == group] if group else []  # an "enhet" is no "råd"
    found = (difflib.get_close_matches(_bare(text), alike, n=1, cutoff=SAME_KIND_CUTOFF)
             or difflib.get_close_matches(_bare(text), list(names), n=1, cutoff=SUGGEST_CUTOFF))
    return names[found[0]] if found else None


def suggestion(text: str, org: Organisation | None) -> tuple[str, str]:
    """A message tail with the closest current name: ("; närmast i organisationsmodellen: X", …)."""
    name = closest_name(text, org)
    if name is None:
        return "; inget liknande namn finns i organisationsmodellen", "; no similar name is in the organisation model"
    return f"; närmaste nuvarande namn: {name}", f"; the closest current name is {name}"


def corpus_suggestion(text: str, ctx: CheckContext) -> tuple[str, str]:
    """``suggestion`` against the corpus's organisation model, once per name and evaluation
    (the same unknown unit is named in many documents, and difflib is slow)."""
    return ctx.index.memo((suggestion, text), lambda: suggestion(text, ctx.corpus.organisation))


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
        former, unknown = _flagged(doc, ctx)
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
            hint_sv, hint_en = corpus_suggestion(m.text, ctx) if spec.suggest else ("", "")
            parts_sv.append(f"«{m.text}» finns inte i organisationsmodellen{hint_sv}")
            parts_en.append(f"“{m.text}” is not in the organisation model{hint_en}")
        for m in [*former, *unknown]:
            evidence.append(Evidence(document=doc.path, location=m.location, quote=m.quote or m.text))
        yield Outcome(
            worst(verdicts) or "not_fulfilled",
            msg(f"«{name}»: {'; '.join(parts_sv)}.", f"“{name}”: {'; '.join(parts_en)}."),
            doc.path,
            tuple(evidence),
        )


def _flagged(doc: GoverningDocument, ctx: CheckContext) -> tuple[list[BodyMention], list[BodyMention]]:
    """The document's mentions of former units (renamed by the check date) and of unknown ones,
    sorted out once per evaluation: a document names bodies hundreds of times."""

    def compute() -> tuple[list[BodyMention], list[BodyMention]]:
        as_of = ctx.as_of
        former: list[BodyMention] = []
        unknown: list[BodyMention] = []
        for m in doc.bodies_mentioned:  # one pass: there are hundreds
            status = m.status
            if status == "former":
                if m.until is None or m.until <= as_of:
                    former.append(m)
            elif status == "unknown":
                unknown.append(m)
        return former, unknown

    return ctx.index.memo((_flagged, ctx.index.doc_key(doc)), compute)


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
        title="A unit the model does not know, with the closest current name suggested",
        check={"kind": "existing_units", "suggest": True, "unknown_verdict": "not_fulfilled"},
        document="# IT-policy\n\nKommunstyrelsen ansvarar, genom digitaliseringsenheten, för IT-driften.\n",
        verdict="not_fulfilled",
        organisation=_ORG,
    ),
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
