"""What every check kind shares: the spec base, the outcome type, the context and text helpers.

A check kind is a pydantic spec plus a pure ``run(spec, ctx)`` that yields Outcomes. It never
names its control or checklist: the engine stamps those.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar, Iterable

from pydantic import BaseModel, ConfigDict, Field

from govcheck.checks.index import CorpusIndex, iter_text  # noqa: F401 (iter_text: re-exported for the kinds)
from govcheck.checks.subject import topic_terms
from govcheck.model import Corpus, DocType, Evidence, GoverningDocument, Text, Topic, Verdict

METADATA_ONLY_FORMAT = "register"

VERDICT_RANK: dict[str, int] = {
    "fulfilled": 0,
    "not_assessable": 1,
    "partially_fulfilled": 2,
    "not_fulfilled": 3,
}


def worst(verdicts: Iterable[str]) -> Verdict | None:
    ranked = sorted(verdicts, key=VERDICT_RANK.__getitem__)
    return ranked[-1] if ranked else None  # type: ignore[return-value]


class CheckSpec(BaseModel):
    """Fields every check has. ``doc_types`` narrows the documents the check reads."""

    model_config = ConfigDict(extra="forbid")

    # Kinds that read a document's text set this: a document known only from the register
    # (format "register") has no text, so such a check must not judge it.
    reads_text: ClassVar[bool] = False

    kind: str
    doc_types: list[DocType] | None = Field(
        default=None, description="Only documents of these types are checked (default: all)."
    )
    document_topics: list[str] | None = Field(
        default=None,
        description="Only documents about one of these topic ids (title or opening lines) are checked.",
    )

    def topic_ids(self) -> list[str]:
        """Topic ids this check refers to; the loader rejects ids the checklist does not define."""
        return list(self.document_topics or [])


@dataclass(frozen=True)
class Outcome:
    """One finding of a check. ``kind`` is set only by composites, for a nested check's outcome."""

    verdict: Verdict
    message: Text
    document: str | None = None
    evidence: tuple[Evidence, ...] = ()
    kind: str | None = None


@dataclass(frozen=True)
class CheckContext:
    """What a check may read: the corpus, the topics of the checklist being evaluated, and the
    index of what is derived from the corpus (shared by the checklists of one evaluation; a
    new one when not given)."""

    corpus: Corpus
    topics: dict[str, Topic] = field(default_factory=dict)
    index: CorpusIndex = field(default=None, repr=False, compare=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.index is None:
            object.__setattr__(self, "index", CorpusIndex(self.corpus))
        elif self.index.corpus is not self.corpus:
            raise ValueError("the index belongs to another corpus")

    def topic(self, topic_id: str) -> Topic:
        return self.topics[topic_id]

    @property
    def as_of(self) -> dt.date:
        return self.corpus.as_of

    def documents(self, spec: CheckSpec) -> list[GoverningDocument]:
        """The documents a check reads: narrowed by ``doc_types`` and ``document_topics``."""
        types = None if spec.doc_types is None else tuple(spec.doc_types)
        docs = self.index.memo((CheckContext.documents, spec.reads_text, types),
                               lambda: _of_types(self.corpus.documents, spec.reads_text, types))
        if spec.document_topics:
            terms = topic_terms(self, spec.document_topics)
            return list(self.index.memo((CheckContext.documents, spec.reads_text, types, tuple(terms)),
                                        lambda: [d for d in docs if self.index.about(d, terms)]))
        return list(docs)  # a list of its own: the index keeps the one it made


def _of_types(docs: list[GoverningDocument], reads_text: bool,
              types: tuple[str, ...] | None) -> list[GoverningDocument]:
    """The documents with text (when ``reads_text``) of the given types: many checks ask the same."""
    if reads_text:
        docs = [d for d in docs if d.format != METADATA_ONLY_FORMAT]
    if types is not None:
        docs = [d for d in docs if d.doc_type.value in types]
    return docs


@dataclass(frozen=True)
class Example:
    """A documented example that a test evaluates: a check, a small Markdown document, a verdict."""

    title: str
    check: dict[str, Any]
    document: str
    verdict: Verdict
    as_of: str = "2023-11-27"
    organisation: list[dict[str, Any]] = field(default_factory=list)
    more_documents: tuple[str, ...] = ()
    topics: dict[str, dict[str, Any]] = field(default_factory=dict)
    facts: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class CheckKind:
    name: str
    spec: type[CheckSpec]
    run: Callable[[Any, CheckContext], Iterable[Outcome]]
    summary: Text
    doc: str
    examples: tuple[Example, ...]


def kind_from_module(module: Any) -> CheckKind:
    """Build the registry entry of a check module from its NAME, Spec, run, SUMMARY, EXAMPLES."""
    return CheckKind(
        name=module.NAME,
        spec=module.Spec,
        run=module.run,
        summary=module.SUMMARY,
        doc=(module.__doc__ or "").strip(),
        examples=tuple(module.EXAMPLES),
    )


def msg(sv: str, en: str) -> Text:
    return Text(sv=sv, en=en)


def doc_evidence(doc: GoverningDocument) -> Evidence:
    """Evidence that points at the document itself (its title), for findings about what it lacks."""
    if doc.title is None:
        return Evidence(document=doc.path)
    return Evidence(document=doc.path, location=doc.title.location, quote=doc.title.quote or doc.title.value)


def doc_label(doc: GoverningDocument) -> str:
    return doc.title.value if doc.title else doc.path


def no_documents(spec: CheckSpec) -> Outcome:
    what = ", ".join([*(spec.doc_types or []), *(spec.document_topics or [])])
    return Outcome(
        "not_assessable",
        msg(
            f"Inga dokument att bedöma{f' ({what})' if what else ''}.",
            f"No documents to assess{f' ({what})' if what else ''}.",
        ),
    )


def years_between(earlier: dt.date, later: dt.date) -> float:
    return (later - earlier).days / 365.25
