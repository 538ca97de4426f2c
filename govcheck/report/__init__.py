"""Renderers: one module per output format, each a pure function of a Report and a language."""

from __future__ import annotations

from importlib import import_module
from typing import Callable

from govcheck.errors import UsageError
from govcheck.model import Report

# A renderer returns text, or bytes for binary formats (docx), which the CLI writes only to a file.
Renderer = Callable[[Report, str], "str | bytes"]


def _lazy(module: str) -> Renderer:
    """The ``render`` of ``govcheck.report.<module>``, imported on first use: a run renders one
    format, and the others bring lxml, ElementTree or python-docx with them."""

    def renderer(report: Report, lang: str, **options) -> str | bytes:
        return import_module(f"govcheck.report.{module}").render(report, lang, **options)

    renderer.__name__ = renderer.__qualname__ = f"{module}.render"
    return renderer


RENDERERS: dict[str, Renderer] = {
    "text": _lazy("text"),
    "json": _lazy("json_report"),
    "sarif": _lazy("sarif"),
    "junit": _lazy("junit"),
    "markdown": _lazy("markdown"),
    "docx": _lazy("docx_report"),
    "html": _lazy("html"),
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
        known = ", ".join(RENDERERS)
        raise UsageError(f"unknown report format {format!r} (choose from {known})",
                         sv=f"okänt rapportformat {format!r} (välj bland {known})")
    if lang not in LANGS:
        raise UsageError(f"unknown language {lang!r} (choose sv or en)", sv=f"okänt språk {lang!r} (välj sv eller en)")
    if format in USES_FAIL_ON:
        return RENDERERS[format](report, lang, fail_on=fail_on)  # type: ignore[call-arg]
    return RENDERERS[format](report, lang)
