"""The Markdown report: an auditor's assessment table per checklist, then the evidence per control.

The table mirrors the audit reports the checklists come from (kontrollmål | bedömning |
kommentar). Document text is escaped, so a quote with ``|`` or a leading ``#`` cannot break
the table or start a heading. The plain phrases (comment, waiver and baseline notes) are
shared with the Word report, which needs the same sentences without Markdown.
"""

from __future__ import annotations

import re

from govcheck.errors import reason_words
from govcheck.model import CheckResult, ChecklistResult, ControlResult, Evidence, Report, Text, Waiver
from govcheck.model.result import ComparedControl
from govcheck.report.escape import for_terminal
from govcheck.report.words import describe_location, tr, verdict_text

WORDS = {
    "title": Text(sv="Granskning av styrdokument", en="Review of governing documents"),
    "as_of": Text(sv="Per", en="As of"),
    "report_date": Text(sv="Rapportdatum", en="Report date"),
    "tool": Text(sv="Framtagen med", en="Produced with"),
    "baseline": Text(sv="Jämförd med tidigare rapport", en="Compared with the earlier report"),
    "overall": Text(sv="Sammanfattande bedömning", en="Overall assessment"),
    "objective": Text(sv="Kontrollmål", en="Control objective"),
    "assessment": Text(sv="Bedömning", en="Assessment"),
    "comment": Text(sv="Kommentar", en="Comment"),
    "change": Text(sv="Förändring", en="Change"),
    "recommendation": Text(sv="Rekommendation", en="Recommendation"),
    "waiver": Text(sv="Undantag", en="Waiver"),
    "all_waived": Text(sv="Samtliga avvikelser är godtagna genom undantag.", en="Every finding is waived."),
    "absent": Text(sv="Kontrollmål i tidigare rapport som saknas i denna",
                   en="Controls of the earlier report missing from this one"),
    "inputs": Text(sv="Underlag", en="Inputs"),
    "file": Text(sv="Fil", en="File"),
    "format": Text(sv="Format", en="Format"),
    "status": Text(sv="Status", en="Status"),
    "sources": Text(sv="Metadatakällor", en="Metadata sources"),
    "note": Text(sv="Anmärkning", en="Note"),
    "unreadable": Text(sv="Dokument som inte kunde läsas", en="Documents that could not be read"),
    "none": Text(sv="Inga.", en="None."),
}
STATUS = {
    "read": Text(sv="läst", en="read"),
    "unreadable": Text(sv="oläsbar", en="unreadable"),
    "metadata-only": Text(sv="endast metadata", en="metadata only"),
}
SOURCES = {
    "extracted": Text(sv="dokumenttexten", en="document text"),
    "properties": Text(sv="dokumentegenskaper", en="document properties"),
    "register": Text(sv="dokumentregister", en="document register"),
    "sidecar": Text(sv="metadatafil", en="sidecar file"),
}
COMMENT_LIMIT = 3


def w(key: str, lang: str) -> str:
    return tr(WORDS[key], lang)


def one_line(text: str) -> str:
    return " ".join(text.split())


def quoted(text: str, lang: str) -> str:
    """Swedish typography quotes with ”…” on both sides; English with “…”."""
    return f"”{text}”" if lang == "sv" else f"“{text}”"


def control_comment(control: ControlResult, lang: str) -> str:
    """One line for the assessment table: the failing checks' messages, else the fulfilled ones."""
    failing = [c for c in control.checks if c.verdict != "fulfilled"]
    messages: list[str] = []
    for check in failing or control.checks:
        msg = one_line(tr(check.message, lang))
        if check.waiver and not check.waiver.expired:
            msg = f"({w('waiver', lang).lower()}) {msg}"
        if msg and msg not in messages:
            messages.append(msg if msg[-1] in ".!?)»”" else msg + ".")
    if not messages:
        return "—"
    text = " ".join(messages[:COMMENT_LIMIT])
    if len(messages) > COMMENT_LIMIT:
        more = len(messages) - COMMENT_LIMIT
        text += f" (+{more} {'till' if lang == 'sv' else 'more'})"
    return text


def waiver_note(waiver: Waiver, lang: str) -> str:
    sv = lang == "sv"
    date = waiver.expires.isoformat()
    if waiver.expired:
        head = (f"Undantaget löpte ut {date} (godtaget av {waiver.accepted_by})" if sv
                else f"Waiver expired {date} (accepted by {waiver.accepted_by})")
    else:
        head = (f"Godtaget av {waiver.accepted_by} till och med {date}" if sv
                else f"Accepted by {waiver.accepted_by} until {date}")
    return f"{head}. {'Motivering' if sv else 'Justification'}: {one_line(waiver.justification)}"


def change_note(control: ControlResult, lang: str) -> str | None:
    """The comparison with the baseline report, or None outside follow-up mode."""
    if control.change is None:
        return None
    sv = lang == "sv"
    prev = verdict_text(control.previous_verdict, lang) if control.previous_verdict else None
    now = verdict_text(control.verdict, lang)
    if control.change == "changed":
        if prev is None:
            return "Ändrad sedan tidigare rapport" if sv else "Changed since the earlier report"
        return f"Ändrad från {prev} till {now}" if sv else f"Changed from {prev} to {now}"
    text = {
        "new": ("Ny sedan tidigare rapport", "New since the earlier report"),
        "persisting": ("Kvarstår sedan tidigare rapport", "Persisting since the earlier report"),
        "resolved": ("Åtgärdad sedan tidigare rapport", "Resolved since the earlier report"),
        "unchanged": ("Oförändrad sedan tidigare rapport", "Unchanged since the earlier report"),
    }[control.change][0 if sv else 1]
    return text + (f" ({'tidigare' if sv else 'previously'}: {prev})" if prev else "")


def baseline_line(report: Report, lang: str) -> str | None:
    if not report.baseline:
        return None
    when = f" ({w('as_of', lang).lower()} {report.baseline_as_of.isoformat()})" if report.baseline_as_of else ""
    return f"{report.baseline}{when}"


def absent_line(control: ComparedControl, lang: str) -> str:
    """A control only the baseline has, so an earlier gap does not drop out of the report unseen."""
    prev = verdict_text(control.previous_verdict, lang) if control.previous_verdict else "—"
    return f"{control.checklist} {control.id} {control.title}: {'tidigare' if lang == 'sv' else 'previously'} {prev}"


def evidence_place(ev: Evidence, lang: str) -> str:
    return f"{ev.document}, {describe_location(ev.location, lang)}"


# --- Markdown -----------------------------------------------------------------------------

# Each special character gets a backslash: a table, which is what re.sub(r"([…])", r"\\\1")
# did, without expanding a template for every match (a fifth of rendering 300 documents).
_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|~"})
_ENTITY = re.compile(r"&(?=#?\w+;)")


def md(text: str) -> str:
    """Escape text for inline use: one line, no emphasis, code, links, HTML, pipes or headings.

    Every ``#`` is escaped, not only a leading one, and text never starts a line in this report
    (it follows "- ", "| " or a label), so list and heading markers need no special case.
    """
    escaped = one_line(text).translate(_SPECIAL)
    return _ENTITY.sub(r"\\&", escaped) if "&" in escaped else escaped


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return [_row(header), _row(["---"] * len(header)), *(_row(r) for r in rows), ""]


def _head(report: Report, lang: str) -> list[str]:
    title = w("title", lang) + (f" — {report.municipality}" if report.municipality else "")
    out = [f"# {md(title)}", "",
           f"{w('as_of', lang)} {report.as_of.isoformat()} · {w('tool', lang)} "
           f"{md(report.tool.name)} {md(report.tool.version)}", ""]
    baseline = baseline_line(report, lang)
    if baseline:
        out += [f"{w('baseline', lang)}: {md(baseline)}", ""]
    return out


def _evidence(ev: Evidence, lang: str) -> str:
    place = md(evidence_place(ev, lang))
    return f"  - {place}: {quoted(md(ev.quote), lang)}" if ev.quote else f"  - {place}"


def _check(check: CheckResult, lang: str) -> list[str]:
    out = [f"- **{verdict_text(check.verdict, lang)}:** {md(tr(check.message, lang))}"]
    if check.waiver:
        out.append(f"  - *{w('waiver', lang)}:* {md(waiver_note(check.waiver, lang))}")
    out += [_evidence(ev, lang) for ev in check.evidence]
    return out


def _control(control: ControlResult, lang: str) -> list[str]:
    out = [f"### {md(control.id)} {md(tr(control.title, lang))}", "",
           f"**{w('assessment', lang)}:** {verdict_text(control.verdict, lang)}", ""]
    change = change_note(control, lang)
    if change:
        out += [f"**{w('change', lang)}:** {md(change)}", ""]
    if control.waived:
        out += [f"**{w('waiver', lang)}:** {w('all_waived', lang)}", ""]
    for check in control.checks:
        out += _check(check, lang)
    if control.checks:
        out.append("")
    out += [f"**{w('recommendation', lang)}:** {md(tr(control.recommendation, lang))}", ""]
    return out


def _checklist(cl: ChecklistResult, lang: str) -> list[str]:
    out = [f"## {md(tr(cl.title, lang))} ({md(cl.id)})", "",
           f"**{w('overall', lang)}: {verdict_text(cl.verdict, lang)}**", ""]
    rows = [[f"{md(c.id)} {md(tr(c.title, lang))}", verdict_text(c.verdict, lang), md(control_comment(c, lang))]
            for c in cl.controls]
    out += _table([w("objective", lang), w("assessment", lang), w("comment", lang)], rows)
    for control in cl.controls:
        out += _control(control, lang)
    return out


def _absent(report: Report, lang: str) -> list[str]:
    if not report.baseline_absent:
        return []
    return [f"## {w('absent', lang)}", "", *(f"- {md(absent_line(c, lang))}" for c in report.baseline_absent), ""]


def _inputs(report: Report, lang: str) -> list[str]:
    out = [f"## {w('inputs', lang)}", ""]
    rows = [[md(i.path), md(i.format or "—"), tr(STATUS[i.status], lang) if i.status in STATUS else md(i.status),
             md(", ".join(tr(SOURCES[s], lang) if s in SOURCES else s for s in i.metadata_sources) or "—"),
             md(i.format_note or "—")] for i in report.inputs]
    if rows:
        out += _table([w(k, lang) for k in ("file", "format", "status", "sources", "note")], rows)
    else:
        out += [w("none", lang), ""]
    out += [f"## {w('unreadable', lang)}", ""]
    out += [f"- {md(u.path)}: {md(reason_words(u.reason, lang))} — {md(u.detail)}"
            for u in report.unreadable] or [w("none", lang)]
    return out


def render(report: Report, lang: str) -> str:
    out = _head(report, lang)
    for cl in report.checklists:
        out += _checklist(cl, lang)
    out += _absent(report, lang)
    out += _inputs(report, lang)
    return for_terminal("\n".join(out).rstrip("\n")) + "\n"  # often printed: no control character runs
