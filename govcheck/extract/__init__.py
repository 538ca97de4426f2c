"""Extractors: turn a reader's blocks into the GoverningDocument model."""

from __future__ import annotations

from govcheck.model import GoverningDocument, Organisation, RawDocument

__all__ = ["build_document"]


def build_document(
    raw: RawDocument, *, path: str, sha256: str, organisation: Organisation | None = None
) -> GoverningDocument:
    from govcheck.extract.assemble import assemble

    return assemble(raw, path=path, sha256=sha256, organisation=organisation)
