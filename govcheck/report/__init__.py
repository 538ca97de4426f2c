"""Renderers: one module per output format, each a pure function of a Report and a language."""

from __future__ import annotations

from typing import Callable

from govcheck.errors import UsageError
from govcheck.model import Report
from govcheck.report import json_report, text

# A renderer returns text, or bytes for binary formats (docx), which the CLI writes only to a file.
Renderer = Callable[[Report, str], "str | bytes"]

RENDERERS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_report.render,
}
LANGS = ("sv", "en")


def render(report: Report, format: str = "text", lang: str = "sv") -> str | bytes:
    if format not in RENDERERS:
        raise UsageError(f"unknown report format {format!r} (choose from {', '.join(RENDERERS)})")
    if lang not in LANGS:
        raise UsageError(f"unknown language {lang!r} (choose sv or en)")
    return RENDERERS[format](report, lang)
