"""Put the extractors' results together into one GoverningDocument (one-way: blocks in, model out)."""

from __future__ import annotations

import datetime as dt

from govcheck.extract.bodies import find_mentions, unit_for_body
from govcheck.extract.decisions import find_decisions
from govcheck.extract.delegation import find_delegation_entries
from govcheck.extract.doctype import detect_doc_type, detect_title
from govcheck.extract.followup import find_follow_ups
from govcheck.extract.goals import find_goals
from govcheck.extract.metadata import extract_metadata
from govcheck.extract.planned_adoption import find_planned_adoption
from govcheck.extract.references import find_document_references
from govcheck.extract.responsibilities import find_responsibilities, passages
from govcheck.extract.review import review_date
from govcheck.extract.sections import build_sections
from govcheck.extract.status import detect_status
from govcheck.model import Adoption, GoverningDocument, Organisation, RawDocument, Sourced

KIND_LEVEL = {
    "fullmaktige": "KF", "styrelse": "KS", "namnd": "namnd", "utskott": "utskott",
    "befattning": "tjansteperson", "forvaltning": "tjansteperson", "avdelning": "tjansteperson",
    "enhet": "tjansteperson", "rad": "rad",
}


def _with_unit(adoption: Adoption, org: Organisation | None) -> Adoption:
    """Let the organisation model settle the level when it knows the deciding body."""
    unit = unit_for_body(adoption.body or "", org)
    if unit is None:
        return adoption
    level = KIND_LEVEL[unit.kind]
    if unit.kind == "styrelse" and "kommunstyrelse" not in unit.name.lower() and "stadsstyrelse" not in unit.name.lower():
        level = "namnd"
    return adoption.model_copy(update={"unit_id": unit.id, "level": level})


def _last_decision(adoptions, revisions) -> dt.date | None:
    dates = [x.date for x in [*adoptions, *revisions] if x.date]
    dates += [dt.date(x.year, 12, 31) for x in [*adoptions, *revisions] if not x.date and x.year]
    return max(dates) if dates else None


def assemble(raw: RawDocument, *, path: str, sha256: str, organisation: Organisation | None) -> GoverningDocument:
    meta = extract_metadata(raw.blocks, raw.properties, raw.header_footer)
    adoptions = [_with_unit(a, organisation) for a in meta.adoptions]
    title = detect_title(raw.blocks, raw.properties)
    doc_type = detect_doc_type(title.value if title else None, raw.blocks, raw.properties)
    status, markers = detect_status(raw.blocks, raw.properties, raw.header_footer, adoptions)
    review_by = meta.review_by
    walked = list(passages(raw.blocks, organisation))
    if review_by is None and meta.review_interval is not None:
        last = _last_decision(adoptions, meta.revisions)
        derived = review_date(meta.review_interval.value, last) if last else None
        if derived:
            review_by = Sourced[dt.date](
                value=derived,
                source=meta.review_interval.source,
                location=meta.review_interval.location,
                quote=meta.review_interval.quote,
            )
    return GoverningDocument(
        path=path,
        sha256=sha256,
        format=raw.format,
        title=title,
        doc_type=doc_type,
        status=status,
        adoptions=adoptions,
        revisions=meta.revisions,
        reference=meta.reference,
        valid_until=meta.valid_until,
        review_by=review_by,
        review_interval=meta.review_interval,
        owner=meta.owner,
        scope=meta.scope,
        replaces=meta.replaces,
        draft_markers=markers,
        sections=build_sections(raw.blocks),
        bodies_mentioned=find_mentions([*raw.blocks], organisation),
        goals=find_goals(raw.blocks, organisation),
        follow_ups=find_follow_ups(raw.blocks, organisation),
        responsibilities=find_responsibilities(raw.blocks, organisation, walked),
        decisions=find_decisions(raw.blocks, organisation, walked),
        delegation_entries=find_delegation_entries(raw.blocks, organisation),
        document_references=find_document_references(raw.blocks),
        planned_adoption=find_planned_adoption(raw.blocks, organisation),
    )
