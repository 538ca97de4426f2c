"""``follow_up``: the documents say how the work is followed up: how often, and to whom.

Follow-up provisions ("Strategin följs upp årligen och redovisas för kommunstyrelsen") are
read from all the selected documents together (see govcheck/extract/followup.py). A
provision must name its recipient, state a frequency (unless ``require_frequency`` is
false), report at one of ``reported_to_levels`` when given, and concern one of
``what_topics`` when given: its subject, its sentence, or, when it speaks of the document
itself ("Strategin följs upp …"), the document's title must match a topic. One provision
meeting everything → fulfilled; provisions that each miss something → partially
fulfilled, the message saying what the closest one lacks; none → not fulfilled.

Options:
  what_topics         topic ids one of which the provision must concern (default: any)
  require_frequency   the provision must say how often (default true)
  reported_to_levels  levels the recipient must have, e.g. [KS, KF] (default: any)
  scope               corpus (default: a provision in any document will do) or document
                      (each document must define its own follow-up; one outcome each)
  doc_types           only documents of these types (default: all)
"""

from __future__ import annotations

from itertools import accumulate
from typing import ClassVar, Iterable, Iterator, Literal

from govcheck.checks.adoption_level import LEVEL_NAME, RequiredLevel
from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_evidence, doc_label, msg
from govcheck.checks.index import fast_lowered
from govcheck.lexicon import compile_term, lowered, possible_terms, term_pieces
from govcheck.model import Evidence, FollowUp, GoverningDocument, Text
from govcheck.textsearch import lines_holding_all

NAME = "follow_up"
SUMMARY = Text(sv="Dokumenten anger uppföljning: vad, hur ofta och till vem den redovisas.",
               en="The documents define follow-up: what, how often and to whom it is reported.")
MAX_EVIDENCE = 5
# A subject that names the document itself, so its title says what is followed up.
SELF_REFERENCES = {"strategin", "policyn", "planen", "programmet", "dokumentet", "styrdokumentet",
                   "riktlinjen", "riktlinjerna", "handlingsplanen", "den", "denna", "detta"}


class Spec(CheckSpec):
    reads_text: ClassVar[bool] = True
    kind: Literal["follow_up"]
    what_topics: list[str] | None = None
    require_frequency: bool = True
    reported_to_levels: list[RequiredLevel] | None = None
    scope: Literal["corpus", "document"] = "corpus"

    def topic_ids(self) -> list[str]:
        return [*(self.what_topics or []), *super().topic_ids()]


def _concerning(ctx: CheckContext, docs: list[GoverningDocument],
                terms: tuple[str, ...]) -> list[tuple[GoverningDocument, FollowUp]]:
    """The provisions of ``docs`` that ``_concerns`` holds for. Most name no term: the pieces
    every match of a term holds are looked up in the provisions' texts together, so each
    provision is tried only with the terms whose pieces it holds."""
    pairs = [(d, f) for d in docs for f in d.follow_ups]
    read = [r for d in docs for r in _read(ctx, d)]
    plain_at = [i for i, (_, low) in enumerate(read) if low is not None]
    whole = "\n".join(read[i][1] for i in plain_at)  # type: ignore[misc]
    starts = list(accumulate((len(read[i][1]) + 1 for i in plain_at[:-1]), initial=0))  # type: ignore[arg-type]
    tried: dict[int, list[str]] = {i: list(terms) for i, (_, low) in enumerate(read) if low is None}
    for term, pieces in term_pieces(terms):
        holders: Iterable[int] = lines_holding_all(pieces, whole, starts) if pieces else range(len(plain_at))
        for j in holders:
            tried.setdefault(plain_at[j], []).append(term)
    return [pairs[i] for i in sorted(tried) if _concerns(*read[i], tuple(tried[i]))]


def _read(ctx: CheckContext, doc: GoverningDocument) -> list[tuple[list[str], str | None]]:
    """What ``_concerns`` reads of each provision of ``doc``: its subject, its sentence and (when
    it speaks of the document itself) the document's title; and these joined and lower-cased
    when plain. Read once per evaluation: several checks ask about the same provisions."""

    def compute() -> list[tuple[list[str], str | None]]:
        read = []
        for item in doc.follow_ups:
            texts = [item.what or "", item.quote]
            if item.what is None or item.what.lower() in SELF_REFERENCES:
                texts.append(doc_label(doc))
            read.append((texts, fast_lowered("\n".join(texts))))
        return read

    return ctx.index.memo((_read, ctx.index.doc_key(doc)), compute)


def _concerns(texts: list[str], low: str | None, terms: tuple[str, ...]) -> bool:
    """Whether a term matches one of ``texts`` (``low``: them joined and lowered, see ``_read``):
    ``any(find_terms(t, terms) for t in texts)``, but stopping at the first hit. The substring
    pre-filter on the texts together rules out most terms without running a pattern."""
    if low is None:
        candidates: tuple[str, ...] | list[str] = terms
        lows = [lowered(text) for text in texts]
    else:
        candidates = possible_terms(low, terms)
        if not candidates:
            return False
        # a plain text lower-cases character for character: each text's part of the whole
        lows, start = [], 0
        for text in texts:
            lows.append(low[start:start + len(text)])
            start += len(text) + 1
    for text, low_text in zip(texts, lows):
        for term in candidates:
            compiled = compile_term(term)
            if (low_text is None or compiled.may_occur(low_text)) and next(compiled.hits(text), None) is not None:
                return True
    return False


def _problems(item: FollowUp, spec: Spec) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if spec.require_frequency and item.frequency is None:
        found.append(("anger inte hur ofta", "does not say how often"))
    if item.reported_to is None:
        found.append(("anger inte till vem den redovisas", "does not say to whom it is reported"))
    elif spec.reported_to_levels and item.reported_to_level not in spec.reported_to_levels:
        wanted_sv = " eller ".join(LEVEL_NAME[lv][0] for lv in spec.reported_to_levels)
        wanted_en = " or ".join(LEVEL_NAME[lv][1] for lv in spec.reported_to_levels)
        found.append((f"redovisas till {item.reported_to}, inte till {wanted_sv}",
                      f"is reported to {item.reported_to}, not to {wanted_en}"))
    return found


def _evidence(pairs: list[tuple[GoverningDocument, FollowUp]]) -> tuple[Evidence, ...]:
    return tuple(Evidence(document=d.path, location=f.location, quote=f.quote) for d, f in pairs[:MAX_EVIDENCE])


def _none(docs: list[GoverningDocument], sv: str, en: str, evidence: tuple[Evidence, ...] = ()) -> Outcome:
    return Outcome("not_fulfilled", msg(sv, en), docs[0].path if len(docs) == 1 else None,
                   evidence or tuple(doc_evidence(d) for d in docs[:MAX_EVIDENCE]))


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    docs = ctx.documents(spec)
    types = ", ".join(spec.doc_types or [])
    if not docs:
        yield Outcome("not_fulfilled", msg(
            f"Dokument{f' av typen {types}' if types else ''} som anger uppföljning saknas.",
            f"No document{f' of type {types}' if types else ''} defines follow-up: none is present."))
        return
    for group in ([[d] for d in docs] if spec.scope == "document" else [docs]):
        yield from _assess(spec, ctx, group)


def _assess(spec: Spec, ctx: CheckContext, docs: list[GoverningDocument]) -> Iterator[Outcome]:
    pairs = [(d, f) for d in docs for f in d.follow_ups]
    if not pairs:
        yield _none(docs, "Uppföljning saknas: inget dokument säger hur arbetet följs upp eller redovisas.",
                    "Follow-up is missing: no document says how the work is followed up or reported.")
        return
    if spec.what_topics:
        topics = [ctx.topic(t) for t in spec.what_topics]
        terms = tuple(term for t in topics for term in t.terms)
        relevant = _concerning(ctx, docs, terms)
        if not relevant:
            yield _none(docs, f"Uppföljning av {' eller '.join(t.sv for t in topics)} saknas: "
                              f"{len(pairs)} bestämmelser om uppföljning finns men ingen gäller det.",
                        f"Follow-up of {' or '.join(t.en for t in topics)} is missing: "
                        f"{len(pairs)} follow-up provision(s) exist but none concerns it.", _evidence(pairs))
            return
        pairs = relevant
    assessed = [(d, f, _problems(f, spec)) for d, f in pairs]
    complete = [(d, f) for d, f, p in assessed if not p]
    if complete:
        d, f = complete[0]
        how_sv = f", {f.frequency_text}" if f.frequency_text else ""
        yield Outcome("fulfilled", msg(
            f"Uppföljning anges{how_sv}, med redovisning till {f.reported_to}: «{f.quote}»",
            f"Follow-up is defined{how_sv}, reported to {f.reported_to}: “{f.quote}”"),
            d.path, _evidence(complete))
        return
    fewest = min(len(p) for _, _, p in assessed)
    closest = [(d, f, p) for d, f, p in assessed if len(p) == fewest]
    d, f, problems = closest[0]
    yield Outcome("partially_fulfilled", msg(
        f"Uppföljning finns men {' och '.join(sv for sv, _ in problems)}: «{f.quote}»",
        f"Follow-up exists but {' and '.join(en for _, en in problems)}: “{f.quote}”"),
        d.path if len({x.path for x, _, _ in closest}) == 1 else None,
        _evidence([(x, y) for x, y, _ in closest]))


EXAMPLES = [
    Example(
        title="Yearly follow-up reported to the municipal executive board",
        check={"kind": "follow_up", "reported_to_levels": ["KS", "KF"]},
        document=("# Digitaliseringsstrategi\n\n## Uppföljning\n\n"
                  "Strategin följs upp årligen och redovisas för kommunstyrelsen.\n"),
        verdict="fulfilled",
    ),
    Example(
        title="Follow-up of information security, concerning the topic",
        check={"kind": "follow_up", "what_topics": ["informationssakerhet"]},
        topics={"informationssakerhet": {"sv": "Informationssäkerhet", "en": "Information security",
                                         "terms": ["informationssäkerhet*"]}},
        document=("# Informationssäkerhetspolicy\n\n"
                  "Informationssäkerhetsarbetet följs upp årligen och rapporteras till kommunstyrelsen.\n"),
        verdict="fulfilled",
    ),
    Example(
        title="Follow-up without a recipient",
        check={"kind": "follow_up"},
        document="# IT-policy\n\n## Uppföljning\n\nPolicyn följs upp årligen.\n",
        verdict="partially_fulfilled",
    ),
    Example(
        title="Follow-up only when needed, reported to an official",
        check={"kind": "follow_up", "reported_to_levels": ["KS"]},
        document="# IT-policy\n\nPolicyn ska följas upp vid behov och redovisas för kommundirektören.\n",
        verdict="partially_fulfilled",
    ),
    Example(
        title="No follow-up at all",
        check={"kind": "follow_up"},
        document="# IT-policy\n\n## Ansvar\n\nKommunstyrelsen ansvarar för IT-frågorna.\n",
        verdict="not_fulfilled",
    ),
]
