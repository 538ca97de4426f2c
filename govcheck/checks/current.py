"""``current``: each document is current on the check date.

A document is not current when its latest adoption or revision is more than
``max_age_years`` before the check date, when its review date ("Revideras senast 2024",
or the end of the next mandate period for "ses över varje mandatperiod") has passed, or
when its validity ("Gäller till och med 2025-12-31") has ended. When only a year is known
("KF § 54/2020") the year's last day is used, giving the document the benefit of the doubt.

Options:
  max_age_years     age limit in years since adoption or revision (default 4)
  doc_types         only documents of these types (default: all)
"""

from __future__ import annotations

import datetime as dt
from typing import Iterator, Literal

from pydantic import Field

from govcheck.checks.base import (
    CheckContext, CheckSpec, Example, Outcome, doc_evidence, doc_label, msg, no_documents, years_between,
)
from govcheck.model import Evidence, GoverningDocument, Provenance, Text

NAME = "current"
SUMMARY = Text(
    sv="Dokumentet är aktuellt: inte för gammalt, översynsdatum och giltighetstid har inte passerats.",
    en="The document is current: not too old, review date and validity not passed.",
)


class Spec(CheckSpec):
    kind: Literal["current"]
    max_age_years: float = Field(default=4, gt=0)


def latest_decision(doc: GoverningDocument) -> tuple[dt.date, bool, Provenance] | None:
    """The latest adoption or revision: (date, exact?, provenance)."""
    found: list[tuple[dt.date, bool, Provenance]] = []
    for item in [*doc.adoptions, *doc.revisions]:
        if item.date:
            found.append((item.date, True, item.provenance))
        elif item.year:
            found.append((dt.date(item.year, 12, 31), False, item.provenance))
    return max(found, key=lambda f: f[0]) if found else None


def run(spec: Spec, ctx: CheckContext) -> Iterator[Outcome]:
    docs = ctx.documents(spec)
    if not docs:
        yield no_documents(spec)
        return
    for doc in docs:
        yield _assess(doc, spec, ctx.as_of)


def _assess(doc: GoverningDocument, spec: Spec, as_of: dt.date) -> Outcome:
    name = doc_label(doc)
    problems_sv: list[str] = []
    problems_en: list[str] = []
    evidence: list[Evidence] = []
    latest = latest_decision(doc)
    if latest:
        when, exact, prov = latest
        age = years_between(when, as_of)
        shown = when.isoformat() if exact else str(when.year)
        evidence.append(Evidence(document=doc.path, location=prov.location, quote=prov.quote))
        if age > spec.max_age_years:
            problems_sv.append(
                f"senaste beslut ({shown}) är {age:.1f} år gammalt, över gränsen {spec.max_age_years:g} år"
            )
            problems_en.append(
                f"its latest decision ({shown}) is {age:.1f} years old, over the {spec.max_age_years:g}-year limit"
            )
    for field, sv, en in (
        (doc.review_by, "översynsdatum", "review date"),
        (doc.valid_until, "giltighetstid", "validity"),
    ):
        if field is None:
            continue
        evidence.append(Evidence(document=doc.path, location=field.location, quote=field.quote))
        if field.value < as_of:
            problems_sv.append(f"{sv} {field.value.isoformat()} har passerats")
            problems_en.append(f"{en} {field.value.isoformat()} has passed")
    if problems_sv:
        return Outcome(
            "not_fulfilled",
            msg(f"«{name}» är inte aktuellt: {'; '.join(problems_sv)}.",
                f"“{name}” is not current: {'; '.join(problems_en)}."),
            doc.path,
            tuple(evidence),
        )
    if not evidence:
        return Outcome(
            "not_assessable",
            msg(f"«{name}» anger varken besluts-, revisions-, översyns- eller giltighetsdatum.",
                f"“{name}” states no decision, revision, review or validity date."),
            doc.path,
            (doc_evidence(doc),),
        )
    return Outcome(
        "fulfilled",
        msg(f"«{name}» är aktuellt per {as_of.isoformat()}.", f"“{name}” is current as of {as_of.isoformat()}."),
        doc.path,
        tuple(evidence),
    )


EXAMPLES = [
    Example(
        title="A policy adopted two years before the check date",
        check={"kind": "current", "max_age_years": 4},
        document="# IT-policy\n\nAntagen av kommunfullmäktige 2021-09-12, § 123\n",
        verdict="fulfilled",
    ),
    Example(
        title="A policy from 2008",
        check={"kind": "current"},
        document="# IT-policy\n\nAntagen av kommunfullmäktige 2008-09-12, § 187\n",
        verdict="not_fulfilled",
    ),
    Example(
        title="A recent policy whose review date has passed",
        check={"kind": "current"},
        document="# IT-policy\n\nAntagen av kommunstyrelsen 2021-02-01\n\nRevideras senast 2022\n",
        verdict="not_fulfilled",
    ),
]
