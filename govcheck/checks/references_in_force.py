"""``references_in_force``: each document refers only to documents that are in force.

A document in the corpus is out of force when it is repealed, when its validity has ended
before the check date, or when another document in the corpus says it replaces it
("Ersätter: IT-policy antagen 2003"). A document whose text names such a document by its
title is reported with the place it does so.

Options:
  doc_types         only documents of these types (default: all)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import ClassVar, Iterator, Literal

from govcheck.checks.base import CheckContext, CheckSpec, Example, Outcome, doc_label, msg, no_documents
from govcheck.checks.index import fast_lowered
from govcheck.model import Evidence, GoverningDocument, Location, Text

NAME = "references_in_force"
SUMMARY = Text(
    sv="Dokumentet hänvisar bara till styrdokument som gäller.",
    en="The document refers only to governing documents that are in force.",
)

MIN_TITLE_CHARS = 6


class Spec(CheckSpec):
    reads_text: ClassVar[bool] = True
    kind: Literal["references_in_force"]


def out_of_force(ctx: CheckContext) -> dict[str, tuple[GoverningDocument, str, str]]:
    """Path -> (document, reason sv, reason en) for every corpus document not in force."""
    return ctx.index.memo((out_of_force,), lambda: _out_of_force(ctx))


def _out_of_force(ctx: CheckContext) -> dict[str, tuple[GoverningDocument, str, str]]:
    out: dict[str, tuple[GoverningDocument, str, str]] = {}
    docs = ctx.corpus.documents
    for doc in docs:
        if doc.status.value == "repealed":
            out[doc.path] = (doc, "upphävt", "repealed")
        elif doc.valid_until and doc.valid_until.value < ctx.as_of:
            day = doc.valid_until.value.isoformat()
            out[doc.path] = (doc, f"giltigt till {day}", f"valid until {day}")
    # Each title is stripped and lowered once, not once per "Ersätter" line (see _mentions).
    titles = [(doc, doc.title.value.strip()) for doc in docs if doc.title]
    titled = [(doc, title, _plain_lower(title)) for doc, title in titles if len(title) >= MIN_TITLE_CHARS]
    for newer in docs:
        for replaced in newer.replaces:
            text = replaced.value
            lowered_text = _plain_lower(text)
            for doc, title, lowered_title in titled:
                if doc is newer or doc.path in out:
                    continue
                if lowered_title is not None and lowered_text is not None and lowered_title not in lowered_text:
                    continue
                if _title_pattern(title).search(text) is not None:
                    who = doc_label(newer)
                    out[doc.path] = (doc, f"ersatt av «{who}»", f"replaced by “{who}”")
    return out


def _mentions(text: str, title: str) -> bool:
    title = title.strip()
    if len(title) < MIN_TITLE_CHARS:
        return False
    lowered_title, lowered_text = _plain_lower(title), _plain_lower(text)
    if lowered_title is not None and lowered_text is not None and lowered_title not in lowered_text:
        return False
    return _title_pattern(title).search(text) is not None


# Titles and "Ersätter" lines are compared with one another, each pair once: each is lowered once.
_plain_lower = lru_cache(maxsize=4096)(fast_lowered)


@lru_cache(maxsize=1024)
def _title_pattern(title: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(title) + r"(?!\w)", re.IGNORECASE)


def _first_mention(doc: GoverningDocument, title: str, ctx: CheckContext) -> tuple[str, Location] | None:
    """The first heading, paragraph or cell of ``doc`` that names ``title``. Most documents name
    no stale title at all, which a substring test on the whole lower-cased text shows at once;
    otherwise only the lines holding the lower-cased title are tried."""
    needle = _plain_lower(title.strip())
    lines = ctx.index.text(doc)
    if needle is not None and lines.lowered is not None:
        if needle not in lines.lowered:
            return None
        if "\n" not in needle:  # then each place it occurs lies within one line
            for i in lines.holding(needle):
                if _mentions(lines.texts[i], title):
                    return lines.texts[i], lines.location(i)
            return None
    for i, (text, low) in enumerate(zip(lines.texts, lines.lowered_lines)):
        if needle is not None and low is not None and needle not in low:
            continue
        if _mentions(text, title):
            return text, lines.location(i)
    return None


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    docs = ctx.documents(spec)
    if not docs:
        yield no_documents(spec)
        return
    stale = [(path, other, why_sv, why_en, other.title.value)
             for path, (other, why_sv, why_en) in sorted(out_of_force(ctx).items()) if other.title]
    needles = {title: _plain_lower(title.strip()) for *_, title in stale}
    searched = tuple(n for n in needles.values() if n is not None)
    for doc in docs:
        name = doc_label(doc)
        key = ctx.index.doc_key(doc)
        hits: list[tuple[GoverningDocument, str, str, Evidence]] = []
        seen: dict[str, tuple[str, Location] | None] = {}  # several stale documents often share a title
        lines = ctx.index.text(doc)
        # Only titles the document's text holds at all can be named in it (see _first_mention):
        # they are found together, and most documents hold none.
        if lines.lowered is None:
            named = stale
        else:
            present = lines.containing(searched)
            named = [s for s in stale if needles[s[4]] is None or needles[s[4]] in present] \
                if present or len(searched) < len(needles) else []
        for path, other, why_sv, why_en, title in named:
            if path == doc.path:
                continue
            if title in seen:
                mention = seen[title]
            else:
                mention = seen[title] = ctx.index.memo((_first_mention, key, title),
                                                       lambda: _first_mention(doc, title, ctx))
            if mention:
                text, location = mention
                hits.append((other, why_sv, why_en, Evidence(document=doc.path, location=location, quote=text[:300])))
        if not hits:
            yield Outcome(
                "fulfilled",
                msg(f"«{name}» hänvisar inte till något styrdokument som har upphört att gälla.",
                    f"“{name}” refers to no governing document that is out of force."),
                doc.path,
            )
            continue
        yield Outcome(
            "not_fulfilled",
            msg(f"«{name}» hänvisar till " + "; ".join(f"«{doc_label(o)}» ({s})" for o, s, _, _ in hits) + ".",
                f"“{name}” refers to " + "; ".join(f"“{doc_label(o)}” ({e})" for o, _, e, _ in hits) + "."),
            doc.path,
            tuple(h[3] for h in hits),
        )


EXAMPLES = [
    Example(
        title="A guideline that refers to a policy in force",
        check={"kind": "references_in_force", "doc_types": ["riktlinje"]},
        document="# Riktlinjer för informationssäkerhet\n\nBeslutad av kommundirektören 2022-01-10\n\nRiktlinjerna bygger på Informationssäkerhetspolicy för Västby kommun.\n",
        more_documents=("# Informationssäkerhetspolicy för Västby kommun\n\nAntagen av kommunfullmäktige 2021-05-03, § 40\n",),
        verdict="fulfilled",
    ),
    Example(
        title="A guideline that refers to a replaced policy",
        check={"kind": "references_in_force", "doc_types": ["riktlinje"]},
        document="# Riktlinjer för informationssäkerhet\n\nBeslutad av kommundirektören 2022-01-10\n\nRiktlinjerna bygger på IT-säkerhetspolicy för Västby kommun.\n",
        more_documents=(
            "# IT-säkerhetspolicy för Västby kommun\n\nAntagen av kommunfullmäktige 2009-05-03, § 40\n",
            "# Informationssäkerhetspolicy för Västby kommun\n\nAntagen av kommunfullmäktige 2021-05-03, § 40\n\nErsätter: IT-säkerhetspolicy för Västby kommun\n",
        ),
        verdict="not_fulfilled",
    ),
]
