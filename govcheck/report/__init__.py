"""Renderers: one module per output format, each a pure function of a Report and a language."""

from __future__ import annotations

from typing import Callable

from govcheck.errors import UsageError
from govcheck.model import Report
from govcheck.report import docx_report, html, json_report, junit, markdown, sarif, text

# A renderer returns text, or bytes for binary formats (docx), which the CLI writes only to a file.
Renderer = Callable[[Report, str], "str | bytes"]

RENDERERS: dict[str, Renderer] = {
    "text": text.render,
    "json": json_report.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "markdown": markdown.render,
    "docx": docx_report.render,
    "html": html.render,
}
LANGS = ("sv", "en")
# The file name extension of each format, for reports written to a folder (batch mode).
EXTENSIONS: dict[str, str] = {
    "text": "txt", "json": "json", "sarif": "sarif", "junit": "xml", "markdown": "md", "docx": "docx", "html": "html",
}


# Formats whose content depends on the --fail-on level (a JUnit failure is a failing control).
USES_FAIL_ON = {"junit"}


def render(report: Report, format: str = "text", lang: str = "sv", *, fail_on: str = "not_fulfilled") -> str | bytes:
    """Render ``report``; ``fail_on`` reaches the formats that mark failures (JUnit)."""
    if format not in RENDERERS:
        raise UsageError(f"unknown report format {format!r} (choose from {', '.join(RENDERERS)})")
    if lang not in LANGS:
        raise UsageError(f"unknown language {lang!r} (choose sv or en)")
    if format in USES_FAIL_ON:
        return RENDERERS[format](report, lang, fail_on=fail_on)  # type: ignore[call-arg]
    return RENDERERS[format](report, lang)
