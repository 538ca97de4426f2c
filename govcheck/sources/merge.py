"""Lay stated metadata over what was extracted, field by field, keeping each value's provenance.

Layers are applied lowest first: front matter, then the register row, then the sidecar, so a
later layer's key wins and its explicit null clears a value (SPEC §3: sidecar > register >
extracted). A stated list of adoptions or revisions replaces the extracted list: a register
that says "KF 2019-05-13" means that decision, not that one besides whatever the cover page
was read as.
"""

from __future__ import annotations

import re
import typing
from dataclasses import dataclass, field

from govcheck.model import (
    Adoption, DocumentMetadata, GoverningDocument, Location, Organisation, Provenance, Revision, Sourced,
)
from govcheck.model.common import Source

PRECEDENCE = ("properties", "register", "sidecar")  # lowest first
SCALARS = ("title", "doc_type", "status", "reference", "valid_until", "review_by", "owner", "scope")
QUOTE_MAX = 200


@dataclass(frozen=True)
class Layer:
    """One source's statements about a document and where each stands.

    ``cites`` maps a key ("owner", or "adoptions.0" for a list item) to its location and the
    value as written; a key without an entry is cited as ``Location(part=<source>, field=key)``.
    """

    source: Source
    metadata: DocumentMetadata
    cites: dict[str, tuple[Location, str | None]] = field(default_factory=dict)

    def cite(self, key: str) -> Provenance:
        base = key.split(".")[0]
        location, quote = self.cites.get(key) or self.cites.get(base) or (Location(part=self.source, field=base), None)
        if quote is not None and len(quote) > QUOTE_MAX:
            quote = quote[: QUOTE_MAX - 1].rstrip() + "…"
        return Provenance(source=self.source, location=location, quote=quote)


def paragraph_text(text: str) -> str | None:
    """A § as the model writes it: "187", "§187" → "§ 187"; "§ 54/2020" stays; None without a number."""
    m = re.search(r"\d+(?:\s*/\s*\d+)?", text)
    return "§ " + re.sub(r"\s+", "", m.group(0)) if m else None


def _sourced_type(key: str):
    """The parametrised Sourced class of a GoverningDocument field (Sourced[dt.date] for valid_until)."""
    annotation = GoverningDocument.model_fields[key].annotation
    return next(a for a in typing.get_args(annotation) or (annotation,) if a is not type(None))


def _sourced(key: str, value, prov: Provenance):
    return _sourced_type(key)(value=value, source=prov.source, location=prov.location, quote=prov.quote)


def _replaced(value: str, prov: Provenance) -> Sourced[str]:
    return Sourced[str](value=value, source=prov.source, location=prov.location, quote=prov.quote)


def _adoptions(layer: Layer, organisation: Organisation | None) -> list[Adoption]:
    # The extractors are imported only when a layer states decisions: a run that reads every
    # document from the parse cache, with no sidecar or register, never loads them.
    from govcheck.extract.assemble import _with_unit
    from govcheck.extract.levels import normalise_level

    out = []
    for i, stated in enumerate(layer.metadata.adoptions or []):
        adoption = Adoption(
            body=stated.body,
            level=stated.level or (normalise_level(stated.body) if stated.body else "unknown"),
            date=stated.date,
            year=stated.date.year if stated.date else stated.year,
            paragraph=(paragraph_text(stated.paragraph) or stated.paragraph) if stated.paragraph else None,
            reference=stated.reference,
            provenance=layer.cite(f"adoptions.{i}"),
        )
        adoption = _with_unit(adoption, organisation)
        if stated.level:  # a level stated by a person beats the organisation model's guess
            adoption = adoption.model_copy(update={"level": stated.level})
        out.append(adoption)
    return out


def _revisions(layer: Layer) -> list[Revision]:
    from govcheck.extract.levels import normalise_level

    return [
        Revision(
            date=r.date, year=r.date.year if r.date else r.year, body=r.body,
            level=normalise_level(r.body) if r.body else None,
            paragraph=(paragraph_text(r.paragraph) or r.paragraph) if r.paragraph else None,
            provenance=layer.cite(f"revisions.{i}"),
        )
        for i, r in enumerate(layer.metadata.revisions or [])
    ]


def _restate_status(doc: GoverningDocument, update: dict, old: list[Adoption]):
    """A status that came from the replaced adoptions (or was unknown) follows the new ones."""
    status = doc.status
    derived = status.value == "adopted" and any(
        a.provenance.location == status.location and a.provenance.quote == status.quote for a in old)
    if not (derived or status.value == "unknown"):
        return status
    new = update["adoptions"]
    if new:
        p = new[0].provenance
        return _sourced("status", "adopted", p)
    return status if status.value == "unknown" else _sourced("status", "unknown", Provenance(source="default"))


def _rederive_review(doc: GoverningDocument, adoptions, revisions):
    """A review date derived from "ses över varje mandatperiod" moves with the decisions it counts from."""
    from govcheck.extract.assemble import _last_decision
    from govcheck.extract.review import review_date

    interval, current = doc.review_interval, doc.review_by
    if interval is None or (current is not None and (current.location, current.quote) != (
            interval.location, interval.quote)):
        return current
    last = _last_decision(adoptions, revisions)
    try:
        derived = review_date(interval.value, last) if last else None
    except (ValueError, OverflowError):  # a stated date near year 1 or 9999: no date to count to
        derived = None
    return _sourced("review_by", derived, Provenance(
        source=interval.source, location=interval.location, quote=interval.quote)) if derived else None


def apply_layers(doc: GoverningDocument, layers: list[Layer],
                 organisation: Organisation | None = None) -> GoverningDocument:
    """``doc`` with every key the layers state replaced; layers are applied lowest first, in any order given."""
    update: dict = {}
    for layer in sorted(layers, key=lambda x: PRECEDENCE.index(x.source)):
        meta = layer.metadata
        for key in meta.model_fields_set:
            value = getattr(meta, key)
            if key in SCALARS:
                update[key] = None if value is None else _sourced(key, value, layer.cite(key))
            elif key == "adoptions":
                update[key] = _adoptions(layer, organisation)
            elif key == "revisions":
                update[key] = _revisions(layer)
            elif key == "replaces":
                update[key] = [_replaced(v, layer.cite(f"replaces.{i}")) for i, v in enumerate(value or [])]
    if "adoptions" in update and "status" not in update:
        update["status"] = _restate_status(doc, update, doc.adoptions)
    if ("adoptions" in update or "revisions" in update) and "review_by" not in update:
        update["review_by"] = _rederive_review(
            doc, update.get("adoptions", doc.adoptions), update.get("revisions", doc.revisions))
    return doc.model_copy(update=update)


def metadata_sources(doc: GoverningDocument, layers: list[Layer]) -> list[str]:
    """Where the document's metadata came from: the sources of its values, and every layer that stated something."""
    values = [doc.title, doc.doc_type, doc.status, doc.reference, doc.valid_until, doc.review_by,
              doc.review_interval, doc.owner, doc.scope, *doc.replaces]
    found = {v.source for v in values if v is not None}
    found |= {x.provenance.source for x in [*doc.adoptions, *doc.revisions]}
    found |= {layer.source for layer in layers if layer.metadata.model_fields_set}
    return sorted(found - {"default"})
