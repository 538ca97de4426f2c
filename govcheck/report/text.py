"""The terminal report: per control its verdict; for each finding the message, quote and place.

Control characters in names and texts are shown as escapes (report/escape.py), never sent to
the terminal, where ESC and its kin would run as commands.
"""

from __future__ import annotations

from govcheck.baseline import CHANGES, comparison_of
from govcheck.errors import reason_words
from govcheck.model import CheckResult, ControlResult, Report
from govcheck.model.result import ComparedControl, Comparison
from govcheck.report.escape import for_terminal
from govcheck.report.words import describe_location, tr, verdict_text

MARK = {"fulfilled": "✓", "partially_fulfilled": "◐", "not_fulfilled": "✗", "not_assessable": "?"}
# The comparison with a baseline: (heading sv, heading en, mark sv, mark en) per change kind.
CHANGE = {
    "new": ("Nya brister", "New findings", "ny brist", "new"),
    "persisting": ("Kvarstående brister", "Persisting findings", "kvarstår", "persisting"),
    "changed": ("Ändrad bedömning", "Changed verdict", "ändrad", "changed"),
    "resolved": ("Åtgärdade brister", "Resolved findings", "åtgärdad", "resolved"),
    "unchanged": ("Uppfyllda båda gångerna", "Fulfilled both times", "", ""),
    "absent": ("Inte bedömda nu", "Not assessed now", "", ""),
}


def _was(control: ComparedControl, lang: str) -> str:
    now = verdict_text(control.verdict, lang) if control.verdict else ""
    if control.previous_verdict is None:
        return f"{now} ({'saknas i jämförelsen' if lang == 'sv' else 'not in the baseline'})"
    before = verdict_text(control.previous_verdict, lang)
    return before if control.verdict in (None, control.previous_verdict) else f"{before} → {now}"


def comparison_lines(comparison: Comparison, lang: str) -> list[str]:
    """Counts per change kind, then the controls of each kind (fulfilled-both only counted)."""
    sv = lang == "sv"
    groups = {k: [c for c in comparison.controls if (c.change or "absent") == k] for k in (*CHANGES, "absent")}
    out = [f"{'Jämfört med' if sv else 'Compared with'} {comparison.baseline} "
           f"({'per' if sv else 'as of'} {comparison.baseline_as_of.isoformat()})",
           "  " + " · ".join(f"{CHANGE[k][0 if sv else 1]}: {len(rows)}" for k, rows in groups.items())]
    for kind, rows in groups.items():
        if rows and kind != "unchanged":
            out.append(f"  {CHANGE[kind][0 if sv else 1]}:")
            out += [f"    {c.id} {c.title}: {_was(c, lang)}" for c in rows]
    return out + [""]


def render_comparison(comparison: Comparison, lang: str) -> str:
    """The text of `govcheck diff`."""
    return for_terminal("\n".join(comparison_lines(comparison, lang)))


def _tags(control: ControlResult, lang: str) -> str:
    sv = lang == "sv"
    tags = []
    if control.change and CHANGE[control.change][2]:
        tag = CHANGE[control.change][2 if sv else 3]
        if control.change != "persisting" and control.previous_verdict:
            tag += f", {'tidigare' if sv else 'was'} {verdict_text(control.previous_verdict, lang)}"
        tags.append(tag)
    if control.waived:
        tags.append("undantag" if sv else "waived")
    return "".join(f" [{t}]" for t in tags)


def _waiver_line(check: CheckResult, lang: str) -> str:
    w, sv = check.waiver, lang == "sv"
    if w.expired:
        head = f"Undantaget gick ut {w.expires}" if sv else f"Waiver expired {w.expires}"
        return f"        {head}: {w.justification} ({w.accepted_by})"
    head, until = ("Undantag", "t.o.m.") if sv else ("Waived", "until")
    return f"        {head}: {w.justification} ({w.accepted_by}, {until} {w.expires})"


def render(report: Report, lang: str) -> str:
    sv = lang == "sv"
    out: list[str] = []
    head = f"govcheck {report.tool.version}"
    if report.municipality:
        head += f" — {report.municipality}"
    head += f" — {'per' if sv else 'as of'} {report.as_of.isoformat()}"
    out += [head, f"{'Dokument' if sv else 'Documents'}: {sum(i.status == 'read' for i in report.inputs)} "
                  f"{'lästa' if sv else 'read'}, {len(report.unreadable)} {'olästa' if sv else 'unreadable'}", ""]
    comparison = comparison_of(report, lang)
    if comparison is not None:
        out += comparison_lines(comparison, lang)
    for cl in report.checklists:
        out.append(f"{tr(cl.title, lang)} ({cl.id}): {verdict_text(cl.verdict, lang)}")
        for control in cl.controls:
            out.append(f"  {MARK[control.verdict]} {control.id} {tr(control.title, lang)} — "
                       f"{verdict_text(control.verdict, lang)}{_tags(control, lang)}")
            if control.verdict == "fulfilled":
                continue
            for check in control.checks:
                if check.verdict == "fulfilled":
                    continue
                out.append(f"      {MARK[check.verdict]} {tr(check.message, lang)}")
                if check.waiver:
                    out.append(_waiver_line(check, lang))
                for ev in check.evidence[:5]:
                    place = f"{ev.document}, {describe_location(ev.location, lang)}"
                    out.append(f"        {place}" + (f": “{ev.quote}”" if ev.quote else ""))
                if len(check.evidence) > 5:
                    more = len(check.evidence) - 5
                    out.append(f"        … {more} {'till' if sv else 'more'}")
            out.append(f"      {'Rekommendation' if sv else 'Recommendation'}: {tr(control.recommendation, lang)}")
        out.append("")
    if report.unreadable:
        out.append("Dokument som inte kunde läsas:" if sv else "Documents that could not be read:")
        for u in report.unreadable:
            out.append(f"  {u.path}: {reason_words(u.reason, lang)} — {u.detail}")
        out.append("")
    return for_terminal("\n".join(out))
