"""``covers_topics``: the documents take up each of a list of topics.

Audit criteria list what a policy or guideline must address ("riktlinjerna ska omfatta
informationsklassning, loggning, kontinuitetsplanering …"). A topic is taken up when one
of its terms appears in a heading, paragraph or table cell; the first such place is cited.
By default the topics may be spread over the documents read (one outcome for the corpus);
with ``scope: document`` each document must cover them on its own (one outcome each).

Options:
  topics            topic ids that must be covered (required)
  doc_types         only documents of these types (default: all)
  document_topics   topic ids; only documents whose title or opening lines match one
                    (as in document_present) are read (default: all documents)
  scope             corpus (default: topics may be spread over the documents) or document
  minimum           fraction 0–1 of the topics that fulfils (default 1.0: all); covering
                    fewer but some is partially_fulfilled, none is not_fulfilled.
                    No document to read is not_fulfilled, naming what is missing.
"""

from __future__ import annotations

from typing import ClassVar, Iterator, Literal

from pydantic import Field

from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_label, msg
from govcheck.checks.document_present import wanted
from govcheck.lexicon import first_term, sentence_around
from govcheck.model import Evidence, GoverningDocument, Text

NAME = "covers_topics"
SUMMARY = Text(
    sv="Dokumenten tar upp vart och ett av de angivna områdena.",
    en="The documents take up each of the listed topics.",
)


class Spec(CheckSpec):
    reads_text: ClassVar[bool] = True
    kind: Literal["covers_topics"]
    topics: list[str] = Field(min_length=1, description="Topic ids that must be covered.")
    scope: Literal["corpus", "document"] = "corpus"
    minimum: float = Field(default=1.0, ge=0, le=1, description="Fraction of the topics that fulfils.")

    def topic_ids(self) -> list[str]:
        return [*self.topics, *super().topic_ids()]


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    docs = ctx.documents(spec)
    if not docs:
        what_sv, what_en = wanted(ctx, spec.doc_types, spec.document_topics or [])
        yield Outcome(
            "not_fulfilled",
            msg(f"Det saknas {what_sv} som tar upp områdena.", f"There is no {what_en} to cover the topics."),
        )
        return
    if spec.scope == "document":
        for doc in docs:
            yield _outcome(spec, ctx, first_hits(doc, spec.topics, ctx), [doc])
        return
    found: dict[str, Evidence] = {}
    for doc in docs:
        missing = [t for t in spec.topics if t not in found]
        if not missing:
            break
        found.update(first_hits(doc, missing, ctx))
    yield _outcome(spec, ctx, found, docs)


def first_hits(doc: GoverningDocument, topic_ids: list[str], ctx: CheckContext) -> dict[str, Evidence]:
    """The first heading, paragraph or table cell of ``doc`` naming each topic, with its sentence.

    The index knows the lines each term matches, so only the line cited is searched again."""
    text_of = ctx.index.text(doc)
    first: dict[str, int] = {}
    for topic_id in topic_ids:
        at = [found for term in ctx.topic(topic_id).terms
              if (found := ctx.index.first_term_line(doc, term)) is not None]
        if at:
            first[topic_id] = min(at)
    hits: dict[str, Evidence] = {}
    for topic_id in sorted(first, key=lambda t: (first[t], topic_ids.index(t))):
        text = text_of.texts[first[topic_id]]
        hit = first_term(text, ctx.topic(topic_id).terms)
        assert hit is not None  # the index found a term of the topic in this line
        hits[topic_id] = Evidence(document=doc.path, location=text_of.location(first[topic_id]),
                                  quote=sentence_around(text, hit.start, hit.end))
    return hits


def _outcome(spec: Spec, ctx: CheckContext, found: dict[str, Evidence], docs: list[GoverningDocument]) -> Outcome:
    total = len(spec.topics)
    have = [t for t in spec.topics if t in found]
    lack = [t for t in spec.topics if t not in found]
    if not have:
        verdict = "not_fulfilled"
    elif len(have) >= spec.minimum * total - 1e-9:
        verdict = "fulfilled"
    else:
        verdict = "partially_fulfilled"
    one = len(docs) == 1
    subject_sv = f"«{doc_label(docs[0])}»" if one else f"De {len(docs)} dokumenten"
    subject_en = f"“{doc_label(docs[0])}” covers" if one else f"The {len(docs)} documents cover"
    have_sv, have_en = _names(ctx, have)
    lack_sv, lack_en = _names(ctx, lack)
    if not lack:
        sv = f"{subject_sv} tar upp alla {total} områden: {have_sv}."
        en = f"{subject_en} all {total} topics: {have_en}."
    elif not have:
        sv = f"{subject_sv} tar inte upp något av de {total} områdena; saknas: {lack_sv}."
        en = f"{subject_en} none of the {total} topics; missing: {lack_en}."
    else:
        sv = f"{subject_sv} tar upp {len(have)} av {total} områden ({have_sv}); saknas: {lack_sv}."
        en = f"{subject_en} {len(have)} of {total} topics ({have_en}); missing: {lack_en}."
    if lack and 0 < spec.minimum < 1:
        sv += f" Kravet är minst {spec.minimum * 100:.0f} %."
        en += f" At least {spec.minimum * 100:.0f}% are required."
    return Outcome(verdict, msg(sv, en), docs[0].path if one else None, tuple(found[t] for t in have))


def _names(ctx: CheckContext, topic_ids: list[str]) -> tuple[str, str]:
    return ", ".join(ctx.topic(t).sv for t in topic_ids), ", ".join(ctx.topic(t).en for t in topic_ids)


_TOPICS = {
    "roller": {"sv": "Roller och ansvar", "en": "Roles and responsibilities",
               "terms": ["roller och ansvar", "ansvarsfördelning"]},
    "klassning": {"sv": "Informationsklassning", "en": "Information classification",
                  "terms": ["klassning av information", "informationsklassning", "klassa information"]},
    "loggning": {"sv": "Loggning", "en": "Logging", "terms": ["loggning", "logga"]},
    "kontinuitet": {"sv": "Kontinuitetsplanering", "en": "Continuity planning",
                    "terms": ["kontinuitetsplan", "reservrutin"]},
}
_WITH_SUBJECT = {**_TOPICS, "informationssakerhet": {
    "sv": "Informationssäkerhet", "en": "Information security", "terms": ["informationssäkerhet"]}}
_CHECK = {"kind": "covers_topics", "doc_types": ["riktlinje"], "topics": list(_TOPICS)}
_GUIDELINE = (
    "# Riktlinjer för informationssäkerhet\n\nBeslutade av kommundirektören 2022-01-10\n\n"
    "## Roller och ansvar\n\nSystemägaren ansvarar för sitt system.\n\n"
    "## Klassning\n\nAll information ska klassas. Informationsklassningen görs årligen.\n\n"
    "## Loggning av IT-resurser\n\nÅtkomst till känsliga system loggas.\n"
)

EXAMPLES = [
    Example(
        title="Guidelines that cover every listed area",
        check=_CHECK,
        document=_GUIDELINE + "\n## Kontinuitet\n\nVarje system ska ha en kontinuitetsplan.\n",
        verdict="fulfilled",
        topics=_TOPICS,
    ),
    Example(
        title="Guidelines without continuity planning",
        check=_CHECK,
        document=_GUIDELINE,
        verdict="partially_fulfilled",
        topics=_TOPICS,
    ),
    Example(
        title="Three of four areas suffice when the minimum is 0.75",
        check={**_CHECK, "minimum": 0.75},
        document=_GUIDELINE,
        verdict="fulfilled",
        topics=_TOPICS,
    ),
    Example(
        title="No guideline on information security to read",
        check={**_CHECK, "document_topics": ["informationssakerhet"]},
        document="# Riktlinjer för upphandling\n\nBeslutade av kommundirektören 2022-01-10\n\n"
                 "## Roller och ansvar\n\nInköparen ansvarar för avtalet.\n",
        verdict="not_fulfilled",
        topics=_WITH_SUBJECT,
    ),
]
