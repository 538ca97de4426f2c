"""The fix list of a draft (``govcheck draft``) as text, Markdown or JSON: a pure function of a DraftResult."""

from __future__ import annotations

import json
from typing import Callable

from govcheck.errors import UsageError
from govcheck.report.escape import for_terminal
from govcheck.report.words import describe_location, tr, verdict_text

MARK = {"partially_fulfilled": "◐", "not_fulfilled": "✗", "not_assessable": "?"}
FORMATS = ("text", "markdown", "json")


def where(fix, lang: str) -> str:
    """Where in the draft a fix stands; a finding about a missing element is about the whole draft."""
    if fix.at_title:
        return "hela dokumentet (vid rubriken)" if lang == "sv" else "whole document (at the title)"
    return describe_location(fix.location, lang)


def _quote(fix) -> str:
    return f": “{fix.quote}”" if fix.quote and not fix.at_title else ""


def comment_text(fix, lang: str) -> str:
    """The text of a fix as one comment: the finding, then the suggestion."""
    sv = lang == "sv"
    return (f"{fix.control} {verdict_text(fix.verdict, lang)}: {tr(fix.message, lang)}\n"
            f"{'Förslag' if sv else 'Suggestion'}: {tr(fix.suggestion, lang)}")


def _summary(result, lang: str) -> str:
    sv, n = lang == "sv", len(result.fixes)
    if not n:
        return "Inga brister hittades: utkastet kan gå vidare till beslut." if sv else \
            "No defects found: the draft can go forward for decision."
    return f"{n} {'brister att åtgärda' if sv else 'defects to fix'}" if n != 1 else \
        ("1 brist att åtgärda" if sv else "1 defect to fix")


def render_text(result, lang: str) -> str:
    sv = lang == "sv"
    head = f"govcheck draft — {result.draft}"
    if result.title:
        head += f" — «{result.title}»"
    out = [head]
    context = result.municipality or result.workspace
    out.append(f"{'Typ' if sv else 'Type'}: {result.doc_type} · {'per' if sv else 'as of'} {result.as_of.isoformat()}"
               + (f" · {'sammanhang' if sv else 'context'}: {context}" if context else ""))
    out.append(f"{'Kontroller' if sv else 'Checks'}: {', '.join(result.checklists) or '–'}"
               + (f" ({', '.join(result.topic_controls)})" if result.topic_controls else ""))
    out += ["", _summary(result, lang)]
    for i, fix in enumerate(result.fixes, start=1):
        out.append("")
        out.append(f"{i:>2}. {MARK[fix.verdict]} {fix.control} {tr(fix.control_title, lang)} — "
                   f"{verdict_text(fix.verdict, lang)}")
        out.append(f"    {'Var' if sv else 'Where'}: {where(fix, lang)}" + _quote(fix))
        out.append(f"    {'Brist' if sv else 'Finding'}: {tr(fix.message, lang)}")
        out.append(f"    {'Förslag' if sv else 'Suggestion'}: {tr(fix.suggestion, lang)}")
    return for_terminal("\n".join(out)) + "\n"  # no control character reaches the terminal


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(result, lang: str) -> str:
    sv = lang == "sv"
    out = [f"# {'Åtgärdslista' if sv else 'Fix list'}: {result.title or result.draft}", "",
           f"- {'Utkast' if sv else 'Draft'}: `{result.draft}` ({result.doc_type})",
           f"- {'Per' if sv else 'As of'}: {result.as_of.isoformat()}"]
    if result.municipality or result.workspace:
        out.append(f"- {'Sammanhang' if sv else 'Context'}: {result.municipality or result.workspace}")
    out.append(f"- {'Kontroller' if sv else 'Checks'}: {', '.join(result.checklists) or '–'}"
               + (f" ({', '.join(result.topic_controls)})" if result.topic_controls else ""))
    out += ["", _summary(result, lang), ""]
    if result.fixes:
        out.append("| # | " + (" | ".join(["Kontroll", "Bedömning", "Var", "Brist", "Förslag"] if sv else
                                          ["Control", "Verdict", "Where", "Finding", "Suggestion"])) + " |")
        out.append("|---|---|---|---|---|---|")
        for i, fix in enumerate(result.fixes, start=1):
            place = where(fix, lang) + _quote(fix)
            out.append(f"| {i} | {fix.control} | {verdict_text(fix.verdict, lang)} | {_md(place)} | "
                       f"{_md(tr(fix.message, lang))} | {_md(tr(fix.suggestion, lang))} |")
        out.append("")
    return "\n".join(out)


def render_json(result, lang: str) -> str:
    """Both languages are kept (messages are {sv, en}); ``where`` is in the chosen language."""
    data = result.model_dump(mode="json", exclude={"report"})
    data = {"tool": result.report.tool.model_dump(mode="json"), **data}
    for fix, out in zip(result.fixes, data["fixes"]):
        out["where"] = where(fix, lang)
    data["unreadable"] = [u.model_dump(mode="json") for u in result.report.unreadable]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


RENDERERS: dict[str, Callable] = {"text": render_text, "markdown": render_markdown, "json": render_json}


def render(result, format: str = "text", lang: str = "sv") -> str:
    if format not in RENDERERS:
        known = ", ".join(FORMATS)
        raise UsageError(f"unknown fix list format {format!r} (choose from {known})",
                         sv=f"okänt format för åtgärdslistan {format!r} (välj bland {known})")
    if lang not in ("sv", "en"):
        raise UsageError(f"unknown language {lang!r} (choose sv or en)", sv=f"okänt språk {lang!r} (välj sv eller en)")
    return RENDERERS[format](result, lang)
