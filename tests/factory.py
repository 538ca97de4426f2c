"""Build model objects directly, for tests of checks that need exact values, not parsing."""

import datetime as dt

from govcheck.model import (
    Adoption, BodyMention, Corpus, GoverningDocument, Location, Provenance, Revision, Sourced,
)


def adoption(body="Kommunfullmäktige", level="KF", date=None, year=None, quote=None):
    date = dt.date.fromisoformat(date) if isinstance(date, str) else date
    return Adoption(body=body, level=level, date=date, year=year or (date.year if date else None),
                    provenance=Provenance(location=Location(block=1), quote=quote or f"Antagen av {body} {date or year}"))


def revision(date):
    return Revision(date=dt.date.fromisoformat(date), provenance=Provenance(location=Location(block=2), quote=f"Reviderad {date}"))


def sourced(value, block=3, quote=None):
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        value = dt.date.fromisoformat(value)
    return Sourced(value=value, location=Location(block=block), quote=quote or str(value))


def document(path="documents/a.docx", title="IT-policy", doc_type="policy", status="adopted", **fields):
    return GoverningDocument(
        path=path, sha256="0" * 64, format="docx",
        title=sourced(title, block=0) if title else None,
        doc_type=Sourced(value=doc_type, source="default"),
        status=Sourced(value=status, source="default"),
        **fields,
    )


def corpus(*documents, as_of="2023-11-27", organisation=None):
    return Corpus(documents=list(documents), as_of=dt.date.fromisoformat(as_of), organisation=organisation)


def mention(text, status, unit_id=None, renamed_to=None, until=None):
    return BodyMention(text=text, status=status, unit_id=unit_id, renamed_to=renamed_to,
                       until=dt.date.fromisoformat(until) if until else None,
                       location=Location(section=["Ansvar"], paragraph=1), quote=f"… {text} …")
