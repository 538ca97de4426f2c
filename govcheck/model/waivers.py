"""The shape of waivers.yaml: findings an accountable person has accepted, each until a date."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from govcheck.model.common import Strict


class WaiverEntry(Strict):
    """One accepted finding. ``document`` and ``kind`` narrow it to one document or check kind;
    without them it covers every finding of the control. Every waiver expires, so none is forever."""

    control: str = Field(min_length=1, description="Control id, e.g. ITV-3.")
    document: str | None = Field(default=None, min_length=1,
                                 description="Document path as the report shows it, e.g. documents/it-policy.docx.")
    kind: str | None = Field(default=None, min_length=1, description="Only findings of this check kind.")
    justification: str = Field(min_length=1, description="Why the finding is accepted.")
    accepted_by: str = Field(min_length=1, description="Who accepted it (name, role or decision).")
    expires: dt.date = Field(description="Last day the waiver applies (YYYY-MM-DD).")


class WaiversFile(Strict):
    """The shape of a workspace's waivers.yaml."""

    waivers: list[WaiverEntry]
