"""Render one parsed document (``govcheck parse``) as JSON (SPEC §3 keys) or readable text."""

from __future__ import annotations

import json

from govcheck.model import GoverningDocument, Section
from govcheck.report.escape import for_terminal
from govcheck.report.words import describe_location


def document_json(doc: GoverningDocument) -> str:
    return json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def document_text(doc: GoverningDocument, lang: str = "sv") -> str:
    sv = lang == "sv"

    def val(s):
        return "—" if s is None else str(s.value)

    out = [
        f"{doc.path}  ({doc.format}, sha256 {doc.sha256[:12]}…)",
        f"  {'Titel' if sv else 'Title'}: {val(doc.title)}",
        f"  {'Typ' if sv else 'Type'}: {doc.doc_type.value}",
        f"  Status: {doc.status.value}" + (f"  ({', '.join(m.value for m in doc.draft_markers)})" if doc.draft_markers else ""),
    ]
    for a in doc.adoptions:
        out.append(
            f"  {'Antagen' if sv else 'Adopted'}: {a.body or '—'} [{a.level}] {a.date or a.year or '—'} "
            f"{a.paragraph or ''} {a.reference or ''}".rstrip()
            + f"   ← {describe_location(a.provenance.location, lang)}: “{a.provenance.quote}”"
        )
    for r in doc.revisions:
        out.append(f"  {'Reviderad' if sv else 'Revised'}: {r.date or r.year or '—'} {r.body or ''}".rstrip())
    for label_sv, label_en, field in (
        ("Diarienummer", "Reference", doc.reference),
        ("Gäller till", "Valid until", doc.valid_until),
        ("Översyn senast", "Review by", doc.review_by),
        ("Översynsintervall", "Review interval", doc.review_interval),
        ("Dokumentansvarig", "Owner", doc.owner),
        ("Gäller för", "Scope", doc.scope),
    ):
        if field is not None:
            out.append(f"  {label_sv if sv else label_en}: {field.value}")
    for r in doc.replaces:
        out.append(f"  {'Ersätter' if sv else 'Replaces'}: {r.value}")
    out.append(f"  {'Avsnitt' if sv else 'Sections'}:")

    def walk(sections: list[Section], depth: int) -> None:
        for s in sections:
            heading = s.heading or ("(inledning)" if sv else "(preamble)")
            out.append(f"  {'  ' * depth}- {heading}  [{len(s.paragraphs)} ¶, {len(s.tables)} {'tab.' if sv else 'tbl.'}]")
            walk(s.sections, depth + 1)

    walk(doc.sections, 1)
    if doc.bodies_mentioned:
        out.append(f"  {'Organ och enheter som nämns' if sv else 'Bodies and units named'}:")
        seen = set()
        for m in doc.bodies_mentioned:
            key = (m.text.lower(), m.status)
            if key in seen:
                continue
            seen.add(key)
            extra = f" → {m.renamed_to} ({m.until})" if m.status == "former" else ""
            out.append(f"    {m.text} [{m.status}{', ' + m.unit_id if m.unit_id else ''}]{extra}")
    return for_terminal("\n".join(out)) + "\n"  # for the terminal: no control character runs
