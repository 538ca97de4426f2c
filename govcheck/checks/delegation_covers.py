"""``delegation_covers``: the delegationsordning delegates each of the listed kinds of matter.

Some matters must be delegated explicitly before anyone but the nämnd may decide them:
automated decisions ("beslut som fattas av s.k. robot", Lund 2021), decisions in the
digitalisation forums, purchases of IT systems. A topic is covered when one of its terms
matches the matter, the note (anmärkning, villkor) or the section heading of a row of a
delegation table; the first such row is cited. Delegation text outside tables is not read.

Options:
  topics            topic ids the delegationsordning must cover (required)
  doc_types         the documents whose delegation tables are read (default: [delegationsordning])
All topics covered → fulfilled; some → partially_fulfilled; none → not_fulfilled; no
delegationsordning → not_fulfilled ("saknas").
"""

from __future__ import annotations

from itertools import accumulate
from typing import ClassVar, Iterator, Literal

from pydantic import Field

from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_label, msg
from govcheck.checks.delegation import entry_quote
from govcheck.checks.index import fast_lowered
from govcheck.lexicon import compile_term, first_term
from govcheck.model import DelegationEntry, Evidence, GoverningDocument, Text
from govcheck.textsearch import lines_holding_all

NAME = "delegation_covers"
SUMMARY = Text(
    sv="Delegationsordningen delegerar vart och ett av de angivna slagen av ärenden.",
    en="The delegationsordning delegates each of the listed kinds of matter.",
)


class Spec(CheckSpec):
    reads_text: ClassVar[bool] = True
    kind: Literal["delegation_covers"]
    topics: list[str] = Field(min_length=1, description="Topic ids the delegation entries must cover.")

    def topic_ids(self) -> list[str]:
        return [*self.topics, *super().topic_ids()]


def _matches(entry: DelegationEntry, terms: list[str], known: dict[str, bool]) -> bool:
    """Whether a text of the entry names a term; ``known`` remembers each text's answer, since
    the section headings of a delegation table repeat on every one of its rows."""
    for text in _entry_texts(entry):
        found = known.get(text)
        if found is None:
            found = known[text] = first_term(text, terms) is not None
        if found:
            return True
    return False


def _entry_texts(e: DelegationEntry) -> tuple[str, ...]:
    return (e.matter, e.note or "", *e.section)


def _names(entry: DelegationEntry, naming: set[str]) -> bool:
    """``_matches``, given the texts that name a term."""
    return any(text in naming for text in _entry_texts(entry))


def _texts(ctx: CheckContext, docs: list[GoverningDocument]) -> tuple[list[str], str | None, list[int]]:
    """The distinct texts of the rows of ``docs``; them lowered and joined by newlines (None
    when one is not plain), and where each starts. Read once per evaluation."""

    def compute() -> tuple[list[str], str | None, list[int]]:
        distinct: dict[str, None] = {}
        for doc in docs:
            for e in doc.delegation_entries:
                distinct[e.matter] = None
                if e.note:
                    distinct[e.note] = None
                for heading in e.section:
                    distinct[heading] = None
        texts = list(distinct)
        starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        return texts, fast_lowered("\n".join(texts)), starts

    return ctx.index.memo((_texts, *(ctx.index.doc_key(d) for d in docs)), compute)


def _naming(read: tuple[list[str], str | None, list[int]], terms: list[str]) -> set[str] | None:
    """The texts that name one of ``terms`` (None when they are not all plain). A term is tried
    only on the texts that hold the pieces every match of it holds: most texts name no term."""
    texts, whole, starts = read
    if whole is None:
        return None
    tried: set[int] = set()
    for term in terms:
        pieces = compile_term(term).literals
        if not pieces:
            return {t for t in texts if first_term(t, terms) is not None}
        tried |= lines_holding_all(pieces, whole, starts)
    return {texts[i] for i in tried if first_term(texts[i], terms) is not None}


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    docs: list[GoverningDocument] = (
        ctx.documents(spec) if spec.doc_types is not None
        else [d for d in ctx.corpus.documents if d.doc_type.value == "delegationsordning"]
    )
    if not docs:
        yield Outcome("not_fulfilled", msg("Det saknas en delegationsordning.", "There is no delegationsordning."))
        return
    entries = [(doc, e) for doc in docs for e in doc.delegation_entries]
    found: dict[str, Evidence] = {}
    texts = _texts(ctx, docs)
    for topic_id in spec.topics:
        terms = ctx.topic(topic_id).terms
        naming = _naming(texts, terms)
        if naming is None:
            known: dict[str, bool] = {}
            hit = next(((doc, e) for doc, e in entries if _matches(e, terms, known)), None)
        else:
            hit = next(((doc, e) for doc, e in entries if _names(e, naming)), None) if naming else None
        if hit:
            found[topic_id] = Evidence(document=hit[0].path, location=hit[1].location, quote=entry_quote(hit[1]))
    have = [t for t in spec.topics if t in found]
    lack = [t for t in spec.topics if t not in found]
    verdict = "fulfilled" if not lack else "partially_fulfilled" if have else "not_fulfilled"
    one = len(docs) == 1
    subject_sv = f"«{doc_label(docs[0])}»" if one else f"De {len(docs)} delegationsordningarna"
    subject_en = f"“{doc_label(docs[0])}”" if one else f"The {len(docs)} delegationsordningar"
    parts_sv, parts_en = [], []
    s = "s" if one else ""
    if have:
        parts_sv.append("delegerar " + ", ".join(ctx.topic(t).sv for t in have))
        parts_en.append(f"delegate{s} " + ", ".join(ctx.topic(t).en for t in have))
    if lack:
        parts_sv.append("saknar delegation för " + ", ".join(ctx.topic(t).sv for t in lack))
        parts_en.append(f"{'has' if one else 'have'} no delegation for " + ", ".join(ctx.topic(t).en for t in lack))
    if not entries:
        parts_sv.append("inga delegationsrader (tabell med ärende och delegat) kunde läsas")
        parts_en.append("no delegation rows (a table with matter and delegate) could be read")
    yield Outcome(
        verdict,
        msg(f"{subject_sv} {'; '.join(parts_sv)}.", f"{subject_en} {'; '.join(parts_en)}."),
        docs[0].path if one else None,
        tuple(found[t] for t in have),
    )


_TOPICS = {
    "automatiserade_beslut": {
        "sv": "Automatiserade beslut", "en": "Automated decisions",
        "terms": ["automatiserade beslut", "automatiserat beslutsfattande", "automatiskt beslut", "robot*"],
    },
    "it_upphandling": {
        "sv": "Upphandling av IT", "en": "IT procurement",
        "terms": ["upphandling av IT", "IT-upphandling", "upphandling av system"],
    },
}
_ORDER = (
    "# Delegationsordning för socialnämnden\n\n## 4 Ekonomiskt bistånd\n\n"
    "| Nr | Ärende | Lagrum | Delegat | Anmärkning |\n|---|---|---|---|---|\n"
    "| 4.1 | Beslut om ekonomiskt bistånd enligt riksnormen | SoL 4 kap. 1 § | Socialsekreterare | "
    "Beslutet får fattas genom automatiserat beslutsfattande |\n"
    "| 4.2 | Upphandling av IT-system under 100 000 kr | LOU | Förvaltningschef | |\n"
)

EXAMPLES = [
    Example(
        title="Automated decisions and IT procurement are both delegated",
        check={"kind": "delegation_covers", "topics": ["automatiserade_beslut", "it_upphandling"]},
        document=_ORDER,
        verdict="fulfilled",
        topics=_TOPICS,
    ),
    Example(
        title="Automated decisions are not mentioned",
        check={"kind": "delegation_covers", "topics": ["automatiserade_beslut", "it_upphandling"]},
        document=_ORDER.replace("Beslutet får fattas genom automatiserat beslutsfattande", ""),
        verdict="partially_fulfilled",
        topics=_TOPICS,
    ),
    Example(
        title="No delegationsordning among the documents",
        check={"kind": "delegation_covers", "topics": ["automatiserade_beslut"]},
        document="# IT-policy\n\nKommunstyrelsen ansvarar för IT-verksamheten.\n",
        verdict="not_fulfilled",
        topics=_TOPICS,
    ),
]
